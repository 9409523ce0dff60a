"""The workbench window: the article view in the middle, documents left, span details and
relations right, the span table below, every command in a menu with its shortcut.

The window wires views to the controller: user gestures become controller calls (one undo
step each, written to the project at once), and ``Controller.sig_changes_applied`` flows back
into every view, which refreshes only what the Changes touch.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from gui.article_view import ArticleView
from gui.controller import Controller
from gui.document_list import DocumentList
from gui.label_palette import LabelPalette, swatch
from gui.relations_panel import RelationsPanel
from gui.search_bar import SearchBar
from gui.settings import Settings
from gui.shortcuts import ShortcutsDialog
from gui.side_panel import SidePanel
from gui.span_table import SpanTable
from gui.suggestions import SuggestionReview
from gui.undo import quoted
from gui.workers import BackgroundTask, ImportReport, export_job, import_job
from kathan.model import Changes, Document, DocumentId, Fragment, SpanId
from storage.urls import for_people

log = logging.getLogger(__name__)

PROJECT_FILTER = "Kathan projects (*.kathan);;All files (*)"
CANDIDATE_LIMIT = 9


class MainWindow(QMainWindow):
    """One project, one open document. Owns no data: the controller does.

    Signals are re-emitted for tests and the launcher; the window itself never reads the
    database except through the controller.
    """

    sig_project_open_requested = Signal(str)
    """The user chose a project file to open (File > Open, Recent, or a dropped .kathan)."""
    sig_background_task_finished = Signal(object)
    """An import or export finished; carries its result (Changes or an ExportReport), or None when it failed."""

    def __init__(self, controller: Controller, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The controller is the first child, so it (and its undo stack, whose destructor emits
        # indexChanged) is destroyed before the widgets its signals update.
        controller.setParent(self)
        self.controller = controller
        self.settings = settings
        self._relation_head: SpanId | None = None
        self._tasks: list[BackgroundTask] = []
        self.setAcceptDrops(True)
        self.setObjectName("main_window")

        self.view = ArticleView(self)
        self.search_bar = SearchBar(self)
        self.search_bar.hide()
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.search_bar)
        column.addWidget(self.view, 1)
        self.setCentralWidget(central)

        self.document_list = DocumentList(self)
        self.side_panel = SidePanel(controller, self)
        self.relations_panel = RelationsPanel(controller, self)
        self.span_table = SpanTable(self)
        details = QSplitter(Qt.Orientation.Vertical, self)
        details.addWidget(self.side_panel)
        details.addWidget(self.relations_panel)
        self.documents_dock = self._dock("Documents", self.document_list, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.details_dock = self._dock("Span", details, Qt.DockWidgetArea.RightDockWidgetArea)
        self.spans_dock = self._dock("Spans", self.span_table, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.palette_bar = LabelPalette(self)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.palette_bar)

        self._position_label = QLabel(self)
        self._annotator_label = QLabel(self)
        self._counts_label = QLabel(self)
        self._suggestions_label = QLabel(self)
        self._suggestions_label.setObjectName("suggestions_count")
        for label in (self._position_label, self._annotator_label, self._counts_label, self._suggestions_label):
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

    def _action(self, text: str, slot: Any, shortcut: str | QKeySequence | QKeySequence.StandardKey | None = None, name: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        action.setObjectName(name or "action_" + text.replace("&", "").replace("…", "").strip().lower().replace(" ", "_"))
        return action

    def _build_actions(self) -> None:
        a = self._action
        self.new_action = a("&New project…", self.new_project, QKeySequence.StandardKey.New)
        self.open_action = a("&Open project…", self.open_project_dialog, QKeySequence.StandardKey.Open)
        self.import_files_action = a("&Import files…", self.import_files_dialog, "Ctrl+I")
        self.import_folder_action = a("Import &folder…", self.import_folder_dialog, "Ctrl+Shift+I")
        self.quit_action = a("&Quit", self.close, "Ctrl+Q")  # StandardKey.Quit is empty on some desktops
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

        self.link_action = a("&Link selected span…", self.begin_link, "R", "action_link")
        self.link_nearby_action = a("Link to &nearby span…", self.link_nearby, "Shift+R", "action_link_nearby")

        self.next_document_action = a("&Next document", lambda: self._step_document(+1), "Ctrl+PgDown", "action_next_document")
        self.previous_document_action = a(
            "&Previous document", lambda: self._step_document(-1), "Ctrl+PgUp", "action_previous_document"
        )
        self.status_action = a("Cycle document &status", self.cycle_status, "Ctrl+D", "action_cycle_status")

        self.zoom_in_action = a("Zoom &in", lambda: self._zoom(+1), QKeySequence.StandardKey.ZoomIn, "action_zoom_in")
        self.zoom_in_action.setShortcuts([QKeySequence("Ctrl+="), QKeySequence("Ctrl++")])
        self.zoom_out_action = a("Zoom &out", lambda: self._zoom(-1), QKeySequence.StandardKey.ZoomOut, "action_zoom_out")
        self.zoom_out_action.setShortcut(QKeySequence("Ctrl+-"))
        self.zoom_reset_action = a("&Reset zoom", lambda: self._zoom(0), "Ctrl+0", "action_zoom_reset")
        self.snap_action = a(
            "Snap selection to whole &tokens",
            lambda: self._set_snap_to_tokens(self.snap_action.isChecked()),
            "Ctrl+T",
            "action_snap_tokens",
        )
        self.snap_action.setCheckable(True)
        self.snap_action.setChecked(self.settings.snap_to_tokens)
        self.view.set_snap_to_tokens(self.settings.snap_to_tokens)
        self.focus_actions = [
            a("Go to &documents", self.document_list.setFocus, "Ctrl+1", "action_focus_documents"),
            a("Go to &article", self.view.setFocus, "Ctrl+2", "action_focus_article"),
            a("Go to span &table", self.span_table.setFocus, "Ctrl+3", "action_focus_spans"),
            a("Go to &relations", self.relations_panel.setFocus, "Ctrl+4", "action_focus_relations"),
        ]
        self.shortcuts_action = a("&Keyboard shortcuts", self.show_shortcuts, QKeySequence.StandardKey.HelpContents, "action_shortcuts")
        self.shortcuts_action.setShortcut(QKeySequence("F1"))
        self.about_action = a("&About Kathan", self.show_about, None, "action_about")
        self.suggestions = SuggestionReview(self)

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
        self.label_menu.addActions([self.link_action, self.link_nearby_action])

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
            action.triggered.connect(lambda _c=False, name=fmt.name: self.export_dialog(name))
            self.export_actions.append(action)
        if not self.export_actions:
            self.export_menu.addAction("(no export formats)").setEnabled(False)

    def _connect(self) -> None:
        c = self.controller
        c.sig_project_opened.connect(self._on_project_opened)
        c.sig_document_opened.connect(self._on_document_opened)
        c.sig_changes_applied.connect(self._on_changes)
        c.sig_project_reloaded.connect(self._on_project_reloaded)
        c.sig_edit_refused.connect(self._on_edit_refused)
        c.sig_waiting_for_lock.connect(self._on_waiting_for_lock)
        c.sig_suggestions_changed.connect(self._on_suggestions_changed)
        c.undo_stack.indexChanged.connect(lambda _i: self._update_status())
        self.view.sig_span_selected.connect(self._on_span_selected)
        self.view.sig_suggestion_selected.connect(self._on_suggestion_selected)
        self.view.sig_fragment_add_requested.connect(self._on_fragment_add_requested)
        self.view.sig_relation_target_clicked.connect(self._on_relation_target_clicked)
        self.view.sig_relation_mode_ended.connect(self._on_relation_mode_ended)
        self.view.sig_font_size_changed.connect(self._on_font_size_changed)
        # The label actions belong to the palette (a child of the window), so their hotkeys work
        # even when the palette is hidden; the Label menu shows the same action objects.
        self.palette_bar.sig_label_requested.connect(self.label_selection)
        self.document_list.sig_document_activated.connect(lambda doc_id: self.open_document(DocumentId(doc_id)))
        self.document_list.sig_status_cycle_requested.connect(self.controller.cycle_status)
        self.span_table.sig_span_activated.connect(self.jump_to_span)
        self.relations_panel.sig_span_activated.connect(self.jump_to_span)
        self.search_bar.sig_hits_changed.connect(self.view.set_search_hits)
        self.search_bar.sig_hit_chosen.connect(self._on_hit_chosen)
        self.search_bar.sig_label_all_requested.connect(self.controller.label_all)
        self.search_bar.sig_closed.connect(lambda: self.view.setFocus(Qt.FocusReason.OtherFocusReason))

    # -- controller → views -----------------------------------------------------------------

    def _on_project_opened(self, path: str) -> None:
        schema = self.controller.schema
        self.palette_bar.set_schema(schema)
        self._fill_label_menu()
        self.search_bar.set_schema(schema)
        self.document_list.set_documents(self.controller.documents())
        self._update_title()

    def _on_project_reloaded(self) -> None:
        # Opening a document changes no summary; the list is re-read only when the project
        # changed (here, from elsewhere) or an edit changed counts (_on_changes).
        self.document_list.set_documents(self.controller.documents())
        self.statusBar().showMessage("Reloaded: the project was changed elsewhere", 5000)

    def _on_document_opened(self, document: Document | None) -> None:
        c = self.controller
        self._relation_head = None
        if document is None:
            self.view.clear_document()
        else:
            self.view.set_document(document.text, c.spans, c.relations, c.schema)
            self.view.set_suggestions(c.suggestions, c.suggested_relations)
        self.span_table.model.reset(document.text if document else "", c.spans, c.relations, c.schema)
        self.search_bar.set_text(document.text if document else "")
        self.document_list.select_document(document.id if document else None)
        self._update_title()
        self._update_status()

    def _on_changes(self, changes: Changes) -> None:
        c = self.controller
        doc = c.document
        if doc is not None:
            mine = Changes(
                spans_added=tuple(s for s in changes.spans_added if s.document_id == doc.id),
                spans_updated=tuple(s for s in changes.spans_updated if s.document_id == doc.id),
                spans_removed=changes.spans_removed,
                relations_added=tuple(r for r in changes.relations_added if r.document_id == doc.id),
                relations_updated=tuple(r for r in changes.relations_updated if r.document_id == doc.id),
                relations_removed=changes.relations_removed,
            )
            if mine.spans_removed:
                self.view.remove_spans(list(mine.spans_removed))
            if mine.spans_updated:
                self.view.update_spans(list(mine.spans_updated))
            if mine.spans_added:
                self.view.add_spans(list(mine.spans_added))
            if mine.relations_added or mine.relations_removed or mine.relations_updated:
                self.view.set_relations(c.relations)
            self.span_table.model.apply_changes(mine, c.relations)
        counted = (
            changes.spans_added, changes.spans_removed, changes.relations_added, changes.relations_removed,
            changes.documents_added, changes.documents_updated, changes.documents_removed,
        )
        if any(counted):  # the list shows counts and status; a note or attribute edit leaves it as is
            self.document_list.set_documents(c.documents())
        self._update_status()

    def _on_suggestions_changed(self) -> None:
        self.view.set_suggestions(self.controller.suggestions, self.controller.suggested_relations)
        self._update_status()

    def _on_edit_refused(self, reason: str) -> None:
        self.statusBar().showMessage(f"Not done: {reason}", 8000)

    def _on_waiting_for_lock(self, seconds: float) -> None:
        self.statusBar().showMessage(
            f"Waiting for another window or process to finish writing to the project ({seconds:.0f} s)…", 10000
        )

    # -- gestures → controller --------------------------------------------------------------

    def label_selection(self, label: str) -> None:
        """A label hotkey or palette click: label the text selection, else relabel the selected span."""
        fragments = self._selection_fragments()
        if fragments:
            if self.controller.add_span(label, fragments):
                # The new span's highlight replaces the text selection it was made from.
                self.view.clear_text_selection()
                added = self.controller.last_changes.spans_added
                if added:
                    self.view.select_span(added[0].id)
                    self._on_span_selected(added[0].id)
            return
        span_id = self._selected_span()
        if span_id is not None:
            self.controller.relabel_span(span_id, label)
        else:
            self.statusBar().showMessage("Select some text first, then press a label key", 4000)

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
        fragments = self._selection_fragments()
        if span_id is None or not fragments:
            self.statusBar().showMessage("Select a span, then select its new extent and press Ctrl+E", 4000)
            return
        if self.controller.set_fragments(span_id, fragments):
            self.view.clear_text_selection()

    def begin_link(self) -> None:
        """``r``: the selected span becomes a relation head; allowed partners light up for a click."""
        head = self._selected_span()
        span = self.controller.span(head) if head is not None else None
        if span is None:
            self.statusBar().showMessage("Select a span (a QUOTE) first, then press R and click its partner", 4000)
            return
        allowed = [s.id for s, _types in self._candidates(head)]
        if not allowed:
            self.statusBar().showMessage(f"No span in this document can be linked to this {span.label}", 4000)
            return
        self._relation_head = head
        self.view.begin_relation_mode(head, allowed)
        self.statusBar().showMessage(f"Click the partner of this {span.label} (Esc cancels; Shift+R lists nearby)", 8000)

    def link_nearby(self) -> None:
        """Shift+R: a numbered menu of the nearest allowed partners and relation types."""
        head = self._relation_head or self._selected_span()
        span = self.controller.span(head) if head is not None else None
        if span is None:
            self.statusBar().showMessage("Select a span first", 4000)
            return
        doc = self.controller.document
        assert doc is not None
        menu = QMenu(self)
        menu.setObjectName("link_candidates_menu")
        entries = 0
        for tail, types in self._candidates(head):
            for rtype in types:
                entries += 1
                key = f"&{entries}  " if entries <= 9 else ""
                action = menu.addAction(
                    swatch(self.controller.schema.label(tail.label).colour if self.controller.schema.label(tail.label) else "#888888"),
                    f"{key}{rtype.display} → {tail.label} {quoted(tail.text_in(doc.text), 30)}",
                )
                action.triggered.connect(lambda _c=False, t=tail.id, r=rtype.name, h=head: self._link(r, h, t))
                if entries >= CANDIDATE_LIMIT:
                    break
            if entries >= CANDIDATE_LIMIT:
                break
        if not entries:
            self.statusBar().showMessage(f"No span in this document can be linked to this {span.label}", 4000)
            menu.deleteLater()
            return
        self.link_menu = menu
        menu.popup(self.view.mapToGlobal(QPoint(self.view.width() // 3, self.view.height() // 3)))

    def _candidates(self, head: SpanId) -> list[tuple[Any, tuple[Any, ...]]]:
        """Spans that may be linked from ``head`` with their allowed relation types, nearest first."""
        c = self.controller
        span = c.span(head)
        if span is None:
            return []
        existing = {(r.type, r.tail) for r in c.relations if r.head == head}
        found = []
        for other in c.spans:
            if other.id == head:
                continue
            types = tuple(t for t in c.schema.relations_between(span.label, other.label) if (t.name, other.id) not in existing)
            if types:
                distance = max(0, other.start - span.end, span.start - other.end)
                found.append((distance, other.start, other, types))
        found.sort(key=lambda item: (item[0], item[1]))
        return [(other, types) for _d, _s, other, types in found]

    def _on_relation_target_clicked(self, tail_id: Any) -> None:
        head = self._relation_head
        self._relation_head = None
        if head is None or not tail_id:
            return
        for tail, types in self._candidates(head):
            if tail.id == tail_id:
                self._link(types[0].name, head, tail.id)
                return
        self.statusBar().showMessage("That span cannot be linked to the selected one", 4000)

    def _on_relation_mode_ended(self) -> None:
        self._relation_head = None

    def _on_font_size_changed(self, points: int) -> None:
        self.settings.zoom = points

    def _link(self, rtype: str, head: SpanId, tail: SpanId) -> None:
        self._relation_head = None
        if self.controller.add_relation(rtype, head, tail):
            self.statusBar().showMessage(f"Linked: {rtype}", 3000)

    def _on_fragment_add_requested(self, span_id: int, start: int, end: int) -> None:
        if span_id and end > start:
            self.controller.add_fragment(SpanId(span_id), (start, end))

    def _on_span_selected(self, span_id: Any) -> None:
        span_id = SpanId(int(span_id)) if span_id else None
        self.side_panel.show_span(span_id)
        self.span_table.select_span(span_id)
        self._update_status()

    def _on_suggestion_selected(self, suggestion_id: int) -> None:
        self.side_panel.show_suggestion(self.controller.suggestion(suggestion_id) if suggestion_id else None)
        self.suggestions.describe(suggestion_id)

    def _on_hit_chosen(self, hit: Fragment) -> None:
        # Selected as text, so a label hotkey right after labels this match.
        self.view.select_text(hit[0], hit[1])

    def jump_to_span(self, span_id: int) -> None:
        self.view.select_span(SpanId(span_id))
        self._on_span_selected(span_id)
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

    def _selection_fragments(self) -> tuple[Fragment, ...]:
        return _as_fragments(self.view.current_selection())

    def _selected_span(self) -> SpanId | None:
        span_id = self.view.selected_span_id()
        return SpanId(int(span_id)) if span_id else None

    def _zoom(self, direction: int) -> None:
        if direction > 0:
            self.view.zoom_in()
        elif direction < 0:
            self.view.zoom_out()
        else:
            self.view.zoom_reset()

    def _set_snap_to_tokens(self, on: bool) -> None:
        """Token-level selection (the default) or grapheme level, remembered across sessions."""
        self.view.set_snap_to_tokens(on)
        self.settings.snap_to_tokens = on
        self.statusBar().showMessage("Selections snap to whole tokens" if on else "Selections snap to grapheme clusters", 3000)

    def restore_zoom(self, points: int) -> None:
        """Show the text at the remembered point size (0: the view's default)."""
        if points > 0:
            self.view.set_font_size(points)

    # -- files ------------------------------------------------------------------------------

    def new_project(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "New project", str(Path.home() / "untitled.kathan"), PROJECT_FILTER)
        if path:
            if not path.endswith(".kathan"):
                path += ".kathan"
            self.sig_project_open_requested.emit("new:" + path)

    def open_project_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Open project", str(Path.home()), PROJECT_FILTER)
        if path:
            self.sig_project_open_requested.emit(path)

    def import_files_dialog(self) -> None:
        from kathan.formats import registry

        paths, _ = QFileDialog.getOpenFileNames(self, "Import files", str(Path.home()), registry.import_file_filter())
        if paths:
            self.import_paths(paths)

    def import_folder_dialog(self) -> None:
        path = QFileDialog.getExistingDirectory(self, "Import a folder", str(Path.home()))
        if path:
            self.import_paths([path])

    def import_paths(self, paths: Sequence[str]) -> BackgroundTask:
        """Import ``paths`` off the GUI thread; the window updates when the import commits."""
        c = self.controller
        task = BackgroundTask("Importing…", import_job(c.workspace.connect_url, c.annotator, list(paths)), self)
        task.sig_finished.connect(self._on_import_finished)
        task.sig_failed.connect(lambda message: self._on_task_failed("Import", message))
        self.start_task(task)
        return task

    def export_dialog(self, format_name: str) -> None:
        from kathan.formats import registry

        target = registry.export_target(format_name)
        if target.folder:
            out = QFileDialog.getExistingDirectory(self, f"Export {format_name} into a folder", str(Path.home()))
        else:
            default = str(Path.home() / f"export{target.suffix}")
            out, _ = QFileDialog.getSaveFileName(self, f"Export {format_name}", default, target.file_filter)
        if out:
            self.export_to(format_name, out)

    def export_to(self, format_name: str, out: str) -> BackgroundTask:
        c = self.controller
        task = BackgroundTask(f"Exporting {format_name}…", export_job(c.workspace.connect_url, c.annotator, format_name, out), self)
        task.sig_finished.connect(self._on_export_finished)
        task.sig_failed.connect(lambda message: self._on_task_failed("Export", message))
        self.start_task(task)
        return task

    def start_task(self, task: BackgroundTask) -> None:
        """Run ``task`` (its dialog shows after a moment); the window waits for it when closing."""
        self._tasks.append(task)
        task.destroyed.connect(lambda _o=None, t=task: self._tasks.remove(t) if t in self._tasks else None)
        task.start()

    def _on_import_finished(self, report: ImportReport) -> None:
        changes = report.changes
        self.controller.absorb_background(changes)
        count = len(changes.documents_added)
        text = f"Imported {count} document{'s' if count != 1 else ''}"
        self.statusBar().showMessage(text, 6000)
        if report.warnings:
            # Skipped files and converted offsets: the command line prints them, so must we.
            box = QMessageBox(QMessageBox.Icon.Information, "Import", text + ".", parent=self)
            summary = f"{len(report.warnings)} warnings (details below)."
            box.setInformativeText(report.warnings[0] if len(report.warnings) == 1 else summary)
            box.setDetailedText("\n".join(report.warnings))
            box.open()
            self.problem_box = box
        self.sig_background_task_finished.emit(changes)

    def _on_export_finished(self, report: Any) -> None:
        warnings = getattr(report, "warnings", [])
        text = (
            f"Exported {getattr(report, 'documents', '?')} documents, {getattr(report, 'spans', '?')} spans, "
            f"{getattr(report, 'relations', '?')} relations."
        )
        self.statusBar().showMessage(text, 8000)
        if warnings:
            box = QMessageBox(QMessageBox.Icon.Information, "Export", text, parent=self)
            box.setInformativeText("Some annotations did not fit the format (details below).")
            box.setDetailedText("\n".join(warnings))
            box.open()
            self.problem_box = box
        self.sig_background_task_finished.emit(report)

    def _on_task_failed(self, what: str, message: str) -> None:
        if message:
            # Not modal-blocking: the user reads every problem while the window stays usable.
            box = QMessageBox(QMessageBox.Icon.Warning, f"{what} failed", f"{what} failed; nothing was changed.", parent=self)
            box.setDetailedText(message)
            box.setInformativeText(message.splitlines()[0] if message else "")
            box.open()
            self.problem_box = box
        else:
            self.statusBar().showMessage(f"{what} cancelled", 4000)
        self.sig_background_task_finished.emit(None)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and all(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if not paths:
            return
        event.acceptProposedAction()
        if len(paths) == 1 and paths[0].endswith(".kathan"):
            self.sig_project_open_requested.emit(paths[0])
        else:
            self.import_paths(paths)

    # -- window -----------------------------------------------------------------------------

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

    def _update_title(self) -> None:
        place = self.controller.project_path
        project = (for_people(place) if "://" in place else Path(place).stem) if place else "no project"
        doc = self.controller.document
        title = f"{doc.title or doc.name} — {project}" if doc else project
        self.setWindowTitle(f"{title} — Kathan")

    def _update_status(self) -> None:
        c = self.controller
        doc = c.document
        count = self.document_list.model.rowCount()
        row = self.document_list.model.row_of(doc.id) if doc is not None else -1
        self._position_label.setText(f"Document {row + 1} of {count}" if row >= 0 else f"{count} documents")
        self._annotator_label.setText(f"Annotator: {c.annotator or '—'}")
        self._counts_label.setText(f"{c.span_count} spans · {len(c.relations)} relations")
        open_count = len(c.suggestions)
        self._suggestions_label.setText(f"{open_count} suggestion{'s' if open_count != 1 else ''} open")

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.WindowActivate and self.controller.workspace is not None:
            # Another window or process may have written while we were in the background.
            QTimer.singleShot(0, self.controller.check_external)
        return super().event(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.side_panel.flush()
        for task in list(self._tasks):
            task.worker.cancel()
            task.wait()
        self.settings.geometry = bytes(self.saveGeometry().data())
        event.accept()


def _as_fragments(value: Any) -> tuple[Fragment, ...]:
    """Normalise what the view hands out: None, ``(start, end)`` or a sequence of those."""
    if not value:
        return ()
    if isinstance(value, tuple) and len(value) == 2 and all(isinstance(v, int) for v in value):
        return ((int(value[0]), int(value[1])),) if value[1] > value[0] else ()
    pieces = tuple((int(s), int(e)) for s, e in value if e > s)
    return tuple(sorted(pieces))
