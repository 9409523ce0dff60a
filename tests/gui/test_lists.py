"""The document list, span table and relation list: adapter models and their keyboard use."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from gui.app import create_window
from gui.panels.document_list import DocumentListModel
from gui.panels.relations import RelationTableModel
from gui.panels.span_table import SpanTableModel
from kathan.model import Changes, DocumentRecord, DocumentStatus
from storage import Workspace
from tests.gui.conftest import ANNOTATOR, find, type_text

PHRASES = ("भारतीय दूतावास", "विनय कुमार", "कहा", "विदेश मंत्रालय")


@pytest.fixture
def corpus(project: Path) -> Path:
    """The sample project plus two short articles."""
    ws = Workspace.open(project, annotator=ANNOTATOR)
    try:
        ws.import_records(
            [
                DocumentRecord(name="second", title="दूसरा लेख", text="दूसरा लेख: मंत्री ने कहा कि बातचीत अच्छी रही।"),
                DocumentRecord(name="third", title="तीसरा लेख", text="तीसरा लेख: प्रवक्ता ने बताया।"),
            ]
        )
    finally:
        ws.close()
    return project


@pytest.fixture
def annotated(window):  # type: ignore[no-untyped-def]
    """The window with four spans and one relation on the sample article."""
    c = window.controller
    text = c.document.text
    for label, phrase in zip(("SPEAKER", "SPEAKER", "CUE", "SPEAKER"), PHRASES, strict=True):
        c.add_span(label, (find(text, phrase),))
    quote = find(text, "राजदूत @vkumar1969 ने मुलाकात की")
    c.add_span("QUOTE", (quote,))
    q = next(s for s in c.spans if s.label == "QUOTE")
    c.add_relation("said_by", q.id, c.spans[0].id)
    return window


def test_models_pass_qtmodeltester(qtmodeltester, annotated) -> None:  # type: ignore[no-untyped-def]
    """The three adapter models obey Qt's model contract, also while rows come and go."""
    c = annotated.controller
    spans = SpanTableModel()
    spans.reset(c.document.text, c.spans, c.relations, c.schema)
    qtmodeltester.check(spans)
    spans.apply_changes(Changes(spans_removed=(c.spans[0].id,)), c.relations)
    spans.apply_changes(Changes(spans_added=(c.spans[0],)), c.relations)
    qtmodeltester.check(spans)
    qtmodeltester.check(annotated.span_table.proxy)
    documents = DocumentListModel(c)
    documents.reload()
    assert documents.rowCount() == len(c.documents())
    qtmodeltester.check(documents)
    documents.sort(0, Qt.SortOrder.DescendingOrder)
    documents.set_search("e")
    qtmodeltester.check(documents)
    relations = RelationTableModel()
    relations.reset(c.document.text, c.spans, c.relations)
    qtmodeltester.check(relations)


def test_span_table_follows_edits_sorts_filters_and_jumps(qtbot, annotated) -> None:  # type: ignore[no-untyped-def]
    """Rows appear, change and vanish with the edits; the filter narrows; Enter jumps to the span."""
    win = annotated
    table = win.span_table
    assert table.model.rowCount() == 5
    starts = [table.proxy.index(r, 0).data() for r in range(table.proxy.rowCount())]
    assert starts == sorted(starts)
    rel_column = [table.model.index(r, 4).data() for r in range(5)]
    assert sum(1 for v in rel_column if "said_by" in v) == 2
    type_text(table.filter_edit, "कुमार")
    assert table.proxy.rowCount() == 1
    table.filter_edit.clear()
    qtbot.keyClicks(table.filter_edit, "cue")  # the label column
    assert table.proxy.rowCount() == 1
    table.filter_edit.clear()
    table.table.setFocus()
    table.table.setCurrentIndex(table.proxy.index(2, 1))
    wanted = table.proxy.index(2, 0).data(Qt.ItemDataRole.UserRole)
    with qtbot.waitSignal(win.view.sig_span_selected, timeout=2000):
        qtbot.keyClick(table.table, Qt.Key.Key_Return)
    assert win.view.selected_span_id() == wanted
    assert win.side_panel.span_id == wanted


def test_span_table_multi_select_and_delete_is_one_undo_step(qtbot, annotated) -> None:  # type: ignore[no-untyped-def]
    """Shift-selecting rows and pressing Delete removes them all; one Ctrl+Z restores them."""
    win = annotated
    c = win.controller
    table = win.span_table.table
    table.setFocus()
    table.setCurrentIndex(win.span_table.proxy.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert len(win.span_table.selected_span_ids()) == 3
    with qtbot.waitSignal(c.sig_changes_applied, timeout=2000):
        qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert len(c.spans) == 2
    assert win.span_table.model.rowCount() == 2
    assert c.undo_stack.undoText() == "Delete 3 spans"
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(c.spans) == 5 and len(c.relations) == 1


def test_relations_panel_lists_jumps_and_deletes(qtbot, annotated) -> None:  # type: ignore[no-untyped-def]
    """The relation row names both ends; Enter jumps to the head; Delete removes it (undoable)."""
    win = annotated
    c = win.controller
    panel = win.relations_panel
    assert panel.model.rowCount() == 1
    assert panel.model.index(0, 1).data() == "said by"
    head = c.relations[0].head
    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.model.index(0, 0))
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert win.view.selected_span_id() == head
    panel.table.setFocus()
    panel.table.selectRow(0)
    with qtbot.waitSignal(c.sig_changes_applied, timeout=2000):
        qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert c.relations == [] and panel.model.rowCount() == 0
    assert len(c.spans) == 5  # only the relation went
    qtbot.keyClick(panel.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(c.relations) == 1


def test_document_list_keyboard_navigation_status_and_filter(qtbot, corpus: Path) -> None:  # type: ignore[no-untyped-def]
    """Arrows move, Enter opens, Space cycles the status (undoable), the filter narrows the list."""
    win = create_window(corpus, ANNOTATOR)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    win.view.setFocus()
    try:
        c = win.controller
        docs = win.document_list
        assert docs.model.rowCount() == 3
        assert c.document.name == "ambassador-lavrov"
        qtbot.waitUntil(lambda: win.isActiveWindow(), timeout=2000)
        qtbot.keyClick(win.view, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
        assert win.focusWidget() is docs.table
        qtbot.keyClick(docs.table, Qt.Key.Key_Down)
        with qtbot.waitSignal(c.sig_document_opened, timeout=2000):
            qtbot.keyClick(docs.table, Qt.Key.Key_Return)
        assert c.document.name == "second"
        assert "दूसरा लेख" in win.windowTitle() and "sample" in win.windowTitle()
        docs.table.setFocus()
        with qtbot.waitSignal(c.sig_changes_applied, timeout=2000):
            qtbot.keyClick(docs.table, Qt.Key.Key_Space)
        assert docs.current_summary().status == DocumentStatus.IN_PROGRESS
        qtbot.keyClick(docs.table, Qt.Key.Key_Space)
        assert docs.current_summary().status == DocumentStatus.DONE
        qtbot.keyClick(docs.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert docs.current_summary().status == DocumentStatus.IN_PROGRESS
        qtbot.keyClick(docs.table, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
        assert c.document.name == "third"
        assert win.position_label.text() == "Document 3 of 3"
        type_text(docs.filter_edit, "तीसरा")
        assert docs.model.rowCount() == 1
        docs.filter_edit.clear()
        type_text(docs.filter_edit, "दूसरा")
        with qtbot.waitSignal(c.sig_document_opened, timeout=2000):
            qtbot.keyClick(docs.filter_edit, Qt.Key.Key_Return)
        assert c.document.name == "second"
    finally:
        win.close()
        win.controller.close()


def test_double_click_on_a_span_row_jumps_to_it(qtbot, annotated) -> None:  # type: ignore[no-untyped-def]
    """A double-click on a row selects that span in the article and the side panel."""
    win = annotated
    table = win.span_table.table
    index = win.span_table.proxy.index(3, 1)
    wanted = index.data(Qt.ItemDataRole.UserRole)
    rect = table.visualRect(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(win.span_table.sig_span_activated, timeout=2000):
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert win.view.selected_span_id() == wanted
    assert win.side_panel.span_id == wanted


def test_span_rows_stay_in_text_order_as_spans_are_added_and_resized(qtbot, annotated) -> None:  # type: ignore[no-untyped-def]
    """New and resized spans take their place by position, without a proxy sort."""
    win = annotated
    c = win.controller
    text = c.document.text
    c.add_span("CUE", (find(text, "मॉस्को"),))  # near the top of the article
    first = c.spans[0]
    assert win.span_table.proxy.index(0, 1).data() == "मॉस्को" and first.label == "CUE"
    c.set_fragments(first.id, (find(text, "पहली बैठक है"),))  # moves far down
    starts = [win.span_table.proxy.index(r, 0).data() for r in range(win.span_table.proxy.rowCount())]
    assert starts == sorted(starts)
