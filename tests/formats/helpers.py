"""Shared helpers for format tests: paths of fixtures and peer files, records to documents."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from kathan.formats.base import as_annotated
from kathan.model import AnnotatedDocument, DocumentRecord

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "formats"
EXAMPLES = Path(__file__).resolve().parents[2] / "kathan" / "formats" / "examples"
SHARED = Path(__file__).resolve().parents[3] / "shared"
PEERS = SHARED / "peer-formats"


def annotated(records: Iterable[DocumentRecord]) -> list[AnnotatedDocument]:
    return [as_annotated(record, number) for number, record in enumerate(records, start=1)]


def span_view(record: DocumentRecord) -> list[tuple[str, tuple[tuple[int, int], ...], dict[str, str], str]]:
    """A record's spans without their keys, sorted: what must survive a round trip."""
    return sorted((s.label, tuple(s.fragments), dict(sorted(s.attributes.items())), s.note) for s in record.spans)


def relation_view(record: DocumentRecord) -> list[tuple[str, tuple[int, int], tuple[int, int]]]:
    by_key = {s.key: s for s in record.spans}
    return sorted(
        (r.type, (by_key[r.head].fragments[0][0], by_key[r.head].fragments[-1][1]),
         (by_key[r.tail].fragments[0][0], by_key[r.tail].fragments[-1][1]))
        for r in record.relations
    )
