"""Annotator layers: what one annotator marked in one document, the unit teams compare and merge.

Every span and relation is signed by its annotator; a layer is the part of a document signed
by one name. ``gold`` is the adjudicated layer.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace

from kathan.formats.base import assign_keys
from kathan.model import AnnotatedDocument, DocumentRecord, Relation, RelationRecord, Span, SpanRecord

GOLD = "gold"
"""The adjudicated layer: compared with nobody unless asked for by name."""
ALL_LAYERS = "all"


@dataclass(frozen=True, slots=True)
class Layer:
    """One annotator's spans and relations in one document."""

    annotator: str
    spans: tuple[Span, ...]
    relations: tuple[Relation, ...]

    def __bool__(self) -> bool:
        return bool(self.spans or self.relations)


def layers_of(document: AnnotatedDocument) -> dict[str, Layer]:
    """The document's layers by annotator name, in order of first appearance."""
    spans: dict[str, list[Span]] = defaultdict(list)
    relations: dict[str, list[Relation]] = defaultdict(list)
    for span in document.spans:
        spans[span.annotator].append(span)
    for relation in document.relations:
        relations[relation.annotator].append(relation)
    names = list(dict.fromkeys([*spans, *relations]))
    return {name: Layer(name, tuple(spans[name]), tuple(relations[name])) for name in names}


def only_layer(document: AnnotatedDocument, annotator: str) -> AnnotatedDocument:
    """The document with one annotator's spans, and their relations among them, only
    (``all`` keeps everything)."""
    if annotator == ALL_LAYERS:
        return document
    spans = tuple(s for s in document.spans if s.annotator == annotator)
    kept = {s.id for s in spans}
    relations = tuple(
        r for r in document.relations if r.annotator == annotator and r.head in kept and r.tail in kept
    )
    return replace(document, spans=spans, relations=relations)


def as_record(document: AnnotatedDocument, source: str = "") -> DocumentRecord:
    """A stored document as an import record, everything kept (annotators, origins, status, the
    file ids spans and relations came with), so another project can take it in. Ids two layers
    share (both annotators' files had a ``T1``) are renamed past every kept one."""
    doc = document.document
    span_keys = dict(zip((s.id for s in document.spans), assign_keys([s.key for s in document.spans], "T"), strict=True))
    relation_keys = assign_keys([r.key for r in document.relations], "R")
    return DocumentRecord(
        name=doc.name,
        text=doc.text,
        title=doc.title,
        language=doc.language,
        meta=dict(doc.meta),
        status=doc.status,
        spans=tuple(
            SpanRecord(span_keys[s.id], s.label, tuple(s.fragments), dict(s.attributes), s.note, s.annotator, s.origin)
            for s in document.spans
        ),
        relations=tuple(
            RelationRecord(key, r.type, span_keys[r.head], span_keys[r.tail], dict(r.attributes), r.annotator, r.origin)
            for key, r in zip(relation_keys, document.relations, strict=True)
            if r.head in span_keys and r.tail in span_keys
        ),
        source=source,
    )
