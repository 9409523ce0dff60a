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
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from gui.i18n import tr
from gui.article.selection import NO_SPAN
from gui.article.view import ArticleView
from gui.controller import Controller, cut_fragments, reshape_fragments
from gui.files import ProjectFiles
from gui.fonts import URDU_COMPACT_FAMILY, interface_font
from gui.i18n import LANGUAGES, current_language
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
from gui.team import TeamCommands
from gui.workers import TaskRunner
from kathan.model import DocumentId, Fragment, SpanId
from storage.urls import for_people

log = logging.getLogger(__name__)

Shortcut = str | QKeySequence | QKeySequence.StandardKey | None
COMPACT_WIDTH = 1280
"""Below this window width the side panels share one tabbed column on the right, so the
article keeps most of the width (at 1024×640 about three quarters)."""


class MainWindow(QMainWindow):
    """One project, one open document. Owns no data: the controller does."""

    sig_project_open_requested = Signal(str)
    """The user chose a project file to open (File > Open, Recent, or a dropped .kathan)."""
    sig_language_requested = Signal(str)
    """The user chose another interface language in View › Language (carries its code)."""
    sig_replaced = Signal(object)
    """This window gave way to another (a new language); carries the new window."""

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
        self.documents_dock = self._dock(tr("Documents"), self.document_list, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.details_dock = self._dock(tr("Span"), details, Qt.DockWidgetArea.RightDockWidgetArea)
        self.spans_dock = self._dock(tr("Spans"), self.span_table, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.palette_bar = LabelPalette(controller, self)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.palette_bar)

        self.files = ProjectFiles(controller, self.tasks, self)
        self.linker = Linker(controller, self.view, self)
        self.trainer = ModelTrainer(controller, self)
        self.suggestions = SuggestionReview(controller, self.view, self.tasks, self, self.trainer)
        self.team = TeamCommands(controller, self.tasks, self)

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
        self._compact: bool | None = None
        self._chain_tab_order()
        self.resize(1400, 900)
        self._arrange_docks(compact=False)

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
        self.new_action = a(tr("&New project…"), files.new_project, QKeySequence.StandardKey.New, "action_new_project")
        self.open_action = a(tr("&Open project…"), files.open_project_dialog, QKeySequence.StandardKey.Open, "action_open_project")
        self.import_files_action = a(tr("&Import files…"), files.import_files_dialog, "Ctrl+I", "action_import_files")
        self.import_folder_action = a(tr("Import &folder…"), files.import_folder_dialog, "Ctrl+Shift+I", "action_import_folder")
        self.annotator_action = a(tr("&Annotator…"), self.ask_annotator, None, "action_annotator")
        self.quit_action = a(tr("&Quit"), self.close, "Ctrl+Q", "action_quit")  # StandardKey.Quit is empty on some desktops
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        stack = self.controller.undo_stack
        self.undo_action = stack.createUndoAction(self, tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.undo_action.setObjectName("action_undo")
        self.redo_action = stack.createRedoAction(self, tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.setObjectName("action_redo")
        self.delete_action = a(tr("&Delete"), self.delete_selected, QKeySequence(Qt.Key.Key_Delete), "action_delete")
        self.find_action = a(tr("&Find…"), self.search_bar.open_bar, QKeySequence.StandardKey.Find, "action_find")
        self.resize_action = a(tr("Set span to &selection"), self.resize_to_selection, "Ctrl+E", "action_resize")
        self.cut_action = a(tr("&Take selection out of span"), self.cut_selection_from_span, "Ctrl+Shift+E", "action_cut_fragment")
        self.join_action = a(tr("&Join fragments"), self.join_fragments, "Ctrl+J", "action_join_fragments")
        self.details_action = a(tr("Edit span &details"), self._focus_details, "F2", "action_details")

        self.next_document_action = a(tr("&Next document"), lambda: self._step_document(+1), "Ctrl+PgDown", "action_next_document")
        self.previous_document_action = a(
            tr("&Previous document"), lambda: self._step_document(-1), "Ctrl+PgUp", "action_previous_document"
        )
        self.status_action = a(tr("Cycle document &status"), self.cycle_status, "Ctrl+D", "action_cycle_status")
        self.team.document_actions = [self.previous_document_action, self.next_document_action, self.status_action]

        view = self.view
        self.zoom_in_action = a(tr("Zoom &in"), view.zoom_in, QKeySequence.StandardKey.ZoomIn, "action_zoom_in")
        self.zoom_in_action.setShortcuts([QKeySequence("Ctrl+="), QKeySequence("Ctrl++")])
        self.zoom_out_action = a(tr("Zoom &out"), view.zoom_out, "Ctrl+-", "action_zoom_out")
        self.zoom_reset_action = a(tr("&Reset zoom"), view.zoom_reset, "Ctrl+0", "action_zoom_reset")
        self.snap_action = a(
            tr("Snap selection to whole &tokens"),
            lambda: self._set_snap_to_tokens(self.snap_action.isChecked()),
            "Ctrl+T",
            "action_snap_tokens",
        )
        self.snap_action.setCheckable(True)
        self.snap_action.setChecked(self.settings.snap_to_tokens)
        view.set_snap_to_tokens(self.settings.snap_to_tokens)
        self.labels_action = self._toggle(tr("Show &label names"), "Ctrl+Shift+L", "action_show_labels", self.settings.show_labels, self._show_labels)
        self.arcs_action = self._toggle(tr("Show all relation &arcs"), "Ctrl+Shift+A", "action_show_arcs", self.settings.show_all_arcs, self._show_arcs)
        view.set_label_names_shown(self.settings.show_labels)
        view.set_all_arcs_shown(self.settings.show_all_arcs)
        self.compact_urdu_action = a(
            tr("Compact &Urdu font (Naskh) for this project"),
            lambda: self._set_compact_urdu(self.compact_urdu_action.isChecked()),
            None,
            "action_compact_urdu",
        )
        self.compact_urdu_action.setCheckable(True)
        self.focus_actions = [
            a(tr("Go to &documents"), lambda: self._focus_dock(self.documents_dock, self.document_list.table), "Ctrl+1", "action_focus_documents"),
            a(tr("Go to &article"), view.setFocus, "Ctrl+2", "action_focus_article"),
            a(tr("Go to span &table"), lambda: self._focus_dock(self.spans_dock, self.span_table.table), "Ctrl+3", "action_focus_spans"),
            a(tr("Go to &relations"), lambda: self._focus_dock(self.details_dock, self.relations_panel), "Ctrl+4", "action_focus_relations"),
        ]
        self.shortcuts_action = a(tr("&Keyboard shortcuts"), self.show_shortcuts, "F1", "action_shortcuts")
        self.about_action = a(tr("&About Kathan"), self.show_about, None, "action_about")

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(tr("&File"))
        file_menu.addActions([self.new_action, self.open_action, self.team.open_server_action])
        self.recent_menu = file_menu.addMenu(tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self._fill_recent_menu()
        file_menu.addSeparator()
        file_menu.addActions([self.import_files_action, self.import_folder_action])
        self.export_menu = file_menu.addMenu(tr("&Export"))
        self._export_actions: list[QAction] | None = None
        # filled when first shown: listing the formats imports every format's module (a second at start-up)
        self.export_menu.aboutToShow.connect(self._fill_export_menu)
        file_menu.addAction(self.team.merge_action)
        file_menu.addSeparator()
        file_menu.addAction(self.annotator_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        edit_menu = bar.addMenu(tr("&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.delete_action, self.resize_action, self.cut_action, self.join_action, self.details_action])
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)

        self.label_menu = bar.addMenu(tr("&Label"))
        self.label_menu.aboutToShow.connect(self._fill_label_menu)

        document_menu = bar.addMenu(tr("&Document"))
        document_menu.addActions([self.next_document_action, self.previous_document_action, self.status_action])

        self.suggestions_menu = bar.addMenu(tr("S&uggestions"))
        self.suggestions.fill_menu(self.suggestions_menu)

        view_menu = bar.addMenu(tr("&View"))
        view_menu.addActions([self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action])
        view_menu.addSeparator()
        view_menu.addAction(self.snap_action)
        view_menu.addActions([self.labels_action, self.arcs_action])
        view_menu.addAction(self.compact_urdu_action)
        view_menu.addSeparator()
        view_menu.addActions(self.focus_actions)
        view_menu.addSeparator()
        for dock in (self.documents_dock, self.details_dock, self.spans_dock):
            view_menu.addAction(dock.toggleViewAction())
        view_menu.addAction(self.palette_bar.toggleViewAction())
        view_menu.addSeparator()
        self.language_menu = view_menu.addMenu(tr("&Language"))
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            action = self.language_menu.addAction(name)  # each language named in itself
            action.setObjectName(f"action_language_{code}")
            action.setCheckable(True)
            action.setChecked(code == current_language())
            action.triggered.connect(lambda _c=False, lang=code: self._choose_language(lang))
            self.language_actions[code] = action

        self.team.fill_menu(bar.addMenu(tr("&Team")))

        help_menu = bar.addMenu(tr("&Help"))
        help_menu.addActions([self.shortcuts_action, self.about_action])

    def _chain_tab_order(self) -> None:
        """Tab goes documents → article → span details → relations → spans, and round again."""
        chain = [
            self.document_list.filter_edit,
            self.document_list.table,
            self.search_bar.query_edit,
            self.view,
            self.side_panel.label_combo,
            self.side_panel.note_edit,
            self.relations_panel.table,
            self.relations_panel.delete_button,
            self.span_table.filter_edit,
            self.span_table.table,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            self.setTabOrder(first, second)

    def _fill_label_menu(self) -> None:
        self.label_menu.clear()
        self.label_menu.addActions(self.palette_bar.label_actions)
        self.label_menu.addSeparator()
        self.label_menu.addActions([self.linker.link_action, self.linker.link_nearby_action])

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_projects
        for index, path in enumerate(recent, start=1):
            shown = path if "://" in path else f"{Path(path).name}  —  {Path(path).parent}"
            entry = f"&{index % 10} {shown}"  # a number and a path: nothing to translate
            action = self.recent_menu.addAction(entry)
            action.setData(path)
            action.triggered.connect(lambda _c=False, p=path: self.sig_project_open_requested.emit(p))
        if not recent:
            self.recent_menu.addAction(tr("(none)")).setEnabled(False)

    @property
    def export_actions(self) -> list[QAction]:
        """File > Export's actions, one per writable format."""
        self._fill_export_menu()
        assert self._export_actions is not None
        return self._export_actions

    def _fill_export_menu(self) -> None:
        if self._export_actions is not None:
            return
        from kathan.formats import registry

        self._export_actions = []
        for fmt in registry.all_formats():
            if fmt.writer is None:
                continue
            action = self.export_menu.addAction(tr("{0}…").format(fmt.display))
            action.setToolTip(fmt.description)
            action.setObjectName(f"action_export_{fmt.name}")
            action.triggered.connect(lambda _c=False, name=fmt.name: self.files.export_dialog(name))
            self._export_actions.append(action)
        if not self._export_actions:
            self.export_menu.addAction(tr("(no export formats)")).setEnabled(False)

    def _connect(self) -> None:
        c = self.controller
        c.sig_project_opened.connect(self._on_project_opened)
        c.sig_document_opened.connect(lambda _doc: self._update_title())
        c.sig_changes_applied.connect(lambda _changes, _origin: self._update_status())
        c.sig_document_opened.connect(lambda _doc: self._update_status())
        c.sig_suggestions_changed.connect(self._update_status)
        c.sig_project_reloaded.connect(lambda: self._say(tr("Reloaded: the project was changed elsewhere"), 5000))
        c.sig_edit_refused.connect(lambda reason: self._say(tr("Not done: {0}").format(reason), 8000))
        c.sig_waiting_for_lock.connect(
            lambda seconds: self._say(
                tr("Waiting for another window or process to finish writing to the project ({0} s)…").format(f"{seconds:.0f}"),
                10000,
            )
        )
        c.sig_annotator_changed.connect(lambda name: (self._update_status(), self._say(tr("Edits are now signed {0}").format(name), 5000)))
        c.sig_document_closing.connect(self.remember_position)
        c.undo_stack.indexChanged.connect(lambda _i: self._update_status())
        view = self.view
        view.sig_span_selected.connect(self._on_span_selected)
        view.sig_suggestion_selected.connect(self._on_suggestion_selected)
        view.sig_fragment_add_requested.connect(self._on_fragment_add_requested)
        view.sig_fragments_change_requested.connect(self._on_fragments_change_requested)
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
        self.team.sig_project_open_requested.connect(self.sig_project_open_requested)
        self.suggestions.sig_span_jump_requested.connect(self.jump_to_span)
        self.suggestions.sig_most_to_learn_requested.connect(self._sort_most_to_learn)
        self.trainer.sig_status_changed.connect(self.model_label.setText)
        for part in (self.files, self.linker, self.suggestions, self.team):
            part.sig_status_message.connect(self._say)

    # -- following the controller -------------------------------------------------------------

    def _on_project_opened(self, path: str) -> None:
        self._fill_label_menu()
        self._update_title()
        family = self.settings.font_override(path, "Arab")
        self.compact_urdu_action.setChecked(family == URDU_COMPACT_FAMILY)
        self.view.set_font_overrides({"Arab": family} if family else {})

    def _set_compact_urdu(self, on: bool) -> None:
        """Show this project's Urdu in Noto Naskh Arabic (compact) or Noto Nastaliq Urdu (reading)."""
        path = self.controller.project_path
        if path:
            self.settings.set_font_override(path, "Arab", URDU_COMPACT_FAMILY if on else None)
        self.view.set_font_overrides({"Arab": URDU_COMPACT_FAMILY} if on else {})

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
            self._say(tr("Select some text first, then press a label key"), 4000)

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
        """Ctrl+E: the selected span takes the text selection as its extent; of a discontinuous
        span only the fragments the selection overlaps are replaced, and it says so."""
        span_id = self._selected_span()
        fragment = self.view.current_selection()
        span = self.controller.span(span_id) if span_id is not None else None
        if span is None or span_id is None or fragment is None:
            self._say(tr("Select a span, then select its new extent and press Ctrl+E"), 4000)
            return
        count = len(span.fragments)
        fragments, replaced = reshape_fragments(span.fragments, fragment)
        if not replaced:
            self._say(
                tr("The selection overlaps none of this {0}'s {1} fragments: nothing changed (Ctrl+drag adds a fragment, Ctrl+J joins them)").format(span.label, count),
                8000,
            )
            return
        if self.controller.set_fragments(span_id, fragments):
            self.view.clear_text_selection()
            if count > 1:
                kept = count - replaced
                self._say(tr("Set {0} of {1} fragments to the selection; {2} kept").format(replaced, count, kept), 6000)

    def cut_selection_from_span(self) -> None:
        """Ctrl+Shift+E: take the selected text out of the selected span (splitting a fragment in two)."""
        span_id = self._selected_span()
        fragment = self.view.current_selection()
        span = self.controller.span(span_id) if span_id is not None else None
        if span is None or span_id is None or fragment is None:
            self._say(tr("Select a span, then select the text to take out of it and press Ctrl+Shift+E"), 4000)
            return
        fragments = cut_fragments(span.fragments, fragment, self.controller.document.text if self.controller.document else "")
        if not fragments:
            self._say(tr("That would leave the span empty: delete it instead (Delete)"), 6000)
        elif fragments == span.fragments:
            self._say(tr("The selection is not inside the selected span"), 4000)
        elif self.controller.set_fragments(span_id, fragments):
            self.view.clear_text_selection()

    def join_fragments(self) -> None:
        """Ctrl+J: a discontinuous span becomes one fragment from its first start to its last end."""
        span_id = self._selected_span()
        span = self.controller.span(span_id) if span_id is not None else None
        if span is None or span_id is None or len(span.fragments) < 2:
            self._say(tr("Select a span of several fragments to join them"), 4000)
            return
        self.controller.set_fragments(span_id, ((span.start, span.end),))

    def _on_fragments_change_requested(self, span_id: int, fragments: tuple[Fragment, ...]) -> None:
        if self.controller.span(SpanId(span_id)) is not None:
            self.controller.set_fragments(SpanId(span_id), fragments)

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
            summary = self.controller.summary(self.controller.document.id)
        if summary is not None:
            self.controller.cycle_status(summary)

    def _focus_details(self) -> None:
        self._focus_dock(self.details_dock, self.side_panel)

    def _focus_dock(self, dock: QDockWidget, part: QWidget) -> None:
        """Show ``dock`` (bringing its tab to the front when docks share a column) and focus ``part``."""
        dock.show()
        dock.raise_()
        part.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _arrange_docks(self, *, compact: bool) -> None:
        """Documents left, details right, spans below; or, when ``compact``, all three as tabs of one right column."""
        if compact == self._compact:
            return
        self._compact = compact
        docks = (self.documents_dock, self.details_dock, self.spans_dock)
        if compact:
            for dock in docks:
                self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
            self.tabifyDockWidget(self.details_dock, self.documents_dock)
            self.tabifyDockWidget(self.details_dock, self.spans_dock)
            self.details_dock.raise_()
            self.resizeDocks([self.details_dock], [max(240, self.width() // 4)], Qt.Orientation.Horizontal)
        else:
            self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.documents_dock)
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.details_dock)
            self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.spans_dock)
            self.resizeDocks([self.documents_dock, self.details_dock], [300, 340], Qt.Orientation.Horizontal)
            self.resizeDocks([self.spans_dock], [180], Qt.Orientation.Vertical)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange_docks(compact=self.width() < COMPACT_WIDTH)

    def _selected_span(self) -> SpanId | None:
        span_id = self.view.selected_span_id()
        return SpanId(span_id) if span_id != NO_SPAN else None

    def _toggle(self, text: str, shortcut: str, name: str, checked: bool, slot: Callable[[bool], None]) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(shortcut))
        action.setCheckable(True)
        action.setChecked(checked)
        action.toggled.connect(slot)
        return action

    def _show_labels(self, on: bool) -> None:
        self.view.set_label_names_shown(on)
        self.settings.show_labels = on

    def _show_arcs(self, on: bool) -> None:
        self.view.set_all_arcs_shown(on)
        self.settings.show_all_arcs = on

    def _choose_language(self, lang: str) -> None:
        for code, action in self.language_actions.items():
            action.setChecked(code == current_language())
        if lang != current_language():
            self.sig_language_requested.emit(lang)

    def _remember_zoom(self, points: int) -> None:
        self.settings.zoom = points

    def _set_snap_to_tokens(self, on: bool) -> None:
        """Token-level selection (the default) or grapheme level, remembered across sessions."""
        self.view.set_snap_to_tokens(on)
        self.settings.snap_to_tokens = on
        self._say(tr("Selections snap to whole tokens") if on else tr("Selections snap to grapheme clusters"), 3000)

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
            tr("About Kathan"),
            tr("<b>Kathan</b> (कथन): an annotation workbench for attribution in news.<br>"
            "Every edit is saved the moment you make it."),
        )

    def ask_annotator(self) -> QInputDialog:
        """File › Annotator…: the name later edits are signed with (earlier ones keep theirs)."""
        dialog = annotator_dialog(self, self.controller.annotator)
        dialog.textValueSelected.connect(self._set_annotator)
        dialog.finished.connect(dialog.deleteLater)
        self.annotator_dialog = dialog
        dialog.open()
        return dialog

    def _set_annotator(self, name: str) -> None:
        if name.strip():
            self.controller.set_annotator(name.strip())
            self.settings.annotator = name.strip()

    def remember_position(self) -> None:
        """Note the open document and the first offset on screen, to reopen there next time."""
        doc = self.controller.document
        if doc is not None and self.controller.project_path:
            self.settings.remember_position(self.controller.project_path, doc.name, self.view.first_visible_offset())

    def restore_position(self) -> None:
        """Open the document the user was reading in this project, scrolled to where they were."""
        remembered = self.settings.position(self.controller.project_path) if self.controller.project_path else None
        if remembered is None:
            return
        name, offset = remembered
        doc_id = self.controller.document_id_named(name)
        if doc_id is None:
            return
        self.open_document(doc_id)
        QTimer.singleShot(0, lambda: self.view.scroll_to_top(offset))

    def _say(self, text: str, msecs: int) -> None:
        self.statusBar().showMessage(text, msecs)

    def _update_title(self) -> None:
        place = self.controller.project_path
        project = (for_people(place) if "://" in place else Path(place).stem) if place else tr("no project")
        doc = self.controller.document
        title = f"{doc.title or doc.name} — {project}" if doc else project
        self.setWindowTitle(tr("{0} — Kathan").format(title))

    def _update_status(self) -> None:
        c = self.controller
        doc = c.document
        count = self.document_list.model.rowCount()
        row = self.document_list.model.row_of(doc.id) if doc is not None else -1
        self.position_label.setText(tr("Document {0} of {1}").format(row + 1, count) if row >= 0 else tr("{0} documents").format(count))
        layer = tr(" · layer: {0}").format(c.layer) + (f" + {c.overlay}" if c.overlay else "") if c.layer else ""
        self.annotator_label.setText(tr("Annotator: {0}").format(c.annotator or '—') + layer)
        self.counts_label.setText(tr("{0} spans · {1} relations").format(c.span_count, len(c.relations)))
        open_count = len(c.suggestions)
        self.suggestions_label.setText(tr("{0} suggestion{1} open").format(open_count, 's' if open_count != 1 else ''))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.WindowActivate and self.controller.workspace is not None:
            # Another window or process may have written while we were in the background.
            QTimer.singleShot(0, lambda: self.controller.check_external(keep_undo=True))
        return super().event(event)

    def _sort_most_to_learn(self) -> None:
        self.documents_dock.show()
        self.document_list.sort_most_to_learn()
        self._say(tr("Documents sorted by the mean confidence of their open suggestions, lowest first"), 6000)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.side_panel.flush()
        self.remember_position()
        self.tasks.cancel_all()
        self.trainer.wait()
        self.settings.geometry = bytes(self.saveGeometry().data())
        event.accept()



def annotator_dialog(parent: QWidget | None, current: str) -> QInputDialog:
    """Asks for the annotator's name, in the bundled font so a Devanagari name shows as typed."""
    dialog = QInputDialog(parent)
    dialog.setObjectName("annotator_dialog")
    dialog.setWindowTitle(tr("Annotator"))
    dialog.setLabelText(tr("Your name (every mark you make is signed with it):"))
    dialog.setTextValue(current)
    dialog.setFont(interface_font(dialog.font()))
    return dialog
