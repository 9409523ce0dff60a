"""Where a UTF-16 range of a QTextDocument is drawn: one rectangle per line piece, in document coordinates.

Rectangles come from the blocks' own ``QTextLayout``s (``QTextLine.cursorToX``), so they
follow Qt's shaping exactly; a conjunct is never split because offsets arriving here were
snapped to grapheme clusters by the text layer. Results are cached until the layout
changes (width, font, document): scrolling does not move document coordinates.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from PySide6.QtCore import QRectF
from PySide6.QtGui import QTextBlock, QTextBlockFormat, QTextDocument, QTextLayout, QTextLine


@dataclass(frozen=True, slots=True)
class LinePiece:
    """The part of a range on one visual line.

    ``top``/``bottom`` bound the glyphs' natural line box; ``slot_bottom`` is where the
    next line's slot starts (the extra line height, where underline lanes go).
    """

    left: float
    right: float
    top: float
    bottom: float
    slot_bottom: float

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
        slot = _slot_height(block.blockFormat())
        lines = [layout.lineAt(i) for i in range(count)]  # P12: only lines below lineCount()
        starts = [line.textStart() for line in lines]
        rows = [
            (line, start, start + line.textLength(), origin.y() + line.y(), line.height())
            for line, start in zip(lines, starts, strict=True)
        ]
        info = _BlockLines(position, block.length() - 1, origin.x(), slot, starts, rows)
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
            ox, slot = info.origin_x, info.slot
            for line, l_start, l_end, top, height in info.rows[line_no:]:
                if l_start > rel_end or (l_start == rel_end and rel_end > rel_start):
                    break
                a = max(rel_start, l_start)
                b = min(rel_end, l_end)
                if b > a or start == end:
                    x1 = line.cursorToX(a)[0]
                    x2 = line.cursorToX(b)[0] if b != a else x1
                    if x2 < x1:
                        x1, x2 = x2, x1
                    out.append(LinePiece(ox + x1, ox + x2, top, top + height, top + max(slot, height)))
            if end <= info.position + info.length:
                break
            block = block.next()
        return tuple(out), True


@dataclass(frozen=True, slots=True)
class _BlockLines:
    """One laid-out block's lines: ``rows`` are (QTextLine, start, end, top, height), block-relative."""

    position: int
    length: int
    origin_x: float
    slot: float
    starts: list[int]
    rows: list[tuple[QTextLine, int, int, float, float]]


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


def _slot_height(fmt: QTextBlockFormat) -> float:
    """The height of a line's slot under ``fmt``: the fixed line height, or 0 (the line's own)."""
    if fmt.lineHeightType() == QTextBlockFormat.LineHeightTypes.FixedHeight.value:
        return fmt.lineHeight()
    return 0.0
