"""Imports ``DocumentRecord``s: every record checked first, then all written in one transaction.

Checking collects every problem (``record.source:line``) before anything is written, so an
import either stores everything or raises ``InputError`` and leaves the project as it was.
Writing uses Core executemany in batches: ORM objects are an order of magnitude slower.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.engine import Connection

from kathan.model import DocumentId, DocumentRecord, Problem
from kathan.schema import Schema
from kathan.validate import check_relation, check_span
from storage.applying import annotator_id, check_relation_attributes
from storage.bulk import Row, insert_rows, insert_rows_returning_ids, json_text
from storage.rows import documents, fragments, relations, spans, to_micros

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
        control = _control_character(record.name)
        if control:
            fail(f"document name {record.name!r} holds the control character {control}; rename it")
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


def _control_character(name: str) -> str:
    """The first control character (or line or paragraph separator) in ``name``, as U+XXXX, or ""."""
    for char in name:
        if unicodedata.category(char) in ("Cc", "Zl", "Zp"):
            return f"U+{ord(char):04X}"
    return ""


DOCUMENT_COLUMNS = ("name", "title", "text", "length", "sha256", "language", "meta", "status", "created", "updated")
SPAN_COLUMNS = ("document_id", "label", "start", "end", "attributes", "note", "annotator_id", "origin", "created", "updated")
FRAGMENT_COLUMNS = ("span_id", "start", "end", "document_id", "doc_length")
RELATION_COLUMNS = ("document_id", "type", "head_id", "tail_id", "attributes", "annotator_id", "origin", "created")


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

    stamp = to_micros(now)
    added: list[DocumentId] = []
    for first in range(0, len(plan.records), BATCH):
        batch = plan.records[first : first + BATCH]
        doc_rows = [
            (r.name, r.title, r.text, len(r.text), digest, r.language, json_text(r.meta), r.status.value, stamp, stamp)
            for r, digest in zip(batch, plan.hashes[first : first + BATCH], strict=True)
        ]
        doc_ids = insert_rows_returning_ids(conn, documents, DOCUMENT_COLUMNS, doc_rows)
        span_rows: list[Row] = []
        for doc_id, record in zip(doc_ids, batch, strict=True):
            span_rows.extend(
                (
                    doc_id,
                    span.label,
                    span.fragments[0][0],
                    span.fragments[-1][1],
                    json_text(span.attributes),
                    span.note,
                    annotator(span.annotator),
                    span.origin.value,
                    stamp,
                    stamp,
                )
                for span in record.spans
            )
        span_ids = insert_rows_returning_ids(conn, spans, SPAN_COLUMNS, span_rows)
        fragment_rows: list[Row] = []
        relation_rows: list[Row] = []
        position = 0
        for doc_id, record in zip(doc_ids, batch, strict=True):
            length = len(record.text)
            keys: dict[str, int] = {}
            for span in record.spans:
                span_id = keys[span.key] = span_ids[position]
                position += 1
                fragment_rows.extend((span_id, s, e, doc_id, length) for s, e in span.fragments)
            relation_rows.extend(
                (
                    doc_id,
                    relation.type,
                    keys[relation.head],
                    keys[relation.tail],
                    json_text(relation.attributes),
                    annotator(relation.annotator),
                    relation.origin.value,
                    stamp,
                )
                for relation in record.relations
            )
        insert_rows(conn, fragments, FRAGMENT_COLUMNS, fragment_rows)
        insert_rows(conn, relations, RELATION_COLUMNS, relation_rows)
        added.extend(DocumentId(i) for i in doc_ids)
        if progress is not None:
            progress(len(batch))
    return added
