"""Property tests: whatever the text, stored spans come back exactly, and no stored span cuts a cluster."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kathan.model import DocumentRecord, SpanRecord
from kathan.text.graphemes import cluster_bounds
from storage import SpanError, Workspace

PIECES = [
    *"कखगतदनपमरलसह",
    *"ािीुूेैोौंँ",
    "क्ष",
    "क्षि",
    "स्त्री",
    "द्वि",
    "\u094d",
    "\u093c",
    "दिल्\u200dली",
    *"abcXYZ019",
    "e\u0301",
    *" \n\u00a0।,.\"“”",
    "😀",
    "👍🏽",
    "👩\u200d💻",
    "🇮🇳",
    "❤\ufe0f",
    "\u200b",
    "\x00",
]
texts = st.lists(st.sampled_from(PIECES), min_size=1, max_size=40).map("".join)
quick = settings(deadline=None, max_examples=60, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def text_and_spans(draw: st.DrawFn) -> tuple[str, list[tuple[tuple[int, int], ...]]]:
    """A text and spans whose fragments are sorted, non-overlapping and on cluster boundaries."""
    text = draw(texts)
    bounds = cluster_bounds(text)
    spans = []
    for _ in range(draw(st.integers(0, 5))):
        cuts = sorted(draw(st.sets(st.sampled_from(bounds), min_size=2, max_size=6)))
        pairs = tuple((cuts[i], cuts[i + 1]) for i in range(0, len(cuts) - 1, 2))
        spans.append(pairs)
    return text, spans


@quick
@given(text_and_spans())
def test_spans_come_back_exactly(case: tuple[str, list[tuple[tuple[int, int], ...]]]) -> None:
    text, fragment_lists = case
    records = tuple(SpanRecord(f"T{i}", "QUOTE", fragments) for i, fragments in enumerate(fragment_lists))
    with Workspace.create("sqlite://") as ws:
        (doc,) = ws.import_records([DocumentRecord(name="d", text=text, spans=records)]).documents_added
        assert ws.document(doc).text == text
        stored = ws.spans(doc)
        assert sorted(s.fragments for s in stored) == sorted(fragment_lists)
        added = [ws.add_span(doc, "CLAIM", list(f)).spans_added[0] for f in fragment_lists]
        assert {s.id: s for s in ws.spans(doc)} == {s.id: s for s in (*stored, *added)}
        assert ws.validate() == []


@quick
@given(texts, st.data())
def test_an_offset_inside_a_cluster_is_always_refused(text: str, data: st.DataObject) -> None:
    bounds = set(cluster_bounds(text))
    inside = [i for i in range(len(text)) if i not in bounds]
    if not inside:
        return
    fragment = (0, data.draw(st.sampled_from(inside)))
    with Workspace.create("sqlite://") as ws:
        (doc,) = ws.import_records([DocumentRecord(name="d", text=text)]).documents_added
        try:
            ws.add_span(doc, "QUOTE", [fragment])
        except SpanError:
            pass
        else:
            raise AssertionError(f"a span {fragment} cutting a cluster of {text!r} was stored")
        assert ws.spans(doc) == ()
