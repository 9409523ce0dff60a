"""Every relation of the open document: head, type, tail; Enter jumps to the head, Delete removes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.i18n import N_, tr
from gui.controller import Controller
from gui.panels.table_model import ListTableModel, row_table, text_alignment
from gui.undo import quoted
from kathan.model import Changes, Relation, RelationId, Span, SpanId
from kathan.schema import Schema

_Index = QModelIndex | QPersistentModelIndex


class RelationTableModel(ListTableModel[Relation]):
    """Adapter over ``list[Relation]``; ``UserRole`` is the relation id, ``UserRole+1`` the head id."""

    COLUMNS = (N_("Head"), N_("Relation"), N_("Tail"))

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._spans: dict[SpanId, Span] = {}
        self._text = ""
        self._display: dict[str, str] = {}

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        relation = self.row_at(index)
        if relation is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == 1:
                return self._display.get(relation.type, relation.type)
            span = self._spans.get(relation.head if index.column() == 0 else relation.tail)
            if span is None:
                return "?"
            limit = 400 if role == Qt.ItemDataRole.ToolTipRole else 30
            return f"{span.label} {quoted(span.text_in(self._text), limit)}"
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() != 1:
            span = self._spans.get(relation.head if index.column() == 0 else relation.tail)
            return text_alignment(span.text_in(self._text) if span is not None else "")
        if role == Qt.ItemDataRole.UserRole:
            return relation.id
        if role == Qt.ItemDataRole.UserRole + 1:
            return relation.tail if index.column() == 2 else relation.head
        return None

    def relation_at(self, row: int) -> Relation:
        return self._rows[row]

    def reset(self, text: str, spans: list[Span], relations: list[Relation], schema: Schema | None = None) -> None:
        # Relations are few per document; a reset per change keeps this adapter trivially right.
        self.beginResetModel()
        if schema is not None:
            self._display = {r.name: r.display for r in schema.relations}
        self._text = text
        self._spans = {s.id: s for s in spans}
        self._rows = list(relations)
        self.endResetModel()


class RelationsPanel(QWidget):
    """The relation list with a Delete button; Delete and Enter work when it has focus."""

    sig_span_activated = Signal(int)
    """The user chose a relation end to jump to; carries the span id."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.model = RelationTableModel(self)
        self.table = row_table(self, self.model, QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._on_activated)
        self.delete_button = QPushButton(tr("Delete relation"), self)
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.setFocusProxy(self.table)
        controller.sig_changes_applied.connect(self._on_changes)
        controller.sig_document_opened.connect(lambda _doc: self.refresh())

    def _on_changes(self, changes: Changes, _origin: object) -> None:
        """Refresh when a relation, or a span a relation shows, changed; skip everything else.

        A deleted span's relations arrive as ``relations_removed`` (storage cascades), so a
        span deletion alone changes nothing here.
        """
        ends = {end for r in self._controller.relations for end in (r.head, r.tail)}
        if (
            changes.relations_added
            or changes.relations_removed
            or changes.relations_updated
            or any(s.id in ends for s in changes.spans_updated)
            or self.model.rowCount() != len(self._controller.relations)
        ):
            self.refresh()

    def refresh(self) -> None:
        doc = self._controller.document
        c = self._controller
        relations = c.relations
        ends = {span_id for r in relations for span_id in (r.head, r.tail)}
        spans = [span for span in map(c.span, ends) if span is not None]  # not every span: a refresh per edit
        self.model.reset(doc.text if doc else "", spans, relations, c.schema if c.workspace is not None else None)

    def selected_relation_ids(self) -> list[RelationId]:
        return [self.model.relation_at(i.row()).id for i in self.table.selectionModel().selectedRows()]

    def delete_selected(self) -> None:
        self._controller.delete_relations(self.selected_relation_ids())

    def _on_activated(self, index: QModelIndex) -> None:
        span_id = index.data(Qt.ItemDataRole.UserRole + 1)
        if span_id is not None:
            self.sig_span_activated.emit(int(span_id))
