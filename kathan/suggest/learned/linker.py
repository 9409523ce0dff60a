"""Learned links (``said_by``, ``cued_by``, any relation of the schema): for each head span, the
candidate tails near it are scored by a one-item CRF (logistic regression, in effect) on where
the tail stands, how far, what lies between and what the tail's words are; the best one above
a threshold becomes the link."""

from __future__ import annotations

import bisect
from collections.abc import Collection, Sequence
from dataclasses import dataclass

import pycrfsuite

from kathan.suggest.learned.crf import Tagger
from kathan.suggest.segment import layer

THRESHOLD = 0.35
MAX_PARAGRAPHS_APART = 1


@dataclass(frozen=True, slots=True)
class Mention:
    """A span as the linker sees it: its key, label and outer bounds."""

    key: str
    label: str
    start: int
    end: int


class LinkContext:
    """Token, sentence and paragraph positions of one text and its mentions, computed once for all pairs."""

    def __init__(
        self, text: str, mentions: Sequence[Mention], rule_links: set[tuple[str, int, int, int, int]], language: str | None = None
    ) -> None:
        self.layer = layer(text, language)
        self.sentence_starts = [s for s, _ in self.layer.sentences]
        self.paragraph_starts = [s for s, _ in self.layer.paragraphs]
        self.mentions = sorted(mentions, key=lambda m: (m.start, m.end, m.key))
        self.mention_starts = [m.start for m in self.mentions]
        self.where = {m.key: (self.paragraph(m.start), self.sentence(m.start), self.sentence(m.end - 1)) for m in self.mentions}
        self.words = {m.key: self.layer.words_between(m.start, m.end) for m in self.mentions}
        self.rule_links = rule_links
        """``(type, head start, head end, tail start, tail end)`` of the links the rules suggest."""

    def token_index(self, offset: int) -> int:
        return self.layer.index(offset)

    def paragraph(self, offset: int) -> int:
        return bisect.bisect_right(self.paragraph_starts, offset) - 1

    def sentence(self, offset: int) -> int:
        return bisect.bisect_right(self.sentence_starts, offset) - 1

    def candidates(self, head: Mention, tail_label: str) -> list[Mention]:
        here = self.where[head.key][0]
        return [
            m
            for m in self.mentions
            if m.label == tail_label and m.key != head.key and abs(self.where[m.key][0] - here) <= MAX_PARAGRAPHS_APART
        ]

    def ranks(self, head: Mention, candidates: Sequence[Mention]) -> dict[str, int]:
        """Each candidate's rank by distance among the candidates on its side of ``head`` (0: nearest; at most 3)."""
        found: dict[str, int] = {}
        for before in (True, False):
            same_side = [c for c in candidates if (c.end <= head.start) == before]
            same_side.sort(key=lambda c: abs((head.start - c.end) if before else (c.start - head.end)))
            found.update((c.key, min(3, i)) for i, c in enumerate(same_side))
        return found

    def features(self, relation: str, head: Mention, tail: Mention, rank: int) -> list[str]:
        """The features of the pair ``head`` → ``tail``, given the tail's rank among the head's candidates (``ranks``)."""
        before = tail.end <= head.start
        after = tail.start >= head.end
        side = "before" if before else "after" if after else "overlap"
        if before:
            gap = self.token_index(head.start) - self.token_index(tail.end)
            lo, hi = tail.end, head.start
        else:
            gap = self.token_index(tail.start) - self.token_index(head.end)
            lo, hi = head.end, tail.start
        tail_words = self.words[tail.key]
        words = self.layer.words
        after_index, before_index = self.token_index(tail.end), self.token_index(tail.start) - 1
        f = [
            "b",
            f"side={side}",
            f"gap={_bucket(gap)}",
            f"side|gap={side}|{_bucket(gap)}",
            f"rank={rank}",
            f"side|rank={side}|{rank}",
            f"tail_last={tail_words[-1] if tail_words else ''}",
            f"tail_first={tail_words[0] if tail_words else ''}",
            f"tail_len={min(len(tail_words), 5)}",
            f"after_tail={words[after_index] if after_index < len(words) else '</s>'}",
            f"before_tail={words[before_index] if before_index >= 0 else '<s>'}",
        ]
        head_where, tail_where = self.where[head.key], self.where[tail.key]
        if tail_where[1] in (head_where[1], head_where[2]):
            f.append("same_sentence")
        if head_where[0] == tail_where[0]:
            f.append("same_paragraph")
        first = bisect.bisect_left(self.mention_starts, lo)
        for m in self.mentions[first:bisect.bisect_left(self.mention_starts, hi)]:
            if m.key not in (head.key, tail.key) and m.end <= hi:
                f.append(f"between={m.label}")
        if (relation, head.start, head.end, tail.start, tail.end) in self.rule_links:
            f.append("rule_link")
        elif any(r[0] == relation and _overlaps(r[1:3], (head.start, head.end)) and _overlaps(r[3:5], (tail.start, tail.end)) for r in self.rule_links):
            f.append("rule_link_near")
        return f


def _overlaps(a: Sequence[int], b: Sequence[int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _bucket(n: int) -> str:
    for limit in (0, 1, 2, 3, 5, 8, 12, 20, 40):
        if n <= limit:
            return str(limit)
    return "far"


def training_pairs(
    context: LinkContext, relation: str, head_label: str, tail_label: str, gold: set[tuple[str, str]]
) -> list[tuple[pycrfsuite.ItemSequence, list[str]]]:
    """One-item sequences labelled ``1`` (the gold link) or ``0`` for every candidate pair."""
    pairs = []
    for head in context.mentions:
        if head.label != head_label:
            continue
        candidates = context.candidates(head, tail_label)
        ranks = context.ranks(head, candidates)
        for tail in candidates:
            features = context.features(relation, head, tail, ranks[tail.key])
            pairs.append((pycrfsuite.ItemSequence([features]), ["1" if (head.key, tail.key) in gold else "0"]))
    return pairs


def best_links(
    context: LinkContext, relation: str, head_label: str, tail_label: str, tagger: Tagger, skip: Collection[str] = ()
) -> list[tuple[str, str, float]]:
    """``(head key, tail key, probability)`` of the best candidate of each head (but those in
    ``skip``) above the threshold."""
    found = []
    for head in context.mentions:
        if head.label != head_label or head.key in skip:
            continue
        candidates = context.candidates(head, tail_label)
        ranks = context.ranks(head, candidates)
        scored = [
            (tagger.probability(pycrfsuite.ItemSequence([context.features(relation, head, c, ranks[c.key])]), "1"), c.key)
            for c in candidates
        ]
        if scored:
            p, key = max(scored, key=lambda s: (s[0], s[1]))
            if p >= THRESHOLD:
                found.append((head.key, key, p))
    return found
