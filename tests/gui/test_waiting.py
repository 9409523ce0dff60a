"""An edit that meets another process's write waits for it and says so in the status bar."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

import storage.engine
from tests.gui.conftest import find


@pytest.fixture
def quick_busy(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Busy slices of 0.2 s, set before the window opens its connections."""
    monkeypatch.setattr(storage.engine, "BUSY_TIMEOUT_S", 0.2)
    yield


def test_an_edit_waiting_for_the_lock_shows_it_then_lands(quick_busy: None, window, project: Path) -> None:  # type: ignore[no-untyped-def]
    """Another process holds the write lock for a second: the edit waits, the status bar says it is
    waiting, and the span is stored once the lock is free (no "busy" refusal)."""
    c = window.controller
    shown: list[float] = []
    c.sig_waiting_for_lock.connect(shown.append)
    blocker = sqlite3.connect(project, isolation_level=None, check_same_thread=False)
    blocker.execute("BEGIN IMMEDIATE")
    release = threading.Timer(1.0, lambda: blocker.execute("ROLLBACK"))
    release.start()
    try:
        before = len(c.spans)
        span = find(c.document.text, "भारतीय दूतावास", "“")
        c.add_span("SPEAKER", (span,))
        assert len(c.spans) == before + 1
        assert shown and "Waiting for another window or process" in window.statusBar().currentMessage()
    finally:
        release.join()
        blocker.close()
