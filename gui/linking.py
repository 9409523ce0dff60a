"""Linking spans by relations: ``R`` lights up the allowed partners for a click (or Tab and
Enter), ``Shift+R`` lists the nearest partners with every allowed relation type.

Partners are ordered by ``gui.article.relation_pick.partner_order`` (code points), the one
ordering the menu, the lit-up candidates and Tab share.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from gui.i18n import tr
from gui.article.relation_pick import partner_order
from gui.article.selection import NO_SPAN
from gui.article.view import ArticleView
from gui.controller import Controller
from gui.panels.label_palette import swatch
from gui.undo import quoted
from kathan.model import Document, Span, SpanId
from kathan.schema import RelationType

CANDIDATE_LIMIT = 9
"""Entries in the Shift+R menu (numbered 1..9)."""


class Linker(QObject):
    """The Link actions and relation mode; adds relations through the controller (one undo step each)."""

    sig_status_message = Signal(str, int)
    """Something to tell the user in the status bar, for so many milliseconds."""

    def __init__(self, controller: Controller, view: ArticleView, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._view = view
        self._head: SpanId | None = None
        self.link_menu: QMenu | None = None
        self.link_action = QAction(tr("&Link selected span…"), self)
        self.link_action.setObjectName("action_link")
        self.link_action.setShortcut(QKeySequence("R"))
        self.link_action.triggered.connect(lambda _c=False: self.begin_link())
        self.link_nearby_action = QAction(tr("Link to &nearby span…"), self)
        self.link_nearby_action.setObjectName("action_link_nearby")
        self.link_nearby_action.setShortcut(QKeySequence("Shift+R"))
        self.link_nearby_action.triggered.connect(lambda _c=False: self.link_nearby())
        view.sig_relation_target_clicked.connect(self._on_target_picked)
        view.sig_relation_mode_ended.connect(self._forget_head)
        controller.sig_document_opened.connect(lambda _doc: self._forget_head())

    def candidates(self, head: SpanId) -> list[tuple[Span, tuple[RelationType, ...]]]:
        """Spans that may be linked from ``head`` with their allowed (not yet used) relation types, nearest first."""
        c = self._controller
        span = c.span(head)
        if span is None:
            return []
        existing = {(r.type, r.tail) for r in c.relations if r.head == head}
        allowed = {}
        for other in c.spans:
            if other.id == head:
                continue
            types = tuple(t for t in c.schema.relations_between(span.label, other.label) if (t.name, other.id) not in existing)
            if types:
                allowed[other.id] = types
        return [(other, allowed[other.id]) for other in partner_order(span, (c.span(i) for i in allowed)) if other]

    def begin_link(self) -> None:
        """``R``: the selected span becomes a relation head; allowed partners light up for a click."""
        head = self._selected_span()
        span = self._controller.span(head) if head is not None else None
        if span is None or head is None:
            self._say(tr("Select a span (a QUOTE) first, then press R and click its partner"), 4000)
            return
        allowed = [int(s.id) for s, _types in self.candidates(head)]
        if not allowed:
            self._say(tr("No span in this document can be linked to this {0}").format(span.label), 4000)
            return
        self._head = head
        self._view.begin_relation_mode(int(head), allowed)
        self._say(tr("Click the partner of this {0} (Esc cancels; Shift+R lists nearby)").format(span.label), 8000)

    def link_nearby(self) -> None:
        """Shift+R: a numbered menu of the nearest allowed partners and relation types."""
        head = self._head or self._selected_span()
        span = self._controller.span(head) if head is not None else None
        doc = self._controller.document
        if span is None or head is None or doc is None:
            self._say(tr("Select a span first"), 4000)
            return
        menu = QMenu(self._view)
        menu.setObjectName("link_candidates_menu")
        entries = self._fill_menu(menu, head, doc)
        if not entries:
            self._say(tr("No span in this document can be linked to this {0}").format(span.label), 4000)
            menu.deleteLater()
            return
        self.link_menu = menu
        anchor = self._view.caret_rect(span.end).bottomLeft()
        menu.popup(self._view.viewport().mapToGlobal(anchor + QPoint(0, 4)))

    def _fill_menu(self, menu: QMenu, head: SpanId, doc: Document) -> int:
        schema = self._controller.schema
        entries = 0
        for tail, types in self.candidates(head):
            spec = schema.label(tail.label)
            for rtype in types:
                entries += 1
                action = menu.addAction(
                    swatch(spec.colour if spec else "#888888"),
                    tr("&{0}  {1} → {2} {3}").format(entries, rtype.display, tail.label, quoted(tail.text_in(doc.text), 30)),
                )
                action.triggered.connect(lambda _c=False, t=tail.id, r=rtype.name, h=head: self._link(r, h, t))
                if entries >= CANDIDATE_LIMIT:
                    return entries
        return entries

    def _on_target_picked(self, tail_id: int) -> None:
        head, self._head = self._head, None
        if head is None or not tail_id:
            return
        for tail, types in self.candidates(head):
            if tail.id == tail_id:
                self._link(types[0].name, head, tail.id)
                return
        self._say(tr("That span cannot be linked to the selected one"), 4000)

    def _forget_head(self) -> None:
        self._head = None

    def _link(self, rtype: str, head: SpanId, tail: SpanId) -> None:
        self._head = None
        if self._controller.add_relation(rtype, head, tail):
            self._say(tr("Linked: {0}").format(rtype), 3000)

    def _selected_span(self) -> SpanId | None:
        span_id = self._view.selected_span_id()
        return SpanId(span_id) if span_id != NO_SPAN else None

    def _say(self, text: str, msecs: int) -> None:
        self.sig_status_message.emit(text, msecs)
