"""A format's own options as form rows: one widget per ``FormatOption``, read back as the
``options`` mapping that ``kathan.formats.registry`` passes to readers and writers (the same
names the CLI's ``--offset-unit``, ``--scheme`` … fill)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLineEdit, QWidget

from gui.i18n import tr
from kathan.formats.base import FormatOption

OptionWidget = QCheckBox | QComboBox | QLineEdit


class FormatOptionRows:
    """The rows of ``options`` in ``form``; ``values()`` holds only what the user set."""

    def __init__(self, form: QFormLayout, parent: QWidget, options: Sequence[FormatOption] = ()) -> None:
        self._form = form
        self._parent = parent
        self.widgets: dict[str, OptionWidget] = {}
        self.replace(options)

    def replace(self, options: Sequence[FormatOption]) -> None:
        """Show ``options`` instead of the rows shown now (another format was chosen)."""
        for widget in self.widgets.values():
            self._form.removeRow(widget)
        self.widgets = {}
        for option in options:
            widget = self._widget(option)
            widget.setObjectName(f"option_{option.name}")
            widget.setToolTip(option.help)
            widget.setAccessibleName(option.cli_flag)
            self.widgets[option.name] = widget
            self._form.addRow(option.cli_flag, widget)

    def values(self) -> dict[str, Any]:
        chosen: dict[str, Any] = {}
        for name, widget in self.widgets.items():
            if isinstance(widget, QCheckBox):
                if widget.isChecked():
                    chosen[name] = True
            elif isinstance(widget, QComboBox):
                if widget.currentData() is not None:
                    chosen[name] = widget.currentData()
            elif widget.text().strip():
                chosen[name] = widget.text().strip()
        return chosen

    def _widget(self, option: FormatOption) -> OptionWidget:
        """A switch, a list of the choices (first entry: the format's default) or a text field."""
        if option.flag:
            return QCheckBox(option.help, self._parent)
        if option.choices:
            combo = QComboBox(self._parent)
            combo.addItem(tr("(default)"), None)
            for value in option.choices:
                combo.addItem(value, value)
            return combo
        edit = QLineEdit(self._parent)
        edit.setPlaceholderText(tr("(default)"))
        return edit
