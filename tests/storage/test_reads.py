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


def _rows_project(ws: Workspace, sample_text: str) -> None:
    import re

    from kathan.model import DocumentRecord, RelationRecord, SpanRecord

    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", sample_text)]
    spans = (
        SpanRecord("T1", "SPEAKER", (words[0],)),
        SpanRecord("T2", "QUOTE", (words[2], words[4])),
        SpanRecord("T3", "CLAIM", (words[2], words[4])),
        SpanRecord("T4", "CUE", (words[5],)),
    )
    ws.import_records(
        [DocumentRecord(name=f"d{n}", text=sample_text, spans=spans, relations=(RelationRecord("R1", "said_by", "T2", "T1"),))
         for n in range(3)],
        replace_layers=False,
    )


def test_the_check_after_a_rows_export_refuses_what_the_writer_got_wrong(ws: Workspace, sample_text: str, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """An export from rows is read back and compared with the rows it was given: a span's offset
    moved with its written text, a label changed, a span left out, spans written out of text order,
    a document's text changed: each is refused, and no file appears."""
    import json

    from kathan.formats import jsonl
    from kathan.formats.registry import write
    from kathan.model import KathanError

    _rows_project(ws, sample_text)
    real = jsonl.rows_line

    def edited(change):  # type: ignore[no-untyped-def]
        def line(rows, *args):  # type: ignore[no-untyped-def]
            written, dangling = real(rows, *args)
            data = json.loads(written)
            if rows.document.name == "d1":
                change(data)
            return json.dumps(data, ensure_ascii=False) + "\n", dangling

        return line

    def shift(data):  # type: ignore[no-untyped-def]
        span = data["spans"][-1]
        span["fragments"] = [[start + 1, end + 1] for start, end in span["fragments"]]
        span["text"] = " ".join(data["text"][start:end] for start, end in span["fragments"])

    def relabel(data):  # type: ignore[no-untyped-def]
        data["spans"][1]["label"] = "SPEAKER"

    def reverse(data):  # type: ignore[no-untyped-def]
        data["spans"].reverse()

    def retext(data):  # type: ignore[no-untyped-def]
        data["text"] += " "

    out = tmp_path / "out"
    out.mkdir()
    write("jsonl", ws.iter_rows(), out / "ok.jsonl")
    for change, message in (
        (shift, "its spans came back with other labels or offsets"),
        (relabel, "its spans came back with other labels or offsets"),
        (lambda data: data["spans"].pop(), "its spans came back with other labels or offsets"),
        (reverse, "its spans came back with other labels or offsets"),
        (retext, "its text came back changed"),
    ):
        monkeypatch.setattr(jsonl, "rows_line", edited(change))
        with pytest.raises(KathanError, match=message):
            write("jsonl", ws.iter_rows(), out / "bad.jsonl")
        assert sorted(p.name for p in out.iterdir()) == ["ok.jsonl"]


def test_a_rows_export_writes_the_sha256_the_project_holds(ws: Workspace, sample_text: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The sha256 of an export from rows is the project's, made from the text on import: a text
    that no longer matches it (a damaged project) is exported with it, and an import of the file
    then says so, as `kathan validate` does."""
    import json

    from kathan.formats.base import sha256_of
    from kathan.formats.registry import read_paths, write
    from kathan.model import InputError

    _rows_project(ws, sample_text)
    out = tmp_path / "out.jsonl"
    write("jsonl", ws.iter_rows(), out)
    assert {json.loads(line)["sha256"] for line in out.read_text(encoding="utf-8").splitlines()} == {sha256_of(sample_text)}
    from sqlalchemy import create_engine, text

    engine = create_engine(ws.connect_url)  # a damaged text: its hash changed behind the project's back
    with engine.begin() as conn:
        conn.execute(text("UPDATE documents SET sha256 = :digest WHERE name = 'd1'"), {"digest": "0" * 64})
    engine.dispose()
    write("jsonl", ws.iter_rows(), out)
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [line["sha256"] for line in lines] == [sha256_of(sample_text), "0" * 64, sha256_of(sample_text)]
    with pytest.raises(InputError, match=r"out.jsonl:2: sha256: does not match the text"):
        read_paths([out])
