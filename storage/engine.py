"""Engines for project databases: a file path or any SQLAlchemy URL, with SQLite set up for many writers.

SQLite gets WAL (readers never block the writer), ``synchronous=NORMAL`` (durable at every
commit in WAL except on power loss), foreign keys, a 5 s busy timeout, and transactions that
SQLAlchemy begins itself: ``BEGIN IMMEDIATE`` for writes, so a second writer waits for the lock
instead of failing with "database is locked" when it upgrades a read lock (a deferred
transaction in WAL mode cannot wait: SQLite returns SQLITE_BUSY at once to avoid deadlock).
Everything SQLite-specific stays in this module.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, exc
from sqlalchemy.engine import URL, Connection, make_url
from sqlalchemy.pool import StaticPool

from kathan.model import KathanError
from storage.errors import BusyError, DamagedError, ProjectError, StorageError
from storage.passwords import with_keyring_password
from storage.urls import for_people

BUSY_TIMEOUT_S = 5.0
WRITE_PATIENCE_S = 300.0
"""How long a write waits for another process's write (a long import) before ``BusyError``:
it tries again every ``BUSY_TIMEOUT_S`` and tells ``Workspace.on_waiting`` each time."""
WRITE_OPTION = "kathan_write"
"""Execution option: set on the engine that writes, so ``begin`` takes the write lock at once."""


BACKENDS = ("sqlite", "postgresql")
"""The databases a project may live in."""


def project_url(target: str | Path) -> URL:
    """The SQLAlchemy URL for a project path (``p.kathan``) or an URL given as such.

    Raises ``ProjectError`` (password masked) for an URL that cannot be parsed or names a
    database Kathan does not keep projects in.
    """
    text = str(target)
    if "://" not in text:
        return URL.create("sqlite+pysqlite", database=str(Path(text).expanduser().resolve()))
    try:
        url = make_url(text)
        backend = url.get_backend_name()
    except (exc.ArgumentError, ValueError) as error:
        raise ProjectError(f"{for_people(text)}: not a database URL ({for_people(str(error))})") from None
    if backend not in BACKENDS:
        raise ProjectError(
            f"{for_people(text)}: Kathan keeps projects in .kathan files (SQLite) or in PostgreSQL "
            f"(postgresql+psycopg://USER@HOST/DATABASE), not in {url.drivername!r} databases"
        )
    return url


def is_sqlite_file(url: URL) -> bool:
    return url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:")


def make_engine(url: URL) -> Engine:
    """An engine for ``url``; on SQLite with our connection set-up and transaction control; on a
    server with the system keyring's password when the URL has none (``storage.passwords``)."""
    if url.get_backend_name() != "sqlite":
        try:
            return create_engine(with_keyring_password(url), pool_pre_ping=True, json_serializer=json_text)
        except (exc.ArgumentError, ImportError) as error:
            shown = url.render_as_string(hide_password=True)
            raise ProjectError(f"{shown}: cannot use this database ({error}); PostgreSQL needs postgresql+psycopg://") from None
    kwargs: dict[str, Any] = {
        "connect_args": {"timeout": BUSY_TIMEOUT_S, "check_same_thread": False},
        "json_serializer": json_text,
    }
    if not is_sqlite_file(url):
        kwargs["poolclass"] = StaticPool  # one in-memory database shared by every checkout
    engine = create_engine(url, **kwargs)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def json_text(value: object) -> str:
    """How JSON columns are written everywhere (bulk imports too): readable Devanagari, stable key order."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def writer(engine: Engine) -> Engine:
    """The same engine (and pool) whose transactions begin as writes."""
    return engine.execution_options(**{WRITE_OPTION: True})


def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # Take BEGIN away from the driver (SQLAlchemy's documented recipe) so that _on_begin
    # decides; on Python >= 3.12 isolation_level only counts in legacy transaction control.
    legacy = getattr(sqlite3, "LEGACY_TRANSACTION_CONTROL", None)
    if legacy is not None and getattr(dbapi_connection, "autocommit", legacy) != legacy:
        dbapi_connection.autocommit = legacy
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
    finally:
        cursor.close()


def _on_begin(connection: Connection) -> None:
    write = connection.get_execution_options().get(WRITE_OPTION, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


DAMAGED_ADVICE = "run 'kathan validate' to see where; 'kathan export' saves every document still readable"

_FAILURES: tuple[tuple[tuple[str, ...], type[StorageError], str], ...] = (
    (("locked", "busy"), BusyError,
     "the project is busy: another window or process kept it locked for over {timeout:g} s; try again"),
    (("malformed", "not a database", "could not decode", "database corrupt", "file is encrypted"), DamagedError,
     "the project file is damaged ({message}); " + DAMAGED_ADVICE),
    (("readonly", "read-only", "read only"), StorageError,
     "the project cannot be written: the file, or the folder holding it, is read-only ({message}); nothing was changed"),
    (("disk is full", "database or disk is full", "no space left"), StorageError,
     "the disk holding the project is full ({message}); nothing was changed: free space and retry"),
    (("connection failed", "could not connect", "connection refused", "could not translate host name"), StorageError,
     "cannot reach the database server ({message})"),
    (("unable to open database file", "disk i/o error"), StorageError,
     "the project file cannot be read or written ({message}): check that it and its folder may be read and "
     "written (SQLite keeps NAME-wal and NAME-shm files beside it)"),
)
"""What a database failure message means, by words in it (SQLite's or the server's): first match wins."""


def described(message: str) -> tuple[type[StorageError], str]:
    """The error class and the words for a database failure message."""
    lowered = message.lower()
    for needles, kind, words in _FAILURES:
        if any(needle in lowered for needle in needles):
            return kind, words.format(message=message.strip(), timeout=BUSY_TIMEOUT_S)
    return StorageError, f"the database failed: {message}"


@contextmanager
def translated_errors(reading: bool = False, where: str = "") -> Iterator[None]:
    """Turn the database's own failures into ``StorageError``s a front end can show (it never sees
    SQLAlchemy or the driver). ``reading``: a stored value that cannot be converted (a damaged row)
    is a ``DamagedError`` too. ``where`` (the project file) begins the message of a failure of
    the file or its disk (read-only, full, cannot be opened), so it names the file."""
    try:
        yield
    except exc.DBAPIError as error:
        kind, words = described(str(error.orig))
        if kind is StorageError and words.startswith("the database failed") and not isinstance(error, exc.OperationalError):
            words = f"the database refused the change: {error.orig}"
        raise kind(_placed(words, where)) from error
    except sqlite3.Error as error:  # raw driver cursors (reads.driver_rows) and connection set-up
        kind, words = described(str(error))
        raise kind(_placed(words, where)) from error
    except (KeyError, ValueError, TypeError) as error:
        if not reading or isinstance(error, KathanError):
            raise
        raise DamagedError(
            f"the project file is damaged: a stored value cannot be read ({type(error).__name__}: {str(error)[:80]}); "
            f"{DAMAGED_ADVICE}"
        ) from error


def _placed(words: str, where: str) -> str:
    if not where or not words.startswith(("the project cannot be written", "the disk holding", "the project file cannot")):
        return words
    if words.startswith("the project cannot be written") and Path(where).is_file():
        trouble = file_trouble(Path(where))
        if trouble:
            return f"{where}: the project cannot be written: {trouble}; nothing was changed"
    return f"{where}: {words}"


def file_trouble(path: Path) -> str:
    """What about the project file, the files SQLite keeps beside it or its folder keeps SQLite
    from using it, naming which: a full disk, a read-only folder, a read-only file; "" when none is."""
    folder = path.parent
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        free = None
    if free is not None and free < 64 * 1024:
        return f"the disk holding {folder} is full ({free:,} bytes free); free some space and try again"
    if not os.access(folder, os.W_OK):
        return (
            f"the folder {folder} is read-only, and SQLite keeps {path.name}-wal and {path.name}-shm beside the "
            "project while it is open; copy the project to a folder you can write to"
        )
    if path.exists() and not os.access(path, os.W_OK):
        return f"the project file {path} is read-only ({_mode(path)}); make it writable (chmod u+w) or open a copy"
    for suffix in ("-wal", "-shm"):
        beside = path.with_name(path.name + suffix)
        if beside.exists() and not os.access(beside, os.W_OK):
            return (
                f"{beside} is read-only ({_mode(beside)}): SQLite keeps it beside the project while it is open and "
                "must write to it; make it writable (chmod u+w), as the project file is"
            )
    return ""


def _mode(path: Path) -> str:
    try:
        return stat.filemode(path.stat().st_mode)
    except OSError:
        return "mode unknown"


def reserve_ids(connection: Connection, table: str, count: int) -> int | None:
    """The first of ``count`` fresh ids for ``table`` on SQLite inside a write transaction, else None.

    Lets bulk inserts give ids themselves and run as one executemany: SQLite cannot return the
    ids of an executemany, and RETURNING in parameter order falls back to a statement a row.
    Safe because the write lock is held from BEGIN IMMEDIATE; ``sqlite_sequence`` keeps ids of
    deleted rows from coming back (AUTOINCREMENT).
    """
    if connection.dialect.name != "sqlite":
        return None
    assert connection.get_execution_options().get(WRITE_OPTION), "reserve ids only under the write lock"
    used = connection.exec_driver_sql(
        f'SELECT max(coalesce((SELECT max(id) FROM "{table}"), 0), '
        f"coalesce((SELECT seq FROM sqlite_sequence WHERE name = ?), 0))",
        (table,),
    ).scalar_one()
    return int(used) + 1
