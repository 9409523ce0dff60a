"""Reviewing suggestions in the workbench with real keys and clicks on the sample article:
Suggest, click a dashed outline, Enter accepts, Delete rejects, Ctrl+Z, accept all."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kathan.model import Origin, SuggestionStatus
from tests.gui.conftest import click_at, find

EMBASSY_POST = "राजदूत @vkumar1969 ने मुलाकात की"
"""The start of the embassy's second X post, which the detector proposes as a QUOTE."""
STATEMENT = "भारत-रूस सैन्य तकनीकी सहयोग"
"""The start of the ministry's statement (indirect, after कि)."""


def suggest(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+Shift+S in the article view."""
    with qtbot.waitSignal(window.suggestions.sig_suggest_finished, timeout=30_000):
        qtbot.keyClick(window.view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)


def suggestion_at(window, phrase: str, label: str = "QUOTE"):  # type: ignore[no-untyped-def]
    """The open suggestion with ``label`` whose text starts with ``phrase``."""
    text = window.controller.document.text
    return next(s for s in window.controller.suggestions if s.label == label and s.text_in(text).startswith(phrase))


def statuses(window) -> dict[int, str]:  # type: ignore[no-untyped-def]
    """Review status of every stored suggestion of the open document, by id."""
    ws = window.controller.workspace
    (annotated,) = ws.iter_suggested([window.controller.document.id])
    return {int(s.id): _status(s.note) for s in annotated.spans}


def _status(note: str) -> str:
    for status in (SuggestionStatus.ACCEPTED, SuggestionStatus.REJECTED):
        if note.endswith(status.value):
            return status.value
    return SuggestionStatus.OPEN.value


def test_suggest_accept_undo_reject_and_suggest_again(qtbot, qtlog, window):  # type: ignore[no-untyped-def]
    """Enter accepts the clicked suggestion as a span (origin suggested), Ctrl+Z brings the
    suggestion back, Delete rejects another, and a second Suggest does not offer it again."""
    c, view = window.controller, window.view
    text = c.document.text
    assert c.suggestions == [] and window.suggestions_label.text() == "0 suggestions open"

    suggest(qtbot, window)
    offered = c.suggestions
    assert len(offered) >= 6 and {s.label for s in offered} >= {"QUOTE", "SPEAKER", "CUE"}
    assert all(s.origin == Origin.SUGGESTED for s in offered)
    post = suggestion_at(window, EMBASSY_POST)
    assert post.attributes.get("platform") == "x"
    assert view.suggestion_ids_at(post.start) == [post.id]  # shown, as a dashed outline
    assert window.suggestions_label.text() == f"{len(offered)} suggestions open"
    assert c.spans == [] and c.undo_stack.count() == 0  # suggesting is not annotating

    # Click the dashed QUOTE: it becomes the selected suggestion; Enter accepts it.
    click_at(qtbot, view, post.start + 3)
    assert view.selected_suggestion_id() == post.id and view.selected_span_id() == 0
    assert "Enter accepts" in window.statusBar().currentMessage()
    with qtbot.waitSignal(c.sig_changes_applied, timeout=2000) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    (span,) = blocker.args[0].spans_added
    assert (span.label, span.fragments, span.origin) == ("QUOTE", post.fragments, Origin.SUGGESTED)
    assert span.attributes == post.attributes and span.annotator == "tester"
    assert blocker.args[0].suggestions_updated == (post.id,)
    assert [s.id for s in c.spans] == [span.id] and view.span_ids_at(post.start) == [span.id]
    assert c.suggestion(post.id) is None and view.suggestion_ids_at(post.start) == []
    assert statuses(window)[post.id] == "accepted"  # the span records where it came from
    assert window.suggestions_label.text() == f"{len(offered) - 1} suggestions open"
    assert window.undo_action.text().startswith("&Undo Accept QUOTE")
    following = view.selected_suggestion_id()
    assert following and c.suggestion(following).start >= post.start  # review moves on

    # One undo step: the span is gone, the suggestion is open and drawn again.
    with qtbot.waitSignal(c.sig_changes_applied, timeout=2000):
        qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert c.spans == [] and c.workspace.spans(c.document.id) == ()
    assert c.suggestion(post.id) == post and view.suggestion_ids_at(post.start) == [post.id]
    assert statuses(window)[post.id] == "open"
    assert window.suggestions_label.text() == f"{len(offered)} suggestions open"

    # Click the ministry's statement, Delete rejects it (and selects the next one).
    statement = suggestion_at(window, STATEMENT)
    click_at(qtbot, view, statement.start + 3)
    assert view.selected_suggestion_id() == statement.id
    with qtbot.waitSignal(c.sig_changes_applied, timeout=2000) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert blocker.args[0].suggestions_updated == (statement.id,) and not blocker.args[0].spans_removed
    assert c.suggestion(statement.id) is None and view.suggestion_ids_at(statement.start + 3) == []
    assert statuses(window)[statement.id] == "rejected"
    assert c.spans == []

    # Suggest again: the open ones are renewed, the rejected one stays away.
    suggest(qtbot, window)
    again = c.suggestions
    assert len(again) == len(offered) - 1
    assert not any(s.label == "QUOTE" and s.text_in(text).startswith(STATEMENT) for s in again)
    assert suggestion_at(window, EMBASSY_POST).fragments == post.fragments
    assert not [r for r in qtlog.records if "mbiguous" in r.message]  # Enter and Delete each had one owner


def test_accept_all_is_one_undo_step(qtbot, window):  # type: ignore[no-untyped-def]
    """Accept all turns every open suggestion into a span with the suggested links; one Ctrl+Z undoes it."""
    c, view = window.controller, window.view
    suggest(qtbot, window)
    offered = c.suggestions
    links = c.suggested_relations
    assert links
    steps = c.undo_stack.count()
    with qtbot.waitSignal(c.sig_changes_applied, timeout=2000):
        qtbot.keyClick(view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert c.suggestions == [] and window.suggestions_label.text() == "0 suggestions open"
    shapes = sorted((s.label, s.fragments) for s in c.spans)
    assert shapes == sorted((s.label, s.fragments) for s in offered)
    assert all(s.origin == Origin.SUGGESTED for s in c.spans)
    by_id = {s.id: (s.label, s.fragments) for s in c.spans}
    made = sorted((r.type, by_id[r.head], by_id[r.tail]) for r in c.relations)
    offered_by_id = {s.id: (s.label, s.fragments) for s in offered}
    assert made == sorted((r.type, offered_by_id[r.head], offered_by_id[r.tail]) for r in links)
    assert window.span_table.model.rowCount() == len(offered)
    assert c.undo_stack.count() == steps + 1

    with qtbot.waitSignal(c.sig_changes_applied, timeout=2000):
        qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert c.spans == [] and c.relations == []
    assert [s.id for s in c.suggestions] == [s.id for s in offered]
    assert window.span_table.model.rowCount() == 0


def test_keyboard_review_with_f8_and_the_text_cursor(qtbot, window):  # type: ignore[no-untyped-def]
    """F8 walks the suggestions in text order; Enter with the caret inside a suggestion accepts that one."""
    c, view = window.controller, window.view
    suggest(qtbot, window)
    ordered = c.suggestions
    qtbot.keyClick(view, Qt.Key.Key_F8)
    assert view.selected_suggestion_id() == ordered[0].id
    qtbot.keyClick(view, Qt.Key.Key_F8)
    assert view.selected_suggestion_id() == ordered[1].id
    qtbot.keyClick(view, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert view.selected_suggestion_id() == ordered[0].id

    # Nothing selected, the caret inside the ministry's statement: Enter accepts it.
    view.select_suggestion(0)
    statement = suggestion_at(window, STATEMENT)
    view.select_text(statement.start + 2, statement.start + 2)
    with qtbot.waitSignal(c.sig_changes_applied, timeout=2000) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Enter)
    (span,) = blocker.args[0].spans_added
    assert span.fragments == statement.fragments


def test_enter_outside_the_article_is_not_an_accept(qtbot, window):  # type: ignore[no-untyped-def]
    """Enter in the note field or the span table keeps its own meaning there."""
    c = window.controller
    suggest(qtbot, window)
    window.view.select_suggestion(c.suggestions[0].id)
    window.span_table.table.setFocus()
    qtbot.keyClick(window.span_table.table, Qt.Key.Key_Return)
    assert c.spans == [] and len(c.suggestions) > 0


def test_suggestions_follow_the_open_document_and_menus_list_the_keys(qtbot, window):  # type: ignore[no-untyped-def]
    """Suggestions are read when a document opens; the Suggestions menu and Help sheet show their keys."""
    from gui.shortcuts import menu_shortcuts

    c = window.controller
    suggest(qtbot, window)
    count = len(c.suggestions)
    c.open_document(c.document.id)
    assert len(window.view._suggestions) == count  # noqa: SLF001 - what the view draws
    rows = {(menu, text): keys for menu, text, keys in menu_shortcuts(window.menuBar())}
    assert rows[("Suggestions", "Suggest annotations")] == "Ctrl+Shift+S"
    assert rows[("Suggestions", "Accept suggestion")] == "Return"  # and Enter on the keypad
    assert rows[("Suggestions", "Reject suggestion")] == "Del"
    assert ("Suggestions", "Accept all in document") in rows
    window.shortcuts_action.trigger()
    assert "Accept suggestion" in window.shortcuts_dialog.browser.toPlainText()


def test_the_side_panel_shows_a_selected_suggestion_read_only(qtbot, window):  # type: ignore[no-untyped-def]
    """Clicking a suggestion shows its label, attributes and reason in the side panel, not editable."""
    c, view, panel = window.controller, window.view, window.side_panel
    suggest(qtbot, window)
    post = suggestion_at(window, EMBASSY_POST)
    click_at(qtbot, view, post.start + 3)
    assert "suggested by combined" in panel.heading.text() and "confidence" in panel.heading.text()
    assert panel.span_id is None and not panel.label_combo.isEnabled()
    assert panel.attribute_combos["platform"].currentData() == "x"
    assert not panel.attribute_combos["platform"].isEnabled()
    with qtbot.waitSignal(c.sig_changes_applied, timeout=2000) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    (span,) = blocker.args[0].spans_added
    window.jump_to_span(span.id)
    assert panel.span_id == span.id and panel.attribute_combos["platform"].isEnabled()


def test_undoing_a_rejection_from_another_document_shows_it_there(qtbot, window, tmp_path):  # type: ignore[no-untyped-def]
    """Reject in one document, open another, Ctrl+Z: the first document opens with the suggestion back."""
    c, view = window.controller, window.view
    other = tmp_path / "other.txt"
    other.write_text("प्रवक्ता ने कहा कि बातचीत सफल रही।\n", encoding="utf-8")
    with qtbot.waitSignal(window.files.sig_background_task_finished, timeout=20_000):
        window.files.import_paths([str(other)])
    suggest(qtbot, window)
    first = c.document.id
    target = c.suggestions[0]
    view.select_suggestion(target.id)
    with qtbot.waitSignal(c.sig_changes_applied, timeout=2000):
        qtbot.keyClick(view, Qt.Key.Key_Delete)
    qtbot.keyClick(view, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert c.document.id != first
    with qtbot.waitSignal(c.sig_changes_applied, timeout=2000):
        qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert c.document.id == first and c.suggestion(target.id) == target
    assert view.suggestion_ids_at(target.start) == [target.id]


def test_suggestions_stored_by_another_process_show_on_reload(qtbot, window, project):  # type: ignore[no-untyped-def]
    """`kathan suggest` run elsewhere: when the window checks the project, the dashed outlines appear."""
    from kathan.suggest import get_suggester
    from storage import Workspace

    c = window.controller
    ws = Workspace.open(project, annotator="cli")
    try:
        rules = get_suggester()
        ws.store_suggestions(c.document.id, rules.name, rules.suggest(ws.document(c.document.id)))
    finally:
        ws.close()
    assert c.check_external()
    assert c.suggestions and window.suggestions_label.text() == f"{len(c.suggestions)} suggestions open"
    assert window.view.suggestion_ids_at(c.suggestions[0].start)


def test_suggesting_again_forgets_redo_steps_that_name_replaced_suggestions(qtbot, window):  # type: ignore[no-untyped-def]
    """Accept, undo, Suggest again: the old redo (accepting a replaced suggestion) is gone, earlier undo steps stay."""
    c, view = window.controller, window.view
    text = c.document.text
    start = text.index("विनय कुमार")
    assert c.add_span("SPEAKER", ((start, start + len("विनय कुमार")),))
    suggest(qtbot, window)
    view.select_suggestion(suggestion_at(window, EMBASSY_POST).id)
    with qtbot.waitSignal(c.sig_changes_applied, timeout=2000):
        qtbot.keyClick(view, Qt.Key.Key_Return)
    with qtbot.waitSignal(c.sig_changes_applied, timeout=2000):
        qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert c.undo_stack.canRedo()
    suggest(qtbot, window)
    assert not c.undo_stack.canRedo() and c.undo_stack.count() == 1
    assert window.undo_action.text().startswith("&Undo Add SPEAKER")
    with qtbot.waitSignal(c.sig_changes_applied, timeout=2000):
        qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert c.spans == []


def test_the_screenshot_demo_shows_suggestions_next_to_spans(tmp_path):  # type: ignore[no-untyped-def]
    """The --screenshot demo project holds open suggestions beside its hand-made spans."""
    from storage.samples import seed_demo_project
    from storage import Workspace

    ws = Workspace.open(seed_demo_project(tmp_path / "demo.kathan"))
    try:
        doc_id = ws.documents()[0].id
        spans = {(s.label, s.fragments) for s in ws.spans(doc_id)}
        suggested = ws.suggestions(doc_id)
        assert len(spans) == 9 and suggested
        assert not spans & {(s.label, s.fragments) for s in suggested}
    finally:
        ws.close()


def test_dragging_new_text_drops_the_selected_suggestion(qtbot, window):  # type: ignore[no-untyped-def]
    """After a drag selects text to label, Enter does not accept a suggestion picked earlier."""
    from tests.gui.conftest import drag_over

    c, view = window.controller, window.view
    suggest(qtbot, window)
    post = suggestion_at(window, EMBASSY_POST)
    click_at(qtbot, view, post.start + 3)
    assert view.selected_suggestion_id() == post.id
    drag_over(qtbot, view, *find(c.document.text, "विनय कुमार"))
    assert view.selected_suggestion_id() == 0 and view.current_selection() is not None
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert c.spans == [] and c.suggestion(post.id) == post


def test_a_suggester_proposing_what_the_schema_refuses_stores_nothing(qtbot, window):  # type: ignore[no-untyped-def]
    """A plug-in suggester's bad proposal is reported in a dialog; the window keeps working."""
    from kathan.suggest import Suggestion, register_suggester, unregister_suggester

    class Broken:
        name = "broken-test"

        def suggest(self, document):  # type: ignore[no-untyped-def]
            return [Suggestion("k1", "NOT_A_LABEL", ((0, 4),), 0.5)]

    register_suggester("broken-test", Broken, replace=True)
    try:
        window.suggestions.suggester_name = "broken-test"
        with qtbot.waitSignal(window.suggestions.sig_suggest_finished, timeout=30_000) as blocker:
            qtbot.keyClick(window.view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        assert blocker.args[0] is None
        assert "NOT_A_LABEL" in window.suggestions.problem_box.detailedText()
        assert window.controller.suggestions == []
    finally:
        unregister_suggester("broken-test")


def test_shift_enter_accepts_and_selects_the_span_for_editing(qtbot, window):  # type: ignore[no-untyped-def]
    """Shift+Enter accepts the suggestion and selects the new span, so a label key relabels it."""
    c, view = window.controller, window.view
    suggest(qtbot, window)
    post = suggestion_at(window, EMBASSY_POST)
    click_at(qtbot, view, post.start + 3)
    with qtbot.waitSignal(c.sig_changes_applied, timeout=2000) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    (span,) = blocker.args[0].spans_added
    assert view.selected_span_id() == span.id and view.selected_suggestion_id() == 0
    assert window.side_panel.span_id == span.id
    with qtbot.waitSignal(c.sig_changes_applied, timeout=2000):
        qtbot.keyClick(view, Qt.Key.Key_L)
    assert c.span(span.id).label == "CLAIM" and c.span(span.id).origin == Origin.SUGGESTED


def test_accepting_a_quote_then_its_speaker_links_them(qtbot, window):  # type: ignore[no-untyped-def]
    """The suggested said_by link is made when its second end is accepted, and undone with it."""
    c, view = window.controller, window.view
    suggest(qtbot, window)
    post = suggestion_at(window, EMBASSY_POST)
    (said_by,) = [r for r in c.suggested_relations if r.head == post.id and r.type == "said_by"]
    speaker = c.suggestion(said_by.tail)
    view.select_suggestion(post.id)
    with qtbot.waitSignal(c.sig_changes_applied, timeout=2000) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    (quote,) = blocker.args[0].spans_added
    assert c.relations == []
    view.select_suggestion(speaker.id)
    with qtbot.waitSignal(c.sig_changes_applied, timeout=2000) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    (person,) = blocker.args[0].spans_added
    assert [(r.type, r.head, r.tail) for r in c.relations] == [("said_by", quote.id, person.id)]
    assert window.relations_panel.model.rowCount() == 1
    with qtbot.waitSignal(c.sig_changes_applied, timeout=2000):
        qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert c.relations == [] and [s.id for s in c.spans] == [quote.id]


def test_accepting_while_gold_is_shown_puts_the_span_in_gold(qtbot, window):  # type: ignore[no-untyped-def]
    """With Team › Show layer › gold, Enter accepts the suggestion into gold (not signed with the
    user's name) and it stays shown; with a colleague's layer shown, accepting is refused."""
    from kathan.layers import GOLD

    c, view = window.controller, window.view
    suggest(qtbot, window)
    c.show_layer(GOLD)
    post = suggestion_at(window, EMBASSY_POST)
    click_at(qtbot, view, post.start + 3)
    with qtbot.waitSignal(c.sig_changes_applied, timeout=2000) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    (span,) = blocker.args[0].spans_added
    assert span.annotator == GOLD and [s.id for s in c.spans] == [span.id]
    assert view.span_ids_at(post.start) == [span.id]
    c.show_layer("ravi")
    other = c.suggestions[0]
    with qtbot.waitSignal(c.sig_edit_refused, timeout=2000) as refused:
        c.accept_suggestions([other.id])
    assert "would not be yours" in refused.args[0]
    assert c.suggestion(other.id) is not None
