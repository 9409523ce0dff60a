"""Agreement between annotators' layers of the same documents, attribution included.

A layer is what one annotator marked in one document: the spans and relations signed with
their name. ``agree`` compares layers and returns an ``AgreementReport``:

* span level, for every pair of annotators: precision, recall and F1 of ``a`` against ``b``
  (so ``b``'s view is the same numbers with P and R swapped), exact and overlap matching
  (``kathan.evaluate.match_spans``), per label and overall;
* token level over the text layer's tokens (``kathan.text.tokens``): a token takes, per
  annotator, the labels of the spans that cover any of it. Cohen's κ for every pair,
  Fleiss' κ and Krippendorff's α for all annotators, per label (the label or not) and for
  the combination of labels ("QUOTE+SPEAKER", "O" for none);
* Krippendorff's unitizing αU per label, on code points;
* attribution: a ``said_by`` link of ``a`` is right when its quote is matched (overlap) to a
  quote of ``b`` that ``b`` links to a speaker of the same person: the two speakers overlap,
  or some mention of one's ``same_as`` chain overlaps some mention of the other's. Among the
  matched quotes both attributed, the share attributed alike; Cohen's κ of the quotes'
  ``form`` and ``medium`` over the matched quotes.
* breakdowns per document and per annotator.

An annotator takes part in a document when their layer there holds anything. Measures over
all annotators (Fleiss' κ, αU) use the documents every one of them annotated; Krippendorff's
α takes every document, missing layers being missing data.
"""

from __future__ import annotations

import csv
import io
import json
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

from kathan.evaluate import Match, Score, match_spans
from kathan.layers import GOLD, Layer, layers_of
from kathan.model import AnnotatedDocument, Relation, Span, SpanId
from kathan.reliability import Continuum, cohen_kappa, fleiss_kappa, krippendorff_alpha, unitizing_alpha
from kathan.text.tokens import Token, tokenize

NO_LABEL = "O"
ALL = "all"
SAID_BY = "said_by"
SAME_AS = "same_as"
QUOTE = "QUOTE"
QUOTE_ATTRIBUTES = ("form", "medium")
MATCHES = (Match.EXACT, Match.OVERLAP)


@dataclass(frozen=True, slots=True)
class Attribution:
    """Quotes matched between two annotators where both named a speaker, and how many alike."""

    quotes: int = 0
    alike: int = 0

    @property
    def share(self) -> float | None:
        return self.alike / self.quotes if self.quotes else None

    def __add__(self, other: Attribution) -> Attribution:
        return Attribution(self.quotes + other.quotes, self.alike + other.alike)


@dataclass(slots=True)
class PairAgreement:
    """Everything measured between annotators ``a`` and ``b`` over the documents both annotated."""

    a: str
    b: str
    documents: int = 0
    spans: dict[str, dict[Match, Score]] = field(default_factory=dict)
    said_by: Score = field(default_factory=Score)
    attribution: Attribution = field(default_factory=Attribution)
    attribute_values: dict[str, tuple[list[str], list[str]]] = field(default_factory=dict)
    token_values: dict[str, tuple[list[str], list[str]]] = field(default_factory=dict)

    def overall(self, match: Match) -> Score:
        total = Score()
        for scores in self.spans.values():
            total = total + scores[match]
        return total

    def attribute_kappa(self) -> dict[str, float | None]:
        return {name: cohen_kappa(*values) for name, values in self.attribute_values.items()}

    def token_kappa(self) -> dict[str, float | None]:
        return {name: cohen_kappa(*values) for name, values in self.token_values.items()}


@dataclass(frozen=True, slots=True)
class TokenAgreement:
    """Fleiss' κ (documents everyone annotated) and Krippendorff's α (all documents) for one label,
    or for the combination of labels."""

    fleiss_kappa: float | None
    krippendorff_alpha: float | None
    tokens: int


@dataclass(frozen=True, slots=True)
class DocumentAgreement:
    name: str
    annotators: tuple[str, ...]
    tokens: TokenAgreement
    unitizing: dict[str, float | None]
    f1: float | None
    """The mean over pairs of the overall overlap F1."""


@dataclass(frozen=True, slots=True)
class AnnotatorAgreement:
    name: str
    documents: int
    spans: int
    f1: float | None
    """The mean over this annotator's pairs of the overall overlap F1."""


@dataclass(frozen=True, slots=True)
class AgreementReport:
    annotators: tuple[str, ...]
    labels: tuple[str, ...]
    documents: int
    pairs: tuple[PairAgreement, ...]
    tokens: dict[str, TokenAgreement]
    unitizing: dict[str, float | None]
    per_document: tuple[DocumentAgreement, ...]
    per_annotator: tuple[AnnotatorAgreement, ...]

    def to_json(self) -> dict[str, Any]:
        """The report as plain JSON values; ``pairs`` keeps the shape promised by ``kathan agree --json``."""
        return {
            "annotators": list(self.annotators),
            "labels": list(self.labels),
            "documents": self.documents,
            "pairs": [_pair_json(p) for p in self.pairs],
            "tokens": {name: _token_json(t) for name, t in self.tokens.items()},
            "unitizing": dict(self.unitizing),
            "per_document": [
                {
                    "document": d.name,
                    "annotators": list(d.annotators),
                    "tokens": _token_json(d.tokens),
                    "unitizing": dict(d.unitizing),
                    "f1": _round(d.f1),
                }
                for d in self.per_document
            ],
            "per_annotator": [
                {"annotator": a.name, "documents": a.documents, "spans": a.spans, "f1": _round(a.f1)}
                for a in self.per_annotator
            ],
        }

    def to_csv(self) -> str:
        """One row per number: ``scope, document, a, b, label, measure, value``."""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["scope", "document", "a", "b", "label", "measure", "value"])
        for pair in self.pairs:
            for label, scores in pair.spans.items():
                for match, score in scores.items():
                    for name, value in _prf(score).items():
                        writer.writerow(["pair", "", pair.a, pair.b, label, f"span_{match.value}_{name}", value])
            for match in MATCHES:
                for name, value in _prf(pair.overall(match)).items():
                    writer.writerow(["pair", "", pair.a, pair.b, ALL, f"span_{match.value}_{name}", value])
            for name, value in _prf(pair.said_by).items():
                writer.writerow(["pair", "", pair.a, pair.b, SAID_BY, f"link_{name}", value])
            writer.writerow(["pair", "", pair.a, pair.b, SAID_BY, "same_speaker_share", _round(pair.attribution.share)])
            for name, kappa in pair.attribute_kappa().items():
                writer.writerow(["pair", "", pair.a, pair.b, f"{QUOTE}.{name}", "cohen_kappa", _round(kappa)])
            for label, kappa in pair.token_kappa().items():
                writer.writerow(["pair", "", pair.a, pair.b, label, "token_cohen_kappa", _round(kappa)])
        for label, tokens in self.tokens.items():
            writer.writerow(["all", "", "", "", label, "token_fleiss_kappa", _round(tokens.fleiss_kappa)])
            writer.writerow(["all", "", "", "", label, "token_krippendorff_alpha", _round(tokens.krippendorff_alpha)])
        for label, alpha in self.unitizing.items():
            writer.writerow(["all", "", "", "", label, "unitizing_alpha", _round(alpha)])
        for doc in self.per_document:
            writer.writerow(["document", doc.name, "", "", ALL, "token_krippendorff_alpha", _round(doc.tokens.krippendorff_alpha)])
            writer.writerow(["document", doc.name, "", "", ALL, "span_overlap_f1", _round(doc.f1)])
            for label, alpha in doc.unitizing.items():
                writer.writerow(["document", doc.name, "", "", label, "unitizing_alpha", _round(alpha)])
        for annotator in self.per_annotator:
            writer.writerow(["annotator", "", annotator.name, "", ALL, "span_overlap_f1", _round(annotator.f1)])
        return out.getvalue()

    def format_table(self) -> str:
        """A plain-text summary for the terminal."""
        lines = [f"annotators: {', '.join(self.annotators) or '(none)'}  documents: {self.documents}"]
        if len(self.annotators) < 2:
            lines.append("agreement needs two annotators' layers of the same documents")
            return "\n".join(lines)
        header = f"{'pair':<24}{'label':<12}{'exact F1':>10}{'overlap F1':>12}{'token κ':>10}"
        lines += ["", header, "-" * len(header)]
        for pair in self.pairs:
            kappas = pair.token_kappa()
            who = f"{pair.a} / {pair.b}"
            for label in self.labels:
                scores = pair.spans.get(label, {})
                lines.append(
                    f"{who:<24}{label:<12}{scores.get(Match.EXACT, Score()).f1:>10.3f}"
                    f"{scores.get(Match.OVERLAP, Score()).f1:>12.3f}{_shown(kappas.get(label)):>10}"
                )
            lines.append(
                f"{who:<24}{ALL:<12}{pair.overall(Match.EXACT).f1:>10.3f}"
                f"{pair.overall(Match.OVERLAP).f1:>12.3f}{_shown(kappas.get(ALL)):>10}"
            )
            attributes = "  ".join(f"{n} κ {_shown(k)}" for n, k in pair.attribute_kappa().items())
            lines.append(
                f"{who:<24}said_by F1 {pair.said_by.f1:.3f}  same speaker {pair.attribution.alike}/"
                f"{pair.attribution.quotes}  {attributes}"
            )
        lines += ["", f"{'label':<12}{'Fleiss κ':>10}{'Kripp. α':>10}{'αU':>10}"]
        for label in (*self.labels, ALL):
            tokens = self.tokens[label]
            lines.append(
                f"{label:<12}{_shown(tokens.fleiss_kappa):>10}{_shown(tokens.krippendorff_alpha):>10}"
                f"{_shown(self.unitizing.get(label)):>10}"
            )
        return "\n".join(lines)


def agree(
    documents: Iterable[AnnotatedDocument],
    labels: Sequence[str] | None = None,
    annotators: Sequence[str] | None = None,
) -> AgreementReport:
    """Compare the annotators' layers of ``documents``.

    ``labels`` defaults to every label used, in order of first use; ``annotators`` to every
    annotator with a layer, the ``gold`` layer left out.
    """
    docs = [(d, layers_of(d)) for d in documents]
    if annotators is None:
        seen: dict[str, None] = {}
        for _, layers in docs:
            for name, layer in layers.items():
                if name != GOLD and layer:
                    seen.setdefault(name, None)
        annotators = list(seen)
    annotators = list(dict.fromkeys(annotators))
    if labels is None:
        found: dict[str, None] = {}
        for doc, layers in docs:
            for name in annotators:
                for span in layers.get(name, Layer(name, (), ())).spans:
                    found.setdefault(span.label, None)
        labels = list(found)
    labels = list(dict.fromkeys(labels))
    categories = [*labels, ALL]

    pairs = {(a, b): _new_pair(a, b, labels) for a, b in combinations(annotators, 2)}
    alpha_units: dict[str, list[list[str | None]]] = {c: [] for c in categories}
    fleiss_units: dict[str, list[dict[str, int]]] = {c: [] for c in categories}
    stretches: dict[str, list[Continuum]] = {label: [] for label in labels}
    per_document: list[DocumentAgreement] = []
    used_documents = 0

    for doc, all_layers in docs:
        layers = {n: _only(all_layers[n], labels) for n in annotators if n in all_layers and all_layers[n]}
        if len(layers) < 2:
            continue
        used_documents += 1
        text = doc.document.text
        tokens = tokenize(text)
        token_labels = {name: _token_labels(tokens, layer.spans) for name, layer in layers.items()}
        doc_pairs: list[PairAgreement] = []
        for (a, b), pair in pairs.items():
            if a in layers and b in layers:
                single = _new_pair(a, b, labels)
                _compare(single, layers[a], layers[b])
                doc_pairs.append(single)
                _add_into(pair, single)
                for category in categories:
                    pair.token_values[category][0].extend(_values(token_labels[a], category))
                    pair.token_values[category][1].extend(_values(token_labels[b], category))
        doc_alpha: list[list[str | None]] = []
        for category in categories:
            columns = [_values(token_labels[n], category) if n in layers else [None] * len(tokens) for n in annotators]
            units = [list(column) for column in zip(*columns, strict=True)]
            alpha_units[category].extend(units)
            if category == ALL:
                doc_alpha = [[v for v in unit if v is not None] for unit in units]
            if len(layers) == len(annotators):
                fleiss_units[category].extend(_counts(unit) for unit in units)
        doc_unitizing: dict[str, float | None] = {}
        for label in labels:
            stretch = Continuum(len(text), [_units(layers[n].spans, label) for n in layers])
            doc_unitizing[label] = unitizing_alpha([stretch]).alpha
            if len(layers) == len(annotators):
                stretches[label].append(stretch)
        f1s = [p.overall(Match.OVERLAP).f1 for p in doc_pairs]
        per_document.append(
            DocumentAgreement(
                doc.document.name,
                tuple(layers),
                TokenAgreement(
                    fleiss_kappa(_counts(u) for u in doc_alpha), krippendorff_alpha(doc_alpha), len(tokens)
                ),
                doc_unitizing,
                sum(f1s) / len(f1s) if f1s else None,
            )
        )

    token_report = {
        c: TokenAgreement(
            fleiss_kappa(fleiss_units[c]) if fleiss_units[c] else None,
            krippendorff_alpha(alpha_units[c]),
            len(alpha_units[c]),
        )
        for c in categories
    }
    unitizing: dict[str, float | None] = {
        label: unitizing_alpha(stretches[label]).alpha if stretches[label] else None for label in labels
    }
    per_annotator = []
    for name in annotators:
        mine = [p for p in pairs.values() if name in (p.a, p.b) and p.documents]
        f1s = [p.overall(Match.OVERLAP).f1 for p in mine]
        per_annotator.append(
            AnnotatorAgreement(
                name,
                sum(1 for _, layers in docs if layers.get(name)),
                sum(len(layers[name].spans) for _, layers in docs if name in layers),
                sum(f1s) / len(f1s) if f1s else None,
            )
        )
    return AgreementReport(
        tuple(annotators),
        tuple(labels),
        used_documents,
        tuple(pairs.values()),
        token_report,
        unitizing,
        tuple(per_document),
        tuple(per_annotator),
    )


def _new_pair(a: str, b: str, labels: Sequence[str]) -> PairAgreement:
    return PairAgreement(
        a,
        b,
        spans={label: {m: Score() for m in MATCHES} for label in labels},
        attribute_values={name: ([], []) for name in QUOTE_ATTRIBUTES} if QUOTE in labels else {},
        token_values={c: ([], []) for c in (*labels, ALL)},
    )


def _only(layer: Layer, labels: Sequence[str]) -> Layer:
    """The layer's spans of ``labels`` and the relations between them."""
    wanted = set(labels)
    spans = tuple(s for s in layer.spans if s.label in wanted)
    kept = {s.id for s in spans}
    relations = tuple(r for r in layer.relations if r.head in kept and r.tail in kept)
    return Layer(layer.annotator, spans, relations)


def _compare(pair: PairAgreement, a: Layer, b: Layer) -> None:
    """Fill a one-document ``pair`` from layers ``a`` and ``b``."""
    pair.documents = 1
    for match in MATCHES:
        matched = match_spans(a.spans, b.spans, match)
        for label, scores in pair.spans.items():
            scores[match] = Score(
                sum(1 for s in a.spans if s.label == label and s.id in matched),
                sum(1 for s in a.spans if s.label == label),
                sum(1 for s in b.spans if s.label == label),
            )
    matched = match_spans(a.spans, b.spans, Match.OVERLAP)
    spans_a = {s.id: s for s in a.spans}
    spans_b = {s.id: s for s in b.spans}
    chains_a, chains_b = _chains(a), _chains(b)
    said_a = _links(a.relations, SAID_BY)
    said_b = _links(b.relations, SAID_BY)

    def same_speaker(speaker_a: SpanId, speaker_b: SpanId) -> bool:
        return any(
            _shared(spans_a[x], spans_b[y]) for x in chains_a.get(speaker_a, {speaker_a}) for y in chains_b.get(speaker_b, {speaker_b})
        )

    hits = 0
    for quote, speakers in said_a.items():
        partner = matched.get(quote)
        theirs = said_b.get(partner, set()) if partner is not None else set()
        hits += sum(1 for s in speakers if any(same_speaker(s, t) for t in theirs))
    pair.said_by = Score(hits, sum(map(len, said_a.values())), sum(map(len, said_b.values())))
    quotes = alike = 0
    for quote, partner in matched.items():
        if spans_a[quote].label != QUOTE:
            continue
        for name in pair.attribute_values:
            pair.attribute_values[name][0].append(spans_a[quote].attributes.get(name, ""))
            pair.attribute_values[name][1].append(spans_b[partner].attributes.get(name, ""))
        if said_a.get(quote) and said_b.get(partner):
            quotes += 1
            alike += any(same_speaker(s, t) for s in said_a[quote] for t in said_b[partner])
    pair.attribution = Attribution(quotes, alike)


def _add_into(total: PairAgreement, one: PairAgreement) -> None:
    total.documents += one.documents
    for label, scores in one.spans.items():
        for match, score in scores.items():
            total.spans[label][match] = total.spans[label][match] + score
    total.said_by = total.said_by + one.said_by
    total.attribution = total.attribution + one.attribution
    for name, (mine, theirs) in one.attribute_values.items():
        total.attribute_values[name][0].extend(mine)
        total.attribute_values[name][1].extend(theirs)


def _links(relations: Iterable[Relation], type_: str) -> dict[SpanId, set[SpanId]]:
    links: dict[SpanId, set[SpanId]] = defaultdict(set)
    for relation in relations:
        if relation.type == type_:
            links[relation.head].add(relation.tail)
    return links


def _chains(layer: Layer) -> dict[SpanId, set[SpanId]]:
    """Each span linked by ``same_as`` (either way, transitively) with every span of its chain."""
    parent: dict[SpanId, SpanId] = {}

    def root(x: SpanId) -> SpanId:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    for relation in layer.relations:
        if relation.type == SAME_AS:
            parent[root(relation.head)] = root(relation.tail)
    groups: dict[SpanId, set[SpanId]] = defaultdict(set)
    for span in {*parent, *parent.values()}:
        groups[root(span)].add(span)
    return {span: groups[root(span)] for span in {*parent, *parent.values()}}


def _shared(a: Span, b: Span) -> bool:
    return any(min(e1, e2) > max(s1, s2) for s1, e1 in a.fragments for s2, e2 in b.fragments)


def _token_labels(tokens: Sequence[Token], spans: Iterable[Span]) -> list[set[str]]:
    """Per token, the labels of the spans covering any of it."""
    labels: list[set[str]] = [set() for _ in tokens]
    starts = [t.start for t in tokens]
    for span in spans:
        for start, end in span.fragments:
            first = max(0, bisect_right(starts, start) - 1)
            for i in range(first, bisect_left(starts, end)):
                if tokens[i].end > start:
                    labels[i].add(span.label)
    return labels


def _values(token_labels: Sequence[set[str]], category: str) -> list[str]:
    if category == ALL:
        return ["+".join(sorted(ls)) or NO_LABEL for ls in token_labels]
    return [category if category in ls else NO_LABEL for ls in token_labels]


def _counts(unit: Sequence[str | None]) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    for value in unit:
        if value is not None:
            counts[value] += 1
    return counts


def _units(spans: Iterable[Span], label: str) -> list[tuple[int, int]]:
    """The label's fragments as sorted, non-overlapping ranges (overlapping ones joined)."""
    ranges = sorted(f for s in spans if s.label == label for f in s.fragments)
    joined: list[tuple[int, int]] = []
    for start, end in ranges:
        if joined and start <= joined[-1][1]:
            joined[-1] = (joined[-1][0], max(joined[-1][1], end))
        else:
            joined.append((start, end))
    return joined


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _shown(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def _prf(score: Score) -> dict[str, float]:
    return {"p": round(score.precision, 4), "r": round(score.recall, 4), "f1": round(score.f1, 4)}


def _token_json(tokens: TokenAgreement) -> dict[str, Any]:
    return {
        "fleiss_kappa": _round(tokens.fleiss_kappa),
        "krippendorff_alpha": _round(tokens.krippendorff_alpha),
        "tokens": tokens.tokens,
    }


def _pair_json(pair: PairAgreement) -> dict[str, Any]:
    return {
        "a": pair.a,
        "b": pair.b,
        "documents": pair.documents,
        "spans": {label: {m.value: _prf(score) for m, score in scores.items()} for label, scores in pair.spans.items()},
        "overall": {m.value: _prf(pair.overall(m)) for m in MATCHES},
        "said_by": _prf(pair.said_by),
        "attribution": {
            "quotes": pair.attribution.quotes,
            "same_speaker": pair.attribution.alike,
            "share": _round(pair.attribution.share),
        },
        "attributes": {f"{QUOTE}.{name}": _round(k) for name, k in pair.attribute_kappa().items()},
        "token_kappa": {label: _round(k) for label, k in pair.token_kappa().items()},
    }


def dumps(report: AgreementReport) -> str:
    return json.dumps(report.to_json(), ensure_ascii=False, indent=2)

