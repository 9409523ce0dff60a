"""Quote marks as Hindi news prints them, and quoted stretches that are not speech."""

from __future__ import annotations

import pytest

from tests.suggest.helpers import only, quotes

SPEECH = "इस बार हम चुनाव जरूर जीतेंगे।"


@pytest.mark.parametrize(
    ("opening", "closing"),
    [('"', '"'), ("“", "”"), ("''", "''"), ("‘‘", "’’"), ("'", "'"), ("‘", "’"), ("''", '"'), ("“", '"')],
)
def test_every_mark_style(opening: str, closing: str):
    found = only(f"उन्होंने कहा, {opening}{SPEECH}{closing} सभा में तालियां बजीं।")
    assert found.quote == SPEECH
    assert (found.speaker, found.cue) == ("उन्होंने", "कहा")
    assert found.attributes["form"] == "direct"


def test_closing_mark_before_the_danda():
    found = only('नेता ने कहा, "इस बार हम चुनाव जरूर जीतेंगे"। सभा खत्म हुई।')
    assert found.quote == "इस बार हम चुनाव जरूर जीतेंगे"


def test_closing_mark_turned_the_wrong_way():
    found = only("नेता ने कहा, “काम जारी है और आगे भी जारी रहेगा।“ सभा खत्म हुई।")
    assert found.quote == "काम जारी है और आगे भी जारी रहेगा।"


def test_stray_closing_mark_extends_the_last_quote():
    """"A।" B।” : the second closing mark adds B as a second fragment."""
    text = 'नेता ने कहा, "पहली बात यह है कि काम होगा।" दूसरी बात यह है कि पैसा आएगा।”\nअगली खबर।'
    found = only(text)
    assert found.quote == "पहली बात यह है कि काम होगा। दूसरी बात यह है कि पैसा आएगा।"
    assert len(found.fragments) == 2


def test_unclosed_quote_ends_at_its_paragraph():
    text = 'नेता ने कहा, "हम किसी भी हाल में हार नहीं मानेंगे।\nदूसरे अनुच्छेद में अलग खबर है।'
    found = only(text)
    assert found.quote == "हम किसी भी हाल में हार नहीं मानेंगे।"


def test_quote_over_two_paragraphs_is_one_quote_in_two_fragments():
    text = 'नेता ने कहा, "पहले हिस्से में हम सड़क बनाएंगे।\n"दूसरे हिस्से में हम पुल बनाएंगे।"\n'
    found = only(text)
    assert len(found.fragments) == 2
    assert found.quote == "पहले हिस्से में हम सड़क बनाएंगे। दूसरे हिस्से में हम पुल बनाएंगे।"


def test_quote_with_cue_after_it():
    found = only("“हम हर गांव तक बिजली पहुंचाएंगे,” ऊर्जा मंत्री ने कहा।")
    assert (found.speaker, found.cue, found.quote) == ("ऊर्जा मंत्री", "कहा", "हम हर गांव तक बिजली पहुंचाएंगे")


def test_short_quote_right_before_its_cue_is_speech():
    found = only("दोनों ने एक दूसरे को ‘शुभकामनाएं’ कहा।")
    assert (found.quote, found.speaker, found.cue) == ("शुभकामनाएं", "दोनों", "कहा")


def test_long_quote_without_cue_is_still_suggested_without_speaker():
    found = only("सभा में माहौल गर्म था. “हम अपने हक के लिए आखिरी दम तक लड़ते रहेंगे और पीछे नहीं हटेंगे.”")
    assert found.speaker == "" and found.cue == ""
    assert found.quote.startswith("हम अपने हक")


@pytest.mark.parametrize(
    "text",
    [
        'दोनों देशों ने "शांति और सहयोग के लिए साझा घोषणा" पर हस्ताक्षर किए।',
        'सहयोग को "विशेष और विशेषाधिकार प्राप्त साझेदारी " के स्तर तक बढ़ाया गया।',
        'उन्होंने "मेरा देश मेरा गौरव" नामक किताब लिखी है।',
        "यह फैसला 'ऐतिहासिक' है और इसका असर दिखेगा।",
        "इस योजना का नाम “नया सवेरा” रखा गया है।",
        "सरकार ने ‘हर घर जल’ अभियान शुरू किया।",
    ],
)
def test_titles_and_scare_quotes_are_not_speech(text: str):
    assert quotes(text) == []


def test_title_inside_indirect_content_stays_inside():
    found = only('मंत्री ने कहा कि "स्वच्छ भारत" अभियान सफल रहा है।')
    assert found.quote == '"स्वच्छ भारत" अभियान सफल रहा है।'
    assert found.speaker == "मंत्री"


def test_apostrophe_inside_latin_words_is_not_a_mark():
    found = only("उन्होंने कहा कि India's growth अच्छी है और आगे भी रहेगी।")
    assert found.quote == "India's growth अच्छी है और आगे भी रहेगी।"


def test_unclosed_quote_ends_where_a_cue_opens_the_next():
    text = (
        'रीना कहती हैं, " मुझे लगता है कि गांव बदल रहा है. इसलिए मैं यहां लौटी. '
        'उनकी बहन सीमा कहती हैं," मुझे शहर ज्यादा पसंद है." बात यहीं खत्म हुई.'
    )
    found = quotes(text)
    assert [(f.speaker, f.quote) for f in found] == [
        ("रीना", "मुझे लगता है कि गांव बदल रहा है. इसलिए मैं यहां लौटी."),
        ("उनकी बहन सीमा", "मुझे शहर ज्यादा पसंद है."),
    ]


def test_short_title_inside_an_open_quote_does_not_close_it():
    text = 'प्रोफेसर ने बताया, "यहां ऐसे छात्र आते हैं जो "इंडोलॉजी" पढ़ना चाहते हैं और शोध करते हैं." फिर कक्षा शुरू हुई.'
    found = only(text)
    assert found.quote == 'यहां ऐसे छात्र आते हैं जो "इंडोलॉजी" पढ़ना चाहते हैं और शोध करते हैं.'


def test_medium_is_read_before_the_cue_not_in_an_earlier_quote():
    text = 'उन्होंने कहा, "फेसबुक ने भाषा फैलाई है"रमेश का कहना है, "यह भाषा लोगों को जोड़ती है और आगे बढ़ेगी."'
    by_speaker = {f.speaker: f for f in quotes(text)}
    assert by_speaker["रमेश"].attributes["medium"] != "social_post"


def test_quote_split_around_its_speaker_is_one_discontinuous_quote():
    text = "“हम तैयार हैं,” उन्होंने कहा, “और हर चुनौती का सामना करेंगे।”"
    found = only(text)
    assert len(found.fragments) == 2
    assert found.quote == "हम तैयार हैं और हर चुनौती का सामना करेंगे।"
    assert (found.speaker, found.cue) == ("उन्होंने", "कहा")


def test_full_sentence_quote_before_the_speaker_stays_a_quote_of_its_own():
    text = "“हम तैयार हैं।” उन्होंने कहा, “हर चुनौती का सामना करेंगे।”"
    found = quotes(text)
    assert [(f.quote, f.speaker, f.cue) for f in found] == [
        ("हम तैयार हैं।", "उन्होंने", "कहा"),
        ("हर चुनौती का सामना करेंगे।", "उन्होंने", "कहा"),
    ]


def test_stray_mark_at_the_edge_of_a_quote_is_left_out():
    found = only("नेता ने कहा, “‘हम आखिरी दम तक जनता के लिए लड़ते रहेंगे।")
    assert found.quote == "हम आखिरी दम तक जनता के लिए लड़ते रहेंगे।"


def test_single_marks_enclosing_a_whole_double_quote_are_left_out() -> None:
    """`"'…'` (a single-quoted stretch opening a double quote) is a quote without those marks."""
    from kathan.suggest.lexicon import default_lexicon
    from kathan.suggest.quotes import find_quotes

    text = "\"'मंत्री ने बात की डॉ.मंत्री'"
    regions = find_quotes(text, default_lexicon())
    assert [text[s:e] for r in regions for s, e in r.fragments] == ["मंत्री ने बात की डॉ.मंत्री"]
