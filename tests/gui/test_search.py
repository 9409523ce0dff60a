"""Ctrl+F finds through the text layer's search keys; "label all matches" is one undoable edit."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox

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
    qtbot.mouseClick(bar.label_all_button, Qt.MouseButton.LeftButton)
    dialog = bar.label_all_dialog
    qtbot.waitExposed(dialog)
    assert dialog.list.count() == 2 and "[भारतीय दूतावास]" in dialog.list.item(0).text()
    with qtbot.waitSignal(c.sig_changes_applied, timeout=2000) as blocker:
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
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


SAID = "कहा"


def open_other(window, text: str) -> str:  # type: ignore[no-untyped-def]
    """Import a document holding ``text`` and open it; returns its text."""
    from kathan.model import DocumentRecord

    c = window.controller
    c.absorb_background(c.workspace.import_records([DocumentRecord(name="other", text=text)]))
    window.open_document(next(d.id for d in c.documents() if d.name == "other"))
    return c.document.text


def open_find(qtbot, window, query: str):  # type: ignore[no-untyped-def]
    bar = window.search_bar
    qtbot.keyClick(window.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar.query_edit.clear()
    type_text(bar.query_edit, query)
    return bar


def test_whole_word_regex_and_nasal_blindness_are_visible_toggles(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """कहा finds कहां (blind, the default); with the whole-word toggle it does not; exact mode
    drops the nasal-blind forms; a regex finds by pattern and a bad one says why."""
    text = open_other(window, "उन्होंने कहा कि वह कहां है, कहाँ गए, क़हा। कहानी")
    bar = open_find(qtbot, window, SAID)
    assert [text[s:e] for s, e in bar.hits] == ["कहा", "कहां", "कहाँ", "क़हा", "कहा"]
    qtbot.mouseClick(bar.whole_word_button, Qt.MouseButton.LeftButton)
    assert bar.whole_word_button.isChecked()
    assert [text[s:e] for s, e in bar.hits] == ["कहा", "क़हा"]
    qtbot.mouseClick(bar.blind_button, Qt.MouseButton.LeftButton)
    assert not bar.blind_button.isChecked()
    assert [text[s:e] for s, e in bar.hits] == ["कहा"]
    qtbot.mouseClick(bar.whole_word_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(bar.blind_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(bar.regex_button, Qt.MouseButton.LeftButton)
    bar.query_edit.clear()
    type_text(bar.query_edit, "कह[ाी]")
    assert bar.hits and all(text[s:e].startswith(("कहा", "कही")) for s, e in bar.hits)
    bar.query_edit.clear()
    type_text(bar.query_edit, "(")
    assert bar.hits == [] and "not a valid regular expression" in bar.count_label.text()


def test_label_all_lists_whole_word_matches_with_context_and_labels_only_the_checked(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    c = window.controller
    text = c.document.text
    bar = open_find(qtbot, window, SAID)
    bar.label_combo.setCurrentIndex(bar.label_combo.findData("CUE"))
    qtbot.mouseClick(bar.label_all_button, Qt.MouseButton.LeftButton)
    dialog = bar.label_all_dialog
    qtbot.waitExposed(dialog)
    hits = dialog.checked_hits()
    assert hits and all(text[s:e] == SAID for s, e in hits)  # whole words by default: no कहां
    assert all(f"[{SAID}]" in dialog.list.item(row).text() for row in range(dialog.list.count()))
    first = dialog.list.item(0)
    rect = dialog.list.visualItemRect(first)
    qtbot.mouseClick(dialog.list.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.left() + 10, rect.center().y()))
    assert first.checkState() == Qt.CheckState.Unchecked
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == f"Label {len(hits) - 1} as CUE"
    with qtbot.waitSignal(c.sig_changes_applied, timeout=2000):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert sorted(s.fragments[0] for s in c.spans if s.label == "CUE") == hits[1:]


def test_highlights_clear_when_the_bar_closes_and_stay_gone_on_another_document(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from kathan.model import DocumentRecord

    c = window.controller
    c.absorb_background(c.workspace.import_records([DocumentRecord(name="other", text="उन्होंने कहा कि बातचीत सफल रही।")]))
    bar = open_find(qtbot, window, SAID)
    assert bar.hits
    shown: list[list] = []
    bar.sig_hits_changed.connect(shown.append)
    qtbot.keyClick(bar.query_edit, Qt.Key.Key_Escape)
    assert shown == [[]] and bar.hits == []
    window.open_document(next(d.id for d in c.documents() if d.name == "other"))
    assert bar.hits == [] and shown == [[]]
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
