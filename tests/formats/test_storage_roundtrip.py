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
