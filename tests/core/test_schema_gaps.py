"""What records use that a schema lacks is found the same whether they come at once or one by one
(``GapFinder``, as ``stream_paths`` reads them, remembering what it asked the schema)."""

from __future__ import annotations

from dataclasses import asdict

from hypothesis import given, settings
from hypothesis import strategies as st

from kathan.model import DocumentRecord, RelationRecord, SpanRecord
from kathan.schema import default_schema
from kathan.validate import GapFinder, SchemaGaps, schema_gaps

span = st.builds(
    SpanRecord,
    st.sampled_from(["T1", "T2", "T3"]),
    st.sampled_from(["QUOTE", "SPEAKER", "CUE", "NEW", "OTHER"]),
    st.just(((0, 1),)),
    st.one_of(st.just({}), st.just({"form": "direct"}), st.just({"form": "odd"}), st.just({"colour": "x"})),
    line=st.integers(0, 3),
)
relation = st.builds(
    RelationRecord,
    st.sampled_from(["R1", "R2"]),
    st.sampled_from(["said_by", "cued_by", "NEW_LINK"]),
    st.sampled_from(["T1", "T2", "T9"]),
    st.sampled_from(["T1", "T2", "T3"]),
    st.one_of(st.just({}), st.just({"x": "y"})),
    line=st.integers(0, 3),
)
record = st.builds(
    lambda line, spans, relations: DocumentRecord(f"d{line}", "abc", spans=tuple(spans), relations=tuple(relations),
                                                  source="in.jsonl", line=line),
    st.integers(1, 5),
    st.lists(span, max_size=3),
    st.lists(relation, max_size=2),
)


def _reference(records: list[DocumentRecord]) -> SchemaGaps:
    """Every span and relation looked at in a record of its own, by a finder of its own."""
    schema = default_schema()
    gaps = SchemaGaps()
    for one in records:
        for single in one.spans:
            GapFinder(schema, gaps).add([DocumentRecord(one.name, one.text, spans=(single,), source=one.source, line=one.line)])
        labelled = {s.key: s for s in one.spans}
        for link in one.relations:
            ends = tuple(labelled[k] for k in dict.fromkeys((link.head, link.tail)) if k in labelled)
            bare = tuple(SpanRecord(s.key, s.label, s.fragments) for s in ends)
            GapFinder(schema, gaps).add([DocumentRecord(one.name, one.text, spans=bare, relations=(link,), source=one.source, line=one.line)])
    return gaps


@settings(max_examples=300, deadline=None)
@given(st.lists(record, max_size=4))
def test_gaps_are_the_same_at_once_one_by_one_and_span_by_span(records: list[DocumentRecord]) -> None:
    """The same gaps, each with its first use, however the records come."""
    at_once = schema_gaps(default_schema(), records)
    finder = GapFinder(default_schema())
    for one in records:
        finder.add([one])
    assert asdict(at_once) == asdict(finder.gaps) == asdict(_reference(records))
