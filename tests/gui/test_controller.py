"""Every edit kind the window can make: applied, undone to the exact prior state, redone."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from gui.controller import Controller
from kathan.model import DocumentStatus
from storage import Workspace
from tests.gui.conftest import ANNOTATOR, find


@pytest.fixture
def controller(qapp, project: Path):  # type: ignore[no-untyped-def]
    c = Controller()
    c.open_workspace(Workspace.open(project, annotator=ANNOTATOR), str(project))
    text = c.document.text
    c.add_span("QUOTE", (find(text, "राजदूत @vkumar1969 ने मुलाकात की"),))
    c.add_span("SPEAKER", (find(text, "भारतीय दूतावास", "“"),))
    c.add_span("CUE", (find(text, "पोस्ट किया", "एक्स पर "),))
    yield c
    c.close()


def state(c: Controller):  # type: ignore[no-untyped-def]
    """Everything the project holds for the open document, timestamps included."""
    ws = c.workspace
    doc_id = c.document.id
    return ws.spans(doc_id), ws.relations(doc_id), ws.document(doc_id).status


def by_label(c: Controller, label: str):  # type: ignore[no-untyped-def]
    return next(s for s in c.spans if s.label == label)


EDITS: dict[str, Callable[[Controller], bool]] = {
    "add span": lambda c: c.add_span("CLAIM", (find(c.document.text, "भारत-रूस साझेदारी"),)),
    "delete span with its relation": lambda c: c.delete_spans([by_label(c, "SPEAKER").id]),
    "resize": lambda c: c.set_fragments(by_label(c, "SPEAKER").id, (find(c.document.text, "भारतीय दूतावास ने", "“"),)),
    "relabel": lambda c: c.relabel_span(by_label(c, "SPEAKER").id, "ADDRESSEE"),
    "add fragment": lambda c: c.add_fragment(by_label(c, "QUOTE").id, find(c.document.text, "आगे के कदमों", "लिए ")),
    "attribute": lambda c: c.set_attribute(by_label(c, "QUOTE").id, "form", "direct"),
    "note": lambda c: c.set_note(by_label(c, "QUOTE").id, "पोस्ट से"),
    "add relation": lambda c: c.add_relation("said_by", by_label(c, "QUOTE").id, by_label(c, "SPEAKER").id),
    "delete relation": lambda c: c.delete_relations([c.relations[0].id]),
    "status": lambda c: c.set_status(c.document.id, DocumentStatus.NEW, DocumentStatus.DONE),
    "label all": lambda c: c.label_all("SPEAKER", [find(c.document.text, "विनय कुमार"), find(c.document.text, "सर्गेई लावरोव")]),
}


@pytest.mark.parametrize("kind", list(EDITS))
def test_every_edit_kind_undoes_to_the_exact_prior_state_and_redoes(controller: Controller, kind: str) -> None:
    """Apply one edit, undo it: the project is exactly as before; redo: exactly as after."""
    c = controller
    if kind.startswith("delete"):
        c.add_relation("said_by", by_label(c, "QUOTE").id, by_label(c, "SPEAKER").id)
    c.undo_stack.clear()
    before = state(c)
    spans_before = c.spans
    assert EDITS[kind](c)
    after = state(c)
    assert after != before
    assert c.undo_stack.count() == 1
    c.undo_stack.undo()
    assert state(c) == before
    assert c.spans == spans_before  # the window's copy follows too
    c.undo_stack.redo()
    redone = state(c)
    # A redo re-applies the edit; ids come back the same, only "updated" times may move on.
    assert [(s.id, s.label, s.fragments, dict(s.attributes), s.note) for s in redone[0]] == [
        (s.id, s.label, s.fragments, dict(s.attributes), s.note) for s in after[0]
    ]
    assert [(r.id, r.type, r.head, r.tail) for r in redone[1]] == [(r.id, r.type, r.head, r.tail) for r in after[1]]
    assert redone[2] == after[2]


def test_a_refused_edit_leaves_no_undo_step(controller: Controller, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Relabelling a linked SPEAKER as CLAIM breaks said_by: refused, with a reason, nothing recorded."""
    c = controller
    c.add_relation("said_by", by_label(c, "QUOTE").id, by_label(c, "SPEAKER").id)
    steps = c.undo_stack.count()
    with qtbot.waitSignal(c.sig_edit_refused, timeout=2000) as blocker:
        assert not c.relabel_span(by_label(c, "SPEAKER").id, "CLAIM")
    assert blocker.args[0]
    assert c.undo_stack.count() == steps
    assert by_label(c, "SPEAKER")


def test_a_failing_write_leaves_no_undo_step_and_says_why(controller: Controller, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """If the database write fails (disk full, lock timeout), the step is not recorded and the user is told."""
    c = controller
    steps = c.undo_stack.count()
    spans = c.spans

    def fail(edit):  # type: ignore[no-untyped-def]
        raise OSError("disk full")

    monkeypatch.setattr(c.workspace, "apply", fail)
    with qtbot.waitSignal(c.sig_edit_refused, timeout=2000) as blocker:
        assert not c.add_span("CLAIM", (find(c.document.text, "विनय कुमार"),))
    assert "disk full" in blocker.args[0]
    assert c.undo_stack.count() == steps and c.spans == spans


def _second_document(c: Controller):  # type: ignore[no-untyped-def]
    from kathan.model import DocumentRecord

    (added,) = c.workspace.import_records([DocumentRecord(name="second", text="मंत्री ने कहा कि बातचीत अच्छी रही।")]).documents_added
    c.check_external()  # the import came from "elsewhere" as far as the window knows
    return added


UNDONE_ELSEWHERE: dict[str, Callable[[Controller], bool]] = {
    "add span": lambda c: c.add_span("CLAIM", (find(c.document.text, "भारत-रूस साझेदारी"),)),
    "delete span": lambda c: c.delete_spans([by_label(c, "CUE").id]),
    "add relation": lambda c: c.add_relation("said_by", by_label(c, "QUOTE").id, by_label(c, "SPEAKER").id),
    "delete relation": lambda c: c.delete_relations([c.relations[0].id]),
}


@pytest.mark.parametrize("kind", list(UNDONE_ELSEWHERE))
def test_undo_and_redo_from_another_document_show_the_document_they_change(controller: Controller, kind: str) -> None:
    """Undo (and redo) of an edit made in one document while another is open opens the edited
    document, so the change is never made out of sight; the window's copy matches the project."""
    c = controller
    second = _second_document(c)
    first = c.document.id
    if kind == "delete relation":
        c.add_relation("said_by", by_label(c, "QUOTE").id, by_label(c, "SPEAKER").id)
    assert UNDONE_ELSEWHERE[kind](c)
    edited = state(c)
    for step in (c.undo_stack.undo, c.undo_stack.redo):
        c.open_document(second)
        step()
        assert c.document.id == first, step.__name__
        assert c.spans == list(c.workspace.spans(first))
        assert c.relations == list(c.workspace.relations(first))
    assert [(s.id, s.label, s.fragments) for s in state(c)[0]] == [(s.id, s.label, s.fragments) for s in edited[0]]


def test_an_undo_refused_because_another_process_changed_the_span_reloads_the_window(controller: Controller, qtbot, project: Path) -> None:  # type: ignore[no-untyped-def]
    """Another process edits the span an undo would restore: the undo is refused with the reason,
    and the window reloads at once, so it shows the project as it is and the stale steps are gone."""
    c = controller
    quote = by_label(c, "QUOTE")
    assert c.set_attribute(quote.id, "form", "direct")
    with Workspace.open(project, annotator="other") as other:
        other.update_span(quote.id, note="बदला गया")
    with qtbot.waitSignal(c.sig_edit_refused, timeout=2000) as refused:
        c.undo_stack.undo()
    assert "changed elsewhere" in refused.args[0]
    qtbot.waitUntil(lambda: c.span(quote.id).note == "बदला गया", timeout=2000)
    assert c.spans == list(c.workspace.spans(c.document.id))
    assert c.undo_stack.count() == 0


def test_a_status_change_of_another_document_opens_nothing(controller: Controller) -> None:
    """Cycling the status of a row that is not open (Space in the document list), and undoing and
    redoing it, leaves the open document open."""
    c = controller
    second = _second_document(c)
    first = c.document.id
    assert c.set_status(second, DocumentStatus.NEW, DocumentStatus.DONE)
    for step in (c.undo_stack.undo, c.undo_stack.redo):
        assert c.document.id == first
        step()
    assert c.document.id == first
    assert c.workspace.document(second).status == DocumentStatus.DONE
