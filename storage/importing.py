"""Imports ``DocumentRecord``s: every record checked first, then all written in one transaction.

Checking collects every problem (``record.source:line``) before anything is written, so an
import either stores everything or raises ``InputError`` and leaves the project as it was.
Writing uses Core executemany in batches: ORM objects are an order of magnitude slower.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.engine import Connection

from kathan.model import DocumentId, DocumentRecord, Problem
from kathan.schema import Schema
from kathan.validate import check_relation, check_span
from storage.applying import annotator_id, check_relation_attributes
from storage.engine import reserve_ids
from storage.rows import documents, fragments, relations, spans

Progress = Callable[[int], None]
BATCH = 500
"""Documents written per executemany round (and per progress report)."""


def sha256_of(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Plan:
    """What an import will write: the records to store and those skipped as already present."""

    records: list[DocumentRecord]
    hashes: list[str]
    skipped: list[DocumentRecord]


def check_records(
    records: Sequence[DocumentRecord], schema: Schema, existing: Mapping[str, str]
) -> tuple[Plan, list[Problem]]:
    """The import plan and every problem found; a record is checked completely even after a problem."""
    problems: list[Problem] = []
    keep: list[DocumentRecord] = []
    hashes: list[str] = []
    skipped: list[DocumentRecord] = []
    seen: dict[str, DocumentRecord] = {}
    for record in records:
        where = record.source or "<input>"

        def fail(message: str, line: int = 0, record: DocumentRecord = record, where: str = where) -> None:
            problems.append(Problem(where, line or record.line, message))

        if not record.name:
            fail("a document needs a name")
            continue
        if record.name in seen:
            first = seen[record.name]
            fail(f"document name {record.name!r} appears twice in the input (first at {first.source}:{first.line})")
            continue
        seen[record.name] = record
        digest = sha256_of(record.text)
        if record.name in existing:
            if existing[record.name] == digest and not record.spans and not record.relations:
                skipped.append(record)
                continue
            fail(f"document name {record.name!r} already in project")
            continue
        if not record.text:
            fail(f"document {record.name!r} has no text")
            continue
        before = len(problems)
        labels: dict[str, str] = {}
        for span in record.spans:
            if span.key in labels:
                fail(f"span key {span.key!r} appears twice in document {record.name!r}", span.line)
                continue
            labels[span.key] = span.label
            reason = check_span(schema, record.text, span.label, span.fragments, span.attributes)
            if reason:
                fail(f"span {span.key}: {reason}", span.line)
        links: set[tuple[str, str, str]] = set()
        for relation in record.relations:
            head, tail = labels.get(relation.head), labels.get(relation.tail)
            if head is None or tail is None:
                missing = relation.head if head is None else relation.tail
                fail(f"relation {relation.key}: no span {missing!r} in document {record.name!r}", relation.line)
                continue
            link = (relation.head, relation.tail, relation.type)
            if link in links:
                fail(f"relation {relation.key}: {relation.head} -> {relation.tail} by {relation.type} appears twice", relation.line)
                continue
            links.add(link)
            reason = check_relation(schema, relation.type, head, tail) or check_relation_attributes(
                schema, relation.type, relation.attributes
            )
            if reason:
                fail(f"relation {relation.key}: {reason}", relation.line)
        if len(problems) == before:
            keep.append(record)
            hashes.append(digest)
    return Plan(keep, hashes, skipped), problems


def write_records(
    conn: Connection, plan: Plan, default_annotator: str, now: datetime, progress: Progress | None
) -> list[DocumentId]:
    """Insert the planned records; the caller's transaction makes it all or nothing."""
    annotator_ids: dict[str, int | None] = {}

    def annotator(name: str) -> int | None:
        name = name or default_annotator
        if name not in annotator_ids:
            annotator_ids[name] = annotator_id(conn, name, now)
        return annotator_ids[name]

    added: list[DocumentId] = []
    for first in range(0, len(plan.records), BATCH):
        batch = plan.records[first : first + BATCH]
        doc_rows = [
            {
                "name": r.name,
                "title": r.title,
                "text": r.text,
                "length": len(r.text),
                "sha256": digest,
                "language": r.language,
                "meta": dict(r.meta),
                "status": r.status.value,
            }
            for r, digest in zip(batch, plan.hashes[first : first + BATCH], strict=True)
        ]
        doc_ids = _insert_returning_ids(conn, documents, doc_rows, created=now, updated=now)
        span_rows: list[dict[str, Any]] = []
        span_owner: list[tuple[int, int, Any]] = []  # (document id, length, record) per span row
        for doc_id, record in zip(doc_ids, batch, strict=True):
            for span in record.spans:
                span_rows.append(
                    {
                        "document_id": doc_id,
                        "label": span.label,
                        "start": span.fragments[0][0],
                        "end": span.fragments[-1][1],
                        "attributes": dict(span.attributes),
                        "note": span.note,
                        "annotator_id": annotator(span.annotator),
                        "origin": span.origin.value,
                    }
                )
                span_owner.append((doc_id, len(record.text), span))
        span_ids = _insert_returning_ids(conn, spans, span_rows, created=now, updated=now) if span_rows else []
        fragment_rows = [
            {"span_id": span_id, "start": s, "end": e, "document_id": doc_id, "doc_length": length}
            for span_id, (doc_id, length, span) in zip(span_ids, span_owner, strict=True)
            for s, e in span.fragments
        ]
        if fragment_rows:
            conn.execute(insert(fragments), fragment_rows)
        relation_rows: list[dict[str, Any]] = []
        position = 0
        for doc_id, record in zip(doc_ids, batch, strict=True):
            keys = {span.key: span_ids[position + i] for i, span in enumerate(record.spans)}
            position += len(record.spans)
            relation_rows.extend(
                {
                    "document_id": doc_id,
                    "type": relation.type,
                    "head_id": keys[relation.head],
                    "tail_id": keys[relation.tail],
                    "attributes": dict(relation.attributes),
                    "annotator_id": annotator(relation.annotator),
                    "origin": relation.origin.value,
                }
                for relation in record.relations
            )
        if relation_rows:
            conn.execute(insert(relations).values(created=now), relation_rows)
        added.extend(DocumentId(i) for i in doc_ids)
        if progress is not None:
            progress(len(batch))
    return added


def _insert_returning_ids(conn: Connection, table: Any, rows: list[dict[str, Any]], **same: Any) -> list[int]:
    """Insert ``rows`` (plus the ``same`` values in each) and return their new ids in the order of ``rows``."""
    statement = insert(table).values(**same)  # bound once, not converted again for every row
    first = reserve_ids(conn, table.name, len(rows))
    if first is None:
        return list(conn.execute(statement.returning(table.c.id, sort_by_parameter_order=True), rows).scalars())
    ids = list(range(first, first + len(rows)))
    for row, new_id in zip(rows, ids, strict=True):
        row["id"] = new_id
    conn.execute(statement, rows)
    return ids
