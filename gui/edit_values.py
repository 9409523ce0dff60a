"""Builds ``kathan.edits`` values for the controller: the one place that knows their shapes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from kathan.edits import (
    AddRelations,
    AddSpans,
    Batch,
    DeleteRelations,
    DeleteSpans,
    Edit,
    SetStatus,
    SetSuggestionStatus,
    UpdateSpan,
    new_relation,
    new_span,
)
from kathan.model import DocumentId, DocumentStatus, Fragment, RelationId, Span, SpanId, SuggestionStatus


def add_span(doc_id: DocumentId, label: str, fragments: tuple[Fragment, ...], annotator: str = "") -> Edit:
    """A new span, signed ``annotator`` (gold, while adjudicating) or, when empty, by the Workspace's annotator."""
    return AddSpans((replace(new_span(doc_id, label, fragments), annotator=annotator),))


def add_spans_batch(doc_id: DocumentId, label: str, fragment_lists: Sequence[tuple[Fragment, ...]], text: str) -> Edit:
    """One ``Batch`` adding a span per fragment list: one undo step for "label all matches"."""
    return Batch(tuple(add_span(doc_id, label, f) for f in fragment_lists), text=text)


def delete_spans(span_ids: Sequence[SpanId]) -> Edit:
    return DeleteSpans(tuple(span_ids))


def update_span(before: Span, **changes: Any) -> Edit:
    """Change ``before``'s label, fragments, attributes or note; ``updated`` None means now."""
    return UpdateSpan(before, replace(before, updated=None, **changes))


def add_relation(doc_id: DocumentId, type_: str, head: SpanId, tail: SpanId) -> Edit:
    return AddRelations((replace(new_relation(type_, head, tail), document_id=doc_id),))


def delete_relations(relation_ids: Sequence[RelationId]) -> Edit:
    return DeleteRelations(tuple(relation_ids))


def set_status(doc_id: DocumentId, before: DocumentStatus, after: DocumentStatus) -> Edit:
    return SetStatus(doc_id, before, after)


def reject_suggestions(suggestion_ids: Sequence[int]) -> Edit:
    """Open suggestions become rejected: kept, so the suggester does not offer them again.

    (Accepting is built by ``Workspace.acceptance``, which knows the suggestions' links.)
    """
    return SetSuggestionStatus(tuple(suggestion_ids), SuggestionStatus.OPEN, SuggestionStatus.REJECTED)
