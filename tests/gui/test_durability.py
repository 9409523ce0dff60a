"""Edits are on disk the moment they are shown, and windows notice what other processes wrote."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from storage import Workspace
from tests.gui.conftest import REPO_ROOT, find

PHRASE = "भारतीय दूतावास"


def test_an_edit_survives_sigkill_right_after_it_is_made(project: Path) -> None:
    """A real process labels a span, is SIGKILLed at once, and the span is in the project."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO_ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.gui.kathan_entry", str(project), PHRASE],
        cwd=REPO_ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        line = proc.stdout.readline() if proc.stdout else ""
        assert line.startswith("EDITED "), proc.stderr.read() if proc.stderr else line
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == -signal.SIGKILL
    span_id = int(line.split()[1])
    ws = Workspace.open(project, annotator="checker")
    try:
        doc = ws.documents()[0]
        spans = ws.spans(doc.id)
        text = ws.document(doc.id).text
        assert [(s.id, s.label, s.fragments, s.annotator) for s in spans] == [
            (span_id, "QUOTE", (find(text, PHRASE),), "killed")
        ]
    finally:
        ws.close()


def test_the_window_reloads_what_another_process_wrote_when_it_regains_focus(qtbot, window, project: Path) -> None:  # type: ignore[no-untyped-def]
    """Another Workspace on the same file adds a span; activating the window shows it."""
    c = window.controller
    doc = c.document
    other = Workspace.open(project, annotator="elsewhere")
    try:
        other.add_span(doc.id, "SPEAKER", (find(doc.text, PHRASE),))
    finally:
        other.close()
    assert c.spans == []
    with qtbot.waitSignal(c.sig_project_reloaded, timeout=2000):
        QApplication.sendEvent(window, QEvent(QEvent.Type.WindowActivate))
    assert [s.annotator for s in c.spans] == ["elsewhere"]
    assert window.span_table.model.rowCount() == 1
    assert window.view.span_ids_at(find(doc.text, PHRASE)[0]) == [c.spans[0].id]


def test_an_edit_made_after_another_process_wrote_triggers_a_reload(qtbot, window, project: Path) -> None:  # type: ignore[no-untyped-def]
    """Without a focus change, the next own edit notices the foreign write and reloads the document."""
    c = window.controller
    doc = c.document
    other = Workspace.open(project, annotator="elsewhere")
    try:
        other.add_span(doc.id, "SPEAKER", (find(doc.text, PHRASE),))
    finally:
        other.close()
    with qtbot.waitSignal(c.sig_project_reloaded, timeout=2000):
        c.add_span("CUE", (find(doc.text, "कहा", "करते हुए "),))
    assert sorted(s.annotator for s in c.spans) == ["elsewhere", "tester"]
    assert window.span_table.model.rowCount() == 2
