"""Cluster boundaries cost work linear in the text whatever it holds: long runs of flags or marks
are answered from one pass over the text, not by walking back from every span edge."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from kathan.text import graphemes
from kathan.text.graphemes import cluster_bounds, is_cluster_boundary, one_pass_bounds, snap_left, snap_right
from kathan.validate import check_fragments
from tests.text.strategies import text_settings

FLAG = "\U0001f1ee\U0001f1f3"  # 🇮🇳, two regional indicators
LONG_RUNS = {
    "flags": FLAG * 150 + "\U0001f1ee" + " end",
    "emoji zwj after marks": "\U0001f469" + "\u0301" * 130 + "\u200d\U0001f52c x",
    "virama chain": "क" + "\u094d\u0930" * 5 + "\u093c" * 120 + "\u094d" + "ष ok",
    "marks": "a" + "\u0301" * 500 + "b",
}


@pytest.mark.parametrize("name", sorted(LONG_RUNS))
def test_long_runs_agree_with_the_reference(name: str) -> None:
    """Past the local reach the answer still matches regex's clusters at every offset."""
    text = LONG_RUNS[name]
    bounds = set(cluster_bounds(text))
    assert [o for o in range(len(text) + 1) if is_cluster_boundary(text, o)] == sorted(bounds)
    for offset in range(0, len(text) + 1, 7):
        assert snap_left(text, offset) == max(b for b in bounds if b <= offset)
        assert snap_right(text, offset) == min(b for b in bounds if b >= offset)


def test_checking_many_span_edges_in_a_flag_run_is_linear(monkeypatch: pytest.MonkeyPatch) -> None:
    """The audit's case scaled down: 40,000 regional indicators and 400 spans classify a bounded
    number of characters (walking back from each edge classified millions)."""
    calls = 0
    kind = graphemes._kind

    def counted(char: str) -> int:
        nonlocal calls
        calls += 1
        return kind(char)

    monkeypatch.setattr(graphemes, "_kind", counted)
    text = FLAG * 20_000
    step = len(text) // 400
    for start in range(0, len(text) - step, step):
        assert check_fragments(text, [(start, start + 2)]) is None
        assert check_fragments(text, [(start + 1, start + 3)]) is not None
    edges = 4 * 400
    assert calls < 2 * len(text) + edges * 2 * graphemes.LOCAL_REACH


HAZARDS = ["🇮", "🇳", "a", "क", "ष", "\u094d", "\u093c", "\u093f", "\u200d", "\u200c", "😀", "\U0001F3FB", "\u0301",
           "\r", "\n", "\u1100", "\u1161", "\u11a8", "\uac00", "\u0600", "ی", "\u0654", " ", "\x00", "\ufeff"]


@text_settings
@given(st.lists(st.sampled_from(HAZARDS), max_size=60).map("".join))
def test_one_pass_bounds_match_regex_clusters(text: str) -> None:
    """The one-pass boundaries are regex's extended grapheme clusters, hazards mixed at random."""
    reference = [0, *(m.end() for m in regex.finditer(r"\X", text))]
    assert one_pass_bounds(text) == reference
    assert cluster_bounds(text) == reference


def test_the_audit_flag_text_is_read_with_every_span() -> None:
    """200,000 regional indicators with 2,000 spans: every edge checked, odd ones refused."""
    text = FLAG * 100_000
    bounds = cluster_bounds(text)
    assert len(bounds) == 100_001
    checked = [check_fragments(text, [(i * 100, i * 100 + 50)]) for i in range(2000)]
    assert checked == [None] * 2000
    assert "cuts the grapheme cluster" in (check_fragments(text, [(101, 150)]) or "")
