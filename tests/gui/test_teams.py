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
