"""Large SQLite imports are written hidden, a batch per short transaction, then shown by one more."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from typing import Any
from dataclasses import replace
from pathlib import Path

import pytest

from kathan.model import DocumentId, DocumentRecord, InputError, Problem, RelationRecord, SpanRecord
from storage import Workspace
from storage.workspace import BATCH, STAGED_IMPORT


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


EMPTY = {"documents": 0, "spans": 0, "relations": 0, "pending_documents": 0, "pending_imports": 0,
         "pending_annotators": 0, "annotators": 1}
REPO = Path(__file__).resolve().parents[2]


def rows(project_path: Path) -> dict[str, int]:
    """How many rows some tables hold, read past the Workspace (hidden ones too)."""
    db = sqlite3.connect(project_path)
    try:
        return {table: db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in EMPTY}
    finally:
        db.close()


def refuse_to_wait(seconds: float) -> None:
    raise AssertionError(f"an edit waited {seconds:.1f} s for the import's lock")


def test_editors_are_not_blocked_while_an_import_is_written(project_path: Path, doc_id: DocumentId, words: list[tuple[int, int]]) -> None:
    """While a large import reports progress (between its batches), another writer edits at once, without waiting."""
    with Workspace.open(project_path, annotator="asha") as importer, Workspace.open(project_path, annotator="ravi") as editor:
        editor.on_waiting = refuse_to_wait
        edits: list[int] = []

        def progress(done: int) -> None:
            editor.add_span(doc_id, "QUOTE", [words[len(edits) % len(words)]])
            edits.append(done)

        changes = importer.import_records(records(STAGED_IMPORT * 6), progress=progress)
        assert len(changes.documents_added) == STAGED_IMPORT * 6
        assert edits and len(editor.spans(doc_id)) == len(edits)


def test_a_large_import_stores_what_the_usual_one_does(project_path: Path, ws: Workspace) -> None:
    """Spans, fragments, relations, keys and annotators of a large import are the same as of a small one."""
    many = ws.import_records(records(STAGED_IMPORT + 5, "big")).documents_added
    few = ws.import_records(records(3, "small")).documents_added
    big, small = ws.annotated(many[1]), ws.annotated(few[1])
    view = lambda a: ([(s.label, s.fragments, s.key, s.annotator) for s in a.spans],  # noqa: E731
                      [(r.type, r.key, r.annotator) for r in a.relations])
    assert view(big) == view(small)
    assert ws.validate() == []


def test_a_large_import_cancelled_stores_nothing(project_path: Path, ws: Workspace) -> None:
    """A Cancel after some batches are written leaves the project as it was, to the row (the
    annotator name the import brought is gone too), and the next import works."""
    before = ws.documents()
    written: list[int] = []

    def cancel(done: int) -> None:
        written.append(done)
        if len(written) == 2:
            assert rows(project_path)["pending_documents"] == 2 * BATCH
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        ws.import_records(records(BATCH * 3), progress=cancel)
    assert ws.documents() == before
    assert rows(project_path) == EMPTY
    assert [a.name for a in ws.annotators()] == ["asha"]
    assert len(ws.import_records(records(STAGED_IMPORT * 3)).documents_added) == STAGED_IMPORT * 3


def test_a_streamed_import_stores_records_as_they_come(project_path: Path, ws: Workspace) -> None:
    """Records given one at a time (not a list) are checked and written batch by batch: writing has
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
    """A name another window stores while a streamed import is under way, before the import's
    batch that holds it is written, refuses the import: nothing of it is stored, and the message
    names it."""
    given = records(BATCH * 3, "m")

    def stream() -> Iterator[DocumentRecord]:
        yield from given[: BATCH * 2]
        with Workspace.open(project_path, annotator="ravi") as other:
            other.import_records([DocumentRecord(name=given[-3].name, text="दूसरा पाठ")])
        yield from given[BATCH * 2 :]

    with pytest.raises(InputError, match=f"{given[-3].name}' was stored meanwhile by another window"):
        ws.import_records(stream())
    assert [d.name for d in ws.documents()] == [given[-3].name]
    assert rows(project_path) | {"documents": 0} == EMPTY | {"annotators": 2}


def test_a_name_stored_while_a_large_list_is_written_refuses_it(
    project_path: Path, ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A list of records is checked before anything is written; a name another window stores
    after that check meets the unique name in a batch under way: the written batches are deleted,
    the records checked again under the lock and refused, naming it."""
    import storage.workspace

    given = records(BATCH * 2, "l")
    real_check = storage.workspace.check_records
    raced: list[bool] = []

    def racing_check(*args: Any, **kwargs: Any) -> Any:
        checked = real_check(*args, **kwargs)
        if not raced:
            raced.append(True)
            with Workspace.open(project_path, annotator="ravi") as other:
                other.import_records([DocumentRecord(name=given[-1].name, text="दूसरा पाठ")])
        return checked

    monkeypatch.setattr(storage.workspace, "check_records", racing_check)
    with pytest.raises(InputError, match=f"name '{given[-1].name}' already in project"):
        ws.import_records(given)
    assert [d.name for d in ws.documents()] == [given[-1].name]
    assert rows(project_path) | {"documents": 0} == EMPTY | {"annotators": 2}


def test_a_name_an_import_under_way_holds_is_refused_to_others(project_path: Path, ws: Workspace) -> None:
    """Another window storing a name that an import under way has written already is told so,
    and the import goes on to land whole."""
    given = records(BATCH * 2, "h")
    refused: list[str] = []

    def progress(done: int) -> None:
        if not refused:
            with Workspace.open(project_path, annotator="ravi") as other, pytest.raises(InputError) as caught:
                other.import_records([DocumentRecord(name=given[3].name, text="दूसरा पाठ")])
            refused.append(str(caught.value))

    assert len(ws.import_records(given, progress=progress).documents_added) == len(given)
    assert given[3].name in refused[0] and "already in project" in refused[0]


def test_an_import_under_way_is_hidden_from_every_reader(project_path: Path, ws: Workspace) -> None:
    """Between an import's batches, other windows and the sqlite3-only commands see the project as
    it was: no document, span, relation or count of the import, by any way of reading; then all
    of it at once."""
    from storage.plain import QuickProject
    from storage.stats import quick_stats

    kept = ws.import_records(records(3, "kept")).documents_added
    before = (ws.documents(), ws.stats(), quick_stats(project_path))
    given = records(BATCH * 3, "u")
    seen: list[int] = []

    def progress(done: int) -> None:
        assert rows(project_path)["pending_documents"] > 0  # written, but hidden:
        with Workspace.open(project_path, annotator="ravi") as other:
            assert (other.documents(), other.stats(), quick_stats(project_path)) == before
            assert other.document_ids() == list(kept) and other.document_ids("u0") == []
            assert other.document_by_name(given[0].name) is None
            assert [a.document.name for a in other.iter_annotated()] == [d.name for d in before[0]]
            assert [p.document.name for p in other.iter_rows()] == [d.name for d in before[0]]
            assert list(other.iter_problems()) == []
        quick = QuickProject.open(project_path)
        assert quick is not None
        assert quick.count() == 3 and [p.document.name for p in quick.documents()] == [d.name for d in before[0]]
        quick.close()
        seen.append(done)

    ws.import_records(given, progress=progress)
    assert len(seen) == 3
    assert ws.stats().documents == 3 + len(given) and ws.stats().spans == 2 * (3 + len(given))
    assert rows(project_path)["pending_imports"] == 0


def test_an_import_killed_midway_is_swept_by_the_next_opening(project_path: Path, ws: Workspace) -> None:
    """SIGKILL while an import's batches are written: its rows stay hidden from every reader, and
    the next window to open the project deletes them; a live import is never swept."""
    ws.import_records(records(2, "kept"))
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.storage.import_process", str(project_path), str(BATCH * 4), "60"],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
    assert rows(project_path)["pending_documents"] == BATCH
    with Workspace.open(project_path) as meanwhile:  # alive: left alone
        assert len(meanwhile.documents()) == 2 and meanwhile.stats().spans == 4
    assert rows(project_path)["pending_documents"] == BATCH
    proc.send_signal(signal.SIGKILL)
    proc.communicate()
    assert rows(project_path)["pending_documents"] == BATCH
    assert len(ws.documents()) == 2
    Workspace.open(project_path).close()
    assert rows(project_path) == EMPTY | {"documents": 2, "spans": 4, "relations": 2, "annotators": 3}
    assert ws.validate() == []


def test_a_pending_import_of_a_process_that_is_gone_is_swept(project_path: Path, ws: Workspace) -> None:
    """Whoever owns a pending import is asked by host, pid and the process's start time: a pid
    no process has, or one the system gave again to another process, is gone."""
    import os
    import socket

    from storage.pending import _alive, _owner

    host = socket.gethostname()
    assert _alive(_owner()) and _alive(f"elsewhere\t{os.getpid()}\t1")
    assert not _alive(f"{host}\t{os.getpid()}\t1")  # our pid, another start: a process before us
    assert not _alive(f"{host}\t{2**22 + 12345}\t")
    ws.close()
    db = sqlite3.connect(project_path)
    db.execute("INSERT INTO pending_imports (owner, started) VALUES (?, 0)", (f"{host}\t{2**22 + 12345}\t",))
    db.commit()
    db.close()
    Workspace.open(project_path).close()
    assert rows(project_path)["pending_imports"] == 0


def test_a_large_import_extends_the_schema_in_its_last_transaction(project_path: Path, ws: Workspace) -> None:
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


def test_an_import_whose_last_transaction_fails_leaves_no_row(
    project_path: Path, ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The transaction that would show the import fails after marking it shown: it is rolled back,
    and the hidden rows are deleted, as after a Cancel."""
    from storage.pending import PendingImport

    shown = PendingImport.publish

    def failing(self: PendingImport, conn: Any) -> None:
        shown(self, conn)
        raise OSError("disk gone")

    monkeypatch.setattr(PendingImport, "publish", failing)
    with pytest.raises(OSError, match="disk gone"):
        ws.import_records(iter(records(BATCH * 2, "f")))
    assert ws.documents() == [] and rows(project_path) == EMPTY


def test_a_copy_taken_while_an_import_is_under_way_leaves_it_out(project_path: Path, ws: Workspace, tmp_path: Path) -> None:
    """Copying a project (to a server, or here another file) between an import's batches copies
    what readers see: none of the import's documents, spans or relations."""
    ws.import_records(records(2, "kept"))
    copied: list[tuple[int, int]] = []

    def progress(done: int) -> None:
        if not copied:
            target = tmp_path / f"copy-{len(copied)}.kathan"
            with Workspace.open(project_path) as source, Workspace.create(target) as copy:
                copy.take_rows_of(source)
                copied.append((len(copy.documents()), copy.stats().spans))
                assert copy.validate() == []

    ws.import_records(records(BATCH * 2, "c"), progress=progress)
    assert copied == [(2, 4)]
