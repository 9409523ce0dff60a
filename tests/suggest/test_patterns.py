"""Each family of Hindi attribution pattern, on sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.suggest.helpers import only, quotes, suggest


def test_ne_kaha_ki_gives_indirect_quote_without_ki():
    """X ने कहा कि C: speaker without ने, cue कहा, content after कि to the end of the sentence."""
    text = "मुख्यमंत्री रमेश यादव ने सोमवार को कहा कि राज्य में सभी स्कूल अगले हफ्ते खुलेंगे। बैठक में कई अधिकारी मौजूद थे।"
    found = only(text)
    assert found.quote == "राज्य में सभी स्कूल अगले हफ्ते खुलेंगे।"
    assert found.speaker == "मुख्यमंत्री रमेश यादव"
    assert found.cue == "कहा"
    assert found.attributes["form"] == "indirect"


def test_ne_bataya_with_space_before_danda():
    """ने बताया कि, with the space before । that most dailies print."""
    found = only("पुलिस अधीक्षक ने बताया कि आरोपी को गिरफ्तार कर लिया गया है । ")
    assert (found.speaker, found.cue) == ("पुलिस अधीक्षक", "बताया")
    assert found.quote == "आरोपी को गिरफ्तार कर लिया गया है ।"


@pytest.mark.parametrize("marker", ["के अनुसार", "के मुताबिक"])
def test_ke_anusar_and_ke_mutabik(marker: str):
    """X के अनुसार C: the cue keeps के, the speaker is the phrase before it."""
    found = only(f"मौसम विभाग {marker} अगले दो दिन भारी बारिश होगी।")
    assert (found.speaker, found.cue) == ("मौसम विभाग", marker)
    assert found.quote == "अगले दो दिन भारी बारिश होगी।"


def test_ke_anusar_after_a_rule_is_not_a_source():
    """नियमों के अनुसार means 'as the rules say': no attribution."""
    assert quotes("नियमों के अनुसार सभी यात्रियों को मास्क पहनना होगा।") == []


def test_ka_kahna_hai_excludes_the_genitive():
    found = only("विशेषज्ञों का कहना है कि यह फैसला सही समय पर लिया गया।")
    assert (found.speaker, found.cue) == ("विशेषज्ञों", "कहना है")
    assert found.quote == "यह फैसला सही समय पर लिया गया।"


def test_pronoun_genitive_speaker():
    found = only("उनका कहना है कि बातचीत जल्द शुरू होगी।")
    assert (found.speaker, found.cue) == ("उनका", "कहना है")


def test_kehte_hain_with_marked_quote():
    found = only("प्रोफेसर अमित शर्मा कहते हैं, “शिक्षा ही बदलाव की कुंजी है।”")
    assert (found.speaker, found.cue) == ("प्रोफेसर अमित शर्मा", "कहते हैं")
    assert found.quote == "शिक्षा ही बदलाव की कुंजी है।"
    assert found.attributes["form"] == "direct"


def test_kehti_hain_ki_with_pronoun_subject():
    found = only("वह कहती हैं कि गांव में पानी की भारी कमी है।")
    assert (found.speaker, found.cue) == ("वह", "कहती हैं")
    assert found.quote == "गांव में पानी की भारी कमी है।"


def test_kehte_hain_without_ki_bbc_style():
    found = only("किसान मोहन लाल कहते हैं इस साल फसल अच्छी नहीं हुई.")
    assert found.cue == "कहते हैं" and found.quote == "इस साल फसल अच्छी नहीं हुई."


def test_bayan_mein_kaha_gaya_names_the_statement_as_its_source():
    """A document is a SPEAKER (kind document) in the schema: the statement said it."""
    found = only("मंत्रालय के बयान में कहा गया कि सभी उड़ानें रद्द रहेंगी।")
    assert found.cue == "कहा गया"
    assert found.speaker == "मंत्रालय के बयान"
    assert found.quote == "सभी उड़ानें रद्द रहेंगी।"
    assert found.attributes["medium"] == "statement"


def test_ne_ek_bayan_mein_kaha():
    found = only("रक्षा मंत्रालय ने एक बयान में कहा कि अभ्यास अगले महीने होगा।")
    assert (found.speaker, found.cue) == ("रक्षा मंत्रालय", "कहा")
    assert found.attributes["medium"] == "statement"


def test_tweet_kar_kaha_is_a_post_on_x():
    found = only('सांसद अनीता राव ने ट्वीट कर कहा, "हम जनता के साथ खड़े हैं।"')
    assert (found.speaker, found.cue, found.quote) == ("सांसद अनीता राव", "ट्वीट कर कहा", "हम जनता के साथ खड़े हैं।")
    assert found.attributes == {"form": "direct", "medium": "social_post", "platform": "x", "factuality": "asserted"}


def test_ne_likha_is_writing():
    found = only("लेखक ने अपने लेख में लिखा कि भाषा लोगों को जोड़ती है।")
    assert (found.speaker, found.cue) == ("लेखक", "लिखा")
    assert found.attributes["medium"] == "writing"


def test_quote_before_ne_post_kiya_on_x():
    """"C," X ने एक्स पर पोस्ट किया: content before the speaker."""
    found = only("“बैठक बहुत उपयोगी रही और कई समझौते हुए,” दूतावास ने एक्स पर पोस्ट किया।")
    assert (found.speaker, found.cue) == ("दूतावास", "पोस्ट किया")
    assert found.quote == "बैठक बहुत उपयोगी रही और कई समझौते हुए"
    assert found.attributes["medium"] == "social_post" and found.attributes["platform"] == "x"


def test_x_par_post_mein():
    found = only('एक्स पर एक पोस्ट में पार्टी ने कहा, "चुनाव में हम पूरी ताकत से उतरेंगे।"')
    assert found.speaker == "पार्टी" and found.attributes["platform"] == "x"


def test_handle_marks_a_social_post():
    found = only('@AnitaRaoMP ने लिखा, "सभी समर्थकों को धन्यवाद।"')
    assert found.speaker == "@AnitaRaoMP"
    assert found.attributes["medium"] == "social_post" and found.attributes["platform"] == "x"


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("विपक्ष ने आरोप लगाया कि सरकार ने आंकड़े छिपाए हैं।", "आरोप लगाया"),
        ("कंपनी ने दावा किया कि नया टीका पूरी तरह सुरक्षित है।", "दावा किया"),
        ("वैज्ञानिकों ने चेतावनी दी कि तापमान और बढ़ेगा।", "चेतावनी दी"),
    ],
)
def test_stance_verbs(sentence: str, cue: str):
    found = only(sentence)
    assert found.cue == cue and found.speaker and found.quote.endswith("।")


def test_stance_verb_without_ki_is_not_speech():
    """घोषणा की, followed by a relative clause, announces but quotes nothing."""
    assert quotes("सरकार ने नई योजना की घोषणा की, जो अगले साल लागू होगी।") == []


@pytest.mark.parametrize("cue", ["कहा जा रहा है", "माना जा रहा है"])
def test_agentless_cues(cue: str):
    found = only(f"{cue} कि चुनाव समय से पहले होंगे।")
    assert (found.cue, found.speaker, found.quote) == (cue, "", "चुनाव समय से पहले होंगे।")
    assert not [s for s in suggest(f"{cue} कि चुनाव समय से पहले होंगे।") if s.label == "SPEAKER"]


def test_headline_bole_dash():
    found = quotes("किसान नेता बोले- मांगें पूरी होने तक आंदोलन जारी रहेगा\nदिल्ली में आज बैठक हुई।")[0]
    assert (found.speaker, found.cue, found.quote) == ("किसान नेता", "बोले", "मांगें पूरी होने तक आंदोलन जारी रहेगा")


def test_headline_ne_kaha_dash():
    found = quotes("परिवहन मंत्री ने कहा- सड़कें जल्द ठीक होंगी\nशहर में बारिश जारी है।")[0]
    assert (found.speaker, found.cue, found.quote) == ("परिवहन मंत्री", "कहा", "सड़कें जल्द ठीक होंगी")


def test_headline_with_speaker_after_bole():
    found = quotes("बजट पर बोले अर्थशास्त्री, विकास दर बढ़ेगी पर महंगाई भी\nबजट आज पेश हुआ।")[0]
    assert (found.speaker, found.cue, found.quote) == ("अर्थशास्त्री", "बोले", "विकास दर बढ़ेगी पर महंगाई भी")


def test_trailing_ellipsis_is_left_out():
    text = "डॉक्टरों का कहना है कि मरीजों की संख्या घट रही है, ... वहीं नर्सों की राय में अस्पताल अब भी भरे हैं।"
    found = quotes(text)
    assert [(f.speaker, f.cue, f.quote) for f in found] == [
        ("डॉक्टरों", "कहना है", "मरीजों की संख्या घट रही है"),
        ("नर्सों", "राय में", "अस्पताल अब भी भरे हैं।"),
    ]


def test_headline_source_after_colon():
    found = quotes("महंगाई पर जल्द काबू पा लेंगे: वित्त मंत्री\nसरकार ने कई कदम उठाए हैं।")[0]
    assert (found.speaker, found.cue, found.quote) == ("वित्त मंत्री", ":", "महंगाई पर जल्द काबू पा लेंगे")


def test_topic_before_colon_is_not_a_source():
    found = quotes("बाढ़ संकट: जिलाधिकारी ने कहा, राहत शिविरों में पूरी व्यवस्था है\nखबर आगे है।")
    assert [(f.speaker, f.cue) for f in found] == [("जिलाधिकारी", "कहा")]


def test_direct_speech_without_marks_after_ne_kaha_comma():
    found = only("उन्होंने कहा, सरकार और जनता मिलकर इस संकट से निपटेंगे।")
    assert found.quote == "सरकार और जनता मिलकर इस संकट से निपटेंगे।"
    assert found.attributes["form"] == "direct_unmarked"


def test_content_before_comma_and_pronoun_cue():
    found = only("हम हर हाल में समय पर काम पूरा करेंगे, उन्होंने कहा।")
    assert (found.speaker, found.cue, found.quote) == ("उन्होंने", "कहा", "हम हर हाल में समय पर काम पूरा करेंगे")


def test_pronoun_speaker_same_as_nearest_named_speaker():
    text = (
        "जिलाधिकारी सुनील वर्मा ने कहा कि राहत शिविर तैयार हैं। "
        "डॉक्टर रीना ने बताया कि दवाइयां पहुंच गई हैं। उन्होंने कहा कि किसी को घबराने की जरूरत नहीं है।"
    )
    suggestions = suggest(text)
    speakers = {s.text_in(text): s for s in suggestions if s.label == "SPEAKER"}
    pronoun = speakers["उन्होंने"]
    assert pronoun.attributes["mention"] == "pronoun"
    target = pronoun.link("same_as")
    assert target is not None and target.tail == speakers["डॉक्टर रीना"].key


def test_repeated_name_same_as_full_name():
    text = "वित्त मंत्री निर्मला देवी ने कहा कि बजट संतुलित है। देवी ने कहा कि कर नहीं बढ़ेंगे।"
    speakers = {s.text_in(text): s for s in suggest(text) if s.label == "SPEAKER"}
    link = speakers["देवी"].link("same_as")
    assert link is not None and link.tail == speakers["वित्त मंत्री निर्मला देवी"].key


def test_speaker_keeps_genitive_chain_and_parenthesis():
    found = only("जिले के मुख्य चिकित्सा अधिकारी (सीएमओ) ने कहा कि अस्पताल में बिस्तर पर्याप्त हैं।")
    assert found.speaker == "जिले के मुख्य चिकित्सा अधिकारी (सीएमओ)"


def test_speaker_stops_at_time_words():
    found = only("राज्यपाल ने बुधवार को संवाददाताओं से कहा कि सत्र जल्द बुलाया जाएगा।")
    assert found.speaker == "राज्यपाल"


def test_quantifier_speaker():
    found = only("एक ने कहा कि बस समय पर नहीं आती।")
    assert found.speaker == "एक"


def test_two_coordinated_attributions_in_one_sentence():
    text = "रीता कहती हैं कि वह इस फैसले से खुश हैं जबकि मोहन का कहना है कि यह गलत है।"
    found = quotes(text)
    assert [(f.speaker, f.quote) for f in found] == [
        ("रीता", "वह इस फैसले से खुश हैं"),
        ("मोहन", "यह गलत है।"),
    ]


def test_nested_attribution_inside_content():
    text = "डॉक्टर ने कहा, जब मरीज से पूछा गया तो उसने कहा कि वह विदेश नहीं गया था।"
    found = quotes(text)
    assert len(found) == 2
    outer, inner = found
    assert outer.speaker == "डॉक्टर" and inner.speaker == "उसने"
    assert inner.quote == "वह विदेश नहीं गया था।"


def test_zero_width_joiners_inside_words():
    """Papers type उन्‍होंने and स्‍पष्‍ट with a ZWJ after the virama; offsets stay exact."""
    text = "उन्\u200dहोंने कहा कि स्कूल खुले रहेंगे। मंत्री ने स्\u200dपष्\u200dट किया कि फीस नहीं बढ़ेगी।"
    found = quotes(text)
    assert [(f.speaker, f.cue) for f in found] == [("उन्\u200dहोंने", "कहा"), ("मंत्री", "स्\u200dपष्\u200dट किया")]


def test_participle_is_not_a_cue():
    assert quotes("मैंने कार्ड पर हिंदी में लिखा हुआ नाम देखा है।") == []


def test_question_cue():
    found = only('उन्होंने पूछा, "आखिर यह काम कब तक पूरा होगा?"')
    assert (found.speaker, found.cue, found.quote) == ("उन्होंने", "पूछा", "आखिर यह काम कब तक पूरा होगा?")


def test_passive_verb_is_not_the_speakers_cue():
    """In पूछा गया तो उसने कहा, only कहा reports; the asked question has no speaker here."""
    text = "डॉक्टर ने बताया, जब मरीज से पूछा गया तो उसने कहा कि वह घर पर था।"
    cues = [s.text_in(text) for s in suggest(text) if s.label == "CUE"]
    assert cues == ["बताया", "कहा"]


def test_headline_genitive_noun_with_dash():
    found = quotes("विपक्ष का आरोप- सरकार ने किसानों से वादाखिलाफी की\nसंसद में आज हंगामा हुआ।")[0]
    assert (found.speaker, found.cue, found.quote) == ("विपक्ष", "आरोप", "सरकार ने किसानों से वादाखिलाफी की")


def test_genitive_noun_without_separator_is_no_cue():
    assert quotes("उनका आरोप सही नहीं पाया गया और मामला बंद हो गया।") == []


@pytest.mark.parametrize(
    ("text", "quote", "cue"),
    [
        ("मंत्री ने सड़कों की मरम्मत जल्द पूरी करने की बात कही।", "सड़कों की मरम्मत जल्द पूरी करने", "बात कही"),
        ("विशेषज्ञों ने साफ पानी की व्यवस्था सुधारने पर जोर दिया।", "साफ पानी की व्यवस्था सुधारने", "जोर दिया"),
    ],
)
def test_reported_speech_before_the_cue(text: str, quote: str, cue: str):
    found = only(text)
    assert (found.quote, found.cue, found.attributes["form"]) == (quote, cue, "reported")


def test_ke_havale_se_names_the_source_and_the_relay():
    """A ने B के हवाले से कहा: B said it (said_by), A passed it on (relayed_via)."""
    text = "समाचार एजेंसी ने पुलिस के हवाले से कहा कि तीन लोग गिरफ्तार हुए हैं।"
    suggestions = suggest(text)
    by_key = {s.key: s for s in suggestions}
    [quote] = [s for s in suggestions if s.label == "QUOTE"]
    assert quote.text_in(text) == "तीन लोग गिरफ्तार हुए हैं।"
    ends = {(link.type, by_key[link.tail].text_in(text)) for link in quote.links}
    assert ends == {
        ("said_by", "पुलिस"),
        ("relayed_via", "समाचार एजेंसी"),
        ("cued_by", "कहा"),
        ("cued_by", "के हवाले से"),
    }


def test_ke_havale_se_with_agentless_verb():
    found = only("पुलिस सूत्रों के हवाले से बताया गया है कि आरोपी फरार है।")
    assert (found.speaker, found.quote) == ("पुलिस सूत्रों", "आरोपी फरार है।")


def test_pronoun_genitive_with_mutabik():
    found = only("उनके मुताबिक अगले हफ्ते बारिश होगी।")
    assert (found.speaker, found.cue) == ("उनके", "मुताबिक")


@pytest.mark.parametrize(
    ("sentence", "factuality"),
    [
        ("मंत्री ने कहा कि पुल अगले महीने खुलेगा।", "asserted"),
        ("मंत्री ने कहा कि पुल अगले महीने खुल सकता है।", "hedged"),
        ("मंत्री ने कहा कि अगर बारिश हुई तो काम रुकेगा।", "hypothetical"),
        ('मंत्री ने पूछा, "पुल कब खुलेगा?"', "question"),
    ],
)
def test_factuality(sentence: str, factuality: str):
    assert only(sentence).attributes["factuality"] == factuality


def test_present_tense_feature_style_is_an_interview():
    found = only("किसान रामलाल कहते हैं, “इस बार बारिश ने सब बर्बाद कर दिया।”")
    assert found.attributes["medium"] == "interview"


def test_a_pronoun_speaker_names_who_it_refers_to_in_the_sentence_before():
    """``X ने … बयान दिया। उन्होंने कहा कि …``: X is a SPEAKER too, though it says nothing the
    rules attribute, and the pronoun is linked to it."""
    text = "जल बोर्ड के अध्यक्ष रमेश ने आज पत्रकारों के सामने बड़ा बयान दिया। उन्होंने कहा कि शहर में पानी की कमी नहीं होगी।"
    speakers = {s.text_in(text): s for s in suggest(text) if s.label == "SPEAKER"}
    assert set(speakers) == {"जल बोर्ड के अध्यक्ष रमेश", "उन्होंने"}
    named = speakers["जल बोर्ड के अध्यक्ष रमेश"]
    assert named.links == () and named.rule == "named before a pronoun speaker"
    link = speakers["उन्होंने"].link("same_as")
    assert link is not None and link.tail == named.key


@pytest.mark.parametrize(
    "before",
    [
        "लोग खुश हैं कि दो युवाओं ने राजनीति में कदम रखा।",  # ने inside a कि clause
        "योजना का लाभ मिल रहा है। (पड़ोसी देश ने सीमा पर लगाया गंभीर आरोप)\n",  # a bracketed link to another story
        "अध्यक्ष ने कहा कि बैठक होगी।",  # already a quote's speaker, found as such
    ],
)
def test_no_second_speaker_named_before_a_pronoun(before: str):
    text = f"{before} उन्होंने कहा कि शहर में पानी की कमी नहीं होगी।"
    rules = [s.rule for s in suggest(text) if s.label == "SPEAKER"]
    assert "named before a pronoun speaker" not in rules


@pytest.mark.parametrize("label", ["बिजनेस डेस्कः", "पूछताछः", "नई दिल्लीः"])
def test_a_visarga_typed_for_a_colon_ends_the_speaker(label: str):
    found = only(f"{label} जिला पुलिस अधीक्षक ने कहा कि जांच जारी है।")
    assert found.speaker == "जिला पुलिस अधीक्षक"


@pytest.mark.parametrize("opening", ["इधर", "उधर", "इसके उलट", "इस मौके पर", "इसमें", "बीते दिनों"])
def test_a_discourse_opening_stays_out_of_the_speaker(opening: str):
    assert only(f"{opening} थाना प्रभारी संजय नायक ने बताया कि जांच जारी है।").speaker == "थाना प्रभारी संजय नायक"


def test_the_one_a_pronoun_refers_to_is_the_last_ergative_before_it():
    text = "जब चैनल ने उनसे सवाल पूछा तो अध्यक्ष ने इससे इनकार किया। उन्होंने कहा कि सब नियम से हुआ।"
    named = [s.text_in(text) for s in suggest(text) if s.rule == "named before a pronoun speaker"]
    assert named == ["अध्यक्ष"]


def test_ke_maddenajar_ends_a_speaker_phrase():
    text = "बाढ़ के मद्देनजर जिलाधिकारी ने बैठक की। उन्होंने कहा कि राहत शिविर तैयार हैं।"
    named = [s.text_in(text) for s in suggest(text) if s.rule == "named before a pronoun speaker"]
    assert named == ["जिलाधिकारी"]


def test_an_order_given_before_its_giver_stays_out_of_the_one_named_before_a_pronoun():
    text = "अधिकारियों को व्यवस्थाएं जुटा लेने के निर्देश एडीएम ने दिए हैं। उन्होंने कहा कि काम समय पर पूरा हो।"
    named = [s.text_in(text) for s in suggest(text) if s.rule == "named before a pronoun speaker"]
    assert named == ["एडीएम"]


@pytest.mark.parametrize(
    ("text", "full", "short"),
    [
        (
            "बिहार के उपमुख्यमंत्री सम्राट चौधरी ने विपक्ष पर हमला बोला है। सम्राट ने कहा कि जांच पूरी होगी।",
            "बिहार के उपमुख्यमंत्री सम्राट चौधरी",
            "सम्राट",
        ),
        (
            "जिले के नगर आयुक्त राजेश वर्मा ने सोमवार को बाजार का निरीक्षण किया। नगर आयुक्त ने कहा कि अतिक्रमण हटाया जाएगा।",
            "जिले के नगर आयुक्त राजेश वर्मा",
            "नगर आयुक्त",
        ),
        ("खाद्य मंत्री अमर सिंह ने गोदामों का दौरा किया। मंत्री सिंह ने कहा कि अनाज सुरक्षित है।", "खाद्य मंत्री अमर सिंह", "मंत्री सिंह"),
    ],
)
def test_a_short_name_or_title_speaker_names_its_full_form_given_before(text: str, full: str, short: str) -> None:
    """``बिहार के उपमुख्यमंत्री सम्राट चौधरी ने हमला बोला। सम्राट ने कहा …``: the full phrase is a
    SPEAKER too, and the short name is linked to it; so for a title (``नगर आयुक्त``, ``मंत्री सिंह``)."""
    speakers = {s.text_in(text): s for s in suggest(text) if s.label == "SPEAKER"}
    assert set(speakers) == {full, short}
    link = speakers[short].link("same_as")
    assert link is not None and link.tail == speakers[full].key


def test_a_body_is_no_short_name() -> None:
    text = "थाने की पुलिस ने दो लोगों को पकड़ा है। पुलिस ने कहा कि जांच पूरी होगी।"
    assert [s.text_in(text) for s in suggest(text) if s.label == "SPEAKER"] == ["पुलिस"]


def test_the_house_a_speaker_speaks_in_is_not_part_of_the_speaker():
    """``लोकसभा में मंत्री X ने कहा`` names where X spoke; a role held in the house keeps it
    (``विधानसभा में विपक्ष के नेता X``)."""
    text = "लोकसभा में केंद्रीय कृषि मंत्री रामेश्वर प्रसाद ने कहा कि बीज सस्ते होंगे।"
    assert [s.text_in(text) for s in suggest(text) if s.label == "SPEAKER"] == ["केंद्रीय कृषि मंत्री रामेश्वर प्रसाद"]
    text = "बिहार विधानसभा में विपक्ष के नेता सुरेश कुमार ने कहा कि सत्र छोटा है।"
    assert [s.text_in(text) for s in suggest(text) if s.label == "SPEAKER"] == ["बिहार विधानसभा में विपक्ष के नेता सुरेश कुमार"]


def test_what_a_speaker_gave_is_not_part_of_the_speaker():
    """``शुक्रवार को यह जानकारी उपायुक्त X ने … दी। उन्होंने कहा …``: the one named before the pronoun
    is the officer, not the information; so after ``उक्त बातों की जानकारी``."""
    text = "शुक्रवार को यह जानकारी उपायुक्त रमेश कुमार ने सभागार में बैठक की अध्यक्षता करते हुए दी। उन्होंने कहा कि झील की सफाई होगी।"
    assert [s.text_in(text) for s in suggest(text) if s.label == "SPEAKER"][0] == "उपायुक्त रमेश कुमार"
