"""spaCy-style JSON: golden file, offsets re-slice the text, losses reported."""

from __future__ import annotations

import json
from pathlib import Path

from kathan.formats.registry import read_paths, write

from .helpers import EXAMPLES, FIXTURES, annotated

GOLDEN = EXAMPLES / "spacy" / "golden.json"


def test_spacy_export_matches_golden_and_reslices(tmp_path: Path) -> None:
    """Every [start, end, label] slices exactly a fragment of a span of that label."""
    records = read_paths([EXAMPLES / "jsonl" / "golden.jsonl"]).records
    out = tmp_path / "train.json"
    report = write("spacy", annotated(records), out)
    assert out.read_bytes() == GOLDEN.read_bytes()
    entries = json.loads(out.read_text(encoding="utf-8"))
    for entry, record in zip(entries, records, strict=True):
        assert entry["text"] == record.text and entry["meta"]["name"] == record.name
        expected = sorted((s, e, span.label) for span in record.spans for s, e in span.fragments)
        assert [tuple(x) for x in entry["spans"]] == expected
    assert report.warnings == [
        "discontinuous spans, written as one entry per fragment: 1 in 1 document (news/lavrov-1)",
        "relations, not written (spaCy spans have no relations): 2 in 1 document (news/lavrov-1)",
        "span attributes, not written: 4 in 1 document (news/lavrov-1)",
        "span notes, not written: 1 in 1 document (news/lavrov-1)",
    ]


def test_empty_export_is_an_empty_list(tmp_path: Path) -> None:
    """Exporting no documents writes an empty JSON list."""
    out = tmp_path / "none.json"
    report = write("spacy", [], out)
    assert json.loads(out.read_text()) == [] and report.documents == 0
