"""The File menu's work: project dialogs, importing and exporting off the GUI thread.

``ProjectFiles`` asks for paths, starts import and export tasks on the window's
``TaskRunner`` and reports how they ended; opening a project is left to whoever listens to
``sig_project_open_requested`` (the launcher), so this module never holds a Workspace.

Exports never overwrite silently: files in the target that are not an unchanged earlier
export of this project (``kathan.formats.output.files_in_the_way``) are listed and the user
is asked first; the export itself is written beside the target and moved in.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from gui.i18n import tr
from gui.controller import Controller
from gui.export_dialog import ExportChoice, ExportDialog, ExportScope
from gui.import_dialog import ImportDialog
from gui.workers import BackgroundTask, ImportChoice, ImportReport, TaskRunner, export_job, import_job
from kathan.formats.base import AUTO
from kathan.formats.output import files_in_the_way
from kathan.model import DocumentId, DocumentStatus

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
        self.export_window: ExportDialog | None = None
        self.import_window: ImportDialog | None = None
        self.overwrite_box: QMessageBox | None = None

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

    def import_files_dialog(self) -> ImportDialog | None:
        """File › Import files: choose files, then their format, options and layer."""
        from kathan.formats import registry

        paths, chosen_filter = QFileDialog.getOpenFileNames(
            self._window, "Import files", str(Path.home()), registry.import_file_filter()
        )
        return self.import_dialog(paths, registry.format_of_filter(chosen_filter) or AUTO) if paths else None

    def import_folder_dialog(self) -> ImportDialog | None:
        path = QFileDialog.getExistingDirectory(self._window, "Import a folder", str(Path.home()))
        return self.import_dialog([path]) if path else None

    def import_dialog(self, paths: Sequence[str], format_name: str = AUTO) -> ImportDialog:
        """Ask how to import ``paths`` (format, its read options, layer, switches), then import."""
        dialog = ImportDialog(paths, self._controller.annotator, format_name, self._window)
        dialog.accepted.connect(lambda: self._import_chosen(dialog.choice()))
        dialog.finished.connect(dialog.deleteLater)
        self.import_window = dialog
        dialog.open()
        return dialog

    def _import_chosen(self, choice: ImportChoice) -> BackgroundTask:
        return self.import_paths(choice.paths, choice)

    def import_paths(self, paths: Sequence[str], choice: ImportChoice | None = None) -> BackgroundTask:
        """Import ``paths`` off the GUI thread as ``choice`` says (default: detected by content,
        into the window's annotator's layer); the window updates when the import commits.

        An import refused because the files use labels, relation types or attributes the
        schema lacks offers, in its message box, to add them and import again."""
        c = self._controller
        choice = replace(choice or ImportChoice(tuple(paths)), paths=tuple(paths))
        job = import_job(c.workspace.connect_url, choice.annotator or c.annotator, choice)
        task = self._tasks.start("Importing…", job)
        task.sig_finished.connect(self._on_import_finished)
        task.sig_failed.connect(lambda message: self._on_import_failed(choice, message))
        return task

    def _on_import_failed(self, choice: ImportChoice, message: str) -> None:
        from kathan.validate import MISSING_FROM_SCHEMA

        self._on_task_failed("Import", message)
        if MISSING_FROM_SCHEMA in message.split("\n", 1)[0] and self.problem_box is not None:
            add = self.problem_box.addButton(tr("Add them to the schema and import"), QMessageBox.ButtonRole.AcceptRole)
            add.setObjectName("button_extend_schema")
            add.clicked.connect(lambda: self.import_paths(choice.paths, replace(choice, extend_schema=True)))

    def _on_import_finished(self, report: ImportReport) -> None:
        changes = report.changes
        if report.schema_extended:
            # The labels and attributes added must reach the palette and the checks: reopen.
            self.sig_project_open_requested.emit(self._controller.project_path)
        else:
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

    def export_dialog(self, format_name: str) -> ExportDialog:
        """File › Export › format: ask where, which documents and whether with suggestions."""
        from kathan.formats import registry

        target = registry.export_target(format_name)
        project = Path(self._controller.project_path).stem or "export"
        default = Path.home() / (f"{project}-{format_name}" if target.folder else f"{project}{target.suffix}")
        dialog = ExportDialog(
            format_name,
            target.folder,
            str(default),
            self._controller.document is not None,
            self._window,
            target.file_filter,
            registry.get_format(format_name).options_for("write"),
        )
        dialog.accepted.connect(lambda: self.export_chosen(dialog.choice()))
        dialog.finished.connect(dialog.deleteLater)
        self.export_window = dialog
        dialog.open()
        return dialog

    def export_chosen(self, choice: ExportChoice) -> BackgroundTask | None:
        """Export what ``choice`` names; when files are in the way, ask before replacing them."""
        doc_ids = self._scope_ids(choice.scope)
        if doc_ids is not None and not doc_ids:
            self.sig_status_message.emit(tr("No document is marked done: nothing was exported"), 6000)
            return None
        in_the_way = files_in_the_way(choice.out, self._controller.workspace.identity())
        if not in_the_way:
            return self.export_to(choice.format_name, choice.out, doc_ids, suggestions=choice.suggestions, options=choice.options)
        shown = "\n".join(in_the_way[:12]) + (f"\n… and {len(in_the_way) - 12} more" if len(in_the_way) > 12 else "")
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            tr("Replace files?"),
            tr("{0} holds {1} file{2} that are not an earlier Kathan export of this project. The export would replace them or mix with them.").format(choice.out, len(in_the_way), 's' if len(in_the_way) != 1 else ''),
            QMessageBox.StandardButton.Cancel,
            self._window,
        )
        box.setInformativeText(shown)
        box.setDetailedText("\n".join(in_the_way))
        replace_button = box.addButton(tr("Replace"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def answered() -> None:
            if box.clickedButton() is replace_button:
                self.export_to(
                    choice.format_name, choice.out, doc_ids, suggestions=choice.suggestions, overwrite=True, options=choice.options
                )
            else:
                self.sig_status_message.emit(tr("Export cancelled: nothing was written"), 4000)

        box.finished.connect(answered)
        self.overwrite_box = box
        box.open()
        return None

    def _scope_ids(self, scope: ExportScope) -> list[DocumentId] | None:
        c = self._controller
        if scope is ExportScope.DOCUMENT and c.document is not None:
            return [c.document.id]
        if scope is ExportScope.DONE:
            return c.document_ids(status=DocumentStatus.DONE)
        return None

    def export_to(
        self,
        format_name: str,
        out: str,
        doc_ids: list[DocumentId] | None = None,
        *,
        suggestions: bool = False,
        overwrite: bool = False,
        options: dict[str, Any] | None = None,
    ) -> BackgroundTask:
        """Export in the background; without ``overwrite`` a target holding other files fails,
        naming them. ``options`` are the format's own (``{"scheme": "bilou"}``)."""
        c = self._controller
        job = export_job(
            c.workspace.connect_url, c.annotator, format_name, out, doc_ids,
            suggestions=suggestions, overwrite=overwrite, options=options,
        )
        task = self._tasks.start(f"Exporting {format_name}…", job)
        task.sig_finished.connect(self._on_export_finished)
        task.sig_failed.connect(lambda message: self._on_task_failed("Export", message))
        return task

    def _on_export_finished(self, report: Any) -> None:
        warnings = getattr(report, "warnings", [])
        text = export_summary(report)
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
            self.sig_status_message.emit(tr("{0} cancelled").format(what), 4000)
        self.sig_background_task_finished.emit(None)

    def _show_box(self, icon: QMessageBox.Icon, title: str, text: str, informative: str, details: str) -> None:
        """A non-blocking message box: the user reads every problem while the window stays usable."""
        box = QMessageBox(icon, title, text, parent=self._window)
        box.setInformativeText(informative)
        box.setDetailedText(details)
        box.open()
        self.problem_box = box


def export_summary(report: Any) -> str:
    """``Exported 3 documents, 12 spans, 4 relations (offsets in Unicode code points).``: only
    what was written (no "0 relations"), and what the offsets count."""
    from kathan.formats.base import offsets_in

    parts = [_count(report.documents, "document")]
    if report.spans:
        parts.append(_count(report.spans, "span"))
    if report.relations:
        parts.append(_count(report.relations, "relation"))
    unit = getattr(report, "offset_unit", "")
    return "Exported " + ", ".join(parts) + (f" ({offsets_in(unit)})" if unit else "") + "."


def _count(number: int, noun: str) -> str:
    return f"{number:,} {noun}{'s' if number != 1 else ''}"
