"""Search keys: nukta, chandrabindu, joiners, soft hyphens, Latin case and spacing are ignored."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from kathan.text.graphemes import cluster_bounds
from kathan.text.search import find_all, search_key
from tests.text.strategies import hindi_text, text_settings


def found(text: str, query: str) -> list[str]:
    return [text[s:e] for s, e in find_all(text, query)]


@pytest.mark.parametrize(
    ("text", "query", "expected"),
    [
        ("फ़िल्म फिल्म फ़िल्म", "फिल्म", ["फ़िल्म", "फिल्म", "फ़िल्म"]),
        ("फ़िल्म फिल्म", "फ़िल्म", ["फ़िल्म", "फिल्म"]),
        ("ज़मीन ज़मीन जमीन", "ज़मीन", ["ज़मीन", "ज़मीन", "जमीन"]),
        ("कहाँ कहां", "कहां", ["कहाँ", "कहां"]),
        ("दिल्\u200dली दिल्ली", "दिल्ली", ["दिल्\u200dली", "दिल्ली"]),
        ("भा\u00adरत", "भारत", ["भा\u00adरत"]),
        ("WHO चीफ who", "Who", ["WHO", "who"]),
        ("New\u00a0 Delhi", "new delhi", ["New\u00a0 Delhi"]),
        ("कमी", "कम", ["कमी"]),
        ("क्षेत्र", "क", ["क्षे"]),
        ("abc", "", []),
        ("abc", "\u200d", []),
    ],
)
def test_find_all(text: str, query: str, expected: list[str]) -> None:
    """Spelling variants Hindi writers use interchangeably find each other, on whole clusters."""
    assert found(text, query) == expected


def test_sample_colon_is_kept(sample_text: str) -> None:
    """``मॉस्को:`` is found with its ASCII colon; the key never turns it into a visarga."""
    assert found(sample_text, "मॉस्को:") == ["मॉस्को:"]
    assert found(sample_text, "मॉस्कोः") == []
    assert search_key("मॉस्को:").key == "मॉस्को:"
    assert len(found(sample_text, "भारत-रूस")) == 8
    assert found(sample_text, "@VKUMAR1969") == ["@vkumar1969", "@vkumar1969"]


def test_key_maps_back() -> None:
    """Each key character records the text offset it came from; the extra entry is the length."""
    key = search_key("क़\u200dA  b")
    assert key.key == "कa b"
    assert key.origin == (0, 3, 4, 6, 7)
    assert key.origin_end(2) == 4


@text_settings
@given(hindi_text, st.data())
def test_every_slice_is_found(text: str, data: st.DataObject) -> None:
    """A slice of the text is found, results lie on cluster boundaries and hold the query's key."""
    bounds = cluster_bounds(text)
    assume(len(bounds) > 1)
    i = data.draw(st.integers(0, len(bounds) - 2))
    j = data.draw(st.integers(i + 1, len(bounds) - 1))
    query = text[bounds[i]:bounds[j]]
    needle = search_key(query).key.strip(" ")
    results = find_all(text, query)
    assert bool(results) == bool(needle)
    bound_set = set(bounds)
    previous_end = 0
    for start, end in results:
        assert start in bound_set and end in bound_set
        assert previous_end <= start < end
        assert needle in search_key(text[start:end]).key
        previous_end = end


def test_whole_word_find_does_not_take_a_word_that_continues_with_a_nasal_sign() -> None:
    """``कहा`` ("said") is not ``कहां`` ("where"): whole-word search keeps them apart, nukta-blind still."""
    from kathan.text.search import find_all

    text = "उन्होंने कहा कि वह कहां है और कहाँ गए, क़हा।"
    assert [text[s:e] for s, e in find_all(text, "कहा", whole_word=True)] == ["कहा", "क़हा"]
    assert len(find_all(text, "कहा")) == 4  # the forgiving default still finds every form


def test_exact_find_is_not_nasal_or_nukta_blind() -> None:
    from kathan.text.search import find_all

    text = "वह कहां है और कहाँ गए, क़हा।"
    assert [text[s:e] for s, e in find_all(text, "कहां", blind=False)] == ["कहां"]
    assert [text[s:e] for s, e in find_all(text, "कहा", blind=False, whole_word=True)] == []


def test_pattern_find_widens_to_clusters_and_names_a_bad_pattern() -> None:
    import pytest

    from kathan.text.search import find_pattern

    text = "राम ने कहा, श्याम ने कहाँ कहा"
    assert [text[s:e] for s, e in find_pattern(text, r"क\w*", whole_word=True)] == ["कहा", "कहाँ", "कहा"]
    assert [text[s:e] for s, e in find_pattern(text, "श्")] == ["श्या"]
    with pytest.raises(ValueError, match="not a valid regular expression"):
        find_pattern(text, "(")
