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


def test_rows_write_the_same_native_jsonl_as_model_values(ws: Workspace, sample_text: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The export's row stream (``iter_rows``) writes byte for byte the JSONL that the model values
    (``iter_annotated``) write: spans sharing their bounds under other labels, discontinuous spans,
    attributes, notes, annotators, kept and generated ids, relations, and a subset of documents."""
    import re

    from kathan.formats.registry import write
    from kathan.model import DocumentRecord, RelationRecord, SpanRecord

    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", sample_text)]
    spans = (
        SpanRecord("T9", "SPEAKER", (words[2],), annotator="ravi"),
        SpanRecord("T2", "QUOTE", (words[2],), attributes={"form": "direct", "medium": "speech"}, note="पहला \"नोट\""),
        SpanRecord("", "CLAIM", (words[2],)),
        SpanRecord("T1", "CUE", (words[1], words[3]), annotator="asha"),
        SpanRecord("x", "QUOTE", (words[1], words[2])),
        SpanRecord("y", "QUOTE", (words[5],), origin=Origin.MANUAL),
    )
    relations = (RelationRecord("R7", "said_by", "y", "T9"), RelationRecord("", "said_by", "T2", "T9"))
    records = [
        DocumentRecord(name=f"d{n}", text=sample_text if n else "नमस्ते", meta={"b": "2", "a": "1"} if n else {},
                       spans=(spans if n == 1 else tuple(s for s in spans if len(s.fragments) == 1)) if n else (),
                       relations=relations if n else (), language="ur" if n == 2 else "hi")
        for n in range(3)
    ]
    ids = ws.import_records(records, replace_layers=False).documents_added
    ws.add_span(ids[1], "SPEAKER", [words[7]], attributes={})
    for doc in ids[1:]:
        ws.add_span(doc, "ADDRESSEE", [words[2]])  # the same bounds as three others, a later id, the first label
    for name, rows, annotated in (
        ("all", ws.iter_rows(), ws.iter_annotated()),
        ("some", ws.iter_rows([ids[2], ids[0]]), ws.iter_annotated([ids[2], ids[0]])),
    ):
        write("jsonl", rows, tmp_path / f"rows-{name}.jsonl")
        write("jsonl", annotated, tmp_path / f"values-{name}.jsonl")
        assert (tmp_path / f"rows-{name}.jsonl").read_bytes() == (tmp_path / f"values-{name}.jsonl").read_bytes(), name
    assert (tmp_path / "rows-all.jsonl").read_text(encoding="utf-8").count("\n") == 3
