"""The project's learned suggester in the window: trained in a background thread whenever the
annotations or reviews changed (never blocking; no dialog), its state shown in the status bar,
and the suggesters built from it handed to the Suggestions commands.

Training reads the project through its own Workspace in the worker thread and stores the model
without counting it as an edit, so the window neither reloads nor loses its undo history.
Suggestions › Stop training, opening another project and closing the window stop a running
training between two of CRFsuite's iterations; the stored model stays as it was.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal

from gui.controller import Controller
from gui.i18n import tr
from gui.workers import Cancelled, Progress, Worker
from kathan.suggest import Suggester

log = logging.getLogger(__name__)

DEBOUNCE_MS = 3000
"""How long the annotations must rest before training starts again."""


def train_job(url: str, annotator: str, stop: threading.Event) -> Any:
    """Bring the project's model up to date (training only when it is stale); setting ``stop``
    ends the training with ``Cancelled``."""

    def check() -> None:
        if stop.is_set():
            raise Cancelled()

    def job(_progress: Progress) -> Any:
        from storage import Workspace
        from storage.training import current_model

        ws = Workspace.open(url, annotator=annotator)
        try:
            return current_model(ws, check=check)
        finally:
            ws.close()

    return job


class ModelTrainer(QObject):
    """Keeps the project's learned model fresh in the background.

    Invariant: at most one training thread runs; changes made meanwhile start another one when
    it ends. ``suggester(name)`` never waits: it offers what the last finished training made.
    """

    sig_status_changed = Signal(str)
    """What the model is doing, for the status bar."""
    sig_model_changed = Signal()
    """A training finished: the project suggesters now use its model."""
    sig_running_changed = Signal(bool)
    """A training started (True) or ended, finished or not (False)."""

    def __init__(self, controller: Controller, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.train)
        self._thread: QThread | None = None
        self._worker: Worker | None = None
        self._stop_event = threading.Event()
        self._again = False
        self._trained: Any = None
        self._suggesters: dict[str, Suggester | None] = {}
        self.status = "model: not trained yet"
        controller.sig_project_opened.connect(lambda _path: self._on_project_opened())
        controller.sig_changes_applied.connect(lambda changes, _origin: self._on_changes(changes))
        controller.sig_suggestions_changed.connect(self.schedule)

    @property
    def running(self) -> bool:
        return self._thread is not None

    def _on_project_opened(self) -> None:
        if self._thread is not None:
            self._stop_event.set()  # it trains the project that was open; this one trains after it
            self._again = True
        self._trained = None
        self._suggesters = {}
        self._say(tr("model: not trained yet"))
        # After a moment without edits, as after an edit: training holds the interpreter for
        # seconds on a long article, and the first clicks after opening must not wait for it.
        self.schedule()

    def _on_changes(self, changes: Any) -> None:
        if changes.spans_added or changes.spans_updated or changes.spans_removed or changes.relations_added or changes.relations_removed:
            self.schedule()

    def schedule(self, delay: int = DEBOUNCE_MS) -> None:
        """Train after ``delay`` ms without further changes."""
        if self._controller.workspace is not None:
            self._timer.start(delay)

    def train(self) -> None:
        """Start a training now (or once the running one ends)."""
        ws = self._controller.workspace
        if ws is None:
            return
        if self._thread is not None:
            self._again = True
            return
        self._again = False
        self._stop_event = threading.Event()
        worker = Worker(train_job(ws.connect_url, self._controller.annotator, self._stop_event))
        thread = QThread(self)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.sig_finished.connect(self._on_finished)
        worker.sig_failed.connect(self._on_failed)
        # Quit from the worker's thread: ``wait`` blocks the GUI thread, where a queued quit would never run.
        worker.sig_finished.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        worker.sig_failed.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        self._worker, self._thread = worker, thread
        self._say(tr("model: learning from the annotations…"))
        thread.start()
        self.sig_running_changed.emit(True)

    def cancel(self) -> None:
        """Stop the running training (and any scheduled one); the stored model stays as it was."""
        self._timer.stop()
        self._again = False
        if self._thread is not None:
            self._stop_event.set()
            self._say(tr("model: stopping the training…"))

    def wait(self, msecs: int = 60_000) -> bool:
        """Stop a running training and wait for its thread to end (the window is closing)."""
        self.cancel()
        return self._thread.wait(msecs) if self._thread is not None else True

    def _stop(self) -> None:
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread.deleteLater()
        if self._worker is not None:
            self._worker.deleteLater()
        running = self._thread is not None
        self._thread = self._worker = None
        if running:
            self.sig_running_changed.emit(False)

    def _on_finished(self, trained: Any) -> None:
        stale = self._stop_event.is_set()  # finished just as it was stopped: perhaps another project's
        self._stop()
        if stale:
            self._on_failed("")
            return
        self._trained = trained
        self._suggesters = {}
        if trained.model is None:
            self._say(tr("model: nothing to learn from yet (annotate or review a document)"))
        else:
            from kathan.suggest.combined import LEARNED

            overruled = trained.verdicts.won_by(LEARNED)
            said = tr("model: trained on {0} documents") if trained.fresh else tr("model: up to date, {0} documents")
            who = tr(" · learned wins {0}").format(", ".join(overruled)) if overruled else ""
            self._say(said.format(trained.documents) + who)
        self.sig_model_changed.emit()
        if self._again:
            self.schedule(0)

    def _on_failed(self, message: str) -> None:
        self._stop()
        if not message:
            if self._again:
                self.schedule(0)
            else:
                self._say(tr("model: training stopped; the model is as it was"))
            return
        log.warning("training failed: %s", message)
        self._say(tr("model: training failed ({0})").format(message.splitlines()[0]))
        if self._again:
            self.schedule()

    def _say(self, text: str) -> None:
        self.status = text
        self.sig_status_changed.emit(text)

    def suggester(self, name: str) -> Suggester | None:
        """The project suggester ``name`` (combined or learned) as of the last training; the
        combined one is the rules alone until a model exists; None for learned without one."""
        if name not in self._suggesters:
            self._suggesters[name] = self._build(name)
        return self._suggesters[name]

    def _build(self, name: str) -> Suggester | None:
        from kathan.suggest.combined import CombinedSuggester
        from kathan.suggest.learned import LearnedSuggester
        from storage.training import LEARNED, rules

        trained = self._trained
        rule_suggester = rules()
        learned = LearnedSuggester(trained.model, rule_suggester) if trained is not None and trained.model is not None else None
        if name == LEARNED:
            return learned
        return CombinedSuggester(rule_suggester, learned, trained.verdicts if trained is not None else None)
