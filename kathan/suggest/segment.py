"""Words, sentences and paragraphs as the rules need them, over the exact document text.

Hindi news ends sentences with ``।`` (often after a space), ``.`` (BBC Hindi, sometimes with
no space after), ``॥``, ``?`` or ``!``; a closing quote mark right after the terminator stays
with its sentence. A ``.`` inside a number (3.3), a domain (``www.वेबदुनिया.com``, ``.भारत``) or
after an abbreviation (डॉ., प्रो.) does not end a sentence.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

import regex

_WORD = regex.compile(
    r"@[\p{L}\p{M}\p{Nd}_]+"
    r"|\p{Nd}+(?:[.,:]\p{Nd}+)*"
    r"|[\p{L}\p{M}\p{Nd}\u200c\u200d_]+(?:-[\p{L}\p{M}\p{Nd}\u200c\u200d_]+)*"
    r"|''|‘‘|’’"
    r"|\S"
)
_TERMINATORS = "।॥?!"
_CLOSERS = "\"”’'"
_ABBREVIATIONS = frozenset({"डॉ", "प्रो", "श्री", "सं", "डा", "मि", "Dr", "Mr", "Mrs", "Ms", "St", "No", "www"})
_DOMAIN_AFTER = regex.compile(r"(?:com|in|org|net|gov|co|भारत|इंडिया)(?![\p{L}\p{M}])", regex.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Word:
    """A word, number, @handle or single punctuation mark: ``text[start:end]``."""

    start: int
    end: int
    text: str

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum() or self.text[:1] == "@" or (len(self.text) > 1 and self.text[0] not in "'‘’")


def words(text: str, start: int = 0, end: int | None = None) -> list[Word]:
    """The words and marks of ``text[start:end]``, in order."""
    stop = len(text) if end is None else end
    return [Word(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, start, stop)]


def _dot_ends_sentence(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isdigit() and after.isdigit():
        return False
    if before in "( " and after.isalpha():
        return False
    m = regex.search(r"[\p{L}\p{M}]+$", text[max(0, i - 12):i])
    if m and m.group() in _ABBREVIATIONS:
        return False
    if after.isalpha() and _DOMAIN_AFTER.match(text, i + 1):
        return False
    if before.isascii() and before.isalpha() and after.isascii() and after.isalpha():
        return False
    return True


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """Sentences as ``(start, end)`` without surrounding whitespace; a line break always ends one."""
    result: list[tuple[int, int]] = []
    start = 0
    i = 0
    n = len(text)
    while i < n:
        char = text[i]
        cut = -1
        if char == "\n":
            cut = i
        elif char in _TERMINATORS or (char == "." and _dot_ends_sentence(text, i)):
            j = i + 1
            while j < n and (text[j] in _TERMINATORS or text[j] == "."):
                j += 1
            while j < n and text[j] in _CLOSERS:
                j += 1
            cut = j
        if cut >= 0:
            _add_trimmed(text, start, cut, result)
            start = cut
            i = max(cut, i + 1)
            continue
        i += 1
    _add_trimmed(text, start, n, result)
    return result


def _add_trimmed(text: str, start: int, end: int, into: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        into.append((start, end))


def paragraph_bounds(text: str) -> list[tuple[int, int]]:
    """Lines with text, as ``(start, end)`` without surrounding whitespace."""
    result: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        _add_trimmed(text, start, start + len(line), result)
        start += len(line) + 1
    return result


class Sentences:
    """Sentence lookup by offset."""

    def __init__(self, text: str) -> None:
        self.bounds = sentence_bounds(text)
        self._starts = [s for s, _ in self.bounds]

    def around(self, offset: int) -> tuple[int, int] | None:
        """The sentence holding ``offset``, or None when it falls between sentences."""
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and self.bounds[i][0] <= offset < self.bounds[i][1]:
            return self.bounds[i]
        return None

    def index(self, offset: int) -> int:
        """The index of the last sentence starting at or before ``offset`` (-1 if none)."""
        return bisect.bisect_right(self._starts, offset) - 1


def trim(text: str, start: int, end: int, strip: str = "") -> tuple[int, int]:
    """``(start, end)`` without surrounding whitespace and without the characters in ``strip``."""
    while start < end and (text[start].isspace() or text[start] in strip or text[start] in "\u200c\u200d"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in strip):
        end -= 1
    return start, end
