"""What the learned suggester reads and keeps in a project: the verdicts of reviewed
suggestions (its negative examples and corrections) and its trained model."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.engine import Connection

from kathan.model import DocumentId, Span, SuggestionStatus
from kathan.suggest.learned import Review
from kathan.suggest.learned.model import StoredModel
from storage.rows import learned_models, suggestions, utc_now
from storage.suggesting import accepted_spans, fragments_of


def reviews(conn: Connection, doc_id: int, spans: tuple[Span, ...]) -> list[Review]:
    """The document's rejected suggestions, and its accepted ones whose span was then given
    other boundaries; a rejection later annotated by hand with the same shape is no negative."""
    shapes = {(s.label, s.fragments) for s in spans}
    found: list[Review] = []
    query = select(suggestions.c.id, suggestions.c.label, suggestions.c.fragments, suggestions.c.status).where(
        suggestions.c.document_id == doc_id, suggestions.c.status != SuggestionStatus.OPEN.value
    )
    rows = conn.execute(query.order_by(suggestions.c.id)).all()
    if not rows:
        return found
    matched = accepted_spans(conn, [doc_id])
    for sid, label, pieces, status in rows:
        shape = (label, fragments_of(pieces))
        if shape in shapes:
            continue
        if status == SuggestionStatus.REJECTED.value:
            found.append(Review(label, shape[1], "rejected"))
        elif sid in matched:
            found.append(Review(label, shape[1], "corrected"))
    return found


def stored_model(conn: Connection, name: str) -> StoredModel | None:
    row = conn.execute(
        select(
            learned_models.c.name,
            learned_models.c.data,
            learned_models.c.digest,
            learned_models.c.documents,
            learned_models.c.info,
            learned_models.c.trained,
        ).where(learned_models.c.name == name)
    ).first()
    if row is None:
        return None
    return StoredModel(row.name, bytes(row.data), row.digest, row.documents, dict(row.info), row.trained)


def store_model(conn: Connection, name: str, data: bytes, digest: str, documents: int, info: Mapping[str, Any]) -> None:
    conn.execute(delete(learned_models).where(learned_models.c.name == name))
    conn.execute(
        insert(learned_models).values(
            name=name, data=data, digest=digest, documents=documents, info=dict(info), trained=utc_now()
        )
    )


def open_confidence(conn: Connection) -> dict[DocumentId, float]:
    query = (
        select(suggestions.c.document_id, func.avg(suggestions.c.confidence))
        .where(suggestions.c.status == SuggestionStatus.OPEN.value)
        .group_by(suggestions.c.document_id)
    )
    return {DocumentId(doc_id): float(mean) for doc_id, mean in conn.execute(query)}
