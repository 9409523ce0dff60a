"""Extended grapheme clusters (Unicode 15.1+ rules, via ``regex``'s ``\\X``): conjuncts stay whole.

``cluster_bounds`` walks a whole text; ``is_cluster_boundary`` decides one offset from the
characters around it (UAX #29 rules GB3–GB13 applied locally), so checking every span edge of
a large import costs a dictionary lookup or two per edge; where the rules would look far back
(long runs of flags or marks) it asks the text's boundaries, found in one pass and cached. Where ``regex`` departs from the
letter of UAX #29 (it joins a linker to a following consonant even with no consonant before
the linker), ``regex`` wins: ``cluster_bounds`` is the reference. ``Clusters`` answers repeated
questions about one text by bisection; ``snap_selection`` turns a raw selection into a span.
"""

from __future__ import annotations

import threading
from bisect import bisect_left, bisect_right
from collections import OrderedDict
from collections.abc import Iterable

import regex

_CONTROL = 1 << 0
_CR = 1 << 1
_LF = 1 << 2
_EXTEND = 1 << 3
_ZWJ = 1 << 4
_SPACING_MARK = 1 << 5
_PREPEND = 1 << 6
_REGIONAL = 1 << 7
_PICTOGRAPHIC = 1 << 8
_INCB_CONSONANT = 1 << 9
_INCB_LINKER = 1 << 10
_INCB_EXTEND = 1 << 11
_HANGUL_L = 1 << 12
_HANGUL_V = 1 << 13
_HANGUL_T = 1 << 14
_HANGUL_LV = 1 << 15
_HANGUL_LVT = 1 << 16

_PROPERTIES = (
    (_CONTROL, r"\p{GCB=Control}"),
    (_CR, r"\p{GCB=CR}"),
    (_LF, r"\p{GCB=LF}"),
    (_EXTEND, r"\p{GCB=Extend}"),
    (_ZWJ, r"\p{GCB=ZWJ}"),
    (_SPACING_MARK, r"\p{GCB=SpacingMark}"),
    (_PREPEND, r"\p{GCB=Prepend}"),
    (_REGIONAL, r"\p{GCB=Regional_Indicator}"),
    (_PICTOGRAPHIC, r"\p{Extended_Pictographic}"),
    (_INCB_CONSONANT, r"\p{InCB=Consonant}"),
    (_INCB_LINKER, r"\p{InCB=Linker}"),
    (_INCB_EXTEND, r"\p{InCB=Extend}"),
    (_HANGUL_L, r"\p{GCB=L}"),
    (_HANGUL_V, r"\p{GCB=V}"),
    (_HANGUL_T, r"\p{GCB=T}"),
    (_HANGUL_LV, r"\p{GCB=LV}"),
    (_HANGUL_LVT, r"\p{GCB=LVT}"),
)
_MATCHERS = tuple((flag, regex.compile(pattern).match) for flag, pattern in _PROPERTIES)
_KINDS: dict[str, int] = {}

_BREAKING = _CONTROL | _CR | _LF
_JOINS_PREVIOUS = _EXTEND | _ZWJ | _SPACING_MARK
_MAY_JOIN_NEXT = (
    _CR | _PREPEND | _REGIONAL | _ZWJ | _INCB_LINKER | _INCB_EXTEND
    | _HANGUL_L | _HANGUL_V | _HANGUL_T | _HANGUL_LV | _HANGUL_LVT
)
"""What a character before an offset must have for any rule to join it to the next one (GB3, GB6-8,
GB9b, GB9c, GB11, GB12/13); with none of it, and nothing after that joins the previous one, the
offset is a boundary without asking further. Nor can anything join the character before to one
with no property at all (a space, a danda), unless it is a Prepend (GB9b)."""


def _kind(char: str) -> int:
    kind = _KINDS.get(char)
    if kind is None:
        kind = 0
        for flag, match in _MATCHERS:
            if match(char):
                kind |= flag
        _KINDS[char] = kind
    return kind


def _hangul_joined(before: int, after: int) -> bool:
    if before & _HANGUL_L:
        return bool(after & (_HANGUL_L | _HANGUL_V | _HANGUL_LV | _HANGUL_LVT))
    if before & (_HANGUL_LV | _HANGUL_V):
        return bool(after & (_HANGUL_V | _HANGUL_T))
    if before & (_HANGUL_LVT | _HANGUL_T):
        return bool(after & _HANGUL_T)
    return False


_CLUSTER = regex.compile(r"\X")
_REGIONAL_PAIR = regex.compile(r"\p{GCB=Regional_Indicator}{2}")


def cluster_bounds(text: str) -> list[int]:
    """Every cluster boundary of ``text``, ascending, from 0 to ``len(text)`` inclusive.

    ``regex``'s ``\\X`` where it is linear; a text with adjacent regional indicators (flags),
    which ``\\X`` walks again for every flag of a run, gets ``one_pass_bounds`` instead.
    """
    if _REGIONAL_PAIR.search(text):
        return one_pass_bounds(text)
    bounds = [0]
    bounds.extend(m.end() for m in _CLUSTER.finditer(text))
    return bounds


def one_pass_bounds(text: str, *, conjuncts: bool = True) -> list[int]:
    """The cluster boundaries of ``cluster_bounds`` in one pass over ``text``, whatever it holds.

    ``conjuncts=False`` leaves out rule GB9c (Unicode 15.1), which keeps a conjunct such as
    ``क्ष`` whole: the clusters of older segmenters (see ``legacy_cluster_bounds``).

    Carries what the rules look back for (the length of the current run of regional
    indicators, a pictograph before a ZWJ, a linker in the current conjunct) instead of
    looking back. About twice as slow as ``regex`` on ordinary text, so used where ``regex``
    would be quadratic; the tests check both agree.
    """
    bounds = [0]
    if not text:
        return bounds
    kinds = list(map(_kind, text))
    before = kinds[0]
    regional_run = 1 if before & _REGIONAL else 0
    pictograph = bool(before & _PICTOGRAPHIC)  # the text so far ends in a pictograph and Extend marks
    pictograph_before = False  # the same, one character earlier
    linked = bool(before & _INCB_LINKER)  # the run of InCB linkers and extends so far holds a linker
    for offset in range(1, len(kinds)):
        after = kinds[offset]
        if before & _CR and after & _LF:
            joined = True
        elif before & _BREAKING or after & _BREAKING:
            joined = False
        elif _hangul_joined(before, after) or after & _JOINS_PREVIOUS or before & _PREPEND:
            joined = True
        elif after & _REGIONAL and before & _REGIONAL:
            joined = regional_run % 2 == 1
        elif after & _PICTOGRAPHIC and before & _ZWJ:
            joined = pictograph_before
        elif conjuncts and after & _INCB_CONSONANT and before & (_INCB_LINKER | _INCB_EXTEND):
            joined = linked
        else:
            joined = False
        if not joined:
            bounds.append(offset)
        regional_run = regional_run + 1 if after & _REGIONAL else 0
        pictograph_before = pictograph
        pictograph = bool(after & _PICTOGRAPHIC) or bool(after & _EXTEND and pictograph)
        if after & (_INCB_LINKER | _INCB_EXTEND):
            linked = linked or bool(after & _INCB_LINKER)
        else:
            linked = False
        before = after
    bounds.append(len(kinds))
    return bounds


def legacy_cluster_bounds(text: str) -> list[int]:
    """Cluster boundaries as segmenters before Unicode 15.1 find them, without the conjunct
    rule: ``क्षत्रिय`` is 5 clusters (``क्``, ``ष``, ``त्``, ``रि``, ``य``), not 3.

    What doccano's "count grapheme clusters as one character" counts (npm ``grapheme-splitter``
    1.0.4, UAX #29 of 2017). Every boundary of ``cluster_bounds`` is one of these too, so a
    span never needs to move to be written in this count; the other way, an edge inside a
    conjunct is refused on import like any edge inside a cluster. Emoji follow today's rules,
    which agree with grapheme-splitter's except for emoji newer than its tables (a skin tone
    after an emoji of 2019 or later: there one cluster, in grapheme-splitter two).
    """
    return one_pass_bounds(text, conjuncts=False)


def is_cluster_boundary(text: str, offset: int) -> bool:
    """Whether ``offset`` falls between two grapheme clusters (0 and ``len(text)`` do).

    Offsets outside ``[0, len(text)]`` are not boundaries. Decided from the characters around
    ``offset``; where that would mean looking back further than ``LOCAL_REACH`` characters (a
    long run of flags or marks), from the text's boundaries found in one pass and cached, so
    checking every edge of many spans stays linear in the text whatever it holds.
    """
    if offset <= 0 or offset >= len(text):
        return offset == 0 or offset == len(text)
    before = _KINDS.get(text[offset - 1])
    if before is None:
        before = _kind(text[offset - 1])
    after = _KINDS.get(text[offset])
    if after is None:
        after = _kind(text[offset])
    if not (before & _MAY_JOIN_NEXT or after & _JOINS_PREVIOUS):
        return True
    if before & _CR and after & _LF:
        return False
    if before & _BREAKING or after & _BREAKING:
        return True
    if _hangul_joined(before, after):
        return False
    if after & _JOINS_PREVIOUS or before & _PREPEND:
        return False
    if after & _REGIONAL and before & _REGIONAL:
        run = _run_back(text, offset - 1, _REGIONAL)
        return clusters_of(text).is_boundary(offset) if run is None else run % 2 == 0
    if after & _PICTOGRAPHIC and before & _ZWJ:
        extends = _run_back(text, offset - 2, _EXTEND)
        if extends is None:
            return clusters_of(text).is_boundary(offset)
        i = offset - 2 - extends
        return not (i >= 0 and _kind(text[i]) & _PICTOGRAPHIC)
    if after & _INCB_CONSONANT and before & (_INCB_LINKER | _INCB_EXTEND):
        linked = False
        i = offset - 1
        while i >= 0:
            if offset - i > LOCAL_REACH:
                return clusters_of(text).is_boundary(offset)
            kind = _kind(text[i])
            if kind & _INCB_LINKER:
                linked = True
            elif not kind & _INCB_EXTEND:
                break
            i -= 1
        return not linked
    return True


def first_cut(text: str, offsets: Iterable[int]) -> int | None:
    """The first of ``offsets`` that is not a cluster boundary of ``text`` (``is_cluster_boundary``),
    or None: many offsets of one text checked in one loop, most of them from the two characters
    around them alone."""
    length = len(text)
    kinds = _KINDS
    for offset in offsets:
        if 0 < offset < length:
            before = kinds.get(text[offset - 1])
            after = kinds.get(text[offset])
            if before is None or after is None or (
                (before & _MAY_JOIN_NEXT or after & _JOINS_PREVIOUS) and (after or before & _PREPEND)
            ):
                if not is_cluster_boundary(text, offset):
                    return offset
        elif offset != 0 and offset != length:
            return offset
    return None


LOCAL_REACH = 64
"""How far back ``is_cluster_boundary`` and the snaps look before using the cached boundaries."""
_CACHED_TEXTS = 8


def _run_back(text: str, last: int, flag: int) -> int | None:
    """How many characters ending at ``last`` (going back) have ``flag``; None beyond ``LOCAL_REACH``."""
    i = last
    while i >= 0 and _kind(text[i]) & flag:
        if last - i >= LOCAL_REACH:
            return None
        i -= 1
    return last - i


_cache: OrderedDict[str, Clusters] = OrderedDict()
_cache_lock = threading.Lock()


def clusters_of(text: str) -> Clusters:
    """The ``Clusters`` of ``text``, computed once and kept for the last few texts asked about."""
    with _cache_lock:
        found = _cache.get(text)
        if found is not None:
            _cache.move_to_end(text)
            return found
    found = Clusters(text)
    with _cache_lock:
        _cache[text] = found
        while len(_cache) > _CACHED_TEXTS:
            _cache.popitem(last=False)
    return found


def snap_left(text: str, offset: int) -> int:
    """The nearest cluster boundary at or before ``offset`` (clamped into the text)."""
    offset = min(max(offset, 0), len(text))
    for candidate in range(offset, max(offset - LOCAL_REACH, -1), -1):
        if is_cluster_boundary(text, candidate):
            return candidate
    return clusters_of(text).snap_left(offset)


def snap_right(text: str, offset: int) -> int:
    """The nearest cluster boundary at or after ``offset`` (clamped into the text)."""
    offset = min(max(offset, 0), len(text))
    for candidate in range(offset, min(offset + LOCAL_REACH, len(text)) + 1):
        if is_cluster_boundary(text, candidate):
            return candidate
    return clusters_of(text).snap_right(offset)


def snap_selection(text: str, start: int, end: int, *, trim_space: bool = True) -> tuple[int, int] | None:
    """A selection widened to whole clusters and, with ``trim_space``, narrowed past outer whitespace.

    ``start`` and ``end`` may come in either order and are clamped into the text. Returns
    None when nothing but whitespace (or nothing at all) is left. Clusters such as a space
    carrying a combining mark count as text, not whitespace.
    """
    if start > end:
        start, end = end, start
    start = snap_left(text, start)
    end = snap_right(text, end)
    if trim_space:
        while start < end:
            stop = snap_right(text, start + 1)
            if not text[start:stop].isspace():
                break
            start = stop
        while start < end:
            begin = snap_left(text, end - 1)
            if not text[begin:end].isspace():
                break
            end = begin
    if start >= end:
        return None
    return start, end


class Clusters:
    """The cluster boundaries of one text, for repeated lookups by bisection.

    Offsets passed in are clamped into ``[0, len(text)]``; every offset returned is a
    boundary.
    """

    __slots__ = ("bounds", "length")

    def __init__(self, text: str) -> None:
        self.bounds: list[int] = cluster_bounds(text)
        self.length: int = len(text)

    def __len__(self) -> int:
        """The number of clusters."""
        return len(self.bounds) - 1

    def _clamp(self, offset: int) -> int:
        return min(max(offset, 0), self.length)

    def is_boundary(self, offset: int) -> bool:
        i = bisect_left(self.bounds, offset)
        return i < len(self.bounds) and self.bounds[i] == offset

    def snap_left(self, offset: int) -> int:
        """The boundary at or before ``offset``."""
        return self.bounds[bisect_right(self.bounds, self._clamp(offset)) - 1]

    def snap_right(self, offset: int) -> int:
        """The boundary at or after ``offset``."""
        return self.bounds[bisect_left(self.bounds, self._clamp(offset))]

    def next(self, offset: int) -> int:
        """The first boundary after ``offset`` (the text's end stays there)."""
        offset = self._clamp(offset)
        if offset >= self.length:
            return self.length
        return self.bounds[bisect_right(self.bounds, offset)]

    def previous(self, offset: int) -> int:
        """The last boundary before ``offset`` (0 stays there)."""
        offset = self._clamp(offset)
        if offset <= 0:
            return 0
        return self.bounds[bisect_left(self.bounds, offset) - 1]

    def cluster_at(self, offset: int) -> tuple[int, int]:
        """The cluster containing the code point at ``offset`` (the last one at the end)."""
        offset = self._clamp(offset)
        i = bisect_right(self.bounds, offset) - 1
        if i >= len(self.bounds) - 1:
            i = max(len(self.bounds) - 2, 0)
        if len(self.bounds) < 2:
            return 0, 0
        return self.bounds[i], self.bounds[i + 1]
