"""Small defects found by trying the workbench as a new user; each test failed before its fix."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from gui.app import resolve_annotator
from gui.settings import Settings
from tests.gui.conftest import find, type_text


def speaker_quote(window):  # type: ignore[no-untyped-def]
    c = window.controller
    text = c.document.text
    quote = c.add_span("QUOTE", (find(text, "राजदूत @vkumar1969 ने मुलाकात की"),)).spans_added[0]
    speaker = c.add_span("SPEAKER", (find(text, "भारतीय दूतावास", "“"),)).spans_added[0]
    return quote, speaker


def test_a_refused_edit_names_spans_by_label_and_text_not_by_id(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    c = window.controller
    quote, speaker = speaker_quote(window)
    c.add_relation("said_by", quote.id, speaker.id)
    with qtbot.waitSignal(c.sig_edit_refused, timeout=2000) as refused:
        c.relabel_span(speaker.id, "CLAIM")
    message = refused.args[0]
    assert "SPEAKER “भारतीय दूतावास”" in message and not re.search(r"(span|relation) \d", message), message
    with qtbot.waitSignal(c.sig_edit_refused, timeout=2000) as refused:
        c.add_relation("said_by", quote.id, speaker.id)
    assert "QUOTE “" in refused.args[0] and not re.search(r"span \d", refused.args[0]), refused.args[0]


def test_ctrl_z_in_the_note_field_undoes_the_note(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    c = window.controller
    _quote, speaker = speaker_quote(window)
    window.view.select_span(int(speaker.id))
    note = window.side_panel.note_edit
    note.setFocus()
    type_text(note, "दूतावास का पोस्ट")
    qtbot.keyClick(note, Qt.Key.Key_Return)  # saved
    assert c.span(speaker.id).note == "दूतावास का पोस्ट"
    qtbot.keyClick(note, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert c.span(speaker.id).note == "" and note.text() == ""
    qtbot.keyClick(note, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert c.span(speaker.id).note == "दूतावास का पोस्ट" and note.text() == "दूतावास का पोस्ट"


def test_edit_undo_of_a_note_shows_the_old_text_in_the_field(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    c = window.controller
    _quote, speaker = speaker_quote(window)
    window.view.select_span(int(speaker.id))
    note = window.side_panel.note_edit
    note.setFocus()
    type_text(note, "पहला")
    qtbot.keyClick(note, Qt.Key.Key_Return)
    window.undo_action.trigger()  # Edit › Undo, focus still in the field
    assert c.span(speaker.id).note == "" and note.text() == ""


def test_cancelling_the_name_dialog_does_not_remember_the_login_name(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    settings = Settings(tmp_path / "settings.ini")

    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None and dialog.objectName() == "annotator_dialog"
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    QTimer.singleShot(200, cancel)
    name = resolve_annotator(settings, None, ask=True)
    assert name and settings.annotator is None  # asked again next time; the window says how to change it


def test_a_suggestion_that_differs_from_a_span_by_a_danda_is_not_offered(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    c = window.controller
    text = c.document.text
    with qtbot.waitSignal(window.suggestions.sig_suggest_finished, timeout=5000):
        window.suggestions.suggest_action.trigger()
    ended = next(s for s in c.suggestions if len(s.fragments) == 1 and text[s.end - 1] == "।")
    c.reject_suggestions([ended.id])
    c.undo_stack.undo()
    start, end = ended.fragments[0]
    c.add_span(ended.label, ((start, end - 1),))  # the same span, by hand, without its danda
    with qtbot.waitSignal(window.suggestions.sig_suggest_finished, timeout=5000):
        window.suggestions.suggest_action.trigger()
    assert not [s for s in c.suggestions if s.label == ended.label and s.fragments == ended.fragments]


def test_importing_a_text_already_in_the_project_says_so(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    c = window.controller
    copy = tmp_path / "copy.txt"
    copy.write_text(c.document.text, encoding="utf-8")
    with qtbot.waitSignal(window.files.sig_background_task_finished, timeout=20_000):
        window.files.import_paths([str(copy)])
    box = window.files.problem_box
    assert box is not None and "same text" in box.detailedText() and "copy" in box.detailedText()


def test_stats_into_a_closed_pipe_ends_quietly(project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from cli.main import main

    class ClosedPipe(io.StringIO):
        def write(self, _text: str) -> int:
            raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr("sys.stdout", ClosedPipe())
    code = main(["stats", str(project)])
    assert code == 0
    assert "Traceback" not in capsys.readouterr().err
