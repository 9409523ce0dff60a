"""Edits as values: applying one returns its inverse; undo restores the exact state, redo the same ids."""

from __future__ import annotations

from dataclasses import replace

import pytest

from kathan.edits import (
    AddRelations,
    AddSpans,
    Batch,
    DeleteRelations,
    DeleteSpans,
    Edit,
    SetStatus,
    UpdateSpan,
    new_relation,
    new_span,
)
from kathan.model import DocumentId, DocumentStatus, Span
from storage import ConflictError, SpanError, Workspace
from tests.storage.conftest import Snapshot, snapshot

Words = list[tuple[int, int]]


@pytest.fixture
def linked(ws: Workspace, doc_id: DocumentId, words: Words) -> tuple[Span, Span, Span]:
    """A QUOTE said by a SPEAKER and cued by a CUE, with attributes and a note."""
    quote = ws.add_span(doc_id, "QUOTE", [words[10], words[14]], {"form": "direct"}, note="two parts").spans_added[0]
    speaker = ws.add_span(doc_id, "SPEAKER", [words[2]], {"kind": "official"}).spans_added[0]
    cue = ws.add_span(doc_id, "CUE", [words[12]]).spans_added[0]
    ws.add_relation("said_by", quote.id, speaker.id)
    ws.add_relation("cued_by", quote.id, cue.id)
    return quote, speaker, cue


def undo_redo(ws: Workspace, edit: Edit) -> tuple[Snapshot, Snapshot]:
    """Apply, undo (checking the exact prior state), redo; returns the states after apply and after redo."""
    before = snapshot(ws)
    _, inverse = ws.apply(edit)
    after = snapshot(ws)
    assert after != before
    _, redo = ws.apply(inverse)
    assert snapshot(ws) == before
    ws.apply(redo)
    return after, snapshot(ws)


def test_add_spans_undo_redo(ws: Workspace, doc_id: DocumentId, words: Words, linked: tuple[Span, Span, Span]) -> None:
    """Adding a new span and undoing removes it; redo brings it back with the same id."""
    quote, speaker, _ = linked
    edit = AddSpans(
        (new_span(doc_id, "QUOTE", [words[30]], {"form": "indirect"}),),
    )
    after, redone = undo_redo(ws, edit)
    assert after == redone


def test_add_spans_with_relations_to_existing_spans_undo_redo(
    ws: Workspace, doc_id: DocumentId, words: Words, linked: tuple[Span, Span, Span]
) -> None:
    """Relations that link only spans already stored are undone too, not left behind."""
    quote, speaker, _ = linked
    edit = AddSpans(
        (new_span(doc_id, "ADDRESSEE", [words[40]]),),
        (new_relation("relayed_via", quote.id, speaker.id),),
    )
    changes, inverse = ws.apply(edit)
    assert len(changes.spans_added) == 1 and len(changes.relations_added) == 1
    assert isinstance(inverse, Batch)
    ws.apply(inverse)
    assert [r.type for r in ws.relations(doc_id)] == ["said_by", "cued_by"]


def test_delete_spans_undo_restores_ids_attributes_relations(
    ws: Workspace, doc_id: DocumentId, linked: tuple[Span, Span, Span]
) -> None:
    quote, speaker, _ = linked
    before = snapshot(ws)
    changes, inverse = ws.apply(DeleteSpans((quote.id,)))
    assert changes.spans_removed == (quote.id,) and len(changes.relations_removed) == 2
    assert isinstance(inverse, AddSpans) and len(inverse.relations) == 2
    restore, _ = ws.apply(inverse)
    assert restore.spans_added == (quote,)
    assert snapshot(ws) == before
    after, redone = undo_redo(ws, DeleteSpans((quote.id, speaker.id)))
    assert after == redone


def test_update_span_undo_redo(ws: Workspace, linked: tuple[Span, Span, Span], words: Words) -> None:
    quote, _, _ = linked
    after = replace(quote, fragments=(words[10],), attributes={"form": "indirect"}, note="", updated=None)
    first, redone = undo_redo(ws, UpdateSpan(quote, after))
    assert first == redone


def test_relabel_undo_redo(ws: Workspace, doc_id: DocumentId, words: Words) -> None:
    span = ws.add_span(doc_id, "CLAIM", [words[3]], {"checkworthy": "yes"}).spans_added[0]
    undo_redo(ws, UpdateSpan(span, replace(span, label="QUOTE", attributes={}, updated=None)))


def test_update_of_a_span_changed_elsewhere_is_refused(ws: Workspace, linked: tuple[Span, Span, Span]) -> None:
    """An UpdateSpan whose 'before' is stale (another window edited) is refused, changing nothing."""
    quote, _, _ = linked
    ws.update_span(quote.id, note="edited elsewhere")
    before = snapshot(ws)
    with pytest.raises(ConflictError):
        ws.apply(UpdateSpan(quote, replace(quote, note="mine")))
    assert snapshot(ws) == before


def test_add_relations_undo_redo(ws: Workspace, linked: tuple[Span, Span, Span]) -> None:
    quote, speaker, _ = linked
    first, redone = undo_redo(ws, AddRelations((new_relation("relayed_via", quote.id, speaker.id),)))
    assert first == redone


def test_delete_relations_undo_redo(ws: Workspace, doc_id: DocumentId, linked: tuple[Span, Span, Span]) -> None:
    ids = tuple(r.id for r in ws.relations(doc_id))
    first, redone = undo_redo(ws, DeleteRelations(ids))
    assert first == redone


def test_set_status_undo_redo(ws: Workspace, doc_id: DocumentId) -> None:
    undo_redo(ws, SetStatus(doc_id, DocumentStatus.NEW, DocumentStatus.DONE))
    assert ws.document(doc_id).status == DocumentStatus.DONE
    with pytest.raises(ConflictError):
        ws.apply(SetStatus(doc_id, DocumentStatus.NEW, DocumentStatus.IN_PROGRESS))


def test_batch_undo_redo(ws: Workspace, doc_id: DocumentId, words: Words, linked: tuple[Span, Span, Span]) -> None:
    quote, speaker, cue = linked
    edit = Batch(
        (
            AddSpans((new_span(doc_id, "QUOTE", [words[50]]), new_span(doc_id, "QUOTE", [words[52]]))),
            DeleteSpans((cue.id,)),
            UpdateSpan(speaker, replace(speaker, attributes={"kind": "person"}, updated=None)),
            SetStatus(doc_id, DocumentStatus.NEW, DocumentStatus.IN_PROGRESS),
        ),
        text="Label all matches",
    )
    first, redone = undo_redo(ws, edit)
    assert first == redone
    assert edit.description == "Label all matches"


def test_a_failing_batch_changes_nothing(ws: Workspace, doc_id: DocumentId, words: Words, linked: tuple[Span, Span, Span]) -> None:
    """One refused edit in a Batch rolls back the edits before it."""
    before = snapshot(ws)
    bad = Batch(
        (
            AddSpans((new_span(doc_id, "QUOTE", [words[50]]),)),
            DeleteSpans((linked[2].id,)),
            AddSpans((new_span(doc_id, "NOPE", [words[52]]),)),
        )
    )
    with pytest.raises(SpanError):
        ws.apply(bad)
    assert snapshot(ws) == before


def test_restoring_a_span_whose_id_is_taken_is_refused(ws: Workspace, linked: tuple[Span, Span, Span]) -> None:
    quote, _, _ = linked
    with pytest.raises(ConflictError):
        ws.apply(AddSpans((quote,)))


def test_ids_of_deleted_spans_are_never_reused(ws: Workspace, doc_id: DocumentId, words: Words) -> None:
    """Undo in one window must still find a deleted span's id free after another window added spans."""
    span = ws.add_span(doc_id, "QUOTE", [words[1]]).spans_added[0]
    _, undo = ws.apply(DeleteSpans((span.id,)))
    other = ws.add_span(doc_id, "QUOTE", [words[3]]).spans_added[0]
    assert other.id > span.id
    ws.apply(undo)
    assert {s.id for s in ws.spans(doc_id)} == {span.id, other.id}


def test_descriptions_name_the_edit(doc_id: DocumentId, words: Words) -> None:
    span = new_span(doc_id, "QUOTE", [words[1]])
    assert AddSpans((span,)).description == "Add QUOTE"
    assert DeleteSpans((1, 2)).description == "Delete 2 spans"  # type: ignore[arg-type]
    assert UpdateSpan(span, replace(span, label="CLAIM")).description == "Relabel QUOTE as CLAIM"
    assert SetStatus(doc_id, DocumentStatus.NEW, DocumentStatus.DONE).description == "Mark document done"


def test_new_spans_and_their_relations_in_one_edit(ws: Workspace, doc_id: DocumentId, words: Words) -> None:
    """Negative ids are placeholders: relations of the same AddSpans may link the spans it creates."""
    quote = replace(new_span(doc_id, "QUOTE", [words[20]]), id=-1)
    speaker = replace(new_span(doc_id, "SPEAKER", [words[18]]), id=-2)
    edit = AddSpans((quote, speaker), (new_relation("said_by", -1, -2),))
    changes, undo = ws.apply(edit)
    made_quote, made_speaker = changes.spans_added
    assert made_quote.id > 0 and made_speaker.id > 0
    (relation,) = changes.relations_added
    assert (relation.head, relation.tail) == (made_quote.id, made_speaker.id)
    assert ws.relations(doc_id) == (relation,)
    ws.apply(undo)
    assert ws.spans(doc_id) == () and ws.relations(doc_id) == ()
    with pytest.raises(SpanError, match="placeholder"):
        ws.apply(AddSpans((quote, replace(speaker, id=-1))))
