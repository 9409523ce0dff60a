"""Precision, recall and F1 of predicted annotations against gold ones, per label and per link type.

Documents are paired by name. Spans match one-to-one within a label: ``exact`` needs the same
fragments; ``overlap`` needs any shared character, and pairs are taken greedily by how much
they share. A link (``said_by`` by default) is right when both its ends are matched spans and
the gold document has that link between their partners. Pure functions: the CLI
(``kathan evaluate``) and the benchmark call them; ``annotated_from_record`` turns a gold
file's ``DocumentRecord`` into the ``AnnotatedDocument`` they compare.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

import hashlib

from kathan.model import (
    AnnotatedDocument,
    Document,
    DocumentId,
    DocumentRecord,
    KathanError,
    Relation,
    RelationId,
    Span,
    SpanId,
)

DEFAULT_LINKS = ("said_by",)


class Match(StrEnum):
    EXACT = "exact"
    OVERLAP = "overlap"


@dataclass(frozen=True, slots=True)
class Score:
    """Counts for one label or link type; the ratios are 0 when undefined."""

    true_positives: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(
            self.true_positives + other.true_positives, self.predicted + other.predicted, self.gold + other.gold
        )


@dataclass(frozen=True, slots=True)
class EvaluationReport:
    """The scores of one comparison; ``unmatched_documents`` lists gold names with no prediction."""

    match: Match
    labels: dict[str, Score]
    links: dict[str, Score]
    documents: int
    unmatched_documents: tuple[str, ...] = ()
    ignored_documents: tuple[str, ...] = field(default=())

    @property
    def spans_total(self) -> Score:
        total = Score()
        for score in self.labels.values():
            total = total + score
        return total

    def format_table(self) -> str:
        """A plain-text table: one row per label, the micro total, then one row per link type."""
        header = f"{'':<14}{'gold':>6}{'pred':>6}{'tp':>6}{'P':>8}{'R':>8}{'F1':>8}"
        lines = [f"match: {self.match.value}  documents: {self.documents}", header, "-" * len(header)]

        def row(name: str, s: Score) -> str:
            return (
                f"{name:<14}{s.gold:>6}{s.predicted:>6}{s.true_positives:>6}"
                f"{s.precision:>8.3f}{s.recall:>8.3f}{s.f1:>8.3f}"
            )

        lines.extend(row(label, score) for label, score in self.labels.items())
        if len(self.labels) > 1:
            lines.append(row("all spans", self.spans_total))
        lines.extend(row(f"link {name}", score) for name, score in self.links.items())
        if self.unmatched_documents:
            lines.append(f"no prediction for: {', '.join(self.unmatched_documents)}")
        return "\n".join(lines)


def annotated_from_record(record: DocumentRecord, document_id: int = 0) -> AnnotatedDocument:
    """A gold ``DocumentRecord`` (as a format reader yields it) as an ``AnnotatedDocument``:
    span keys become ids in file order; relations whose ends are missing are left out."""
    document = Document(
        DocumentId(document_id),
        record.name,
        record.title,
        record.text,
        hashlib.sha256(record.text.encode("utf-8")).hexdigest(),
        record.language,
        dict(record.meta),
        record.status,
    )
    ids = {span.key: SpanId(n) for n, span in enumerate(record.spans, start=1)}
    spans = sorted(
        (
            Span(ids[s.key], document.id, s.label, tuple(s.fragments), dict(s.attributes), s.note, s.annotator, s.origin)
            for s in record.spans
        ),
        key=lambda s: (s.start, s.end, s.id),
    )
    relations = tuple(
        Relation(RelationId(n), document.id, r.type, ids[r.head], ids[r.tail], dict(r.attributes), r.annotator, r.origin)
        for n, r in enumerate(record.relations, start=1)
        if r.head in ids and r.tail in ids
    )
    return AnnotatedDocument(document, tuple(spans), relations)


def _overlap(a: Span, b: Span) -> int:
    shared = 0
    for s1, e1 in a.fragments:
        for s2, e2 in b.fragments:
            shared += max(0, min(e1, e2) - max(s1, s2))
    return shared


def match_spans(pred: Sequence[Span], gold: Sequence[Span], match: Match | str) -> dict[SpanId, SpanId]:
    """One-to-one pairs ``pred id -> gold id`` of spans with the same label."""
    mode = Match(match)
    candidates: list[tuple[int, int, int, Span, Span]] = []
    for p in pred:
        for g in gold:
            if p.label != g.label:
                continue
            if mode is Match.EXACT:
                if tuple(p.fragments) == tuple(g.fragments):
                    candidates.append((-1, p.start, g.start, p, g))
            else:
                shared = _overlap(p, g)
                if shared:
                    candidates.append((-shared, p.start, g.start, p, g))
    candidates.sort(key=lambda c: (c[0], c[1], c[2]))
    pairs: dict[SpanId, SpanId] = {}
    used: set[SpanId] = set()
    for _, _, _, p, g in candidates:
        if p.id in pairs or g.id in used:
            continue
        pairs[p.id] = g.id
        used.add(g.id)
    return pairs


def evaluate(
    pred_docs: Iterable[AnnotatedDocument],
    gold_docs: Iterable[AnnotatedDocument],
    match: Match | str = Match.OVERLAP,
    labels: Sequence[str] | None = None,
    links: Sequence[str] = DEFAULT_LINKS,
) -> EvaluationReport:
    """Score ``pred_docs`` against ``gold_docs`` (paired by document name).

    Raises ``KathanError`` when a pair's texts differ: offsets over different texts mean nothing.

    ``labels`` defaults to every label found in the gold documents, in order of first use;
    a gold document without a prediction counts as predicting nothing.
    """
    mode = Match(match)
    predicted = {d.document.name: d for d in pred_docs}
    gold_list = list(gold_docs)
    differing = [
        g.document.name
        for g in gold_list
        if g.document.name in predicted and predicted[g.document.name].document.text != g.document.text
    ]
    if differing:
        shown = ", ".join(repr(n) for n in differing[:5]) + (f" and {len(differing) - 5} more" if len(differing) > 5 else "")
        raise KathanError(
            f"the gold text of {shown} differs from the annotated text of the same name: offsets cannot be compared"
        )
    if labels is None:
        seen: dict[str, None] = {}
        for d in gold_list:
            for span in d.spans:
                seen.setdefault(span.label, None)
        labels = list(seen)
    label_scores = {label: Score() for label in labels}
    link_scores = {name: Score() for name in links}
    unmatched: list[str] = []
    gold_names = set()
    for gold in gold_list:
        gold_names.add(gold.document.name)
        pred = predicted.get(gold.document.name)
        if pred is None:
            unmatched.append(gold.document.name)
        pred_spans = [s for s in pred.spans if s.label in label_scores] if pred else []
        gold_spans = [s for s in gold.spans if s.label in label_scores]
        pairs = match_spans(pred_spans, gold_spans, mode)
        for label in labels:
            label_scores[label] = label_scores[label] + Score(
                sum(1 for s in pred_spans if s.label == label and s.id in pairs),
                sum(1 for s in pred_spans if s.label == label),
                sum(1 for s in gold_spans if s.label == label),
            )
        pred_links = pred.relations if pred else ()
        for name in links:
            gold_pairs = {(r.head, r.tail) for r in gold.relations if r.type == name}
            pred_pairs = {(r.head, r.tail) for r in pred_links if r.type == name}
            hits = sum(1 for h, t in pred_pairs if (pairs.get(h), pairs.get(t)) in gold_pairs)
            link_scores[name] = link_scores[name] + Score(hits, len(pred_pairs), len(gold_pairs))
    ignored = tuple(sorted(set(predicted) - gold_names))
    return EvaluationReport(mode, label_scores, link_scores, len(gold_list), tuple(unmatched), ignored)
