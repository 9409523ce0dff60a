"""Code point <-> UTF-16 offsets: the one place Kathan converts between them.

Kathan counts code points; Qt, WebAnno/XMI and doccano count UTF-16 code units, in which a
character outside the Basic Multilingual Plane (most emoji) takes two units. ``Utf16Map`` is
built once per text and answers both ways in O(1) for all-BMP text, O(log n) otherwise.
"""

from __future__ import annotations

from bisect import bisect_left

import regex

_ASTRAL = regex.compile(r"[\U00010000-\U0010FFFF]")


class Utf16Map:
    """Offsets of one text in code points and in UTF-16 code units.

    Offsets run from 0 to the text's length inclusive; anything else raises ValueError, as
    does a UTF-16 offset that falls between the two halves of a surrogate pair.
    """

    __slots__ = ("_astral", "_astral_units", "length", "utf16_length")

    def __init__(self, text: str) -> None:
        self._astral: list[int] = [m.start() for m in _ASTRAL.finditer(text)]
        self._astral_units: list[int] = [cp + i for i, cp in enumerate(self._astral)]
        self.length: int = len(text)
        self.utf16_length: int = len(text) + len(self._astral)

    @property
    def is_identity(self) -> bool:
        """True when the text is all BMP, so both counts agree everywhere."""
        return not self._astral

    def to_utf16(self, offset: int) -> int:
        """The UTF-16 offset of code point offset ``offset``."""
        if not 0 <= offset <= self.length:
            raise ValueError(f"code point offset {offset} outside 0..{self.length}")
        if not self._astral:
            return offset
        return offset + bisect_left(self._astral, offset)

    def to_codepoint(self, offset: int) -> int:
        """The code point offset of UTF-16 offset ``offset``."""
        if not 0 <= offset <= self.utf16_length:
            raise ValueError(f"UTF-16 offset {offset} outside 0..{self.utf16_length}")
        if not self._astral:
            return offset
        before = bisect_left(self._astral_units, offset)
        if before and self._astral_units[before - 1] + 1 == offset:
            raise ValueError(f"UTF-16 offset {offset} falls inside a surrogate pair")
        return offset - before


def to_utf16(text: str, offset: int) -> int:
    """The UTF-16 offset of code point ``offset`` in ``text`` (build a ``Utf16Map`` for many)."""
    return Utf16Map(text).to_utf16(offset)


def to_codepoint(text: str, offset: int) -> int:
    """The code point offset of UTF-16 ``offset`` in ``text`` (build a ``Utf16Map`` for many)."""
    return Utf16Map(text).to_codepoint(offset)


def utf16_length(text: str) -> int:
    """The length of ``text`` in UTF-16 code units."""
    return len(text) + len(_ASTRAL.findall(text))
