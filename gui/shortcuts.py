"""Help > Keyboard shortcuts: a sheet built from the window's own menus, so it never goes stale.

Gestures that are not menu actions (selection keys and mouse in the article view) are listed
by hand below the generated part.
"""

from __future__ import annotations

import html

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMenu, QMenuBar, QTextBrowser, QVBoxLayout, QWidget

VIEW_GESTURES: tuple[tuple[str, str], ...] = (
    ("Drag", "select text (snaps to whole tokens)"),
    ("Shift+Arrows", "extend the selection by grapheme cluster"),
    ("Ctrl+Shift+Arrows", "extend the selection by token"),
    ("Ctrl+Drag", "add a fragment to the selected span (discontinuous quote)"),
    ("Drag an edge", "resize the selected span, or one of its fragments (snaps like a selection)"),
    ("Click", "select the span under the mouse; click again to cycle through stacked spans"),
    ("Click a dashed outline", "select a suggestion: Enter accepts it, Delete rejects it"),
    ("R, then Click", "link the selected span to the clicked one (only allowed pairs light up)"),
    ("Esc", "cancel linking; close the find bar"),
    ("Space (document list)", "cycle the document's status"),
    ("Enter (tables)", "jump to the document, span or relation"),
)


def menu_shortcuts(menu_bar: QMenuBar) -> list[tuple[str, str, str]]:
    """``(menu, action, shortcut)`` for every action with a shortcut, in menu order."""
    rows: list[tuple[str, str, str]] = []

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu(), f"{path} › {action.text().replace('&', '')}")
            elif not action.isSeparator() and not action.shortcut().isEmpty():
                text = action.text().replace("&", "").split("\t")[0]
                keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                rows.append((path, text, keys))

    for top in menu_bar.actions():
        if top.menu() is not None:
            walk(top.menu(), top.text().replace("&", ""))
    return rows


def sheet_html(menu_bar: QMenuBar) -> str:
    def table(rows: list[tuple[str, ...]]) -> str:
        cells = "".join(
            "<tr>" + "".join(f"<td style='padding:2px 12px 2px 0'>{html.escape(c)}</td>" for c in row) + "</tr>"
            for row in rows
        )
        return f"<table>{cells}</table>"

    generated = [(keys, text, menu) for menu, text, keys in menu_shortcuts(menu_bar)]
    return (
        "<h3>Menu commands</h3>"
        + table(generated)
        + "<h3>In the article and lists</h3>"
        + table(list(VIEW_GESTURES))
    )


class ShortcutsDialog(QDialog):
    """A read-only sheet of every shortcut."""

    def __init__(self, menu_bar: QMenuBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts")
        self.resize(560, 640)
        self.browser = QTextBrowser(self)
        self.browser.setHtml(sheet_html(menu_bar))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)


def actions_without_menu(window: QWidget, menu_bar: QMenuBar) -> list[QAction]:
    """Window actions with a shortcut that no menu shows (a test keeps this empty)."""
    in_menus: set[int] = set()

    def walk(menu: QMenu) -> None:
        for action in menu.actions():
            in_menus.add(id(action))
            if action.menu() is not None:
                walk(action.menu())

    for top in menu_bar.actions():
        if top.menu() is not None:
            walk(top.menu())
    return [a for a in window.findChildren(QAction) if not a.shortcut().isEmpty() and id(a) not in in_menus]
