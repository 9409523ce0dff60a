"""The room the article view reserves around every line of text, and what it places there.

Each line slot holds, top to bottom: an arc band (relation arcs run here, never across
text), label rows (span names, brat-style), the glyphs, and underline lanes (one per
nesting level, ``LANES`` of them, so five stacked spans stay apart). The slot's height is
exactly the sum, so the bands of one line never reach the glyphs of the next.

``place_labels`` decides where span names go on one line: the full name where the span is
wide enough, a short form where it is not, the next row up when the row is taken, nothing
when no row has room (the tooltip still names the span). Pure: widths are given.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont, QFontMetricsF

from kathan.schema import Schema

LANES = 5
"""Underline lanes below each line; deeper nesting shares the last one."""
LABEL_ROWS = 1
"""Rows of span names above each line (when names are shown): names that do not fit shift
right within their span, then shorten, rather than make every line taller."""
ARC_LEVELS = 3
"""Heights within the arc band, so arcs over one line do not run on top of each other."""


@dataclass(frozen=True, slots=True)
class Bands:
    """Sizes, in pixels, of everything around a line's glyph box (``top``..``bottom`` of a LinePiece)."""

    glyph_height: float
    lane_gap: float
    lane_step: float
    lane_thickness: float
    label_row: float
    label_rows: int
    arc_band: float

    @staticmethod
    def for_fonts(font: QFont, small: QFont, *, labels: bool) -> Bands:
        height = QFontMetricsF(font).height()
        thickness = max(2.0, round(height / 12))
        plate = QFontMetricsF(small).height()
        return Bands(
            glyph_height=height,
            lane_gap=max(2.0, round(height / 10)),
            lane_step=thickness + 1.5,
            lane_thickness=thickness,
            label_row=plate + 2,
            label_rows=LABEL_ROWS if labels else 0,
            arc_band=plate + 2 * (ARC_LEVELS - 1) + 2,
        )

    @property
    def above(self) -> float:
        """Room above the glyphs: label rows, then the arc band."""
        return self.label_rows * self.label_row + self.arc_band

    @property
    def below(self) -> float:
        """Room below the glyphs: the underline lanes."""
        return self.lane_gap + LANES * self.lane_step

    @property
    def line_height(self) -> float:
        return self.glyph_height + self.above + self.below

    def lane_rect(self, left: float, right: float, bottom: float, lane: int) -> QRectF:
        y = bottom + self.lane_gap + min(lane, LANES - 1) * self.lane_step
        return QRectF(left, y, max(right - left, 1.0), self.lane_thickness)

    def label_rect(self, top: float, row: int, left: float, width: float) -> QRectF:
        """Row 0 sits right above the glyphs."""
        return QRectF(left, top - (row + 1) * self.label_row + 1, width, self.label_row - 2)

    def arc_y(self, top: float, level: int) -> float:
        """The height of an arc's horizontal run over the line whose glyphs start at ``top``."""
        band_top = top - self.above
        return band_top + (self.arc_band - 2 * (ARC_LEVELS - 1)) / 2 + 2 * min(level, ARC_LEVELS - 1)

    def anchor_y(self, top: float) -> float:
        """Where an arc meets a span: the bottom of the arc band, above the label rows."""
        return top - self.label_rows * self.label_row


def short_names(schema: Schema | None) -> dict[str, str]:
    """Each label's shortest display-name prefix that no other label's starts with (``Q``, ``Cu``, ``Cl``)."""
    names = {spec.name: spec.display or spec.name for spec in (schema.labels if schema is not None else ())}
    short: dict[str, str] = {}
    for name, display in names.items():
        others = [d for n, d in names.items() if n != name]
        for size in range(1, len(display) + 1):
            prefix = display[:size]
            if not any(o.startswith(prefix) for o in others):
                short[name] = prefix
                break
        else:
            short[name] = display
    return short


@dataclass(frozen=True, slots=True)
class LabelItem:
    """A span's name that wants to sit over ``[left, right)`` on one line."""

    span_id: int
    left: float
    right: float
    full: str
    full_width: float
    short: str
    short_width: float


@dataclass(frozen=True, slots=True)
class PlacedLabel:
    span_id: int
    text: str
    row: int
    left: float
    width: float


def place_labels(items: Iterable[LabelItem], rows: int, gap: float = 3.0) -> list[PlacedLabel]:
    """Place the names of one line: outer spans first, each at its left edge in the lowest free row
    (shifted right within its span when the row is taken there), full or else short."""
    free_from = [float("-inf")] * rows
    placed: list[PlacedLabel] = []
    for item in sorted(items, key=lambda i: (i.left, -(i.right - i.left), i.span_id)):
        choices = [(item.full, item.full_width)] if item.full_width <= item.right - item.left else []
        choices.append((item.short, item.short_width))
        done = False
        for text, width in choices:
            for row in range(rows):
                x = max(item.left, free_from[row])
                if x == item.left or x + width <= item.right:
                    placed.append(PlacedLabel(item.span_id, text, row, x, width))
                    free_from[row] = x + width + gap
                    done = True
                    break
            if done:
                break
    return placed


def assign_levels(runs: Sequence[tuple[float, float]], levels: int = ARC_LEVELS) -> list[int]:
    """A level for each horizontal run ``(x1, x2)`` on one line: the lowest whose runs it does
    not overlap, else the top one."""
    taken: list[list[tuple[float, float]]] = [[] for _ in range(levels)]
    out: list[int] = []
    for x1, x2 in runs:
        low, high = min(x1, x2), max(x1, x2)
        level = next((k for k in range(levels) if all(high < a or low > b for a, b in taken[k])), levels - 1)
        taken[level].append((low, high))
        out.append(level)
    return out
