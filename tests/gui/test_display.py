"""The article shown as in brat: span names over the text, relation arcs in the room between
lines (never across text), five stacked spans on five lanes, and most of the width at 1024×640."""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtWidgets import QApplication

import gui.article.view as view_module
from gui.article.bands import LANES, LabelItem, assign_levels, place_labels, short_names
from kathan.schema import default_schema
from tests.gui.test_article_view import find, relation, schema, show, span, view  # noqa: F401 - fixtures

SENTENCES = " ".join(
    f"मंत्री {i} ने कहा कि बातचीत जारी रहेगी और दोनों देश सहयोग बढ़ाएंगे।" for i in range(12)
)


def item(span_id: int, left: float, right: float, full: str = "Speaker", width: float = 40.0) -> LabelItem:
    return LabelItem(span_id, left, right, full, width, full[:1], 10.0)


def test_names_are_full_where_they_fit_short_where_tight_and_shift_when_taken() -> None:
    placed = place_labels([item(1, 0, 100), item(2, 0, 60), item(3, 70, 78), item(4, 200, 202)], rows=1)
    by_id = {p.span_id: p for p in placed}
    assert by_id[1].text == "Speaker" and by_id[1].left == 0  # the outer span first, at its edge
    assert by_id[2].text == "S" and by_id[2].left == 43  # taken at 0: shifted right inside its span, short
    assert by_id[3].text == "S" and by_id[3].left == 70  # too narrow for the full name
    assert by_id[4].text == "S"  # a short name may stick out of a narrow span at its edge
    assert place_labels([item(1, 0, 100), item(2, 0, 12)], rows=1)[1:] == []  # no room at all: left to the tooltip


def test_short_names_are_unique_prefixes() -> None:
    names = short_names(default_schema())
    assert names["QUOTE"] == "Q" and names["SPEAKER"] == "S"
    assert len(set(names.values())) == len(names)


def test_arcs_on_one_line_take_different_heights() -> None:
    assert assign_levels([(0, 100), (50, 150), (200, 300), (10, 20), (60, 70)]) == [0, 1, 0, 1, 2]


def glyph_boxes(view) -> list[QRectF]:  # type: ignore[no-untyped-def]
    """The glyph box of every visual line of the view's text, in viewport coordinates."""
    boxes: dict[int, QRectF] = {}
    for offset in range(len(view.text())):
        rect = QRectF(view.caret_rect(offset))
        box = boxes.get(rect.top())
        boxes[rect.top()] = rect if box is None else box.united(rect)
    return list(boxes.values())


def test_arcs_run_between_lines_never_across_text(qtbot, view, schema, monkeypatch):  # noqa: F811
    """Relations on one line and across several lines: no arc segment touches a line's glyphs."""
    text = SENTENCES
    spans = [span(1, "QUOTE", find(text, "बातचीत जारी रहेगी")), span(2, "SPEAKER", find(text, "मंत्री 0"))]
    spans += [span(3, "SPEAKER", find(text, "मंत्री 3")), span(4, "CUE", find(text, "कहा", 3))]
    relations = [relation(1, "said_by", 1, 2), relation(2, "said_by", 1, 3), relation(3, "cued_by", 1, 4)]
    drawn = []
    real = view_module.paint_arc
    monkeypatch.setattr(view_module, "paint_arc", lambda painter, stamps, arc, *a, **k: (drawn.append(arc), real(painter, stamps, arc, *a, **k)))
    show(view, text, spans, schema, relations)
    assert len(drawn) == 3
    assert {len(arc.points) for arc in drawn} == {4, 6}  # on one line, and across lines by the margin
    dy = view.verticalScrollBar().value()
    boxes = [box.adjusted(0, 1, 0, -1) for box in glyph_boxes(view)]
    for arc in drawn:
        points = [QPointF(p.x(), p.y() - dy) for p in arc.points]
        for a, b in zip(points, points[1:]):
            segment = QLineF(a, b)
            for box in boxes:
                edges = [QLineF(box.topLeft(), box.topRight()), QLineF(box.bottomLeft(), box.bottomRight()),
                         QLineF(box.topLeft(), box.bottomLeft()), QLineF(box.topRight(), box.bottomRight())]
                crossing = any(segment.intersects(edge)[0] == QLineF.IntersectionType.BoundedIntersection for edge in edges)
                assert not crossing and not box.contains(a), (segment, box)


def test_five_stacked_spans_get_five_separate_lanes_below_the_line(view, schema):  # noqa: F811
    text = SENTENCES
    words = find(text, "बातचीत जारी रहेगी और दोनों")
    spans = [span(i + 1, label, (words[0], words[1] - 2 * i)) for i, label in enumerate(("QUOTE", "CLAIM", "SPEAKER", "CUE", "ADDRESSEE"))]
    show(view, text, spans, schema)
    line = view.caret_rect(words[0])
    image = view.viewport().grab().toImage()
    base = image.pixelColor(line.left() + 3, line.bottom() + 1)
    runs, inside_run = [], False
    for y in range(line.bottom() + 1, line.bottom() + 60):
        colour = image.pixelColor(line.left() + 3, y)
        coloured = colour != base
        if coloured and not inside_run:
            runs.append(colour.name())
        inside_run = coloured
    assert len(runs) >= LANES and len(set(runs[:LANES])) == LANES  # five lanes, five colours, gaps between
    next_line = view.caret_rect(next(o for o in range(words[0], len(text)) if view.caret_rect(o).top() > line.top()))
    assert next_line.top() > line.bottom() + 40  # the lanes and the next line's names fit between


def test_label_names_toggle_from_the_view_menu_and_are_remembered(qtbot, window):  # type: ignore[no-untyped-def]
    view = window.view
    def pitch() -> float:  # noqa: E306
        first = view.caret_rect(0)
        offset = next(o for o in range(len(view.text())) if view.caret_rect(o).top() > first.top())
        return view.caret_rect(offset).top() - first.top()

    with_names = pitch()
    assert view.label_names_shown() and window.labels_action.isChecked()
    qtbot.keyClick(view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert not view.label_names_shown() and window.settings.show_labels is False
    assert pitch() < with_names


def test_at_1024_by_640_the_article_keeps_most_of_the_width(qtbot, window):  # type: ignore[no-untyped-def]
    window.resize(1024, 640)
    QApplication.processEvents()
    assert window.view.width() >= 0.7 * window.width()
    qtbot.keyClick(window.view, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.document_list.table.hasFocus() and window.document_list.isVisible()
    qtbot.keyClick(window.document_list.table, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.span_table.table.hasFocus() and window.span_table.isVisible()
    window.resize(1400, 900)
    QApplication.processEvents()
    assert window.documents_dock.isVisible() and window.spans_dock.isVisible() and window.details_dock.isVisible()
