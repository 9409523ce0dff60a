"""Agreement between annotators' layers: span P/R/F1, token coefficients, αU, attribution, breakdowns."""

from __future__ import annotations

import csv
import io
import json

import pytest

from kathan.agreement import agree
from kathan.layers import GOLD, layers_of
from kathan.model import AnnotatedDocument, Document, DocumentId, Relation, RelationId, Span, SpanId
from kathan.reliability import Continuum, cohen_kappa, unitizing_alpha

TEXT = "Asha said that the river is rising fast. Ravi, the engineer, wrote: we will open the gates."
#       0         1         2         3         4         5         6         7         8         9


def at(word: str, nth: int = 0, text: str = TEXT) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return (start, start + len(word))


class Builder:
    """Spans and relations signed by several annotators on one document, with fresh ids."""

    def __init__(self, name: str = "d1", text: str = TEXT, doc_id: int = 1) -> None:
        self.document = Document(DocumentId(doc_id), name, name, text, "0" * 64)
        self.spans: list[Span] = []
        self.relations: list[Relation] = []
        self._next = doc_id * 1000

    def span(self, who: str, label: str, piece: tuple[int, int], **attributes: str) -> SpanId:
        self._next += 1
        self.spans.append(Span(SpanId(self._next), self.document.id, label, (piece,), attributes, "", who))
        return SpanId(self._next)

    def link(self, who: str, type_: str, head: SpanId, tail: SpanId) -> None:
        self._next += 1
        self.relations.append(Relation(RelationId(self._next), self.document.id, type_, head, tail, {}, who))

    def build(self) -> AnnotatedDocument:
        return AnnotatedDocument(self.document, tuple(sorted(self.spans, key=lambda s: (s.start, s.end, s.id))), tuple(self.relations))


def two_annotators() -> AnnotatedDocument:
    """asha and ravi agree on one quote exactly, overlap on the second, and differ on the speakers."""
    b = Builder()
    quote1 = (at("the river")[0], at("fast")[1])
    quote2 = (at("we")[0], at("gates")[1])
    qa1 = b.span("asha", "QUOTE", quote1, form="indirect", medium="speech")
    qa2 = b.span("asha", "QUOTE", quote2, form="direct", medium="writing")
    sa1 = b.span("asha", "SPEAKER", at("Asha"))
    sa2 = b.span("asha", "SPEAKER", at("Ravi"))
    b.link("asha", "said_by", qa1, sa1)
    b.link("asha", "said_by", qa2, sa2)
    qr1 = b.span("ravi", "QUOTE", quote1, form="indirect", medium="speech")
    qr2 = b.span("ravi", "QUOTE", (at("will")[0], at("gates")[1]), form="direct", medium="speech")
    sr1 = b.span("ravi", "SPEAKER", at("Asha"))
    sr2 = b.span("ravi", "SPEAKER", at("the engineer"))
    sr3 = b.span("ravi", "SPEAKER", at("Ravi"))
    b.link("ravi", "said_by", qr1, sr1)
    b.link("ravi", "said_by", qr2, sr2)
    b.link("ravi", "same_as", sr2, sr3)
    return b.build()


def test_layers_split_a_document_by_annotator() -> None:
    """Each annotator's spans and relations form their layer; nothing is shared between layers."""
    layers = layers_of(two_annotators())
    assert list(layers) == ["asha", "ravi"]
    assert len(layers["asha"].spans) == 4 and len(layers["ravi"].spans) == 5
    assert len(layers["asha"].relations) == 2 and len(layers["ravi"].relations) == 3


def test_pairs_json_has_the_promised_shape_and_numbers() -> None:
    """Exact matching finds 1 of 2 quotes alike, overlap both; speakers: 2 exact of asha's 2 and
    ravi's 3; said_by is 2/2 because ravi's 'the engineer' is the same person as 'Ravi' by same_as."""
    report = agree([two_annotators()])
    pair = report.to_json()["pairs"][0]
    assert (pair["a"], pair["b"]) == ("asha", "ravi")
    assert set(pair["spans"]) == {"QUOTE", "SPEAKER"}
    assert pair["spans"]["QUOTE"]["exact"] == {"p": 0.5, "r": 0.5, "f1": 0.5}
    assert pair["spans"]["QUOTE"]["overlap"] == {"p": 1.0, "r": 1.0, "f1": 1.0}
    assert pair["spans"]["SPEAKER"]["exact"] == {"p": 1.0, "r": pytest.approx(0.6667), "f1": 0.8}
    assert pair["said_by"] == {"p": 1.0, "r": 1.0, "f1": 1.0}
    assert pair["attribution"] == {"quotes": 2, "same_speaker": 2, "share": 1.0}
    assert pair["overall"]["overlap"]["f1"] == pytest.approx(2 * 4 / (4 + 5), abs=0.0001)
    json.dumps(report.to_json())  # plain JSON values only


def test_said_by_without_the_chain_is_a_different_speaker() -> None:
    """Without ravi's same_as link, 'the engineer' shares no character with 'Ravi': one of the
    two attributions differs."""
    doc = two_annotators()
    doc = AnnotatedDocument(doc.document, doc.spans, tuple(r for r in doc.relations if r.type != "same_as"))
    pair = agree([doc]).to_json()["pairs"][0]
    assert pair["said_by"]["p"] == 0.5
    assert pair["attribution"] == {"quotes": 2, "same_speaker": 1, "share": 0.5}


def test_quote_attribute_kappa_is_cohens_kappa_of_the_matched_quotes() -> None:
    """form agrees on both matched quotes (two values: κ = 1); medium differs on one of the two."""
    pair = agree([two_annotators()]).pairs[0]
    kappas = pair.attribute_kappa()
    assert kappas["form"] == 1.0
    assert kappas["medium"] == cohen_kappa(["speech", "writing"], ["speech", "speech"])


def test_token_kappa_and_alpha_follow_the_tokens_covered() -> None:
    """Per label a token is the label or O; QUOTE tokens differ only on 'we' (asha's, not ravi's)."""
    report = agree([two_annotators()])
    words = TEXT.replace(".", " .").replace(",", " ,").replace(":", " :").split()
    asha = ["QUOTE" if i in range(3, 8) or i in range(16, 21) else "O" for i in range(len(words))]
    ravi = ["QUOTE" if i in range(3, 8) or i in range(17, 21) else "O" for i in range(len(words))]
    assert words[16] == "we" and words[20] == "gates"
    expected = cohen_kappa(asha, ravi)
    assert report.pairs[0].token_kappa()["QUOTE"] == pytest.approx(expected)
    assert report.tokens["QUOTE"].krippendorff_alpha is not None
    assert report.tokens["QUOTE"].tokens == len(words)


def test_unitizing_alpha_per_label_is_computed_on_code_points() -> None:
    """αU of QUOTE equals the coefficient of the two layers' quote ranges over the whole text."""
    report = agree([two_annotators()])
    quote1 = (at("the river")[0], at("fast")[1])
    expected = unitizing_alpha(
        [Continuum(len(TEXT), [[quote1, (at("we")[0], at("gates")[1])], [quote1, (at("will")[0], at("gates")[1])]])]
    ).alpha
    assert report.unitizing["QUOTE"] == pytest.approx(expected)
    assert report.per_document[0].unitizing["QUOTE"] == pytest.approx(expected)


def test_identical_layers_agree_perfectly() -> None:
    """Two annotators with the same spans: every F1 is 1 and every coefficient 1."""
    b = Builder()
    for who in ("asha", "ravi"):
        q = b.span(who, "QUOTE", at("we will open"))
        s = b.span(who, "SPEAKER", at("Ravi"))
        b.link(who, "said_by", q, s)
    report = agree([b.build()])
    pair = report.to_json()["pairs"][0]
    assert pair["overall"]["exact"]["f1"] == 1.0
    assert pair["said_by"]["f1"] == 1.0
    assert report.tokens["all"].krippendorff_alpha == 1.0
    assert report.tokens["all"].fleiss_kappa == 1.0
    assert report.unitizing == {"QUOTE": 1.0, "SPEAKER": 1.0}


def test_gold_is_left_out_and_labels_filter() -> None:
    """The gold layer is no annotator unless named; --labels keeps only those labels' spans."""
    b = Builder()
    for who in ("asha", "ravi", GOLD):
        b.span(who, "QUOTE", at("we will open"))
        b.span(who, "SPEAKER", at("Ravi"))
    report = agree([b.build()], labels=["QUOTE"])
    assert report.annotators == ("asha", "ravi")
    assert list(report.pairs[0].spans) == ["QUOTE"]
    named = agree([b.build()], annotators=["asha", GOLD])
    assert named.annotators == ("asha", GOLD)


def test_missing_layers_count_as_missing_data_and_breakdowns() -> None:
    """Three annotators, one of whom did only the first document: α uses every document, Fleiss' κ only
    the first; per-document and per-annotator rows say who did what."""
    first, second = Builder("d1"), Builder("d2", doc_id=2)
    for who in ("asha", "ravi", "mira"):
        first.span(who, "QUOTE", at("we will open"))
    for who in ("asha", "ravi"):
        second.span(who, "QUOTE", at("the river"))
    second.span("ravi", "SPEAKER", at("Asha"))
    report = agree([first.build(), second.build()])
    assert report.annotators == ("asha", "ravi", "mira")
    assert report.documents == 2
    assert [d.annotators for d in report.per_document] == [("asha", "ravi", "mira"), ("asha", "ravi")]
    by_name = {a.name: a for a in report.per_annotator}
    assert by_name["mira"].documents == 1 and by_name["ravi"].spans == 3
    words = len(TEXT.replace(".", " .").replace(",", " ,").replace(":", " :").split())
    assert report.tokens["QUOTE"].tokens == 2 * words
    pairs = {(p.a, p.b): p for p in report.pairs}
    assert pairs["asha", "mira"].documents == 1 and pairs["asha", "ravi"].documents == 2


def test_csv_has_one_number_a_row() -> None:
    """The CSV export reads back with csv and holds the pair's exact QUOTE F1."""
    rows = list(csv.DictReader(io.StringIO(agree([two_annotators()]).to_csv())))
    found = [r for r in rows if r["label"] == "QUOTE" and r["measure"] == "span_exact_f1"]
    assert found == [{"scope": "pair", "document": "", "a": "asha", "b": "ravi", "label": "QUOTE", "measure": "span_exact_f1", "value": "0.5"}]
    assert {r["scope"] for r in rows} == {"pair", "all", "document", "annotator"}


def test_one_annotator_is_no_agreement() -> None:
    """A single layer gives no pairs and says so in the table."""
    b = Builder()
    b.span("asha", "QUOTE", at("we"))
    report = agree([b.build()])
    assert report.pairs == () and report.documents == 0
    assert "two annotators" in report.format_table()
