"""P/R/F1 per label and for said_by links, exact and overlap, on small hand-made gold."""

from __future__ import annotations

import pytest

from kathan.evaluate import Match, Score, annotated_from_record, evaluate, match_spans
from kathan.model import (
    AnnotatedDocument,
    Document,
    DocumentId,
    DocumentRecord,
    Relation,
    RelationId,
    RelationRecord,
    Span,
    SpanId,
    SpanRecord,
)

TEXT = "मंत्री ने कहा कि सड़कें जल्द बनेंगी। सचिव ने बताया कि पैसा आ गया है।"


def doc(name: str = "a") -> Document:
    return Document(DocumentId(1), name, "", TEXT, "0" * 64)


def annotated(spans: list[tuple[str, tuple[tuple[int, int], ...]]], links: list[tuple[int, int]] = (), name: str = "a"):
    made = tuple(Span(SpanId(i), DocumentId(1), label, fragments) for i, (label, fragments) in enumerate(spans, start=1))
    relations = tuple(
        Relation(RelationId(n), DocumentId(1), "said_by", SpanId(h), SpanId(t)) for n, (h, t) in enumerate(links, start=1)
    )
    return AnnotatedDocument(doc(name), made, relations)


GOLD = annotated(
    [
        ("SPEAKER", ((0, 6),)),
        ("CUE", ((10, 13),)),
        ("QUOTE", ((17, 37),)),
        ("SPEAKER", ((38, 42),)),
        ("QUOTE", ((55, 70),)),
    ],
    [(3, 1), (5, 4)],
)


def test_perfect_prediction_scores_one():
    report = evaluate([GOLD], [GOLD], "exact")
    assert all(s.f1 == 1.0 for s in report.labels.values())
    assert report.links["said_by"].f1 == 1.0


def test_exact_versus_overlap():
    pred = annotated(
        [
            ("SPEAKER", ((0, 6),)),
            ("CUE", ((10, 13),)),
            ("QUOTE", ((14, 37),)),
            ("SPEAKER", ((38, 42),)),
        ],
        [(3, 1), (3, 4)],
    )
    exact = evaluate([pred], [GOLD], Match.EXACT)
    assert exact.labels["QUOTE"] == Score(0, 1, 2)
    assert exact.labels["SPEAKER"] == Score(2, 2, 2)
    assert exact.links["said_by"] == Score(0, 2, 2)
    overlap = evaluate([pred], [GOLD], "overlap")
    assert overlap.labels["QUOTE"] == Score(1, 1, 2)
    assert overlap.labels["QUOTE"].precision == 1.0 and overlap.labels["QUOTE"].recall == 0.5
    assert overlap.labels["QUOTE"].f1 == pytest.approx(2 / 3)
    assert overlap.links["said_by"] == Score(1, 2, 2), "a link needs both ends right"


def test_overlap_is_one_to_one_and_needs_the_same_label():
    pred = annotated([("QUOTE", ((17, 25),)), ("QUOTE", ((26, 37),)), ("SPEAKER", ((55, 60),))])
    report = evaluate([pred], [GOLD], "overlap")
    assert report.labels["QUOTE"] == Score(1, 2, 2)
    assert report.labels["SPEAKER"] == Score(0, 1, 2)


def test_greedy_matching_prefers_the_larger_overlap():
    pred = [Span(SpanId(1), DocumentId(1), "QUOTE", ((30, 60),))]
    gold = [Span(SpanId(1), DocumentId(1), "QUOTE", ((17, 37),)), Span(SpanId(2), DocumentId(1), "QUOTE", ((40, 70),))]
    assert match_spans(pred, gold, "overlap") == {SpanId(1): SpanId(2)}


def test_discontinuous_spans_overlap_by_any_fragment():
    gold = annotated([("QUOTE", ((17, 20), (55, 70)))])
    pred = annotated([("QUOTE", ((60, 65),))])
    assert evaluate([pred], [gold], "overlap").labels["QUOTE"].true_positives == 1
    assert evaluate([pred], [gold], "exact").labels["QUOTE"].true_positives == 0


def test_missing_prediction_counts_as_empty_and_is_reported():
    report = evaluate([], [GOLD], "overlap")
    assert report.labels["QUOTE"] == Score(0, 0, 2)
    assert report.unmatched_documents == ("a",)
    assert report.labels["QUOTE"].f1 == 0.0
    assert "no prediction for: a" in report.format_table()


def test_documents_pair_by_name():
    other = annotated([("QUOTE", ((17, 37),))], name="b")
    report = evaluate([other], [GOLD], "overlap")
    assert report.labels["QUOTE"].true_positives == 0
    assert report.ignored_documents == ("b",)


def test_table_lists_labels_and_links():
    table = evaluate([GOLD], [GOLD], "overlap", labels=["QUOTE", "SPEAKER", "CUE"]).format_table()
    lines = table.splitlines()
    assert lines[0] == "match: overlap  documents: 1"
    assert [line.split()[0] for line in lines[3:6]] == ["QUOTE", "SPEAKER", "CUE"]
    assert any(line.startswith("link said_by") and line.rstrip().endswith("1.000") for line in lines)


def test_unknown_match_mode_is_refused():
    with pytest.raises(ValueError):
        evaluate([GOLD], [GOLD], "fuzzy")


def test_gold_records_compare_like_annotated_documents():
    record = DocumentRecord(
        name="a",
        text=TEXT,
        spans=(
            SpanRecord("T2", "QUOTE", ((17, 37),)),
            SpanRecord("T1", "SPEAKER", ((0, 6),)),
        ),
        relations=(RelationRecord("R1", "said_by", "T2", "T1"), RelationRecord("R2", "said_by", "T2", "T9")),
    )
    gold = annotated_from_record(record)
    assert [s.label for s in gold.spans] == ["SPEAKER", "QUOTE"]
    assert len(gold.relations) == 1
    pred = annotated([("SPEAKER", ((0, 6),)), ("QUOTE", ((20, 30),))], [(2, 1)])
    report = evaluate([pred], [gold], "overlap")
    assert report.links["said_by"] == Score(1, 1, 1)


def test_a_gold_document_with_another_text_is_refused() -> None:
    """Offsets only compare over the same text: a gold document whose text differs from the
    predicted one of the same name (another edition, CRLF kept) is refused, naming it."""
    from dataclasses import replace

    from kathan.model import KathanError

    other = replace(GOLD, document=replace(GOLD.document, text=TEXT.replace("मंत्री", "मंत्रीजी")))
    with pytest.raises(KathanError, match="'a'.*differs"):
        evaluate([GOLD], [other])
