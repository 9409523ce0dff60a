"""Imports ``DocumentRecord``s: every record checked first, then all written in one transaction.

Checking collects every problem (``record.source:line``) before anything is written, so an
import either stores everything or raises ``InputError`` and leaves the project as it was.
Writing uses Core executemany in batches: ORM objects are an order of magnitude slower.

A record whose text (sha256) is already in the project adds annotator layers to that
document instead of a second copy: its spans and relations, grouped by annotator. A layer
identical to the one stored is skipped (importing the same file twice changes nothing); a
different one by the same annotator is a conflict, unless the caller replaces layers.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.engine import Connection

from kathan.model import DocumentId, DocumentRecord, Problem, Relation, Span
from kathan.schema import Schema
from kathan.validate import SchemaCheck, record_fits
from storage.applying import annotator_id, check_relation_attributes
from storage.bulk import Row, insert_rows, insert_rows_returning_ids, json_text
from storage import reads
from storage.rows import annotators, documents, fragments, relations, spans, to_micros

Progress = Callable[[int], None]
BATCH = 500
"""Documents written per executemany round (and per progress report)."""


def sha256_of(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Target:
    """A document already in the project that a record adds layers to."""

    id: DocumentId
    name: str
    length: int


LayerKey = tuple[frozenset[tuple[object, ...]], frozenset[tuple[object, ...]]]
"""A layer's content without ids: its spans' and relations' signatures (see ``layer_key``)."""


@dataclass(frozen=True, slots=True)
class Existing:
    """What an import is checked against: every name with its text's sha256, and for the documents
    whose text some record repeats, the document and the content of each annotator's layer."""

    names: Mapping[str, str]
    by_hash: Mapping[str, Target]
    layers: Mapping[DocumentId, Mapping[str, LayerKey]]


@dataclass(frozen=True, slots=True)
class Plan:
    """What an import will write: new documents, layers onto existing ones (with the annotators'
    layers they replace), and the records skipped as already present."""

    records: list[DocumentRecord]
    hashes: list[str]
    skipped: list[DocumentRecord]
    layers: list[tuple[DocumentRecord, Target]]
    replaced: list[tuple[DocumentId, str]]
    conflicts: list[Problem]
    """Layer conflicts left out rather than refused (``check_records(..., conflicts="leave")``)."""


def project_names(conn: Connection, ignoring: Collection[int] = ()) -> dict[str, str]:
    """Every document's name with its text's sha256, but for the documents ``ignoring``."""
    return {
        name: digest
        for doc_id, name, digest in conn.execute(select(documents.c.id, documents.c.name, documents.c.sha256))
        if doc_id not in ignoring
    }


def existing_for(
    conn: Connection,
    records: Sequence[DocumentRecord],
    digests: Sequence[str],
    ignoring: Collection[int] = (),
    names: Mapping[str, str] | None = None,
) -> Existing:
    """The project's side of checking ``records``, whose texts' sha256 are ``digests``, leaving out
    the documents ``ignoring`` (an import's own, when it checks again after writing them).
    ``names``: the project's ``project_names``, when the caller has them already."""
    names = project_names(conn, ignoring) if names is None else names
    wanted = {digest for r, digest in zip(records, digests, strict=True) if r.spans or r.relations}
    by_hash: dict[str, Target] = {}
    if wanted & set(names.values()):
        rows = conn.execute(
            select(documents.c.id, documents.c.name, documents.c.length, documents.c.sha256)
            .where(documents.c.sha256.in_(sorted(wanted)))
            .order_by(documents.c.id)
        )
        for doc_id, name, length, digest in rows:
            if doc_id not in ignoring:
                by_hash.setdefault(digest, Target(DocumentId(doc_id), name, length))
    layers = {target.id: stored_layers(conn, target.id) for target in by_hash.values()}
    return Existing(names, by_hash, layers)


def stored_layers(conn: Connection, doc_id: int) -> dict[str, LayerKey]:
    """The content of each annotator's layer of one document."""
    return layer_keys(reads.spans_of(conn, doc_id), reads.relations_of(conn, doc_id))


def layer_keys(span_values: Sequence[Span], relation_values: Sequence[Relation]) -> dict[str, LayerKey]:
    """The content of each annotator's layer among stored spans and relations."""
    by_id = {s.id: s for s in span_values}
    return _contents(
        ((s.annotator, _span_key(s.label, s.fragments, s.attributes, s.note)) for s in span_values),
        (
            (r.annotator, r.type, _span_key(h.label, h.fragments, h.attributes, h.note), _span_key(t.label, t.fragments, t.attributes, t.note), r.attributes)
            for r in relation_values
            for h, t in [(by_id[r.head], by_id[r.tail])]
        ),
    )


def record_layers(record: DocumentRecord, default_annotator: str) -> dict[str, LayerKey]:
    """The content of each annotator's layer in ``record``, as ``layer_keys`` gives a stored one."""
    by_key = {s.key: s for s in record.spans}
    return _contents(
        ((s.annotator or default_annotator, _span_key(s.label, s.fragments, s.attributes, s.note)) for s in record.spans),
        (
            (r.annotator or default_annotator, r.type, _span_key(h.label, h.fragments, h.attributes, h.note), _span_key(t.label, t.fragments, t.attributes, t.note), r.attributes)
            for r in record.relations
            for h, t in [(by_key[r.head], by_key[r.tail])]
        ),
    )


def _contents(
    span_keys: Iterable[tuple[str, tuple[object, ...]]],
    relation_keys: Iterable[tuple[str, str, tuple[object, ...], tuple[object, ...], Mapping[str, str]]],
) -> dict[str, LayerKey]:
    span_sets: dict[str, set[tuple[object, ...]]] = {}
    relation_sets: dict[str, set[tuple[object, ...]]] = {}
    for annotator, key in span_keys:
        span_sets.setdefault(annotator, set()).add(key)
    for annotator, type_, head, tail, attributes in relation_keys:
        relation_sets.setdefault(annotator, set()).add((type_, head, tail, _frozen(attributes)))
    return {
        name: (frozenset(span_sets.get(name, ())), frozenset(relation_sets.get(name, ())))
        for name in dict.fromkeys([*span_sets, *relation_sets])
    }


def _span_key(label: str, pieces: Sequence[tuple[int, int]], attributes: Mapping[str, str], note: str) -> tuple[object, ...]:
    return (label, tuple(tuple(p) for p in pieces), _frozen(attributes), note)


def _frozen(mapping: Mapping[str, str]) -> tuple[tuple[str, str], ...]:
    return tuple(sorted(mapping.items()))


def _shown_annotator(name: str) -> str:
    return repr(name) if name else "no annotator"


def check_records(
    records: Sequence[DocumentRecord],
    digests: Sequence[str],
    schema: Schema,
    existing: Existing,
    default_annotator: str = "",
    replace_layers: bool = False,
    leave_conflicts: bool = False,
    seen: dict[str, tuple[str, int]] | None = None,
) -> tuple[Plan, list[Problem]]:
    """The import plan and every problem found; a record is checked completely even after a problem.

    A layer conflict is a problem, unless ``replace_layers`` (the stored layer goes) or
    ``leave_conflicts`` (the stored layer stays, the record's is left out and the conflict
    listed in ``Plan.conflicts``). ``seen`` (where each name was first met) carries the names
    across calls when records are checked a batch at a time.
    """
    conflicts: list[Problem] = []
    problems: list[Problem] = []
    keep: list[DocumentRecord] = []
    hashes: list[str] = []
    skipped: list[DocumentRecord] = []
    layered: list[tuple[DocumentRecord, Target]] = []
    replaced: list[tuple[DocumentId, str]] = []
    seen = {} if seen is None else seen
    check = SchemaCheck(schema)
    quiet_labels: set[str] = set()
    quiet_links: set[tuple[str, str | None, str | None]] = set()
    relation_attributes: dict[tuple[str, tuple[tuple[str, str], ...]], str | None] = {}
    for record, digest in zip(records, digests, strict=True):
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
            source, line = seen[record.name]
            fail(f"document name {record.name!r} appears twice in the input (first at {source}:{line})")
            continue
        seen[record.name] = (record.source, record.line)
        target = existing.by_hash.get(digest) if record.spans or record.relations else None
        if target is None and record.name in existing.names:
            if existing.names[record.name] == digest and not record.spans and not record.relations:
                skipped.append(record)
                continue
            fail(f"document name {record.name!r} already in project (with another text)")
            continue
        if not record.text:
            fail(f"document {record.name!r} has no text")
            continue
        before = len(problems)
        labels: dict[str, str] = {}
        fitted = record_fits(record)
        quiet = fitted and _nothing_to_say(check, record, quiet_labels, quiet_links)
        for span in () if quiet else record.spans:
            if span.key in labels:
                fail(f"span key {span.key!r} appears twice in document {record.name!r}", span.line)
                continue
            labels[span.key] = span.label
            reason = check.span(record.text, span.label, span.fragments, span.attributes, fitted)
            if reason:
                fail(f"span {span.key}: {reason}", span.line)
        links: set[tuple[str, str, str]] = set()
        for relation in () if quiet else record.relations:
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
            reason = check.relation(relation.type, head, tail)
            if not reason and relation.attributes:
                key = (relation.type, tuple(relation.attributes.items()))
                if key not in relation_attributes:
                    relation_attributes[key] = check_relation_attributes(schema, relation.type, relation.attributes)
                reason = relation_attributes[key]
            if reason:
                fail(f"relation {relation.key}: {reason}", relation.line)
        if len(problems) != before:
            continue
        if target is None:
            keep.append(record)
            hashes.append(digest)
            continue
        stored = existing.layers.get(target.id, {})
        incoming = record_layers(record, default_annotator)
        same = [name for name, content in incoming.items() if stored.get(name) == content]
        clashing = [name for name in incoming if name in stored and name not in same]
        if clashing and leave_conflicts:
            conflicts.extend(
                Problem(where, record.line, f"document {record.name!r}: {_shown_annotator(name)} changed it in both projects; kept the target's layer")
                for name in clashing
            )
            same.extend(clashing)
            clashing = []
        elif clashing and not replace_layers:
            unsigned = any(not s.annotator for s in record.spans) or any(not r.annotator for r in record.relations)
            for name in clashing:
                hint = ", --annotator names a new layer" if unsigned and name == default_annotator else ""
                fail(
                    f"document {record.name!r} (same text as {target.name!r}) already has a different layer by "
                    f"{_shown_annotator(name)}; nothing was imported (--replace-layer replaces it{hint})"
                )
            continue
        if len(same) == len(incoming):
            skipped.append(record)
            continue
        replaced.extend((target.id, name) for name in clashing)
        kept = set(incoming) - set(same)
        layered.append((_only_annotators(record, kept, default_annotator), target))
    return Plan(keep, hashes, skipped, layered, replaced, conflicts), problems


def _nothing_to_say(
    check: SchemaCheck,
    record: DocumentRecord,
    quiet_labels: set[str],
    quiet_links: set[tuple[str, str | None, str | None]],
) -> bool:
    """Whether the loops of ``check_records`` would find nothing wrong with the spans and relations
    of ``record``, whose fragments passed ``fragments_fit``: asked once per label and per relation
    type with its ends' labels (the ones found fine kept in ``quiet_labels`` and ``quiet_links``),
    not per span. A span or relation with attributes, a repeated key or link, or anything refused
    leaves them to those loops, which say why."""
    spans = record.spans
    labels = {span.key: span.label for span in spans}
    if len(labels) != len(spans) or any(span.attributes for span in spans):
        return False
    for label in set(labels.values()) - quiet_labels:
        if check.span(record.text, label, (), {}, fitted=True) is not None:
            return False
        quiet_labels.add(label)
    relations = record.relations
    if not relations:
        return True
    if any(relation.attributes for relation in relations):
        return False
    if len({(r.head, r.tail, r.type) for r in relations}) != len(relations):
        return False
    for link in {(r.type, labels.get(r.head), labels.get(r.tail)) for r in relations} - quiet_links:
        type_, head, tail = link
        if head is None or tail is None or check.relation(type_, head, tail) is not None:
            return False
        quiet_links.add(link)
    return True


def _only_annotators(record: DocumentRecord, names: set[str], default_annotator: str) -> DocumentRecord:
    """``record`` with the spans and relations of the annotators ``names`` only."""
    span_list = tuple(s for s in record.spans if (s.annotator or default_annotator) in names)
    keys = {s.key for s in span_list}
    relation_list = tuple(
        r for r in record.relations if (r.annotator or default_annotator) in names and r.head in keys and r.tail in keys
    )
    return replace(record, spans=span_list, relations=relation_list)


def _control_character(name: str) -> str:
    """The first control character (or line or paragraph separator) in ``name``, as U+XXXX, or ""."""
    for char in name:
        if unicodedata.category(char) in ("Cc", "Zl", "Zp"):
            return f"U+{ord(char):04X}"
    return ""


DOCUMENT_COLUMNS = ("name", "title", "text", "length", "sha256", "language", "meta", "status", "created", "updated")
SPAN_COLUMNS = (
    "document_id", "label", "start", "end", "attributes", "note", "annotator_id", "origin", "created", "updated", "external_key"
)
FRAGMENT_COLUMNS = ("span_id", "start", "end", "document_id", "doc_length")
RELATION_COLUMNS = ("document_id", "type", "head_id", "tail_id", "attributes", "annotator_id", "origin", "created", "external_key")


def write_records(
    conn: Connection, plan: Plan, default_annotator: str, now: datetime, progress: Progress | None
) -> tuple[list[DocumentId], list[DocumentId]]:
    """Insert the planned records; the caller's transaction makes it all or nothing.

    Returns the new documents and the existing ones that received layers.
    """
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
        _write_annotations(conn, list(zip(doc_ids, batch, strict=True)), annotator, stamp)
        added.extend(DocumentId(i) for i in doc_ids)
        if progress is not None:
            progress(len(batch))
    for doc_id, name in plan.replaced:
        who = annotator_ids[name] if name in annotator_ids else _annotator_of(conn, name)
        owner = spans.c.annotator_id.is_(None) if who is None else spans.c.annotator_id == who
        linker = relations.c.annotator_id.is_(None) if who is None else relations.c.annotator_id == who
        conn.execute(delete(relations).where(relations.c.document_id == doc_id, linker))
        conn.execute(delete(spans).where(spans.c.document_id == doc_id, owner))
    _write_annotations(conn, [(target.id, record) for record, target in plan.layers], annotator, stamp)
    if progress is not None and plan.layers:
        progress(len(plan.layers))
    return added, list(dict.fromkeys(target.id for _, target in plan.layers))


def _annotator_of(conn: Connection, name: str) -> int | None:
    if not name:
        return None
    return conn.execute(select(annotators.c.id).where(annotators.c.name == name)).scalar_one_or_none()


def _write_annotations(
    conn: Connection, targets: Sequence[tuple[int, DocumentRecord]], annotator: Callable[[str], int | None], stamp: int
) -> None:
    """Insert the spans (with fragments) and relations of each record into its document."""
    doc_ids = [doc_id for doc_id, _ in targets]
    batch = [record for _, record in targets]
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
                span.key,
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
                relation.key,
            )
            for relation in record.relations
        )
    insert_rows(conn, fragments, FRAGMENT_COLUMNS, fragment_rows)
    insert_rows(conn, relations, RELATION_COLUMNS, relation_rows)
