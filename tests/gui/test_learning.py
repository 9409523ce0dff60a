"""The learned suggester in the window: background training with its status in the status bar,
Suggestions › Suggester, and the document list sorted by most to learn."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kathan.model import DocumentRecord
from tests.gui.conftest import ANNOTATOR
from tests.suggest.invented import records

FRESH = "आज मौसम साफ रहा। जिलाधिकारी सुनीता राव ने कहा कि अस्पताल में दवाओं की कोई कमी नहीं है।"
OTHER = "बाजार में भीड़ कम दिखी। डॉक्टर नीना शर्मा ने बताया कि पानी की आपूर्ति दो दिन में सामान्य होगी।"


@pytest.fixture
def learning_window(qtbot, tmp_path: Path) -> Iterator:  # type: ignore[no-untyped-def]
    """The workbench on six annotated invented articles and two fresh ones."""
    from gui.app import create_window
    from storage import Workspace

    path = tmp_path / "learn.kathan"
    with Workspace.create(path, annotator=ANNOTATOR) as ws:
        ws.import_records([DocumentRecord("a-fresh", FRESH), DocumentRecord("b-other", OTHER), *records(6)])
    win = create_window(path, ANNOTATOR)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    win.controller.close()


def trained(window) -> bool:  # type: ignore[no-untyped-def]
    return "on 6 documents" in window.model_label.text() and not window.trainer.running


def test_training_runs_in_the_background_with_its_status_in_the_status_bar(qtbot, learning_window) -> None:  # type: ignore[no-untyped-def]
    """Opening a project starts training off the GUI thread; the status bar says when it is done."""
    window = learning_window
    qtbot.waitUntil(lambda: window.trainer.running, timeout=10_000)
    assert "learning" in window.model_label.text()
    window.view.setFocus()  # the window answers while the model trains
    qtbot.keyClick(window.view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: trained(window), timeout=120_000)
    assert window.controller.workspace.stored_model("learned") is not None
    assert window.controller.undo_stack.count() == 0


def test_choose_the_learned_suggester_and_suggest(qtbot, learning_window) -> None:  # type: ignore[no-untyped-def]
    window = learning_window
    qtbot.waitUntil(lambda: trained(window), timeout=120_000)
    chooser = window.findChild(type(window.suggestions.suggest_action), "action_suggester_learned")
    chooser.trigger()
    assert window.suggestions.suggester_name == "learned" and chooser.isChecked()
    assert not window.findChild(type(chooser), "action_suggester_combined").isChecked()
    window.open_document(window.controller.workspace.document_by_name("a-fresh").id)
    with qtbot.waitSignal(window.suggestions.sig_suggest_finished, timeout=10_000) as blocker:
        window.suggestions.suggest_action.trigger()
    assert blocker.args[0] is not None and blocker.args[0].suggester == "learned"
    labels = {s.label for s in window.controller.suggestions}
    assert {"SPEAKER", "QUOTE"} <= labels
    assert all(s.annotator == "learned" for s in window.controller.suggestions)


def test_documents_sort_by_most_to_learn(qtbot, learning_window) -> None:  # type: ignore[no-untyped-def]
    """The document whose open suggestions are least sure comes first."""
    window = learning_window
    ws = window.controller.workspace
    low, high = ws.document_by_name("b-other"), ws.document_by_name("a-fresh")
    window.open_document(low.id)
    from kathan.suggest import Suggestion

    start = OTHER.index("डॉक्टर")
    window.controller.store_suggestions("test", [Suggestion("S1", "SPEAKER", ((start, start + len("डॉक्टर नीना शर्मा")),), 0.2)])
    window.open_document(high.id)
    start = FRESH.index("जिलाधिकारी")
    window.controller.store_suggestions("test", [Suggestion("S1", "SPEAKER", ((start, start + len("जिलाधिकारी सुनीता राव")),), 0.9)])
    window.findChild(type(window.suggestions.suggest_action), "action_sort_most_to_learn").trigger()
    table = window.document_list.table
    first = table.model().index(0, 0).data(Qt.ItemDataRole.UserRole)
    second = table.model().index(1, 0).data(Qt.ItemDataRole.UserRole)
    assert (first, second) == (low.id, high.id)
    assert table.model().index(0, 4).data() == "0.20"
    qtbot.waitUntil(lambda: not window.trainer.running, timeout=120_000)


def test_stop_training_ends_a_running_training_and_keeps_no_half_model(qtbot, learning_window) -> None:  # type: ignore[no-untyped-def]
    """Suggestions › Stop training ends the background training; the status bar says so, no model
    is stored, the action is enabled only while a training runs, and Train starts one again."""
    window = learning_window
    stop = window.findChild(type(window.suggestions.train_action), "action_stop_training")
    assert not stop.isEnabled()
    window.suggestions.train_action.trigger()
    assert window.trainer.running and stop.isEnabled()
    stop.trigger()
    qtbot.waitUntil(lambda: not window.trainer.running, timeout=30_000)
    assert "stopped" in window.model_label.text()
    assert window.controller.workspace.stored_model("learned") is None
    assert not stop.isEnabled()
    window.suggestions.train_action.trigger()
    qtbot.waitUntil(lambda: trained(window), timeout=120_000)
    assert window.controller.workspace.stored_model("learned") is not None


def test_closing_the_window_stops_a_running_training(qtbot, learning_window) -> None:  # type: ignore[no-untyped-def]
    """Closing does not wait for a training to finish: it stops it and stores nothing."""
    window = learning_window
    window.suggestions.train_action.trigger()
    thread = window.trainer._thread
    assert thread is not None and thread.isRunning()
    window.close()
    assert thread.isFinished()
    assert window.controller.workspace.stored_model("learned") is None


def test_opening_another_project_stops_the_training_and_trains_the_new_one(qtbot, learning_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A training of the project that was open is stopped when another opens; the new project
    gets its own model, and the first keeps none."""
    from storage import Workspace

    window = learning_window
    first = window.controller.workspace.connect_url
    window.suggestions.train_action.trigger()
    assert window.trainer.running
    other = tmp_path / "other.kathan"
    Workspace.create(other, annotator=ANNOTATOR).close()
    with Workspace.open(str(other), annotator=ANNOTATOR) as ws:
        ws.import_records(records(4, prefix="other"))
    window.controller.open_workspace(Workspace.open(str(other), annotator=ANNOTATOR), str(other))
    qtbot.waitUntil(lambda: "on 4 documents" in window.model_label.text() and not window.trainer.running, timeout=120_000)
    assert window.controller.workspace.stored_model("learned") is not None
    with Workspace.open(first) as ws:
        assert ws.stored_model("learned") is None
