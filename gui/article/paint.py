"""Drawing the article view's marks: span backgrounds, underline lanes, outlines and relation connectors.

Everything here paints in document coordinates onto a painter the view has translated by
its scroll offsets, *before* Qt draws the text (backgrounds, lanes, outlines) or after it
(connectors and their labels, which must stay readable over the text). Nothing here
touches the document's character formats, so Devanagari shaping never changes (P2).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPalette, QPen, QPolygonF

from gui.article.geometry import LinePiece, RangeGeometry
from gui.article.index import ViewSpan, innermost_key
from kathan.schema import Schema

FALLBACK_COLOUR = "#7F7F7F"


@dataclass(frozen=True, slots=True)
class LabelColours:
    """One label's colours for the current palette: lanes and outlines, a fill, a stronger fill."""

    solid: QColor
    fill: QColor
    strong: QColor


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def label_colours(schema: Schema | None, palette: QPalette) -> dict[str, LabelColours]:
    """Colours of every label of ``schema``: readable on the palette's base colour (light or dark)."""
    dark = is_dark(palette)
    out: dict[str, LabelColours] = {}
    for label in schema.labels if schema is not None else ():
        out[label.name] = make_colours(label.colour, dark)
    return out


def make_colours(hex_colour: str, dark: bool) -> LabelColours:
    solid = QColor(hex_colour)
    if dark and solid.lightness() < 110:
        solid = solid.lighter(180) if solid.lightness() > 0 else QColor("#BBBBBB")
    fill = QColor(solid)
    fill.setAlpha(80 if dark else 56)
    strong = QColor(solid)
    strong.setAlpha(130 if dark else 105)
    return LabelColours(solid, fill, strong)


@dataclass(frozen=True, slots=True)
class LaneMetrics:
    """Sizes of the underline lanes for the current font: below the glyph box, inside the line slot."""

    gap: float
    step: float
    thickness: float

    @staticmethod
    def for_font(font: QFont) -> LaneMetrics:
        height = QFontMetricsF(font).height()
        thickness = max(2.0, round(height / 10))
        return LaneMetrics(gap=max(3.0, round(height / 7)), step=thickness + max(1.0, round(height / 22)), thickness=thickness)

    def lane_rect(self, piece: LinePiece, lane: int) -> QRectF:
        room = piece.slot_bottom - piece.bottom - self.gap
        lanes = max(1, int(room // self.step)) if room > 0 else 1
        lane = min(lane, lanes - 1)  # deeper nesting than the slot holds shares the last lane
        y = piece.bottom + self.gap + lane * self.step
        return QRectF(piece.left, y, max(piece.right - piece.left, 1.0), self.thickness)


def fragment_pieces(geometry: RangeGeometry, span: ViewSpan) -> list[LinePiece]:
    pieces: list[LinePiece] = []
    for start, end in span.fragments:
        pieces.extend(geometry.pieces(start, end))
    return pieces


def innermost_runs(fragments: Sequence[tuple[ViewSpan, int, int]], low: int, high: int) -> list[tuple[ViewSpan, int, int]]:
    """Split ``[low, high)`` where fragments begin and end; each covered run gets its innermost span.

    Innermost means the smallest extent (ties: the later start, then the higher id), so a
    SPEAKER inside a QUOTE shows its own background and the QUOTE's shows around it.
    Adjacent runs of one span are merged.
    """
    if not fragments:
        return []
    bounds = sorted({max(low, min(high, x)) for _, s, e in fragments for x in (s, e)})
    by_start = sorted(fragments, key=lambda f: f[1])
    runs: list[tuple[ViewSpan, int, int]] = []
    active: list[tuple[ViewSpan, int, int]] = []
    i = 0
    for a, b in zip(bounds, bounds[1:], strict=False):
        while i < len(by_start) and by_start[i][1] <= a:
            active.append(by_start[i])
            i += 1
        active = [f for f in active if f[2] > a]
        if not active:
            continue
        winner = min(active, key=lambda f: innermost_key(f[0]))[0]
        if runs and runs[-1][0].id == winner.id and runs[-1][2] == a:
            runs[-1] = (winner, runs[-1][1], b)
        else:
            runs.append((winner, a, b))
    return runs


def fill_pieces(painter: QPainter, pieces: Iterable[LinePiece], colour: QColor) -> None:
    """Fill the pieces' glyph boxes (plain rectangles: rounded antialiased ones cost 10x)."""
    for piece in pieces:
        painter.fillRect(piece.rect(), colour)


def outline_pieces(painter: QPainter, pieces: Iterable[LinePiece], pen: QPen, pad: float = 1.0) -> None:
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for piece in pieces:
        painter.drawRoundedRect(piece.rect().adjusted(-pad, -pad, pad, pad), 3.0, 3.0)


def join_fragments(painter: QPainter, fragments: Sequence[Sequence[LinePiece]], colour: QColor) -> None:
    """Dotted links from each fragment's end to the next one's start: one discontinuous span."""
    pen = QPen(colour, 1.2)
    pen.setStyle(Qt.PenStyle.DotLine)
    painter.setPen(pen)
    for before, after in zip(fragments, fragments[1:], strict=False):
        if not before or not after:
            continue
        a, b = before[-1], after[0]
        painter.drawLine(QPointF(a.right + 2, (a.top + a.bottom) / 2), QPointF(b.left - 2, (b.top + b.bottom) / 2))


def dashed_pen(colour: QColor, width: float) -> QPen:
    pen = QPen(colour, width)
    pen.setStyle(Qt.PenStyle.CustomDashLine)
    pen.setDashPattern([3.0, 2.0])
    return pen


def anchor_of(pieces: Sequence[LinePiece]) -> QPointF:
    """Where a connector meets a span: the top middle of its first line piece."""
    first = pieces[0]
    return QPointF((first.left + first.right) / 2, first.top)


def paint_connector(
    painter: QPainter,
    head: Sequence[LinePiece],
    tail: Sequence[LinePiece],
    text: str,
    colour: QColor,
    palette: QPalette,
    font: QFont,
    *,
    dashed: bool = False,
) -> None:
    """A curved arrow from ``head`` to ``tail`` bowing above the text, labelled at its apex
    (``dashed`` for a suggested link)."""
    a = anchor_of(head)
    b = anchor_of(tail)
    distance = math.hypot(b.x() - a.x(), b.y() - a.y())
    lift = min(max(18.0, distance * 0.25), 70.0)
    top = min(a.y(), b.y()) - lift
    c1 = QPointF(a.x() + (b.x() - a.x()) * 0.15, top)
    c2 = QPointF(a.x() + (b.x() - a.x()) * 0.85, top)
    path = QPainterPath(a)
    path.cubicTo(c1, c2, b)
    pen = dashed_pen(colour, 1.6) if dashed else QPen(colour, 1.6)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
    # Arrowhead along the curve's last tangent.
    before = path.pointAtPercent(0.96)
    angle = math.atan2(b.y() - before.y(), b.x() - before.x())
    size = 7.0
    head_polygon = QPolygonF(
        [
            b,
            QPointF(b.x() - size * math.cos(angle - 0.45), b.y() - size * math.sin(angle - 0.45)),
            QPointF(b.x() - size * math.cos(angle + 0.45), b.y() - size * math.sin(angle + 0.45)),
        ]
    )
    painter.setBrush(colour)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawPolygon(head_polygon)
    # Label at the apex, on a plate of the base colour so the text under it cannot garble it.
    apex = path.pointAtPercent(0.5)
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    width = metrics.horizontalAdvance(text) + 8
    height = metrics.height() + 2
    plate = QRectF(apex.x() - width / 2, apex.y() - height / 2, width, height)
    base = QColor(palette.color(QPalette.ColorRole.Base))
    base.setAlpha(235)
    painter.setBrush(QBrush(base))
    painter.setPen(QPen(colour, 1.0))
    painter.drawRoundedRect(plate, 4.0, 4.0)
    painter.setPen(palette.color(QPalette.ColorRole.Text))
    painter.drawText(plate, Qt.AlignmentFlag.AlignCenter, text)
