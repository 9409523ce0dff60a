"""Import and export run off the GUI thread with a progress dialog; Cancel stops them cleanly."""

from __future__ import annotations

import json
import threading
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QThread, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from gui.workers import Worker

ARTICLE = "नई दिल्ली: प्रवक्ता ने कहा कि बातचीत सफल रही।\n"


def test_import_files_in_the_background_adds_documents(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Importing two text files adds two documents to the list without blocking the window."""
    for name in ("one", "two"):
        (tmp_path / f"{name}.txt").write_text(name + " " + ARTICLE, encoding="utf-8")
    with qtbot.waitSignal(window.files.sig_background_task_finished, timeout=20_000) as blocker:
        window.files.import_paths([str(tmp_path / "one.txt"), str(tmp_path / "two.txt")])
    assert len(blocker.args[0].documents_added) == 2
    assert window.document_list.model.rowCount() == 3
    assert window.controller.document.name == "ambassador-lavrov"  # the open article stays open


def test_a_folder_dropped_on_the_window_is_imported(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Drag-and-drop of a folder onto the window imports every text in it."""
    folder = tmp_path / "drop"
    folder.mkdir()
    (folder / "a.txt").write_text("क " + ARTICLE, encoding="utf-8")
    (folder / "b.txt").write_text("ख " + ARTICLE, encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder))])
    enter = QDragEnterEvent(QPointF(window.rect().center()), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(window.rect().center()), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.files.sig_background_task_finished, timeout=20_000):
        QApplication.sendEvent(window, drop)
    names = {d.name for d in window.controller.documents()}
    assert {"a", "b"} <= names


def test_export_writes_every_document_in_the_background(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Exporting JSONL streams the project to a file and reports what it wrote."""
    c = window.controller
    text = c.document.text
    start = text.index("विनय कुमार")
    c.add_span("SPEAKER", ((start, start + len("विनय कुमार")),))
    from kathan.formats.registry import writable_formats

    assert {a.objectName() for a in window.export_actions} == {f"action_export_{n}" for n in writable_formats()}
    out = tmp_path / "out.jsonl"
    with qtbot.waitSignal(window.files.sig_background_task_finished, timeout=20_000) as blocker:
        window.files.export_to("jsonl", str(out))
    report = blocker.args[0]
    assert (report.documents, report.spans) == (1, 1)
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(lines) == 1


def test_cancel_stops_a_worker_through_its_progress_callback(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A job that reports progress stops at the next report after cancel(), reporting an empty failure."""
    started = threading.Event()

    def job(progress):  # type: ignore[no-untyped-def]
        for i in range(10_000):
            progress(i, 10_000)
            started.set()
            QThread.msleep(1)
        return "finished"

    worker = Worker(job)
    thread = QThread()
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    with qtbot.waitSignal(worker.sig_failed, timeout=20_000) as blocker:
        thread.start()
        assert started.wait(10)
        worker.cancel()
    assert blocker.args == [""]
    thread.quit()
    thread.wait()


def test_a_bad_file_imports_nothing_and_lists_its_problems(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A JSONL line that is not JSON: nothing is imported, and the message names file and line."""
    bad = tmp_path / "bad.jsonl"
    good = json.dumps({"id": "ok", "text": ARTICLE}, ensure_ascii=False)
    bad.write_text(good + "\n{not json\n", encoding="utf-8")
    with qtbot.waitSignal(window.files.sig_background_task_finished, timeout=20_000) as blocker:
        window.files.import_paths([str(bad)])
    assert blocker.args[0] is None
    assert window.document_list.model.rowCount() == 1
    box = window.files.problem_box
    assert box.isVisible() and "bad.jsonl:2" in box.detailedText()
    box.close()


def test_an_import_shows_its_warnings(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """What an import skipped or converted (here a file of no importable kind) is shown, as the
    command line prints it, instead of being dropped."""
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "a.txt").write_text("क " + ARTICLE, encoding="utf-8")
    (folder / "notes.md").write_text("# notes", encoding="utf-8")
    with qtbot.waitSignal(window.files.sig_background_task_finished, timeout=20_000) as blocker:
        window.files.import_paths([str(folder)])
    assert len(blocker.args[0].documents_added) == 1
    box = window.files.problem_box
    assert box is not None and "skipped 1 files of no importable kind: notes.md" in box.detailedText()


def test_the_window_has_the_keyboard_back_after_a_task_whose_dialog_showed(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """A task slow enough to show its progress dialog leaves the window active when it ends, so
    its shortcuts (Ctrl+Shift+S) work again at once."""
    release = threading.Event()

    def slow(progress) -> str:  # type: ignore[no-untyped-def]
        release.wait(5)
        return "done"

    task = window.files._tasks.start("Working…", slow)
    qtbot.waitUntil(lambda: task.dialog.isVisible(), timeout=5000)
    task.dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is task.dialog, timeout=5000)
    with qtbot.waitSignal(task.sig_finished, timeout=10_000):
        release.set()
    assert QApplication.activeWindow() is window
    with qtbot.waitSignal(window.suggestions.sig_suggest_finished, timeout=10_000):
        qtbot.keyClick(window.view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)


def test_an_import_needing_new_labels_offers_to_extend_the_schema(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A file using a label the schema lacks is refused with the list of what is missing; the
    message box's "Add them to the schema and import" imports it with the label added, and the
    reopened project's palette offers the new label."""
    from PySide6.QtWidgets import QPushButton

    line = {"id": "new-label", "text": ARTICLE, "spans": [{"id": "T1", "label": "EVENT", "fragments": [[0, 2]]}]}
    path = tmp_path / "event.jsonl"
    path.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    with qtbot.waitSignal(window.files.sig_background_task_finished, timeout=20_000) as blocker:
        window.files.import_paths([str(path)])
    assert blocker.args[0] is None
    box = window.files.problem_box
    assert "labels EVENT" in box.informativeText()
    add = box.findChild(QPushButton, "button_extend_schema")
    assert add is not None
    with qtbot.waitSignal(window.files.sig_background_task_finished, timeout=20_000) as blocker:
        add.click()
    assert len(blocker.args[0].documents_added) == 1
    qtbot.waitUntil(lambda: window.controller.schema.label("EVENT") is not None, timeout=10_000)
    assert "new-label" in {d.name for d in window.controller.documents()}
