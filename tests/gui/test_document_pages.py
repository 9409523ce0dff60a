"""The document list over 10,000 documents reads only the summaries on screen, and leaves
filtering and sorting to its source (storage)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView

from gui.panels.document_list import DocumentListModel
from gui.panels.table_model import row_table
from kathan.model import DocumentId, DocumentOrder, DocumentStatus, DocumentSummary

COUNT = 10_000


class Source:
    """10,000 documents, counting what the list asks for."""

    def __init__(self) -> None:
        self.read: list[int] = []
        self.queries: list[tuple[str, DocumentOrder, bool]] = []

    def document_ids(
        self,
        search: str = "",
        status: DocumentStatus | None = None,
        order: DocumentOrder = DocumentOrder.IMPORT,
        descending: bool = False,
        also_statuses: Sequence[DocumentStatus] = (),
    ) -> list[DocumentId]:
        self.queries.append((search, order, descending))
        ids = [DocumentId(i) for i in range(1, COUNT + 1) if search in f"doc-{i}"]
        return ids[::-1] if descending else ids

    def document_summaries(self, doc_ids: Sequence[int]) -> list[DocumentSummary]:
        self.read.extend(doc_ids)
        return [DocumentSummary(DocumentId(i), f"doc-{i}", "", DocumentStatus.NEW, 100, i % 7, 0) for i in doc_ids]


def test_only_the_pages_on_screen_are_read(qtbot) -> None:  # type: ignore[no-untyped-def]
    source = Source()
    model = DocumentListModel(source)
    table = row_table(None, model, QAbstractItemView.SelectionMode.SingleSelection)  # type: ignore[arg-type]
    qtbot.addWidget(table)
    model.reload()
    table.resize(400, 300)
    table.show()
    qtbot.waitExposed(table)
    qtbot.waitUntil(lambda: bool(source.read), timeout=3000)  # painted
    assert model.rowCount() == COUNT
    assert 0 < len(source.read) <= 2 * DocumentListModel.PAGE
    table.scrollToBottom()
    qtbot.waitUntil(lambda: source.read[-1] == COUNT, timeout=3000)
    assert len(source.read) <= 4 * DocumentListModel.PAGE
    assert model.index(COUNT - 1, 1).data() == f"doc-{COUNT}"
    assert model.row_of(DocumentId(COUNT)) == COUNT - 1


def test_filtering_and_sorting_go_to_the_source(qtbot) -> None:  # type: ignore[no-untyped-def]
    source = Source()
    model = DocumentListModel(source)
    model.reload()
    model.set_search("999")
    assert source.queries[-1] == ("999", DocumentOrder.IMPORT, False)
    assert model.rowCount() == len([i for i in range(1, COUNT + 1) if "999" in f"doc-{i}"])
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert source.queries[-1] == ("999", DocumentOrder.NAME, True)
    assert model.index(0, 0).data(Qt.ItemDataRole.UserRole) == 9999
    model.sort(-1)
    assert source.queries[-1][1] is DocumentOrder.IMPORT


def test_sorting_by_confidence_puts_documents_without_suggestions_last(qtbot) -> None:  # type: ignore[no-untyped-def]
    source = Source()
    model = DocumentListModel(source)
    model.set_confidence({DocumentId(7): 0.9, DocumentId(3): 0.2})
    model.sort(4, Qt.SortOrder.AscendingOrder)
    assert [model.index(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(3)] == [3, 7, 1]
    assert model.index(0, 4).data() == "0.20" and model.index(2, 4).data() == ""
    model.set_confidence({DocumentId(5): 0.1})  # new suggestions re-sort the list
    assert model.index(0, 0).data(Qt.ItemDataRole.UserRole) == 5
