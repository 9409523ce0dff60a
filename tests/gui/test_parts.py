"""The GUI's parts on their own: the Qt-free selection and relation picking, undo step names,
and the one changes signal that says who made an edit."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from gui.article.relation_pick import RelationPick, partner_order
from gui.article.selection import CLICK_SLOP, NO_SPAN, Mark, Selection
from gui.controller import Controller
from gui.undo import StepContext, step_name
from kathan.edits import AddRelations, AddSpans, Batch, DeleteRelations, DeleteSpans, SetSuggestionStatus, UpdateSpan, new_relation, new_span
from kathan.model import DocumentId, Relation, RelationId, Span, SpanId, SuggestionStatus
from storage import Workspace
from tests.gui.conftest import ANNOTATOR, find


def mark(mark_id: int, extent: int, suggested: bool = False) -> Mark:
    return Mark(mark_id, suggested, 0, extent)


def test_a_click_takes_the_innermost_and_clicking_again_cycles_through_the_stack() -> None:
    selection = Selection()
    stack = [mark(1, 30), mark(2, 5), mark(9, 5, suggested=True)]
    taken = []
    for _ in range(4):
        selection.click((10, 10), stack)
        taken.append((selection.span, selection.suggestion))
    assert taken == [(2, NO_SPAN), (NO_SPAN, 9), (1, NO_SPAN), (2, NO_SPAN)]


def test_a_click_elsewhere_or_on_another_stack_starts_over() -> None:
    selection = Selection()
    stack = [mark(1, 30), mark(2, 5)]
    selection.click((10, 10), stack)
    selection.click((10 + CLICK_SLOP + 1, 10), stack)
    assert selection.span == 2
    selection.click((10, 10), [mark(1, 30)])
    assert selection.span == 1
    selection.click((10, 10), [])
    assert (selection.span, selection.suggestion) == (NO_SPAN, NO_SPAN)


def test_a_span_and_a_suggestion_are_never_selected_together() -> None:
    selection = Selection()
    selection.select_span(4)
    selection.select_suggestion(7)
    assert (selection.span, selection.suggestion) == (NO_SPAN, 7)
    selection.select_span(4)
    assert (selection.span, selection.suggestion) == (4, NO_SPAN)


@dataclass(frozen=True)
class Extent:
    id: int
    start: int
    end: int


def test_partners_are_ordered_by_gap_then_start() -> None:
    head = Extent(0, 100, 120)
    partners = [Extent(1, 300, 310), Extent(2, 90, 95), Extent(3, 125, 130), Extent(4, 110, 115), Extent(5, 60, 70)]
    assert [p.id for p in partner_order(head, partners)] == [4, 2, 3, 5, 1]


def test_tab_cycles_the_candidates_in_the_given_order_both_ways() -> None:
    pick = RelationPick()
    assert not pick.active and pick.cycle(1) == NO_SPAN
    pick.begin(1, [4, 2, 3])
    assert pick.active and pick.allows(2) and not pick.allows(1)
    assert [pick.cycle(1) for _ in range(4)] == [4, 2, 3, 4]
    assert pick.cycle(-1) == 3
    pick.end()
    assert not pick.active and pick.focus == NO_SPAN


TEXT = "मंत्री ने कहा कि बातचीत जारी रहेगी"
DOC = DocumentId(1)


def stored(span_id: int, label: str, phrase: str) -> Span:
    return Span(SpanId(span_id), DOC, label, (find(TEXT, phrase),))


def test_every_edit_kind_has_one_name_with_an_excerpt() -> None:
    quote = stored(1, "QUOTE", "बातचीत जारी रहेगी")
    speaker = stored(2, "SPEAKER", "मंत्री")
    relation = Relation(RelationId(5), DOC, "said_by", quote.id, speaker.id)
    context = StepContext(TEXT, {quote.id: quote, speaker.id: speaker}, {relation.id: relation}, {7: replace(quote, id=SpanId(7))})
    two = ((0, 6), (10, 13))
    names = {
        "add": step_name(AddSpans((new_span(DOC, "CUE", (find(TEXT, "कहा"),)),)), context),
        "delete": step_name(DeleteSpans((quote.id,)), context),
        "delete many": step_name(DeleteSpans((quote.id, speaker.id)), context),
        "relabel": step_name(UpdateSpan(quote, replace(quote, label="CLAIM")), context),
        "resize": step_name(UpdateSpan(quote, replace(quote, fragments=((16, 22),))), context),
        "fragment": step_name(UpdateSpan(speaker, replace(speaker, fragments=two)), context),
        "attribute": step_name(UpdateSpan(quote, replace(quote, attributes={"form": "direct"})), context),
        "note": step_name(UpdateSpan(quote, replace(quote, note="x")), context),
        "link": step_name(AddRelations((replace(new_relation("said_by", quote.id, speaker.id), document_id=DOC),)), context),
        "unlink": step_name(DeleteRelations((relation.id,)), context),
        "reject": step_name(SetSuggestionStatus((7,), SuggestionStatus.OPEN, SuggestionStatus.REJECTED), context),
        "accept": step_name(
            Batch((SetSuggestionStatus((7,), SuggestionStatus.OPEN, SuggestionStatus.ACCEPTED),), "Accept QUOTE"), context
        ),
        "label all": step_name(Batch((), "Label 3 matches as CUE"), context),
    }
    assert names == {
        "add": "Add CUE “कहा”",
        "delete": "Delete QUOTE “बातचीत जारी रहेगी”",
        "delete many": "Delete 2 spans",
        "relabel": "Relabel QUOTE as CLAIM “बातचीत जारी रहेगी”",
        "resize": "Resize QUOTE “बातचीत जारी रहेगी”",
        "fragment": "Add fragment to SPEAKER “मंत्री … कहा”",
        "attribute": "Set form = direct on QUOTE",
        "note": "Edit note of QUOTE “बातचीत जारी रहेगी”",
        "link": "Link QUOTE “बातचीत जारी…” said_by SPEAKER",
        "unlink": "Delete relation said_by",
        "reject": "Reject QUOTE “बातचीत जारी रहेगी”",
        "accept": "Accept QUOTE “बातचीत जारी रहेगी”",
        "label all": "Label 3 matches as CUE",
    }


@pytest.fixture
def controller(qapp, project: Path):  # type: ignore[no-untyped-def]
    c = Controller()
    c.open_workspace(Workspace.open(project, annotator=ANNOTATOR), str(project))
    yield c
    c.close()


def test_push_returns_the_changes_and_the_signal_names_who_asked(controller: Controller) -> None:
    """The part that made an edit gets its Changes back and sees itself as the origin; undo and redo carry none."""
    seen: list[tuple[object, object]] = []
    controller.sig_changes_applied.connect(lambda changes, origin: seen.append((changes, origin)))
    me = object()
    changes = controller.add_span("SPEAKER", (find(controller.document.text, "भारतीय दूतावास", "“"),), origin=me)
    assert changes is not None and [s.label for s in changes.spans_added] == ["SPEAKER"]
    assert seen == [(changes, me)]
    controller.undo_stack.undo()
    controller.undo_stack.redo()
    assert [origin for _changes, origin in seen] == [me, None, None]
    assert controller.undo_stack.undoText().startswith("Add SPEAKER “भारतीय दूतावास”")


def test_a_refused_edit_returns_none(controller: Controller) -> None:
    assert controller.add_span("NOT_A_LABEL", ((0, 3),)) is None
    assert controller.undo_stack.count() == 0
