"""Adjudication: comparing annotators' layers of one document and building the ``gold`` layer.

``compare_layers`` lines the layers up span by span (same label and fragments) and says who
has each, ``compare_relations`` link by link; ``pre_merge`` is the edit that puts into gold everything every annotator agrees on;
``take`` is the edit that copies chosen spans (with the links among them and to gold) into
gold; ``merge`` makes one gold span of several annotators' differing takes on one mention.
All are ordinary edits, so the workbench undoes them like any other.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from kathan.edits import AddRelations, AddSpans, Batch, DeleteSpans
from kathan.layers import GOLD, layers_of
from kathan.model import AnnotatedDocument, Fragment, Origin, Relation, RelationId, Span, SpanId, merge_fragments

SpanKey = tuple[str, tuple[Fragment, ...]]
"""What makes two layers' spans the same: label and fragments."""


def key_of(span: Span) -> SpanKey:
    return (span.label, tuple(span.fragments))


@dataclass(frozen=True, slots=True)
class Aligned:
    """One span as the layers hold it: per annotator the span with this label and fragments."""

    key: SpanKey
    spans: dict[str, Span]

    @property
    def label(self) -> str:
        return self.key[0]

    @property
    def fragments(self) -> tuple[Fragment, ...]:
        return self.key[1]

    def holders(self) -> frozenset[str]:
        return frozenset(self.spans)

    def agreed_by(self, annotators: Iterable[str]) -> bool:
        """Whether every one of ``annotators`` has this span with the same attributes."""
        return _held_alike([self.spans.get(name) for name in annotators])


RelationKey = tuple[str, SpanKey, SpanKey]
"""What makes two layers' links the same: type, and the head's and the tail's label and fragments."""


@dataclass(frozen=True, slots=True)
class AlignedLink:
    """One link as the layers hold it: per annotator the relation of this type between spans of these shapes."""

    key: RelationKey
    relations: dict[str, Relation]

    @property
    def type(self) -> str:
        return self.key[0]

    @property
    def head(self) -> SpanKey:
        return self.key[1]

    @property
    def tail(self) -> SpanKey:
        return self.key[2]

    def agreed_by(self, annotators: Iterable[str]) -> bool:
        """Whether every one of ``annotators`` drew this link, with the same attributes."""
        return _held_alike([self.relations.get(name) for name in annotators])


def _held_alike(held: Sequence[Span | Relation | None]) -> bool:
    """Whether every layer asked holds it (some do), all with the same attributes."""
    if any(value is None for value in held):
        return False
    return len({tuple(sorted(value.attributes.items())) for value in held if value is not None}) == 1


def annotators_of(document: AnnotatedDocument) -> list[str]:
    """The annotators with a layer in ``document``, gold left out, in order of first appearance."""
    return [name for name, layer in layers_of(document).items() if name != GOLD and layer]


def compare_layers(document: AnnotatedDocument) -> list[Aligned]:
    """Every distinct span of every layer (gold included), in text order, with who has it."""
    aligned: dict[SpanKey, dict[str, Span]] = {}
    for span in sorted(document.spans, key=lambda s: (s.start, s.end, s.label, s.id)):
        aligned.setdefault(key_of(span), {}).setdefault(span.annotator, span)
    return [Aligned(key, spans) for key, spans in aligned.items()]


def compare_relations(document: AnnotatedDocument) -> list[AlignedLink]:
    """Every distinct link of every layer (gold included), in the text order of their heads, with who drew it."""
    by_id = {s.id: s for s in document.spans}
    aligned: dict[RelationKey, dict[str, Relation]] = {}
    for relation in document.relations:
        head, tail = by_id.get(relation.head), by_id.get(relation.tail)
        if head is not None and tail is not None:
            aligned.setdefault((relation.type, key_of(head), key_of(tail)), {}).setdefault(relation.annotator, relation)
    order = sorted(aligned, key=lambda k: (k[1][1], k[2][1], k[0]))
    return [AlignedLink(key, aligned[key]) for key in order]


def pre_merge(document: AnnotatedDocument, annotators: Sequence[str] | None = None) -> AddSpans | None:
    """The edit adding to gold every span all ``annotators`` (default: every layer but gold) agree
    on, attributes included, and every relation they all draw between such spans; what gold
    holds already is left out. None when there is nothing to add."""
    names = list(annotators) if annotators is not None else annotators_of(document)
    if not names:
        return None
    agreed = [a for a in compare_layers(document) if a.agreed_by(names)]
    first = names[0]
    chosen = [a.spans[first] for a in agreed]
    links = _relations_all_drew(document, names)
    return take(document, chosen, links)


def take(document: AnnotatedDocument, spans: Sequence[Span], relations: Iterable[Relation] = ()) -> AddSpans | None:
    """The edit copying ``spans`` into gold (those gold already has are skipped), with those of
    ``relations`` (default: the spans' own layer's relations) whose ends are then both in gold."""
    gold = {key_of(s): s.id for s in document.spans if s.annotator == GOLD}
    new: list[Span] = []
    placeholder: dict[SpanKey, SpanId] = {}
    for span in spans:
        key = key_of(span)
        if key in gold or key in placeholder:
            continue
        placeholder[key] = SpanId(-(len(placeholder) + 1))
        new.append(
            Span(placeholder[key], document.document.id, span.label, tuple(span.fragments), dict(span.attributes), span.note, GOLD, Origin.MANUAL)
        )
    in_gold = {**gold, **placeholder}
    by_id = {s.id: s for s in document.spans}
    existing = {
        (r.type, key_of(by_id[r.head]), key_of(by_id[r.tail]))
        for r in document.relations
        if r.annotator == GOLD and r.head in by_id and r.tail in by_id
    }
    links: list[Relation] = []
    seen: set[tuple[str, SpanKey, SpanKey]] = set()
    taken = {s.id for s in spans}
    for relation in relations if relations else (r for r in document.relations if r.head in taken or r.tail in taken):
        head, tail = by_id.get(relation.head), by_id.get(relation.tail)
        if head is None or tail is None:
            continue
        signature = (relation.type, key_of(head), key_of(tail))
        if signature in existing or signature in seen or key_of(head) not in in_gold or key_of(tail) not in in_gold:
            continue
        seen.add(signature)
        links.append(
            Relation(
                RelationId(0), document.document.id, relation.type, in_gold[key_of(head)], in_gold[key_of(tail)],
                dict(relation.attributes), GOLD, Origin.MANUAL,
            )
        )
    if not new and not links:
        return None
    return AddSpans(tuple(new), tuple(links))


def _relations_all_drew(document: AnnotatedDocument, names: Sequence[str]) -> list[Relation]:
    """One relation (the first annotator's) for each link every annotator drew between the same spans."""
    return [link.relations[names[0]] for link in compare_relations(document) if all(n in link.relations for n in names)]



def merge(document: AnnotatedDocument, spans: Sequence[Span], model: Span) -> Batch | None:
    """The edit making one gold span of ``spans`` (annotators' differing takes on one mention):
    their fragments joined where they overlap or touch, with ``model``'s label, attributes and
    note. Gold copies of any of ``spans`` are replaced by it, and every link of those spans (in
    any layer) whose other end is in gold is drawn to it. None when gold holds exactly that
    already, with nothing to replace or link."""
    if not spans:
        return None
    fragments = merge_fragments(f for span in spans for f in span.fragments)
    target_key: SpanKey = (model.label, fragments)
    sources = {key_of(span) for span in spans}
    gold = {key_of(s): s for s in document.spans if s.annotator == GOLD}
    replaced = tuple(gold[key].id for key in sources if key in gold and key != target_key)
    kept = {key: span.id for key, span in gold.items() if key not in sources or key == target_key}
    new: tuple[Span, ...] = ()
    if target_key in gold:
        target = gold[target_key].id
    else:
        target = SpanId(-1)
        new = (Span(target, document.document.id, model.label, fragments, dict(model.attributes), model.note, GOLD, Origin.MANUAL),)
    by_id = {s.id: s for s in document.spans}
    drawn = {
        (r.type, r.head, r.tail) for r in document.relations if r.annotator == GOLD and r.head not in replaced and r.tail not in replaced
    }
    links: list[Relation] = []

    def end_of(span_id: SpanId) -> SpanId | None:
        span = by_id.get(span_id)
        if span is None:
            return None
        key = key_of(span)
        return target if key in sources else kept.get(key)

    for relation in document.relations:
        ends = by_id.get(relation.head), by_id.get(relation.tail)
        if not any(end is not None and key_of(end) in sources for end in ends):
            continue
        head, tail = end_of(relation.head), end_of(relation.tail)
        if head is None or tail is None or head == tail or (relation.type, head, tail) in drawn:
            continue
        drawn.add((relation.type, head, tail))
        links.append(Relation(RelationId(0), document.document.id, relation.type, head, tail, dict(relation.attributes), GOLD, Origin.MANUAL))
    if not new and not replaced and not links:
        return None
    edits: list[DeleteSpans | AddSpans | AddRelations] = [DeleteSpans(replaced)] if replaced else []
    if new or links:
        edits.append(AddSpans(new, tuple(links)) if new else AddRelations(tuple(links)))
    return Batch(tuple(edits), text=f"Merge {len(spans)} spans into gold as {model.label}")
