"""The curation view's lists: every distinct span, and every distinct link, with a column per layer.

Adapters over ``kathan.curation``'s alignments (they own no data and run no queries); rows that
not every annotator holds alike are tinted.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from gui.i18n import N_
from gui.panels.table_model import ListTableModel
from kathan.curation import Aligned, AlignedLink, SpanKey, annotators_of, compare_layers, compare_relations
from kathan.layers import GOLD
from kathan.model import AnnotatedDocument, Fragment

DIFFERENT = QColor("#ffe0b2")
HELD = "✓"

Row = TypeVar("Row", Aligned, AlignedLink)


class LayerColumnsModel(ListTableModel[Row], Generic[Row]):
    """``COLUMNS`` describing a row, then a column per annotator and one for gold (their names are
    data, shown as they are); a row not agreed by every annotator is tinted."""

    COLUMNS: ClassVar[tuple[str, ...]] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.text = ""
        self.annotators: list[str] = []

    def headers(self) -> tuple[str, ...]:
        return (*self.COLUMNS, *self.annotators, GOLD)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and section >= len(self.COLUMNS):
            return self.headers()[section]
        return super().headerData(section, orientation, role)

    def reset(self, document: AnnotatedDocument | None, only_differences: bool = False) -> None:
        self.beginResetModel()
        if document is None:
            self.text, self.annotators, self._rows = "", [], []
        else:
            self.text = document.document.text
            self.annotators = annotators_of(document)
            rows = self.align(document)
            self._rows = [r for r in rows if self.differs(r)] if only_differences else rows
        self.endResetModel()

    def rows(self) -> list[Row]:
        return list(self._rows)

    def differs(self, row: Row) -> bool:
        """Whether some annotator lacks this row, or holds it with other attributes."""
        return not row.agreed_by(self.annotators)

    def layer_of_column(self, column: int) -> str | None:
        return self.headers()[column] if len(self.COLUMNS) <= column < len(self.headers()) else None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is None:
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return DIFFERENT if self.differs(row) else None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        layer = self.layer_of_column(index.column())
        return self.describe(row, index.column()) if layer is None else self.held(row, layer)

    def covered(self, fragments: Sequence[Fragment]) -> str:
        return " … ".join(self.text[s:e] for s, e in fragments)

    def align(self, document: AnnotatedDocument) -> list[Row]:
        raise NotImplementedError

    def describe(self, row: Row, column: int) -> str:
        """The text of one of ``COLUMNS``."""
        raise NotImplementedError

    def held(self, row: Row, layer: str) -> str:
        """What ``layer``'s column shows: a tick when the layer holds the row, "" when not."""
        raise NotImplementedError


class AlignedModel(LayerColumnsModel[Aligned]):
    """Aligned spans of one document: label, text, then a tick and the attributes per layer."""

    COLUMNS = (N_("Label"), N_("Text"))

    def align(self, document: AnnotatedDocument) -> list[Aligned]:
        return compare_layers(document)

    def describe(self, row: Aligned, column: int) -> str:
        return row.label if column == 0 else self.covered(row.fragments)

    def held(self, row: Aligned, layer: str) -> str:
        span = row.spans.get(layer)
        if span is None:
            return ""
        attributes = ", ".join(f"{k}={v}" for k, v in sorted(span.attributes.items()))
        return f"{HELD} {attributes}".strip()

    def row_of(self, key: SpanKey) -> int:
        """The row of the span ``key`` (label and fragments), or -1."""
        return next((n for n, row in enumerate(self._rows) if row.key == key), -1)


class LinkModel(LayerColumnsModel[AlignedLink]):
    """Aligned links of one document: type, head and tail (label and text), then a tick per layer."""

    COLUMNS = (N_("Relation"), N_("Head"), N_("Tail"))

    def align(self, document: AnnotatedDocument) -> list[AlignedLink]:
        return compare_relations(document)

    def describe(self, row: AlignedLink, column: int) -> str:
        if column == 0:
            return row.type
        label, fragments = row.head if column == 1 else row.tail
        return f"{label}: {self.covered(fragments)}"

    def held(self, row: AlignedLink, layer: str) -> str:
        return HELD if layer in row.relations else ""
