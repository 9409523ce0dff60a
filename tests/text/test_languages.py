"""Sentences, tokens, clusters and search beyond Hindi: Urdu and the other Indic scripts.

Every text here was written for these tests (no treebank or newspaper sentence).
"""

from __future__ import annotations

import pytest

from kathan.text import Tokens, cluster_bounds, find_all, split_sentences, tokenize
from kathan.text.languages import rules_for
from kathan.text.scripts import (
    SCRIPTS,
    detect_script,
    document_script,
    is_right_to_left,
    script_of_language,
)

# language, text, its sentences
SENTENCES = [
    (
        "ur",
        "وزیر نے کہا کہ کل بارش ہوگی۔ کیا آپ آئیں گے؟ “ہم تیار ہیں۔” اس نے جواب دیا۔",
        ["وزیر نے کہا کہ کل بارش ہوگی۔", "کیا آپ آئیں گے؟", "“ہم تیار ہیں۔”", "اس نے جواب دیا۔"],
    ),
    (
        "mr",
        'मंत्री म्हणाले की उद्या पाऊस येईल. तुम्ही येणार का? "आम्ही तयार आहोत." ती म्हणाली. डॉ. पाटील आले.',
        [
            "मंत्री म्हणाले की उद्या पाऊस येईल.",
            "तुम्ही येणार का?",
            '"आम्ही तयार आहोत." ती म्हणाली.',
            "डॉ. पाटील आले.",
        ],
    ),
    ("bn", "মন্ত্রী বললেন কাল বৃষ্টি হবে। তুমি কি আসবে?", ["মন্ত্রী বললেন কাল বৃষ্টি হবে।", "তুমি কি আসবে?"]),
    (
        "ta",
        "டி. ராமன் நேற்று சென்னை வந்தார். அவர் ரூ. 500 கொடுத்தார். ஐ.நா. கூட்டம் நடந்தது.",
        ["டி. ராமன் நேற்று சென்னை வந்தார்.", "அவர் ரூ. 500 கொடுத்தார்.", "ஐ.நா. கூட்டம் நடந்தது."],
    ),
    (
        "te",
        "మంత్రి రేపు వర్షం వస్తుందని చెప్పారు. మీరు వస్తారా? నేను . . . రాలేను .",
        ["మంత్రి రేపు వర్షం వస్తుందని చెప్పారు.", "మీరు వస్తారా?", "నేను . . . రాలేను ."],
    ),
    ("gu", "મંત્રીએ કહ્યું કે કાલે વરસાદ આવશે. તમે આવશો?", ["મંત્રીએ કહ્યું કે કાલે વરસાદ આવશે.", "તમે આવશો?"]),
    ("pa", "ਮੰਤਰੀ ਨੇ ਕਿਹਾ ਕਿ ਕੱਲ੍ਹ ਮੀਂਹ ਪਵੇਗਾ। ਕੀ ਤੁਸੀਂ ਆਓਗੇ?", ["ਮੰਤਰੀ ਨੇ ਕਿਹਾ ਕਿ ਕੱਲ੍ਹ ਮੀਂਹ ਪਵੇਗਾ।", "ਕੀ ਤੁਸੀਂ ਆਓਗੇ?"]),
    (
        "kn",
        "ನಾಳೆ ಮಳೆ ಬರುತ್ತದೆ ಎಂದು ಸಚಿವರು ಹೇಳಿದರು. ನೀವು ಬರುತ್ತೀರಾ?",
        ["ನಾಳೆ ಮಳೆ ಬರುತ್ತದೆ ಎಂದು ಸಚಿವರು ಹೇಳಿದರು.", "ನೀವು ಬರುತ್ತೀರಾ?"],
    ),
    ("ml", "നാളെ മഴ പെയ്യുമെന്ന് മന്ത്രി പറഞ്ഞു. നിങ്ങൾ വരുമോ?", ["നാളെ മഴ പെയ്യുമെന്ന് മന്ത്രി പറഞ്ഞു.", "നിങ്ങൾ വരുമോ?"]),
    ("or", "ମନ୍ତ୍ରୀ କହିଲେ କାଲି ବର୍ଷା ହେବ। ଆପଣ ଆସିବେ କି?", ["ମନ୍ତ୍ରୀ କହିଲେ କାଲି ବର୍ଷା ହେବ।", "ଆପଣ ଆସିବେ କି?"]),
    ("si", "ඇමති හෙට වැස්ස එයි කීවේය. ඔබ එනවාද?", ["ඇමති හෙට වැස්ස එයි කීවේය.", "ඔබ එනවාද?"]),
]


@pytest.mark.parametrize(("language", "text", "expected"), SENTENCES, ids=[s[0] for s in SENTENCES])
def test_sentences_per_language(language: str, text: str, expected: list[str]) -> None:
    """Each language's sentences end at its own marks, with exact offsets."""
    sentences = split_sentences(text, language)
    assert [s.text_in(text) for s in sentences] == expected


def test_hindi_keeps_its_rules_by_default() -> None:
    """Without a language the Hindi rules apply: a glued full stop ends, ``डॉ.`` splits its dot."""
    text = 'उन्होंने कहा.वह आए। "हम तैयार हैं." उसने कहा। डॉ. शर्मा आए।'
    assert split_sentences(text) == split_sentences(text, "hi")
    assert [s.text_in(text) for s in split_sentences(text)] == [
        "उन्होंने कहा.", "वह आए।", '"हम तैयार हैं."', "उसने कहा।", "डॉ. शर्मा आए।",
    ]
    assert [t.text for t in tokenize("डॉ. शर्मा")] == ["डॉ", ".", "शर्मा"]
    assert tokenize("डॉ. शर्मा", "hi-IN") == tokenize("डॉ. शर्मा")


def test_urdu_marks_end_sentences_in_every_language() -> None:
    """``۔`` and ``؟`` end a sentence even in a document tagged Hindi (a wrong import default)."""
    text = "وہ آیا۔ کیوں؟"
    assert [s.text_in(text) for s in split_sentences(text)] == ["وہ آیا۔", "کیوں؟"]


TOKENS = [
    ("ur", "انہوں نے کہا: ’ہم آئیں گے۔‘", ["انہوں", "نے", "کہا", ":", "’", "ہم", "آئیں", "گے", "۔", "‘"]),
    ("ur", "گروہ_واری جھگڑا ۱۲٫۵ فیصد", ["گروہ_واری", "جھگڑا", "۱۲٫۵", "فیصد"]),
    ("ur", "مُحَمَّد نے کہا؟", ["مُحَمَّد", "نے", "کہا", "؟"]),
    ("ta", "டி. ராமன் ஐ.நா. சென்றார்.", ["டி.", "ராமன்", "ஐ.நா.", "சென்றார்", "."]),
    ("mr", "डॉ. पाटील आले.", ["डॉ.", "पाटील", "आले", "."]),
    ("bn", "তিনি বললেন, “আমি আসব।”", ["তিনি", "বললেন", ",", "“", "আমি", "আসব", "।", "”"]),
    ("te", "ఆయన రూ. 500 ఇచ్చారు.", ["ఆయన", "రూ.", "500", "ఇచ్చారు", "."]),
]


@pytest.mark.parametrize(("language", "text", "expected"), TOKENS)
def test_tokens_per_language(language: str, text: str, expected: list[str]) -> None:
    """Tokens follow the language's rules, and each is the text at its own offsets."""
    tokens = tokenize(text, language)
    assert [t.text for t in tokens] == expected
    assert all(text[t.start:t.end] == t.text for t in tokens)
    assert Tokens(text, language)[:] == tokens


def test_an_initial_chain_does_not_swallow_the_next_sentence_word() -> None:
    """Only words glued to a joined initial join it; a spaced word keeps its own full stop."""
    assert [t.text for t in tokenize("ஐ. ராமன்.", "ta")] == ["ஐ.", "ராமன்", "."]


def test_urdu_joiners_marks_and_letters_stay_inside_clusters_and_tokens() -> None:
    """ZWNJ, ZWJ, harakat, and Urdu's own letters (ٹ ڈ ڑ ں ے ۂ) never start a cluster or a token."""
    text = "نئی\u200cدہلی مُحَمَّد ٹڈڑ گھوڑے\u200d میں خانۂ"
    bounds = set(cluster_bounds(text))
    for i, char in enumerate(text):
        if char in "\u200c\u200d\u064f\u064e\u0651" or char == "\u0654":
            assert i not in bounds
    tokens = [t.text for t in tokenize(text, "ur")]
    assert tokens == ["نئی\u200cدہلی", "مُحَمَّد", "ٹڈڑ", "گھوڑے\u200d", "میں", "خانۂ"]


def test_diacritic_blind_search_over_urdu() -> None:
    """Harakat are ignored only when asked; Arabic and Urdu encodings of ی and ک always match."""
    text = "مُحَمَّد نے كہا۔ محمد يہاں ہے۔"
    plain = find_all(text, "محمد")
    blind = find_all(text, "محمد", diacritic_blind=True)
    assert [text[a:b] for a, b in plain] == ["محمد"]
    assert [text[a:b] for a, b in blind] == ["مُحَمَّد", "محمد"]
    assert [text[a:b] for a, b in find_all(text, "کہا")] == ["كہا"]
    assert [text[a:b] for a, b in find_all(text, "یہاں")] == ["يہاں"]
    assert find_all(text, "مُحَمَّد") == [(0, 8)]


def test_nukta_blindness_still_holds_with_diacritic_blind() -> None:
    """Hindi folding is the same whichever way the Arabic toggle is set."""
    assert find_all("ज़रूर", "जरूर", diacritic_blind=True) == find_all("ज़रूर", "जरूर") == [(0, 5)]


def test_scripts_of_languages_and_texts() -> None:
    """Languages map to scripts, texts are detected, and Urdu reads right to left."""
    assert script_of_language("ur") is SCRIPTS["Arab"]
    assert script_of_language("pa-IN") is SCRIPTS["Guru"]
    assert script_of_language("xx") is None
    assert detect_script("Reuters: وزیر نے کہا 2024") is SCRIPTS["Arab"]
    assert detect_script("12345 abc") is None
    assert document_script("hi", "وزیر نے کہا") is SCRIPTS["Arab"]
    assert document_script("ta", "2024") is SCRIPTS["Taml"]
    assert is_right_to_left("ur") and not is_right_to_left("mr", "तो आला.")
    for language, text, _ in SENTENCES:
        assert detect_script(text) is script_of_language(language), language


def test_rules_per_language() -> None:
    """Hindi keeps BBC-style glued stops; the others keep abbreviation dots in their tokens."""
    assert rules_for(None) == rules_for("hi")
    assert rules_for("hi").glued_stop_ends and not rules_for("hi").dot_in_abbreviation_token
    assert rules_for("ur").underscore_joins and not rules_for("ta").underscore_joins
    assert "ரூ" in rules_for("ta").abbreviations


def test_a_reporting_clause_joins_its_quotation_but_another_short_sentence_does_not() -> None:
    """Only a short clause with a verb of saying (or a comma after the quote) continues the sentence."""
    text = '"थांब!", ती म्हणाली. "आम्ही आलो." ते गेले. "चल." तो बोलला.'
    assert [s.text_in(text) for s in split_sentences(text, "mr")] == [
        '"थांब!", ती म्हणाली.', '"आम्ही आलो."', "ते गेले.", '"चल." तो बोलला.',
    ]
    urdu = "“ہم آئیں گے۔” انہوں نے کہا۔ “ٹھیک ہے۔” وہ چلے گئے۔"
    assert [s.text_in(urdu) for s in split_sentences(urdu, "ur")] == [
        "“ہم آئیں گے۔” انہوں نے کہا۔", "“ٹھیک ہے۔”", "وہ چلے گئے۔",
    ]


def test_text_language_follows_the_script_when_the_language_does_not_fit() -> None:
    """A default ``hi`` on Urdu text means Urdu; Marathi in Devanagari stays Marathi."""
    from kathan.text.scripts import text_language

    assert text_language("hi", "وزیر نے کہا") == "ur"
    assert text_language(None, "டி. ராமன்") == "ta"
    assert text_language("mr", "तो आला.") == "mr"
    assert text_language("ur", "2024") == "ur"
    assert [t.text for t in tokenize("گروہ_واری", text_language("hi", "گروہ_واری"))] == ["گروہ_واری"]
