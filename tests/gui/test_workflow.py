"""The whole annotation loop driven by real mouse drags, clicks and key presses on the sample article."""

from __future__ import annotations

from PySide6.QtCore import Qt

from gui.app import create_window
from kathan.model import DocumentStatus
from kathan.text.graphemes import is_cluster_boundary
from tests.gui.conftest import ANNOTATOR, click_at, drag_over, find, type_text

QUOTE = "राजदूत @vkumar1969 ने मुलाकात की"
QUOTE_MORE = "भारत-रूस विशेष और विशेषाधिकार प्राप्त रणनीतिक साझेदारी को गहरा करने के लिए आगे के कदमों पर चर्चा की"
QUOTE_MORE_AFTER = "प्रति सौंपी। और "
CLAIM = "भारतीय दूतावास ने एक्स पर पोस्ट किया"
SPEAKER = "भारतीय दूतावास"
CUE = "पोस्ट किया"


def snapshot(ws, doc_id):  # type: ignore[no-untyped-def]
    """What a reader of the project sees: spans and relations without timestamps."""
    spans = {(s.id, s.label, s.fragments, tuple(sorted(s.attributes.items())), s.note, s.annotator) for s in ws.spans(doc_id)}
    relations = {(r.type, r.head, r.tail) for r in ws.relations(doc_id)}
    return spans, relations, ws.document(doc_id).status


def label_drag(qtbot, window, span: tuple[int, int], key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier):  # type: ignore[no-untyped-def]
    drag_over(qtbot, window.view, *span, modifier=modifier)
    with qtbot.waitSignal(window.controller.sig_changes_applied, timeout=2000) as blocker:
        qtbot.keyClick(window.view, key)
    return blocker.args[0]


def test_annotate_link_edit_undo_redo_and_reopen(qtbot, window, project):  # type: ignore[no-untyped-def]
    """A QUOTE, a discontinuous fragment, nested CLAIM/SPEAKER/CUE, a said_by link, an attribute,
    a note and a status change all survive undo-all, redo-all and reopening the project."""
    c = window.controller
    view = window.view
    text = c.document.text
    doc_id = c.document.id
    empty = snapshot(c.workspace, doc_id)

    quote = label_drag(qtbot, window, find(text, QUOTE), Qt.Key.Key_Q).spans_added[0]
    assert quote.label == "QUOTE" and quote.text_in(text) == QUOTE
    assert view.selected_span_id() == quote.id

    # Ctrl+drag adds a second fragment to the selected QUOTE: a discontinuous quote.
    more = find(text, QUOTE_MORE, QUOTE_MORE_AFTER)
    with qtbot.waitSignal(c.sig_changes_applied, timeout=2000) as blocker:
        drag_over(qtbot, view, *more, modifier=Qt.KeyboardModifier.ControlModifier)
    (updated,) = blocker.args[0].spans_updated
    assert updated.fragments == (find(text, QUOTE), more)

    claim = label_drag(qtbot, window, find(text, CLAIM), Qt.Key.Key_L).spans_added[0]
    speaker = label_drag(qtbot, window, find(text, SPEAKER, "“"), Qt.Key.Key_S).spans_added[0]
    cue = label_drag(qtbot, window, find(text, CUE, "एक्स पर "), Qt.Key.Key_C).spans_added[0]
    assert claim.start <= speaker.start < speaker.end <= claim.end  # nested inside another span
    assert claim.start <= cue.start < cue.end <= claim.end

    # Select the QUOTE with a click, press r, click the SPEAKER: said_by.
    click_at(qtbot, view, quote.start + 3)
    assert view.selected_span_id() == quote.id
    qtbot.keyClick(view, Qt.Key.Key_R)
    with qtbot.waitSignal(c.sig_changes_applied, timeout=2000) as blocker:
        click_at(qtbot, view, speaker.start + 2)
    (relation,) = blocker.args[0].relations_added
    assert (relation.type, relation.head, relation.tail) == ("said_by", quote.id, speaker.id)
    assert window.relations_panel.model.rowCount() == 1

    # The side panel follows the selection; pick form=direct with the keyboard and write a note.
    assert window.side_panel.span_id == quote.id
    form = window.side_panel.attribute_combos["form"]
    form.setFocus()
    with qtbot.waitSignal(c.sig_changes_applied, timeout=2000):
        qtbot.keyClick(form, Qt.Key.Key_Down)
    assert c.span(quote.id).attributes == {"form": "direct"}
    note = window.side_panel.note_edit
    note.setFocus()
    qtbot.keyClicks(note, "tweet")
    with qtbot.waitSignal(c.sig_changes_applied, timeout=2000):
        qtbot.keyClick(note, Qt.Key.Key_Return)
    assert c.span(quote.id).note == "tweet"

    view.setFocus()
    with qtbot.waitSignal(c.sig_changes_applied, timeout=2000):
        qtbot.keyClick(view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert c.document.status == DocumentStatus.IN_PROGRESS

    done = snapshot(c.workspace, doc_id)
    assert len(done[0]) == 4 and len(done[1]) == 1
    steps = c.undo_stack.count()
    assert steps == 9
    assert window.undo_action.text() == "&Undo Mark document in progress"

    for _ in range(steps):
        qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert snapshot(c.workspace, doc_id) == empty
    assert window.span_table.model.rowCount() == 0 and not window.undo_action.isEnabled()

    for _ in range(steps):
        qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert snapshot(c.workspace, doc_id) == done
    assert window.span_table.model.rowCount() == 4
    assert window.relations_panel.model.rowCount() == 1

    window.close()
    c.close()
    again = create_window(project, ANNOTATOR)
    qtbot.addWidget(again)
    try:
        assert snapshot(again.controller.workspace, doc_id) == done
        assert again.span_table.model.rowCount() == 4
        assert {s.label for s in again.controller.spans} == {"QUOTE", "CLAIM", "SPEAKER", "CUE"}
    finally:
        again.close()
        again.controller.close()


def test_delete_key_removes_the_selected_span_and_undo_restores_it_with_its_relation(qtbot, window):  # type: ignore[no-untyped-def]
    """Delete removes the selected span with its relations; Ctrl+Z brings both back with the same ids."""
    c = window.controller
    text = c.document.text
    quote = label_drag(qtbot, window, find(text, QUOTE), Qt.Key.Key_Q).spans_added[0]
    speaker = label_drag(qtbot, window, find(text, SPEAKER, "“"), Qt.Key.Key_S).spans_added[0]
    c.add_relation("said_by", quote.id, speaker.id)
    before = snapshot(c.workspace, c.document.id)
    window.jump_to_span(quote.id)
    with qtbot.waitSignal(c.sig_changes_applied, timeout=2000) as blocker:
        qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    assert blocker.args[0].spans_removed == (quote.id,)
    assert c.relations == []
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert snapshot(c.workspace, c.document.id) == before


def test_label_key_on_a_selected_span_relabels_it(qtbot, window):  # type: ignore[no-untyped-def]
    """With no text selected, a label key relabels the selected span (one undo step)."""
    c = window.controller
    text = c.document.text
    span = label_drag(qtbot, window, find(text, SPEAKER, "“"), Qt.Key.Key_S).spans_added[0]
    window.jump_to_span(span.id)
    with qtbot.waitSignal(c.sig_changes_applied, timeout=2000):
        qtbot.keyClick(window.view, Qt.Key.Key_A)
    assert c.span(span.id).label == "ADDRESSEE"
    assert "Relabel" in c.undo_stack.undoText()


def test_ctrl_e_resizes_the_selected_span_to_a_new_drag(qtbot, window):  # type: ignore[no-untyped-def]
    """Select a span, drag its new extent, Ctrl+E: the span is resized (undoable to the old extent)."""
    c = window.controller
    text = c.document.text
    span = label_drag(qtbot, window, find(text, SPEAKER, "“"), Qt.Key.Key_S).spans_added[0]
    assert window.view.selected_span_id() == span.id
    wider = find(text, "भारतीय दूतावास ने", "“")
    drag_over(qtbot, window.view, *wider)
    with qtbot.waitSignal(c.sig_changes_applied, timeout=2000):
        qtbot.keyClick(window.view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert c.span(span.id).fragments == (wider,)
    assert c.undo_stack.undoText().startswith("Resize SPEAKER")
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert c.workspace.spans(c.document.id)[0].fragments == span.fragments


def test_shift_r_lists_nearby_partners_with_every_allowed_relation_type(qtbot, window):  # type: ignore[no-untyped-def]
    """Shift+R on a QUOTE offers SPEAKERs and CUEs nearest first, with each allowed type; picking links."""
    c = window.controller
    text = c.document.text
    speaker = label_drag(qtbot, window, find(text, SPEAKER, "“"), Qt.Key.Key_S).spans_added[0]
    cue = label_drag(qtbot, window, find(text, CUE, "एक्स पर "), Qt.Key.Key_C).spans_added[0]
    quote = label_drag(qtbot, window, find(text, QUOTE), Qt.Key.Key_Q).spans_added[0]
    qtbot.keyClick(window.view, Qt.Key.Key_R, Qt.KeyboardModifier.ShiftModifier)
    menu = window.linker.link_menu
    texts = [a.text() for a in menu.actions()]
    assert len(texts) == 3  # said by, relayed via (SPEAKER) and cued by (CUE)
    assert any("said by" in t for t in texts) and any("relayed via" in t for t in texts) and any("cued by" in t for t in texts)
    with qtbot.waitSignal(c.sig_changes_applied, timeout=2000) as blocker:
        qtbot.keyClick(menu, Qt.Key.Key_Down)
        qtbot.keyClick(menu, Qt.Key.Key_Return)
    (relation,) = blocker.args[0].relations_added
    assert relation.head == quote.id and relation.tail in (speaker.id, cue.id)


def test_clicking_a_label_in_the_palette_labels_the_selection(qtbot, window):  # type: ignore[no-untyped-def]
    """The palette's Cue button does what the c key does."""
    c = window.controller
    text = c.document.text
    drag_over(qtbot, window.view, *find(text, CUE, "एक्स पर "))
    action = next(a for a in window.palette_bar.label_actions if a.data() == "CUE")
    button = window.palette_bar.widgetForAction(action)
    with qtbot.waitSignal(c.sig_changes_applied, timeout=2000) as blocker:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    (span,) = blocker.args[0].spans_added
    assert (span.label, span.text_in(text)) == ("CUE", CUE)
    assert "Cue" in window.label_menu.actions()[2].text()


def test_r_then_tab_and_enter_links_without_the_mouse(qtbot, window):  # type: ignore[no-untyped-def]
    """Keyboard linking: r, Tab to the nearest allowed partner, Enter."""
    c = window.controller
    text = c.document.text
    speaker = label_drag(qtbot, window, find(text, SPEAKER, "“"), Qt.Key.Key_S).spans_added[0]
    quote = label_drag(qtbot, window, find(text, QUOTE), Qt.Key.Key_Q).spans_added[0]
    qtbot.keyClick(window.view, Qt.Key.Key_R)
    qtbot.keyClick(window.view, Qt.Key.Key_Tab)
    with qtbot.waitSignal(c.sig_changes_applied, timeout=2000) as blocker:
        qtbot.keyClick(window.view, Qt.Key.Key_Return)
    (relation,) = blocker.args[0].relations_added
    assert (relation.type, relation.head, relation.tail) == ("said_by", quote.id, speaker.id)


def test_typing_a_note_saves_itself_and_is_one_undo_step(qtbot, window):  # type: ignore[no-untyped-def]
    """Typing pauses save the note without Enter; consecutive note saves merge into one undo step."""
    c = window.controller
    text = c.document.text
    span = label_drag(qtbot, window, find(text, SPEAKER, "“"), Qt.Key.Key_S).spans_added[0]
    note = window.side_panel.note_edit
    note.setFocus()
    with qtbot.waitSignal(c.sig_changes_applied, timeout=3000):
        type_text(note, "दूतावास")
    assert c.workspace.spans(c.document.id)[0].note == "दूतावास"
    with qtbot.waitSignal(c.sig_changes_applied, timeout=3000):
        type_text(note, " का खाता")
    assert c.span(span.id).note == "दूतावास का खाता"
    assert c.undo_stack.count() == 2  # the span, and one note step
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert c.workspace.spans(c.document.id)[0].note == ""
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert c.workspace.spans(c.document.id)[0].note == "दूतावास का खाता"


def test_keyboard_only_selection_then_hotkey_makes_a_span(qtbot, window):  # type: ignore[no-untyped-def]
    """Click before a word, Ctrl+Shift+Right twice, s: a two-token SPEAKER, no dragging."""
    c = window.controller
    text = c.document.text
    start, end = find(text, "विनय कुमार")
    click_at(qtbot, window.view, start)
    qtbot.keyClick(window.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(window.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.view.current_selection() == (start, end)
    with qtbot.waitSignal(c.sig_changes_applied, timeout=2000) as blocker:
        qtbot.keyClick(window.view, Qt.Key.Key_S)
    (span,) = blocker.args[0].spans_added
    assert (span.label, span.fragments) == ("SPEAKER", ((start, end),))


def test_label_hotkeys_work_with_the_palette_hidden(qtbot, window):  # type: ignore[no-untyped-def]
    """Hiding the label toolbar (View menu) keeps the hotkeys: the Label menu holds the same actions."""
    window.palette_bar.toggleViewAction().trigger()
    assert not window.palette_bar.isVisible()
    text = window.controller.document.text
    drag_over(qtbot, window.view, *find(text, "विनय कुमार"))
    with qtbot.waitSignal(window.controller.sig_changes_applied, timeout=2000):
        qtbot.keyClick(window.view, Qt.Key.Key_S)
    assert [s.label for s in window.controller.spans] == ["SPEAKER"]


def test_f2_then_arrow_keys_relabel_in_the_side_panel(qtbot, window):  # type: ignore[no-untyped-def]
    """F2 focuses the side panel's label box; Down relabels the span and shows the new label's attributes."""
    c = window.controller
    text = c.document.text
    span = label_drag(qtbot, window, find(text, SPEAKER, "“"), Qt.Key.Key_S).spans_added[0]
    panel = window.side_panel
    assert set(panel.attribute_combos) == {"kind", "mention"}
    qtbot.keyClick(window.view, Qt.Key.Key_F2)
    assert panel.label_combo.hasFocus()
    with qtbot.waitSignal(c.sig_changes_applied, timeout=2000):
        qtbot.keyClick(panel.label_combo, Qt.Key.Key_Down)  # Speaker → Cue
    assert c.span(span.id).label == "CUE"
    assert panel.attribute_combos == {}
    qtbot.keyClick(panel.label_combo, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert c.span(span.id).label == "SPEAKER" and set(panel.attribute_combos) == {"kind", "mention"}


def test_ctrl_t_switches_selection_between_tokens_and_grapheme_clusters(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Token snapping is the default; Ctrl+T lets a drag stop at a grapheme cluster, and is remembered."""
    text = window.controller.document.text
    start, end = find(text, SPEAKER)
    drag_over(qtbot, window.view, start, end)
    assert window.view.current_selection() == (start, end)
    qtbot.keyClick(window.view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert not window.snap_action.isChecked() and window.settings.snap_to_tokens is False
    drag_over(qtbot, window.view, start, end)
    clusters = window.view.current_selection()
    assert clusters is not None and clusters != (start, end)  # the drag began and ended inside the word
    assert start <= clusters[0] and clusters[1] == end - 1  # it stopped before the last cluster, स
    assert is_cluster_boundary(text, clusters[0])
    label_drag(qtbot, window, (start, end), Qt.Key.Key_S)
    assert [s.fragments for s in window.controller.spans] == [(clusters,)]
    qtbot.keyClick(window.view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert window.settings.snap_to_tokens is True


def test_a_note_still_being_typed_is_saved_on_its_span_when_the_document_changes(qtbot, window):  # type: ignore[no-untyped-def]
    """Typing a note and at once moving to the next document (Ctrl+PgDown) saves the note on the
    span it was typed for, with no error, before the other document opens."""
    from kathan.model import DocumentRecord

    c = window.controller
    first = c.document.id
    c.workspace.import_records([DocumentRecord(name="second", text="मंत्री ने कहा कि बातचीत अच्छी रही।")])
    c.check_external()
    span = label_drag(qtbot, window, find(c.document.text, SPEAKER, "“"), Qt.Key.Key_S).spans_added[0]
    note = window.side_panel.note_edit
    note.setFocus()
    type_text(note, "दूतावास")
    window.next_document_action.trigger()  # within the save delay: the note is not saved yet
    assert c.document.id != first
    assert {s.id: s.note for s in c.workspace.spans(first)}[span.id] == "दूतावास"
    assert window.side_panel.note_edit.text() == ""
