"""UTF-16 code units to code points, for files that count the way JavaScript and Java do.

Kept private to the formats package until ``kathan.text.offsets`` provides the converter.
"""

from __future__ import annotations

from bisect import bisect_right


class Utf16ToCodePoints:
    """Maps UTF-16 offsets over ``text`` to code-point offsets; None inside a surrogate pair."""

    def __init__(self, text: str) -> None:
        astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF] if not text.isascii() else []
        self._starts = frozenset(p + k for k, p in enumerate(astral))
        self._ends = [p + k + 2 for k, p in enumerate(astral)]
        self._units = len(text) + len(astral)

    @property
    def is_identity(self) -> bool:
        return not self._ends

    def __call__(self, offset: int) -> int | None:
        if not self._ends:
            return offset
        if offset - 1 in self._starts or offset < 0 or offset > self._units:
            return None
        return offset - bisect_right(self._ends, offset)
