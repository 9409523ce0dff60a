"""Suggestions kept apart from annotations: stored, shown, accepted (undoably) or rejected for good."""

from __future__ import annotations

import pytest

from kathan.edits import Batch, SetSuggestionStatus
from kathan.model import DocumentId, Origin, SuggestionStatus
from kathan.suggest import SuggestedLink, Suggestion
from storage import ConflictError, RelationError, SpanError, Workspace
from tests.storage.conftest import snapshot

Words = list[tuple[int, int]]


@pytest.fixture
def proposed(words: Words) -> list[Suggestion]:
    return [
        Suggestion("q", "QUOTE", (words[10],), 0.9, {"form": "indirect"}, (SuggestedLink("said_by", "s"),), rule="ki"),
        Suggestion("s", "SPEAKER", (words[2],), 0.8, rule="ne"),
        Suggestion("c", "CUE", (words[12],), 0.7),
    ]


def test_suggestions_are_stored_apart_from_annotations(ws: Workspace, doc_id: DocumentId, proposed: list[Suggestion]) -> None:
    assert ws.store_suggestions(doc_id, "hindi-rules", proposed) == 3
    assert ws.spans(doc_id) == ()
    shown = ws.suggestions(doc_id)
    assert [s.label for s in shown] == ["SPEAKER", "QUOTE", "CUE"]
    quote = shown[1]
    assert (quote.origin, quote.annotator, dict(quote.attributes)) == (Origin.SUGGESTED, "hindi-rules", {"form": "indirect"})
    assert quote.note == "confidence 0.90; ki"
    (link,) = ws.suggested_relations(doc_id)
    assert (link.type, link.head, link.tail) == ("said_by", quote.id, shown[0].id)
    (exported,) = list(ws.iter_suggested())
    assert exported.spans == shown and exported.relations == (link,)


def test_running_a_suggester_again_replaces_its_open_suggestions(
    ws: Workspace, doc_id: DocumentId, proposed: list[Suggestion]
) -> None:
    ws.store_suggestions(doc_id, "hindi-rules", proposed)
    ws.store_suggestions(doc_id, "hindi-rules", proposed[:2])
    assert len(ws.suggestions(doc_id)) == 2


def test_a_suggestion_that_does_not_fit_is_refused(ws: Workspace, doc_id: DocumentId, proposed: list[Suggestion]) -> None:
    bad = Suggestion("x", "NOPE", ((0, 3),), 0.5)
    with pytest.raises(SpanError, match="suggestion x"):
        ws.store_suggestions(doc_id, "hindi-rules", [*proposed, bad])
    assert ws.suggestions(doc_id) == ()


def test_a_link_the_schema_does_not_allow_is_refused(ws: Workspace, doc_id: DocumentId, proposed: list[Suggestion]) -> None:
    backwards = Suggestion("s2", "SPEAKER", proposed[1].fragments, 0.5, links=(SuggestedLink("said_by", "q"),))
    with pytest.raises(RelationError, match="does not allow SPEAKER -> QUOTE"):
        ws.store_suggestions(doc_id, "hindi-rules", [*proposed, backwards])
    dangling = Suggestion("s3", "QUOTE", proposed[0].fragments, 0.5, links=(SuggestedLink("said_by", "nobody"),))
    with pytest.raises(RelationError, match="did not suggest"):
        ws.store_suggestions(doc_id, "hindi-rules", [dangling])
    assert ws.suggestions(doc_id) == ()


def test_accepting_makes_spans_and_relations_and_undo_reopens(
    ws: Workspace, doc_id: DocumentId, proposed: list[Suggestion]
) -> None:
    ws.store_suggestions(doc_id, "hindi-rules", proposed)
    speaker, quote, _ = ws.suggestions(doc_id)
    before = snapshot(ws)
    edit = ws.acceptance([quote.id, speaker.id])
    assert isinstance(edit, Batch)
    changes, undo = ws.apply(edit)
    assert changes.suggestions_updated == (quote.id, speaker.id)
    made = {s.label: s for s in ws.spans(doc_id)}
    assert set(made) == {"QUOTE", "SPEAKER"}
    assert made["QUOTE"].origin == Origin.SUGGESTED and made["QUOTE"].annotator == "asha"
    (relation,) = ws.relations(doc_id)
    assert (relation.type, relation.head, relation.tail) == ("said_by", made["QUOTE"].id, made["SPEAKER"].id)
    assert [s.label for s in ws.suggestions(doc_id)] == ["CUE"]
    _, redo = ws.apply(undo)
    assert snapshot(ws) == before
    assert len(ws.suggestions(doc_id)) == 3
    ws.apply(redo)
    assert {s.id for s in ws.spans(doc_id)} == {s.id for s in made.values()}


def test_accepting_links_to_a_suggestion_accepted_earlier(ws: Workspace, doc_id: DocumentId, proposed: list[Suggestion]) -> None:
    ws.store_suggestions(doc_id, "hindi-rules", proposed)
    speaker, quote, _ = ws.suggestions(doc_id)
    ws.accept_suggestions([speaker.id])
    ws.accept_suggestions([quote.id])
    (relation,) = ws.relations(doc_id)
    assert relation.type == "said_by"
    with pytest.raises(ConflictError, match="already accepted"):
        ws.accept_suggestions([quote.id])


def test_rejected_suggestions_do_not_come_back(ws: Workspace, doc_id: DocumentId, proposed: list[Suggestion]) -> None:
    ws.store_suggestions(doc_id, "hindi-rules", proposed)
    _, quote, cue = ws.suggestions(doc_id)
    ws.reject_suggestions([cue.id])
    ws.accept_suggestions([quote.id])
    assert ws.store_suggestions(doc_id, "hindi-rules", proposed) == 1
    assert [s.label for s in ws.suggestions(doc_id)] == ["SPEAKER"]
    statuses = {s.label: s.note for s in next(ws.iter_suggested([doc_id])).spans}
    assert statuses["CUE"].endswith(SuggestionStatus.REJECTED.value)
    assert next(ws.iter_suggested([doc_id], open_only=True)).spans == ws.suggestions(doc_id)


def test_reject_undo_redo(ws: Workspace, doc_id: DocumentId, proposed: list[Suggestion]) -> None:
    ws.store_suggestions(doc_id, "hindi-rules", proposed)
    ids = [s.id for s in ws.suggestions(doc_id)]
    assert ws.acceptance(ids[:1]).description.startswith("Accept")
    _, undo = ws.apply(SetSuggestionStatus(tuple(ids), SuggestionStatus.OPEN, SuggestionStatus.REJECTED))
    assert ws.suggestions(doc_id) == ()
    _, redo = ws.apply(undo)
    assert [s.id for s in ws.suggestions(doc_id)] == ids
    ws.apply(redo)
    assert ws.suggestions(doc_id) == ()


def test_a_link_reaches_an_accepted_span_that_was_resized_since(ws: Workspace, doc_id: DocumentId, proposed: list[Suggestion], words: Words) -> None:
    """Accept a quote, fix its boundary (Shift+Enter's purpose), then accept its speaker: the
    suggested said_by link still joins them."""
    ws.store_suggestions(doc_id, "hindi-rules", proposed)
    speaker, quote, _ = ws.suggestions(doc_id)
    ws.accept_suggestions([quote.id])
    (made,) = ws.spans(doc_id)
    ws.update_span(made.id, fragments=[(words[9][0], words[10][1])])
    ws.accept_suggestions([speaker.id])
    (relation,) = ws.relations(doc_id)
    assert (relation.type, relation.head) == ("said_by", made.id)


def test_a_link_never_reaches_the_span_of_another_accepted_suggestion(
    ws: Workspace, doc_id: DocumentId, words: Words
) -> None:
    """An accepted quote deleted since is not replaced by another accepted quote it overlapped."""
    proposed = [
        Suggestion("q1", "QUOTE", ((words[9][0], words[10][1]),), 0.9, links=(SuggestedLink("said_by", "s"),)),
        Suggestion("q2", "QUOTE", (words[10],), 0.9),
        Suggestion("s", "SPEAKER", (words[2],), 0.8),
    ]
    ws.store_suggestions(doc_id, "hindi-rules", proposed)
    shown = {s.fragments: s for s in ws.suggestions(doc_id)}
    speaker, q1, q2 = (shown[p.fragments] for p in (proposed[2], proposed[0], proposed[1]))
    ws.accept_suggestions([q1.id, q2.id])
    first = next(s for s in ws.spans(doc_id) if s.fragments == q1.fragments)
    ws.delete_spans([first.id])
    ws.accept_suggestions([speaker.id])
    assert ws.relations(doc_id) == ()


def test_accepting_a_suggestion_already_annotated_by_hand_adds_no_duplicate(
    ws: Workspace, doc_id: DocumentId, proposed: list[Suggestion]
) -> None:
    """A span made by hand after the suggestions were stored, with the same label and fragments:
    accepting the suggestion marks it accepted and links the existing span, without a twin; undo
    takes back exactly the link and the status."""
    ws.store_suggestions(doc_id, "hindi-rules", proposed)
    speaker, quote, _ = ws.suggestions(doc_id)
    ws.add_span(doc_id, "SPEAKER", speaker.fragments)
    (by_hand,) = ws.spans(doc_id)
    before = snapshot(ws)
    _, undo = ws.apply(ws.acceptance([quote.id, speaker.id]))
    assert sorted(s.label for s in ws.spans(doc_id)) == ["QUOTE", "SPEAKER"]
    (relation,) = ws.relations(doc_id)
    assert relation.tail == by_hand.id
    assert ws.suggestions(doc_id)[0].label == "CUE"
    ws.apply(undo)
    assert snapshot(ws) == before


def test_accepting_into_the_gold_layer_signs_gold_and_leaves_other_layers_alone(
    ws: Workspace, doc_id: DocumentId, proposed: list[Suggestion]
) -> None:
    """Accepted into ``gold``: the span is gold; an annotator's span of the same shape is not reused
    and a speaker accepted into her layer is not linked; a speaker accepted into gold is."""
    ws.store_suggestions(doc_id, "hindi-rules", proposed)
    speaker, quote, _ = ws.suggestions(doc_id)
    mine = ws.add_span(doc_id, "QUOTE", quote.fragments).spans_added[0]
    _, undo_speaker = ws.apply(ws.acceptance([speaker.id]))  # into asha's layer
    _, undo_quote = ws.apply(ws.acceptance([quote.id], layer="gold"))
    gold = [s for s in ws.spans(doc_id) if s.annotator == "gold"]
    assert [s.label for s in gold] == ["QUOTE"] and gold[0].id != mine.id
    assert gold[0].origin == Origin.SUGGESTED
    assert ws.relations(doc_id) == ()
    ws.apply(undo_quote)
    ws.apply(undo_speaker)
    ws.apply(ws.acceptance([speaker.id], layer="gold"))
    ws.apply(ws.acceptance([quote.id], layer="gold"))
    gold = {s.label: s for s in ws.spans(doc_id) if s.annotator == "gold"}
    (relation,) = ws.relations(doc_id)
    assert (relation.annotator, relation.head, relation.tail) == ("gold", gold["QUOTE"].id, gold["SPEAKER"].id)
