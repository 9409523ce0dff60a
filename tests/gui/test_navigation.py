"""Finding one's way: jumps scroll to the span, one click opens a document, the list shows and
filters file names and status, the window reopens where the user was, the annotator can be
changed, and Tab reaches every part."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from gui.app import create_window
from gui.fonts import devanagari_family
from gui.main_window import annotator_dialog
from kathan.model import DocumentRecord, DocumentStatus
from tests.gui.conftest import ANNOTATOR, find, type_text

LONG = "\n".join(f"अनुच्छेद {i}: मंत्री ने कहा कि बातचीत जारी रहेगी और दोनों देश सहयोग बढ़ाएंगे।" for i in range(80))


def add_document(window, name: str, text: str) -> int:  # type: ignore[no-untyped-def]
    c = window.controller
    c.absorb_background(c.workspace.import_records([DocumentRecord(name=name, text=text, title=f"Title of {name}")]))
    return next(d.id for d in c.documents() if d.name == name)


def click_row(qtbot, table, row: int, column: int = 0) -> None:  # type: ignore[no-untyped-def]
    rect = table.visualRect(table.model().index(row, column))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def on_screen(view, offset: int) -> bool:  # type: ignore[no-untyped-def]
    return view.viewport().rect().contains(view.caret_rect(offset).center())


def test_a_single_click_opens_a_document_and_the_list_shows_file_names(qtbot, window):  # type: ignore[no-untyped-def]
    add_document(window, "long-article", LONG)
    documents = window.document_list
    table = documents.table
    row = next(r for r in range(documents.model.rowCount()) if documents.model.index(r, 1).data() == "long-article")
    click_row(qtbot, table, row)
    assert window.controller.document.name == "long-article"
    assert documents.model.headerData(1, Qt.Orientation.Horizontal) == "File"


def test_the_filter_matches_file_names_titles_and_status(qtbot, window):  # type: ignore[no-untyped-def]
    doc_id = add_document(window, "mumbai-2024-05", LONG)
    c = window.controller
    summary = next(d for d in c.documents() if d.id == doc_id)
    c.set_status(doc_id, summary.status, DocumentStatus.DONE)
    documents = window.document_list
    for query, expected in (("mumbai-2024", 1), ("Title of mumbai", 1), ("done", 1), ("new", 1), ("zzz", 0)):
        documents.filter_edit.clear()
        qtbot.keyClicks(documents.filter_edit, query)
        assert documents.model.rowCount() == expected, query


def test_in_hindi_the_filter_matches_the_status_words_shown(qtbot, window):  # type: ignore[no-untyped-def]
    """With the window in Hindi the list shows "पूर्ण" for done; typing that (or the English
    word, which the command line uses) finds the document marked done."""
    from gui.i18n import install

    doc_id = add_document(window, "mumbai-2024-05", LONG)
    c = window.controller
    summary = next(d for d in c.documents() if d.id == doc_id)
    c.set_status(doc_id, summary.status, DocumentStatus.DONE)
    documents = window.document_list
    assert install("hi")
    try:
        for query in ("पूर्ण", "done"):
            documents.filter_edit.clear()
            type_text(documents.filter_edit, query)
            assert documents.model.rowCount() == 1, query
            assert documents.model.index(0, 0).data(Qt.ItemDataRole.UserRole) == doc_id
    finally:
        install("en")


def test_jumping_to_a_span_from_the_table_scrolls_the_article_to_it(qtbot, window):  # type: ignore[no-untyped-def]
    doc_id = add_document(window, "long-article", LONG)
    window.open_document(doc_id)
    c, view = window.controller, window.view
    far = find(LONG, "अनुच्छेद 75")
    c.add_span("CLAIM", (far,))
    view.verticalScrollBar().setValue(0)
    assert not on_screen(view, far[0])
    table = window.span_table.table
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert view.selected_span_id() == c.spans[0].id and on_screen(view, far[0])


def test_the_window_reopens_at_the_last_document_and_position(qtbot, project: Path):  # type: ignore[no-untyped-def]
    first = create_window(project, ANNOTATOR)
    qtbot.addWidget(first)
    first.show()
    doc_id = add_document(first, "long-article", LONG)
    first.open_document(doc_id)
    offset = find(LONG, "अनुच्छेद 40")[0]
    first.view.scroll_to_top(offset)
    top = first.view.first_visible_offset()
    assert top > 0
    first.close()
    first.controller.close()

    again = create_window(project, ANNOTATOR)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.controller.document.name == "long-article"
    qtbot.waitUntil(lambda: abs(again.view.first_visible_offset() - top) < 80, timeout=2000)
    again.close()
    again.controller.close()


def test_file_annotator_changes_who_signs_later_edits(qtbot, window):  # type: ignore[no-untyped-def]
    c = window.controller
    window.annotator_action.trigger()
    dialog = window.annotator_dialog
    qtbot.waitExposed(dialog)
    line = dialog.findChild(type(window.search_bar.query_edit))
    line.selectAll()
    type_text(line, "आशा")
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert c.annotator == "आशा" and window.settings.annotator == "आशा"
    assert "आशा" in window.annotator_label.text()
    changes = c.add_span("CUE", (find(c.document.text, "कहा"),))
    assert changes.spans_added[0].annotator == "आशा"


def test_the_name_dialog_uses_the_bundled_devanagari_font(qapp):  # type: ignore[no-untyped-def]
    dialog = annotator_dialog(None, "tester")
    assert devanagari_family() in dialog.font().families()


def test_tab_reaches_every_part(qtbot, window):  # type: ignore[no-untyped-def]
    window.view.select_span(0)
    c = window.controller
    changes = c.add_span("CUE", (find(c.document.text, "कहा"),))
    window.view.select_span(int(changes.spans_added[0].id))  # the details take focus once a span is selected
    window.view.setFocus()
    reached = set()
    for _ in range(40):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.add(QApplication.focusWidget())
    parts = {
        "documents": window.document_list.table,
        "document filter": window.document_list.filter_edit,
        "spans": window.span_table.table,
        "span filter": window.span_table.filter_edit,
        "relations": window.relations_panel.table,
        "article": window.view,
        "label": window.side_panel.label_combo,
    }
    missing = [name for name, widget in parts.items() if widget not in reached]
    assert not missing, missing
