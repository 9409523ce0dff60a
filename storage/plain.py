"""Documents with their spans and relations as plain tuples (``kathan.model.PlainDocument``) for
streaming exports, read by plain SQL: through a Workspace connection's driver cursor, or through
the standard library's sqlite3 alone (``quick_documents``), so that ``kathan export`` of a SQLite
project starts without importing SQLAlchemy.

Three SELECTs per batch of documents, each ordered by document (spans by the index on their
bounds, no sort), grouped in one pass. The SQL runs on SQLite and PostgreSQL alike; its only
values are document ids, written into it as integers.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from kathan.model import Document, DocumentId, DocumentStatus, PlainDocument, PlainRelation, PlainSpan
from kathan.schema import Schema, parse_schema
from storage.hidden import SHOWN_SQL
from storage.revisions import head

Run = Callable[[str], Sequence[Sequence[Any]]]
"""Runs one SQL statement and returns its rows as the driver gives them."""

BATCH = 250
"""Documents read per transaction."""

_DOCUMENTS = "SELECT id, name, title, text, sha256, language, meta, status FROM documents"
_SPANS = (
    'SELECT s.document_id, s.id, s.label, f.start, f."end", s.attributes, s.note, coalesce(a.name, \'\'), s.origin, '
    "s.external_key FROM spans s JOIN fragments f ON f.span_id = s.id LEFT JOIN annotators a ON a.id = s.annotator_id"
)
_SPAN_ORDER = ' ORDER BY s.document_id, s.start, s."end", s.id, f.start'
_RELATIONS = (
    "SELECT r.document_id, r.id, r.type, r.head_id, r.tail_id, r.attributes, coalesce(a.name, ''), r.origin, "
    "r.external_key FROM relations r LEFT JOIN annotators a ON a.id = r.annotator_id"
)
_STATUSES = {s.value: s for s in DocumentStatus}


def documents_after(run: Run, last: int, *, code_points: bool, limit: int = BATCH) -> list[PlainDocument]:
    """Up to ``limit`` documents with ids above ``last``, in id order. ``code_points``: the
    database compares text by code points (SQLite does), so spans tied on their bounds come
    already in label order."""
    found = _documents(run(f"{_DOCUMENTS} WHERE id > {int(last)} AND id {SHOWN_SQL} ORDER BY id LIMIT {int(limit)}"))
    if not found:
        return []
    between = f"BETWEEN {int(found[0].id)} AND {int(found[-1].id)}"
    return _grouped(
        found,
        run(f"{_SPANS} WHERE s.document_id {between} AND s.document_id {SHOWN_SQL}{_SPAN_ORDER}"),
        run(f"{_RELATIONS} WHERE r.document_id {between} AND r.document_id {SHOWN_SQL} ORDER BY r.document_id, r.id"),
        code_points,
    )


def documents_of(run: Run, doc_ids: Sequence[int], *, code_points: bool) -> list[PlainDocument]:
    """The documents of ``doc_ids`` (a batch) in that order; ``LookupError`` naming an id not in the project."""
    listed = ", ".join(str(int(i)) for i in doc_ids)
    by_id = {d.id: d for d in _documents(run(f"{_DOCUMENTS} WHERE id IN ({listed})"))}
    missing = [i for i in doc_ids if i not in by_id]
    if missing:
        raise LookupError(missing[0])
    return _grouped(
        [by_id[DocumentId(i)] for i in doc_ids],
        run(f"{_SPANS} WHERE s.document_id IN ({listed}){_SPAN_ORDER}"),
        run(f"{_RELATIONS} WHERE r.document_id IN ({listed}) ORDER BY r.document_id, r.id"),
        code_points,
    )


def _documents(rows: Iterable[Sequence[Any]]) -> list[Document]:
    return [
        Document(DocumentId(doc_id), name, title, text, sha256, language, _mapping(meta), _STATUSES[status])
        for doc_id, name, title, text, sha256, language, meta, status in rows
    ]


def _mapping(value: str | dict[str, str]) -> dict[str, str]:
    if isinstance(value, dict):  # drivers with a native JSON type
        return value
    return {} if value == "{}" else json.loads(value)


def _json(value: dict[str, str]) -> str:
    """A native JSON value (PostgreSQL's driver gives dicts) as the JSON text SQLite holds."""
    return _attributes(json.dumps(value, ensure_ascii=False))


@lru_cache(maxsize=4096)
def _attributes(stored: str) -> str:
    """Stored attributes as ``PlainSpan`` promises them: a JSON object of strings, keys sorted, as
    ``json.dumps(..., ensure_ascii=False, sort_keys=True)`` writes it. A value that is not one
    (a damaged page) raises ``ValueError``, here where reading is translated into damage. Cached:
    a corpus holds few distinct attribute sets."""
    if stored == "{}":
        return stored
    value = json.loads(stored)
    if type(value) is not dict or not all(type(v) is str for v in value.values()):
        raise ValueError(f"attributes {stored[:60]!r} are not an object of strings")
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _grouped(
    docs: list[Document], span_rows: Iterable[Sequence[Any]], relation_rows: Iterable[Sequence[Any]], code_points: bool
) -> list[PlainDocument]:
    """Rows grouped under their documents; a span of several fragments becomes one row. SQL orders
    spans by their bounds and id: a document where two spans share their bounds or one has several
    fragments is sorted again in text order, and so is every one where the database may compare
    labels by a collation rather than by code points."""
    spans_of: dict[int, list[PlainSpan]] = {d.id: [] for d in docs}
    unsorted: set[int] = set()
    current = last_id = last_start = last_end = None
    rows: list[PlainSpan] = []
    for doc_id, span_id, label, start, end, attrs, note, annotator, origin, key in span_rows:
        if doc_id != current:
            current, rows = doc_id, spans_of[doc_id]
            append = rows.append
        elif span_id == last_id:
            row = rows[-1]
            rows[-1] = (span_id, label, (*row[2], (start, end)), *row[3:])
            unsorted.add(doc_id)
            continue
        elif start == last_start and end == last_end:
            unsorted.add(doc_id)
        last_id, last_start, last_end = span_id, start, end
        if attrs != "{}":  # the common case needs no look-up
            attrs = _attributes(attrs) if type(attrs) is str else _json(attrs)
        append((span_id, label, ((start, end),), attrs, note, annotator, origin, key))
    for doc_id in unsorted if code_points else spans_of:
        spans_of[doc_id].sort(key=_text_order)
    relations_of: dict[int, list[PlainRelation]] = {d.id: [] for d in docs}
    for doc_id, rid, type_, head_id, tail_id, attrs, annotator, origin, key in relation_rows:
        if attrs != "{}":
            attrs = _attributes(attrs) if type(attrs) is str else _json(attrs)
        relations_of[doc_id].append((rid, type_, head_id, tail_id, attrs, annotator, origin, key))
    return [PlainDocument(d, spans_of[d.id], relations_of[d.id]) for d in docs]


def _text_order(row: PlainSpan) -> tuple[Any, ...]:
    fragments = row[2]
    return (fragments[0][0], fragments[-1][1], fragments, row[1], row[0])


class QuickProject:
    """A SQLite project file at this Kathan's schema revision, read with sqlite3 alone (no
    SQLAlchemy to import). ``open`` gives None for anything else, which the Workspace then
    opens with its full checks and messages. Each batch is read in one transaction."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    @classmethod
    def open(cls, target: str | os.PathLike[str]) -> QuickProject | None:
        path = Path(target)
        if "://" in str(target) or not path.is_file():
            return None
        try:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5, isolation_level=None)
        except sqlite3.Error:
            return None
        try:
            (revision,) = conn.execute("SELECT version_num FROM alembic_version").fetchone() or (None,)
        except sqlite3.Error:
            revision = None
        if revision != head():
            conn.close()
            return None
        return cls(conn)

    def close(self) -> None:
        self._conn.close()

    def schema(self) -> Schema:
        """The project's schema, as stored in it."""
        (toml,) = self._conn.execute("SELECT schema_toml FROM project").fetchone()
        return parse_schema(toml, "the project's stored schema")

    def count(self) -> int:
        return int(self._conn.execute(f"SELECT count(*) FROM documents WHERE id {SHOWN_SQL}").fetchone()[0])

    def documents(self) -> Iterator[PlainDocument]:
        """Every document in id order, a batch per read transaction. ``sqlite3.DatabaseError``
        when the file is damaged where a batch reads (an error, or a value that cannot be
        decoded), or when the scan gives fewer documents
        than the table counts (a damaged page can end a scan early without an error): the
        Workspace then salvages what it can."""
        expected = self.count()
        given = last = 0
        while True:
            self._conn.execute("BEGIN")
            try:
                batch = documents_after(self._run, last, code_points=True)
            except (KeyError, ValueError, TypeError) as error:  # a stored value a damaged page garbled
                raise sqlite3.DatabaseError(f"a stored value cannot be read ({type(error).__name__}: {error})") from error
            finally:
                self._conn.execute("COMMIT")
            if not batch:
                break
            last = batch[-1].document.id
            given += len(batch)
            yield from batch
        if given != expected:
            raise sqlite3.DatabaseError(f"read {given} documents of {expected}: the file is damaged")

    def _run(self, sql: str) -> list[Any]:
        return self._conn.execute(sql).fetchall()
