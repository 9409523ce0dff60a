"""What a suggester returns: suggested spans with a confidence and links between them.

A ``Suggestion`` is a span proposal (label, fragments, attributes) with a key local to one
``suggest()`` call and the relations it heads (``said_by``, ``cued_by``, ``same_as``), each
pointing at another suggestion's key. ``to_records`` turns them into the ``kathan.model``
import records (origin ``suggested``) that storage already knows how to hold.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from kathan.model import (
    AnnotatedDocument,
    Document,
    Fragment,
    Fragmented,
    Origin,
    Relation,
    RelationId,
    RelationRecord,
    Span,
    SpanId,
    SpanRecord,
)


@dataclass(frozen=True, slots=True)
class SuggestedLink:
    """A relation from the suggestion that holds it to the suggestion keyed ``tail``."""

    type: str
    tail: str
    confidence: float = 1.0


@dataclass(frozen=True, slots=True)
class Suggestion(Fragmented):
    """One proposed span.

    Invariants: ``key`` is unique within one ``suggest()`` result; ``fragments`` are sorted,
    non-empty, non-overlapping code-point ranges on grapheme boundaries; ``0 <= confidence <= 1``;
    every link's ``tail`` is the key of another suggestion in the same result.
    """

    key: str
    label: str
    fragments: tuple[Fragment, ...]
    confidence: float
    attributes: Mapping[str, str] = field(default_factory=dict)
    links: tuple[SuggestedLink, ...] = ()
    rule: str = ""
    """Which rule proposed it, shown to the reviewer as the reason."""

    def link(self, type_: str) -> SuggestedLink | None:
        """The first link of type ``type_``, or None."""
        return next((link for link in self.links if link.type == type_), None)


@runtime_checkable
class Suggester(Protocol):
    """Anything that proposes annotations for a document: rules, a spaCy or transformers model.

    ``suggest`` must be pure with respect to the document (no storage, no GUI) and should
    return quickly; front ends run it off the GUI thread.
    """

    name: str

    def suggest(self, document: Document) -> list[Suggestion]: ...


def to_records(
    suggestions: Sequence[Suggestion], suggester: str = ""
) -> tuple[tuple[SpanRecord, ...], tuple[RelationRecord, ...]]:
    """Import records (origin ``suggested``) for ``suggestions``; the suggester's name and the
    confidence travel in ``note`` and the relation attributes' absence keeps them schema-valid."""
    spans = tuple(
        SpanRecord(
            key=s.key,
            label=s.label,
            fragments=s.fragments,
            attributes=dict(s.attributes),
            note=_note(suggester, s.confidence, s.rule),
            annotator=suggester,
            origin=Origin.SUGGESTED,
        )
        for s in suggestions
    )
    relations = tuple(
        RelationRecord(
            key=f"{s.key}-{link.type}-{link.tail}",
            type=link.type,
            head=s.key,
            tail=link.tail,
            annotator=suggester,
            origin=Origin.SUGGESTED,
        )
        for s in suggestions
        for link in s.links
    )
    return spans, relations


def _note(suggester: str, confidence: float, rule: str) -> str:
    parts = [f"suggested by {suggester}" if suggester else "suggested", f"confidence {confidence:.2f}"]
    if rule:
        parts.append(rule)
    return "; ".join(parts)


def to_annotated(document: Document, suggestions: Iterable[Suggestion]) -> AnnotatedDocument:
    """An ``AnnotatedDocument`` holding the suggestions as spans (ids in key order), for
    evaluation and for exporting suggestions instead of annotations."""
    ordered = sorted(suggestions, key=lambda s: (s.start, s.end, s.key))
    ids = {s.key: SpanId(i) for i, s in enumerate(ordered, start=1)}
    spans = tuple(
        Span(
            id=ids[s.key],
            document_id=document.id,
            label=s.label,
            fragments=s.fragments,
            attributes=dict(s.attributes),
            origin=Origin.SUGGESTED,
        )
        for s in ordered
    )
    relations: list[Relation] = []
    for s in ordered:
        for link in s.links:
            if link.tail in ids:
                relations.append(
                    Relation(
                        id=RelationId(len(relations) + 1),
                        document_id=document.id,
                        type=link.type,
                        head=ids[s.key],
                        tail=ids[link.tail],
                        origin=Origin.SUGGESTED,
                    )
                )
    return AnnotatedDocument(document=document, spans=spans, relations=tuple(relations))
