"""Speed of the article view on a synthetic 100,000-character Devanagari article with 5,000 spans.

``run_view_bench()`` returns milliseconds for the issue's budgets: open and show (≤ 300),
add or delete one span and repaint (median ≤ 16, max ≤ 50), scroll one page (≤ 16). Every
figure includes a synchronous repaint of the viewport.
"""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable
from importlib import resources

from kathan.model import DocumentId, Relation, RelationId, Span, SpanId
from kathan.schema import default_schema
from kathan.text.tokens import Tokens

ARTICLE_CHARS = 100_000
SPAN_COUNT = 5_000
VIEW_SIZE = (1000, 720)


def synthetic_article(chars: int = ARTICLE_CHARS) -> str:
    """The sample article's paragraphs repeated to ``chars`` code points, an emoji every few
    paragraphs so UTF-16 and code-point offsets differ as they do in real posts."""
    sample = resources.files("resources.samples").joinpath("ambassador-lavrov.txt").read_text(encoding="utf-8")
    paragraphs = [p for p in sample.split("\n") if p.strip()]
    out: list[str] = []
    size = 0
    i = 0
    while size < chars:
        paragraph = paragraphs[i % len(paragraphs)]
        if i % 3 == 2:
            paragraph = "🙏 " + paragraph
        out.append(paragraph)
        size += len(paragraph) + 1
        i += 1
    text = "\n".join(out)
    cut = text.rfind(" ", 0, chars)
    return text[:cut] if cut > 0 else text[:chars]


def synthetic_spans(text: str, count: int = SPAN_COUNT) -> list[Span]:
    """``count`` spans on token boundaries: QUOTEs of a few tokens with a SPEAKER nested in
    every other one, CUEs and CLAIMs between them, spread evenly over the text."""
    tokens = Tokens(text)
    doc = DocumentId(1)
    spans: list[Span] = []
    step = max(len(tokens) // max(count // 2, 1), 4)
    next_id = 1
    for k, first in enumerate(range(0, len(tokens) - 4, step)):
        if len(spans) >= count:
            break
        last = min(first + 3, len(tokens) - 1)
        outer = (tokens[first].start, tokens[last].end)
        label = ("QUOTE", "CLAIM", "QUOTE", "CUE")[k % 4]
        spans.append(Span(SpanId(next_id), doc, label, (outer,)))
        next_id += 1
        if len(spans) < count:
            inner = (tokens[first + 1].start, tokens[first + 2].end)
            spans.append(Span(SpanId(next_id), doc, "SPEAKER" if label == "QUOTE" else "ADDRESSEE", (inner,)))
            next_id += 1
    return spans


def _timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def run_view_bench(rounds: int = 40) -> dict[str, float]:
    """Measure the article view offscreen; returns milliseconds by name."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from gui.article.view import ArticleView

    app = QApplication.instance() or QApplication([])
    schema = default_schema()
    text = synthetic_article()
    spans = synthetic_spans(text)
    relations = [
        Relation(RelationId(i + 1), DocumentId(1), "said_by", spans[i].id, spans[i + 1].id)
        for i in range(0, min(len(spans) - 1, 2000), 2)
        if spans[i].label == "QUOTE"
    ]
    view = ArticleView()
    view.resize(*VIEW_SIZE)
    view.show()
    app.processEvents()

    def open_document() -> None:
        view.set_document(text, spans, relations, schema)
        view.viewport().repaint()
        app.processEvents()

    open_first = _timed(open_document)
    open_times = [_timed(open_document) for _ in range(5)]

    # Edits where they cost most: on screen, among nested spans, with a span selected.
    view.select_span(int(spans[0].id))
    view.viewport().repaint()
    tokens = Tokens(text)
    visible_tokens = [t for t in tokens[:200] if view.viewport().rect().contains(view.caret_rect(t.start))]
    adds: list[float] = []
    deletes: list[float] = []
    for i in range(rounds):
        token = visible_tokens[(i * 7) % len(visible_tokens)]
        span = Span(SpanId(1_000_000 + i), DocumentId(1), "CLAIM", ((token.start, token.end),))

        def add(span: Span = span) -> None:
            view.add_spans([span])
            view.viewport().repaint()

        def delete(span: Span = span) -> None:
            view.remove_spans([span.id])
            view.viewport().repaint()

        adds.append(_timed(add))
        deletes.append(_timed(delete))

    bar = view.verticalScrollBar()
    scrolls: list[float] = []
    for _ in range(rounds):

        def page() -> None:
            bar.setValue(bar.value() + bar.pageStep())
            view.viewport().repaint()

        scrolls.append(_timed(page))
    view.close()
    view.deleteLater()
    app.processEvents()
    return {
        "view_open_first_ms": round(open_first, 2),
        "view_open_ms": round(statistics.median(open_times), 2),
        "view_add_span_median_ms": round(statistics.median(adds), 2),
        "view_add_span_max_ms": round(max(adds), 2),
        "view_delete_span_median_ms": round(statistics.median(deletes), 2),
        "view_delete_span_max_ms": round(max(deletes), 2),
        "view_scroll_page_median_ms": round(statistics.median(scrolls), 2),
        "view_scroll_page_max_ms": round(max(scrolls), 2),
    }


if __name__ == "__main__":
    for name, value in run_view_bench().items():
        print(f"{name:32} {value:8.2f}")
