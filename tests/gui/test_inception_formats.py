"""The workbench imports and exports INCEpTION's formats through the same background workers."""

from __future__ import annotations

from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[2] / "kathan" / "formats" / "examples"


def test_import_a_webanno_tsv_file_and_export_uima_xmi(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A .tsv chosen in the import dialog is read as WebAnno TSV; the XMI export writes a folder."""
    pytest.importorskip("cassis")
    with qtbot.waitSignal(window.files.sig_background_task_finished, timeout=20_000) as blocker:
        window.files.import_paths([str(EXAMPLES / "webanno_tsv3" / "crlf-input-2.tsv")])
    assert len(blocker.args[0].documents_added) == 1
    document = next(d for d in window.controller.documents() if d.name == "crlf-input-2")
    assert document.length == 21 and document.span_count == 0
    out = tmp_path / "xmi"
    with qtbot.waitSignal(window.files.sig_background_task_finished, timeout=20_000) as blocker:
        window.files.export_to("uima-xmi", str(out))
    report = blocker.args[0]
    assert report.documents == 2 and report.offset_unit == "utf16"
    assert (out / "TypeSystem.xml").is_file() and (out / "crlf-input-2.xmi").is_file()
