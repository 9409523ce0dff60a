"""An interval index of the article view's span fragments, in UTF-16 offsets, queried per viewport.

Painting asks "which fragments touch [a, b)?" for the few thousand code units on screen;
a coarse bucket grid answers that without looking at the rest of the document, and adding
or removing one span touches only the buckets it covers.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from kathan.model import Fragmented

BUCKET = 512
"""UTF-16 units per bucket: about a screen line of prose is far below it, a viewport is a few."""


@dataclass(frozen=True, slots=True)
class ViewSpan(Fragmented):
    """A span as the view draws it: UTF-16 fragments plus what painting and tooltips need.

    Invariant: ``fragments`` are sorted, non-empty and non-overlapping half-open UTF-16
    ranges; ``start``/``end`` are the outer bounds of all of them.
    """

    id: int
    label: str
    fragments: tuple[tuple[int, int], ...]
    attributes: tuple[tuple[str, str], ...] = ()
    suggested: bool = False
    note: str = ""
    overlay: bool = False
    """Another annotator's span shown over the layer, read-only: drawn hatched."""

    @property
    def extent(self) -> int:
        return self.end - self.start


@dataclass(slots=True)
class SpanIndex:
    """Spans by id, and each fragment filed in every bucket it overlaps.

    Invariant: a key ``(span_id, fragment_no)`` is in bucket ``k`` exactly when that
    fragment overlaps ``[k * BUCKET, (k + 1) * BUCKET)``.
    """

    spans: dict[int, ViewSpan] = field(default_factory=dict)
    _buckets: dict[int, set[tuple[int, int]]] = field(default_factory=dict)
    _multi: set[int] = field(default_factory=set)
    """Ids of discontinuous spans: the buckets do not see them inside their gaps."""

    def __len__(self) -> int:
        return len(self.spans)

    def __contains__(self, span_id: object) -> bool:
        return span_id in self.spans

    def get(self, span_id: int) -> ViewSpan | None:
        return self.spans.get(span_id)

    def clear(self) -> None:
        self.spans.clear()
        self._buckets.clear()
        self._multi.clear()

    def add(self, span: ViewSpan) -> None:
        """File ``span`` (replacing a span with the same id)."""
        if span.id in self.spans:
            self.remove(span.id)
        self.spans[span.id] = span
        if len(span.fragments) > 1:
            self._multi.add(span.id)
        buckets = self._buckets
        for number, (start, end) in enumerate(span.fragments):
            key = (span.id, number)
            for k in range(start // BUCKET, (max(end, start + 1) - 1) // BUCKET + 1):
                bucket = buckets.get(k)
                if bucket is None:
                    buckets[k] = {key}
                else:
                    bucket.add(key)

    def remove(self, span_id: int) -> ViewSpan | None:
        """Forget ``span_id``; returns the span it was, or None when it was not filed."""
        span = self.spans.pop(span_id, None)
        if span is None:
            return None
        self._multi.discard(span_id)
        for number, (start, end) in enumerate(span.fragments):
            key = (span_id, number)
            for k in range(start // BUCKET, (max(end, start + 1) - 1) // BUCKET + 1):
                bucket = self._buckets.get(k)
                if bucket is not None:
                    bucket.discard(key)
                    if not bucket:
                        del self._buckets[k]
        return span

    def fragments_in(self, start: int, end: int) -> Iterator[tuple[ViewSpan, int, int]]:
        """Every ``(span, fragment_start, fragment_end)`` overlapping ``[start, end)``, each once.

        An empty query range still finds fragments that contain its position.
        """
        seen: set[tuple[int, int]] = set()
        spans = self.spans
        for k in range(start // BUCKET, max(end - 1, start) // BUCKET + 1):
            bucket = self._buckets.get(k)
            if not bucket:
                continue
            for key in bucket:
                if key in seen:
                    continue
                seen.add(key)
                span = spans[key[0]]
                f_start, f_end = span.fragments[key[1]]
                if f_start < end and f_end > start or f_start <= start < f_end:
                    yield span, f_start, f_end

    def spans_in(self, start: int, end: int) -> list[ViewSpan]:
        """The spans with a fragment overlapping ``[start, end)``, sorted by (start, -extent, id)."""
        found = {span.id: span for span, _, _ in self.fragments_in(start, end)}
        return sorted(found.values(), key=_order)

    def spans_at(self, position: int) -> list[ViewSpan]:
        """The spans with a fragment covering the code unit at ``position``, innermost first."""
        found = {span.id: span for span, s, e in self.fragments_in(position, position + 1) if s <= position < e}
        return sorted(found.values(), key=innermost_key)

    def overlapping_extent(self, start: int, end: int) -> Iterable[ViewSpan]:
        """Spans whose outer extent ``[span.start, span.end)`` overlaps ``[start, end)``.

        Gaps of discontinuous spans count: lanes are assigned on extents so a span keeps
        one lane across all its fragments.
        """
        found = {span.id: span for span, _, _ in self.fragments_in(start, end)}
        for span_id in self._multi:
            span = self.spans[span_id]
            if span.start < end and span.end > start:
                found[span.id] = span
        return found.values()


def _order(span: ViewSpan) -> tuple[int, int, int]:
    return (span.start, -span.extent, span.id)


def innermost_key(span: ViewSpan) -> tuple[int, int, int]:
    """Sort key putting the innermost of stacked spans first: smallest extent, then later start, newer id."""
    return (span.extent, -span.start, -span.id)


class LaneCache:
    """Underline lanes of spans, stable while scrolling: lane 0 hugs the text, nested spans go below.

    When a document is shown, lanes are assigned greedily (outer spans first) over a whole
    *overlap component*, the spans chained together by overlapping extents, so a span's lane
    does not depend on what is on screen; painting fills the cache for what it shows. An
    edit then touches only its own span: a new or changed span takes the lowest lane no
    overlapping span uses (``place``), a removed one frees its lane (``forget``), and every
    other span keeps its lane, so nothing jumps and an edit costs no walk over a component
    that may span the whole article. Invariant: spans whose extents overlap never share a lane.
    """

    def __init__(self, index: SpanIndex) -> None:
        self._index = index
        self._lanes: dict[int, int] = {}

    def clear(self) -> None:
        self._lanes.clear()

    def forget(self, span_id: int) -> None:
        self._lanes.pop(span_id, None)

    def place(self, span: ViewSpan) -> None:
        """Give a new or changed ``span`` the lowest lane that no span overlapping its extent holds."""
        self._lanes.pop(span.id, None)
        used = set()
        for other in self._index.overlapping_extent(span.start, max(span.end, span.start + 1)):
            if other.id == span.id:
                continue
            lane = self._lanes.get(other.id)
            if lane is None:
                lane = self.lane(other)  # settle the neighbourhood first, so the new span fits around it
            used.add(lane)
        lane = 0
        while lane in used:
            lane += 1
        self._lanes[span.id] = lane

    def lane(self, span: ViewSpan) -> int:
        lane = self._lanes.get(span.id)
        if lane is None:
            self._assign_component(span)
            lane = self._lanes.get(span.id, 0)
        return lane

    def _assign_component(self, seed: ViewSpan) -> None:
        start, end = seed.start, seed.end
        members: dict[int, ViewSpan] = {seed.id: seed}
        while True:
            for span in self._index.overlapping_extent(start, max(end, start + 1)):
                members[span.id] = span
            new_start = min(s.start for s in members.values())
            new_end = max(s.end for s in members.values())
            if (new_start, new_end) == (start, end):
                break
            start, end = new_start, new_end
        active: list[tuple[int, int]] = []  # (end, lane) of spans still open
        fixed = self._lanes
        placed = [(o.start, o.end, fixed[o.id]) for o in members.values() if o.id in fixed]
        for span in sorted(members.values(), key=_order):
            active = [(e, lane) for e, lane in active if e > span.start]
            lane = fixed.get(span.id)
            if lane is None:  # spans placed by an edit keep their lane; the rest fit around them
                used = {lane for _, lane in active}
                later = {lane for start, end, lane in placed if start < span.end and end > span.start}
                lane = 0
                while lane in used or lane in later:
                    lane += 1
                fixed[span.id] = lane
            active.append((span.end, lane))
