"""Applies edit values inside one write transaction and works out each edit's inverse.

Every rule about what may be stored comes from ``kathan.validate``; this module only asks it,
turns a refusal into a ``KathanError`` and leaves the rollback to the caller's transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.engine import Connection

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
)
from kathan.model import Changes, DocumentId, Relation, RelationId, Span, SpanId
from kathan.schema import Schema
from kathan.validate import check_relation, check_span
from storage import reads, suggesting
from storage.errors import ConflictError, NotFoundError, RelationError, SpanError
from storage.rows import annotators, documents, fragments, relations, spans, utc_now

TextOf = Callable[[Connection, int], str]
"""A document's text by id (cached by the Workspace: texts never change)."""


def annotator_id(conn: Connection, name: str, now: datetime) -> int | None:
    """The id of annotator ``name``, registering the name on first use; None for no name."""
    if not name:
        return None
    found = conn.execute(select(annotators.c.id).where(annotators.c.name == name)).scalar_one_or_none()
    if found is not None:
        return found
    return conn.execute(insert(annotators).values(name=name, created=now)).inserted_primary_key[0]


def check_relation_attributes(schema: Schema, type_: str, attributes: Mapping[str, str]) -> str | None:
    """The reason ``attributes`` do not fit relation type ``type_``, or None."""
    spec = schema.relation(type_)
    if spec is None:
        return None  # check_relation reports the unknown type
    for key, value in attributes.items():
        attr = next((a for a in spec.attributes if a.name == key), None)
        if attr is None:
            return f"relation {type_} has no attribute {key!r}"
        if not attr.allows(value):
            return f"attribute {key}={value!r} of {type_} is not one of {', '.join(attr.values)}"
    return None


class Applier:
    """Applies edits on one connection inside its transaction; ``annotator`` signs new spans and relations."""

    def __init__(self, conn: Connection, schema: Schema, annotator: str, text_of: TextOf) -> None:
        self.conn = conn
        self.schema = schema
        self.annotator = annotator
        self.text_of = text_of
        self.now = utc_now()
        self._annotator_ids: dict[str, int | None] = {}

    def apply(self, edit: Edit) -> tuple[Changes, Edit]:
        match edit:
            case AddSpans():
                return self.add_spans(edit)
            case DeleteSpans():
                return self.delete_spans(edit)
            case UpdateSpan():
                return self.update_span(edit)
            case AddRelations():
                changes, added = self.add_relations(edit.relations)
                return changes, DeleteRelations(tuple(r.id for r in added))
            case DeleteRelations():
                return self.delete_relations(edit)
            case SetStatus():
                return self.set_status(edit)
            case SetSuggestionStatus():
                suggesting.set_status(self.conn, edit)
                inverse = SetSuggestionStatus(edit.ids, edit.after, edit.before)
                return Changes(suggestions_updated=tuple(edit.ids)), inverse
            case Batch():
                return self.batch(edit)
        raise TypeError(f"not an edit: {edit!r}")

    def annotator_id(self, name: str) -> int | None:
        if name not in self._annotator_ids:
            self._annotator_ids[name] = annotator_id(self.conn, name, self.now)
        return self._annotator_ids[name]

    # spans

    def add_spans(self, edit: AddSpans) -> tuple[Changes, Edit]:
        added = [self.insert_span(span) for span in edit.spans]
        placeholders = {s.id: a.id for s, a in zip(edit.spans, added, strict=True) if s.id < 0}
        if len(placeholders) != sum(1 for s in edit.spans if s.id < 0):
            raise SpanError("two new spans of one edit share a placeholder id")
        links = tuple(
            replace(r, head=placeholders.get(r.head, r.head), tail=placeholders.get(r.tail, r.tail))
            for r in edit.relations
        )
        changes, new_relations = self.add_relations(links)
        span_ids = tuple(s.id for s in added)
        own = set(span_ids)
        loose = tuple(r.id for r in new_relations if r.head not in own and r.tail not in own)
        inverse: Edit = DeleteSpans(span_ids)
        if loose:
            inverse = Batch((DeleteRelations(loose), inverse))
        return Changes(spans_added=tuple(added)).merged(changes), inverse

    def insert_span(self, span: Span) -> Span:
        text = self.text_of(self.conn, span.document_id)
        reason = check_span(self.schema, text, span.label, span.fragments, span.attributes)
        if reason:
            raise SpanError(f"cannot add {span.label} span {list(span.fragments)}: {reason}")
        annotator = span.annotator or self.annotator
        stored = replace(
            span,
            fragments=tuple((int(s), int(e)) for s, e in span.fragments),
            attributes=dict(span.attributes),
            annotator=annotator,
            created=span.created or self.now,
            updated=span.updated or span.created or self.now,
        )
        values: dict[str, Any] = {
            "document_id": span.document_id,
            "label": span.label,
            "start": stored.start,
            "end": stored.end,
            "attributes": stored.attributes,
            "note": span.note,
            "annotator_id": self.annotator_id(annotator),
            "origin": span.origin.value,
            "created": stored.created,
            "updated": stored.updated,
            "external_key": span.key,
        }
        if span.id > 0:
            if self.conn.execute(select(spans.c.id).where(spans.c.id == span.id)).first() is not None:
                raise ConflictError(f"span {span.id} exists already (it was restored elsewhere)")
            values["id"] = span.id
        new_id = self.conn.execute(insert(spans).values(values)).inserted_primary_key[0]
        self.insert_fragments(new_id, span.document_id, len(text), stored.fragments)
        return replace(stored, id=SpanId(new_id))

    def insert_fragments(self, span_id: int, doc_id: int, length: int, pieces: Sequence[tuple[int, int]]) -> None:
        self.conn.execute(
            insert(fragments),
            [
                {"span_id": span_id, "start": s, "end": e, "document_id": doc_id, "doc_length": length}
                for s, e in pieces
            ],
        )

    def stored_spans(self, ids: Sequence[int]) -> list[Span]:
        found = reads.spans_by_id(self.conn, ids)
        missing = [i for i in ids if i not in found]
        if missing:
            raise NotFoundError(f"span {missing[0]} is not in the project (deleted elsewhere?)")
        return [found[SpanId(i)] for i in ids]

    def delete_spans(self, edit: DeleteSpans) -> tuple[Changes, Edit]:
        ids = tuple(dict.fromkeys(edit.ids))
        gone = self.stored_spans(ids)
        gone_relations = tuple(reads.relations_touching(self.conn, ids).values())
        for chunk in reads.chunked(ids):
            self.conn.execute(delete(spans).where(spans.c.id.in_(chunk)))
        changes = Changes(spans_removed=ids, relations_removed=tuple(r.id for r in gone_relations))
        return changes, AddSpans(tuple(gone), gone_relations)

    def update_span(self, edit: UpdateSpan) -> tuple[Changes, Edit]:
        before, after = edit.before, edit.after
        if after.id != before.id or after.document_id != before.document_id:
            raise SpanError(f"an update cannot turn span {before.id} into another span or move it to another document")
        (current,) = self.stored_spans((before.id,))
        if _content(current) != _content(before):
            raise ConflictError(f"span {before.id} was changed elsewhere; reload the document")
        text = self.text_of(self.conn, current.document_id)
        reason = check_span(self.schema, text, after.label, after.fragments, after.attributes)
        if reason:
            raise SpanError(f"cannot change {current.label} span {current.id}: {reason}")
        if after.label != current.label:
            self.check_relations_allow(current, after.label)
        stored = replace(
            current,
            label=after.label,
            fragments=tuple((int(s), int(e)) for s, e in after.fragments),
            attributes=dict(after.attributes),
            note=after.note,
            updated=after.updated or self.now,
        )
        self.conn.execute(
            update(spans)
            .where(spans.c.id == current.id)
            .values(
                label=stored.label,
                start=stored.start,
                end=stored.end,
                attributes=stored.attributes,
                note=stored.note,
                updated=stored.updated,
            )
        )
        if stored.fragments != current.fragments:
            self.conn.execute(delete(fragments).where(fragments.c.span_id == current.id))
            self.insert_fragments(current.id, current.document_id, len(text), stored.fragments)
        return Changes(spans_updated=(stored,)), UpdateSpan(stored, current)

    def describe(self, span: Span) -> str:
        """A span as a user knows it: its label and the start of its text (never its id)."""
        excerpt = " ".join(span.text_in(self.text_of(self.conn, span.document_id), " … ").split())
        return f"{span.label} “{excerpt[:29] + '…' if len(excerpt) > 30 else excerpt}”"

    def check_relations_allow(self, span: Span, label: str) -> None:
        """Refuse relabelling ``span`` as ``label`` when one of its relations would no longer fit."""
        linked = reads.relations_touching(self.conn, (span.id,)).values()
        others = reads.spans_by_id(self.conn, [r.tail if r.head == span.id else r.head for r in linked])
        for relation in linked:
            head = label if relation.head == span.id else others[relation.head].label
            tail = label if relation.tail == span.id else others[relation.tail].label
            reason = check_relation(self.schema, relation.type, head, tail)
            if reason:
                other = others[relation.tail if relation.head == span.id else relation.head]
                raise SpanError(
                    f"cannot relabel {self.describe(span)} as {label}: {reason} "
                    f"(delete its {relation.type} link with {self.describe(other)} first)"
                )

    # relations

    def add_relations(self, new: Sequence[Relation]) -> tuple[Changes, list[Relation]]:
        if not new:
            return Changes(), []
        ends = reads.spans_by_id(self.conn, list({i for r in new for i in (r.head, r.tail)}))
        added = [self.insert_relation(relation, ends) for relation in new]
        return Changes(relations_added=tuple(added)), added

    def insert_relation(self, relation: Relation, ends: Mapping[SpanId, Span]) -> Relation:
        head, tail = ends.get(relation.head), ends.get(relation.tail)
        if head is None or tail is None:
            missing = relation.head if head is None else relation.tail
            raise NotFoundError(f"cannot link {relation.type}: span {missing} is not in the project")
        if head.document_id != tail.document_id:
            raise RelationError(f"cannot link {relation.type}: spans {head.id} and {tail.id} are in different documents")
        if relation.document_id and relation.document_id != head.document_id:
            raise RelationError(f"cannot link {relation.type}: span {head.id} is not in document {relation.document_id}")
        reason = check_relation(self.schema, relation.type, head.label, tail.label) or check_relation_attributes(
            self.schema, relation.type, relation.attributes
        )
        if reason:
            raise RelationError(f"cannot link {self.describe(head)} to {self.describe(tail)}: {reason}")
        twin = self.conn.execute(
            select(relations.c.id).where(
                relations.c.head_id == head.id, relations.c.tail_id == tail.id, relations.c.type == relation.type
            )
        ).first()
        if twin is not None:
            raise RelationError(f"{self.describe(head)} is already linked to {self.describe(tail)} by {relation.type}")
        annotator = relation.annotator or self.annotator
        stored = replace(
            relation,
            document_id=DocumentId(head.document_id),
            attributes=dict(relation.attributes),
            annotator=annotator,
            created=relation.created or self.now,
        )
        values: dict[str, Any] = {
            "document_id": stored.document_id,
            "type": relation.type,
            "head_id": head.id,
            "tail_id": tail.id,
            "attributes": stored.attributes,
            "annotator_id": self.annotator_id(annotator),
            "origin": relation.origin.value,
            "created": stored.created,
            "external_key": relation.key,
        }
        if relation.id:
            if self.conn.execute(select(relations.c.id).where(relations.c.id == relation.id)).first() is not None:
                raise ConflictError(f"relation {relation.id} exists already (it was restored elsewhere)")
            values["id"] = relation.id
        new_id = self.conn.execute(insert(relations).values(values)).inserted_primary_key[0]
        return replace(stored, id=RelationId(new_id))

    def delete_relations(self, edit: DeleteRelations) -> tuple[Changes, Edit]:
        ids = tuple(dict.fromkeys(edit.ids))
        found = reads.relations_by_id(self.conn, ids)
        missing = [i for i in ids if i not in found]
        if missing:
            raise NotFoundError(f"relation {missing[0]} is not in the project (deleted elsewhere?)")
        for chunk in reads.chunked(ids):
            self.conn.execute(delete(relations).where(relations.c.id.in_(chunk)))
        return Changes(relations_removed=ids), AddRelations(tuple(found[RelationId(i)] for i in ids))

    # documents and batches

    def set_status(self, edit: SetStatus) -> tuple[Changes, Edit]:
        status = self.conn.execute(
            select(documents.c.status).where(documents.c.id == edit.document_id)
        ).scalar_one_or_none()
        if status is None:
            raise NotFoundError(f"no document with id {edit.document_id} in the project")
        if status != edit.before.value:
            raise ConflictError(f"document {edit.document_id} is {status} now, not {edit.before.value}")
        self.conn.execute(
            update(documents)
            .where(documents.c.id == edit.document_id)
            .values(status=edit.after.value, updated=self.now)
        )
        inverse = SetStatus(edit.document_id, edit.after, edit.before)
        return Changes(documents_updated=(edit.document_id,)), inverse

    def batch(self, edit: Batch) -> tuple[Changes, Edit]:
        changes = Changes()
        inverses: list[Edit] = []
        for part in edit.edits:
            part_changes, inverse = self.apply(part)
            changes = changes.merged(part_changes)
            inverses.append(inverse)
        return changes, Batch(tuple(reversed(inverses)), edit.text)


def _content(span: Span) -> tuple[object, ...]:
    """What an UpdateSpan may change, compared to detect edits made elsewhere."""
    return (span.label, tuple(map(tuple, span.fragments)), dict(span.attributes), span.note)
