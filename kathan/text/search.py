"""Search keys: forgiving find over stored text, answers in the text's own offsets.

A key folds what Hindi writers vary without changing the word: the nukta (``क़`` = ``क``,
precomposed ``क़ख़ग़ज़ड़ढ़फ़य़ऩऱऴ`` included), chandrabindu and anusvara (``ँ`` = ``ं``),
ZWJ/ZWNJ, soft hyphens and other invisible marks, Latin case, and the kind and number of
spaces. The stored text is never changed; indic-nlp-library's normaliser is not used (it
would turn the ASCII colon of ``मॉस्को:`` into a visarga).
"""

from __future__ import annotations

from dataclasses import dataclass

from kathan.text.graphemes import snap_left, snap_right

_NUKTA = "\u093c"
_IGNORED = frozenset({_NUKTA, "\u200c", "\u200d", "\u00ad", "\u200b", "\u2060", "\ufeff"})
_FOLDED = {
    "\u0958": "क", "\u0959": "ख", "\u095a": "ग", "\u095b": "ज",
    "\u095c": "ड", "\u095d": "ढ", "\u095e": "फ", "\u095f": "य",
    "\u0929": "न", "\u0931": "र", "\u0934": "ळ",
    "\u0901": "\u0902",
}


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


def _fold(char: str) -> str:
    folded = _FOLDED.get(char)
    if folded is not None:
        return folded
    if char in _IGNORED:
        return ""
    if char.isspace():
        return " "
    if char.isascii():
        return char.lower()
    return char.casefold()


def search_key(text: str) -> SearchKey:
    """The search key of ``text``."""
    parts: list[str] = []
    origin: list[int] = []
    for offset, char in enumerate(text):
        folded = _fold(char)
        if folded == " " and parts and parts[-1] == " ":
            continue
        for piece in folded:
            parts.append(piece)
            origin.append(offset)
    origin.append(len(text))
    return SearchKey("".join(parts), tuple(origin))


def find_all(text: str, query: str) -> list[tuple[int, int]]:
    """Where ``query`` occurs in ``text``, as ``(start, end)`` in code points, left to right.

    Matches do not overlap and are widened to whole grapheme clusters (a query ending in
    ``क`` finds ``क्ष`` as a whole); an empty or all-invisible query finds nothing.
    """
    needle = search_key(query).key.strip(" ")
    if not needle:
        return []
    haystack = search_key(text)
    found: list[tuple[int, int]] = []
    i = haystack.key.find(needle)
    while i >= 0:
        start = snap_left(text, haystack.origin[i])
        end = snap_right(text, haystack.origin_end(i + len(needle)))
        if found and start < found[-1][1]:
            last_start, _ = found[-1]
            found[-1] = (last_start, max(end, found[-1][1]))
        else:
            found.append((start, end))
        i = haystack.key.find(needle, i + len(needle))
    return found
