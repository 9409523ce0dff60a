"""import_records: everything or nothing, every problem reported with its source and line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kathan.model import DocumentId, DocumentRecord, InputError, Origin, RelationRecord, SpanRecord
from storage import Workspace
from tests.storage.conftest import snapshot

TEXT = "मंत्री ने कहा कि भारत और रूस मित्र हैं।"
QUOTE = (TEXT.index("भारत"), TEXT.index("।"))
SPEAKER = (0, len("मंत्री"))
CUE = (TEXT.index("कहा"), TEXT.index("कहा") + 3)


def record(name: str, line: int = 1, **changes: object) -> DocumentRecord:
    base = DocumentRecord(
        name=name,
        text=TEXT,
        title="t",
        meta={"url": "https://example.org/" + name},
        spans=(
            SpanRecord("T1", "QUOTE", (QUOTE,), {"form": "indirect"}, note="n", annotator="imp", line=line),
            SpanRecord("T2", "SPEAKER", (SPEAKER,), line=line),
            SpanRecord("T3", "CUE", (CUE,), origin=Origin.SUGGESTED, line=line),
        ),
        relations=(RelationRecord("R1", "said_by", "T1", "T2", line=line), RelationRecord("R2", "cued_by", "T1", "T3")),
        source="in.jsonl",
        line=line,
    )
    return DocumentRecord(**{**{f: getattr(base, f) for f in base.__slots__}, **changes})  # type: ignore[arg-type]


def test_import_stores_documents_spans_relations(ws: Workspace) -> None:
    changes = ws.import_records([record("a", 1), record("b", 2)])
    assert len(changes.documents_added) == 2
    a = ws.annotated(changes.documents_added[0])
    assert (a.document.name, a.document.title, dict(a.document.meta)) == ("a", "t", {"url": "https://example.org/a"})
    by_label = {s.label: s for s in a.spans}
    assert by_label["QUOTE"].fragments == (QUOTE,)
    assert dict(by_label["QUOTE"].attributes) == {"form": "indirect"}
    assert (by_label["QUOTE"].annotator, by_label["QUOTE"].note) == ("imp", "n")
    assert by_label["SPEAKER"].annotator == "asha"  # the importing annotator signs unsigned records
    assert (by_label["CUE"].origin, by_label["SPEAKER"].origin) == (Origin.SUGGESTED, Origin.IMPORTED)
    said, cued = a.relations
    assert (said.type, said.head, said.tail) == ("said_by", by_label["QUOTE"].id, by_label["SPEAKER"].id)
    assert (cued.type, cued.tail) == ("cued_by", by_label["CUE"].id)


def test_a_bad_record_in_the_middle_imports_nothing(ws: Workspace, doc_id: DocumentId) -> None:
    """One bad span among many records: InputError naming it, and the project exactly as before."""
    before, version = snapshot(ws), ws.data_version()
    bad = record("bad", 51, spans=(SpanRecord("T1", "QUOTE", ((0, 1000),), line=51),), relations=())
    records = [record(f"ok{i}", i) for i in range(50)] + [bad] + [record(f"late{i}", 60 + i) for i in range(50)]
    with pytest.raises(InputError) as caught:
        ws.import_records(records)
    (problem,) = caught.value.problems
    assert (problem.file, problem.line) == ("in.jsonl", 51)
    assert "outside the text" in problem.message
    assert str(problem).startswith("in.jsonl:51: ")
    assert snapshot(ws) == before
    assert ws.data_version() == version


def test_every_problem_is_reported(ws: Workspace) -> None:
    records = [
        record("a", 1, spans=(SpanRecord("T1", "NOPE", (QUOTE,), line=3), SpanRecord("T2", "SPEAKER", (SPEAKER,))), relations=()),
        record("b", 7, relations=(RelationRecord("R9", "said_by", "T1", "T7", line=8),)),
        record("c", 9, relations=(RelationRecord("R1", "said_by", "T2", "T1", line=10),)),
        record("a", 11),
        record("", 12),
        record("e", 13, text="", spans=(), relations=()),
    ]
    with pytest.raises(InputError) as caught:
        ws.import_records(records)
    found = [(p.line, p.message) for p in caught.value.problems]
    assert [line for line, _ in found] == [3, 8, 10, 11, 12, 13]
    assert "unknown label 'NOPE'" in found[0][1]
    assert "no span 'T7'" in found[1][1]
    assert "does not allow SPEAKER -> QUOTE" in found[2][1]
    assert "appears twice in the input" in found[3][1]
    assert "needs a name" in found[4][1]
    assert "has no text" in found[5][1]
    assert ws.documents() == []


def test_a_name_already_in_the_project_is_refused(ws: Workspace) -> None:
    """A name already taken by another text is refused; the very same record again changes nothing."""
    ws.import_records([record("a")])
    before = snapshot(ws)
    assert not ws.import_records([record("a")])
    assert snapshot(ws) == before
    with pytest.raises(InputError, match="name 'a' already in project"):
        ws.import_records([DocumentRecord(name="a", text=TEXT + " और")])


def test_the_same_plain_text_again_is_skipped(ws: Workspace) -> None:
    """Re-importing a plain text (same name, same text, no annotations) is harmless: it is skipped."""
    (first,) = ws.import_records([DocumentRecord(name="a", text=TEXT)]).documents_added
    ws.add_span(first, "QUOTE", [QUOTE])
    calls: list[int] = []
    changes = ws.import_records([DocumentRecord(name="a", text=TEXT), DocumentRecord(name="b", text=TEXT)], calls.append)
    assert len(changes.documents_added) == 1
    assert [d.name for d in ws.documents()] == ["a", "b"]
    assert len(ws.spans(first)) == 1
    assert sum(calls) == 2


def test_progress_counts_documents(ws: Workspace) -> None:
    calls: list[int] = []
    ws.import_records([record(f"d{i}") for i in range(1203)], progress=calls.append)
    assert sum(calls) == 1203
    assert len(calls) >= 3


def test_duplicate_keys_and_relations_in_one_record_are_refused(ws: Workspace) -> None:
    twice = record("a", spans=record("a").spans + (SpanRecord("T1", "CUE", (CUE,), line=4),))
    linked_twice = record("b", relations=record("b").relations + (RelationRecord("R3", "said_by", "T1", "T2", line=5),))
    with pytest.raises(InputError) as caught:
        ws.import_records([twice, linked_twice])
    assert [p.line for p in caught.value.problems] == [4, 5]


def test_imported_ids_continue_after_deleted_ones(ws: Workspace) -> None:
    """Bulk import gives ids itself; it must not hand out the id of a deleted span (undo needs it)."""
    (a,) = ws.import_records([record("a")]).documents_added
    top = max(s.id for s in ws.spans(a))
    ws.delete_spans([top])
    (b,) = ws.import_records([record("b", text=TEXT + " और")]).documents_added
    assert min(s.id for s in ws.spans(b)) > top


def test_an_import_cancelled_from_progress_stores_nothing(ws: Workspace) -> None:
    """A Cancel button raising from the progress callback rolls the whole import back."""

    class Cancelled(Exception):
        pass

    def cancel_after_first_batch(n: int) -> None:
        raise Cancelled

    with pytest.raises(Cancelled):
        ws.import_records([record(f"d{i}") for i in range(1200)], progress=cancel_after_first_batch)
    assert ws.documents() == []
    assert ws.stats().spans == 0


def test_a_name_imported_elsewhere_meanwhile_is_caught_under_the_lock(
    ws: Workspace, project_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Records are checked before the write lock; a name another process stored in between is still refused."""
    import storage.workspace

    real_check = storage.workspace.check_records
    calls = 0

    def racing_check(*args: Any, **kwargs: Any) -> Any:
        nonlocal calls
        calls += 1
        if calls == 1:
            with Workspace.open(project_path) as other:
                other.import_records([DocumentRecord(name="a", text=TEXT + " और")])
        return real_check(*args, **kwargs)

    monkeypatch.setattr(storage.workspace, "check_records", racing_check)
    with pytest.raises(InputError, match="name 'a' already in project"):
        ws.import_records([record("a"), record("b")])
    assert calls == 3  # ours, the other import's, ours again under the lock
    assert [d.name for d in ws.documents()] == ["a"]


@pytest.mark.parametrize("name", ["nul\x00id", "tab\tid", "bell\x07", "line\u2028sep", "del\x7f", "csi\x9b31m"])
def test_a_document_name_with_a_control_character_is_refused(ws: Workspace, name: str) -> None:
    """A NUL, tab, escape or line separator in a document name is refused on import, naming it:
    such names break file exports and terminals later."""
    with pytest.raises(InputError, match=r"control character U\+00|control character U\+2028"):
        ws.import_records([DocumentRecord(name=name, text="पाठ", source="in.jsonl", line=3)])
    assert ws.documents() == []
