"""The curation view with real clicks and keys: the article once per layer, differences framed,
take, merge, pre-merge and gold editing, each one undoable."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from kathan.layers import GOLD
from kathan.model import Span
from storage import Workspace
from storage.samples import locate
from tests.gui.conftest import ANNOTATOR, click_at, drag_over

EMBASSY = "रूस में भारतीय दूतावास"
POST = "राजदूत @vkumar1969 ने मुलाकात की"
SAID = "पोस्ट किया"


def seed_two_annotators(project: Path) -> None:
    """asha and ravi on the sample article: they agree on a speaker and a quote linked to it,
    differ on the quote's boundary (ravi's is shorter) and on a cue only asha marked."""
    for who in ("asha", "ravi"):
        with Workspace.open(project, annotator=who) as ws:
            doc = ws.documents()[0].id
            text = ws.document(doc).text
            speaker = ws.add_span(doc, "SPEAKER", [locate(text, EMBASSY)]).spans_added[0]
            start, end = locate(text, POST)
            if who == "ravi":
                start = locate(text, POST[len("राजदूत "):])[0]
            quote = ws.add_span(doc, "QUOTE", [(start, end)], {"form": "direct"}).spans_added[0]
            ws.add_relation("said_by", quote.id, speaker.id)
            if who == "asha":
                ws.add_span(doc, "CUE", [locate(text, SAID, "एक्स पर ")])


@pytest.fixture
def curation(qtbot, project: Path) -> Iterator:  # type: ignore[no-untyped-def]
    """The window on the seeded article with Team › Curation open."""
    from gui.app import create_window

    seed_two_annotators(project)
    win = create_window(project, ANNOTATOR)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.team.curation_action.trigger()
    view = win.team.curation_view
    qtbot.waitExposed(view)
    view.activateWindow()
    yield view
    view.close()
    win.close()
    win.controller.close()


def gold_spans(view) -> list[Span]:  # type: ignore[no-untyped-def]
    c = view._controller
    return sorted((s for s in c.workspace.spans(c.document.id) if s.annotator == GOLD), key=lambda s: (s.start, s.label))


def layer_span(view, layer: str, label: str) -> Span:  # type: ignore[no-untyped-def]
    return next(s for s in view._document.spans if s.annotator == layer and s.label == label)


def test_each_layer_is_a_pane_with_its_spans_and_differences_framed(curation, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    """One pane per annotator and one for gold, each drawing that layer's spans and links with the
    article view; the quotes (different boundaries) and the cue (asha only) are framed, the speakers not."""
    view = curation
    qtmodeltester.check(view.model)
    assert list(view.panes.panes) == ["asha", "ravi", GOLD]
    text = view._document.document.text
    for layer in ("asha", "ravi"):
        pane = view.panes.view(layer)
        assert pane.text() == text and pane.isReadOnly()
        shown = {s.id for s in view._document.spans if s.annotator == layer}
        assert set(pane._index.spans) == shown
        speaker, quote = layer_span(view, layer, "SPEAKER"), layer_span(view, layer, "QUOTE")
        assert quote.id in pane.marked_span_ids() and speaker.id not in pane.marked_span_ids()
    assert layer_span(view, "asha", "CUE").id in view.panes.view("asha").marked_span_ids()
    assert view.panes.view(GOLD)._index.spans == {}
    assert "3 spans" in view.panes.panes["asha"].header.text()
    view.grab()  # paints without error


def test_a_click_takes_a_span_into_gold_with_its_links_and_ctrl_z_undoes(curation, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Clicking asha's speaker, then ravi's quote, puts both in gold, the said_by link following the
    quote because its speaker is in gold by then; Ctrl+Z in the curation view takes them out again."""
    view = curation
    speaker = layer_span(view, "asha", "SPEAKER")
    quote = layer_span(view, "ravi", "QUOTE")
    click_at(qtbot, view.panes.view("asha"), speaker.start + 2)
    assert [(s.label, s.fragments) for s in gold_spans(view)] == [("SPEAKER", speaker.fragments)]
    click_at(qtbot, view.panes.view("ravi"), quote.start + 2)
    gold = {s.label: s for s in gold_spans(view)}
    assert gold["QUOTE"].fragments == quote.fragments and dict(gold["QUOTE"].attributes) == {"form": "direct"}
    c = view._controller
    (link,) = [r for r in c.workspace.relations(c.document.id) if r.annotator == GOLD]
    assert (link.head, link.tail) == (gold["QUOTE"].id, gold["SPEAKER"].id)
    assert set(view.panes.view(GOLD)._index.spans) == {gold["QUOTE"].id, gold["SPEAKER"].id}
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [s.label for s in gold_spans(view)] == ["SPEAKER"]
    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert gold_spans(view) == [] and view.panes.view(GOLD)._index.spans == {}


def test_merge_two_differing_quotes_into_one_gold_span(curation, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+click asha's and ravi's quotes, Ctrl+M: one gold QUOTE covering both (asha's longer
    boundary), linked to the gold speaker; one undo step removes it."""
    view = curation
    c = view._controller
    click_at(qtbot, view.panes.view("asha"), layer_span(view, "asha", "SPEAKER").start + 2)
    asha, ravi = layer_span(view, "asha", "QUOTE"), layer_span(view, "ravi", "QUOTE")
    for layer, span in (("asha", asha), ("ravi", ravi)):
        pane = view.panes.view(layer)
        click_at_ctrl(qtbot, pane, span.end - 2)
    assert {tuple(r.fragments) for r in view._selected()} == {asha.fragments, ravi.fragments}
    steps = c.undo_stack.count()
    qtbot.keyClick(view.table, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    gold = {s.label: s for s in gold_spans(view)}
    assert gold["QUOTE"].fragments == ((asha.start, max(asha.end, ravi.end)),)
    assert [(r.head, r.tail) for r in c.workspace.relations(c.document.id) if r.annotator == GOLD] == [
        (gold["QUOTE"].id, gold["SPEAKER"].id)
    ]
    assert c.undo_stack.count() == steps + 1 and c.undo_stack.undoText().startswith("Merge 2 spans into gold")
    c.undo_stack.undo()
    assert [s.label for s in gold_spans(view)] == ["SPEAKER"]


def click_at_ctrl(qtbot, pane, offset: int) -> None:  # type: ignore[no-untyped-def]
    from tests.gui.conftest import point_of

    qtbot.mouseClick(pane.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, point_of(pane, offset))


def test_the_list_walks_the_differences_from_the_keyboard(curation, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Only differences, Down to a row selects that span in every pane holding it; Enter takes it,
    Delete removes it from gold; Pre-merge adds what both agree on."""
    view = curation
    view.only_differences.setChecked(True)
    assert sorted(r.label for r in view.model.rows()) == ["CUE", "QUOTE", "QUOTE"]
    view.table.setFocus()
    cue_row = [r.label for r in view.model.rows()].index("CUE")
    view.table.selectionModel().setCurrentIndex(
        view.model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    for _ in range(cue_row):
        qtbot.keyClick(view.table, Qt.Key.Key_Down)
    cue = layer_span(view, "asha", "CUE")
    assert view.panes.view("asha").selected_span_id() == cue.id
    assert view.panes.view("ravi").selected_span_id() == 0
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert [s.label for s in gold_spans(view)] == ["CUE"]
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert gold_spans(view) == []
    qtbot.mouseClick(view.pre_merge_button, Qt.MouseButton.LeftButton)
    assert [s.label for s in gold_spans(view)] == ["SPEAKER"]
    assert "Ctrl+Z" in view.message.text()
    # The two quotes from the keyboard: the first, Shift+Down to the second, Ctrl+M.
    quotes = [n for n, r in enumerate(view.model.rows()) if r.label == "QUOTE"]
    assert quotes[1] == quotes[0] + 1
    view.table.setFocus()
    view.table.selectionModel().setCurrentIndex(
        view.model.index(quotes[0], 0), QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    qtbot.keyClick(view.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert len(view._selected()) == 2
    qtbot.keyClick(view.table, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    asha = layer_span(view, "asha", "QUOTE")
    assert [(s.label, s.fragments) for s in gold_spans(view) if s.label == "QUOTE"] == [("QUOTE", asha.fragments)]
    qtbot.keyClick(view.table, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert view.message.text() == "gold already holds that"


def label_in_gold_pane(qtbot, view, key: Qt.Key) -> tuple[Span, tuple[int, int]]:  # type: ignore[no-untyped-def]
    """Drag over the ministry's name in the gold pane and press a label key: the gold span made, and where."""
    gold = view.panes.view(GOLD)
    start, end = locate(gold.text(), "विदेश मंत्रालय")
    gold.setFocus()
    drag_over(qtbot, gold, start, end)
    qtbot.keyClick(gold, key)
    (span,) = gold_spans(view)
    return span, (start, end)


def test_the_gold_pane_is_edited_with_label_keys_and_delete(curation, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Select text in the gold pane and press q: a gold QUOTE; s relabels it SPEAKER; Delete removes it."""
    view = curation
    gold = view.panes.view(GOLD)
    span, (start, end) = label_in_gold_pane(qtbot, view, Qt.Key.Key_Q)
    assert (span.label, span.fragments) == ("QUOTE", ((start, end),)) and gold.selected_span_id() == span.id
    qtbot.keyClick(gold, Qt.Key.Key_S)
    assert [s.label for s in gold_spans(view)] == ["SPEAKER"]
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Q)  # a label key outside the gold pane labels nothing
    assert [s.label for s in gold_spans(view)] == ["SPEAKER"]
    click_at(qtbot, gold, span.start + 2)
    assert gold.selected_span_id() == span.id
    gold.setFocus()
    qtbot.keyClick(gold, Qt.Key.Key_Delete)
    assert gold_spans(view) == []


def test_dragging_a_gold_spans_edge_resizes_it(curation, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The gold pane's selected span grows to the token its end edge is dragged into, as in the workbench."""
    from tests.gui.conftest import point_of
    from tests.gui.test_editing import edge_point

    view = curation
    gold = view.panes.view(GOLD)
    span, (start, end) = label_in_gold_pane(qtbot, view, Qt.Key.Key_S)
    after = gold.text().index(" ", end + 1)  # the end of the next word
    # Pressed on the edge (hover feedback is the workbench's test: here the main window is under the pointer).
    press, to = edge_point(gold, span.end), point_of(gold, after - 1)
    qtbot.mousePress(gold.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, press)
    qtbot.mouseMove(gold.viewport(), to)
    qtbot.mouseRelease(gold.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, to)
    assert gold_spans(view)[0].fragments == ((start, after),)
    assert view._controller.undo_stack.undoText().startswith("Resize SPEAKER")


def test_the_panes_scroll_together(curation, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Scrolling one pane (the wheel, or its scroll bar) brings the same text to the top of the others."""
    view = curation
    view.resize(1200, 500)
    asha, ravi, gold = (view.panes.view(name) for name in ("asha", "ravi", GOLD))
    asha.verticalScrollBar().setValue(asha.verticalScrollBar().maximum() // 2)
    top = asha.first_visible_offset()
    assert top > 0
    assert abs(ravi.first_visible_offset() - top) < 80 and abs(gold.first_visible_offset() - top) < 80
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    centre = QPointF(gold.viewport().rect().center())
    wheel = QWheelEvent(
        centre, QPointF(gold.viewport().mapToGlobal(centre.toPoint())), QPoint(0, 0), QPoint(0, -360),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False,
    )
    QApplication.sendEvent(gold.viewport(), wheel)
    moved = gold.first_visible_offset()
    assert moved > top
    assert abs(asha.first_visible_offset() - moved) < 80 and abs(ravi.first_visible_offset() - moved) < 80


def test_in_hindi_the_curation_view_speaks_hindi(qtbot, project: Path) -> None:  # type: ignore[no-untyped-def]
    """Buttons, the summary, the pane headers and the list's own column titles are Hindi (annotator names are data)."""
    from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton

    from gui.app import create_window
    from gui.i18n import install

    seed_two_annotators(project)
    assert install("hi")
    try:
        win = create_window(project, ANNOTATOR, language="hi")
        qtbot.addWidget(win)
        win.team.curation_action.trigger()
        view = win.team.curation_view
        texts = [b.text() for b in view.findChildren(QPushButton)] + [view.only_differences.text(), view.windowTitle()]
        texts += [label.text() for label in view.findChildren(QLabel) if label.text() and label.parent() is view]
        texts += [pane.header.text() for pane in view.panes.panes.values()]
        texts += [view.model.headerData(i, Qt.Orientation.Horizontal) for i in range(2)]
        texts += [view.links.headerData(i, Qt.Orientation.Horizontal) for i in range(3)]
        texts += [view.lists.tabText(i) for i in range(view.lists.count())]
        assert all(any("\u0900" <= ch <= "\u097f" for ch in t) for t in texts), texts
        assert not [b for b in view.findChildren(QCheckBox) if not any("\u0900" <= ch <= "\u097f" for ch in b.text())]
        view.close()
        win.close()
        win.controller.close()
    finally:
        install("en")


def test_clicking_a_span_gold_has_takes_its_links(curation, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Quote first, then asha's speaker: no link (asha linked her own, other quote); then ravi's
    speaker, the same span gold has: only ravi's said_by link comes, to the gold spans."""
    view = curation
    c = view._controller

    def gold_links() -> list[tuple[int, int]]:
        return [(r.head, r.tail) for r in c.workspace.relations(c.document.id) if r.annotator == GOLD]

    click_at(qtbot, view.panes.view("ravi"), layer_span(view, "ravi", "QUOTE").start + 2)
    click_at(qtbot, view.panes.view("asha"), layer_span(view, "asha", "SPEAKER").start + 2)
    assert gold_links() == []
    click_at(qtbot, view.panes.view("ravi"), layer_span(view, "ravi", "SPEAKER").start + 2)
    gold = {s.label: s.id for s in gold_spans(view)}
    assert len(gold_spans(view)) == 2 and gold_links() == [(gold["QUOTE"], gold["SPEAKER"])]


def test_the_links_list_takes_a_link_with_its_ends_and_removes_it(curation, qtbot, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    """The Links tab holds both said_by links (their quotes differ, so both tinted); Enter on ravi's
    takes it into gold with its quote and speaker, Delete removes the gold link, each undoable."""
    from gui.curation_lists import DIFFERENT

    view = curation
    c = view._controller
    view.lists.setCurrentWidget(view.link_table)
    links = view.links
    qtmodeltester.check(links)
    assert [r.type for r in links.rows()] == ["said_by", "said_by"]
    assert all(links.data(links.index(n, 0), Qt.ItemDataRole.BackgroundRole) == DIFFERENT for n in range(2))
    ravi_row = next(n for n, r in enumerate(links.rows()) if "ravi" in r.relations)
    view.link_table.setFocus()
    view.link_table.selectionModel().setCurrentIndex(
        links.index(ravi_row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    ravi_quote = layer_span(view, "ravi", "QUOTE")
    assert view.panes.view("ravi").selected_span_id() == ravi_quote.id  # the head, its arc drawn bold
    qtbot.keyClick(view.link_table, Qt.Key.Key_Return)
    gold = {s.label: s for s in gold_spans(view)}
    assert gold["QUOTE"].fragments == ravi_quote.fragments and "SPEAKER" in gold
    assert [(r.head, r.tail) for r in c.workspace.relations(c.document.id) if r.annotator == GOLD] == [
        (gold["QUOTE"].id, gold["SPEAKER"].id)
    ]
    assert c.undo_stack.undoText().startswith("Add 2 spans")
    ravi_row = next(n for n, r in enumerate(links.rows()) if GOLD in r.relations)
    view.link_table.setFocus()
    view.link_table.selectRow(ravi_row)
    qtbot.keyClick(view.link_table, Qt.Key.Key_Delete)
    assert [r for r in c.workspace.relations(c.document.id) if r.annotator == GOLD] == []
    assert len(gold_spans(view)) == 2
    c.undo_stack.undo()
    assert len([r for r in c.workspace.relations(c.document.id) if r.annotator == GOLD]) == 1


def test_the_curation_view_steps_through_documents(curation, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+PgDown in the curation view opens the next document (in the window too) and every pane shows it; Ctrl+PgUp goes back."""
    from kathan.model import DocumentRecord

    view = curation
    c = view._controller
    with Workspace.open(c.workspace.connect_url, annotator="ravi") as ravi:
        ravi.import_records([DocumentRecord(name="second", text="दूसरा लेख। उन्होंने कहा कि सब ठीक है।")])
    c.check_external()
    first = c.document.id
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert c.document.id != first and c.document.name == "second"
    assert all(pane.view.text() == c.document.text for pane in view.panes.panes.values())
    assert view.model.rowCount() == 0
    qtbot.keyClick(view.table, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert c.document.id == first and view.model.rowCount() > 0
