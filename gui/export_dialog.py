"""File › Export: where to, which documents (this one, those marked done, all) and whether open
suggestions go too. The export itself runs in ``gui.files``."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from gui.format_options import FormatOptionRows
from gui.i18n import tr
from kathan.formats.base import FormatOption


class ExportScope(Enum):
    """Which documents an export holds."""

    DOCUMENT = "document"
    DONE = "done"
    ALL = "all"


@dataclass(frozen=True, slots=True)
class ExportChoice:
    """What the user chose in the dialog."""

    format_name: str
    out: str
    scope: ExportScope
    suggestions: bool
    options: dict[str, Any] = field(default_factory=dict)
    """The format's own options the user set (``--scheme bilou`` in the CLI); unset ones are left out."""


class ExportDialog(QDialog):
    """Target, scope and suggestions for one export format; ``choice()`` once accepted."""

    def __init__(
        self,
        format_name: str,
        into_folder: bool,
        default_out: str,
        has_document: bool,
        parent: QWidget | None = None,
        file_filter: str = "",
        options: Sequence[FormatOption] = (),
    ) -> None:
        super().__init__(parent)
        self._file_filter = file_filter
        self.setObjectName("export_dialog")
        self.setWindowTitle(tr("Export {0}").format(format_name))
        self._format_name = format_name
        self._into_folder = into_folder
        self.path_edit = QLineEdit(default_out, self)
        self.path_edit.setAccessibleName(tr("Export to"))
        self.path_edit.setPlaceholderText(tr("A new or empty folder") if into_folder else tr("A file"))
        browse = QPushButton(tr("&Browse…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.scope_buttons = {
            ExportScope.DOCUMENT: QRadioButton(tr("&This document"), self),
            ExportScope.DONE: QRadioButton(tr("Documents marked &done"), self),
            ExportScope.ALL: QRadioButton(tr("&All documents"), self),
        }
        self.scope_buttons[ExportScope.DOCUMENT].setEnabled(has_document)
        self.scope_buttons[ExportScope.ALL].setChecked(True)
        group = QButtonGroup(self)
        scope_column = QVBoxLayout()
        for button in self.scope_buttons.values():
            group.addButton(button)
            scope_column.addWidget(button)
        self.suggestions_box = QCheckBox(tr("Include open &suggestions (as spans of origin “suggested”)"), self)
        form = QFormLayout()
        form.addRow(tr("Export &to"), row)
        form.addRow(tr("Documents"), scope_column)
        form.addRow("", self.suggestions_box)
        self.option_rows = FormatOptionRows(form, self, options)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("&Export"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.path_edit.textChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._update_ok()

    def choice(self) -> ExportChoice:
        scope = next(s for s, b in self.scope_buttons.items() if b.isChecked())
        return ExportChoice(
            self._format_name, self.path_edit.text().strip(), scope, self.suggestions_box.isChecked(), self.option_rows.values()
        )

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.path_edit.text().strip()))

    def _browse(self) -> None:
        start = self.path_edit.text().strip() or str(Path.home())
        if self._into_folder:
            out = QFileDialog.getExistingDirectory(self, f"Export {self._format_name} into a folder", start)
        else:
            out, _ = QFileDialog.getSaveFileName(self, f"Export {self._format_name}", start, self._file_filter)
        if out:
            self.path_edit.setText(out)
