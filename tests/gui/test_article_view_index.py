"""The article view's span index, lanes and background runs: plain Python, no widgets."""

from __future__ import annotations

from gui.article.index import BUCKET, LaneCache, SpanIndex, ViewSpan
from gui.article.paint import innermost_runs


def vs(span_id: int, *fragments: tuple[int, int], label: str = "QUOTE") -> ViewSpan:
    return ViewSpan(span_id, label, tuple(fragments))


def test_query_finds_fragments_across_buckets_once():
    index = SpanIndex()
    index.add(vs(1, (10, 3 * BUCKET + 5)))
    index.add(vs(2, (BUCKET - 2, BUCKET + 2)))
    index.add(vs(3, (5 * BUCKET, 5 * BUCKET + 1)))
    found = sorted((s.id, a, b) for s, a, b in index.fragments_in(BUCKET, 2 * BUCKET))
    assert found == [(1, 10, 3 * BUCKET + 5), (2, BUCKET - 2, BUCKET + 2)]
    assert [s.id for s in index.spans_at(BUCKET)] == [2, 1]
    assert index.spans_at(5 * BUCKET + 1) == []


def test_remove_and_replace():
    index = SpanIndex()
    index.add(vs(1, (0, 10)))
    index.add(vs(1, (20, 30)))
    assert [s.id for s in index.spans_in(0, 10)] == []
    assert [s.id for s in index.spans_in(25, 26)] == [1]
    assert index.remove(1) is not None
    assert index.remove(1) is None
    assert len(index) == 0 and not list(index.fragments_in(0, 100))


def test_discontinuous_span_counts_over_its_gap_for_lanes():
    index = SpanIndex()
    index.add(vs(1, (0, 10), (5000, 5010)))
    index.add(vs(2, (2000, 2010), label="SPEAKER"))
    assert [s.id for s in index.spans_in(2000, 2010)] == [2]
    assert {s.id for s in index.overlapping_extent(2000, 2010)} == {1, 2}
    lanes = LaneCache(index)
    assert (lanes.lane(index.spans[1]), lanes.lane(index.spans[2])) == (0, 1)


def test_lanes_nest_outer_first_and_reuse_free_lanes():
    index = SpanIndex()
    for span in (vs(1, (0, 100)), vs(2, (10, 20)), vs(3, (15, 18)), vs(4, (30, 40)), vs(5, (200, 210))):
        index.add(span)
    lanes = LaneCache(index)
    assert [lanes.lane(index.spans[i]) for i in (1, 2, 3, 4, 5)] == [0, 1, 2, 1, 0]


def test_innermost_runs_give_each_place_its_smallest_span():
    quote, speaker = vs(1, (0, 50)), vs(2, (10, 20), label="SPEAKER")
    runs = innermost_runs([(quote, 0, 50), (speaker, 10, 20)], 0, 100)
    assert [(s.id, a, b) for s, a, b in runs] == [(1, 0, 10), (2, 10, 20), (1, 20, 50)]
    assert innermost_runs([], 0, 10) == []
    clipped = innermost_runs([(quote, 0, 50)], 30, 40)
    assert [(s.id, a, b) for s, a, b in clipped] == [(1, 30, 40)]


def test_an_added_span_takes_a_free_lane_and_the_others_keep_theirs() -> None:
    index = SpanIndex()
    lanes = LaneCache(index)
    spans = [ViewSpan(1, "QUOTE", ((0, 50),)), ViewSpan(2, "SPEAKER", ((5, 10),)), ViewSpan(3, "CUE", ((60, 70),))]
    for span in spans:
        index.add(span)
    before = {s.id: lanes.lane(s) for s in spans}
    new = ViewSpan(4, "CLAIM", ((8, 65),))
    index.add(new)
    lanes.place(new)
    assert {s.id: lanes.lane(s) for s in spans} == before  # nothing jumps
    assert lanes.lane(new) not in {before[1], before[2], before[3]}
    index.remove(2)
    lanes.forget(2)
    other = ViewSpan(5, "CUE", ((6, 9),))
    index.add(other)
    lanes.place(other)
    assert lanes.lane(other) not in {lanes.lane(spans[0]), lanes.lane(new)}
