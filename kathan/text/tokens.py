"""Tokens with exact code-point offsets, for BIO export, suggestions and token-wise selection.

``tokenize`` reproduces indic-nlp-library's ``trivial_tokenize`` (split at whitespace and at
every ASCII punctuation mark, danda and double danda; keep ``1,334``/``27.5``/``19/03`` whole)
with one compiled ``regex`` pattern that works on the original text, so offsets are never
reconstructed. It keeps whole what the trivial tokenizer splits: ``@handles``, ``#tags``,
URLs (``https://``, ``ftp://``, ``www.``; Devanagari domains too), e-mail and UPI ids
(``pmcares@sbi``, ``संपर्क@डाटामेल.भारत``), hyphenated words (``भारत-रूस``), an ellipsis
``...``, and the doubled quote marks ``''``, ``‘‘`` and ``’’``. It splits what the trivial tokenizer leaves attached: typographic quote
marks (``“ ” ‘ ’``) and any symbol or emoji; it treats every whitespace character (newline,
NBSP, tab, zero-width space) as a separator. Every token is a run of whole grapheme
clusters; ZWJ/ZWNJ and soft hyphens inside a word stay in it.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import overload

import regex

_JOINS = r"[\p{GCB=Extend}\p{GCB=ZWJ}\p{GCB=SpacingMark}]"
# Characters that can glue a word to what follows although they are no word characters,
# or are word characters that glue to what follows: skin-tone modifiers and emoji tags;
# word-like prepend marks; word-like pictographs (a ZWJ after one joins the next emoji).
_EXTEND_NOT_WORD = r"[\U0001F3FB-\U0001F3FF\U000E0020-\U000E007F]"
_PREPEND_WORD = r"[\u0d4e\U000111c2\U000111c3\U000113d1\U0001193f\U00011941\U00011a84-\U00011a89\U00011d46\U00011f02]"
_PICTOGRAPH_WORD = r"[\u2139\u24c2\U0001f170\U0001f171\U0001f17e\U0001f17f]"
_WORD_UNIT = r"(?:(?=[[\w\u00ad]--_])\X)"
_WORD_RUN = (
    r"[[\w\u00ad]--_]+"
    rf"(?:(?={_EXTEND_NOT_WORD})\X"
    rf"|(?<={_PREPEND_WORD})(?![\r\n\p{{GCB=Control}}])\X"
    rf"|(?<={_PICTOGRAPH_WORD}\p{{GCB=Extend}}*\u200d)(?=\p{{Extended_Pictographic}})\X)*"
)
_HYPHENATED = rf"(?:[\-\u2010\u2011]{_WORD_UNIT}+)*"
_DEVANAGARI_LETTER = r"[\u0900-\u0963\u0970-\u097f]"
_INVISIBLE_SEPARATORS = "\u200b\u2060\ufeff"
_SPACE = rf"[\s\x1c-\x1f{_INVISIBLE_SEPARATORS}]"
_CONTROL_SPACE = rf"[\t\n\x0b\x0c\r\x1c-\x1f\x85\u2028\u2029{_INVISIBLE_SEPARATORS}]"
_URL_STOP = rf"\s\x1c-\x1f{_INVISIBLE_SEPARATORS}<>\"“”‘’'।॥"
_URL_TRAIL = r".,;:!?)\]}"

# Alternatives in order of frequency where that is safe. Each ends on a grapheme-cluster
# boundary, and the last matches any cluster but a whitespace one, so the search only ever
# skips whitespace and every match starts on a boundary too. A space carrying a combining
# mark is no whitespace cluster, and so a token; a newline or tab never carries one.
_TOKEN = regex.compile(
    rf"""
    (?={_DEVANAGARI_LETTER})(?>{_WORD_RUN}{_HYPHENATED})(?![@.])
    | (?:(?:https?|ftp)://|www\.)
        (?:(?=[^{_URL_STOP}])\X)*?
        (?=[^{_URL_STOP}{_URL_TRAIL}])\X
        (?=[{_URL_TRAIL}]*(?:[{_URL_STOP}]|\Z))
    | {_WORD_UNIT}+(?:[._%+\-]+{_WORD_UNIT}+)*@{_WORD_UNIT}+(?:[.\-]{_WORD_UNIT}+)*
    | [@\#](?:(?=\w)\X)+
    | \d+(?:[,.:/]\d+)+(?![\d{_JOINS[1:-1]}])
    | {_WORD_RUN}{_HYPHENATED}
    | \.{{2,}}(?!{_JOINS})
    | (?:''|‘‘|’’)(?!{_JOINS})
    | (?!{_CONTROL_SPACE}|{_SPACE}(?!{_JOINS}))\X
    """,
    regex.VERBOSE | regex.V1,
)


@dataclass(frozen=True, slots=True)
class Token:
    """A token: ``text == document_text[start:end]``, offsets in code points, half-open."""

    start: int
    end: int
    text: str


def tokenize(text: str) -> list[Token]:
    """The tokens of ``text`` in order; whitespace between them belongs to none."""
    return [Token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]


def token_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every token: ``tokenize`` without building ``Token`` values."""
    return [m.span() for m in _TOKEN.finditer(text)]


def token_at(tokens: Sequence[Token], offset: int) -> Token | None:
    """The token of ``tokens`` (sorted, as ``tokenize`` returns them) covering ``offset``."""
    i = bisect_right(tokens, offset, key=_start) - 1
    if i >= 0 and offset < tokens[i].end:
        return tokens[i]
    return None


def _start(token: Token) -> int:
    return token.start


class Tokens(Sequence[Token]):
    """The tokens of one text with bisection lookups for token-wise navigation and selection.

    Offsets passed in may be anywhere in ``[0, len(text)]``; offsets returned are token
    edges, or 0 and ``len(text)`` when there is nothing further.
    """

    __slots__ = ("_ends", "_starts", "_tokens", "length")

    def __init__(self, text: str) -> None:
        self._tokens: list[Token] = tokenize(text)
        self._starts: list[int] = [t.start for t in self._tokens]
        self._ends: list[int] = [t.end for t in self._tokens]
        self.length: int = len(text)

    def __len__(self) -> int:
        return len(self._tokens)

    @overload
    def __getitem__(self, index: int) -> Token: ...
    @overload
    def __getitem__(self, index: slice) -> list[Token]: ...
    def __getitem__(self, index: int | slice) -> Token | list[Token]:
        return self._tokens[index]

    def __iter__(self) -> Iterator[Token]:
        return iter(self._tokens)

    def index_at(self, offset: int) -> int | None:
        """The index of the token covering ``offset``, or None in whitespace or past the end."""
        i = bisect_right(self._starts, offset) - 1
        if i >= 0 and offset < self._ends[i]:
            return i
        return None

    def at(self, offset: int) -> Token | None:
        """The token covering ``offset``, or None."""
        i = self.index_at(offset)
        return None if i is None else self._tokens[i]

    def next_boundary(self, offset: int) -> int:
        """Where Ctrl+Shift+Right goes: the first token end after ``offset``, else the text's end."""
        i = bisect_right(self._ends, offset)
        return self._ends[i] if i < len(self._ends) else self.length

    def previous_boundary(self, offset: int) -> int:
        """Where Ctrl+Shift+Left goes: the last token start before ``offset``, else 0."""
        i = bisect_left(self._starts, offset) - 1
        return self._starts[i] if i >= 0 else 0

    def between(self, start: int, end: int) -> list[Token]:
        """The tokens overlapping ``[start, end)`` (an empty range: the token covering it)."""
        if start >= end:
            token = self.at(start)
            return [] if token is None else [token]
        first = bisect_right(self._ends, start)
        last = bisect_left(self._starts, end)
        return self._tokens[first:last]

    def snap(self, start: int, end: int) -> tuple[int, int]:
        """``[start, end)`` grown to whole tokens and shrunk past whitespace at either side.

        A selection holding no token (only whitespace) comes back unchanged.
        """
        if start > end:
            start, end = end, start
        inside = self.between(start, end)
        if not inside:
            return start, end
        return inside[0].start, inside[-1].end


def snap_to_tokens(text: str, start: int, end: int) -> tuple[int, int]:
    """``Tokens(text).snap(start, end)``, for a single selection."""
    return Tokens(text).snap(start, end)
