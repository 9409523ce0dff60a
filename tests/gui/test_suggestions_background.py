"""Suggesting over every document runs off the GUI thread with progress and Cancel."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from kathan.model import Document
from kathan.suggest import Suggestion, get_suggester, register_suggester, unregister_suggester

ARTICLE = "नई दिल्ली: विदेश मंत्रालय के प्रवक्ता ने कहा कि बातचीत सफल रही।\n"
GATED = "gated-test"


class GatedSuggester:
    """The rule suggester, but each document waits until the test opens the gate."""

    name = GATED

    def __init__(self) -> None:
        self.rules = get_suggester()

    def suggest(self, document: Document) -> list[Suggestion]:
        GATE.started.set()
        GATE.open.wait(10)
        return self.rules.suggest(document)


class _Gate:
    def __init__(self) -> None:
        self.started = threading.Event()
        self.open = threading.Event()


GATE = _Gate()


@pytest.fixture
def gated() -> Iterator[_Gate]:
    global GATE
    GATE = _Gate()
    register_suggester(GATED, GatedSuggester, replace=True)
    yield GATE
    GATE.open.set()
    unregister_suggester(GATED)


def import_articles(qtbot, window, tmp_path: Path, count: int) -> None:  # type: ignore[no-untyped-def]
    paths = []
    for n in range(count):
        path = tmp_path / f"article{n}.txt"
        path.write_text(f"{n} " + ARTICLE, encoding="utf-8")
        paths.append(str(path))
    with qtbot.waitSignal(window.files.sig_background_task_finished, timeout=20_000):
        window.files.import_paths(paths)


def test_suggest_all_documents_in_the_background_keeps_the_undo_stack(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Suggest in all documents stores every document's suggestions; the open one shows them; earlier undo steps survive."""
    import_articles(qtbot, window, tmp_path, 2)
    c = window.controller
    text = c.document.text
    start = text.index("विनय कुमार")
    assert c.add_span("SPEAKER", ((start, start + len("विनय कुमार")),))
    steps = c.undo_stack.count()
    with qtbot.waitSignal(window.suggestions.sig_suggest_finished, timeout=20_000) as blocker:
        qtbot.keyClick(
            window.view,
            Qt.Key.Key_S,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    report = blocker.args[0]
    assert report.documents == 3 and report.suggestions > 3
    assert c.suggestions and window.view.suggestion_ids_at(c.suggestions[0].start)
    assert window.suggestions_label.text() == f"{len(c.suggestions)} suggestions open"
    for summary in c.documents():
        assert c.workspace.suggestions(summary.id), summary.name
    # Our own edits and the worker's writes were told apart: nothing reloaded, undo still works.
    qtbot.wait(50)
    assert c.undo_stack.count() == steps
    with qtbot.waitSignal(c.sig_changes_applied, timeout=2000):
        qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert c.spans == []


def test_cancel_keeps_the_documents_already_suggested(qtbot, window, tmp_path: Path, gated) -> None:  # type: ignore[no-untyped-def]
    """Cancel in the progress dialog stops after the document in hand; those done keep their suggestions."""
    import_articles(qtbot, window, tmp_path, 2)
    window.suggestions.suggester_name = GATED
    with qtbot.waitSignal(window.suggestions.sig_suggest_finished, timeout=20_000) as blocker:
        task = window.suggestions.suggest_all()
        assert gated.started.wait(10)
        task.dialog.findChild(QPushButton).click()  # the dialog's Cancel button
        gated.open.set()
    assert blocker.args[0] is None
    assert "cancelled" in window.statusBar().currentMessage()
    ws = window.controller.workspace
    suggested = [d.name for d in window.controller.documents() if ws.suggestions(d.id)]
    assert len(suggested) == 1  # the first document, finished before Cancel was seen
