"""The article view driven by real mouse and key events: selection snapping, offsets, painting, clicks."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QColor, QHelpEvent, QImage, QTextCursor
from PySide6.QtWidgets import QApplication, QToolTip

from gui.article.selection import NO_SPAN
from gui.article.view import ArticleView
from kathan.model import DocumentId, Relation, RelationId, Span, SpanId
from kathan.schema import Schema, default_schema
from kathan.text.graphemes import is_cluster_boundary
from kathan.text.offsets import Utf16Map

DOC = DocumentId(1)


def span(span_id: int, label: str, *fragments: tuple[int, int], **attributes: str) -> Span:
    return Span(SpanId(span_id), DOC, label, tuple(fragments), attributes)


def relation(relation_id: int, type_: str, head: int, tail: int) -> Relation:
    return Relation(RelationId(relation_id), DOC, type_, SpanId(head), SpanId(tail))


def find(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    at = -1
    for _ in range(nth + 1):
        at = text.index(needle, at + 1)
    return at, at + len(needle)


@pytest.fixture
def schema() -> Schema:
    return default_schema()


@pytest.fixture
def view(qtbot) -> Iterator[ArticleView]:
    widget = ArticleView()
    widget.resize(900, 650)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget


def show(view: ArticleView, text: str, spans: Sequence[Span], schema: Schema, relations=()) -> None:
    view.set_document(text, spans, relations, schema)
    view.repaint()


def inside(view: ArticleView, offset: int, after: int | None = None) -> QPoint:
    """A viewport point on the text between code points ``offset`` and ``after`` (default: the next one)."""
    a = view.caret_rect(offset)
    b = view.caret_rect(offset + 1 if after is None else after)
    if b.top() != a.top():  # the range wraps: stay on the first line
        return QPoint(a.left() + 2, a.center().y())
    return QPoint((a.left() + b.left()) // 2, a.center().y())


def drag(qtbot, view: ArticleView, start: QPoint, end: QPoint, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    target = view.viewport()
    qtbot.mousePress(target, Qt.MouseButton.LeftButton, modifier, start)
    middle = QPoint((start.x() + end.x()) // 2, (start.y() + end.y()) // 2)
    qtbot.mouseMove(target, middle)
    qtbot.mouseMove(target, end)
    qtbot.mouseRelease(target, Qt.MouseButton.LeftButton, modifier, end)


def click(qtbot, view: ArticleView, pos: QPoint, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, pos)


# -- selection ---------------------------------------------------------------------------------


def test_drag_on_sample_selects_whole_tokens(qtbot, view, sample_text, schema):
    """A drag from inside one word to inside another selects both words, in code points."""
    show(view, sample_text, [], schema)
    first = find(sample_text, "विनय")
    last = find(sample_text, "कुमार")
    with qtbot.waitSignal(view.selectionChanged, timeout=1000):
        drag(qtbot, view, inside(view, first[0] + 1), inside(view, last[0] + 2))
    assert view.current_selection() == (first[0], last[1])
    assert sample_text[first[0] : last[1]] == "विनय कुमार"


def test_shown_selection_is_snapped_after_drag(qtbot, view, sample_text, schema):
    """After the mouse is released the highlighted text is the snapped selection."""
    show(view, sample_text, [], schema)
    word = find(sample_text, "लावरोव")
    drag(qtbot, view, inside(view, word[0] + 1), inside(view, word[0] + 3))
    cursor = view.textCursor()
    assert (cursor.selectionStart(), cursor.selectionEnd()) == word  # all BMP: same in UTF-16


def test_drag_ending_inside_a_conjunct_snaps_to_the_cluster(qtbot, view, schema):
    """At grapheme level a drag whose end falls inside स्त्री still ends on a cluster boundary."""
    text = "यह स्त्री शक्ति है"
    show(view, text, [], schema)
    view.set_snap_to_tokens(False)
    word = find(text, "स्त्री")
    drag(qtbot, view, inside(view, 0), inside(view, word[0] + 2, word[0] + 3))
    selection = view.current_selection()
    assert selection is not None
    assert selection[0] == 0
    assert is_cluster_boundary(text, selection[1])
    assert selection[1] in (word[0], word[1])


def test_mid_cluster_qt_positions_snap(view, schema):
    """Whatever Qt position a selection has, the span offsets land on clusters, whitespace trimmed."""
    text = " स्त्री और पुरुष "
    show(view, text, [], schema)
    view.set_snap_to_tokens(False)
    cursor = QTextCursor(view.document())
    cursor.setPosition(0)
    cursor.setPosition(3, QTextCursor.MoveMode.KeepAnchor)  # स्|त्री
    view.setTextCursor(cursor)
    assert view.current_selection() == (1, 7)
    view.set_snap_to_tokens(True)
    cursor.setPosition(2)
    cursor.setPosition(9, QTextCursor.MoveMode.KeepAnchor)  # into और
    view.setTextCursor(cursor)
    assert view.current_selection() == (1, 10)


def test_whitespace_only_selection_is_none(view, schema):
    text = "राम   ने"
    show(view, text, [], schema)
    cursor = QTextCursor(view.document())
    cursor.setPosition(3)
    cursor.setPosition(6, QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    assert view.current_selection() is None


def test_shift_right_moves_by_grapheme_cluster(qtbot, view, schema):
    """Shift+Right over स्त्री selects the whole conjunct cluster in one step."""
    text = "स्त्री ने कहा"
    show(view, text, [], schema)
    view.set_snap_to_tokens(False)
    view.setFocus()
    click(qtbot, view, QPoint(view.caret_rect(0).left() - 3, view.caret_rect(0).center().y()))
    assert view.textCursor().position() == 0
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert view.current_selection() == (0, len("स्त्री"))
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert view.current_selection() == (0, len("स्त्री ने"))
    qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)  # ने is one cluster
    assert view.textCursor().position() == len("स्त्री ")
    assert view.current_selection() == (0, len("स्त्री"))


def test_ctrl_shift_right_moves_by_token(qtbot, view, schema):
    text = "स्त्री ने कहा"
    show(view, text, [], schema)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(view, Qt.Key.Key_Right, modifiers)
    assert view.current_selection() == (0, 6)
    qtbot.keyClick(view, Qt.Key.Key_Right, modifiers)
    assert view.current_selection() == (0, 9)
    qtbot.keyClick(view, Qt.Key.Key_Left, modifiers)
    assert view.current_selection() == (0, 6)


# -- offsets -----------------------------------------------------------------------------------


def test_emoji_before_a_span_shifts_nothing(qtbot, view, schema):
    """Astral characters before a span: clicks, drags and span lookups stay in code points."""
    text = "😀🇮🇳 नमस्ते: राम ने कहा"
    ram = find(text, "राम")
    show(view, text, [span(7, "SPEAKER", ram)], schema)
    assert Utf16Map(text).to_utf16(ram[0]) == ram[0] + 3
    assert view.span_ids_at(ram[0]) == [7]
    assert view.span_ids_at(ram[0] - 1) == []
    with qtbot.waitSignal(view.sig_span_selected, timeout=1000) as clicked:
        click(qtbot, view, inside(view, ram[0] + 1))
    assert clicked.args == [7]
    word = find(text, "कहा")
    drag(qtbot, view, inside(view, word[0] + 1), inside(view, word[0] + 2))
    assert view.current_selection() == word


def test_conjunct_at_span_edges_keeps_shaping(view, schema):
    """A span starting and ending at conjuncts leaves Qt's text untouched: no dotted circles."""
    text = "क्षत्रिय स्त्री ने श्री राष्ट्रपति से कहा"
    shri = find(text, "श्री")
    show(view, text, [span(1, "SPEAKER", shri), span(2, "QUOTE", find(text, "स्त्री"))], schema)
    layout = view.document().firstBlock().layout()
    assert layout.lineCount() >= 1
    for i in range(layout.lineCount()):
        for run in layout.lineAt(i).glyphRuns():
            dotted = set(run.rawFont().glyphIndexesForString("\u25cc"))
            assert not dotted & set(run.glyphIndexes())


def test_line_separator_keeps_offsets(qtbot, view, schema):
    """U+2028 stays one character in Qt: spans and selections after it are not shifted."""
    text = "पहली पंक्ति\u2028दूसरी पंक्ति\nअगला अनुच्छेद 🙂 अंत"
    second = find(text, "दूसरी")
    last = find(text, "अंत")
    show(view, text, [span(3, "CUE", second), span(4, "CLAIM", last)], schema)
    assert view.document().characterCount() - 1 == Utf16Map(text).utf16_length
    assert view.text() == text
    assert view.span_ids_at(second[0]) == [3]
    assert view.span_ids_at(last[0]) == [4]
    drag(qtbot, view, inside(view, second[0] + 1), inside(view, second[0] + 3))
    assert view.current_selection() == second
    drag(qtbot, view, inside(view, last[0]), inside(view, last[0] + 2))
    assert view.current_selection() == last


def test_crlf_does_not_shift_offsets(view, schema):
    """Should a CRLF reach the view, Qt's positions still match the text's."""
    text = "एक\r\nदो तीन"
    show(view, text, [span(1, "CUE", find(text, "तीन"))], schema)
    assert view.document().characterCount() - 1 == len(text)
    assert view.span_ids_at(find(text, "तीन")[0]) == [1]


# -- painting ----------------------------------------------------------------------------------


def blend(colour: str, alpha: int, base: QColor) -> tuple[int, int, int]:
    c = QColor(colour)
    a = alpha / 255
    return tuple(round(x * a + y * (1 - a)) for x, y in ((c.red(), base.red()), (c.green(), base.green()), (c.blue(), base.blue())))


def has_pixel(image: QImage, xs: range, ys: range, rgb: tuple[int, int, int], tolerance: int = 14) -> bool:
    for y in ys:
        for x in xs:
            pixel = image.pixelColor(x, y)
            if all(abs(p - q) <= tolerance for p, q in zip((pixel.red(), pixel.green(), pixel.blue()), rgb, strict=True)):
                return True
    return False


def test_speaker_inside_quote_shows_both_colours(view, schema):
    """Under a SPEAKER nested in a QUOTE there is the speaker's fill and the quote's lane colour."""
    text = "उन्होंने कहा कि राजदूत विनय कुमार ने लावरोव से मुलाकात की और चर्चा की।"
    quote = find(text, "राजदूत विनय कुमार ने लावरोव से मुलाकात की")
    speaker = find(text, "विनय कुमार")
    show(view, text, [span(1, "QUOTE", quote), span(2, "SPEAKER", speaker)], schema)
    image = view.viewport().grab().toImage()
    base = view.palette().color(view.viewport().backgroundRole())
    left, right = view.caret_rect(speaker[0]).left(), view.caret_rect(speaker[1]).left()
    top = view.caret_rect(speaker[0]).top()
    bottom = view.caret_rect(speaker[0]).bottom()
    xs = range(left + 2, right - 2)
    speaker_fill = blend(schema.label("SPEAKER").colour, 56, base)
    assert has_pixel(image, xs, range(top, bottom), speaker_fill)
    assert has_pixel(image, xs, range(bottom, bottom + 25), QColor(schema.label("QUOTE").colour).getRgb()[:3])
    assert has_pixel(image, xs, range(bottom, bottom + 25), QColor(schema.label("SPEAKER").colour).getRgb()[:3])
    # Outside the speaker but inside the quote, the quote's own fill shows.
    q_left = view.caret_rect(find(text, "लावरोव")[0]).left()
    quote_fill = blend(schema.label("QUOTE").colour, 56, base)
    assert has_pixel(image, range(q_left + 2, q_left + 20), range(top, bottom), quote_fill)
    assert not has_pixel(image, xs, range(top, bottom), quote_fill, tolerance=6)


def test_render_sample_to_png(view, sample_text, schema, tmp_path):
    """The sample article with nested spans, a suggestion, a search hit and connectors renders."""
    quote = find(sample_text, "राजदूत @vkumar1969 ने विदेश मंत्री महामहिम श्री सर्गेई लावरोव से शिष्टाचार मुलाकात की")
    spans = [
        span(1, "QUOTE", quote, form="direct", medium="social_post"),
        span(2, "SPEAKER", find(sample_text, "राजदूत @vkumar1969"), kind="person"),
        span(3, "CUE", find(sample_text, "कहा")),
        span(4, "SPEAKER", find(sample_text, "रूस में भारतीय दूतावास")),
    ]
    show(view, sample_text, spans, schema, [relation(1, "said_by", 1, 4), relation(2, "cued_by", 1, 3)])
    view.set_suggestions([span(9, "CLAIM", find(sample_text, "दोनों नेताओं ने आगामी उच्च स्तरीय"))])
    view.set_search_hits([find(sample_text, "लावरोव", 2)])
    view.select_span(1)
    path = tmp_path / "view.png"
    assert view.grab().save(str(path))
    assert path.stat().st_size > 10_000


# -- spans: clicks, cycling, edits ------------------------------------------------------------


@pytest.fixture
def nested(view, schema) -> tuple[ArticleView, str, tuple[int, int], tuple[int, int]]:
    text = "उन्होंने कहा कि राजदूत विनय कुमार ने लावरोव से मुलाकात की और चर्चा की।"
    quote = find(text, "राजदूत विनय कुमार ने लावरोव से मुलाकात की")
    speaker = find(text, "विनय कुमार")
    cue = find(text, "कहा")
    spans = [span(1, "QUOTE", quote, form="direct"), span(2, "SPEAKER", speaker, kind="person"), span(3, "CUE", cue)]
    show(view, text, spans, schema, [relation(1, "said_by", 1, 2)])
    return view, text, quote, speaker


def test_click_cycles_stacked_spans(qtbot, nested):
    """Repeated clicks on a SPEAKER inside a QUOTE select the speaker, then the quote, then again."""
    view, text, quote, speaker = nested
    at = inside(view, speaker[0] + 2)
    picked = []
    view.sig_span_selected.connect(picked.append)
    for _ in range(3):
        click(qtbot, view, at)
    assert picked == [2, 1, 2]
    assert view.selected_span_id() == 2


def test_click_on_plain_text_deselects(qtbot, nested):
    view, text, quote, speaker = nested
    view.select_span(1)
    with qtbot.waitSignal(view.sig_span_selected, timeout=1000) as selected:
        click(qtbot, view, inside(view, find(text, "चर्चा")[0] + 1))
    assert selected.args == [NO_SPAN]
    assert view.selected_span_id() == NO_SPAN


def test_ctrl_drag_requests_a_fragment(qtbot, nested):
    """With a span selected, Ctrl+drag over more text asks to add it as a fragment."""
    view, text, quote, speaker = nested
    view.select_span(1)
    word = find(text, "चर्चा")
    with qtbot.waitSignal(view.sig_fragment_add_requested, timeout=1000) as requested:
        drag(qtbot, view, inside(view, word[0] + 1), inside(view, word[0] + 3), Qt.KeyboardModifier.ControlModifier)
    assert requested.args == [1, word[0], word[1]]
    assert view.current_selection() is None


def test_relation_mode_click_emits_the_candidate(qtbot, nested):
    """In relation mode only an allowed tail reacts to a click; Esc leaves the mode."""
    view, text, quote, speaker = nested
    cue = find(text, "कहा")
    view.begin_relation_mode(1, [3])
    with qtbot.assertNotEmitted(view.sig_relation_target_clicked):
        click(qtbot, view, inside(view, speaker[0] + 1))
    assert view.in_relation_mode()
    with qtbot.waitSignal(view.sig_relation_target_clicked, timeout=1000) as picked:
        click(qtbot, view, inside(view, cue[0] + 1))
    assert picked.args == [3]
    assert not view.in_relation_mode()
    view.begin_relation_mode(1, [2, 3])
    view.setFocus()
    with qtbot.waitSignal(view.sig_relation_mode_ended, timeout=1000):
        qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not view.in_relation_mode()


def test_relation_mode_tab_and_enter_pick_nearest(qtbot, nested):
    view, text, quote, speaker = nested
    view.begin_relation_mode(1, [2, 3])
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    with qtbot.waitSignal(view.sig_relation_target_clicked, timeout=1000) as picked:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert picked.args == [2]


def test_tooltip_lists_every_label_under_the_mouse(qtbot, nested, schema):
    view, text, quote, speaker = nested
    pos = inside(view, speaker[0] + 2)
    event = QHelpEvent(QEvent.Type.ToolTip, pos, view.viewport().mapToGlobal(pos))
    QApplication.sendEvent(view.viewport(), event)
    shown = QToolTip.text()
    assert shown == view.tooltip_at(pos)
    assert shown.splitlines() == ["Speaker: kind=person", "Quote: form=direct"]


def test_add_update_remove_spans(qtbot, nested):
    view, text, quote, speaker = nested
    word = find(text, "चर्चा")
    view.add_spans([span(10, "CLAIM", word)])
    assert view.span_ids_at(word[0]) == [10]
    view.add_spans([span(10, "CUE", (word[0], word[1] + 3))])
    assert view.span_ids_at(word[1] + 1) == [10]
    view.select_span(10)
    with qtbot.waitSignal(view.sig_span_selected, timeout=1000) as selected:
        view.remove_spans([10])
    assert selected.args == [NO_SPAN]
    assert view.span_ids_at(word[0]) == []


def test_discontinuous_span_is_hit_in_every_fragment(qtbot, view, schema):
    text = "उन्होंने कहा, “हम तैयार हैं,” और जोड़ा, “बातचीत जारी रहेगी।”"
    first = find(text, "हम तैयार हैं")
    second = find(text, "बातचीत जारी रहेगी")
    show(view, text, [span(5, "QUOTE", first, second)], schema)
    assert view.span_ids_at(first[0]) == [5]
    assert view.span_ids_at(second[0] + 2) == [5]
    assert view.span_ids_at(find(text, "जोड़ा")[0]) == []
    picked = []
    view.sig_span_selected.connect(picked.append)
    click(qtbot, view, inside(view, second[0] + 2))
    assert picked == [5]


def test_zoom_changes_size_and_reports_it(qtbot, view, sample_text, schema):
    show(view, sample_text, [], schema)
    size = view.font_size()
    with qtbot.waitSignal(view.sig_font_size_changed, timeout=1000) as changed:
        view.zoom_in()
    assert changed.args == [size + 1]
    view.zoom_out()
    view.zoom_out()
    assert view.font_size() == size - 1
    view.zoom_reset()
    assert view.font_size() == size
    assert view.document().characterCount() - 1 == len(sample_text)


def test_scroll_to_span_brings_it_on_screen(qtbot, view, sample_text, schema):
    long_text = (sample_text + "\n") * 8
    far = len(long_text) - 40
    show(view, long_text, [span(1, "CLAIM", (far, far + 5))], schema)
    view.scroll_to_span(1)
    assert view.viewport().rect().contains(view.caret_rect(far))
    view.scroll_to_offset(0)
    assert view.viewport().rect().contains(view.caret_rect(0))


def test_clicks_find_spans_after_rewrapping(qtbot, nested):
    """Narrowing the view re-wraps the text; hit-testing and painting follow the new lines."""
    view, text, quote, speaker = nested
    view.resize(260, 500)
    qtbot.waitUntil(lambda: view.caret_rect(speaker[1]).top() > view.caret_rect(0).top())
    view.repaint()
    picked = []
    view.sig_span_selected.connect(picked.append)
    click(qtbot, view, inside(view, speaker[0] + 1))
    assert picked == [2]


def test_copy_gives_the_exact_source_text(qtbot, view, schema):
    text = "एक\u00a0दो\u2028तीन"
    show(view, text, [], schema)
    view.selectAll()
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == text


def test_spans_far_down_are_hit_after_a_jump(qtbot, view, sample_text, schema):
    """Jumping to a span Qt has not laid out yet still paints and hit-tests it."""
    long_text = (sample_text + "\n") * 30
    far = find(long_text, "लावरोव", 80)
    show(view, long_text, [span(1, "SPEAKER", far)], schema)
    view.scroll_to_span(1)
    view.repaint()
    picked = []
    view.sig_span_selected.connect(picked.append)
    click(qtbot, view, inside(view, far[0] + 1))
    assert picked == [1]


def test_suggestions_are_listed_as_suggested(view, schema):
    text = "मंत्री ने कहा कि बातचीत जारी रहेगी"
    quote = find(text, "बातचीत जारी रहेगी")
    show(view, text, [], schema)
    view.set_suggestions([span(50, "QUOTE", quote)])
    view.repaint()
    assert view.tooltip_at(inside(view, quote[0] + 1)) == "Quote (suggested)"
    assert view.span_ids_at(quote[0]) == []  # a suggestion is not a span until accepted


def test_search_hit_after_emoji_is_painted_where_the_word_is(view, schema):
    """Search hits arrive in code points; after an emoji they are drawn on the right word."""
    text = "🙂🙂🙂 पहला शब्द और खोज शब्द"
    hit = find(text, "खोज")
    show(view, text, [], schema)
    view.set_search_hits([hit])
    view.repaint()
    image = view.viewport().grab().toImage()
    base = view.palette().color(view.viewport().backgroundRole())
    tint = blend(view.palette().color(view.palette().ColorRole.Highlight).name(), 70, base)
    rect = view.caret_rect(hit[0])
    right = view.caret_rect(hit[1]).left()
    assert has_pixel(image, range(rect.left() + 2, right - 2), range(rect.top(), rect.bottom()), tint)
    before = find(text, "और")
    left = view.caret_rect(before[0]).left()
    assert not has_pixel(image, range(left + 2, left + 12), range(rect.top(), rect.bottom()), tint, tolerance=4)


def test_select_text_and_escape(qtbot, view, schema):
    text = "😀 राम ने कहा"
    show(view, text, [], schema)
    view.select_text(2, 5)
    assert view.current_selection() == (2, 5)
    assert view.textCursor().selectedText() == "राम"
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert view.current_selection() is None


def test_empty_and_blank_documents(qtbot, view, schema):
    for text in ("", "\n\n\n", "   "):
        show(view, text, [], schema)
        view.selectAll()
        assert view.current_selection() is None
        click(qtbot, view, QPoint(20, 20))
        assert view.selected_span_id() == NO_SPAN
    view.clear_document()
    assert view.text() == ""


def test_font_change_from_outside_keeps_hit_testing(qtbot, nested):
    """Even a font set directly on the widget (not through zoom) re-measures the lines."""
    view, text, quote, speaker = nested
    font = view.font()
    font.setPointSize(font.pointSize() + 6)
    view.setFont(font)
    view.repaint()
    picked = []
    view.sig_span_selected.connect(picked.append)
    click(qtbot, view, inside(view, speaker[0] + 1))
    assert picked == [2]


def test_keyboard_selection_previews_the_snapped_extent(qtbot, view, schema):
    """Shift+Right inside a word shows a dashed outline around the whole token a label would take."""
    text = "राजदूत विनय कुमार ने कहा"
    show(view, text, [], schema)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    before = view.viewport().grab().toImage()
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert view.current_selection() == (0, len("राजदूत"))
    view.repaint()
    after = view.viewport().grab().toImage()
    end = view.caret_rect(len("राजदूत"))
    text_colour = view.palette().color(view.palette().ColorRole.Text).getRgb()[:3]
    start = view.caret_rect(0)
    above = range(start.top() - 3, start.top())  # above the glyph box and the caret: only the outline draws there
    xs = range(start.left() + 4, end.left() - 4)
    assert not has_pixel(before, xs, above, text_colour, tolerance=90)
    assert has_pixel(after, xs, above, text_colour, tolerance=90)


def test_press_inside_a_selection_starts_a_new_one(qtbot, view, sample_text, schema):
    """P10: a drag starting inside the current selection selects anew instead of dragging text."""
    show(view, sample_text, [], schema)
    first = find(sample_text, "भारतीय दूत विनय कुमार")
    drag(qtbot, view, inside(view, first[0] + 1), inside(view, first[1] - 2))
    assert view.current_selection() == first
    again = find(sample_text, "विनय कुमार")
    drag(qtbot, view, inside(view, again[0] + 1), inside(view, again[1] - 1))
    assert view.current_selection() == again

