"""Where a UTF-16 range of a QTextDocument is drawn: one rectangle per line piece, in document coordinates.

Rectangles come from the blocks' own ``QTextLayout``s (``QTextLine.cursorToX``), so they
follow Qt's shaping exactly; a conjunct is never split because offsets arriving here were
snapped to grapheme clusters by the text layer. Results are cached until the layout
changes (width, font, document): scrolling does not move document coordinates.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF
from PySide6.QtGui import QTextBlockFormat, QTextDocument


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

    Invariant: the cache only holds ranges whose blocks were all laid out when computed;
    ``invalidate()`` must be called when the layout changes (resize, font, new document).
    """

    def __init__(self, document: QTextDocument) -> None:
        self._doc = document
        self._cache: dict[tuple[int, int], tuple[LinePiece, ...]] = {}

    def invalidate(self) -> None:
        self._cache.clear()

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

    def _compute(self, start: int, end: int) -> tuple[tuple[LinePiece, ...], bool]:
        doc = self._doc
        block = doc.findBlock(start)
        out: list[LinePiece] = []
        complete = True
        while block.isValid() and (block.position() < end or (start == end and block.position() <= start)):
            layout = block.layout()
            line_count = layout.lineCount() if layout is not None else 0
            if line_count == 0:
                complete = False
                break
            block_pos = block.position()
            origin = layout.position()
            rel_start = max(start - block_pos, 0)
            rel_end = min(end - block_pos, block.length() - 1)
            line_no = layout.lineForTextPosition(rel_start).lineNumber() if rel_start < block.length() else line_count - 1
            line_no = max(line_no, 0)
            slot = _slot_height(block.blockFormat())
            while line_no < line_count:  # P12: never touch a line past lineCount()
                line = layout.lineAt(line_no)
                l_start = line.textStart()
                l_end = l_start + line.textLength()
                if l_start > rel_end or (l_start == rel_end and rel_end > rel_start):
                    break
                a = max(rel_start, l_start)
                b = min(rel_end, l_end)
                if b > a or start == end:
                    x1 = line.cursorToX(a)[0]
                    x2 = line.cursorToX(b)[0]
                    if x2 < x1:
                        x1, x2 = x2, x1
                    top = origin.y() + line.y()
                    bottom = top + line.height()
                    out.append(LinePiece(origin.x() + x1, origin.x() + x2, top, bottom, top + max(slot, line.height())))
                line_no += 1
            block = block.next()
        return tuple(out), complete


def _slot_height(fmt: QTextBlockFormat) -> float:
    """The height of a line's slot under ``fmt``: the fixed line height, or 0 (the line's own)."""
    if fmt.lineHeightType() == QTextBlockFormat.LineHeightTypes.FixedHeight.value:
        return fmt.lineHeight()
    return 0.0
