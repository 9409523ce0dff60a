"""One action per schema label (hotkey from the schema), shown as a toolbar of coloured buttons.

The same actions fill the Label menu, so a hotkey, a menu click and a palette click are one path.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPainter, QPixmap
from PySide6.QtWidgets import QToolBar, QWidget

from gui.controller import Controller
from gui.i18n import tr
from kathan.schema import LabelType, Schema


def swatch(colour: str, size: int = 14) -> QIcon:
    """A rounded colour square for menus, tables and buttons."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour))
    painter.setPen(QColor(colour).darker(130))
    painter.drawRoundedRect(1, 1, size - 2, size - 2, 3, 3)
    painter.end()
    return QIcon(pixmap)


class LabelPalette(QToolBar):
    """Holds the label actions; rebuilt when a project with another schema opens."""

    sig_label_requested = Signal(str)
    """Label the current selection (or relabel the selected span); carries the label name."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(tr("Labels"), parent)
        self.setObjectName("label_palette")
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.label_actions: list[QAction] = []
        controller.sig_project_opened.connect(lambda _path: self.set_schema(controller.schema))

    def set_schema(self, schema: Schema) -> None:
        for action in self.label_actions:
            self.removeAction(action)
            action.deleteLater()
        self.label_actions = [self._make_action(spec) for spec in schema.labels]
        for action in self.label_actions:
            self.addAction(action)

    def _make_action(self, spec: LabelType) -> QAction:
        action = QAction(swatch(spec.colour), spec.display, self)
        action.setObjectName(f"label_{spec.name}")
        action.setData(spec.name)
        if spec.hotkey:
            action.setShortcut(QKeySequence(spec.hotkey.upper()))
        tip = tr("Label the selection {0}").format(spec.name)
        action.setToolTip(tr("{0} ({1})").format(tip, spec.hotkey) if spec.hotkey else tip)
        action.setStatusTip(spec.description)
        action.triggered.connect(lambda _checked=False, name=spec.name: self.sig_label_requested.emit(name))
        return action
