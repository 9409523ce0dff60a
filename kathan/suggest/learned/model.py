"""The learned suggester's model: one CRF per label over the text layer's tokens, one link
scorer per relation type, and the gazetteer of the project's mentions; trained from
``TrainingDocument``s, kept as bytes in the project, and used to suggest.

Where a rule suggester covers a document's language, its suggestions are features too
(``r:QUOTE:B``): the model learns when the rules are right on this project's texts.
"""

from __future__ import annotations

import base64
import json
import math
import statistics
from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

import pycrfsuite

from kathan.model import Document
from kathan.schema import Schema
from kathan.suggest.base import SuggestedLink, Suggester, Suggestion
from kathan.suggest.learned import crf, extent
from kathan.suggest.learned.features import Marks, Unit, bio, runs, units
from kathan.suggest.learned.gazetteer import Gazetteer, Mention as GazetteerMention, mention
from kathan.suggest.learned.linker import LinkContext, Mention, best_links, training_pairs
from kathan.suggest.learned.material import Scope, TrainingDocument
from kathan.suggest.learned.sentences import (
    ALL,
    CORE,
    COVER,
    FEATURE_SETS,
    Bounds,
    SentenceItem,
    covered,
    is_sentence_label,
    items,
    learn_bounds,
)
from kathan.suggest.learned.sentences import sequence as sentence_sequence
from kathan.suggest.segment import layer, norm

FORMAT = 2
"""2: sentence classifiers see a sentence's place in the body and its feature set (``core`` or ``all``)."""
MIN_SPANS = 2
"""A label needs this many annotated spans before it gets a model."""
MIN_LINKS = 3
SENTENCE_PARAMS = {"c1": 0.5, "c2": 0.1}
SENTENCE_C1 = (0.5, 1.0, 2.0, 4.0, 8.0)
"""The L1 regularisations of the sentence classifier that training chooses among (its words are many, its sentences few)."""
MAX_PER_DOCUMENT = 8
"""The most clauses per document the sentence classifier may be tuned to propose."""
EXTENT_GAIN = 2
"""Spans matched exactly that running them on must gain on the training halves before it is kept:
one more is within the noise of a few dozen documents (on the 56 annotated here a gain of one
chose it once in eight folds, and it then matched fewer on the held-out fold)."""
REVIEW_WEIGHT = 2
"""A paragraph holding a rejected or corrected suggestion is trained on this many times."""


@dataclass(frozen=True, slots=True)
class StoredModel:
    """A model as a project keeps it: ``digest`` fingerprints what it was trained on."""

    name: str
    data: bytes
    digest: str
    documents: int
    info: Mapping[str, Any]
    trained: datetime


class ModelError(ValueError):
    """Stored model bytes this Kathan cannot read."""


@dataclass(frozen=True, slots=True)
class LinkModel:
    head: str
    tail: str
    model: bytes


@dataclass(frozen=True, slots=True)
class SentenceModel:
    """A classifier of sentences for one label, how many of a document's clauses to propose
    (chosen in training), the words that bound the label's clauses in a sentence, and the
    feature set it sees (``sentences.FEATURE_SETS``, chosen in training)."""

    model: bytes
    per_document: float
    bounds: Bounds = Bounds()
    features: str = ALL


@dataclass(frozen=True, slots=True)
class SentenceChoice:
    """What the inner cross-validation chose for a sentence classifier."""

    c1: float
    per_document: int
    features: str = ALL


@dataclass(frozen=True, slots=True)
class LearnedModel:
    """What training produced. ``rules`` names the rule suggester whose output were features ('' for none)."""

    spans: dict[str, bytes]
    links: dict[str, LinkModel]
    gazetteer: Gazetteer
    rules: str = ""
    documents: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    """Annotated spans and links per label or relation type that training saw."""
    sentences: dict[str, SentenceModel] = field(default_factory=dict)
    extents: dict[str, bytes] = field(default_factory=dict)
    """By label: whether its spans run on over the next sentence (``extent``), kept where it helped."""

    def to_bytes(self) -> bytes:
        data = {
            "format": FORMAT,
            "spans": {k: _b64(v) for k, v in sorted(self.spans.items())},
            "links": {k: [v.head, v.tail, _b64(v.model)] for k, v in sorted(self.links.items())},
            "gazetteer": self.gazetteer.to_json(),
            "rules": self.rules,
            "documents": self.documents,
            "counts": dict(sorted(self.counts.items())),
            "sentences": {
                k: [_b64(v.model), v.per_document, sorted(v.bounds.openers), sorted(v.bounds.closers), v.features]
                for k, v in sorted(self.sentences.items())
            },
            "extents": {k: _b64(v) for k, v in sorted(self.extents.items())},
        }
        return json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8")

    @classmethod
    def from_bytes(cls, blob: bytes) -> LearnedModel:
        try:
            data = json.loads(blob.decode("utf-8"))
            if data.get("format") != FORMAT:
                raise ModelError(f"stored model has format {data.get('format')!r}; this Kathan reads {FORMAT}: train again")
            return cls(
                {k: base64.b64decode(v) for k, v in data["spans"].items()},
                {k: LinkModel(h, t, base64.b64decode(m)) for k, (h, t, m) in data["links"].items()},
                Gazetteer.from_json(data["gazetteer"]),
                data["rules"],
                int(data["documents"]),
                dict(data["counts"]),
                {k: _sentence_model(*v) for k, v in data["sentences"].items()},
                {k: base64.b64decode(v) for k, v in data.get("extents", {}).items()},  # none before December 2026
            )
        except (ValueError, KeyError, TypeError) as exc:
            if isinstance(exc, ModelError):
                raise
            raise ModelError(f"stored model cannot be read ({exc}): train again") from None


def _sentence_model(
    model: str, per_document: float, openers: Sequence[str] = (), closers: Sequence[str] = (), features: str = ALL
) -> SentenceModel:
    if features not in FEATURE_SETS:
        raise ValueError(f"unknown sentence feature set {features!r}")
    return SentenceModel(base64.b64decode(model), float(per_document), Bounds(frozenset(openers), frozenset(closers)), features)


def _b64(blob: bytes) -> str:
    return base64.b64encode(blob).decode("ascii")


def covers(rules: Suggester | None, document: Document) -> bool:
    """Whether ``rules`` are written for the document's language: their ``covers(language,
    text)`` when they have one, else their ``languages``; a suggester with neither covers all."""
    if rules is None:
        return False
    check = getattr(rules, "covers", None)
    if callable(check):
        return bool(check(document.language, document.text))
    languages = getattr(rules, "languages", None)
    return languages is None or document.language in languages


def rule_marks(suggestions: Sequence[Suggestion]) -> Marks:
    marks: dict[str, list[tuple[int, int]]] = {}
    for s in suggestions:
        marks.setdefault(f"r:{s.label}", []).extend(s.fragments)
    return marks


def rule_links(suggestions: Sequence[Suggestion]) -> set[tuple[str, int, int, int, int]]:
    by_key = {s.key: s for s in suggestions}
    return {
        (link.type, s.start, s.end, by_key[link.tail].start, by_key[link.tail].end)
        for s in suggestions
        for link in s.links
        if link.tail in by_key
    }


def _own_mentions(doc: TrainingDocument) -> set[GazetteerMention]:
    text, language = doc.annotated.document.text, doc.annotated.document.language
    found = set()
    for span in doc.annotated.spans:
        if len(span.fragments) == 1 and (m := mention(span.label, text[span.start:span.end], language)) is not None:
            found.add(m)
    return found


def train(
    documents: Sequence[TrainingDocument],
    schema: Schema,
    rules: Suggester | None = None,
    rule_output: dict[str, list[Suggestion]] | None = None,
    check: crf.Check = crf.no_check,
) -> LearnedModel:
    """A model of ``documents`` for the labels and relations of ``schema``; deterministic:
    documents are taken in name order and CRFsuite's training has no randomness.

    ``rule_output`` may hold the rules' suggestions by document name, computed once by a caller
    that trains several times (cross-validation). ``check`` is called between documents, labels
    and CRFsuite's iterations, and stops the training by raising."""
    docs = sorted(documents, key=lambda d: d.name)
    gazetteer = Gazetteer()
    own = {d.name: _own_mentions(d) for d in docs}
    for d in docs:
        gazetteer.add_document(own[d.name])
    used_rules = ""
    per_label: dict[str, list[tuple[pycrfsuite.ItemSequence, list[str]]]] = {label: [] for label in schema.label_names}
    counts: Counter[str] = Counter()
    link_data: dict[str, list[tuple[pycrfsuite.ItemSequence, list[str]]]] = {}
    link_ends: dict[str, Counter[tuple[str, str]]] = {}
    rule_labels: set[str] = set()
    seen: list[tuple[TrainingDocument, Marks, list[tuple[Unit, int]]]] = []
    proposed: list[list[Suggestion]] = []
    for doc in docs:
        check()
        document = doc.annotated.document
        suggestions: list[Suggestion] = []
        if covers(rules, document):
            assert rules is not None
            used_rules = rules.name
            suggestions = (rule_output or {}).get(doc.name) or rules.suggest(document)
        rule_labels.update(s.label for s in suggestions)
        marks = {**rule_marks(suggestions), **gazetteer.find(document.text, own[doc.name], document.language)}
        training_units = _training_units(doc, marks)
        seen.append((doc, marks, training_units))
        proposed.append(suggestions)
        for unit, weight in training_units:
            sequence = pycrfsuite.ItemSequence([list(f) for f in unit.features])
            for label in per_label:
                tags = bio(unit, [f for s in doc.annotated.spans if s.label == label for f in s.fragments])
                per_label[label].extend([(sequence, tags)] * weight)
        for span in doc.annotated.spans:
            counts[span.label] += 1
        _add_link_examples(doc, suggestions, schema, link_data, link_ends, counts)
    learnable = [label for label in per_label if counts[label] >= MIN_SPANS]
    counted: dict[str, SentenceChoice] = {}
    for label in learnable:
        if label not in rule_labels and is_sentence_label(
            [(d.annotated.document.text, [(s.start, s.end) for s in d.annotated.spans if s.label == label]) for d in docs]
        ):
            choice = _sentence_choice(seen, label, check)
            if choice is not None:
                counted[label] = choice
    spans = {label: blob for label in learnable if label not in counted and (blob := crf.train(per_label[label], check=check)) is not None}
    sentences = {
        label: replace(found, per_document=counted[label].per_document)
        for label in counted
        if (found := _train_sentences(seen, label, counted[label].c1, check, counted[label].features)) is not None
    }
    links = {
        relation: LinkModel(*link_ends[relation].most_common(1)[0][0], blob)
        for relation, pairs in sorted(link_data.items())
        if counts[f"link:{relation}"] >= MIN_LINKS and (blob := crf.train(pairs, check=check)) is not None
    }
    extents = {}
    for label in sorted(rule_labels & set(learnable)):
        found = _extent_examples(seen, proposed, label)
        if _runs_on_better(seen, proposed, found, label, check) and (blob := extent.train(_flat(found), check)) is not None:
            extents[label] = blob
    return LearnedModel(spans, links, gazetteer, used_rules, len(docs), dict(counts), sentences, extents)


def _extent_examples(
    seen: Sequence[tuple[TrainingDocument, Marks, list[tuple[Unit, int]]]], proposed: Sequence[Sequence[Suggestion]], label: str
) -> list[list[tuple[list[str], str]]]:
    """By document: where the rules' ``label`` spans stop at a sentence's end and the annotated
    spans they match go on over the next sentence or stop too, in the parts of it that were
    annotated (``extent.examples``)."""
    by_document = []
    for (doc, marks, training_units), suggestions in zip(seen, proposed):
        document = doc.annotated.document
        spans = [s.fragments for s in doc.annotated.spans if s.label == label]
        mine = [s.fragments for s in suggestions if s.label == label]
        data = []
        for step, found, tag in extent.examples(layer(document.text, document.language), mine, spans, marks):
            weight = next((w for u, w in training_units if u.start <= step.start < u.end), 0)
            data.extend([(found, tag)] * weight)
        by_document.append(data)
    return by_document


def _flat(by_document: Sequence[Sequence[tuple[list[str], str]]]) -> list[tuple[list[str], str]]:
    return [example for examples in by_document for example in examples]


def _runs_on_better(
    seen: Sequence[tuple[TrainingDocument, Marks, list[tuple[Unit, int]]]],
    proposed: Sequence[Sequence[Suggestion]],
    examples: Sequence[Sequence[tuple[list[str], str]]],
    label: str,
    check: crf.Check = crf.no_check,
) -> bool:
    """Whether running the rules' ``label`` spans on as the annotators do matches at least
    ``EXTENT_GAIN`` more annotated spans exactly: a classifier trained on every other document and
    applied to the rest, then the other way round, against the rules' spans as they are
    (``examples``: each document's, from ``_extent_examples``)."""
    if len(seen) < 2:
        return False
    order = list(range(len(seen)))
    gained = 0
    for train_half, test_half in ((order[::2], order[1::2]), (order[1::2], order[::2])):
        blob = extent.train(_flat([examples[i] for i in train_half]), check)
        if blob is None:
            return False
        tagger = crf.Tagger(blob)
        for i in test_half:
            doc, marks, _ = seen[i]
            document = doc.annotated.document
            gold = {s.fragments for s in doc.annotated.spans if s.label == label}
            before = [s for s in proposed[i] if s.label == label]
            after = extent.extended(document.text, document.language, before, label, marks, tagger)
            gained += sum(s.fragments in gold for s in after) - sum(s.fragments in gold for s in before)
    return gained >= EXTENT_GAIN


def _sentence_choice(
    seen: Sequence[tuple[TrainingDocument, Marks, list[tuple[Unit, int]]]], label: str, check: crf.Check = crf.no_check
) -> SentenceChoice | None:
    """The feature set, regularisation and number of clauses per document with which the
    sentence classifier finds most of ``label``'s spans, or None when the token CRF finds more:
    each trained on every other document and tried on the rest, then the other way round, scored
    by overlap plus exact F1, never fewer clauses than the training documents hold per document
    (``_density_floor``). Scores on a dozen documents are noisy, and a classifier of all
    features has hundreds of weights to the core's dozen, so the feature set follows the
    one-standard-error rule: the core features unless all of them score better by more than
    one standard error (over the documents); then that set's best c1 and number of clauses.
    So the classifier and its threshold are tuned on the training documents alone. Used for a
    label whose spans are most of a sentence (a CLAIM, but also a QUOTE after ``X ने कहा कि``)."""
    if len(seen) < 2:
        return SentenceChoice(SENTENCE_C1[0], max(1, round(sum(len(_fragments(d, label)) for d, _, _ in seen) / max(1, len(seen)))))
    halves = (list(seen[::2]), list(seen[1::2]))
    token_found: list[list[tuple[int, int]]] = []
    grid = [(features, c1) for features in FEATURE_SETS for c1 in SENTENCE_C1]
    ranked: dict[tuple[str, float], list[list[tuple[int, int]]]] = {key: [] for key in grid}
    gold: list[list[tuple[int, int]]] = []
    cache: dict[tuple[str, Bounds], list[SentenceItem]] = {}
    for train_half, test_half in (halves, halves[::-1]):
        sequences = [
            (pycrfsuite.ItemSequence([list(f) for f in unit.features]), bio(unit, _fragments(doc, label)))
            for doc, _, training_units in train_half
            for unit, _ in training_units
        ]
        token_blob = crf.train(sequences, check=check)
        token_model = crf.Tagger(token_blob) if token_blob is not None else None
        for doc, _, training_units in test_half:
            found = []
            for unit, _ in training_units if token_model is not None else ():
                tags = token_model.tag(pycrfsuite.ItemSequence([list(f) for f in unit.features]))
                found.extend((unit.tokens[a].start, unit.tokens[b - 1].end) for a, b in runs(tags))
            token_found.append(found)
            gold.append(_fragments(doc, label))
        for features, c1 in grid:
            sentence_model = _train_sentences(train_half, label, c1, check, features, cache)
            if sentence_model is None:
                return None
            tagger = crf.Tagger(sentence_model.model)
            for doc, marks, _ in test_half:
                found_items = _items(doc, marks, sentence_model.bounds, cache)
                clauses = _ranked(doc.annotated.document.text, found_items, tagger, features)
                ranked[features, c1].append([(s, e) for _, s, e in clauses])
    floor = _density_floor(seen, label)
    counts = range(floor, MAX_PER_DOCUMENT + 1)
    scores = {(features, c1, k): _f1([r[:k] for r in ranked[features, c1]], gold) for features, c1 in grid for k in counts}
    features, c1, k = best = _best(scores)
    if scores[best] <= _f1(token_found, gold):
        return None
    return _simplest_within_noise(scores, [_f1([r[:k]], [g]) for r, g in zip(ranked[features, c1], gold, strict=True)])


def _best(scores: Mapping[tuple[str, float, int], float]) -> tuple[str, float, int]:
    """The best (feature set, c1, clauses per document); among equals the fewest clauses, the
    core features, the strongest regularisation."""
    return max(scores, key=lambda key: (scores[key], -key[2], key[0] == CORE, key[1]))


def _simplest_within_noise(scores: Mapping[tuple[str, float, int], float], per_document: Sequence[float]) -> SentenceChoice:
    """The one-standard-error rule over ``scores`` by (feature set, c1, clauses per document):
    the core features when their best score is within one standard error of the best one (the
    error taken over the best's ``per_document`` scores), else all; then the best c1 and number
    of clauses for that set (``_best``)."""
    best = _best(scores)
    margin = statistics.pstdev(per_document) / math.sqrt(len(per_document)) if per_document else 0.0
    features = min((f for (f, _, _), v in scores.items() if v >= scores[best] - margin), key=lambda f: f != CORE)
    _, c1, k = _best({key: v for key, v in scores.items() if key[0] == features})
    return SentenceChoice(c1, k, features)


def _items(
    doc: TrainingDocument, marks: Marks, bounds: Bounds, cache: dict[tuple[str, Bounds], list[SentenceItem]]
) -> list[SentenceItem]:
    """The sentence items of a training document under ``bounds``, computed once per choice."""
    key = (doc.name, bounds)
    if key not in cache:
        document = doc.annotated.document
        cache[key] = items(document.text, marks, document.language, bounds)
    return cache[key]


def _density_floor(seen: Sequence[tuple[TrainingDocument, Marks, list[tuple[Unit, int]]]], label: str) -> int:
    """The fewest clauses per document the choice may take: the whole number of ``label``'s spans
    the training documents hold per document (at most ``MAX_PER_DOCUMENT``), so that a choice
    made on two small halves does not starve recall below what annotators mark."""
    spans = sum(len(_fragments(doc, label)) for doc, _, _ in seen)
    return min(MAX_PER_DOCUMENT, max(1, int(spans / max(1, len(seen)))))


def _fragments(doc: TrainingDocument, label: str) -> list[tuple[int, int]]:
    return [f for s in doc.annotated.spans if s.label == label for f in s.fragments]


def _f1(found: Sequence[Sequence[tuple[int, int]]], gold: Sequence[Sequence[tuple[int, int]]]) -> float:
    """Overlap F1 plus exact F1 (gold spans found, counted loosely: enough to compare two models)."""
    overlapping = sum(
        sum(1 for s, e in g if any(a < e and s < b for a, b in f)) for f, g in zip(found, gold, strict=True)
    )
    exact = sum(len(set(f) & set(g)) for f, g in zip(found, gold, strict=True))
    total = sum(len(f) for f in found) + sum(len(g) for g in gold)
    return 2 * (overlapping + exact) / total if total else 0.0


def _best_sentences(
    text: str, language: str | None, marks: Marks, tagger: crf.Tagger, model: SentenceModel
) -> list[tuple[float, int, int]]:
    """The clauses of the ``per_document`` most likely sentences with their probability, in text order."""
    chosen = _ranked_clauses(text, language, marks, tagger, model)[: max(1, round(model.per_document))]
    return sorted(chosen, key=lambda x: x[1])


def _ranked_clauses(
    text: str, language: str | None, marks: Marks, tagger: crf.Tagger, model: SentenceModel
) -> list[tuple[float, int, int]]:
    """The clause of every sentence with its sentence's probability, the likeliest first; a
    clause the article repeats word for word comes once."""
    return _ranked(text, items(text, marks, language, model.bounds), tagger, model.features)


def _ranked(text: str, found: Sequence[SentenceItem], tagger: crf.Tagger, features: str) -> list[tuple[float, int, int]]:
    scored = sorted(
        ((tagger.probability(sentence_sequence(i, features), "1"), *i.clause) for i in found),
        key=lambda x: (-x[0], x[1]),
    )
    chosen: dict[str, tuple[float, int, int]] = {}
    for p, start, end in scored:
        chosen.setdefault(norm(" ".join(text[start:end].split())), (p, start, end))
    return list(chosen.values())


def _train_sentences(
    seen: Sequence[tuple[TrainingDocument, Marks, list[tuple[Unit, int]]]],
    label: str,
    c1: float,
    check: crf.Check = crf.no_check,
    features: str = ALL,
    cache: dict[tuple[str, Bounds], list[SentenceItem]] | None = None,
) -> SentenceModel | None:
    examples = []
    positives = 0
    bounds = learn_bounds(
        (d.annotated.document.text, d.annotated.document.language, _fragments(d, label)) for d, _, _ in seen
    )
    for doc, marks, training_units in seen:
        spans = _fragments(doc, label)
        for item in _items(doc, marks, bounds, cache if cache is not None else {}):
            weight = next((w for u, w in training_units if u.start <= item.start < u.end), 0)
            tag = "1" if covered(item, spans) >= COVER else "0"
            positives += tag == "1"
            examples.extend([(sentence_sequence(item, features), [tag])] * weight)
    blob = crf.train(examples, {**SENTENCE_PARAMS, "c1": c1}, check)
    return SentenceModel(blob, positives / max(1, len(seen)), bounds, features) if blob is not None else None


def _training_units(doc: TrainingDocument, marks: Marks) -> list[tuple[Unit, int]]:
    text = doc.annotated.document.text
    marked = doc.marked
    only: list[tuple[int, int]] | None
    if doc.scope is Scope.ALL:
        only = None
    elif doc.scope is Scope.UP_TO_LAST:
        only = [(0, max(e for _, e in marked))]
    else:
        only = marked
    reviewed = [(r.fragments[0][0], r.fragments[-1][1]) for r in doc.reviews]
    return [
        (unit, REVIEW_WEIGHT if any(s < unit.end and unit.start < e for s, e in reviewed) else 1)
        for unit in units(text, marks, only, doc.annotated.document.language)
    ]


def _add_link_examples(
    doc: TrainingDocument,
    suggestions: Sequence[Suggestion],
    schema: Schema,
    link_data: dict[str, list[tuple[pycrfsuite.ItemSequence, list[str]]]],
    link_ends: dict[str, Counter[tuple[str, str]]],
    counts: Counter[str],
) -> None:
    a = doc.annotated
    labels = {s.id: s.label for s in a.spans}
    mentions = [Mention(str(s.id), s.label, s.start, s.end) for s in a.spans]
    context = LinkContext(a.document.text, mentions, rule_links(suggestions), a.document.language)
    for relation in schema.relations:
        gold = {(str(r.head), str(r.tail)) for r in a.relations if r.type == relation.name}
        if not gold:
            continue
        ends = Counter((labels[r.head], labels[r.tail]) for r in a.relations if r.type == relation.name)
        link_ends.setdefault(relation.name, Counter()).update(ends)
        counts[f"link:{relation.name}"] += len(gold)
        head, tail = ends.most_common(1)[0][0]
        link_data.setdefault(relation.name, []).extend(training_pairs(context, relation.name, head, tail, gold))


class LearnedSuggester:
    """Suggests with a ``LearnedModel``: spans from each label's CRF (confidence: the mean
    marginal of their tags), then links from each relation's scorer."""

    name = "learned"

    def __init__(self, model: LearnedModel, rules: Suggester | None = None) -> None:
        self.model = model
        self.rules = rules if model.rules else None
        self._taggers = {label: crf.Tagger(blob) for label, blob in model.spans.items()}
        self._linkers = {relation: crf.Tagger(m.model) for relation, m in model.links.items()}
        self._sentences = {label: crf.Tagger(m.model) for label, m in model.sentences.items()}
        self._extents = {label: crf.Tagger(blob) for label, blob in model.extents.items()}
        self._marked: tuple[tuple[str, str | None, tuple[Suggestion, ...]], Marks] | None = None

    def suggest(self, document: Document) -> list[Suggestion]:
        rules = self.rules.suggest(document) if self.rules is not None and covers(self.rules, document) else []
        return self.suggest_given(document, rules)

    def suggest_given(self, document: Document, rule_suggestions: Sequence[Suggestion], links: bool = True) -> list[Suggestion]:
        """Suggestions for ``document`` when the rules' own are already known (without links
        unless ``links``: the combined suggester links after merging)."""
        text, language = document.text, document.language
        marks = self.marks(document, rule_suggestions)
        found: list[Suggestion] = []
        for unit in units(text, marks, language=language):
            sequence = pycrfsuite.ItemSequence([list(f) for f in unit.features])
            for label, tagger in self._taggers.items():
                tags = tagger.tag(sequence)
                for first, last in runs(tags):
                    span = ((unit.tokens[first].start, unit.tokens[last - 1].end),)
                    confidence = round(tagger.confidence(tags, first, last), 3)
                    found.append(Suggestion(f"L{len(found) + 1}", label, span, confidence, rule="learned from the project"))
        for label, tagger in self._sentences.items():
            for p, start, end in _best_sentences(text, language, marks, tagger, self.model.sentences[label]):
                found.append(Suggestion(f"L{len(found) + 1}", label, ((start, end),), round(p, 3), rule="learned sentence"))
        return self.link(text, found, rule_suggestions, language=language) if links else found

    def marks(self, document: Document, rule_suggestions: Sequence[Suggestion]) -> Marks:
        """What the model sees beside the words: the rules' spans (when it was trained with them)
        and the gazetteer's finds. Kept for the document asked about last, which the combined
        suggester asks about twice (for the spans, then for how far they run)."""
        key = (document.text, document.language, tuple(rule_suggestions))
        marked = self._marked
        if marked is None or marked[0] != key:
            found = {**rule_marks(rule_suggestions if self.rules is not None else ()), **self.model.gazetteer.find(document.text, (), document.language)}
            marked = self._marked = (key, found)
        return marked[1]

    def run_on(self, document: Document, suggestions: Sequence[Suggestion], rule_suggestions: Sequence[Suggestion]) -> list[Suggestion]:
        """``suggestions`` with the spans of each label that has an extent model run on over the
        next sentences as the project's annotators run theirs (``extent``)."""
        result = list(suggestions)
        if not self._extents:
            return result
        text, language = document.text, document.language
        marks = self.marks(document, rule_suggestions)
        for label, tagger in self._extents.items():
            result = extent.extended(text, language, result, label, marks, tagger)
        return result

    def link(
        self,
        text: str,
        suggestions: list[Suggestion],
        rule_suggestions: Sequence[Suggestion] = (),
        keep: bool = False,
        language: str | None = None,
        without: Collection[str] = (),
    ) -> list[Suggestion]:
        """``suggestions`` with learned links added (of no type in ``without``); heads that
        already hold a link of a type keep it when ``keep``."""
        mentions = [Mention(s.key, s.label, s.start, s.end) for s in suggestions]
        context = LinkContext(text, mentions, rule_links(rule_suggestions if self.rules is not None else ()), language)
        added: dict[str, list[SuggestedLink]] = {}
        for relation, tagger in self._linkers.items():
            if relation in without:
                continue
            ends = self.model.links[relation]
            skip = {s.key for s in suggestions if keep and s.link(relation) is not None}
            for head, tail, p in best_links(context, relation, ends.head, ends.tail, tagger, skip):
                added.setdefault(head, []).append(SuggestedLink(relation, tail, round(p, 3)))
        result = [
            Suggestion(s.key, s.label, s.fragments, s.confidence, s.attributes, (*s.links, *added.get(s.key, ())), s.rule)
            if s.key in added
            else s
            for s in suggestions
        ]
        return sorted(result, key=lambda s: (s.start, s.end, s.label, s.key))
