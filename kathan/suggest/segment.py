"""The text layer as the suggesters read it: tokens, sentences and paragraphs of one text, by
offset, computed once per text for the rules and the learned suggester alike.

A thin adapter over ``kathan.text.tokens`` and ``kathan.text.sentences`` (which know Hindi
news: ``।`` after a space, ``.`` with no space after, domains, abbreviations, closing quote
marks after the end mark) that adds what the rules ask for: the words inside a range and
the sentence around an offset.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

from kathan.text.scripts import DEFAULT_LANGUAGE, base_language
from kathan.text.sentences import paragraphs, split_sentences
from kathan.text.tokens import Token, tokenize

_QUOTE_START = "'‘’\"“”"
_INVISIBLE_CHARS = frozenset("\u200c\u200d\u00ad\u200b")
_INVISIBLE = {ord(c): None for c in _INVISIBLE_CHARS}
LEGACY_VOWELS = (("अाे", "ओ"), ("अाै", "औ"), ("अो", "ओ"), ("अौ", "औ"), ("अा", "आ"), ("ाे", "ो"), ("ाै", "ौ"), ("ांे", "ों"))
"""Vowel signs as text converted from the old non-Unicode fonts spells them (अाराेप for आरोप,
उन्हांेने for उन्होंने, its anusvara typed between the two halves of ो), and the letters they stand for."""
OLD_SPELLINGS = (("हुये", "हुए"),)
"""Words papers still spell the old way (… आरोप लगाते हुये), and the spelling the lexicon lists."""
_LEGACY_LETTERS = dict(LEGACY_VOWELS + OLD_SPELLINGS)
_LEGACY = re.compile("|".join(sorted(_LEGACY_LETTERS, key=len, reverse=True)))


@dataclass(frozen=True, slots=True)
class Word:
    """A token of the text layer: a word, number, @handle or punctuation mark."""

    start: int
    end: int
    text: str

    @property
    def norm(self) -> str:
        """The text without zero-width joiners and soft hyphens (उन्‍होंने) and with its vowel signs
        as Unicode spells them (``LEGACY_VOWELS``: अाराेप) and old spellings as the lexicon lists them
        (``OLD_SPELLINGS``: हुये), for lexicon look-ups."""
        text = self.text.translate(_INVISIBLE) if _INVISIBLE_CHARS.intersection(self.text) else self.text
        return _LEGACY.sub(lambda m: _LEGACY_LETTERS[m.group()], text) if _LEGACY.search(text) else text

    @property
    def is_word(self) -> bool:
        """Whether it is a word, number or handle rather than punctuation or a quote mark."""
        first = self.text[:1]
        return first.isalnum() or first in "@#" or (len(self.text) > 1 and first not in _QUOTE_START)


@lru_cache(maxsize=1 << 16)
def norm(text: str) -> str:
    """A token as the learned suggester's features and gazetteer see it: no zero-width joiners, case folded."""
    return text.translate(_INVISIBLE).casefold()


class Layer:
    """The tokens and sentences of one text (its normalised words and paragraphs on first use)."""

    def __init__(self, text: str, language: str | None = None) -> None:
        self.text = text
        self.tokens: tuple[Token, ...] = tuple(tokenize(text, language))
        self.starts = tuple(t.start for t in self.tokens)
        self.sentences = tuple((s.start, s.end) for s in split_sentences(text, language))

    @cached_property
    def words(self) -> tuple[str, ...]:
        """``norm`` of every token."""
        return tuple(norm(t.text) for t in self.tokens)

    @cached_property
    def paragraphs(self) -> tuple[tuple[int, int], ...]:
        return tuple(paragraphs(self.text))

    def index(self, offset: int) -> int:
        """The index of the first token starting at or after ``offset``."""
        return bisect.bisect_left(self.starts, offset)

    def between(self, start: int, end: int) -> tuple[Token, ...]:
        """The tokens starting inside ``[start, end)``."""
        return self.tokens[self.index(start):self.index(end)]

    def words_between(self, start: int, end: int) -> tuple[str, ...]:
        """The normalised words of ``between(start, end)``."""
        return self.words[self.index(start):self.index(end)]

    def word_norms(self, start: int, end: int) -> list[str]:
        """``words_between(start, end)`` without punctuation: those opening with a letter or digit."""
        return [w for w in self.words_between(start, end) if w[:1].isalnum()]


def layer(text: str, language: str | None = None) -> Layer:
    """The layer of ``text`` as its language (None: Hindi) segments it; the rules and the learned
    suggester running on one document share it (``hi``, ``hi-IN`` and None segment alike)."""
    return _layer(text, base_language(language) or DEFAULT_LANGUAGE)


@lru_cache(maxsize=8)
def _layer(text: str, language: str) -> Layer:
    return Layer(text, language)


class TextIndex:
    """Tokens and sentences of one text, computed once."""

    def __init__(self, text: str) -> None:
        self.text = text
        text_layer = layer(text)
        self.tokens = text_layer.tokens
        self._layer = text_layer
        self.sentences = list(text_layer.sentences)
        self._starts = [s for s, _ in self.sentences]
        self._ends = [e for _, e in self.sentences]

    def words(self, start: int, end: int) -> list[Word]:
        """The tokens lying wholly inside ``[start, end)``."""
        if start >= end:
            return []
        return [Word(t.start, t.end, t.text) for t in self._layer.between(start, end) if t.end <= end]

    def sentence_before(self, offset: int) -> tuple[int, int] | None:
        """The last sentence ending at or before ``offset``, or None."""
        i = bisect.bisect_right(self._ends, offset) - 1
        return self.sentences[i] if i >= 0 else None

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
