"""Suggestions kept apart from annotations: storing a suggester's output, reading it back as spans, review.

A stored suggestion is shown to front ends as a ``Span`` whose id is the suggestion's id (its
own id space, not a span id), origin ``suggested``, the suggester as annotator and its
confidence and rule in the note; suggested links come as ``Relation``s between those ids.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, Protocol

import regex

from sqlalchemy import delete, select
from sqlalchemy.engine import Connection

from kathan.edits import AddSpans, Batch, Edit, SetSuggestionStatus
from kathan.model import (
    DocumentId,
    Fragment,
    Origin,
    Relation,
    RelationId,
    Review,
    Span,
    SpanId,
    SuggestionStatus,
)
from kathan.schema import Schema
from kathan.validate import check_relation, check_span
from storage import reads
from storage.bulk import insert_rows, insert_rows_returning_ids, json_text
from storage.errors import ConflictError, NotFoundError, RelationError, SpanError
from storage.rows import suggestion_links, suggestions, to_micros, utc_now


class LinkLike(Protocol):
    type: str
    tail: str
    confidence: float


class SuggestionLike(Protocol):
    """What ``kathan.suggest.Suggestion`` offers (storage does not import the detector)."""

    key: str
    label: str
    fragments: tuple[Fragment, ...]
    confidence: float
    attributes: Mapping[str, str]
    links: Sequence[LinkLike]
    rule: str


SUGGESTION_COLUMNS = (
    "document_id",
    "suggester",
    "label",
    "start",
    "end",
    "fragments",
    "attributes",
    "confidence",
    "rule",
    "status",
    "created",
)


def store(
    conn: Connection, schema: Schema, doc_id: int, text: str, suggester: str, proposed: Sequence[SuggestionLike]
) -> int:
    """Replace ``suggester``'s open suggestions for the document with ``proposed``; returns how many were kept.

    A proposal is dropped when the document already has a span, or a reviewed (accepted or
    rejected) suggestion, with the same label and fragments: rejections are not offered again.
    A proposal that does not fit the text or the schema is refused (``SpanError``), and so is
    a link the schema does not allow or to a key not proposed (``RelationError``).
    """
    labels = {item.key: item.label for item in proposed}
    for item in proposed:
        reason = check_span(schema, text, item.label, item.fragments, item.attributes)
        if reason:
            raise SpanError(f"suggestion {item.key} of {suggester}: {reason}")
        for link in item.links:
            if link.tail not in labels:
                raise RelationError(f"suggestion {item.key} of {suggester} links to {link.tail!r}, which it did not suggest")
            reason = check_relation(schema, link.type, item.label, labels[link.tail])
            if reason:
                raise RelationError(f"suggestion {item.key} of {suggester}: {reason}")
    conn.execute(
        delete(suggestions).where(
            suggestions.c.document_id == doc_id,
            suggestions.c.suggester == suggester,
            suggestions.c.status == SuggestionStatus.OPEN.value,
        )
    )
    seen = _known_shapes(conn, doc_id, text)
    kept: list[SuggestionLike] = []
    for item in proposed:
        shape = (item.label, loose_fragments(text, fragments_of(item.fragments)))
        if shape not in seen:
            seen.add(shape)
            kept.append(item)
    stamp = to_micros(utc_now())
    rows = [
        (
            doc_id,
            suggester,
            item.label,
            item.fragments[0][0],
            item.fragments[-1][1],
            json_text_list(item.fragments),
            json_text(item.attributes),
            float(item.confidence),
            item.rule,
            SuggestionStatus.OPEN.value,
            stamp,
        )
        for item in kept
    ]
    new_ids = insert_rows_returning_ids(conn, suggestions, SUGGESTION_COLUMNS, rows)
    ids = dict(zip((item.key for item in kept), new_ids, strict=True))
    links = [
        (ids[item.key], ids[link.tail], link.type, float(link.confidence))
        for item in kept
        for link in item.links
        if link.tail in ids
    ]
    insert_rows(conn, suggestion_links, ("head_id", "tail_id", "type", "confidence"), links)
    return len(kept)


def json_text_list(pieces: Iterable[Fragment]) -> str:
    return "[" + ", ".join(f"[{int(s)}, {int(e)}]" for s, e in pieces) + "]"


def fragments_of(pieces: Iterable[Sequence[int]]) -> tuple[Fragment, ...]:
    return tuple((int(s), int(e)) for s, e in pieces)


def loose_fragments(text: str, fragments: Iterable[Fragment]) -> tuple[Fragment, ...]:
    """``fragments`` without the punctuation and spaces at their edges: a quote with or without
    its closing danda (or quotation marks) is the same quote."""
    out = []
    for start, end in fragments:
        while start < end and _LOOSE_EDGE.match(text[end - 1]):
            end -= 1
        while start < end and _LOOSE_EDGE.match(text[start]):
            start += 1
        out.append((start, end))
    return tuple(out)


_LOOSE_EDGE = regex.compile(r"[\p{P}\s]")


def _known_shapes(conn: Connection, doc_id: int, text: str) -> set[tuple[str, tuple[Fragment, ...]]]:
    """(label, loose fragments) of the document's spans and of its reviewed suggestions."""
    shapes = {(s.label, loose_fragments(text, s.fragments)) for s in reads.spans_of(conn, doc_id)}
    reviewed = conn.execute(
        select(suggestions.c.label, suggestions.c.fragments).where(
            suggestions.c.document_id == doc_id, suggestions.c.status != SuggestionStatus.OPEN.value
        )
    )
    shapes.update((label, loose_fragments(text, fragments_of(pieces))) for label, pieces in reviewed)
    return shapes


_COLUMNS = (
    suggestions.c.id,
    suggestions.c.document_id,
    suggestions.c.suggester,
    suggestions.c.label,
    suggestions.c.fragments,
    suggestions.c.attributes,
    suggestions.c.confidence,
    suggestions.c.rule,
    suggestions.c.status,
    suggestions.c.created,
)


def _as_span(row: Any) -> Span:
    sid, doc_id, suggester, label, pieces, attributes, confidence, rule, status, created = row
    note = "; ".join(part for part in (f"confidence {confidence:.2f}", rule, "" if status == "open" else status) if part)
    return Span(
        SpanId(sid),
        DocumentId(doc_id),
        label,
        fragments_of(pieces),
        attributes,
        note,
        suggester,
        Origin.SUGGESTED,
        created,
        created,
    )


def suggested(
    conn: Connection, doc_ids: Sequence[int], open_only: bool
) -> tuple[dict[DocumentId, list[Span]], dict[DocumentId, list[Relation]]]:
    """The documents' suggestions as spans sorted by (start, end, id) and their links as relations."""
    query = select(*_COLUMNS).where(suggestions.c.document_id.in_(doc_ids))
    if open_only:
        query = query.where(suggestions.c.status == SuggestionStatus.OPEN.value)
    query = query.order_by(suggestions.c.document_id, suggestions.c.start, suggestions.c.end, suggestions.c.id)
    by_doc: dict[DocumentId, list[Span]] = {}
    for row in conn.execute(query):
        span = _as_span(row)
        by_doc.setdefault(span.document_id, []).append(span)
    shown = {s.id: s for group in by_doc.values() for s in group}
    links: dict[DocumentId, list[Relation]] = {}
    for chunk in reads.chunked(list(shown)):
        query = (
            select(suggestion_links.c.id, suggestion_links.c.head_id, suggestion_links.c.tail_id, suggestion_links.c.type)
            .where(suggestion_links.c.head_id.in_(chunk))
            .order_by(suggestion_links.c.id)
        )
        for link_id, head, tail, type_ in conn.execute(query):
            if tail in shown:
                head_span = shown[head]
                relation = Relation(
                    RelationId(link_id),
                    head_span.document_id,
                    type_,
                    SpanId(head),
                    SpanId(tail),
                    {},
                    head_span.annotator,
                    Origin.SUGGESTED,
                    head_span.created,
                )
                links.setdefault(head_span.document_id, []).append(relation)
    return by_doc, links


def reviews(conn: Connection, doc_ids: Sequence[int]) -> dict[DocumentId, dict[SpanId, Review]]:
    """Each suggestion's review facts (status, confidence, rule) by document and id."""
    query = select(
        suggestions.c.id, suggestions.c.document_id, suggestions.c.status, suggestions.c.confidence, suggestions.c.rule
    ).where(suggestions.c.document_id.in_(doc_ids))
    found: dict[DocumentId, dict[SpanId, Review]] = {}
    for sid, doc_id, status, confidence, rule in conn.execute(query):
        found.setdefault(DocumentId(doc_id), {})[SpanId(sid)] = Review(SuggestionStatus(status), confidence, rule)
    return found


def acceptance(conn: Connection, ids: Sequence[int], annotator: str, text_of: Callable[[int], str]) -> Edit:
    """The edit that accepts open suggestions ``ids`` into ``annotator``'s layer: new spans (origin
    ``suggested``), the links among them and to spans accepted earlier in that layer, and the
    status change; undoable as one step. Other layers' spans are never linked or reused."""
    rows = {row[0]: row for row in conn.execute(select(*_COLUMNS).where(suggestions.c.id.in_(ids)))}
    missing = [i for i in ids if i not in rows]
    if missing:
        raise NotFoundError(f"suggestion {missing[0]} is not in the project")
    closed = [i for i in ids if rows[i][8] != SuggestionStatus.OPEN.value]
    if closed:
        raise ConflictError(f"suggestion {closed[0]} was already {rows[closed[0]][8]}")
    suggested_spans = [_as_span(rows[i]) for i in ids]
    doc_ids = {s.document_id for s in suggested_spans}
    # A suggestion annotated by hand meanwhile (same label and fragments, give or take edge
    # punctuation) becomes that span: accepting it links the span and marks the suggestion,
    # it never makes a twin.
    texts = {d: text_of(d) for d in doc_ids}
    present = {
        (s.document_id, s.label, loose_fragments(texts[d], s.fragments)): s.id
        for d in doc_ids
        for s in reads.spans_of(conn, d)
        if s.annotator == annotator
    }
    placeholder = {
        s.id: present.get((s.document_id, s.label, loose_fragments(texts[s.document_id], s.fragments)), SpanId(-s.id))
        for s in suggested_spans
    }
    new_spans = [s for s in suggested_spans if placeholder[s.id] < 0]
    earlier = accepted_spans(conn, doc_ids, annotator)
    relations: list[Relation] = []
    query = select(suggestion_links.c.head_id, suggestion_links.c.tail_id, suggestion_links.c.type).where(
        suggestion_links.c.head_id.in_(ids) | suggestion_links.c.tail_id.in_(ids)
    )
    linked = {
        (r.head, r.tail, r.type)
        for d in doc_ids
        for r in reads.relations_of(conn, d)
    }
    for head, tail, type_ in conn.execute(query):
        head_span = placeholder.get(head) or earlier.get(head)
        tail_span = placeholder.get(tail) or earlier.get(tail)
        if head_span is not None and tail_span is not None and (head_span, tail_span, type_) not in linked:
            linked.add((head_span, tail_span, type_))
            relations.append(
                Relation(RelationId(0), DocumentId(0), type_, head_span, tail_span, annotator=annotator, origin=Origin.SUGGESTED)
            )
    spans_ = tuple(
        Span(placeholder[s.id], s.document_id, s.label, s.fragments, dict(s.attributes), "", annotator, Origin.SUGGESTED)
        for s in new_spans
    )
    ids_ = tuple(ids)
    return Batch(
        (AddSpans(spans_, tuple(relations)), SetSuggestionStatus(ids_, SuggestionStatus.OPEN, SuggestionStatus.ACCEPTED)),
        text=f"Accept {len(ids_)} suggestions" if len(ids_) != 1 else f"Accept {suggested_spans[0].label}",
    )


def accepted_spans(conn: Connection, doc_ids: Iterable[int], annotator: str | None = None) -> dict[int, SpanId]:
    """Accepted suggestions of these documents mapped to the span they became, if still there
    (in ``annotator``'s layer only, when given).

    That is the span with the suggestion's label and fragments; failing that (the annotator
    fixed its boundary after accepting it, as Shift+Enter invites), the accepted span of that
    label overlapping it most that no other accepted suggestion matches exactly.
    """
    found: dict[int, SpanId] = {}
    for doc_id in doc_ids:
        spans_ = [s for s in reads.spans_of(conn, doc_id) if annotator is None or s.annotator == annotator]
        by_shape = {(s.label, s.fragments): s.id for s in spans_}
        query = select(suggestions.c.id, suggestions.c.label, suggestions.c.fragments).where(
            suggestions.c.document_id == doc_id, suggestions.c.status == SuggestionStatus.ACCEPTED.value
        )
        unmatched: list[tuple[int, str, tuple[Fragment, ...]]] = []
        for sid, label, pieces in conn.execute(query):
            span_id = by_shape.get((label, fragments_of(pieces)))
            if span_id is not None:
                found[sid] = span_id
            else:
                unmatched.append((sid, label, fragments_of(pieces)))
        taken = set(found.values())
        for sid, label, pieces in unmatched:
            overlaps = [
                (_overlap(pieces, s.fragments), -s.id, s.id)
                for s in spans_
                if s.label == label and s.origin == Origin.SUGGESTED and s.id not in taken
            ]
            best = max((o for o in overlaps if o[0] > 0), default=None)
            if best is not None:
                found[sid] = best[2]
                taken.add(best[2])
    return found


def _overlap(a: Sequence[Fragment], b: Sequence[Fragment]) -> int:
    """How many code points two fragment lists share."""
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def set_status(conn: Connection, edit: SetSuggestionStatus) -> None:
    ids = tuple(dict.fromkeys(edit.ids))
    current = dict(conn.execute(select(suggestions.c.id, suggestions.c.status).where(suggestions.c.id.in_(ids))).all())
    for sid in ids:
        if sid not in current:
            raise NotFoundError(f"suggestion {sid} is not in the project")
        if current[sid] != edit.before.value:
            raise ConflictError(f"suggestion {sid} is {current[sid]} now, not {edit.before.value}")
    for chunk in reads.chunked(ids):
        conn.execute(suggestions.update().where(suggestions.c.id.in_(chunk)).values(status=edit.after.value))

