"""Queries that turn rows into frozen ``kathan.model`` values, with Core selects (no ORM objects).

Opening a document is on the GUI's critical path (1,000 spans in well under 5 ms), so its
spans come from one indexed join, are fetched straight from the driver's cursor with raw
column values, and are built by an unrolled dataclass builder. Exports stream the same way
by ranges of document ids.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import fields, is_dataclass, replace
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, Text, bindparam, func, or_, select, type_coerce
from sqlalchemy.engine import Compiled, Connection, Row
from sqlalchemy.exc import DBAPIError
from sqlalchemy.types import TypeDecorator

from kathan.model import (
    Document,
    DocumentId,
    DocumentOrder,
    DocumentStatus,
    DocumentSummary,
    Origin,
    Relation,
    RelationId,
    Span,
    SpanId,
    status_matches,
)
from storage.errors import NotFoundError
from storage.rows import annotators, documents, fragments, from_micros, relations, shown, spans

T = TypeVar("T")

_ORIGINS = {o.value: o for o in Origin}
_STATUSES = {s.value: s for s in DocumentStatus}


def _raw(column: ColumnElement[Any]) -> ColumnElement[Any]:
    """The column as the driver returns it; ``build_spans`` converts, memoising repeated values."""
    return type_coerce(column, column.type.impl if isinstance(column.type, TypeDecorator) else Text)


_SPAN_COLUMNS = (
    spans.c.id,
    spans.c.document_id,
    spans.c.label,
    _raw(spans.c.attributes),
    spans.c.note,
    annotators.c.name,
    spans.c.origin,
    _raw(spans.c.created),
    _raw(spans.c.updated),
    spans.c.external_key,
    fragments.c.start,
    fragments.c.end,
)
_SPAN_FROM = spans.join(fragments, fragments.c.span_id == spans.c.id).outerjoin(
    annotators, annotators.c.id == spans.c.annotator_id
)
_SPAN_ORDER = (spans.c.start, spans.c.end, spans.c.id, fragments.c.start)

_RELATION_COLUMNS = (
    relations.c.id,
    relations.c.document_id,
    relations.c.type,
    relations.c.head_id,
    relations.c.tail_id,
    _raw(relations.c.attributes),
    annotators.c.name,
    relations.c.origin,
    _raw(relations.c.created),
    relations.c.external_key,
)
_RELATION_FROM = relations.outerjoin(annotators, annotators.c.id == relations.c.annotator_id)

_DOCUMENT_COLUMNS = (
    documents.c.id,
    documents.c.name,
    documents.c.title,
    documents.c.text,
    documents.c.sha256,
    documents.c.language,
    documents.c.meta,
    documents.c.status,
)


def frozen_builder(cls: type[T]) -> Callable[..., T]:
    """A function building ``cls(*values)`` (every field given, in order) twice as fast as ``cls``'s own ``__init__``.

    A frozen slots dataclass's ``__init__`` sets each field through ``object.__setattr__``;
    this sets the same slots through their descriptors, unrolled, with nothing else to do
    (``cls`` must have no ``__post_init__``). Opening a document builds a thousand spans and
    an export hundreds of thousands, where construction was the largest cost.
    ``tests/storage/test_reads.py`` checks the result equals ``cls(*values)``.
    """
    if not (is_dataclass(cls) and cls.__dataclass_params__.frozen and hasattr(cls, "__slots__")):  # type: ignore[attr-defined]
        raise TypeError(f"{cls.__name__} is not a frozen slots dataclass")
    if hasattr(cls, "__post_init__"):
        raise TypeError(f"{cls.__name__} has a __post_init__ the builder would skip")
    names = [f.name for f in fields(cls)]
    namespace: dict[str, Any] = {"new": object.__new__, "cls": cls}
    namespace.update({f"set_{name}": getattr(cls, name).__set__ for name in names})
    body = "".join(f"    set_{name}(o, {name})\n" for name in names)
    exec(f"def build({', '.join(names)}):\n    o = new(cls)\n{body}    return o\n", namespace)  # noqa: S102
    return namespace["build"]  # type: ignore[no-any-return]


_new_span = frozen_builder(Span)
_new_relation = frozen_builder(Relation)


def build_spans(rows: Iterable[Row[Any]]) -> list[Span]:
    """Spans from rows of ``_SPAN_COLUMNS``, one row a fragment, a span's fragments adjacent."""
    result: list[Span] = []
    append = result.append
    times = _Times()
    origins = _ORIGINS
    last_id = None
    pieces: list[tuple[int, int]] = []
    for span_id, doc_id, label, attrs, note, annotator, origin, created, updated, key, start, end in rows:
        if span_id == last_id:
            pieces.append((start, end))
            result[-1] = replace(result[-1], fragments=tuple(pieces))
            continue
        last_id = span_id
        pieces = [(start, end)]
        append(
            _new_span(
                span_id,
                doc_id,
                label,
                ((start, end),),
                {} if attrs == "{}" else _mapping(attrs),
                note,
                annotator or "",
                origins[origin],
                times[created],
                times[updated],
                key,
            )
        )
    return result


def build_relations(rows: Iterable[Row[Any]]) -> list[Relation]:
    times = _Times()
    return [
        _new_relation(rid, doc_id, type_, head, tail, _mapping(attrs), annotator or "", _ORIGINS[origin], times[created], key)
        for rid, doc_id, type_, head, tail, attrs, annotator, origin, created, key in rows
    ]


class _Times(dict[int, datetime]):
    """Times by their stored microseconds: spans imported or edited together share one."""

    def __missing__(self, micros: int) -> datetime:
        value = self[micros] = from_micros(micros)
        return value


def _mapping(value: str | dict[str, str]) -> dict[str, str]:
    if isinstance(value, dict):  # drivers with a native JSON type
        return value
    return {} if value == "{}" else json.loads(value)


def span_select() -> Select:
    return select(*_SPAN_COLUMNS).select_from(_SPAN_FROM)


def spans_of(conn: Connection, doc_id: int) -> tuple[Span, ...]:
    """A document's spans sorted by (start, end, id)."""
    return tuple(build_spans(driver_rows(conn, _SPANS_OF, doc_id=doc_id)))


def driver_rows(conn: Connection, statement: Select[Any], **params: Any) -> list[tuple[Any, ...]]:
    """Rows of ``statement`` straight from the driver's cursor, skipping SQLAlchemy's result layer.

    For the hot path of opening a document (about half the time of 1,000 spans went to
    building ``Row`` objects). Only for statements whose columns need no result processing
    (``_raw`` columns); the statement is still compiled by SQLAlchemy for the connection's
    dialect, once. Runs inside the connection's transaction if one has begun.
    """
    key = (id(statement), conn.dialect.name)
    compiled = _COMPILED.get(key)
    if compiled is None:
        compiled = _COMPILED[key] = statement.compile(dialect=conn.dialect)
    return compiled_rows(conn, compiled, **params)


def compiled_rows(conn: Connection, compiled: Compiled, **params: Any) -> list[tuple[Any, ...]]:
    """``driver_rows`` for a statement compiled by the caller (one built per call, not cached)."""
    values = compiled.construct_params(params)
    args: Any = tuple(values[name] for name in compiled.positiontup or ()) if compiled.positional else values
    return sql_rows(conn, compiled.string, args)


def sql_rows(conn: Connection, sql: str, args: Any = ()) -> list[tuple[Any, ...]]:
    """The rows of plain ``sql`` straight from the driver's cursor; a driver error as SQLAlchemy's
    ``DBAPIError`` (which ``translated_errors`` turns into Kathan's)."""
    cursor = conn.connection.cursor()
    try:
        cursor.execute(sql, args) if args else cursor.execute(sql)
        return cursor.fetchall()
    except conn.dialect.dbapi.Error as error:  # type: ignore[union-attr]
        raise DBAPIError.instance(sql, args, error, conn.dialect.dbapi.Error) from None  # type: ignore[union-attr]
    finally:
        cursor.close()


_COMPILED: dict[tuple[int, str], Compiled] = {}


def spans_by_id(conn: Connection, ids: Sequence[int]) -> dict[SpanId, Span]:
    found: dict[SpanId, Span] = {}
    for chunk in chunked(ids):
        query = span_select().where(spans.c.id.in_(chunk)).order_by(spans.c.id, fragments.c.start)
        found.update((s.id, s) for s in build_spans(conn.execute(query)))
    return found


def spans_of_documents(conn: Connection, doc_ids: Sequence[int]) -> dict[DocumentId, list[Span]]:
    query = span_select().where(spans.c.document_id.in_(doc_ids)).order_by(spans.c.document_id, *_SPAN_ORDER)
    return _by_document(build_spans(conn.execute(query).all()))


def spans_in_range(conn: Connection, first: int, last: int) -> dict[DocumentId, list[Span]]:
    """Spans of documents ``first <= id <= last``, for streaming exports."""
    return _by_document(build_spans(driver_rows(conn, _SPANS_IN_RANGE, first=first, last=last)))


def _by_document(items: Iterable[Span]) -> dict[DocumentId, list[Span]]:
    grouped: dict[DocumentId, list[Span]] = {}
    for item in items:
        grouped.setdefault(item.document_id, []).append(item)
    return grouped


def relation_select() -> Select:
    return select(*_RELATION_COLUMNS).select_from(_RELATION_FROM)


_SPANS_OF = span_select().where(spans.c.document_id == bindparam("doc_id")).order_by(*_SPAN_ORDER)
_RELATIONS_OF = relation_select().where(relations.c.document_id == bindparam("doc_id")).order_by(relations.c.id)
_SPANS_IN_RANGE = (
    span_select()
    .where(spans.c.document_id.between(bindparam("first"), bindparam("last")))
    .order_by(spans.c.document_id, *_SPAN_ORDER)
)
_RELATIONS_IN_RANGE = (
    relation_select()
    .where(relations.c.document_id.between(bindparam("first"), bindparam("last")))
    .order_by(relations.c.id)
)


def relations_of(conn: Connection, doc_id: int) -> tuple[Relation, ...]:
    return tuple(build_relations(driver_rows(conn, _RELATIONS_OF, doc_id=doc_id)))


def relations_of_documents(conn: Connection, doc_ids: Sequence[int]) -> dict[DocumentId, list[Relation]]:
    query = relation_select().where(relations.c.document_id.in_(doc_ids)).order_by(relations.c.id)
    grouped: dict[DocumentId, list[Relation]] = {}
    for relation in build_relations(conn.execute(query).all()):
        grouped.setdefault(relation.document_id, []).append(relation)
    return grouped


def relations_in_range(conn: Connection, first: int, last: int) -> dict[DocumentId, list[Relation]]:
    grouped: dict[DocumentId, list[Relation]] = {}
    for relation in build_relations(driver_rows(conn, _RELATIONS_IN_RANGE, first=first, last=last)):
        grouped.setdefault(relation.document_id, []).append(relation)
    return grouped


def relations_by_id(conn: Connection, ids: Sequence[int]) -> dict[RelationId, Relation]:
    found: dict[RelationId, Relation] = {}
    for chunk in chunked(ids):
        query = relation_select().where(relations.c.id.in_(chunk))
        found.update((r.id, r) for r in build_relations(conn.execute(query)))
    return found


def relations_touching(conn: Connection, span_ids: Sequence[int]) -> dict[RelationId, Relation]:
    """Every relation whose head or tail is one of ``span_ids``, by id."""
    found: dict[RelationId, Relation] = {}
    for chunk in chunked(span_ids):
        query = relation_select().where(relations.c.head_id.in_(chunk) | relations.c.tail_id.in_(chunk))
        found.update((r.id, r) for r in build_relations(conn.execute(query)))
    return dict(sorted(found.items()))


def build_document(row: Row) -> Document:
    doc_id, name, title, text, sha256, language, meta, status = row
    return Document(doc_id, name, title, text, sha256, language, meta, _STATUSES[status])


def document(conn: Connection, doc_id: int) -> Document:
    row = conn.execute(select(*_DOCUMENT_COLUMNS).where(documents.c.id == doc_id)).one_or_none()
    if row is None:
        raise NotFoundError(f"no document with id {doc_id} in the project")
    return build_document(row)


def document_by_name(conn: Connection, name: str) -> Document | None:
    row = conn.execute(select(*_DOCUMENT_COLUMNS).where(documents.c.name == name, shown(documents.c.id))).one_or_none()
    return None if row is None else build_document(row)


def documents_by_id(conn: Connection, doc_ids: Sequence[int]) -> list[Document]:
    query = select(*_DOCUMENT_COLUMNS).where(documents.c.id.in_(doc_ids)).order_by(documents.c.id)
    return [build_document(row) for row in conn.execute(query)]


def documents_after(conn: Connection, last: int, limit: int) -> list[Document]:
    """Up to ``limit`` documents with ids above ``last``, in id order."""
    query = select(*_DOCUMENT_COLUMNS).where(documents.c.id > last, shown(documents.c.id)).order_by(documents.c.id).limit(limit)
    return [build_document(row) for row in conn.execute(query)]


_SPAN_COUNT = select(func.count()).where(spans.c.document_id == documents.c.id).scalar_subquery()
_RELATION_COUNT = select(func.count()).where(relations.c.document_id == documents.c.id).scalar_subquery()
_SUMMARY = select(
    documents.c.id, documents.c.name, documents.c.title, documents.c.status, documents.c.length, _SPAN_COUNT, _RELATION_COUNT
)
_SHOWN_TITLE = func.coalesce(func.nullif(documents.c.title, ""), documents.c.name)
_ORDER: dict[DocumentOrder, ColumnElement[Any]] = {
    DocumentOrder.TITLE: func.lower(_SHOWN_TITLE),
    DocumentOrder.NAME: func.lower(documents.c.name),
    DocumentOrder.STATUS: documents.c.status,
    DocumentOrder.SPANS: _SPAN_COUNT,
}


def _summary(row: Row[Any] | tuple[Any, ...]) -> DocumentSummary:
    doc_id, name, title, status, length, span_count, relation_count = row
    return DocumentSummary(doc_id, name, title, _STATUSES[status], length, span_count, relation_count)


def summaries(conn: Connection, doc_ids: Sequence[int] | None = None) -> list[DocumentSummary]:
    """Documents without their text, with span and relation counts: every one in id (import)
    order, or those of ``doc_ids`` in that order (ids not in the project left out).

    Counts come from the per-document indexes, so a page of a 100,000-document list costs
    the same as a page of a small one.
    """
    if doc_ids is None:
        return [_summary(row) for row in conn.execute(_SUMMARY.where(shown(documents.c.id)).order_by(documents.c.id))]
    found: dict[int, DocumentSummary] = {}
    for chunk in chunked(doc_ids):
        found.update((row[0], _summary(row)) for row in conn.execute(_SUMMARY.where(documents.c.id.in_(chunk))))
    return [found[i] for i in doc_ids if i in found]


def _contains(conn: Connection, column: ColumnElement[str], search: str) -> ColumnElement[bool]:
    """``column`` contains ``search``, case-blind: SQLite's LIKE already is (ASCII), and a
    ``lower()`` on each row would cost more than the scan; elsewhere ILIKE."""
    if conn.dialect.name == "sqlite":
        return column.contains(search, autoescape=True)
    return column.icontains(search, autoescape=True)


def document_ids(
    conn: Connection,
    search: str = "",
    status: DocumentStatus | None = None,
    order: DocumentOrder = DocumentOrder.IMPORT,
    descending: bool = False,
    limit: int | None = None,
    also_statuses: Collection[DocumentStatus] = (),
) -> list[DocumentId]:
    """Ids of the documents whose name or title contains ``search`` (case-blind) or whose status
    words do (``status_matches``, or the status is in ``also_statuses``: a front end's own words
    for them matched), and whose status is ``status`` if given, sorted by ``order``.

    The name, title and status come from one covering index (``ix_documents_status_name_title``),
    never from the table rows that hold the texts. Documents of an import under way are left out.
    """
    query = select(documents.c.id).where(shown(documents.c.id))
    if search:
        matches = [_contains(conn, documents.c.name, search), _contains(conn, documents.c.title, search)]
        statuses = {*status_matches(search), *also_statuses}
        if statuses:
            matches.append(documents.c.status.in_(sorted(DocumentStatus(s).value for s in statuses)))
        query = query.where(or_(*matches))
    if status is not None:
        query = query.where(documents.c.status == DocumentStatus(status).value)
    # Filtered, "id + 0": ordering by the bare id would make SQLite walk the table's rows (with
    # their texts) in id order rather than scan the covering index.
    by_id = documents.c.id + 0 if search or status is not None else documents.c.id
    key = by_id if order is DocumentOrder.IMPORT else _ORDER[DocumentOrder(order)]
    query = query.order_by(key.desc() if descending else key.asc())
    if order is not DocumentOrder.IMPORT:
        query = query.order_by(by_id.desc() if descending else by_id.asc())
    if limit is not None:
        query = query.limit(limit)
    # 100,000 ids: fetched from the driver's cursor, a tenth of the time of SQLAlchemy's rows
    compiled = query.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True})
    return [DocumentId(row[0]) for row in compiled_rows(conn, compiled)]


def chunked(values: Sequence[int], size: int = 500) -> Iterable[Sequence[int]]:
    """Slices small enough for an ``IN (...)`` on any database."""
    for i in range(0, len(values), size):
        yield values[i : i + size]


def document_status(conn: Connection, doc_id: int) -> DocumentStatus:
    status = conn.execute(select(documents.c.status).where(documents.c.id == doc_id)).scalar_one_or_none()
    if status is None:
        raise NotFoundError(f"no document with id {doc_id} in the project")
    return _STATUSES[status]
