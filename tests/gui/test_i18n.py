"""The interface in Hindi and English: every user-visible string goes through translation."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QLabel, QMenu, QPushButton

from gui.i18n import GUI_ROOT, LANGUAGES, SOURCE_LANGUAGE, read_ts, strings_in_code, ts_path

VISIBLE = {
    "setText", "setWindowTitle", "setLabelText", "setToolTip", "setPlaceholderText", "setStatusTip",
    "addMenu", "addAction", "QAction", "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QMessageBox",
    "showMessage", "_say", "_dock", "_action", "a", "setInformativeText", "about", "addRow", "QProgressDialog",
    "emit", "addButton", "createUndoAction", "createRedoAction", "QToolBar", "setAccessibleName", "_toggle", "QInputDialog", "addItem", "setHtml", "heading", "warning", "filter_box", "QMenu",
}
"""Calls whose string arguments a user reads."""
EXEMPT_MODULES = {"platform_check.py", "i18n.py"}
"""Text printed to a terminal before Qt starts, and the translation tools themselves."""


def _calls_with_bare_text(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        logging = isinstance(node.func, ast.Attribute) and getattr(node.func.value, "id", "") in ("log", "logging")
        if name not in VISIBLE or logging:
            continue
        for arg in _branches([*node.args, *(k.value for k in node.keywords)]):
            bare = isinstance(arg, ast.JoinedStr) or (
                isinstance(arg, ast.Constant) and isinstance(arg.value, str) and any(c.isalpha() for c in arg.value)
            )
            if bare and not _is_exempt(arg):
                found.append(f"{path.relative_to(GUI_ROOT)}:{node.lineno}: {ast.unparse(arg)[:60]}")
    return found


def _branches(args: list[ast.expr]) -> list[ast.expr]:
    """The arguments, with both sides of ``a if c else b`` and of ``a or b`` looked into."""
    out: list[ast.expr] = []
    for arg in args:
        if isinstance(arg, ast.IfExp):
            out += _branches([arg.body, arg.orelse])
        elif isinstance(arg, ast.BoolOp):
            out += _branches(list(arg.values))
        else:
            out.append(arg)
    return out


def _is_exempt(arg: ast.expr) -> bool:
    """Keys and shortcuts (``Ctrl+E``), object names and format names are not sentences."""
    if isinstance(arg, ast.Constant):
        value = arg.value
        return value.replace("+", "").replace("-", "").isalnum() and ("Ctrl" in value or "Shift" in value or len(value) <= 2) or value.startswith(("action_", "label_"))
    return False


def test_every_user_visible_string_goes_through_translation() -> None:
    """A string literal (or f-string) handed straight to a widget, action, message or status bar
    bypasses translation: it must be wrapped in ``tr()`` (and then it is in the .ts files)."""
    offenders = [hit for path in sorted(GUI_ROOT.rglob("*.py")) if path.name not in EXEMPT_MODULES for hit in _calls_with_bare_text(path)]
    assert not offenders, "\n".join(offenders)


@pytest.mark.parametrize("lang", [code for code in LANGUAGES if code != SOURCE_LANGUAGE])
def test_the_translation_sources_hold_every_string_translated(lang: str) -> None:
    catalog = read_ts(ts_path(lang))
    sources = strings_in_code()
    missing = [s for s in sources if s not in catalog]
    untranslated = [s for s in sources if s in catalog and not catalog[s]]
    assert not missing, f"run python -m gui.i18n update: {missing[:5]}"
    assert not untranslated, f"{len(untranslated)} strings without a {lang} translation: {untranslated[:5]}"
    assert ts_path(lang).with_suffix(".qm").stat().st_mtime >= ts_path(lang).stat().st_mtime - 1, "run python -m gui.i18n release"


def test_in_hindi_every_menu_action_and_dock_title_is_translated(qtbot, project: Path) -> None:  # type: ignore[no-untyped-def]
    from gui.app import create_window
    from gui.i18n import install

    assert install("hi")
    try:
        window = create_window(project, "tester", language="hi")
        qtbot.addWidget(window)
        data_actions = ("action_export_", "action_language_", "label_")  # format, language and label names are data
        texts = [
            a.text()
            for menu in window.menuBar().findChildren(QMenu)
            for a in menu.actions()
            if not a.isSeparator() and a.text() and not a.objectName().startswith(data_actions) and a.data() is None
        ]
        texts += [m.title() for m in window.menuBar().findChildren(QMenu) if m.title()]
        texts += [d.windowTitle() for d in window.findChildren(QDockWidget)]
        texts += [window.palette_bar.windowTitle()]
        texts += [b.text() for b in window.findChildren(QPushButton) if b.text()]
        texts += [label.text() for label in window.statusBar().findChildren(QLabel) if label.text()]
        texts += [window.document_list.model.headerData(i, Qt.Orientation.Horizontal) for i in range(4)]
        english = [t for t in texts if not any("\u0900" <= ch <= "\u097f" for ch in t) and not t.startswith("&")]
        english += [t for t in texts if t.startswith("&") and not any("\u0900" <= ch <= "\u097f" for ch in t) and not t[1:2].isdigit()]
        assert not english, english
        window.close()
        window.controller.close()
    finally:
        install("en")




def test_the_language_follows_the_choice_then_the_remembered_one_then_the_system(monkeypatch: pytest.MonkeyPatch) -> None:
    import gui.i18n as i18n

    monkeypatch.setattr(i18n, "system_language", lambda: "hi")
    assert i18n.choose_language(None, None) == "hi"
    assert i18n.choose_language(None, "en") == "en"
    assert i18n.choose_language("en", "hi") == "en"
    assert i18n.choose_language("xx", None) == "hi"


def test_view_language_rebuilds_the_window_in_hindi_where_the_user_was(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from gui.i18n import current_language, install

    try:
        with qtbot.waitSignal(window.sig_replaced, timeout=5000) as replaced:
            window.language_actions["hi"].trigger()
        hindi = replaced.args[0]
        qtbot.addWidget(hindi)
        assert current_language() == "hi" and hindi.settings.language == "hi"
        assert hindi.menuBar().actions()[0].text() == "फ़ाइल (&F)"
        assert hindi.controller.document.name == "ambassador-lavrov"
        hindi.close()
        hindi.controller.close()
    finally:
        install("en")


def test_kathan_gui_takes_a_language(monkeypatch: pytest.MonkeyPatch) -> None:
    import gui.app
    from cli.main import main

    seen = {}
    monkeypatch.setattr(gui.app, "run", lambda project, **kw: seen.update(kw) or 0)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert main(["gui", "--lang", "hi"]) == 0
    assert seen["language"] == "hi"


def test_undo_step_names_follow_the_interface_language(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from gui.i18n import install
    from tests.gui.conftest import find

    c = window.controller
    try:
        assert install("hi")
        c.add_span("CUE", (find(c.document.text, "कहा"),))
        assert c.undo_stack.undoText() == "CUE “कहा” जोड़ें"
    finally:
        install("en")
