"""Code point <-> UTF-16 offsets, checked against Python's own UTF-16 encoder."""

from __future__ import annotations

import pytest
from hypothesis import given

from kathan.text.offsets import Utf16Map, to_codepoint, to_utf16, utf16_length
from tests.text.strategies import hindi_text, text_settings


def units_before(text: str, offset: int) -> int:
    return len(text[:offset].encode("utf-16-le")) // 2


def test_bmp_text_is_identity(sample_text: str) -> None:
    """Hindi text without emoji counts the same in both units."""
    mapping = Utf16Map(sample_text)
    assert mapping.is_identity
    assert mapping.utf16_length == len(sample_text)
    assert all(mapping.to_utf16(i) == i == mapping.to_codepoint(i) for i in range(len(sample_text) + 1))


def test_emoji_shift_by_one() -> None:
    """An emoji before a word shifts its UTF-16 offset by one per emoji."""
    text = "😀 भारत 👩\u200d💻 रूस"
    mapping = Utf16Map(text)
    assert not mapping.is_identity
    assert mapping.to_utf16(2) == 3
    start = text.index("रूस")
    assert mapping.to_utf16(start) == start + 3
    assert mapping.to_codepoint(start + 3) == start
    assert mapping.utf16_length == len(text.encode("utf-16-le")) // 2 == utf16_length(text)


def test_inside_a_surrogate_pair_is_refused() -> None:
    """A UTF-16 offset between the halves of a surrogate pair is no code point offset."""
    mapping = Utf16Map("a😀b")
    with pytest.raises(ValueError, match="surrogate"):
        mapping.to_codepoint(2)
    assert mapping.to_codepoint(1) == 1
    assert mapping.to_codepoint(3) == 2


@pytest.mark.parametrize("offset", [-1, 4])
def test_out_of_range_code_point(offset: int) -> None:
    """Offsets outside the text raise ValueError."""
    with pytest.raises(ValueError):
        Utf16Map("a😀b").to_utf16(offset)


@pytest.mark.parametrize("offset", [-1, 5])
def test_out_of_range_utf16(offset: int) -> None:
    """UTF-16 offsets outside the text raise ValueError."""
    with pytest.raises(ValueError):
        Utf16Map("a😀b").to_codepoint(offset)


def test_module_functions() -> None:
    """The one-off functions agree with the map."""
    assert to_utf16("😀x", 1) == 2
    assert to_codepoint("😀x", 2) == 1
    assert utf16_length("") == 0


@text_settings
@given(hindi_text)
def test_round_trip(text: str) -> None:
    """Every code point offset maps to the UTF-16 offset the encoder gives, and back."""
    mapping = Utf16Map(text)
    starts = set()
    for offset in range(len(text) + 1):
        units = mapping.to_utf16(offset)
        assert units == units_before(text, offset)
        assert mapping.to_codepoint(units) == offset
        starts.add(units)
    for units in range(mapping.utf16_length + 1):
        if units not in starts:
            with pytest.raises(ValueError):
                mapping.to_codepoint(units)
