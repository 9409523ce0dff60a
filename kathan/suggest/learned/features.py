"""Token features for the learned suggester: the words around a token, its shape, where it
stands in its sentence, and what the gazetteer and (where they cover the language) the rules
say about it. Nothing here is specific to one language or schema.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from kathan.suggest.segment import layer, norm
from kathan.text.tokens import Token

_DOUBLE_QUOTES = frozenset({'"', "“", "”", "''", "‘‘", "’’", "«", "»", "„"})
_SINGLE_QUOTES = frozenset({"'", "‘", "’"})
SENTENCE_MARKS = frozenset("।॥.?!؟۔")
QUOTE_MARKS = frozenset(ch for mark in _DOUBLE_QUOTES | _SINGLE_QUOTES for ch in mark)
"""Every character that writes a quote mark."""


@dataclass(frozen=True, slots=True)
class Unit:
    """One training or tagging sequence: the tokens of a paragraph and their features."""

    start: int
    end: int
    tokens: tuple[Token, ...]
    features: tuple[tuple[str, ...], ...]


Marks = Mapping[str, Sequence[tuple[int, int]]]
"""Spans by name (a label, or ``rule:LABEL``) that become B/I features of the tokens they cover."""


def units(
    text: str, marks: Marks | None = None, only: Sequence[tuple[int, int]] | None = None, language: str | None = None
) -> list[Unit]:
    """The paragraphs of ``text`` (those overlapping ``only`` when given) as feature sequences."""
    text_layer = layer(text, language)
    sentences = list(text_layer.sentences)
    sentence_starts = [s for s, _ in sentences]
    result = []
    for n, (start, end) in enumerate(text_layer.paragraphs):
        if only is not None and not any(s < end and start < e for s, e in only):
            continue
        tokens = list(text_layer.between(start, end))
        if not tokens:
            continue
        result.append(Unit(start, end, tuple(tokens), _features(tokens, n == 0, sentences, sentence_starts, marks or {})))
    return result


def _features(
    tokens: list[Token],
    first_paragraph: bool,
    sentences: list[tuple[int, int]],
    sentence_starts: list[int],
    marks: Marks,
) -> tuple[tuple[str, ...], ...]:
    words = [norm(t.text) for t in tokens]
    padded = ["<s>", "<s>", *words, "</s>", "</s>"]
    sentence_of = [max(0, bisect.bisect_right(sentence_starts, t.start) - 1) for t in tokens]
    members: dict[int, list[str]] = {s: [] for s in sentence_of}
    for token, word, s in zip(tokens, words, sentence_of, strict=True):
        if token.text[:1].isalnum():
            members[s].append(word)
    ends = {
        s: (found[0] if found else "", found[-1] if found else "", found[-2] if len(found) > 1 else "")
        for s, found in members.items()
    }
    tags = _mark_tags(tokens, marks)
    inside_double = False
    result: list[tuple[str, ...]] = []
    for i, token in enumerate(tokens):
        w = words[i]
        f = [
            "b",
            f"w={w}",
            f"w-1={padded[i + 1]}",
            f"w-2={padded[i]}",
            f"w+1={padded[i + 3]}",
            f"w+2={padded[i + 4]}",
            f"w-1|w={padded[i + 1]}|{w}",
            f"w|w+1={w}|{padded[i + 3]}",
            f"s2={w[-2:]}",
            f"s3={w[-3:]}",
            f"p2={w[:2]}",
        ]
        first = token.text[:1]
        if token.text in _DOUBLE_QUOTES:
            f.append("qd")
            inside_double = not inside_double
        elif token.text in _SINGLE_QUOTES:
            f.append("qs")
        elif not first.isalnum():
            f.append("punct")
            if token.text in SENTENCE_MARKS:
                f.append("end_mark")
        elif first.isdigit():
            f.append("digit")
        elif first.isascii():
            f.append("latin")
        if inside_double and token.text not in _DOUBLE_QUOTES:
            f.append("in_quotes")
        if i == 0:
            f.append("par_start")
        if i == len(tokens) - 1:
            f.append("par_end")
        if first_paragraph:
            f.append("first_par")
        s = sentence_of[i]
        if i == 0 or sentence_of[i - 1] != s:
            f.append("sent_start")
        if i == len(tokens) - 1 or sentence_of[i + 1] != s:
            f.append("sent_end")
        opening, last, before_last = ends[s]
        f.extend((f"sf={opening}", f"sl={last}", f"sl2={before_last}|{last}"))
        f.extend(tags[i])
        result.append(tuple(f))
    return tuple(result)


def _mark_tags(tokens: list[Token], marks: Marks) -> list[list[str]]:
    tags: list[list[str]] = [[] for _ in tokens]
    starts = [t.start for t in tokens]
    for name, found in marks.items():
        for s, e in found:
            i = max(0, bisect.bisect_right(starts, s) - 1)
            first = True
            while i < len(tokens) and tokens[i].start < e:
                if tokens[i].end > s:
                    tags[i].append(f"{name}:{'B' if first else 'I'}")
                    first = False
                i += 1
    return tags


def bio(unit: Unit, spans: Sequence[tuple[int, int]]) -> list[str]:
    """``B``/``I``/``O`` of each token of ``unit`` for ``spans`` (a token touching a span is in it)."""
    tags = ["O"] * len(unit.tokens)
    for s, e in sorted(spans):
        first = True
        for i, t in enumerate(unit.tokens):
            if t.end > s and t.start < e:
                tags[i] = "B" if first else "I"
                first = False
    return tags


def runs(tags: Sequence[str]) -> list[tuple[int, int]]:
    """``(first, last + 1)`` token indices of every B/I run (an I after O opens a run too)."""
    found: list[tuple[int, int]] = []
    start = -1
    for i, tag in enumerate(tags):
        if tag == "B" or (tag == "I" and start < 0):
            if start >= 0:
                found.append((start, i))
            start = i
        elif tag == "O" and start >= 0:
            found.append((start, i))
            start = -1
    if start >= 0:
        found.append((start, len(tags)))
    return found
