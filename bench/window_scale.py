"""The window on a large project, in a process of its own so its memory is its own.

``python -m bench.window_scale PROJECT`` prints one JSON object: opening the project in the
window (from the start of the process until the first article is painted), filtering the document list, switching
documents from the list, and the process's peak memory.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time

START = time.perf_counter()

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FILTERS = ("लेख 4242", "article-0999", "done", "in progress", "zzz")
"""A title, a file name, two statuses and nothing: the list's own filter box, each typed at once."""


def measure(project: str) -> dict[str, float]:
    os.environ["KATHAN_CONFIG_DIR"] = tempfile.mkdtemp(prefix="kathan-bench-config-")
    os.environ["KATHAN_DATA_DIR"] = tempfile.mkdtemp(prefix="kathan-bench-data-")
    from PySide6.QtWidgets import QApplication

    from gui.app import application, create_window

    app = application()
    window = create_window(project, "bench")
    window.show()
    app.processEvents()
    window.view.repaint()
    window.document_list.table.repaint()
    opened = time.perf_counter() - START  # Python, Qt and Kathan's imports included
    documents = window.document_list
    filters = []
    for query in FILTERS:
        begin = time.perf_counter()
        documents.filter_edit.setText(query)
        documents.table.repaint()
        filters.append(time.perf_counter() - begin)
    documents.filter_edit.clear()
    app.processEvents()
    switches = []
    rows = documents.model.rowCount()
    for row in (1, 2, rows // 2, rows - 1, 3, rows // 3, 4, rows - 2):
        index = documents.model.index(row, 0)
        begin = time.perf_counter()
        documents.table.setCurrentIndex(index)
        documents.table.scrollTo(index)
        window.open_document(index.data(0x0100))
        window.view.repaint()
        documents.table.repaint()
        switches.append(time.perf_counter() - begin)
    figures = {
        "documents": float(rows),
        "open_s": opened,
        "filter_ms": max(filters) * 1000,
        "switch_ms": sorted(switches)[len(switches) // 2] * 1000,
        "switch_max_ms": max(switches) * 1000,
        "rss_mib": peak_mib(),
    }
    window.close()
    window.controller.close()
    QApplication.processEvents()
    return figures


def peak_mib() -> float:
    """This process's peak resident memory (``VmHWM``: unlike ``ru_maxrss`` it does not carry
    over the parent's peak through fork and exec)."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM in /proc/self/status")


if __name__ == "__main__":
    print(json.dumps(measure(sys.argv[1])))
