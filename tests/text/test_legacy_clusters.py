"""Clusters as doccano's grapheme mode counts them: npm ``grapheme-splitter`` 1.0.4 (UAX #29 of
2017, before the conjunct rule GB9c of Unicode 15.1).

The expected cluster lengths below were printed by grapheme-splitter 1.0.4 itself
(``new GraphemeSplitter().splitGraphemes(s)``, Node 20, 2026-12-05) for these invented strings;
the same run over the 28 development articles (50,949 clusters) agreed with
``legacy_cluster_bounds`` everywhere."""

from __future__ import annotations

import pytest
from hypothesis import given

from kathan.text.graphemes import cluster_bounds, legacy_cluster_bounds
from kathan.text.offsets import ClusterIndexMap
from tests.text.strategies import hindi_text, text_settings

GRAPHEME_SPLITTER = {
    "क्षत्रिय": [2, 1, 2, 2, 1],
    "हिन्दी": [2, 2, 2],
    "श्रीमती ज्ञान": [2, 2, 1, 2, 1, 2, 2, 1],
    "ক্ষ্ম র\u200d্যাব": [2, 2, 1, 1, 3, 2, 1],
    "മലയാളം ക്ഷ": [1, 1, 2, 2, 1, 2, 1],
    "اردو زبانِ": [1, 1, 1, 1, 1, 1, 1, 1, 2],
    "👩🏽\u200d💻 🇮🇳🇮🇳 1️⃣": [4, 1, 2, 2, 1, 3],
    "a\r\nb": [1, 2, 1],
    "र्\u200dया": [3, 2],
}


@pytest.mark.parametrize("text", sorted(GRAPHEME_SPLITTER))
def test_cluster_lengths_are_grapheme_splitters(text: str) -> None:
    bounds = legacy_cluster_bounds(text)
    assert [b - a for a, b in zip(bounds, bounds[1:])] == GRAPHEME_SPLITTER[text]


@given(hindi_text)
@text_settings
def test_every_cluster_boundary_of_today_is_a_legacy_one(text: str) -> None:
    """So a span, which never cuts today's clusters, always has a grapheme-mode offset."""
    assert set(cluster_bounds(text)) <= set(legacy_cluster_bounds(text))


def test_index_map_both_ways() -> None:
    text = "क्षत्रिय ने"
    clusters = ClusterIndexMap(text)
    assert clusters.clusters == 7  # क् ष त् रि य, the space, ने
    assert [clusters.to_codepoint(i) for i in (0, 1, 2, 5, 7)] == [0, 2, 3, 8, 11]
    assert clusters.to_index(8) == 5
    with pytest.raises(ValueError, match="inside a grapheme cluster"):
        clusters.to_index(1)
    with pytest.raises(ValueError, match="outside 0..7"):
        clusters.to_codepoint(8)
