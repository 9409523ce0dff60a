"""``detect_script`` counts letters with one pattern per script: it must agree with ``script_of_char``."""

from __future__ import annotations

from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from kathan.text.scripts import SCRIPTS, Script, _script_tables, detect_script, script_of_char

MIXED = st.text(
    alphabet=st.sampled_from(
        [chr(c) for c in (*range(0x0900, 0x0980), *range(0x0600, 0x0700), *range(0x0B80, 0x0C00), *range(0x41, 0x60), 0xFB60, 0x0760)]
    ),
    max_size=40,
)


def by_characters(text: str) -> Script | None:
    """The definition: the most frequent script among the characters, the first met on a tie."""
    counts = Counter(s.code for s in map(script_of_char, text[:4096]) if s is not None)
    return SCRIPTS[counts.most_common(1)[0][0]] if counts else None


def test_every_character_is_tagged_with_its_script() -> None:
    drop, tags, codes = _script_tables()
    for point in range(0x0000, 0x10000):
        char = chr(point)
        expected = script_of_char(char)
        kept = drop.sub("", char).translate(tags)
        assert (codes[kept] if kept else None) == (expected.code if expected else None), hex(point)


@given(MIXED)
def test_detect_script_agrees_with_counting_characters(text: str) -> None:
    assert detect_script(text) == by_characters(text)
