"""Import records set their own fields (``SpanRecord``/``RelationRecord.__init__``) and are still frozen dataclasses."""

from __future__ import annotations

import dataclasses

import pytest

from kathan.model import Origin, RelationRecord, SpanRecord


def test_records_take_each_field_by_position_or_keyword_with_the_declared_defaults() -> None:
    """Every field lands in its own slot; omitted ones get the defaults ``dataclasses.fields`` declares."""
    span = SpanRecord("T1", "QUOTE", ((0, 3),), {"a": "b"}, "n", "asha", Origin.MANUAL, 7)
    assert dataclasses.astuple(span) == ("T1", "QUOTE", ((0, 3),), {"a": "b"}, "n", "asha", Origin.MANUAL, 7)
    assert span == SpanRecord(key="T1", label="QUOTE", fragments=((0, 3),), attributes={"a": "b"}, note="n",
                              annotator="asha", origin=Origin.MANUAL, line=7)
    relation = RelationRecord("R1", "said_by", "T1", "T2", {"x": "y"}, "asha", Origin.SUGGESTED, 4)
    assert dataclasses.astuple(relation) == ("R1", "said_by", "T1", "T2", {"x": "y"}, "asha", Origin.SUGGESTED, 4)
    for record in (SpanRecord("T1", "QUOTE", ((0, 3),)), RelationRecord("R1", "said_by", "T1", "T2")):
        for field in dataclasses.fields(record)[3 if isinstance(record, SpanRecord) else 4 :]:
            expected = field.default_factory() if field.default is dataclasses.MISSING else field.default  # type: ignore[misc]
            assert getattr(record, field.name) == expected


def test_records_stay_frozen_and_their_default_attributes_are_their_own() -> None:
    """Assigning a field is refused, ``replace`` still works, and two records never share a default dict."""
    first, second = SpanRecord("T1", "QUOTE", ((0, 3),)), SpanRecord("T2", "QUOTE", ((0, 3),))
    with pytest.raises(dataclasses.FrozenInstanceError):
        first.label = "CUE"  # type: ignore[misc]
    assert dataclasses.replace(first, label="CUE") == SpanRecord("T1", "CUE", ((0, 3),))
    assert first.attributes is not second.attributes
    relation = RelationRecord("R1", "said_by", "T1", "T2")
    with pytest.raises(dataclasses.FrozenInstanceError):
        relation.type = "other"  # type: ignore[misc]
