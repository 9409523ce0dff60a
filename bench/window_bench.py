"""The whole workbench window, offscreen: what an annotator waits for on a long article.

Two articles of 100,000 characters with 5,000 spans each (and said_by links), span names and
every relation arc shown: open and show one, switch between them, add and delete a span
through the window (database write, undo step, repaint), scroll. Issue 9's budgets: add and
delete ≤ 16 ms median, switch ≤ 100 ms median, and the article view's own add (index,
lanes, repaint) ≤ 1.5× a bare repaint of the same viewport.
"""

from __future__ import annotations

import os
import re
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _median_max(samples: list[float]) -> tuple[float, float]:
    return statistics.median(samples) * 1000, max(samples) * 1000


def _timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def run_window_bench(chars: int = 100_000, spans: int = 5_000) -> dict[str, float]:
    os.environ.setdefault("KATHAN_CONFIG_DIR", tempfile.mkdtemp(prefix="kathan-bench-config-"))
    os.environ.setdefault("KATHAN_DATA_DIR", tempfile.mkdtemp(prefix="kathan-bench-data-"))
    from PySide6.QtWidgets import QApplication

    from bench.corpus import records
    from gui.app import application, create_window, tune_garbage_collector
    from storage import Workspace

    app = application()
    tune_garbage_collector()  # as the app does when it creates its QApplication
    with tempfile.TemporaryDirectory(prefix="kathan-window-bench-") as tmp:
        path = Path(tmp) / "long.kathan"
        ws = Workspace.create(path, annotator="bench")
        ws.import_records(records(2, spans, seed=5, length=chars, prefix="long"))
        ids = [d.id for d in ws.documents()]
        ws.close()

        results: dict[str, float] = {}
        start = time.perf_counter()
        window = create_window(path, "bench", language="en")
        assert window.view.label_names_shown() and window.arcs_action.isChecked(), "names and arcs on, as users see them"
        window.show()
        window.controller.open_document(ids[0])
        app.processEvents()
        window.view.repaint()
        results["open project and show a 5,000-span article"] = (time.perf_counter() - start) * 1000

        switches = []
        for i in range(10):
            def switch(target: int = ids[(i + 1) % 2]) -> None:
                window.open_document(target)
                window.view.repaint()

            switches.append(_timed(switch))
        results["switch documents, median"], results["switch documents, max"] = _median_max(switches)

        view = window.view
        text = window.controller.document.text  # type: ignore[union-attr]
        words = [m.span() for m in re.finditer(r"[^\s।]+", text)][::97][:40]
        adds, deletes = [], []
        for word in words:
            view.scroll_to_offset(word[0])
            made: list[object] = []
            adds.append(_timed(lambda w=word: (made.append(window.controller.add_span("CLAIM", (w,))), view.repaint())))
            added = made[0].spans_added if made[0] else ()  # type: ignore[attr-defined]
            assert added, "the benchmark's span was refused"
            deletes.append(_timed(lambda a=added[0].id: (window.controller.delete_spans([a]), view.repaint())))
        results["add a span (write, undo step, repaint), median"], results["add a span, max"] = _median_max(adds)
        results["delete a span, median"], results["delete a span, max"] = _median_max(deletes)

        # The view alone: showing one more span against repainting the same viewport unchanged.
        from kathan.model import DocumentId, Span, SpanId

        bare, view_adds = [], []
        viewport = view.viewport()
        for n, word in enumerate(words):
            view.scroll_to_offset(word[0])
            viewport.repaint()
            bare.append(_timed(viewport.repaint))
            extra = Span(SpanId(10_000_000 + n), DocumentId(ids[0]), "CLAIM", (word,))
            view_adds.append(_timed(lambda s=extra: (view.add_spans([s]), viewport.repaint())))
            view.remove_spans([extra.id])
        results["bare viewport repaint, median"] = statistics.median(bare) * 1000
        results["view's add (index, lanes, repaint), median"] = statistics.median(view_adds) * 1000
        results["view's add / bare repaint (ratio ×100, budget 150)"] = statistics.median(view_adds) / statistics.median(bare) * 100

        scrolls = []
        bar = view.verticalScrollBar()
        bar.setValue(0)
        for _ in range(30):
            def page() -> None:
                bar.setValue(bar.value() + bar.pageStep())
                view.repaint()

            scrolls.append(_timed(page))
        results["scroll one page, median"], results["scroll one page, max"] = _median_max(scrolls)
        window.close()
        window.controller.close()
        QApplication.processEvents()
    return results


if __name__ == "__main__":
    for name, value in run_window_bench().items():
        print(f"{name:<52} {value:9.1f} ms")
