"""Grapheme clusters: conjuncts stay whole, the local boundary check agrees with a full scan."""

from __future__ import annotations


import pytest
from hypothesis import given
from hypothesis import strategies as st

from kathan.text.graphemes import (
    Clusters,
    cluster_bounds,
    first_cut,
    is_cluster_boundary,
    snap_left,
    snap_right,
    snap_selection,
)
from tests.text.strategies import hindi_text, text_settings


@pytest.mark.parametrize("conjunct", ["क्षि", "स्त्री", "द्वि", "क्ष", "ज्ञ", "श्र", "त्र"])
def test_conjunct_is_one_cluster(conjunct: str) -> None:
    """A Devanagari conjunct with its vowel sign is a single cluster (Unicode 15.1 rules)."""
    assert cluster_bounds(conjunct) == [0, len(conjunct)]
    assert not any(is_cluster_boundary(conjunct, i) for i in range(1, len(conjunct)))


@pytest.mark.parametrize(
    ("text", "bounds"),
    [
        ("", [0]),
        ("क्षि a", [0, 4, 5, 6]),
        ("दिल्\u200dली", [0, 2, 7]),
        ("👩\u200d💻🇮🇳", [0, 3, 5]),
        ("👍🏽!", [0, 2, 3]),
        ("\r\n", [0, 2]),
        ("e\u0301.", [0, 2, 3]),
        ("a\u00a0b", [0, 1, 2, 3]),
    ],
)
def test_cluster_bounds(text: str, bounds: list[int]) -> None:
    """Cluster bounds of hazards: conjuncts, ZWJ, emoji sequences, flags, CRLF, combining marks."""
    assert cluster_bounds(text) == bounds


def test_offsets_outside_the_text_are_not_boundaries() -> None:
    """Negative offsets and offsets past the end are refused, the two ends are boundaries."""
    assert is_cluster_boundary("कि", 0) and is_cluster_boundary("कि", 2)
    assert not is_cluster_boundary("कि", -1)
    assert not is_cluster_boundary("कि", 3)
    assert is_cluster_boundary("", 0)


@text_settings
@given(hindi_text)
def test_local_check_agrees_with_full_scan(text: str) -> None:
    """is_cluster_boundary gives the same answer as cluster_bounds at every offset."""
    bounds = set(cluster_bounds(text))
    for offset in range(-1, len(text) + 2):
        assert is_cluster_boundary(text, offset) == (offset in bounds), (text, offset)


@text_settings
@given(st.lists(st.sampled_from(["🇮", "🇳", "a", "\u094d", "क", "\u200d", "😀", "\U0001F3FB"]), max_size=40).map("".join))
def test_long_runs_of_joining_characters(text: str) -> None:
    """Regional-indicator parity, conjunct chains and emoji ZWJ chains are decided correctly."""
    bounds = set(cluster_bounds(text))
    for offset in range(len(text) + 1):
        assert is_cluster_boundary(text, offset) == (offset in bounds), (text, offset)


@text_settings
@given(st.one_of(hindi_text, st.lists(st.sampled_from(
    ["🇮", "🇳", "a", " ", "।", "\u094d", "क", "ा", "े", "\u200d", "😀", "\U0001F3FB", "\r", "\n", "\u0600", "\u1100", "\u1161"]
), max_size=30).map("".join)))
def test_bulk_check_agrees_with_full_scan(text: str) -> None:
    """first_cut, checking many offsets of a text at once, finds exactly the offsets that are no boundary, first first."""
    bounds = set(cluster_bounds(text))
    offsets = list(range(-1, len(text) + 2))
    for offset in offsets:
        assert (first_cut(text, [offset]) is None) == (offset in bounds), (text, offset)
    assert first_cut(text, offsets) == next((o for o in offsets if o not in bounds), None)


@text_settings
@given(hindi_text, st.integers(-3, 70))
def test_clusters_lookups(text: str, offset: int) -> None:
    """Clusters' snapping and stepping return the nearest boundaries on the right side."""
    clusters = Clusters(text)
    bounds = cluster_bounds(text)
    clamped = min(max(offset, 0), len(text))
    assert clusters.is_boundary(offset) == (offset in bounds)
    assert clusters.snap_left(offset) == max(b for b in bounds if b <= clamped)
    assert clusters.snap_right(offset) == min(b for b in bounds if b >= clamped)
    assert clusters.next(offset) == min((b for b in bounds if b > clamped), default=len(text))
    assert clusters.previous(offset) == max((b for b in bounds if b < clamped), default=0)
    assert snap_left(text, offset) == clusters.snap_left(offset)
    assert snap_right(text, offset) == clusters.snap_right(offset)
    assert len(clusters) == len(bounds) - 1


def test_cluster_at() -> None:
    """cluster_at gives the cluster holding an offset, the last one at the very end."""
    clusters = Clusters("क्षि a")
    assert clusters.cluster_at(1) == (0, 4)
    assert clusters.cluster_at(4) == (4, 5)
    assert clusters.cluster_at(6) == (5, 6)
    assert Clusters("").cluster_at(0) == (0, 0)


@pytest.mark.parametrize(
    ("text", "start", "end", "expected"),
    [
        ("  क्षि  ", 1, 3, (2, 6)),
        ("  क्षि  ", 7, 0, (2, 6)),
        ("   ", 0, 3, None),
        ("ab", 1, 1, None),
        ("a\u00a0\nb", 0, 3, (0, 1)),
        ("👩\u200d💻 x", 1, 2, (0, 3)),
    ],
)
def test_snap_selection(text: str, start: int, end: int, expected: tuple[int, int] | None) -> None:
    """A selection grows to whole clusters and loses outer whitespace; nothing left gives None."""
    assert snap_selection(text, start, end) == expected


def test_snap_selection_can_keep_space() -> None:
    """With trim_space=False only cluster snapping happens."""
    assert snap_selection("  क्षि  ", 1, 3, trim_space=False) == (1, 6)


@text_settings
@given(hindi_text, st.integers(-2, 70), st.integers(-2, 70))
def test_snap_selection_properties(text: str, start: int, end: int) -> None:
    """A snapped selection lies on boundaries, has no blank cluster at either end, keeps the text."""
    result = snap_selection(text, start, end)
    lo, hi = sorted((min(max(start, 0), len(text)), min(max(end, 0), len(text))))
    if result is None:
        assert text[lo:hi].strip() == "" or lo == hi
        return
    s, e = result
    bounds = cluster_bounds(text)
    assert s in bounds and e in bounds and s < e
    first = text[s:min(b for b in bounds if b > s)]
    last = text[max(b for b in bounds if b < e):e]
    assert not first.isspace() and not last.isspace()
    non_space = [i for i in range(lo, hi) if not text[i].isspace()]
    assert all(s <= i < e for i in non_space)
