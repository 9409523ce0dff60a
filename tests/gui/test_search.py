"""Ctrl+F finds through the text layer's search keys; "label all matches" is one undoable edit."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.conftest import find, type_text

PHRASE = "भारतीय दूतावास"


def test_find_ignores_zwj_and_labels_all_matches_in_one_undo_step(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """A query with a stray ZWJ still finds both embassies; Label all makes two SPEAKERs, undone at once."""
    c = window.controller
    text = c.document.text
    bar = window.search_bar
    qtbot.keyClick(window.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert bar.isVisible() and bar.query_edit.hasFocus()
    with qtbot.waitSignal(bar.sig_hits_changed, timeout=2000, check_params_cb=lambda hits: len(hits) == 2):
        type_text(bar.query_edit, "भारतीय\u200d दूतावास")
    assert bar.hits == [find(text, PHRASE, "रूस में "), find(text, PHRASE, "“")]
    assert bar.count_label.text() == "2 matches"

    qtbot.keyClick(bar.query_edit, Qt.Key.Key_Return)
    assert window.view.current_selection() == bar.hits[0]
    assert bar.count_label.text() == "1 of 2"

    bar.label_combo.setFocus()
    qtbot.keyClick(bar.label_combo, Qt.Key.Key_Down)  # Quote → Speaker
    assert bar.label_combo.currentData() == "SPEAKER"
    with qtbot.waitSignal(c.sig_changes_applied, timeout=2000) as blocker:
        qtbot.mouseClick(bar.label_all_button, Qt.MouseButton.LeftButton)
    assert len(blocker.args[0].spans_added) == 2
    assert [(s.label, s.fragments) for s in c.spans] == [("SPEAKER", (h,)) for h in bar.hits]
    assert c.undo_stack.count() == 1 and c.undo_stack.undoText() == "Label 2 matches as SPEAKER"

    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert c.spans == [] and c.workspace.spans(c.document.id) == ()

    qtbot.keyClick(bar.query_edit, Qt.Key.Key_Escape)
    assert not bar.isVisible()


def test_label_all_skips_matches_already_labelled_so(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Label all after one match was labelled by hand (or a second time) adds no duplicate span."""
    c = window.controller
    text = c.document.text
    first, second = find(text, PHRASE, "रूस में "), find(text, PHRASE, "“")
    assert c.add_span("SPEAKER", (first,))
    assert c.label_all("SPEAKER", [first, second])
    assert sorted((s.label, s.fragments) for s in c.workspace.spans(c.document.id)) == [
        ("SPEAKER", (first,)), ("SPEAKER", (second,))]
    assert c.undo_stack.undoText() == "Label 1 match as SPEAKER"
    steps = c.undo_stack.count()
    assert not c.label_all("SPEAKER", [first, second])  # nothing left to label: no empty step
    assert c.undo_stack.count() == steps


def test_the_harakat_toggle_finds_urdu_with_and_without_diacritics(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """With "Ignore harakat" on, محمد also finds مُحَمَّد; off, only the bare spelling."""
    from PySide6.QtCore import QPoint

    text = "مُحَمَّد نے کہا۔ محمد گئے۔"
    bar = window.search_bar
    bar.set_text(text)
    bar.open_bar()
    type_text(bar.query_edit, "محمد")
    assert [text[a:b] for a, b in bar.hits] == ["محمد"]
    with qtbot.waitSignal(bar.sig_hits_changed, timeout=2000):
        qtbot.mouseClick(bar.harakat_button, Qt.MouseButton.LeftButton, pos=QPoint(4, 4))
    assert bar.harakat_button.isChecked()
    assert [text[a:b] for a, b in bar.hits] == ["مُحَمَّد", "محمد"]
    assert bar.count_label.text() == "2 matches"
