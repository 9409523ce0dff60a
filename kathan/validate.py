"""Checks a span against its document text and the schema: the one place these rules live."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from kathan.model import Fragment
from kathan.schema import Schema
from kathan.text.graphemes import is_cluster_boundary


def check_fragments(text: str, fragments: Sequence[Fragment]) -> str | None:
    """The reason ``fragments`` are not a valid span over ``text``, or None."""
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


def check_span(
    schema: Schema, text: str, label: str, fragments: Sequence[Fragment], attributes: Mapping[str, str]
) -> str | None:
    """The reason this span cannot be stored, or None."""
    return schema.check_attributes(label, attributes) or check_fragments(text, fragments)


def check_relation(schema: Schema, type_: str, head_label: str, tail_label: str) -> str | None:
    relation = schema.relation(type_)
    if relation is None:
        names = ", ".join(r.name for r in schema.relations)
        return f"unknown relation type {type_!r} (schema {schema.name!r} has {names})"
    if not relation.allows(head_label, tail_label):
        return f"relation {type_} does not allow {head_label} -> {tail_label}"
    return None
