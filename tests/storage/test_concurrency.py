"""Several windows and processes on one project: nothing lost, never "database is locked", crash-safe."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

import storage.engine
from kathan.model import DocumentId
from storage import BusyError, Workspace
from tests.conftest import REPO

Words = list[tuple[int, int]]


def writer(project: Path, doc_id: int, count: int, hang: bool = False) -> subprocess.Popen[str]:
    args = [sys.executable, "-m", "tests.storage.writer_process", str(project), str(doc_id), str(count)]
    if hang:
        args.append("--hang")
    return subprocess.Popen(args, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_two_workspaces_in_threads_lose_nothing(project_path: Path, ws: Workspace, doc_id: DocumentId, words: Words) -> None:
    """Two Workspaces on one file, writing at the same time from two threads: every span arrives."""
    errors: list[BaseException] = []

    def work(offset: int) -> None:
        try:
            with Workspace.open(project_path, annotator=f"t{offset}") as mine:
                for i in range(150):
                    mine.add_span(doc_id, "QUOTE", [words[(i + offset) % len(words)]])
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)

    threads = [threading.Thread(target=work, args=(n,)) for n in (0, 7)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(ws.spans(doc_id)) == 300
    assert dict(ws.stats().spans_per_annotator) == {"t0": 150, "t7": 150}


def test_two_processes_lose_nothing(project_path: Path, ws: Workspace, doc_id: DocumentId) -> None:
    """2 processes x 200 add_span at once: 400 spans, no "database is locked", distinct ids."""
    procs = [writer(project_path, doc_id, 200) for _ in range(2)]
    outputs = [p.communicate(timeout=120) for p in procs]
    for proc, (out, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, err
        assert "locked" not in err
    ids = [int(line) for out, _ in outputs for line in out.split()]
    assert len(ids) == len(set(ids)) == 400
    assert sorted(s.id for s in ws.spans(doc_id)) == sorted(ids)


def test_an_edit_survives_sigkill(project_path: Path, ws: Workspace, doc_id: DocumentId) -> None:
    """Killing the process right after an edit returned leaves the edit in the file."""
    proc = writer(project_path, doc_id, 1, hang=True)
    assert proc.stdout is not None
    span_id = int(proc.stdout.readline())
    assert proc.stdout.readline().strip() == "ready"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    ws.close()
    with Workspace.open(project_path) as again:
        assert span_id in {s.id for s in again.spans(doc_id)}


def test_data_version_sees_other_workspaces(project_path: Path, ws: Workspace, doc_id: DocumentId, words: Words) -> None:
    """A window notices a write made by another Workspace (or process) on the same file."""
    seen = ws.data_version()
    with Workspace.open(project_path, annotator="other") as other:
        other.add_span(doc_id, "QUOTE", [words[1]])
    assert ws.data_version() != seen
    seen = ws.data_version()
    proc = writer(project_path, doc_id, 1)
    proc.communicate(timeout=60)
    assert ws.data_version() != seen
    assert len(ws.spans(doc_id)) == 2


def test_a_reader_is_not_blocked_by_a_writer(project_path: Path, ws: Workspace, doc_id: DocumentId, words: Words) -> None:
    """WAL: a long write transaction elsewhere does not stop this window from reading."""
    from storage.engine import writer as writing

    with Workspace.open(project_path) as other:
        with writing(other._engine).begin() as conn:
            conn.exec_driver_sql("UPDATE project SET revision = revision + 1")
            assert ws.spans(doc_id) == ()
            assert ws.documents()[0].id == doc_id


def test_a_write_blocked_too_long_is_refused_as_busy(
    project_path: Path, doc_id: DocumentId, words: Words, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When another program holds the lock past the busy timeout, the edit is refused (BusyError), not half-done."""
    monkeypatch.setattr(storage.engine, "BUSY_TIMEOUT_S", 0.2)
    monkeypatch.setattr(storage.engine, "WRITE_PATIENCE_S", 1.0)
    with Workspace.open(project_path) as impatient:
        waits: list[float] = []
        impatient.on_waiting = waits.append
        blocker = sqlite3.connect(project_path, isolation_level=None)
        blocker.execute("BEGIN IMMEDIATE")
        with pytest.raises(BusyError, match="busy"):
            impatient.add_span(doc_id, "QUOTE", [words[1]])
        assert waits and waits == sorted(waits)  # it said it was waiting, more each time
        assert impatient.spans(doc_id) == ()  # reading goes on meanwhile (WAL)
        blocker.execute("ROLLBACK")
        blocker.close()
        impatient.add_span(doc_id, "QUOTE", [words[1]])
        assert len(impatient.spans(doc_id)) == 1


def test_opening_does_not_wait_for_a_writer(project_path: Path, doc_id: DocumentId, monkeypatch: pytest.MonkeyPatch) -> None:
    """A known annotator opening a current project only reads, so a long import elsewhere does not block it;
    a new annotator (a write) waits for the lock as an edit does, and is refused as busy only after that."""
    monkeypatch.setattr(storage.engine, "BUSY_TIMEOUT_S", 0.2)
    monkeypatch.setattr(storage.engine, "WRITE_PATIENCE_S", 1.0)
    blocker = sqlite3.connect(project_path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        with Workspace.open(project_path, annotator="asha") as reader:
            assert [d.id for d in reader.documents()] == [doc_id]
        with pytest.raises(BusyError):
            Workspace.open(project_path, annotator="newcomer")
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()


def test_one_workspace_shared_by_threads(ws: Workspace, doc_id: DocumentId, words: Words) -> None:
    """The GUI thread and a worker may share one Workspace: each call has its own connection."""
    errors: list[BaseException] = []

    def work(offset: int) -> None:
        try:
            for i in range(100):
                ws.add_span(doc_id, "QUOTE", [words[(i + offset) % len(words)]])
                ws.spans(doc_id)
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)

    threads = [threading.Thread(target=work, args=(n,)) for n in (0, 3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(ws.spans(doc_id)) == 200


def importer(project: Path, documents: int, hold: float) -> subprocess.Popen[str]:
    args = [sys.executable, "-m", "tests.storage.import_process", str(project), str(documents), str(hold)]
    return subprocess.Popen(args, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.mark.parametrize("writers", [5, 10])
def test_writers_wait_for_a_long_import_instead_of_failing(
    project_path: Path, ws: Workspace, doc_id: DocumentId, writers: int
) -> None:
    """An import holding the write lock past the busy timeout (7 s > 5 s) while 5 or 10 other
    processes edit: every edit waits and then lands, none fails, and the import lands whole."""
    long_import = importer(project_path, 50, hold=storage.engine.BUSY_TIMEOUT_S + 2)
    assert long_import.stdout is not None
    assert long_import.stdout.readline().strip() == "locked"
    procs = [writer(project_path, doc_id, 3) for _ in range(writers)]
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        assert len(out.split()) == 3
    out, err = long_import.communicate(timeout=120)
    assert long_import.returncode == 0 and "done" in out, err
    assert len(ws.spans(doc_id)) == 3 * writers
    assert len(ws.documents()) == 51


def test_an_import_killed_at_random_points_is_all_or_nothing(project_path: Path, ws: Workspace, doc_id: DocumentId) -> None:
    """SIGKILL at random moments of an import (reading, checking, writing under the lock): the
    project opens, and holds either every imported document with its span or none."""
    import random

    rng = random.Random(5)
    for attempt in range(4):
        proc = importer(project_path, 3000, hold=0.5)
        time.sleep(rng.uniform(0.2, 2.5))
        proc.send_signal(signal.SIGKILL)
        proc.communicate()
        with Workspace.open(project_path) as after:
            names = [d.name for d in after.documents() if d.name.startswith("imported-")]
            assert len(names) in (0, 3000), (attempt, len(names))
            if names:
                assert sum(d.span_count for d in after.documents() if d.name.startswith("imported-")) == 3000
                break


def test_edits_during_a_large_import_land_and_so_does_the_import(project: str | Path, ws: Workspace, doc_id: DocumentId, words: Words) -> None:
    """While another process imports 3,000 documents (staged outside the lock on SQLite, written
    ahead of the lock on PostgreSQL), edits from this process go on: none fails, each is stored,
    and the import lands whole."""
    proc = importer(project, 3000, hold=0)  # type: ignore[arg-type]
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "locked"  # the import has begun writing
    edits = 0
    with Workspace.open(project, annotator="ravi") as editor:
        while proc.poll() is None or edits == 0:
            editor.add_span(doc_id, "QUOTE", [words[edits % len(words)]])
            edits += 1
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0 and "done" in out, err
    assert len(ws.spans(doc_id)) == edits
    assert sum(1 for d in ws.documents() if d.name.startswith("imported-")) == 3000


def test_opening_a_second_window_keeps_the_first_ones_edits_reaching_the_file(
    project_path: Path, ws: Workspace, doc_id: DocumentId, words: Words
) -> None:
    """Opening another Workspace on a project this process has open must not drop the process's
    lock on the file (closing any descriptor of a file drops them all): without it, another
    process closing its last connection deletes the write-ahead log under the first window, and
    that window's next edits reach no other process, nor the file."""
    ws.add_span(doc_id, "QUOTE", [words[0]])
    count = "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); print(c.execute('SELECT count(*) FROM spans').fetchone()[0]); c.close()"

    def seen_elsewhere() -> int:
        done = subprocess.run([sys.executable, "-c", count, str(project_path)], capture_output=True, text=True, check=True)
        return int(done.stdout)

    with Workspace.open(project_path, annotator="ravi") as second:
        assert seen_elsewhere() == 1
        ws.add_span(doc_id, "QUOTE", [words[1]])
        second.add_span(doc_id, "QUOTE", [words[2]])
        assert seen_elsewhere() == 3
