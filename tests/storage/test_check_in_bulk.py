"""check_records settles a record with nothing to say about it per label and link type, not per span,
and finds exactly the problems its span-by-span loops find (they still say what is wrong)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kathan.model import DocumentRecord, RelationRecord, SpanRecord
from kathan.schema import default_schema
from storage import importing
from storage.importing import Existing, check_records, sha256_of

TEXT = "मंत्री ने कहा कि भारत और रूस मित्र हैं।"
PLACES = [(0, len("मंत्री")), (TEXT.index("कहा"), TEXT.index("कहा") + 3), (TEXT.index("भारत"), TEXT.index("।")), (1, 2)]
"""Span places; the last cuts the cluster मं, so such a record is not fitted."""

CLEAN_SPANS = [SpanRecord("T1", "QUOTE", (PLACES[2],)), SpanRecord("T2", "SPEAKER", (PLACES[0],)), SpanRecord("T3", "CUE", (PLACES[1],))]
CLEAN_LINKS = [RelationRecord("R1", "nested_in", "T1", "T1"), RelationRecord("R2", "said_by", "T1", "T2"),
               RelationRecord("R3", "cued_by", "T1", "T3")]
"""A record of the first n spans and the links among them has nothing wrong with it."""


def _spoilt(spans: list[SpanRecord], links: list[RelationRecord], how: int, at: int) -> None:
    """One thing made wrong (or merely unusual) in the spans or links, at index ``at`` of them."""
    if how < 5 and spans:
        i = at % len(spans)
        changes: list[dict[str, Any]] = [{"key": spans[i - 1].key}, {"label": "NOPE"}, {"label": "CUE"},
                                         {"attributes": {"form": "direct"}}, {"attributes": {"form": "bogus"}}]
        spans[i] = replace(spans[i], **changes[how])
    elif how >= 5 and links:
        i = at % len(links)
        if how == 9:
            links.append(replace(links[i], key="R8"))  # the same link twice
        else:
            changes = [{"key": "R9"}, {"type": "bogus"}, {"head": "T9"}, {"attributes": {"x": "y"}}]
            links[i] = replace(links[i], **changes[how - 5])


@st.composite
def document(draw: st.DrawFn) -> DocumentRecord:
    spans = CLEAN_SPANS[: draw(st.integers(0, 3))]
    links = [link for link in CLEAN_LINKS if {link.head, link.tail} <= {s.key for s in spans}]
    links = links[: draw(st.integers(0, len(links)))]
    for how, at in draw(st.lists(st.tuples(st.integers(0, 9), st.integers(0, 2)), max_size=2)):
        _spoilt(spans, links, how, at)
    if draw(st.booleans()) and spans:
        spans[-1] = replace(spans[-1], fragments=(PLACES[3],))  # cuts a cluster: the record is not fitted
    name = draw(st.sampled_from(["a", "b"]))
    return DocumentRecord(name, TEXT, spans=tuple(spans), relations=tuple(links), source="in.jsonl", line=1)


def _checked(records: list[DocumentRecord]) -> tuple[Any, list[str]]:
    digests = [sha256_of(r.text) for r in records]
    plan, problems = check_records(records, digests, default_schema(), Existing({}, {}, {}))
    return plan, [str(p) for p in problems]


@settings(max_examples=500, deadline=None)
@given(st.lists(document(), min_size=1, max_size=3))
def test_the_bulk_check_agrees_with_the_span_by_span_one(records: list[DocumentRecord]) -> None:
    """The same plan and the same problems, in the same order, with the bulk check or without it."""
    bulk = _checked(records)
    with pytest.MonkeyPatch.context() as patched:
        patched.setattr(importing, "_nothing_to_say", lambda *_: False)
        one_by_one = _checked(records)
    assert bulk == one_by_one


def test_a_plain_record_is_settled_in_bulk() -> None:
    """A record with valid spans and links and no attributes takes the bulk way (so the property is not vacuous)."""
    record = DocumentRecord("a", TEXT, spans=(SpanRecord("T1", "QUOTE", (PLACES[2],)), SpanRecord("T2", "SPEAKER", (PLACES[0],))),
                            relations=(RelationRecord("R1", "said_by", "T1", "T2"),))
    from kathan.validate import SchemaCheck

    assert importing._nothing_to_say(SchemaCheck(default_schema()), record, set(), set())
    assert _checked([record])[1] == []
