"""The window's team commands: which layer is shown, agreement, curation, merging projects,
opening a project on a server, and noticing colleagues' edits within seconds.

``TeamCommands`` builds the Team menu and the File menu's Merge and Open-server actions; its
timer asks the project every ``POLL_MS`` whether anyone else committed (one cheap read of
``data_version``) and reloads the window when so, except while the window's own background
task writes.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu, QMessageBox, QWidget

from gui.i18n import tr
from gui.agreement_window import AgreementWindow
from gui.controller import Controller
from gui.curation_view import CurationView
from gui.workers import BackgroundTask, MergeOutcome, TaskRunner, merge_job
from kathan.agreement import agree
from kathan.layers import GOLD
from kathan.model import KathanError

POLL_MS = 2000
ALL_LAYERS_TEXT = "&All layers"


class TeamCommands(QObject):
    """Team menu actions and the poll for others' edits; ``window`` parents their dialogs."""

    sig_project_open_requested = Signal(str)
    """The user typed a server project's URL to open."""
    sig_status_message = Signal(str, int)
    """Something to tell the user in the status bar, for so many milliseconds."""
    sig_merge_finished = Signal(list)
    """A background merge ended; carries the lines reported to the user."""

    def __init__(self, controller: Controller, tasks: TaskRunner, window: QWidget) -> None:
        super().__init__(window)
        self._controller = controller
        self._tasks = tasks
        self._window = window
        self.agreement_window: AgreementWindow | None = None
        self.curation_view: CurationView | None = None
        self.document_actions: list[QAction] = []
        """The window's previous/next document and status actions, offered in the curation view too."""
        self.agreement_action = self._action(tr("&Agreement…"), self.show_agreement, "action_agreement")
        self.curation_action = self._action(tr("&Curation (settle into gold)…"), self.show_curation, "action_curation")
        self.merge_action = self._action(tr("&Merge projects…"), self.merge_dialog, "action_merge")
        self.open_server_action = self._action(tr("Open project on a &server…"), self.open_server_dialog, "action_open_server")
        self.layer_menu = QMenu(tr("Show &layer"), window)
        self.layer_menu.aboutToShow.connect(self._fill_layer_menu)
        self.overlay_menu = QMenu(tr("Show &over it (read-only)"), window)
        self.overlay_menu.aboutToShow.connect(self._fill_overlay_menu)
        self.poll = QTimer(self)
        self.poll.setInterval(POLL_MS)
        self.poll.timeout.connect(self.check_others)
        self.poll.start()

    def _action(self, text: str, slot: object, name: str) -> QAction:
        action = QAction(text, self._window)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        return action

    def fill_menu(self, menu: QMenu) -> None:
        menu.addMenu(self.layer_menu)
        menu.addMenu(self.overlay_menu)
        menu.addSeparator()
        menu.addActions([self.agreement_action, self.curation_action])
        menu.addSeparator()
        menu.addAction(self.merge_action)

    # -- layers ------------------------------------------------------------------------------

    def _layer_names(self) -> list[str]:
        names = self._controller.layers()
        return names if GOLD in names else [*names, GOLD]

    def _fill_layer_menu(self) -> None:
        c = self._controller
        self.layer_menu.clear()
        group = QActionGroup(self.layer_menu)
        for name in ["", *self._layer_names()]:
            shown = ALL_LAYERS_TEXT if not name else (f"{name} (yours)" if name == c.annotator else name)
            action = self.layer_menu.addAction(shown)
            action.setCheckable(True)
            action.setChecked(name == c.layer)
            action.setObjectName(f"layer_{name or 'all'}")
            group.addAction(action)
            action.triggered.connect(lambda _c=False, n=name: c.show_layer(n, c.overlay if n else ""))

    def _fill_overlay_menu(self) -> None:
        c = self._controller
        self.overlay_menu.clear()
        group = QActionGroup(self.overlay_menu)
        for name in ["", *(n for n in self._layer_names() if n != c.layer)]:
            action = self.overlay_menu.addAction(name or tr("&Nothing"))
            action.setCheckable(True)
            action.setChecked(name == c.overlay)
            action.setEnabled(bool(c.layer))
            action.setObjectName(f"overlay_{name or 'none'}")
            group.addAction(action)
            action.triggered.connect(lambda _c=False, n=name: c.show_layer(c.layer, n))

    # -- windows -----------------------------------------------------------------------------

    def show_agreement(self) -> AgreementWindow | None:
        ws = self._controller.workspace
        if ws is None:
            return None
        report = agree(ws.iter_annotated())
        if self.agreement_window is None:
            self.agreement_window = AgreementWindow(report, self._window)
        else:
            self.agreement_window.show_report(report)
        self.agreement_window.show()
        self.agreement_window.raise_()
        return self.agreement_window

    def show_curation(self) -> CurationView | None:
        if self._controller.workspace is None:
            return None
        if self.curation_view is None:
            self.curation_view = CurationView(self._controller, self._window, self.document_actions)
        self.curation_view.refresh()
        self.curation_view.show()
        self.curation_view.raise_()
        return self.curation_view

    # -- projects ----------------------------------------------------------------------------

    def merge_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self._window, tr("Merge other annotators' projects"), "", tr("Kathan projects (*.kathan);;All files (*)")
        )
        if paths:
            self.merge(paths)

    def merge(self, sources: list[str]) -> BackgroundTask | None:
        """Merge ``sources`` into the open project off the GUI thread, with progress and Cancel;
        when done the window reloads and a box reports each source (conflicts included)."""
        c = self._controller
        if c.workspace is None or not sources:
            return None
        task = self._tasks.start(tr("Merging projects…"), merge_job(c.workspace.connect_url, c.annotator, list(sources)))
        task.sig_finished.connect(self._on_merged)
        task.sig_failed.connect(self._on_merge_failed)
        return task

    def _on_merged(self, outcomes: list[MergeOutcome]) -> None:
        lines = merge_lines(outcomes)
        self._controller.check_external()
        self.sig_merge_finished.emit(lines)
        QMessageBox.information(self._window, tr("Merge"), "\n".join(lines[:40]))

    def _on_merge_failed(self, message: str) -> None:
        self._controller.check_external()  # sources merged before a Cancel stay merged
        lines = [tr("Merge cancelled: the source under way was left out, those before it are merged")] if not message else [
            tr("Merge failed: {0}").format(message)
        ]
        self.sig_merge_finished.emit(lines)
        QMessageBox.information(self._window, tr("Merge"), "\n".join(lines))

    def open_server_dialog(self) -> None:
        url, ok = QInputDialog.getText(
            self._window,
            tr("Open project on a server"),
            tr("PostgreSQL URL (the password from ~/.pgpass or the system keyring is best; one typed here is used and never stored):"),
            text="postgresql+psycopg://user@host/database",
        )
        if ok and url.strip():
            self.sig_project_open_requested.emit(url.strip())

    # -- others' edits -----------------------------------------------------------------------

    def check_others(self) -> bool:
        """Reload when someone else committed (keeping our undo steps), unless our own background task is writing."""
        if self._controller.workspace is None or self._tasks.busy():
            return False
        try:
            return self._controller.check_external(keep_undo=True)
        except KathanError as exc:
            self.sig_status_message.emit(tr("could not reach the project: {0}").format(exc), 5000)
            return False


def merge_lines(outcomes: list[MergeOutcome]) -> list[str]:
    """One line a source, then the conflicts left as they were."""
    lines: list[str] = []
    conflicts: list[str] = []
    for outcome in outcomes:
        if outcome.report is None:
            lines.append(tr("{0}: not merged: {1}").format(outcome.source, outcome.refused))
            continue
        report = outcome.report
        lines.append(tr("{0}: {1} new documents, layers added to {2} documents").format(outcome.source, report.added, report.layered))
        conflicts += [p.message for p in report.conflicts]
    if conflicts:
        lines.append(tr("{0} conflicts left as they were (settle them in Team › Curation):").format(len(conflicts)))
        lines += conflicts
    return lines
