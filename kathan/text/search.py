"""Search keys: forgiving find over stored text, answers in the text's own offsets.

A key folds what Hindi writers vary without changing the word: the nukta (``क़`` = ``क``,
precomposed ``क़ख़ग़ज़ड़ढ़फ़य़ऩऱऴ`` included), chandrabindu and anusvara (``ँ`` = ``ं``),
ZWJ/ZWNJ, soft hyphens and other invisible marks, Latin case, and the kind and number of
spaces. In Arabic script it folds the letters Urdu keyboards type in two encodings (Arabic
``ي ى ك`` = Urdu ``ی ی ک``; precomposed ``ۂ ۓ`` = ``ہ ے`` + hamza) and the tatweel. With
``diacritic_blind`` it also drops the Arabic harakat and Urdu's optional marks (zabar, zer,
pesh, tanwin, shadda, jazm, hamza above/below, the small alef: ``مُحَمَّد`` = ``محمد``). The
stored text is never changed; indic-nlp-library's normaliser is not used (it would turn the
ASCII colon of ``मॉस्को:`` into a visarga).

``find_all(..., blind=False)`` folds only spaces and Latin case (``कहा`` then never finds
``कहाँ``), ``whole_word=True`` keeps only matches that are whole words (``कहा`` does not find
``कहां``, whose nasal sign continues the word), and ``find_pattern`` searches with a regular
expression over the text itself.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from kathan.text.graphemes import snap_left, snap_right

_WORD = regex.compile(r"[\p{L}\p{M}\p{N}_]")
"""A character that continues a word: letters, combining marks (matras, nasal signs, virama), digits."""

_NUKTA = "\u093c"
_IGNORED = frozenset({_NUKTA, "\u200c", "\u200d", "\u00ad", "\u200b", "\u2060", "\ufeff"})
_FOLDED = {
    "\u0958": "क", "\u0959": "ख", "\u095a": "ग", "\u095b": "ज",
    "\u095c": "ड", "\u095d": "ढ", "\u095e": "फ", "\u095f": "य",
    "\u0929": "न", "\u0931": "र", "\u0934": "ळ",
    "\u0901": "\u0902",
    "\u064a": "\u06cc", "\u0649": "\u06cc", "\u0643": "\u06a9",
    "\u06c2": "\u06c1\u0654", "\u06d3": "\u06d2\u0654",
    "\u0640": "",
}
_HARAKAT = frozenset(chr(c) for c in (*range(0x064B, 0x0660), 0x0670, *range(0x06D6, 0x06EE)) if c != 0x06DD)
"""Arabic-script marks that ``diacritic_blind`` search ignores (harakat, tanwin, Quranic marks)."""


@dataclass(frozen=True, slots=True)
class SearchKey:
    """A folded copy of a text: ``key[i]`` came from ``text[origin[i]]``.

    ``origin`` has one extra entry, the text's length, so that a key range ``[i, j)``
    maps to the text range ``[origin[i], origin_end(j))``.
    """

    key: str
    origin: tuple[int, ...]

    def origin_end(self, j: int) -> int:
        """The text offset just past the character that produced ``key[j - 1]``."""
        if j <= 0:
            return self.origin[0]
        return self.origin[j - 1] + 1


def _fold(char: str, blind: bool, diacritic_blind: bool) -> str:
    if diacritic_blind and char in _HARAKAT:
        return ""
    if char.isspace():
        return " "
    if not blind:
        return char.lower() if char.isascii() else char
    folded = _FOLDED.get(char)
    if folded is not None:
        return "".join(c for c in folded if c not in _HARAKAT) if diacritic_blind else folded
    if char in _IGNORED:
        return ""
    if char.isascii():
        return char.lower()
    return char.casefold()


def search_key(text: str, *, blind: bool = True, diacritic_blind: bool = False) -> SearchKey:
    """The search key of ``text`` (``blind`` False: only spaces and Latin case are folded;
    ``diacritic_blind``: Arabic harakat left out)."""
    parts: list[str] = []
    origin: list[int] = []
    for offset, char in enumerate(text):
        folded = _fold(char, blind, diacritic_blind)
        if folded == " " and parts and parts[-1] == " ":
            continue
        for piece in folded:
            parts.append(piece)
            origin.append(offset)
    origin.append(len(text))
    return SearchKey("".join(parts), tuple(origin))


def is_whole_word(text: str, start: int, end: int) -> bool:
    """Whether ``[start, end)`` neither begins nor ends inside a word of ``text``."""
    before = start > 0 and _WORD.match(text[start - 1]) is not None and _WORD.match(text[start]) is not None
    after = end < len(text) and _WORD.match(text[end]) is not None and _WORD.match(text[end - 1]) is not None
    return not before and not after


def find_all(
    text: str, query: str, *, blind: bool = True, whole_word: bool = False, diacritic_blind: bool = False
) -> list[tuple[int, int]]:
    """Where ``query`` occurs in ``text``, as ``(start, end)`` in code points, left to right.

    Matches do not overlap and are widened to whole grapheme clusters (a query ending in
    ``क`` finds ``क्ष`` as a whole); an empty or all-invisible query finds nothing. ``blind``
    folds nukta, nasal signs and invisible marks (see the module); ``whole_word`` keeps only
    matches that are whole words; with ``diacritic_blind``, Arabic harakat on either side do
    not count (``مُحَمَّد`` = ``محمد``).
    """
    needle = search_key(query, blind=blind, diacritic_blind=diacritic_blind).key.strip(" ")
    if not needle:
        return []
    haystack = search_key(text, blind=blind, diacritic_blind=diacritic_blind)
    found: list[tuple[int, int]] = []
    i = haystack.key.find(needle)
    while i >= 0:
        # Whole words are judged on the key, where invisible marks are gone and a nasal sign
        # after the match still continues the word.
        if whole_word and not is_whole_word(haystack.key, i, i + len(needle)):
            i = haystack.key.find(needle, i + 1)
            continue
        start = snap_left(text, haystack.origin[i])
        end = snap_right(text, haystack.origin_end(i + len(needle)))
        if found and start < found[-1][1]:
            last_start, _ = found[-1]
            found[-1] = (last_start, max(end, found[-1][1]))
        else:
            found.append((start, end))
        i = haystack.key.find(needle, i + len(needle))
    return found


def find_pattern(text: str, pattern: str, *, whole_word: bool = False) -> list[tuple[int, int]]:
    """Where the regular expression ``pattern`` matches ``text`` (``regex`` syntax, case-blind
    for Latin), widened to whole grapheme clusters; empty matches are skipped.

    Raises ``ValueError`` naming the problem when ``pattern`` is not a valid expression.
    """
    try:
        compiled = regex.compile(pattern, regex.IGNORECASE | regex.VERSION1)
    except regex.error as exc:
        raise ValueError(f"not a valid regular expression: {exc}") from None
    found: list[tuple[int, int]] = []
    for match in compiled.finditer(text):
        start, end = match.span()
        if start == end or (whole_word and not is_whole_word(text, start, end)):
            continue
        start, end = snap_left(text, start), snap_right(text, end)
        if found and start < found[-1][1]:
            found[-1] = (found[-1][0], max(end, found[-1][1]))
        else:
            found.append((start, end))
    return found
