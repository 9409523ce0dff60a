"""Large imports into SQLite without holding the write lock for long.

The new documents of an import are first written, batch by batch and with ids relative to the
import, into a private temporary database attached to the importing connection (``staging``);
that takes no lock on the project, so editors go on meanwhile and a Cancel only drops the
staging database. Then one short write transaction gives the rows their ids and copies them in
with ``INSERT ... SELECT`` (SQLite's own loop, no Python per row), which keeps the promise that
an import is all or nothing. Records read as a stream are staged a batch at a time as they come
(``Stager``), so an import's memory does not grow with the corpus; the staging database spills to
a temporary file beyond its page cache.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy.engine import Connection

from kathan.model import DocumentId, DocumentRecord
from storage.applying import annotator_id
from storage.bulk import json_text
from storage.engine import reserve_ids
from storage.rows import to_micros

Progress = Callable[[int], None]
BATCH = 500
CACHE_KIB = 32768
"""Page cache of the importing connection while it stages and copies (SQLite's default is 2 MiB):
with the rows' pages kept in memory, the copy under the lock writes each page once, at commit."""

_TABLES = (
    "CREATE TABLE staging.documents (rel INTEGER PRIMARY KEY, name, title, text, length, sha256, language, meta, status)",
    "CREATE TABLE staging.spans (rel INTEGER PRIMARY KEY, doc_rel, label, start, \"end\", attributes, note, "
    "annotator, origin, external_key)",
    "CREATE TABLE staging.fragments (span_rel, start, \"end\", doc_rel, doc_length)",
    "CREATE TABLE staging.relations (doc_rel, type, head_rel, tail_rel, attributes, annotator, origin, external_key)",
)


@dataclass(frozen=True, slots=True)
class Staged:
    """What the staging database holds: counts and the annotator names it refers to."""

    documents: int
    spans: int
    annotators: frozenset[str]


class Stager:
    """Writes records, a batch at a time, to a fresh ``staging`` database attached to ``raw``
    (no lock on the project): ids relative to the import, annotators by name."""

    def __init__(self, raw: sqlite3.Connection, default_annotator: str) -> None:
        raw.execute("ATTACH DATABASE '' AS staging")
        raw.execute(f"PRAGMA main.cache_size = -{CACHE_KIB}")
        raw.execute(f"PRAGMA staging.cache_size = -{CACHE_KIB // 4}")
        for statement in _TABLES:
            raw.execute(statement)
        self._raw = raw
        self._default = default_annotator
        self._documents = 0
        self._spans = 0
        self._names: set[str] = set()

    def add(self, records: Sequence[DocumentRecord], hashes: Sequence[str]) -> None:
        """Stage ``records`` (texts hashing to ``hashes``) in one transaction of the staging database."""
        default = self._default
        names = self._names
        span_rel = self._spans
        documents, spans, fragments, relations = [], [], [], []
        for doc_rel, (record, digest) in enumerate(zip(records, hashes, strict=True), self._documents):
            length = len(record.text)
            documents.append((doc_rel, record.name, record.title, record.text, length, digest,
                              record.language, json_text(record.meta), record.status.value))
            keys: dict[str, int] = {}
            for span in record.spans:
                keys[span.key] = span_rel
                annotator = span.annotator or default
                names.add(annotator)
                pieces = span.fragments
                spans.append((span_rel, doc_rel, span.label, pieces[0][0], pieces[-1][1],
                              json_text(span.attributes), span.note, annotator, span.origin.value, span.key))
                fragments.extend((span_rel, s, e, doc_rel, length) for s, e in pieces)
                span_rel += 1
            for relation in record.relations:
                annotator = relation.annotator or default
                names.add(annotator)
                relations.append((doc_rel, relation.type, keys[relation.head], keys[relation.tail],
                                  json_text(relation.attributes), annotator, relation.origin.value, relation.key))
        raw = self._raw
        raw.execute("BEGIN")
        raw.executemany("INSERT INTO staging.documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", documents)
        raw.executemany("INSERT INTO staging.spans VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", spans)
        raw.executemany("INSERT INTO staging.fragments VALUES (?, ?, ?, ?, ?)", fragments)
        raw.executemany("INSERT INTO staging.relations VALUES (?, ?, ?, ?, ?, ?, ?, ?)", relations)
        raw.execute("COMMIT")
        self._documents += len(records)
        self._spans = span_rel

    def staged(self) -> Staged:
        return Staged(self._documents, self._spans, frozenset(self._names))


def stage(raw: sqlite3.Connection, records: Sequence[DocumentRecord], hashes: Sequence[str], default_annotator: str,
          progress: Progress | None) -> Staged:
    """Writes ``records`` to a fresh ``staging`` database attached to ``raw`` (no lock on the project)."""
    stager = Stager(raw, default_annotator)
    for first in range(0, len(records), BATCH):
        stager.add(records[first : first + BATCH], hashes[first : first + BATCH])
        if progress is not None:
            progress(len(records[first : first + BATCH]))
    return stager.staged()


def copy_in(conn: Connection, staged: Staged, stamp_now: object) -> list[DocumentId]:
    """Under the write lock: gives the staged rows their ids and copies them into the project."""
    from datetime import datetime

    assert isinstance(stamp_now, datetime)
    stamp = to_micros(stamp_now)
    if staged.documents == 0:
        return []
    doc_base = reserve_ids(conn, "documents", staged.documents)
    span_base = reserve_ids(conn, "spans", max(staged.spans, 1))
    assert doc_base is not None and span_base is not None
    conn.exec_driver_sql("CREATE TABLE staging.annotators (name TEXT PRIMARY KEY, id INTEGER)")
    ids = [(name, annotator_id(conn, name, stamp_now)) for name in sorted(staged.annotators)]
    if ids:
        conn.exec_driver_sql("INSERT INTO staging.annotators VALUES (?, ?)", ids)  # type: ignore[arg-type]
    run = conn.exec_driver_sql
    run(
        'INSERT INTO documents (id, name, title, text, length, sha256, language, meta, status, created, updated) '
        "SELECT ? + rel, name, title, text, length, sha256, language, meta, status, ?, ? "
        "FROM staging.documents ORDER BY rel",
        (doc_base, stamp, stamp),
    )
    run(
        'INSERT INTO spans (id, document_id, label, start, "end", attributes, note, annotator_id, origin, created, updated, '
        "external_key) SELECT ? + s.rel, ? + s.doc_rel, s.label, s.start, s.\"end\", s.attributes, s.note, a.id, s.origin, "
        "?, ?, s.external_key FROM staging.spans s LEFT JOIN staging.annotators a ON a.name = s.annotator ORDER BY s.rel",
        (span_base, doc_base, stamp, stamp),
    )
    run(
        'INSERT INTO fragments (span_id, start, "end", document_id, doc_length) '
        'SELECT ? + span_rel, start, "end", ? + doc_rel, doc_length FROM staging.fragments',
        (span_base, doc_base),
    )
    run(
        "INSERT INTO relations (document_id, type, head_id, tail_id, attributes, annotator_id, origin, created, external_key) "
        "SELECT ? + r.doc_rel, r.type, ? + r.head_rel, ? + r.tail_rel, r.attributes, a.id, r.origin, ?, r.external_key "
        "FROM staging.relations r LEFT JOIN staging.annotators a ON a.name = r.annotator",
        (doc_base, span_base, span_base, stamp),
    )
    return [DocumentId(doc_base + n) for n in range(staged.documents)]


def drop(raw: sqlite3.Connection) -> None:
    """Detaches (and so deletes) the staging database, whatever state it is in."""
    try:
        if raw.in_transaction:
            raw.execute("ROLLBACK")
        raw.execute("DETACH DATABASE staging")
        raw.execute("PRAGMA main.cache_size = -2000")
    except sqlite3.Error:
        pass
