"""Large SQLite imports written in short transactions, hidden until their last one.

SQLite has one write lock for the whole database, so an import written in one transaction
holds every editor for as long as it writes (5.6 s for 30,000 articles, past the busy
timeout). A ``PendingImport`` writes its new documents a batch per transaction instead and
marks each one in ``pending_documents``; every read that lists or counts documents leaves
marked ones out (``storage.rows.shown``), so nobody sees a half-written import. Its
last transaction deletes the ``pending_imports`` row, and the marks with it: the whole import
appears at once. A failure or Cancel deletes what was written (``discard``); a process killed
midway leaves rows marked, which the next writer to open the project deletes (``sweep``)
once it knows that the importing process is gone.
"""

from __future__ import annotations

import os
import socket
import sqlite3
import time
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager, suppress
from types import TracebackType

from sqlalchemy import delete, exists, insert, select
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from kathan.model import DocumentId, DocumentRecord
from storage import staging
from storage.errors import StorageError
from storage.rows import (
    annotators,
    documents,
    pending_annotators,
    pending_documents,
    pending_imports,
    relations,
    spans,
    utc_now,
)

Writing = Callable[[Connection | None], AbstractContextManager[Connection]]
"""Opens one short write transaction that no window needs to notice, on the connection given or
a fresh one (``Workspace._writing`` uncounted)."""
Reading = Callable[[], AbstractContextManager[Connection]]
DISCARD_BATCH = 200
"""Documents deleted per transaction when an import's rows are taken out again."""
PAUSE_SHARE = 0.5
MAX_PAUSE_S = 0.1
"""Between two batches the lock stays free for at least ``PAUSE_SHARE`` of the time the last one
held it (at most ``MAX_PAUSE_S``). SQLite's writers are not served in turn: one waiting for the
lock sleeps and tries again (every 0.1 s once it has waited a while), and an import that took the
lock again at once would find it taken each time, until the import ends. Records read and checked
between batches (a streamed import) leave that pause already."""


class NameTaken(StorageError):
    """A batch met a document name that another window or process stored after the import was
    checked (the database's unique name refused it); nothing of the batch was written."""


class PendingImport:
    """One import's new documents, written a batch per short transaction, hidden until ``publish``.

    Each batch is staged on ``connection`` (``storage.staging``) outside the lock, then copied in
    by a write transaction of its own. Use it as a context manager: leaving it frees the staging
    database, and leaving it by an exception before ``publish`` deletes what was written."""

    def __init__(self, connection: Connection, writing: Writing, default_annotator: str) -> None:
        raw = connection.connection.dbapi_connection
        assert isinstance(raw, sqlite3.Connection)
        self._connection = connection
        self._writing = writing
        self._stager = staging.Stager(raw, default_annotator)
        self.id: int | None = None
        self.added: list[DocumentId] = []
        self._free_from = 0.0
        self._pause = 0.0

    def __enter__(self) -> PendingImport:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        self._stager.drop()
        if kind is not None:
            self.discard()

    def write(self, records: Sequence[DocumentRecord], hashes: Sequence[str]) -> None:
        """Write ``records`` (new documents, checked) hidden: staged, then one short transaction;
        ``NameTaken`` when one of their names was stored meanwhile."""
        if not records:
            return
        staged = self._stager.add(records, hashes)
        rest = self._pause - (time.monotonic() - self._free_from)
        if rest > 0:
            time.sleep(rest)
        began = time.monotonic()
        try:
            with self._writing(self._connection) as conn:
                if self.id is None:
                    self.id = conn.execute(insert(pending_imports).values(owner=_owner(), started=utc_now())).inserted_primary_key[0]
                added, registered = staging.copy_in(conn, staged, utc_now(), self.id)
                if registered:
                    conn.execute(insert(pending_annotators), [{"annotator_id": a, "import_id": self.id} for a in registered])
        except StorageError as error:
            if isinstance(error.__cause__, IntegrityError):
                raise NameTaken(str(error)) from error
            raise
        self._free_from = time.monotonic()
        self._pause = min(MAX_PAUSE_S, (self._free_from - began) * PAUSE_SHARE)
        self.added.extend(added)

    def publish(self, conn: Connection) -> None:
        """In the import's last transaction: show everything it wrote. (Should that transaction
        fail, ``discard`` still finds the rows; after it commits, ``discard`` finds none.)"""
        if self.id is not None:
            conn.execute(delete(pending_imports).where(pending_imports.c.id == self.id))

    def discard(self) -> None:
        """Delete what the import wrote, a short transaction at a time; a failure here leaves the
        rows hidden, for ``sweep``."""
        if self.id is not None:
            with suppress(Exception):
                discard(self._writing, self.id)
        self.id = None
        self.added = []


def discard(writing: Writing, import_id: int) -> None:
    """Delete the documents (and with them their spans and relations) and the unused annotator
    names of pending import ``import_id``, then the import itself."""
    while True:
        with writing(None) as conn:
            batch = list(
                conn.execute(
                    select(pending_documents.c.document_id)
                    .where(pending_documents.c.import_id == import_id)
                    .limit(DISCARD_BATCH)
                ).scalars()
            )
            if not batch:
                break
            conn.execute(delete(documents).where(documents.c.id.in_(batch)))
    with writing(None) as conn:
        mine = select(pending_annotators.c.annotator_id).where(pending_annotators.c.import_id == import_id)
        conn.execute(
            delete(annotators).where(
                annotators.c.id.in_(mine),
                ~exists().where(spans.c.annotator_id == annotators.c.id),
                ~exists().where(relations.c.annotator_id == annotators.c.id),
            )
        )
        conn.execute(delete(pending_imports).where(pending_imports.c.id == import_id))


def sweep(reading: Reading, writing: Writing) -> int:
    """Discard the pending imports of processes that are gone (killed midway); how many."""
    with reading() as conn:
        found = list(conn.execute(select(pending_imports.c.id, pending_imports.c.owner)))
    dead = [import_id for import_id, owner in found if not _alive(owner)]
    for import_id in dead:
        discard(writing, import_id)
    return len(dead)


def _start_ticks(pid: int) -> str:
    """When process ``pid`` started (clock ticks since boot, Linux), so that a pid the system
    gave again to another process is not taken for the importer; "" where unknown, "-" for a
    process that has ended but not yet been waited for (a zombie)."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as stat:
            fields = stat.read().rsplit(b")", 1)[1].split()
    except OSError:
        return ""
    if len(fields) < 20:
        return ""
    return "-" if fields[0] in (b"Z", b"X") else fields[19].decode()


def _owner() -> str:
    """This process, as ``pending_imports.owner`` names it (asked each time: a forked child is
    another process)."""
    return f"{socket.gethostname()}\t{os.getpid()}\t{_start_ticks(os.getpid())}"


def _alive(owner: str) -> bool:
    """Whether the process ``owner`` names may still be importing. One on another host is taken
    to be alive: its rows stay hidden until it ends or someone on that host opens the project."""
    host, _, rest = owner.partition("\t")
    pid_text, _, ticks = rest.partition("\t")
    if host != socket.gethostname() or not pid_text.isdigit():
        return True
    pid = int(pid_text)
    if pid == os.getpid():
        return owner == _owner()
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass
    return not ticks or _start_ticks(pid) in ("", ticks)
