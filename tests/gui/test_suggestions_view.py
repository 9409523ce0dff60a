"""The article view's side of suggestions: clicking a dashed outline selects it, never with a span."""

from __future__ import annotations

from PySide6.QtCore import Qt

from gui.article.selection import NO_SPAN
from tests.gui.test_article_view import click, find, inside, relation, schema, show, span, view  # noqa: F401 - fixtures

TEXT = "मंत्री ने कहा कि बातचीत जारी रहेगी और दोनों देश मिलकर काम करेंगे"


def test_clicking_a_suggestion_selects_it_and_a_span_click_takes_over(qtbot, view, schema):  # noqa: F811
    """A click on a dashed suggestion selects it (the span selection clears); a click on a span swaps back."""
    quote = find(TEXT, "बातचीत जारी रहेगी")
    speaker = find(TEXT, "मंत्री")
    show(view, TEXT, [span(1, "SPEAKER", speaker)], schema)
    view.set_suggestions([span(7, "QUOTE", quote)])
    view.repaint()
    selected, spans = [], []
    view.sig_suggestion_selected.connect(selected.append)
    view.sig_span_selected.connect(spans.append)

    click(qtbot, view, inside(view, speaker[0] + 1))
    assert view.selected_span_id() == 1
    click(qtbot, view, inside(view, quote[0] + 2))
    assert selected == [7] and view.selected_suggestion_id() == 7
    assert view.selected_span_id() == NO_SPAN and spans == [1, NO_SPAN]
    assert view.suggestion_ids_at(quote[0]) == [7] and view.tooltip_at(inside(view, quote[0] + 2)) == "Quote (suggested)"
    click(qtbot, view, inside(view, speaker[0] + 1))
    assert view.selected_span_id() == 1 and view.selected_suggestion_id() == NO_SPAN
    assert selected == [7, NO_SPAN]


def test_a_suggestion_under_a_span_is_reached_by_clicking_again(qtbot, view, schema):  # noqa: F811
    """Span and suggestion on the same words: the first click takes the span, the second the suggestion."""
    words = find(TEXT, "बातचीत जारी रहेगी")
    show(view, TEXT, [span(3, "QUOTE", words)], schema)
    view.set_suggestions([span(3, "CLAIM", words)])  # same number, other id space
    view.repaint()
    point = inside(view, words[0] + 2)
    click(qtbot, view, point)
    assert view.selected_span_id() == 3 and view.selected_suggestion_id() == NO_SPAN
    click(qtbot, view, point)
    assert view.selected_suggestion_id() == 3 and view.selected_span_id() == NO_SPAN


def test_replacing_suggestions_drops_a_selection_that_is_gone(qtbot, view, schema):  # noqa: F811
    """When the selected suggestion is accepted or rejected elsewhere, the view deselects it."""
    quote = find(TEXT, "बातचीत जारी रहेगी")
    show(view, TEXT, [], schema)
    view.set_suggestions([span(7, "QUOTE", quote)])
    view.select_suggestion(7)
    selected = []
    view.sig_suggestion_selected.connect(selected.append)
    view.set_suggestions([span(7, "QUOTE", quote), span(8, "CUE", find(TEXT, "कहा"))])
    assert view.selected_suggestion_id() == 7 and selected == []
    view.set_suggestions([span(8, "CUE", find(TEXT, "कहा"))])
    assert view.selected_suggestion_id() == NO_SPAN and selected == [NO_SPAN]


def test_selected_suggestion_draws_its_suggested_links(qtbot, view, schema, tmp_path):  # noqa: F811
    """The selected suggestion is filled and its suggested said_by link is drawn (dashed) to its speaker."""
    quote = find(TEXT, "बातचीत जारी रहेगी")
    speaker = find(TEXT, "मंत्री")
    show(view, TEXT, [], schema)
    view.set_suggestions([span(7, "QUOTE", quote), span(8, "SPEAKER", speaker)], [relation(1, "said_by", 7, 8)])
    before = view.viewport().grab().toImage()
    view.select_suggestion(7)
    view.repaint()
    after = view.viewport().grab().toImage()
    assert before != after
    assert after.save(str(tmp_path / "selected.png"))


def test_enter_in_relation_mode_still_picks_the_partner(qtbot, view, schema):  # noqa: F811
    """The view claims Enter while linking, so a window's accept shortcut cannot take it."""
    from PySide6.QtGui import QAction, QKeySequence

    accepted = []
    action = QAction("accept", view)
    action.setShortcut(QKeySequence(Qt.Key.Key_Return))
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    action.triggered.connect(lambda: accepted.append(True))
    view.addAction(action)
    quote, speaker = find(TEXT, "बातचीत जारी रहेगी"), find(TEXT, "मंत्री")
    show(view, TEXT, [span(1, "QUOTE", quote), span(2, "SPEAKER", speaker)], schema)
    view.setFocus()
    picked = []
    view.sig_relation_target_clicked.connect(picked.append)
    view.begin_relation_mode(1, [2])
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert picked == [2] and accepted == []
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert accepted == [True]
