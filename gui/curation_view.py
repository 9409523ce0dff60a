"""The curation view: one document's layers side by side, differences framed, settled into gold.

Above, the document once per annotator (read-only) and once for gold (``gui.curation_panes``),
scrolling together, spans not every annotator agrees on framed. A click on an annotator's span
takes it into gold, with its links whose other end gold holds; Ctrl+click marks it for Merge,
which makes one gold span of the marked ones (their text joined, the label and attributes of
the current one). In the gold pane a label key labels the selected text or relabels the
selected span, Delete removes it, dragging an edge resizes it. Below, every distinct span and
every distinct link as a row with a column per layer (differences tinted): the keyboard's way
through the same commands, each row bringing its spans on screen in every pane; a link taken
brings its ends. Pre-merge fills gold with what
all agree on. Every change is one undoable edit through the controller.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui import edit_values
from gui.controller import Controller, relabelled
from gui.curation_panes import CurationPanes
from gui.i18n import tr
from gui.panels.label_palette import LabelPalette
from gui.curation_lists import AlignedModel, LinkModel
from gui.panels.table_model import row_table
from kathan.curation import Aligned, AlignedLink, key_of, merge, pre_merge, take
from kathan.edits import Batch, DeleteRelations, DeleteSpans
from kathan.layers import GOLD
from kathan.model import AnnotatedDocument, Changes, Fragment, Relation, Span, SpanId, merge_fragments
from kathan.schema import Schema

class CurationView(QDialog):
    """Adjudicates the window's open document into the gold layer."""

    def __init__(self, controller: Controller, parent: QWidget | None = None, document_actions: Sequence[QAction] = ()) -> None:
        """``document_actions`` (the window's next/previous document, ...) get buttons and work here too."""
        super().__init__(parent)
        self.setObjectName("curation_view")
        self.setWindowTitle(tr("Curation: settle the layers into gold"))
        room = self.screen().availableGeometry()
        self.resize(min(1400, room.width() * 19 // 20), min(860, room.height() * 9 // 10))
        self._controller = controller
        self._document: AnnotatedDocument | None = None
        self._restoring = False
        self._schema: Schema | None = None
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.labels = LabelPalette(controller, self)
        self.labels.setToolTip(tr("Label the text selected in the gold pane, or relabel the gold span selected there"))
        self.panes = CurationPanes(self)
        self.model = AlignedModel(self)
        self.table = row_table(self, self.model, QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setObjectName("curation_table")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.model.modelReset.connect(lambda: header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch))
        self.links = LinkModel(self)
        self.link_table = row_table(self, self.links, QAbstractItemView.SelectionMode.ExtendedSelection)
        self.link_table.setObjectName("curation_links")
        self.link_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.lists = QTabWidget(self)
        self.lists.addTab(self.table, tr("&Spans"))
        self.lists.addTab(self.link_table, tr("&Links"))
        self.only_differences = QCheckBox(tr("Only &differences"), self)
        self.pre_merge_button = QPushButton(tr("&Pre-merge (what all agree on)"), self)
        self.take_button = QPushButton(tr("&Take into gold"), self)
        self.merge_button = QPushButton(tr("&Merge into one gold span"), self)
        self.merge_button.setToolTip(
            tr("One gold span covering the chosen rows' text (Ctrl+click spans in the panes, or Shift/Ctrl in the list), labelled like the current row (Ctrl+M)")
        )
        self.remove_button = QPushButton(tr("&Remove from gold"), self)
        self.edit_gold_button = QPushButton(tr("&Edit gold in the window"), self)
        close = QPushButton(tr("Close"), self)
        self.message = QLabel(self)
        self.message.setObjectName("curation_message")
        self.message.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # a long message never widens the window
        self._add_actions()
        top = QHBoxLayout()
        top.addWidget(self.labels, 1)
        for action in document_actions:
            step = QToolButton(self)
            step.setDefaultAction(action)
            top.addWidget(step)
        self.addActions(list(document_actions))
        buttons = QHBoxLayout()
        for button in (self.pre_merge_button, self.take_button, self.merge_button, self.remove_button, self.edit_gold_button):
            buttons.addWidget(button)
        buttons.addWidget(self.message, 1)
        buttons.addWidget(close)
        under = QWidget(self)
        list_layout = QVBoxLayout(under)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.only_differences)
        list_layout.addWidget(self.lists, 1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.panes)
        split.addWidget(under)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        self.pre_merge_button.clicked.connect(self.pre_merge)
        self.take_button.clicked.connect(self.take_chosen)
        self.merge_button.clicked.connect(self.merge_selected)
        self.remove_button.clicked.connect(self.remove_chosen)
        self.edit_gold_button.clicked.connect(lambda: controller.show_layer(GOLD))
        self.only_differences.toggled.connect(lambda _on: self.refresh())
        close.clicked.connect(self.accept)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _previous: self._reveal_row(current.row()))
        self.link_table.selectionModel().currentRowChanged.connect(lambda current, _previous: self._reveal_link(current.row()))
        self.panes.sig_span_clicked.connect(self._on_span_clicked)
        self.panes.sig_fragments_change_requested.connect(lambda layer, span_id, fragments: self.resize_gold_span(span_id, fragments))
        self.panes.sig_fragment_add_requested.connect(lambda layer, span_id, start, end: self.add_gold_fragment(span_id, start, end))
        self.labels.sig_label_requested.connect(self.label_in_gold)
        controller.sig_changes_applied.connect(lambda *_: self._follow())
        controller.sig_edit_refused.connect(self.message.setText)
        controller.sig_document_opened.connect(lambda *_: self._follow())
        controller.sig_project_reloaded.connect(self._follow)
        self.refresh()

    def _follow(self) -> None:
        """Show the window's change, while shown (a closed view reads nothing; ``show_curation`` refreshes it)."""
        if self.isVisible():
            self.refresh()

    def _add_actions(self) -> None:
        stack = self._controller.undo_stack
        undo = stack.createUndoAction(self, tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = stack.createRedoAction(self, tr("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        self.merge_action = QAction(tr("&Merge into one gold span"), self)
        self.merge_action.setShortcut(QKeySequence("Ctrl+M"))
        self.merge_action.triggered.connect(lambda _checked=False: self.merge_selected())
        self.take_action = QAction(tr("&Take into gold"), self.table)
        self.take_action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        self.take_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.take_action.triggered.connect(lambda _checked=False: self.take_selected())
        self.table.addAction(self.take_action)
        self.take_links_action = QAction(tr("&Take into gold"), self.link_table)
        self.take_links_action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        self.take_links_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.take_links_action.triggered.connect(lambda _checked=False: self.take_selected_links())
        self.link_table.addAction(self.take_links_action)
        self.delete_action = QAction(tr("&Remove from gold"), self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.triggered.connect(lambda _checked=False: self.delete_pressed())
        self.addActions([undo, redo, self.merge_action, self.delete_action])

    # -- showing ---------------------------------------------------------------------------

    def _read(self) -> AnnotatedDocument | None:
        c = self._controller
        if c.workspace is None or c.document is None:
            return None
        return c.workspace.annotated(c.document.id)

    def refresh(self) -> None:
        """Read the open document again and show it in the panes and the list, keeping the current row."""
        current = self._current_row()
        chosen = [row.key for row in self._selected()]
        self._document = document = self._read()
        self.model.reset(document, self.only_differences.isChecked())
        self.links.reset(document, self.only_differences.isChecked())
        rows = self.model.rows()
        different = [row for row in rows if self.model.differs(row)]
        different_links = [row for row in self.links.rows() if self.links.differs(row)]
        if document is None:
            self.summary.setText(tr("No document is open"))
            return
        schema = self._controller.schema
        if schema is not self._schema:
            self._schema = schema
            self.labels.set_schema(schema)
        annotators = self.model.annotators
        self.summary.setText(
            tr("{0}: {1} layers ({2}), {3} distinct spans, {4} not agreed by all (framed in the panes, tinted in the list), {5} links not drawn alike. Click a span to take it into gold; Ctrl+click spans, then Ctrl+M merges them.").format(
                document.document.name, len(annotators), ", ".join(annotators) or "—", len(rows), len(different), len(different_links)
            )
        )
        counts = {layer: sum(1 for s in document.spans if s.annotator == layer) for layer in [*annotators, GOLD]}
        headers = {name: tr("{0} · {1} spans · read-only").format(name, counts[name]) for name in annotators}
        headers[GOLD] = tr("gold · {0} spans · editable").format(counts[GOLD])
        marked = {int(span.id) for row in different for span in row.spans.values()}
        self.panes.show_document(document, schema, [*annotators, GOLD], headers, marked)
        gold = self.panes.view(GOLD)
        for action in self.labels.label_actions:  # label keys act in the gold pane only, a click on the palette anywhere
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            if action not in gold.actions():
                gold.addAction(action)
        choice = self.table.selectionModel()
        for key in chosen:
            row = self.model.row_of(key)
            if row >= 0:
                choice.select(self.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
        row = self.model.row_of(current.key) if current is not None else -1
        if row >= 0:
            self._restoring = True  # the panes keep their own selection and place
            try:
                choice.setCurrentIndex(self.model.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
            finally:
                self._restoring = False

    def _current_row(self) -> Aligned | None:
        return self.model.row_at(self.table.currentIndex())

    def _reveal_row(self, row_number: int) -> None:
        row = self.model.row_at(self.model.index(row_number, 0))
        if row is not None and not self._restoring:
            self.panes.reveal(row.fragments[0][0], {layer: int(span.id) for layer, span in row.spans.items()})

    def _reveal_link(self, row_number: int) -> None:
        """Select each layer's head span of the link (its arcs drawn bold) and bring it on screen."""
        row = self.links.row_at(self.links.index(row_number, 0))
        if row is not None and not self._restoring:
            self.panes.reveal(row.head[1][0][0], {layer: int(relation.head) for layer, relation in row.relations.items()})

    def _selected_links(self) -> list[AlignedLink]:
        rows = sorted({i.row() for i in self.link_table.selectionModel().selectedRows()})
        return [row for row in (self.links.row_at(self.links.index(r, 0)) for r in rows) if row is not None]

    def _selected(self) -> list[Aligned]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [row for row in (self.model.row_at(self.model.index(r, 0)) for r in rows) if row is not None]

    def _span(self, span_id: int) -> Span | None:
        document = self._document
        return next((s for s in document.spans if s.id == span_id), None) if document else None

    def _select_row_of(self, span: Span, flags: QItemSelectionModel.SelectionFlag) -> None:
        row = self.model.row_of(key_of(span))
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(self.model.index(row, 0), flags | QItemSelectionModel.SelectionFlag.Rows)

    def _holder(self, row: Aligned, preferred: str | None = None) -> Span | None:
        """The row's span in ``preferred``'s layer, else the first annotator's who has it, else gold's."""
        for name in (preferred, *self.model.annotators, GOLD):
            if name and name in row.spans:
                return row.spans[name]
        return None

    # -- commands --------------------------------------------------------------------------

    def _refuse(self, message: str) -> None:
        self._controller.sig_edit_refused.emit(message)

    def _push(self, edit: Any) -> Changes | None:
        """Apply ``edit`` as one undo step and say what was done (a refusal says why itself)."""
        changes = self._controller.push(edit)
        if changes is not None:
            self.message.setText(tr("{0} (Ctrl+Z undoes it)").format(self._controller.undo_stack.undoText()))
        return changes

    def pre_merge(self) -> None:
        document = self._document
        edit = pre_merge(document) if document else None
        if edit is None:
            self._refuse(tr("nothing to pre-merge: gold already holds everything all annotators agree on"))
            return
        self._push(edit)

    def _on_span_clicked(self, layer: str, span_id: int, ctrl: bool) -> None:
        """An annotator's span clicked: take it into gold (Ctrl: mark its row for Merge instead)."""
        span = self._span(span_id)
        if span is None:
            return
        if ctrl:
            self._select_row_of(span, QItemSelectionModel.SelectionFlag.Toggle)
            return
        # Current, not selected: the rows chosen for Merge are only those Ctrl+clicked since.
        self._select_row_of(span, QItemSelectionModel.SelectionFlag.Clear)
        if layer != GOLD:
            self.take_spans([span])

    def take_spans(self, spans: list[Span]) -> None:
        document = self._document
        edit = take(document, spans) if document is not None else None
        if edit is None:
            self._refuse(tr("gold already holds that"))
            return
        self._push(edit)

    def take_selected(self) -> None:
        """Take the chosen rows into gold: each one's span of the current column's annotator, else the first who has it."""
        preferred = self.model.layer_of_column(self.table.currentIndex().column())
        chosen = [span for span in (self._holder(row, preferred) for row in self._selected()) if span is not None]
        if chosen:
            self.take_spans([s for s in chosen if s.annotator != GOLD] or chosen)

    def take_chosen(self) -> None:
        """Take button: the chosen rows of the list shown (spans or links)."""
        if self.lists.currentWidget() is self.link_table:
            self.take_selected_links()
        else:
            self.take_selected()

    def take_selected_links(self) -> None:
        """Take the chosen links into gold, each the current column's annotator's (else the first
        who drew it), with their head and tail spans where gold lacks them."""
        document = self._document
        preferred = self.links.layer_of_column(self.link_table.currentIndex().column())
        spans: list[Span] = []
        relations: list[Relation] = []
        for row in self._selected_links():
            layer = next((n for n in (preferred, *self.links.annotators) if n and n != GOLD and n in row.relations), None)
            if layer is None:
                continue
            relation = row.relations[layer]
            ends = [self._span(relation.head), self._span(relation.tail)]
            spans += [end for end in ends if end is not None]
            relations.append(relation)
        edit = take(document, spans, relations) if document is not None and relations else None
        if edit is None:
            self._refuse(tr("gold already holds that"))
            return
        self._push(edit)

    def merge_selected(self) -> None:
        """One gold span of the chosen rows: their fragments joined, labelled like the current row."""
        document = self._document
        rows = self._selected()
        if document is None or not rows:
            self._refuse(tr("choose the spans to merge first: Ctrl+click them in the panes, or select their rows"))
            return
        current = self._current_row()
        model_row = current if current is not None and current in rows else rows[0]
        preferred = self.model.layer_of_column(self.table.currentIndex().column())
        model = self._holder(model_row, preferred)
        spans = [span for span in (self._holder(row) for row in rows) if span is not None]
        edit = merge(document, spans, model) if model is not None else None
        if edit is None:
            self._refuse(tr("gold already holds that"))
            return
        text = tr("Merge {0} spans into gold as {1}").format(len(spans), model.label) if model is not None else ""
        changes = self._push(Batch(edit.edits, text=text))
        if changes is not None and changes.spans_added:
            self._select_row_of(changes.spans_added[0], QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def remove_chosen(self) -> None:
        """Remove button: the gold spans or links of the chosen rows of the list shown."""
        if self.lists.currentWidget() is self.link_table:
            self.remove_selected_links()
        else:
            self.remove_selected()

    def remove_selected_links(self) -> None:
        ids = tuple(row.relations[GOLD].id for row in self._selected_links() if GOLD in row.relations)
        if ids:
            self._push(DeleteRelations(ids))
        else:
            self._refuse(tr("none of the chosen rows is in gold"))

    def remove_selected(self) -> None:
        ids = tuple(row.spans[GOLD].id for row in self._selected() if GOLD in row.spans)
        if ids:
            self._push(DeleteSpans(ids))
        else:
            self._refuse(tr("none of the chosen rows is in gold"))

    # -- editing in the gold pane ----------------------------------------------------------

    def delete_pressed(self) -> None:
        """Delete: the gold span selected in the gold pane when it has the focus, else the chosen rows' gold spans."""
        pane = self.panes.panes.get(GOLD)
        if pane is not None and pane.view.hasFocus():
            self.delete_gold_span()
        elif self.link_table.hasFocus():
            self.remove_selected_links()
        else:
            self.remove_selected()

    def _gold_span(self) -> Span | None:
        view = self.panes.panes.get(GOLD)
        return self._span(view.view.selected_span_id()) if view is not None else None

    def label_in_gold(self, label: str) -> None:
        """A label key: the text selected in the gold pane becomes a gold span, or the selected gold span is relabelled."""
        document = self._document
        pane = self.panes.panes.get(GOLD)
        if document is None or pane is None:
            return
        selection = pane.view.current_selection()
        if selection is not None:
            pane.view.clear_text_selection()
            changes = self._push(edit_values.add_span(document.document.id, label, (selection,), GOLD))
            if changes is not None and changes.spans_added:
                pane.view.select_span(changes.spans_added[0].id)  # a second key relabels it, its edges drag
            return
        span = self._gold_span()
        if span is None:
            self._refuse(tr("select text (or a span) in the gold pane first"))
        elif span.label != label:
            self._push(relabelled(self._controller.schema, span, label))

    def delete_gold_span(self) -> None:
        span = self._gold_span()
        if span is not None:
            self._push(DeleteSpans((span.id,)))

    def resize_gold_span(self, span_id: int, fragments: tuple[Fragment, ...]) -> None:
        span = self._span(span_id)
        if span is not None and span.annotator == GOLD and tuple(fragments) != span.fragments:
            self._push(edit_values.update_span(span, fragments=tuple(sorted(fragments))))

    def add_gold_fragment(self, span_id: int, start: int, end: int) -> None:
        span = self._span(span_id)
        if span is not None:
            self.resize_gold_span(SpanId(span_id), merge_fragments([*span.fragments, (start, end)]))
