"""The project's documents: title, file name, status and span count, with a filter box that
matches any of them (a title word, a file name, "done").

A click or Enter opens a document, arrow keys move, Space cycles the status (new → in
progress → done).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QVBoxLayout,
    QWidget,
)

from gui.controller import Controller
from gui.i18n import N_, tr
from gui.panels.table_model import ListTableModel, filter_box, row_table, text_alignment
from kathan.model import Changes, Document, DocumentId, DocumentStatus, DocumentSummary

STATUS_TEXT = {
    DocumentStatus.NEW: N_("new"),
    DocumentStatus.IN_PROGRESS: N_("in progress"),
    DocumentStatus.DONE: N_("done"),
}
STATUS_MARK = {DocumentStatus.NEW: "○", DocumentStatus.IN_PROGRESS: "◐", DocumentStatus.DONE: "●"}

_Index = QModelIndex | QPersistentModelIndex


SORT_ROLE = Qt.ItemDataRole.UserRole + 1
"""What a column sorts by: numbers as numbers; a document without open suggestions sorts after every confidence."""
STATUS_ORDER = {DocumentStatus.NEW: 0, DocumentStatus.IN_PROGRESS: 1, DocumentStatus.DONE: 2}
CONFIDENCE_COLUMN = 4



class DocumentListModel(ListTableModel[DocumentSummary]):
    """Adapter over a list of ``DocumentSummary`` and the mean confidence of each one's open
    suggestions; ``Qt.ItemDataRole.UserRole`` is the id."""

    COLUMNS = (N_("Title"), N_("File"), N_("Status"), N_("Spans"), N_("Confidence"))
    STATUS_COLUMN = 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._confidence: dict[DocumentId, float] = {}

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        doc = self.row_at(index)
        if doc is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return doc.title or doc.name
            if column == 1:
                return doc.name
            if column == self.STATUS_COLUMN:
                return f"{STATUS_MARK[doc.status]} {tr(STATUS_TEXT[doc.status])}"
            if column == 3:
                return doc.span_count
            if column == CONFIDENCE_COLUMN:
                mean = self._confidence.get(doc.id)
                return "" if mean is None else f"{mean:.2f}"
        elif role == SORT_ROLE:
            keys = (
                (doc.title or doc.name).casefold(),
                doc.name.casefold(),
                STATUS_ORDER[doc.status],
                doc.span_count,
                self._confidence.get(doc.id, 2.0),
            )
            return keys[column]
        elif role == Qt.ItemDataRole.ToolTipRole:
            mean = self._confidence.get(doc.id)
            learn = "no open suggestions" if mean is None else f"open suggestions' mean confidence {mean:.2f}"
            return (
                f"{doc.title or doc.name}\n{doc.name} · {doc.length:,} characters\n"
                f"{doc.span_count} spans, {doc.relation_count} relations · {STATUS_TEXT[doc.status]}\n{learn}"
            )
        elif role == Qt.ItemDataRole.UserRole:
            return doc.id
        elif role == Qt.ItemDataRole.TextAlignmentRole and column >= 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        elif role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return text_alignment(doc.title or doc.name)
        return None

    def set_confidence(self, confidence: dict[DocumentId, float]) -> None:
        """Show these mean confidences (a document absent has no open suggestion)."""
        if confidence == self._confidence:
            return
        self._confidence = dict(confidence)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, CONFIDENCE_COLUMN),
                self.index(len(self._rows) - 1, CONFIDENCE_COLUMN),
                [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, SORT_ROLE],
            )

    def summary(self, row: int) -> DocumentSummary:
        return self._rows[row]

    def row_of(self, doc_id: DocumentId) -> int:
        return next((i for i, d in enumerate(self._rows) if d.id == doc_id), -1)

    def set_documents(self, documents: list[DocumentSummary]) -> None:
        """Mirror ``documents``: in place when only their values changed, else a reset."""
        if [d.id for d in documents] == [d.id for d in self._rows]:
            for row, (old, new) in enumerate(zip(self._rows, documents, strict=True)):
                if old != new:
                    self._rows[row] = new
                    self.dataChanged.emit(
                        self.index(row, 0),
                        self.index(row, len(self.COLUMNS) - 1),
                        [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole],
                    )
            return
        self.beginResetModel()
        self._rows = list(documents)
        self.endResetModel()


class DocumentList(QWidget):
    """Filter box over a table of documents; follows the controller's project and open document."""

    sig_document_activated = Signal(int)
    """The user chose a document (Enter or double-click); carries its id."""
    sig_status_cycle_requested = Signal(object)
    """The user asked to move a document to its next status; carries its ``DocumentSummary``."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.model = DocumentListModel(self)
        self.proxy, self.filter_edit = filter_box(self, self.model, -1, tr("Filter by title, file or status…"))
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setDynamicSortFilter(True)
        self.filter_edit.installEventFilter(self)
        self.table = row_table(self, self.proxy, QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(DocumentListModel.COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.activated.connect(self._on_activated)
        self.table.clicked.connect(self._on_activated)  # one click opens, as in a file browser
        self.table.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.table)
        controller.sig_project_opened.connect(lambda _path: self._reload())
        controller.sig_project_reloaded.connect(self._reload)
        controller.sig_document_opened.connect(self._on_document_opened)
        controller.sig_changes_applied.connect(self._on_changes)
        controller.sig_suggestions_changed.connect(self._reload_confidence)

    def _reload(self) -> None:
        self.set_documents(self._controller.documents())
        self._reload_confidence()

    def _reload_confidence(self) -> None:
        self.model.set_confidence(self._controller.suggestion_confidence())

    def sort_most_to_learn(self) -> None:
        """Sort by the open suggestions' mean confidence, lowest (most to learn) first."""
        self.table.sortByColumn(CONFIDENCE_COLUMN, Qt.SortOrder.AscendingOrder)

    def _on_document_opened(self, document: Document | None) -> None:
        self.select_document(document.id if document is not None else None)

    def _on_changes(self, changes: Changes, _origin: object) -> None:
        counted = (
            changes.spans_added, changes.spans_removed, changes.relations_added, changes.relations_removed,
            changes.documents_added, changes.documents_updated, changes.documents_removed,
        )
        if any(counted):  # the list shows counts and status; a note or attribute edit leaves it as is
            self._reload()

    def set_documents(self, documents: list[DocumentSummary]) -> None:
        self.model.set_documents(documents)

    def select_document(self, doc_id: DocumentId | None) -> None:
        """Make ``doc_id`` the current row without emitting ``sig_document_activated``."""
        row = self.model.row_of(doc_id) if doc_id is not None else -1
        if row < 0:
            self.table.clearSelection()
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    def current_summary(self) -> DocumentSummary | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.summary(self.proxy.mapToSource(index).row())

    def visible_ids(self) -> list[DocumentId]:
        """Document ids in the order shown (filtered and sorted)."""
        return [self.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(self.proxy.rowCount())]

    def _on_activated(self, index: QModelIndex) -> None:
        doc_id = index.data(Qt.ItemDataRole.UserRole)
        if doc_id is not None:
            self.sig_document_activated.emit(int(doc_id))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.table and key == Qt.Key.Key_Space:
                summary = self.current_summary()
                if summary is not None:
                    self.sig_status_cycle_requested.emit(summary)
                return True
            if watched is self.filter_edit and key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.proxy.rowCount():
                    if not self.table.currentIndex().isValid():
                        self.table.setCurrentIndex(self.proxy.index(0, 0))
                    if key == Qt.Key.Key_Down:
                        self.table.setFocus(Qt.FocusReason.TabFocusReason)
                    else:
                        self._on_activated(self.table.currentIndex())
                return True
        return super().eventFilter(watched, event)
