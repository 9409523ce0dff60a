"""The File menu's work: project dialogs, importing and exporting off the GUI thread.

``ProjectFiles`` asks for paths, starts import and export tasks on the window's
``TaskRunner`` and reports how they ended; opening a project is left to whoever listens to
``sig_project_open_requested`` (the launcher), so this module never holds a Workspace.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from gui.controller import Controller
from gui.workers import BackgroundTask, ImportReport, TaskRunner, export_job, import_job

PROJECT_FILTER = "Kathan projects (*.kathan);;All files (*)"


class ProjectFiles(QObject):
    """New/open project dialogs, import and export; ``window`` is the parent of its dialogs."""

    sig_project_open_requested = Signal(str)
    """The user chose a project file to open (``new:PATH`` to create one)."""
    sig_background_task_finished = Signal(object)
    """An import or export finished; carries its result (Changes or an ExportReport), or None when it failed."""
    sig_status_message = Signal(str, int)
    """Something to tell the user in the status bar, for so many milliseconds."""

    def __init__(self, controller: Controller, tasks: TaskRunner, window: QWidget) -> None:
        super().__init__(window)
        self._controller = controller
        self._tasks = tasks
        self._window = window
        self.problem_box: QMessageBox | None = None

    # -- projects ---------------------------------------------------------------------------

    def new_project(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self._window, "New project", str(Path.home() / "untitled.kathan"), PROJECT_FILTER)
        if path:
            if not path.endswith(".kathan"):
                path += ".kathan"
            self.sig_project_open_requested.emit("new:" + path)

    def open_project_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self._window, "Open project", str(Path.home()), PROJECT_FILTER)
        if path:
            self.sig_project_open_requested.emit(path)

    def open_dropped(self, paths: Sequence[str]) -> None:
        """Files dropped on the window: one ``.kathan`` opens, anything else is imported."""
        if len(paths) == 1 and paths[0].endswith(".kathan"):
            self.sig_project_open_requested.emit(paths[0])
        elif paths:
            self.import_paths(paths)

    # -- import -----------------------------------------------------------------------------

    def import_files_dialog(self) -> None:
        from kathan.formats import registry

        paths, _ = QFileDialog.getOpenFileNames(self._window, "Import files", str(Path.home()), registry.import_file_filter())
        if paths:
            self.import_paths(paths)

    def import_folder_dialog(self) -> None:
        path = QFileDialog.getExistingDirectory(self._window, "Import a folder", str(Path.home()))
        if path:
            self.import_paths([path])

    def import_paths(self, paths: Sequence[str]) -> BackgroundTask:
        """Import ``paths`` off the GUI thread; the window updates when the import commits."""
        c = self._controller
        task = self._tasks.start("Importing…", import_job(c.workspace.connect_url, c.annotator, list(paths)))
        task.sig_finished.connect(self._on_import_finished)
        task.sig_failed.connect(lambda message: self._on_task_failed("Import", message))
        return task

    def _on_import_finished(self, report: ImportReport) -> None:
        changes = report.changes
        self._controller.absorb_background(changes)
        count = len(changes.documents_added)
        text = f"Imported {count} document{'s' if count != 1 else ''}"
        self.sig_status_message.emit(text, 6000)
        if report.warnings:
            # Skipped files and converted offsets: the command line prints them, so must we.
            summary = f"{len(report.warnings)} warnings (details below)."
            self._show_box(
                QMessageBox.Icon.Information,
                "Import",
                text + ".",
                report.warnings[0] if len(report.warnings) == 1 else summary,
                "\n".join(report.warnings),
            )
        self.sig_background_task_finished.emit(changes)

    # -- export -----------------------------------------------------------------------------

    def export_dialog(self, format_name: str) -> None:
        from kathan.formats import registry

        target = registry.export_target(format_name)
        if target.folder:
            out = QFileDialog.getExistingDirectory(self._window, f"Export {format_name} into a folder", str(Path.home()))
        else:
            default = str(Path.home() / f"export{target.suffix}")
            out, _ = QFileDialog.getSaveFileName(self._window, f"Export {format_name}", default, target.file_filter)
        if out:
            self.export_to(format_name, out)

    def export_to(self, format_name: str, out: str) -> BackgroundTask:
        c = self._controller
        job = export_job(c.workspace.connect_url, c.annotator, format_name, out)
        task = self._tasks.start(f"Exporting {format_name}…", job)
        task.sig_finished.connect(self._on_export_finished)
        task.sig_failed.connect(lambda message: self._on_task_failed("Export", message))
        return task

    def _on_export_finished(self, report: Any) -> None:
        warnings = getattr(report, "warnings", [])
        text = (
            f"Exported {getattr(report, 'documents', '?')} documents, {getattr(report, 'spans', '?')} spans, "
            f"{getattr(report, 'relations', '?')} relations."
        )
        self.sig_status_message.emit(text, 8000)
        if warnings:
            self._show_box(
                QMessageBox.Icon.Information,
                "Export",
                text,
                "Some annotations did not fit the format (details below).",
                "\n".join(warnings),
            )
        self.sig_background_task_finished.emit(report)

    # -- both -------------------------------------------------------------------------------

    def _on_task_failed(self, what: str, message: str) -> None:
        if message:
            self._show_box(
                QMessageBox.Icon.Warning,
                f"{what} failed",
                f"{what} failed; nothing was changed.",
                message.splitlines()[0],
                message,
            )
        else:
            self.sig_status_message.emit(f"{what} cancelled", 4000)
        self.sig_background_task_finished.emit(None)

    def _show_box(self, icon: QMessageBox.Icon, title: str, text: str, informative: str, details: str) -> None:
        """A non-blocking message box: the user reads every problem while the window stays usable."""
        box = QMessageBox(icon, title, text, parent=self._window)
        box.setInformativeText(informative)
        box.setDetailedText(details)
        box.open()
        self.problem_box = box
