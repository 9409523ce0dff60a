"""The curation view: one document's layers side by side, differences highlighted, settled into gold.

A row is one span as the layers hold it (same label and fragments), a column per annotator
and one for gold; rows not every annotator has are highlighted. Pre-merge fills gold with
what all agree on; Take copies the chosen rows (the span of the annotator whose column is
current, else the first who has it) into gold; Remove takes rows out of gold; Edit gold
shows the gold layer in the window for free editing. Every one of them is an undoable edit.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from gui.i18n import tr
from gui.controller import Controller
from gui.panels.table_model import ListTableModel, row_table
from kathan.curation import Aligned, annotators_of, compare_layers, pre_merge, take
from kathan.edits import DeleteSpans
from kathan.layers import GOLD
from kathan.model import AnnotatedDocument, Span

DIFFERENT = QColor("#ffe0b2")
HELD = "✓"


class AlignedModel(ListTableModel[Aligned]):
    """Aligned spans of one document: label, text, then a column per layer."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.text = ""
        self.annotators: list[str] = []

    def headers(self) -> tuple[str, ...]:
        return ("label", "text", *self.annotators, GOLD)

    def reset(self, document: AnnotatedDocument | None) -> None:
        self.beginResetModel()
        if document is None:
            self.text, self.annotators, self._rows = "", [], []
        else:
            self.text = document.document.text
            self.annotators = annotators_of(document)
            self._rows = compare_layers(document)
        self.endResetModel()

    def differs(self, row: Aligned) -> bool:
        """Whether some annotator lacks this span or has other attributes on it."""
        return not row.agreed_by(self.annotators)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.BackgroundRole:
            return DIFFERENT if self.differs(row) else None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return row.label
        if column == 1:
            return " … ".join(self.text[s:e] for s, e in row.fragments)
        layer = self.headers()[column]
        span = row.spans.get(layer)
        if span is None:
            return ""
        attributes = ", ".join(f"{k}={v}" for k, v in sorted(span.attributes.items()))
        return f"{HELD} {attributes}".strip()

    def layer_of_column(self, column: int) -> str | None:
        return self.headers()[column] if 2 <= column < len(self.headers()) else None


class CurationView(QDialog):
    """Adjudicates the window's open document into the gold layer."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("curation_view")
        self.setWindowTitle(tr("Curation: settle the layers into gold"))
        self.resize(1000, 560)
        self._controller = controller
        self.model = AlignedModel(self)
        self.table = row_table(self, self.model, QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setObjectName("curation_table")
        self.summary = QLabel(self)
        self.pre_merge_button = QPushButton(tr("&Pre-merge (what all agree on)"), self)
        self.take_button = QPushButton(tr("&Take into gold"), self)
        self.remove_button = QPushButton(tr("&Remove from gold"), self)
        self.edit_gold_button = QPushButton(tr("&Edit gold in the window"), self)
        close = QPushButton(tr("Close"), self)
        buttons = QHBoxLayout()
        for button in (self.pre_merge_button, self.take_button, self.remove_button, self.edit_gold_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.pre_merge_button.clicked.connect(self.pre_merge)
        self.take_button.clicked.connect(self.take_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.edit_gold_button.clicked.connect(lambda: controller.show_layer(GOLD))
        close.clicked.connect(self.accept)
        controller.sig_changes_applied.connect(lambda *_: self.refresh())
        controller.sig_document_opened.connect(lambda *_: self.refresh())
        controller.sig_project_reloaded.connect(self.refresh)
        self.refresh()

    def _document(self) -> AnnotatedDocument | None:
        c = self._controller
        if c.workspace is None or c.document is None:
            return None
        return c.workspace.annotated(c.document.id)

    def refresh(self) -> None:
        document = self._document()
        self.model.reset(document)
        rows = self.model.rowCount()
        different = sum(1 for r in range(rows) if self.model.differs(self.model.row_at(self.model.index(r, 0))))  # type: ignore[arg-type]
        name = document.document.name if document else "no document"
        self.summary.setText(
            tr("{0}: {1} layers ({2}), {3} distinct spans, {4} not agreed by all (highlighted)").format(name, len(self.model.annotators), ', '.join(self.model.annotators) or 'none', rows, different)
        )

    def _selected(self) -> list[Aligned]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.row_at(self.model.index(r, 0)) for r in rows]  # type: ignore[misc]

    def pre_merge(self) -> None:
        document = self._document()
        edit = pre_merge(document) if document else None
        if edit is None:
            self._controller.sig_edit_refused.emit(tr("nothing to pre-merge: gold already holds everything all annotators agree on"))
            return
        self._controller.push(edit)

    def take_selected(self) -> None:
        document = self._document()
        if document is None:
            return
        preferred = self.model.layer_of_column(self.table.currentIndex().column())
        chosen: list[Span] = []
        for row in self._selected():
            holders = [n for n in (preferred, *self.model.annotators) if n and n != GOLD and n in row.spans]
            if holders:
                chosen.append(row.spans[holders[0]])
        edit = take(document, chosen)
        if edit is not None:
            self._controller.push(edit)

    def remove_selected(self) -> None:
        ids = tuple(row.spans[GOLD].id for row in self._selected() if GOLD in row.spans)
        if ids:
            self._controller.push(DeleteSpans(ids))
