"""The base of Kathan's table models (a thin adapter over a Python list of frozen rows) and the
read-only, filterable table views that show them."""

from __future__ import annotations

from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QTableView, QWidget

from gui.i18n import tr
from kathan.text.scripts import starts_right_to_left

Row = TypeVar("Row")
RESIZE_PRECISION = 50
"""Rows a content-sized column looks at (those on screen and around them), not all of them."""
Index = QModelIndex | QPersistentModelIndex


def text_alignment(text: str) -> int:
    """A cell's ``TextAlignmentRole`` for ``text``: right for right-to-left text (Urdu), else left.

    Item delegates align by the widget's direction, not the text's, so an Urdu cell in a
    left-to-right window would otherwise start at the left edge.
    """
    horizontal = Qt.AlignmentFlag.AlignRight if starts_right_to_left(text) else Qt.AlignmentFlag.AlignLeft
    return int(horizontal | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)


class ListTableModel(QAbstractTableModel, Generic[Row]):
    """Rows are ``self._rows``; subclasses name ``COLUMNS`` and answer ``data``. Owns no data, runs no queries."""

    COLUMNS: ClassVar[tuple[str, ...]] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def headers(self) -> tuple[str, ...]:
        """The column titles: ``COLUMNS``, or what a model with columns known only at run time says."""
        return self.COLUMNS

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        headers = self.headers()
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(headers):
            return tr(headers[section])
        return None

    def row_at(self, index: Index) -> Row | None:
        """The row behind ``index``, or None for an invalid or stale index."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._rows[index.row()]


def row_table(parent: QWidget, model: QAbstractItemModel, selection: QAbstractItemView.SelectionMode) -> QTableView:
    """A read-only table over ``model`` that selects whole rows and shows no row numbers."""
    table = QTableView(parent)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(selection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setTabKeyNavigation(False)  # Tab moves on to the next part, arrows move between rows
    # ResizeToContents measures every row by default: thousands of data() calls on each reset.
    table.horizontalHeader().setResizeContentsPrecision(RESIZE_PRECISION)
    return table


def filter_box(
    parent: QWidget, model: QAbstractItemModel, column: int, placeholder: str
) -> tuple[QSortFilterProxyModel, QLineEdit]:
    """A case-blind proxy over ``model`` (``column`` -1: every column) and the line edit that filters it."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setFilterKeyColumn(column)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    edit = QLineEdit(parent)
    edit.setPlaceholderText(placeholder)
    edit.setClearButtonEnabled(True)
    edit.textChanged.connect(proxy.setFilterFixedString)
    return proxy, edit
