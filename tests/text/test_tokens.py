"""Tokens: indic-nlp's trivial tokenizer on the original offsets, keeping news hazards whole."""

from __future__ import annotations


import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st
from indicnlp.tokenize.indic_tokenize import trivial_tokenize

from kathan.text.graphemes import cluster_bounds
from kathan.text.tokens import Token, Tokens, snap_to_tokens, token_at, token_spans, tokenize
from tests.text.strategies import hindi_text, text_settings


def is_gap(text: str) -> bool:
    """Whether ``text`` is what may lie between tokens: whitespace and zero-width spaces."""
    return all(c.isspace() or c in "\u200b\u2060\ufeff" for c in text)


def texts(text: str) -> list[str]:
    return [t.text for t in tokenize(text)]


def test_sample_tokens_by_hand(sample_text: str) -> None:
    """The sample article's tricky tokens come out as a Hindi annotator would cut them."""
    tokens = tokenize(sample_text)
    words = [t.text for t in tokens]
    assert words[:10] == ["भारतीय", "दूत", "ने", "रूसी", "विदेश", "मंत्री", "लावरोव", "से", "मुलाकात", "की"]
    assert words.count("@vkumar1969") == 2
    assert words.count("भारत-रूस") == 8
    assert "उच्च-स्तरीय" in words and "आदान-प्रदान" in words and "समय-परीक्षित" in words
    assert "खरीदार-विक्रेता" in words
    i = words.index("आईएफएस")
    assert words[i - 1:i + 4] == ["(", "आईएफएस", ":", "1992", ")"]
    assert words[-3:] == ["(", "एएनआई", ")"]
    assert words[words.index("मॉस्को"):words.index("मॉस्को") + 3] == ["मॉस्को", ":", "रूस"]
    assert words.count("।") == 17
    assert words.count('"') == 7 and words.count("”") == 1 and words.count("“") == 1
    closing = words.index("करेगा")
    assert words[closing:closing + 4] == ["करेगा", "।", "”", "इससे"]
    said = words.index("“")
    assert words[said - 2:said + 2] == ["की", ",", "“", "भारतीय"]
    assert len(tokens) == 513


def test_sample_sentence_tokens_by_hand(sample_text: str) -> None:
    """One full sentence of the sample, token by token, with exact offsets."""
    start = sample_text.index("19 मार्च")
    end = sample_text.index("था।", start) + 3
    tokens = [t for t in tokenize(sample_text) if start <= t.start < end]
    assert [t.text for t in tokens] == [
        "19", "मार्च", "को", ",", "विनय", "कुमार", "(", "आईएफएस", ":", "1992", ")", "को", "रूसी",
        "संघ", "में", "भारत", "के", "अगले", "राजदूत", "के", "रूप", "में", "नियुक्त", "किया", "गया",
        "था", "।",
    ]
    assert tokens[0] == Token(start, start + 2, "19")
    assert tokens[-1] == Token(end - 1, end, "।")


def test_agrees_with_indic_nlp_on_the_sample(sample_text: str) -> None:
    """Apart from the documented cases, our tokens are indic-nlp's trivial_tokenize tokens.

    Documented differences: we keep handles, tags, URLs, e-mails, hyphenated words, ellipses
    and doubled quotes whole (so each of our tokens is re-split by indic-nlp before the
    comparison), and we split typographic quotes and every whitespace (indic-nlp splits
    only at ASCII spaces and tabs, so its tokens are split there for the comparison).
    """
    ours = [piece for token in tokenize(sample_text) for piece in trivial_tokenize(token.text)]
    theirs = [
        piece
        for token in trivial_tokenize(sample_text)
        for piece in regex.findall(r"[“”‘’]|[^\s“”‘’]+", token)
    ]
    assert ours == theirs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("राजदूत @vkumar1969 ने", ["राजदूत", "@vkumar1969", "ने"]),
        ("#भारत_रूस #G20, @PMOIndia.", ["#भारत_रूस", "#G20", ",", "@PMOIndia", "."]),
        ("देखें https://भारत.सरकार/नीति/2024. अब", ["देखें", "https://भारत.सरकार/नीति/2024", ".", "अब"]),
        ("(https://example.com/a?b=1&c=2), और", ["(", "https://example.com/a?b=1&c=2", ")", ",", "और"]),
        ("www.bbc.com/hindi पर", ["www.bbc.com/hindi", "पर"]),
        ("दान pmcares@sbi पर, मेल a.b-c@mail.gov.in.", ["दान", "pmcares@sbi", "पर", ",", "मेल", "a.b-c@mail.gov.in", "."]),
        ("9876543210@paytm", ["9876543210@paytm"]),
        ("संपर्क@डाटामेल.भारत पर", ["संपर्क@डाटामेल.भारत", "पर"]),
        ("नमस्ते@ x@", ["नमस्ते", "@", "x", "@"]),
        ("1,334 करोड़ 27.5% 1,00,000 19/03/2024 10:30", ["1,334", "करोड़", "27.5", "%", "1,00,000", "19/03/2024", "10:30"]),
        ("वर्ष 2000.उन्होंने", ["वर्ष", "2000", ".", "उन्होंने"]),
        ("१,२३४.५ रुपये", ["१,२३४.५", "रुपये"]),
        ("भारत-रूस आदान-प्रदान उच्च-स्तरीय", ["भारत-रूस", "आदान-प्रदान", "उच्च-स्तरीय"]),
        ("बोले- देश -नहीं", ["बोले", "-", "देश", "-", "नहीं"]),
        ("कहा.उन्होंने", ["कहा", ".", "उन्होंने"]),
        ("रुको... फिर…", ["रुको", "...", "फिर", "…"]),
        ("''धोखा'' ‘‘सच’’ 'x' “y” \"z\"", ["''", "धोखा", "''", "‘‘", "सच", "’’", "'", "x", "'", "“", "y", "”", '"', "z", '"']),
        ("की।”", ["की", "।", "”"]),
        ("कहा ।", ["कहा", "।"]),
        ("श्लोक॥", ["श्लोक", "॥"]),
        ("दिल्\u200dली नि\u200cर्णय भा\u00adरत", ["दिल्\u200dली", "नि\u200cर्णय", "भा\u00adरत"]),
        ("PM\u00a0मोदी\u200bजी", ["PM", "मोदी", "जी"]),
        ("जीत👍🏽🇮🇳👩\u200d💻!", ["जीत", "👍🏽", "🇮🇳", "👩\u200d💻", "!"]),
        ("COVID-19 e-mail snake_case", ["COVID-19", "e-mail", "snake", "_", "case"]),
        ("₹500 $5", ["₹", "500", "$", "5"]),
        ("", []),
        (" \n\u00a0", []),
    ],
)
def test_tokens(text: str, expected: list[str]) -> None:
    """Each hazard of Hindi news text is tokenized as documented."""
    assert texts(text) == expected


def test_space_carrying_a_mark_is_a_token() -> None:
    """A combining mark on a space makes that cluster a token rather than cutting it."""
    assert texts("क \u0301ख") == ["क", " \u0301", "ख"]


@text_settings
@given(hindi_text)
def test_token_invariants(text: str) -> None:
    """Tokens are ordered, disjoint, equal their slices, never cut a cluster, cover all text."""
    tokens = tokenize(text)
    bounds = set(cluster_bounds(text))
    previous_end = 0
    for token in tokens:
        assert previous_end <= token.start < token.end
        assert text[token.start:token.end] == token.text
        assert token.start in bounds and token.end in bounds
        assert is_gap(text[previous_end:token.start])
        assert not is_gap(token.text)
        previous_end = token.end
    assert is_gap(text[previous_end:])
    assert token_spans(text) == [(t.start, t.end) for t in tokens]


@text_settings
@given(hindi_text)
def test_tokens_never_hold_whitespace_clusters_at_their_edges(text: str) -> None:
    """No token starts or ends with a cluster made only of whitespace."""
    bounds = cluster_bounds(text)
    for token in tokenize(text):
        first_end = next(b for b in bounds if b > token.start)
        last_start = max(b for b in bounds if b < token.end)
        assert not is_gap(text[token.start:first_end])
        assert not is_gap(text[last_start:token.end])


def test_tokens_navigation() -> None:
    """Ctrl+Shift+arrows move by token edges; a selection snaps to whole tokens."""
    text = "भारत-रूस की  बैठक।"
    tokens = Tokens(text)
    assert [t.text for t in tokens] == ["भारत-रूस", "की", "बैठक", "।"]
    assert len(tokens) == 4 and tokens[1].text == "की"
    assert tokens.next_boundary(0) == 8
    assert tokens.next_boundary(8) == 11
    assert tokens.next_boundary(18) == 18
    assert tokens.previous_boundary(11) == 9
    assert tokens.previous_boundary(9) == 0
    assert tokens.previous_boundary(0) == 0
    assert tokens.at(3) == Token(0, 8, "भारत-रूस")
    assert tokens.at(8) is None
    assert tokens.index_at(9) == 1
    assert tokens.snap(2, 10) == (0, 11)
    assert tokens.snap(11, 13) == (11, 13)
    assert tokens.snap(12, 14) == (13, 17)
    assert tokens.snap(10, 2) == (0, 11)
    assert tokens.snap(3, 3) == (0, 8)
    assert tokens.between(8, 13) == [Token(9, 11, "की")]
    assert snap_to_tokens(text, 2, 10) == (0, 11)
    assert token_at(list(tokens), 14) == Token(13, 17, "बैठक")
    assert token_at(list(tokens), 12) is None


@text_settings
@given(hindi_text, st.integers(0, 70), st.integers(0, 70))
def test_snap_to_tokens_properties(text: str, start: int, end: int) -> None:
    """A snapped selection starts and ends on token edges and keeps every token it touched."""
    start, end = min(start, len(text)), min(end, len(text))
    tokens = Tokens(text)
    s, e = tokens.snap(start, end)
    lo, hi = sorted((start, end))
    touched = tokens.between(lo, hi)
    if not touched:
        assert (s, e) == (lo, hi)
        return
    starts = {t.start for t in tokens}
    ends = {t.end for t in tokens}
    assert s in starts and e in ends
    assert all(s <= t.start and t.end <= e for t in touched)



def test_word_glue_sets_match_the_unicode_data() -> None:
    """The tokenizer's hand-listed glue characters are exactly what ``regex``'s Unicode data says.

    If a ``regex`` upgrade brings a newer Unicode version with more such characters, this
    fails and the lists in ``kathan.text.tokens`` need updating.
    """
    from kathan.text import tokens as module

    everything = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    word = r"[\w\u00ad]--_"
    joins = r"\p{GCB=Extend}\p{GCB=ZWJ}\p{GCB=SpacingMark}"
    derived = {
        "_EXTEND_NOT_WORD": rf"[[{joins}]--[{word}]]",
        "_PREPEND_WORD": rf"[\p{{GCB=Prepend}}&&[{word}]]",
        "_PICTOGRAPH_WORD": rf"[\p{{Extended_Pictographic}}&&[{word}]]",
    }
    for name, pattern in derived.items():
        expected = set(regex.findall(pattern, everything, flags=regex.V1))
        listed = set(regex.findall(getattr(module, name), everything, flags=regex.V1))
        assert listed == expected, name
