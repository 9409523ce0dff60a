"""Edits as plain frozen values, for undo: ``Workspace.apply(edit)`` applies one and returns its inverse.

An inverse is itself an edit, so undo applies the inverse and keeps the inverse's inverse for
redo. Ids survive the round trip: a span given with an id (not 0) is re-inserted with that very
id, attributes, annotator and times, so deleting a span and undoing brings back exactly what
was there, relations included, and a redo after an undo finds the same ids again.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from kathan.model import (
    DocumentId,
    DocumentStatus,
    Fragment,
    Origin,
    Relation,
    RelationId,
    Span,
    SpanId,
    SuggestionStatus,
)


@dataclass(frozen=True, slots=True)
class AddSpans:
    """Insert spans and then relations.

    A span's id says what it is: 0, a new span; negative, a new span that this edit's
    relations refer to by that (placeholder) id; positive, a span restored with that id,
    attributes, annotator and times as given. Relations may also link spans already stored.
    """

    spans: tuple[Span, ...]
    relations: tuple[Relation, ...] = ()

    @property
    def description(self) -> str:
        return _counted("Add", len(self.spans), "span", self.spans[0].label if self.spans else "")


@dataclass(frozen=True, slots=True)
class DeleteSpans:
    """Delete spans; their fragments and relations go with them (and come back on undo)."""

    ids: tuple[SpanId, ...]

    @property
    def description(self) -> str:
        return _counted("Delete", len(self.ids), "span")


@dataclass(frozen=True, slots=True)
class UpdateSpan:
    """Change a span's label, fragments, attributes or note from ``before`` to ``after``.

    Refused when the stored span no longer matches ``before`` (another window changed it).
    ``after.updated`` of None means now; an inverse carries the old time, so undo restores it.
    """

    before: Span
    after: Span

    @property
    def description(self) -> str:
        before, after = self.before, self.after
        if before.label != after.label:
            return f"Relabel {before.label} as {after.label}"
        if before.fragments != after.fragments:
            return f"Resize {after.label}"
        if before.attributes != after.attributes:
            return f"Edit attributes of {after.label}"
        if before.note != after.note:
            return f"Edit note of {after.label}"
        return f"Edit {after.label}"


@dataclass(frozen=True, slots=True)
class AddRelations:
    """Insert relations (id 0: a new id; otherwise that id, restored as given)."""

    relations: tuple[Relation, ...]

    @property
    def description(self) -> str:
        return _counted("Link", len(self.relations), "relation", self.relations[0].type if self.relations else "")


@dataclass(frozen=True, slots=True)
class DeleteRelations:
    ids: tuple[RelationId, ...]

    @property
    def description(self) -> str:
        return _counted("Delete", len(self.ids), "relation")


@dataclass(frozen=True, slots=True)
class SetStatus:
    """Move a document from status ``before`` to ``after``; refused if it is no longer ``before``."""

    document_id: DocumentId
    before: DocumentStatus
    after: DocumentStatus

    @property
    def description(self) -> str:
        return f"Mark document {self.after.value.replace('_', ' ')}"


@dataclass(frozen=True, slots=True)
class SetSuggestionStatus:
    """Move stored suggestions from review status ``before`` to ``after``; refused if one is no longer ``before``.

    Accepting is a ``Batch`` of ``AddSpans`` (the new spans) and this; rejecting is this alone.
    """

    ids: tuple[int, ...]
    before: SuggestionStatus
    after: SuggestionStatus

    @property
    def description(self) -> str:
        verb = {"accepted": "Accept", "rejected": "Reject"}.get(self.after.value, "Reopen")
        return _counted(verb, len(self.ids), "suggestion")


@dataclass(frozen=True, slots=True)
class Batch:
    """Several edits applied in order in one transaction; its inverse undoes them in reverse order."""

    edits: tuple[Edit, ...]
    text: str = ""
    """What the user did, for the Edit menu; empty: described from the edits."""

    @property
    def description(self) -> str:
        if self.text:
            return self.text
        if len(self.edits) == 1:
            return self.edits[0].description
        return f"{len(self.edits)} edits"


Edit = AddSpans | DeleteSpans | UpdateSpan | AddRelations | DeleteRelations | SetStatus | SetSuggestionStatus | Batch


def _counted(verb: str, count: int, noun: str, kind: str = "") -> str:
    if count == 1:
        return f"{verb} {kind or noun}" if kind else f"{verb} {noun}"
    return f"{verb} {count} {noun}s"


def new_span(
    doc_id: int,
    label: str,
    fragments: Sequence[Fragment],
    attributes: Mapping[str, str] | None = None,
    note: str = "",
    origin: Origin = Origin.MANUAL,
) -> Span:
    """A span not stored yet (id 0), for ``AddSpans``; the Workspace signs and dates it."""
    return Span(SpanId(0), DocumentId(doc_id), label, tuple(fragments), dict(attributes or {}), note, origin=origin)


def new_relation(type_: str, head: int, tail: int, attributes: Mapping[str, str] | None = None) -> Relation:
    """A relation not stored yet (id 0), for ``AddRelations``; its document is the one of its spans."""
    return Relation(RelationId(0), DocumentId(0), type_, SpanId(head), SpanId(tail), dict(attributes or {}))
