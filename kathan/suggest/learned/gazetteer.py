"""The project's own names: every short annotated mention (a SPEAKER such as ``विदेश मंत्रालय``,
a CUE, an ADDRESSEE) as a token sequence, found again wherever it recurs in a text.

Each mention remembers in how many documents it was annotated, so that training can look a
document up without its own mentions (else the model learns that the gazetteer is always right).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field

from kathan.suggest.segment import layer, norm
from kathan.text.tokens import tokenize

MAX_TOKENS = 6
"""Longer mentions are content rather than names."""

Mention = tuple[str, tuple[str, ...]]
"""A label and the normalised tokens of one of its mentions."""


def mention(label: str, text: str, language: str | None = None) -> Mention | None:
    words = tuple(norm(t.text) for t in tokenize(text, language))
    return (label, words) if 0 < len(words) <= MAX_TOKENS else None


@dataclass(slots=True)
class Gazetteer:
    """Mentions by label, each with the number of documents it was annotated in."""

    entries: dict[str, dict[tuple[str, ...], int]] = field(default_factory=dict)

    def add_document(self, mentions: Iterable[Mention]) -> None:
        for label, words in set(mentions):
            counts = self.entries.setdefault(label, {})
            counts[words] = counts.get(words, 0) + 1

    def find(self, text: str, without: Collection[Mention] = (), language: str | None = None) -> dict[str, list[tuple[int, int]]]:
        """``(start, end)`` of the longest non-overlapping matches of each label's mentions,
        ``g:LABEL`` by label; a mention in ``without`` counts one document less."""
        text_layer = layer(text, language)
        tokens, words = text_layer.tokens, text_layer.words
        found: dict[str, list[tuple[int, int]]] = {}
        for label, counts in self.entries.items():
            known = {m for m, n in counts.items() if n - ((label, m) in without) > 0} if without else counts.keys()
            longest = max((len(m) for m in known), default=0)
            firsts = {m[0] for m in known}
            i = 0
            while i < len(words):
                if words[i] in firsts:
                    for n in range(min(longest, len(words) - i), 0, -1):
                        if tuple(words[i:i + n]) in known:
                            found.setdefault(f"g:{label}", []).append((tokens[i].start, tokens[i + n - 1].end))
                            i += n
                            break
                    else:
                        i += 1
                else:
                    i += 1
        return found

    def to_json(self) -> dict[str, list[tuple[list[str], int]]]:
        return {label: sorted((list(m), n) for m, n in counts.items()) for label, counts in sorted(self.entries.items())}

    @classmethod
    def from_json(cls, data: Mapping[str, Iterable[tuple[Iterable[str], int]]]) -> Gazetteer:
        return cls({label: {tuple(m): int(n) for m, n in items} for label, items in data.items()})
