"""File › Import: the format (detected by content, or chosen), its read options, the layer that
annotations without an annotator go to, and the switches the CLI's ``kathan import`` has
(``--replace-layer``, ``--follow-links``, ``--extend-schema``). The import itself runs in
``gui.files``."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from gui.format_options import FormatOptionRows
from gui.i18n import tr
from gui.workers import ImportChoice
from kathan.formats.base import AUTO, FormatOption

SHOWN_PATHS = 6
"""Paths listed by name in the dialog; the rest are counted."""


class ImportDialog(QDialog):
    """Format, options and layer for importing ``paths``; ``choice()`` once accepted."""

    def __init__(
        self, paths: Sequence[str], annotator: str, format_name: str = AUTO, parent: QWidget | None = None
    ) -> None:
        from kathan.formats import registry

        super().__init__(parent)
        self.setObjectName("import_dialog")
        self.setWindowTitle(tr("Import"))
        self._paths = tuple(paths)
        self.paths_label = QLabel(_listed(self._paths), self)
        self.paths_label.setWordWrap(True)
        self.format_box = QComboBox(self)
        self.format_box.setObjectName("import_format")
        self.format_box.addItem(tr("Detect by content"), AUTO)
        for name in registry.readable_formats():
            self.format_box.addItem(registry.get_format(name).display, name)
        self.format_box.setCurrentIndex(max(0, self.format_box.findData(format_name)))
        self.detected_label = QLabel(_detected(self._paths), self)
        self.detected_label.setObjectName("import_detected")
        self.detected_label.setWordWrap(True)
        self.annotator_edit = QLineEdit(annotator, self)
        self.annotator_edit.setObjectName("import_annotator")
        self.annotator_edit.setToolTip(tr("Spans and relations whose file names no annotator go to this annotator's layer."))
        self.replace_box = QCheckBox(tr("&Replace a layer the project already holds for the same text"), self)
        self.replace_box.setObjectName("import_replace_layer")
        self.links_box = QCheckBox(tr("&Follow links that lead out of an imported folder"), self)
        self.links_box.setObjectName("import_follow_links")
        self.extend_box = QCheckBox(tr("&Add labels, relation types and attributes the schema lacks"), self)
        self.extend_box.setObjectName("import_extend_schema")
        form = QFormLayout()
        form.addRow(tr("Files"), self.paths_label)
        form.addRow(tr("&Format"), self.format_box)
        form.addRow("", self.detected_label)
        form.addRow(tr("&Layer"), self.annotator_edit)
        form.addRow("", self.replace_box)
        form.addRow("", self.links_box)
        form.addRow("", self.extend_box)
        self.option_rows = FormatOptionRows(form, self, self._read_options())
        self.format_box.currentIndexChanged.connect(lambda _i: self.option_rows.replace(self._read_options()))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("&Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.format_box.setFocus()

    def choice(self) -> ImportChoice:
        return ImportChoice(
            self._paths,
            self.format_box.currentData(),
            self.option_rows.values(),
            self.annotator_edit.text().strip(),
            self.replace_box.isChecked(),
            self.links_box.isChecked(),
            self.extend_box.isChecked(),
        )

    def _read_options(self) -> list[FormatOption]:
        """The chosen format's read options; detecting by content, those of every format (each
        reader takes the ones it declares)."""
        from kathan.formats import registry

        name = self.format_box.currentData()
        return registry.options("read") if name == AUTO else registry.get_format(name).options_for("read")


def _listed(paths: Sequence[str]) -> str:
    names = [Path(p).name + ("/" if Path(p).is_dir() else "") for p in paths[:SHOWN_PATHS]]
    more = len(paths) - SHOWN_PATHS
    return ", ".join(names) + (tr(" and {0} more").format(more) if more > 0 else "")


def _detected(paths: Sequence[str]) -> str:
    """What detection by content finds in the chosen files (folders: per file, when importing)."""
    from kathan.formats import registry

    files = [Path(p) for p in paths if Path(p).is_file()]
    if not files:
        return tr("Each file of the folder is detected by its content when importing.")
    found: set[str] = set()
    for file in files[:50]:
        try:
            found.add(registry.get_format(registry.detect_format(file)).display)
        except OSError:
            pass  # unreadable: the import names it
    return tr("Detected: {0}").format(", ".join(sorted(found))) if found else ""
