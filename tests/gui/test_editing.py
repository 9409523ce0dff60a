"""Editing a span's extent with the mouse and keys: drag an edge (snapped as selections are),
split and join fragments, and Ctrl+E that never drops a fragment without saying so."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from kathan.text.graphemes import is_cluster_boundary
from tests.gui.conftest import click_at, drag_over, find, point_of


def select_new_span(qtbot, window, label_key: Qt.Key, phrase: str, after: str = ""):  # type: ignore[no-untyped-def]
    """Drag over ``phrase``, press the label key; the new span is selected."""
    c = window.controller
    start, end = find(c.document.text, phrase, after)
    drag_over(qtbot, window.view, start, end)
    qtbot.keyClick(window.view, label_key)
    span = next(s for s in c.spans if (s.start, s.end) == (start, end))
    assert window.view.selected_span_id() == span.id
    return span


def edge_point(view, offset: int) -> QPoint:  # type: ignore[no-untyped-def]
    """The viewport point on the caret line at code point ``offset`` (a fragment's edge)."""
    view.scroll_to_offset(offset)
    rect = view.caret_rect(offset)
    return QPoint(rect.left(), rect.center().y())


def drag_edge(qtbot, view, from_offset: int, to: QPoint) -> None:  # type: ignore[no-untyped-def]
    press = edge_point(view, from_offset)
    viewport = view.viewport()
    qtbot.mouseMove(viewport, press)
    assert viewport.cursor().shape() == Qt.CursorShape.SizeHorCursor  # the edge says it can be dragged
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, press)
    qtbot.mouseMove(viewport, QPoint((press.x() + to.x()) // 2, to.y()))
    qtbot.mouseMove(viewport, to)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, to)


def test_dragging_the_end_edge_grows_the_span_to_whole_tokens_and_undoes(qtbot, window):  # type: ignore[no-untyped-def]
    c, view = window.controller, window.view
    text = c.document.text
    span = select_new_span(qtbot, window, Qt.Key.Key_S, "विनय कुमार")
    target = find(text, "ने बुधवार", "विनय कुमार ")
    with qtbot.waitSignal(c.sig_changes_applied, timeout=2000):
        drag_edge(qtbot, view, span.end, point_of(view, target[0] + 1))  # into the middle of "ने"
    assert c.span(span.id).fragments == ((span.start, target[0] + len("ने")),)
    assert c.undo_stack.undoText().startswith("Resize SPEAKER")
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert c.span(span.id).fragments == span.fragments


def test_dragging_the_start_edge_inward_snaps_to_the_token_start(qtbot, window):  # type: ignore[no-untyped-def]
    c, view = window.controller, window.view
    span = select_new_span(qtbot, window, Qt.Key.Key_S, "भारतीय दूत विनय कुमार", "रूस में ")
    second = span.start + len("भारतीय ")
    with qtbot.waitSignal(c.sig_changes_applied, timeout=2000):
        drag_edge(qtbot, view, span.start, point_of(view, second + 1))
    assert c.span(span.id).fragments == ((second, span.end),)


def test_with_cluster_snapping_an_edge_never_lands_inside_a_conjunct(qtbot, window):  # type: ignore[no-untyped-def]
    c, view = window.controller, window.view
    text = c.document.text
    span = select_new_span(qtbot, window, Qt.Key.Key_L, "विदेश मंत्री", "रूसी ")
    qtbot.keyClick(view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)  # snap to grapheme clusters
    target = span.end + len(" सर्")  # inside the conjunct of सर्गेई
    with qtbot.waitSignal(c.sig_changes_applied, timeout=2000):
        drag_edge(qtbot, view, span.end, point_of(view, target))
    (fragment,) = c.span(span.id).fragments
    assert fragment[1] > span.end and is_cluster_boundary(text, fragment[1])


def test_one_fragment_of_a_discontinuous_span_resizes_alone(qtbot, window):  # type: ignore[no-untyped-def]
    c, view = window.controller, window.view
    text = c.document.text
    span = select_new_span(qtbot, window, Qt.Key.Key_Q, "मॉस्को")
    second = find(text, "बुधवार")
    with qtbot.waitSignal(c.sig_changes_applied, timeout=2000):
        drag_over(qtbot, view, *second, modifier=Qt.KeyboardModifier.ControlModifier)
    assert c.span(span.id).fragments == ((span.start, span.end), second)
    grow_to = find(text, "को रूसी", "बुधवार ")
    with qtbot.waitSignal(c.sig_changes_applied, timeout=2000):
        drag_edge(qtbot, view, second[1], point_of(view, grow_to[0] + 1))
    assert c.span(span.id).fragments == ((span.start, span.end), (second[0], grow_to[0] + len("को")))


def test_split_then_join_fragments(qtbot, window):  # type: ignore[no-untyped-def]
    c, view = window.controller, window.view
    text = c.document.text
    span = select_new_span(qtbot, window, Qt.Key.Key_Q, "भारतीय दूत विनय कुमार", "रूस में ")
    middle = find(text, "विनय", "भारतीय दूत ")
    drag_over(qtbot, view, *middle)
    with qtbot.waitSignal(c.sig_changes_applied, timeout=2000):
        qtbot.keyClick(view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert c.span(span.id).fragments == ((span.start, middle[0] - 1), (middle[1] + 1, span.end))
    assert c.undo_stack.undoText().startswith("Split QUOTE")
    with qtbot.waitSignal(c.sig_changes_applied, timeout=2000):
        qtbot.keyClick(view, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert c.span(span.id).fragments == ((span.start, span.end),)
    assert c.undo_stack.undoText().startswith("Join fragments of QUOTE")


def test_ctrl_e_on_a_discontinuous_quote_keeps_the_fragments_it_does_not_touch(qtbot, window):  # type: ignore[no-untyped-def]
    c, view = window.controller, window.view
    text = c.document.text
    span = select_new_span(qtbot, window, Qt.Key.Key_Q, "मॉस्को")
    second = find(text, "बुधवार")
    with qtbot.waitSignal(c.sig_changes_applied, timeout=2000):
        drag_over(qtbot, view, *second, modifier=Qt.KeyboardModifier.ControlModifier)
    wider = find(text, "बुधवार को", "कुमार ने ")
    drag_over(qtbot, view, *wider)
    with qtbot.waitSignal(c.sig_changes_applied, timeout=2000):
        qtbot.keyClick(view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert c.span(span.id).fragments == ((span.start, span.end), wider)
    assert "1 of 2 fragments" in window.statusBar().currentMessage()

    elsewhere = find(text, "लावरोव", "सर्गेई ")
    click_at(qtbot, view, span.start + 1)
    drag_over(qtbot, view, *elsewhere)
    count = c.undo_stack.count()
    qtbot.keyClick(view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert c.undo_stack.count() == count and c.span(span.id).fragments == ((span.start, span.end), wider)
    assert "overlaps none" in window.statusBar().currentMessage()
