"""Kathan → peer format → Kathan through real projects: every format's export imports into a
fresh Workspace, and the second project's spans are the first's (split at fragments where
the format has no discontinuous spans), its relations and its kept ids too."""

from __future__ import annotations

from pathlib import Path

import pytest

from kathan.formats.registry import read_paths, write

from .helpers import EXAMPLES

storage = pytest.importorskip("storage")

OUT = {"doccano": "d.jsonl", "label-studio": "ls.json", "prodigy": "p.jsonl", "spacy": "s.spacy", "hf": "hf"}


def _spans(ws: object) -> list[tuple[str, str, tuple[int, int]]]:
    return sorted(
        (annotated.document.name, span.label, fragment)
        for annotated in ws.iter_annotated()  # type: ignore[attr-defined]
        for span in annotated.spans
        for fragment in span.fragments
    )


@pytest.mark.parametrize("name", sorted(OUT))
def test_export_imports_into_a_fresh_project(name: str, tmp_path: Path) -> None:
    if name == "spacy":
        pytest.importorskip("spacy")
    if name == "hf":
        pytest.importorskip("datasets")
    first = storage.Workspace.create(tmp_path / "a.kathan", annotator="asha")
    second = storage.Workspace.create(tmp_path / "b.kathan", annotator="ravi")
    try:
        first.import_records(read_paths([EXAMPLES / "jsonl" / "golden.jsonl"], schema=first.schema))
        out = tmp_path / OUT[name]
        write(name, first.iter_annotated(), out, first.schema)
        second.import_records(read_paths([out], name, schema=second.schema))
        assert _spans(second) == _spans(first)
        relations = [
            sorted((r.type, r.head in {s.id for s in a.spans}) for r in a.relations) for a in second.iter_annotated()
        ]
        assert relations == [[("cued_by", True), ("said_by", True)], []]
        kept = {span.key for annotated in second.iter_annotated() for span in annotated.spans}
        if name == "doccano":
            assert kept >= {"1", "2", "3"}  # numbers: doccano ids are numbers
        else:
            assert {"q", "s", "c"} <= kept, kept
        assert {a.document.name for a in second.iter_annotated()} == {"news/lavrov-1", "crlf-input-2"}
    finally:
        first.close()
        second.close()
