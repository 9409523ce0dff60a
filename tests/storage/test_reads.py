"""The fast paths of reading: built values equal what the model's constructors make."""

from __future__ import annotations

from dataclasses import FrozenInstanceError, dataclass, fields
from datetime import UTC, datetime

import pytest

from kathan.model import DocumentId, Origin, Relation, Span
from storage import Workspace
from storage.reads import frozen_builder

NOW = datetime(2026, 1, 2, 3, 4, 5, 6, tzinfo=UTC)


def test_the_span_builder_makes_what_span_makes() -> None:
    values = (7, 3, "QUOTE", ((1, 4), (6, 9)), {"form": "direct"}, "note", "asha", Origin.IMPORTED, NOW, NOW, "T7")
    built = frozen_builder(Span)(*values)
    assert built == Span(*values)  # type: ignore[arg-type]
    assert [getattr(built, f.name) for f in fields(Span)] == list(values)
    assert hash(built.fragments) == hash(Span(*values).fragments)  # type: ignore[arg-type]
    with pytest.raises(FrozenInstanceError):
        built.label = "CUE"  # type: ignore[misc]


def test_the_relation_builder_makes_what_relation_makes() -> None:
    values = (1, 2, "said_by", 3, 4, {}, "asha", Origin.MANUAL, NOW, "R1")
    assert frozen_builder(Relation)(*values) == Relation(*values)  # type: ignore[arg-type]


def test_the_builder_needs_every_field() -> None:
    with pytest.raises(TypeError):
        frozen_builder(Span)(1, 2, "QUOTE")


def test_the_builder_refuses_what_it_cannot_build_faithfully() -> None:
    @dataclass(frozen=True, slots=True)
    class Checked:
        x: int

        def __post_init__(self) -> None:
            assert self.x > 0

    @dataclass
    class Plain:
        x: int

    for cls in (Checked, Plain):
        with pytest.raises(TypeError):
            frozen_builder(cls)


def test_discontinuous_spans_read_back_whole(ws: Workspace, doc_id: DocumentId, words: list[tuple[int, int]]) -> None:
    three = ws.add_span(doc_id, "QUOTE", [words[1], words[3], words[5]]).spans_added[0]
    one = ws.add_span(doc_id, "SPEAKER", [words[2]]).spans_added[0]
    two = ws.add_span(doc_id, "CUE", [words[4], words[8]]).spans_added[0]
    assert ws.spans(doc_id) == (three, one, two)
    assert list(ws.iter_annotated())[0].spans == (three, one, two)
