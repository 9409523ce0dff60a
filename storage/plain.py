"""Documents with their spans and relations as plain tuples (``kathan.model.PlainDocument``) for
streaming exports, read by plain SQL: through a Workspace connection's driver cursor, or through
the standard library's sqlite3 alone (``quick_documents``), so that ``kathan export`` of a SQLite
project starts without importing SQLAlchemy.

Three SELECTs per batch of documents, each ordered by document (spans by the index on their
bounds, no sort), grouped by document in C (``itertools.groupby``): a span's row is the
driver's tuple as it comes, and Python looks at single rows only in a document that needs it
(a span of several fragments, two spans on the same bounds, stored attributes). The SQL runs
on SQLite and PostgreSQL alike; its only values are document ids, written into it as integers.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache, partial
from itertools import groupby
from operator import eq, itemgetter
from pathlib import Path
from typing import Any

from kathan.model import Document, DocumentId, DocumentStatus, Fragment, PlainDocument, PlainRelation, PlainSpan
from kathan.schema import Schema, parse_schema
from storage.hidden import SHOWN_SQL
from storage.revisions import head

Run = Callable[[str], Sequence[Sequence[Any]]]
"""Runs one SQL statement and returns its rows as the driver gives them."""

BATCH = 250
"""Documents read per transaction."""

_DOCUMENTS = "SELECT id, name, title, text, sha256, language, meta, status FROM documents"
_SPANS = (
    'SELECT s.id, s.label, f.start, f."end", s.attributes, s.note, coalesce(a.name, \'\'), s.origin, s.external_key, '
    "s.document_id FROM spans s JOIN fragments f ON f.span_id = s.id LEFT JOIN annotators a ON a.id = s.annotator_id"
)
"""A ``PlainSpan`` a row, one row per fragment."""
_SPAN_ORDER = ' ORDER BY s.document_id, s.start, s."end", s.id, f.start'
_RELATIONS = (
    "SELECT r.id, r.type, r.head_id, r.tail_id, r.attributes, coalesce(a.name, ''), r.origin, r.external_key, "
    "r.document_id FROM relations r LEFT JOIN annotators a ON a.id = r.annotator_id"
)
"""A ``PlainRelation`` a row."""
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


_DOCUMENT_OF = itemgetter(9)
_RELATION_DOCUMENT_OF = itemgetter(8)
_ID = itemgetter(0)
_START = itemgetter(2)
_BOUNDS = itemgetter(2, 3)
_ATTRIBUTES = itemgetter(4)
_NONE = partial(eq, "{}")
"""No attributes, as SQLite stores them (a driver with a JSON type gives a dict, never equal)."""


def _grouped(
    docs: list[Document], span_rows: Iterable[PlainSpan], relation_rows: Iterable[PlainRelation], code_points: bool
) -> list[PlainDocument]:
    """Rows grouped under their documents; a span of several fragments becomes one row, its
    fragments set aside. SQL orders spans by their bounds and id: a document where two spans
    share their bounds or one has several fragments is sorted again in text order, and so is
    every one where the database may compare labels by a collation rather than by code points."""
    spans_of: dict[int, list[PlainSpan]] = {d.id: [] for d in docs}
    several_of: dict[int, dict[int, tuple[Fragment, ...]]] = {}
    for doc_id, group in groupby(span_rows, _DOCUMENT_OF):
        if doc_id not in spans_of:
            raise KeyError(f"span rows of document {doc_id}, which is not in the batch")
        rows = list(group)
        several: dict[int, tuple[Fragment, ...]] = {}
        if len(set(map(_ID, rows))) != len(rows):
            rows, several = _joined(rows)
            several_of[doc_id] = several
        if not all(map(_NONE, map(_ATTRIBUTES, rows))):
            rows = [row if row[4] == "{}" else (*row[:4], _stored(row[4]), *row[5:]) for row in rows]
        if several or not code_points or (len(set(map(_START, rows))) != len(rows) and len(set(map(_BOUNDS, rows))) != len(rows)):
            rows.sort(key=lambda row: _text_order(row, several))
        spans_of[doc_id] = rows
    relations_of: dict[int, list[PlainRelation]] = {d.id: [] for d in docs}
    for doc_id, group in groupby(relation_rows, _RELATION_DOCUMENT_OF):
        if doc_id not in relations_of:
            raise KeyError(f"relation rows of document {doc_id}, which is not in the batch")
        links = list(group)
        if not all(map(_NONE, map(_ATTRIBUTES, links))):
            links = [row if row[4] == "{}" else (*row[:4], _stored(row[4]), *row[5:]) for row in links]
        relations_of[doc_id] = links
    return [PlainDocument(d, spans_of[d.id], relations_of[d.id], several_of.get(d.id, {})) for d in docs]


def _joined(rows: list[PlainSpan]) -> tuple[list[PlainSpan], dict[int, tuple[Fragment, ...]]]:
    """One row per span (its first fragment's start, its last one's end) and the fragments of
    each span that has several; a span's rows come together, in fragment order."""
    joined: list[PlainSpan] = []
    several: dict[int, tuple[Fragment, ...]] = {}
    for row in rows:
        if joined and joined[-1][0] == row[0]:
            first = joined[-1]
            several[row[0]] = (*several.get(row[0], ((first[2], first[3]),)), (row[2], row[3]))
            joined[-1] = (*first[:3], row[3], *first[4:])
        else:
            joined.append(row)
    return joined, several


def _stored(attrs: str | dict[str, str]) -> str:
    return _attributes(attrs) if type(attrs) is str else _json(attrs)


def _text_order(row: PlainSpan, several: dict[int, tuple[Fragment, ...]]) -> tuple[Any, ...]:
    return (row[2], row[3], several.get(row[0]) or ((row[2], row[3]),), row[1], row[0])


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
