"""Fixtures for GUI tests: isolated settings, a project seeded with the sample article, a shown window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from kathan.text.offsets import to_utf16

ANNOTATOR = "tester"
REPO_ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Settings and the first-start project live in a fresh folder, never the user's."""
    root = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("KATHAN_CONFIG_DIR", str(root / "config"))
    monkeypatch.setenv("KATHAN_DATA_DIR", str(root / "data"))
    return root


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project holding the sample article and nothing else."""
    from storage.samples import seed_sample_project

    path = tmp_path / "sample.kathan"
    seed_sample_project(path, ANNOTATOR)
    return path


@pytest.fixture
def window(qtbot, project: Path) -> Iterator:  # type: ignore[no-untyped-def]
    """The workbench on ``project``, shown, with the article focused."""
    from gui.app import create_window

    win = create_window(project, ANNOTATOR)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    win.view.setFocus()
    yield win
    win.close()
    win.controller.close()


def point_of(view, offset: int) -> QPoint:  # type: ignore[no-untyped-def]
    """The viewport point of code point ``offset`` in the view's text, scrolled into view."""
    view.scroll_to_offset(offset)
    cursor = QTextCursor(view.document())
    cursor.setPosition(to_utf16(view.text(), offset))
    rect = view.cursorRect(cursor)
    return QPoint(rect.center().x(), rect.center().y())


def drag_over(qtbot, view, start: int, end: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    """A real mouse drag from just inside ``start`` to just inside ``end`` (the view snaps to tokens)."""
    p1 = point_of(view, start + 1)
    p2 = point_of(view, end - 1)
    viewport = view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, modifier, p1)
    qtbot.mouseMove(viewport, p2)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, modifier, p2)


def click_at(qtbot, view, offset: int) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point_of(view, offset))


def find(text: str, phrase: str, after: str = "") -> tuple[int, int]:
    start = text.index(after + phrase) + len(after) if after else text.index(phrase)
    return start, start + len(phrase)


def type_text(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type any text (Devanagari too: QTest.keyClicks only knows ASCII) as real key events."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
