"""Drawing the article view's marks: span backgrounds, underline lanes, outlines, span names and relation arcs.

Everything here paints in document coordinates onto a painter the view has translated by
its scroll offsets. Names and arcs go in the bands the view reserves between lines
(``gui.article.bands``), so they never cover text. Nothing here touches the document's
character formats, so Devanagari shaping never changes (P2).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette, QPen, QPixmap, QPolygonF

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


def fill_pieces(painter: QPainter, pieces: Iterable[LinePiece], colour: QColor | QBrush) -> None:
    """Fill the pieces' glyph boxes (plain rectangles: rounded antialiased ones cost 10x)."""
    for piece in pieces:
        painter.fillRect(piece.rect(), colour)


def outline_pieces(painter: QPainter, pieces: Iterable[LinePiece], pen: QPen, pad: float = 1.0) -> None:
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for piece in pieces:
        painter.drawRoundedRect(piece.rect().adjusted(-pad, -pad, pad, pad), 3.0, 3.0)


def join_fragments(
    painter: QPainter, fragments: Sequence[Sequence[LinePiece]], colour: QColor, *, right_to_left: bool = False
) -> None:
    """Dotted links from each fragment's end to the next one's start: one discontinuous span.

    In right-to-left text a fragment ends at its left edge and the next one starts at its right.
    """
    pen = QPen(colour, 1.2)
    pen.setStyle(Qt.PenStyle.DotLine)
    painter.setPen(pen)
    for before, after in zip(fragments, fragments[1:], strict=False):
        if not before or not after:
            continue
        a, b = before[-1], after[0]
        if right_to_left:
            a_x, b_x = a.left - 2, b.right + 2
        else:
            a_x, b_x = a.right + 2, b.left - 2
        painter.drawLine(QPointF(a_x, (a.top + a.bottom) / 2), QPointF(b_x, (b.top + b.bottom) / 2))


def dashed_pen(colour: QColor, width: float) -> QPen:
    pen = QPen(colour, width)
    pen.setStyle(Qt.PenStyle.CustomDashLine)
    pen.setDashPattern([3.0, 2.0])
    return pen


class Stamps:
    """Pre-rendered span names and relation plates: a painted page draws dozens of each, and a
    pixmap copy costs a fraction of antialiased boxes and text (cleared with the font or palette)."""

    def __init__(self) -> None:
        self._cache: dict[tuple[str, int, int, bool, int, int, float], QPixmap] = {}

    def clear(self) -> None:
        self._cache.clear()

    def stamp(self, text: str, fill: QColor, border: QColor, size: tuple[int, int], palette: QPalette, font: QFont, ratio: float) -> QPixmap:
        key = (text, fill.rgba(), border.rgba(), is_dark(palette), size[0], size[1], ratio)
        pixmap = self._cache.get(key)
        if pixmap is None:
            pixmap = QPixmap(round(size[0] * ratio), round(size[1] * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            rect = QRectF(0.5, 0.5, size[0] - 1, size[1] - 1)
            painter.setPen(QPen(border, 1.0))
            painter.setBrush(fill)
            painter.drawRoundedRect(rect, 3.0, 3.0)
            painter.setFont(font)
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
            painter.end()
            if len(self._cache) > 2000:
                self._cache.clear()
            self._cache[key] = pixmap
        return pixmap


def paint_label(painter: QPainter, stamps: Stamps, rect: QRectF, text: str, colours: LabelColours, palette: QPalette, font: QFont, *, strong: bool) -> None:
    """A span's name in a small box of its colour, above the text."""
    fill = colours.strong if strong else colours.fill
    pixmap = stamps.stamp(text, fill, colours.solid, (round(rect.width()), round(rect.height())), palette, font, painter.device().devicePixelRatioF())
    painter.drawPixmap(QPointF(round(rect.left()), round(rect.top())), pixmap)


@dataclass(frozen=True, slots=True)
class Arc:
    """A relation arc routed through the arc bands: ``points`` from head to tail, the plate's centre."""

    points: tuple[QPointF, ...]
    plate: QPointF


def route_arc(
    head: tuple[float, float, float],
    tail: tuple[float, float, float],
    head_y: float,
    tail_y: float,
    margin_x: float,
) -> Arc:
    """Route an arc from ``head`` to ``tail`` (each ``(x, anchor_y, line_top)``): up into the arc band of
    the head's line (at ``head_y``), along it, and when the tail is on another line along the
    margin at ``margin_x`` (outside the text) into the tail's band (``tail_y``), then down to the tail."""
    hx, h_anchor, h_top = head
    tx, t_anchor, t_top = tail
    if abs(h_top - t_top) < 1.0:
        if abs(tx - hx) < 6.0:
            tx = hx + 6.0
        points = (QPointF(hx, h_anchor), QPointF(hx, head_y), QPointF(tx, head_y), QPointF(tx, t_anchor))
        return Arc(points, QPointF((hx + tx) / 2, head_y))
    points = (
        QPointF(hx, h_anchor),
        QPointF(hx, head_y),
        QPointF(margin_x, head_y),
        QPointF(margin_x, tail_y),
        QPointF(tx, tail_y),
        QPointF(tx, t_anchor),
    )
    return Arc(points, QPointF((margin_x + tx) / 2, tail_y))


def paint_arc(
    painter: QPainter,
    stamps: Stamps,
    arc: Arc,
    text: str,
    colour: QColor,
    palette: QPalette,
    font: QFont,
    plates: list[QRectF],
    plate_width: float,
    *,
    width: float = 1.4,
    dashed: bool = False,
) -> None:
    """Draw ``arc`` with an arrowhead down onto the tail and, where no earlier plate is, its type on a plate."""
    pen = dashed_pen(colour, width) if dashed else QPen(colour, width)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    # Every run is horizontal or vertical: crisp without antialiasing, and several times cheaper.
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.drawPolyline(QPolygonF(list(arc.points)))
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    tip = arc.points[-1]
    size = 4.5
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawPolygon(QPolygonF([tip, QPointF(tip.x() - size, tip.y() - size * 1.4), QPointF(tip.x() + size, tip.y() - size * 1.4)]))
    plate = QRectF(0, 0, plate_width, QFontMetricsF(font).height() + 1)
    plate.moveCenter(arc.plate)
    if any(plate.intersects(other) for other in plates):
        return  # the relations list still names it
    plates.append(plate)
    base = QColor(palette.color(QPalette.ColorRole.Base))
    size = (round(plate.width()), round(plate.height()))
    pixmap = stamps.stamp(text, base, colour, size, palette, font, painter.device().devicePixelRatioF())
    painter.drawPixmap(QPointF(round(plate.left()), round(plate.top())), pixmap)
