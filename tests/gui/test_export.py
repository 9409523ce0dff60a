"""File › Export in the window: never overwrite silently (ask), and choose which documents
(this one, those marked done, all), with or without open suggestions."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from gui.export_dialog import ExportScope
from kathan.model import DocumentRecord, DocumentStatus

OTHER = "नई दिल्ली: प्रवक्ता ने कहा कि बातचीत सफल रही।\n"


def export_action(window, name: str):  # type: ignore[no-untyped-def]
    return next(a for a in window.export_actions if a.objectName() == f"action_export_{name}")


def fill_dialog(qtbot, window, name: str, out: Path, scope: ExportScope = ExportScope.ALL, suggestions: bool = False):  # type: ignore[no-untyped-def]
    """Open File › Export › ``name``, type the target, pick the scope with clicks, press Export."""
    export_action(window, name).trigger()
    dialog = window.files.export_window
    qtbot.waitExposed(dialog)
    dialog.path_edit.clear()
    qtbot.keyClicks(dialog.path_edit, str(out))
    for button in [dialog.scope_buttons[scope], *([dialog.suggestions_box] if suggestions else [])]:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(6, button.height() // 2))  # on the indicator
    assert dialog.choice().scope is scope and dialog.choice().suggestions is suggestions
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def exported_names(path: Path) -> list[str]:
    return [json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def add_second_document(window) -> None:  # type: ignore[no-untyped-def]
    c = window.controller
    changes = c.workspace.import_records([DocumentRecord(name="other", text=OTHER)])
    c.absorb_background(changes)


def test_exporting_into_a_colleagues_folder_asks_and_cancel_writes_nothing(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A brat folder holding someone's .ann: the window lists it and asks; Cancel leaves it as it was, Replace exports."""
    folder = tmp_path / "colleague"
    folder.mkdir()
    (folder / "theirs.txt").write_text("abc\n", encoding="utf-8")
    (folder / "theirs.ann").write_text("T1\tQUOTE 0 3\tabc\n", encoding="utf-8")
    fill_dialog(qtbot, window, "brat", folder)
    box = window.files.overwrite_box
    qtbot.waitExposed(box)
    assert "theirs.ann" in box.detailedText()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert sorted(p.name for p in folder.iterdir()) == ["theirs.ann", "theirs.txt"]
    assert (folder / "theirs.ann").read_text(encoding="utf-8") == "T1\tQUOTE 0 3\tabc\n"

    fill_dialog(qtbot, window, "brat", folder)
    box = window.files.overwrite_box
    qtbot.waitExposed(box)
    replace = next(b for b in box.buttons() if b.text() == "Replace")
    with qtbot.waitSignal(window.files.sig_background_task_finished, timeout=20_000) as blocker:
        qtbot.mouseClick(replace, Qt.MouseButton.LeftButton)
    assert blocker.args[0] is not None and blocker.args[0].documents == 1
    assert "annotation.conf" in {p.name for p in folder.iterdir()}


def test_exporting_again_into_our_own_export_asks_nothing(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "ours"
    for _ in range(2):
        with qtbot.waitSignal(window.files.sig_background_task_finished, timeout=20_000) as blocker:
            fill_dialog(qtbot, window, "brat", folder)
        assert blocker.args[0] is not None
    assert window.files.overwrite_box is None


def test_a_direct_export_into_a_foreign_folder_fails_naming_the_files(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "foreign"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine", encoding="utf-8")
    with qtbot.waitSignal(window.files.sig_background_task_finished, timeout=20_000) as blocker:
        window.files.export_to("brat", str(folder))
    assert blocker.args[0] is None
    assert "notes.txt" in window.files.problem_box.detailedText()
    assert sorted(p.name for p in folder.iterdir()) == ["notes.txt"]


def test_export_scope_this_document_done_documents_or_all(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    add_second_document(window)
    c = window.controller
    assert c.document.name == "ambassador-lavrov"
    out = tmp_path / "one.jsonl"
    with qtbot.waitSignal(window.files.sig_background_task_finished, timeout=20_000):
        fill_dialog(qtbot, window, "jsonl", out, ExportScope.DOCUMENT)
    assert exported_names(out) == ["ambassador-lavrov"]

    fill_dialog(qtbot, window, "jsonl", tmp_path / "none.jsonl", ExportScope.DONE)
    assert not (tmp_path / "none.jsonl").exists()
    assert "No document is marked done" in window.statusBar().currentMessage()

    other = next(d for d in c.documents() if d.name == "other")
    c.set_status(other.id, other.status, DocumentStatus.DONE)
    with qtbot.waitSignal(window.files.sig_background_task_finished, timeout=20_000):
        fill_dialog(qtbot, window, "jsonl", tmp_path / "done.jsonl", ExportScope.DONE)
    assert exported_names(tmp_path / "done.jsonl") == ["other"]

    with qtbot.waitSignal(window.files.sig_background_task_finished, timeout=20_000):
        fill_dialog(qtbot, window, "jsonl", tmp_path / "all.jsonl", ExportScope.ALL)
    assert sorted(exported_names(tmp_path / "all.jsonl")) == ["ambassador-lavrov", "other"]


def test_export_with_or_without_open_suggestions(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    c = window.controller
    text = c.document.text
    start = text.index("विनय कुमार")
    c.add_span("SPEAKER", ((start, start + len("विनय कुमार")),))
    with qtbot.waitSignal(window.suggestions.sig_suggest_finished, timeout=30_000):
        window.suggestions.suggest_action.trigger()
    offered = len(c.suggestions)
    assert offered
    with qtbot.waitSignal(window.files.sig_background_task_finished, timeout=20_000) as without:
        fill_dialog(qtbot, window, "jsonl", tmp_path / "without.jsonl")
    with qtbot.waitSignal(window.files.sig_background_task_finished, timeout=20_000) as with_:
        fill_dialog(qtbot, window, "jsonl", tmp_path / "with.jsonl", suggestions=True)
    assert without.args[0].spans == 1 and with_.args[0].spans == 1 + offered
    (record,) = [json.loads(line) for line in (tmp_path / "with.jsonl").read_text(encoding="utf-8").splitlines()]
    ids = [s["id"] for s in record["spans"]] if isinstance(record["spans"][0], dict) and "id" in record["spans"][0] else []
    assert len(ids) == len(set(ids))


def test_the_summary_counts_only_what_was_written(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """CoNLL holds no relations: the status bar does not claim any."""
    c = window.controller
    text = c.document.text
    q = text.index("राजदूत @vkumar1969 ने मुलाकात की")
    s = text.index("भारतीय दूतावास", text.index("“"))
    quote = c.add_span("QUOTE", ((q, q + len("राजदूत @vkumar1969 ने मुलाकात की")),)).spans_added[0]
    speaker = c.add_span("SPEAKER", ((s, s + len("भारतीय दूतावास")),)).spans_added[0]
    c.add_relation("said_by", quote.id, speaker.id)
    with qtbot.waitSignal(window.files.sig_background_task_finished, timeout=20_000) as blocker:
        window.files.export_to("conll", str(tmp_path / "out.conll"))
    assert blocker.args[0].relations == 0
    message = window.statusBar().currentMessage()
    assert message.startswith("Exported 1 document, 2 spans") and "relation" not in message


def test_the_dialog_offers_the_formats_own_options(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """File › Export › CoNLL shows --scheme and --layers; choosing BILOU with the keyboard writes BILOU
    tags, as `kathan export --scheme bilou` does."""
    c = window.controller
    text = c.document.text
    start = text.index("विनय")
    c.add_span("SPEAKER", ((start, start + len("विनय")),))
    out = tmp_path / "out.conll"
    export_action(window, "conll").trigger()
    dialog = window.files.export_window
    qtbot.waitExposed(dialog)
    assert set(dialog.option_rows.widgets) == {"scheme", "layers", "plain"}
    dialog.path_edit.clear()
    qtbot.keyClicks(dialog.path_edit, str(out))
    scheme = dialog.option_rows.widgets["scheme"]
    scheme.setFocus()
    while scheme.currentData() != "bilou":
        qtbot.keyClick(scheme, Qt.Key.Key_Down)
    assert dialog.choice().options == {"scheme": "bilou"}
    with qtbot.waitSignal(window.files.sig_background_task_finished, timeout=20_000):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    written = out.read_text(encoding="utf-8")
    assert "U-SPEAKER" in written and "B-SPEAKER" not in written
