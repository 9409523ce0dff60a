"""The curation view's panes: one document's text once per layer, side by side, scrolling together.

Each pane is an ``ArticleView`` without a controller, given one layer's spans and relations, so
spans, names and arcs are drawn exactly as in the workbench; spans not every annotator agrees
on are framed. A pane shows; what a click or a key in it does is the curation view's business.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from gui.article.selection import NO_SPAN
from gui.article.view import ArticleView
from kathan.model import AnnotatedDocument, DocumentId, Span, SpanId
from kathan.schema import Schema

DIFFERENCE_FRAME = QColor("#d84315")
"""The frame around spans not every annotator agrees on."""


class LayerPane(QWidget):
    """A header naming the layer over an article view of that layer alone.

    Invariant: ``shown`` holds exactly the spans the view shows, by id.
    """

    def __init__(self, layer: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layer = layer
        self.header = QLabel(self)
        self.header.setObjectName(f"pane_header_{layer}")
        self.view = ArticleView(self)
        self.view.setObjectName(f"pane_{layer}")
        self.document_id: DocumentId | None = None
        self.shown: dict[SpanId, Span] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.header)
        layout.addWidget(self.view, 1)

    def show_layer(self, document: AnnotatedDocument, schema: Schema, marked: Iterable[int]) -> None:
        """Show this layer's spans and relations of ``document``: the whole view when the document
        changed, else only the spans that changed, so the reader's place and selection stay."""
        spans = {s.id: s for s in document.spans if s.annotator == self.layer}
        relations = [r for r in document.relations if r.annotator == self.layer]
        doc = document.document
        if doc.id != self.document_id:
            self.view.set_document(doc.text, sorted(spans.values(), key=lambda s: (s.start, s.end, s.id)), relations, schema, language=doc.language)
            self.document_id = doc.id
        else:
            gone = [span_id for span_id in self.shown if span_id not in spans]
            if gone:
                self.view.remove_spans(gone)
            changed = [span for span_id, span in spans.items() if self.shown.get(span_id) != span]
            if changed:
                self.view.add_spans(changed)
            self.view.set_relations(relations)
        self.shown = spans
        self.view.set_marked_spans([i for i in marked if i in spans], DIFFERENCE_FRAME)


class CurationPanes(QSplitter):
    """The panes of one document, left to right in the order given (gold last), scrolling together."""

    sig_span_clicked = Signal(str, int, bool)
    """A span was clicked in a pane: the pane's layer, the span's id, whether Ctrl was held."""
    sig_fragments_change_requested = Signal(str, int, object)
    """An edge of a span was dragged in a pane: the pane's layer, the span's id, its new fragments."""
    sig_fragment_add_requested = Signal(str, int, int, int)
    """Ctrl+drag in a pane with a span selected: the pane's layer, the span's id, the new fragment's start and end."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("curation_panes")
        self.setChildrenCollapsible(False)
        self.panes: dict[str, LayerPane] = {}
        self._following = False

    def show_document(
        self, document: AnnotatedDocument, schema: Schema, layers: Sequence[str], headers: Mapping[str, str], marked: Iterable[int]
    ) -> None:
        """One pane per layer of ``layers`` (made or dropped as needed), each showing its layer."""
        if list(self.panes) != list(layers):
            for pane in self.panes.values():
                pane.setParent(None)
                pane.deleteLater()
            self.panes = {layer: self._make_pane(layer) for layer in layers}
            self.setSizes([1] * len(layers))
        marked = set(marked)
        for layer, pane in self.panes.items():
            pane.header.setText(headers.get(layer, layer))
            pane.show_layer(document, schema, marked)

    def _make_pane(self, layer: str) -> LayerPane:
        pane = LayerPane(layer, self)
        self.addWidget(pane)
        pane.view.sig_span_clicked.connect(lambda span_id, ctrl, name=layer: self.sig_span_clicked.emit(name, span_id, ctrl))
        pane.view.sig_fragments_change_requested.connect(
            lambda span_id, fragments, name=layer: self.sig_fragments_change_requested.emit(name, span_id, fragments)
        )
        pane.view.sig_fragment_add_requested.connect(
            lambda span_id, start, end, name=layer: self.sig_fragment_add_requested.emit(name, span_id, start, end)
        )
        pane.view.verticalScrollBar().valueChanged.connect(lambda _value, p=pane: self._follow(p))
        return pane

    def view(self, layer: str) -> ArticleView:
        return self.panes[layer].view

    def _follow(self, leader: LayerPane) -> None:
        """Scroll every other pane to the text at the top of ``leader`` (their widths may differ)."""
        if self._following:
            return
        self._following = True
        try:
            offset = leader.view.first_visible_offset()
            for pane in self.panes.values():
                if pane is not leader:
                    pane.view.scroll_to_top(offset)
        finally:
            self._following = False

    def reveal(self, offset: int, span_ids: Mapping[str, int]) -> None:
        """Bring code point ``offset`` on screen in every pane and select each pane's span of
        ``span_ids`` (a pane without one selects nothing)."""
        self._following = True
        try:
            for layer, pane in self.panes.items():
                pane.view.select_span(span_ids.get(layer, NO_SPAN))
                pane.view.scroll_to_offset(offset)
        finally:
            self._following = False
