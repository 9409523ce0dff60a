"""The Suggestions menu: run a suggester, review its proposals with Enter and Delete, accept all.

Suggestions show in the article view as dashed outlines. Review commands act on the
selected suggestion (a click selects one), or else on the innermost one under the text
cursor; after each, the next open suggestion is selected, so a whole article can be
reviewed from the keyboard (F8 next, Enter accept, Delete reject). Accepting and rejecting
are edits on the undo stack; running a suggester is not (it only replaces open proposals).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from gui.i18n import N_, tr
from gui.article.selection import NO_SPAN as NONE
from gui.article.view import ArticleView
from gui.controller import Controller
from gui.learning import ModelTrainer
from gui.undo import quoted
from gui.workers import BackgroundTask, SuggestReport, TaskRunner, suggest_job
from kathan.model import KathanError, Span
from kathan.suggest import Suggester, get_suggester, suggester_names
from storage.training import COMBINED, LEARNED, PROJECT_SUGGESTERS

log = logging.getLogger(__name__)


class SuggestionReview(QObject):
    """The window's suggestion commands: their actions (shown in the Suggestions menu) and slots.

    Invariant: it changes the project only through the controller (``store_suggestions``,
    ``accept_suggestions``, ``reject_suggestions``) or a background task's own Workspace.
    ``window`` is only the parent of its dialogs.
    """

    sig_suggest_finished = Signal(object)
    """A Suggest command finished; carries a ``SuggestReport``, or None when it failed or was cancelled."""
    sig_status_message = Signal(str, int)
    """Something to tell the user in the status bar, for so many milliseconds."""
    sig_span_jump_requested = Signal(int)
    """Accept-and-edit made a span to fix: select it and show its details (carries its id)."""
    sig_most_to_learn_requested = Signal()
    """The user asked to sort the documents by how unsure the open suggestions are."""

    def __init__(
        self, controller: Controller, view: ArticleView, tasks: TaskRunner, window: QWidget, trainer: ModelTrainer
    ) -> None:
        super().__init__(window)
        self._controller = controller
        self._view = view
        self._tasks = tasks
        self._window = window
        self._trainer = trainer
        self.suggester_name = COMBINED
        self.suggester_actions = QActionGroup(self)
        self.suggester_actions.setExclusive(True)
        for name in dict.fromkeys([*PROJECT_SUGGESTERS, *suggester_names()]):
            action = QAction(_suggester_title(name), self.suggester_actions)
            action.setCheckable(True)
            action.setChecked(name == self.suggester_name)
            action.setObjectName(f"action_suggester_{name}")
            action.setData(name)  # a registered suggester's name is data, not interface text
            action.triggered.connect(lambda _checked=False, n=name: self.choose_suggester(n))
        self.most_to_learn_action = self._action(
            tr("Sort documents by &most to learn"), self.sig_most_to_learn_requested.emit, None, "action_sort_most_to_learn"
        )
        self.train_action = self._action(tr("&Train the learned suggester now"), trainer.train, None, "action_train")
        self.stop_training_action = self._action(tr("St&op training"), trainer.cancel, None, "action_stop_training")
        self.stop_training_action.setEnabled(trainer.running)
        trainer.sig_running_changed.connect(self.stop_training_action.setEnabled)
        self.suggest_action = self._action(tr("&Suggest annotations"), self.suggest_document, "Ctrl+Shift+S", "action_suggest")
        self.suggest_all_action = self._action(
            tr("Suggest &in all documents…"), self.suggest_all, "Ctrl+Alt+Shift+S", "action_suggest_all"
        )
        self.accept_action = self._action(tr("&Accept suggestion"), self.accept_current, None, "action_accept_suggestion")
        self.accept_action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        # Enter belongs to whatever has focus (the note field saves, tables jump): only the
        # article view hands it to this action.
        self.accept_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        view.addAction(self.accept_action)
        self.accept_edit_action = self._action(
            tr("Accept and &edit suggestion"), lambda: self.accept_current(edit=True), None, "action_accept_edit_suggestion"
        )
        self.accept_edit_action.setShortcuts([QKeySequence("Shift+Return"), QKeySequence("Shift+Enter")])
        self.accept_edit_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        view.addAction(self.accept_edit_action)
        self.reject_action = self._action(tr("&Reject suggestion"), self.reject_current, None, "action_reject_suggestion")
        # Delete is Edit > Delete, which rejects the selected suggestion: this shortcut is only
        # shown (a widget-context action on no widget never fires, so the key is not ambiguous).
        self.reject_action.setShortcut(QKeySequence(Qt.Key.Key_Delete))
        self.reject_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.accept_all_action = self._action(tr("Accept all in &document"), self.accept_all, None, "action_accept_all_suggestions")
        self.accept_all_action.setShortcuts([QKeySequence("Ctrl+Shift+Return"), QKeySequence("Ctrl+Shift+Enter")])
        self.reject_all_action = self._action(tr("Reject all in document"), self.reject_all, None, "action_reject_all_suggestions")
        self.next_action = self._action(tr("&Next suggestion"), lambda: self.step(+1), "F8", "action_next_suggestion")
        self.previous_action = self._action(tr("&Previous suggestion"), lambda: self.step(-1), "Shift+F8", "action_previous_suggestion")

    def _action(self, text: str, slot: Callable[[], object], shortcut: str | None, name: str) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        action.setObjectName(name)
        return action

    def fill_menu(self, menu: QMenu) -> None:
        menu.addActions([self.suggest_action, self.suggest_all_action])
        chooser = menu.addMenu(tr("Suggeste&r"))
        chooser.setObjectName("menu_suggester")
        chooser.addActions(self.suggester_actions.actions())
        menu.addActions([self.train_action, self.stop_training_action, self.most_to_learn_action])
        menu.addSeparator()
        menu.addActions([self.accept_action, self.accept_edit_action, self.reject_action, self.next_action, self.previous_action])
        menu.addSeparator()
        menu.addActions([self.accept_all_action, self.reject_all_action])

    def choose_suggester(self, name: str) -> None:
        """Suggestions › Suggester: the one Suggest runs from now on."""
        self.suggester_name = name
        for action in self.suggester_actions.actions():
            action.setChecked(action.objectName() == f"action_suggester_{name}")
        self._say(tr("Suggest now uses {0}").format(_suggester_title(name)))

    def _suggester(self) -> Suggester | None:
        """The chosen suggester without waiting: a project one as of its last training."""
        if self.suggester_name in PROJECT_SUGGESTERS:
            return self._trainer.suggester(self.suggester_name)
        return get_suggester(self.suggester_name)

    # -- which suggestion ------------------------------------------------------------------

    def current(self) -> Span | None:
        """The selected suggestion, else (with no span and no text selected) the innermost one under the text cursor."""
        view = self._view
        controller = self._controller
        chosen = view.selected_suggestion_id()
        idle = view.selected_span_id() == NONE and not view.textCursor().hasSelection()
        if chosen == NONE and idle and controller.document is not None:
            under = view.suggestion_ids_at(view.caret_offset())
            chosen = under[0] if under else NONE
        return controller.suggestion(chosen) if chosen != NONE else None

    def select(self, suggestion: Span | None) -> None:
        """Select ``suggestion`` in the article (None deselects) and bring it into view."""
        view = self._view
        if suggestion is None:
            view.select_suggestion(NONE)
            return
        view.select_suggestion(int(suggestion.id))
        view.scroll_to_span(int(suggestion.id))

    def step(self, direction: int) -> None:
        """F8 / Shift+F8: select the next (previous) open suggestion after the current one or the cursor."""
        controller = self._controller
        ordered = controller.suggestions
        if not ordered:
            self._say(tr("No open suggestions in this document (Ctrl+Shift+S suggests)"))
            return
        here = self.current()
        if here is not None:
            key = _order(here)
            after = [s for s in ordered if _order(s) > key]
            before = [s for s in ordered if _order(s) < key]
        else:
            offset = self._view.caret_offset()
            after = [s for s in ordered if s.start >= offset]
            before = [s for s in ordered if s.start < offset]
        if direction > 0:
            target = after[0] if after else ordered[0]
        else:
            target = before[-1] if before else ordered[-1]
        self.select(target)

    # -- review ------------------------------------------------------------------------------

    def accept_current(self, *, edit: bool = False) -> None:
        """Enter in the article: the current suggestion becomes a span; the next one is selected.

        With ``edit`` (Shift+Enter) the new span is selected instead, to fix its label or attributes.
        """
        target = self.current()
        if target is None:
            self._say(tr("Click a dashed suggestion (or press F8), then Enter accepts it"))
            return
        self._review(target, accept=True, edit=edit)

    def reject_current(self) -> None:
        """Delete on a suggestion: it is rejected (and not offered again); the next one is selected."""
        target = self.current()
        if target is None:
            self._say(tr("Click a dashed suggestion (or press F8), then Delete rejects it"))
            return
        self._review(target, accept=False)

    def _review(self, target: Span, *, accept: bool, edit: bool = False) -> None:
        controller = self._controller
        doc = controller.document
        key = _order(target)
        done = controller.accept_suggestions([int(target.id)]) if accept else controller.reject_suggestions([int(target.id)])
        if not done:
            return
        if edit and done.spans_added:
            self.sig_span_jump_requested.emit(int(done.spans_added[0].id))
            self._say(tr("Accepted {0}: edit it in the side panel (F2), or with a label key").format(target.label))
            return
        following = next((s for s in controller.suggestions if _order(s) > key), None)
        self.select(following)
        verb = "Accepted" if accept else "Rejected"
        excerpt = quoted(target.text_in(doc.text)) if doc is not None else ""
        self._say(tr("{0} {1} {2} · {3}").format(verb, target.label, excerpt, _open_count(len(controller.suggestions))))

    def accept_all(self) -> None:
        """Every open suggestion of the document becomes a span, in one undo step."""
        self._all(accept=True)

    def reject_all(self) -> None:
        """Every open suggestion of the document is rejected, in one undo step."""
        self._all(accept=False)

    def _all(self, *, accept: bool) -> None:
        controller = self._controller
        ids = [int(s.id) for s in controller.suggestions]
        if not ids:
            self._say(tr("No open suggestions in this document"))
            return
        done = controller.accept_suggestions(ids) if accept else controller.reject_suggestions(ids)
        if done:
            self._say(tr("{0} {1} suggestions (Ctrl+Z undoes them together)").format('Accepted' if accept else 'Rejected', len(ids)))

    # -- running a suggester -----------------------------------------------------------------

    def suggest_document(self) -> int | None:
        """Ctrl+Shift+S: run the suggester on the open document (milliseconds) and show its proposals."""
        controller = self._controller
        doc = controller.document
        if doc is None:
            self._say(tr("Open a document first"))
            return None
        try:
            suggester = self._suggester()
            if suggester is None:
                self._say(tr("The learned suggester has no model yet ({0})").format(self._trainer.status))
                self.sig_suggest_finished.emit(None)
                return None
            kept = controller.store_suggestions(suggester.name, suggester.suggest(doc))
        except KathanError as exc:  # storage refused a proposal: nothing was stored
            log.info("suggestions refused: %s", exc)
            self._failed(str(exc))
            self.sig_suggest_finished.emit(None)
            return None
        except Exception as exc:  # noqa: BLE001 - a plug-in suggester may fail any way; nothing was stored
            log.exception("suggesting failed")
            self._failed(f"{type(exc).__name__}: {exc}")
            self.sig_suggest_finished.emit(None)
            return None
        report = SuggestReport(1, kept, suggester.name)
        self._say(
            tr("{0}: {1} · F8 goes to the next, Enter accepts, Delete rejects").format(suggester.name, _open_count(len(controller.suggestions)))
        )
        self.sig_suggest_finished.emit(report)
        return kept

    def suggest_all(self) -> BackgroundTask | None:
        """Run the suggester over every document off the GUI thread, with progress and Cancel."""
        controller = self._controller
        if controller.workspace is None:
            return None
        job = suggest_job(controller.workspace.connect_url, controller.annotator, self.suggester_name)
        task = self._tasks.start("Suggesting annotations…", job)
        task.sig_finished.connect(self._on_all_finished)
        task.sig_failed.connect(self._on_all_failed)
        return task

    def _on_all_finished(self, report: SuggestReport) -> None:
        self._controller.absorb_suggestions()
        self._say(tr("{0}: {1} suggestions in {2} documents").format(report.suggester, report.suggestions, report.documents))
        self.sig_suggest_finished.emit(report)

    def _on_all_failed(self, message: str) -> None:
        # Documents finished before a cancel or failure keep their suggestions: show them.
        self._controller.absorb_suggestions()
        if message:
            self._failed(message)
        else:
            self._say(tr("Suggesting cancelled; documents already done keep their suggestions"))
        self.sig_suggest_finished.emit(None)

    def _failed(self, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, tr("Suggest failed"), tr("Suggesting failed."), parent=self._window)
        box.setInformativeText(message.splitlines()[0] if message else "")
        box.setDetailedText(message)
        box.open()
        self.problem_box = box

    def describe(self, suggestion_id: int) -> None:
        """Say in the status bar what the selected suggestion is and how to review it."""
        suggestion = self._controller.suggestion(suggestion_id) if suggestion_id else None
        if suggestion is None:
            return
        label = self._controller.schema.label(suggestion.label)
        name = label.display if label else suggestion.label
        why = f" ({suggestion.note})" if suggestion.note else ""
        self._say(tr("Suggested {0}{1} · Enter accepts, Delete rejects, F8 next").format(name, why), 10_000)

    def _say(self, text: str, msecs: int = 6000) -> None:
        self.sig_status_message.emit(text, msecs)


def _suggester_title(name: str) -> str:
    titles = {COMBINED: N_("Rules and learned model (combined)"), LEARNED: N_("Learned from this project")}
    return tr(titles[name]) if name in titles else name


def _order(span: Span) -> tuple[int, int, int]:
    return (span.start, span.end, int(span.id))


def _open_count(count: int) -> str:
    return f"{count} suggestion{'s' if count != 1 else ''} open"
