"""Starting the workbench: first start, remembered settings, screenshot mode, menus and shortcuts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage

from gui.app import create_window, resolve_annotator, resolve_project, run
from storage.samples import seed_demo_project
from gui.settings import Settings, data_dir
from gui.shortcuts import actions_without_menu, menu_shortcuts
from storage import Workspace
from tests.gui.conftest import ANNOTATOR


def test_first_start_seeds_a_project_in_the_data_folder_and_remembers_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    """With no settings, the project is created in the user data folder with the sample article."""
    settings = Settings()
    name = resolve_annotator(settings, None, ask=False)
    assert name and Settings().annotator == name  # asked (here: defaulted) once, then remembered
    path = resolve_project(settings, None, name)
    assert path == data_dir() / "kathan.kathan" and path.exists()
    win = create_window(path, name, settings)
    qtbot.addWidget(win)
    try:
        assert win.controller.document.name == "ambassador-lavrov"
        assert "kathan" in win.windowTitle() and "लावरोव" in win.windowTitle()
        assert Settings().last_project == str(path.resolve())
        assert resolve_project(Settings(), None, name) == path.resolve()
    finally:
        win.close()


def test_screenshot_mode_writes_a_png_of_the_annotated_sample(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """run(project, screenshot=PATH) renders the window with a document open and returns 0."""
    project = seed_demo_project(tmp_path / "demo.kathan", ANNOTATOR)
    out = tmp_path / "shot.png"
    assert run(str(project), screenshot=str(out), annotator=ANNOTATOR) == 0
    image = QImage(str(out))
    assert image.width() >= 1200 and image.height() >= 800
    assert Settings().last_project is None  # screenshots leave the user's recent list alone
    ws = Workspace.open(project)
    try:
        doc = ws.documents()[0]
        assert (doc.span_count, doc.relation_count) == (9, 4)
    finally:
        ws.close()


def test_every_shortcut_is_in_a_menu_and_in_the_help_sheet(window) -> None:  # type: ignore[no-untyped-def]
    """No action hides its shortcut: each one is in a menu, and the Help sheet lists them all."""
    assert actions_without_menu(window, window.menuBar()) == []
    rows = menu_shortcuts(window.menuBar())
    keys = {keys for _menu, _text, keys in rows}
    for expected in ("Q", "S", "C", "A", "L", "R", "Del", "Ctrl+Z", "Ctrl+Shift+Z", "Ctrl+F", "Ctrl+=", "Ctrl+Q", "Ctrl+D", "F1"):
        assert expected in keys, expected
    window.shortcuts_action.trigger()
    assert "Link selected span" in window.shortcuts_dialog.browser.toPlainText()


def test_zoom_is_remembered(qtbot, window, project: Path) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+= enlarges the article; a new window opens at the same size."""
    size = window.view.font_size()
    window.zoom_in_action.trigger()
    assert window.view.font_size() == size + 1
    again = create_window(project, ANNOTATOR)
    qtbot.addWidget(again)
    try:
        assert again.view.font_size() == size + 1
    finally:
        again.close()


def test_new_project_then_reopen_from_the_recent_menu(qtbot, window, project: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """File > New makes an empty project; File > Open recent brings the sample back."""
    fresh = tmp_path / "fresh.kathan"
    with qtbot.waitSignal(window.controller.sig_project_opened, timeout=5000):
        window.sig_project_open_requested.emit(f"new:{fresh}")
    assert window.controller.project_path == str(fresh) and window.controller.document is None
    assert window.document_list.model.rowCount() == 0 and window.view.text() == ""
    assert "fresh" in window.windowTitle()
    window.recent_menu.aboutToShow.emit()
    recent = [a for a in window.recent_menu.actions() if a.data()]
    assert [Path(a.data()).name for a in recent] == ["fresh.kathan", "sample.kathan"]
    with qtbot.waitSignal(window.controller.sig_project_opened, timeout=5000):
        recent[1].trigger()
    assert window.controller.document.name == "ambassador-lavrov"


def test_a_dark_desktop_gets_a_dark_palette_and_light_comes_back(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """When the desktop reports a dark scheme, the window turns dark; back to light, it is light again."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    from gui.app import apply_colour_scheme

    app = QApplication.instance()
    try:
        apply_colour_scheme(app, Qt.ColorScheme.Dark)
        qtbot.waitUntil(lambda: window.palette().color(QPalette.ColorRole.Window).lightness() < 100, timeout=2000)
        assert window.view.palette().color(QPalette.ColorRole.Base).lightness() < 100
    finally:
        apply_colour_scheme(app, Qt.ColorScheme.Light)
    qtbot.waitUntil(lambda: window.palette().color(QPalette.ColorRole.Window).lightness() > 150, timeout=2000)


def test_a_broken_last_project_falls_back_to_the_default_one(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """run(): a last project that cannot be opened is forgotten and the first-start project opens."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from gui.main_window import MainWindow

    broken = tmp_path / "broken.kathan"
    broken.write_bytes(b"this is not a database")
    Settings().remember_project(str(broken))
    seen: list[str] = []

    def close_windows() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                seen.append(widget.controller.project_path)
                widget.close()

    app = QApplication.instance()
    quit_on_close = app.quitOnLastWindowClosed()
    QTimer.singleShot(500, close_windows)
    try:
        assert run(None, annotator=ANNOTATOR) == 0
    finally:
        app.setQuitOnLastWindowClosed(quit_on_close)
    assert seen == [str(data_dir() / "kathan.kathan")]
    assert str(broken.resolve()) not in Settings().recent_projects
