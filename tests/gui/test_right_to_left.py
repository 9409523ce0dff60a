"""Urdu in the workbench: right-to-left paragraphs, logical selection by mouse and keys, spans
on mixed Urdu-English-digit lines, and right-aligned Urdu in the tables.

Every text here was written for these tests.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from gui.article.view import ArticleView
from gui.panels.table_model import text_alignment
from kathan.model import DocumentId, Span, SpanId
from kathan.schema import default_schema
from kathan.text.graphemes import is_cluster_boundary
from tests.gui.test_article_view import click, drag, find, inside, view  # noqa: F401 - the fixture

URDU = "وزیر نے کہا کہ مُحَمَّد کل آئیں گے۔"
MIXED = "وزیر نے Metro Rail کہا 2024 تک۔"


def show(view: ArticleView, text: str, spans=(), language: str | None = "ur") -> None:
    view.set_document(text, spans, (), default_schema(), language=language)
    view.repaint()


def test_an_urdu_document_lays_out_right_to_left_in_its_font(view) -> None:
    """Urdu gets Nastaliq and RTL paragraphs even when a line opens with English; Hindi does not."""
    show(view, "Reuters کے مطابق بارش ہوگی۔")
    assert view.right_to_left
    assert view.font().families()[0] == "Noto Nastaliq Urdu"
    assert view.document().defaultTextOption().textDirection() == Qt.LayoutDirection.RightToLeft
    first, last = view.caret_rect(0), view.caret_rect(len("Reuters"))
    assert first.x() > view.viewport().width() / 2  # "Reuters" starts at the right edge
    assert last.x() > view.viewport().width() / 2
    show(view, "राम ने कहा।", language="hi")
    assert not view.right_to_left
    assert view.font().families()[0] == "Noto Sans Devanagari"


def test_shift_arrows_extend_in_logical_order_by_clusters(qtbot, view) -> None:
    """In RTL, Shift+Left (visually onwards) grows the selection forward, one cluster a press."""
    show(view, URDU)
    view.set_snap_to_tokens(False)
    word = find(URDU, "مُحَمَّد")
    cursor = QTextCursor(view.document())
    cursor.setPosition(word[0])
    view.setTextCursor(cursor)
    ends = []
    for _ in range(4):
        qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
        ends.append(view.textCursor().position())
    assert ends == [word[0] + 2, word[0] + 4, word[0] + 7, word[0] + 8]  # مُ حَ مَّ د: marks stay with letters
    assert all(is_cluster_boundary(URDU, end) for end in ends)
    assert view.current_selection() == word
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert view.textCursor().position() == word[0] + 7


def test_a_mouse_drag_over_urdu_selects_whole_words_in_logical_order(qtbot, view) -> None:
    """Dragging from the right (the start) to the left over two words selects them, start < end."""
    show(view, URDU)
    first = find(URDU, "وزیر")
    second = find(URDU, "نے")
    with qtbot.waitSignal(view.selectionChanged, timeout=1000):
        drag(qtbot, view, inside(view, first[0] + 1), inside(view, second[0] + 1))
    assert view.current_selection() == (first[0], second[1])


def test_a_span_across_an_english_run_is_drawn_only_over_its_own_words(qtbot, view) -> None:
    """On a mixed line the span نے Metro has two visual pieces: Rail, between them, is not in it."""
    start, end = find(MIXED, "نے Metro")
    spans = [Span(SpanId(1), DocumentId(1), "SPEAKER", ((start, end),))]
    show(view, MIXED, spans)
    click(qtbot, view, inside(view, find(MIXED, "Rail")[0] + 1))
    assert view.selected_span_id() == 0
    click(qtbot, view, inside(view, find(MIXED, "Metro")[0] + 1))
    assert view.selected_span_id() == 1
    click(qtbot, view, QPoint(10, 10))
    click(qtbot, view, inside(view, find(MIXED, "نے")[0]))
    assert view.selected_span_id() == 1
    click(qtbot, view, inside(view, find(MIXED, "2024")[0] + 1))
    assert view.selected_span_id() == 0


def test_urdu_cells_are_right_aligned() -> None:
    """A cell starting with Urdu aligns right; Latin, digits or Devanagari first align left."""
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
    left = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
    assert text_alignment("“وزیر نے کہا") == right
    assert text_alignment("2024 میں") == right
    assert text_alignment("Metro کے ترجمان") == left
    assert text_alignment("राम ने कहा") == left


def test_the_compact_urdu_font_is_a_per_project_choice(window, project) -> None:  # type: ignore[no-untyped-def]
    """View > Compact Urdu font shows Urdu in Naskh, is remembered for this project only."""
    from gui.fonts import URDU_COMPACT_FAMILY
    from gui.settings import Settings

    window.compact_urdu_action.trigger()
    assert Settings().font_override(window.controller.project_path, "Arab") == URDU_COMPACT_FAMILY
    window.view.set_document(URDU, (), (), default_schema(), language="ur")
    assert window.view.font().families()[0] == URDU_COMPACT_FAMILY
    window.compact_urdu_action.trigger()
    assert window.view.font().families()[0] == "Noto Nastaliq Urdu"
    assert Settings().font_override(window.controller.project_path, "Arab") is None


def test_pieces_of_a_mixed_line_come_in_reading_order(view) -> None:
    """In an RTL paragraph the first piece of نے Metro is نے, at the right; Metro follows to its left."""
    from gui.article.geometry import RangeGeometry

    show(view, MIXED)
    geometry = RangeGeometry(view.document())
    start, end = find(MIXED, "نے Metro")
    pieces = geometry.pieces(start, end)
    assert len(pieces) == 2
    first, second = pieces
    assert first.left > second.right
    ne, metro = geometry.pieces(*find(MIXED, "نے")), geometry.pieces(*find(MIXED, "Metro"))
    assert first.left <= ne[0].left + 1 and first.right >= ne[0].right - 1
    assert second.left <= metro[0].left + 1 and second.right >= metro[0].right - 1
