"""The article view's text: what Qt shows, and the text layer's answers about it (offsets, clusters, tokens).

Every code point <-> UTF-16 conversion goes through ``kathan.text.offsets.Utf16Map``; this
module only adapts its answers to the view (a Qt position may fall inside a surrogate pair,
which the map refuses, so such positions are moved to the pair's start first).
"""

from __future__ import annotations

from functools import cached_property

from kathan.text.graphemes import Clusters, snap_selection
from kathan.text.offsets import Utf16Map
from kathan.text.tokens import Tokens


def display_text(text: str) -> str:
    """The text handed to Qt: same UTF-16 length as ``text``, so offsets need no remapping.

    ``QTextDocument`` keeps U+2028, U+2029, NBSP and a lone ``\\r`` as one unit each (the last
    two as paragraph breaks), but collapses ``\\r\\n`` into one break, which would shift
    every later offset (P6). The core normalises newlines on import, so this only guards
    against text from elsewhere: the ``\\r`` of a pair becomes an invisible ZWSP.
    """
    return text.replace("\r\n", "\u200b\n") if "\r\n" in text else text


class ViewText:
    """One document's text with lazily built cluster and token tables.

    Invariant: ``utf16_length`` equals the number of characters Qt's document holds
    (checked by the view after loading).
    """

    def __init__(self, text: str, language: str | None = None) -> None:
        self.text = text
        self.language = language
        self.map = Utf16Map(text)

    @property
    def length(self) -> int:
        return self.map.length

    @property
    def utf16_length(self) -> int:
        return self.map.utf16_length

    @cached_property
    def clusters(self) -> Clusters:
        return Clusters(self.text)

    @cached_property
    def tokens(self) -> Tokens:
        return Tokens(self.text, self.language)

    def to_u16(self, offset: int) -> int:
        """The Qt position of code point offset ``offset`` (clamped into the text)."""
        return self.map.to_utf16(min(max(offset, 0), self.map.length))

    def to_cp(self, position: int) -> int:
        """The code point offset of Qt position ``position``; inside a surrogate pair, the pair's start."""
        position = min(max(position, 0), self.map.utf16_length)
        try:
            return self.map.to_codepoint(position)
        except ValueError:  # between the halves of a surrogate pair (P3)
            return self.map.to_codepoint(position - 1)

    def snap(self, start: int, end: int, *, to_tokens: bool) -> tuple[int, int] | None:
        """A raw selection as a span: whole tokens (or clusters), no outer whitespace; None if empty."""
        if start > end:
            start, end = end, start
        if start == end:
            return None
        if to_tokens:
            start, end = self.tokens.snap(start, end)
        return snap_selection(self.text, start, end)

    def next_cluster(self, offset: int) -> int:
        return self.clusters.next(offset)

    def previous_cluster(self, offset: int) -> int:
        return self.clusters.previous(offset)

    def next_token_edge(self, offset: int) -> int:
        return self.tokens.next_boundary(offset)

    def previous_token_edge(self, offset: int) -> int:
        return self.tokens.previous_boundary(offset)
