"""Layers in the workbench: one annotator's layer at a time, another's read-only over it, gold signed gold."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from gui.controller import Controller
from kathan.layers import GOLD
from storage import Workspace
from tests.gui.conftest import ANNOTATOR, find


@pytest.fixture
def team(qapp, project: Path) -> Iterator[Controller]:  # type: ignore[no-untyped-def]
    """The tester's window on a document where ravi marked a speaker and the tester a quote."""
    with Workspace.open(project, annotator="ravi") as ravi:
        doc = ravi.documents()[0].id
        text = ravi.document(doc).text
        ravi.add_span(doc, "SPEAKER", [find(text, "भारतीय दूतावास", "“")])
    c = Controller()
    c.open_workspace(Workspace.open(project, annotator=ANNOTATOR), str(project))
    c.add_span("QUOTE", (find(text, "राजदूत @vkumar1969 ने मुलाकात की"),))
    yield c
    c.close()


def test_one_layer_at_a_time_with_another_over_it(team: Controller) -> None:
    """All layers by default; the tester's layer alone; ravi's shown over it."""
    assert sorted(s.annotator for s in team.spans) == sorted([ANNOTATOR, "ravi"])
    team.show_layer(ANNOTATOR)
    assert [s.annotator for s in team.spans] == [ANNOTATOR]
    team.show_layer(ANNOTATOR, overlay="ravi")
    assert sorted(s.annotator for s in team.spans) == sorted([ANNOTATOR, "ravi"])
    assert set(team.layers()) >= {ANNOTATOR, "ravi"}


def test_another_annotators_span_is_not_edited_by_accident(team: Controller, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Deleting, relabelling or linking ravi's span is refused with a reason, and nothing changes;
    choosing ravi's layer makes it editable on purpose."""
    team.show_layer(ANNOTATOR, overlay="ravi")
    theirs = next(s for s in team.spans if s.annotator == "ravi")
    mine = next(s for s in team.spans if s.annotator == ANNOTATOR)
    before = team.workspace.spans(team.document.id)
    with qtbot.waitSignal(team.sig_edit_refused) as refused:
        assert team.delete_spans([theirs.id]) is None
    assert "ravi's layer" in refused.args[0]
    assert team.relabel_span(theirs.id, "ADDRESSEE") is None
    assert team.add_relation("said_by", mine.id, theirs.id) is None
    assert team.workspace.spans(team.document.id) == before
    team.show_layer("ravi")
    text = team.document.text
    with qtbot.waitSignal(team.sig_edit_refused) as refused:
        assert team.add_span("CLAIM", (find(text, "भारत-रूस साझेदारी"),)) is None
    assert "would not be yours" in refused.args[0]
    assert team.delete_spans([theirs.id]) is not None
    team.undo_stack.undo()
    assert team.workspace.spans(team.document.id) == before


def test_spans_made_on_the_gold_layer_are_gold(team: Controller) -> None:
    """With gold shown, a new span is signed gold (and undoes like any edit)."""
    team.show_layer(GOLD)
    text = team.document.text
    changes = team.add_span("CUE", (find(text, "पोस्ट किया", "एक्स पर "),))
    assert changes is not None and [s.annotator for s in changes.spans_added] == [GOLD]
    assert [s.annotator for s in team.spans] == [GOLD]
    team.undo_stack.undo()
    assert team.spans == []


@pytest.fixture
def team_window(qtbot, project: Path):  # type: ignore[no-untyped-def]
    """The workbench on a document that asha and ravi both annotated, one span apart."""
    from gui.app import create_window

    with Workspace.open(project, annotator="asha") as asha, Workspace.open(project, annotator="ravi") as ravi:
        doc = asha.documents()[0].id
        text = asha.document(doc).text
        for ws in (asha, ravi):
            q = ws.add_span(doc, "QUOTE", [find(text, "राजदूत @vkumar1969 ने मुलाकात की")]).spans_added[0]
            s = ws.add_span(doc, "SPEAKER", [find(text, "भारतीय दूतावास", "“")]).spans_added[0]
            ws.add_relation("said_by", q.id, s.id)
        asha.add_span(doc, "CUE", [find(text, "पोस्ट किया", "एक्स पर ")])
    win = create_window(project, ANNOTATOR)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    win.controller.close()


def test_agreement_window_tables_chart_and_files(team_window, qtbot, qtmodeltester, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Team › Agreement shows the pair's rows, a bar per label and measure, and saves CSV and JSON."""
    team_window.team.agreement_action.trigger()
    dialog = team_window.team.agreement_window
    assert dialog is not None and dialog.isVisible()
    pairs = dialog.models["Pairs"]
    qtmodeltester.check(pairs)
    rows = {pairs.data(pairs.index(r, 2)): pairs.data(pairs.index(r, 4)) for r in range(pairs.rowCount())}
    assert rows == {"QUOTE": "1.000", "SPEAKER": "1.000", "CUE": "0.000"}
    assert set(dialog.chart.figures) == {"QUOTE", "SPEAKER", "CUE", "all"}
    assert dialog.chart.figures["QUOTE"]["overlap F1"] == 1.0
    dialog.chart.grab()  # paints without error
    dialog.save(tmp_path / "a.csv")
    dialog.save(tmp_path / "a.json")
    assert (tmp_path / "a.csv").read_text(encoding="utf-8").startswith("scope,document")
    assert '"pairs"' in (tmp_path / "a.json").read_text(encoding="utf-8")


def test_curation_pre_merge_take_remove_and_undo(team_window, qtbot, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    """Pre-merge puts the agreed quote, speaker and link in gold; the cue row is highlighted; Take adds
    it; Remove takes it out; undo reverses each step."""
    from PySide6.QtCore import Qt

    from gui.curation_lists import DIFFERENT

    team_window.team.curation_action.trigger()
    view = team_window.team.curation_view
    qtmodeltester.check(view.model)
    ws = team_window.controller.workspace
    doc = team_window.controller.document.id

    def gold() -> list[str]:
        return sorted(s.label for s in ws.spans(doc) if s.annotator == GOLD)

    labels = [view.model.row_at(view.model.index(r, 0)).label for r in range(view.model.rowCount())]
    cue_row = labels.index("CUE")
    assert view.model.data(view.model.index(cue_row, 0), Qt.ItemDataRole.BackgroundRole) == DIFFERENT
    assert view.model.data(view.model.index(labels.index("QUOTE"), 0), Qt.ItemDataRole.BackgroundRole) is None
    qtbot.mouseClick(view.pre_merge_button, Qt.MouseButton.LeftButton)
    assert gold() == ["QUOTE", "SPEAKER"]
    assert [r.type for r in ws.relations(doc) if r.annotator == GOLD] == ["said_by"]
    view.table.selectRow(cue_row)
    qtbot.mouseClick(view.take_button, Qt.MouseButton.LeftButton)
    assert gold() == ["CUE", "QUOTE", "SPEAKER"]
    cue_row = [view.model.row_at(view.model.index(r, 0)).label for r in range(view.model.rowCount())].index("CUE")
    view.table.selectRow(cue_row)
    qtbot.mouseClick(view.remove_button, Qt.MouseButton.LeftButton)
    assert gold() == ["QUOTE", "SPEAKER"]
    stack = team_window.controller.undo_stack
    stack.undo()
    assert gold() == ["CUE", "QUOTE", "SPEAKER"]
    stack.undo()
    stack.undo()
    assert gold() == []


def test_layer_menu_shows_one_layer(team_window) -> None:  # type: ignore[no-untyped-def]
    """Team › Show layer › ravi narrows the window to ravi's spans; All layers brings every one back."""
    team = team_window.team
    team.layer_menu.aboutToShow.emit()
    next(a for a in team.layer_menu.actions() if a.objectName() == "layer_ravi").trigger()
    assert {s.annotator for s in team_window.controller.spans} == {"ravi"}
    assert "layer: ravi" in team_window.annotator_label.text()
    team.overlay_menu.aboutToShow.emit()
    next(a for a in team.overlay_menu.actions() if a.objectName() == "overlay_asha").trigger()
    assert {s.annotator for s in team_window.controller.spans} == {"ravi", "asha"}
    asha_span = next(s for s in team_window.controller.spans if s.annotator == "asha")
    assert team_window.view._index.get(int(asha_span.id)).overlay  # drawn hatched, read-only
    team_window.view.viewport().grab()
    team.layer_menu.aboutToShow.emit()
    next(a for a in team.layer_menu.actions() if a.objectName() == "layer_all").trigger()
    assert len(team_window.controller.spans) == 5


def test_a_colleagues_edit_appears_within_seconds(team_window, qtbot, project: Path) -> None:  # type: ignore[no-untyped-def]
    """Another desktop adds a span; the open window shows it by itself (polling), no click needed,
    and keeps its own undo step, which still undoes."""
    c = team_window.controller
    mine = c.add_span("ADDRESSEE", (find(c.document.text, "विदेश मंत्री"),))
    assert mine is not None
    before = len(c.spans)
    with Workspace.open(project, annotator="mira") as mira:
        doc = mira.documents()[0].id
        mira.add_span(doc, "CLAIM", [find(mira.document(doc).text, "भारत-रूस साझेदारी")])
    qtbot.waitUntil(lambda: len(c.spans) == before + 1, timeout=6000)
    assert c.undo_stack.count() == 1
    c.undo_stack.undo()
    assert {s.annotator for s in c.spans if s.label in ("ADDRESSEE", "CLAIM")} == {"mira"}


def test_merge_brings_a_colleagues_project_in(team_window, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """File › Merge takes another project of the same article in the background: its layer
    arrives, reported in a box; merging again adds nothing."""
    from PySide6.QtWidgets import QMessageBox

    from storage.samples import seed_sample_project

    other = tmp_path / "mira.kathan"
    seed_sample_project(other, "mira")
    with Workspace.open(other, annotator="mira") as mira:
        doc = mira.documents()[0].id
        mira.add_span(doc, "CLAIM", [find(mira.document(doc).text, "भारत-रूस साझेदारी")])
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: shown.append(text))
    team = team_window.team
    with qtbot.waitSignal(team.sig_merge_finished, timeout=30_000) as merged:
        team.merge([str(other)])
    assert "layers added to 1 documents" in merged.args[0][0] and shown
    assert "mira" in {s.annotator for s in team_window.controller.spans}
    with qtbot.waitSignal(team.sig_merge_finished, timeout=30_000) as merged:
        team.merge([str(other), str(tmp_path / "missing.kathan")])
    assert merged.args[0][0].endswith("layers added to 0 documents")
    assert "not merged" in merged.args[0][1]


@pytest.fixture
def held_merge(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """mira's project (one CLAIM) and an event: a merge started in the window waits in its worker until it is set."""
    import threading

    from PySide6.QtWidgets import QMessageBox

    import storage.teams
    from storage.samples import seed_sample_project

    other = tmp_path / "mira.kathan"
    seed_sample_project(other, "mira")
    with Workspace.open(other, annotator="mira") as mira:
        doc = mira.documents()[0].id
        mira.add_span(doc, "CLAIM", [find(mira.document(doc).text, "भारत-रूस साझेदारी")])
    release = threading.Event()
    real = storage.teams.merge_project

    def held(target, source, progress=None):  # type: ignore[no-untyped-def]
        assert release.wait(20), "the test never let the merge go on"
        return real(target, source, progress)

    monkeypatch.setattr(storage.teams, "merge_project", held)
    monkeypatch.setattr(QMessageBox, "information", lambda *_: None)
    yield other, release
    release.set()


def test_the_window_answers_while_a_merge_runs(team_window, qtbot, held_merge) -> None:  # type: ignore[no-untyped-def]
    """While the merge is held up in its worker the window takes keys (Ctrl+Z undoes an edit), then the merge finishes."""
    from PySide6.QtCore import Qt

    other, release = held_merge
    c = team_window.controller
    assert c.add_span("ADDRESSEE", (find(c.document.text, "विदेश मंत्री"),)) is not None
    count = len(c.spans)
    team = team_window.team
    task = team.merge([str(other)])
    assert task is not None and team_window.tasks.busy()
    team_window.activateWindow()
    team_window.view.setFocus()
    qtbot.keyClick(team_window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(c.spans) == count - 1  # handled on the GUI thread while the worker waits
    with qtbot.waitSignal(team.sig_merge_finished, timeout=30_000) as merged:
        release.set()
    assert "layers added to 1 documents" in merged.args[0][0]
    assert "mira" in {s.annotator for s in c.spans}
    qtbot.waitUntil(lambda: not team_window.tasks.busy(), timeout=5000)


def test_cancelling_a_merge_leaves_the_project_as_it_was(team_window, qtbot, held_merge) -> None:  # type: ignore[no-untyped-def]
    """Cancel in the progress dialog while the merge waits: nothing of mira's arrives, and the window says so."""
    other, release = held_merge
    team = team_window.team
    task = team.merge([str(other)])
    assert task is not None
    task.dialog.canceled.emit()  # what the dialog's Cancel button sends
    with qtbot.waitSignal(team.sig_merge_finished, timeout=30_000) as merged:
        release.set()
    assert "cancelled" in merged.args[0][0]
    assert "mira" not in {s.annotator for s in team_window.controller.spans}
    assert "mira" not in {s.annotator for s in team_window.controller.workspace.spans(team_window.controller.document.id)}


def test_a_server_project_opens_and_its_password_is_not_remembered(qapp) -> None:  # type: ignore[no-untyped-def]
    """Opening a PostgreSQL URL with its password: the window's path, title and the remembered
    recent list hold no password."""
    from sqlalchemy.engine import make_url

    from gui.app import open_project
    from gui.settings import Settings
    from tests.conftest import POSTGRES, fresh_postgres

    if not POSTGRES:
        pytest.skip("set KATHAN_TEST_POSTGRES to a PostgreSQL URL to run")
    url = fresh_postgres("k_gui")
    Workspace.create(url, annotator="asha").close()
    secret = make_url(url).password
    settings = Settings()
    c = Controller()
    try:
        open_project(c, settings, url, ANNOTATOR)
        assert c.workspace is not None
        if secret:
            assert secret not in c.project_path
            assert all(secret not in p for p in settings.recent_projects)
            assert settings.recent_projects[0].startswith("postgresql")
    finally:
        c.close()
