"""Help > Keyboard shortcuts: a sheet built from the window's own menus, so it never goes stale.

Gestures that are not menu actions (selection keys and mouse in the article view) are listed
by hand below the generated part.
"""

from __future__ import annotations
from gui.i18n import N_, tr

import html

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMenu, QMenuBar, QTextBrowser, QVBoxLayout, QWidget

VIEW_GESTURES: tuple[tuple[str, str], ...] = (
    (N_("Drag"), N_("select text (snaps to whole tokens)")),
    (N_("Shift+Arrows"), N_("extend the selection by grapheme cluster")),
    (N_("Ctrl+Shift+Arrows"), N_("extend the selection by token")),
    (N_("Ctrl+Drag"), N_("add a fragment to the selected span (discontinuous quote)")),
    (N_("Drag an edge"), N_("resize the selected span, or one of its fragments (snaps like a selection)")),
    (N_("Click"), N_("select the span under the mouse; click again to cycle through stacked spans")),
    (N_("Click a dashed outline"), N_("select a suggestion: Enter accepts it, Delete rejects it")),
    (N_("R, then Click"), N_("link the selected span to the clicked one (only allowed pairs light up)")),
    (N_("Esc"), N_("cancel linking; close the find bar")),
    (N_("Space (document list)"), N_("cycle the document's status")),
    (N_("Enter (tables)"), N_("jump to the document, span or relation")),
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
        f"<h3>{html.escape(tr('Menu commands'))}</h3>"
        + table(generated)
        + f"<h3>{html.escape(tr('In the article and lists'))}</h3>"
        + table([(tr(keys), tr(what)) for keys, what in VIEW_GESTURES])
    )


class ShortcutsDialog(QDialog):
    """A read-only sheet of every shortcut."""

    def __init__(self, menu_bar: QMenuBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Keyboard shortcuts"))
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
