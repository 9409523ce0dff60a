"""The article view: one document's text, read-only, with its spans and relations painted under it.

Spans are kept in an interval index of UTF-16 offsets (``gui.article.index``) and painted for
the viewport only, before Qt draws the text (qt-notes technique (d)): translucent
backgrounds for the innermost span at each place, stacked coloured underline lanes for
every span, dashed outlines for suggestions, connectors for the selected span's (or
suggestion's) relations. A click selects a span or a suggestion, never both at once
(``gui.article.selection``). Offsets in and out of this widget are code points;
``gui.article.text`` turns them into Qt positions through ``kathan.text.offsets.Utf16Map`` and snaps selections to
tokens or grapheme clusters through the text layer.
"""

from __future__ import annotations

import logging
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QHelpEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QApplication, QMenu, QTextEdit, QToolTip, QWidget

from gui.i18n import tr
from gui.article.geometry import RangeGeometry, line_edge_at_y, position_at
from gui.article.index import LaneCache, SpanIndex, ViewSpan, innermost_key
from gui.article.bands import Bands, LabelItem, assign_levels, place_labels, short_names
from gui.article.paint import (
    FALLBACK_COLOUR,
    LabelColours,
    dashed_pen,
    fill_pieces,
    fragment_pieces,
    innermost_runs,
    is_dark,
    join_fragments,
    label_colours,
    make_colours,
    outline_pieces,
    paint_arc,
    paint_label,
    route_arc,
    Stamps,
)
from gui.article.relation_pick import RelationPick
from gui.article.selection import CLICK_SLOP, NO_SPAN, Mark, Selection
from gui.article.text import ViewText, display_text
from gui.fonts import document_font
from kathan.text.scripts import document_script, text_language
from kathan.model import Changes, Document, Relation, Span
from kathan.schema import Schema

if TYPE_CHECKING:
    from gui.controller import Controller

log = logging.getLogger(__name__)

DEFAULT_POINT_SIZE = 14
MIN_POINT_SIZE = 8
MAX_POINT_SIZE = 40
PARAGRAPH_GAP = 0.45
"""Extra space after a paragraph, as a multiple of the line spacing."""
EDGE_GRAB = 4
"""Pixels either side of a selected span's fragment edge where a press starts resizing it."""
WARM_DELAY_MS = 150
"""How long after a document is shown its cluster and token tables are built."""


@dataclass(frozen=True, slots=True)
class _Link:
    """A relation as the view draws it."""

    id: int
    type: str
    head: int
    tail: int


class ArticleView(QTextEdit):
    """A read-only, wrapped view of one article with its annotations painted under the text.

    Invariants: ``_text`` describes exactly the text Qt shows (same UTF-16 length); every
    span in ``_index`` (and ``_suggestions``) has UTF-16 fragments inside that text; the
    selected span id is NO_SPAN or the id of a span in ``_index``.

    Given a controller, the view follows it like every other part: it loads the document
    the controller opens and applies the ``Changes`` it broadcasts. Without one (benchmarks,
    widget tests) it shows what ``set_document`` and friends give it.
    """

    sig_span_selected = Signal(int)
    """The selected span changed (carries its id, or NO_SPAN = 0 when none is selected)."""
    sig_fragments_change_requested = Signal(int, object)
    """Dragging an edge of the selected span asks for new fragments: span id and its whole
    fragment tuple in code points (the other fragments unchanged)."""
    sig_fragment_add_requested = Signal(int, int, int)
    """Ctrl+drag with a span selected: add ``(start, end)`` (code points) as a fragment of span ``id``."""
    sig_relation_target_clicked = Signal(int)
    """In relation mode, a candidate tail was picked by click or Enter (carries its id); the mode ends."""
    sig_relation_mode_ended = Signal()
    """Relation mode ended without a pick (Esc, or another document was shown)."""
    sig_font_size_changed = Signal(int)
    """Zooming changed the text's point size (carries it) so the window can remember it."""
    sig_suggestion_selected = Signal(int)
    """The selected suggestion changed (carries its id, or NO_SPAN = 0 when none is selected)."""
    sig_span_clicked = Signal(int, bool)
    """A click landed on a span (carries the id the click selected, and whether Ctrl was held)."""

    def __init__(self, parent: QWidget | None = None, controller: Controller | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setAcceptRichText(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )  # P9: read-only views have no keyboard selection otherwise
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.setTabChangesFocus(True)  # Tab moves on to the next part (relation mode takes it over)
        self._language: str | None = None
        self._right_to_left = False
        self._font_overrides: dict[str, str] = {}
        self._point_size = DEFAULT_POINT_SIZE
        self._geometry = RangeGeometry(self.document())
        self._setting_font = False
        self._schema: Schema | None = None
        self._text = ViewText("")
        self._index = SpanIndex()
        self._lanes = LaneCache(self._index)
        self._suggestions = SpanIndex()
        self._suggested_links_of: dict[int, list[_Link]] = {}
        self._links: dict[int, _Link] = {}
        self._links_of: dict[int, list[_Link]] = {}
        self._search_hits: list[tuple[int, int]] = []
        self._marked: frozenset[int] = frozenset()
        self._marked_colour = QColor()
        self._colours: dict[str, LabelColours] = {}
        self._selection = Selection()
        self._show_labels = True
        self._show_all_arcs = True
        self._short_names: dict[str, str] = {}
        self._label_widths: dict[str, float] = {}
        self._stamps = Stamps()
        self._snap_to_tokens = True
        self._pick = RelationPick()
        self._press_pos: QPoint | None = None
        self._press_ctrl = False
        self._edge_drag: tuple[int, int, bool] | None = None
        """(span id, fragment number, whether the start edge) while an edge is dragged."""
        self._edge_target: tuple[int, int] | None = None
        """The dragged fragment's new extent so far, in code points."""
        # Cluster and token tables take ~75 ms for 100k characters: build them while the
        # reader reads, not on the first Shift+arrow.
        self._warm_timer = QTimer(self)
        self._warm_timer.setSingleShot(True)
        self._warm_timer.setInterval(WARM_DELAY_MS)
        self._warm_timer.timeout.connect(self._warm_text_tables)
        self._apply_font()
        self._build_document("")
        self.viewport().setMouseTracking(True)  # edge and candidate hover feedback
        self._ready = True
        if controller is not None:
            controller.sig_document_opened.connect(self._on_document_opened)
            controller.sig_changes_applied.connect(self._on_changes)
            controller.sig_suggestions_changed.connect(self._on_suggestions_changed)

    # -- following the controller --------------------------------------------------------------

    def _on_document_opened(self, document: Document | None) -> None:
        c = self._controller
        assert c is not None
        if document is None:
            self.clear_document()
        else:
            self.set_document(document.text, c.spans, c.relations, c.schema, language=document.language)
            self.set_suggestions(c.suggestions, c.suggested_relations)

    def _on_changes(self, changes: Changes, _origin: object) -> None:
        c = self._controller
        assert c is not None
        doc = c.document
        if doc is None:
            return
        changes = c.in_open_document(changes)
        if changes.spans_removed:
            self.remove_spans(changes.spans_removed)
        if changes.spans_updated or changes.spans_added:
            self._put_spans([*changes.spans_updated, *changes.spans_added])
        if changes.relations_added or changes.relations_removed or changes.relations_updated:
            self.set_relations(c.relations)

    def _on_suggestions_changed(self) -> None:
        c = self._controller
        assert c is not None
        self.set_suggestions(c.suggestions, c.suggested_relations)

    # -- content -----------------------------------------------------------------------------

    def set_document(
        self,
        text: str,
        spans: Sequence[Span],
        relations: Sequence[Relation],
        schema: Schema,
        *,
        language: str | None = None,
    ) -> None:
        """Show ``text`` (code-point offsets) with its spans and relations; clears selection and modes.

        ``language`` (the document's; None: by its script alone) picks the font, the text
        layer's tokens and, for Urdu, right-to-left paragraphs.
        """
        if self._pick.active:
            self._end_relation_mode(emit=True)
        self._schema = schema
        self._colours = label_colours(schema, self.palette())
        self._short_names = short_names(schema)
        self._text = ViewText(text, text_language(language, text))
        script = document_script(language, text)
        right_to_left = script is not None and script.right_to_left
        if (language, right_to_left) != (self._language, self._right_to_left) or self._font_overrides:
            self._language, self._right_to_left = language, right_to_left
            self._apply_font()
        self._index.clear()
        self._lanes.clear()
        self._suggestions.clear()
        self._suggested_links_of = {}
        self._search_hits = []
        had_selection = self._selection.span != NO_SPAN
        had_suggestion = self._selection.suggestion != NO_SPAN
        self._selection.clear()
        for span in spans:
            self._index.add(self._view_span(span))
        self._set_links(relations)
        self._build_document(text)
        self._warm_timer.start()
        if had_selection:
            self.sig_span_selected.emit(NO_SPAN)
        if had_suggestion:
            self.sig_suggestion_selected.emit(NO_SPAN)

    def _warm_text_tables(self) -> None:
        self._text.clusters  # noqa: B018 - cached_property: computing it is the point
        self._text.tokens  # noqa: B018

    def clear_document(self) -> None:
        """Show nothing (no document open)."""
        self.set_document("", (), (), self._schema or _EMPTY_SCHEMA)

    def text(self) -> str:
        """The text shown, exactly as given to ``set_document``."""
        return self._text.text

    def add_spans(self, spans: Iterable[Span]) -> None:
        """Show new spans, or the new state of spans already shown (replaced by id)."""
        self._put_spans(spans)

    def remove_spans(self, ids: Iterable[int]) -> None:
        """Stop showing these spans; deselects the selected one if it is among them."""
        deselect = False
        for span_id in ids:
            if self._index.remove(span_id) is not None and span_id == self._selection.span:
                deselect = True
            self._lanes.forget(span_id)
        if deselect:
            self._set_selected(NO_SPAN)
        self.viewport().update()

    def set_relations(self, relations: Sequence[Relation]) -> None:
        """Replace every relation of the document (only the selected span's are drawn)."""
        self._set_links(relations)
        self.viewport().update()

    def set_suggestions(self, spans: Sequence[Span], relations: Sequence[Relation] = ()) -> None:
        """Show suggested spans as dashed outlines (replacing earlier suggestions), and the
        suggested links among them for the selected suggestion; a selected suggestion no
        longer among them is deselected."""
        self._suggestions.clear()
        for span in spans:
            self._suggestions.add(self._view_span(span, suggested=True))
        self._suggested_links_of = {}
        for r in relations:
            link = _Link(int(r.id), r.type, int(r.head), int(r.tail))
            self._suggested_links_of.setdefault(link.head, []).append(link)
            if link.tail != link.head:
                self._suggested_links_of.setdefault(link.tail, []).append(link)
        self._selection.forget_clicks()
        if self._selection.suggestion not in self._suggestions:
            self._set_selected_suggestion(NO_SPAN)
        self.viewport().update()

    def set_search_hits(self, hits: Sequence[tuple[int, int]]) -> None:
        """Mark search matches (code-point ``(start, end)`` pairs) with a neutral highlight."""
        to_u16 = self._text.to_u16
        self._search_hits = sorted((to_u16(s), to_u16(e)) for s, e in hits if e > s)
        self.viewport().update()

    def set_marked_spans(self, span_ids: Iterable[int], colour: QColor | None = None) -> None:
        """Draw a frame of ``colour`` (default: the palette's link colour) around these spans, such as
        those the annotators do not agree on; an empty list marks none."""
        self._marked = frozenset(span_ids)
        self._marked_colour = QColor(colour) if colour is not None else self.palette().color(QPalette.ColorRole.Link)
        self.viewport().update()

    def marked_span_ids(self) -> frozenset[int]:
        return self._marked

    def _put_spans(self, spans: Iterable[Span]) -> None:
        for span in spans:
            shown = self._view_span(span)
            self._index.add(shown)
            self._lanes.place(shown)
        self.viewport().update()

    def _view_span(self, span: Span, *, suggested: bool = False) -> ViewSpan:
        to_u16 = self._text.to_u16
        return ViewSpan(
            id=int(span.id),
            label=span.label,
            fragments=tuple((to_u16(s), to_u16(e)) for s, e in span.fragments),
            attributes=tuple(sorted(span.attributes.items())),
            suggested=suggested,
            note=span.note,
            overlay=self._controller is not None and self._controller.is_overlay(span.annotator),
        )

    def _set_links(self, relations: Sequence[Relation]) -> None:
        self._links = {int(r.id): _Link(int(r.id), r.type, int(r.head), int(r.tail)) for r in relations}
        self._links_of = {}
        for link in self._links.values():
            self._links_of.setdefault(link.head, []).append(link)
            if link.tail != link.head:
                self._links_of.setdefault(link.tail, []).append(link)

    def _build_document(self, text: str) -> None:
        """Load ``text`` into a fresh QTextDocument whose blocks already carry the line height.

        Setting the block format before inserting is ~5x faster than merging it afterwards
        over 100k characters (20 ms against 110 ms, measured), and QPlainTextEdit cannot
        space lines at all (P11), hence a QTextEdit with a document built here.
        """
        doc = QTextDocument(self)
        doc.setUndoRedoEnabled(False)
        doc.setDefaultFont(self.font())
        doc.setDocumentMargin(max(8.0, QFontMetricsF(self.font()).height() * 0.6))
        # The first line's names and arcs need room above it too; later lines get theirs
        # from the slot above (FixedHeight puts the baseline at 4/5 of the slot).
        frame = doc.rootFrame().frameFormat()
        above_first = 0.8 * self._bands.line_height - QFontMetricsF(self.font()).ascent()
        frame.setTopMargin(max(doc.documentMargin(), self._bands.above - above_first + 4))
        doc.rootFrame().setFrameFormat(frame)
        option = doc.defaultTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        if self._right_to_left:  # a paragraph opening with an English name is still Urdu
            option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        doc.setDefaultTextOption(option)
        cursor = QTextCursor(doc)
        cursor.setBlockFormat(self._block_format())
        shown = display_text(text)
        if shown:
            cursor.insertText(shown)
        old = self.document()
        owned = old is not None and old.parent() is self  # Qt deletes its own default document
        self.setDocument(doc)
        if owned:
            old.deleteLater()
        self._geometry = RangeGeometry(doc)
        if doc.characterCount() - 1 != self._text.utf16_length:
            log.error(
                "Qt holds %d UTF-16 units but the text has %d: offsets would drift",
                doc.characterCount() - 1,
                self._text.utf16_length,
            )
        self.viewport().update()

    def _block_format(self) -> QTextBlockFormat:
        spacing = QFontMetricsF(self.font()).lineSpacing()
        fmt = QTextBlockFormat()
        fmt.setLineHeight(round(self._bands.line_height), QTextBlockFormat.LineHeightTypes.FixedHeight.value)
        fmt.setBottomMargin(round(spacing * PARAGRAPH_GAP))
        return fmt

    # -- selection of text -------------------------------------------------------------------

    def set_snap_to_tokens(self, on: bool) -> None:
        """Snap selections to whole tokens (the default) or, when off, to grapheme clusters."""
        self._snap_to_tokens = on

    def current_selection(self) -> tuple[int, int] | None:
        """The text selection as a span would take it: code points, snapped, trimmed; None if empty."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        start = self._text.to_cp(cursor.selectionStart())
        end = self._text.to_cp(cursor.selectionEnd())
        return self._text.snap(start, end, to_tokens=self._snap_to_tokens)

    def select_text(self, start: int, end: int) -> None:
        """Select ``[start, end)`` (code points) as a text selection and scroll to it."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._text.to_u16(start))
        cursor.setPosition(self._text.to_u16(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def clear_text_selection(self) -> None:
        """Drop the text selection (the caret stays where it was)."""
        cursor = self.textCursor()
        if cursor.hasSelection():
            cursor.clearSelection()
            self.setTextCursor(cursor)

    def _snap_shown_selection(self) -> None:
        """Make the selection on screen show what ``current_selection`` returns."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return
        snapped = self.current_selection()
        if snapped is None:
            self.clear_text_selection()
            return
        start, end = (self._text.to_u16(x) for x in snapped)
        forward = cursor.position() >= cursor.anchor()
        new = QTextCursor(self.document())
        new.setPosition(start if forward else end)
        new.setPosition(end if forward else start, QTextCursor.MoveMode.KeepAnchor)
        if (new.anchor(), new.position()) != (cursor.anchor(), cursor.position()):
            self.setTextCursor(new)

    # -- selected span -------------------------------------------------------------------------

    def selected_span_id(self) -> int:
        """The selected span's id, or NO_SPAN."""
        return self._selection.span

    def select_span(self, span_id: int) -> None:
        """Select a shown span (NO_SPAN or an unknown id deselects); emits ``sig_span_selected`` on change."""
        self._set_selected(span_id if span_id in self._index else NO_SPAN)

    def _set_selected(self, span_id: int) -> None:
        before = (self._selection.span, self._selection.suggestion)
        self._selection.select_span(span_id)
        self._announce(before)

    def _announce(self, before: tuple[int, int]) -> None:
        """Repaint and emit for whichever of the selected span and suggestion changed."""
        span, suggestion = self._selection.span, self._selection.suggestion
        if (span, suggestion) == before:
            return
        self.viewport().update()
        if suggestion != before[1]:
            self.sig_suggestion_selected.emit(suggestion)
        if span != before[0]:
            self.sig_span_selected.emit(span)

    # -- selected suggestion -------------------------------------------------------------------

    def selected_suggestion_id(self) -> int:
        """The selected suggestion's id, or NO_SPAN."""
        return self._selection.suggestion

    def select_suggestion(self, suggestion_id: int) -> None:
        """Select a shown suggestion (deselecting the span); NO_SPAN or an unknown id deselects."""
        self._set_selected_suggestion(suggestion_id if suggestion_id in self._suggestions else NO_SPAN)

    def suggestion_ids_at(self, offset: int) -> list[int]:
        """Ids of the suggestions covering code point ``offset``, innermost first."""
        found = self._suggestions.spans_at(self._text.to_u16(offset))
        return [s.id for s in sorted(found, key=innermost_key)]

    def caret_offset(self) -> int:
        """The text cursor's position in code points."""
        return self._text.to_cp(self.textCursor().position())

    def _set_selected_suggestion(self, suggestion_id: int) -> None:
        before = (self._selection.span, self._selection.suggestion)
        self._selection.select_suggestion(suggestion_id)
        self._announce(before)

    def caret_rect(self, offset: int) -> QRect:
        """The caret rectangle before code point ``offset``, in viewport coordinates (for popups, tests)."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(min(self._text.to_u16(offset), self.document().characterCount() - 1))
        return self.cursorRect(cursor)

    def span_ids_at(self, offset: int) -> list[int]:
        """Ids of the spans covering code point ``offset``, innermost first."""
        return [s.id for s in self._index.spans_at(self._text.to_u16(offset))]

    def scroll_to_span(self, span_id: int) -> None:
        """Scroll so that the span's first fragment is on screen (centred if it was not)."""
        span = self._index.get(span_id) or self._suggestions.get(span_id)
        if span is not None:
            self._scroll_to_u16(span.start)

    def scroll_to_offset(self, offset: int) -> None:
        """Scroll so that code point ``offset`` is on screen (centred if it was not)."""
        self._scroll_to_u16(self._text.to_u16(offset))

    def first_visible_offset(self) -> int:
        """The code point at the top left of the viewport (where reading resumes)."""
        return self._text.to_cp(self._position_at_y(self.verticalScrollBar().value(), first=True))

    def scroll_to_top(self, offset: int) -> None:
        """Scroll so that the line holding code point ``offset`` is the first on screen."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(min(self._text.to_u16(offset), self.document().characterCount() - 1))
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + self.cursorRect(cursor).top() - round(self._bands.above))

    def _scroll_to_u16(self, position: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(min(position, self.document().characterCount() - 1))
        rect = self.cursorRect(cursor)
        viewport = self.viewport().rect()
        if viewport.contains(rect):
            return
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + rect.center().y() - viewport.height() // 2)

    # -- relation mode -----------------------------------------------------------------------

    def begin_relation_mode(self, head_span_id: int, allowed_tail_ids: Iterable[int]) -> None:
        """Highlight the allowed tails (given nearest first: Tab follows that order); a click
        (or Tab and Enter) on one emits ``sig_relation_target_clicked``."""
        self._pick.begin(head_span_id, [i for i in allowed_tail_ids if i in self._index])
        self.viewport().setCursor(Qt.CursorShape.CrossCursor)
        self.viewport().setMouseTracking(True)  # hover feedback over candidates
        self.viewport().update()

    def in_relation_mode(self) -> bool:
        """Whether clicks currently pick a relation's tail."""
        return self._pick.active

    def _end_relation_mode(self, *, emit: bool) -> None:
        was = self._pick.active
        self._pick.end()
        self.viewport().unsetCursor()
        self.viewport().update()
        if was and emit:
            self.sig_relation_mode_ended.emit()

    def _pick_relation_target(self, span_id: int) -> None:
        self._end_relation_mode(emit=False)
        self.sig_relation_target_clicked.emit(span_id)

    def _cycle_relation_focus(self, step: int) -> None:
        focus = self._pick.cycle(step)
        if focus != NO_SPAN:
            self.scroll_to_span(focus)
            self.viewport().update()

    # -- zoom --------------------------------------------------------------------------------

    def font_size(self) -> int:
        """The text's point size."""
        return self._point_size

    def set_font_size(self, points: int) -> None:
        """Show the text at ``points`` (clamped to 8..40), keeping the first visible text in view."""
        points = min(max(int(points), MIN_POINT_SIZE), MAX_POINT_SIZE)
        if points == self._point_size:
            return
        self._point_size = points
        self._apply_font()
        self._rebuild_keeping_view()
        self.sig_font_size_changed.emit(points)

    def _rebuild_keeping_view(self) -> None:
        """Rebuild the document for the current font (line slots are in pixels), keeping the
        text selection and the first visible line."""
        first = self.cursorForPosition(QPoint(0, 0)).position()
        cursor = self.textCursor()
        anchor, position = cursor.anchor(), cursor.position()
        self._build_document(self._text.text)
        restored = QTextCursor(self.document())
        restored.setPosition(anchor)
        restored.setPosition(position, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(restored)
        top = QTextCursor(self.document())
        top.setPosition(first)
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + self.cursorRect(top).top())

    def zoom_in(self) -> None:
        """One point larger (Ctrl+= in the window)."""
        self.set_font_size(self._point_size + 1)

    def zoom_out(self) -> None:
        """One point smaller (Ctrl+- in the window)."""
        self.set_font_size(self._point_size - 1)

    def zoom_reset(self) -> None:
        """Back to the default size (Ctrl+0 in the window)."""
        self.set_font_size(DEFAULT_POINT_SIZE)

    @property
    def right_to_left(self) -> bool:
        """Whether the shown document's paragraphs run right to left (its script is Arabic)."""
        return self._right_to_left

    def set_font_overrides(self, overrides: dict[str, str]) -> None:
        """Families chosen for a project, by script code (``{"Arab": "Noto Naskh Arabic"}``)."""
        if overrides == self._font_overrides:
            return
        self._font_overrides = dict(overrides)
        self._apply_font()
        self._rebuild_keeping_view()

    def _apply_font(self) -> None:
        text = self._text.text
        script = document_script(self._language, text)
        override = self._font_overrides.get(script.code) if script is not None else None
        font = document_font(self._language, text, override=override)
        font.setPointSize(self._point_size)
        self._setting_font = True
        try:
            self.setFont(font)
        finally:
            self._setting_font = False
        self._font_metrics_changed()

    def _font_metrics_changed(self) -> None:
        font = self.font()
        self._geometry.invalidate()
        small = QFont(font)
        small.setPointSizeF(max(6.5, font.pointSizeF() * 0.55))
        self._label_font = small
        self._label_widths = {}
        self._stamps.clear()
        self._bands = Bands.for_fonts(font, small, labels=self._show_labels)

    # -- what is drawn -----------------------------------------------------------------------

    def set_label_names_shown(self, on: bool) -> None:
        """Show span names above the text (the default), or only colours (lines close up)."""
        if on == self._show_labels:
            return
        self._show_labels = on
        self._font_metrics_changed()
        self._rebuild_keeping_view()

    def label_names_shown(self) -> bool:
        return self._show_labels

    def set_all_arcs_shown(self, on: bool) -> None:
        """Draw every relation on screen (the default), or only the selected span's."""
        self._show_all_arcs = on
        self.viewport().update()

    # -- painting ----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        viewport = self.viewport()
        painter = QPainter(viewport)
        dx, dy = self.horizontalScrollBar().value(), self.verticalScrollBar().value()
        painter.translate(-dx, -dy)
        self._geometry.sync()
        low, high = self._visible_range(event.rect().top(), event.rect().bottom())
        self._paint_marks(painter, low, high)
        painter.end()
        super().paintEvent(event)
        preview = self._edge_preview() or self._snap_preview()
        if preview is not None:
            painter = QPainter(viewport)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.translate(-dx, -dy)
            pen = dashed_pen(self.palette().color(QPalette.ColorRole.Text), 1.2)
            outline_pieces(painter, self._geometry.pieces(*preview), pen, pad=1.5)
            painter.end()

    def _edge_preview(self) -> tuple[int, int] | None:
        if self._edge_target is None:
            return None
        return self._text.to_u16(self._edge_target[0]), self._text.to_u16(self._edge_target[1])

    def _snap_preview(self) -> tuple[int, int] | None:
        """The UTF-16 range a label would get, when it differs from the raw selection shown."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        snapped = self.current_selection()
        if snapped is None:
            return None
        preview = (self._text.to_u16(snapped[0]), self._text.to_u16(snapped[1]))
        return None if preview == (cursor.selectionStart(), cursor.selectionEnd()) else preview

    def _visible_range(self, top: int, bottom: int) -> tuple[int, int]:
        """UTF-16 range of the text between viewport heights ``top`` and ``bottom``, one line
        slot beyond each (lanes and outlines); a caret blink repaints only its own line.

        Found by bisecting the blocks' rectangles and scanning one block's lines:
        ``cursorForPosition`` costs ~2 ms per call on a 100k-character document.
        """
        margin = self._bands.line_height
        scroll = self.verticalScrollBar().value()
        low = self._position_at_y(scroll + top - margin, first=True)
        high = self._position_at_y(scroll + bottom + margin, first=False)
        return low, max(high, low + 1)

    def _position_at_y(self, y: float, *, first: bool) -> int:
        """The start (``first``) or the end of the line at document height ``y``."""
        position = line_edge_at_y(self.document(), y, first=first)
        if position is None:  # not laid out yet: ask Qt, slowly
            point = QPoint(0 if first else self.viewport().width(), round(y - self.verticalScrollBar().value()))
            return self.cursorForPosition(point).position()
        return position

    def _position_at_point(self, pos: QPoint) -> int:
        """Qt's position nearest to viewport point ``pos`` (``cursorForPosition``, but fast)."""
        x = pos.x() + self.horizontalScrollBar().value()
        position = position_at(self.document(), x, pos.y() + self.verticalScrollBar().value())
        return self.cursorForPosition(pos).position() if position is None else position

    def _colours_of(self, label: str) -> LabelColours:
        colours = self._colours.get(label)
        if colours is None:
            colours = make_colours(FALLBACK_COLOUR, is_dark(self.palette()))
            self._colours[label] = colours
        return colours

    def _paint_marks(self, painter: QPainter, low: int, high: int) -> None:
        geometry = self._geometry
        if self._search_hits:
            self._paint_search_hits(painter, low, high)
        fragments = list(self._index.fragments_in(low, high))
        for span, start, end in innermost_runs(fragments, low, high):
            colours = self._colours_of(span.label)
            fill = colours.strong if span.id == self._selection.span else colours.fill
            if span.overlay:
                fill = QBrush(colours.solid, Qt.BrushStyle.BDiagPattern)
            fill_pieces(painter, geometry.pieces(start, end), fill)
        bands = self._bands
        for span, start, end in fragments:
            colour = self._colours_of(span.label).solid
            lane = self._lanes.lane(span)
            for piece in geometry.pieces(start, end):
                painter.fillRect(bands.lane_rect(piece.left, piece.right, piece.bottom, lane), colour)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)  # outlines, names and arcs: fills stay crisp and cheap
        if self._show_labels:
            self._paint_labels(painter, fragments)
        for span, start, end in self._suggestions.fragments_in(low, high):
            colours = self._colours_of(span.label)
            pieces = geometry.pieces(start, end)
            if span.id == self._selection.suggestion:
                fill_pieces(painter, pieces, colours.fill)
                outline_pieces(painter, pieces, dashed_pen(colours.solid, 2.5), pad=1.5)
            else:
                outline_pieces(painter, pieces, dashed_pen(colours.solid, 1.5))
        if self._marked:
            pen = QPen(self._marked_colour, 1.6)
            for span, start, end in fragments:
                if span.id in self._marked:
                    outline_pieces(painter, geometry.pieces(start, end), pen, pad=2.5)
        selected = self._index.get(self._selection.span)
        if selected is not None:
            colour = self._colours_of(selected.label).solid
            outline_pieces(painter, fragment_pieces(geometry, selected), QPen(colour, 2.0), pad=1.5)
            if len(selected.fragments) > 1:
                join_fragments(
                    painter, [geometry.pieces(s, e) for s, e in selected.fragments], colour,
                    right_to_left=self._right_to_left,
                )
        if self._pick.active:
            self._paint_relation_mode(painter, low, high)
        self._paint_arcs(painter, low, high)

    def _paint_search_hits(self, painter: QPainter, low: int, high: int) -> None:
        hits = self._search_hits
        colour = QColor(self.palette().color(QPalette.ColorRole.Highlight))
        colour.setAlpha(70)
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 1.0)
        i = max(bisect_left(hits, (low, -1)) - 1, 0)
        while i < len(hits) and hits[i][0] < high:
            start, end = hits[i]
            if end > low:
                pieces = self._geometry.pieces(start, end)
                fill_pieces(painter, pieces, colour)
                outline_pieces(painter, pieces, pen, pad=0.5)
            i += 1

    def _paint_relation_mode(self, painter: QPainter, low: int, high: int) -> None:
        """The head dashed, the allowed tails on screen tinted and outlined (the Tab focus thicker)."""
        highlight = self.palette().color(QPalette.ColorRole.Highlight)
        tint = QColor(highlight)
        tint.setAlpha(60)
        head = self._index.get(self._pick.head)
        if head is not None:
            outline_pieces(painter, fragment_pieces(self._geometry, head), dashed_pen(highlight, 2.5), pad=2.0)
        for span in self._index.spans_in(low, high):
            if not self._pick.allows(span.id):
                continue
            pieces = fragment_pieces(self._geometry, span)
            fill_pieces(painter, pieces, tint)
            width = 3.0 if span.id == self._pick.focus else 1.5
            outline_pieces(painter, pieces, QPen(highlight, width), pad=2.0)

    def _paint_labels(self, painter: QPainter, fragments: Sequence[tuple[ViewSpan, int, int]]) -> None:
        """Each fragment's span name over its first line piece, placed per line by ``place_labels``."""
        lines: dict[float, list[LabelItem]] = {}
        spans: dict[int, ViewSpan] = {}
        for span, start, end in fragments:
            pieces = self._geometry.pieces(start, end)
            if not pieces:
                continue
            first = pieces[0]
            spec = self._schema.label(span.label) if self._schema else None
            full = spec.display if spec else span.label
            short = self._short_names.get(span.label, full[:1])
            spans[span.id] = span
            item = LabelItem(span.id, first.left, first.right, full, self._label_width(full), short, self._label_width(short))
            lines.setdefault(first.top, []).append(item)
        palette = self.palette()
        for top, items in lines.items():
            for placed in place_labels(items, self._bands.label_rows):
                span = spans[placed.span_id]
                rect = self._bands.label_rect(top, placed.row, placed.left, placed.width)
                strong = span.id == self._selection.span
                paint_label(painter, self._stamps, rect, placed.text, self._colours_of(span.label), palette, self._label_font, strong=strong)

    def _label_width(self, text: str) -> float:
        width = self._label_widths.get(text)
        if width is None:
            width = QFontMetricsF(self._label_font).horizontalAdvance(text) + 6
            self._label_widths[text] = width
        return width

    def _paint_arcs(self, painter: QPainter, low: int, high: int) -> None:
        """Relation arcs in the bands between lines: every relation of the spans on screen (or only
        the selected span's), the selected span's bolder, a selected suggestion's links dashed."""
        selected = self._selection
        drawn: list[tuple[_Link, SpanIndex, bool, bool]] = []
        if selected.suggestion != NO_SPAN:
            drawn += [(link, self._suggestions, True, True) for link in self._suggested_links_of.get(selected.suggestion, ())]
        chosen = {link.id for link in self._links_of.get(selected.span, ())}
        if self._show_all_arcs and self._links_of:
            seen: set[int] = set()
            links_of = self._links_of
            for span, _start, _end in self._index.fragments_in(low, high):
                for link in links_of.get(span.id, ()):
                    if link.id not in seen:
                        seen.add(link.id)
                        drawn.append((link, self._index, False, link.id in chosen))
        else:
            drawn += [(link, self._index, False, True) for link in self._links_of.get(selected.span, ())]
        if not drawn:
            return
        drawn.sort(key=lambda d: d[3])  # the emphasised ones last, on top
        bands = self._bands
        margin = self.document().documentMargin()
        right_margin = self.document().textWidth() - margin / 2
        plates: list[QRectF] = []
        routes: list[tuple[_Link, bool, bool, tuple[float, float, float], tuple[float, float, float], str, float]] = []
        runs: dict[float, list[tuple[int, float, float]]] = {}
        for link, index, dashed, strong in drawn:
            head, tail = index.get(link.head), index.get(link.tail)
            if head is None or tail is None:
                continue
            head_pieces = fragment_pieces(self._geometry, head)
            tail_pieces = fragment_pieces(self._geometry, tail)
            if not head_pieces or not tail_pieces:
                continue  # a partner far away whose block Qt has not laid out yet
            h, t = head_pieces[0], tail_pieces[0]
            hx, tx = (h.left + h.right) / 2, (t.left + t.right) / 2
            side = margin / 2 if (hx + tx) / 2 < self.document().textWidth() / 2 else right_margin
            end_points = ((hx, bands.anchor_y(h.top), h.top), (tx, bands.anchor_y(t.top), t.top))
            at = len(routes)
            if abs(h.top - t.top) < 1.0:
                runs.setdefault(h.top, []).append((at, hx, tx))
            else:
                runs.setdefault(h.top, []).append((at, hx, side))
                runs.setdefault(t.top, []).append((at, side, tx))
            colour_label = tail.label if link.head == selected.span else head.label
            routes.append((link, dashed, strong, end_points[0], end_points[1], colour_label, side))
        levels: dict[tuple[int, float], int] = {}
        for top, line_runs in runs.items():
            for (at, _x1, _x2), level in zip(line_runs, assign_levels([(x1, x2) for _at, x1, x2 in line_runs]), strict=True):
                levels[(at, top)] = level
        palette = self.palette()
        names: dict[str, str] = {}
        for at, (link, dashed, strong, head, tail, colour_label, side) in enumerate(routes):
            arc = route_arc(head, tail, bands.arc_y(head[2], levels.get((at, head[2]), 0)), bands.arc_y(tail[2], levels.get((at, tail[2]), 0)), side)
            text = names.get(link.type)
            if text is None:
                relation_type = self._schema.relation(link.type) if self._schema else None
                text = names[link.type] = relation_type.display if relation_type else link.type
            colour = self._colours_of(colour_label).solid
            if not strong and selected.span != NO_SPAN:
                colour = QColor(colour)
                colour.setAlpha(140)
            width = 2.2 if strong else 1.3
            plate_width = round(self._label_width(text) + 2)
            paint_arc(painter, self._stamps, arc, text, colour, palette, self._label_font, plates, plate_width, width=width, dashed=dashed)

    # -- hit testing -------------------------------------------------------------------------

    def _spans_at_point(self, pos: QPoint, index: SpanIndex | None = None) -> list[ViewSpan]:
        index = self._index if index is None else index
        self._geometry.sync()
        position = self._position_at_point(pos)
        point = QPointF(pos.x() + self.horizontalScrollBar().value(), pos.y() + self.verticalScrollBar().value())
        hits: list[ViewSpan] = []
        for span in index.spans_in(max(position - 2, 0), position + 2):
            for piece in fragment_pieces(self._geometry, span):
                top = piece.top - self._bands.label_rows * self._bands.label_row
                if piece.left - 1 <= point.x() <= piece.right + 1 and top <= point.y() <= piece.bottom + self._bands.below:
                    hits.append(span)
                    break
        hits.sort(key=innermost_key)
        return hits

    # -- events ------------------------------------------------------------------------------

    # -- dragging a fragment's edge -----------------------------------------------------------------

    def _edge_at(self, pos: QPoint) -> tuple[int, int, bool] | None:
        """The selected span's fragment edge under viewport point ``pos``: (span id, fragment number, is start)."""
        span = self._index.get(self._selection.span)
        if span is None:
            return None
        self._geometry.sync()
        x = pos.x() + self.horizontalScrollBar().value()
        y = pos.y() + self.verticalScrollBar().value()
        for number, (start, end) in enumerate(span.fragments):
            pieces = self._geometry.pieces(start, end)
            if not pieces:
                continue
            first, last = pieces[0], pieces[-1]
            if abs(x - first.left) <= EDGE_GRAB and first.top <= y <= first.bottom:
                return span.id, number, True
            if abs(x - last.right) <= EDGE_GRAB and last.top <= y <= last.bottom:
                return span.id, number, False
        return None

    def _drag_edge_to(self, pos: QPoint) -> None:
        """Move the dragged edge to ``pos``, snapped as a selection would be (tokens or clusters)."""
        assert self._edge_drag is not None
        span_id, number, is_start = self._edge_drag
        span = self._index.get(span_id)
        if span is None:
            self._edge_drag = self._edge_target = None
            return
        text = self._text
        start, end = (text.to_cp(x) for x in span.fragments[number])
        at = text.to_cp(self._position_at_point(pos))
        if is_start:
            snapped = text.snap(min(at, end - 1), end, to_tokens=self._snap_to_tokens)
            target = (snapped[0], end) if snapped else None
        else:
            snapped = text.snap(start, max(at, start + 1), to_tokens=self._snap_to_tokens)
            target = (start, snapped[1]) if snapped else None
        if target is not None and target[0] < target[1] and target != self._edge_target:
            self._edge_target = target
            self.viewport().update()

    def _finish_edge_drag(self) -> None:
        drag, target = self._edge_drag, self._edge_target
        self._edge_drag = self._edge_target = None
        self.viewport().update()
        span = self._index.get(drag[0]) if drag is not None else None
        if span is None or target is None or drag is None:
            return
        fragments = [(self._text.to_cp(s), self._text.to_cp(e)) for s, e in span.fragments]
        if fragments[drag[1]] == target:
            return
        fragments[drag[1]] = target
        self.sig_fragments_change_requested.emit(span.id, tuple(sorted(fragments)))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and not self._pick.active:
            edge = self._edge_at(event.position().toPoint())
            if edge is not None:
                self._edge_drag, self._edge_target = edge, None
                event.accept()
                return
        if event.button() == Qt.MouseButton.LeftButton and self._pick.active:
            for span in self._spans_at_point(event.position().toPoint()):
                if self._pick.allows(span.id):
                    self._pick_relation_target(span.id)
                    break
            event.accept()
            return
        if event.button() == Qt.MouseButton.LeftButton:
            self._press_pos = event.position().toPoint()
            self._press_ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            # P10: a press inside a selection would start drag-and-drop instead of a new selection.
            if not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.clear_text_selection()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._edge_drag is not None:
            self._drag_edge_to(event.position().toPoint())
            event.accept()
            return
        if not self._pick.active and not event.buttons():
            over_edge = self._edge_at(event.position().toPoint()) is not None
            if over_edge:
                self.viewport().setCursor(Qt.CursorShape.SizeHorCursor)
            elif self.viewport().cursor().shape() == Qt.CursorShape.SizeHorCursor:
                self.viewport().setCursor(Qt.CursorShape.IBeamCursor)
        if self._pick.active:  # no text selection while picking a relation's tail
            over = any(self._pick.allows(s.id) for s in self._spans_at_point(event.position().toPoint()))
            self.viewport().setCursor(Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.CrossCursor)
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._edge_drag is not None and event.button() == Qt.MouseButton.LeftButton:
            self._drag_edge_to(event.position().toPoint())
            self._finish_edge_drag()
            event.accept()
            return
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton or self._press_pos is None:
            return
        press, self._press_pos = self._press_pos, None
        pos = event.position().toPoint()
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:  # Shift+click extends the selection
            self._snap_shown_selection()
            return
        moved = (pos - press).manhattanLength() > CLICK_SLOP  # Qt's drag distance (10 px) is a word here
        if self.textCursor().hasSelection() and moved:
            if self._press_ctrl and self._selection.span != NO_SPAN:
                selection = self.current_selection()
                self.clear_text_selection()
                if selection is not None:
                    self.sig_fragment_add_requested.emit(self._selection.span, *selection)
            else:
                self._snap_shown_selection()
                # New text to label: Enter must not accept a suggestion selected earlier, maybe off screen.
                self._set_selected_suggestion(NO_SPAN)
            return
        if not moved:
            self.clear_text_selection()  # a jittery click must not leave a one-letter selection
            self._click(pos)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        # A quick second click on stacked spans cycles them, like any repeated click; on
        # plain text it keeps Qt's word selection.
        pos = event.position().toPoint()
        stacked = self._spans_at_point(pos) or self._spans_at_point(pos, self._suggestions)
        if event.button() == Qt.MouseButton.LeftButton and not self._pick.active and stacked:
            self._press_pos = pos
            self._press_ctrl = False
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def _click(self, pos: QPoint) -> None:
        """Select the innermost span or suggestion under ``pos``; a repeated click on the same spot takes the next."""
        marks = [Mark(s.id, False, s.start, s.end) for s in self._spans_at_point(pos)]
        marks += [Mark(s.id, True, s.start, s.end) for s in self._spans_at_point(pos, self._suggestions)]
        before = (self._selection.span, self._selection.suggestion)
        self._selection.click((pos.x(), pos.y()), marks)
        self._announce(before)
        if self._selection.span != NO_SPAN:
            self.sig_span_clicked.emit(self._selection.span, self._press_ctrl)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        mods = event.modifiers()
        if self._pick.active:
            if key == Qt.Key.Key_Escape:
                self._end_relation_mode(emit=True)
                return
            if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                self._cycle_relation_focus(-1 if key == Qt.Key.Key_Backtab else 1)
                return
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._pick.focus != NO_SPAN:
                self._pick_relation_target(self._pick.focus)
                return
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and not mods & (
            Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
        ):
            # Qt's logical move style: in a right-to-left paragraph Left goes forward.
            block = self.textCursor().block()
            rtl = self._right_to_left or block.textDirection() == Qt.LayoutDirection.RightToLeft
            self._move_cursor(
                forward=(key == Qt.Key.Key_Right) != rtl,
                by_token=bool(mods & Qt.KeyboardModifier.ControlModifier),
                extend=bool(mods & Qt.KeyboardModifier.ShiftModifier),
            )
            return
        if key == Qt.Key.Key_Escape and self.textCursor().hasSelection():
            self.clear_text_selection()
            return
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy()
            return
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        # In relation mode Enter picks the focused candidate: claim it before a window
        # shortcut on the same key (accepting a suggestion) takes it.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and self._pick.active
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            event.accept()
            return True
        # Tab and Backtab would move focus before keyPressEvent sees them; in relation mode
        # they cycle the candidates instead.
        if (
            event.type() == QEvent.Type.KeyPress
            and self._pick.active
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        ):
            self.keyPressEvent(event)
            return True
        return super().event(event)

    def _move_cursor(self, *, forward: bool, by_token: bool, extend: bool) -> None:
        """Move the caret by one grapheme cluster (or to the next token edge), extending with Shift.

        Qt's own movement splits clusters the text layer keeps whole (P3, P4), so the
        arrows are handled here.
        """
        text = self._text
        cursor = self.textCursor()
        position = text.to_cp(cursor.position())
        if not extend and cursor.hasSelection() and not by_token:
            start, end = text.to_cp(cursor.selectionStart()), text.to_cp(cursor.selectionEnd())
            target = end if forward else start
        elif by_token:
            target = text.next_token_edge(position) if forward else text.previous_token_edge(position)
        else:
            target = text.next_cluster(position) if forward else text.previous_cluster(position)
        mode = QTextCursor.MoveMode.KeepAnchor if extend else QTextCursor.MoveMode.MoveAnchor
        cursor.setPosition(text.to_u16(target), mode)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def tooltip_at(self, pos: QPoint) -> str:
        """The tooltip for viewport point ``pos``: every span there, innermost first, with attributes."""
        lines: list[str] = []
        for span in self._spans_at_point(pos) + self._spans_at_point(pos, self._suggestions):
            label = self._schema.label(span.label) if self._schema else None
            name = label.display if label else span.label
            if span.suggested:
                name += " (suggested)"
            attributes = ", ".join(f"{k}={v}" for k, v in span.attributes)
            line = f"{name}: {attributes}" if attributes else name
            if span.note:
                line += f" \u2014 {span.note}"
            lines.append(line)
        return "\n".join(lines)

    def copy(self) -> None:
        """Copy the source text exactly.

        Qt's own copy turns U+2028 into a newline and NBSP into a space, which is wrong for a
        linguist quoting what the article says. (Overriding createMimeDataFromSelection instead
        hands Qt a Python-owned QMimeData that is freed twice at exit.)
        """
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return
        start, end = self._text.to_cp(cursor.selectionStart()), self._text.to_cp(cursor.selectionEnd())
        QGuiApplication.clipboard().setText(self._text.text[start:end])

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = QMenu(self)
        copy = menu.addAction(tr("Copy"), self.copy)
        copy.setEnabled(self.textCursor().hasSelection())
        menu.addAction(tr("Select All"), self.selectAll)
        menu.exec(event.globalPos())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if getattr(self, "_ready", False):
            self._geometry.invalidate()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if not getattr(self, "_ready", False):  # during __init__: it sets font and colours itself
            return
        if event.type() == QEvent.Type.PaletteChange:
            self._colours = label_colours(self._schema, self.palette())
            self._stamps.clear()
            self.viewport().update()
        elif event.type() == QEvent.Type.FontChange and not self._setting_font:
            # A font set from outside (not by zooming): adopt it, with line slots to match.
            if self.font().pointSize() > 0:
                self._point_size = self.font().pointSize()
            self._font_metrics_changed()
            self._rebuild_keeping_view()


_EMPTY_SCHEMA = Schema(name="none", labels=())
