"""Starting the workbench: ``run(project, screenshot, annotator)`` is what ``kathan gui`` calls.

It picks the project (the one given, else the last one, else a first-start project in the
user's data folder seeded with the sample article), asks the annotator's name once, opens the
window, and in screenshot mode renders it to a PNG and returns.
"""

from __future__ import annotations

import gc
import getpass
import logging
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from gui.controller import Controller
from gui.i18n import choose_language, tr
from gui.i18n import install as install_language
from gui.fonts import interface_font, register_bundled_fonts
from gui.main_window import MainWindow, annotator_dialog
from gui.platform_check import advice, missing_libraries, uses_xcb
from gui.settings import Settings, data_dir
from kathan.model import KathanError
from storage.samples import seed_demo_project, seed_sample_project

log = logging.getLogger(__name__)

DEFAULT_PROJECT_NAME = "kathan.kathan"


def application() -> QApplication:
    """The running QApplication, created (Fusion style, bundled font) on first call."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
        tune_garbage_collector()
    # Before any font is resolved: a desktop's own copy of a family (with other styles)
    # must not win over the bundled file.
    register_bundled_fonts()
    if not getattr(app, "_kathan_fonts_set", False):
        app._kathan_fonts_set = True  # type: ignore[attr-defined]
        app.setFont(interface_font(app.font()))
    assert isinstance(app, QApplication)
    app.setApplicationName("Kathan")
    app.setOrganizationName("kathan")
    app.setApplicationDisplayName("Kathan")
    # Fusion follows the desktop's light or dark scheme (Qt >= 6.5) on every platform alike.
    app.setStyle("Fusion")
    if not getattr(app, "_kathan_scheme_followed", False):
        app._kathan_scheme_followed = True  # type: ignore[attr-defined]
        app.styleHints().colorSchemeChanged.connect(lambda scheme: apply_colour_scheme(app, scheme))
        apply_colour_scheme(app, app.styleHints().colorScheme())
    return app


def tune_garbage_collector() -> None:
    """Keep the cyclic collector out of the way of edits and document switches.

    Opening a long article allocates tens of thousands of small objects; with CPython's
    default thresholds a full collection then lands in the middle of a switch (126 ms instead
    of 70 ms at 5,000 spans, measured by ``make bench``). Objects alive at start-up are frozen
    out of collections, and young collections run less often.
    """
    gc.freeze()
    gc.set_threshold(50_000, 20, 100)


def dark_palette() -> QPalette:
    """A dark Fusion palette for desktops that report a dark scheme but hand Qt a light palette."""
    p = QPalette()
    base, window, text = QColor("#1e1f22"), QColor("#2b2d30"), QColor("#dfe1e5")
    role = QPalette.ColorRole
    for r, colour in (
        (role.Window, window),
        (role.WindowText, text),
        (role.Base, base),
        (role.AlternateBase, window),
        (role.ToolTipBase, window),
        (role.ToolTipText, text),
        (role.Text, text),
        (role.Button, window),
        (role.ButtonText, text),
        (role.BrightText, QColor("#ff6b6b")),
        (role.Highlight, QColor("#2f65ca")),
        (role.HighlightedText, QColor("#ffffff")),
        (role.Link, QColor("#56b4e9")),
        (role.PlaceholderText, QColor("#8c8f94")),
    ):
        p.setColor(r, colour)
    for r in (role.Text, role.WindowText, role.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, r, QColor("#6f737a"))
    return p


def apply_colour_scheme(app: QApplication, scheme: Qt.ColorScheme) -> None:
    """Follow the desktop's light/dark choice; the article view repaints from the palette."""
    light_palette = app.style().standardPalette()
    if scheme == Qt.ColorScheme.Dark and light_palette.color(QPalette.ColorRole.Window).lightness() > 128:
        app.setPalette(dark_palette())
    else:
        app.setPalette(light_palette)


def interactive() -> bool:
    """Whether a person can answer a dialog (not under the offscreen platform of tests and CI)."""
    return QGuiApplication.platformName() not in ("offscreen", "minimal")


def resolve_annotator(settings: Settings, given: str | None, ask: bool) -> str:
    """The annotator's name: given, else remembered, else asked (or the login name).

    A name typed in the first-start dialog is remembered; Cancel signs this session with the
    login name without remembering it (so the question comes back, and the window says how to
    change it: File › Annotator…).
    """
    if given:
        settings.annotator = given
        return given
    if settings.annotator:
        return settings.annotator
    default = getpass.getuser() or "annotator"
    if not ask:
        settings.annotator = default
        return default
    dialog = annotator_dialog(None, default)
    dialog.setWindowTitle(tr("Welcome to Kathan"))
    if dialog.exec() == QDialog.DialogCode.Accepted and dialog.textValue().strip():
        settings.annotator = dialog.textValue().strip()
        return settings.annotator
    return default


def resolve_project(settings: Settings, given: str | None, annotator: str) -> Path | str:
    """The project to open: given, else the last one (if it still exists), else the first-start one."""
    if given:
        return given if "://" in given else Path(given)
    last = settings.last_project
    if last and ("://" in last or Path(last).exists()):
        return last if "://" in last else Path(last)
    path = data_dir() / DEFAULT_PROJECT_NAME
    if not path.exists():
        seed_sample_project(path, annotator)
    return path


def open_project(controller: Controller, settings: Settings, target: str, annotator: str, remember: bool = True) -> None:
    """Open (or, for ``new:PATH``, create) a project into ``controller``; raises KathanError."""
    from storage import Workspace

    from storage.urls import for_people, without_password

    if "://" in target:
        ws = Workspace.open(target, annotator=annotator)
        controller.open_workspace(ws, for_people(target))
        if remember:
            settings.remember_project(without_password(target))
        return
    if target.startswith("new:"):
        path = Path(target[4:])
        ws = Workspace.create(path, annotator=annotator)
    else:
        path = Path(target)
        if not path.exists():
            raise KathanError(f"{path}: no such project")
        ws = Workspace.open(path, annotator=annotator)
    controller.open_workspace(ws, str(path))
    if remember:
        settings.remember_project(str(path))


def create_window(
    project: str | Path,
    annotator: str,
    settings: Settings | None = None,
    remember: bool = True,
    language: str | None = None,
) -> MainWindow:
    """A window on ``project`` (which must exist), not yet shown; tests start here.

    ``language`` (``hi``, ``en``) is the interface language; None: the one chosen in View ›
    Language earlier, else the system locale's.
    """
    application()
    settings = settings or Settings()
    install_language(choose_language(language, settings.language))
    controller = Controller()
    window = MainWindow(controller, settings)
    open_project(controller, settings, str(project), annotator, remember)
    window.restore_zoom(settings.zoom)
    window.restore_position()
    geometry = settings.geometry
    if geometry:
        window.restoreGeometry(geometry)

    def switch(target: str) -> None:
        window.remember_position()
        try:
            open_project(controller, settings, target, annotator)
            window.restore_position()
        except Exception as exc:  # noqa: BLE001 - a bad file must not take the window down
            QMessageBox.warning(window, tr("Cannot open project"), str(exc))

    def relanguage(lang: str) -> None:
        """Rebuild the window in ``lang`` at the same document and place, and close this one."""
        settings.language = lang
        window.remember_position()
        window.side_panel.flush()
        replacement = create_window(controller.project_path, controller.annotator, settings, remember, lang)
        replacement.resize(window.size())
        replacement.show()
        window.sig_replaced.emit(replacement)
        window.close()
        controller.close()

    window.sig_project_open_requested.connect(switch)
    window.sig_language_requested.connect(relanguage)
    return window


def select_first_quote(window: MainWindow) -> None:
    """Select the document's first QUOTE so its relation connectors are drawn (screenshots)."""
    quote = next((s for s in window.controller.spans if s.label == "QUOTE"), None)
    if quote is not None:
        window.jump_to_span(int(quote.id))


def render_screenshot(window: MainWindow, path: str | Path) -> bool:
    """Show ``window`` at a fixed size, let it lay out and paint, and save it as a PNG."""
    window.resize(1440, 900)
    window.show()
    for _ in range(5):
        QCoreApplication.processEvents()
    ok = window.grab().save(str(path), "PNG")
    return bool(ok)


def run(
    project: str | None = None, screenshot: str | None = None, annotator: str | None = None, language: str | None = None
) -> int:
    """Open the workbench and run until it closes; with ``screenshot``, render a PNG and return."""
    if uses_xcb():
        missing = missing_libraries()
        if missing:
            print(f"kathan: {advice(missing)}", file=sys.stderr)
            return 1
    app = application()
    settings = Settings()
    if screenshot and project is None:
        # A throwaway demo project, so the picture never depends on (or touches) the user's data.
        project = str(seed_demo_project(Path(tempfile.mkdtemp(prefix="kathan-shot-")) / "demo.kathan"))
    name = resolve_annotator(settings, annotator, ask=not screenshot and interactive())
    try:
        path = resolve_project(settings, project, name)
        window = create_window(path, name, settings, remember=not screenshot, language=language)
    except (KathanError, OSError) as exc:
        if project is not None:
            print(f"kathan: {exc}", file=sys.stderr)
            return 1
        # The remembered project is gone or broken: start on the first-start project instead
        # of refusing to start at all, and say why.
        print(f"kathan: cannot open the last project ({exc}); opening the default one", file=sys.stderr)
        settings.forget_project(str(path))
        try:
            window = create_window(resolve_project(settings, None, name), name, settings)
        except (KathanError, OSError) as again:
            print(f"kathan: {again}", file=sys.stderr)
            return 1
    if screenshot:
        select_first_quote(window)
        ok = render_screenshot(window, screenshot)
        window.close()
        window.controller.close()
        return 0 if ok else 1
    window.show()
    window.raise_()
    if settings.annotator is None:
        window.statusBar().showMessage(tr("Signing edits as {0} — File › Annotator… changes it").format(name), 15_000)
    app.setQuitOnLastWindowClosed(True)
    current = [window]

    def follow(replacement: MainWindow) -> None:  # a new language rebuilt the window
        current[0] = replacement
        replacement.sig_replaced.connect(follow)

    window.sig_replaced.connect(follow)
    code = app.exec()
    current[0].controller.close()
    return code


__all__ = ["Qt", "create_window", "run"]
