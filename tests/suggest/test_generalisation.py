"""Patterns added after checking the rules on articles they were not tuned on; every
sentence here is written for the test."""

from __future__ import annotations

import pytest

from tests.suggest.helpers import only, quotes


@pytest.mark.parametrize(
    ("text", "cue", "quote"),
    [
        ("किसान संघ ने फसल का पूरा दाम देने की मांग की।", "मांग की", "फसल का पूरा दाम देने"),
        ("व्यापारियों ने बाजार जल्दी खोलने की गुजारिश की।", "गुजारिश की", "बाजार जल्दी खोलने"),
        ("मंत्री ने पद छोड़ने से इनकार किया।", "इनकार किया", "पद छोड़ने"),
        ("डॉक्टरों ने लोगों को घर पर रहने की सलाह दी।", "सलाह दी", "घर पर रहने"),
    ],
)
def test_requests_and_refusals_report_what_was_asked(text: str, cue: str, quote: str):
    """X ने C की मांग की / C से इनकार किया: what stands before the postposition is reported;
    advice leaves out the addressee (Y को), as the annotated corpus does."""
    found = only(text)
    assert (found.cue, found.quote) == (cue, quote)
    assert found.attributes["form"] == "reported"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("जिलाधिकारी ने आश्वासन दिया कि सड़क की मरम्मत जल्द होगी।", "आश्वासन दिया"),
        ("संगठन ने धमकी दी कि मांगें न मानी गईं तो हड़ताल होगी।", "धमकी दी"),
        ("शिक्षक संघ ने सुझाव दिया कि परीक्षाएं ऑनलाइन हों।", "सुझाव दिया"),
        ("अदालत ने निर्देश दिया कि सुनवाई रोज हो।", "निर्देश दिया"),
        ("नेता ने मांग की कि जांच निष्पक्ष हो।", "मांग की"),
        ("वैज्ञानिक ने चेतावनी भी दी कि गर्मी और बढ़ेगी।", "चेतावनी भी दी"),
    ],
)
def test_promise_threat_advice_verbs_with_ki(text: str, cue: str):
    found = only(text)
    assert found.cue == cue
    assert found.attributes["form"] == "indirect"


def test_usi_ke_mutabik_means_accordingly():
    """उसी के मुताबिक = accordingly: no source, no attribution."""
    assert quotes("मौसम बदला तो किसानों ने उसी के मुताबिक अपनी बुवाई का समय बदल लिया।") == []


def test_cue_opening_its_sentence_goes_on_for_the_previous_speaker():
    """X ने कहा कि A। साथ ही सुझाव दिया कि B।: B is suggested with its cue, said by X, who goes on."""
    found = quotes("संघ के अध्यक्ष ने कहा कि किराया कम हो। साथ ही सुझाव दिया कि बसें रात में भी चलें।")
    assert [(f.quote, f.speaker, f.cue) for f in found] == [
        ("किराया कम हो।", "संघ के अध्यक्ष", "कहा"),
        ("बसें रात में भी चलें।", "संघ के अध्यक्ष", "सुझाव दिया"),
    ]


def test_cue_without_speaker_or_ki_is_left_alone():
    assert quotes("बैठक में सुझाव दिया गया था और सब मान गए।") == []


def test_yah_kahna_hai_names_the_speaker_after_the_cue():
    """C। यह कहना है X का।: the content is the sentence before, the speaker ends the sentence."""
    text = "नई नीति से छोटे दुकानदारों को सबसे ज्यादा फायदा होगा. यह कहना है व्यापार मंडल के अध्यक्ष सुनील वर्मा का. बाकी खबर आगे है."
    found = only(text)
    assert found.quote == "नई नीति से छोटे दुकानदारों को सबसे ज्यादा फायदा होगा."
    assert (found.speaker, found.cue) == ("व्यापार मंडल के अध्यक्ष सुनील वर्मा", "कहना है")


def test_yah_kahna_hai_after_a_marked_quote():
    text = "“हमें हर गांव तक पहुंचना है।” यह कहना है जिला शिक्षा अधिकारी का।"
    found = only(text)
    assert (found.quote, found.speaker) == ("हमें हर गांव तक पहुंचना है।", "जिला शिक्षा अधिकारी")


def test_subheading_with_source_after_colon():
    """A subheading ``C: X`` further down the article, X naming an office."""
    text = "बाढ़ से कई जिले प्रभावित\nराज्य में राहत शिविर खोले गए हैं।\nहर परिवार तक मदद पहुंचेगी: मुख्यमंत्री\nशिविरों में भोजन बांटा जा रहा है।\n"
    found = only(text)
    assert (found.quote, found.speaker, found.cue) == ("हर परिवार तक मदद पहुंचेगी", "मुख्यमंत्री", ":")


def test_subheading_ending_in_a_topic_is_no_quote():
    text = "बाढ़ से कई जिले प्रभावित\nराज्य में राहत शिविर खोले गए हैं।\nकिस जिले में कितने शिविर: पूरी सूची\nशिविरों में भोजन बांटा जा रहा है।\n"
    assert quotes(text) == []


def test_single_quoted_subheading_is_speech():
    """A line that is only a quote in single marks is a quoted subheading, not a title."""
    text = "नगर निगम की बैठक हुई।\n\n'शहर की सफाई हमारी पहली जिम्मेदारी'\nमहापौर ने कहा कि हर वार्ड में नई गाड़ियां आएंगी।\n"
    found = quotes(text)
    assert [f.quote for f in found] == ["शहर की सफाई हमारी पहली जिम्मेदारी", "हर वार्ड में नई गाड़ियां आएंगी।"]


def test_single_quoted_title_inside_a_sentence_is_not_speech():
    assert quotes("कल शाम 'मेरा गांव मेरा देश' नाटक का मंचन हुआ।") == []


@pytest.mark.parametrize(("verb", "medium"), [("कह दिया", "speech"), ("बता दिया", "speech"), ("लिख दिया", "writing")])
def test_compound_speech_verbs(verb: str, medium: str):
    found = only(f"कप्तान ने साफ {verb} कि अगला मैच वे नहीं खेलेंगे।")
    assert (found.speaker, found.cue, found.quote) == ("कप्तान", verb, "अगला मैच वे नहीं खेलेंगे।")
    assert found.attributes["medium"] == medium


def test_compound_verb_then_comma_is_no_unmarked_speech():
    text = "एक खिलाड़ी ने पूरी घटना अपने ब्लॉग पर लिख दी थी, नतीजतन उसे टीम से हटा दिया गया।"
    assert quotes(text) == []


def test_correlative_to_after_a_question_is_narration():
    """जब X ने पूछा तो Y …: the clause after तो is what happened next, not what was asked."""
    text = "जब पत्रकारों ने पूछा तो मंत्री बिना जवाब दिए बैठक से चले गए।"
    assert quotes(text) == []


def test_speaker_keeps_its_participial_clause_whole():
    """… में काम कर चुकी X: the participial clause is the speaker's description, as the gold
    marks it (never its चुकी alone)."""
    found = only("कई साल तक अस्पताल में काम कर चुकी नर्स सुनीता देवी का कहना है कि स्टाफ कम है।")
    assert found.speaker == "कई साल तक अस्पताल में काम कर चुकी नर्स सुनीता देवी"


def test_yah_jankari_ne_di_attributes_the_sentence_before():
    text = "जिले में अब तक चालीस गांवों तक पानी पहुंचाया गया है. यह जानकारी जल निगम के अधिकारियों ने मंगलवार को दी. आगे की खबर।"
    found = only(text)
    assert found.quote == "जिले में अब तक चालीस गांवों तक पानी पहुंचाया गया है."
    assert (found.speaker, found.cue) == ("जल निगम के अधिकारियों", "दी")


def test_jankari_without_pointing_word_is_left_alone():
    assert quotes("गांव वालों ने पुलिस को घटना की जानकारी दी और मदद मांगी।") == []


def test_ka_yah_kahna_hai_ki():
    """X का यह मानना है कि C: the pointing यह between the genitive and the cue."""
    found = only("डॉक्टरों का यह मानना है कि बच्चों को टीका जल्दी लगना चाहिए।")
    assert (found.speaker, found.cue, found.quote) == ("डॉक्टरों", "मानना है", "बच्चों को टीका जल्दी लगना चाहिए।")


@pytest.mark.parametrize(
    ("text", "cue", "quote"),
    [
        ("राज्य सरकार ने सभी दफ्तर सोमवार तक बंद करने का ऐलान कर दिया।", "ऐलान कर दिया", "सभी दफ्तर सोमवार तक बंद करने"),
        ("निगम ने पुराने पुल को गिराने की घोषणा की।", "घोषणा की", "पुराने पुल को गिराने"),
        ("अदालत ने दोनों पक्षों को जवाब दाखिल करने के आदेश दिए।", "आदेश दिए", "दोनों पक्षों को जवाब दाखिल करने"),
    ],
)
def test_announcements_and_orders_report_their_content(text: str, cue: str, quote: str):
    found = only(text)
    assert (found.cue, found.quote) == (cue, quote)


def test_bharosa_dilaya():
    found = only("बैंक ने ग्राहकों को भरोसा दिलाया कि उनका पैसा सुरक्षित है।")
    assert (found.speaker, found.cue, found.quote) == ("बैंक", "भरोसा दिलाया", "उनका पैसा सुरक्षित है।")


def test_long_reported_content_before_jor_diya():
    text = (
        "विभाग ने गर्मी के इस मौसम में दोपहर के समय बाहर निकलने से बचने, खूब पानी पीने, हल्के कपड़े पहनने"
        " और बुजुर्गों तथा बच्चों का खास ध्यान रखने के साथ साथ पशुओं को भी छाया में रखने पर जोर दिया।"
    )
    found = only(text)
    assert (found.speaker, found.cue) == ("विभाग", "जोर दिया")
    assert found.quote.endswith("छाया में रखने")


def test_requested_thing_is_no_reported_quote():
    """With infinitive = true, 'नई बसों का अनुरोध किया' (a thing asked for) is not a quote."""
    assert quotes("यात्रियों ने स्टेशन पर नई बसों का अनुरोध किया।") == []
