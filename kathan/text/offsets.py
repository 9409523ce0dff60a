"""Code point <-> UTF-16 offsets, and <-> cluster indices: the one place Kathan converts them.

Kathan counts code points; Qt, WebAnno/XMI and doccano count UTF-16 code units, in which a
character outside the Basic Multilingual Plane (most emoji) takes two units. ``Utf16Map`` is
built once per text and answers both ways in O(1) for all-BMP text, O(log n) otherwise.
doccano's grapheme mode counts clusters as npm ``grapheme-splitter`` 1.0.4 finds them
(``ClusterIndexMap``).
"""

from __future__ import annotations

from bisect import bisect_left

import regex

from kathan.text.graphemes import legacy_cluster_bounds

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


class ClusterIndexMap:
    """Offsets of one text in code points and as indices of its clusters, counted the way
    doccano's "count grapheme clusters as one character" counts them
    (``kathan.text.graphemes.legacy_cluster_bounds``: a conjunct is several clusters).

    Indices run from 0 to the number of clusters; a code point offset inside a cluster has no
    index. Anything else raises ValueError.
    """

    __slots__ = ("_bounds", "_index")

    def __init__(self, text: str) -> None:
        self._bounds = legacy_cluster_bounds(text)
        self._index = {offset: index for index, offset in enumerate(self._bounds)}

    @property
    def clusters(self) -> int:
        return len(self._bounds) - 1

    def to_codepoint(self, index: int) -> int:
        """The code point offset where cluster ``index`` starts (the text's length for the last)."""
        if not 0 <= index < len(self._bounds):
            raise ValueError(f"cluster index {index} outside 0..{self.clusters}")
        return self._bounds[index]

    def to_index(self, offset: int) -> int:
        """The cluster index at code point ``offset``, which must fall between two clusters."""
        index = self._index.get(offset)
        if index is None:
            raise ValueError(f"code point offset {offset} falls inside a grapheme cluster")
        return index
