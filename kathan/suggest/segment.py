"""The text layer as the rules read it: words and sentences of one document, by offset.

A thin adapter over ``kathan.text.tokens`` and ``kathan.text.sentences`` (which know Hindi
news: ``।`` after a space, ``.`` with no space after, domains, abbreviations, closing quote
marks after the end mark) that adds what the rules ask for: the words inside a range and
the sentence around an offset.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from kathan.text.sentences import split_sentences
from kathan.text.tokens import Tokens

_QUOTE_START = "'‘’\"“”"
_INVISIBLE_CHARS = frozenset("\u200c\u200d\u00ad\u200b")
_INVISIBLE = {ord(c): None for c in _INVISIBLE_CHARS}


@dataclass(frozen=True, slots=True)
class Word:
    """A token of the text layer: a word, number, @handle or punctuation mark."""

    start: int
    end: int
    text: str

    @property
    def norm(self) -> str:
        """The text without zero-width joiners and soft hyphens, for lexicon look-ups (उन्‍होंने)."""
        return self.text.translate(_INVISIBLE) if _INVISIBLE_CHARS.intersection(self.text) else self.text

    @property
    def is_word(self) -> bool:
        """Whether it is a word, number or handle rather than punctuation or a quote mark."""
        first = self.text[:1]
        return first.isalnum() or first in "@#" or (len(self.text) > 1 and first not in _QUOTE_START)


class TextIndex:
    """Tokens and sentences of one text, computed once."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = Tokens(text)
        self.sentences = [(s.start, s.end) for s in split_sentences(text)]
        self._starts = [s for s, _ in self.sentences]

    def words(self, start: int, end: int) -> list[Word]:
        """The tokens lying wholly inside ``[start, end)``."""
        if start >= end:
            return []
        return [Word(t.start, t.end, t.text) for t in self.tokens.between(start, end) if t.start >= start and t.end <= end]

    def sentence_around(self, offset: int) -> tuple[int, int] | None:
        """The sentence holding ``offset``, or None when it falls between sentences."""
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and self.sentences[i][0] <= offset < self.sentences[i][1]:
            return self.sentences[i]
        return None


def trim(text: str, start: int, end: int, strip: str = "") -> tuple[int, int]:
    """``(start, end)`` without surrounding whitespace and without the characters in ``strip``."""
    while start < end and (text[start].isspace() or text[start] in strip):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in strip):
        end -= 1
    return start, end
