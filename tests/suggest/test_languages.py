"""The rules beyond Hindi: Urdu's cue lexicon (shared grammar) and the language check.

Every sentence here was written for these tests.
"""

from __future__ import annotations

import pytest

from kathan.model import Document, DocumentId
from kathan.suggest import RuleSuggester, detect
from kathan.suggest.lexicon import default_lexicon, language_lexicon
from tests.suggest.helpers import assert_well_formed


def urdu_quotes(text: str) -> list[tuple[str, str, str]]:
    """(quote, speaker, cue) of every QUOTE the Urdu rules suggest, in order."""
    suggestions = detect(text, language_lexicon("ur"))
    assert_well_formed(text, suggestions)
    by_key = {s.key: s for s in suggestions}
    found = []
    for s in suggestions:
        if s.label != "QUOTE":
            continue
        said, cued = s.link("said_by"), s.link("cued_by")
        found.append((
            s.text_in(text),
            by_key[said.tail].text_in(text) if said else "",
            by_key[cued.tail].text_in(text) if cued else "",
        ))
    return found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "وزیر اعلیٰ نے کہا کہ سڑک اگلے مہینے کھل جائے گی۔ باقی خبر یہاں ہے۔",
            ("سڑک اگلے مہینے کھل جائے گی۔", "وزیر اعلیٰ", "کہا"),
        ),
        (
            "پولیس کے مطابق حادثے میں تین لوگ زخمی ہوئے۔",
            ("حادثے میں تین لوگ زخمی ہوئے۔", "پولیس", "کے مطابق"),
        ),
        (
            "محکمہ صحت کے ترجمان کا کہنا ہے کہ اسپتال میں دوائیں کافی ہیں۔",
            ("اسپتال میں دوائیں کافی ہیں۔", "محکمہ صحت کے ترجمان", "کہنا ہے"),
        ),
        (
            "انہوں نے کہا، “ہم یہ کام وقت پر پورا کریں گے۔”",
            ("ہم یہ کام وقت پر پورا کریں گے۔", "انہوں", "کہا"),
        ),
        (
            "“سڑک کل سے کھلے گی،” ضلع افسر نے کہا۔",
            ("سڑک کل سے کھلے گی،", "ضلع افسر", "کہا"),
        ),
    ],
)
def test_urdu_cues_where_the_grammar_is_shared(text: str, expected: tuple[str, str, str]) -> None:
    """نے کہا کہ, کے مطابق, کا کہنا ہے and a quote before its speaker work as in Hindi."""
    assert urdu_quotes(text) == [expected]


def test_the_suggester_picks_the_lexicon_by_language_and_script() -> None:
    """An Urdu document gets the Urdu rules (even tagged Hindi); Tamil is not covered and gets none."""
    suggester = RuleSuggester()
    urdu = "وزیر نے کہا کہ اسکول کل کھلیں گے۔"
    for language in ("ur", "hi"):
        found = suggester.suggest(Document(DocumentId(1), "d", "", urdu, "", language=language))
        assert {s.label for s in found} == {"QUOTE", "SPEAKER", "CUE"}
    tamil = Document(DocumentId(2), "t", "", "அமைச்சர் நாளை பள்ளி திறக்கும் என்றார்.", "", language="ta")
    assert suggester.suggest(tamil) == []
    assert suggester.covers("ur") and suggester.covers("hi") and not suggester.covers("ta")
    assert suggester.languages == frozenset({"hi", "ur"})


def test_hindi_documents_keep_the_hindi_rules() -> None:
    """A Hindi document's suggestions are exactly what ``detect`` gives with the Hindi lexicon."""
    text = "मंत्री ने कहा कि स्कूल कल खुलेंगे।"
    document = Document(DocumentId(1), "d", "", text, "")
    assert RuleSuggester().suggest(document) == detect(text)
    assert detect(text) and language_lexicon("hi") is default_lexicon()
