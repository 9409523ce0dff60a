"""The selected span's details: label, attributes (combos from the schema) and note.
A selected suggestion is shown the same way, read-only, with the suggester's reason.

It follows the article view's selection and edits through the controller, one undo step per
change; its own edits come back through ``sig_changes_applied`` marked as its own, and are
skipped (the fields already show them), while undo, redo and other parts' edits refresh it.
Keyboard: F2 focuses it (see the main window), Tab moves between fields, Enter in the note
field saves the note.
"""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from gui.i18n import tr
from gui.controller import Controller
from kathan.model import Changes, Span, SpanId

log = logging.getLogger(__name__)

NO_VALUE = "—"
NOTE_SAVE_DELAY_MS = 700


class SidePanel(QWidget):
    """Shows one span (or nothing); widgets are rebuilt only when the label's attributes change."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._span_id: SpanId | None = None
        self._updating = False
        self.heading = QLabel(tr("No span selected"), self)
        self.heading.setWordWrap(True)
        self.label_combo = QComboBox(self)
        self.label_combo.setAccessibleName(tr("Label"))
        self.label_combo.activated.connect(self._on_label_chosen)
        self.note_edit = QLineEdit(self)
        self.note_edit.setPlaceholderText(tr("Note (saved as you type)"))
        self.note_edit.setAccessibleName(tr("Note"))
        self.note_edit.editingFinished.connect(self._on_note_finished)
        self.note_edit.textEdited.connect(lambda _text: self._note_timer.start())
        # Ctrl+Z in the field undoes the project's note steps (the field's own undo history is
        # lost whenever the note is shown anew, so it would do nothing).
        self.note_edit.installEventFilter(self)
        # Typing is saved shortly after it pauses (and merged into one undo step), so a crash
        # loses at most the last moment of typing.
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(NOTE_SAVE_DELAY_MS)
        self._note_timer.timeout.connect(self._on_note_finished)
        self.attribute_combos: dict[str, QComboBox] = {}
        self._form = QFormLayout()
        self._form.addRow(tr("&Label"), self.label_combo)
        self._attributes_form = QFormLayout()
        self._note_form = QFormLayout()
        self._note_form.addRow(tr("&Note"), self.note_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self._form)
        layout.addLayout(self._attributes_form)
        layout.addLayout(self._note_form)
        layout.addStretch(1)
        self.setFocusProxy(self.label_combo)
        controller.sig_changes_applied.connect(self._on_changes)
        controller.sig_document_closing.connect(self.flush)
        controller.sig_document_opened.connect(lambda _doc: self.show_span(None))
        controller.sig_project_opened.connect(lambda _path: self._fill_labels())
        self.show_span(None)

    @property
    def span_id(self) -> SpanId | None:
        return self._span_id

    def _fill_labels(self) -> None:
        self.label_combo.clear()
        if self._controller.workspace is None:
            return
        for spec in self._controller.schema.labels:
            hint = f" ({spec.hotkey})" if spec.hotkey else ""
            self.label_combo.addItem(tr("{0}{1}").format(spec.display, hint), spec.name)

    def show_span(self, span_id: SpanId | None) -> None:
        """Follow the selection: show ``span_id``'s details, or disable the panel."""
        if span_id != self._span_id:
            self.flush()
        self._span_id = span_id
        span = self._controller.span(span_id) if span_id is not None else None
        if span is None:
            self._span_id = None
        self._show(span)

    def _show(self, span: Span | None) -> None:
        self._updating = True
        try:
            enabled = span is not None
            for widget in (self.label_combo, self.note_edit):
                widget.setEnabled(enabled)
            if self.label_combo.count() == 0 and self._controller.workspace is not None:
                self._fill_labels()
            if span is None:
                self.heading.setText(tr("No span selected"))
                self._rebuild_attributes(None)
                self.note_edit.clear()
                return
            doc = self._controller.document
            excerpt = span.text_in(doc.text, " … ") if doc else ""
            if len(excerpt) > 160:
                excerpt = excerpt[:159] + "…"
            who = html.escape(span.annotator or "unknown")
            self.heading.setText(tr("<b>{0}</b> · {1} · {2}<br>{3}").format(span.label, who, span.origin, html.escape(excerpt)))
            self.label_combo.setCurrentIndex(self.label_combo.findData(span.label))
            self._rebuild_attributes(span)
            for combo in self.attribute_combos.values():
                combo.setEnabled(True)
            if self.note_edit.text() != span.note:
                self.note_edit.setText(span.note)
        finally:
            self._updating = False

    def show_suggestion(self, suggestion: Span | None) -> None:
        """Show a suggestion read-only (accepting it makes an editable span); None clears unless a span is shown."""
        if suggestion is None:
            if self._span_id is None:
                self._show(None)
            return
        self.flush()
        self._span_id = None
        self._show(suggestion)
        for widget in (self.label_combo, self.note_edit, *self.attribute_combos.values()):
            widget.setEnabled(False)
        doc = self._controller.document
        excerpt = suggestion.text_in(doc.text, " … ") if doc else ""
        if len(excerpt) > 160:
            excerpt = excerpt[:159] + "…"
        who = html.escape(suggestion.annotator or "a suggester")
        why = html.escape(suggestion.note)
        self.heading.setText(
            tr("<b>{0}</b> · suggested by {1}<br><i>{2}</i><br>{3}<br>Enter accepts · Delete rejects").format(suggestion.label, who, why, html.escape(excerpt))
        )

    def _rebuild_attributes(self, span: Span | None) -> None:
        spec = self._controller.schema.label(span.label) if span is not None and self._controller.workspace else None
        names = tuple(a.name for a in spec.attributes) if spec else ()
        if names != tuple(self.attribute_combos):
            while self._attributes_form.rowCount():
                self._attributes_form.removeRow(0)
            self.attribute_combos = {}
            for attribute in spec.attributes if spec else ():
                combo = QComboBox(self)
                combo.setAccessibleName(attribute.name)
                combo.addItem(NO_VALUE, "")
                for value in attribute.values:
                    combo.addItem(value, value)
                if not attribute.values:
                    combo.setEditable(True)
                combo.activated.connect(lambda _i, name=attribute.name: self._on_attribute_chosen(name))
                self.attribute_combos[attribute.name] = combo
                self._attributes_form.addRow(attribute.name, combo)
            self.setTabOrder(self.label_combo, self.note_edit)
            previous = self.label_combo
            for combo in self.attribute_combos.values():
                self.setTabOrder(previous, combo)
                previous = combo
            self.setTabOrder(previous, self.note_edit)
        for name, combo in self.attribute_combos.items():
            value = span.attributes.get(name, "") if span else ""
            index = combo.findData(value)
            if index < 0:
                combo.addItem(value, value)
                index = combo.count() - 1
            combo.setCurrentIndex(index)

    def _on_label_chosen(self, _index: int) -> None:
        if self._updating or self._span_id is None:
            return
        if self._controller.relabel_span(self._span_id, self.label_combo.currentData(), origin=self):
            self.show_span(self._span_id)  # the new label's attributes

    def _on_attribute_chosen(self, name: str) -> None:
        if self._updating or self._span_id is None:
            return
        combo = self.attribute_combos[name]
        value = combo.currentData() if combo.currentText() == combo.itemText(combo.currentIndex()) else combo.currentText()
        self._controller.set_attribute(self._span_id, name, value or "", origin=self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.note_edit and isinstance(event, QKeyEvent):
            undo = event.matches(QKeySequence.StandardKey.Undo)
            redo = event.matches(QKeySequence.StandardKey.Redo)
            if undo or redo:
                if event.type() == QEvent.Type.ShortcutOverride:
                    event.accept()  # ours, not the window's Edit menu (it would undo the same, unflushed)
                    return True
                if event.type() == QEvent.Type.KeyPress:
                    self.flush()
                    stack = self._controller.undo_stack
                    stack.undo() if undo else stack.redo()
                    return True
        return super().eventFilter(watched, event)

    def flush(self) -> None:
        """Save a note still being typed (before the selection moves or the window closes)."""
        if self._note_timer.isActive():
            self._note_timer.stop()
            self._on_note_finished()

    def _on_note_finished(self) -> None:
        self._note_timer.stop()
        if self._updating or self._span_id is None:
            return
        if self._controller.span(self._span_id) is None:
            # Gone from the open document (deleted elsewhere, or an undo opened another one):
            # there is nothing left to hold the note.
            log.info("note for span %s not saved: the span is no longer open", self._span_id)
            return
        self._controller.set_note(self._span_id, self.note_edit.text(), origin=self)

    def _on_changes(self, changes: Changes, origin: object) -> None:
        if self._span_id is None or origin is self:
            return
        if self._span_id in changes.spans_removed:
            self.show_span(None)
        elif any(s.id == self._span_id for s in changes.spans_updated):
            self.show_span(self._span_id)
