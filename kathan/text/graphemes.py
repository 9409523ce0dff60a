"""Extended grapheme clusters (Unicode 15.1+ rules, via ``regex``'s ``\\X``): conjuncts stay whole."""

from __future__ import annotations

import regex

_CLUSTER = regex.compile(r"\X")


def cluster_bounds(text: str) -> list[int]:
    """Every cluster boundary of ``text``, ascending, from 0 to ``len(text)`` inclusive."""
    bounds = [0]
    bounds.extend(m.end() for m in _CLUSTER.finditer(text))
    return bounds


def is_cluster_boundary(text: str, offset: int) -> bool:
    """Whether ``offset`` falls between two grapheme clusters (0 and ``len(text)`` do)."""
    if offset <= 0 or offset >= len(text):
        return offset == 0 or offset == len(text)
    start = max(0, offset - 64)
    while start > 0 and not text[start - 1].isspace():
        start -= 1
        if offset - start > 4096:
            break
    pos = start
    for m in _CLUSTER.finditer(text, start, min(len(text), offset + 64)):
        pos = m.end()
        if pos >= offset:
            return pos == offset
    return pos == offset
