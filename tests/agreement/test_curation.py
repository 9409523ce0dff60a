"""Adjudication values: layers lined up span by span, pre-merge and take into gold."""

from __future__ import annotations

from kathan.curation import annotators_of, compare_layers, compare_relations, merge, pre_merge, take
from kathan.edits import AddSpans, DeleteSpans
from kathan.layers import GOLD
from kathan.model import AnnotatedDocument
from tests.agreement.test_agreement import Builder, at


def three_layers() -> AnnotatedDocument:
    """asha and ravi agree on a quote, its speaker and the said_by link; only asha marked a cue."""
    b = Builder()
    for who in ("asha", "ravi"):
        q = b.span(who, "QUOTE", at("we will open"), form="direct")
        s = b.span(who, "SPEAKER", at("Ravi"))
        b.link(who, "said_by", q, s)
    b.span("asha", "CUE", at("wrote"))
    b.span("ravi", "SPEAKER", at("Asha"))
    return b.build()


def test_compare_layers_says_who_has_each_span() -> None:
    """Each distinct (label, fragments) appears once, with every annotator who marked it."""
    aligned = compare_layers(three_layers())
    holders = {(a.label, a.fragments): a.holders() for a in aligned}
    assert holders[("QUOTE", (at("we will open"),))] == {"asha", "ravi"}
    assert holders[("CUE", (at("wrote"),))] == {"asha"}
    assert holders[("SPEAKER", (at("Asha"),))] == {"ravi"}
    assert [a.fragments[0][0] for a in aligned] == sorted(a.fragments[0][0] for a in aligned)


def test_pre_merge_takes_what_everyone_agrees_on() -> None:
    """Gold gets the shared quote and speaker and their said_by link, signed gold; not the cue."""
    edit = pre_merge(three_layers())
    assert edit is not None
    assert sorted((s.label, s.annotator) for s in edit.spans) == [("QUOTE", GOLD), ("SPEAKER", GOLD)]
    assert all(s.id < 0 for s in edit.spans)
    (link,) = edit.relations
    by_id = {s.id: s for s in edit.spans}
    assert (link.type, by_id[link.head].label, by_id[link.tail].label, link.annotator) == ("said_by", "QUOTE", "SPEAKER", GOLD)
    assert dict(by_id[link.head].attributes) == {"form": "direct"}


def test_pre_merge_leaves_out_spans_whose_attributes_differ_and_what_gold_has() -> None:
    """Different attribute values are no agreement; spans already in gold are not added twice."""
    b = Builder()
    b.span("asha", "QUOTE", at("we will open"), form="direct")
    b.span("ravi", "QUOTE", at("we will open"), form="indirect")
    b.span("asha", "SPEAKER", at("Ravi"))
    b.span("ravi", "SPEAKER", at("Ravi"))
    b.span(GOLD, "SPEAKER", at("Ravi"))
    assert pre_merge(b.build()) is None
    assert annotators_of(b.build()) == ["asha", "ravi"]


def test_take_copies_a_span_and_links_to_what_gold_holds() -> None:
    """Taking asha's cue into gold, with a cued_by link whose quote is already in gold, links to that gold quote."""
    b = Builder()
    gold_quote = b.span(GOLD, "QUOTE", at("we will open"))
    q = b.span("asha", "QUOTE", at("we will open"))
    cue = b.span("asha", "CUE", at("wrote"))
    b.link("asha", "cued_by", q, cue)
    doc = b.build()
    edit = take(doc, [s for s in doc.spans if s.id == cue])
    assert edit is not None
    (span,) = edit.spans
    assert (span.label, span.annotator, span.fragments) == ("CUE", GOLD, (at("wrote"),))
    (link,) = edit.relations
    assert (link.head, link.tail) == (gold_quote, span.id)
    assert take(doc, [s for s in doc.spans if s.id == gold_quote]) is None


def differing_quotes() -> AnnotatedDocument:
    """asha and ravi marked the same quote with different boundaries and forms, each linked to the same speaker."""
    b = Builder()
    for who, start in (("asha", "we"), ("ravi", "will")):
        q = b.span(who, "QUOTE", (at(start)[0], at("gates")[1]), form="direct" if who == "asha" else "indirect")
        s = b.span(who, "SPEAKER", at("Ravi"))
        b.link(who, "said_by", q, s)
    b.span(GOLD, "SPEAKER", at("Ravi"))
    return b.build()


def test_merge_makes_one_gold_span_of_two_takes() -> None:
    """The union of both quotes' boundaries, with the chosen one's label and attributes, linked to gold's speaker once."""
    doc = differing_quotes()
    quotes = [s for s in doc.spans if s.label == "QUOTE"]
    ravi = next(s for s in quotes if s.annotator == "ravi")
    edit = merge(doc, quotes, ravi)
    assert edit is not None and edit.description == "Merge 2 spans into gold as QUOTE"
    (add,) = edit.edits
    assert isinstance(add, AddSpans)
    (span,) = add.spans
    assert (span.label, span.annotator, span.fragments, dict(span.attributes)) == (
        "QUOTE", GOLD, ((at("we")[0], at("gates")[1]),), {"form": "indirect"}
    )
    gold_speaker = next(s.id for s in doc.spans if s.annotator == GOLD)
    assert [(r.type, r.head, r.tail, r.annotator) for r in add.relations] == [("said_by", span.id, gold_speaker, GOLD)]


def test_merge_replaces_a_gold_copy_and_keeps_its_links() -> None:
    """When gold already holds asha's quote (taken earlier, linked), merging it with ravi's replaces
    that copy; the link comes back on the merged span; merging what gold holds is nothing."""
    b = Builder()
    a = b.span("asha", "QUOTE", (at("we")[0], at("open")[1]))
    r = b.span("ravi", "QUOTE", (at("will")[0], at("gates")[1]))
    copy = b.span(GOLD, "QUOTE", (at("we")[0], at("open")[1]))
    speaker = b.span(GOLD, "SPEAKER", at("Ravi"))
    b.link(GOLD, "said_by", copy, speaker)
    doc = b.build()
    by_id = {s.id: s for s in doc.spans}
    edit = merge(doc, [by_id[a], by_id[r]], by_id[a])
    assert edit is not None
    delete, add = edit.edits
    assert isinstance(delete, DeleteSpans) and delete.ids == (copy,)
    assert isinstance(add, AddSpans) and add.spans[0].fragments == ((at("we")[0], at("gates")[1]),)
    assert [(rel.head, rel.tail) for rel in add.relations] == [(add.spans[0].id, speaker)]
    assert merge(doc, [by_id[copy]], by_id[copy]) is None


def test_compare_relations_says_who_drew_each_link() -> None:
    """A link is the same when its type and both ends' label and fragments are: asha and ravi agree
    on quote said_by Ravi; ravi alone links his other quote to the engineer."""
    from tests.agreement.test_agreement import two_annotators

    links = {(a.type, a.head[1], a.tail[1]): a for a in compare_relations(two_annotators())}
    shared = links[("said_by", ((at("the river")[0], at("fast")[1]),), (at("Asha"),))]
    assert set(shared.relations) == {"asha", "ravi"} and shared.agreed_by(["asha", "ravi"])
    engineer = links[("said_by", ((at("will")[0], at("gates")[1]),), (at("the engineer"),))]
    assert set(engineer.relations) == {"ravi"} and not engineer.agreed_by(["asha", "ravi"])
    assert ("same_as", (at("the engineer"),), (at("Ravi"),)) in links
