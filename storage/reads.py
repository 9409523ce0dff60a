"""Queries that turn rows into frozen ``kathan.model`` values, with Core selects (no ORM objects).

Opening a document is on the GUI's critical path, so spans come from one indexed join and
are built straight into dataclasses.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import Select, func, select
from sqlalchemy.engine import Connection, Row

from kathan.model import (
    Document,
    DocumentId,
    DocumentStatus,
    DocumentSummary,
    Origin,
    Relation,
    RelationId,
    Span,
    SpanId,
)
from storage.errors import NotFoundError
from storage.rows import annotators, documents, fragments, relations, spans

_ORIGINS = {o.value: o for o in Origin}
_STATUSES = {s.value: s for s in DocumentStatus}

_SPAN_COLUMNS = (
    spans.c.id,
    spans.c.document_id,
    spans.c.label,
    spans.c.attributes,
    spans.c.note,
    annotators.c.name,
    spans.c.origin,
    spans.c.created,
    spans.c.updated,
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
    relations.c.attributes,
    annotators.c.name,
    relations.c.origin,
    relations.c.created,
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


def build_spans(rows: Iterable[Row]) -> list[Span]:
    """Spans from rows of ``_SPAN_COLUMNS``, one row a fragment, a span's fragments adjacent."""
    result: list[Span] = []
    current: list[object] | None = None
    pieces: list[tuple[int, int]] = []
    for span_id, doc_id, label, attrs, note, annotator, origin, created, updated, start, end in rows:
        if current is not None and current[0] == span_id:
            pieces.append((start, end))
            continue
        if current is not None:
            result.append(_span(current, pieces))
        current = [span_id, doc_id, label, attrs, note, annotator, origin, created, updated]
        pieces = [(start, end)]
    if current is not None:
        result.append(_span(current, pieces))
    return result


def _span(values: list[object], pieces: list[tuple[int, int]]) -> Span:
    span_id, doc_id, label, attrs, note, annotator, origin, created, updated = values
    return Span(
        span_id,  # type: ignore[arg-type]
        doc_id,  # type: ignore[arg-type]
        label,  # type: ignore[arg-type]
        tuple(pieces),
        attrs,  # type: ignore[arg-type]
        note,  # type: ignore[arg-type]
        annotator or "",  # type: ignore[arg-type]
        _ORIGINS[origin],  # type: ignore[index]
        created,  # type: ignore[arg-type]
        updated,  # type: ignore[arg-type]
    )


def build_relations(rows: Iterable[Row]) -> list[Relation]:
    return [
        Relation(rid, doc_id, type_, head, tail, attrs, annotator or "", _ORIGINS[origin], created)
        for rid, doc_id, type_, head, tail, attrs, annotator, origin, created in rows
    ]


def span_select() -> Select:
    return select(*_SPAN_COLUMNS).select_from(_SPAN_FROM)


def spans_of(conn: Connection, doc_id: int) -> tuple[Span, ...]:
    """A document's spans sorted by (start, end, id)."""
    query = span_select().where(spans.c.document_id == doc_id).order_by(*_SPAN_ORDER)
    return tuple(build_spans(conn.execute(query)))


def spans_by_id(conn: Connection, ids: Sequence[int]) -> dict[SpanId, Span]:
    found: dict[SpanId, Span] = {}
    for chunk in chunked(ids):
        query = span_select().where(spans.c.id.in_(chunk)).order_by(spans.c.id, fragments.c.start)
        found.update((s.id, s) for s in build_spans(conn.execute(query)))
    return found


def spans_of_documents(conn: Connection, doc_ids: Sequence[int]) -> dict[DocumentId, list[Span]]:
    query = (
        span_select()
        .where(spans.c.document_id.in_(doc_ids))
        .order_by(spans.c.document_id, *_SPAN_ORDER)
    )
    grouped: dict[DocumentId, list[Span]] = {}
    for span in build_spans(conn.execute(query)):
        grouped.setdefault(span.document_id, []).append(span)
    return grouped


def relation_select() -> Select:
    return select(*_RELATION_COLUMNS).select_from(_RELATION_FROM)


def relations_of(conn: Connection, doc_id: int) -> tuple[Relation, ...]:
    query = relation_select().where(relations.c.document_id == doc_id).order_by(relations.c.id)
    return tuple(build_relations(conn.execute(query)))


def relations_of_documents(conn: Connection, doc_ids: Sequence[int]) -> dict[DocumentId, list[Relation]]:
    query = relation_select().where(relations.c.document_id.in_(doc_ids)).order_by(relations.c.id)
    grouped: dict[DocumentId, list[Relation]] = {}
    for relation in build_relations(conn.execute(query)):
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
    row = conn.execute(select(*_DOCUMENT_COLUMNS).where(documents.c.name == name)).one_or_none()
    return None if row is None else build_document(row)


def documents_by_id(conn: Connection, doc_ids: Sequence[int]) -> list[Document]:
    query = select(*_DOCUMENT_COLUMNS).where(documents.c.id.in_(doc_ids)).order_by(documents.c.id)
    return [build_document(row) for row in conn.execute(query)]


def summaries(conn: Connection) -> list[DocumentSummary]:
    """Every document without its text, in id (import) order, with span and relation counts."""
    span_counts = dict(conn.execute(select(spans.c.document_id, func.count()).group_by(spans.c.document_id)).all())
    relation_counts = dict(
        conn.execute(select(relations.c.document_id, func.count()).group_by(relations.c.document_id)).all()
    )
    query = select(
        documents.c.id, documents.c.name, documents.c.title, documents.c.status, documents.c.length
    ).order_by(documents.c.id)
    return [
        DocumentSummary(
            doc_id, name, title, _STATUSES[status], length, span_counts.get(doc_id, 0), relation_counts.get(doc_id, 0)
        )
        for doc_id, name, title, status, length in conn.execute(query)
    ]


def chunked(values: Sequence[int], size: int = 500) -> Iterable[Sequence[int]]:
    """Slices small enough for an ``IN (...)`` on any database."""
    for i in range(0, len(values), size):
        yield values[i : i + size]


def document_status(conn: Connection, doc_id: int) -> DocumentStatus:
    status = conn.execute(select(documents.c.status).where(documents.c.id == doc_id)).scalar_one_or_none()
    if status is None:
        raise NotFoundError(f"no document with id {doc_id} in the project")
    return _STATUSES[status]
