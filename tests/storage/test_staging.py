"""Large SQLite imports are staged outside the write lock, then copied in by one short transaction."""

from __future__ import annotations

from pathlib import Path

import pytest

from kathan.model import DocumentId, DocumentRecord, RelationRecord, SpanRecord
from storage import Workspace
from storage.workspace import STAGED_IMPORT


def records(count: int, prefix: str = "d") -> list[DocumentRecord]:
    text = "राम ने कहा: ठीक है।"
    quote = (text.index("ठीक"), len(text))
    return [
        DocumentRecord(
            name=f"{prefix}{n:04d}", text=f"{text} ({prefix} {n})",
            spans=(SpanRecord("T1", "QUOTE", (quote,), annotator="mira"), SpanRecord("T2", "SPEAKER", ((0, 3),))),
            relations=(RelationRecord("R1", "said_by", "T1", "T2"),),
        )
        for n in range(count)
    ]


def refuse_to_wait(seconds: float) -> None:
    raise AssertionError(f"an edit waited {seconds:.1f} s for the import's lock")


def test_editors_are_not_blocked_while_an_import_is_staged(project_path: Path, doc_id: DocumentId, words: list[tuple[int, int]]) -> None:
    """While a large import reports progress (staging), another writer edits at once, without waiting."""
    with Workspace.open(project_path, annotator="asha") as importer, Workspace.open(project_path, annotator="ravi") as editor:
        editor.on_waiting = refuse_to_wait
        edits: list[int] = []

        def progress(done: int) -> None:
            editor.add_span(doc_id, "QUOTE", [words[len(edits) % len(words)]])
            edits.append(done)

        changes = importer.import_records(records(STAGED_IMPORT * 6), progress=progress)
        assert len(changes.documents_added) == STAGED_IMPORT * 6
        assert edits and len(editor.spans(doc_id)) == len(edits)


def test_a_staged_import_stores_what_the_usual_one_does(project_path: Path, ws: Workspace) -> None:
    """Spans, fragments, relations, keys and annotators of a staged import are the same as of a small one."""
    many = ws.import_records(records(STAGED_IMPORT + 5, "big")).documents_added
    few = ws.import_records(records(3, "small")).documents_added
    big, small = ws.annotated(many[1]), ws.annotated(few[1])
    view = lambda a: ([(s.label, s.fragments, s.key, s.annotator) for s in a.spans],  # noqa: E731
                      [(r.type, r.key, r.annotator) for r in a.relations])
    assert view(big) == view(small)
    assert ws.validate() == []


def test_a_staged_import_cancelled_stores_nothing(project_path: Path, ws: Workspace) -> None:
    """A Cancel while staging leaves the project as it was, and the next import works."""
    before = ws.documents()

    def cancel(done: int) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        ws.import_records(records(STAGED_IMPORT * 3), progress=cancel)
    assert ws.documents() == before
    assert len(ws.import_records(records(STAGED_IMPORT * 3)).documents_added) == STAGED_IMPORT * 3
