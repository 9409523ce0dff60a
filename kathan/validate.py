"""Checks a span against its document text and the schema, and records against a schema (what
they use that it lacks, for ``--extend-schema``): the one place these rules live."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
import threading
from dataclasses import dataclass, field, replace

from kathan.model import DocumentRecord, Fragment, Problem
from kathan.schema import DEFAULT_COLOURS, AttributeType, LabelType, RelationType, Schema, with_source
from kathan.text.graphemes import first_cut, is_cluster_boundary


def check_fragments(text: str, fragments: Sequence[Fragment]) -> str | None:
    """The reason ``fragments`` are not a valid span over ``text``, or None."""
    if fragments and fragments_fit(text, (fragments,)):
        return None
    if not fragments:
        return "a span needs at least one fragment"
    length = len(text)
    previous_end = -1
    for start, end in fragments:
        if not (isinstance(start, int) and isinstance(end, int)):
            return f"offsets must be integers, got ({start!r}, {end!r})"
        if start < 0 or end > length:
            return f"fragment ({start}, {end}) runs outside the text (length {length})"
        if start >= end:
            return f"fragment ({start}, {end}) is empty or reversed"
        if start < previous_end:
            return f"fragment ({start}, {end}) overlaps or precedes the fragment before it"
        for offset in (start, end):
            if not is_cluster_boundary(text, offset):
                return f"offset {offset} cuts the grapheme cluster around {text[max(0, offset - 3):offset + 3]!r}"
        previous_end = end
    return None


def fragments_fit(text: str, spans: Iterable[Sequence[Fragment]]) -> bool:
    """Whether ``check_fragments`` finds nothing wrong with any of ``spans`` (each a span's
    fragments) over ``text``: the same checks for a whole document in one pass, every edge's
    cluster boundary among them (``first_cut``). When not, ``check_fragments`` says which and why."""
    length = len(text)
    offsets: list[int] = []
    for fragments in spans:
        if len(fragments) == 1:  # most spans: no order to check
            start, end = edges = fragments[0]
            if type(start) is not int or type(end) is not int or not 0 <= start < end <= length:
                return False
            offsets += edges
            continue
        if not fragments:
            return False
        previous_end = -1
        for start, end in fragments:
            if type(start) is not int or type(end) is not int or start < previous_end or start >= end or start < 0 or end > length:
                return False
            offsets.append(start)
            offsets.append(end)
            previous_end = end
    return first_cut(text, offsets) is None


_FITTED: dict[int, DocumentRecord] = {}
_FITTED_LOCK = threading.Lock()
FITTED_KEPT = 1024
"""Records remembered by ``mark_fitted``: more than a batch of a streamed import (500), which
storage checks right after the reader made them."""


def mark_fitted(record: DocumentRecord) -> None:
    """Note that every span of ``record`` passed ``check_fragments`` against its text (a reader
    checked them while making it), so that ``record_fits`` need not check them again. The record
    itself is kept (the last ``FITTED_KEPT``), so its identity cannot pass to another one, and it
    is frozen: its text and fragments are the ones checked."""
    with _FITTED_LOCK:
        _FITTED[id(record)] = record
        if len(_FITTED) > FITTED_KEPT:
            del _FITTED[next(iter(_FITTED))]


def record_fits(record: DocumentRecord) -> bool:
    """``fragments_fit`` for every span of ``record``, known at once for a record ``mark_fitted``."""
    with _FITTED_LOCK:
        if _FITTED.get(id(record)) is record:
            return True
    return fragments_fit(record.text, [span.fragments for span in record.spans])


def check_span(
    schema: Schema, text: str, label: str, fragments: Sequence[Fragment], attributes: Mapping[str, str]
) -> str | None:
    """The reason this span cannot be stored, or None."""
    return schema.check_attributes(label, attributes) or check_fragments(text, fragments)


class SchemaCheck:
    """``check_span`` and ``check_relation`` for many spans and relations against one schema (an
    import): the schema is asked once per label with its attributes and once per relation type
    with its ends' labels, and remembered; the fragments of every span are still checked."""

    __slots__ = ("schema", "_spans", "_relations")

    def __init__(self, schema: Schema) -> None:
        self.schema = schema
        self._spans: dict[object, str | None] = {}
        self._relations: dict[tuple[str, str, str], str | None] = {}

    def span(
        self, text: str, label: str, fragments: Sequence[Fragment], attributes: Mapping[str, str], fitted: bool = False
    ) -> str | None:
        """``check_span``; ``fitted``: the document's fragments passed ``fragments_fit`` already."""
        key = (label, tuple(attributes.items())) if attributes else label
        try:
            reason = self._spans[key]
        except KeyError:
            reason = self._spans[key] = self.schema.check_attributes(label, attributes)
        return reason or (None if fitted else check_fragments(text, fragments))

    def relation(self, type_: str, head_label: str, tail_label: str) -> str | None:
        key = (type_, head_label, tail_label)
        try:
            return self._relations[key]
        except KeyError:
            reason = self._relations[key] = check_relation(self.schema, type_, head_label, tail_label)
            return reason


def check_relation(schema: Schema, type_: str, head_label: str, tail_label: str) -> str | None:
    relation = schema.relation(type_)
    if relation is None:
        names = ", ".join(r.name for r in schema.relations)
        return f"unknown relation type {type_!r} (schema {schema.name!r} has {names})"
    if not relation.allows(head_label, tail_label):
        return f"relation {type_} does not allow {head_label} -> {tail_label}"
    return None


MISSING_FROM_SCHEMA = "not in the project's schema"
"""How the first problem of a ``SchemaGaps`` refusal begins its message (front ends offer to extend)."""


@dataclass(frozen=True, slots=True)
class _Use:
    file: str
    line: int


@dataclass
class SchemaGaps:
    """What records use that a schema lacks, each with where it is first used: labels, relation
    types, attributes (by owner), attribute values outside a closed list, and label pairs a
    relation type does not allow. Empty when the records fit the schema."""

    labels: dict[str, _Use] = field(default_factory=dict)
    relations: dict[str, _Use] = field(default_factory=dict)
    attributes: dict[tuple[str, str], tuple[_Use, dict[str, None]]] = field(default_factory=dict)
    values: dict[tuple[str, str, str], _Use] = field(default_factory=dict)
    pairs: dict[tuple[str, str, str], _Use] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.labels or self.relations or self.attributes or self.values or self.pairs)

    def summary(self) -> str:
        parts = []
        if self.labels:
            parts.append("labels " + ", ".join(self.labels))
        if self.relations:
            parts.append("relation types " + ", ".join(self.relations))
        if self.attributes:
            parts.append("attributes " + ", ".join(f"{owner}.{name}" for owner, name in self.attributes))
        if self.values:
            parts.append("attribute values " + ", ".join(f"{o}.{a}={v}" for o, a, v in self.values))
        if pairs := self._pairs_of_known_types():
            parts.append("relation ends " + ", ".join(f"{t} {h}->{tl}" for t, h, tl in pairs))
        return "; ".join(parts)

    def _pairs_of_known_types(self) -> dict[tuple[str, str, str], _Use]:
        return {key: use for key, use in self.pairs.items() if key[0] not in self.relations}

    def problems(self, schema: Schema) -> list[Problem]:
        """One problem per gap (file and line of its first use), after one naming them all."""
        found = [
            *(Problem(u.file, u.line, f"label {n!r} is not in the schema") for n, u in self.labels.items()),
            *(Problem(u.file, u.line, f"relation type {n!r} is not in the schema") for n, u in self.relations.items()),
            *(Problem(u.file, u.line, f"{owner} has no attribute {name!r} in the schema")
              for (owner, name), (u, _) in self.attributes.items()),
            *(Problem(u.file, u.line, f"attribute {a}={v!r} of {o} is not one of the schema's values")
              for (o, a, v), u in self.values.items()),
            *(Problem(u.file, u.line, f"relation {t} does not allow {h} -> {tl} in the schema")
              for (t, h, tl), u in self._pairs_of_known_types().items()),
        ]
        first = found[0]
        head = Problem(
            first.file, 0, f"{MISSING_FROM_SCHEMA} {schema.name!r}: {self.summary()} (import with --extend-schema to add them)"
        )
        return [head, *found]

    def extended(self, schema: Schema) -> Schema:
        """``schema`` with everything missing added: new labels (own colour), relation types (the
        label pairs seen), attributes (free text, or binary when only ``true`` was seen) and values."""
        labels = list(schema.labels)
        for name in self.labels:
            colour = DEFAULT_COLOURS[len(labels) % len(DEFAULT_COLOURS)]
            labels.append(LabelType(name, name, colour))
        relations = list(schema.relations)
        for name in self.relations:
            heads = frozenset(h for t, h, _ in self.pairs if t == name)
            tails = frozenset(tl for t, _, tl in self.pairs if t == name)
            relations.append(RelationType(name, name, heads, tails))
        for index, relation in enumerate(relations):
            if relation.name in self.relations:
                continue
            extra = [(h, tl) for t, h, tl in self.pairs if t == relation.name]
            if extra:
                heads = relation.heads | {h for h, _ in extra} if relation.heads else relation.heads
                tails = relation.tails | {tl for _, tl in extra} if relation.tails else relation.tails
                relations[index] = replace(relation, heads=heads, tails=tails)
        labels = [replace(label, attributes=self._attributes(label.name, label.attributes)) for label in labels]
        relations = [replace(r, attributes=self._attributes(r.name, r.attributes)) for r in relations]
        return with_source(replace(schema, labels=tuple(labels), relations=tuple(relations), source=""))

    def _attributes(self, owner: str, attributes: tuple[AttributeType, ...]) -> tuple[AttributeType, ...]:
        result = [
            replace(a, values=a.values + tuple(v for o, n, v in self.values if o == owner and n == a.name))
            for a in attributes
        ]
        for (attr_owner, name), (_, values) in self.attributes.items():
            if attr_owner == owner:
                result.append(AttributeType(name, ("true",) if set(values) == {"true"} else ()))
        return tuple(result)


def schema_gaps(schema: Schema, records: Iterable[DocumentRecord], gaps: SchemaGaps | None = None) -> SchemaGaps:
    """What ``records`` use that ``schema`` lacks (see ``SchemaGaps``), added to ``gaps`` when given."""
    return GapFinder(schema, gaps).add(records)


class GapFinder:
    """``schema_gaps`` for records read a few at a time against one schema (``gaps`` grows with
    each ``add``): the schema's label and relation types are mapped once, not per record, and the
    label pairs each relation type allows are remembered across records."""

    __slots__ = ("gaps", "_label_types", "_relation_types", "_allowed")

    def __init__(self, schema: Schema, gaps: SchemaGaps | None = None) -> None:
        self.gaps = SchemaGaps() if gaps is None else gaps
        self._label_types = {label.name: label for label in reversed(schema.labels)}  # the first of a name wins, as in Schema.label
        self._relation_types = {relation.name: relation for relation in reversed(schema.relations)}
        self._allowed: dict[tuple[str, str, str], bool] = {}

    def add(self, records: Iterable[DocumentRecord]) -> SchemaGaps:
        gaps, label_types, relation_types, allowed = self.gaps, self._label_types, self._relation_types, self._allowed
        for record in records:
            labels: dict[str, str] = {}
            for span in record.spans:
                labels[span.key] = label = span.label
                label_type = label_types.get(label)
                if label_type is not None and not span.attributes:
                    continue
                use = _Use(record.source, span.line or record.line)
                if label_type is None:
                    gaps.labels.setdefault(label, use)
                for name, value in span.attributes.items():
                    spec = label_type.attribute(name) if label_type is not None else None
                    _attribute_gap(gaps, label, name, value, spec, use)
            for relation in record.relations:
                head, tail = labels.get(relation.head, ""), labels.get(relation.tail, "")
                relation_type = relation_types.get(relation.type)
                pair = (relation.type, head, tail)
                fits = allowed.get(pair)
                if fits is None:
                    fits = allowed[pair] = relation_type is not None and relation_type.allows(head, tail)
                if fits and not relation.attributes:
                    continue
                use = _Use(record.source, relation.line or record.line)
                if relation_type is None:
                    gaps.relations.setdefault(relation.type, use)
                if not fits:
                    gaps.pairs.setdefault(pair, use)
                for name, value in relation.attributes.items():
                    spec = next((a for a in relation_type.attributes if a.name == name), None) if relation_type else None
                    _attribute_gap(gaps, relation.type, name, value, spec, use)
        return gaps


def _attribute_gap(gaps: SchemaGaps, owner: str, name: str, value: str, spec: AttributeType | None, use: _Use) -> None:
    if spec is None:
        gaps.attributes.setdefault((owner, name), (use, {}))[1].setdefault(value)
    elif not spec.allows(value):
        gaps.values.setdefault((owner, name, value), use)
