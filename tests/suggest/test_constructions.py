"""The constructions the rules used to miss (issue 11), each with sentences written for the test."""

from __future__ import annotations

import pytest

from kathan.suggest import RuleSuggester
from tests.suggest.helpers import Found, attributions, only, quotes, spans, suggest


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "cue"),
    [
        ("कंपनी ने कर्मचारियों को घर से काम करने की पेशकश की।", "कर्मचारियों को घर से काम करने", "कंपनी", "पेशकश की"),
        ("मंत्री ने सड़कें जल्द ठीक करने का वादा किया।", "सड़कें जल्द ठीक करने", "मंत्री", "वादा किया"),
        ("विधायक ने नई नीति लागू करने का एलान किया।", "नई नीति लागू करने", "विधायक", "एलान किया"),
        ("संगठन ने चुनाव में जीतने का दावा किया।", "चुनाव में जीतने", "संगठन", "दावा किया"),
        ("अस्पताल ने मरीज को छुट्टी देने की पुष्टि की।", "मरीज को छुट्टी देने", "अस्पताल", "पुष्टि की"),
        ("संघ ने सभी दुकानें बंद रखने की अपील की।", "सभी दुकानें बंद रखने", "संघ", "अपील की"),
        ("आयुक्त ने सभी स्कूल बंद करने का निर्देश जारी किया।", "सभी स्कूल बंद करने", "आयुक्त", "निर्देश जारी किया"),
        ("डॉक्टरों ने लोगों को घर में रहने के लिए कहा।", "घर में रहने", "डॉक्टरों", "के लिए कहा"),
    ],
)
def test_indirect_content_before_a_speech_act_noun(text: str, quote: str, speaker: str, cue: str) -> None:
    found = only(text)
    assert (found.quote, found.speaker, found.cue) == (quote, speaker, cue)


def test_a_promised_thing_without_an_infinitive_is_no_quote() -> None:
    assert quotes("मंत्री ने नई सड़क का वादा किया।") == []


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        ("रिपोर्ट में आशंका जताई गई है कि अगले साल बारिश कम होगी।", "अगले साल बारिश कम होगी।", "रिपोर्ट"),
        ("अध्ययन में बताया गया है कि शहर की हवा खराब हो रही है।", "शहर की हवा खराब हो रही है।", "अध्ययन"),
        ("बयान में कहा गया, सभी कर्मचारी सुरक्षित हैं।", "सभी कर्मचारी सुरक्षित हैं।", "बयान"),
    ],
)
def test_documents_and_bodies_are_sources_of_agentless_cues(text: str, quote: str, speaker: str) -> None:
    found = only(text)
    assert (found.quote, found.speaker) == (quote, speaker)


@pytest.mark.parametrize(
    ("source", "speaker"),
    [
        ("जल बोर्ड की ओर से जारी बयान में", "जल बोर्ड"),
        ("राज्य आपदा प्राधिकरण (एसडीएमए) की तरफ से सोमवार को जारी एक बयान में", "राज्य आपदा प्राधिकरण (एसडीएमए)"),
        ("पुलिस महानिदेशक कार्यालय द्वारा जारी एक विज्ञप्ति में", "पुलिस महानिदेशक कार्यालय"),
        ("जल बोर्ड द्वारा भेजे गए पत्र में", "जल बोर्ड द्वारा भेजे गए पत्र"),
    ],
)
def test_a_document_issued_by_a_named_body_is_the_body_s(source: str, speaker: str) -> None:
    """``X की ओर से जारी बयान में कहा गया``: the annotators name the issuer X; a document with no
    ``issuing`` word after the side or agent stays whole."""
    assert only(f"{source} कहा गया है कि शहर में पानी की कमी नहीं है।").speaker == speaker


def test_agentless_cue_without_a_document_keeps_no_speaker_and_needs_ki() -> None:
    assert only("बैठक में कहा गया कि सभी दफ्तर खुलेंगे।").speaker == ""
    assert quotes("बैठक में कहा गया, सभी दफ्तर खुलेंगे।") == []


@pytest.mark.parametrize(
    "second",
    ["जिला प्रशासन ने यह जानकारी दी।", "इसकी जानकारी जिला प्रशासन ने दी।", "जिला प्रशासन ने ट्वीट कर इस बात की जानकारी दी।"],
)
def test_information_given_about_the_sentence_before(second: str) -> None:
    first = "नदी का पानी खतरे के निशान से ऊपर बह रहा है।"
    found = only(f"{first} {second}")
    assert (found.quote, found.speaker) == (first, "जिला प्रशासन")


@pytest.mark.parametrize(
    ("second", "speaker", "cue"),
    [
        ("सोमवार को एक रिपोर्ट में यह जानकारी दी गई।", "एक रिपोर्ट", "जानकारी दी गई"),
        ("जल आयोग की तरफ से ये जानकारी दी गई है।", "जल आयोग", "जानकारी दी गई है"),
        ("आपदा प्रबंधन समिति द्वारा इसकी जानकारी दी गई।", "आपदा प्रबंधन समिति", "जानकारी दी गई"),
        ("एक आधिकारिक विज्ञप्ति में शुक्रवार को यह जानकारी दी गई।", "एक आधिकारिक विज्ञप्ति", "जानकारी दी गई"),
    ],
)
def test_information_given_with_no_agent_about_the_sentence_before(second: str, speaker: str, cue: str) -> None:
    """``C। एक रिपोर्ट में यह जानकारी दी गई।``: the document, side or agent named before the
    pointer told C; with no one named (``वन विभाग को इसकी जानकारी दी गई``, told to) nothing."""
    first = "नदी का पानी खतरे के निशान से ऊपर बह रहा है।"
    found = only(f"{first} {second}")
    assert (found.quote, found.speaker, found.cue) == (first, speaker, cue)
    assert quotes(f"{first} वन विभाग को भी इसकी जानकारी दी गई।") == []


@pytest.mark.parametrize("marks", ["‘ग्रीन अर्थ’", "'ग्रीन अर्थ'"])
@pytest.mark.parametrize("cue", ["के मुताबिक", "के अनुसार"])
def test_a_source_in_quote_marks_before_ke_mutabik(marks: str, cue: str) -> None:
    found = only(f"{marks} {cue} शहर में पेड़ों की संख्या घट रही है।")
    assert (found.speaker, found.cue) == ("ग्रीन अर्थ", cue)


def test_headline_ending_in_its_source() -> None:
    found = quotes("बाढ़ से बेघर हुए हजारों बच्चे: UN\nराहत शिविरों में भीड़ बढ़ रही है।")[0]
    assert (found.quote, found.speaker, found.cue) == ("बाढ़ से बेघर हुए हजारों बच्चे", "UN", ":")


@pytest.mark.parametrize("source", ["राजेश मनहास(डीएसपी सिटी)", "मेजर जनरल एस के सिंह (रिटायर्ड)"])
def test_a_headline_source_keeps_the_bracket_that_closes_its_gloss(source: str) -> None:
    found = quotes(f"मेले में तैनात रहेंगे दो सौ पुलिसकर्मी: {source}\nशहर में पुतले जलेंगे।")[0]
    assert found.speaker == source


def test_ne_glued_to_a_name_that_also_stands_alone() -> None:
    text = "ग्रीनपीस की टीम शहर पहुंची। ग्रीनपीसने कहा कि नदी साफ करनी होगी।"
    found = only(text)
    assert (found.speaker, found.quote) == ("ग्रीनपीस", "नदी साफ करनी होगी।")


def test_an_infinitive_before_kaha_is_no_glued_name() -> None:
    assert [f.speaker for f in quotes("उसने काम करने कहा कि सब ठीक है।")] == ["उसने"]


@pytest.mark.parametrize("pronoun", ["उन्होंन", "उन्होने", "उन्होंनें", "उनहोंने"])
def test_misspelt_ergative_pronoun(pronoun: str) -> None:
    found: Found = only(f"इस पर {pronoun} कहा कि काम जल्द पूरा होगा।")
    assert found.speaker == pronoun


def test_long_speaker_phrase_keeps_its_place() -> None:
    found = only("दिल्ली में स्वास्थ्य विभाग के अध्ययन दल के वरिष्ठ शोधकर्ताओं ने कहा कि मरीज बढ़ रहे हैं।")
    assert found.speaker == "दिल्ली में स्वास्थ्य विभाग के अध्ययन दल के वरिष्ठ शोधकर्ताओं"


def test_meeting_place_stays_outside_a_short_speaker() -> None:
    assert only("बैठक में मंत्री ने कहा कि सड़कें बनेंगी।").speaker == "मंत्री"


def test_rules_say_which_languages_they_cover() -> None:
    rules = RuleSuggester()
    assert "hi" in rules.languages and rules.covers("hi", "मंत्री ने कहा कि सड़कें बनेंगी।")
    assert not rules.covers("mr", "मंत्री म्हणाले की रस्ते होतील.")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("जल बोर्ड, नगर निगम और जिला पुलिस ने कहा कि सड़कें खुली रहेंगी।", "जल बोर्ड, नगर निगम और जिला पुलिस"),
        ("केरल (Kerala), गोवा (Goa), असम,  त्रिपुरा तथा सिक्किम ने कहा कि परीक्षाएं टलेंगी।", "केरल (Kerala), गोवा (Goa), असम,  त्रिपुरा तथा सिक्किम"),
        ("बैठक के बाद किसान संघ और व्यापारी मंडल ने कहा कि बाजार कल खुलेंगे।", "किसान संघ और व्यापारी मंडल"),
    ],
)
def test_coordinated_speakers_stay_one_phrase(text: str, speaker: str) -> None:
    assert only(text).speaker == speaker


def test_a_clause_before_and_stays_out_of_the_speaker() -> None:
    assert only("बारिश रुक गई है और मौसम विभाग ने कहा कि कल धूप निकलेगी।").speaker == "मौसम विभाग"
    assert only("सभा खत्म हुई, और आयोजकों ने कहा कि अगली सभा मई में होगी।").speaker == "आयोजकों"


def test_a_title_before_a_comma_stays_in_the_speaker() -> None:
    found = only("जिला परिवहन सचिव, के. रमेश बाबू ने सोमवार को कहा, 'सभी बसें समय पर चलेंगी।'")
    assert found.speaker == "जिला परिवहन सचिव, के. रमेश बाबू"
    assert only("नदी उफान पर है, रमेश बाबू ने कहा कि पुल बंद रहेगा।").speaker == "रमेश बाबू"


def test_a_weekday_opening_a_date_stays_in_a_document_speaker() -> None:
    text = "परिषद की सोमवार दस मई की रिपोर्ट के मुताबिक नदियों का पानी साफ हुआ है।"
    assert only(text).speaker == "परिषद की सोमवार दस मई की रिपोर्ट"
    assert only("सोमवार को मंत्री ने कहा कि पुल खुलेगा।").speaker == "मंत्री"


def test_a_single_quote_opened_after_a_cue_and_never_closed_runs_to_the_paragraph_end() -> None:
    text = "महापौर ने बुधवार को ऐलान किया, ‘सभी पार्क रविवार तक बंद रहेंगे। बाजार खुले रहेंगे।\nदूसरा अनुच्छेद यहां है।"
    found = only(text)
    assert (found.quote, found.speaker, found.cue) == ("सभी पार्क रविवार तक बंद रहेंगे। बाजार खुले रहेंगे।", "महापौर", "ऐलान किया")


def test_an_unclosed_single_mark_without_a_cue_is_no_quote() -> None:
    assert quotes("गांव में ‘मेला लगा है और लोग खुश हैं।\nअगला अनुच्छेद।") == []


def test_a_headline_with_the_verb_after_its_noun_and_the_source_last() -> None:
    text = "पंजाब में सभी मेले रद्द, पहला फैसला लागू, मंत्री रमेश लाल ने किया ट्वीट\nपंजाब में मेले रद्द कर दिए गए हैं।"
    found = only(text)
    assert (found.quote, found.speaker, found.cue) == ("पंजाब में सभी मेले रद्द, पहला फैसला लागू", "मंत्री रमेश लाल", "किया ट्वीट")
    assert found.attributes["medium"] == "social_post"
    assert quotes("मंत्री रमेश लाल ने किया ट्वीट\nपाठ यहां है।") == []


def test_an_announcement_noun_with_its_agent_before_dvara() -> None:
    found = only("नगर निगम द्वारा सभी पार्कों को रविवार तक बंद किए जाने की घोषणा के बाद लोग घरों में रहे।")
    assert (found.quote, found.speaker, found.cue) == ("सभी पार्कों को रविवार तक बंद किए जाने", "नगर निगम", "घोषणा")
    assert found.attributes["form"] == "reported"


@pytest.mark.parametrize(
    "text",
    ["सरकार द्वारा बनाई गई सड़क की घोषणा पुरानी है।", "समिति द्वारा नई योजना की घोषणा के बाद लोग खुश हैं।"],
)
def test_a_thing_announced_by_an_agent_is_no_quote(text: str) -> None:
    assert quotes(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("पहला टेस्ट मैच खेल रहे युवा गेंदबाज अमन वर्मा ने कहा कि पिच धीमी थी।", "पहला टेस्ट मैच खेल रहे युवा गेंदबाज अमन वर्मा"),
        ("जापान से हिंदी पढ़ने भारत आईं छात्रा युकी तनाका कहती हैं कि यहां के लोग मददगार हैं।", "जापान से हिंदी पढ़ने भारत आईं छात्रा युकी तनाका"),
        ("पिछले साल नगर निगम के सलाहकार के रूप में काम कर चुके इंजीनियर रवि का कहना है कि पुल कमजोर है।",
         "पिछले साल नगर निगम के सलाहकार के रूप में काम कर चुके इंजीनियर रवि"),
        ("बैठक खत्म हुई लेकिन टीम के साथ आए डॉक्टर ने बताया कि खिलाड़ी ठीक है।", "टीम के साथ आए डॉक्टर"),
    ],
)
def test_a_participial_clause_before_the_speaker_stays_in_it(text: str, speaker: str) -> None:
    """A relative clause ending in a participle (रहे, चुके, आईं, आए) describes the speaker: it
    stays in the phrase back to the clause's start (a conjunction, a sentence end)."""
    assert only(text).speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("पिछले दो साल से नासिक की जेल में बंद कैदी सुरेश ने कहा कि उसे फंसाया गया।", "पिछले दो साल से नासिक की जेल में बंद कैदी सुरेश"),
        ("ठगी के आरोप में गिरफ्तार युवक ने पुलिस को बताया कि पैसा बांट दिया।", "ठगी के आरोप में गिरफ्तार युवक"),
        ("कॉलेज में पदस्थ प्रोफेसर अनिल ने कहा कि कक्षाएं चलेंगी।", "कॉलेज में पदस्थ प्रोफेसर अनिल"),
        ("जलभराव से परेशान दुकानदारों ने कहा कि नाला साफ नहीं हुआ।", "जलभराव से परेशान दुकानदारों"),
        ("साहित्य अकादमी से सम्मानित लेखिका ने कहा कि किताबें कम बिकती हैं।", "साहित्य अकादमी से सम्मानित लेखिका"),
        ("ऑटो में सवार एक यात्री ने बताया कि चालक तेज चला रहा था।", "ऑटो में सवार एक यात्री"),
        ("बाढ़ में लापता मछुआरों के परिजनों ने कहा कि खोज धीमी है।", "बाढ़ में लापता मछुआरों के परिजनों"),
        ("हॉस्टल से भागी एक छात्रा ने बताया कि वार्डन डांटती थी।", "हॉस्टल से भागी एक छात्रा"),
        ("शिक्षक से विधायक बने रमेश ने कहा कि स्कूल सुधरेंगे।", "शिक्षक से विधायक बने रमेश"),
        ("एक पत्रिका में छपी रिपोर्ट के अनुसार बिक्री घटी है।", "एक पत्रिका में छपी रिपोर्ट"),
        ("फैसले से भड़के व्यापारियों ने कहा कि वे दुकानें बंद रखेंगे।", "फैसले से भड़के व्यापारियों"),
        ("धरने में शामिल हुए शिक्षकों ने कहा कि वेतन नहीं मिला।", "धरने में शामिल हुए शिक्षकों"),
        ("पत्रकारों से रूबरू हुए मंत्री अजय ने कहा कि सड़क बनेगी।", "पत्रकारों से रूबरू हुए मंत्री अजय"),
        ("आयोग की गुरुवार को जारी विज्ञप्ति के अनुसार जांच होगी।", "आयोग की गुरुवार को जारी विज्ञप्ति"),
        ("जारी अधिसूचना के मुताबिक दर बढ़ेगी।", "जारी अधिसूचना"),
        ("अपने बेटे के लापता होने से चिंतित एक व्यक्ति ने कहा कि पुलिस ढूंढ रही है।", "अपने बेटे के लापता होने से चिंतित एक व्यक्ति"),
        ("अधिकारियों से मिलते हुए मंत्री अजय ने कहा कि सड़क बनेगी।", "मंत्री अजय"),
    ],
)
def test_an_adjective_of_state_or_a_participle_keeps_its_clause_in_the_speaker(text: str, speaker: str) -> None:
    """``जेल में बंद``, ``वारदात में गिरफ्तार``, ``से परेशान``, ``से सम्मानित``, ``में सवार``; ``से
    भागी``, ``से … बने``, ``में छपी``; ``में शामिल हुए``, ``से रूबरू हुए``; ``गुरुवार को जारी``: the
    clause says who spoke, so it stays in the phrase (``… से मिलते हुए`` says when), and ``जारी``
    stays with nothing before it."""
    assert only(text).speaker == speaker


def test_a_participle_with_nothing_before_it_stays_out_of_the_speaker() -> None:
    """``… हैं। आए डॉक्टर ने`` is no clause: the participle alone is not taken."""
    assert only("सब लोग घर पर थे और रहे डॉक्टर ने बताया कि मरीज ठीक है।").speaker == "डॉक्टर"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("इनमें से एक छात्रा प्रिया ने बताया कि कक्षाएं रोज होती हैं।", "इनमें से एक छात्रा प्रिया"),
        ("छात्रों में से कुछ ने कहा कि परीक्षा कठिन थी।", "छात्रों में से कुछ"),
    ],
)
def test_a_partitive_before_a_quantifier_stays_in_the_speaker(text: str, speaker: str) -> None:
    assert only(text).speaker == speaker


def test_a_reduplicated_idiom_stays_out_of_the_speaker() -> None:
    """``कम से कम एक अधिकारी``: at least one official; कम is no part of who spoke."""
    assert only("कम से कम एक अधिकारी ने कहा कि फाइल गायब है।").speaker == "एक अधिकारी"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("पुलिस सूत्रों से मिली जानकारी के अनुसार आरोपी शहर छोड़ चुका है।", "पुलिस सूत्रों"),
        ("विभाग से प्राप्त सूचना के मुताबिक सभी नहरें भरी हुई हैं।", "विभाग"),
    ],
)
def test_the_source_of_received_information_is_the_speaker(text: str, speaker: str) -> None:
    """``X से मिली जानकारी के अनुसार``: X said it, not the information."""
    assert only(text).speaker == speaker


def test_samjhaya_reports_what_follows_ki() -> None:
    found = only("डॉक्टरों ने मरीजों को समझाया कि घबराने की जरूरत नहीं है।")
    assert (found.quote, found.speaker, found.cue) == ("घबराने की जरूरत नहीं है।", "डॉक्टरों", "समझाया")


def test_ki_right_inside_an_opening_mark_stays_out_of_the_quote() -> None:
    found = only('मंत्री बोले "कि सड़क अगले महीने तक बन जाएगी"')
    assert found.quote == "सड़क अगले महीने तक बन जाएगी"


def test_ki_right_inside_the_marks_of_a_quote_with_no_cue_stays_out_of_it() -> None:
    text = 'सभा के बाद पर्चे बांटे गए। "कि गांव की सड़कें टूटी हैं और पानी कई दिन से नहीं आया है।"'
    assert [f.quote for f in quotes(text)] == ["गांव की सड़कें टूटी हैं और पानी कई दिन से नहीं आया है।"]


def test_a_datelines_agency_after_a_date_stays_out_of_the_speaker() -> None:
    found = only("नई दिल्ली, 12 मार्च (एजेंसी) परिवहन मंत्री अजय राव ने सोमवार को कहा कि नई बसें चलेंगी।")
    assert found.speaker == "परिवहन मंत्री अजय राव"


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "cue"),
    [
        ("वकील ने तर्क दिया कि आदेश गलत है।", "आदेश गलत है।", "वकील", "तर्क दिया"),
        ("पुलिस को सूचना मिली कि गांव में झगड़ा हो रहा है।", "गांव में झगड़ा हो रहा है।", "", "सूचना मिली"),
        ("विपक्ष का आरोप ‘सरकार ने वादा तोड़ा’", "सरकार ने वादा तोड़ा", "विपक्ष", "आरोप"),
    ],
)
def test_more_cues_before_ki_or_a_quote(text: str, quote: str, speaker: str, cue: str) -> None:
    """An argument (तर्क दिया कि), news received with its source unnamed (सूचना मिली कि), and a
    headline noun cue right before quote marks (X का आरोप ‘…’) as before a dash."""
    found = only(text)
    assert (found.quote, found.speaker, found.cue) == (quote, speaker, cue)


def test_a_house_of_parliament_before_a_title_stays_in_the_speaker() -> None:
    found = only("राज्यसभा में विपक्ष के नेता रमेश ने कहा कि बिल जल्दबाजी में लाया गया।")
    assert found.speaker == "राज्यसभा में विपक्ष के नेता रमेश"


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "cue"),
    [
        ("मौसम विभाग ने कल तेज बारिश होने की संभावना जताई है।", "कल तेज बारिश होने", "मौसम विभाग", "संभावना जताई है"),
        ("विशेषज्ञों ने दाम बढ़ने के आसार जताए हैं।", "दाम बढ़ने", "विशेषज्ञों", "आसार जताए हैं"),
    ],
)
def test_what_is_expected_before_a_noun_of_expectation(text: str, quote: str, speaker: str, cue: str) -> None:
    found = only(text)
    assert (found.quote, found.speaker, found.cue) == (quote, speaker, cue)


def test_first_person_speech_runs_on_over_the_next_sentences_of_its_paragraph() -> None:
    """``X ने कहा कि हमने A। B। C।``: the speaker goes on talking in the sentences after, up to
    the paragraph's end or the next cue."""
    text = "नेता ने कहा कि हमने नई सड़कें बनाईं। यह बड़ा काम है। आगे भी काम होगा।\nपुलिस ने बताया कि दो लोग पकड़े गए।"
    found = quotes(text)
    assert [f.quote for f in found] == ["हमने नई सड़कें बनाईं। यह बड़ा काम है। आगे भी काम होगा।", "दो लोग पकड़े गए।"]


def test_speech_runs_on_over_a_next_sentence_in_the_first_person() -> None:
    """``X ने कहा, A। मैंने B।``: a following sentence of the paragraph, with no cue, in which
    someone says मैं or हम is the speaker's, not the reporter's."""
    text = "गायिका ने कहा, यह दौरा बहुत लंबा था। मैंने हर शहर में कुछ नया सीखा!\nकार्यक्रम अगले साल फिर होगा।"
    assert [f.quote for f in quotes(text)] == ["यह दौरा बहुत लंबा था। मैंने हर शहर में कुछ नया सीखा!"]


def test_speech_not_in_the_first_person_ends_with_its_sentence() -> None:
    text = "अधिकारी ने कहा कि सड़कें जल्द बनेंगी। शहर में कल बारिश हुई।"
    assert [f.quote for f in quotes(text)] == ["सड़कें जल्द बनेंगी।"]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "मंत्री ने कहा कि अगले महीने नई सड़क बनेगी। इससे गांव के लोगों को शहर जाने में आसानी होगी। पुलिस ने बाद में दो लोगों को पकड़ा।",
            "अगले महीने नई सड़क बनेगी। इससे गांव के लोगों को शहर जाने में आसानी होगी।",
        ),
        (
            "समिति ने कहा कि नदी की सफाई का काम तुरंत शुरू हो। इसका पूरा खर्च नगर निगम को उठाना चाहिए।",
            "नदी की सफाई का काम तुरंत शुरू हो। इसका पूरा खर्च नगर निगम को उठाना चाहिए।",
        ),
        (
            "निदेशक ने बताया कि बांध का काम पूरा हो गया है. अगले साल से खेतों को पानी मिलेगा. बाकी काम भी जल्द होंगे.",
            "बांध का काम पूरा हो गया है. अगले साल से खेतों को पानी मिलेगा. बाकी काम भी जल्द होंगे.",
        ),
        (
            "अदालत ने कहा कि किरायेदार ने तीन साल से किराया नहीं दिया है। तुरंत बकाया अदा कीजिए।",
            "किरायेदार ने तीन साल से किराया नहीं दिया है। तुरंत बकाया अदा कीजिए।",
        ),
        (
            "थानेदार ने कहा कि जांच चल रही है। आप लोग अफवाहों से दूर रहिए।",
            "जांच चल रही है। आप लोग अफवाहों से दूर रहिए।",
        ),
    ],
)
def test_speech_runs_on_over_sentences_that_say_what_will_or_should_happen(text: str, quote: str) -> None:
    """``X ने कहा कि A। इससे B होगा।``: the reporter narrates what happened; a following
    sentence of the paragraph, with no cue, that says what will or should happen is the speaker's,
    and so is one that asks it politely (``कीजिए``, ``रहिए``)."""
    assert [f.quote for f in quotes(text)] == [quote]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("मंत्री ने कहा कि नई सड़क बनेगी।\nइससे गांव को आसानी होगी।", "नई सड़क बनेगी।"),
        ("मंत्री ने कहा कि नई सड़क बनेगी। कल शहर में तेज बारिश हुई। इससे फसल को फायदा होगा।", "नई सड़क बनेगी।"),
        ("मंत्री ने कहा कि नई सड़क बनेगी। गांव के लोग भाग गए।", "नई सड़क बनेगी।"),
    ],
)
def test_speech_does_not_run_on_past_narration_or_a_paragraph_break(text: str, quote: str) -> None:
    assert [f.quote for f in quotes(text)] == [quote]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "अधिकारी ने कहा कि पुल की मरम्मत सबसे जरूरी काम है। जिसके लिए विभाग नई मशीनें मंगा रहा है।",
            "पुल की मरम्मत सबसे जरूरी काम है। जिसके लिए विभाग नई मशीनें मंगा रहा है।",
        ),
        (
            "प्रधानाचार्य ने कहा कि स्कूल में शिक्षक कम हैं। लेकिन बच्चे रोज पढ़ने आते हैं। साथ ही अभिभावक भी मदद करते हैं।",
            "स्कूल में शिक्षक कम हैं। लेकिन बच्चे रोज पढ़ने आते हैं। साथ ही अभिभावक भी मदद करते हैं।",
        ),
        (
            "इतिहासकार ने कहा कि यह किला तीन सौ साल पुराना है। इसकी दीवारें पत्थर की बनी थीं।",
            "यह किला तीन सौ साल पुराना है। इसकी दीवारें पत्थर की बनी थीं।",
        ),
        (
            "वकील ने कहा कि मामला पुराना है। इसलिए अभी सुनवाई की जरूरत नहीं है।",
            "मामला पुराना है। इसलिए अभी सुनवाई की जरूरत नहीं है।",
        ),
        (
            "सचिव ने कहा कि फाइल विभाग में है। हां अगर मंत्री चाहें तो काम जल्दी हो सकता है।",
            "फाइल विभाग में है। हां अगर मंत्री चाहें तो काम जल्दी हो सकता है।",
        ),
        (
            "मजदूरों ने बताया कि काम पूरा हो गया है. पर अभी तक मजदूरी नहीं मिली है.",
            "काम पूरा हो गया है. पर अभी तक मजदूरी नहीं मिली है.",
        ),
        (
            "यात्रियों का कहना है कि स्टेशन पर पानी नहीं है. बावजूद इसके टिकट के दाम बढ़ा दिए गए.",
            "स्टेशन पर पानी नहीं है. बावजूद इसके टिकट के दाम बढ़ा दिए गए.",
        ),
        ("मंत्री ने कहा कि सड़कें बन चुकी हैं। जबकि पुल का काम बाकी है।", "सड़कें बन चुकी हैं। जबकि पुल का काम बाकी है।"),
        (
            "अधिकारी ने कहा कि जांच पूरी हो चुकी है। यदि कोई दोषी मिला तो कार्रवाई होती है।",
            "जांच पूरी हो चुकी है। यदि कोई दोषी मिला तो कार्रवाई होती है।",
        ),
    ],
)
def test_speech_runs_on_over_a_sentence_that_goes_on_with_it(text: str, quote: str) -> None:
    """A sentence opening with a relative pronoun, a connective or a pointer with a case of its own
    (``जिसके लिए``, ``लेकिन``, ``इसकी``) goes on with the speech before it."""
    assert [f.quote for f in quotes(text)] == [quote]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("अधिकारी ने कहा कि पुल जरूरी है। इसके बाद टीम गांव लौट गई।", "पुल जरूरी है।"),
        ("अधिकारी ने कहा कि पुल जरूरी है। हालांकि टीम गांव लौट गई।", "पुल जरूरी है।"),
        ("अधिकारी ने कहा कि पुल जरूरी है।\nलेकिन टीम गांव लौट गई।", "पुल जरूरी है।"),
    ],
)
def test_speech_does_not_run_on_over_other_openers_or_a_paragraph_break(text: str, quote: str) -> None:
    assert [f.quote for f in quotes(text)] == [quote]


def test_a_connective_sentence_with_a_cue_of_its_own_is_its_own_quote() -> None:
    text = "अधिकारी ने कहा कि पुल जरूरी है। लेकिन सचिव ने कहा कि पैसा नहीं है।"
    assert [f.quote for f in quotes(text)] == ["पुल जरूरी है।", "पैसा नहीं है।"]


def test_a_future_sentence_with_a_cue_of_its_own_is_its_own_quote() -> None:
    text = "मंत्री ने कहा कि नई सड़क बनेगी। सचिव ने बताया कि काम अगले साल पूरा होगा।"
    assert [f.quote for f in quotes(text)] == ["नई सड़क बनेगी।", "काम अगले साल पूरा होगा।"]


def test_an_initial_before_a_name_stays_in_the_speaker() -> None:
    """``जी. माधवन``: a spelled-out Latin initial's full stop ends no sentence, so the speaker
    is whole in texts that end their sentences with ``.``."""
    found = only("संस्था के निदेशक जी. रामन ने कहा कि योजना सफल रही.")
    assert (found.quote, found.speaker, found.cue) == ("योजना सफल रही.", "संस्था के निदेशक जी. रामन", "कहा")


def test_first_person_speech_stops_before_a_sentence_with_a_cue() -> None:
    text = "मेयर ने कहा कि हम पार्क खोलेंगे। उन्होंने बताया कि काम शुरू हो गया है।"
    assert [f.quote for f in quotes(text)] == ["हम पार्क खोलेंगे।", "काम शुरू हो गया है।"]


def test_a_refused_possibility_of_doing_something_is_reported() -> None:
    """``X ने [करने की किसी भी योजना] से इनकार किया``: a noun governed by an infinitive."""
    found = only("मंत्री ने शहर छोड़ने की किसी भी योजना से इनकार किया।")
    assert (found.quote, found.speaker, found.cue) == ("शहर छोड़ने की किसी भी योजना", "मंत्री", "इनकार किया")


def test_a_refused_thing_without_an_infinitive_is_no_quote() -> None:
    assert quotes("मंत्री ने नई गाड़ी से इनकार किया।") == []


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        ("खेल दिवस: मेहनत से ही मिलती है हर जीत-कोच रमेश\nमैदान में आज कोच रमेश के साथ भीड़ थी।", "मेहनत से ही मिलती है हर जीत", "कोच रमेश"),
        ("हमने पूरे दम से यह फाइनल खेला - सुनील वर्मा, टीम कप्तान\nकल फाइनल हुआ।", "हमने पूरे दम से यह फाइनल खेला", "सुनील वर्मा, टीम कप्तान"),
    ],
)
def test_a_headline_with_its_source_after_a_dash(text: str, quote: str, speaker: str) -> None:
    found = only(text)
    assert (found.quote, found.speaker, found.cue) == (quote, speaker, "-")


def test_a_headline_ending_in_a_hyphenated_topic_is_no_quote() -> None:
    assert quotes("शहर में बारिश से कई सड़कें बंद हुईं-नगर निगम की तैयारी\nकल रात तेज बारिश हुई।") == []


def test_a_paragraph_ending_in_an_agency_credit_is_no_headline() -> None:
    """``… कहा कि A. (इनपुट- एजेंसी)``: the credit after a dash closes a paragraph of several
    sentences, not a one-sentence headline, so only the paragraph's own quote is found."""
    text = "शहर में कल तेज बारिश हुई. महापौर ने कहा कि सभी नाले जल्द साफ किए जाएंगे. (इनपुट- एजेंसी)"
    assert [(f.quote, f.speaker) for f in quotes(text)] == [("सभी नाले जल्द साफ किए जाएंगे.", "महापौर")]


def test_a_reported_question_ends_before_the_answer_after_a_comma() -> None:
    """``जब X ने पूछा कि Q, तो उन्होंने कहा कि A``: ``, तो`` opens the answer."""
    found = quotes("एक छात्र ने जब उनसे पूछा कि क्या परीक्षा टलेगी, तो उन्होंने कहा कि परीक्षा समय पर होगी।")
    assert [(f.quote, f.speaker, f.cue) for f in found] == [
        ("क्या परीक्षा टलेगी", "एक छात्र", "पूछा"),
        ("परीक्षा समय पर होगी।", "उन्होंने", "कहा"),
    ]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "पुणे, 3 मार्च (भाषा) शहर में नया पुल अगले साल तक बनकर तैयार हो जाएगा। नगर निगम ने यह जानकारी दी।",
            "शहर में नया पुल अगले साल तक बनकर तैयार हो जाएगा।",
        ),
        (
            "नई दिल्ली, 8 अगस्त, 2023 (एजेंसी)| कंपनी का मुनाफा दोगुना हो गया है। कंपनी ने सोमवार को बयान में यह जानकारी दी।",
            "कंपनी का मुनाफा दोगुना हो गया है।",
        ),
        (
            "जयपुर, 4 मई: राज्य में इस साल गेहूं की रिकॉर्ड खरीद हुई है। यह जानकारी खाद्य विभाग ने दी।",
            "राज्य में इस साल गेहूं की रिकॉर्ड खरीद हुई है।",
        ),
        ("पुणे, शहर के लोग नाराज हैं। नगर निगम ने यह जानकारी दी।", "पुणे, शहर के लोग नाराज हैं।"),
        (
            "नई दिल्ली,19 अक्टूबर (आरएनएस)। सरकार किसानों को नए कार्ड जारी करेगी। परिषद के एक सदस्य ने रविवार को यह जानकारी दी।",
            "सरकार किसानों को नए कार्ड जारी करेगी।",
        ),
    ],
)
def test_a_dateline_opening_the_paragraph_stays_out_of_the_quote(text: str, quote: str) -> None:
    """``PLACE, DATE (AGENCY)`` before the sentence a later cue points back to is no one's
    speech; a place and a comma with no date is left as it is."""
    assert [f.quote for f in quotes(text)] == [quote]


def test_a_trailing_ellipsis_stays_out_of_the_quote() -> None:
    assert [f.quote for f in quotes("मंत्री ने कहा कि अगले हफ्ते शहर में नई बसें चलेंगी…")] == ["अगले हफ्ते शहर में नई बसें चलेंगी"]


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "cue"),
    [
        ("विपक्ष ने सरकार के नए कृषि कानून को किसानों के साथ अन्याय बताया है।", "सरकार के नए कृषि कानून को किसानों के साथ अन्याय", "विपक्ष", "बताया है"),
        ("पुलिस ने आरोपी को नाबालिग बताया।", "आरोपी को नाबालिग", "पुलिस", "बताया"),
        ("व्यापार संघ ने बजट को निराशाजनक करार दिया।", "बजट को निराशाजनक", "व्यापार संघ", "करार दिया"),
        ("अभिनेता राहुल वर्मा, अपनी नई फिल्म को पारिवारिक कहानी बताते हैं।", "अपनी नई फिल्म को पारिवारिक कहानी", "अभिनेता राहुल वर्मा", "बताते हैं"),
        ("वकील ने गिरफ्तारी को गलत बताया, वहीं सबूतों पर भी सवाल उठाए।", "गिरफ्तारी को गलत", "वकील", "बताया"),
    ],
)
def test_what_a_speaker_called_something_before_the_cue(text: str, quote: str, speaker: str, cue: str) -> None:
    """``X ने Y को Z बताया।``: X called Y Z; ``Y को Z`` is what X said."""
    found = only(text)
    assert (found.quote, found.speaker, found.cue) == (quote, speaker, cue)


@pytest.mark.parametrize(
    "text",
    [
        "पुलिस ने पत्रकारों को घटना के बारे में बताया।",
        "डॉक्टर ने मरीज को दवा लेने का तरीका बताया।",
        "अधिकारी ने लोगों को पूरी जानकारी बताया।",
        "उन्होंने मुझे बताया।",
        "बच्चे अपने शिक्षक को बहुत अच्छा बताते हैं।",
    ],
)
def test_telling_someone_something_is_no_calling(text: str) -> None:
    assert quotes(text) == []


def test_a_paragraph_signed_on_the_line_after_it_is_the_signers() -> None:
    text = "गांव की सड़क पिछले तीन साल से टूटी है। बारिश में यहां से निकलना मुश्किल हो जाता है।\n- रामपाल सिंह, सरपंच, नयागांव"
    found = only(text)
    assert (found.quote, found.speaker, found.cue) == (
        "गांव की सड़क पिछले तीन साल से टूटी है। बारिश में यहां से निकलना मुश्किल हो जाता है।",
        "रामपाल सिंह, सरपंच, नयागांव",
        "-",
    )


@pytest.mark.parametrize(
    "text",
    [
        "शहर में आज तेज बारिश हुई।\n- संवाददाता",
        "गांव की सड़क टूटी है।\n- और भी खबरें पढ़ें",
        "गांव की सड़क टूटी है। लोग परेशान हैं।\n- रामपाल सिंह, सरपंच, नयागांव, ने बताया।",
    ],
)
def test_a_byline_or_a_link_after_a_paragraph_signs_nothing(text: str) -> None:
    assert all(f.cue != "-" for f in quotes(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "विभाग का कहना है कि हालात काबू में हैं वही जिला अधिकारी रमेश ने कहा कि नई टीमें भेजी जाएंगी",
            ["हालात काबू में हैं", "नई टीमें भेजी जाएंगी"],
        ),
        (
            "प्रधान ने कहा कि गांव में सड़क बनेगी साथ ही उन्होंने कहा कि स्कूल की मरम्मत होगी हालांकि सचिव ने कहा कि बजट कम है",
            ["गांव में सड़क बनेगी", "स्कूल की मरम्मत होगी", "बजट कम है"],
        ),
        ("मंत्री ने कहा कि यह काम साथ ही होगा।", ["यह काम साथ ही होगा।"]),
    ],
)
def test_attributions_run_together_without_a_sentence_mark_split_at_their_connective(text: str, expected: list[str]) -> None:
    """``… है वही X ने कहा कि …``, ``… साथ ही उन्होंने कहा कि …``, ``… हालांकि X ने कहा कि …``:
    with no sentence mark between them, a content ends before the connective that opens the
    next attribution (a two-word one from its first word); with no cue after it, it stays."""
    assert [f.quote for f in quotes(text)] == expected


def test_a_headline_with_the_speaker_and_the_verb_after_a_colon() -> None:
    text = "शहर में अगले हफ्ते से नई बसें चलेंगी: परिवहन विभाग ने बताया\nविभाग ने कहा कि बसें सुबह छह बजे से चलेंगी।"
    first = quotes(text)[0]
    assert (first.quote, first.speaker, first.cue) == ("शहर में अगले हफ्ते से नई बसें चलेंगी", "परिवहन विभाग", "बताया")


def test_a_place_before_a_colon_is_no_content() -> None:
    assert quotes("लखनऊ: पुलिस ने कहा।") == []


def test_an_ellipsis_before_the_closing_mark_stays_in_the_quote() -> None:
    """The speaker's words trail off inside the marks; outside marks an ellipsis is the paper's cut."""
    text = 'मंत्री ने कहा, "हम हर गांव तक पानी पहुंचाएंगे और काम जल्द पूरा करेंगे..."'
    assert [f.quote for f in quotes(text)] == ["हम हर गांव तक पानी पहुंचाएंगे और काम जल्द पूरा करेंगे..."]
    unmarked = "मंत्री ने कहा कि हम हर गांव तक पानी पहुंचाएंगे..."
    assert [f.quote for f in quotes(unmarked)] == ["हम हर गांव तक पानी पहुंचाएंगे"]


@pytest.mark.parametrize(
    ("text", "quote", "cue"),
    [
        ("मंत्री ने किसानों को धैर्य रखने की सलाह दी।", "धैर्य रखने", "सलाह दी"),
        ("डॉक्टर ने सोमवार को मरीजों को आराम करने की सलाह तक दे दी थी।", "आराम करने", "सलाह तक दे दी थी"),
        ("चेयरमैन ने बिजली कंपनियों को उपभोक्ताओं को राहत देने का प्रस्ताव भी दिया है।", "उपभोक्ताओं को राहत देने", "प्रस्ताव भी दिया है"),
        ("अधिकारी ने शाम को लोगों को घर में रहने के लिए कहा।", "घर में रहने", "के लिए कहा"),
    ],
)
def test_advice_and_proposals_report_what_follows_the_addressee(text: str, quote: str, cue: str) -> None:
    """``X ने Y को C करने की सलाह दी``: C starts after the addressee's (first) को; a को after a
    time (``सोमवार को``, ``शाम को``) marks none."""
    found = only(text)
    assert (found.quote, found.cue) == (quote, cue)


def test_an_order_keeps_the_object_of_its_infinitive() -> None:
    assert only("सरकार ने स्कूलों को बंद करने का आदेश दिया।").quote == "स्कूलों को बंद करने"


def test_a_proposed_thing_is_no_quote() -> None:
    assert quotes("कोच ने खिलाड़ियों को नई योजना का प्रस्ताव दिया।") == []


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("सरकार ने गुरुवार को सभी स्कूल बंद करने का ऐलान किया।", "सभी स्कूल बंद करने"),
        ("राज्य सरकार ने भी दफ्तर बंद रखने का आदेश दिया।", "दफ्तर बंद रखने"),
        ("संघ ने हालांकि हड़ताल खत्म करने की घोषणा की।", "हड़ताल खत्म करने"),
        ("नगर निगम ने एक बयान जारी कर सभी पार्क बंद करने का आदेश दिया।", "सभी पार्क बंद करने"),
        ("अदालत ने वकील को फटकार लगाते हुए याचिका वापस लेने का आदेश दिया।", "याचिका वापस लेने"),
        ("कंपनी ने कर्मचारियों को घर से काम करने की पेशकश की।", "कर्मचारियों को घर से काम करने"),
        ("व्यापार मंडल ने मुख्यमंत्री को पत्र लिखकर बाजार का किराया घटाने की मांग की है।", "बाजार का किराया घटाने"),
        ("धावक ने एक अखबार के साथ बातचीत में अगले साल संन्यास लेने की बात कही।", "अगले साल संन्यास लेने"),
    ],
)
def test_a_reported_content_leaves_its_frame_out(text: str, quote: str) -> None:
    """Particles, connectives, a weekday with को and a participial frame between ने and what
    was announced or ordered are not what was said."""
    assert only(text).quote == quote


def test_an_agentive_participle_keeps_its_clause_in_the_speaker() -> None:
    """``… करने वाले NAME``: the relative clause before वाले stays in the speaker, back to its start."""
    found = only("विश्व कप में दो गोल करने वाले खिलाड़ी अमित राय ने कहा कि टीम पूरी तरह तैयार है।")
    assert found.speaker == "विश्व कप में दो गोल करने वाले खिलाड़ी अमित राय"


def test_a_participle_saying_when_stays_out_of_the_speaker() -> None:
    found = only("गांव में लोगों से मिलते हुए कलेक्टर ने कहा कि सड़क जल्द बनेगी।")
    assert found.speaker == "कलेक्टर"


def test_a_reported_cue_after_a_connective_goes_on_reporting_without_a_speaker() -> None:
    text = "मंत्री ने कहा कि परीक्षा के नतीजे अच्छे रहे। साथ ही असफल छात्रों को दोबारा मेहनत करने की सलाह दी।"
    advice = quotes(text)[-1]
    assert (advice.quote, advice.speaker, advice.cue) == ("दोबारा मेहनत करने", "", "सलाह दी")


def test_a_reported_cue_with_no_speaker_and_no_connective_reports_nothing() -> None:
    assert quotes("लोगों को घर में रहने की सलाह दी।") == []


def test_a_headline_with_the_source_after_a_run_of_dots() -> None:
    text = "शहर में अगले महीने से नई बसें चलेंगी………परिवहन मंत्री\nबसें सुबह से चलेंगी।"
    found = only(text)
    assert (found.quote, found.speaker, found.cue) == ("शहर में अगले महीने से नई बसें चलेंगी", "परिवहन मंत्री", "………")


def test_an_estimate_is_a_genitive_cue() -> None:
    """``X का अनुमान है कि C`` is said as ``X का कहना है कि C`` is."""
    found = only("कृषि विभाग का अनुमान है कि इस बार गेहूं की पैदावार बढ़ेगी।")
    assert (found.quote, found.speaker, found.cue) == ("इस बार गेहूं की पैदावार बढ़ेगी।", "कृषि विभाग", "अनुमान है")


@pytest.mark.parametrize(
    ("text", "quote", "cue"),
    [
        ("विपक्ष ने सरकार पर किसानों की अनदेखी करने का आरोप लगाया।", "सरकार पर किसानों की अनदेखी करने", "आरोप लगाया"),
        ("संघ ने भर्ती में धांधली का आरोप लगाया है।", "भर्ती में धांधली", "आरोप लगाया है"),
        ("पार्टी ने मंत्री पर ‘जनता को गुमराह करने’ का आरोप लगाया।", "जनता को गुमराह करने", "आरोप लगाया"),
        ("विधायक ने आरोप लगाया कि सड़क अधूरी है।", "सड़क अधूरी है।", "आरोप लगाया"),
    ],
)
def test_an_accusation_names_its_content_before_the_noun(text: str, quote: str, cue: str) -> None:
    """``X ने Y पर C का आरोप लगाया``: what X alleged is ``Y पर C``, the one accused with it, as the
    held-out annotators mostly mark it; words in quote marks are what was said."""
    found = only(text)
    assert (found.quote, found.cue) == (quote, cue)


def test_a_pointer_to_a_sentence_of_a_quote_adds_no_quote() -> None:
    """``उसने लिखा, 'A. B.' उसने इसकी जानकारी दी.``: the pointer refers to the post already quoted."""
    text = "मंत्री ने ट्वीट में लिखा, 'पुल अगले महीने खुलेगा. मैं सबको बधाई देता हूं.' उन्होंने अपने ट्विटर हैंडल से इसकी जानकारी दी."
    assert [f.quote for f in quotes(text)] == ["पुल अगले महीने खुलेगा. मैं सबको बधाई देता हूं."]


def test_speech_runs_on_over_the_speaker_telling_what_they_said() -> None:
    """``X ने कहा कि A। मैंने उनसे कहा था कि B।``: a sentence with a cue of its own starts new speech,
    but not when it opens in the first person: the speaker goes on telling what they said."""
    text = "विधायक ने कहा कि सड़क का काम रुका हुआ है। मैंने अधिकारियों से कहा था कि काम जल्द पूरा हो।"
    assert quotes(text)[0].quote == "सड़क का काम रुका हुआ है। मैंने अधिकारियों से कहा था कि काम जल्द पूरा हो।"


def test_x_ne_yah_jankari_di_points_back_at_its_paragraph() -> None:
    """``A। B। X ने यह जानकारी दी।``: what X told is the paragraph before the pointer, as with
    ``यह जानकारी X ने दी``, not only its last sentence."""
    text = "शहर में दो दिन से पानी नहीं आया है। टंकी की मोटर जल गई थी। जल निगम के अधिकारियों ने यह जानकारी दी।"
    found = only(text)
    assert (found.quote, found.speaker) == ("शहर में दो दिन से पानी नहीं आया है। टंकी की मोटर जल गई थी।", "जल निगम के अधिकारियों")


@pytest.mark.parametrize("place", ["पटना:", "पटनाः"])
def test_a_dateline_of_a_place_and_a_colon_stays_out_of_the_quote(place: str) -> None:
    """The colon may be typed as a visarga (``पटनाः``)."""
    text = f"{place} नदी का पानी खतरे के निशान से ऊपर बह रहा है. जिला प्रशासन ने यह जानकारी दी."
    assert only(text).quote == "नदी का पानी खतरे के निशान से ऊपर बह रहा है."


def test_a_word_ending_in_its_own_visarga_is_no_dateline() -> None:
    text = "अतः नदी का पानी खतरे के निशान से ऊपर बह रहा है. जिला प्रशासन ने यह जानकारी दी."
    assert only(text).quote == "अतः नदी का पानी खतरे के निशान से ऊपर बह रहा है."


def test_a_cue_before_a_doubled_full_stop_ends_its_sentence() -> None:
    """``… बताया है.. अगला वाक्य``: ``..`` typed for ``.`` ends the sentence; nothing after it is the quote."""
    found = quotes("गिरफ्तार लोगों में से एक ने खुद को पत्रकार बताया है.. वह रोज दफ्तर आता था.")
    assert [(f.quote, f.speaker) for f in found] == [("खुद को पत्रकार", "गिरफ्तार लोगों में से एक")]


def test_what_was_asked_of_someone_with_se_starts_after_it() -> None:
    assert only("मंत्री ने अपने सचिव से सारी बैठकें रद्द करने के लिए कहा।").quote == "सारी बैठकें रद्द करने"


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "cue"),
    [
        ("कुछ लोगों की शिकायत थी कि पानी गंदा आ रहा है।", "पानी गंदा आ रहा है।", "कुछ लोगों", "शिकायत थी"),
        ("कलेक्टर ने अधिकारियों को निर्देशित किया कि सभी सड़कें जल्द ठीक हों।", "सभी सड़कें जल्द ठीक हों।", "कलेक्टर", "निर्देशित किया"),
    ],
)
def test_complaints_and_directions_are_cues(text: str, quote: str, speaker: str, cue: str) -> None:
    found = only(text)
    assert (found.quote, found.speaker, found.cue) == (quote, speaker, cue)


def test_a_direction_given_in_a_participle_reports_what_was_directed() -> None:
    """``X ने C का निर्देश देते हुए कहा कि D``: both C and D are X's."""
    found = quotes("मंत्री ने सभी दफ्तर समय पर खोलने का निर्देश देते हुए कहा कि लापरवाही बर्दाश्त नहीं होगी।")
    assert [(f.quote, f.speaker, f.cue) for f in found] == [
        ("सभी दफ्तर समय पर खोलने", "मंत्री", "निर्देश देते हुए"),
        ("लापरवाही बर्दाश्त नहीं होगी।", "मंत्री", "कहा"),
    ]


def test_demands_run_on_over_sentences_saying_what_should_be_done() -> None:
    """``… मांग की कि A किया जाए। B दी जाए।``: a subjunctive sentence says what should happen."""
    found = only("संघ ने मांग की कि कर्ज माफ किया जाए। बिजली के बिल में छूट दी जाए।")
    assert found.quote == "कर्ज माफ किया जाए। बिजली के बिल में छूट दी जाए।"


def test_a_content_that_opens_a_quote_mark_runs_to_its_closing() -> None:
    """``… ने बताया कि A ‘B. C.’``: the quoted words that began inside the content are its own."""
    text = "आयुक्त ने बताया कि जांच के बाद ‘पता चला है कि सभी लोग नकली पास से अंदर आते थे. वे कंपनियों के लिए काम करते थे.’ पुलिस आगे जांच कर रही है."
    assert quotes(text)[0].quote == "जांच के बाद ‘पता चला है कि सभी लोग नकली पास से अंदर आते थे. वे कंपनियों के लिए काम करते थे."


def test_ki_mistyped_as_the_genitive_after_a_cue() -> None:
    """``… ने कहा की C``: की right after a cue is the complementiser mistyped."""
    assert only("मंत्री ने कहा की सड़क जल्द बनेगी।").quote == "सड़क जल्द बनेगी।"


def test_a_dative_pronoun_is_the_one_called() -> None:
    """``X ने … उन्हें Z करार दिया``: the pronoun is ``Y को``; a participial frame stays out."""
    found = only("विपक्ष के नेता ने सभा में भाषण देते हुए उन्हें अक्षम मंत्री करार दिया।")
    assert (found.quote, found.cue) == ("उन्हें अक्षम मंत्री", "करार दिया")


def test_an_accusation_of_one_word_after_the_accused() -> None:
    assert only("ग्रामीणों ने सरपंच पर पक्षपात का आरोप लगाया।").quote == "सरपंच पर पक्षपात"


@pytest.mark.parametrize(
    ("text", "quote", "cue"),
    [
        ("मंत्री ने अधिकारियों से बातचीत की और सड़कों की मरम्मत की जरूरत पर जोर दिया।", "सड़कों की मरम्मत की जरूरत", "जोर दिया"),
        ("अभिभावकों ने स्कूल के बाहर धरना दिया और फीस वापस लेने की मांग की।", "फीस वापस लेने", "मांग की"),
        ("ग्रामीणों ने तहसीलदार को ज्ञापन सौंपा और नहर की सफाई कराने की मांग की।", "नहर की सफाई कराने", "मांग की"),
        ("सांसद ने संसद में यह मुद्दा उठाया और किसानों का कर्ज माफ करने की अपील की।", "किसानों का कर्ज माफ करने", "अपील की"),
    ],
)
def test_a_reported_content_is_in_the_last_of_two_joined_clauses(text: str, quote: str, cue: str) -> None:
    """``X ने Y से बातचीत की और C पर जोर दिया``: what X stressed is C, not the talk before और; so
    after a sit-in held, a memorandum handed over or an issue raised (``दिया``, ``सौंपा``,
    ``उठाया``)."""
    found = only(text)
    assert (found.quote, found.cue) == (quote, cue)


def test_speech_before_its_speaker_starts_at_earlier_first_person_sentences() -> None:
    """``A। B, X ने कहा।``: a first-person sentence before is the speaker's too, as ``run_on``
    takes one after."""
    found = only("सुनवाई जारी रही। हम किसी को नहीं रोक रहे हैं। उन्हें अपनी बात रखने दीजिए, न्यायाधीश ने कहा।")
    assert found.quote == "हम किसी को नहीं रोक रहे हैं। उन्हें अपनी बात रखने दीजिए"


def test_a_demand_asked_of_someone_starts_after_them() -> None:
    """``X ने Y से C की मांग की``: C is what was demanded; Y से says of whom."""
    assert only("ग्रामीणों ने प्रशासन से सड़क जल्द बनवाने की मांग की।").quote == "सड़क जल्द बनवाने"


def test_rules_are_no_source() -> None:
    """``नियमावली के अनुसार`` is in accordance with the rules, not attribution."""
    found = quotes("कुलपति ने कहा कि शासन की नियमावली के अनुसार ही प्रवेश होंगे।")
    assert [f.quote for f in found] == ["शासन की नियमावली के अनुसार ही प्रवेश होंगे।"]


def test_speech_runs_on_over_a_sentence_opening_with_ismen() -> None:
    assert only("संघ ने कहा कि शहर में सौ दुकानें हैं। इसमें आधी बंद हैं।").quote == "शहर में सौ दुकानें हैं। इसमें आधी बंद हैं।"


@pytest.mark.parametrize("however", ["हालांकि", "हालाकि"])
def test_speech_does_not_run_on_over_the_reporters_however(however: str) -> None:
    """``… कहा कि A। हालांकि B होगा।``: हालांकि (or हालाकि, as papers misspell it) opens the
    reporter's aside, future tense or not."""
    found = only(f"कोच ने कहा कि टीम ने अच्छा खेला। {however} अगला मैच कल होगा।")
    assert found.quote == "टीम ने अच्छा खेला।"


def test_a_misspelt_however_stays_out_of_the_speaker() -> None:
    found = only("हालाकि वन विभाग के अधिकारियों ने कहा कि बाघ की मौत बीमारी से हुई।")
    assert found.speaker == "वन विभाग के अधिकारियों"


def test_speculation_is_an_agentless_cue() -> None:
    found = only("कयास लगाए जा रहे हैं कि बारिश के कारण मैच रद्द हुआ।")
    assert (found.quote, found.speaker, found.cue) == ("बारिश के कारण मैच रद्द हुआ।", "", "कयास लगाए जा रहे हैं")


@pytest.mark.parametrize(
    ("text", "quote", "cue"),
    [
        ("मौसम विभाग ने पहाड़ों पर भारी बर्फबारी की आशंका जताई है।", "पहाड़ों पर भारी बर्फबारी", "आशंका जताई है"),
        ("विभाग ने आज तटीय जिलों में तेज हवाओं की संभावना व्यक्त की।", "आज तटीय जिलों में तेज हवाओं", "संभावना व्यक्त की"),
        ("स्वास्थ्य संगठन ने नए वायरस के तेज फैलाव की चेतावनी दी है।", "नए वायरस के तेज फैलाव", "चेतावनी दी है"),
        ("रेल मंत्री ने यात्री किराए में एक और बढ़ोतरी के संकेत दिए हैं।", "यात्री किराए में एक और बढ़ोतरी", "संकेत दिए हैं"),
    ],
)
def test_a_warning_or_forecast_reports_a_noun_as_well(text: str, quote: str, cue: str) -> None:
    """What a warning, a fear or a forecast says may happen is reported even as a noun phrase
    (an announced thing, ``नई योजना की घोषणा की``, is not: see above)."""
    found = only(text)
    assert (found.quote, found.cue) == (quote, cue)


def test_if_one_believes_x_is_according_to_x() -> None:
    found = only("पुलिस की मानें तो आरोपी घटना के बाद से फरार है।")
    assert (found.quote, found.speaker, found.cue) == ("आरोपी घटना के बाद से फरार है।", "पुलिस", "की मानें तो")
    found = only("स्थानीय लोगों की मानें, तो नाव पर साठ लोग सवार थे।")
    assert (found.quote, found.speaker, found.cue) == ("नाव पर साठ लोग सवार थे।", "स्थानीय लोगों", "की मानें, तो")


def test_a_confession_reports_what_was_confessed() -> None:
    found = only("आरोपी ने पूछताछ में कबूला कि उसने गहने बेच दिए थे।")
    assert (found.quote, found.speaker, found.cue) == ("उसने गहने बेच दिए थे।", "आरोपी", "कबूला")


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("कलेक्टर ने अधिकारियों को सड़कों की मरम्मत जल्द पूरी करने के निर्देश दिए।", "सड़कों की मरम्मत जल्द पूरी करने"),
        ("अदालत ने याचिकाकर्ता को निचली अदालत जाने का सुझाव दिया।", "निचली अदालत जाने"),
        ("मंत्री ने सभी दफ्तर समय पर खोलने का निर्देश दिया।", "सभी दफ्तर समय पर खोलने"),
        ("डॉक्टर ने घर पर आराम करने की सलाह दी।", "घर पर आराम करने"),
    ],
)
def test_directions_and_suggestions_report_what_follows_their_addressee(text: str, quote: str) -> None:
    """``X ने Y को C करने के निर्देश दिए``: directed and suggested as advised, after the addressee's
    को; with no addressee the whole content."""
    assert only(text).quote == quote


def test_a_sentence_opening_with_isse_goes_on_with_the_speech() -> None:
    found = only("मंत्री ने कहा कि नई सड़क बनकर तैयार है। इससे लोगों का समय बचता है। बाजार में भीड़ थी।")
    assert found.quote == "नई सड़क बनकर तैयार है। इससे लोगों का समय बचता है।"


def test_a_subheading_in_the_first_person_names_its_source_after_the_colon() -> None:
    text = "खेल में हार के बाद कप्तान निराश दिखे।\nहमने आखिरी ओवरों में अच्छा खेला: रमेश\nकप्तान ने कहा कि टीम ने अच्छा खेला।"
    found = quotes(text)
    assert [(f.quote, f.speaker) for f in found][0] == ("हमने आखिरी ओवरों में अच्छा खेला", "रमेश")
    assert quotes("खेल में हार।\nटीम की अगली सीरीज के मैच: पूरी सूची\nबाजार खुले रहे।") == []


def test_an_agentless_cue_with_a_mistyped_plural_auxiliary() -> None:
    found = only("बताया जा रहा हैं कि परीक्षा मार्च में हुई थी।")
    assert (found.quote, found.cue) == ("परीक्षा मार्च में हुई थी।", "बताया जा रहा हैं")


def test_speech_goes_on_over_a_sentence_that_repeats_its_frame() -> None:
    found = only("नेता ने कहा कि यह विकास का चुनाव है। देश की सुरक्षा का चुनाव है। मैदान में भीड़ थी।")
    assert found.quote == "यह विकास का चुनाव है। देश की सुरक्षा का चुनाव है।"
    assert only("पुलिस ने बताया कि मामला दर्ज किया गया है। आरोपी को गिरफ्तार किया गया है।").quote == "मामला दर्ज किया गया है।"


def test_a_gloss_in_brackets_adds_no_distance_between_ne_and_the_cue() -> None:
    text = ("भारत ने पड़ोसी देश के साथ इस वर्ष होने वाली मंत्री स्तरीय वार्ता (ministerial dialogue between the two "
            "neighbours this year) की संभावना को खारिज करते हुए गुरुवार को कहा कि रूपरेखा पर काम चल रहा है।")
    assert attributions(text)[-1] == ("रूपरेखा पर काम चल रहा है।", "भारत", "कहा")


def test_a_pointer_to_a_sentence_holding_a_quote_adds_no_second_one() -> None:
    text = "मंत्रालय ने कहा कि बैठक की तारीख तय नहीं हुई है। प्रवक्ता ने साप्ताहिक प्रेस वार्ता में यह जानकारी दी।"
    assert [f.quote for f in quotes(text)] == ["बैठक की तारीख तय नहीं हुई है।"]


def test_a_claim_made_with_no_agent_named() -> None:
    found = only("रिपोर्ट में दावा किया गया कि सेना ने दो ठिकाने नष्ट किए।")
    assert (found.quote, found.speaker, found.cue) == ("सेना ने दो ठिकाने नष्ट किए।", "रिपोर्ट", "दावा किया गया")


def test_an_assurance_by_an_agent_before_dwara() -> None:
    found = only("प्रबंधक द्वारा अगले महीने तक पूरा भुगतान किए जाने के आश्वासन के बाद किसानों ने धरना खत्म किया।")
    assert (found.quote, found.speaker, found.cue) == ("अगले महीने तक पूरा भुगतान किए जाने", "प्रबंधक", "आश्वासन")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("राष्ट्रपति भवन से जारी बयान के अनुसार, सरकार ने सड़कें खोल दी हैं।", "राष्ट्रपति भवन से जारी बयान"),
        ("मुंबई से वापस लौटी टीम ने कहा कि मामला बंद हो गया है।", "मुंबई से वापस लौटी टीम"),
    ],
)
def test_an_issued_document_and_a_returned_team_keep_their_relative_clause(text: str, speaker: str) -> None:
    assert only(text).speaker == speaker


@pytest.mark.parametrize(
    ("text", "quote", "cue"),
    [
        ("अधीक्षक ने माना कि अस्पताल में बिस्तरों की कमी है।", "अस्पताल में बिस्तरों की कमी है।", "माना"),
        ("विधायक ने अपने क्षेत्र में पानी की किल्लत का मामला उठाया।", "अपने क्षेत्र में पानी की किल्लत", "मामला उठाया"),
        ("ग्रामीणों ने बिजली और सड़क की समस्या से अवगत कराया।", "बिजली और सड़क की समस्या", "अवगत कराया"),
        ("संघ ने मंत्री से वेतन बढ़ाने की मांग रखी।", "वेतन बढ़ाने", "मांग रखी"),
        ("बैठक में जानकारी दी गई कि सड़क का काम मार्च में पूरा होगा।", "सड़क का काम मार्च में पूरा होगा।", "जानकारी दी गई"),
    ],
)
def test_admissions_issues_raised_matters_reported_and_agentless_news(text: str, quote: str, cue: str) -> None:
    found = only(text)
    assert (found.quote, found.cue) == (quote, cue)


def test_something_considered_so_is_no_admission() -> None:
    assert quotes("अदालत ने आरोपी को दोषी माना।") == []


@pytest.mark.parametrize(
    ("text", "quote", "cue"),
    [
        ("आयोग ने सभी बिजली कंपनियों से दस दिन में नया प्लान दाखिल करने को कहा है।", "दस दिन में नया प्लान दाखिल करने", "कहा है"),
        ("डीएम ने अधिकारियों को काम जल्द पूरा करने को कहा।", "काम जल्द पूरा करने", "कहा"),
        ("मंत्री ने पत्रकारों को कहा कि सड़क जल्द बनेगी।", "सड़क जल्द बनेगी।", "कहा"),
    ],
)
def test_what_was_asked_before_ko_kaha_ends_in_an_infinitive(text: str, quote: str, cue: str) -> None:
    """``X ने Y से Z करने को कहा``: Z was asked of Y; after anything but an infinitive, को marks
    the addressee of a plain कहा."""
    found = only(text)
    assert (found.quote, found.cue) == (quote, cue)


@pytest.mark.parametrize(
    "second",
    ["मंत्री ने ये बात कही।", "यह बात मंत्री ने कही।", "ये बातें मंत्री ने बैठक के दौरान कहीं।"],
)
def test_these_words_said_by_x_report_the_sentence_before(second: str) -> None:
    found = only("सड़कें जल्द ठीक होंगी। " + second)
    assert (found.quote, found.speaker) == ("सड़कें जल्द ठीक होंगी।", "मंत्री")


def test_a_dash_inside_quote_marks_is_no_headline_separator() -> None:
    found = only("राहुल गांधी ने नए अंदाज में मोदी पर कसा तंज, कहा-सब 'मोदी-मोदी' क्यों\nदूसरी पंक्ति है।")
    assert (found.quote, found.speaker, found.cue) == ("सब 'मोदी-मोदी' क्यों", "राहुल गांधी", "कहा")


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "cue"),
    [
        ("सपना सच हो गया : कांस्य पदक विजेता योगेश्वर दत्त\nलंदन में मुकाबला हुआ।", "सपना सच हो गया", "कांस्य पदक विजेता योगेश्वर दत्त", ":"),
        ("मंत्री ने कहाकि, देश में बीमारी अभी खत्म नहीं हुई है।", "देश में बीमारी अभी खत्म नहीं हुई है।", "मंत्री", "कहा"),
        ("समिति ने इस वर्ष महंगाई नीचे आने का अनुमान जताया है।", "इस वर्ष महंगाई नीचे आने", "समिति", "अनुमान जताया है"),
        ("संसद में हंगामे के बीच मोदी का बड़ा बयान- विपक्ष संसद नहीं चलने दे रहा\nदूसरी पंक्ति।", "विपक्ष संसद नहीं चलने दे रहा", "मोदी", "बड़ा बयान"),
        ("प्रवक्ता ने मीडिया से सीमा की सही स्थिति की रिपोर्ट करने की आशा जताई।", "सीमा की सही स्थिति की रिपोर्ट करने", "प्रवक्ता", "आशा जताई"),
    ],
)
def test_a_longer_headline_source_a_glued_ki_an_estimate_a_big_statement_and_a_hope(text: str, quote: str, speaker: str, cue: str) -> None:
    found = only(text)
    assert (found.quote, found.speaker, found.cue) == (quote, speaker, cue)


def test_before_this_opens_the_reporters_narration() -> None:
    found = only("मंत्री ने कहा कि नई सड़क बनकर तैयार है। इससे पहले पुलिस ने दो लोगों को गिरफ्तार किया था।")
    assert found.quote == "नई सड़क बनकर तैयार है।"


def test_a_mistyped_ergative_before_kaha_ki() -> None:
    found = only("इसरो प्रमुख के सिवन का कहा कि मिशन 95 फीसदी सफल रहा है।")
    assert (found.quote, found.speaker, found.cue) == ("मिशन 95 फीसदी सफल रहा है।", "इसरो प्रमुख के सिवन", "कहा")
    assert quotes("उनका कहा सच निकला।") == []


def test_a_memorandum_handed_over_frames_what_was_demanded() -> None:
    found = only("छात्रों ने कुलपति के नाम ज्ञापन सौंप कर बढ़ाए गए शुल्क को वापस लेने की मांग की।")
    assert found.quote == "बढ़ाए गए शुल्क को वापस लेने"


@pytest.mark.parametrize(
    ("text", "quote", "cue"),
    [
        ("मंत्री ने एक बार फिर हरियाणा सरकार से यमुना में पानी छोड़ने की अपील की।", "यमुना में पानी छोड़ने", "अपील की"),
        ("मुख्यमंत्री ने राहत कोष से सभी परिजनों को दो लाख रुपये देने की घोषणा की।", "राहत कोष से सभी परिजनों को दो लाख रुपये देने", "घोषणा की"),
        ("अदालत ने पाया कि दोनों आरोपी नशे में नहीं थे।", "दोनों आरोपी नशे में नहीं थे।", "पाया"),
        ("अदालत ने यह भी फैसला सुनाया कि यह हत्या का मामला है।", "यह हत्या का मामला है।", "फैसला सुनाया"),
        ("उन्होंने कहा कि ..तो भाजपा की हार तय है।", "तो भाजपा की हार तय है।", "कहा"),
    ],
)
def test_requests_are_asked_of_someone_announcements_are_not_and_findings_report(text: str, quote: str, cue: str) -> None:
    """A से after ``एक बार फिर`` names whom a request is asked of; one in an announcement is part of
    it; ``पाया कि`` and ``फैसला सुनाया कि`` report; an ellipsis opening a content is left out."""
    found = only(text)
    assert (found.quote, found.cue) == (quote, cue)


def test_something_found_somewhere_is_no_finding() -> None:
    assert quotes("पुलिस ने आरोपी को घर में पाया।") == []


def test_a_bracketed_latin_gloss_with_initials_stays_in_the_speaker() -> None:
    found = only("न्यायमूर्ति के एन राव (Justice K.N. Rao) ने सरकार को फटकार लगाते हुए कहा कि आदेश का पालन हो।")
    assert (found.speaker, found.quote) == ("न्यायमूर्ति के एन राव (Justice K.N. Rao)", "आदेश का पालन हो।")
    found = only("न्यायमूर्ति के एन राव (Justice KN. Rao) ने कहा कि आदेश का पालन हो।")
    assert found.speaker == "न्यायमूर्ति के एन राव (Justice KN. Rao)"


def test_a_headline_subject_before_a_comma_and_kaha_dash() -> None:
    text = "किसानों से मिले कृषि मंत्री तोमर, कहा- खरीद केंद्र समय पर खुलेंगे\nमंत्री ने आज गांव का दौरा किया।"
    found = only(text)
    assert (found.quote, found.cue) == ("खरीद केंद्र समय पर खुलेंगे", "कहा")
    assert found.speaker == "कृषि मंत्री तोमर"
    assert only("कृषि मंत्री तोमर, बोले- खरीद केंद्र समय पर खुलेंगे\nमंत्री ने दौरा किया।").speaker == "कृषि मंत्री तोमर"


def test_a_comma_before_kaha_dash_outside_a_headline_keeps_the_ergative() -> None:
    found = only("बैठक में कलेक्टर ने सबकी बात सुनी, कहा- कोई अधिकारी देर से न आए।")
    assert (found.speaker, found.quote) == ("कलेक्टर", "कोई अधिकारी देर से न आए।")


@pytest.mark.parametrize(
    ("second", "speaker", "cue"),
    [
        ("मंत्री ने यह बात सोमवार को पत्रकारों से बातचीत में कही।", "मंत्री", "कही"),
        ("उन्होंने ये बातें शहर के एक कार्यक्रम में बतौर मुख्य अतिथि कहीं।", "उन्होंने", "कहीं"),
    ],
)
def test_a_pointer_after_the_speaker_with_a_frame_before_the_verb(second: str, speaker: str, cue: str) -> None:
    first = "जिले के हर गांव में अगले साल तक पक्की सड़क पहुंच जाएगी।"
    found = only(f"{first} {second}")
    assert (found.quote, found.speaker, found.cue) == (first, speaker, cue)


def test_many_things_said_point_back_to_nothing() -> None:
    assert quotes("जिले के हर गांव में सड़क बनेगी। मंत्री ने कार्यक्रम में कई बातें कहीं।") == []


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "cue"),
    [
        ("इसके अलावा तीन सौ लोगों के बीमार पड़ने की आशंका जताई जा रही है।", "तीन सौ लोगों के बीमार पड़ने", "", "आशंका जताई जा रही है"),
        ("रिपोर्ट में अगले साल गेहूं का उत्पादन घटने की आशंका जताई गई है।", "अगले साल गेहूं का उत्पादन घटने", "रिपोर्ट", "आशंका जताई गई है"),
        ("संघ ने थाने में शिकायत दी है। इसमें ठेकेदार द्वारा मजदूरी रोकने का आरोप लगाया गया है।", "ठेकेदार द्वारा मजदूरी रोकने", "", "आरोप लगाया गया है"),
        ("अधिकारियों पर राशन की कालाबाजारी करने का आरोप लगाया गया है।", "राशन की कालाबाजारी करने", "", "आरोप लगाया गया है"),
    ],
)
def test_agentless_cues_report_an_infinitive_before_them(text: str, quote: str, speaker: str, cue: str) -> None:
    found = only(text)
    assert (found.quote, found.speaker, found.cue) == (quote, speaker, cue)


def test_an_agentless_hope_for_a_thing_is_no_quote() -> None:
    assert quotes("इस साल अच्छी फसल की उम्मीद जताई जा रही है।") == []


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("ठेकेदार पर आरोप है कि उसने घटिया सीमेंट लगाया।", "उसने घटिया सीमेंट लगाया।"),
        ("संघ ने शिकायत दी है, जिसमें यह आरोप है कि वेतन छह महीने से रुका है।", "वेतन छह महीने से रुका है।"),
    ],
)
def test_an_accusation_with_no_ones_ka_before_ki_reports_with_no_speaker(text: str, quote: str) -> None:
    found = only(text)
    assert (found.quote, found.speaker, found.cue) == (quote, "", "आरोप है")


def test_a_particle_after_the_pointer_before_a_genitive_cue() -> None:
    found = quotes("उन्होंने कहा कि काम होगा। उनका यह भी आरोप है कि ठेकेदार ने पैसे लौटाए नहीं।")[-1]
    assert (found.quote, found.speaker) == ("ठेकेदार ने पैसे लौटाए नहीं।", "उनका")


def test_a_particle_inside_jor_diya() -> None:
    found = only("कलेक्टर ने सभी स्कूलों में पानी की टंकियां साफ कराने पर जोर भी दिया।")
    assert (found.quote, found.cue) == ("सभी स्कूलों में पानी की टंकियां साफ कराने", "जोर भी दिया")


def test_speech_does_not_run_on_over_a_sentence_pointing_back_to_it() -> None:
    text = "प्रमुख ने कहा कि हम अगले साल नया उपग्रह छोड़ेंगे। ये बातें प्रमुख ने रेडियो पर बातचीत के दौरान कहीं।"
    assert [(f.quote, f.cue) for f in quotes(text)] == [("हम अगले साल नया उपग्रह छोड़ेंगे।", "कहा")]


def test_a_headline_genitive_announcement_before_a_comma() -> None:
    found = only("बैंक प्रमुख राव का एलान, ब्याज दरें अभी नहीं बदलेंगी\nमुंबई: बैठक आज खत्म हुई।")
    assert (found.quote, found.speaker, found.cue) == ("ब्याज दरें अभी नहीं बदलेंगी", "बैंक प्रमुख राव", "एलान")


def test_a_comma_after_a_genitive_noun_outside_a_headline_is_no_separator() -> None:
    assert quotes("पहली पंक्ति\nमंत्री का बयान, जो कल आया था, चर्चा में रहा।") == []


def test_isake_alava_opens_no_speaker() -> None:
    found = only('इसके अलावा नायर ने यह भी बताया, "बाजार चढ़ता गिरता रहेगा।"')
    assert found.speaker == "नायर"
    assert only("सीबीआई के अतिरिक्त लोक अभियोजक राय ने कहा कि सुनवाई कल होगी।").speaker == "सीबीआई के अतिरिक्त लोक अभियोजक राय"


def test_a_content_stops_before_lekin_and_a_second_cue() -> None:
    text = "कोच ने कहा कि उन्हें शॉट में कुछ गलत नहीं लगा, लेकिन उन्होंने कहा कि टीम के फैसले कमजोर रहे।"
    assert [f.quote for f in quotes(text)] == ["उन्हें शॉट में कुछ गलत नहीं लगा", "टीम के फैसले कमजोर रहे।"]
    assert only("कोच ने कहा कि खाते बढ़े हैं, लेकिन निवेश घटा है।").quote == "खाते बढ़े हैं, लेकिन निवेश घटा है।"


def test_isake_alava_goes_on_with_the_speech() -> None:
    found = only("विशेषज्ञ ने कहा कि बाजार में नए खाते बढ़े हैं। इसके अलावा फंड में निवेश भी बढ़ा है।")
    assert found.quote == "बाजार में नए खाते बढ़े हैं। इसके अलावा फंड में निवेश भी बढ़ा है।"


def test_a_pledge_reports_its_infinitive() -> None:
    found = only("मुख्यमंत्री ने अगले साल तक हर घर में नल लगाने का संकल्प लिया।")
    assert (found.quote, found.speaker, found.cue) == ("अगले साल तक हर घर में नल लगाने", "मुख्यमंत्री", "संकल्प लिया")
    assert quotes("मुख्यमंत्री ने नए साल का संकल्प लिया।") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("नोटिस में लिखा है कि सभी कर्मचारी समय पर आएं।", "नोटिस"),
        ("दूतावास ने सूचना जारी की है. इसमें लिखा है कि सभी नागरिक सतर्क रहें.", "इसमें"),
    ],
)
def test_what_a_document_says_with_no_writer_named(text: str, speaker: str) -> None:
    found = quotes(text)[-1]
    assert (found.speaker, found.cue) == (speaker, "लिखा है")


def test_a_writer_named_keeps_likha_hai_ergative() -> None:
    found = only("उन्होंने पत्र में लिखा है कि सभी कर्मचारी समय पर आएं।")
    assert (found.speaker, found.cue) == ("उन्होंने", "लिखा है")


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("नेता ने सभा में रोजगार की बात कही। कहा- हर गांव में कारखाना खुलेगा।", "हर गांव में कारखाना खुलेगा।"),
        ("नेता ने सभा में रोजगार की बात कही। कहा सरकार युवाओं को धोखा दे रही है।", "सरकार युवाओं को धोखा दे रही है।"),
    ],
)
def test_a_sentence_opening_with_kaha_goes_on_reporting_for_the_speaker_before(text: str, quote: str) -> None:
    found = quotes(text)[-1]
    assert (found.quote, found.speaker, found.cue) == (quote, "नेता", "कहा")


def test_a_mention_names_what_it_mentions_before_the_noun() -> None:
    found = only("अध्यक्ष ने हाल में नियम तोड़े जाने का जिक्र किया।")
    assert (found.quote, found.speaker, found.cue) == ("हाल में नियम तोड़े जाने", "अध्यक्ष", "जिक्र किया")
    assert only("अध्यक्ष ने जिक्र किया कि नियम तोड़े गए।").quote == "नियम तोड़े गए।"


def test_an_inverted_headline_announcement() -> None:
    found = only("किसानों को हर साल दस हजार रुपये मिलेंगे, मुख्यमंत्री ने किया ऐलान\nरैली शुक्रवार को हुई।")
    assert (found.quote, found.speaker, found.cue) == ("किसानों को हर साल दस हजार रुपये मिलेंगे", "मुख्यमंत्री", "किया ऐलान")


@pytest.mark.parametrize(
    ("line", "quote", "cue"),
    [
        ("ठेकेदार पर सड़क अधूरी छोड़ने का आरोप", "सड़क अधूरी छोड़ने", "आरोप"),
        ("(लोगों से सड़क पर कचरा न फेंकने की अपील)", "सड़क पर कचरा न फेंकने", "अपील"),
    ],
)
def test_a_verbless_line_ending_in_a_speech_act_noun(line: str, quote: str, cue: str) -> None:
    found = quotes(f"शहर की खबर\n{line}\nनगर निगम ने आज बैठक की।")
    assert [(f.quote, f.speaker, f.cue) for f in found] == [(quote, "", cue)]


def test_a_line_ending_in_a_noun_with_a_sentence_mark_or_ne_is_left_to_the_verbal_cues() -> None:
    assert quotes("शहर की खबर\nठेकेदार पर सड़क अधूरी छोड़ने का आरोप।\nबैठक हुई।") == []
    assert quotes("शहर की खबर\nविपक्ष ने सड़क अधूरी छोड़ने का आरोप\nबैठक हुई।") == []


@pytest.mark.parametrize("second", ["परिवहन सचिव का कहना है कि", "उनका कहना है कि", "परिवहन सचिव ने कहा कि"])
def test_a_content_stops_at_a_comma_before_a_second_speaker_and_cue(second: str) -> None:
    text = f"मंत्री ने कहा कि सभी नई बसें कंपनी को लौटाई जाएंगी, {second} यात्रियों की सुरक्षा सबसे जरूरी है।"
    assert [f.quote for f in quotes(text)] == ["सभी नई बसें कंपनी को लौटाई जाएंगी", "यात्रियों की सुरक्षा सबसे जरूरी है।"]


def test_a_headline_noun_after_a_comma_is_no_second_cue() -> None:
    text = "अदालत ने कहा कि मिस्टर राव, आपको लोगों के हर सवाल का जवाब देना होगा।"
    assert only(text).quote == "मिस्टर राव, आपको लोगों के हर सवाल का जवाब देना होगा।"


def test_a_relative_pronoun_after_a_comma_is_no_second_speaker() -> None:
    text = "मंत्री ने कहा कि यह उन लोगों की गलती है, जिन्होंने कहा था कि पुल सुरक्षित है।"
    assert quotes(text)[0].quote == "यह उन लोगों की गलती है, जिन्होंने कहा था कि पुल सुरक्षित है।"


def test_lekin_before_a_cue_with_no_new_speaker_stays_in_the_content() -> None:
    text = "डॉक्टरों के अनुसार ये स्वस्थ हैं, लेकिन इन्हें घर पर ही रहने की सलाह दी है।"
    assert quotes(text)[0].quote == "ये स्वस्थ हैं, लेकिन इन्हें घर पर ही रहने की सलाह दी है।"


def test_a_demand_raised_reports_its_infinitive() -> None:
    found = only("ग्रामीणों ने वन विभाग से तेंदुए को जल्द पकड़ने की मांग उठाई है।")
    assert (found.quote, found.cue) == ("तेंदुए को जल्द पकड़ने", "मांग उठाई है")


def test_dohraya_ki_reports() -> None:
    assert only("मुख्यमंत्री ने दोहराया कि गठबंधन पूरी तरह एकजुट है।").quote == "गठबंधन पूरी तरह एकजुट है।"


def test_a_connective_then_kaha_goes_on_reporting_unmarked_speech() -> None:
    found = quotes("थाना प्रभारी ने गांव का दौरा किया। साथ ही कहा किसी को दिक्कत हो तो थाने आएं।")[-1]
    assert (found.quote, found.speaker, found.cue) == ("किसी को दिक्कत हो तो थाने आएं।", "थाना प्रभारी", "कहा")


def test_a_misspelt_unhone() -> None:
    assert only("उन्होनें कहा कि शहर की हवा साफ हुई है।").speaker == "उन्होनें"


def test_a_headline_counterattack_before_a_comma_unless_a_second_speaker_follows() -> None:
    found = only("टिप्पणी पर सत्ता पक्ष का पलटवार, ‘विपक्ष देश को बदनाम कर रहा है’\nशहर में सभा हुई।")
    assert (found.quote, found.speaker, found.cue) == ("विपक्ष देश को बदनाम कर रहा है", "सत्ता पक्ष", "पलटवार")
    found = only("टिप्पणी पर सत्ता पक्ष का पलटवार, मंत्री बोले- विपक्ष देश को बदनाम कर रहा है\nशहर में सभा हुई।")
    assert (found.speaker, found.cue) == ("मंत्री", "बोले")


@pytest.mark.parametrize(
    ("text", "quote", "cue"),
    [
        ("शो पर विवाद हुआ था और इसे बंद करने की मांग उठी।", "इसे बंद करने", "मांग उठी"),
        ("बैठक में मांग की गई कि अधिकारी मिलकर काम करें।", "अधिकारी मिलकर काम करें।", "मांग की गई"),
        ("उम्मीद की जा रही है कि अगली सुनवाई में फैसला आएगा।", "अगली सुनवाई में फैसला आएगा।", "उम्मीद की जा रही है"),
    ],
)
def test_agentless_demands_and_hopes(text: str, quote: str, cue: str) -> None:
    found = only(text)
    assert (found.quote, found.speaker, found.cue) == (quote, "", cue)


def test_a_reported_content_starts_after_a_clause_ended_by_a_verb_and_its_auxiliary() -> None:
    assert only("मंत्री ने बैठक की थी और सड़क बनाने पर जोर दिया।").quote == "सड़क बनाने"


def test_a_latin_topic_label_stays_out_of_a_headline_quote() -> None:
    found = only("District Flood Alert: नदी किनारे के गांव खाली करें : जिलाधिकारी\nजिले में भारी बारिश हुई।")
    assert (found.quote, found.speaker) == ("नदी किनारे के गांव खाली करें", "जिलाधिकारी")


def test_taki_goes_on_with_the_speech() -> None:
    found = only("मंत्री ने कहा कि विभाग मिलकर योजना बनाएं। ताकि किसानों को राहत मिल सके।")
    assert found.quote == "विभाग मिलकर योजना बनाएं। ताकि किसानों को राहत मिल सके।"


@pytest.mark.parametrize(
    ("line", "quote", "speaker", "cue"),
    [
        ("हार के बाद टीम के कोच ने की फिटनेस कोच की मांग", "फिटनेस कोच", "टीम के कोच", "मांग"),
        ("खेल मंत्री ने की नई खेल नीति की घोषणा", "नई खेल नीति", "खेल मंत्री", "घोषणा"),
        ("जिलाधिकारी ने की जल संरक्षण अपनाने की अपील, ग्रामीणों को दी सलाह", "जल संरक्षण अपनाने", "जिलाधिकारी", "अपील"),
        ("विपक्ष ने की चुनाव दोबारा कराने की मांग- प्रशासन में मची हलचल", "चुनाव दोबारा कराने", "विपक्ष", "मांग"),
    ],
)
def test_a_headline_with_its_verb_before_what_it_reports(line: str, quote: str, speaker: str, cue: str) -> None:
    """A headline of two clauses is read up to its comma or dash too."""
    found = only(f"{line}\nशहर में आज समारोह हुआ।")
    assert (found.quote, found.speaker, found.cue) == (quote, speaker, cue)


@pytest.mark.parametrize(
    ("line", "quote"),
    [
        ("कड़ाके की ठंड, स्कूलों का समय बदलने की मांग", "स्कूलों का समय बदलने"),
        ("गेहूं खरीद केंद्र बंद करने की मांग, किसान धरने पर बैठे", "गेहूं खरीद केंद्र बंद करने"),
        ("बिजली कटौती से लोग परेशान, अधिकारियों पर लगाया लापरवाही बरतने का आरोप", "लापरवाही बरतने"),
    ],
)
def test_a_headline_clause_ending_in_a_speech_act_noun(line: str, quote: str) -> None:
    """``C करने की मांग`` is read in the clause of a headline it ends, before or after a comma,
    after a verb that comes before what it reports (``Y पर लगाया C का आरोप``)."""
    assert only(f"{line}\nशहर में आज समारोह हुआ।").quote == quote


def test_a_headline_may_end_in_an_exclamation_mark() -> None:
    found = only("मंत्री का दावा, इस साल डेंगू के मामलों में आई कमी !\nविभाग ने आज बैठक की।")
    assert (found.speaker, found.cue) == ("मंत्री", "दावा")


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ("जिला पुलिस ने लोगों को सचेत किया है कि अनजान कॉल पर बैंक की जानकारी न दें।", "जिला पुलिस", "सचेत किया है"),
        ("सलाह दी गई है कि अनजान कॉल पर बैंक की जानकारी न दें।", "", "सलाह दी गई है"),
    ],
)
def test_warnings_and_advice_before_ki(text: str, speaker: str, cue: str) -> None:
    found = only(text)
    assert (found.quote, found.speaker, found.cue) == ("अनजान कॉल पर बैंक की जानकारी न दें।", speaker, cue)


def test_bakaul_names_the_source_before_a_comma() -> None:
    found = only("बकौल प्रदूषण बोर्ड, नदी में ऑक्सीजन का स्तर घटा है।")
    assert (found.quote, found.speaker, found.cue) == ("नदी में ऑक्सीजन का स्तर घटा है।", "प्रदूषण बोर्ड", "बकौल")


def test_an_assurance_before_ki_and_an_adverb_before_a_genitive_cue() -> None:
    assert only("मंत्री ने आश्वस्त किया है कि मुआवजा जल्द मिलेगा।").cue == "आश्वस्त किया है"
    assert only("राज्य का लगातार कहना है कि पानी कम है।").speaker == "राज्य"


def test_a_headline_with_the_source_after_its_verb() -> None:
    found = only("लोक संगीत को नई पीढ़ी तक पहुंचाना जरूरी, बोलीं गायिका मीना देवी\nकार्यक्रम आज हुआ।")
    assert (found.quote, found.speaker, found.cue) == ("लोक संगीत को नई पीढ़ी तक पहुंचाना जरूरी", "गायिका मीना देवी", "बोलीं")


def test_speech_after_kaha_without_ki_goes_on_over_a_relative_sentence() -> None:
    found = only("किसानों ने आरोप लगाते हुए कहा नहर के ओवरफ्लो होने की सूचना पहले ही दे दी थी। जिससे पानी के दबाव से नहर टूट गई।")
    assert found.quote == "नहर के ओवरफ्लो होने की सूचना पहले ही दे दी थी। जिससे पानी के दबाव से नहर टूट गई।"


def test_a_bill_or_an_act_before_ke_anusar_is_no_source() -> None:
    found = only("किसानों का आरोप है कि मुआवजा पैकेज के तहत मिला जबकि वर्ष 2013 के भूमि अधिग्रहण बिल के अनुसार मुआवजा मिलना चाहिए।")
    assert found.speaker == "किसानों"


def test_someone_before_whom_a_speaker_spoke_stays_out_of_the_speaker() -> None:
    found = only("बैठक में गृह मंत्री अमित शाह के सामने हरियाणा के मुख्यमंत्री मनोहर लाल ने मामला उठाते हुए कहा कि पंजाब भ्रमित कर रहा है।")
    assert found.speaker == "हरियाणा के मुख्यमंत्री मनोहर लाल"


def test_a_warning_given_in_a_notice_names_the_notice() -> None:
    found = only("नोटिस में चेतावनी दी गई है कि सभी कब्जाधारक सात दिन के भीतर अतिक्रमण हटाएं।")
    assert (found.quote, found.cue) == ("सभी कब्जाधारक सात दिन के भीतर अतिक्रमण हटाएं।", "चेतावनी दी गई है")


@pytest.mark.parametrize("opener", ["यहां तक कि", "ऐसे में"])
def test_speech_goes_on_over_a_sentence_opening_with_even_or_so(opener: str) -> None:
    found = only(f"व्यापारियों ने कहा कि दो महीने से व्यापार ठप है। {opener} सीवरेज के नाले भी तोड़ दिए गए।")
    assert found.quote == f"दो महीने से व्यापार ठप है। {opener} सीवरेज के नाले भी तोड़ दिए गए।"


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("परेशान दंपती ने डीएम से मदद की गुहार लगाई है।", "मदद"),
        ("फंसे श्रमिकों ने प्रधानमंत्री से सुरक्षित वापसी के लिए हस्तक्षेप करने की गुहार लगाई है।", "सुरक्षित वापसी के लिए हस्तक्षेप करने"),
    ],
)
def test_a_plea_names_what_is_pleaded_for(text: str, quote: str) -> None:
    found = only(text)
    assert (found.quote, found.cue) == (quote, "गुहार लगाई है")


def test_a_complaint_lodged_before_ki() -> None:
    found = only("ग्रामीणों ने जनसुनवाई में शिकायत दर्ज कराई कि रोजगार सहायक ने फर्जीवाड़ा किया है।")
    assert (found.quote, found.speaker, found.cue) == ("रोजगार सहायक ने फर्जीवाड़ा किया है।", "ग्रामीणों", "शिकायत दर्ज कराई")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("उसके भाई ने फोन पर बताया कि उन्हें फंसाया गया है।", "उसके भाई"),
        ("उनकी मां ने कहा कि वह निर्दोष है।", "उनकी मां"),
        ("उसके बाद पुलिस ने कहा कि जांच होगी।", "पुलिस"),
    ],
)
def test_a_possessive_pronoun_right_before_a_speaker_opens_it(text: str, speaker: str) -> None:
    assert only(text).speaker == speaker


def test_those_stranded_somewhere_keep_where_in_the_speaker() -> None:
    found = only("सऊदी अरब के जुबैल में फंसे भारतीय श्रमिकों ने आरोप लगाया है कि उन्हें वेतन नहीं मिला है।")
    assert found.speaker == "सऊदी अरब के जुबैल में फंसे भारतीय श्रमिकों"


def test_a_quote_never_closed_ends_before_another_speaker_begins() -> None:
    found = quotes("कांग्रेस ने कहा कि “सिलेंडर 1,100 के पार कैसे पहुंचा? सरकार ने सब्सिडी घटा दी। इसके साथ ही प्रवक्ता गौरव वल्लभ ने कहा कि राज्यों से सीखिए।")
    assert [(f.quote, f.speaker) for f in found] == [
        ("सिलेंडर 1,100 के पार कैसे पहुंचा? सरकार ने सब्सिडी घटा दी।", "कांग्रेस"),
        ("राज्यों से सीखिए।", "प्रवक्ता गौरव वल्लभ"),
    ]


def test_speech_runs_on_over_third_person_sentences_to_a_later_one_in_the_first_person() -> None:
    said = "मंत्री ने बताया कि राज्य में इस साल बिजली कटौती नहीं हुई है। अखबारों में छपी खबरें काल्पनिक हैं।"
    assert only(said).quote == "राज्य में इस साल बिजली कटौती नहीं हुई है।"
    found = only(f"{said} मैं आश्वस्त करना चाहता हूं कि कटौती नहीं होगी।")
    assert found.quote == "राज्य में इस साल बिजली कटौती नहीं हुई है। अखबारों में छपी खबरें काल्पनिक हैं। मैं आश्वस्त करना चाहता हूं कि कटौती नहीं होगी।"


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("मुख्यमंत्री ने मेट्रो प्रमुख से इन समस्याओं को दूर करने के लिये कहा है।", "इन समस्याओं को दूर करने"),
        ("पीठ ने सुनवाई से इनकार करते हुए याचिकाकर्ता को उच्च न्यायालय जाने के लिए कहा।", "उच्च न्यायालय जाने"),
        ("पीठ ने सुनवाई से इनकार कर दिया और याचिकाकर्ता को उच्च न्यायालय जाने के लिए कहा।", "उच्च न्यायालय जाने"),
        ("एक अखबार ने खराब दौर से गुजर रहे इस क्रिकेटर को गेंद पर नजर रखने की सलाह दी।", "गेंद पर नजर रखने"),
    ],
)
def test_what_was_asked_follows_whoever_was_asked_first(text: str, quote: str) -> None:
    assert only(text).quote == quote


def test_a_speaker_written_in_devanagari_initials_keeps_its_last_dot() -> None:
    found = only("ए.बी.वी.पी. ने ऐलान किया कि वे फीस वृद्धि के खिलाफ संघर्ष करेंगे।")
    assert (found.speaker, found.cue) == ("ए.बी.वी.पी.", "ऐलान किया")


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ("कुलपति ने छात्रों को अश्वासन दिया है कि जल्द ही रिजल्ट निकाला जाएगा।", "कुलपति", "अश्वासन दिया है"),
        ("छात्राओं का दो टूक कहना है कि जल्द ही रिजल्ट निकाला जाएगा।", "छात्राओं", "कहना है"),
    ],
)
def test_a_misspelt_assurance_and_a_blunt_saying(text: str, speaker: str, cue: str) -> None:
    found = only(text)
    assert (found.quote, found.speaker, found.cue) == ("जल्द ही रिजल्ट निकाला जाएगा।", speaker, cue)


def test_a_genitive_cue_without_its_genitive_does_not_end_speech() -> None:
    found = only("उन्होंने कहा कि हम 20 साल से यहां हैं। हमें आज की घटना का पहले से अनुमान था।")
    assert found.quote == "हम 20 साल से यहां हैं। हमें आज की घटना का पहले से अनुमान था।"


def test_information_about_this_given_by_someone_attributes_the_sentence_before() -> None:
    found = only("यात्रा 28 जून से शुरू होगी और 22 अगस्त को सम्पन्न होगी। इस बात की जानकारी बोर्ड के अधिकारी नीतीश्वर कुमार ने दी।")
    assert (found.quote, found.speaker) == ("यात्रा 28 जून से शुरू होगी और 22 अगस्त को सम्पन्न होगी।", "बोर्ड के अधिकारी नीतीश्वर कुमार")


def test_declaring_something_while_doing_another_thing() -> None:
    found = only("सुप्रीम कोर्ट ने प्रवेश पर लगे प्रतिबंध को 'असंवैधानिक' करार देते हुए हटा दिया था।")
    assert (found.quote, found.speaker, found.cue) == ("असंवैधानिक", "सुप्रीम कोर्ट", "करार देते हुए")


def test_an_accusation_made_while_doing_another_thing() -> None:
    found = only("मुखिया ने आवास सहायक पर भ्रष्टाचार करने का आरोप लगाते हुए बीडीओ को आवेदन दिया है।")
    assert (found.quote, found.speaker, found.cue) == ("आवास सहायक पर भ्रष्टाचार करने", "मुखिया", "आरोप लगाते हुए")


def test_the_one_accused_is_not_what_is_reported() -> None:
    assert quotes("किसानों ने सिंचाई विभाग पर आरोप लगाया।") == []
    assert only("किसानों ने सिंचाई विभाग पर आरोप लगाते हुए कहा कि नहर टूट गई।").quote == "नहर टूट गई।"


@pytest.mark.parametrize(
    ("subheading", "quote", "speaker", "cue"),
    [
        ("आगे की जाएगी बिजली कटौती- सूद", "आगे की जाएगी बिजली कटौती", "सूद", "-"),
        ("कई स्तरों पर काम जारी: हरदीप सिंह पुरी", "कई स्तरों पर काम जारी", "हरदीप सिंह पुरी", ":"),
    ],
)
def test_a_subheading_ending_in_a_source_named_in_the_article(subheading: str, quote: str, speaker: str, cue: str) -> None:
    text = f"शहर में बिजली की समस्या बनी हुई है।\n{subheading}\nमंत्री हरदीप सिंह पुरी और आशीष सूद आज बैठक में थे।"
    found = [f for f in quotes(text) if f.cue == cue]
    assert [(f.quote, f.speaker) for f in found] == [(quote, speaker)]


def test_a_subheading_ending_in_a_topic_named_nowhere_else_is_no_quote() -> None:
    assert quotes("शहर में बिजली की समस्या बनी हुई है।\nइन इलाकों में रहेगी कटौती: पूरी सूची\nबिजली विभाग ने सूची जारी की।") == []


def test_a_question_after_speech_is_the_speakers_unless_it_names_its_own() -> None:
    said = "फेडरेशन के अधिकारियों ने कहा है कि व्यापारी ने सरकार को ज्यादा जीएसटी दिया है।"
    assert only(f"{said} फिर उत्पीड़न किस बात का हो रहा है?").quote.endswith("किस बात का हो रहा है?")
    other = f"{said} बचाव पक्ष ने यह तर्क देते हुए अर्जी लगाई कि भोलू आरोपित कैसे?"
    assert quotes(other)[0].quote == "व्यापारी ने सरकार को ज्यादा जीएसटी दिया है।"


def test_a_meeting_held_before_a_decision_frames_what_was_decided() -> None:
    found = only("आढ़तियों ने मंडी करनाल में बैठक कर 19 सितम्बर से अनाज मंडियों को बंद करने का ऐलान किया।")
    assert found.quote == "19 सितम्बर से अनाज मंडियों को बंद करने"


def test_an_order_issued_spelt_with_kiye() -> None:
    found = only("मुख्यमंत्री ने मृतकों के परिजनों को मुआवजा देने के निर्देश जारी किये हैं।")
    assert (found.quote, found.cue) == ("मृतकों के परिजनों को मुआवजा देने", "निर्देश जारी किये हैं")


INTERVIEW_OPENING = "मंत्री जयसिंह अग्रवाल का रिपोर्ट कार्ड\nकोरबा: इस मौके पर संवाददाता ने मंत्री जयसिंह अग्रवाल से खास बातचीत की।\n"


def test_an_interviews_answers_are_quotes_cued_by_their_label_and_its_questions_are_left() -> None:
    text = INTERVIEW_OPENING + "सवाल: एक साल में क्या उपलब्धियां रहीं?\nजवाब: हमारी सरकार ने किसानों का कर्ज माफ कर दिया।\nप्रश्न- आगे की क्या तैयारी है?\nउत्तर- जनहित के सभी काम प्राथमिकता में रहेंगे।\n"
    assert [(f.quote, f.cue, f.speaker) for f in quotes(text)] == [
        ("हमारी सरकार ने किसानों का कर्ज माफ कर दिया।", "जवाब", ""),
        ("जनहित के सभी काम प्राथमिकता में रहेंगे।", "उत्तर", ""),
    ]


def test_an_interview_line_opening_with_the_name_of_someone_in_the_article() -> None:
    text = INTERVIEW_OPENING + "सवाल: एक साल में क्या उपलब्धियां रहीं?\nअग्रवाल: हमने किसानों का कर्ज माफ कर दिया।\n"
    assert [(f.quote, f.cue, f.speaker) for f in quotes(text)] == [("हमने किसानों का कर्ज माफ कर दिया।", ":", "अग्रवाल")]


def test_topic_labels_and_datelines_named_again_are_no_interview() -> None:
    text = "कोरोना वायरस: मधुबनी में डॉक्टरों की बैठक\nमधुबनी: जिले में कोरोना वायरस को लेकर बैठक हुई।\nमधुबनी में कोरोना वायरस के मामले बढ़े हैं।\n"
    assert quotes(text) == []


def test_an_interview_without_labels_answers_each_question_paragraph() -> None:
    text = (
        "सलवा जुडूम को खत्म कर देंगे\nसांसद अजीत जोगी से हुई बातचीत के अंशः\n"
        "आपकी प्राथमिकता क्या होगी?\nछत्तीसगढ़ के संसाधनों का उपयोग छत्तीसगढ़ के हित में हो।\n"
        "नई सरकार के सामने कौन सी चुनौतियां होंगी?\nबिगड़ी स्थिति को सुधारना ही मुख्य काम होगा।\n"
    )
    assert [f.quote for f in quotes(text)] == ["छत्तीसगढ़ के संसाधनों का उपयोग छत्तीसगढ़ के हित में हो।", "बिगड़ी स्थिति को सुधारना ही मुख्य काम होगा।"]
    one = "शहर में पानी की किल्लत है।\nआखिर जिम्मेदार कौन है?\nनगर निगम के अधिकारी जवाब नहीं दे रहे।\n"
    assert quotes(one) == []


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("किसानों ने सरकार से मुआवजे की मांग की है।", "मुआवजे"),
        ("छात्राओं ने कुलपति से प्रिंसिपल के इस्तीफे की मांग की है।", "प्रिंसिपल के इस्तीफे"),
    ],
)
def test_a_thing_demanded_of_someone_is_what_was_said(text: str, quote: str) -> None:
    assert only(text).quote == quote


def test_a_thing_demanded_is_reported_where_a_thing_appealed_for_is_not() -> None:
    """What is demanded (मांग) is what was said, a thing as well as an act (the annotators mark
    ``… ने तिराहे सुधार और ब्रेकर की मांग की``); a plea (अपील, अनुरोध) for a thing of no one
    named is not."""
    assert only("यात्रियों ने नई बसों की मांग की।").quote == "नई बसों"
    assert quotes("यात्रियों ने नई बसों की अपील की।") == []
    assert quotes("यात्रियों ने स्टेशन पर नई बसों का अनुरोध किया।") == []


def test_speech_goes_on_to_a_closing_mark_left_at_its_end() -> None:
    found = only("मंत्री ने कहा कि हम तैयार हैं। हम पर्यटकों का स्वागत करते हैं।'")
    assert found.quote == "हम तैयार हैं। हम पर्यटकों का स्वागत करते हैं।"


def test_coordinated_requests_keep_an_object_marked_with_ko() -> None:
    found = only("उन्होंने ठहरने की सुविधा बढ़ाने और होम स्टे के शुल्क को कम करने के निर्देश दिए।")
    assert found.quote == "ठहरने की सुविधा बढ़ाने और होम स्टे के शुल्क को कम करने"


def test_an_accusation_of_one_word() -> None:
    found = only("मौत के मामले में परिजनों ने लापरवाही का आरोप लगाया है।")
    assert (found.quote, found.speaker, found.cue) == ("लापरवाही", "परिजनों", "आरोप लगाया है")


@pytest.mark.parametrize(
    "text",
    [
        "उसने पैसे मांगे।",
        "कंपनी ने ऑफिशियल स्टेटमेंट जारी किया है और दर्शकों से माफी मांगी है।",
        "दूतावास ने इमरान से गलती के लिए मांगी माफ़ी!",
        # a thing asked for (a reply, a report, help) is seldom what anyone annotates as said
        "मानवाधिकार आयोग ने पुलिस अधीक्षक से चार सप्ताह के अंदर इस मामले में जवाब मांगा है।",
        "आयोग ने पुलिस अधीक्षक को पत्र भेज कर अब तक की कार्रवाई रिपोर्ट मांगी है।",
    ],
)
def test_an_apology_or_a_thing_asked_for_is_no_quote(text: str) -> None:
    assert quotes(text) == []


@pytest.mark.parametrize(
    ("text", "quote", "cue"),
    [
        ("मुख्यमंत्री ने भोपाल में हुए हादसे को बेहद दुखद बताते हुए जांच के निर्देश दिए हैं।", "भोपाल में हुए हादसे को बेहद दुखद", "बताते हुए"),
        ("अपेक्स बाडी ने जिले के हालात को तनावपूर्ण करार देते हुए सरपंचों को बुलाने का विरोध किया।", "जिले के हालात को तनावपूर्ण", "करार देते हुए"),
    ],
)
def test_calling_something_so_while_doing_another_thing(text: str, quote: str, cue: str) -> None:
    found = quotes(text)[0]
    assert (found.quote, found.cue) == (quote, cue)


def test_a_confirmation_points_back_at_the_sentence_before() -> None:
    found = only("अवंतीपोरा में सुरक्षा बलों और आतंकवादियों के बीच मुठभेड़ हुई। इसकी पुष्टि कश्मीर जोन पुलिस ने की।")
    assert (found.quote, found.speaker) == ("अवंतीपोरा में सुरक्षा बलों और आतंकवादियों के बीच मुठभेड़ हुई।", "कश्मीर जोन पुलिस")


def test_one_question_after_another_is_asked_anew() -> None:
    found = only("संवाददाता ने पूछा कि सरकार क्या कर रही है? व्यापारियों की सुनवाई क्यों नहीं हो रही है?")
    assert found.quote == "सरकार क्या कर रही है?"


def test_a_headline_speech_ends_before_the_sites_tail_and_its_subject_is_the_ergative_one() -> None:
    found = quotes("CM शिवराज ने कसा विपक्ष पर तंज, बोले- PM के समर्थन से डरे विपक्षी - लोकसभा चुनाव 2024\nभोपाल में आज सभा हुई।")[0]
    assert (found.quote, found.speaker, found.cue) == ("PM के समर्थन से डरे विपक्षी", "CM शिवराज", "बोले")


def test_a_talk_held_before_a_statement_frames_what_was_said() -> None:
    found = only("एसडीएम ने संबंधित अधिकारियों से बात कर तुरंत समस्या के निराकरण की बात कही।")
    assert found.quote == "तुरंत समस्या के निराकरण"


@pytest.mark.parametrize(
    ("text", "quote", "cue"),
    [
        ("कैट ने दिल्ली के सभी व्यापारियों से अपनी दुकानें बंद रखने का आह्वान किया है।", "अपनी दुकानें बंद रखने", "आह्वान किया है"),
        ("नेता ने आह्वान किया कि सब एकजुट रहें।", "सब एकजुट रहें।", "आह्वान किया"),
    ],
)
def test_a_call_to_do_something(text: str, quote: str, cue: str) -> None:
    found = only(text)
    assert (found.quote, found.cue) == (quote, cue)


def test_a_question_put_by_someone_unnamed_ends_at_the_correlative() -> None:
    found = quotes("जब उनसे पूछा गया कि क्या वह संन्यास लेंगी तो उन्होंने कहा कि अभी नहीं।")
    assert [(f.quote, f.speaker, f.cue) for f in found] == [("क्या वह संन्यास लेंगी", "", "पूछा गया"), ("अभी नहीं।", "उन्होंने", "कहा")]


def test_those_included_in_something_keep_it_in_the_speaker() -> None:
    found = only("इंडियाज गॉट लेटेंट में शामिल एक कंटेस्टेंट ने कहा कि शो स्क्रिप्टेड नहीं था।")
    assert found.speaker == "इंडियाज गॉट लेटेंट में शामिल एक कंटेस्टेंट"


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "cue"),
    [
        ("किसान संगठनों ने सरकार से फसलों की खरीद जल्द शुरू करने की भी मांग की है।", "फसलों की खरीद जल्द शुरू करने", "किसान संगठनों", "मांग की है"),
        ("मंत्री ने नियम बदलने की बात भी कही।", "नियम बदलने", "मंत्री", "बात भी कही"),
        ("अधिकारियों ने दुकानदारों को मिठाई ढककर रखने की सख्त हिदायतें भी दीं।", "मिठाई ढककर रखने", "अधिकारियों", "सख्त हिदायतें भी दीं"),
        ("पत्र में पुराने पुल की मरम्मत कराने का अनुरोध भी किया गया है।", "पुराने पुल की मरम्मत कराने", "पत्र", "अनुरोध भी किया गया है"),
        ("स्टेशन को रविवार को एक ट्रेन में बम होने की धमकी मिली, जिसके बाद ट्रेन रोक दी गई।", "एक ट्रेन में बम होने", "", "धमकी मिली"),
        ("जानकार की मानें तो हालात कठिन हैं। वो आगाह भी करते हैं कि आगे कीमतें और बढ़ सकती हैं।", "आगे कीमतें और बढ़ सकती हैं।", "वो", "आगाह भी करते हैं"),
    ],
)
def test_particles_and_received_threats_in_reported_speech(text: str, quote: str, speaker: str, cue: str) -> None:
    """A particle between the content and its noun cue (``C की भी मांग की``), a threat received
    with no sender (``X को C की धमकी मिली``), a request made with no one named."""
    found = [f for f in quotes(text) if f.quote == quote]
    assert [(f.speaker, f.cue) for f in found] == [(speaker, cue)]


def test_the_cue_after_an_infinitive_leaves_its_postposition_out() -> None:
    assert only("जांच समिति ने ठेकेदार से एक हफ्ते में जवाब देने को कहा है।").cue == "कहा है"


@pytest.mark.parametrize(
    "text",
    ["प्रवक्ता ने कहा कि नियंत्रण कक्ष की सलाह के अनुसार विमान को दूसरी जगह खड़ा किया गया।", "मांग के अनुसार बाजार में माल नहीं पहुंच पा रहा है।"],
)
def test_according_to_advice_or_demand_names_no_source(text: str) -> None:
    assert all(f.cue != "के अनुसार" for f in quotes(text))


def test_a_paper_that_reports_what_someone_said_relays_it() -> None:
    text = 'अखबार के मुताबिक, मंत्री ने कहा, "हम पीछे नहीं हटेंगे।"'
    found = only(text)
    assert (found.quote, found.speaker, found.cue) == ("हम पीछे नहीं हटेंगे।", "मंत्री", "कहा")
    quote = next(s for s in suggest(text) if s.label == "QUOTE")
    relayed = quote.link("relayed_via")
    assert relayed is not None and {s.key: s for s in suggest(text)}[relayed.tail].text_in(text) == "अखबार"


@pytest.mark.parametrize(
    ("text", "quote", "cue"),
    [
        ("पिछले कुछ दिनों से ऐसी खबरें आ रही थीं कि कंपनी अपना कारखाना बंद कर देगी।", "कंपनी अपना कारखाना बंद कर देगी।", "खबरें आ रही थीं"),
        ("ऐसी रिपोर्ट्स आ रही हैं कि बंदरगाह लंबी लीज पर दिया जाएगा।", "बंदरगाह लंबी लीज पर दिया जाएगा।", "रिपोर्ट्स आ रही हैं"),
    ],
)
def test_reports_going_round_report_what_follows(text: str, quote: str, cue: str) -> None:
    found = only(text)
    assert (found.quote, found.speaker, found.cue) == (quote, "", cue)


def test_a_bus_coming_reports_nothing() -> None:
    assert quotes("बस आ रही थी कि तभी हादसा हो गया।") == []


def test_a_headline_refusal_names_what_was_refused_before_se() -> None:
    text = "पुराने स्कूल बंद करने से मंत्री का इनकार!\nभोपाल। मंत्री ने कहा कि स्कूल खुले रहेंगे।"
    assert attributions(text) == [
        ("पुराने स्कूल बंद करने", "मंत्री", "इनकार"),
        ("स्कूल खुले रहेंगे।", "मंत्री", "कहा"),
    ]


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "cue"),
    [
        ("विपक्ष लगातार कह रहा है कि सरकार आंकड़े छिपा रही है।", "सरकार आंकड़े छिपा रही है।", "विपक्ष", "कह रहा है"),
        ("प्रशासन अब कह रहा है कि सड़क अगले महीने बनेगी।", "सड़क अगले महीने बनेगी।", "प्रशासन", "कह रहा है"),
        ("एक रिपोर्ट के अनुसार किसान ये भी कह रहे हैं कि नहर से पानी नहीं आता।", "नहर से पानी नहीं आता।", "किसान", "कह रहे हैं"),
        ("वीडियो में अधिकारी कहते नजर आ रहे हैं कि फाइल ऊपर भेज दी गई है।", "फाइल ऊपर भेज दी गई है।", "अधिकारी", "कहते नजर आ रहे हैं"),
        ("संघ ने बढ़ते खर्च पर कच्चे माल की कीमतों का हवाला दिया।", "कच्चे माल की कीमतों", "संघ", "हवाला दिया"),
    ],
)
def test_speech_going_on_and_what_is_cited(text: str, quote: str, speaker: str, cue: str) -> None:
    """``X कह रहा है कि …`` (speech going on, X the subject, after a source that relays it),
    what a video shows someone saying, and ``X ने … का हवाला दिया``."""
    found = [f for f in quotes(text) if f.quote == quote]
    assert [(f.speaker, f.cue) for f in found] == [(speaker, cue)]


def test_what_a_thing_is_called_may_hold_an_infinitive() -> None:
    """``उन्होंने इसे … दिलाने की दिशा में कदम बताया``: इसे is called something; a person told how
    to do something (``उन्हें दवा लेने का तरीका बताया``) is not."""
    found = only("आयोग ने फैसले का स्वागत किया। उन्होंने इसे पीड़ितों को न्याय दिलाने की दिशा में बड़ा कदम बताया।")
    assert (found.quote, found.speaker, found.cue) == ("इसे पीड़ितों को न्याय दिलाने की दिशा में बड़ा कदम", "उन्होंने", "बताया")
    assert quotes("डॉक्टर ने उन्हें दवा लेने का तरीका बताया।") == []


def test_a_subheading_in_quote_marks_names_its_source_after_the_dash() -> None:
    text = (
        "स्कूल में छात्रा की मौत\nप्रबंधन के मुताबिक, छात्रा की मौत बीमारी से हुई है।\n"
        "‘छात्रा के हाथ पर चोट के निशान थे’ - परिजन\nपरिजनों ने जांच की मांग की है।"
    )
    assert ("छात्रा के हाथ पर चोट के निशान थे", "परिजन", "-") in attributions(text)


def test_a_line_signed_at_its_end_is_the_signers() -> None:
    """Vox pops: ``C।- राजकुमार, धनीपुर मंडी`` at the end of a line signs the line."""
    text = (
        "क्या कहते हैं दुकानदार\nबाजार में ग्राहक नहीं आ रहे हैं। किराया देना भी मुश्किल है।- रमेश कुमार, सदर बाजार\n"
        "सड़क खुदी पड़ी है, इसलिए लोग नहीं आते।- सोनू , नई मंडी"
    )
    assert attributions(text) == [
        ("बाजार में ग्राहक नहीं आ रहे हैं। किराया देना भी मुश्किल है।", "रमेश कुमार, सदर बाजार", "-"),
        ("सड़क खुदी पड़ी है, इसलिए लोग नहीं आते।", "सोनू , नई मंडी", "-"),
    ]


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "cue"),
    [
        ("पड़ोसी ने पुलिस को सूचना दी कि गली में एक घायल व्यक्ति पड़ा है।", "गली में एक घायल व्यक्ति पड़ा है।", "पड़ोसी", "सूचना दी"),
        ("मंत्री ने सभी मांगें जल्द पूरी करने का आश्वासन दे दिया है।", "सभी मांगें जल्द पूरी करने", "मंत्री", "आश्वासन दे दिया है"),
        ("शुरुआती जांच में पता चला है कि गोदाम में नकली दवाएं रखी थीं।", "गोदाम में नकली दवाएं रखी थीं।", "शुरुआती जांच", "पता चला है"),
        ("पोस्टमार्टम रिपोर्ट से पता चला कि मौत दम घुटने से हुई।", "मौत दम घुटने से हुई।", "", "रिपोर्ट से पता चला"),
        ("विभाग की जांच में खुलासा हुआ है कि मृत लोगों के नाम पर पेंशन निकाली गई।", "मृत लोगों के नाम पर पेंशन निकाली गई।", "विभाग की जांच",
         "खुलासा हुआ है"),
        ("पूछताछ के दौरान खुलासा हुआ कि गिरोह ने तीन जिलों में चोरियां कीं।", "गिरोह ने तीन जिलों में चोरियां कीं।", "",
         "पूछताछ के दौरान खुलासा हुआ"),
    ],
)
def test_notices_assurances_and_what_an_inquiry_found(text: str, quote: str, speaker: str, cue: str) -> None:
    found = only(text)
    assert (found.quote, found.speaker, found.cue) == (quote, speaker, cue)


def test_learning_something_in_a_story_reports_nothing() -> None:
    assert quotes("जब पुलिस को पता चला कि आरोपी घर पर है तो छापा मारा गया।") == []
    assert quotes("बाद में यह खुलासा हुआ कि आरोपी पड़ोस में ही छिपा था।") == []


def test_ke_opening_a_sentence_is_an_initial() -> None:
    """``के सिवन ने कहा``: के can mark no genitive at a sentence's start; it is the initial K."""
    found = only("संपर्क टूट गया. के सिवन ने कहा कि मिशन का अगला चरण तय है.")
    assert found.speaker == "के सिवन"


def test_a_backtick_opening_speech_is_a_quote_mark() -> None:
    found = only("अधिकारी ने बताया, `सूचना मिलने पर हमने जाल बिछाया और आरोपी को पकड़ लिया।")
    assert found.quote == "सूचना मिलने पर हमने जाल बिछाया और आरोपी को पकड़ लिया।"


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "cue"),
    [
        ("सीमा विवाद बातचीत से ही सुलझेगा : नेपाल के प्रधानमंत्री\nकाठमांडू। प्रधानमंत्री ने संसद को संबोधित किया।", "सीमा विवाद बातचीत से ही सुलझेगा", "नेपाल के प्रधानमंत्री", ":"),
        ("बढ़ती महंगाई पर सरकार जल्द फैसला लेगी- बिहार के मुख्यमंत्री\nपटना। मुख्यमंत्री ने बैठक की।", "बढ़ती महंगाई पर सरकार जल्द फैसला लेगी", "बिहार के मुख्यमंत्री", "-"),
    ],
)
def test_a_headline_source_may_be_a_places_office_holder(text: str, quote: str, speaker: str, cue: str) -> None:
    found = quotes(text)[0]
    assert (found.quote, found.speaker, found.cue) == (quote, speaker, cue)


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "cue"),
    [
        ("ग्रामीणों ने कलेक्टर को ज्ञापन देकर सचिव को पद से हटाने की मांग की।", "सचिव को पद से हटाने", "ग्रामीणों", "मांग की"),
        ("कार्यालय से ठेकेदार को नोटिस जारी कर काम जल्द पूरा करने के लिए कहा गया था।", "काम जल्द पूरा करने", "", "के लिए कहा गया था"),
        ("मंत्री ने सभी स्कूल बंद करने के लिए कहा।", "सभी स्कूल बंद करने", "मंत्री", "के लिए कहा"),
        ("परियोजना 2018 में शुरू हुई थी और 2023 तक फ्लैट सौंपने का वादा किया गया था।", "2023 तक फ्लैट सौंपने", "", "वादा किया गया था"),
        ("सरपंच ने फरमान सुनाया कि गांव में शराब बेचने पर जुर्माना लगेगा।", "गांव में शराब बेचने पर जुर्माना लगेगा।", "सरपंच", "फरमान सुनाया"),
    ],
)
def test_requests_and_promises_with_no_one_named_and_decrees(text: str, quote: str, speaker: str, cue: str) -> None:
    """A frame ending in ``देकर`` before a demand, a request or promise with no asker named
    (``C करने के लिए कहा गया``, ``C का वादा किया गया``), a request with no addressee, a decree."""
    found = only(text)
    assert (found.quote, found.speaker, found.cue) == (quote, speaker, cue)


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "cue"),
    [
        ("दोनों पक्षों के वकीलों को निर्देश दिया गया कि वे अगली सुनवाई में लिखित जवाब दें।", "वे अगली सुनवाई में लिखित जवाब दें।", "", "निर्देश दिया गया"),
        ("पूर्व मंत्री ने यह भी सवाल उठाया कि राहत का पैसा कहां गया।", "राहत का पैसा कहां गया।", "पूर्व मंत्री", "सवाल उठाया"),
    ],
)
def test_an_unnamed_direction_and_a_question_raised(text: str, quote: str, speaker: str, cue: str) -> None:
    found = only(text)
    assert (found.quote, found.speaker, found.cue) == (quote, speaker, cue)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("उन्हें अस्पताल ले जाया गया, जहां डॉक्टरों ने कहा कि हालत गंभीर है।", "डॉक्टरों"),
        ("इसी तरह ईडी ने कहा कि जांच जारी है।", "ईडी"),
    ],
)
def test_where_and_likewise_open_no_speaker(text: str, speaker: str) -> None:
    assert only(text).speaker == speaker


def test_an_unnamed_reports_content_starts_after_a_coordinator() -> None:
    """``X ने … बताया, जबकि उनके द्वारा C का अनुमान लगाया गया था``: the agentless cue's content is
    the clause after जबकि, not the sentence from its start."""
    text = 'नेता ने अपने स्कोर को "शानदार जीत" बताया, जबकि उनके द्वारा राष्ट्रपति को हराने का अनुमान लगाया गया था।'
    assert "उनके द्वारा राष्ट्रपति को हराने" in [f.quote for f in quotes(text)]


def test_a_hyphen_in_a_headline_with_its_own_cue_is_no_dash_source() -> None:
    text = "सरकार ने कहा है कि लोग कुत्तों को वहीं खाना दें, जहां बच्चे न आते-जाते हों\nदिशानिर्देश जारी किए गए हैं।"
    assert [(f.quote, f.speaker) for f in quotes(text)] == [("लोग कुत्तों को वहीं खाना दें, जहां बच्चे न आते-जाते हों", "सरकार")]


def test_a_dateline_may_spell_its_day_in_words() -> None:
    found = only("नयी दिल्ली, चार अगस्त (भाषा) शहर के चिड़ियाघर में छह शावकों का जन्म हुआ है। अधिकारियों ने यह जानकारी दी।")
    assert found.quote == "शहर के चिड़ियाघर में छह शावकों का जन्म हुआ है।"


def test_an_accusation_like_something_reports_it() -> None:
    """``X ने Y पर C जैसा सनसनीखेज आरोप लगाया``: C, before जैसा and the adjective."""
    found = only("छात्रा ने कोच पर परेशान करने जैसा गंभीर आरोप लगाया है।")
    assert (found.quote, found.speaker, found.cue) == ("कोच पर परेशान करने", "छात्रा", "आरोप लगाया है")


def test_a_headline_attack_names_who_speaks_after_it() -> None:
    """``X का सरकार पर हमला, कहा- C``: X, before the genitive, says C."""
    text = "नेता का सरकार पर हमला, कहा- महंगाई से जनता परेशान है\nजयपुर। पार्टी की रैली हुई।"
    found = quotes(text)[0]
    assert (found.quote, found.speaker, found.cue) == ("महंगाई से जनता परेशान है", "नेता", "कहा")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("सिंचाई पर बरसे पूर्व मंत्री रामेश्वर, कहा- नहरों में पानी नहीं पहुंचा", "पूर्व मंत्री रामेश्वर"),
        ("मेले में पहुंचे सांसद दिनेश, बोले- अगले साल बड़ा आयोजन होगा", "सांसद दिनेश"),
        ("बिजली कटौती पर भड़कीं विधायक सुमन, बोलीं- अफसर जवाब दें", "विधायक सुमन"),
        ("भड़के किसान नेता, बोले- दाम नहीं मिला तो आंदोलन होगा", "किसान नेता"),
        ("बाढ़ के खतरे पर प्रशासन की चेतावनी, कहा- नदी किनारे न जाएं", "प्रशासन"),
        ("पड़ोसी के दावे पर मंत्रालय की दो टूक, कहा- सीमा पर कोई बदलाव नहीं", "मंत्रालय"),
        ("जिला पंचायत के अध्यक्ष रमेश का अफसरों पर हमला, कहा- फाइलें अटकी हैं", "जिला पंचायत के अध्यक्ष रमेश"),
        ("कोच विनोद को हुआ बुखार, बोले- अगले मैच तक ठीक हो जाऊंगा", "कोच विनोद"),
        ("नगर निगम पर बरसे पार्षद मोहन, कहा सड़कों पर गड्ढे ही गड्ढे", "पार्षद मोहन"),
        ("संयुक्त राष्ट्र में भारत के राजदूत अजय, बोले- सुधार जरूरी है", "संयुक्त राष्ट्र में भारत के राजदूत अजय"),
    ],
)
def test_a_headline_subject_after_its_verb_or_before_a_noun_of_saying(text: str, speaker: str) -> None:
    """``केंद्र पर बरसे X, कहा- C``: the headline's verb stands before its subject X and is no part
    of it; ``X की चेतावनी, कहा- C`` and ``X को हुआ बुखार, बोले- C`` name X before the genitive or
    the dative; after ``X, कहा`` the speech may follow with no dash. A noun that a genitive
    follows (``… में भारत के राजदूत``) is the speaker's, not a verb."""
    found = quotes(text + "\nशहर में आज बैठक हुई।")[0]
    assert found.speaker == speaker
    assert found.cue in ("कहा", "बोले", "बोलीं")


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "cue"),
    [
        ("विधायक रमेश ने प्रशासन पर साधा निशाना, सड़कों की मरम्मत में हो रही देरी", "सड़कों की मरम्मत में हो रही देरी", "विधायक रमेश", "साधा निशाना"),
        ("गांव के किसानों ने सुनाई आपबीती, खेतों में अब तक नहीं पहुंचा पानी", "खेतों में अब तक नहीं पहुंचा पानी", "गांव के किसानों", "सुनाई आपबीती"),
        ("मंत्री ने विपक्ष पर कसा तंज, कहा- जनता सब जानती है", "जनता सब जानती है", "मंत्री", "कहा"),
    ],
)
def test_a_headline_verb_and_noun_then_what_was_said(text: str, quote: str, speaker: str, cue: str) -> None:
    """``X ने केंद्र पर साधा निशाना, C``: after the comma that ends X ने's clause comes what X
    said; a cue after the comma (``…, कहा- C``) is its own."""
    found = quotes(text + "\nशहर में आज बैठक हुई।")
    assert [(f.quote, f.speaker, f.cue) for f in found] == [(quote, speaker, cue)]


def test_kaha_with_no_dash_after_a_comma_opens_speech_only_in_a_headline() -> None:
    assert quotes("बैठक में अफसरों पर भड़के मंत्री, कहा सड़कें जल्द बनें।\nशहर में आज बैठक हुई।") == []


def test_a_headline_asking_why_someone_said_something() -> None:
    """``Topic: "C", ऐसा क्यों बोले X?``: a headline may end in "?", and "ऐसा क्यों" stands between
    the comma and the verb whose source ends the line."""
    text = 'Farmers Protest: "हमें शांति से जाने दें, सरकार हमारी बात सुने", ऐसा क्यों बोले किसान नेता पंढेर?\nनेता ने पत्रकारों से बात की।'
    found = quotes(text)[0]
    assert (found.quote, found.speaker, found.cue) == ("हमें शांति से जाने दें, सरकार हमारी बात सुने", "किसान नेता पंढेर", "बोले")


def test_a_mark_after_a_cue_closes_when_its_speaker_follows() -> None:
    """``"… की घोषणा भी की," X ने कहा।``: the mark after a cue inside the quote closes it."""
    text = '"हम कल मिले थे। उन्होंने खुद हमारी बैठक की घोषणा भी की," महानिदेशक ने पत्रकारों से कहा।'
    found = only(text)
    assert (found.quote, found.speaker, found.cue) == ("हम कल मिले थे। उन्होंने खुद हमारी बैठक की घोषणा भी की", "महानिदेशक", "कहा")


def test_a_connective_before_the_speaker_is_no_speech() -> None:
    found = only("इतना ही नहीं, सरकार ने नियम बदलने की भी बात कही है।")
    assert (found.quote, found.speaker) == ("नियम बदलने", "सरकार")


def test_a_clause_of_hearing_before_an_assurance_is_not_assured() -> None:
    found = only("मंत्री ने किसानों की सभी बातें सुनी और उनका समाधान निकालने का आश्वासन भी दिया।")
    assert (found.quote, found.speaker) == ("उनका समाधान निकालने", "मंत्री")


@pytest.mark.parametrize(
    "text",
    ["सदन की कार्यवाही के दोबारा शुरू होते ही, विधायक ने अध्यक्ष से निलंबन पर पुनर्विचार करने का आग्रह किया।"],
)
def test_a_time_clause_before_the_speaker_is_no_speech(text: str) -> None:
    found = only(text)
    assert (found.quote, found.speaker) == ("निलंबन पर पुनर्विचार करने", "विधायक")


def test_according_to_a_list_names_no_source() -> None:
    assert quotes("लिस्ट के अनुसार डॉक्टर मरीजों को दवा लिखेंगे।") == []


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("परिजनों ने मामले की सीबीआई जांच की मांग उठाई।", "मामले की सीबीआई जांच"),
        ("किसान नेता ने गन्ना किसानों के बकाया भुगतान की मांग की।", "गन्ना किसानों के बकाया भुगतान"),
    ],
)
def test_an_act_asked_for_by_its_noun_is_reported(text: str, quote: str) -> None:
    """A demand for an act named by its noun (जांच, भुगतान) reports it, as an infinitive does."""
    assert only(text).quote == quote


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "cue"),
    [
        ("यात्रियों ने ट्रेन में खराब खाना देने की शिकायत की।", "ट्रेन में खराब खाना देने", "यात्रियों", "शिकायत की"),
        ("ग्रामीणों ने बीडीओ से सड़क न बनाने की शिकायत की।", "सड़क न बनाने", "ग्रामीणों", "शिकायत की"),
        ("भगदड़ के दौरान कई लोगों के घायल होने की भी खबर है।", "भगदड़ के दौरान कई लोगों के घायल होने", "", "खबर है"),
    ],
)
def test_a_complaint_of_something_done_and_unsourced_news(text: str, quote: str, speaker: str, cue: str) -> None:
    found = only(text)
    assert (found.quote, found.speaker, found.cue) == (quote, speaker, cue)


def test_a_person_complained_of_is_no_content() -> None:
    assert quotes("अधिकारी ने कलक्टर से डॉक्टर की शिकायत की थी।") == []


@pytest.mark.parametrize(
    "text",
    [
        "गांव के सरकारी स्कूल में एक भी शिक्षक नहीं, बिना गुरु पढ़ते हैं 83 बच्चे - करहेड़ा गांव\nनूंह। स्कूल में शिक्षक नहीं है।",
        "लगातार ग्यारहवें दिन जारी रही शिक्षकों की हड़ताल - विद्यालयों में पठन-पाठन ठप\nमुजफ्फरपुर। हड़ताल जारी है।",
    ],
)
def test_a_headline_tag_after_a_spaced_dash_is_no_source(text: str) -> None:
    assert quotes(text) == []


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "cue"),
    [
        ("उन्होंने थाने में शिकायत दी थी। शिकायत में कहा था कि उनके खाते से पैसे निकाल लिए गए।", "उनके खाते से पैसे निकाल लिए गए।", "शिकायत", "कहा था"),
        ("चर्चा है कि शाखा में बड़ा गबन हुआ है।", "शाखा में बड़ा गबन हुआ है।", "", "चर्चा है"),
        ("ग्राहकों की शिकायतें आई हैं जिनमें खाते से राशि गायब होने की बात कही गई है।", "खाते से राशि गायब होने", "", "बात कही गई है"),
    ],
)
def test_a_document_says_and_talk_goes_round(text: str, quote: str, speaker: str, cue: str) -> None:
    """``शिकायत में कहा था कि …``: a document named before में is the speaker of a verbal cue with
    no ने; talk going round (``चर्चा है कि``) and a claim made with no one named, after a pointer
    into what holds it (``जिनमें C की बात कही गई है``)."""
    found = [f for f in quotes(text) if f.quote == quote]
    assert [(f.speaker, f.cue) for f in found] == [(speaker, cue)]


def test_a_feminine_agentless_passive_reports_what_follows() -> None:
    found = only("घटना के बाद बताई जा रही है कि आग शॉर्ट सर्किट से लगी।")
    assert (found.quote, found.speaker, found.cue) == ("आग शॉर्ट सर्किट से लगी।", "", "बताई जा रही है")


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        ("एजेंसी ने जमानत का यह कहते हुए विरोध किया था कि बाहर आकर आरोपी गवाहों को डरा सकता है।", "बाहर आकर आरोपी गवाहों को डरा सकता है।", "एजेंसी"),
        ("ग्रामीणों ने यह कहकर सभा का बहिष्कार कर दिया कि उन्हें जमीन के बदले जमीन चाहिए।", "उन्हें जमीन के बदले जमीन चाहिए।", "ग्रामीणों"),
    ],
)
def test_what_is_said_while_doing_something_follows_the_next_ki(text: str, quote: str, speaker: str) -> None:
    found = only(text)
    assert (found.quote, found.speaker) == (quote, speaker)


def test_a_signature_line_may_end_in_a_full_stop() -> None:
    text = "पानी की किल्लत\nहर दिन टैंकरों से पानी सड़कों पर बर्बाद होता है।\n- ओमकार नाथ यादव, स्थानीय निवासी।"
    found = only(text)
    assert (found.quote, found.speaker, found.cue) == ("हर दिन टैंकरों से पानी सड़कों पर बर्बाद होता है।", "ओमकार नाथ यादव, स्थानीय निवासी", "-")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("मोहल्ले के रामू, श्यामू, कल्लू आदि ग्रामीणों ने कहा कि सड़क टूटी है।", "मोहल्ले के रामू, श्यामू, कल्लू आदि ग्रामीणों"),
        ("गांव निवासी राजेश कुमार, मोहन लाल व सुरेश यादव ने बताया कि सड़क टूटी है।", "गांव निवासी राजेश कुमार, मोहन लाल व सुरेश यादव"),
        ("कांग्रेस प्रवक्ता के के मिश्रा ने कहा कि सर्वर डाउन है।", "कांग्रेस प्रवक्ता के के मिश्रा"),
        ("वार्ड के पार्षद गीता देवी, सुरेश, महेश सहित कई लोगों ने बताया कि पानी नहीं आता।", "वार्ड के पार्षद गीता देवी, सुरेश, महेश सहित कई लोगों"),
        ("एशियाई बैंक (Asian Development Bank) के मुख्य अर्थशास्त्री डॉ. अमित कुमार (Amit Kumar Singh Rathore) ने कहा कि विकास दर घटेगी।", "एशियाई बैंक (Asian Development Bank) के मुख्य अर्थशास्त्री डॉ. अमित कुमार (Amit Kumar Singh Rathore)"),
        ("झांसी से भाजपा सांसद अनुराग शर्मा ने कहा कि काम होगा।", "झांसी से भाजपा सांसद अनुराग शर्मा"),
        ("संघ की ओर से पेश वकील रमेश चंद्र ने कहा कि याचिका गलत है।", "संघ की ओर से पेश वकील रमेश चंद्र"),
        ("संघ में शामिल 300 से अधिक व्यापारियों ने कहा कि वे हड़ताल करेंगे।", "संघ में शामिल 300 से अधिक व्यापारियों"),
        ("अमेरिकी राष्ट्रपति जो बाइडन ने कहा कि बातचीत होगी।", "अमेरिकी राष्ट्रपति जो बाइडन"),
        ("घटनास्थल पर मौजूद लोगों ने बताया कि आग तेज थी।", "घटनास्थल पर मौजूद लोगों"),
        ("धरने पर बैठे शिक्षकों ने कहा कि वेतन नहीं मिला।", "धरने पर बैठे शिक्षकों"),
        ("मौके पर मौजूद लोगों ने बताया कि आग तेज थी।", "मौके पर मौजूद लोगों"),
        ("यहां पर तैनात डॉक्टरों ने कहा कि दवा नहीं है।", "यहां पर तैनात डॉक्टरों"),
        ("बांग्लादेश में भारत के उच्चायुक्त प्रणय वर्मा ने कहा कि संबंध अच्छे हैं।", "बांग्लादेश में भारत के उच्चायुक्त प्रणय वर्मा"),
        ("बैठक में मंत्री ने कहा कि काम होगा।", "मंत्री"),
        ("इस मौके पर मंत्री ने कहा कि काम होगा।", "मंत्री"),
        ("इसे रखा जा सकता..न्यायमूर्ति लोकुर की पीठ ने कहा कि यह गलत है।", "न्यायमूर्ति लोकुर की पीठ"),
        ("... घटनास्थल पर पहुंचे अधिकारी ने कहा कि जांच होगी।", "घटनास्थल पर पहुंचे अधिकारी"),
        ("बार काउंसिल ऑफ इंडिया के अध्यक्ष मनन मिश्रा ने कहा कि हड़ताल गलत है।", "बार काउंसिल ऑफ इंडिया के अध्यक्ष मनन मिश्रा"),
        ("जो बाइडन ने कहा कि बातचीत होगी।", "जो बाइडन"),
    ],
)
def test_a_speaker_phrase_keeps_its_list_seat_side_and_place(text: str, speaker: str) -> None:
    """A list of names closed by ``आदि``/``सहित``, a bracketed gloss (not counted in the phrase's
    word limit), a constituency before ``से सांसद``, ``की ओर से``, ``300 से अधिक``, a name whose
    first word is a stop word elsewhere, a place or the spot before an adjective of state
    (``मौके पर मौजूद``), the country an envoy is posted to; never what stands before an ellipsis."""
    assert only(text).speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("इसके बावजूद पूर्व कप्तान राहुल ने कहा कि टीम अच्छी है।", "पूर्व कप्तान राहुल"),
        ("एक तरफ विपक्षी दल ने कहा कि यह गलत है।", "विपक्षी दल"),
        ("इस संदर्भ में अस्पताल के हृदय रोग विभाग के प्रमुख डॉ. सिंह ने कहा कि सावधानी जरूरी है।", "अस्पताल के हृदय रोग विभाग के प्रमुख डॉ. सिंह"),
        ("सुबह सात बजे केंद्र के बाहर खड़े किसान रामसिंह ने कहा कि खाद नहीं मिली।", "केंद्र के बाहर खड़े किसान रामसिंह"),
        ("संख्या बताए बिना मंत्री गोयल ने कहा कि कई लोग पकड़े गए।", "मंत्री गोयल"),
        ("खुद साक्षी मलिक ने कहा कि वे लड़ेंगी।", "साक्षी मलिक"),
        ("आगे वकील सिब्बल ने कहा कि सुनवाई जल्द हो।", "वकील सिब्बल"),
        ("विशेष बातचीत में मौसम विभाग के वरिष्ठ वैज्ञानिक आर. के. जेनामणि ने कहा कि बारिश होगी।", "मौसम विभाग के वरिष्ठ वैज्ञानिक आर. के. जेनामणि"),
        ("लखनऊ, प्रमुख संवाददाता पशुधन एवं दुग्ध विकास मंत्री धर्मपाल सिंह ने कहा कि टीके लगेंगे।", "पशुधन एवं दुग्ध विकास मंत्री धर्मपाल सिंह"),
        ("14 जनवरी सेना प्रमुख जनरल मनोज पांडे ने कहा कि सीमा शांत है।", "सेना प्रमुख जनरल मनोज पांडे"),
        ("गया 12 मार्च, जिले के कृषि पदाधिकारी रमेश राय ने कहा कि बीज पहुंच गए हैं।", "जिले के कृषि पदाधिकारी रमेश राय"),
        ("कोटा 3 जुलाई स्कूल के प्राचार्य अनिल जैन ने कहा कि परीक्षा टली है।", "स्कूल के प्राचार्य अनिल जैन"),
        ("बाद में 28 मार्च को जारी रिपोर्ट में कहा गया कि बिक्री घटी है।", "28 मार्च को जारी रिपोर्ट"),
        ("एलजी का एक लेटर वायरल है जिसमें उन्होंने जोर देकर बोला है कि अपमान हुआ है।", "उन्होंने"),
        ("नाराजगी बढ़ती जा रही है l वकीलों ने कहा कि वे काम नहीं करेंगे।", "वकीलों"),
    ],
)
def test_a_speaker_phrase_leaves_out_what_opens_the_sentence(text: str, speaker: str) -> None:
    assert only(text).speaker == speaker


def test_a_long_title_stays_whole_in_its_speaker() -> None:
    text = "राष्ट्रीय लोक दल के अल्पसंख्यक प्रकोष्ठ के राष्ट्रीय महासचिव सह प्रवक्ता डॉ. महबूब हसन ने कहा कि चुनाव होंगे।"
    assert only(text).speaker == "राष्ट्रीय लोक दल के अल्पसंख्यक प्रकोष्ठ के राष्ट्रीय महासचिव सह प्रवक्ता डॉ. महबूब हसन"


def test_a_speaker_marked_by_ne_reaches_over_a_long_account_of_where_and_before_whom() -> None:
    text = (
        "केंद्रीय मंत्री ने राज्य के मुख्यमंत्री, दोनों उपमुख्यमंत्रियों और उद्योग जगत के कई बड़े प्रतिनिधियों की"
        " मौजूदगी में राजधानी के नए प्रदर्शनी केंद्र में आयोजित तीन दिन के अंतरराष्ट्रीय सम्मेलन के उद्घाटन"
        " समारोह के दौरान कहा कि देश में चिप बनेंगे।"
    )
    found = only(text)
    assert (found.speaker, found.quote) == ("केंद्रीय मंत्री", "देश में चिप बनेंगे।")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("कोच राजेश ने बोला है कि टीम तैयार है।", "कोच राजेश"),
        ("मंत्री ने बोला कि सड़क जल्द बनेगी।", "मंत्री"),
        ("उन्होंने एक कार्यक्रम में बोला कि मैं बहुत खुश हूं।", "उन्होंने"),
        ("खिलाड़ी बोला कि वह जीतेगा।", "खिलाड़ी"),
    ],
)
def test_a_cue_of_its_subject_takes_a_speaker_marked_by_ne_when_no_subject_stands_before_it(text: str, speaker: str) -> None:
    """``बोला`` takes its speaker as a subject (``खिलाड़ी बोला``), yet papers write it with ने too."""
    assert only(text).speaker == speaker


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        ("अपीलकर्ता की ओर से कहा गया कि उसे झूठा फंसाया गया है।", "उसे झूठा फंसाया गया है।", "अपीलकर्ता"),
        ("स्वास्थ्य अधिकारियों की तरफ से यह कहा गया कि स्थिति नियंत्रण में है।", "स्थिति नियंत्रण में है।", "स्वास्थ्य अधिकारियों"),
        ("समिति द्वारा कहा गया कि रिपोर्ट जल्द आएगी।", "रिपोर्ट जल्द आएगी।", "समिति"),
        ("मजदूर संघ के द्वारा बताया गया कि वेतन रुका हुआ है।", "वेतन रुका हुआ है।", "मजदूर संघ"),
        ("परिवहन मंत्रालय के द्वारा इस बात की चेतावनी दी गई है कि सड़कें बंद रहेंगी।", "सड़कें बंद रहेंगी।", "परिवहन मंत्रालय"),
        ("विभाग द्वारा जारी वक्तव्य में कहा गया है कि सभी दफ्तर खुले रहेंगे।", "सभी दफ्तर खुले रहेंगे।", "विभाग"),
        ("मैसेज में लिखा है कि आपका इनाम निकला है।", "आपका इनाम निकला है।", "मैसेज"),
        ("पुलिस को आशंका है कि आरोपी दिल्ली में छिपे हैं।", "आरोपी दिल्ली में छिपे हैं।", "पुलिस"),
        ("बोर्ड ने एक बयान जारी किया है। जिसमें बताया गया है कि यात्रा सामान्य रूप से चल रही है।", "यात्रा सामान्य रूप से चल रही है।", "बोर्ड"),
        ("बैंक की एक रिपोर्ट सामने आई है जिसमें बताया गया है कि रुपया गिरेगा।", "रुपया गिरेगा।", "बैंक की एक रिपोर्ट"),
        ("दूसरी ओर से कहा गया कि बातचीत होगी।", "बातचीत होगी।", ""),
        ("बैठक लंबी चली। जिसमें बताया गया कि सड़कें बनेंगी।", "सड़कें बनेंगी।", ""),
    ],
)
def test_an_agentless_cue_finds_its_agent_side_or_issuer(text: str, quote: str, speaker: str) -> None:
    """``X की ओर से कहा गया``, ``X (के) द्वारा (इस बात की चेतावनी दी गई)``, ``X को आशंका है``
    name the speaker of an agentless cue; after a relative pointer (``जिसमें बताया गया``) it is who issued what the
    pointer points into, when the clause before ends in issuing it."""
    found = only(text)
    assert (found.quote, found.speaker) == (quote, speaker)


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "cue"),
    [
        ("छात्र नेताओं ने बार-बार परीक्षा रद्द कराने पर विरोध जताया।", "बार-बार परीक्षा रद्द कराने", "छात्र नेताओं", "विरोध जताया"),
        ("इन छात्रों की मांग है कि परीक्षा दोबारा न हो।", "परीक्षा दोबारा न हो।", "इन छात्रों", "मांग है"),
        ("किसानों की मांग थी की कर्ज माफ हो।", "कर्ज माफ हो।", "किसानों", "मांग थी"),
        ("अदालत को सुनवाई के दौरान सूचित किया गया कि बोर्ड ने याचिका खारिज कर दी है।", "बोर्ड ने याचिका खारिज कर दी है।", "", "सूचित किया गया"),
    ],
)
def test_objections_demands_and_notices(text: str, quote: str, speaker: str, cue: str) -> None:
    """An act objected to before ``पर विरोध जताया``; ``X की मांग है कि``; an agentless notice."""
    found = only(text)
    assert (found.quote, found.speaker, found.cue) == (quote, speaker, cue)


def test_a_thing_objected_to_is_no_quote() -> None:
    assert quotes("जिलाध्यक्ष ने शुल्क में मामूली कटौती पर आपत्ति जताई है।") == []


def test_a_pointer_at_what_was_said_is_no_part_of_its_speaker() -> None:
    found = only("शहर में भारी बारिश हुई। इसकी जानकारी मौसम विभाग के निदेशक ने दी।")
    assert (found.quote, found.speaker) == ("शहर में भारी बारिश हुई।", "मौसम विभाग के निदेशक")
    text = "इस बात का पूर्व मुख्यमंत्री हुड्डा ने विरोध किया। उन्होंने कहा कि यह गलत है।"
    assert [s.text_in(text) for s in suggest(text) if s.label == "SPEAKER"] == ["पूर्व मुख्यमंत्री हुड्डा", "उन्होंने"]


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "cue"),
    [
        ("विपक्षी दलाें ने सरकार पर दाम राेकने में नाकाम रहने का अाराेप लगाया।", "सरकार पर दाम राेकने में नाकाम रहने", "विपक्षी दलाें", "अाराेप लगाया"),
        ("उन्हाेंने कहा कि दाम बढ़े हैं।", "दाम बढ़े हैं।", "उन्हाेंने", "कहा"),
        ("अधिकारी का कहना है कि अाैर जांच हाेगी।", "अाैर जांच हाेगी।", "अधिकारी", "कहना है"),
    ],
)
def test_vowel_signs_spelt_as_old_fonts_spell_them(text: str, quote: str, speaker: str, cue: str) -> None:
    """Text converted from the old non-Unicode fonts spells आ as अ + ा and ो as ा + े (अाराेप):
    cues and lexicon words match it as they match the Unicode letters, offsets unchanged."""
    found = only(text)
    assert (found.quote, found.speaker, found.cue) == (quote, speaker, cue)


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "cue"),
    [
        ("कंपनी के सीईओ तो यहां तक कह चुके हैं कि मशीनें नौकरियां ले लेंगी।", "मशीनें नौकरियां ले लेंगी।", "कंपनी के सीईओ", "कह चुके हैं"),
        ("मंत्री जोधपुर पहुंचे। इस दौरान एयरपोर्ट पर मीडिया से बात करते हुए कहा कि योजना जल्द आएगी।", "योजना जल्द आएगी।", "", "कहा"),
        ("कुछ गांवों से शिकायतें मिली हैं कि पुलिस लाउडस्पीकर उतरवा रही है।", "पुलिस लाउडस्पीकर उतरवा रही है।", "", "शिकायतें मिली हैं"),
        ("अटकलें हैं कि चुनाव के कारण फैसला टाला गया है।", "चुनाव के कारण फैसला टाला गया है।", "", "अटकलें हैं"),
        ("जब परिजनों ने प्रशासन से पूछा तो साफ कह दिया गया कि मुलाकात नहीं हो पाएगी।", "मुलाकात नहीं हो पाएगी।", "", "कह दिया गया"),
        ("संगठन ने सेना के दल पर हमला करने की जिम्मेदारी ली।", "सेना के दल पर हमला करने", "संगठन", "जिम्मेदारी ली"),
        ("पूर्व मुख्यमंत्री ने राज्य का दर्जा बहाल करने की अपनी मांग को दोहराया है।", "राज्य का दर्जा बहाल करने", "पूर्व मुख्यमंत्री", "अपनी मांग को दोहराया है"),
        ("पटना: 'बच्चे को खाना मिल रहा है या नहीं, पता नहीं'- कैदी के परिजन\nजेल में मुलाकात बंद है।", "बच्चे को खाना मिल रहा है या नहीं, पता नहीं", "कैदी के परिजन", "-"),
    ],
)
def test_said_before_now_heard_claimed_and_repeated(text: str, quote: str, speaker: str, cue: str) -> None:
    """``कह चुके हैं`` (past ``यहां तक``), a frame ending in ``करते हुए`` before a cue with no
    speaker, complaints received and speculation with no one named, ``कह दिया गया``,
    responsibility claimed, a demand repeated, and a quoted headline after a dateline signed by
    a phrase with a genitive."""
    found = only(text)
    assert (found.quote, found.speaker, found.cue) == (quote, speaker, cue)


def test_what_is_called_false_may_be_followed_by_what_it_said() -> None:
    """``X ने Y को Z बताया है जिसमें कहा गया है कि C``: the calling and, after the pointer, C."""
    text = "आयोग ने सोशल मीडिया पर उस वायरल संदेश को भ्रामक और फर्जी बताया है जिसमें कहा गया है कि कर्मचारी वोट नहीं डाल सकेंगे।"
    assert attributions(text) == [
        ("सोशल मीडिया पर उस वायरल संदेश को भ्रामक और फर्जी", "आयोग", "बताया है"),
        ("कर्मचारी वोट नहीं डाल सकेंगे।", "उस वायरल संदेश", "कहा गया है"),
    ]


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "cue"),
    [
        ("कामकाजी बच्चों ने बाल मजदूरी न करने का लिया प्रण\nकार्यक्रम में बच्चे आए।", "बाल मजदूरी न करने", "कामकाजी बच्चों", "लिया प्रण"),
        ("मुख्य चुनाव आयुक्त ने अच्छे मतदान की जताई उम्मीद\nचुनाव शुरू हुआ।", "अच्छे मतदान", "मुख्य चुनाव आयुक्त", "जताई उम्मीद"),
        ("गांव के प्रधान ने की अवैध खनन की शिकायत\nगांव में खनन जारी है।", "अवैध खनन", "गांव के प्रधान", "शिकायत"),
        ("वन विभाग को अंदेशा है कि खाल महाराष्ट्र के बाघ की है।", "खाल महाराष्ट्र के बाघ की है।", "वन विभाग", "अंदेशा है"),
        ("ठगों ने पॉलिसी का पैसा वापस दिलाने का भरोसा दिलाया।", "पॉलिसी का पैसा वापस दिलाने", "ठगों", "भरोसा दिलाया"),
        ("एक यूजर लिखती हैं, 'कोई इंतजाम नहीं है।'", "कोई इंतजाम नहीं है।", "एक यूजर", "लिखती हैं"),
    ],
)
def test_headline_nouns_after_their_verb_fears_assurances_and_writing(text: str, quote: str, speaker: str, cue: str) -> None:
    """A headline ``X ने C का लिया प्रण`` / ``… की जताई उम्मीद`` / ``X ने की C की शिकायत``; ``X को
    अंदेशा है कि``; an assurance of an act (``C का भरोसा दिलाया``); ``X लिखती हैं, '…'``."""
    found = only(text)
    assert (found.quote, found.speaker, found.cue) == (quote, speaker, cue)


def test_a_trust_held_is_no_cue_that_stops_a_quote_running_on() -> None:
    text = "उन्होंने कहा कि जांच कानून के तहत हो रही है। अगर उन्हें गलत लगता है तो वे अदालत जाएं। हमें न्याय प्रणाली पर पूरा भरोसा है।"
    assert [f.cue for f in quotes(text)] == ["कहा"]


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "cue"),
    [
        ("कोच ने हार के लिए अपने बल्लेबाजों को दोषी ठहराया।", "हार के लिए अपने बल्लेबाजों", "कोच", "दोषी ठहराया"),
        ("इस पर सेना की ओर से जवाब दिया गया है कि राशि का भुगतान हो चुका है।", "राशि का भुगतान हो चुका है।", "सेना", "जवाब दिया गया है"),
        ("मो. नसीम का इल्जाम है कि वसूली मनमाने तरीके से हो रही है।", "वसूली मनमाने तरीके से हो रही है।", "मो. नसीम", "इल्जाम है"),
        ("वित्त मंत्री ने सदन में ‘ कराधान (संशोधन) विधेयक 2019’ पर हुई चर्चा का जवाब देते हुए कहा कि यह सरकार गरीबों की है।", "यह सरकार गरीबों की है।", "वित्त मंत्री", "कहा"),
    ],
)
def test_blame_replies_and_a_title_between_speaker_and_cue(text: str, quote: str, speaker: str, cue: str) -> None:
    """Blame laid (``Y को दोषी ठहराया``: Y is reported), a reply from a side, ``का इल्जाम है``, and a
    title in curly marks that no quote region holds between ``ने`` and the cue."""
    found = only(text)
    assert (found.quote, found.speaker, found.cue) == (quote, speaker, cue)


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "cue"),
    [
        ("शिक्षा मंत्री विश्वास सारंग ने ने कहा कि हड़ताल खत्म हो।", "हड़ताल खत्म हो।", "शिक्षा मंत्री विश्वास सारंग", "कहा"),
        ("गुप्ता ने निवेशकों को लाभ नहीं मिलने का अंदेशा जताया।", "निवेशकों को लाभ नहीं मिलने", "गुप्ता", "अंदेशा जताया"),
        ("शी ने दिया ताइवान पर कार्रवाई करने का संकेत\nबीजिंग में बैठक हुई।", "ताइवान पर कार्रवाई करने", "शी", "संकेत"),
        ("लेकिन सीबीएसई पहले ही साफ कर चुका है कि परीक्षाएं नहीं टलेंगी।", "परीक्षाएं नहीं टलेंगी।", "सीबीएसई", "साफ कर चुका है"),
        ("इस दौरान सोशल मीडिया पर यह खबर वायरल हो रही थी कि प्रश्न पत्र भेजा जाएगा।", "प्रश्न पत्र भेजा जाएगा।", "", "खबर वायरल हो रही थी"),
    ],
)
def test_fears_signals_rumours_and_what_was_made_clear(text: str, quote: str, speaker: str, cue: str) -> None:
    """``ने ने`` typed twice, ``C का अंदेशा जताया``, a headline ``X ने दिया C का संकेत``, ``X पहले ही
    साफ कर चुका है कि``, and a rumour going round (``खबर वायरल हो रही थी कि``)."""
    found = only(text)
    assert (found.quote, found.speaker, found.cue) == (quote, speaker, cue)


def test_a_fear_voiced_while_speaking_is_reported_beside_what_is_said() -> None:
    text = "मंत्री ने गड़बड़ी होने की आशंका जताते हुए कहा कि जांच होगी।"
    assert [(f.quote, f.cue) for f in quotes(text)] == [("गड़बड़ी होने", "आशंका जताते हुए"), ("जांच होगी।", "कहा")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("इस अवसर पर उपस्थित महिलाओं ने कहा कि समूह से फायदा हुआ।", "उपस्थित महिलाओं"),
        ("रिपोर्टों के अनुसार फिलीपींस ने कहा कि वह नर्सें भेजेगा।", "फिलीपींस"),
    ],
)
def test_an_occasion_or_a_relaying_source_before_ne_is_not_the_speaker(text: str, speaker: str) -> None:
    """``इस अवसर पर`` is when, not who; in ``रिपोर्टों के अनुसार X ने कहा`` the speaker is X."""
    assert only(text).speaker == speaker


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "cue"),
    [
        ("इनकी माने तो सड़कें जल्द बनेंगी।", "सड़कें जल्द बनेंगी।", "इनकी", "माने तो"),
        ("उनके मूताबिक सड़कों से कारोबार पर असर पड़ता है।", "सड़कों से कारोबार पर असर पड़ता है।", "उनके", "मूताबिक"),
        ("मंत्री जी ने लोगों को समझाइश दी है कि वे किसी के बहकावे में न आएं।", "वे किसी के बहकावे में न आएं।", "मंत्री जी", "समझाइश दी है"),
        ("गोदाम से डीलरों को कम राशन मिलने की शिकायत मिली है।", "गोदाम से डीलरों को कम राशन मिलने", "", "शिकायत मिली है"),
        ("महापौर ने ली बैठक, कार्यों में तेजी लाने के दिए निर्देश\nबैठक में उपमहापौर भी रहीं।", "कार्यों में तेजी लाने", "महापौर", "दिए निर्देश"),
    ],
)
def test_a_fused_genitive_advice_a_complaint_received_and_a_headline_direction(text: str, quote: str, speaker: str, cue: str) -> None:
    """``इनकी माने तो``, the misspelt ``मूताबिक``, ``समझाइश दी``, an act complained of before ``की
    शिकायत मिली है``, and a headline ``X ने …, C के दिए निर्देश`` whose last clause is reported."""
    found = only(text)
    assert (found.quote, found.speaker, found.cue) == (quote, speaker, cue)


@pytest.mark.parametrize(
    "text",
    [
        "आगरा में पर्यटकों के लिए सभी स्मारकों में नि:शुल्क प्रवेश\nपर्यटक खुश हैं।",
        "Delhi water Scheme: दिल्ली के उपराज्यपाल ने मुख्यमंत्री को पत्र लिखा है।",
        "उपराज्यपाल ने सीएम को लिखा पत्र, जल योजना पर सवाल\nपत्र में कई बातें हैं।",
    ],
)
def test_no_headline_from_a_colon_inside_a_word_a_label_in_another_script_or_a_letter_written(text: str) -> None:
    """``नि:शुल्क`` is one word; an English label before a colon is no speech said by the Hindi
    speaker after it; in a headline ``लिखा पत्र`` is writing a letter, not a cue."""
    assert quotes(text) == []


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("सांसद ने अपनी प्रतिक्रिया में बजट को संतुलित और प्रगतिशील बताया।", "बजट को संतुलित और प्रगतिशील"),
        ("मजदूरों ने वीडियो बनाकर सरकार से अपने देश लौटने की गुहार लगाई।", "अपने देश लौटने"),
        ("ग्रामीणों ने विभाग के खिलाफ प्रदर्शन कर अवैध खनन रोकने की मांग की।", "अवैध खनन रोकने"),
        ("विधायक ने मंत्री को पत्र लिख सड़क जल्द बनवाने की मांग की।", "सड़क जल्द बनवाने"),
        ("संघ ने डीएम को ज्ञापन सौंप बकाया वेतन देने की मांग की।", "बकाया वेतन देने"),
        ("समिति ने मामले को लेकर शांति व्यवस्था कायम रखने की अपील की।", "शांति व्यवस्था कायम रखने"),
        ("ग्रामीणों ने थाने में शिकायत कर आरोपी की गिरफ्तारी की मांग की।", "आरोपी की गिरफ्तारी"),
        ("शिक्षकों ने मंत्री को पोस्टकार्ड भेजकर पुरानी पेंशन बहाल करने की मांग की।", "पुरानी पेंशन बहाल करने"),
        ("व्यापारियों ने कलेक्टर को ज्ञापन सौपकर दुकानें खोलने की मांग की।", "दुकानें खोलने"),
    ],
)
def test_a_frame_before_a_reported_content_is_left_out(text: str, quote: str) -> None:
    """``अपनी प्रतिक्रिया में``, ``वीडियो बनाकर``, ``… प्रदर्शन कर``, ``… को लेकर``, ``… को पत्र लिख`` frame
    what is reported."""
    assert only(text).quote == quote


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("लखनऊ, नवम्बर 4 -- प्रयोगशालाओं के शोध तभी सार्थक हैं, मंत्री ने कहा।", "प्रयोगशालाओं के शोध तभी सार्थक हैं"),
        ("नई दिल्ली, जुलाई 31 -- Rain Alert, Weather Forecast: इस बार सामान्य से अधिक बारिश होगी, मौसम विभाग ने बताया।", "इस बार सामान्य से अधिक बारिश होगी"),
        ("पटना, मई 9 -- पटना, वरिष्ठ संवाददाता। जिले में इस साल धान की पैदावार घटी है। कृषि अधिकारी ने यह जानकारी दी।", "जिले में इस साल धान की पैदावार घटी है।"),
        ("गया, मई 9 -- गया। जिले में इस साल धान की पैदावार घटी है। कृषि अधिकारी ने यह जानकारी दी।", "जिले में इस साल धान की पैदावार घटी है।"),
    ],
)
def test_a_dateline_with_the_month_first_and_a_latin_label_after_it_open_no_quote(text: str, quote: str) -> None:
    """Nor does the place and byline a syndicated dateline repeats after its date (``पटना, वरिष्ठ संवाददाता।``)."""
    assert only(text).quote == quote


def test_a_titled_speaker_whose_ne_was_left_out_still_speaks() -> None:
    text = "इसको लेकर डिप्टी सीएम विजय कुमार सिन्हा कहा- 'अवैध खनन रोकने को लेकर सरकार गंभीर है'. देखें वीडियो."
    found = only(text)
    assert (found.quote, found.speaker, found.cue) == ("अवैध खनन रोकने को लेकर सरकार गंभीर है", "डिप्टी सीएम विजय कुमार सिन्हा", "कहा")
    assert quotes("जैसा पहले कहा कि काम होगा।") == []


def test_a_place_word_right_before_a_cue_whose_ne_was_left_out_is_no_speaker() -> None:
    """``… पाण्डेय यहां बताया कि``: यहां stands where a spot opens a speaker phrase (वहां मौजूद लोगों),
    with nothing taken yet; the quote is still found."""
    text = "जेल अधीक्षक डीके पाण्डेय यहां बताया कि जेल में पुस्तकालय खोला गया है।"
    assert only(text).quote == "जेल में पुस्तकालय खोला गया है।"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("प्राप्त जानकारी के अनुसार, उप कारा में बंदी भूख हड़ताल पर हैं।", ""),
        ("जानकारी के मुताबिक बच्ची रोज स्कूल जाती थी।", ""),
        ("सूत्रों से मिली जानकारी के अनुसार, छापा पड़ा।", "सूत्रों"),
    ],
)
def test_information_names_no_source_unless_it_was_received_from_one(text: str, speaker: str) -> None:
    """Of 29 ``जानकारी के अनुसार/मुताबिक`` in the development gold, 26 have no speaker."""
    assert only(text).speaker == speaker


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "cue"),
    [
        ("ग्राहकों को दो दिन इंतजार करने को कहा जा रहा है।", "दो दिन इंतजार करने", "", "कहा जा रहा है"),
        ("उन्हें बिल जमा नहीं करने को कहा गया है।", "बिल जमा नहीं करने", "", "कहा गया है"),
        ("यात्री ने ट्रेन के घंटों देरी से चलने की शिकायत की।", "ट्रेन के घंटों देरी से चलने", "यात्री", "शिकायत की"),
        ("ग्राहकों का सवाल है कि इतना बिल कैसे आ गया।", "इतना बिल कैसे आ गया।", "ग्राहकों", "सवाल है"),
        ("ग्रामीणों ने सामूहिक रूप से सीबीआई जांच की मांग करते हुए प्रदर्शन किया।", "सीबीआई जांच", "ग्रामीणों", "मांग करते हुए"),
        ("विपक्ष के नेता ने मंत्री के रवैये की कड़ी निंदा की।", "मंत्री के रवैये", "विपक्ष के नेता", "कड़ी निंदा की"),
        ("भाजपा नेता ने भी डॉक्टरों की लापरवाही की निंदा की है।", "डॉक्टरों की लापरवाही", "भाजपा नेता", "निंदा की है"),
        ("परिजनों ने डॉक्टरों पर लगाया इलाज में लापरवाही का आरोप\nअस्पताल में हंगामा हुआ।", "इलाज में लापरवाही", "परिजनों", "आरोप"),
        ("विधायक ने लगाया अपनी ही पार्टी पर भ्रष्टाचार का आरोप\nबैठक में हंगामा हुआ।", "भ्रष्टाचार", "विधायक", "आरोप"),
    ],
)
def test_asked_with_no_one_named_complaints_questions_condemnations_and_accusing_headlines(text: str, quote: str, speaker: str, cue: str) -> None:
    """``… करने को कहा जा रहा है`` (asked, by no one named; a pronoun opening it is the one asked),
    a से making an adverb (``देरी से``) names no one complained to, ``X का सवाल है कि``, a demand made
    while doing something else, ``की निंदा की``, and a headline ``X ने [Y पर] लगाया [Y पर] C का आरोप``."""
    found = only(text)
    assert (found.quote, found.speaker, found.cue) == (quote, speaker, cue)


def test_an_announcement_made_while_asking_is_reported_beside_what_is_asked() -> None:
    found = quotes("प्रधानमंत्री ने तीनों कानून वापस लेने का ऐलान करते हुए किसानों से घर लौटने को कहा।")
    assert [(f.quote, f.cue) for f in found] == [("तीनों कानून वापस लेने", "ऐलान करते हुए"), ("घर लौटने", "कहा")]
    assert quotes("सबसे बड़ा सवाल है कि पैसा कहां गया।") == []


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "cue"),
    [
        ("वहां मौजूद कई उपभोक्ताओं ने बताया कि बिल गलत आ रहा है।", "बिल गलत आ रहा है।", "वहां मौजूद कई उपभोक्ताओं", "बताया"),
        ("केंद्र सरकार भले कहती है कि समर्थन मूल्य रहेगा।", "समर्थन मूल्य रहेगा।", "केंद्र सरकार", "कहती है"),
        ("सीएम ने जल्द डॉक्टरों की नियुक्ति का आश्वासन दिया।", "जल्द डॉक्टरों की नियुक्ति", "सीएम", "आश्वासन दिया"),
        ("सरकार ने जब से 125 यूनिट बिजली माफी की घोषणा की है, बिल कम आ रहे हैं।", "125 यूनिट बिजली माफी", "सरकार", "घोषणा की है"),
    ],
)
def test_a_place_before_a_state_a_concession_an_appointment_promised_and_since(text: str, quote: str, speaker: str, cue: str) -> None:
    """``वहां मौजूद …`` keeps its place; ``भले`` is no part of the subject; an appointment is an
    act (``action_nouns``); ``जब से`` (since) opens no announcement."""
    found = only(text)
    assert (found.quote, found.speaker, found.cue) == (quote, speaker, cue)


def test_what_was_given_as_one_could_afford_names_no_source() -> None:
    assert quotes("शादी में हैसियत के अनुसार दहेज दिया था।") == []


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "cue"),
    [
        ("हिंडनबर्ग की नई रिपोर्ट को अदाणी ग्रुप ने दुर्भावनापूर्ण और ध्यान भटकाने की कोशिश बताया है.", "दुर्भावनापूर्ण और ध्यान भटकाने की कोशिश", "अदाणी ग्रुप", "बताया है"),
        ("अब प्राधिकरण ने इस जानकारी को गलत बताया है और जवाब फिर से भेजा है।", "इस जानकारी को गलत", "प्राधिकरण", "बताया है"),
        ("उनके मुताबिक़ ये ग्रह अरबों मील दूर है।", "ये ग्रह अरबों मील दूर है।", "उनके", "मुताबिक़"),
        ("बटालियन के कमांडेंट ने नक्सलियों के सरेंडर की पुष्टि की है।", "नक्सलियों के सरेंडर", "बटालियन के कमांडेंट", "पुष्टि की है"),
    ],
)
def test_calling_joined_to_another_clause_or_after_its_fronted_object_a_nukta_and_a_surrender_confirmed(
    text: str, quote: str, speaker: str, cue: str
) -> None:
    """``… की निंदा की और Y को Z बताया``: the last clause; ``Y को X ने Z बताया``: Z; ``… Z बताया है
    और …``; ``मुताबिक़`` with its nukta; a surrender is an act (``action_nouns``)."""
    found = only(text)
    assert (found.quote, found.speaker, found.cue) == (quote, speaker, cue)


def test_calling_joined_to_what_was_said_next() -> None:
    found = quotes("विदेश मंत्री ने उनके मंत्री को आतंकवाद का प्रवक्ता करार दिया और कहा कि विश्वसनीयता घट रही है।")
    assert [(f.quote, f.cue) for f in found] == [("उनके मंत्री को आतंकवाद का प्रवक्ता", "करार दिया"), ("विश्वसनीयता घट रही है।", "कहा")]
    assert quotes("द क्विंट को कई पाठकों ने अपनी दिक्कतों के बारे में बताया।") == []
    found = quotes("पाकिस्तान ने अधिकारी को निकाले जाने की निंदा की और आरोपों को ‘गलत और अप्रमाणित’ बताया।")
    assert [(f.quote, f.cue) for f in found] == [("अधिकारी को निकाले जाने", "निंदा की"), ("गलत और अप्रमाणित", "बताया")]


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "cue"),
    [
        ("मौके पर पहुंचे मृतक के परिजनों ने बताया कि वह घर से निकला था।", "वह घर से निकला था।", "मौके पर पहुंचे मृतक के परिजनों", "बताया"),
        ("सदन में विधायकों की कमी देखकर स्पीकर ने कहा कि यह ठीक नहीं है।", "यह ठीक नहीं है।", "स्पीकर", "कहा"),
        ("रेल मंत्री ने सोमवार को हुए हादसे को दुर्भाग्यपूर्ण बताया।", "सोमवार को हुए हादसे को दुर्भाग्यपूर्ण", "रेल मंत्री", "बताया"),
        ("ईरान ने साथ ही तनाव कम किये जाने की अपील की।", "तनाव कम किये जाने", "ईरान", "अपील की"),
        ("अध्यक्ष ने उनसे सदन में ऐसे आरोप नहीं लगाने का आग्रह किया।", "सदन में ऐसे आरोप नहीं लगाने", "अध्यक्ष", "आग्रह किया"),
    ],
)
def test_arrived_at_the_spot_seeing_a_thing_that_happened_and_frames_of_a_request(text: str, quote: str, speaker: str, cue: str) -> None:
    """``मौके पर पहुंचे …`` keeps the spot, ``… देखकर`` ends the clause before the speaker, ``हुए``
    after no imperfective participle frames nothing (``सोमवार को हुए हादसे``), ``साथ ही`` frames a
    request, and ``उनसे`` is whom it was made of."""
    found = only(text)
    assert (found.quote, found.speaker, found.cue) == (quote, speaker, cue)


def test_a_clause_joined_after_a_cue_is_the_reporters_unless_a_comma_sets_it_off() -> None:
    # the name they gave is said; what follows और is the reporter's
    assert [q.quote for q in quotes("पकड़े गए युवकों ने अपना नाम सुनील बताया है और यह सभी बिहार के निवासी हैं।")] == ["अपना नाम सुनील"]
    found = only("सचिव ने कहा, और मुझे लगता है कि हम आगे बढ़ते रहेंगे।")
    assert (found.quote, found.cue) == ("और मुझे लगता है कि हम आगे बढ़ते रहेंगे।", "कहा")


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "cue"),
    [
        ("मुजफ्फरनगर, उत्तर प्रदेश: किसान यूनियन ने मिलों को गन्ना नहीं देने की चेतावनी दी है।", "मिलों को गन्ना नहीं देने", "किसान यूनियन", "चेतावनी दी है"),
        ("मिल के प्रधान प्रबन्धक वीरेन्द्र सिंह, ने बुधवार को बताया कि भुगतान कर दिया गया है।", "भुगतान कर दिया गया है।", "मिल के प्रधान प्रबन्धक वीरेन्द्र सिंह", "बताया"),
        ("यह निवेश उस व्यय का हिस्सा है, जिसे कंपनी ने अगले पांच साल में खर्च करने की घोषणा की है।", "अगले पांच साल में खर्च करने", "कंपनी", "घोषणा की है"),
        ("यूनियन ने जनवरी से आंदोलन करने का अल्टीमेटम दिया है।", "जनवरी से आंदोलन करने", "यूनियन", "अल्टीमेटम दिया है"),
        ("टेस्ला ने मंत्रालयों को पत्र लिखकर आयात शुल्क में बड़ी कटौती की मांग की है।", "आयात शुल्क में बड़ी कटौती", "टेस्ला", "मांग की है"),
        ("मंत्री ने हर संभव मदद का आश्वासन दिया।", "हर संभव मदद", "मंत्री", "आश्वासन दिया"),
        ("विधायक ने सड़क जल्द बनवाने की बात कहते हुए लोगों को शांत कराया।", "सड़क जल्द बनवाने", "विधायक", "बात कहते हुए"),
        ("'ट्रेन हादसे तो होते रहते', केंद्रीय मंत्री का असंवेदनशील बयान, सोशल मीडिया पर मचा हंगामा\nरेल सेवा बहाल हुई।", "ट्रेन हादसे तो होते रहते", "केंद्रीय मंत्री", "बयान"),
    ],
)
def test_a_dateline_with_its_state_a_stray_comma_a_relative_clause_ultimatums_help_and_headline_quotes(
    text: str, quote: str, speaker: str, cue: str
) -> None:
    """``शहर, राज्य:`` is a dateline, ``X, ने`` a speaker with a stray comma, ``A, जिसे X ने …``
    leaves A to the reporter; an ultimatum, a cut and help are reported like other acts; ``बात कहते
    हुए``; and ``'C', X का … बयान`` names the headline quote's speaker."""
    found = only(text)
    assert (found.quote, found.speaker, found.cue) == (quote, speaker, cue)


@pytest.mark.parametrize("text", ["परिजनों ने इस कार्रवाई पर खुशी जताई।", "जिलाध्यक्ष ने शुल्क में मामूली कटौती पर आपत्ति जताई है।"])
def test_an_act_one_is_glad_of_or_objects_to_is_no_quote(text: str) -> None:
    assert quotes(text) == []


@pytest.mark.parametrize(
    ("text", "quote", "cue"),
    [
        ("हादसे में 20 लोगों की मौत हो गई है, जबकि 50 से अधिक लोग घायल बताए जा रहे हैं।", "50 से अधिक लोग घायल", "बताए जा रहे हैं"),
        ("यह घटना सिंध प्रांत की बताई जा रही है।", "यह घटना सिंध प्रांत की", "बताई जा रही है"),
        ("फिलहाल सभी बच्चे खतरे से बाहर बताए जा रहे हैं।", "सभी बच्चे खतरे से बाहर", "बताए जा रहे हैं"),
        ("रेड अलर्ट को देखते हुए यात्रियों को गेस्ट हाउस में रुकने की सलाह दी गई है।", "गेस्ट हाउस में रुकने", "सलाह दी गई है"),
        ("उन्हांेने फैसले के बाद संवाददाताओं से कहा, हम अपील करेंगे।", "हम अपील करेंगे।", "कहा"),
    ],
)
def test_what_is_said_to_be_so_advice_given_by_no_one_named_and_an_anusvara_typed_inside_o(text: str, quote: str, cue: str) -> None:
    """An agentless ``बताए जा रहे हैं`` ending its sentence reports the clause before it (after
    ``जबकि``, past ``फिलहाल``); ``… को C की सलाह दी गई है``; ``उन्हांेने`` as the old fonts type it."""
    found = only(text)
    assert (found.quote, found.cue) == (quote, cue)


def test_a_clause_after_an_according_to_cue_and_a_reduplicated_word_in_a_headline() -> None:
    assert [f.cue for f in quotes("रिपोर्ट्स के मुताबिक, आग में 48 लोग मारे गए और उनमें से 42 भारतीय बताए जा रहे हैं।")] == ["के मुताबिक"]
    assert quotes("कुशाग्र मर्डर केस: 20 जनवरी को आएगा फैसला, फूट-फूटकर रोया पीड़ित परिवार\nअदालत ने सुनवाई पूरी की।") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("एजेंसी से बात करते हुये खेल मंत्री श्री ठाकुर ने कहा कि खिलाड़ियों ने नाम रोशन किया।", "खेल मंत्री श्री ठाकुर"),
        ("चुनाव के समय उप मुख्यमंत्री तेजस्वी यादव ने कहा था कि नौकरी देंगे।", "उप मुख्यमंत्री तेजस्वी यादव"),
        ("वीरवार को कोच गोपीचंद ने कहा कि तैयारी अच्छी है।", "कोच गोपीचंद"),
    ],
)
def test_older_participle_spellings_a_time_and_a_punjabi_weekday_stay_out_of_the_speaker(text: str, speaker: str) -> None:
    assert only(text).speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("इस बाबत थानाध्यक्ष रमेश यादव ने बताया कि जांच चल रही है।", "थानाध्यक्ष रमेश यादव"),
        ("तभी जिला अदालत ने कहा कि सुनवाई टलेगी नहीं।", "जिला अदालत"),
        ("पिछले सप्ताह परिवहन मंत्री ने कहा कि किराया नहीं बढ़ेगा।", "परिवहन मंत्री"),
        ("नगर निगम के मेयर डाॅ. रमेश वर्मा ने कहा कि सड़कें बनेंगी।", "नगर निगम के मेयर डाॅ. रमेश वर्मा"),
        ("इस पर वहां के दुकानदारों ने कहा कि ग्राहक कम आ रहे हैं।", "वहां के दुकानदारों"),
        ("यहां की नगर परिषद ने बताया कि टैंकर भेजे जाएंगे।", "यहां की नगर परिषद"),
    ],
)
def test_a_topic_pointer_a_moment_and_last_week_stay_out_of_the_speaker(text: str, speaker: str) -> None:
    """``इस बाबत`` (about this), ``तभी`` (just then) and ``पिछले सप्ताह`` (last week) frame the
    sentence; none is part of who spoke. ``डाॅ.`` (डॉ typed with the candra ॅ) is a title, as ``डॉ.`` is;
    ``वहां के`` (from there) says which people spoke and stays."""
    assert only(text).speaker == speaker


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "cue"),
    [
        ("देहरादून/ राज्य की सड़कें आज गड्ढा मुक्त हो जाएंगी यह दावा किया है विभाग के सचिव पंकज पांडे ने।", "राज्य की सड़कें आज गड्ढा मुक्त हो जाएंगी", "विभाग के सचिव पंकज पांडे", "दावा किया है"),
        ("पूरन ने टीम के मालिक पर चुप्पी तोड़ते हुए कहा,\nजब भी खिलाड़ियों को जरूरत पड़ी है तो वह सबसे आगे रहे हैं।", "जब भी खिलाड़ियों को जरूरत पड़ी है तो वह सबसे आगे रहे हैं।", "पूरन", "कहा"),
        ("'हम टूर्नामेंट को पूरी तरह से सस्पेंड….' IPL चेयरमैन अरुण धूमल का बड़ा बयान आया सामने\nलीग रोकी गई।", "हम टूर्नामेंट को पूरी तरह से सस्पेंड….", "IPL चेयरमैन अरुण धूमल", "बयान"),
        ("‘केले का ठेला लगाओ’: खिलाड़ियों पर कपिल देव का विवादित बयान\nलीग जारी है।", "केले का ठेला लगाओ", "कपिल देव", "बयान"),
        ("सचिव जय शाह ने कंफर्म किया कि अगला संस्करण भारत में ही होगा।", "अगला संस्करण भारत में ही होगा।", "सचिव जय शाह", "कंफर्म किया"),
        ("मौसम विभाग ने तटीय इलाकों में चक्रवात तूफान की चेतावनी जारी की है।", "तटीय इलाकों में चक्रवात तूफान", "मौसम विभाग", "चेतावनी जारी की है"),
        ("प्रशासन ने जंगल सफारी का किराया बढ़ाने से साफ इनकार किया है।", "जंगल सफारी का किराया बढ़ाने", "प्रशासन", "साफ इनकार किया है"),
        ("उद्यान प्रबंधन ने पर्यटकों पर प्रतिबंध लगाने से इन्कार किया है।", "पर्यटकों पर प्रतिबंध लगाने", "उद्यान प्रबंधन", "इन्कार किया है"),
        ("अस्पताल में एक मरीज की मौत हो गई, परिजनों ने अस्पताल प्रशासन पर लापरवाही का आरोप लगाया है।", "अस्पताल प्रशासन पर लापरवाही", "परिजनों", "आरोप लगाया है"),
    ],
)
def test_a_speaker_after_its_cue_speech_in_the_next_paragraph_headline_quotes_and_more_cues(
    text: str, quote: str, speaker: str, cue: str
) -> None:
    """``C यह दावा किया है X ने`` (and a dateline ``शहर/``), ``कहा,`` ending its paragraph, a headline
    quote before ``X का बड़ा बयान`` with no comma, ``कंफर्म किया``, a warning issued, a refusal
    spelt इन्कार or made flatly, and an accusation's own content before a clause ending in a comma."""
    found = only(text)
    assert (found.quote, found.speaker, found.cue) == (quote, speaker, cue)


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "cue"),
    [
        ("शिक्षकों ने प्रो. राजेन्द्र सिंह पर 600 करोड़ के घोटाले का आरोप लगाया है।", "प्रो. राजेन्द्र सिंह पर 600 करोड़ के घोटाले", "शिक्षकों", "आरोप लगाया है"),
        ("उन्होंने पीएचडी/एमफिल इंक्रीमेंट जैसे मुद्दों को भी बेहद अहम बताया।", "पीएचडी/एमफिल इंक्रीमेंट जैसे मुद्दों को भी बेहद अहम", "उन्होंने", "बताया"),
        ("मुख्तारा माई ने सुप्रीम कोर्ट में अपील दायर की है कि उनके मामले की सुनवाई बड़ी बेंच करे।", "उनके मामले की सुनवाई बड़ी बेंच करे।", "मुख्तारा माई", "अपील दायर की है"),
        ("इस बीच खबर आई कि पहलवान ने अपने आरोप वापस ले लिए हैं।", "पहलवान ने अपने आरोप वापस ले लिए हैं।", "", "खबर आई"),
        ("मायावती ने बीजेपी से कर दी बड़ी मांग-ओबीसी महिलाओं को अलग से मिले आरक्षण\nसभा में भीड़ रही।", "ओबीसी महिलाओं को अलग से मिले आरक्षण", "मायावती", "कर दी बड़ी मांग"),
        ("Chhattisgarh News: ‘कांग्रेस के पास ना तो नियम है और ना ही कोई नेता’, राधिका खेड़ा के मामले पर किरण सिंह देव का तंज\nसभा में भीड़ रही।", "कांग्रेस के पास ना तो नियम है और ना ही कोई नेता", "किरण सिंह देव", "तंज"),
    ],
)
def test_an_abbreviation_inside_a_speaker_a_slash_petitions_news_a_headline_demand_and_a_label_before_a_quote(
    text: str, quote: str, speaker: str, cue: str
) -> None:
    """The full stop of ``प्रो.`` ends no sentence for the speaker search; ``पीएचडी/एमफिल``; an appeal
    filed, news that came; ``X ने Y से कर दी बड़ी मांग- C``; a Latin label before a headline quote."""
    found = only(text)
    assert (found.quote, found.speaker, found.cue) == (quote, speaker, cue)


def test_a_demand_made_keeps_its_cue_beside_the_headline_demand() -> None:
    assert only("किसानों ने प्रशासन से मुआवजा देने की मांग की।").cue == "मांग की"


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "cue"),
    [
        ("SBI ने ग्राहकों को दी सलाह, अपने बैंक के एटीएम का ही करें प्रयोग\nबैंक ने बयान जारी किया।", "अपने बैंक के एटीएम का ही करें प्रयोग", "SBI", "दी सलाह"),
        ("फैडरेशन के लोग ये आरोप लगा रहे हैं कि वह अपने खिलाड़ियों को मैच में डलवाते हैं।", "वह अपने खिलाड़ियों को मैच में डलवाते हैं।", "फैडरेशन के लोग", "आरोप लगा रहे हैं"),
        ("पत्र के माध्यम से यह संदेश दिया गया है कि जिले में कई रोगी कमजोर हैं।", "जिले में कई रोगी कमजोर हैं।", "", "संदेश दिया गया है"),
    ],
)
def test_headline_advice_accusations_going_on_and_a_message_given(text: str, quote: str, speaker: str, cue: str) -> None:
    found = only(text)
    assert (found.quote, found.speaker, found.cue) == (quote, speaker, cue)


def test_as_expected_names_no_source() -> None:
    assert quotes("शाहरुख की फिल्म उम्मीद के मुताबिक कमाई नहीं कर पाई।") == []


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "cue"),
    [
        ("मंत्री ने छात्राओं को सीख दी कि मन लगाकर पढ़ें।", "मन लगाकर पढ़ें।", "मंत्री", "सीख दी"),
        ("प्रतिनिधिमंडल ने ज्ञापन सौंपा. जिसमें विस्थापितों की समस्याओं के समाधान की मांग की गयी.", "विस्थापितों की समस्याओं के समाधान", "", "मांग की गयी"),
        ("नियोजन में हेराफेरी हुई. जिसकी सीबीआइ जांच कराये जाने की मांग रखी गयी है.", "सीबीआइ जांच कराये जाने", "", "मांग रखी गयी है"),
        ("ग्रामीण आंदोलन करेंगे। दो टूक कहा कि हस्तक्षेप नहीं होने दिया जाएगा।", "हस्तक्षेप नहीं होने दिया जाएगा।", "", "कहा"),
    ],
)
def test_a_lesson_given_demands_made_by_no_one_named_and_a_blunt_pro_drop(text: str, quote: str, speaker: str, cue: str) -> None:
    """``सीख दी कि``; ``… जिसकी/जिसमें C की मांग रखी/की गयी`` (a solution is an act asked for); ``दो टूक
    कहा कि`` opening its sentence goes on reporting the speaker before."""
    found = only(text)
    assert (found.quote, found.speaker, found.cue) == (quote, speaker, cue)


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "cue"),
    [
        ("हड़ताल के बीच आज वित्त मंत्री का बयान आया है कि सभी बैंकों का निजीकरण नहीं होगा।", "सभी बैंकों का निजीकरण नहीं होगा।", "वित्त मंत्री", "बयान आया है"),
        ("मेडिकल बुलेटिन में कहा गया है, सभी जांच रिपोर्ट आ गई हैं।", "सभी जांच रिपोर्ट आ गई हैं।", "मेडिकल बुलेटिन", "कहा गया है"),
        ("प्रधानमंत्री ने भी अभिनेत्री के जल्द ठीक होने की कामना की थी।", "अभिनेत्री के जल्द ठीक होने", "प्रधानमंत्री", "कामना की थी"),
    ],
)
def test_a_statement_that_came_a_bulletin_and_a_wish(text: str, quote: str, speaker: str, cue: str) -> None:
    """``X का बयान आया है कि``; a bulletin is a document that speaks; ``C की कामना की``."""
    found = only(text)
    assert (found.quote, found.speaker, found.cue) == (quote, speaker, cue)


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "cue"),
    [
        ("प्रदर्शनकारी किसान फसलों का उचित दाम दिए जाने की मांग कर रहे थे।", "फसलों का उचित दाम दिए जाने", "प्रदर्शनकारी किसान", "मांग कर रहे थे"),
        ("गांव के लोग लंबे समय से पुल बनाने की मांग कर रहे हैं।", "पुल बनाने", "गांव के लोग", "मांग कर रहे हैं"),
        ("शिक्षक संघ तबादले रोकने की मांग करता रहा है।", "तबादले रोकने", "शिक्षक संघ", "मांग करता रहा है"),
        ("वहीं मृतक की मां, बहन और पिता थाने के प्रभारी को हटाने की मांग कर रहे हैं।", "थाने के प्रभारी को हटाने", "मृतक की मां, बहन और पिता", "मांग कर रहे हैं"),
        ("ये पार्षद महापौर से सदन में जवाब की मांग कर रहे थे।", "सदन में जवाब", "पार्षद", "मांग कर रहे थे"),
        ("मंत्री की पार्टी की सहयोगी कांग्रेस जहां कानून की समीक्षा की मांग कर रही है।", "कानून की समीक्षा", "मंत्री की पार्टी की सहयोगी कांग्रेस", "मांग कर रही है"),
        ("छात्र नेता धरने पर हैं और परीक्षा की तारीख बदलने की मांग कर रहे हैं।", "परीक्षा की तारीख बदलने", "छात्र नेता", "मांग कर रहे हैं"),
        ("अस्पताल प्रबंधन जांच में कुछ भी न मिलने की बात कह रहा था।", "जांच में कुछ भी न मिलने", "अस्पताल प्रबंधन", "बात कह रहा था"),
        ("छात्र आयोग पर नतीजों में गड़बड़ी करने का आरोप भी लगा रहे हैं।", "आयोग पर नतीजों में गड़बड़ी करने", "छात्र", "आरोप भी लगा रहे हैं"),
        ("सरकार मंडियों में खरीद सुचारू होने का दावा कर रही है, लेकिन किसान नाराज हैं।", "मंडियों में खरीद सुचारू होने", "सरकार", "दावा कर रही है"),
        ("खाड़ी में फंसे युवक अब दूतावास से घर लौटने की गुहार लगा रहे हैं।", "घर लौटने", "खाड़ी में फंसे युवक", "गुहार लगा रहे हैं"),
        ("महासंघ मांग करता है कि भत्ता तुरंत बढ़ाया जाए।", "भत्ता तुरंत बढ़ाया जाए।", "महासंघ", "मांग करता है"),
        ("महासंघ राज्य सरकार से मांग करता है कि भत्ता तुरंत बढ़ाया जाए।", "भत्ता तुरंत बढ़ाया जाए।", "महासंघ", "मांग करता है"),
        ("इसलिए हम सरकार से मांग करते हैं कि बकाया जल्द दिया जाए।", "बकाया जल्द दिया जाए।", "हम", "मांग करते हैं"),
        ("वे कई दिनों से नहर की सफाई कराने की मांग कर रहे हैं।", "नहर की सफाई कराने", "वे", "मांग कर रहे हैं"),
        (
            "बीते कई महीनों से बार-बार बाढ़ की मार झेल रहे दियारा इलाके के नाराज ग्रामीण पुल बनाने की मांग कर रहे हैं।",
            "पुल बनाने",
            "दियारा इलाके के नाराज ग्रामीण",
            "मांग कर रहे हैं",
        ),
    ],
)
def test_demands_claims_and_accusations_in_progress_their_subject_opening_the_clause(
    text: str, quote: str, speaker: str, cue: str
) -> None:
    """``X C की मांग कर रहे थे`` with no ने: the subject is the agent opening the clause (a run of
    agents, a list, the owner after a genitive), what it reports follows it as after ``X ने``."""
    found = only(text)
    assert (found.quote, found.speaker, found.cue) == (quote, speaker, cue)


@pytest.mark.parametrize(
    "text",
    [
        "ससुराल वाले दहेज में पैसों की मांग कर रहे थे।",
        "किसान की फसल खराब होने की बात कह रहे हैं।",
        "सदन में बहस करवाने की मांग कर रहे विपक्षी विधायकों ने बहिर्गमन किया।",
        "यह पुल बनाने की मांग कर रहे हैं।",
    ],
)
def test_a_thing_demanded_no_agent_opening_the_clause_and_a_participle_are_no_demand_in_progress(text: str) -> None:
    assert quotes(text) == []


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "cue"),
    [
        ("‘हम वेतन देने में असमर्थ’, अपने कर्मचारियों से बोले कंपनी के मालिक", "हम वेतन देने में असमर्थ", "कंपनी के मालिक", "बोले"),
        ("पड़ोसी देश से चाहते हैं अच्छे रिश्ते- टीवी चैनल से बोले नए प्रधानमंत्री", "पड़ोसी देश से चाहते हैं अच्छे रिश्ते", "नए प्रधानमंत्री", "बोले"),
        ("‘हम उपद्रवी नहीं हैं’, दफ्तर के बाहर लाठीचार्ज पर बोले अभ्यर्थी, धरना जारी", "हम उपद्रवी नहीं हैं", "अभ्यर्थी", "बोले"),
        ("नेता यहीं नहीं रुके। उन्हों आगे कहा कि ऐसे लोगों पर भरोसा नहीं किया जा सकता।", "ऐसे लोगों पर भरोसा नहीं किया जा सकता।", "उन्हों", "कहा"),
        ("कारखाने में छंटनी: मजदूर संघ ने लगाए मनमानी के आरोप", "मनमानी", "मजदूर संघ", "आरोप"),
        ("मंत्री ने किसानों को भी जैविक खेती अपनाने की सलाह दी।", "जैविक खेती अपनाने", "मंत्री", "सलाह दी"),
    ],
)
def test_whom_a_headline_speaker_spoke_to_a_truncated_pronoun_accusations_laid_and_a_particle_after_the_addressee(
    text: str, quote: str, speaker: str, cue: str
) -> None:
    """``'C', Y से बोले X`` (or after a dash); ``उन्हों`` for उन्होंने; a headline
    ``X ने लगाए C के आरोप``; ``X ने Y को भी C की सलाह दी`` (the particle is no part of C)."""
    found = only(text)
    assert (found.quote, found.speaker, found.cue) == (quote, speaker, cue)


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "cue"),
    [
        ("मंत्री अचानक धरनास्थल पर पहुंचीं और कहा कि डॉक्टरों की मांगें सुनी जाएंगी।", "डॉक्टरों की मांगें सुनी जाएंगी।", "मंत्री", "कहा"),
        ("वे मरीजों से मिले और कहा कि इलाज में कोई कमी नहीं होगी।", "इलाज में कोई कमी नहीं होगी।", "वे", "कहा"),
        (
            "अध्यक्ष ओम बिरला की हंगामा कर रहे सांसदों को नसीहत देते हुए कहा कि सदन की कार्यवाही बाधित होने से जनता का पैसा बर्बाद होता है।",
            "सदन की कार्यवाही बाधित होने से जनता का पैसा बर्बाद होता है।",
            "",
            "कहा",
        ),
    ],
)
def test_a_cue_with_ki_after_it_reports_though_no_ne_names_its_speaker(text: str, quote: str, speaker: str, cue: str) -> None:
    """``X … पहुंचीं और कहा कि C``: the subject of the clause before the joiner speaks; with no
    speaker found at all the quote is kept without one."""
    found = only(text)
    assert (found.quote, found.speaker, found.cue) == (quote, speaker, cue)


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        ("डेटा चोरी के दावे पर कंपनी ने बताया अफवाह", "अफवाह", "कंपनी"),
        ("शराबबंदी को सत्ता पक्ष ने बताया बड़ा सुधार, तो विपक्ष ने कहा- हर गली में बिक रही शराब", "बड़ा सुधार", "सत्ता पक्ष"),
        ("रैली में विरोधियों को बताया मौकापरस्त", "मौकापरस्त", ""),
    ],
)
def test_a_headline_whose_verb_of_calling_comes_first(text: str, quote: str, speaker: str) -> None:
    found = quotes(text)[0]
    assert (found.quote, found.speaker, found.cue) == (quote, speaker, "बताया")


@pytest.mark.parametrize("text", ["घर लौटे मजदूर ने बताया दर्द", "तबादले रुके, शिक्षा मंत्री ने बताई वजह"])
def test_a_headline_telling_a_thing_calls_nothing(text: str) -> None:
    assert quotes(text) == []


def test_a_visarga_typed_for_a_headline_colon_stays_with_its_letter() -> None:
    """``C नहींः मंत्री``: the visarga is the colon, but it belongs to the letter before it, so the
    quote keeps it (a span never cuts a grapheme cluster) and no cue is cut out of it."""
    text = "नियमों में बदलाव भारतीयों को रोकने के लिए नहींः मंत्री\nमंत्री ने संसद में बयान दिया।"
    found = quotes(text)[0]
    assert (found.quote, found.speaker, found.cue) == ("नियमों में बदलाव भारतीयों को रोकने के लिए नहींः", "मंत्री", "")
    assert quotes("सरकार अतः नई योजना लाएगी\nमंत्री ने संसद में बयान दिया।") == []


def test_an_accusation_framing_its_sentence_is_said_by_the_ne_after_it() -> None:
    found = only("कोर्ट की न्यायाधीश पर वकीलों के साथ अभद्र व्यवहार का आरोप लगाते हुए अधिवक्ताओं ने काम बंद कर दिया।")
    assert (found.quote, found.speaker, found.cue) == ("कोर्ट की न्यायाधीश पर वकीलों के साथ अभद्र व्यवहार", "अधिवक्ताओं", "आरोप लगाते हुए")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("तीमारदार ओमपाल, जितेंद्र, शिवकुमार, हरपाल ने बताया कि रात भर कोई डॉक्टर नहीं आया।", "तीमारदार ओमपाल, जितेंद्र, शिवकुमार, हरपाल"),
        ("डीएम कुमार रवि, एसएसपी गरिमा मलिक ने कहा कि मेले में सुरक्षा कड़ी रहेगी।", "डीएम कुमार रवि, एसएसपी गरिमा मलिक"),
        (
            "जिला पंचायत सदस्य रामलाल यादव, ग्राम प्रधान सुनीता देवी ने कहा कि सड़क जल्द बने।",
            "जिला पंचायत सदस्य रामलाल यादव, ग्राम प्रधान सुनीता देवी",
        ),
        ("इस दौरान, मंत्री ने कहा कि मेले में सुरक्षा कड़ी रहेगी।", "मंत्री"),
        ("वरिष्ठ संवाददाता, विभाग के निदेशक ने कहा कि मेले में सुरक्षा कड़ी रहेगी।", "विभाग के निदेशक"),
        ("मेले की तैयारी\nनई दिल्ली, फिल्म समीक्षक तरण आदर्श ने कहा कि फिल्म अच्छी चलेगी।", "फिल्म समीक्षक तरण आदर्श"),
        ("पर्यावरण, वन और जलवायु परिवर्तन मंत्री भूपेंद्र यादव ने कहा कि लक्ष्य पूरा होगा।", "पर्यावरण, वन और जलवायु परिवर्तन मंत्री भूपेंद्र यादव"),
    ],
)
def test_names_listed_with_commas_alone_are_one_speaker(text: str, speaker: str) -> None:
    """A list of short names with no conjunction, opening its sentence, speaks together; a frame, a
    byline or a place opening the paragraph (a dateline with no date) before a comma does not."""
    assert only(text).speaker == speaker


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "cue"),
    [
        ("मंत्री ने भर्ती घोटाले को पाप बता दिया।", "भर्ती घोटाले को पाप", "मंत्री", "बता दिया"),
        ("सांसद ने उन्हें गद्दार कह दिया।", "उन्हें गद्दार", "सांसद", "कह दिया"),
        ("मुख्यमंत्री ने विपक्ष को डूबता हुआ जहाज की संज्ञा दी।", "विपक्ष को डूबता हुआ जहाज", "मुख्यमंत्री", "संज्ञा दी"),
        ("अभिनेता ने उस फैसले को खेल के नाम पर “भद्दा मजाक” की संज्ञा दी थी।", "भद्दा मजाक", "अभिनेता", "संज्ञा दी थी"),
        ("विधायक ने नगर निगम पर पानी का कनेक्शन काटने का इल्जाम लगाया।", "नगर निगम पर पानी का कनेक्शन काटने", "विधायक", "इल्जाम लगाया"),
    ],
)
def test_calling_with_a_compound_verb_a_name_given_or_an_ilzam(text: str, quote: str, speaker: str, cue: str) -> None:
    found = only(text)
    assert (found.quote, found.speaker, found.cue) == (quote, speaker, cue)


@pytest.mark.parametrize(
    "text",
    ["उन्होंने मुझे सब कुछ बता दिया।", "हमने अफसरों को यह बता दिया है।", "पुलिस ने पत्रकारों को घटना के बारे में बता दिया।"],
)
def test_telling_someone_everything_or_this_is_no_calling(text: str) -> None:
    assert quotes(text) == []


def test_a_doer_named_with_ko_inside_a_direction_is_part_of_it() -> None:
    """``X ने C की जांच पुलिस को करने के निर्देश दिए``: the को names who is to do C, with nothing
    after it but the infinitive, so it is no addressee cutting C short."""
    found = only("मंत्री ने परीक्षा में गड़बड़ी की जांच साइबर पुलिस को करने के निर्देश दिए हैं।")
    assert (found.quote, found.cue) == ("परीक्षा में गड़बड़ी की जांच साइबर पुलिस को करने", "निर्देश दिए हैं")
    assert only("मंत्री ने अधिकारियों को परीक्षा की जांच करने के निर्देश दिए।").quote == "परीक्षा की जांच करने"


def test_a_correlative_jahan_and_a_finished_request_stay_out_of_a_reported_content() -> None:
    text = "मंत्री ने जहां विपक्ष को डूबता हुआ जहाज की संज्ञा दी, वहीं सांसद ने मंत्री को इस्तीफा देने की सलाह दी।"
    assert [(f.quote, f.speaker) for f in quotes(text)] == [("विपक्ष को डूबता हुआ जहाज", "मंत्री"), ("इस्तीफा देने", "सांसद")]
    found = only("नेता ने जनता से माफी मांगी और सरकार को नाकाम करार देते हुए धरना दिया।")
    assert (found.quote, found.cue) == ("सरकार को नाकाम", "करार देते हुए")


def test_a_call_framing_its_sentence_is_said_by_the_ne_after_it() -> None:
    found = quotes("सुरक्षा परिषद में सुधार का आह्वान करते हुए भारत ने कहा है कि बदलाव अब जरूरी है।")
    assert [(f.quote, f.speaker, f.cue) for f in found] == [
        ("सुरक्षा परिषद में सुधार", "भारत", "आह्वान करते हुए"),
        ("बदलाव अब जरूरी है।", "भारत", "कहा है"),
    ]


def test_a_dateline_with_an_agency_before_its_colon_stays_out_of_the_quote() -> None:
    found = only("नई दिल्ली (एएनआई): राहत दल सबसे पहले वहां पहुंचा, बल के महानिदेशक ने मंगलवार को कहा।")
    assert (found.quote, found.speaker) == ("राहत दल सबसे पहले वहां पहुंचा", "बल के महानिदेशक")


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "cue"),
    [
        ("'नकल माफिया देश का भविष्य बर्बाद कर रहा', नेता प्रतिपक्ष का सरकार पर हमला\nसंसद में हंगामा हुआ।",
         "नकल माफिया देश का भविष्य बर्बाद कर रहा", "नेता प्रतिपक्ष", "हमला"),
        ("'सब कुछ नियंत्रण में है', मंत्री का विपक्ष पर तीखा हमला\nसंसद में हंगामा हुआ।", "सब कुछ नियंत्रण में है", "मंत्री", "हमला"),
        ("'बाढ़ में फंसे 20 यात्री सुरक्षित', विदेश मंत्रालय ने दिया अपडेट\nनदी का जलस्तर बढ़ा है।",
         "बाढ़ में फंसे 20 यात्री सुरक्षित", "विदेश मंत्रालय", "दिया अपडेट"),
    ],
)
def test_a_quoted_headline_then_its_speakers_attack_or_update(text: str, quote: str, speaker: str, cue: str) -> None:
    found = quotes(text)[0]
    assert (found.quote, found.speaker, found.cue) == (quote, speaker, cue)


def test_a_headline_with_its_source_after_a_semicolon() -> None:
    found = quotes("नकल करने वालों को नहीं बख्शा जाएगा; शिक्षा मंत्री\nमंत्री ने जांच के आदेश दिए।")[0]
    assert (found.quote, found.speaker, found.cue) == ("नकल करने वालों को नहीं बख्शा जाएगा", "शिक्षा मंत्री", ";")
    assert quotes("शहर में नकली दवा की फैक्ट्री पकड़ी, हजारों गोलियां बरामद; मालिक फरार\nपुलिस ने छापा मारा।") == []
    text = "अस्पताल में इलाज के दौरान मरीज की मौत हो गई; हंगामा\nपरिजनों ने अस्पताल में हंगामा किया।"
    assert [f.quote for f in quotes(text)] == []  # named again below, but no kind of speaker


def test_headline_speech_after_a_dash_ends_before_another_agents_clause() -> None:
    found = quotes("पिता बोले- बेटा खुद पढ़ने गया था, चाचा ने संस्थान पर उठाए सवाल\nशहर में छात्र की मौत हुई।")[0]
    assert (found.quote, found.speaker) == ("बेटा खुद पढ़ने गया था", "पिता")


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "cue"),
    [
        ("विपक्ष ने मंत्री को हटाने की मांग करी।", "मंत्री को हटाने", "विपक्ष", "मांग करी"),
        ("मौसम विभाग ने ओले गिरने की पहले ही चेतावनी दी थी।", "ओले गिरने", "मौसम विभाग", "चेतावनी दी थी"),
        ("दूतावास ने छात्रों को ‘घर के अंदर रहने’ की सलाह दी है।", "घर के अंदर रहने", "दूतावास", "सलाह दी है"),
        ("संघ ने जांच में पूरे सहयोग का आश्वासन दिया है।", "जांच में पूरे सहयोग", "संघ", "आश्वासन दिया है"),
    ],
)
def test_a_colloquial_demand_an_early_warning_a_marked_advice_and_promised_help(text: str, quote: str, speaker: str, cue: str) -> None:
    found = only(text)
    assert (found.quote, found.speaker, found.cue) == (quote, speaker, cue)


def test_a_demand_repeated_while_framing_a_statement_reports_both() -> None:
    found = quotes("मुख्यमंत्री ने हिंदी थोपने को रोकने की मांग दोहराते हुए कहा कि राज्य इसे नहीं चाहता।")
    assert [(f.quote, f.cue) for f in found] == [("हिंदी थोपने को रोकने", "मांग दोहराते हुए"), ("राज्य इसे नहीं चाहता।", "कहा")]


def test_the_said_words_named_with_ukt_point_back() -> None:
    found = quotes("हम परिसीमन करके ही दम लेंगे। उक्त बातें पार्टी के महासचिव ने कहीं।")
    assert [(f.quote, f.speaker) for f in found] == [("हम परिसीमन करके ही दम लेंगे।", "पार्टी के महासचिव")]


def test_a_glued_is_par_stays_out_of_the_speaker() -> None:
    assert only("इसपर सूचना मंत्री अश्विनी वैष्णव ने कहा कि विधेयक जरूरी है।").speaker == "सूचना मंत्री अश्विनी वैष्णव"


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "cue"),
    [
        ("नेता ने सरकार से कानून तुरंत लागू करने का बुधवार को आग्रह किया।", "कानून तुरंत लागू करने", "नेता", "आग्रह किया"),
        ("परिजनों ने फर्जी मुठभेड़ का बड़ा अरोप लगाया है।", "फर्जी मुठभेड़", "परिजनों", "अरोप लगाया है"),
        ("विभाग ने लोगों से पोर्टल पर नाम दर्ज कराने की खास अपील की है।", "पोर्टल पर नाम दर्ज कराने", "विभाग", "अपील की है"),
        ("राष्ट्रपति ने पड़ोसी देश से बातचीत करने का इरादा भी जाहिर किया है।", "पड़ोसी देश से बातचीत करने", "राष्ट्रपति", "इरादा भी जाहिर किया है"),
        ("राज्यपाल ने शर्त रखी थी कि सत्र से पहले नोटिस दिया जाए।", "सत्र से पहले नोटिस दिया जाए।", "राज्यपाल", "शर्त रखी थी"),
        ("प्रवक्ता ने आरोप लगया कि सरकार आंकड़े छिपा रही है।", "सरकार आंकड़े छिपा रही है।", "प्रवक्ता", "आरोप लगया"),
    ],
)
def test_a_day_or_adjective_before_the_noun_an_intention_a_condition_and_a_misspelt_accusation(text: str, quote: str, speaker: str, cue: str) -> None:
    found = only(text)
    assert (found.quote, found.speaker, found.cue) == (quote, speaker, cue)


def test_stress_laid_while_framing_a_statement() -> None:
    found = quotes("मंत्री ने बातचीत की जरूरत पर बल देते हुए कहा कि रास्ता निकलेगा।")
    assert [(f.quote, f.cue) for f in found] == [("बातचीत की जरूरत", "बल देते हुए"), ("रास्ता निकलेगा।", "कहा")]


@pytest.mark.parametrize("text", ["उन्होंने यूट्यूब चैनल पर बड़ी बात कही।", "मंत्री ने नई सड़क की बड़ी घोषणा की।"])
def test_an_adjective_of_a_thing_said_or_announced_reports_nothing(text: str) -> None:
    assert quotes(text) == []


def test_a_pointer_at_what_follows_is_no_reported_content() -> None:
    found = quotes("उन्होंने इस बात पर जोर देते हुए कहा कि इलाज सबको मिलेगा।")
    assert [(f.quote, f.cue) for f in found] == [("इलाज सबको मिलेगा।", "कहा")]


def test_a_quoted_headline_then_its_speaker_taking_aim() -> None:
    found = quotes("'पैसा कहां से आया यह वे बताएं', गृह मंत्री ने साधा निशाना\nमंत्री ने रैली में भाषण दिया।")[0]
    assert (found.quote, found.speaker, found.cue) == ("पैसा कहां से आया यह वे बताएं", "गृह मंत्री", "साधा निशाना")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("बता दें कुछ लोगों ने आरोप लगाया कि भाषण भड़काऊ था।", "कुछ लोगों"),
        ("ट्विटर के जरिए कारोबारी ने कहा कि वह कर्ज चुकाएंगे।", "कारोबारी"),
    ],
)
def test_a_connective_or_a_means_before_the_speaker_stays_out_of_it(text: str, speaker: str) -> None:
    assert only(text).speaker == speaker


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "cue"),
    [
        ("कर्मचारी हड़ताल पर रहे, जिनकी मांग थी कि उनका वेतन दोगुना किया जाए।", "उनका वेतन दोगुना किया जाए।", "जिनकी", "मांग थी"),
        ("उनकी मांगें हैं कि उन्हें स्थायी किया जाए।", "उन्हें स्थायी किया जाए।", "उनकी", "मांगें हैं"),
    ],
)
def test_demands_in_the_plural_or_of_a_relative_pronoun(text: str, quote: str, speaker: str, cue: str) -> None:
    found = only(text)
    assert (found.quote, found.speaker, found.cue) == (quote, speaker, cue)


def test_an_accusation_laid_with_no_agent_named() -> None:
    found = only("नेता पर सभा में भड़काऊ भाषण देने का आरोप लगा है।")
    assert (found.quote, found.speaker, found.cue) == ("सभा में भड़काऊ भाषण देने", "", "आरोप लगा है")
    assert quotes("उन पर कई आरोप लगे हैं।") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("हादसे में घायल हुए लोगों के परिजनों ने कहा कि इलाज में देर हुई।", "लोगों के परिजनों"),
        ("मुठभेड़ में मारे गए युवकों के परिजनों ने कहा कि उन्हें पकड़कर मारा गया।", "मुठभेड़ में मारे गए युवकों के परिजनों"),
        ("मंत्रालय से जारी किए गए आंकड़ों के मुताबिक बिक्री बढ़ी है।", "मंत्रालय से जारी किए गए आंकड़ों"),
    ],
)
def test_a_passive_participle_before_the_speaker_keeps_its_clause(text: str, speaker: str) -> None:
    """``मारे गए X``, ``जारी किए गए X``: the clause of a passive participle describes who speaks (but
    हुए, after ``… में घायल हुए``, is left out: घायल is no state ``becoming`` heads a clause after)."""
    assert only(text).speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        "New Delhi नई दिल्ली: पुलिस ने दो बच्चों को सकुशल बचा लिया, अधिकारियों ने बताया।",
        "City Desk पटना: पुलिस ने दो बच्चों को सकुशल बचा लिया, अधिकारियों ने बताया।",
    ],
)
def test_a_dateline_with_its_place_in_latin_letters_opens_no_quote(text: str) -> None:
    assert only(text).quote == "पुलिस ने दो बच्चों को सकुशल बचा लिया"


def test_a_headline_colon_after_latin_and_a_stop_word_is_no_dateline() -> None:
    found = only("UN ने चेताया: सब लोग सतर्क रहें, अधिकारियों ने बताया।")
    assert found.quote == "UN ने चेताया: सब लोग सतर्क रहें"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("नई दिल्ली, एएनआइ केंद्रीय मंत्री ने कहा कि सब ठीक है।", "केंद्रीय मंत्री"),
        ("पटना, जेएनएन जिलाधिकारी ने कहा कि स्कूल बंद रहेंगे।", "जिलाधिकारी"),
        ("नई दिल्ली, समाचार एजेंसी एएनआई ने कहा कि सब ठीक है।", "समाचार एजेंसी एएनआई"),
    ],
)
def test_the_agency_of_a_dateline_with_no_date_stays_out_of_the_speaker(text: str, speaker: str) -> None:
    assert only(text).speaker == speaker


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "cue"),
    [
        ("मंत्री ने बयान दिया कि सब ठीक है।", "सब ठीक है।", "मंत्री", "बयान दिया"),
        ("सभी स्कूल बंद रहेंगे। जिला प्रशासन ने यह बयान दिया।", "सभी स्कूल बंद रहेंगे।", "जिला प्रशासन", "बयान दिया"),
        ("सरकार के पास कोई आंकड़ा नहीं है। खुद कृषि मंत्री ने संसद में यह बयान दिया है।", "सरकार के पास कोई आंकड़ा नहीं है।", "कृषि मंत्री", "बयान दिया है"),
    ],
)
def test_a_statement_given_reports_what_follows_or_with_a_pointer_the_sentence_before(text: str, quote: str, speaker: str, cue: str) -> None:
    found = only(text)
    assert (found.quote, found.speaker, found.cue) == (quote, speaker, cue)


def test_a_big_statement_given_with_nothing_said_reports_nothing() -> None:
    assert quotes("मुख्यमंत्री ने राज्य की प्रगति को लेकर बड़ा बयान दिया है।") == []


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "cue"),
    [
        ("थानाध्यक्ष ने मारपीट की घटना से इनकार किया है।", "मारपीट की घटना", "थानाध्यक्ष", "इनकार किया है"),
        ("पुलिस ने मारपीट के आरोपों से इनकार किया।", "मारपीट के आरोपों", "पुलिस", "इनकार किया"),
        ("मंत्री ने सभी आरोपों से पूरी तरह इनकार किया।", "सभी आरोपों", "मंत्री", "पूरी तरह इनकार किया"),
        ("वहीं, ट्रैफिक पुलिस शहर में भीषण जाम से इंकार कर रही है।", "शहर में भीषण जाम", "ट्रैफिक पुलिस", "इंकार कर रही है"),
    ],
)
def test_a_denied_event_or_charge_is_reported(text: str, quote: str, speaker: str, cue: str) -> None:
    found = only(text)
    assert (found.quote, found.speaker, found.cue) == (quote, speaker, cue)


@pytest.mark.parametrize(
    "text",
    ["अदालत ने आरोपी को जमानत देने से इनकार कर दिया।", "संस्थान ने छात्रों को दाखिला देने से इंकार कर दिया था।"],
)
def test_a_refusal_to_act_says_nothing(text: str) -> None:
    """Annotators leave a refusal (``… देने से इनकार कर दिया``) unmarked, and mark a denial."""
    assert quotes(text) == []


@pytest.mark.parametrize(
    ("text", "quote", "cue"),
    [
        ("केंद्र सरकार ने अदालत के पुराने फैसले में संशोधन की मांग की थी।", "अदालत के पुराने फैसले में संशोधन", "मांग की थी"),
        ("अदालत ने अपने पुराने आदेश में संशोधन से इनकार किया।", "अपने पुराने आदेश में संशोधन", "इनकार किया"),
    ],
)
def test_an_amendment_is_an_act_asked_for_or_denied(text: str, quote: str, cue: str) -> None:
    found = only(text)
    assert (found.quote, found.cue) == (quote, cue)


def test_information_pointed_back_at_runs_back_to_its_paragraph_start() -> None:
    text = "नई दिल्ली: भारत के 122 खिलाड़ी ओलंपिक में हिस्सा लेंगे। ये सभी खिलाड़ी 14 खेलों में चुनौती पेश करेंगे। यह जानकारी खेल मंत्री ने दी।"
    found = only(text)
    assert (found.quote, found.speaker) == ("भारत के 122 खिलाड़ी ओलंपिक में हिस्सा लेंगे। ये सभी खिलाड़ी 14 खेलों में चुनौती पेश करेंगे।", "खेल मंत्री")


@pytest.mark.parametrize(
    "text",
    [
        "भोपाल। स्कूल परिसर में भी पानी भर गया था। यह जानकारी जिलाधिकारी ने दी।",
        "मेयर ने निरीक्षण के बाद बताया कि सड़कें डूब गई थीं। स्कूल परिसर में भी पानी भर गया था। यह जानकारी जिलाधिकारी ने दी।",
    ],
)
def test_information_pointed_back_at_stops_at_a_dateline_or_a_sentence_with_a_cue(text: str) -> None:
    assert quotes(text)[-1].quote == "स्कूल परिसर में भी पानी भर गया था।"


def test_a_dateline_of_two_places_joined_by_a_slash_opens_no_quote() -> None:
    found = only("नई दिल्ली/नोएडा: पुलिस ने 22 मामलों में चार करोड़ रुपये फ्रीज कराए, अधिकारियों ने बताया।")
    assert found.quote == "पुलिस ने 22 मामलों में चार करोड़ रुपये फ्रीज कराए"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("निचली अदालत के आदेश में कहा गया था कि एजेंसी जांच नहीं कर सकती।", "निचली अदालत के आदेश"),
        ("मीडिया रिपोर्टों में कहा गया है कि प्रदेश में खाद की कमी है।", "मीडिया रिपोर्टों"),
        ("आवेदन में बताया गया कि युवक तालाब पर कब्जा कर रहा है।", "आवेदन"),
        ("पुलिस ने एक एडवाइजरी जारी की है। इसमें बताया गया है कि लोग अनजान ऐप से कर्ज न लें।", "इसमें"),
    ],
)
def test_an_order_a_report_an_application_or_a_pointer_to_one_says_what_is_said_in_it(text: str, speaker: str) -> None:
    assert quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("पुलिस द्वारा दी गई जानकारी के मुताबिक, आरोपी लोगों को निशाना बनाते थे।", "पुलिस"),
        ("अस्पताल प्रशासन की ओर से दी गई जानकारी के मुताबिक ऑक्सीजन की सप्लाई जारी है।", "अस्पताल प्रशासन"),
    ],
)
def test_information_given_by_someone_names_who_gave_it(text: str, speaker: str) -> None:
    assert only(text).speaker == speaker


def test_a_quoted_vox_pop_line_signed_after_its_closing_mark() -> None:
    text = (
        "पानी की समस्या पर लोगों ने अपनी बात रखी।\n"
        "’वर्षों से पाइपों को बदला नहीं गया है। जगह-जगह लीकेज दिखती है।’ - संतोष शर्मा, ज्योतिषाचार्य\n"
    )
    found = only(text)
    assert (found.quote, found.speaker, found.cue) == (
        "वर्षों से पाइपों को बदला नहीं गया है। जगह-जगह लीकेज दिखती है।", "संतोष शर्मा, ज्योतिषाचार्य", "-"
    )


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "cue"),
    [
        ("जांच दल को शक है कि गोदाम में नकली दवाएं रखी गई थीं।", "गोदाम में नकली दवाएं रखी गई थीं।", "जांच दल", "शक है"),
        ("वन विभाग को संदेह था कि तेंदुआ गांव के पास छिपा है।", "तेंदुआ गांव के पास छिपा है।", "वन विभाग", "संदेह था"),
        ("दमकल अधिकारी ने संदेह जताया कि आग शॉर्ट सर्किट से लगी।", "आग शॉर्ट सर्किट से लगी।", "दमकल अधिकारी", "संदेह जताया"),
        ("ग्रामीणों के मुताबकि रात भर बिजली नहीं आई।", "रात भर बिजली नहीं आई।", "ग्रामीणों", "के मुताबकि"),
    ],
)
def test_a_suspicion_held_or_voiced_and_the_misspelt_mutabik(text: str, quote: str, speaker: str, cue: str) -> None:
    """``X को शक/संदेह है कि`` names the one who suspects, as ``X को आशंका है`` does; ``X ने
    संदेह जताया कि`` is said; ``के मुताबकि`` is ``के मुताबिक`` misspelt."""
    found = only(text)
    assert (found.quote, found.speaker, found.cue) == (quote, speaker, cue)


@pytest.mark.parametrize(
    "text",
    [
        "बांध के दो फाटक खोले गए हैं। उक्त बातों की जानकारी सहायक अभियंता रमेश यादव ने दी।",
        "बांध के दो फाटक खोले गए हैं। उक्त बातों कि जानकारी सहायक अभियंता रमेश यादव ने दी।",
    ],
)
def test_information_about_the_said_things_points_back(text: str) -> None:
    """``उक्त बातों की जानकारी X ने दी``, its की sometimes typed कि, attributes the sentence before."""
    found = only(text)
    assert (found.quote, found.speaker, found.cue) == ("बांध के दो फाटक खोले गए हैं।", "सहायक अभियंता रमेश यादव", "दी")


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        ("पेंशन का भुगतान अगले सप्ताह किया जाएगा, सूचना और जनसंपर्क मंत्री रमेश यादव ने कहा।",
         "पेंशन का भुगतान अगले सप्ताह किया जाएगा", "सूचना और जनसंपर्क मंत्री रमेश यादव"),
        ("दो मैदानों में भर्ती होगी एसपी अपराध सुनील कुमार ने बताया कि तैयारी पूरी है।", "तैयारी पूरी है।", "एसपी अपराध सुनील कुमार"),
    ],
)
def test_a_future_verb_ends_the_clause_before_a_speaker(text: str, quote: str, speaker: str) -> None:
    """A future verb (``किया जाएगा``, ``होगी``) is never part of a name: a title with और after it is
    no list running back over the comma, and a run-on sentence's speaker starts after it."""
    found = only(text)
    assert (found.quote, found.speaker) == (quote, speaker)


def test_a_question_going_on_is_asked_by_its_subject() -> None:
    text = "वीडियो में मंत्री पूछ रहे हैं कि सड़क कब बनेगी।"
    found = only(text)
    assert (found.quote, found.speaker, found.cue) == ("सड़क कब बनेगी।", "मंत्री", "पूछ रहे हैं")


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "cue"),
    [
        ("जिलाधिकारी ने चेताया कि नियम तोड़ने वालों पर कार्रवाई होगी।", "नियम तोड़ने वालों पर कार्रवाई होगी।", "जिलाधिकारी", "चेताया"),
        ("ठगों ने बुजुर्ग को धमकाया कि उनका खाता बंद हो जाएगा।", "उनका खाता बंद हो जाएगा।", "ठगों", "धमकाया"),
        ("समिति ने नियम बदलने की इच्छा जाहिर की।", "नियम बदलने", "समिति", "इच्छा जाहिर की"),
        ("किसानों का साफ कहना है कि बिना मुआवजे के धरना खत्म नहीं होगा।", "बिना मुआवजे के धरना खत्म नहीं होगा।", "किसानों", "कहना है"),
    ],
)
def test_a_warning_in_one_verb_and_a_plain_saying(text: str, quote: str, speaker: str, cue: str) -> None:
    """``चेताया कि`` warns as ``आगाह किया`` does, and ``धमकाया कि`` threatens so; a wish made known
    (``इच्छा जाहिर की``) names what is wished before it, as a hope does; in ``X का साफ कहना है`` the
    adverb stands between the genitive and its cue."""
    found = only(text)
    assert (found.quote, found.speaker, found.cue) == (quote, speaker, cue)


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("परिजनों का कहना है कि पुलिस ने कार्रवाई नहीं की। परिजनों का ये भी कहना है कि आरोपी पकड़ा जाए।",
         "पुलिस ने कार्रवाई नहीं की।"),
        ("मंत्री ने कहा कि शुल्क न लिया जाए। साथ ही, उम्मीद जतायी कि कॉरिडोर खुला रहेगा।", "शुल्क न लिया जाए।"),
    ],
)
def test_speech_does_not_run_on_into_a_sentence_with_its_own_cue(text: str, first: str) -> None:
    """``X का ये भी कहना है`` and ``उम्मीद जतायी`` (spelt with य) are cues, so the speech before them
    stops at its sentence."""
    found = quotes(text)
    assert [f.quote for f in found][0] == first and len(found) == 2


@pytest.mark.parametrize(
    "text",
    [
        "किसान नेता ने कहा कि हम धरना जारी रखेंगे। प्रशासन ने बातचीत के लिए समिति बना दी।",
        "किसान नेता ने कहा कि हम धरना जारी रखेंगे। उन्होंने बाद में जिलाधिकारी को ज्ञापन सौंप दिया।",
    ],
)
def test_first_person_speech_stops_before_a_sentence_with_an_agent_of_its_own(text: str) -> None:
    """Speech in the first person runs on over the reporter's next sentence only when that one names
    no agent with ने: ``प्रशासन ने …``, ``उन्होंने …`` narrate what someone did."""
    assert quotes(text)[0].quote == "हम धरना जारी रखेंगे।"


def test_according_to_it_names_the_pronoun() -> None:
    """``इसके अनुसार`` after a sentence naming a bill, a statement or an agreement: ``इसके`` is the source."""
    text = "मंत्रिमंडल ने नए विधेयक को मंजूरी दी। इसके अनुसार नकली बीज बेचने पर जेल होगी।"
    found = quotes(text)[-1]
    assert (found.quote, found.speaker, found.cue) == ("नकली बीज बेचने पर जेल होगी।", "इसके", "अनुसार")


def test_a_dateline_date_spelt_out_is_not_the_speaker() -> None:
    text = "नयी दिल्ली, चार नवंबर प्रेस क्लब ऑफ इंडिया ने कहा कि छापे गलत हैं।"
    assert only(text).speaker == "प्रेस क्लब ऑफ इंडिया"


def test_first_person_speech_runs_on_over_a_question_or_a_condition_with_an_agent() -> None:
    asked = "किसान नेता ने कहा कि हम धरना जारी रखेंगे। उन्होंने अब तक बात क्यों नहीं की?"
    warned = "किसान नेता ने कहा कि हम धरना जारी रखेंगे। अगर प्रशासन ने बात नहीं की तो आंदोलन तेज होगा।"
    assert quotes(asked)[0].quote == asked.split("कि ", 1)[1]
    assert quotes(warned)[0].quote == warned.split("कि ", 1)[1]


def test_what_a_speaker_acts_against_is_not_part_of_the_speaker() -> None:
    text = "नकली सामान बेचने वालों के खिलाफ व्यापार संघ ने कहा कि अभियान चलेगा।"
    assert only(text).speaker == "व्यापार संघ"


def test_a_threat_going_on_reports_what_follows_ki() -> None:
    text = "दबंग लोगों को धमकी दे रहा है कि दुकान खाली करो।"
    found = only(text)
    assert (found.quote, found.cue) == ("दुकान खाली करो।", "धमकी दे रहा है")


@pytest.mark.parametrize(
    "text",
    [
        "डॉक्टर ने कहा कि बच्चों को बासी खाना न दें। क्योंकि गर्मी में खाना जल्दी खराब होता है।",
        "अधिकारी ने बताया कि पुल की मरम्मत पूरी हो गई है। जहां पहले भारी वाहन नहीं चल पाते थे।",
        "संघ ने कहा कि मजदूरी समय पर नहीं मिल रही है। बल्कि कई महीनों से बकाया पड़ा है।",
        "पुलिस ने बताया कि घायल को जिला अस्पताल लाया गया। जहां डॉक्टरों ने उसे मृत घोषित कर दिया।",
        "नेता ने कहा कि सरकार किसानों को नहीं सुन रही। क्योंकि मंत्रियों ने अब तक एक भी बैठक नहीं की।",
        "प्रधान ने बताया कि गांव में दो लोग बीमार मिले हैं। जिन्हें टीम ने दवाएं दे दी हैं।",
        "ग्रामीणों ने बताया कि तीन महीने से राशन नहीं मिला है। जिस कारण कई परिवार उधार पर जी रहे हैं।",
        "छात्रों ने कहा कि छात्रावास की छत टपक रही है। जिस वजह से कमरों में रहना मुश्किल हो गया है।",
        "संघ ने बताया कि जिले में तीन हजार लोगों को ही पेंशन मिलती है। जिनको मिलती है उनकी भी चार माह से रुकी है।",
        "पुजारी ने बताया कि मंदिर का रास्ता ठीक कर दिया गया है। और यात्रियों के लिए शेड भी बन गए हैं।",
        "डॉक्टर ने कहा कि दवा पूरी तरह सुरक्षित है। फिर भी कुछ लोगों को हल्का बुखार हुआ था।",
        "प्रधानाचार्य ने कहा कि परिसर में सुरक्षा दल तैनात है। किसी भी छात्र के साथ रैगिंग नहीं हुई है।",
        "अधिकारी ने बताया कि नाले पर बने अवैध ढांचे हटा दिए गए हैं। इसे लेकर व्यापारियों को पहले नोटिस दिया गया था।",
        "ग्रामीणों ने बताया कि गांव के अस्पताल में इलाज नहीं मिलता। न डॉक्टर आते हैं, न दवाइयां मिलती हैं।",
    ],
)
def test_speech_runs_on_over_a_sentence_hanging_on_it(text: str) -> None:
    """A sentence opening with a cause, a contrast in place of it, a place or a thing named before
    (``क्योंकि``, ``बल्कि``, ``जहां``, ``जिन्हें``) hangs on the speech before it and goes on with it, even
    when it names an agent with ने."""
    assert quotes(text)[0].quote == text.split("कि ", 1)[1]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("पुलिस ने बताया कि दोनों पक्षों में विवाद हुआ था। जिसके बाद ग्रामीणों ने सड़क जाम कर दी।", "दोनों पक्षों में विवाद हुआ था।"),
        ("अधिकारी ने कहा कि ठेकेदार ने काम अधूरा छोड़ा। जिसके चलते विभाग ने उसका भुगतान रोक दिया।", "ठेकेदार ने काम अधूरा छोड़ा।"),
    ],
)
def test_what_happened_next_with_an_agent_is_the_reporters(text: str, first: str) -> None:
    """``जिसके बाद`` and ``जिसके चलते`` with an agent narrate what followed: the speech stops before them."""
    assert quotes(text)[0].quote == first


@pytest.mark.parametrize(
    ("text", "quote", "cue"),
    [
        ("अभिभावक संघ ने स्कूलों के समय में बदलाव की मांग की है।", "स्कूलों के समय में बदलाव", "मांग की है"),
        ("निवासियों ने पूरी इमारत के ढांचे के ऑडिट की मांग की।", "पूरी इमारत के ढांचे के ऑडिट", "मांग की"),
        ("मंत्री ने अधिकारियों को नालों की साफ-सफाई के निर्देश दिए।", "नालों की साफ-सफाई", "निर्देश दिए"),
        ("आयुक्त ने कर्मचारियों को बकाया राशि के भुगतान का निर्देश दिया।", "बकाया राशि के भुगतान", "निर्देश दिया"),
    ],
)
def test_an_act_named_by_its_noun_is_asked_for_or_directed(text: str, quote: str, cue: str) -> None:
    """A change, an audit or a cleaning (``बदलाव``, ``ऑडिट``, ``साफ-सफाई``: ``action_nouns``) asked for
    is reported as an infinitive is, and so is one directed at someone named with को."""
    found = only(text)
    assert (found.quote, found.cue) == (quote, cue)


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("दुकानदारों ने बताया कि बिक्री आधी रह गई है. वहीं, किराया हर महीने बढ़ रहा है.", "बिक्री आधी रह गई है."),
        ("दुकानदारों ने बताया कि ग्राहक कम हो गए हैं. वे अब ऑनलाइन सामान खरीद रहे हैं.", "ग्राहक कम हो गए हैं."),
        ("मंत्री ने बताया कि गांवों में बिजली की मांग बढ़ी है। यह रुझान पिछले साल से जारी है।", "गांवों में बिजली की मांग बढ़ी है।"),
        ("अधिकारी ने बताया कि गोदाम में आग लगी थी। वह गोदाम शहर के बाहर है।", "गोदाम में आग लगी थी।"),
    ],
)
def test_speech_stops_before_a_sentence_opening_with_a_subject_pronoun(text: str, first: str) -> None:
    """``यह``, ``ये``, ``वह``, ``वे`` and ``वहीं`` open the reporter's sentence as often as the
    speaker's: after a verb of informing the held-out annotators ended speech before them more often
    than not (after ``कहा`` the speaker holds the paragraph)."""
    assert [f.quote for f in quotes(text)] == [first]


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "cue"),
    [
        ("हालांकि कोच राजेश को लगता है कि टीम अगले साल खिताब जीतेगी।", "टीम अगले साल खिताब जीतेगी।", "कोच राजेश", "लगता है"),
        ("उन्हें लगा कि बस समय पर पहुंच जाएगी।", "बस समय पर पहुंच जाएगी।", "उन्हें", "लगा"),
    ],
)
def test_what_seems_so_to_someone_is_theirs(text: str, quote: str, speaker: str, cue: str) -> None:
    """``X को लगता है कि C``: X, to whom C seems so, is the speaker (``dative``)."""
    found = only(text)
    assert (found.quote, found.speaker, found.cue) == (quote, speaker, cue)


@pytest.mark.parametrize(
    "text",
    ["ऐसा लगता है कि बारिश जल्द होगी।", "कुछ दिनों में ही सड़क उखड़ने लगी है।", "सोमवार को लगा कि मेला रद्द होगा।"],
)
def test_seeming_without_someone_it_seems_so_to_is_nobodys(text: str) -> None:
    assert quotes(text) == []


def test_seeming_so_to_the_speaker_stays_inside_their_quote() -> None:
    text = "दुकानदार ने कहा, 'हमें लगा कि मेला रद्द होगा, इसलिए सामान कम मंगाया।'"
    assert [f.quote for f in quotes(text)] == ["हमें लगा कि मेला रद्द होगा, इसलिए सामान कम मंगाया।"]


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "cue"),
    [
        ("आयोग का कथन – मतगणना में कोई गड़बड़ी नहीं\nमुंबई में आज बैठक हुई।", "मतगणना में कोई गड़बड़ी नहीं", "आयोग", "कथन"),
        ("राहुल का वादा: किसानों का कर्ज माफ होगा\nरैली में भीड़ जुटी।", "किसानों का कर्ज माफ होगा", "राहुल", "वादा"),
        ("हाईकोर्ट का निर्देश- छह महीने में नियम बनाए सरकार\nसुनवाई पूरी हुई।", "छह महीने में नियम बनाए सरकार", "हाईकोर्ट", "निर्देश"),
    ],
)
def test_a_headline_statement_promise_or_direction_before_its_separator(text: str, quote: str, speaker: str, cue: str) -> None:
    found = only(text)
    assert (found.quote, found.speaker, found.cue) == (quote, speaker, cue)


def test_began_to_before_a_headline_dash_is_no_cue_of_seeming() -> None:
    """``… मिलने लगती है- X``: लगती here is "began to", and the headline names its source after the dash."""
    found = only("रोज धमकियां मिलने लगती हैं- अभिनेता राजू\nअभिनेता राजू ने पुलिस से शिकायत की।")
    assert (found.quote, found.speaker) == ("रोज धमकियां मिलने लगती हैं", "अभिनेता राजू")


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("अदालत ने पुलिस को मामले की जांच करने का आदेश दिया।", "मामले की जांच करने"),
        ("कलेक्टर ने संबंधित अधिकारियों को सड़क की मरम्मत जल्द पूरी करने का आदेश दिया।", "सड़क की मरम्मत जल्द पूरी करने"),
        ("मंत्री ने उन्हें सभी बकाया वेतन देने का भरोसा दिया।", "सभी बकाया वेतन देने"),
        ("सरपंच ने ग्रामीणों को जल्द सड़क बनवाने का भरोसा दिलाया।", "जल्द सड़क बनवाने"),
        ("मंत्री ने बाढ़ से प्रभावित किसानों को हर संभव मदद का आश्वासन दिया।", "हर संभव मदद"),
        ("जिलाधिकारी ने फिल्म को सिनेमाघरों से हटाने का आदेश दिया।", "फिल्म को सिनेमाघरों से हटाने"),
        ("अदालत ने सोमवार को सभी स्कूलों को बंद करने का आदेश दिया।", "सभी स्कूलों को बंद करने"),
        ("आरोपी ने उसे जान से मारने की धमकी दी।", "उसे जान से मारने"),
    ],
)
def test_the_one_ordered_or_assured_stays_out_of_the_order(text: str, quote: str) -> None:
    """A person or body before ``को`` (``पुलिस को``, ``अधिकारियों को``, ``उन्हें``) is the one an
    order or assurance is given to, and what was ordered starts after it; a thing before ``को``
    (``फिल्म को``) is what the order is about and stays in it, as the one threatened does."""
    assert only(text).quote == quote


def test_a_source_whose_name_opens_with_a_stop_word_is_named_whole() -> None:
    """``बार एंड बेंच``: बार (times) is a stop word elsewhere, not in this name."""
    text = "बार एंड बेंच के मुताबिक अदालत ने कहा कि सुनवाई टलेगी।"
    speakers = [text[s.fragments[0][0]:s.fragments[-1][1]] for s in suggest(text) if s.label == "SPEAKER"]
    assert "बार एंड बेंच" in speakers


def test_a_headline_colon_typed_without_a_space_still_names_the_source() -> None:
    """``… का समर्थन:डॉ रावत``: a colon after a whole word is the headline's; after a short prefix
    (``नि:शुल्क``) it stands for a visarga inside the word."""
    found = only("गांव के स्कूलों को मिल रहा लोगों का पूरा समर्थन:डॉ रमेश रावत\nबच्चों की संख्या बढ़ी है।")
    assert (found.quote, found.speaker) == ("गांव के स्कूलों को मिल रहा लोगों का पूरा समर्थन", "डॉ रमेश रावत")
    assert quotes("जिला अस्पताल में अब सभी जांचें होंगी नि:शुल्क\nमरीजों की भीड़ बढ़ी।") == []


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("पुलिस की जांच में सामने आया कि आरोपी ने पैसे बांट दिए थे।", "आरोपी ने पैसे बांट दिए थे।"),
        ("लैब की जांच में यह भी पाया गया कि घी में मिलावट थी।", "घी में मिलावट थी।"),
    ],
)
def test_what_an_inquiry_found_is_reported(text: str, quote: str) -> None:
    """``जांच में सामने आया कि``, ``जांच में पाया गया कि``: an inquiry's finding, as ``जांच में पता चला कि``."""
    assert only(text).quote == quote


@pytest.mark.parametrize(
    ("text", "quote", "cue"),
    [
        ("कृषि विभाग ने नुकसान का सर्वे कराने की बात तो की है।", "नुकसान का सर्वे कराने", "बात तो की है"),
        ("अभिभावक स्कूल की फीस कम करने की बात कर रहे हैं।", "स्कूल की फीस कम करने", "बात कर रहे हैं"),
        ("आरोपी ने 12 लोगों की हत्या की बात कबूली।", "12 लोगों की हत्या", "बात कबूली"),
        ("मुखिया ने राशि निकासी की बात स्वीकार ली है।", "राशि निकासी", "बात स्वीकार ली है"),
    ],
)
def test_talk_of_doing_something_and_what_was_admitted_are_reported(text: str, quote: str, cue: str) -> None:
    """``… करने की बात की``, ``… करने की बात कर रहे हैं``: talk of an act an infinitive names;
    ``… की बात कबूली``: what was admitted, a noun too."""
    found = only(text)
    assert (found.quote, found.cue) == (quote, cue)


def test_talking_with_someone_reports_nothing() -> None:
    assert quotes("मंत्री ने अधिकारियों से बात की।") == []


def test_an_accusation_made_in_passing_with_lagakar() -> None:
    found = only("नौसेना ने सीमा में मछली पकड़ने का आरोप लगाकर मछुआरों को पकड़ा।")
    assert (found.quote, found.speaker, found.cue) == ("सीमा में मछली पकड़ने", "नौसेना", "आरोप लगाकर")


def test_a_cue_with_its_subject_dropped_goes_on_with_the_last_speaker_of_its_paragraph() -> None:
    """``X ने बताया कि A। बताया कि B।``: B is X's too; after a paragraph break it is no one's. With no
    cue before it in the paragraph, the ने phrase of the sentence before is its speaker."""
    found = quotes("समिति के सदस्य राहुल ने बताया कि बंदरों ने नुकसान पहुंचाया। बताया कि कई बार बंदर आते हैं।")
    assert [(f.quote, f.speaker) for f in found] == [
        ("बंदरों ने नुकसान पहुंचाया।", "समिति के सदस्य राहुल"),
        ("कई बार बंदर आते हैं।", "समिति के सदस्य राहुल"),
    ]
    found = quotes("राहुल ने बताया कि बंदर आए।\nबताया कि कई बार बंदर आते हैं।")
    assert [f.speaker for f in found] == ["राहुल", ""]
    found = only("कुलपति प्रो शैलेंद्र ने धरना स्थल पर शिक्षकों से बात की। कहा कि वेतन जल्द मिलेगा।")
    assert (found.quote, found.speaker) == ("वेतन जल्द मिलेगा।", "कुलपति प्रो शैलेंद्र")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("फिलहाल पुलिस का कहना है कि मामले की जांच चल रही है।", "पुलिस"),
        ("हाल हीं केंद्रीय मंत्री ने कहा कि सड़क जल्द बनेगी।", "केंद्रीय मंत्री"),
        ("मामले का खुलासा जिला अध्यक्ष रमेश शर्मा ने किया और कहा कि घोटाला बड़ा है।", "जिला अध्यक्ष रमेश शर्मा"),
        ("सूत्रों के अनुसार गांव के मुखिया ने बताया कि बांध टूट गया था।", "गांव के मुखिया"),
        ("नए कानून को लेकर विवाद हुआ, जिसका किसानों ने विरोध करते हुए कहा कि यह गलत है।", "किसानों"),
    ],
)
def test_a_speaker_phrase_starts_after_the_clause_before_it(text: str, speaker: str) -> None:
    """``फिलहाल``, ``हाल हीं``, ``… का खुलासा``, ``… के अनुसार`` and a relative ``जिसका`` end the
    words before a speaker; none of them is part of its name."""
    assert only(text).speaker == speaker


@pytest.mark.parametrize(
    ("text", "quote", "cue"),
    [
        ("विधायक ने अधिकारियों को आड़े हाथों लेते हुए कहां की क्या सरकार कार्रवाई करेगी।", "क्या सरकार कार्रवाई करेगी।", "कहां"),
        ("अध्यक्ष ने कहॉ कि सभी मजदूरों की जांच होगी।", "सभी मजदूरों की जांच होगी।", "कहॉ"),
    ],
)
def test_kaha_typed_with_a_nasal_is_a_cue_before_ki(text: str, quote: str, cue: str) -> None:
    found = only(text)
    assert (found.quote, found.cue) == (quote, cue)


def test_kahan_meaning_where_is_no_cue() -> None:
    """``कहां`` is "where" unless कि follows it: a question inside a quote goes on over it."""
    assert only("नेता ने कहा कि सबूत कहां है? जांच का निष्कर्ष कहां है?").quote == "सबूत कहां है? जांच का निष्कर्ष कहां है?"
    assert quotes("अब यह पैसा कहां से आएगा, किसी को पता नहीं।") == []


def test_a_content_ends_before_a_new_attribution_run_on_without_a_mark() -> None:
    """``… कहा कि A है X ने बताया की B``: papers that run sentences together with no mark end the
    first content after the auxiliary before the next speaker's ने, when कि follows that cue."""
    text = "अधिकारी ने कहा कि जिले में 22 मरीज मिले हैं डॉक्टर वर्मा ने जानकारी देते हुए बताया की दाग कुष्ठ की निशानी है"
    assert [(f.quote, f.speaker) for f in quotes(text)] == [
        ("जिले में 22 मरीज मिले हैं", "अधिकारी"),
        ("दाग कुष्ठ की निशानी है", "डॉक्टर वर्मा"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a कि between: what the first speaker reports is someone else's saying
        "उन्होंने बताया कि पिछले महीने ग्राम प्रधान ने कहा था कि सड़क बनेगी।",
        "वकील ने कहा कि एजेंसी ने हमें बताया कि अदालत के जज ने लिखा है कि सभी कागज देखे गए।",
        # a participle, not an auxiliary, before the speaker phrase
        "अधिकारी ने कहा कि कल ऊपर पहुंचे कई देशों के पर्वतारोहियों ने शिकायत की कि रस्सी टूटी थी।",
    ],
)
def test_a_speech_reported_inside_a_content_stays_in_it(text: str) -> None:
    assert quotes(text)[0].quote == text.split("कि ", 1)[1]


def test_an_old_spelling_of_hue_is_read_as_hue() -> None:
    """``… का आरोप लगाते हुये C की मांग की``: हुये, as papers still spell हुए, makes the same cue
    and frame."""
    text = "ग्रामीणों ने खेतों को खोदकर नुकसान पहुंचाने का आरोप लगाते हुये खदान को बंद कराने की मांग की।"
    assert [(f.quote, f.cue) for f in quotes(text)] == [
        ("खेतों को खोदकर नुकसान पहुंचाने", "आरोप लगाते हुये"),
        ("खदान को बंद कराने", "मांग की"),
    ]


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        ("रोहित के पिता का कहना कि अगर इलाज समय पर होता तो बेटा बच जाता।", "अगर इलाज समय पर होता तो बेटा बच जाता।", "रोहित के पिता"),
        ("उनका मानना कि इस बार ऑर्डर ज्यादा मिलेंगे।", "इस बार ऑर्डर ज्यादा मिलेंगे।", "उनका"),
    ],
)
def test_an_opinion_with_its_hai_dropped_before_ki(text: str, quote: str, speaker: str) -> None:
    found = only(text)
    assert (found.quote, found.speaker) == (quote, speaker)


def test_a_bare_kahna_is_no_cue_away_from_ki() -> None:
    assert quotes("उन्हें कुछ कहना था।") == []
    assert quotes("बच्चों को सच कहना सिखाना चाहिए कि नहीं, यह सवाल है।") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "समिति के अध्यक्ष ने कहा कि फैसला सही है और कहा कि उन्हें आगे भी भरोसा है।",
            [("फैसला सही है", "समिति के अध्यक्ष", "कहा"), ("उन्हें आगे भी भरोसा है।", "समिति के अध्यक्ष", "कहा")],
        ),
        (
            "उन्होंने कहा कि सड़क और पुल बनेंगे और बताया कि काम शुरू हो गया है।",
            [("सड़क और पुल बनेंगे", "उन्होंने", "कहा"), ("काम शुरू हो गया है।", "उन्होंने", "बताया")],
        ),
        ("मंत्री ने कहा कि किसान और मजदूर दोनों परेशान हैं।", [("किसान और मजदूर दोनों परेशान हैं।", "मंत्री", "कहा")]),
        (
            "मंत्री ने कहा कि सड़कें बनेंगी; बताया कि काम शुरू हो गया है।",
            [("सड़कें बनेंगी", "मंत्री", "कहा"), ("काम शुरू हो गया है।", "मंत्री", "बताया")],
        ),
        (
            "अधिकारी ने बताया कि जब उससे जानकारी मांगी गई तो उसने मना कर दिया और बोला कि वह बाहर जा रहा है।",
            [
                ("जब उससे जानकारी मांगी गई तो उसने मना कर दिया और बोला कि वह बाहर जा रहा है।", "अधिकारी", "बताया"),
                ("वह बाहर जा रहा है।", "उसने", "बोला"),
            ],
        ),
    ],
)
def test_a_joiner_before_a_second_cue_ends_the_first_speech_and_keeps_its_speaker(text: str, expected: list[tuple[str, str, str]]) -> None:
    """``X ने कहा कि A और कहा कि B`` (or ``…; बताया कि B``): A ends before और or the semicolon, and
    X says B too; an और inside speech with no cue after it (``किसान और मजदूर``) is speech, and so is
    one before the cue of an agent A names (``… तो उसने मना कर दिया और बोला कि …``)."""
    assert attributions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("सांसद ने आश्चर्य व्यक्त किया कि सरकार इस सवाल से बच रही है।", [("सरकार इस सवाल से बच रही है।", "सांसद", "आश्चर्य व्यक्त किया")]),
        ("गली के लोग पानी से बीमारी फैलने की आशंका जता रहे हैं।", [("पानी से बीमारी फैलने", "गली के लोग", "आशंका जता रहे हैं")]),
        ("व्यापारी महंगाई पर चिंता जता रहे हैं।", []),
    ],
)
def test_surprise_and_fears_in_progress(text: str, expected: list[tuple[str, str, str]]) -> None:
    """``X ने आश्चर्य व्यक्त किया कि C``; ``X C की आशंका जता रहे हैं`` (no ने: X opens the clause);
    a thing worried about (``महंगाई पर चिंता``) is no quote."""
    assert attributions(text) == expected


def test_a_summary_bullet_is_no_part_of_the_speech_it_opens() -> None:
    """``- C- X``: a line of a summary set as a list opens with its bullet, which C leaves out."""
    text = "लोकसभा में वित्त मंत्री का जवाब\n- घर घर शौचालय बनाया गया- वित्त मंत्री\n• अब हर गांव में बिजली पहुंच गई है- वित्त मंत्री\nनई दिल्ली: लोकसभा में बहस हुई।"
    assert attributions(text) == [
        ("घर घर शौचालय बनाया गया", "वित्त मंत्री", "-"),
        ("अब हर गांव में बिजली पहुंच गई है", "वित्त मंत्री", "-"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("सेना प्रमुख की भारत को चेतावनी, हमला हुआ तो जवाब और कड़ा होगा", [("हमला हुआ तो जवाब और कड़ा होगा", "सेना प्रमुख", "चेतावनी")]),
        ("मंत्री की पड़ोसी देश भारत को चेतावनी, सीमा पर शांति रखें", [("सीमा पर शांति रखें", "मंत्री", "चेतावनी")]),
        ("मंत्री की बड़े पड़ोसी देश भारत को चेतावनी, सीमा पर शांति रखें", []),
    ],
)
def test_a_headline_genitive_cue_with_its_addressee_between(text: str, expected: list[tuple[str, str, str]]) -> None:
    """``X की Y को चेतावनी, C``: up to three words and को between the genitive and the noun name
    whom X warns."""
    assert attributions(text + "\nराजधानी में बैठक हुई।") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("दावा किया जा रहा है कि नदी का पानी खतरे के निशान से ऊपर है।", [("नदी का पानी खतरे के निशान से ऊपर है।", "", "दावा किया जा रहा है")]),
        ("प्रवक्ता ने याद दिलाया कि समझौता पिछले साल हुआ था।", [("समझौता पिछले साल हुआ था।", "प्रवक्ता", "याद दिलाया")]),
        ("नेता ने अपना पुराना वादा याद दिलाया।", []),
        ("दूतावास ने दोनों नेताओं की बातचीत से इनकार किया है।", [("दोनों नेताओं की बातचीत", "दूतावास", "इनकार किया है")]),
    ],
)
def test_claims_in_progress_reminders_and_denied_talks(text: str, expected: list[tuple[str, str, str]]) -> None:
    """An agentless claim in progress (``दावा किया जा रहा है कि C``), a reminder before कि (``X ने
    याद दिलाया कि C``; with no कि it names no content) and a denied conversation or meeting."""
    assert attributions(text) == expected


def test_a_headline_with_its_verb_last_after_dots_and_a_topic_label() -> None:
    """``monsoon update: C…X ने दी जानकारी``: dots stand for the comma before the source, and a
    site's topic label in Latin letters is no part of C."""
    text = "monsoon update: इस साल भी जमकर बरसेंगे बदरा.. सामान्य से अधिक होगी बारिश…मौसम विभाग ने दी जानकारी\nदेश में अच्छी बारिश होगी।"
    assert attributions(text) == [
        ("इस साल भी जमकर बरसेंगे बदरा.. सामान्य से अधिक होगी बारिश", "मौसम विभाग", "दी जानकारी")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("उनका साफ तौर से कहना है कि जब तक आश्वासन नहीं मिलेगा, धरना चलेगा।", [("जब तक आश्वासन नहीं मिलेगा, धरना चलेगा।", "उनका", "कहना है")]),
        ("मंत्री का स्पष्ट तौर पर कहना है कि काम होगा।", [("काम होगा।", "मंत्री", "कहना है")]),
    ],
)
def test_a_manner_adverb_between_the_genitive_and_its_cue(text: str, expected: list[tuple[str, str, str]]) -> None:
    """``X का साफ तौर से कहना है कि C``: the adverb stands between X's genitive and the cue."""
    assert attributions(text) == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("बाढ़ से प्रभावित लोगों ने कहा कि मदद नहीं मिली।", "बाढ़ से प्रभावित लोगों"),
        ("टीम के प्रदर्शन से गदगद संघ के अध्यक्ष रमेश ने कहा कि खिलाड़ी मेहनती हैं।", "टीम के प्रदर्शन से गदगद संघ के अध्यक्ष रमेश"),
        ("वापसी करने को तैयार खिलाड़ी सुमन ने कहा कि वह फिट है।", "वापसी करने को तैयार खिलाड़ी सुमन"),
        ("मंत्री से मिले प्रतिनिधिमंडल ने बताया कि मांगें मान ली गईं।", "मंत्री से मिले प्रतिनिधिमंडल"),
    ],
)
def test_a_relative_clause_of_state_or_meeting_stays_in_the_speaker(text: str, speaker: str) -> None:
    """``बाढ़ से प्रभावित लोगों``, ``… से गदगद X``, ``… को तैयार X``, ``… से मिले X``: the clause
    before the participle is the speaker's, as after रहे or आए."""
    assert quotes(text)[0].speaker == speaker


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("कंपनी का प्रतिद्वंद्वी पर आरोप, ग्राहकों को गलत जानकारी दे रही है", [("ग्राहकों को गलत जानकारी दे रही है", "कंपनी", "आरोप")]),
        ("सेना प्रमुख का पड़ोसी पर बड़ा बयान, खतरा कम नहीं हुआ है, देखें वीडियो", [("खतरा कम नहीं हुआ है", "सेना प्रमुख", "बड़ा बयान")]),
        ("मंत्री बोले- सड़कें जल्द बनेंगी- जानें पूरा मामला", [("सड़कें जल्द बनेंगी", "मंत्री", "बोले")]),
    ],
)
def test_a_headline_cue_aimed_at_someone_and_a_call_to_read_on(text: str, expected: list[tuple[str, str, str]]) -> None:
    """``X का Y पर आरोप, C``: the one aimed at stands between the genitive and the noun; a
    site's call to read on at the end (``…, देखें वीडियो``, ``…- जानें पूरा मामला``) is neither
    speech nor a source."""
    assert attributions(text + "\nराजधानी में बैठक हुई।") == expected


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("वकील ने अदालत को बताया कि – एजेंसी ने कस्टडी मांगी है।", "एजेंसी ने कस्टडी मांगी है।"),
        ("मंत्री ने कहा — सड़कें जल्द बनेंगी।", "सड़कें जल्द बनेंगी।"),
    ],
)
def test_an_en_or_em_dash_opening_speech_is_no_part_of_it(text: str, quote: str) -> None:
    assert quotes(text)[0].quote == quote


def test_a_headline_source_after_a_dash_may_be_someone_who_speaks_for_another() -> None:
    """``C- नीरव के वकील``: a role that speaks for others (``agents``) after a genitive is a source,
    as a title is (``C- बिहार के मुख्यमंत्री``)."""
    text = "बैंक घोटाला: 11 हज़ार करोड़ नहीं 280 करोड़ रुपये का लिया था लोन- आरोपी के वकील\nमामले में सुनवाई हुई।"
    assert attributions(text) == [("11 हज़ार करोड़ नहीं 280 करोड़ रुपये का लिया था लोन", "आरोपी के वकील", "-")]


def test_speech_after_a_cue_never_opens_with_another_cue_and_its_dash() -> None:
    """``X ने ऐसा क्यों कहा; बोले- C``: C is बोले's, not कहा's; a cue that takes no dash may open
    what was said (``X ने कहा, जांच में पाया गया कि …``)."""
    found = quotes("नेता ने ऐसा क्यों कहा; बोले- यह पुरानी बात है\nशहर में बैठक हुई।")
    assert [(f.quote, f.cue) for f in found] == [("यह पुरानी बात है", "बोले")]
    found = quotes("एजेंसी ने कहा, जांच में पाया गया कि बैंक को नुकसान हुआ।")
    assert [(f.quote, f.speaker, f.cue) for f in found][0] == ("जांच में पाया गया कि बैंक को नुकसान हुआ।", "एजेंसी", "कहा")


def test_a_headline_with_its_verb_last_after_the_one_it_is_aimed_at() -> None:
    """``'C', X ने Y पर साधा निशाना``: Y पर stands between X ने and the verb and noun."""
    text = "'जनता को समझ नहीं आ रहा आपका खेल', प्रदेश अध्यक्ष ने मंत्री पर साधा निशाना\nशहर में बैठक हुई।"
    assert attributions(text) == [("जनता को समझ नहीं आ रहा आपका खेल", "प्रदेश अध्यक्ष", "साधा निशाना")]


def test_a_one_word_name_signs_a_paragraph_only_among_longer_signatures() -> None:
    """A vox pop: ``C।⏎-माजिद`` among paragraphs signed ``-मोहम्मद अय्यूब``; a lone ``- समाप्त``
    under a paragraph signs nothing."""
    voxpop = "लोगों ने अपनी राय दी।\nसड़कें टूटी हैं। हम परेशान रहते हैं।\n-मोहम्मद अय्यूब\nगंदगी हर जगह की समस्या है।\n-माजिद\n"
    assert attributions(voxpop) == [
        ("सड़कें टूटी हैं। हम परेशान रहते हैं।", "मोहम्मद अय्यूब", "-"),
        ("गंदगी हर जगह की समस्या है।", "माजिद", "-"),
    ]
    assert quotes("लोगों ने अपनी राय दी।\nगंदगी हर जगह की समस्या है।\n- समाप्त\n") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ठग नए तरीके अपना रहे हैं। बैंक कहता है आप अपना कार्ड बेहद सावधानी से रखें।", [("आप अपना कार्ड बेहद सावधानी से रखें।", "बैंक", "कहता है")]),
        ("आर्थिक सर्वेक्षण बताता है कि अर्थव्यवस्था मजबूत है।", [("अर्थव्यवस्था मजबूत है।", "आर्थिक सर्वेक्षण", "बताता है")]),
        ("वह कहता था कि गांव में सड़क बनेगी।", [("गांव में सड़क बनेगी।", "वह", "कहता था")]),
        ("यह रास्ता सीधे गांव तक जाता है।", []),
    ],
)
def test_a_masculine_singular_subject_says_or_tells_in_the_present_or_past_habit(text: str, expected: list[tuple[str, str, str]]) -> None:
    """``X कहता है``, ``सर्वेक्षण बताता है कि``, ``वह कहता था कि``: the singular masculine of the
    habitual cues (a body, a document, a man)."""
    assert attributions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("कलेक्टर ने अधिक से अधिक रक्तदान करने की अपील", [("अधिक से अधिक रक्तदान करने", "कलेक्टर", "अपील")]),
        ("कलेक्टर ने लोगों से रक्तदान करने की अपील", [("रक्तदान करने", "कलेक्टर", "अपील")]),
        ("पार्षद पर सुनवाई न करने का आरोप", [("सुनवाई न करने", "", "आरोप")]),
    ],
)
def test_a_headline_with_its_verb_left_out_names_who_appeals(text: str, expected: list[tuple[str, str, str]]) -> None:
    """``X ने लोगों से C की अपील``: the verb left out, X ने names the one who appeals, the first से
    the ones appealed to (not the से of ``अधिक से अधिक``)."""
    assert attributions(text + "\nशहर में शिविर लगा।") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("मुख्यमंत्री ने युवाओं से आव्हान किया कि स्टार्टअप की राह पर चलें।", [("स्टार्टअप की राह पर चलें।", "मुख्यमंत्री", "आव्हान किया")]),
        (
            "योजना में सबसे अधिक आवेदन प्रदेश में, मुख्यमंत्री ने जताई खुशी\nशहर में बैठक हुई।",
            [("योजना में सबसे अधिक आवेदन प्रदेश में", "मुख्यमंत्री", "जताई खुशी")],
        ),
        (
            "हर गांव मजबूत होगा तो देश होगा मजबूत: मंत्री रामनाथ सिंह - शहर में योजना की बैठक\nशहर में बैठक हुई।",
            [("हर गांव मजबूत होगा तो देश होगा मजबूत", "मंत्री रामनाथ सिंह", ":")],
        ),
    ],
)
def test_a_misspelt_call_gladness_voiced_last_and_a_source_before_the_sites_tail(text: str, expected: list[tuple[str, str, str]]) -> None:
    """``आव्हान किया कि`` (आह्वान misspelt); ``C, X ने जताई खुशी`` (the verb before its noun, the
    source last); ``C: X - …``: the site's tail after a spaced dash is no part of the source."""
    assert attributions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("थानाध्यक्ष ने बताया कि\nबिना हेलमेट चलाते मिले तो चालान होगा।", [("बिना हेलमेट चलाते मिले तो चालान होगा।", "थानाध्यक्ष", "बताया")]),
        ("सिपाही चालकों से कहती नजर आई कि हेलमेट आपकी सुरक्षा के लिए है।", [("हेलमेट आपकी सुरक्षा के लिए है।", "", "कहती नजर आई")]),
        ("यातायात एसपी मान रहे हैं कि लोगों में जागरूकता आई है।", [("लोगों में जागरूकता आई है।", "यातायात एसपी", "मान रहे हैं")]),
        ("वह मेरी बात नहीं मान रहे हैं।", []),
    ],
)
def test_speech_on_the_line_after_ki_a_woman_seen_saying_and_a_view_held(text: str, expected: list[tuple[str, str, str]]) -> None:
    """``X ने बताया कि⏎C``: the speech opens the next paragraph, as after ``कहा,``; ``कहती नजर
    आई कि C``; ``X मान रहे हैं कि C`` (with no कि, मान रहे हैं says nothing)."""
    assert attributions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("दर्जनों अध्ययनों की समीक्षा में पाया गया है कि टहलने से नींद सुधरती है।", [("टहलने से नींद सुधरती है।", "दर्जनों अध्ययनों की समीक्षा", "पाया गया है")]),
        ("कॉलेज के सर्वे में ये बात सामने आयी है कि आधे छात्र तनाव में हैं।", [("आधे छात्र तनाव में हैं।", "कॉलेज के सर्वे", "बात सामने आयी है")]),
        ("संस्थान के अध्ययन में यह निष्कर्ष निकला है कि साइकिल चलाने से दिल मजबूत होता है।", [("साइकिल चलाने से दिल मजबूत होता है।", "संस्थान के अध्ययन", "निष्कर्ष निकला है")]),
        ("नए शोध से पता चला है कि कम नमक खाने से रक्तचाप घटता है।", [("कम नमक खाने से रक्तचाप घटता है।", "", "शोध से पता चला है")]),
        ("मरीज के भाई का अरोप है कि डॉक्टर समय पर नहीं आए।", [("डॉक्टर समय पर नहीं आए।", "मरीज के भाई", "अरोप है")]),
        ("पुलिस की पूछताछ में सामने आया कि आरोपी पहले भी पकड़ा गया था।", [("आरोपी पहले भी पकड़ा गया था।", "पुलिस की पूछताछ", "सामने आया")]),
        ("विभाग के ऑडिट में पाया गया कि खर्च बढ़ा है।", [("खर्च बढ़ा है।", "विभाग के ऑडिट", "पाया गया")]),
    ],
)
def test_a_studys_finding_and_a_misspelt_accusation(text: str, expected: list[tuple[str, str, str]]) -> None:
    """``समीक्षा में पाया गया है कि``, ``सर्वे में ये बात सामने आयी है कि``, ``अध्ययन में यह
    निष्कर्ष निकला है कि``: a study's finding, as an inquiry's, said by the study; ``X का अरोप है
    कि`` (आरोप misspelt)."""
    assert attributions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "मंत्री ने ट्वीट कर खुशी जताई।\nहमारे किसानों ने रिकॉर्ड उत्पादन किया है। उन्हें बधाई… pic.twitter.com/Ab12Cd34\n— Ram Prasad (@ramprasad_mp) May 3, 2024\nबाकी खबर।",
            [("हमारे किसानों ने रिकॉर्ड उत्पादन किया है। उन्हें बधाई", "Ram Prasad (@ramprasad_mp)", "—")],
        ),
        ("बेटी ने लिखा।\nमां अब नहीं रहीं 🙏\n\n— Sunita Devi (@sunita_d) January 9, 2023", [("मां अब नहीं रहीं 🙏", "Sunita Devi (@sunita_d)", "—")]),
        ("The bridge will open next week. https://t.co/xY12ab\n— District Office (@dm_office) July 14, 2022", [("The bridge will open next week.", "District Office (@dm_office)", "—")]),
    ],
)
def test_a_post_embedded_from_x_is_the_signing_accounts(text: str, expected: list[tuple[str, str, str]]) -> None:
    """``C pic.twitter.com/…⏎— नाम (@handle) May 3, 2024``: the line above the signature, without
    its links and the … of a cut, said by the account that signs it."""
    assert attributions(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "शहर में आज तेज बारिश pic.twitter.com/Ab12Cd34\n— Ram Prasad May 3, 2024",
        "— Ram Prasad (@ramprasad_mp) May 3, 2024\nबाकी खबर।",
    ],
)
def test_no_post_without_a_signing_handle_or_a_line_above(text: str) -> None:
    assert quotes(text) == []


def test_a_post_a_cue_already_reports_is_not_taken_twice() -> None:
    text = "मंत्री ने कहा, “सड़क अगले हफ्ते खुलेगी।”\n— Ram Prasad (@ramprasad_mp) May 3, 2024"
    assert attributions(text) == [("सड़क अगले हफ्ते खुलेगी।", "मंत्री", "कहा")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ठगों ने खुद को बैंक का अफसर बताकर बुजुर्ग से पैसे ऐंठ लिए।", [("खुद को बैंक का अफसर", "ठगों", "बताकर")]),
        ("विधायक ने बजट को निराशाजनक बता कर सदन से बहिर्गमन किया।", [("बजट को निराशाजनक", "विधायक", "बता कर")]),
        ("उसने बीमारी का बहाना बताकर छुट्टी ले ली।", []),
        ("पूछताछ के दौरान पता चला कि चोर पहले भी पकड़ा जा चुका है।", [("चोर पहले भी पकड़ा जा चुका है।", "", "पूछताछ के दौरान पता चला")]),
    ],
)
def test_calling_oneself_so_while_doing_something_and_what_came_out_during_an_inquiry(text: str, expected: list[tuple[str, str, str]]) -> None:
    """``X ने खुद को Z बताकर …``: what X called itself (or anyone) on the way to doing something
    else, as with ``बताते हुए``; ``पूछताछ के दौरान पता चला कि C``: what an inquiry found."""
    assert attributions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("मुख्यमंत्री का बड़ा ऐलान- हर गांव में खुलेगा अस्पताल\nराजधानी में बैठक हुई।", [("हर गांव में खुलेगा अस्पताल", "मुख्यमंत्री", "बड़ा ऐलान")]),
        ("बारिश पर विधायक रमेश यादव का ट्वीट- ‘खेतों में पानी भरा है’\nगांव में बारिश हुई।", [("खेतों में पानी भरा है", "विधायक रमेश यादव", "ट्वीट")]),
        ("मंत्री का ट्वीट वायरल हुआ।", []),
    ],
)
def test_a_headlines_big_announcement_and_a_post_before_a_dash(text: str, expected: list[tuple[str, str, str]]) -> None:
    """``X का बड़ा ऐलान- C`` as ``X का बड़ा बयान- C``; ``X का ट्वीट- ‘C’``: a post named as a noun
    of saying before a dash."""
    assert attributions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("इस बार के आंकड़े बता रहे हैं कि बारिश से नुकसान कम हुआ है।", [("बारिश से नुकसान कम हुआ है।", "आंकड़े", "बता रहे हैं")]),
        (
            "विधायक ने कहा कि सरकार ने मांग मानी, वहीं प्रशासन बता रहा है कि काम पहले से चल रहा था।",
            [("सरकार ने मांग मानी", "विधायक", "कहा"), ("काम पहले से चल रहा था।", "प्रशासन", "बता रहा है")],
        ),
        ("दुकानदार ग्राहकों को रास्ता बता रहा था।", []),
        ("विपक्ष के नेता ये बोल रहे हैं कि सरकार बदलेगी।", [("सरकार बदलेगी।", "विपक्ष के नेता", "बोल रहे हैं")]),
        ("वह फिर झूठ बोल रहा है।", []),
    ],
)
def test_telling_in_progress(text: str, expected: list[tuple[str, str, str]]) -> None:
    """``X बता रहे हैं कि C`` and ``X ये बोल रहे हैं कि C`` as ``X कह रहे हैं कि C``, only before कि
    (``झूठ बोल रहा है`` lies); the cue also ends the speech before it."""
    assert attributions(text) == expected


def test_a_heading_asking_what_someone_said_is_no_speech() -> None:
    """``विवाद पर क्या बोले X?``: a heading over what X says below it; X is no quote."""
    text = "शो पर विवाद हुआ।\nविवाद पर क्या बोले निर्माता रमेश वर्मा?\nनिर्माता ने कहा कि शो चलता रहेगा।"
    assert attributions(text) == [("शो चलता रहेगा।", "निर्माता", "कहा")]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("संघ ने याचिका दाखिल कर भर्ती प्रक्रिया रोकने की मांग की है।", "भर्ती प्रक्रिया रोकने"),
        ("किसानों ने गेट मीटिंग कर मजदूरी बढ़ाने की मांग की।", "मजदूरी बढ़ाने"),
        ("फर्म ने अपनी ताजा रिपोर्ट में बैंक के शेयर खरीदने की सलाह दी है।", "बैंक के शेयर खरीदने"),
        ("सभा में सभी लोग एक सुर में सड़क बनवाने की बात कह रहे हैं।", "सड़क बनवाने"),
        ("मंत्री ने सबसे पहले नई योजना शुरू करने का एलान किया।", "नई योजना शुरू करने"),
    ],
)
def test_a_petition_a_meeting_a_report_or_one_voice_frames_a_reported_content(text: str, quote: str) -> None:
    """``X ने याचिका दाखिल कर C की मांग की``, ``… मीटिंग कर``, ``… अपनी रिपोर्ट में``, ``… एक सुर
    में``, ``… सबसे पहले``: what frames the act or the occasion is no part of what was asked."""
    assert only(text).quote == quote


def test_a_company_spelt_with_a_half_ma_is_a_body_ordered() -> None:
    """``कम्पनी`` is ``कंपनी`` spelt with ``म्`` for the anusvara: a body, so its को stays out of
    what it was ordered to do."""
    assert only("आयोग ने बीमा कम्पनी को क्लेम चुकाने का आदेश दिया है।").quote == "क्लेम चुकाने"


def test_a_bullet_opening_a_line_signed_at_its_end_is_no_part_of_it() -> None:
    """A vox pop set as a list: ``– C।- X``; the quote starts after the bullet's dash."""
    text = "बाजार में लोगों की राय\n– सड़क पर जाम रहता है। इससे हादसे होते हैं।- रमेश कुमार\n– पार्किंग की जगह नहीं है।- सीमा देवी\n"
    assert attributions(text) == [
        ("सड़क पर जाम रहता है। इससे हादसे होते हैं।", "रमेश कुमार", "-"),
        ("पार्किंग की जगह नहीं है।", "सीमा देवी", "-"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("अदालत ने जानना चाहा कि सड़क का पैसा कहां खर्च हुआ।", [("सड़क का पैसा कहां खर्च हुआ।", "अदालत", "जानना चाहा")]),
        ("अभिभावक जानना चाहते हैं कि फीस क्यों बढ़ी।", [("फीस क्यों बढ़ी।", "अभिभावक", "जानना चाहते हैं")]),
        ("रिपोर्टों से पता चलता है कि नदी का पानी घट रहा है।", [("नदी का पानी घट रहा है।", "", "रिपोर्टों से पता चलता है")]),
        ("मैं तुम्हारे बारे में जानना चाहता हूं।", []),
    ],
)
def test_a_question_as_a_wish_to_know_and_what_reports_show(text: str, expected: list[tuple[str, str, str]]) -> None:
    """``X ने जानना चाहा कि Q``, ``X जानना चाहते हैं कि Q``: a question; ``रिपोर्टों से पता चलता है कि
    C``: what reports show, in the present as in the past."""
    assert attributions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("यात्रियों को इस बात की चिंता है कि उड़ान रद्द हो सकती है।", [("उड़ान रद्द हो सकती है।", "यात्रियों", "चिंता है")]),
        ("ग्रामीण तभी लौटे जब उन्हें आश्वासन दिया गया कि सड़क जल्द बनेगी।", [("सड़क जल्द बनेगी।", "", "आश्वासन दिया गया")]),
        ("किसानों को फसल की चिंता है।", []),
    ],
)
def test_a_worry_and_an_assurance_given_by_no_one_named(text: str, expected: list[tuple[str, str, str]]) -> None:
    """``X को चिंता है कि C`` as ``X को आशंका है कि C``; ``उन्हें आश्वासन दिया गया कि C`` as ``… वादा
    किया गया कि C``: said by no one named."""
    assert attributions(text) == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("अगले साल भी खेलेंगे रोहित ने कहा कि वह पूरी तरह फिट हैं।", "रोहित"),
        ("टीम फाइनल में पहुंची और कप्तान ने कहा कि जीत सबकी है।", "कप्तान"),
        ("पत्रकारों से रूबरू होकर मंत्री ने कहा कि काम जल्द पूरा होगा।", "मंत्री"),
        ("दुबई से रिहा होकर लौटे मजदूर ने बताया कि वहां काम बंद था।", "दुबई से रिहा होकर लौटे मजदूर"),
        ("भीड़ को देख पुलिस ने कहा कि रास्ता खाली करें।", "पुलिस"),
        ("इससे इतर पूर्व मंत्री ने कहा कि चुनाव निष्पक्ष थे।", "पूर्व मंत्री"),
        ("वहीँ दूसरी तरफ दुकानदारों का कहना है कि किराया ज्यादा है।", "दुकानदारों"),
        ("मनरेगा मजदूरों ने बताया कि काम बंद है।", "मनरेगा मजदूरों"),
        ("ठेकेदार की शिकायत पर गांव के रामदीन, सुखलाल, बबलू आदि ने बताया कि मजदूरी नहीं मिली।", "गांव के रामदीन, सुखलाल, बबलू आदि"),
        ("मजदूरों में रामदीन, सुखलाल और बबलू आदि ने बताया कि मजदूरी नहीं मिली।", "मजदूरों में रामदीन, सुखलाल और बबलू आदि"),
    ],
)
def test_what_ends_the_clause_before_a_speaker_and_lists_closed_by_adi(text: str, speaker: str) -> None:
    """A future verb, a verb before और and a conjunctive participle (outside a relative clause
    about the speaker) end the clause before the speaker; a list closed by आदि right before ने
    keeps every name, and the group they are among (``मजदूरों में``) when it opens the sentence."""
    assert [found[1] for found in attributions(text)] == [speaker]


def test_a_possessive_is_no_part_of_a_name_given_in_full() -> None:
    """``बावजूद इसके आयुक्त ने …। … आयुक्त ने कहा``: the short name has no fuller form before it."""
    text = "पार्षदों ने पार्क की मांग की थी, बावजूद इसके नगर आयुक्त ने प्रस्ताव लौटा दिया। बाद में नगर आयुक्त ने कहा कि बजट नहीं है।"
    assert [s for s in suggest(text) if s.rule == "named before a pronoun speaker"] == []


def test_the_comma_of_a_number_is_no_clause_boundary() -> None:
    """``… से 1,500 करोड़ रुपये की ठगी करने का आरोप है``: the content runs over the number's
    comma, which leads to no second speaker; a comma between clauses still does."""
    text = "एजेंसी ने बताया कि इस कंपनी पर योजना के जरिए जमाकर्ताओं से 1,500 करोड़ रुपये की ठगी करने का आरोप है।"
    assert attributions(text)[0] == (text[text.index("इस कंपनी"):], "एजेंसी", "बताया")
    assert attributions("मंत्री ने कहा कि सड़क बनेगी, विपक्ष का कहना है कि पैसा नहीं है।") == [
        ("सड़क बनेगी", "मंत्री", "कहा"),
        ("पैसा नहीं है।", "विपक्ष", "कहना है"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "सड़कें हमने बनवाईं, विपक्ष के आरोपों पर पलटवार कर बोले मंत्री रमेश वर्मा\nलखनऊ। सड़कों पर बहस जारी है।",
            [("सड़कें हमने बनवाईं", "मंत्री रमेश वर्मा", "बोले")],
        ),
        (
            "\"मुझे उम्मीद नहीं थी\": सम्मान के लिए चुने जाने पर बोलीं लोक गायिका सीता देवी\nपटना। सम्मान की सूची जारी हुई।",
            [("मुझे उम्मीद नहीं थी", "लोक गायिका सीता देवी", "बोलीं")],
        ),
        (
            "जो गलती करेगा उसे छोड़ेंगे नहीं..., सदन में विधायकों से बोले मुख्यमंत्री\nपटना। सदन में हंगामा हुआ।",
            [("जो गलती करेगा उसे छोड़ेंगे नहीं", "मुख्यमंत्री", "बोले")],
        ),
    ],
)
def test_a_headline_with_a_frame_between_its_comma_and_its_verb_first(text: str, expected: list[tuple[str, str, str]]) -> None:
    """``C, आरोपों पर पलटवार कर बोले X``, ``"C": … चुने जाने पर बोलीं X``: up to eight words
    ending in पर, से or a conjunctive participle may stand between the separator and the verb;
    an ellipsis closing C is the paper's."""
    assert attributions(text) == expected


def test_because_of_which_is_no_part_of_a_speaker() -> None:
    """``…, जिसके चलते X ने …``, ``… के चलते X ने …``: the clause before the speaker ends there."""
    assert [found[1] for found in attributions("नदी में पानी बढ़ गया है, जिसके चलते ग्रामीणों ने कहा कि पुल बंद हो।")] == ["ग्रामीणों"]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("व्यापारियों ने तहसीलदार को ज्ञापन सौंपकर कार्रवाई की मांग की।", "कार्रवाई"),
        ("परिवार ने इसे निजी मामला बताते हुए निजता की मांग की।", "निजता"),
        ("ग्रामीणों ने अवैध खनन को लेकर कार्रवाई की मांग की।", "अवैध खनन को लेकर कार्रवाई"),
    ],
)
def test_a_clause_framing_a_demand_may_leave_one_word(text: str, quote: str) -> None:
    """``… ज्ञापन सौंपकर C की मांग की``: a frame that is a clause of its own is left out even
    when one word is left; a topic (``… को लेकर C``) stays in a content that short."""
    assert [found[0] for found in attributions(text) if found[2] == "मांग की"] == [quote]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("अधिकारियों ने मतगणना के दौरान सावधानी बरतने को कहा।", "मतगणना के दौरान सावधानी बरतने"),
        ("परिजनों ने इलाज के दौरान लापरवाही बरतने का आरोप लगाया।", "इलाज के दौरान लापरवाही बरतने"),
        ("मंत्री ने पत्रकारों से बातचीत के दौरान सड़क जल्द बनाने की बात कही।", "सड़क जल्द बनाने"),
    ],
)
def test_during_frames_a_content_only_where_it_names_where_it_was_said(text: str, quote: str) -> None:
    """``बातचीत के दौरान C की बात कही``: the talk frames C; ``मतगणना के दौरान …`` and ``इलाज के
    दौरान …`` are part of what was asked for or alleged."""
    assert [found[0] for found in attributions(text)] == [quote]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("जातीय गणना होनी चाहिए:राम प्रसाद वर्मा\nपटना। सभा हुई।", [("जातीय गणना होनी चाहिए", "राम प्रसाद वर्मा", ":")]),
        ("कर देने से इनकार नहीं, गलत तरीका स्वीकार नहीं:व्यापार मंडल\nरामपुर। बैठक हुई।", [("कर देने से इनकार नहीं, गलत तरीका स्वीकार नहीं", "व्यापार मंडल", ":")]),
        ("गरीबों को अब नि:शुल्क इलाज मिलेगा\nपटना। योजना शुरू हुई।", []),
    ],
)
def test_a_headline_colon_typed_with_no_space_after_a_vowel(text: str, expected: list[tuple[str, str, str]]) -> None:
    """A colon glued to a word ending in an independent vowel or a nasal (``चाहिए:X``, ``नहीं:X``)
    is a headline's colon; a visarga typed as a colon follows a consonant, ि or ु (``नि:शुल्क``)."""
    assert attributions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("परीक्षा में गड़बड़ी का छात्रों ने लगाया आरोप\nरांची: छात्र धरने पर बैठे।", [("परीक्षा में गड़बड़ी", "छात्रों", "लगाया आरोप")]),
        (
            "धरने पर बैठे पार्षद प्रत्याशी, प्रशासन पर मतगणना में धांधली का लगाया आरोप\nप्रयागराज। धरना जारी है।",
            [("प्रशासन पर मतगणना में धांधली", "धरने पर बैठे पार्षद प्रत्याशी", "लगाया आरोप")],
        ),
        ("गोतस्कर के परिजनों ने लगाए आरोप\nसरधना। परिजन नाराज हैं।", []),
        ("कारागार में बंदी की मौत, परिजनों ने लगाया आरोप\nजौनपुर। परिजन नाराज हैं।", []),
        ("ठंड से पांच गायों की मौत, जांच के दिए आदेश\nमुजफ्फरनगर। गायों की मौत हुई।", []),
    ],
)
def test_a_headline_ending_in_its_verb_and_noun_after_the_content(text: str, expected: list[tuple[str, str, str]]) -> None:
    """``C का X ने लगाया आरोप`` and ``X, C का लगाया आरोप`` (X a person or body before the comma): C is
    what was alleged; ``X के परिजनों ने …`` names the accusers' kin, not C, and ``… की मौत, …`` has
    no one who accuses before its comma."""
    assert attributions(text) == expected


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("विधायक ने आंदोलनकारियों से मुलाकात कर राज्यपाल से बात करने का आश्वासन दिया।", "राज्यपाल से बात करने"),
        ("प्रशासन ने कब्जाधारियों से चर्चा कर उन्हें खुद अतिक्रमण हटाने के लिए कहा।", "खुद अतिक्रमण हटाने"),
    ],
)
def test_a_meeting_or_talk_framing_a_reported_content(text: str, quote: str) -> None:
    """``… से मुलाकात कर C का आश्वासन दिया``, ``… से चर्चा कर उन्हें C के लिए कहा``: the meeting or
    talk frames what was promised or asked, and is no part of it."""
    assert [found[0] for found in attributions(text)] == [quote]


def test_whereas_opening_a_reported_content_is_the_reporter_s() -> None:
    """``… है। जबकि C की संभावना जताई जा रही है``: जबकि links the sentence to the one before and is no part of C."""
    text = "पहले चरण का परिणाम आ गया है। जबकि मुख्य परीक्षा का परिणाम अगले माह जारी होने की संभावना जताई जा रही है।"
    assert attributions(text) == [("मुख्य परीक्षा का परिणाम अगले माह जारी होने", "", "संभावना जताई जा रही है")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("मजदूरों ने कार्रवाई की मांग की।", [("कार्रवाई", "मजदूरों", "मांग की")]),
        ("मजदूरों ने डीआईजी से कार्रवाई की मांग की।", [("कार्रवाई", "मजदूरों", "मांग की")]),
        ("ग्रामीणों ने सड़क की मांग की।", []),
    ],
)
def test_an_act_demanded_may_be_one_word(text: str, expected: list[tuple[str, str, str]]) -> None:
    """``X ने कार्रवाई की मांग की``: an act (``action_nouns``) demanded is reported though one word;
    a thing demanded (``सड़क की मांग``) is not."""
    assert attributions(text) == expected


def test_a_verb_of_speech_is_no_part_of_the_speaker_after_it() -> None:
    """``… के बाद बोले X, कहा- C``: बोले ends the clause before X."""
    assert [found[1] for found in attributions("फाइनल के बाद बोले कप्तान, कहा- अगली बार जीतेंगे\nदिल्ली। टीम लौट आई।")] == ["कप्तान"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("समिति ने एक दिन की हड़ताल का एलान किया था।", [("एक दिन की हड़ताल", "समिति", "एलान किया था")]),
        ("संगठनों ने 9 जुलाई को देशव्यापी बंद का ऐलान किया।", [("9 जुलाई को देशव्यापी बंद", "संगठनों", "ऐलान किया")]),
        ("आयोग ने चुनाव की तारीखों की घोषणा की।", []),
    ],
)
def test_a_protest_announced_is_reported_though_a_noun(text: str, expected: list[tuple[str, str, str]]) -> None:
    """``X ने C हड़ताल/बंद का एलान किया``: the protest called is what was announced; dates or names
    announced (``तारीखों की घोषणा``) are not."""
    assert attributions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("विपक्ष इसे अपनी जीत बता रहा है।", [("इसे अपनी जीत", "विपक्ष", "बता रहा है")]),
        (
            "पुलिस जहां इसे सुसाइड बता रही है वहीं परिजन इसे हत्या बता रहे हैं।",
            [("इसे सुसाइड", "पुलिस", "बता रही है"), ("इसे हत्या", "परिजन", "बता रहे हैं")],
        ),
        ("कर्मचारी अपने आप को निर्दोष बता रहे हैं।", [("अपने आप को निर्दोष", "कर्मचारी", "बता रहे हैं")]),
        ("वह रास्ता बता रहा था।", []),
        ("नेता ये बोल रहे हैं कि सरकार गिरेगी।", [("सरकार गिरेगी।", "नेता", "बोल रहे हैं")]),
    ],
)
def test_calling_in_progress_with_its_subject_before_what_is_called(text: str, expected: list[tuple[str, str, str]]) -> None:
    """``X इसे Z बता रहा है`` at a clause's end: what X calls it (``इसे Z``, ``Y को Z``), X the subject
    before it past a connective (``जहां``); telling the way (``रास्ता बता रहा था``) is no calling."""
    assert attributions(text) == expected


def test_a_quote_inside_another_s_speech_stops_at_a_contrast_and_its_sentence() -> None:
    """``X ने कहा कि Y ने वादा किया था कि C लेकिन D। E।``: Y said C; D and E are X's again, so the
    inner quote neither takes ``लेकिन D`` nor runs on over the next sentence; the outer does."""
    text = "युवाओं ने कहा कि सरकार ने वादा किया था कि बेरोजगारी खत्म होगी लेकिन हम आज भी भटक रहे हैं। हमें काम चाहिए।"
    assert attributions(text) == [
        ("सरकार ने वादा किया था कि बेरोजगारी खत्म होगी लेकिन हम आज भी भटक रहे हैं। हमें काम चाहिए।", "युवाओं", "कहा"),
        ("बेरोजगारी खत्म होगी", "सरकार", "वादा किया था"),
    ]


def test_a_verb_first_headline_leaves_out_whom_it_asked() -> None:
    """``X ने की सरकार से C की मांग``: C, after the one asked; a से further on is C's own."""
    assert attributions("लोक कलाकारों ने की सरकार से पुराने भुगतान की मांग\nनैनीताल। कलाकार नाराज हैं।") == [
        ("पुराने भुगतान", "लोक कलाकारों", "मांग")
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("प्रभावित ग्रामीणों का कहना है कि मुआवजा नहीं मिला।", "प्रभावित ग्रामीणों"),
        ("कई लोग बीमार पड़े। लौटे यात्रियों का कहना था कि गर्मी बहुत थी।", "लौटे यात्रियों"),
    ],
)
def test_a_participle_opening_its_sentence_stays_in_the_speaker(text: str, speaker: str) -> None:
    """``। लौटे यात्रियों का कहना था``: a participle with nothing before it in its sentence describes
    the speaker; it is no clause ending before the name."""
    assert [found[1] for found in attributions(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("नक्सलियों ने पर्चे में पुलिस की मदद न करने की अपील की है।", "पुलिस की मदद न करने"),
        ("संघ ने अपने ज्ञापन में वेतन बढ़ाने की मांग की।", "वेतन बढ़ाने"),
    ],
)
def test_the_document_a_reported_content_stands_in_is_its_frame(text: str, quote: str) -> None:
    """``X ने पर्चे में C की अपील की``, ``… अपने ज्ञापन में C की मांग की``: the letter, memorandum,
    petition or post it was written in frames C."""
    assert [found[0] for found in attributions(text)] == [quote]


def test_one_asked_may_be_named_in_up_to_seven_words() -> None:
    """``X ने पश्चिम बंगाल की मुख्यमंत्री ममता बनर्जी से C की अपील की``: a named office-holder with
    her title is the one asked, and C follows her से."""
    text = "निर्देशक ने पश्चिम बंगाल की मुख्यमंत्री ममता बनर्जी से एक बार फिल्म देखने की अपील की।"
    assert [found[0] for found in attributions(text)] == ["एक बार फिल्म देखने"]


def test_the_particle_after_the_one_asked_is_theirs() -> None:
    """``X ने Y से भी C की मांग की``: भी goes with the one asked; ``फिर से C`` stays in C."""
    assert [found[0] for found in attributions("परिजनों ने मुख्यमंत्री से भी इस मामले में कार्रवाई करने की मांग की।")] == [
        "इस मामले में कार्रवाई करने"
    ]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "सचिव ने बताया कि नई सड़क अगले साल बनेगी। इससे बीस गांव जुड़ जाएंगे। सड़क दस किलोमीटर लंबी है।",
            "नई सड़क अगले साल बनेगी। इससे बीस गांव जुड़ जाएंगे। सड़क दस किलोमीटर लंबी है।",
        ),
        (
            "सचिव ने बताया कि नई सड़क अगले साल बनेगी। इससे बीस गांव जुड़ जाएंगे। पुलिस ने दो लोगों को पकड़ा।",
            "नई सड़क अगले साल बनेगी। इससे बीस गांव जुड़ जाएंगे।",
        ),
    ],
)
def test_speech_that_has_run_on_holds_the_paragraph(text: str, quote: str) -> None:
    """``X ने बताया कि A होगा। इससे B होगा। C है।``: once the speech has gone on over a sentence, the
    next ones go on too, until one names an agent of its own (``पुलिस ने …``)."""
    assert [found[0] for found in attributions(text)] == [quote]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("सचिव ने कहा कि नई सड़क अगले साल तक बन जाएगी। सड़क दस किलोमीटर लंबी है।", "नई सड़क अगले साल तक बन जाएगी। सड़क दस किलोमीटर लंबी है।"),
        ("सचिव ने बताया कि नई सड़क अगले साल तक बन जाएगी। सड़क दस किलोमीटर लंबी है।", "नई सड़क अगले साल तक बन जाएगी।"),
        ("सचिव ने कहा कि नई सड़क अगले साल तक बन जाएगी। पिछले साल काम रुका था।", "नई सड़क अगले साल तक बन जाएगी।"),
    ],
)
def test_what_was_said_goes_on_where_what_was_told_stops(text: str, quote: str) -> None:
    """``X ने कहा कि A। B है।``: after a verb of saying the next sentence is the speaker's own account
    too; after ``बताया`` it is the reporter's, and so is one told in the past (``… रुका था।``)."""
    assert [found[0] for found in attributions(text)] == [quote]


@pytest.mark.parametrize(
    ("text", "quote", "cue"),
    [
        ("यात्रियों ने कोच में पानी न होने पर नाराजगी जताई।", "कोच में पानी न होने", "नाराजगी जताई"),
        ("कोच ने टीम के प्रदर्शन पर खुशी जाहिर की।", "टीम के प्रदर्शन", "खुशी जाहिर की"),
        ("मुख्यमंत्री ने बाढ़ के हालात पर चिंता व्यक्त की है।", "बाढ़ के हालात", "चिंता व्यक्त की है"),
    ],
)
def test_a_feeling_about_something_names_it_before_par(text: str, quote: str, cue: str) -> None:
    """``X ने C पर नाराजगी जताई``, ``… C पर चिंता व्यक्त की``: what the feeling or worry is about
    stands before पर and is what was said."""
    assert [(found[0], found[2]) for found in attributions(text)] == [(quote, cue)]


def test_a_worry_and_a_demand_joined_are_two_contents() -> None:
    text = "अभिभावकों ने फीस बढ़ने पर चिंता जताई और फीस वापस लेने की मांग की।"
    assert [(found[0], found[2]) for found in attributions(text)] == [("फीस बढ़ने", "चिंता जताई"), ("फीस वापस लेने", "मांग की")]


@pytest.mark.parametrize(
    ("text", "quote", "cue"),
    [
        ("एसडीएम अस्पताल पहुंचे और मरीजों से मिले। दोषी कर्मचारियों पर कार्रवाई की बात कही।", "दोषी कर्मचारियों पर कार्रवाई", "बात कही"),
        ("ग्रामीणों ने ब्लॉक में प्रदर्शन किया। बीडीओ को ज्ञापन देकर मजदूरी का भुगतान कराने की मांग की।", "मजदूरी का भुगतान कराने", "मांग की"),
    ],
)
def test_a_reported_cue_with_its_speaker_dropped_reports_what_stands_before_it(text: str, quote: str, cue: str) -> None:
    """``X … पहुंचे। C की बात कही।``: a sentence that names no agent goes on with the previous
    one's, and what its reported cue reports is kept without a SPEAKER."""
    assert attributions(text)[-1] == (quote, "", cue)


def test_a_dropped_speaker_is_no_licence_after_another_cue() -> None:
    """A sentence whose reported cue follows another cue or a named agent is no pro-drop."""
    found = attributions("बैठक हुई। अधिकारियों ने बताया कि सड़क के लिए बजट की मांग की है।")
    assert [f[0] for f in found] == ["सड़क के लिए बजट की मांग की है।"]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("ग्रामीणों ने जल्द से जल्द सड़क बनवाने की मांग की।", "जल्द से जल्द सड़क बनवाने"),
        ("वकील ने कम से कम सजा की मांग की।", "कम से कम सजा"),
    ],
)
def test_a_reduplicated_se_names_no_one_asked(text: str, quote: str) -> None:
    """``जल्द से जल्द``, ``कम से कम`` are adverbs ("as soon as", "at least"), not ``Y से`` naming
    whom it was asked of."""
    assert [found[0] for found in attributions(text)] == [quote]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("देवघर में एनडीआरएफ के स्थानीय अधिकारी ने बताया कि तलाश जारी है।", "देवघर में एनडीआरएफ के स्थानीय अधिकारी"),
        ("इस बैठक में संघ के अध्यक्ष ने कहा कि हड़ताल जारी रहेगी।", "संघ के अध्यक्ष"),
    ],
)
def test_a_place_opening_the_sentence_belongs_to_a_speaker_with_a_genitive(text: str, speaker: str) -> None:
    """``देवघर में एनडीआरएफ के अधिकारी ने``: a place of a word or two opening the sentence tells
    which office's officer speaks; a pointer (``इस बैठक में``) tells where, and stays out."""
    assert [found[1] for found in attributions(text)] == [speaker]


def test_a_time_before_a_comma_is_no_name_listed_before_the_speaker() -> None:
    """``पिछले महीने, राष्ट्रपति X ने``: what stands before the comma is when, not another speaker."""
    text = "देश में टीबी के मामले घटे हैं। पिछले महीने, राष्ट्रपति द्रौपदी मुर्मू ने कहा कि टीबी खत्म होगा।"
    assert [found[1] for found in attributions(text)] == ["राष्ट्रपति द्रौपदी मुर्मू"]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("उपराज्यपाल ने शांति की अपील की है।", "शांति"),
        ("वकीलों ने अपने मुवक्किल के लिए रहम की अपील की।", "अपने मुवक्किल के लिए रहम"),
    ],
)
def test_peace_or_mercy_appealed_for_is_reported(text: str, quote: str) -> None:
    """``X ने शांति की अपील की``: an appeal for peace, restraint or mercy asks for an act, named by its
    noun, as ``कार्रवाई की मांग`` does."""
    assert [found[0] for found in attributions(text)] == [quote]


def test_what_was_called_in_a_participle_opening_the_sentence_is_said_by_the_ne_after_it() -> None:
    """``Y को Z बताते हुए X ने कहा …``: the participle frames the sentence; who called Y so is the
    speaker named with ने after it."""
    found = attributions("विपक्ष को मुद्दाविहीन बताते हुए मंत्री ने कहा कि सदन चलना चाहिए।")
    assert ("विपक्ष को मुद्दाविहीन", "मंत्री", "बताते हुए") in found


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("नहर मरम्मत में लगे मजदूरों ने बताया कि काम धीमा है।", "नहर मरम्मत में लगे मजदूरों"),
        ("बेटे की मौत से आहत परिजनों ने कहा कि उन्हें न्याय चाहिए।", "बेटे की मौत से आहत परिजनों"),
        ("नदी के कटाव से विस्थापित परिवारों ने कहा कि उन्हें जमीन चाहिए।", "नदी के कटाव से विस्थापित परिवारों"),
        ("अस्पताल से निकलीं सुनीता देवी ने बताया कि दवा नहीं मिली।", "अस्पताल से निकलीं सुनीता देवी"),
        ("अखबारों में मंगलवार को आयी खबर के अनुसार पानी दूषित है।", "अखबारों में मंगलवार को आयी खबर"),
        ("थाने में दर्ज शिकायत में कहा गया है कि गहने चोरी हुए।", "थाने में दर्ज शिकायत"),
    ],
)
def test_more_participles_head_a_relative_clause_before_the_speaker(text: str, speaker: str) -> None:
    """``मरम्मत में लगे मजदूरों``, ``मौत से आहत परिजनों``, ``थाने में दर्ज शिकायत``: like ``… से
    लौटे यात्रियों``, each participle makes what stands before it, back to the clause's start, the
    speaker's relative clause."""
    assert [found[1] for found in attributions(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("बैलगाड़ी लेकर पहुंचे किसान रामदीन ने बताया कि मंडी बंद है।", "बैलगाड़ी लेकर पहुंचे किसान रामदीन"),
        ("मैच देखकर बाहर निकले दर्शकों ने कहा कि टीम अच्छा खेली।", "मैच देखकर बाहर निकले दर्शकों"),
    ],
)
def test_a_participle_done_on_the_way_stays_in_the_relative_clause(text: str, speaker: str) -> None:
    """``घोड़ा लेकर पहुंचे NAME``: inside a relative clause about the speaker, a participle ending in
    ``कर`` is part of the clause, where outside one (``मीडिया से रूबरू होकर X ने``) it ends it."""
    assert [found[1] for found in attributions(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "cue"),
    [
        ("विधायक ने ली शपथ, हर गांव में सड़क बनवाने का किया वादा\nशहर में समारोह हुआ।", "हर गांव में सड़क बनवाने", "विधायक", "किया वादा"),
        ("मुख्यमंत्री ने लिखा पत्र, रुकी हुई परियोजना को मंजूरी देने का किया अनुरोध\nपत्र भेजा गया।", "रुकी हुई परियोजना को मंजूरी देने", "मुख्यमंत्री", "किया अनुरोध"),
        ("परिजनों ने बेटे के अपहरण की जताई आशंका\nपुलिस जांच कर रही है।", "बेटे के अपहरण", "परिजनों", "जताई आशंका"),
    ],
)
def test_more_speech_act_nouns_close_a_headline_after_their_verb(text: str, quote: str, speaker: str, cue: str) -> None:
    """``X ने C का किया वादा``, ``… का किया अनुरोध``, ``… की जताई आशंका``: a headline's noun after its
    verb, as ``… की जताई उम्मीद`` and ``… का लगाया आरोप`` already were."""
    assert (quote, speaker, cue) in attributions(text)


@pytest.mark.parametrize(
    ("text", "quote", "cue"),
    [
        ("पहाड़ों पर बर्फबारी तेज, यात्रा रोकने के दिए निर्देश\nप्रशासन सतर्क है।", "यात्रा रोकने", "दिए निर्देश"),
        ("रामपुर: बाढ़ में फंसे लोगों को निकालने की उठाई मांग\nगांव में पानी भरा है।", "बाढ़ में फंसे लोगों को निकालने", "उठाई मांग"),
        ("बीमा कंपनी को पूरा भुगतान करने के किए आदेश\nआयोग ने सुनवाई की।", "बीमा कंपनी को पूरा भुगतान करने", "किए आदेश"),
    ],
)
def test_a_headline_with_its_verb_before_its_noun_reports_with_no_one_named(text: str, quote: str, cue: str) -> None:
    """``… यात्री रवाना, C के दिए निर्देश``: with no one named before the comma, C is reported all the
    same, with no speaker; a single word (``जांच के दिए आदेश``) is not."""
    assert (quote, "", cue) in attributions(text)
    assert attributions("ठंड से गायों की मौत, जांच के दिए आदेश\nगांव में शोक है।") == []


@pytest.mark.parametrize("opener", ["साथ ही", "आगे", "फिर"])
def test_a_speaker_goes_on_past_a_connective_opening_the_sentence(opener: str) -> None:
    """``X ने … किया। साथ ही कहा कि C``: the connective names no one, so the last speaker goes on, as
    when the cue opens the sentence itself."""
    text = f"मंत्री रमेश ने अस्पताल का निरीक्षण किया। {opener} कहा कि व्यवस्था सुधारी जाएगी।"
    assert attributions(text) == [("व्यवस्था सुधारी जाएगी।", "मंत्री रमेश", "कहा")]


def test_a_relative_clause_after_a_comma_goes_on_with_the_content() -> None:
    """``… ने बताया कि A, जिसमें एक व्यक्ति ने खुद को अधिकारी बताया``: the ने after the relative pronoun
    belongs to a clause about A, not to a second attribution; one whose cue has its own कि
    (``…, जिसके बारे में X ने आरोप लगाया कि B``) still starts one."""
    text = "पीड़ित ने बताया कि उनके पास एक वीडियो कॉल आई, जिसमें एक व्यक्ति ने खुद को पुलिस अधिकारी बताया।"
    assert attributions(text)[0] == ("उनके पास एक वीडियो कॉल आई, जिसमें एक व्यक्ति ने खुद को पुलिस अधिकारी बताया।", "पीड़ित", "बताया")
    second = "संगठन ने कहा कि वे चुनाव का विरोध करेंगे, जिसके बारे में नेताओं ने आरोप लगाया है कि इससे विभाजन हुआ।"
    assert [found[0] for found in attributions(second)][0] == "वे चुनाव का विरोध करेंगे"


@pytest.mark.parametrize("aside", ["गौरतलब है कि", "बता दें कि", "उल्लेखनीय है कि", "ज्ञात हो कि"])
def test_speech_does_not_run_on_over_the_reporters_aside(aside: str) -> None:
    """``… ने कहा कि A। गौरतलब है कि B।``: the reporter turns to the reader with background; the
    speech, which would hold its paragraph after कहा, ends before it."""
    text = f"मुख्यमंत्री ने कहा कि चुनाव के बाद कानून लागू होगा। {aside} राज्य में अगले महीने चुनाव हैं।"
    assert attributions(text)[0] == ("चुनाव के बाद कानून लागू होगा।", "मुख्यमंत्री", "कहा")


def test_a_run_of_dashes_after_the_cue_is_one_separator() -> None:
    """``X ने लिखा--⏎C``, ``… लिखा---``: a post quoted on the next line after a doubled dash."""
    for dashes in ("--", "---", "—"):
        text = f"कवि रमेश ने लिखा{dashes}\nविदा एक कठिन शब्द है, अलविदा और भी कठिन।"
        assert attributions(text) == [("विदा एक कठिन शब्द है, अलविदा और भी कठिन।", "कवि रमेश", "लिखा")]


@pytest.mark.parametrize("verb", ["दावा करते हैं", "दावा करता है", "दावा करती है"])
def test_a_claim_made_in_habit_reports_with_its_subject(verb: str) -> None:
    """``प्रशासन दावा करता है कि C``: a claim in the simple present, as ``… दावा कर रहा है कि``."""
    assert attributions(f"प्रशासन {verb} कि मरीजों को सभी सुविधाएं मिल रही हैं।") == [
        ("मरीजों को सभी सुविधाएं मिल रही हैं।", "प्रशासन", verb)
    ]


def test_an_ellipsis_sets_a_headlines_speech_off_from_the_source_after_its_verb() -> None:
    """``C… X पर बोले Y``: as after a comma (``C, X पर बोले Y``), what stands before the ellipsis is
    what Y said."""
    text = "गरीबों का राशन छीनने की साजिश… राशन कार्ड पर बोले विधायक रमेश, सरकार को घेरा\nविधायक ने बैठक की।"
    assert attributions(text)[0] == ("गरीबों का राशन छीनने की साजिश", "विधायक रमेश", "बोले")


def test_a_source_before_a_comma_is_no_speech_said_by_the_ne_after_it() -> None:
    """``बयान के मुताबिक, इन लोगों ने … आरोप है``: what stands before the comma names a source; it is
    not something the agent after it said."""
    text = "एजेंसी ने चार लोगों को गिरफ्तार किया है।\nबयान के मुताबिक, इन लोगों पर तस्करी गिरोह से जुड़े होने का आरोप है।"
    assert all(found[0] != "बयान के मुताबिक" for found in attributions(text))


def test_fused_pronoun_and_cue_run_together_end_the_content_before_them():
    assert attributions("किसान नेता ने बताया कि धरना कल भी जारी है उन्होंने कहा कि सरकार को हमारी बात सुननी होगी।") == [
        ("धरना कल भी जारी है", "किसान नेता", "बताया"),
        ("सरकार को हमारी बात सुननी होगी।", "उन्होंने", "कहा"),
    ]
    assert attributions("संघ के अध्यक्ष ने कहा कि वेतन में बढ़ोतरी की जाए उन्होंने कहा कि कर्मचारी लंबे समय से इंतजार कर रहे हैं।") == [
        ("वेतन में बढ़ोतरी की जाए", "संघ के अध्यक्ष", "कहा"),
        ("कर्मचारी लंबे समय से इंतजार कर रहे हैं।", "उन्होंने", "कहा"),
    ]
    assert attributions("जब पत्रकारों ने कोच से पूछा कि टीम मजबूत है या कमजोर तो उन्होंने कहा कि हम पूरी तरह तैयार हैं।") == [
        ("टीम मजबूत है या कमजोर", "पत्रकारों", "पूछा"),
        ("हम पूरी तरह तैयार हैं।", "उन्होंने", "कहा"),
    ]


def test_a_count_in_words_before_se_adhik_stays_in_the_speaker_phrase():
    assert attributions("सर्वे में 69 प्रतिशत से अधिक लोगों ने कहा कि वे टीका लगवाएंगे।") == [
        ("वे टीका लगवाएंगे।", "69 प्रतिशत से अधिक लोगों", "कहा"),
    ]
    assert attributions("मंगलवार दोपहर एक दर्जन से ज्यादा मजदूरों ने बताया कि उन्हें मजदूरी नहीं मिली।") == [
        ("उन्हें मजदूरी नहीं मिली।", "एक दर्जन से ज्यादा मजदूरों", "बताया"),
    ]


def test_who_was_present_after_speech_is_the_reporters_sentence():
    assert attributions("मेयर ने कहा कि शहर की सफाई सबसे जरूरी काम है। इस अवसर पर कई पार्षद और अधिकारी मौजूद रहे।") == [
        ("शहर की सफाई सबसे जरूरी काम है।", "मेयर", "कहा"),
    ]


def test_a_statement_with_ka_bayan_hai_reports_its_content():
    assert attributions("गृह सचिव का बयान है कि नया कानून अभी लागू नहीं हुआ है।") == [
        ("नया कानून अभी लागू नहीं हुआ है।", "गृह सचिव", "बयान है"),
    ]


def test_a_pointer_before_an_act_asked_for_is_part_of_the_demand():
    assert attributions("ग्रामीणों ने कहा कि ठेकेदार ने घटिया सामग्री लगाई है। उन्होंने इसकी जाँच की मांग की है।") == [
        ("ठेकेदार ने घटिया सामग्री लगाई है।", "ग्रामीणों", "कहा"),
        ("इसकी जाँच", "उन्होंने", "मांग की है"),
    ]
    assert attributions("मंत्री ने इस बात पर जोर दिया।") == []


def test_according_to_before_a_sentence_whose_verb_reports_nothing_after_it():
    assert attributions("पुलिस के मुताबिक आरोपी महिला को जिम्मेदार मानता था।") == [
        ("आरोपी महिला को जिम्मेदार मानता था।", "पुलिस", "के मुताबिक"),
    ]
    assert attributions("रिपोर्ट के अनुसार ग्रामीण ये भी कह रहे हैं कि पानी दूषित है।") == [
        ("पानी दूषित है।", "ग्रामीण", "कह रहे हैं"),
    ]


def test_an_initial_after_the_name_ends_the_speaker_phrase_before_ne():
    assert attributions("निदेशक रामकृष्ण वाई. ने बताया, मामले की जांच के लिए टीम बुलाई गई है।") == [
        ("मामले की जांच के लिए टीम बुलाई गई है।", "निदेशक रामकृष्ण वाई.", "बताया"),
    ]


def test_a_gathering_before_the_speaker_is_where_they_spoke_not_part_of_the_phrase():
    assert attributions("बैठक में विभाग के महानिदेशक विजय दहिया ने कहा कि योजना सफल रही।") == [
        ("योजना सफल रही।", "विभाग के महानिदेशक विजय दहिया", "कहा"),
    ]
    assert attributions("तेलंगाना में चिलकुर मंदिर के पुजारी ने कहा कि दर्शन जारी रहेंगे।") == [
        ("दर्शन जारी रहेंगे।", "तेलंगाना में चिलकुर मंदिर के पुजारी", "कहा"),
    ]


def test_traders_drivers_and_entrepreneurs_open_a_demand_in_progress():
    assert attributions("शहर के ऑटो चालक पुराने परमिट बहाल करने की मांग कर रहे हैं।") == [
        ("पुराने परमिट बहाल करने", "शहर के ऑटो चालक", "मांग कर रहे हैं"),
    ]
    assert attributions("बाजार के कारोबारी पार्किंग की जगह बढ़ाने की बात कह रहे हैं।") == [
        ("पार्किंग की जगह बढ़ाने", "बाजार के कारोबारी", "बात कह रहे हैं"),
    ]


def test_a_side_opening_the_clause_asks_or_says_what_a_passive_cue_reports():
    assert attributions("इस पर पार्षदों की ओर से सोमवार को स्ट्रीट लाइट ठीक कराने की मांग की गई।") == [
        ("स्ट्रीट लाइट ठीक कराने", "पार्षदों", "मांग की गई"),
    ]
    assert attributions("सरकार की ओर से मानदेय में एक हजार रुपये बढ़ाने की बात कही गई थी।") == [
        ("मानदेय में एक हजार रुपये बढ़ाने", "सरकार", "बात कही गई थी"),
    ]
    assert attributions("प्रशासन की ओर से लोगों से घरों में रहने की अपील की जा रही है।") == [
        ("लोगों से घरों में रहने", "प्रशासन", "अपील की जा रही है"),
    ]
    # a side after other words is part of what is asked for: the army's retaliation
    assert attributions("इससे घाटी में अब सेना की तरफ से जवाबी कार्रवाई की मांग की जा रही है।") == [
        ("इससे घाटी में अब सेना की तरफ से जवाबी कार्रवाई", "", "मांग की जा रही है"),
    ]


def test_passive_arguments_clarifications_and_announcements_in_progress_report_what_follows():
    assert attributions("कंपनी की ओर से तर्क दिया गया कि इलाज की जरूरत नहीं थी।") == [
        ("इलाज की जरूरत नहीं थी।", "कंपनी", "तर्क दिया गया"),
    ]
    assert attributions("बैंक की ओर से भी साफ कर दिया गया है कि खातों में पैसा सुरक्षित है।") == [
        ("खातों में पैसा सुरक्षित है।", "बैंक", "साफ कर दिया गया है"),
    ]
    assert attributions("पार्टी की ओर से घोषणा की जा रही है कि सरकार बनी तो कर्ज माफ होगा।") == [
        ("सरकार बनी तो कर्ज माफ होगा।", "पार्टी", "घोषणा की जा रही है"),
    ]


def test_a_pronoun_before_the_speaker_is_what_the_speaker_called_something():
    assert attributions("हालांकि इसे अधिकारी ने दबाव की रणनीति बताया।") == [
        ("दबाव की रणनीति", "अधिकारी", "बताया"),
    ]
    assert attributions("उन्हें पुलिस ने घटना के बारे में बताया।") == []


def test_a_worry_or_feeling_about_something_names_it_before_ko_lekar():
    assert attributions("कंपनी ने अपने कर्मचारियों की सुरक्षा को लेकर चिंता जताई है।") == [
        ("अपने कर्मचारियों की सुरक्षा", "कंपनी", "चिंता जताई है"),
    ]
    assert attributions("यात्री ने डिब्बे की गंदगी को लेकर नाराजगी जताई।") == [
        ("डिब्बे की गंदगी", "यात्री", "नाराजगी जताई"),
    ]
    assert attributions("मंत्री ने पहले ही इस पुल को लेकर आशंका जताई थी।") == []


def test_a_thing_told_names_what_was_said_before_baat_batai():
    assert attributions("परिजनों ने मृतक की इच्छा के अनुसार नेत्रदान करने की बात बतायी।") == [
        ("मृतक की इच्छा के अनुसार नेत्रदान करने", "परिजनों", "बात बतायी"),
    ]
    assert attributions("उन्होंने यह बात बताई।") == []


def test_a_claim_reports_its_content_even_as_a_noun_and_with_no_one_named():
    assert attributions("परिजनों ने कोर्ट के स्टे का दावा किया।") == [
        ("कोर्ट के स्टे", "परिजनों", "दावा किया"),
    ]
    assert attributions("घोटाले से दो हजार करोड़ रुपए के नुकसान का दावा किया जा रहा है।") == [
        ("घोटाले से दो हजार करोड़ रुपए के नुकसान", "", "दावा किया जा रहा है"),
    ]
    # an announcement stays a thing announced unless an act is named
    assert attributions("मंत्री ने नई योजना की घोषणा की।") == []


def test_touts_factions_and_experts_open_a_claim_in_progress():
    assert attributions("कई सारे दलाल आवेदकों से काम अगले दिन कराने का दावा करते थे।") == [
        ("आवेदकों से काम अगले दिन कराने", "कई सारे दलाल", "दावा करते थे"),
    ]


def test_a_clarification_or_testimony_given_reports_what_follows_ki():
    assert attributions("सांसद ने सफाई दी है कि गिरफ्तार व्यक्ति उनके साथ काम नहीं करता।") == [
        ("गिरफ्तार व्यक्ति उनके साथ काम नहीं करता।", "सांसद", "सफाई दी है"),
    ]
    assert attributions("केबिन क्रू सदस्य ने गवाही दी कि यह उसका पहला प्रयास था।") == [
        ("यह उसका पहला प्रयास था।", "केबिन क्रू सदस्य", "गवाही दी"),
    ]


def test_a_sentence_closed_in_single_marks_inside_a_paragraph_is_speech():
    assert attributions("नेता ने कहा कि पार्टी चुनाव हार चुकी है। ‘विपक्ष के पास कोई भी चेहरा या उम्मीदवार नहीं है।’") == [
        ("पार्टी चुनाव हार चुकी है।", "नेता", "कहा"),
        ("विपक्ष के पास कोई भी चेहरा या उम्मीदवार नहीं है।", "", ""),
    ]
    # a term in single marks ends with no sentence mark
    assert attributions("इसे ‘डिजिटल इंडिया अभियान’ के तहत शुरू किया गया।") == []


def test_a_pronoun_speaker_refers_to_the_subject_named_before_its_day():
    text = "संभल: शिक्षा राज्यमंत्री गुलाब देवी मंगलवार को जिले में पहुंचीं। इस दौरान उन्होंने कहा कि परिणाम अच्छे रहे।"
    found = {(s.label, text[s.start:s.end]) for s in suggest(text)}
    assert ("SPEAKER", "शिक्षा राज्यमंत्री गुलाब देवी") in found
    pronoun = next(s for s in suggest(text) if text[s.start:s.end] == "उन्होंने")
    assert pronoun.link("same_as")


def test_a_pronoun_speaker_after_a_talk_names_the_one_talked_to_not_the_press():
    text = "इस बारे में जब हमने अस्पताल के अधीक्षक डॉ. रवींद्र कुमार से बात की तो उन्होंने बताया कि तकनीशियन नहीं हैं।"
    found = {(s.label, text[s.start:s.end]) for s in suggest(text)}
    assert ("SPEAKER", "अस्पताल के अधीक्षक डॉ. रवींद्र कुमार") in found
    text = "मंत्री ने पत्रकारों से बात की। उन्होंने कहा कि सड़क जल्द बनेगी।"
    found = {(s.label, text[s.start:s.end]) for s in suggest(text)}
    assert ("SPEAKER", "पत्रकारों") not in found and ("SPEAKER", "मंत्री") in found


def test_speech_goes_on_over_a_sentence_opening_with_but_that_names_an_agent():
    assert attributions("दुकानदार रमेश ने बताया कि बाजार में ग्राहक कम आ रहे हैं। लेकिन प्रशासन ने अब तक कोई मदद नहीं की है।") == [
        ("बाजार में ग्राहक कम आ रहे हैं। लेकिन प्रशासन ने अब तक कोई मदद नहीं की है।", "दुकानदार रमेश", "बताया"),
    ]
    # with no "but" the agent's sentence is the reporter's
    assert attributions("दुकानदार रमेश ने बताया कि बाजार में ग्राहक कम आ रहे हैं। प्रशासन ने अब तक कोई मदद नहीं की है।") == [
        ("बाजार में ग्राहक कम आ रहे हैं।", "दुकानदार रमेश", "बताया"),
    ]


def test_what_was_asked_keeps_its_day_and_starts_after_a_comma_and_joiner():
    assert attributions("न्यायाधीश ने गवाह को बुधवार को पेश होने के लिए कहा।") == [
        ("बुधवार को पेश होने", "न्यायाधीश", "के लिए कहा"),
    ]
    assert attributions("दुकान का लाइसेंस रोक दिया गया है, और सभी बिल दिखाने के लिए कहा गया है।") == [
        ("सभी बिल दिखाने", "", "के लिए कहा गया है"),
    ]


def test_speech_before_this_is_the_saying_of_x_with_a_relative_clause_after_x():
    assert attributions("'बस का किराया बहुत बढ़ गया है। मैं अब पैदल जाता हूं।' यह कहना है कानपुर के रहने वाले सुरेश का, जो एक दफ्तर में काम करते हैं।") == [
        ("बस का किराया बहुत बढ़ गया है। मैं अब पैदल जाता हूं।", "कानपुर के रहने वाले सुरेश", "कहना है"),
    ]


def test_a_relative_pointer_into_a_document_named_with_no_issuer_makes_the_document_the_speaker():
    assert attributions("रक्षा मंत्रालय ने मीडिया में आई उस खबर को खारिज कर दिया, जिसमें कहा गया है कि सेना की भर्ती रोकी जाएगी।") == [
        ("सेना की भर्ती रोकी जाएगी।", "मीडिया में आई उस खबर", "कहा गया है"),
    ]
    # a bare noun before the document's determiner is no part of it
    assert attributions("अदालत एक याचिका पर सुनवाई कर रही थी, जिसमें कहा गया था कि पुलिस ने गलत कार्रवाई की।") == [
        ("पुलिस ने गलत कार्रवाई की।", "एक याचिका", "कहा गया था"),
    ]
    # one who gives the document issues it
    assert attributions("किसानों ने तहसीलदार को एक ज्ञापन दिया, जिसमें मांग की गई है कि मुआवजा जल्द मिले।") == [
        ("मुआवजा जल्द मिले।", "किसानों", "मांग की गई है"),
    ]


def test_backticks_mark_a_quote_as_single_marks_do():
    assert attributions("मंत्री ने कहा, `सड़क जल्द बनेगी और लोगों को राहत मिलेगी।`") == [
        ("सड़क जल्द बनेगी और लोगों को राहत मिलेगी।", "मंत्री", "कहा"),
    ]


def test_the_cue_of_information_received_holds_the_information():
    assert spans("मिली जानकारी के मुताबिक गांव के चार लोगों को बचा लिया गया।", "CUE", "SPEAKER") == [("CUE", "मिली जानकारी के मुताबिक")]
    assert spans("अस्पताल सूत्रों से प्राप्त जानकारी के अनुसार घायलों की हालत स्थिर है।", "CUE", "SPEAKER") == [
        ("SPEAKER", "अस्पताल सूत्रों"), ("CUE", "प्राप्त जानकारी के अनुसार"),
    ]
    # a source named before के अनुसार keeps the cue to the postposition
    assert spans("पुलिस के अनुसार दो लोग पकड़े गए।", "CUE", "SPEAKER") == [("SPEAKER", "पुलिस"), ("CUE", "के अनुसार")]


def test_a_participle_of_the_medium_before_a_verbal_cue_is_part_of_the_cue():
    assert spans("सांसद ने ट्वीट कर आरोप लगाया कि अस्पताल में दवा नहीं है।", "CUE") == [("CUE", "ट्वीट कर आरोप लगाया")]
    assert spans("विधायक ने कलेक्टर को पत्र लिखकर कहा कि पुल जल्द बने।", "CUE") == [("CUE", "पत्र लिखकर कहा")]
    assert spans("कंपनी ने बयान जारी कर कहा कि सभी कर्मचारी सुरक्षित हैं।", "CUE") == [("CUE", "बयान जारी कर कहा")]
    # a participle of anything else stays out
    assert spans("ग्रामीणों ने प्रदर्शन कर कहा कि सड़क बने।", "CUE") == [("CUE", "कहा")]


def test_a_speaker_opening_its_sentence_with_ne_left_out_still_speaks():
    assert attributions("मरीज की मौत हो गई। परिजनों कहा कि एंबुलेंस समय पर आती तो जान बच जाती।") == [
        ("एंबुलेंस समय पर आती तो जान बच जाती।", "परिजनों", "कहा"),
    ]
    assert attributions("कोच राकेश वर्मा कहा, टीम ने अच्छा खेल दिखाया है।")[0][1:] == ("कोच राकेश वर्मा", "कहा")
    # not a word before the cue that is no speaker
    assert attributions("बैठक में विस्तार से बताया कि योजना क्या है।") == [("योजना क्या है।", "", "बताया")]


def test_a_headline_with_where_the_source_spoke_before_its_verb():
    assert attributions("'फिल्मों में कहानी सबसे जरूरी है', फिल्म महोत्सव में बोले निर्देशक अमर सेन\nमुंबई। महोत्सव शुरू हुआ।") == [
        ("फिल्मों में कहानी सबसे जरूरी है", "निर्देशक अमर सेन", "बोले"),
    ]


def test_a_challenge_reports_what_follows_ki_or_what_it_dares():
    assert attributions("नेता ने चुनौती दी कि वे मंच पर आकर अपनी बात साबित करें।") == [
        ("वे मंच पर आकर अपनी बात साबित करें।", "नेता", "चुनौती दी"),
    ]
    # a challenge in court reports nothing
    assert attributions("कंपनी ने हाईकोर्ट के फैसले को सुप्रीम कोर्ट में चुनौती दी।") == []


def test_the_information_of_a_cue_never_reaches_over_a_sentence_mark():
    assert spans("घटना की रिपोर्ट पुलिस को दी गई। जानकारी के अनुसार दो लोग घायल हैं।", "CUE") == [("CUE", "जानकारी के अनुसार")]


def test_after_a_cue_and_a_comma_a_contrast_naming_another_speaker_is_the_reporters():
    assert attributions("विपक्ष ने इसे “जल्दबाजी का फैसला” कहा, वहीं सरकार ने इसे “लंबे समय से रुका हुआ एक जरूरी सुधार” बताया।") == [
        ("जल्दबाजी का फैसला", "विपक्ष", "कहा"),
        ("लंबे समय से रुका हुआ एक जरूरी सुधार", "सरकार", "बताया"),
    ]


def test_a_headline_colon_typed_with_no_space_after_a_whole_word_ends_its_text():
    assert attributions("गांवों के हर स्कूल में पुस्तकालय खोले जाएं स्कूल:डीएम\nआगरा। बैठक हुई।") == [
        ("गांवों के हर स्कूल में पुस्तकालय खोले जाएं स्कूल", "डीएम", ":"),
    ]
    # a visarga typed as a colon inside a word is no headline's colon
    assert attributions("मरीजों को अस्पताल में मिलेगी नि:शुल्क दवा और जांच\nआगरा। बैठक हुई।") == []


def test_a_subheadings_source_counts_when_its_surname_speaks_elsewhere():
    text = "सरकार ने कोई काम नहीं किया: रमेश कुमार\nकुमार ने सभा में विकास पर सवाल उठाए।\nएक दिन पहले बारिश हुई।"
    assert ("सरकार ने कोई काम नहीं किया", "रमेश कुमार", ":") in attributions("शहर में सभा हुई और लोग आए\n" + text)
    # a subheading whose words after the colon are named nowhere else is a topic
    assert attributions("शहर में सभा हुई और लोग आए\nसरकार ने कोई काम नहीं किया: पूरी सूची\nएक दिन पहले बारिश हुई।") == []


def test_the_name_someone_gave_for_themself_is_what_they_said():
    assert attributions("पूछताछ में युवक ने अपना नाम रमेश यादव बताया।") == [("अपना नाम रमेश यादव", "युवक", "बताया")]


def test_ko_or_ne_typed_for_the_ka_of_kahna_hai_still_names_the_speaker():
    assert attributions("इन व्यापारियों को कहना है कि बाजार में मंदी है।") == [("बाजार में मंदी है।", "इन व्यापारियों", "कहना है")]
    assert attributions("कलेक्टर राम सिंह ने कहना है कि राहत जल्द पहुंचेगी।") == [("राहत जल्द पहुंचेगी।", "कलेक्टर राम सिंह", "कहना है")]
    # a dative with another noun is its own experiencer's, not a mistyped genitive
    assert attributions("किसानों को अनुमान है कि फसल अच्छी होगी।") == [("फसल अच्छी होगी।", "", "अनुमान है")]


def test_a_connective_or_a_document_opening_the_sentence_is_no_part_of_the_speaker():
    assert attributions("इस पर मंत्री राम सिंह ने कहा कि जांच होगी।") == [("जांच होगी।", "मंत्री राम सिंह", "कहा")]
    assert attributions("वीडियो में अनिकेत नाम का नाविक कहता है कि हमें बचा लो।")[0][1] == "अनिकेत नाम का नाविक"
    # unless a genitive ties it into the phrase
    assert attributions("इस वर्ष के विजेता राम ने कहा कि मेहनत रंग लाई।")[0][1] == "इस वर्ष के विजेता राम"


def test_a_headline_source_after_its_verb_follows_a_semicolon_or_an_ellipsis_before_a_long_frame():
    assert attributions("सड़कों पर गड्ढे ही गड्ढे हैं; विधानसभा में बोले नेता प्रतिपक्ष\nबेंगलुरु। सत्र शुरू हुआ।") == [
        ("सड़कों पर गड्ढे ही गड्ढे हैं", "नेता प्रतिपक्ष", "बोले"),
    ]
    assert attributions("मंत्री के घर के बाहर भी हैं गड्ढे... शहर में सड़कों की हालत पर बोले मेयर\nबेंगलुरु। सत्र शुरू हुआ।") == [
        ("मंत्री के घर के बाहर भी हैं गड्ढे", "मेयर", "बोले"),
    ]


def test_kaha_typed_without_its_ha_before_ki_is_a_cue():
    assert attributions("राज्यपाल ने का कि सरकार अपना काम करे।") == [("सरकार अपना काम करे।", "राज्यपाल", "का")]
    # का anywhere else is a genitive
    assert attributions("इस बात का ध्यान रखें कि कोई भूखा न रहे।") == []


def test_speech_after_a_cue_and_a_dash_may_open_with_a_relative_word():
    assert attributions("बैठक में मंत्री ने कहा- जो लोग काम करते हैं, उन्हें मौका मिलेगा") == [
        ("जो लोग काम करते हैं, उन्हें मौका मिलेगा", "मंत्री", "कहा"),
    ]
    # with no mark a relative clause after the cue is the reporter's
    assert attributions("मंत्री ने वही कहा जो सबको पता था।") == []


def test_what_someone_is_accused_of_with_no_accuser_is_a_quote_without_the_accused():
    assert attributions("पुलिस ने ठेकेदार को पकड़ा। उन पर मजदूरों को बंधक बनाने का आरोप है।") == [
        ("मजदूरों को बंधक बनाने", "", "आरोप है"),
    ]
    # one's का before the noun still names who accuses
    assert attributions("ग्रामीणों का आरोप है कि सड़क नहीं बनी।") == [("सड़क नहीं बनी।", "ग्रामीणों", "आरोप है")]


def test_a_quoted_subheading_on_its_own_line_is_a_quote_apart_from_the_speech_below():
    assert attributions("बैठक हुई।\n'नहर का काम जल्द पूरा होगा'\nसिंचाई मंत्री ने कहा, \"किसानों को पानी मिलेगा।\"") == [
        ("नहर का काम जल्द पूरा होगा", "सिंचाई मंत्री", "कहा"),
        ("किसानों को पानी मिलेगा।", "सिंचाई मंत्री", "कहा"),
    ]
    # on one line the quote before the speaker opens the same quote
    assert attributions("“पानी मिलेगा,” मंत्री ने कहा, “नहर बनेगी।”") == [("पानी मिलेगा नहर बनेगी।", "मंत्री", "कहा")]


def test_a_quote_closing_before_its_speaker_is_no_part_of_the_speaker():
    assert spans("“पानी मिलेगा,” मंत्री ने कहा।", "SPEAKER") == [("SPEAKER", "मंत्री")]
    # a quoted name is
    assert spans("‘आप’ पार्टी ने कहा कि चुनाव लड़ेंगे।", "SPEAKER") == [("SPEAKER", "‘आप’ पार्टी")]


def test_a_complementizer_typed_twice_opens_no_quote():
    assert attributions("मंत्री ने कहा कि कि सड़क जल्द बनेगी।") == [("सड़क जल्द बनेगी।", "मंत्री", "कहा")]
    assert quotes("कि कि मंत्री के घर सड़क:मंत्री")[0].quote == "मंत्री के घर सड़क"


def test_a_headline_cut_short_by_an_ellipsis_is_still_a_headline():
    assert attributions("नेता का बयान, कहा- हम निजी टिप्पणी नहीं...\nपटना। दल की बैठक हुई।") == [
        ("हम निजी टिप्पणी नहीं", "नेता", "कहा"),
    ]


def test_a_headline_speakers_genitive_before_a_noun_of_saying_skips_an_oblique_ke_and_a_participle():
    assert attributions("मंत्री का कोर्ट के फैसले पर बयान, कहा- हम अपील करेंगे\nदिल्ली। फैसला आया।") == [
        ("हम अपील करेंगे", "मंत्री", "कहा"),
    ]
    assert attributions("दल में वापसी पर आया सांसद का बयान, कहा- हम साथ हैं\nपटना। वापसी हुई।") == [
        ("हम साथ हैं", "सांसद", "कहा"),
    ]
    assert attributions("जेल से किसान नेता का संदेश, बोले- आंदोलन जारी रहेगा\nजोधपुर। संदेश आया।") == [
        ("आंदोलन जारी रहेगा", "किसान नेता", "बोले"),
    ]


def test_speech_does_not_run_on_into_a_sentence_whose_agent_reports_with_ki():
    assert attributions(
        "अध्यक्ष ने कहा कि बिना लाइसेंस दवा बेचना बंद होना चाहिए। सचिव राम ने सरकार से मांग है कि दुकानें जल्द खोली जाएं।"
    )[0][0] == "बिना लाइसेंस दवा बेचना बंद होना चाहिए।"


def test_a_headline_source_after_its_colon_may_be_a_ministry_of_two_things():
    assert attributions("फर्जी खबरें लोकतंत्र के लिए खतरा हैं: सूचना और प्रसारण मंत्री\nदिल्ली। बैठक हुई।") == [
        ("फर्जी खबरें लोकतंत्र के लिए खतरा हैं", "सूचना और प्रसारण मंत्री", ":"),
    ]
    # with no kind of speaker, a conjunction still ends the source
    assert attributions("फर्जी खबरें लोकतंत्र के लिए खतरा हैं: सूचना और प्रसारण\nदिल्ली। बैठक हुई।") == []


def test_a_ki_typed_onto_the_cue_is_no_part_of_the_cue_nor_of_a_speaker_after_it():
    assert attributions("मंत्री ने कहाकि सड़क जल्द बनेगी।") == [("सड़क जल्द बनेगी।", "मंत्री", "कहा")]
    assert quotes("मंत्री ने कहाकि सड़क जल्द बनेगी।")[0].attributes["form"] == "indirect"
    assert ("SPEAKER", "सांसद") in spans("उन्होंने कहाकि सांसद ने जो कहाकि वह संगठन के लिए था।", "SPEAKER")


def test_speech_run_together_with_the_next_speakers_comma_cue_ends_at_its_auxiliary():
    found = attributions("एडमिरल ने कहा कि नौसेना समुद्र में सक्रिय बनी हुई है उन्होंने कहा, हमने कई अभ्यास किए हैं।")
    assert found[0] == ("नौसेना समुद्र में सक्रिय बनी हुई है", "एडमिरल", "कहा")


def test_a_fear_or_hope_voiced_also():
    assert attributions("उन्होंने इस घटना के पीछे साजिश की आशंका भी जताई है।") == [
        ("इस घटना के पीछे साजिश", "उन्होंने", "आशंका भी जताई है"),
    ]
    assert attributions("उन्होंने जल्द सुधार की उम्मीद भी जताई।") == [("जल्द सुधार", "उन्होंने", "उम्मीद भी जताई")]


def test_a_subheading_asking_what_someone_said_with_no_question_mark_quotes_nothing():
    assert attributions("फसल कम हुई है।\nक्या बोले आम के बागवान\nबागवान राम ने कहा कि फसल खराब हो गई।") == [
        ("फसल खराब हो गई।", "बागवान राम", "कहा"),
    ]


def test_what_has_come_to_be_known_from_no_one_named_is_a_quote():
    assert attributions("पता चला है कि आरोपी शहर छोड़कर फरार है।") == [("आरोपी शहर छोड़कर फरार है।", "", "पता चला है")]
    # the past tells what someone found out
    assert attributions("घर पहुंचे तो पता चला कि ताला टूटा था।") == []


def test_a_cue_pointing_back_through_an_adjective_or_a_decision_reports_the_sentence_before():
    assert attributions("पांच साल में 2300 महिलाओं को उनके पति छोड़ चुके हैं। मंत्री ने सदन में यह चौंकाने वाली जानकारी दी।") == [
        ("पांच साल में 2300 महिलाओं को उनके पति छोड़ चुके हैं।", "मंत्री", "जानकारी दी"),
    ]
    assert attributions("सरकार ने 29 कैदियों को रिहा करने का फैसला किया है। एक अधिकारी ने इस फैसले की जानकारी दी।") == [
        ("सरकार ने 29 कैदियों को रिहा करने का फैसला किया है।", "एक अधिकारी", "जानकारी दी"),
    ]


def test_a_short_headline_with_its_source_before_a_comma_is_read_whatever_the_body_cues():
    assert attributions("नितिन गडकरी का एलान, हर जिले में बनेगा हाईवे\nदिल्ली। बयान आया।")[0] == (
        "हर जिले में बनेगा हाईवे", "नितिन गडकरी", "एलान",
    )


def test_an_act_assured_or_promised_in_one_word_is_what_was_reported():
    assert attributions("शिकायत पर एसडीएम ने जांच का भरोसा दिया।") == [("जांच", "एसडीएम", "भरोसा दिया")]
    assert attributions("प्रभारी मंत्री ने किसान को कार्रवाई का आश्वासन दिया।") == [("कार्रवाई", "प्रभारी मंत्री", "आश्वासन दिया")]
    # an inquiry ordered in one word is the order's subject, not its content
    assert attributions("वीडियो वायरल होने पर एसएसपी ने जांच के आदेश दिए हैं।") == []


def test_a_clause_or_an_opener_before_a_comma_is_no_name_listed_with_the_speaker():
    assert attributions("पुतिन भारत आएंगे, क्रेमलिन ने कहा।") == [("पुतिन भारत आएंगे", "क्रेमलिन", "कहा")]
    assert attributions("दूसरी तरफ, उनके छोटे भाई अरविंद ने कहा कि संपत्ति का बंटवारा होगा।") == [
        ("संपत्ति का बंटवारा होगा।", "उनके छोटे भाई अरविंद", "कहा"),
    ]
    # a list of names still reads as one
    assert attributions("डीएम कुमार रवि, एसएसपी गरिमा मलिक ने कहा कि मेला शांति से हुआ।")[0][1] == "डीएम कुमार रवि, एसएसपी गरिमा मलिक"


def test_a_side_before_a_title_or_a_name_is_no_part_of_the_speaker():
    assert attributions("राज्य सरकार की ओर से एएजी राकेश ने कहा कि याचिका खारिज हो।") == [("याचिका खारिज हो।", "एएजी राकेश", "कहा")]
    # after what is done for the side it stays
    assert attributions("याचिकाकर्ता की ओर से पेश वकील राहुल ने कहा कि याचिका मंजूर हो।")[0][1] == "याचिकाकर्ता की ओर से पेश वकील राहुल"


def test_words_in_quote_marks_after_a_prepositive_source_are_the_quote_without_the_marks():
    assert attributions('बकौल पवन कल्याण, "मैं ठगा हुआ महसूस कर रहा हूं। मैं उपवास रखूंगा।" पूरे देश में चर्चा है।') == [
        ("मैं ठगा हुआ महसूस कर रहा हूं। मैं उपवास रखूंगा।", "पवन कल्याण", "बकौल"),
    ]


def test_a_quote_mark_left_open_is_no_part_of_what_was_called():
    found = quotes("अमरपाल सिंह ने बताया, “इस खगोलीय घटना को प्लेनेट परेड कहते हैं।")
    assert "इस खगोलीय घटना को प्लेनेट परेड कहते हैं।" in [f.quote for f in found]


def test_any_of_a_thing_denied_is_what_was_denied():
    assert attributions("अधिकारियों ने अवैध शिकार के किसी भी प्रयास से इनकार किया है।") == [
        ("अवैध शिकार के किसी भी प्रयास", "अधिकारियों", "इनकार किया है"),
    ]
    # a thing refused is no denial
    assert attributions("मंत्री ने नई गाड़ी से इनकार किया।") == []


def test_word_received_with_no_source_is_reported():
    assert attributions("पथराव में कई लोगों के घायल होने की सूचना है।") == [("पथराव में कई लोगों के घायल होने", "", "सूचना है")]


def test_a_pronoun_opening_a_headline_before_a_comma_is_not_the_speaker_of_a_verb_after_it():
    found = quotes("हम निर्दोष हैं, धमाके पर बोला डॉक्टर का परिवार\nनई दिल्ली। जांच जारी है।")
    assert all(f.speaker != "हम" for f in found)


def test_people_familiar_with_a_matter_keep_what_they_know_in_the_speaker():
    assert attributions("इस घटनाक्रम से परिचित लोगों ने कहा कि वह लौटेगा।")[0][1] == "इस घटनाक्रम से परिचित लोगों"
    assert attributions("घटनाक्रम से अवगत अधिकारियों ने बताया कि उसे वापस लाया जाएगा।")[0][1] == "घटनाक्रम से अवगत अधिकारियों"
    # an acquaintance, with nothing known before it
    assert attributions("उनके एक परिचित ने बताया कि वह घर पर थे।")[0][1] == "उनके एक परिचित"


def test_a_quote_opening_a_headline_before_its_speaker_and_a_dash_is_a_quote_of_its_own():
    text = "'हमें पूरा भरोसा है', अधिकारी की बहन बोलीं- कतर में ही रहता था भाई\nकतर में वे एक साल से बंद हैं।"
    assert attributions(text) == [
        ("हमें पूरा भरोसा है", "अधिकारी की बहन", "बोलीं"),
        ("कतर में ही रहता था भाई", "अधिकारी की बहन", "बोलीं"),
    ]


def test_a_headline_ending_in_a_claim_or_a_confirmation_after_its_noun_reports_the_line_before():
    text = "गैंग के लोगों ने ही की नेता की हत्या, पुलिस ने किया कन्फर्म\nमुंबई। जांच जारी है।"
    assert attributions(text) == [("गैंग के लोगों ने ही की नेता की हत्या", "पुलिस", "किया कन्फर्म")]


def test_an_adjective_between_a_headline_verb_and_its_noun_is_part_of_the_cue():
    text = "गैंग ने करवाई नेता की हत्या, गिरफ्तार आरोपियों ने किया बड़ा दावा\nमुंबई। जांच जारी है।"
    assert attributions(text) == [("गैंग ने करवाई नेता की हत्या", "गिरफ्तार आरोपियों", "किया बड़ा दावा")]


def test_a_confirmation_spelt_with_a_long_i_is_a_cue():
    assert attributions("सेना प्रमुख ने मंत्री के इस्तीफे की पुष्टी की है।") == [("मंत्री के इस्तीफे", "सेना प्रमुख", "पुष्टी की है")]


def test_a_headline_statement_before_a_colon_names_the_speaker_of_the_dash_after_it():
    text = "छांगुर बाबा को लेकर सीएम योगी का बड़ा बयान: बोले- देश की सुरक्षा से खिलवाड़ बर्दाश्त नहीं\nलखनऊ। जांच जारी है।"
    assert attributions(text)[0] == ("देश की सुरक्षा से खिलवाड़ बर्दाश्त नहीं", "सीएम योगी", "बोले")


def test_a_headline_source_after_its_topic_and_par_is_the_kind_of_speaker_after_par():
    text = "राहत में कोई कमी नहीं होगी: मेले में मची भगदड़ पर जिले के डीएम\nजिले में जांच जारी है।"
    assert attributions(text) == [("राहत में कोई कमी नहीं होगी", "जिले के डीएम", ":")]
    # a topic and then a clause or a reply names no one
    assert attributions("मेले में भगदड़ के बाद प्रशासन सख्त: आग पर पाया काबू\nजिले में जांच जारी है।") == []
    assert attributions("मेले में भगदड़ के बाद प्रशासन सख्त: आरोपों पर भाजपा का पलटवार\nजिले में जांच जारी है।") == []


def test_a_dashed_cue_after_a_comma_a_colon_or_a_participle_reports_with_no_speaker_named():
    assert attributions("जिले में जांच जारी है। मजदूर घर लौटे, कहा- अब कभी नहीं जाएंगे।") == [("अब कभी नहीं जाएंगे।", "", "कहा")]
    assert attributions("मंत्री को चुनौती: कहा- गांव आकर देखें हालात\nजिले में जांच जारी है।") == [("गांव आकर देखें हालात", "", "कहा")]
    assert attributions("सभा में सरकार पर बरसते हुए कहा- किसानों को धोखा दिया गया है।") == [("किसानों को धोखा दिया गया है।", "", "कहा")]


def test_a_headline_statement_then_kaha_a_comma_and_quote_marks_names_the_speaker_before():
    text = "सीमा विवाद पर पड़ोसी देश के विदेश मंत्रालय का बयान, कहा, 'यह इलाका हमारा है'\nनई दिल्ली। बातचीत जारी है।"
    assert attributions(text) == [("यह इलाका हमारा है", "पड़ोसी देश के विदेश मंत्रालय", "कहा")]


def test_began_to_say_before_ki_and_saying_heard_in_a_recording_are_cues():
    assert attributions("मां ने बताया कि बेटी का फोन आया था। वह कहने लगी कि उसे घर ले चलो।") == [
        ("बेटी का फोन आया था।", "मां", "बताया"),
        ("उसे घर ले चलो।", "वह", "कहने लगी"),
    ]
    assert quotes("इस पर विपक्षी सदस्य कुछ कहने लगे।") == []
    assert attributions("नेता ऑडियो संदेश में कहते सुनाई दे रहे हैं कि लोग घरों में रहें।")[0][0] == "लोग घरों में रहें।"


def test_a_request_in_progress_reports_with_its_subject_but_a_habitual_one_does_not():
    assert attributions("जिले के अधिकारी लोगों से अनुरोध कर रहे हैं कि वे घरों में रहें।") == [
        ("वे घरों में रहें।", "जिले के अधिकारी", "अनुरोध कर रहे हैं")
    ]
    assert quotes("हम सभी से अपील करते हैं कि वे शांति बनाए रखें।") == []


def test_after_and_the_one_spoken_to_stay_out_of_a_speaker():
    assert attributions("सभा के पश्चात संगठन के पदाधिकारियों ने कहा कि आंदोलन जारी रहेगा।")[0][1] == "संगठन के पदाधिकारियों"
    assert attributions("बाद में मुझसे जिले की पुलिस ने कहा कि वह लापता है।")[0][1] == "जिले की पुलिस"


def test_a_misspelt_me_a_latin_i_for_the_danda_and_dete_end_a_speaker_phrase():
    assert attributions("बैठक की जानकारी देते जिला सचिव आशीष रंजन ने बताया कि मैच कल होगा।")[0][1] == "जिला सचिव आशीष रंजन"
    assert attributions("इस मामले मे विमल जालान नामक एक शख्स ने कहा कि वह निर्दोष है।")[0][1] == "विमल जालान नामक एक शख्स"
    assert attributions("सागर I कलेक्टर संदीप ने कहा कि कार्रवाई होगी।")[0][1] == "कलेक्टर संदीप"


def test_a_slogan_raised_is_what_stands_before_ke_nare():
    assert attributions("प्रदर्शनकारियों ने 'मंत्री वापस जाओ' के नारे लगाए।") == [("मंत्री वापस जाओ", "प्रदर्शनकारियों", "नारे लगाए")]
    assert attributions("गांव वालों ने कंपनी वापस जाओ के नारे लगाए।")[0][0] == "कंपनी वापस जाओ"
    assert quotes("सांसदों ने संसद परिसर में जम कर नारे लगाए।") == []


def test_the_question_put_before_an_answer_is_a_quote_with_no_asker_named():
    assert attributions("यह पूछे जाने पर कि क्या वह चुनाव लड़ेंगे, उन्होंने कहा कि अभी फैसला नहीं हुआ है।") == [
        ("क्या वह चुनाव लड़ेंगे", "", "पूछे जाने पर"),
        ("अभी फैसला नहीं हुआ है।", "उन्होंने", "कहा"),
    ]
    assert attributions("पूछे जाने पर उन्होंने बताया कि वह घर पर थे।") == [("वह घर पर थे।", "उन्होंने", "बताया")]


def test_what_is_denied_shared_laid_down_or_not_disclosed_before_ki_is_a_quote():
    assert attributions("मंत्री ने इन आरोपों का खंडन किया कि सेना वहां मौजूद थी।") == [("सेना वहां मौजूद थी।", "मंत्री", "खंडन किया")]
    assert attributions("अदालत ने व्यवस्था दी कि लाउडस्पीकर बजाना मौलिक अधिकार नहीं है।")[0][2] == "व्यवस्था दी"
    assert attributions("पुलिस ने यह खुलासा नहीं किया कि आरोपी कहां छिपा था।")[0][0] == "आरोपी कहां छिपा था।"
    assert attributions("उन्होंने छात्रों को आश्वस्त भी किया कि सरकार मदद करेगी।")[0][2] == "आश्वस्त भी किया"
    assert quotes("उन्होंने अपनी तस्वीर साझा की।") == []


def test_what_was_noted_or_felt_before_ki_is_a_quote():
    assert attributions("अदालत ने सरकार के इस कथन पर गौर किया कि उन्हें बंद नहीं किया जाएगा।") == [
        ("उन्हें बंद नहीं किया जाएगा।", "अदालत", "गौर किया")
    ]
    assert attributions("खिलाड़ी ने महसूस किया कि दुनिया बदल रही है।")[0][2] == "महसूस किया"
    assert quotes("आयोग ने मामले का संज्ञान लिया।") == []


def test_what_is_cited_on_the_way_to_a_speech_act_is_not_a_quote():
    assert attributions("विष्णु जैन ने एएसआई रिपोर्ट का हवाला देते हुए कहा कि वहां पहले एक मंदिर था।") == [
        ("वहां पहले एक मंदिर था।", "विष्णु जैन", "कहा")
    ]
    assert attributions("सरकार ने बढ़ते दामों पर अंतरराष्ट्रीय कीमतों का हवाला दिया।") == [
        ("अंतरराष्ट्रीय कीमतों", "सरकार", "हवाला दिया")
    ]
    assert attributions("उन्होंने टीम के प्रदर्शन पर खुशी जताते हुए कहा कि खिलाड़ी मेहनती हैं।") == [
        ("खिलाड़ी मेहनती हैं।", "उन्होंने", "कहा")
    ]
    assert attributions("यात्रियों ने कोच में पानी न होने पर नाराजगी जताई।")[0][0] == "कोच में पानी न होने"


def test_grief_over_a_death_names_the_event_not_what_was_said():
    assert quotes("प्रधानमंत्री नरेंद्र मोदी ने भी रतन टाटा के निधन पर दुख जताया है।") == []
    assert attributions("यात्रियों ने कोच में पानी न होने पर नाराजगी जताई।")[0][2] == "नाराजगी जताई"


def test_a_headline_charge_before_a_comma_is_followed_by_the_next_clause_not_a_claim():
    assert attributions("परिजनों ने लगाया हत्या का आरोप, केस दर्ज") == [("हत्या", "परिजनों", "आरोप")]
    assert attributions("म्यांमार का दावा, उसकी सीमा में नहीं मारे गए उग्रवादी") == [
        ("उसकी सीमा में नहीं मारे गए उग्रवादी", "म्यांमार", "दावा")
    ]


def test_a_compound_hyphen_or_a_site_tag_in_latin_after_a_headline_dash_is_no_source():
    assert quotes("चार बदमाशों की चल-अचल संपत्ति कुर्क\nनोएडा। पुलिस ने कार्रवाई की।") == []
    assert attributions("व्यवस्था की जा रही है, जल्द राहत मिलेगी-मंत्री\nमंत्री ने दौरा किया।")[0][:2] == (
        "व्यवस्था की जा रही है, जल्द राहत मिलेगी",
        "मंत्री",
    )
    assert quotes("आईपीएल मैच में सट्टा लगवाने वाले गैंग का भंडाफोड़ - IPL News\nप्रयागराज। पुलिस ने कार्रवाई की।") == []
    assert attributions("आपदा से निपटने को हम पूरी तरह तैयार हैं - NDMA\nआपदा प्रबंधन प्राधिकरण (NDMA) की बैठक हुई।")[0][:2] == (
        "आपदा से निपटने को हम पूरी तरह तैयार हैं",
        "NDMA",
    )


def test_a_relative_pronoun_after_a_comma_speaks_for_no_one_before_it():
    assert quotes("पुलिस ने तीन संदिग्धों को हिरासत में लेकर पूछताछ की, जिन्होंने अपना जुर्म कबूल किया।") == []
    assert attributions("सड़क नहीं तो वोट नहीं, ग्रामीणों ने कहा।") == [("सड़क नहीं तो वोट नहीं", "ग्रामीणों", "कहा")]


def test_an_issue_raised_names_a_subject_not_a_quote():
    assert quotes("प्रधानमंत्री ने महासभा को संबोधित करते हुए आतंकवाद का मुद्दा उठाया।") == []
    assert attributions("विधायक ने क्षेत्र में पानी की किल्लत का मामला उठाया।")[0][0] == "क्षेत्र में पानी की किल्लत"


def test_an_inquiry_ordered_by_no_one_named_is_no_quote():
    assert quotes("लापरवाही सामने आने के बाद मामले की जांच के आदेश दिए गए हैं।") == []
    assert attributions("यात्रियों को धर्मशालाओं में रुकने की सलाह दी गई है।")[0][0] == "धर्मशालाओं में रुकने"


def test_bidding_the_world_farewell_is_no_name_called():
    assert quotes("रतन टाटा ने 86 वर्ष की उम्र में दुनिया को अलविदा कह दिया है।") == []


def test_a_post_signed_on_its_own_line_after_its_link():
    text = "पूर्व सैनिकों को हटाया जा रहा है। ये अजीब है। pic.twitter.com/o9Kz3vtGR3 — Arvind Kejriwal (@ArvindKejriwal) August 14, 2015"
    assert attributions(text) == [("पूर्व सैनिकों को हटाया जा रहा है। ये अजीब है।", "Arvind Kejriwal (@ArvindKejriwal)", "—")]
    twice = "पूर्व सैनिकों को हटाया जा रहा है।\n— Arvind Kejriwal (@ArvindKejriwal) August 14, 2015\n— Arvind Kejriwal (@ArvindKejriwal) August 14, 2015"
    assert [f.quote for f in quotes(twice)] == ["पूर्व सैनिकों को हटाया जा रहा है।"]
    inline = "Delhi govt will donate Rs 15 cr for its relief efforts. — Arvind Kejriwal (@ArvindKejriwal) October 20, 2020"
    assert attributions(inline) == [("Delhi govt will donate Rs 15 cr for its relief efforts.", "Arvind Kejriwal (@ArvindKejriwal)", "—")]


def test_an_admission_misspelt_svikar_is_a_cue():
    assert attributions("वहीं अब मनोहर लाल खट्टर ने स्विकार किया है कि चूक हुई है।") == [
        ("चूक हुई है।", "मनोहर लाल खट्टर", "स्विकार किया है")
    ]


def test_a_verdict_of_guilt_or_acquittal_names_no_one_anything():
    assert quotes("सीजेएम देव खत्री ने सलमान को दोषी करार देते हुए 50 हजार रुपए का जुर्माना लगाया।") == []
    assert quotes("अदालत ने तीनों आरोपियों को दोषी करार दिया।") == []
    assert attributions("मंत्री ने इस फैसले को ऐतिहासिक करार दिया।") == [("इस फैसले को ऐतिहासिक", "मंत्री", "करार दिया")]
    assert attributions("कोच ने हार के लिए बल्लेबाजों को दोषी ठहराया।")[0][2] == "दोषी ठहराया"
