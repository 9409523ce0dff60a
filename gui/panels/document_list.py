"""The project's documents: title, file name, status and span count, with a filter box that
matches the title, the file name or the status ("done"); filtering and sorting run in storage.

A click or Enter opens a document, arrow keys move, Space cycles the status (new → in
progress → done).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
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
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from gui.controller import Controller
from gui.i18n import N_, tr
from gui.panels.table_model import row_table, text_alignment
from kathan.model import Changes, Document, DocumentId, DocumentOrder, DocumentStatus, DocumentSummary

STATUS_TEXT = {
    DocumentStatus.NEW: N_("new"),
    DocumentStatus.IN_PROGRESS: N_("in progress"),
    DocumentStatus.DONE: N_("done"),
}
STATUS_MARK = {DocumentStatus.NEW: "○", DocumentStatus.IN_PROGRESS: "◐", DocumentStatus.DONE: "●"}

_Index = QModelIndex | QPersistentModelIndex
CONFIDENCE_COLUMN = 4
NO_CONFIDENCE = 2.0
"""Where a document without open suggestions sorts by confidence: after every confidence."""


def _statuses_shown_as(search: str) -> tuple[DocumentStatus, ...]:
    """The statuses whose words as the list shows them (in the window's language) contain ``search``."""
    needle = search.strip().casefold()
    return tuple(s for s in DocumentStatus if needle and needle in tr(STATUS_TEXT[s]).casefold())


class DocumentSource(Protocol):
    """Where the list reads documents from (the controller, over ``Workspace.document_ids``)."""

    def document_ids(
        self,
        search: str = ...,
        status: DocumentStatus | None = ...,
        order: DocumentOrder = ...,
        descending: bool = ...,
        also_statuses: Collection[DocumentStatus] = ...,
    ) -> list[DocumentId]: ...

    def document_summaries(self, doc_ids: Sequence[int]) -> list[DocumentSummary]: ...


class DocumentListModel(QAbstractTableModel):
    """The project's documents, filtered and sorted by storage; ``Qt.ItemDataRole.UserRole`` is the id.

    Holds only the ids of the rows; a row's summary is read with its page of ``PAGE`` rows
    when the view first asks for it, and at most ``CACHED_PAGES`` pages are kept, so a
    100,000-document project costs the rows on screen rather than a Python object per document.
    The mean confidence of each document's open suggestions is kept for the documents that
    have any (``set_confidence``); sorting by it orders the ids here, every other order is storage's.
    """

    COLUMNS = (N_("Title"), N_("File"), N_("Status"), N_("Spans"), N_("Confidence"))
    STATUS_COLUMN = 2
    PAGE = 128
    CACHED_PAGES = 16
    _ORDERS = (DocumentOrder.TITLE, DocumentOrder.NAME, DocumentOrder.STATUS, DocumentOrder.SPANS)

    def __init__(self, source: DocumentSource, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._ids: list[DocumentId] = []
        self._rows_of: dict[DocumentId, int] | None = None
        self._pages: dict[int, list[DocumentSummary | None]] = {}
        self._search = ""
        self._order = DocumentOrder.IMPORT
        self._by_confidence = False
        self._descending = False
        self._confidence: dict[DocumentId, float] = {}

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.COLUMNS):
            return tr(self.COLUMNS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == Qt.ItemDataRole.UserRole:
            return self._ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.TextAlignmentRole):
            return None
        doc = self.summary(index.row())
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
        elif role == Qt.ItemDataRole.ToolTipRole:
            mean = self._confidence.get(doc.id)
            learn = "no open suggestions" if mean is None else f"open suggestions' mean confidence {mean:.2f}"
            return (
                f"{doc.title or doc.name}\n{doc.name} · {doc.length:,} characters\n"
                f"{doc.span_count} spans, {doc.relation_count} relations · {STATUS_TEXT[doc.status]}\n{learn}"
            )
        elif column >= 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        elif column == 0:
            return text_alignment(doc.title or doc.name)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by ``column`` in storage (-1: import order); the view calls this from its header."""
        self._order = self._ORDERS[column] if 0 <= column < len(self._ORDERS) else DocumentOrder.IMPORT
        self._by_confidence = column == CONFIDENCE_COLUMN
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def set_confidence(self, confidence: dict[DocumentId, float]) -> None:
        """Show these mean confidences (a document absent has no open suggestion)."""
        if confidence == self._confidence:
            return
        self._confidence = dict(confidence)
        if self._by_confidence:
            self.reload()
        elif self._ids:
            self.dataChanged.emit(
                self.index(0, CONFIDENCE_COLUMN),
                self.index(len(self._ids) - 1, CONFIDENCE_COLUMN),
                [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole],
            )

    def set_search(self, text: str) -> None:
        """Show only the documents whose title, file name or status contains ``text``."""
        if text != self._search:
            self._search = text
            self.reload()

    def reload(self) -> None:
        """Read the ids again (documents came, went or changed status): a reset if they differ."""
        shown = _statuses_shown_as(self._search)
        if self._by_confidence:
            ids = self._source.document_ids(self._search, None, DocumentOrder.IMPORT, False, shown)
            ids.sort(key=lambda i: self._confidence.get(i, NO_CONFIDENCE), reverse=self._descending)
        else:
            ids = self._source.document_ids(self._search, None, self._order, self._descending, shown)
        if ids == self._ids:
            self.refresh()
            return
        self.beginResetModel()
        self._ids, self._rows_of, self._pages = ids, None, {}
        self.endResetModel()

    def refresh(self) -> None:
        """Forget the summaries read so far (spans were added or removed) and show them again."""
        self._pages = {}
        if self._ids:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self._ids) - 1, len(self.COLUMNS) - 1),
                [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole],
            )

    def sorted_by_counts(self) -> bool:
        """Whether the order depends on span counts, so an edit can move rows."""
        return self._order is DocumentOrder.SPANS

    def summary(self, row: int) -> DocumentSummary | None:
        """The summary on ``row``, reading its page if needed; None for a document deleted meanwhile."""
        if not 0 <= row < len(self._ids):
            return None
        number = row // self.PAGE
        page = self._pages.get(number)
        if page is None:
            if len(self._pages) >= self.CACHED_PAGES:
                self._pages.pop(next(iter(self._pages)))
            ids = self._ids[number * self.PAGE : (number + 1) * self.PAGE]
            found = {d.id: d for d in self._source.document_summaries(ids)}
            page = self._pages[number] = [found.get(i) for i in ids]
        return page[row - number * self.PAGE]

    def ids(self) -> list[DocumentId]:
        """Document ids in the order shown."""
        return list(self._ids)

    def row_of(self, doc_id: DocumentId) -> int:
        if self._rows_of is None:
            self._rows_of = {i: row for row, i in enumerate(self._ids)}
        return self._rows_of.get(doc_id, -1)


class DocumentList(QWidget):
    """Filter box over a table of documents; follows the controller's project and open document."""

    sig_document_activated = Signal(int)
    """The user chose a document (Enter or double-click); carries its id."""
    sig_status_cycle_requested = Signal(object)
    """The user asked to move a document to its next status; carries its ``DocumentSummary``."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.model = DocumentListModel(controller, self)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(tr("Filter by title, file or status…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.model.set_search)
        self.filter_edit.installEventFilter(self)
        self.table = row_table(self, self.model, QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(DocumentListModel.COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.activated.connect(self._on_activated)
        self.table.clicked.connect(self._on_activated)  # one click opens, as in a file browser
        self.table.installEventFilter(self)
        self.model.modelReset.connect(self._select_open_document)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.table)
        controller.sig_project_opened.connect(lambda _path: self.model.reload())
        controller.sig_project_reloaded.connect(self.model.reload)
        controller.sig_document_opened.connect(self._on_document_opened)
        controller.sig_changes_applied.connect(self._on_changes)
        controller.sig_project_opened.connect(lambda _path: self._reload_confidence())
        controller.sig_project_reloaded.connect(self._reload_confidence)
        controller.sig_suggestions_changed.connect(self._reload_confidence)

    def _reload_confidence(self) -> None:
        self.model.set_confidence(self._controller.suggestion_confidence())

    def sort_most_to_learn(self) -> None:
        """Sort by the open suggestions' mean confidence, lowest (most to learn) first."""
        self.table.sortByColumn(CONFIDENCE_COLUMN, Qt.SortOrder.AscendingOrder)

    def _on_document_opened(self, document: Document | None) -> None:
        self.select_document(document.id if document is not None else None)

    def _select_open_document(self) -> None:
        document = self._controller.document
        if document is not None:
            self.select_document(document.id)

    def _on_changes(self, changes: Changes, _origin: object) -> None:
        if changes.documents_added or changes.documents_updated or changes.documents_removed:
            self.model.reload()  # a status change can move a document in or out of the filter
        elif any((changes.spans_added, changes.spans_removed, changes.relations_added, changes.relations_removed)):
            if self.model.sorted_by_counts():
                self.model.reload()
            else:
                self.model.refresh()
        # a note or attribute edit leaves the list as it is

    def select_document(self, doc_id: DocumentId | None) -> None:
        """Make ``doc_id`` the current row without emitting ``sig_document_activated``."""
        row = self.model.row_of(doc_id) if doc_id is not None else -1
        if row < 0:
            self.table.clearSelection()
            return
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)

    def current_summary(self) -> DocumentSummary | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.summary(index.row())

    def visible_ids(self) -> list[DocumentId]:
        """Document ids in the order shown (filtered and sorted)."""
        return self.model.ids()

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
                if self.model.rowCount():
                    if not self.table.currentIndex().isValid():
                        self.table.setCurrentIndex(self.model.index(0, 0))
                    if key == Qt.Key.Key_Down:
                        self.table.setFocus(Qt.FocusReason.TabFocusReason)
                    else:
                        self._on_activated(self.table.currentIndex())
                return True
        return super().eventFilter(watched, event)
