"""Whole-sentence labels (a CLAIM is a proposition, most often a sentence): a classifier over
sentences, trained on whether a label's span covers most of each one, that suggests as many
sentences per document as the project's annotated density predicts, the most likely first."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

import pycrfsuite

from kathan.suggest.learned.features import Marks
from kathan.suggest.segment import layer
from kathan.text.sentences import split_sentences

COVER = 0.25
"""A sentence is positive when a span of the label covers at least this share of it."""
SENTENCE_LIKE = 0.5
"""A label is a sentence label when most of its spans cover at least this share of their sentence."""
_STRIP = " \t\n\u00a0।॥.?!\"“”'‘’"


@dataclass(frozen=True, slots=True)
class SentenceItem:
    start: int
    end: int
    features: tuple[str, ...]


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _STRIP:
        start += 1
    while end > start and text[end - 1] in _STRIP:
        end -= 1
    return start, end


def items(text: str, marks: Marks, language: str | None = None) -> list[SentenceItem]:
    """Every sentence of ``text`` (without its end mark and outer quote marks) with its features."""
    text_layer = layer(text, language)
    first_paragraph = text_layer.paragraphs[:1]
    found = []
    sentences = text_layer.sentences
    for n, sentence in enumerate(sentences):
        start, end = _trimmed(text, *sentence)
        if start >= end:
            continue
        words = [w for t, w in zip(text_layer.between(start, end), text_layer.words_between(start, end)) if t.text[:1].isalnum()]
        f = {"b", f"pos={_bucket(n)}", f"len={_bucket(len(words))}", f"decile={10 * n // len(sentences)}"}
        f.add(f"digits={min(3, sum(1 for w in words if w[:1].isdigit()))}")
        if words:
            f.update((f"first={words[0]}", f"last={words[-1]}"))
        if any(w[:1].isdigit() for w in words):
            f.add("digit")
        f.update(f"unit={after}" for w, after in zip(words, words[1:], strict=False) if w[:1].isdigit())
        if first_paragraph and start < first_paragraph[0][1]:
            f.add("headline")
        for name, spans in marks.items():
            if any(s < end and start < e for s, e in spans):
                f.add(name)
        found.append(SentenceItem(start, end, tuple(sorted(f))))
    return found


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
            a, b = _trimmed(text, *sentences[i]) if sentences else (s, e)
            total += 1
            whole += b > a and (min(e, b) - max(s, a)) / (b - a) >= SENTENCE_LIKE
    return total > 0 and whole * 2 > total


def sequence(item: SentenceItem) -> pycrfsuite.ItemSequence:
    return pycrfsuite.ItemSequence([list(item.features)])
