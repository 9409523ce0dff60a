"""Native JSONL through projects: export -> import into a fresh Workspace -> export is byte-identical."""

from __future__ import annotations

from pathlib import Path

import pytest

from kathan.formats.registry import read_paths, write

from .helpers import EXAMPLES, FIXTURES

storage = pytest.importorskip("storage")


def _through_project(source: Path, project: Path, out: Path, annotator: str) -> None:
    ws = storage.Workspace.create(project, annotator=annotator)
    try:
        ws.import_records(read_paths([source], schema=ws.schema))
        report = write("jsonl", ws.iter_annotated(), out, ws.schema)
    finally:
        ws.close()
    assert (report.documents, report.spans, report.relations, report.warnings) == (2, 5, 2, [])


def test_jsonl_through_two_projects_is_byte_identical(tmp_path: Path) -> None:
    """The second project's export equals the first's, even under another annotator's name."""
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    _through_project(EXAMPLES / "jsonl" / "golden.jsonl", tmp_path / "a.kathan", first, "asha")
    _through_project(first, tmp_path / "b.kathan", second, "ravi")
    assert second.read_bytes() == first.read_bytes()
    golden = (EXAMPLES / "jsonl" / "golden.jsonl").read_text(encoding="utf-8")
    assert first.read_text(encoding="utf-8") == golden.replace('"annotator": ""', '"annotator": "asha"')


def test_ids_language_and_origins_survive_a_project(tmp_path: Path) -> None:
    """A file's own span and relation ids (not in text order), an English document's language and
    a relation's origin come back from a project as they were; a span added by hand gets a T
    number that none of the kept ids uses."""
    import json

    from kathan.model import Origin

    line = {
        "id": "d", "language": "en", "text": "Asha said: we will win.",
        "spans": [
            {"id": "T9", "label": "SPEAKER", "fragments": [[0, 4]]},
            {"id": "T1", "label": "QUOTE", "fragments": [[11, 23]]},
            {"id": "T2", "label": "CUE", "fragments": [[5, 9]]},
        ],
        "relations": [{"id": "R7", "type": "said_by", "head": "T1", "tail": "T9", "origin": "suggested"}],
    }
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps(line) + "\n", encoding="utf-8")
    ws = storage.Workspace.create(tmp_path / "p.kathan", annotator="asha")
    try:
        ws.import_records(read_paths([source], schema=ws.schema))
        (doc,) = ws.documents()
        assert ws.document(doc.id).language == "en"
        ws.add_span(doc.id, "CLAIM", [(11, 23)])
        from kathan.edits import DeleteSpans

        quote = next(s for s in ws.spans(doc.id) if s.label == "QUOTE")
        _, undo = ws.apply(DeleteSpans((quote.id,)))
        ws.apply(undo)  # the span and its relation come back with their file ids
        write("jsonl", ws.iter_annotated(), tmp_path / "out.jsonl", ws.schema)
    finally:
        ws.close()
    out = json.loads((tmp_path / "out.jsonl").read_text(encoding="utf-8"))
    assert out["language"] == "en"
    assert [(s["id"], s["label"]) for s in out["spans"]] == [("T9", "SPEAKER"), ("T2", "CUE"), ("T3", "CLAIM"), ("T1", "QUOTE")]
    (relation,) = out["relations"]
    assert (relation["id"], relation["head"], relation["tail"], relation["origin"]) == ("R7", "T1", "T9", Origin.SUGGESTED.value)
