"""File › Import asks how: the format (detected, or the one chosen in the file dialog), that
format's read options, the layer for annotations that name no annotator, and the switches of
`kathan import` (--replace-layer, --follow-links, --extend-schema)."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from gui.workers import AUTO

# A smiley before the quote: UTF-16 counts it twice, code points once.
TEXT = "🙂 प्रवक्ता ने कहा, “बातचीत सफल रही।”\n"
QUOTE = "“बातचीत सफल रही।”"


def doccano_file(folder: Path, unit_utf16: bool, label: str = "QUOTE") -> Path:
    start = TEXT.index(QUOTE) + (1 if unit_utf16 else 0)
    end = start + len(QUOTE)
    path = folder / "colleague.jsonl"
    record = {"text": TEXT, "entities": [{"id": 1, "label": label, "start_offset": start, "end_offset": end}], "relations": []}
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def open_import(qtbot, window, monkeypatch, paths: list[Path], chosen_filter: str = ""):  # type: ignore[no-untyped-def]
    """File › Import files… (Ctrl+I) with the file dialog answering ``paths``."""
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(p) for p in paths], chosen_filter))
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    dialog = window.files.import_window
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def press_import(qtbot, window, dialog):  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.files.sig_background_task_finished, timeout=30_000) as blocker:
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    return blocker.args[0]


def imported(window):  # type: ignore[no-untyped-def]
    """The imported document (the one holding TEXT)."""
    ws = window.controller.workspace
    return next(a for a in map(ws.annotated, ws.document_ids()) if a.document.text == TEXT)


def test_utf16_offsets_are_chosen_in_the_import_dialog(qtbot, window, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A doccano file counted in UTF-16 units (as doccano's browser counts): picking doccano's
    entry in the file dialog preselects the format, and choosing --offset-unit utf16 with the
    keyboard lands the quote on the same characters, as `kathan import --offset-unit utf16` does."""
    from kathan.formats import registry

    path = doccano_file(tmp_path, unit_utf16=True)
    doccano_filter = next(f for f in registry.import_file_filter().split(";;") if registry.format_of_filter(f) == "doccano")
    dialog = open_import(qtbot, window, monkeypatch, [path], doccano_filter)
    assert dialog.format_box.currentData() == "doccano"
    assert "doccano" in dialog.detected_label.text()
    unit = dialog.option_rows.widgets["offset_unit"]
    unit.setFocus()
    while unit.currentData() != "utf16":
        qtbot.keyClick(unit, Qt.Key.Key_Down)
    assert dialog.choice().options == {"offset_unit": "utf16"}
    press_import(qtbot, window, dialog)
    annotated = imported(window)
    (span,) = annotated.spans
    start, end = span.fragments[0]
    assert annotated.document.text[start:end] == QUOTE


def test_detecting_by_content_shows_every_read_option_and_the_format_found(qtbot, window, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """With "Detect by content" the dialog names what it found and offers the read options of
    every format; choosing a format shows only that format's."""
    dialog = open_import(qtbot, window, monkeypatch, [doccano_file(tmp_path, unit_utf16=False)])
    assert dialog.format_box.currentData() == AUTO
    assert "doccano" in dialog.detected_label.text()
    assert {"offset_unit", "spans_key"} <= set(dialog.option_rows.widgets)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("spacy"))
    assert set(dialog.option_rows.widgets) == {"spans_key"}
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("conll"))
    assert dialog.option_rows.widgets == {}
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("doccano"))
    assert set(dialog.option_rows.widgets) == {"offset_unit"}


def test_the_layer_named_in_the_dialog_signs_the_imported_spans(qtbot, window, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """doccano carries no annotator: the Layer field (default: the window's annotator) names it,
    as `kathan import --annotator` does."""
    dialog = open_import(qtbot, window, monkeypatch, [doccano_file(tmp_path, unit_utf16=False)])
    assert dialog.annotator_edit.text() == window.controller.annotator
    dialog.annotator_edit.clear()
    qtbot.keyClicks(dialog.annotator_edit, "asha")
    press_import(qtbot, window, dialog)
    (span,) = imported(window).spans
    assert span.annotator == "asha"


def test_labels_missing_from_the_schema_are_added_when_the_box_is_ticked(qtbot, window, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A file using a label the project lacks imports when "Add labels … the schema lacks" is on."""
    dialog = open_import(qtbot, window, monkeypatch, [doccano_file(tmp_path, unit_utf16=False, label="RUMOUR")])
    box = dialog.extend_box
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))
    assert dialog.choice().extend_schema
    press_import(qtbot, window, dialog)
    assert "RUMOUR" in {label.name for label in window.controller.workspace.schema.labels}


def test_a_file_with_a_missing_label_fails_and_the_dialog_choices_survive_the_retry(qtbot, window, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Without the box the import is refused, naming what is missing; the message box's "Add
    them to the schema and import" retries with the same format and options."""
    path = doccano_file(tmp_path, unit_utf16=True, label="RUMOUR")
    dialog = open_import(qtbot, window, monkeypatch, [path])
    dialog.option_rows.widgets["offset_unit"].setCurrentIndex(dialog.option_rows.widgets["offset_unit"].findData("utf16"))
    press_import(qtbot, window, dialog)
    box = window.files.problem_box
    add = box.findChild(type(box.buttons()[0]), "button_extend_schema")
    assert add is not None and "RUMOUR" in box.detailedText()
    with qtbot.waitSignal(window.files.sig_background_task_finished, timeout=30_000):
        add.click()
    (span,) = imported(window).spans
    start, end = span.fragments[0]
    assert TEXT[start:end] == QUOTE
