"""Find in the article (Ctrl+F) through the text layer's search, and label the matches.

Four visible toggles shape the search: whole words, regular expression, blindness to nukta,
nasal signs and invisible marks (on by default: ``कहा`` finds ``कहाँ``), and "Ignore harakat",
which makes Arabic-script diacritics optional (``محمد`` finds ``مُحَمَّد``). "Label all…"
lists every whole-word match with its context in a checklist; only the checked ones are
labelled, in one undo step. Hits are code-point ``(start, end)`` pairs; closing the bar
clears the highlights, and a hidden bar searches nothing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui.i18n import tr
from gui.controller import Controller
from kathan.model import Document, Fragment
from kathan.schema import Schema
from kathan.text.search import find_all, find_pattern

CONTEXT = 30
"""Characters of context either side of a match in the Label all checklist."""


def search(
    text: str, query: str, *, regex: bool, whole_word: bool, blind: bool, diacritic_blind: bool = False
) -> list[Fragment]:
    """The matches of ``query`` in ``text`` under the bar's options; raises ValueError for a bad pattern."""
    if not query.strip():
        return []
    if regex:
        return find_pattern(text, query, whole_word=whole_word)
    return find_all(text, query, blind=blind, whole_word=whole_word, diacritic_blind=diacritic_blind)


def in_context(text: str, hit: Fragment, width: int = CONTEXT) -> str:
    """``…before [match] after…`` on one line."""
    start, end = hit
    before = " ".join(text[max(0, start - width):start].split())
    after = " ".join(text[end:end + width].split())
    return f"{'…' if start > width else ''}{before} [{text[start:end]}] {after}{'…' if end + width < len(text) else ''}"


class SearchBar(QWidget):
    """Query box, options, match count, previous/next, and "Label all…" with a chosen label."""

    sig_hits_changed = Signal(list)
    """The matches changed (new query, options or document; [] when the bar closes); carries ``[(start, end), ...]``."""
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
        self._error = ""
        self.label_all_dialog: LabelAllDialog | None = None
        self.query_edit = QLineEdit(self)
        self.query_edit.setPlaceholderText(tr("Find…"))
        self.query_edit.setClearButtonEnabled(True)
        self.query_edit.textChanged.connect(self._search)
        self.query_edit.returnPressed.connect(self.next_hit)
        self.whole_word_button = self._toggle("W", tr("Whole words only (कहा does not find कहां)"), False)
        self.regex_button = self._toggle(".*", tr("Regular expression"), False)
        self.blind_button = self._toggle(tr("क़≈क"), tr("Ignore nukta, nasal signs (ँ ं) and invisible marks"), True)
        self.harakat_button = self._toggle(
            "\u064b\u064e\u064f", tr("Ignore harakat: Arabic-script diacritics (zabar, zer, pesh, shadda…) may differ"), False
        )
        self.count_label = QLabel("", self)
        self.previous_button = QToolButton(self)
        self.previous_button.setText("↑")
        self.previous_button.setToolTip(tr("Previous match (Shift+Enter)"))
        self.previous_button.clicked.connect(self.previous_hit)
        self.next_button = QToolButton(self)
        self.next_button.setText("↓")
        self.next_button.setToolTip(tr("Next match (Enter)"))
        self.next_button.clicked.connect(self.next_hit)
        self.label_combo = QComboBox(self)
        self.label_combo.setAccessibleName(tr("Label for all matches"))
        self.label_all_button = QPushButton(tr("Label &all…"), self)
        self.label_all_button.setToolTip(tr("Review the whole-word matches in a list, then label the checked ones"))
        self.label_all_button.clicked.connect(self.review_label_all)
        close = QToolButton(self)
        close.setText("×")
        close.setToolTip(tr("Close (Esc)"))
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
        layout.addWidget(QLabel(tr("Find:"), self))
        layout.addWidget(self.query_edit, 1)
        for button in (self.whole_word_button, self.regex_button, self.blind_button, self.harakat_button):
            layout.addWidget(button)
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

    def _toggle(self, text: str, tip: str, checked: bool) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setCheckable(True)
        button.setChecked(checked)
        button.toggled.connect(lambda _on: self._search())
        return button

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
        """A new document (or a reload): search it again, if the bar is open."""
        self._text = text
        self._search()

    def open_bar(self) -> None:
        self.show()
        self.query_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.query_edit.selectAll()
        self._search()

    def close_bar(self) -> None:
        self.hide()
        self._search()  # hidden: no hits, so the highlights go
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

    def _options(self, *, whole_word: bool | None = None) -> dict[str, bool]:
        return {
            "regex": self.regex_button.isChecked(),
            "whole_word": self.whole_word_button.isChecked() if whole_word is None else whole_word,
            "blind": self.blind_button.isChecked(),
            "diacritic_blind": self.harakat_button.isChecked(),
        }

    def _search(self) -> None:
        previous = self._hits
        self._error = ""
        if self.isVisible():
            try:
                self._hits = search(self._text, self.query_edit.text(), **self._options())
            except ValueError as exc:
                self._hits, self._error = [], str(exc)
        else:
            self._hits = []
        self._current = -1
        self._update_count()
        if self._hits or previous:
            self.sig_hits_changed.emit(list(self._hits))

    def _update_count(self) -> None:
        error = self._error
        if error:
            self.count_label.setText(error)
        elif not self.query_edit.text():
            self.count_label.setText("")
        elif not self._hits:
            self.count_label.setText(tr("no matches"))
        elif self._current < 0:
            self.count_label.setText(tr("{0} matches").format(len(self._hits)))
        else:
            self.count_label.setText(tr("{0} of {1}").format(self._current + 1, len(self._hits)))
        self.label_all_button.setEnabled(bool(self.query_edit.text().strip()) and not error)

    def review_label_all(self) -> LabelAllDialog | None:
        """Show the matches (whole words by default) in a checklist with their context; label the checked ones."""
        label = self.label_combo.currentData()
        if not label or not self.query_edit.text().strip():
            return None
        dialog = LabelAllDialog(self._text, self.query_edit.text(), label, self._options(), self.window())
        dialog.accepted.connect(lambda: self._label(label, dialog.checked_hits()))
        dialog.finished.connect(dialog.deleteLater)
        self.label_all_dialog = dialog
        dialog.open()
        return dialog

    def _label(self, label: str, hits: list[Fragment]) -> None:
        if hits:
            self._controller.label_all(label, hits, origin=self)


class LabelAllDialog(QDialog):
    """Every match of a query, each with its context and a checkbox; "Whole words only" starts on."""

    def __init__(self, text: str, query: str, label: str, options: dict[str, bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("label_all_dialog")
        self.setWindowTitle(tr("Label matches as {0}").format(label))
        self._text, self._query, self._options = text, query, dict(options)
        self.whole_word_box = QCheckBox(tr("&Whole words only"), self)
        self.whole_word_box.setChecked(True)
        self.whole_word_box.toggled.connect(self._fill)
        self.list = QListWidget(self)
        self.list.setAccessibleName(tr("Matches"))
        self.list.itemChanged.connect(lambda _item: self._update_ok())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._label = label
        layout = QVBoxLayout(self)
        layout.addWidget(self.whole_word_box)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.resize(640, 420)
        self._fill()

    def _fill(self) -> None:
        options = {**self._options, "whole_word": self.whole_word_box.isChecked()}
        try:
            hits = search(self._text, self._query, **options)
        except ValueError:
            hits = []
        self.list.blockSignals(True)
        self.list.clear()
        for hit in hits:
            item = QListWidgetItem(in_context(self._text, hit), self.list)
            item.setData(Qt.ItemDataRole.UserRole, hit)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        self.list.blockSignals(False)
        self._update_ok()

    def checked_hits(self) -> list[Fragment]:
        items = (self.list.item(row) for row in range(self.list.count()))
        return [tuple(item.data(Qt.ItemDataRole.UserRole)) for item in items if item.checkState() == Qt.CheckState.Checked]  # type: ignore[misc]

    def _update_ok(self) -> None:
        count = len(self.checked_hits())
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(tr("Label {0} as {1}").format(count, self._label))
        ok.setEnabled(count > 0)
