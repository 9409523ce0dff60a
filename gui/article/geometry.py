"""Where a UTF-16 range of a QTextDocument is drawn: one rectangle per line piece, in document coordinates.

Rectangles come from the blocks' own ``QTextLayout``s (``QTextLine.cursorToX``), so they
follow Qt's shaping exactly; a conjunct is never split because offsets arriving here were
snapped to grapheme clusters by the text layer. On a line that mixes directions (Urdu with
English words or digits) a logical range can be drawn in several places: there it gets one
rectangle per visual run, from the glyph runs Qt shaped for it. Results are cached until the layout
changes (width, font, document): scrolling does not move document coordinates.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

import regex
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QTextBlock, QTextDocument, QTextLayout, QTextLine

_RIGHT_TO_LEFT = regex.compile(r"[\p{Bidi_Class=R}\p{Bidi_Class=AL}]")
_LEFT_TO_RIGHT_OR_NUMBER = regex.compile(r"[\p{Bidi_Class=L}\p{Bidi_Class=EN}\p{Bidi_Class=AN}]")


@dataclass(frozen=True, slots=True)
class LinePiece:
    """The part of a range on one visual line.

    ``top``/``bottom`` bound the glyphs' natural line box; the bands around it (names and
    arcs above, lanes below) are sized by ``gui.article.bands``.
    """

    left: float
    right: float
    top: float
    bottom: float

    def rect(self) -> QRectF:
        return QRectF(self.left, self.top, self.right - self.left, self.bottom - self.top)


class RangeGeometry:
    """Line pieces of UTF-16 ranges of one document, cached per range.

    Invariant: the cache only holds ranges whose blocks were all laid out when computed, at
    the document's current text width; callers call ``sync()`` before a batch of queries.
    """

    def __init__(self, document: QTextDocument) -> None:
        self._doc = document
        self._cache: dict[tuple[int, int], tuple[LinePiece, ...]] = {}
        self._blocks: dict[int, _BlockLines] = {}
        self._width = document.textWidth()

    def invalidate(self) -> None:
        self._cache.clear()
        self._blocks.clear()

    def sync(self) -> None:
        """Drop everything if Qt re-wrapped the text since (a scroll bar appearing narrows the
        viewport without a resize event); cached QTextLines of an old layout must never be used."""
        width = self._doc.textWidth()
        if width != self._width:
            self._width = width
            self.invalidate()

    def pieces(self, start: int, end: int) -> tuple[LinePiece, ...]:
        """The line pieces of ``[start, end)`` (empty when no block there is laid out yet)."""
        key = (start, end)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        pieces, complete = self._compute(start, end)
        if complete:
            if len(self._cache) > 50_000:  # sub-ranges of background runs pile up over a long session
                self._cache.clear()
            self._cache[key] = pieces
        return pieces

    def _lines_of(self, block: QTextBlock) -> _BlockLines | None:
        position = block.position()
        info = self._blocks.get(position)
        if info is not None:
            return info
        layout = block.layout()
        count = layout.lineCount() if layout is not None else 0
        if count == 0:
            return None  # not laid out yet
        origin = layout.position()
        lines = [layout.lineAt(i) for i in range(count)]  # P12: only lines below lineCount()
        starts = [line.textStart() for line in lines]
        text = block.text()
        rows = [
            (
                line, start, start + line.textLength(), origin.y() + line.y(), line.height(),
                _mixed(text[start:start + line.textLength()]),
            )
            for line, start in zip(lines, starts, strict=True)
        ]
        right_to_left = block.textDirection() == Qt.LayoutDirection.RightToLeft
        info = _BlockLines(position, block.length() - 1, origin.x(), starts, rows, right_to_left)
        self._blocks[position] = info
        return info

    def _compute(self, start: int, end: int) -> tuple[tuple[LinePiece, ...], bool]:
        block = self._doc.findBlock(start)
        out: list[LinePiece] = []
        while block.isValid():
            info = self._lines_of(block)
            if info is None:
                return tuple(out), False
            if info.position >= end and not (start == end and info.position <= start):
                break
            rel_start = max(start - info.position, 0)
            rel_end = min(end - info.position, info.length)
            line_no = max(bisect_right(info.starts, rel_start) - 1, 0)
            ox = info.origin_x
            for line, l_start, l_end, top, height, mixed in info.rows[line_no:]:
                if l_start > rel_end or (l_start == rel_end and rel_end > rel_start):
                    break
                a = max(rel_start, l_start)
                b = min(rel_end, l_end)
                if mixed and b > a:
                    runs = _visual_runs(line, a, b)
                    if info.right_to_left:  # pieces in reading order: the span starts at the right
                        runs.reverse()
                    out.extend(LinePiece(ox + x1, ox + x2, top, top + height) for x1, x2 in runs)
                elif b > a or start == end:
                    x1 = line.cursorToX(a)[0]
                    x2 = line.cursorToX(b)[0] if b != a else x1
                    if x2 < x1:
                        x1, x2 = x2, x1
                    out.append(LinePiece(ox + x1, ox + x2, top, top + height))
            if end <= info.position + info.length:
                break
            block = block.next()
        return tuple(out), True


@dataclass(frozen=True, slots=True)
class _BlockLines:
    """One laid-out block's lines: ``rows`` are (QTextLine, start, end, top, height, mixed),
    block-relative; ``mixed`` when the line holds right-to-left and left-to-right text."""

    position: int
    length: int
    origin_x: float
    starts: list[int]
    rows: list[tuple[QTextLine, int, int, float, float, bool]]
    right_to_left: bool = False


def _mixed(text: str) -> bool:
    return _RIGHT_TO_LEFT.search(text) is not None and _LEFT_TO_RIGHT_OR_NUMBER.search(text) is not None


def _visual_runs(line: QTextLine, start: int, end: int) -> list[tuple[float, float]]:
    """The x extents (line-relative, left to right) where ``[start, end)`` of a mixed-direction
    line is drawn: one per visual run, touching runs merged."""
    extents: list[tuple[float, float]] = []
    for run in line.glyphRuns(start, end - start):
        positions = run.positions()
        if not positions:
            continue
        advances = run.rawFont().advancesForGlyphIndexes(run.glyphIndexes())
        left = min(p.x() for p in positions)
        right = max(p.x() + a.x() for p, a in zip(positions, advances, strict=True))
        extents.append((left, right))
    if not extents:
        x1, x2 = line.cursorToX(start)[0], line.cursorToX(end)[0]
        return [(min(x1, x2), max(x1, x2))]
    extents.sort()
    merged = [extents[0]]
    for left, right in extents[1:]:
        if left <= merged[-1][1] + 0.5:
            merged[-1] = (merged[-1][0], max(merged[-1][1], right))
        else:
            merged.append((left, right))
    return merged


def line_at_y(doc: QTextDocument, y: float) -> tuple[QTextBlock, QTextLayout, QTextLine] | None:
    """The laid-out line at (or last above) document height ``y``; None where Qt has not laid
    the text out yet. Bisects blocks: ``cursorForPosition`` costs ~2 ms on 100k characters."""
    layout = doc.documentLayout()
    lo, hi = 0, doc.blockCount() - 1
    while lo < hi:  # the last block whose top is at or above y
        mid = (lo + hi + 1) // 2
        block = doc.findBlockByNumber(mid)
        # Qt lays blocks out top-down, lazily; asking where an unlaid block is would lay out
        # everything before it, so such blocks count as "below".
        if block.layout().lineCount() and layout.blockBoundingRect(block).top() <= y:
            lo = mid
        else:
            hi = mid - 1
    block = doc.findBlockByNumber(lo)
    text_layout = block.layout()
    count = text_layout.lineCount() if text_layout is not None else 0
    if count == 0:
        return None
    origin = text_layout.position().y()
    chosen = text_layout.lineAt(0)
    for i in range(1, count):  # P12: only lines below lineCount()
        line = text_layout.lineAt(i)
        if origin + line.y() > y:
            break
        chosen = line
    return block, text_layout, chosen


def line_edge_at_y(doc: QTextDocument, y: float, *, first: bool) -> int | None:
    """The position where the line at height ``y`` starts (``first``) or ends; None if not laid out."""
    found = line_at_y(doc, y)
    if found is None:
        return None
    block, _, line = found
    start = block.position() + line.textStart()
    return start if first else start + line.textLength()


def position_at(doc: QTextDocument, x: float, y: float) -> int | None:
    """The cursor position nearest to document point ``(x, y)``; None if not laid out."""
    found = line_at_y(doc, y)
    if found is None:
        return None
    block, layout, line = found
    return block.position() + line.xToCursor(x - layout.position().x())
