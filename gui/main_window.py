"""The workbench window: the article view in the middle, documents left, span details and
relations right, the span table below, every command in a menu with its shortcut.

The window lays the parts out, builds the menus and wires gestures to the controller. Each
part follows the controller's signals by itself (``sig_changes_applied`` carries who made an
edit, so a part skips its own echo); parts that need the window's status bar or another part
say so through their own signals, which are connected here and nowhere else.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from gui.article.selection import NO_SPAN
from gui.article.view import ArticleView
from gui.controller import Controller
from gui.files import ProjectFiles
from gui.linking import Linker
from gui.panels.document_list import DocumentList
from gui.panels.label_palette import LabelPalette
from gui.panels.relations import RelationsPanel
from gui.panels.search_bar import SearchBar
from gui.panels.side_panel import SidePanel
from gui.panels.span_table import SpanTable
from gui.settings import Settings
from gui.shortcuts import ShortcutsDialog
from gui.learning import ModelTrainer
from gui.suggestions import SuggestionReview
from gui.workers import TaskRunner
from kathan.model import DocumentId, SpanId

log = logging.getLogger(__name__)

Shortcut = str | QKeySequence | QKeySequence.StandardKey | None


class MainWindow(QMainWindow):
    """One project, one open document. Owns no data: the controller does."""

    sig_project_open_requested = Signal(str)
    """The user chose a project file to open (File > Open, Recent, or a dropped .kathan)."""

    def __init__(self, controller: Controller, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The controller is the first child, so it (and its undo stack, whose destructor emits
        # indexChanged) is destroyed before the widgets its signals update.
        controller.setParent(self)
        self.controller = controller
        self.settings = settings
        self.setAcceptDrops(True)
        self.setObjectName("main_window")
        self.tasks = TaskRunner(self)

        self.view = ArticleView(self, controller)
        self.search_bar = SearchBar(controller, self)
        self.search_bar.hide()
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.search_bar)
        column.addWidget(self.view, 1)
        self.setCentralWidget(central)

        self.document_list = DocumentList(controller, self)
        self.side_panel = SidePanel(controller, self)
        self.relations_panel = RelationsPanel(controller, self)
        self.span_table = SpanTable(controller, self)
        details = QSplitter(Qt.Orientation.Vertical, self)
        details.addWidget(self.side_panel)
        details.addWidget(self.relations_panel)
        self.documents_dock = self._dock("Documents", self.document_list, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.details_dock = self._dock("Span", details, Qt.DockWidgetArea.RightDockWidgetArea)
        self.spans_dock = self._dock("Spans", self.span_table, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.palette_bar = LabelPalette(controller, self)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.palette_bar)

        self.files = ProjectFiles(controller, self.tasks, self)
        self.linker = Linker(controller, self.view, self)
        self.trainer = ModelTrainer(controller, self)
        self.suggestions = SuggestionReview(controller, self.view, self.tasks, self, self.trainer)

        self.position_label = QLabel(self)
        self.annotator_label = QLabel(self)
        self.counts_label = QLabel(self)
        self.suggestions_label = QLabel(self)
        self.suggestions_label.setObjectName("suggestions_count")
        self.model_label = QLabel(self.trainer.status, self)
        self.model_label.setObjectName("model_status")
        for label in (self.position_label, self.annotator_label, self.counts_label, self.suggestions_label, self.model_label):
            self.statusBar().addPermanentWidget(label)

        self._build_actions()
        self._build_menus()
        self._connect()
        self.resize(1400, 900)
        self.resizeDocks([self.documents_dock, self.details_dock], [300, 340], Qt.Orientation.Horizontal)
        self.resizeDocks([self.spans_dock], [180], Qt.Orientation.Vertical)

    # -- construction -----------------------------------------------------------------------

    def _dock(self, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock_{title.lower()}")
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.addDockWidget(area, dock)
        return dock

    def _action(self, text: str, slot: Callable[[], object], shortcut: Shortcut, name: str) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        action.setObjectName(name)
        return action

    def _build_actions(self) -> None:
        a = self._action
        files = self.files
        self.new_action = a("&New project…", files.new_project, QKeySequence.StandardKey.New, "action_new_project")
        self.open_action = a("&Open project…", files.open_project_dialog, QKeySequence.StandardKey.Open, "action_open_project")
        self.import_files_action = a("&Import files…", files.import_files_dialog, "Ctrl+I", "action_import_files")
        self.import_folder_action = a("Import &folder…", files.import_folder_dialog, "Ctrl+Shift+I", "action_import_folder")
        self.quit_action = a("&Quit", self.close, "Ctrl+Q", "action_quit")  # StandardKey.Quit is empty on some desktops
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        stack = self.controller.undo_stack
        self.undo_action = stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.undo_action.setObjectName("action_undo")
        self.redo_action = stack.createRedoAction(self, "&Redo")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.setObjectName("action_redo")
        self.delete_action = a("&Delete", self.delete_selected, QKeySequence(Qt.Key.Key_Delete), "action_delete")
        self.find_action = a("&Find…", self.search_bar.open_bar, QKeySequence.StandardKey.Find, "action_find")
        self.resize_action = a("Set span to &selection", self.resize_to_selection, "Ctrl+E", "action_resize")
        self.details_action = a("Edit span &details", self._focus_details, "F2", "action_details")

        self.next_document_action = a("&Next document", lambda: self._step_document(+1), "Ctrl+PgDown", "action_next_document")
        self.previous_document_action = a(
            "&Previous document", lambda: self._step_document(-1), "Ctrl+PgUp", "action_previous_document"
        )
        self.status_action = a("Cycle document &status", self.cycle_status, "Ctrl+D", "action_cycle_status")

        view = self.view
        self.zoom_in_action = a("Zoom &in", view.zoom_in, QKeySequence.StandardKey.ZoomIn, "action_zoom_in")
        self.zoom_in_action.setShortcuts([QKeySequence("Ctrl+="), QKeySequence("Ctrl++")])
        self.zoom_out_action = a("Zoom &out", view.zoom_out, "Ctrl+-", "action_zoom_out")
        self.zoom_reset_action = a("&Reset zoom", view.zoom_reset, "Ctrl+0", "action_zoom_reset")
        self.snap_action = a(
            "Snap selection to whole &tokens",
            lambda: self._set_snap_to_tokens(self.snap_action.isChecked()),
            "Ctrl+T",
            "action_snap_tokens",
        )
        self.snap_action.setCheckable(True)
        self.snap_action.setChecked(self.settings.snap_to_tokens)
        view.set_snap_to_tokens(self.settings.snap_to_tokens)
        self.focus_actions = [
            a("Go to &documents", self.document_list.setFocus, "Ctrl+1", "action_focus_documents"),
            a("Go to &article", view.setFocus, "Ctrl+2", "action_focus_article"),
            a("Go to span &table", self.span_table.setFocus, "Ctrl+3", "action_focus_spans"),
            a("Go to &relations", self.relations_panel.setFocus, "Ctrl+4", "action_focus_relations"),
        ]
        self.shortcuts_action = a("&Keyboard shortcuts", self.show_shortcuts, "F1", "action_shortcuts")
        self.about_action = a("&About Kathan", self.show_about, None, "action_about")

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        file_menu.addActions([self.new_action, self.open_action])
        self.recent_menu = file_menu.addMenu("Open &recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self._fill_recent_menu()
        file_menu.addSeparator()
        file_menu.addActions([self.import_files_action, self.import_folder_action])
        self.export_menu = file_menu.addMenu("&Export")
        self._fill_export_menu()
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        edit_menu = bar.addMenu("&Edit")
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.delete_action, self.resize_action, self.details_action])
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)

        self.label_menu = bar.addMenu("&Label")
        self.label_menu.aboutToShow.connect(self._fill_label_menu)

        document_menu = bar.addMenu("&Document")
        document_menu.addActions([self.next_document_action, self.previous_document_action, self.status_action])

        self.suggestions_menu = bar.addMenu("S&uggestions")
        self.suggestions.fill_menu(self.suggestions_menu)

        view_menu = bar.addMenu("&View")
        view_menu.addActions([self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action])
        view_menu.addSeparator()
        view_menu.addAction(self.snap_action)
        view_menu.addSeparator()
        view_menu.addActions(self.focus_actions)
        view_menu.addSeparator()
        for dock in (self.documents_dock, self.details_dock, self.spans_dock):
            view_menu.addAction(dock.toggleViewAction())
        view_menu.addAction(self.palette_bar.toggleViewAction())

        help_menu = bar.addMenu("&Help")
        help_menu.addActions([self.shortcuts_action, self.about_action])

    def _fill_label_menu(self) -> None:
        self.label_menu.clear()
        self.label_menu.addActions(self.palette_bar.label_actions)
        self.label_menu.addSeparator()
        self.label_menu.addActions([self.linker.link_action, self.linker.link_nearby_action])

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_projects
        for index, path in enumerate(recent, start=1):
            action = self.recent_menu.addAction(f"&{index % 10} {Path(path).name}  —  {Path(path).parent}")
            action.setData(path)
            action.triggered.connect(lambda _c=False, p=path: self.sig_project_open_requested.emit(p))
        if not recent:
            self.recent_menu.addAction("(none)").setEnabled(False)

    def _fill_export_menu(self) -> None:
        from kathan.formats import registry

        self.export_menu.clear()
        self.export_actions: list[QAction] = []
        for fmt in registry.all_formats():
            if fmt.writer is None:
                continue
            action = self.export_menu.addAction(f"{fmt.display}…")
            action.setToolTip(fmt.description)
            action.setObjectName(f"action_export_{fmt.name}")
            action.triggered.connect(lambda _c=False, name=fmt.name: self.files.export_dialog(name))
            self.export_actions.append(action)
        if not self.export_actions:
            self.export_menu.addAction("(no export formats)").setEnabled(False)

    def _connect(self) -> None:
        c = self.controller
        c.sig_project_opened.connect(self._on_project_opened)
        c.sig_document_opened.connect(lambda _doc: self._update_title())
        c.sig_changes_applied.connect(lambda _changes, _origin: self._update_status())
        c.sig_document_opened.connect(lambda _doc: self._update_status())
        c.sig_suggestions_changed.connect(self._update_status)
        c.sig_project_reloaded.connect(lambda: self._say("Reloaded: the project was changed elsewhere", 5000))
        c.sig_edit_refused.connect(lambda reason: self._say(f"Not done: {reason}", 8000))
        c.undo_stack.indexChanged.connect(lambda _i: self._update_status())
        view = self.view
        view.sig_span_selected.connect(self._on_span_selected)
        view.sig_suggestion_selected.connect(self._on_suggestion_selected)
        view.sig_fragment_add_requested.connect(self._on_fragment_add_requested)
        view.sig_font_size_changed.connect(self._remember_zoom)
        # The label actions belong to the palette (a child of the window), so their hotkeys work
        # even when the palette is hidden; the Label menu shows the same action objects.
        self.palette_bar.sig_label_requested.connect(self.label_selection)
        self.document_list.sig_document_activated.connect(lambda doc_id: self.open_document(DocumentId(doc_id)))
        self.document_list.sig_status_cycle_requested.connect(self.controller.cycle_status)
        self.span_table.sig_span_activated.connect(self.jump_to_span)
        self.relations_panel.sig_span_activated.connect(self.jump_to_span)
        self.search_bar.sig_hits_changed.connect(view.set_search_hits)
        self.search_bar.sig_hit_chosen.connect(lambda hit: view.select_text(hit[0], hit[1]))
        self.search_bar.sig_closed.connect(lambda: view.setFocus(Qt.FocusReason.OtherFocusReason))
        self.files.sig_project_open_requested.connect(self.sig_project_open_requested)
        self.suggestions.sig_span_jump_requested.connect(self.jump_to_span)
        self.suggestions.sig_most_to_learn_requested.connect(self._sort_most_to_learn)
        self.trainer.sig_status_changed.connect(self.model_label.setText)
        for part in (self.files, self.linker, self.suggestions):
            part.sig_status_message.connect(self._say)

    # -- following the controller -------------------------------------------------------------

    def _on_project_opened(self, _path: str) -> None:
        self._fill_label_menu()
        self._update_title()

    def _on_span_selected(self, span_id: int) -> None:
        self.side_panel.show_span(SpanId(span_id) if span_id != NO_SPAN else None)
        self.span_table.select_span(SpanId(span_id) if span_id != NO_SPAN else None)
        self._update_status()

    def _on_suggestion_selected(self, suggestion_id: int) -> None:
        self.side_panel.show_suggestion(self.controller.suggestion(suggestion_id) if suggestion_id else None)
        self.suggestions.describe(suggestion_id)

    # -- gestures → controller --------------------------------------------------------------

    def label_selection(self, label: str) -> None:
        """A label hotkey or palette click: label the text selection, else relabel the selected span."""
        fragment = self.view.current_selection()
        if fragment is not None:
            changes = self.controller.add_span(label, (fragment,))
            if changes and changes.spans_added:
                # The new span's highlight replaces the text selection it was made from.
                self.view.clear_text_selection()
                self.view.select_span(int(changes.spans_added[0].id))
            return
        span_id = self._selected_span()
        if span_id is not None:
            self.controller.relabel_span(span_id, label)
        else:
            self._say("Select some text first, then press a label key", 4000)

    def delete_selected(self) -> None:
        """Delete what the focused part of the window has selected: rows, relations or the span
        (a selected suggestion, or one under the text cursor, is rejected)."""
        focus = QApplication.focusWidget()
        if focus is not None and (focus is self.span_table.table or self.span_table.isAncestorOf(focus)):
            self.controller.delete_spans(self.span_table.selected_span_ids())
        elif focus is not None and (focus is self.relations_panel.table or self.relations_panel.isAncestorOf(focus)):
            self.relations_panel.delete_selected()
        elif self.suggestions.current() is not None:
            self.suggestions.reject_current()
        else:
            span_id = self._selected_span()
            if span_id is not None:
                self.controller.delete_spans([span_id])

    def resize_to_selection(self) -> None:
        """Ctrl+E: the selected span takes the text selection as its (only) extent."""
        span_id = self._selected_span()
        fragment = self.view.current_selection()
        if span_id is None or fragment is None:
            self._say("Select a span, then select its new extent and press Ctrl+E", 4000)
            return
        if self.controller.set_fragments(span_id, (fragment,)):
            self.view.clear_text_selection()

    def _on_fragment_add_requested(self, span_id: int, start: int, end: int) -> None:
        if span_id and end > start:
            self.controller.add_fragment(SpanId(span_id), (start, end))

    def jump_to_span(self, span_id: int) -> None:
        """Select ``span_id`` in the article, scroll to it and give the article the focus."""
        self.view.select_span(span_id)
        self.view.scroll_to_span(span_id)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_document(self, doc_id: DocumentId) -> None:
        if self.controller.document is None or self.controller.document.id != doc_id:
            self.controller.open_document(doc_id)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _step_document(self, delta: int) -> None:
        ids = self.document_list.visible_ids()
        if not ids:
            return
        current = self.controller.document.id if self.controller.document else None
        index = ids.index(current) if current in ids else -1
        self.controller.open_document(ids[max(0, min(len(ids) - 1, index + delta))])

    def cycle_status(self) -> None:
        focus = QApplication.focusWidget()
        summary = self.document_list.current_summary() if focus is self.document_list.table else None
        if summary is None and self.controller.document is not None:
            summary = next((d for d in self.controller.documents() if d.id == self.controller.document.id), None)
        if summary is not None:
            self.controller.cycle_status(summary)

    def _focus_details(self) -> None:
        self.details_dock.show()
        self.side_panel.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _selected_span(self) -> SpanId | None:
        span_id = self.view.selected_span_id()
        return SpanId(span_id) if span_id != NO_SPAN else None

    def _remember_zoom(self, points: int) -> None:
        self.settings.zoom = points

    def _set_snap_to_tokens(self, on: bool) -> None:
        """Token-level selection (the default) or grapheme level, remembered across sessions."""
        self.view.set_snap_to_tokens(on)
        self.settings.snap_to_tokens = on
        self._say("Selections snap to whole tokens" if on else "Selections snap to grapheme clusters", 3000)

    def restore_zoom(self, points: int) -> None:
        """Show the text at the remembered point size (0: the view's default)."""
        if points > 0:
            self.view.set_font_size(points)

    # -- window -----------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and all(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.files.open_dropped(paths)

    def show_shortcuts(self) -> None:
        self.shortcuts_dialog = ShortcutsDialog(self.menuBar(), self)
        self.shortcuts_dialog.show()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            "About Kathan",
            "<b>Kathan</b> (कथन): an annotation workbench for attribution in news.<br>"
            "Every edit is saved the moment you make it.",
        )

    def _say(self, text: str, msecs: int) -> None:
        self.statusBar().showMessage(text, msecs)

    def _update_title(self) -> None:
        project = Path(self.controller.project_path).stem if self.controller.project_path else "no project"
        doc = self.controller.document
        title = f"{doc.title or doc.name} — {project}" if doc else project
        self.setWindowTitle(f"{title} — Kathan")

    def _update_status(self) -> None:
        c = self.controller
        doc = c.document
        count = self.document_list.model.rowCount()
        row = self.document_list.model.row_of(doc.id) if doc is not None else -1
        self.position_label.setText(f"Document {row + 1} of {count}" if row >= 0 else f"{count} documents")
        self.annotator_label.setText(f"Annotator: {c.annotator or '—'}")
        self.counts_label.setText(f"{c.span_count} spans · {len(c.relations)} relations")
        open_count = len(c.suggestions)
        self.suggestions_label.setText(f"{open_count} suggestion{'s' if open_count != 1 else ''} open")

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.WindowActivate and self.controller.workspace is not None:
            # Another window or process may have written while we were in the background.
            QTimer.singleShot(0, self.controller.check_external)
        return super().event(event)

    def _sort_most_to_learn(self) -> None:
        self.documents_dock.show()
        self.document_list.sort_most_to_learn()
        self._say("Documents sorted by the mean confidence of their open suggestions, lowest first", 6000)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.side_panel.flush()
        self.tasks.cancel_all()
        self.trainer.wait()
        self.settings.geometry = bytes(self.saveGeometry().data())
        event.accept()

