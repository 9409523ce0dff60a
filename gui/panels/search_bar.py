"""Find in the article (Ctrl+F) through the text layer's search keys, and label every match.

Matching ignores nukta, chandrabindu and ZWJ/ZWNJ variation because ``kathan.text.search``
compares search keys, not raw text; hits come back as code-point ``(start, end)`` pairs.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QToolButton, QWidget

from gui.controller import Controller
from kathan.model import Document, Fragment
from kathan.schema import Schema
from kathan.text.search import find_all as core_find_all


def find_all(text: str, query: str) -> list[Fragment]:
    """Every match of ``query`` in ``text`` by search keys (the text layer does the work)."""
    if not query.strip():
        return []
    return [(int(start), int(end)) for start, end in core_find_all(text, query)]


class SearchBar(QWidget):
    """Query box, match count, previous/next, and "label all matches" with a chosen label."""

    sig_hits_changed = Signal(list)
    """The matches changed (new query or document); carries ``[(start, end), ...]``."""
    sig_hit_chosen = Signal(object)
    """The user stepped to a match; carries its ``(start, end)``."""
    sig_closed = Signal()
    """The bar was closed (Escape or ×); focus should return to the article."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._text = ""
        self._hits: list[Fragment] = []
        self._current = -1
        self.query_edit = QLineEdit(self)
        self.query_edit.setPlaceholderText("Find (ignores nukta, chandrabindu, ZWJ)…")
        self.query_edit.setClearButtonEnabled(True)
        self.query_edit.textChanged.connect(self._search)
        self.query_edit.returnPressed.connect(self.next_hit)
        self.count_label = QLabel("", self)
        self.previous_button = QToolButton(self)
        self.previous_button.setText("↑")
        self.previous_button.setToolTip("Previous match (Shift+Enter)")
        self.previous_button.clicked.connect(self.previous_hit)
        self.next_button = QToolButton(self)
        self.next_button.setText("↓")
        self.next_button.setToolTip("Next match (Enter)")
        self.next_button.clicked.connect(self.next_hit)
        self.label_combo = QComboBox(self)
        self.label_combo.setAccessibleName("Label for all matches")
        self.label_all_button = QPushButton("Label &all matches", self)
        self.label_all_button.clicked.connect(self._label_all)
        close = QToolButton(self)
        close.setText("×")
        close.setToolTip("Close (Esc)")
        close.clicked.connect(self.close_bar)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close_bar, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(
            QKeySequence(Qt.KeyboardModifier.ShiftModifier | Qt.Key.Key_Return),
            self.query_edit,
            self.previous_hit,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(QLabel("Find:", self))
        layout.addWidget(self.query_edit, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addSpacing(12)
        layout.addWidget(self.label_combo)
        layout.addWidget(self.label_all_button)
        layout.addWidget(close)
        self.setFocusProxy(self.query_edit)
        self._update_count()
        controller.sig_project_opened.connect(lambda _path: self.set_schema(controller.schema))
        controller.sig_document_opened.connect(self._on_document_opened)

    def _on_document_opened(self, document: Document | None) -> None:
        self.set_text(document.text if document is not None else "")

    @property
    def hits(self) -> list[Fragment]:
        return list(self._hits)

    def set_schema(self, schema: Schema) -> None:
        self.label_combo.clear()
        for spec in schema.labels:
            self.label_combo.addItem(spec.display, spec.name)

    def set_text(self, text: str) -> None:
        """A new document (or a reload): search it again."""
        self._text = text
        self._search()

    def open_bar(self) -> None:
        self.show()
        self.query_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.query_edit.selectAll()

    def close_bar(self) -> None:
        self.hide()
        if self._hits:
            self._hits, self._current = [], -1
            self.sig_hits_changed.emit([])
        self.sig_closed.emit()

    def next_hit(self) -> None:
        self._step(+1)

    def previous_hit(self) -> None:
        self._step(-1)

    def _step(self, delta: int) -> None:
        if not self._hits:
            return
        self._current = (self._current + delta) % len(self._hits)
        self._update_count()
        self.sig_hit_chosen.emit(self._hits[self._current])

    def _search(self) -> None:
        self._hits = find_all(self._text, self.query_edit.text()) if self.isVisible() or self.query_edit.text() else []
        self._current = -1
        self._update_count()
        self.sig_hits_changed.emit(list(self._hits))

    def _update_count(self) -> None:
        if not self.query_edit.text():
            self.count_label.setText("")
        elif not self._hits:
            self.count_label.setText("no matches")
        elif self._current < 0:
            self.count_label.setText(f"{len(self._hits)} matches")
        else:
            self.count_label.setText(f"{self._current + 1} of {len(self._hits)}")
        self.label_all_button.setEnabled(bool(self._hits))

    def _label_all(self) -> None:
        if self._hits and self.label_combo.currentData():
            self._controller.label_all(self.label_combo.currentData(), list(self._hits), origin=self)
