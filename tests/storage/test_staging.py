"""Large SQLite imports are staged outside the write lock, then copied in by one short transaction."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from kathan.model import DocumentId, DocumentRecord, InputError, Problem, RelationRecord, SpanRecord
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


def test_a_streamed_import_stores_records_as_they_come(project_path: Path, ws: Workspace) -> None:
    """Records given one at a time (not a list) are checked and staged batch by batch: staging has
    begun before the last record is read, and everything lands, the same as from a list."""
    given = records(STAGED_IMPORT * 12, "s")
    staged_before_the_end: list[int] = []
    done: list[int] = []

    def stream() -> Iterator[DocumentRecord]:
        for n, record in enumerate(given):
            if n == len(given) - 1:
                staged_before_the_end.append(sum(done))
            yield record

    changes = ws.import_records(stream(), progress=done.append)
    assert staged_before_the_end[0] > 0
    assert len(changes.documents_added) == len(given)
    assert [d.name for d in ws.documents()] == [r.name for r in given]
    twin = ws.import_records(records(3, "list"))
    assert [s.label for s in ws.spans(changes.documents_added[7])] == [s.label for s in ws.spans(twin.documents_added[1])]
    assert ws.validate() == []


def test_a_streamed_import_with_a_bad_record_stores_nothing(project_path: Path, ws: Workspace) -> None:
    """A problem in a late record, or one the stream raises at its end (a reader's), refuses
    everything, and every problem of the records is listed."""
    given = records(STAGED_IMPORT * 8, "b")
    bad = [replace(given[450], spans=(SpanRecord("T1", "NOPE", ((0, 3),)),)), replace(given[700], name="b0003")]
    with pytest.raises(InputError) as caught:
        ws.import_records(iter([*given[:450], bad[0], *given[451:700], bad[1], *given[701:]]))
    messages = [p.message for p in caught.value.problems]
    assert len(messages) == 3 and "unknown label 'NOPE'" in messages[0] and "appears twice" in messages[2]

    def failing() -> Iterator[DocumentRecord]:
        yield from given
        raise InputError([Problem("f.jsonl", 9, "not JSON")])

    with pytest.raises(InputError, match="not JSON"):
        ws.import_records(failing())
    assert ws.documents() == []
    assert len(ws.import_records(iter(given)).documents_added) == len(given)


def test_a_name_stored_meanwhile_refuses_a_streamed_import(project_path: Path, ws: Workspace) -> None:
    """A name another window stores while a streamed import is being staged is caught under the
    lock: nothing of the import is stored, and the message names it."""
    given = records(STAGED_IMPORT * 3, "m")

    def stream() -> Iterator[DocumentRecord]:
        yield from given[:-1]
        with Workspace.open(project_path, annotator="ravi") as other:
            other.import_records([DocumentRecord(name=given[5].name, text="दूसरा पाठ")])
        yield given[-1]

    with pytest.raises(InputError, match="stored meanwhile by another window"):
        ws.import_records(stream())
    assert [d.name for d in ws.documents()] == [given[5].name]


def test_a_staged_import_extends_the_schema_in_its_transaction(project_path: Path, ws: Workspace) -> None:
    """A large import that brings a new label stores the extended schema with its documents."""
    from kathan.validate import schema_gaps

    given = [replace(r, spans=(SpanRecord("T1", "RUMOUR", ((0, 3),)),), relations=()) for r in records(STAGED_IMPORT + 5, "x")]
    extended = schema_gaps(ws.schema, given).extended(ws.schema)
    assert len(ws.import_records(given, schema=extended).documents_added) == len(given)
    with Workspace.open(project_path) as again:
        assert "RUMOUR" in again.schema.label_names
        assert again.validate() == []


def test_a_streamed_import_of_known_texts_adds_layers(project_path: Path, ws: Workspace) -> None:
    """Streamed records whose texts the project has already add their annotators' layers to those
    documents, as from a list; the same stream again changes nothing."""
    stored = ws.import_records(records(STAGED_IMPORT + 20, "l")).documents_added
    again = [replace(r, name=f"again-{r.name}", spans=tuple(replace(s, annotator="ravi") for s in r.spans),
                     relations=tuple(replace(rel, annotator="ravi") for rel in r.relations))
             for r in records(STAGED_IMPORT + 20, "l")]
    changes = ws.import_records(iter(again))
    assert changes.documents_added == () and sorted(changes.documents_updated) == sorted(stored)
    assert {s.annotator for s in ws.spans(stored[3])} == {"mira", "asha", "ravi"}
    assert ws.import_records(iter(again)).documents_updated == ()
    assert ws.validate() == []
