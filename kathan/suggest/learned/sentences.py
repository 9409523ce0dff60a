"""Sentence-sized labels (a CLAIM is a proposition, most often a sentence or the content of a
quote): a classifier over sentences, trained on whether a label's span covers enough of each
one, that suggests as many per document as training chose, the most likely first. What it proposes in a chosen sentence is its **clause**: the part a rule's quote
holds, cut further at the words after which (or before which) the project's annotators
start (or end) such spans inside a sentence (``बता दें कि …``, ``… , लेकिन …``): ``Bounds``,
learned from the training documents, so nothing here is specific to one language."""

from __future__ import annotations

import bisect
from collections import Counter
from itertools import accumulate
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import pycrfsuite

from kathan.suggest.learned.features import Marks
from kathan.suggest.segment import Layer, layer, norm
from kathan.text.sentences import split_sentences

COVER = 0.25
"""A sentence is positive when a span of the label covers at least this share of it."""
SENTENCE_LIKE = 0.5
"""A label is a sentence label when most of its spans cover at least this share of their sentence."""
MIN_CLAUSE_WORDS = 3
"""A clause is cut from its sentence only when it keeps at least this many words."""
MIN_BOUND = 2
"""A word becomes a bound after it was seen this many times at a span's edge inside a sentence."""
BODY_STEPS = (0, 1, 2, 3, 5, 10, 20)
"""A body sentence at place n (0: the lead) has ``body<=s`` for every step s >= n: coded so, one
weight says "the earlier the likelier" and the L1 regularisation keeps the steps that matter."""
ORDINAL_CUES = ("digit",)
"""Features whose order of appearance in the body is a feature too (``nth:digit<=1``: among the first two)."""
MAX_NTH = 3
"""The n-th sentence with a cue has ``nth:cue<=s`` for s from n to ``MAX_NTH - 1`` (the fourth and later, none)."""
CORE = "core"
ALL = "all"
FEATURE_SETS = (CORE, ALL)
"""What a sentence classifier sees: ``core``, only where a sentence stands and whether it states
a number (``b``, ``headline``, ``digit``, ``body<=``, ``nth:``), a dozen weights that a dozen
annotated articles can estimate; or ``all``, with the words at its edges, the marks of the
rules and the gazetteer, its length and its clause. Training chooses by cross-validation."""
_CORE_NAMES = frozenset({"b", "headline", "digit"})
_CORE_PREFIXES = ("body<=", "nth:")
RULE_QUOTES = "r:QUOTE"
"""The marks of the rules' quotes: a sentence label's clause is the part of its sentence one holds."""
_STRIP = " \t\n\u00a0।॥.?!\"“”'‘’"
_SKIPPED = frozenset("\"“”'‘’,")
"""Marks looked past when finding the word next to a span's edge."""


@dataclass(frozen=True, slots=True)
class Bounds:
    """Words after which a label's spans begin (``openers``) and before which they end
    (``closers``) inside a sentence more often than they occur within those spans."""

    openers: frozenset[str] = frozenset()
    closers: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class SentenceItem:
    start: int
    end: int
    features: tuple[str, ...]
    clause: tuple[int, int]
    """What is proposed when the sentence is chosen: the sentence or the part of it that carries the label."""


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _STRIP:
        start += 1
    while end > start and text[end - 1] in _STRIP:
        end -= 1
    return start, end


def items(text: str, marks: Marks, language: str | None = None, bounds: Bounds = Bounds()) -> list[SentenceItem]:
    """Every sentence of ``text`` (without its end mark and outer quote marks) with its features and clause.

    Where a sentence stands is its place in the body (the sentences after the headline
    paragraph, ``body<=0`` the lead) and, for a sentence stating a number, how many body
    sentences before it did (``nth:digit<=0``: the first to state a figure): annotators choose a
    document's claims among its sentences, and the lead and the first figures are chosen far
    more often than later ones."""
    text_layer = layer(text, language)
    first_paragraph = text_layer.paragraphs[:1]
    quotes = sorted(marks.get(RULE_QUOTES, ()))
    found = []
    sentences = text_layer.sentences
    body = 0
    before: Counter[str] = Counter()
    for n, sentence in enumerate(sentences):
        start, end = trimmed(text, *sentence)
        if start >= end:
            continue
        words = text_layer.word_norms(start, end)
        f = {"b", f"len={_bucket(len(words))}", f"decile={10 * n // len(sentences)}"}
        f.add(f"digits={min(3, sum(1 for w in words if w[:1].isdigit()))}")
        if words:
            f.update((f"first={words[0]}", f"last={words[-1]}"))
        if any(w[:1].isdigit() for w in words):
            f.add("digit")
        f.update(f"unit={after}" for w, after in zip(words, words[1:], strict=False) if w[:1].isdigit())
        for name, spans in marks.items():
            if any(s < end and start < e for s, e in spans):
                f.add(name)
        clause = _clause(text, text_layer, start, end, quotes, bounds)
        if clause != (start, end):
            f.add("clause")
            if any(trimmed(text, max(qs, start), min(qe, end)) == clause for qs, qe in quotes if qs < end and start < qe):
                f.add("clause=quote")
        if first_paragraph and start < first_paragraph[0][1]:
            f.add("headline")
        else:
            f.update(f"body<={step}" for step in BODY_STEPS if body <= step)
            cues = [cue for cue in ORDINAL_CUES if cue in f]
            f.update(f"nth:{cue}<={step}" for cue in cues for step in range(MAX_NTH) if before[cue] <= step)
            before.update(cues)
            body += 1
        found.append(SentenceItem(start, end, tuple(sorted(f)), clause))
    return found


def _clause(
    text: str, text_layer: Layer, start: int, end: int, quotes: Sequence[tuple[int, int]], bounds: Bounds
) -> tuple[int, int]:
    """The part of the sentence ``[start, end)`` a sentence label most likely covers."""
    a, b = start, end
    inside = [(max(s, start), min(e, end)) for s, e in quotes if s < end and start < e]
    if inside:
        qa, qb = trimmed(text, *max(inside, key=lambda q: q[1] - q[0]))
        if len(text_layer.word_norms(qa, qb)) >= MIN_CLAUSE_WORDS:
            a, b = qa, qb
    tokens = [t for t in text_layer.between(a, b) if t.end <= b]
    words = [norm(t.text) for t in tokens]
    real = [i for i, t in enumerate(tokens) if t.text[:1].isalnum()]
    if bounds.openers:
        words_before = list(accumulate((t.text[:1].isalnum() for t in tokens[:-1]), initial=0))
        cuts = [
            i + 1
            for i, word in enumerate(words)
            if word in bounds.openers and words_before[i] < len(real) // 2 and len(real) - words_before[i] - 1 >= MIN_CLAUSE_WORDS
        ]
        if cuts:
            a = tokens[max(cuts)].start
    if bounds.closers:
        tokens = [t for t in tokens if t.start >= a]
        words = [norm(t.text) for t in tokens]
        seen = 0
        for i, t in enumerate(tokens):
            if seen >= MIN_CLAUSE_WORDS and words[i] in bounds.closers:
                b = tokens[i - 1].end
                break
            seen += t.text[:1].isalnum()
    a, b = trimmed(text, a, b)
    while b > a and text[b - 1] in ", ":
        b -= 1
    return a, b


def learn_bounds(examples: Iterable[tuple[str, str | None, Sequence[tuple[int, int]]]]) -> Bounds:
    """The openers and closers of a label's spans, from ``(text, language, spans)`` of each training document."""
    before: Counter[str] = Counter()
    after: Counter[str] = Counter()
    within: Counter[str] = Counter()
    for text, language, spans in examples:
        text_layer = layer(text, language)
        tokens = text_layer.tokens
        sentences = text_layer.sentences
        starts = [s for s, _ in sentences]
        for s, e in spans:
            i = max(0, bisect.bisect_right(starts, s) - 1)
            if not sentences:
                continue
            sa, sb = trimmed(text, *sentences[i])
            first, last = text_layer.index(s), text_layer.index(e)
            within.update(norm(t.text) for t in tokens[first:last])
            k = first - 1
            while k >= 0 and tokens[k].start >= sa and tokens[k].text in _SKIPPED:
                k -= 1
            if s > sa and k >= 0 and tokens[k].start >= sa:
                before[norm(tokens[k].text)] += 1
            k = last
            while k < len(tokens) and tokens[k].end <= sb and tokens[k].text in _SKIPPED:
                k += 1
            if e < sb and k < len(tokens) and tokens[k].end <= sb:
                after[norm(tokens[k].text)] += 1
    return Bounds(
        frozenset(w for w, n in before.items() if n >= MIN_BOUND and n > within[w]),
        frozenset(w for w, n in after.items() if n >= MIN_BOUND and n > within[w]),
    )


def _bucket(n: int) -> str:
    for limit in (0, 1, 2, 5, 10, 20, 40):
        if n <= limit:
            return str(limit)
    return "more"


def covered(item: SentenceItem, spans: Sequence[tuple[int, int]]) -> float:
    """The share of the sentence that ``spans`` cover."""
    shared = sum(max(0, min(e, item.end) - max(s, item.start)) for s, e in spans)
    return shared / (item.end - item.start)


def is_sentence_label(texts_and_spans: Sequence[tuple[str, Sequence[tuple[int, int]]]]) -> bool:
    """Whether most spans (given with their document's text) cover most of their sentence."""
    whole = total = 0
    for text, spans in texts_and_spans:
        sentences = [(s.start, s.end) for s in split_sentences(text)]
        starts = [s for s, _ in sentences]
        for s, e in spans:
            i = max(0, bisect.bisect_right(starts, s) - 1)
            a, b = trimmed(text, *sentences[i]) if sentences else (s, e)
            total += 1
            whole += b > a and (min(e, b) - max(s, a)) / (b - a) >= SENTENCE_LIKE
    return total > 0 and whole * 2 > total


def sequence(item: SentenceItem, features: str = ALL) -> pycrfsuite.ItemSequence:
    """The item as a classifier's one-item sequence, with the features of the set ``features`` names."""
    if features == CORE:
        return pycrfsuite.ItemSequence([[f for f in item.features if f in _CORE_NAMES or f.startswith(_CORE_PREFIXES)]])
    return pycrfsuite.ItemSequence([list(item.features)])
