"""Sentences and paragraphs: Hindi and BBC-style end marks, closing quotes, exact offsets."""

from __future__ import annotations


import pytest
from hypothesis import given

from kathan.text.graphemes import cluster_bounds
from kathan.text.sentences import Sentence, paragraphs, split_sentences
from tests.text.strategies import hindi_text, text_settings

SAMPLE_SENTENCES = [
    "भारतीय दूत ने रूसी विदेश मंत्री लावरोव से मुलाकात की, क्षेत्रीय, वैश्विक मुद्दों पर चर्चा की",
    "मॉस्को: रूस में भारतीय दूत विनय कुमार ने बुधवार को रूसी विदेश मंत्री सर्गेई लावरोव से मुलाकात की और क्षेत्रीय और वैश्विक मुद्दों पर चर्चा की।",
    "बैठक के दौरान, दोनों नेताओं ने आगामी उच्च स्तरीय द्विपक्षीय आदान-प्रदान पर भी बातचीत की जो भारत-रूस विशेष और विशेषाधिकार प्राप्त रणनीतिक साझेदारी को और मजबूत करेगी।",
    'एक्स पर एक पोस्ट में, रूस में भारतीय दूतावास ने अपनी बैठक का विवरण साझा करते हुए कहा, "राजदूत @vkumar1969 ने विदेश मंत्री महामहिम श्री सर्गेई लावरोव से शिष्टाचार मुलाकात की; उन्होंने समकालीन क्षेत्रीय और वैश्विक मुद्दों और आगामी उच्च-स्तरीय द्विपक्षीय आदान-प्रदान पर चर्चा की।"',
    "भारत-रूस विशेष और विशेषाधिकार प्राप्त रणनीतिक साझेदारी को और मजबूत करेगा।”",
    "इससे पहले आज, राजदूत कुमार ने रूस के उप विदेश मंत्री आंद्रे रुडेंको को अपने साख पत्र की एक प्रति सौंपी और भारत-रूस साझेदारी को गहरा करने के लिए आगे के कदमों पर चर्चा की।",
    '"राजदूत @vkumar1969 ने मुलाकात की और रूसी संघ के विदेश मामलों के उप मंत्री महामहिम आंद्रे रुडेंको को अपने पत्र की एक प्रति सौंपी।',
    "और भारत-रूस विशेष और विशेषाधिकार प्राप्त रणनीतिक साझेदारी को गहरा करने के लिए आगे के कदमों पर चर्चा की, “भारतीय दूतावास ने एक्स पर पोस्ट किया।",
    "रूसी विदेश मंत्री और भारतीय दूत के बीच बातचीत भारत सरकार द्वारा मॉस्को में अपने कर्तव्यों को पूरा करने के लिए भेजे जाने के बाद पहली बैठक है।",
    "19 मार्च को, विनय कुमार (आईएफएस: 1992) को रूसी संघ में भारत के अगले राजदूत के रूप में नियुक्त किया गया था।",
    "रूस, जहां हाल ही में चुनाव हुए हैं, भारत के लिए एक दीर्घकालिक और समय-परीक्षित भागीदार रहा है।",
    "भारत-रूस संबंधों का विकास भारत की विदेश नीति का एक प्रमुख स्तंभ रहा है।",
    'अक्टूबर 2000 में (रूसी राष्ट्रपति व्लादिमीर पुतिन की भारत यात्रा के दौरान) "भारत-रूस रणनीतिक साझेदारी पर घोषणा" पर हस्ताक्षर के बाद से, भारत-रूस संबंधों ने लगभग सभी क्षेत्रों में सहयोग के उन्नत स्तर के साथ गुणात्मक रूप से नया चरित्र प्राप्त कर लिया है।',
    "विदेश मंत्रालय ने एक बयान में कहा, राजनीतिक, सुरक्षा, व्यापार और अर्थव्यवस्था, रक्षा, विज्ञान और प्रौद्योगिकी और संस्कृति सहित द्विपक्षीय संबंध।",
    "रणनीतिक साझेदारी के तहत, नियमित बातचीत सुनिश्चित करने और सहयोग गतिविधियों पर अनुवर्ती कार्रवाई सुनिश्चित करने के लिए कई संस्थागत संवाद तंत्र राजनीतिक और आधिकारिक दोनों स्तरों पर संचालित होते हैं।",
    'दिसंबर 2010 में रूसी राष्ट्रपति की भारत यात्रा के दौरान, रणनीतिक साझेदारी को "विशेष और विशेषाधिकार प्राप्त रणनीतिक साझेदारी " के स्तर तक बढ़ाया गया था।',
    "भारत का रक्षा के क्षेत्र में रूस के साथ दीर्घकालिक और व्यापक सहयोग है।",
    "विदेश मंत्रालय ने यह भी कहा कि भारत-रूस सैन्य तकनीकी सहयोग खरीदार-विक्रेता ढांचे से विकसित होकर उन्नत रक्षा प्रौद्योगिकियों और प्रणालियों के संयुक्त अनुसंधान, विकास और उत्पादन तक पहुंच गया है।",
    "(एएनआई)",
]
"""The sample article's sentences, checked one by one by hand (the headline has no end mark)."""


def sentence_texts(text: str) -> list[str]:
    return [s.text_in(text) for s in split_sentences(text)]


def test_sample_sentences_by_hand(sample_text: str) -> None:
    """The sample splits into exactly the hand-checked sentences, offsets and all."""
    sentences = split_sentences(sample_text)
    assert [s.text_in(sample_text) for s in sentences] == SAMPLE_SENTENCES
    assert sentences[1].text_in(sample_text).startswith("मॉस्को: रूस में")
    assert sentences[1].text_in(sample_text).endswith("चर्चा की।")
    assert sentences[0] == Sentence(0, sample_text.index("\n"))


def test_sample_closing_quotes_stay_with_their_sentence(sample_text: str) -> None:
    """The embassy's post closes with ``करेगा।”``: the ``”`` ends that sentence, not the next."""
    texts = sentence_texts(sample_text)
    assert texts[4].endswith("करेगा।”")
    assert texts[3].endswith('चर्चा की।"')
    assert texts[5].startswith("इससे पहले आज")
    assert texts[6].startswith('"राजदूत @vkumar1969')


def test_sample_paragraphs(sample_text: str) -> None:
    """Each line of the sample is a paragraph, and no sentence crosses one."""
    paras = paragraphs(sample_text)
    assert len(paras) == 5
    assert [sample_text[s:e].split()[0] for s, e in paras] == ["भारतीय", "मॉस्को:", "इससे", "19", "रणनीतिक"]
    for sentence in split_sentences(sample_text):
        assert any(s <= sentence.start and sentence.end <= e for s, e in paras)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("उन्होंने कहा.उन्होंने यह भी कहा. अंत", ["उन्होंने कहा.", "उन्होंने यह भी कहा.", "अंत"]),
        ("दर 27.5 प्रतिशत रही. आगे", ["दर 27.5 प्रतिशत रही.", "आगे"]),
        ("दर २७.५ रही. आगे", ["दर २७.५ रही.", "आगे"]),
        ("साल 2020.उस साल", ["साल 2020.", "उस साल"]),
        ("डॉ. मनमोहन सिंह और डॉ.राव आए. फिर", ["डॉ. मनमोहन सिंह और डॉ.राव आए.", "फिर"]),
        ("मेयर डाॅ. उमेश गौतम आए. फिर", ["मेयर डाॅ. उमेश गौतम आए.", "फिर"]),  # डॉ typed as ा and the candra ॅ
        ("श्री. मोदी बोले. हाँ", ["श्री. मोदी बोले.", "हाँ"]),
        ("Dr. Singh और Mr. A. Rao मिले. ठीक", ["Dr. Singh और Mr. A. Rao मिले.", "ठीक"]),
        ("ए.पी.जे. अब्दुल कलाम आए. एम. करुणानिधि भी.", ["ए.पी.जे. अब्दुल कलाम आए.", "एम. करुणानिधि भी."]),
        ("निदेशक जी. रामन ने कहा. सी. राजू चुप रहे.", ["निदेशक जी. रामन ने कहा.", "सी. राजू चुप रहे."]),
        ("U.S. और e.g. यह हुआ. फिर", ["U.S. और e.g. यह हुआ.", "फिर"]),
        ("न्यायमूर्ति राव (Justice KN. Rao) बोले. फिर", ["न्यायमूर्ति राव (Justice KN. Rao) बोले.", "फिर"]),
        ("यह सही है (Correct). Next", ["यह सही है (Correct).", "Next"]),
        ("देखें https://bbc.com/hindi?a=1. फिर", ["देखें https://bbc.com/hindi?a=1.", "फिर"]),
        ("www.pib.gov.in देखें. फिर", ["www.pib.gov.in देखें.", "फिर"]),
        ("pmcares@sbi.in पर भेजें. फिर", ["pmcares@sbi.in पर भेजें.", "फिर"]),
        ("संपर्क@डाटामेल.भारत पर लिखें. फिर", ["संपर्क@डाटामेल.भारत पर लिखें.", "फिर"]),
        ("bbc.com पर पढ़ें. फिर", ["bbc.com पर पढ़ें.", "फिर"]),
        ("रुको... फिर बोले… हाँ. अब", ["रुको... फिर बोले… हाँ.", "अब"]),
        ("1. पहला बिंदु. 2. दूसरा", ["1. पहला बिंदु.", "2. दूसरा"]),
        ("क्या? हाँ! ठीक?! नहीं॥ बस।। अंत", ["क्या?", "हाँ!", "ठीक?!", "नहीं॥", "बस।।", "अंत"]),
        ("उन्होंने कहा ।  फिर", ["उन्होंने कहा ।", "फिर"]),
        ("सब ठीक है| पुलिस आई | फिर", ["सब ठीक है|", "पुलिस आई |", "फिर"]),  # a danda typed as a bar
        ("सब ठीक है l पुलिस आई l फिर", ["सब ठीक है l", "पुलिस आई l", "फिर"]),  # … or as a Latin l
        ("अनुसूची I के अनुसार a|b और 5 l पानी", ["अनुसूची I के अनुसार a|b और 5 l पानी"]),
        ("पंक्ति एक\nपंक्ति दो\n\n  पंक्ति तीन  ", ["पंक्ति एक", "पंक्ति दो", "पंक्ति तीन"]),
        ("बिना विराम के\r\nअगली", ["बिना विराम के", "अगली"]),
    ],
)
def test_sentence_ends(text: str, expected: list[str]) -> None:
    """Each way Hindi news ends (or seems to end) a sentence is handled as documented."""
    assert sentence_texts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('कहा, "हम आएंगे।" फिर', ['कहा, "हम आएंगे।"', "फिर"]),
        ("कहा, “हम आएंगे।” फिर", ["कहा, “हम आएंगे।”", "फिर"]),
        ("कहा, “हम आएंगे। ” फिर", ["कहा, “हम आएंगे। ”", "फिर"]),
        ("कहा, ''हम आएंगे।'' फिर", ["कहा, ''हम आएंगे।''", "फिर"]),
        ("कहा, ‘‘हम आएंगे।’’\nफिर", ["कहा, ‘‘हम आएंगे।’’", "फिर"]),
        ("कहा, 'हम आएंगे।'", ["कहा, 'हम आएंगे।'"]),
        ("कहा, “हम आएंगे।”उन्होंने", ["कहा, “हम आएंगे।”", "उन्होंने"]),
        ('कहा, "हम आएंगे."फिर', ['कहा, "हम आएंगे."', "फिर"]),
        ("(यह सच है।) अगला", ["(यह सच है।)", "अगला"]),
        ('पहला वाक्य। "दूसरा" वाक्य।', ["पहला वाक्य।", '"दूसरा" वाक्य।']),
        ('पहला वाक्य।"दूसरा वाक्य।"', ['पहला वाक्य।"', 'दूसरा वाक्य।"']),
        ("पहला वाक्य।“दूसरा वाक्य।”", ["पहला वाक्य।", "“दूसरा वाक्य।”"]),
        ("उसने कहा, “हम आए. हम गए.“उन्होंने", ["उसने कहा, “हम आए.", "हम गए.“", "उन्होंने"]),
        ("कहा, “हम आए।”)और", ["कहा, “हम आए।”)", "और"]),
        ("उसने 'ना कहा।'फिर", ["उसने 'ना कहा।'", "फिर"]),
        ("उसने ''ना कहा।''फिर", ["उसने ''ना कहा।''", "फिर"]),
        ('उसने कहा, "हम आए. हम गए."उन्होंने', ['उसने कहा, "हम आए.', 'हम गए."', "उन्होंने"]),
        ('उसने कहा, " हम आए. हम गए. "ना" कहा."उन्होंने', ['उसने कहा, " हम आए.', 'हम गए.', '"ना" कहा."', "उन्होंने"]),
        ('"हम आए. हम गए.""फिर आए."', ['"हम आए.', 'हम गए."', '"फिर आए."']),
        ("क्या वे आएंगे?” उसने पूछा।", ["क्या वे आएंगे?”", "उसने पूछा।"]),
    ],
)
def test_closing_quotes(text: str, expected: list[str]) -> None:
    """A quote right after the end mark (even after spaces) closes the sentence; after a space and before a word it opens the next."""
    assert sentence_texts(text) == expected


def test_offsets_are_exact() -> None:
    """Sentence offsets index the original text; whitespace around sentences belongs to none."""
    text = "  पहला।\u00a0 दूसरा?\n"
    assert split_sentences(text) == [Sentence(2, 7), Sentence(9, 15)]


def test_paragraphs() -> None:
    """Paragraphs are the non-blank lines, trimmed."""
    assert paragraphs(" क \n\n ख\u00a0\n") == [(1, 2), (6, 7)]
    assert paragraphs("") == []
    assert paragraphs("\n \n") == []


@text_settings
@given(hindi_text)
def test_sentence_invariants(text: str) -> None:
    """Sentences are ordered, disjoint, trimmed, on cluster boundaries, within one paragraph,
    and together cover every non-whitespace character."""
    sentences = split_sentences(text)
    bounds = cluster_bounds(text)
    bound_set = set(bounds)
    covered = [False] * len(text)
    previous_end = 0
    for sentence in sentences:
        assert previous_end <= sentence.start < sentence.end
        assert sentence.start in bound_set and sentence.end in bound_set
        first_end = min(b for b in bounds if b > sentence.start)
        last_start = max(b for b in bounds if b < sentence.end)
        assert not text[sentence.start:first_end].isspace()
        assert not text[last_start:sentence.end].isspace()
        assert "\n" not in text[sentence.start:sentence.end]
        for i in range(sentence.start, sentence.end):
            covered[i] = True
        previous_end = sentence.end
    for i, char in enumerate(text):
        assert covered[i] or char.isspace(), (text, i)


@text_settings
@given(hindi_text)
def test_paragraph_invariants(text: str) -> None:
    """Paragraphs are ordered, hold no newline, and every sentence lies in one."""
    paras = paragraphs(text)
    previous_end = 0
    for start, end in paras:
        assert previous_end <= start < end
        assert "\n" not in text[start:end]
        previous_end = end
    for sentence in split_sentences(text):
        assert any(s <= sentence.start and sentence.end <= e for s, e in paras)
