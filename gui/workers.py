"""Import, export and suggesting over the corpus off the GUI thread, with a progress dialog and Cancel.

A worker is a plain QObject moved to a QThread. It opens its *own* Workspace on the project
(SQLite connections stay in the thread that made them; writes use BEGIN IMMEDIATE, so the
window's connection and the worker's never corrupt each other), reports progress through
signals, and never touches a widget (P13: only signals cross back to the GUI thread).
Cancel sets an event the progress callback checks; it raises, and the import, being one
transaction, leaves nothing behind. Suggesting stores each document's suggestions in its
own transaction, so Cancel keeps the documents already done (suggestions are not
annotations: a partial run is still useful, and running again replaces them).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from gui.i18n import tr
from kathan.formats.base import AUTO
from kathan.model import AnnotatedDocument, Changes, KathanError, PlainDocument, RelationId, SpanId

Progress = Callable[..., None]
"""``progress(done, total=None)``: readers pass bytes and a total, storage passes documents only."""


class Cancelled(Exception):
    """Raised inside a worker's progress callback when the user pressed Cancel."""


class Worker(QObject):
    """Runs ``job(progress)`` in a thread; ``progress(done, total)`` raises once cancelled."""

    sig_progress_changed = Signal(int, int)
    """Work advanced; carries done and total (total 0 when unknown)."""
    sig_finished = Signal(object)
    """The job returned; carries its result."""
    sig_failed = Signal(str)
    """The job raised; carries a message for the user (empty when cancelled)."""

    def __init__(self, job: Callable[[Progress], Any]) -> None:
        super().__init__()
        self._job = job
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def _progress(self, done: int, total: int | None = None) -> None:
        if self._cancel.is_set():
            raise Cancelled()
        # Byte counts overflow a C int past 2 GiB; scale to keep the dialog's range sane.
        scale = max(1, (total or done or 1) // 1_000_000)
        self.sig_progress_changed.emit(int(done // scale), int((total or 0) // scale))

    @Slot()
    def run(self) -> None:
        try:
            result = self._job(self._progress)
        except Cancelled:
            self.sig_failed.emit("")
        except KathanError as exc:
            self.sig_failed.emit(str(exc))
        except Exception as exc:  # noqa: BLE001 - shown to the user, never lost silently
            self.sig_failed.emit(tr("{0}: {1}").format(type(exc).__name__, exc))
        else:
            if self._cancel.is_set():
                self.sig_failed.emit("")
            else:
                self.sig_finished.emit(result)


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What an import committed, and what it skipped or converted on the way (one line each)."""

    changes: Changes
    warnings: tuple[str, ...] = ()
    schema_extended: bool = False
    """The import added labels, relation types or attributes to the project's schema."""


@dataclass(frozen=True, slots=True)
class ImportChoice:
    """What to import and how, as ``kathan import`` takes it."""

    paths: tuple[str, ...]
    format_name: str = AUTO
    options: dict[str, Any] = field(default_factory=dict)
    """The format's own read options the user set (``--offset-unit utf16``); unset ones left out."""
    annotator: str = ""
    """The layer of annotations whose file names no annotator (empty: the window's annotator)."""
    replace_layer: bool = False
    follow_links: bool = False
    extend_schema: bool = False


def import_job(url: str, annotator: str, choice: ImportChoice) -> Callable[[Progress], ImportReport]:
    """Read ``choice.paths`` with the format registry as ``choice`` says and import them all or
    nothing (``Workspace.import_records``), signed ``annotator`` where the files name nobody (with
    ``choice.extend_schema``, adding to the schema what they use and it lacks, in the import's
    last transaction)."""

    def job(progress: Progress) -> ImportReport:
        from kathan.formats import registry
        from storage import Workspace

        if choice.format_name != AUTO:
            registry.check_options(choice.format_name, choice.options, "read")
        ws = Workspace.open(url, annotator=annotator)
        try:
            result = registry.read_paths(
                list(choice.paths), choice.format_name, schema=ws.schema, progress=progress, options=choice.options,
                follow_links=choice.follow_links, extend_schema=choice.extend_schema,
            )
            twins = ws.text_twins(result.records)
            changes = ws.import_records(
                result.records, progress=progress, replace_layers=choice.replace_layer, schema=result.schema
            )
            return ImportReport(changes, (*(str(w) for w in result.warnings), *twins), result.schema is not None)
        finally:
            ws.close()

    return job


def export_job(
    url: str,
    annotator: str,
    format_name: str,
    out: str,
    doc_ids: Sequence[int] | None = None,
    *,
    suggestions: bool = False,
    overwrite: bool = False,
    options: Mapping[str, Any] | None = None,
) -> Callable[[Progress], Any]:
    """Stream ``doc_ids`` (None: every document) to ``out`` in ``format_name``, with the open
    suggestions too when ``suggestions``. Written safely (``kathan.formats.output``): files
    in the way are replaced only with ``overwrite``, else the job fails naming them.
    ``options`` are the format's own, checked as the CLI checks them."""

    def job(progress: Progress) -> Any:
        from kathan.formats import registry
        from storage import Workspace

        ws = Workspace.open(url, annotator=annotator)
        try:
            ids = list(doc_ids) if doc_ids is not None else ws.document_ids()
            docs: Iterable[AnnotatedDocument | PlainDocument]
            if suggestions:
                docs = map(with_suggestions, ws.iter_annotated(ids), ws.iter_suggested(ids, open_only=True))
            elif registry.get_format(format_name).writes_rows:
                docs = ws.iter_rows(ids)
            else:
                docs = ws.iter_annotated(ids)
            given = dict(options or {})
            registry.check_options(format_name, given, "write")
            return registry.write(
                format_name, docs, Path(out), ws.schema, progress, overwrite=overwrite, project=ws.identity(), **given
            )
        finally:
            ws.close()

    return job


def with_suggestions(annotated: AnnotatedDocument, suggested: AnnotatedDocument) -> AnnotatedDocument:
    """``annotated`` plus the open suggestions of ``suggested`` (the same document) as spans of
    origin ``suggested``; suggestion ids live in their own id space, so they are moved past
    the document's span and relation ids."""
    assert annotated.document.id == suggested.document.id, "documents streamed out of step"
    span_shift = max((int(s.id) for s in annotated.spans), default=0)
    relation_shift = max((int(r.id) for r in annotated.relations), default=0)
    spans = [replace(s, id=SpanId(int(s.id) + span_shift)) for s in suggested.spans]
    relations = [
        replace(r, id=RelationId(int(r.id) + relation_shift), head=SpanId(int(r.head) + span_shift), tail=SpanId(int(r.tail) + span_shift))
        for r in suggested.relations
    ]
    return AnnotatedDocument(
        annotated.document,
        tuple(sorted((*annotated.spans, *spans), key=lambda s: (s.start, s.end, s.id))),
        (*annotated.relations, *relations),
    )


@dataclass(frozen=True, slots=True)
class SuggestReport:
    """What suggesting over several documents did."""

    documents: int
    suggestions: int
    suggester: str


def suggest_job(url: str, annotator: str, suggester_name: str, doc_ids: Sequence[int] | None = None) -> Callable[[Progress], SuggestReport]:
    """Run the suggester over ``doc_ids`` (default: every document) and store its suggestions, one document at a time."""

    def job(progress: Progress) -> SuggestReport:
        from storage import Workspace
        from storage.training import project_suggester

        ws = Workspace.open(url, annotator=annotator)
        try:
            suggester = project_suggester(ws, suggester_name)  # a project suggester trains first when stale
            ids = list(doc_ids) if doc_ids is not None else ws.document_ids()
            kept = 0
            for done, doc_id in enumerate(ids):
                progress(done, len(ids))
                kept += ws.store_suggestions(doc_id, suggester.name, suggester.suggest(ws.document(doc_id)))
            progress(len(ids), len(ids))
            return SuggestReport(len(ids), kept, suggester.name)
        finally:
            ws.close()

    return job


@dataclass(frozen=True, slots=True)
class MergeOutcome:
    """What merging one source project did: its ``MergeReport``, or why it was not merged."""

    source: str
    report: Any = None
    refused: str = ""


def merge_job(url: str, annotator: str, sources: Sequence[str]) -> Callable[[Progress], list[MergeOutcome]]:
    """Merge ``sources`` into the project at ``url``, one transaction each (``storage.teams``): a
    source that cannot be read is reported and the others still merged; Cancel stops before the
    next document, rolling back the source under way and keeping those done."""

    def job(progress: Progress) -> list[MergeOutcome]:
        from storage import Workspace
        from storage.teams import merge_project

        outcomes: list[MergeOutcome] = []
        with Workspace.open(url, annotator=annotator) as target:
            for done, path in enumerate(sources):
                progress(done, len(sources))
                try:
                    with Workspace.open(path) as source:
                        report = merge_project(target, source, lambda _n, *_: progress(done, len(sources)))
                except KathanError as exc:
                    outcomes.append(MergeOutcome(path, refused=str(exc)))
                    continue
                outcomes.append(MergeOutcome(path, report))
            progress(len(sources), len(sources))
        return outcomes

    return job


class BackgroundTask(QObject):
    """A worker, its thread and a modal progress dialog with Cancel, cleaned up together."""

    sig_finished = Signal(object)
    """The job finished; carries its result."""
    sig_failed = Signal(str)
    """The job failed or was cancelled (empty message)."""

    def __init__(self, title: str, job: Callable[[Progress], Any], parent: QWidget) -> None:
        super().__init__(parent)
        self.worker = Worker(job)
        self.thread = QThread(self)
        self.worker.moveToThread(self.thread)
        self.dialog = QProgressDialog(title, tr("Cancel"), 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.worker.cancel, Qt.ConnectionType.DirectConnection)
        self.thread.started.connect(self.worker.run)
        self.worker.sig_progress_changed.connect(self._on_progress)
        self.worker.sig_finished.connect(self._on_finished)
        self.worker.sig_failed.connect(self._on_failed)

    def start(self) -> None:
        self.thread.start()

    def wait(self, msecs: int = 30_000) -> bool:
        return self.thread.wait(msecs)

    def _on_progress(self, done: int, total: int) -> None:
        self.dialog.setMaximum(total)
        self.dialog.setValue(min(done, total) if total else 0)

    def _on_finished(self, result: object) -> None:
        self._stop()
        self.sig_finished.emit(result)

    def _on_failed(self, message: str) -> None:
        self._stop()
        self.sig_failed.emit(message)

    def _stop(self) -> None:
        had_focus = self.dialog.isActiveWindow()
        self.dialog.reset()
        self.dialog.hide()
        window = self.dialog.parentWidget()
        if had_focus and window is not None and window.isVisible():
            # Give the window its keyboard back: not every platform (offscreen, some X11
            # window managers) reactivates it when a window-modal dialog hides, and without
            # an active window no shortcut fires.
            window.activateWindow()
        self.thread.quit()
        self.thread.wait()
        self.dialog.deleteLater()
        self.deleteLater()


class TaskRunner(QObject):
    """The window's running background tasks: parts start them here, the window waits for them on close."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._widget = parent
        self._tasks: list[BackgroundTask] = []

    def start(self, title: str, job: Callable[[Progress], Any]) -> BackgroundTask:
        """Run ``job`` off the GUI thread with a progress dialog (after a moment) and Cancel."""
        task = BackgroundTask(title, job, self._widget)
        self._tasks.append(task)
        task.destroyed.connect(lambda _o=None, t=task: self._tasks.remove(t) if t in self._tasks else None)
        task.start()
        return task

    def busy(self) -> bool:
        """Whether a background task is still running."""
        return bool(self._tasks)

    def cancel_all(self) -> None:
        """Cancel every running task and wait for its thread (the window is closing)."""
        for task in list(self._tasks):
            task.worker.cancel()
            task.wait()
