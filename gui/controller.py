"""The window's link to the project: holds the Workspace, applies edits, broadcasts Changes.

Every change a user makes goes through ``Controller.push(edit, origin)``: an ``EditCommand``
on the undo stack (named by ``gui.undo.step_name``), whose ``redo()`` runs ``Workspace.apply``
in one transaction (so the edit is on disk when the call returns), updates the open
document's state and emits ``sig_changes_applied(changes, origin)``. ``push`` returns the
Changes. Every view subscribes to that one signal and refreshes from the Changes alone,
skipping those whose ``origin`` is itself (it already shows them); undo and redo carry no
origin, so every view follows them.

Layers: every span is signed by its annotator. ``show_layer(layer, overlay)`` narrows
``spans`` and ``relations`` to one annotator's layer (and another's shown over it, read-only);
"" shows them all. Edits of a span or relation signed by someone else are refused unless
that annotator's layer is the one shown (a deliberate choice, as in adjudication); with the
``gold`` layer shown, new spans and links are signed ``gold``.

Suggestions (a suggester's proposals, stored apart from spans) are held for the open
document too: accepting and rejecting them are edits like any other (one undo step each);
storing a suggester's output is not undoable and announces itself with
``sig_suggestions_changed``.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Iterable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from gui.i18n import tr
from gui import edit_values
from kathan.edits import AddRelations, AddSpans, Batch
from kathan.layers import GOLD
from gui.undo import EditCommand, StepContext, label_all_name, step_name
from kathan.model import (
    Changes,
    Document,
    DocumentId,
    DocumentOrder,
    DocumentStatus,
    DocumentSummary,
    Fragment,
    KathanError,
    merge_fragments,
    Relation,
    RelationId,
    Span,
    SpanId,
)
from kathan.schema import Schema

log = logging.getLogger(__name__)

STATUS_CYCLE = (DocumentStatus.NEW, DocumentStatus.IN_PROGRESS, DocumentStatus.DONE)


class Controller(QObject):
    """Owns the Workspace and the undo stack; the open document's spans and relations.

    Invariant: ``spans`` and ``relations`` equal what the Workspace holds for the open
    document, as of the last ``apply`` or ``reload``; so do ``suggestions`` (its open
    suggestions, ids in their own id space) and ``suggested_relations``.
    """

    sig_changes_applied = Signal(object, object)
    """An edit (or its undo) was written to the project; carries its ``Changes`` and the part
    that asked for it (None for undo, redo and work done elsewhere)."""
    sig_document_closing = Signal()
    """The open document is about to be replaced (another document or project, a reload):
    views save what they still hold, such as a note being typed, while it is still open."""
    sig_document_opened = Signal(object)
    """Another document (or None) is now open; views reload from ``document``/``spans``."""
    sig_project_opened = Signal(str)
    """A project was opened (carries its path); every view reloads."""
    sig_project_reloaded = Signal()
    """Another window or process changed the project; every view reloads."""
    sig_edit_refused = Signal(str)
    """The Workspace refused an edit; carries its reason."""
    sig_annotator_changed = Signal(str)
    """Edits are now signed with another name (carries it)."""
    sig_suggestions_changed = Signal()
    """The open document's open suggestions changed (stored, accepted, rejected, undone); views reload them."""
    sig_waiting_for_lock = Signal(float)
    """An edit is waiting (this many seconds so far) for another window or process to finish writing."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self._ws: Any = None
        self._path = ""
        self._document: Document | None = None
        self._spans: dict[SpanId, Span] = {}
        self._relations: dict[RelationId, Relation] = {}
        self._suggestions: dict[int, Span] = {}
        self._suggested_relations: tuple[Relation, ...] = ()
        self._suggestion_documents: dict[int, DocumentId] = {}
        """Every suggestion id seen, with its document: an undone rejection shows its document."""
        self._seen_version: int | None = None
        self._layer = ""
        self._overlay = ""
        self._sorted: list[Span] | None = None
        self._sorted_relations: list[Relation] | None = None
        self._origin: object = None
        self._pushed: Changes | None = None

    # -- project ---------------------------------------------------------------------------

    def _on_waiting(self, seconds: float) -> None:
        """Say that an edit waits for the project's lock, and let the window repaint (no input
        is handled meanwhile: the edit is still under way)."""
        self.sig_waiting_for_lock.emit(seconds)
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)

    @property
    def workspace(self) -> Any:
        return self._ws

    @property
    def project_path(self) -> str:
        return self._path

    @property
    def schema(self) -> Schema:
        return self._ws.schema

    @property
    def annotator(self) -> str:
        return self._ws.annotator if self._ws is not None else ""

    def set_annotator(self, name: str) -> None:
        """Sign every later edit as ``name`` (registered in the project); earlier edits keep their names."""
        name = name.strip()
        if not name or self._ws is None or name == self._ws.annotator:
            return
        self._ws.set_annotator(name)
        self._seen_version = self._ws.data_version()
        self.sig_annotator_changed.emit(name)

    def open_workspace(self, ws: Any, path: str) -> None:
        """Switch to ``ws`` (closing the previous one) and open its first document."""
        if self._document is not None:
            self.sig_document_closing.emit()
        if self._ws is not None and self._ws is not ws:
            self._ws.close()
        self._ws, self._path = ws, path
        ws.on_waiting = self._on_waiting
        self.undo_stack.clear()
        self._document = None
        self._spans, self._relations = {}, {}
        self._sorted = self._sorted_relations = None
        self._suggestions, self._suggested_relations, self._suggestion_documents = {}, (), {}
        self._seen_version = ws.data_version()
        self._layer = self._overlay = ""
        self.sig_project_opened.emit(path)
        first = ws.document_ids(limit=1)
        self.open_document(first[0] if first else None)

    def close(self) -> None:
        if self._ws is not None:
            self._ws.close()
            self._ws = None

    def documents(self) -> list[DocumentSummary]:
        """Every document's summary: for a few documents (tests, small dialogs); lists page with
        ``document_ids`` and ``document_summaries``."""
        return list(self._ws.documents()) if self._ws is not None else []

    def document_ids(
        self,
        search: str = "",
        status: DocumentStatus | None = None,
        order: DocumentOrder = DocumentOrder.IMPORT,
        descending: bool = False,
        also_statuses: Collection[DocumentStatus] = (),
    ) -> list[DocumentId]:
        """See ``Workspace.document_ids``; none without a project."""
        if self._ws is None:
            return []
        return self._ws.document_ids(search, status, order, descending, also_statuses=also_statuses)

    def document_summaries(self, doc_ids: Sequence[int]) -> list[DocumentSummary]:
        return self._ws.document_summaries(doc_ids) if self._ws is not None else []

    def document_id_named(self, name: str) -> DocumentId | None:
        found = self._ws.document_by_name(name) if self._ws is not None else None
        return found.id if found is not None else None

    def summary(self, doc_id: DocumentId) -> DocumentSummary | None:
        found = self.document_summaries((doc_id,))
        return found[0] if found else None

    def suggestion_confidence(self) -> dict[DocumentId, float]:
        """Mean confidence of each document's open suggestions (documents without any are absent)."""
        return dict(self._ws.suggestion_confidence()) if self._ws is not None else {}

    # -- the open document -----------------------------------------------------------------

    @property
    def document(self) -> Document | None:
        return self._document

    @property
    def spans(self) -> list[Span]:
        """The open document's spans, sorted by (start, end, id) (a fresh list; sorted once per change)."""
        if self._sorted is None:
            shown = (s for s in self._spans.values() if self.shows(s.annotator))
            self._sorted = sorted(shown, key=lambda s: (s.start, s.end, s.id))
        return list(self._sorted)

    @property
    def span_count(self) -> int:
        return len(self._spans) if not self._layer else len(self.spans)

    @property
    def relations(self) -> list[Relation]:
        """The open document's relations shown, by id (a fresh list; sorted once per change)."""
        if self._sorted_relations is None:
            self._sorted_relations = sorted((r for r in self._relations.values() if self.shows(r.annotator)), key=lambda r: r.id)
        return list(self._sorted_relations)

    # -- layers ----------------------------------------------------------------------------

    @property
    def layer(self) -> str:
        """The annotator whose layer is shown ("" for every layer)."""
        return self._layer

    @property
    def overlay(self) -> str:
        """Another annotator whose layer is shown over ``layer``, read-only ("" for none)."""
        return self._overlay

    def layers(self) -> list[str]:
        """Every annotator name of the project, gold included when it has one."""
        return [a.name for a in self._ws.annotators()] if self._ws is not None else []

    def show_layer(self, layer: str, overlay: str = "") -> None:
        """Show ``layer`` ("" every layer) with ``overlay`` over it; views reload."""
        self._layer, self._overlay = layer, overlay if layer and overlay != layer else ""
        self._sorted = self._sorted_relations = None
        self.sig_document_opened.emit(self._document)

    def shows(self, annotator: str) -> bool:
        """Whether spans and relations signed ``annotator`` are shown."""
        return not self._layer or annotator in (self._layer, self._overlay)

    @property
    def signer(self) -> str:
        """Who new spans are signed by: gold while the gold layer is shown, else the annotator."""
        return GOLD if self._layer == GOLD else self.annotator

    def is_overlay(self, annotator: str) -> bool:
        """Whether spans signed ``annotator`` are shown over the layer, read-only."""
        return bool(self._overlay) and annotator == self._overlay

    def may_edit(self, annotator: str) -> bool:
        """Whether a span or relation signed ``annotator`` may be changed here (not by accident)."""
        return annotator in ("", self.signer) or (annotator == self._layer and annotator != self._overlay)

    def _refused_for_others(self, span_ids: Iterable[SpanId] = (), relation_ids: Iterable[RelationId] = ()) -> bool:
        """Refuse (and say why) when any of these belongs to another annotator's layer."""
        owners = [self._spans[i].annotator for i in span_ids if i in self._spans]
        owners += [self._relations[i].annotator for i in relation_ids if i in self._relations]
        others = sorted({o for o in owners if not self.may_edit(o)})
        if not others:
            return False
        self.sig_edit_refused.emit(
            tr("that belongs to {0}'s layer; choose Team › Show layer › {1} to change it on purpose").format(', '.join(others), others[0])
        )
        return True

    def _refused_to_add(self) -> bool:
        """New spans are never signed with another annotator's name: refuse them while another's layer is shown."""
        if not self._layer or self._layer in (GOLD, self.annotator):
            return False
        self.sig_edit_refused.emit(
            tr("{0}'s layer is shown: new spans would not be yours; choose Team › Show layer › your own or gold").format(self._layer)
        )
        return True

    def _signed(self, edit: Any) -> Any:
        """``edit`` with its new spans and links signed gold while the gold layer is shown."""
        if self.signer != GOLD:
            return edit
        if isinstance(edit, Batch):
            return replace(edit, edits=tuple(self._signed(e) for e in edit.edits))
        if isinstance(edit, AddSpans):
            return AddSpans(
                tuple(replace(s, annotator=s.annotator or GOLD) for s in edit.spans),
                tuple(replace(r, annotator=r.annotator or GOLD) for r in edit.relations),
            )
        if isinstance(edit, AddRelations):
            return AddRelations(tuple(replace(r, annotator=r.annotator or GOLD) for r in edit.relations))
        return edit

    def span(self, span_id: SpanId) -> Span | None:
        return self._spans.get(span_id)

    def in_open_document(self, changes: Changes) -> Changes:
        """The part of ``changes`` that the open document's views show (removals carry only
        ids and pass as they are: an id not shown is skipped by the view)."""
        doc_id = self._document.id if self._document is not None else None
        return Changes(
            spans_added=tuple(s for s in changes.spans_added if s.document_id == doc_id and self.shows(s.annotator)),
            spans_updated=tuple(s for s in changes.spans_updated if s.document_id == doc_id and self.shows(s.annotator)),
            spans_removed=changes.spans_removed,
            relations_added=tuple(r for r in changes.relations_added if r.document_id == doc_id and self.shows(r.annotator)),
            relations_updated=tuple(r for r in changes.relations_updated if r.document_id == doc_id and self.shows(r.annotator)),
            relations_removed=changes.relations_removed,
        )

    def open_document(self, doc_id: DocumentId | None, *, announce: bool = True) -> None:
        """Open ``doc_id`` (None: none). ``announce`` False skips ``sig_document_closing``: an
        undo or redo opening the document it changed must not push an edit of its own."""
        if announce and self._document is not None:
            self.sig_document_closing.emit()
        self._sorted = self._sorted_relations = None
        if doc_id is None:
            self._document, self._spans, self._relations = None, {}, {}
        else:
            self._document = self._ws.document(doc_id)
            self._spans = {s.id: s for s in self._ws.spans(doc_id)}
            self._relations = {r.id: r for r in self._ws.relations(doc_id)}
        self._load_suggestions()
        self.sig_document_opened.emit(self._document)

    # -- the open document's suggestions ---------------------------------------------------

    @property
    def suggestions(self) -> list[Span]:
        """The open document's open suggestions, sorted by (start, end, id); ids are suggestion ids."""
        return list(self._suggestions.values())

    @property
    def suggested_relations(self) -> list[Relation]:
        """Suggested links among the open suggestions (head and tail are suggestion ids)."""
        return list(self._suggested_relations)

    def suggestion(self, suggestion_id: int) -> Span | None:
        return self._suggestions.get(suggestion_id)

    def _load_suggestions(self) -> None:
        doc = self._document
        if doc is None or self._ws is None:
            self._suggestions, self._suggested_relations = {}, ()
            return
        self._suggestions = {int(s.id): s for s in self._ws.suggestions(doc.id)}
        self._suggested_relations = tuple(self._ws.suggested_relations(doc.id))
        self._suggestion_documents.update(dict.fromkeys(self._suggestions, doc.id))

    def store_suggestions(self, suggester: str, proposed: Sequence[Any]) -> int:
        """Keep ``suggester``'s proposals for the open document (replacing its open ones); how many were kept.

        Not undoable: suggestions are not annotations. Raises ``KathanError`` when the
        Workspace refuses a proposal (nothing is stored then).
        """
        doc = self._require_document()
        kept = int(self._ws.store_suggestions(doc.id, suggester, proposed))
        self._track_version()
        self._drop_redo()
        self._load_suggestions()
        self.sig_suggestions_changed.emit()
        return kept

    def absorb_suggestions(self) -> None:
        """Show suggestions a worker stored on its own connection (suggesting over every document)."""
        if self._ws is None:
            return
        self._seen_version = self._ws.data_version()
        self._drop_redo()
        self._load_suggestions()
        self.sig_suggestions_changed.emit()

    def _drop_redo(self) -> None:
        """Forget the redo steps, like any new action does: storing replaced the open
        suggestions that a redone accept or reject would name, so it could only be refused."""
        if self.undo_stack.canRedo():
            marker = QUndoCommand()
            marker.setObsolete(True)
            self.undo_stack.push(marker)  # push drops the redo steps; an obsolete command is not kept

    # -- edits -----------------------------------------------------------------------------

    def _apply(self, edit: Any, document: DocumentId | None) -> tuple[Changes, Any] | None:
        """Apply ``edit`` through the Workspace; None (and ``sig_edit_refused``) when refused.

        ``document`` is the document the edit was made in: when the Changes remove spans or
        relations without naming a document (a deletion carries only ids), an undo or redo
        from another document opens that one, so no annotation changes out of sight. (A status
        change shows in the document list and opens nothing.) Called by ``EditCommand`` only.
        """
        origin, self._origin = self._origin, None
        try:
            changes, inverse = self._ws.apply(edit)
        except KathanError as exc:
            log.info("edit refused: %s", exc)
            self.sig_edit_refused.emit(str(exc))
            # Most refusals of an undo or redo mean someone else changed the project while this
            # window was active: reload now (once this step is done), or every later step
            # works on a stale copy and the user has no way to refresh it.
            QTimer.singleShot(0, self._check_after_refusal)
            return None
        except Exception as exc:  # noqa: BLE001 - a disk or lock failure: nothing was committed
            log.exception("edit could not be saved")
            self.sig_edit_refused.emit(tr("could not save the edit ({0}: {1}); nothing was changed").format(type(exc).__name__, exc))
            QTimer.singleShot(0, self._check_after_refusal)
            return None
        self._track_version()
        self._pushed = changes
        target = _document_of(changes)
        if target is None and changes.suggestions_updated:
            target = self._suggestion_documents.get(changes.suggestions_updated[0])
        if target is None and (changes.spans_removed or changes.relations_removed):
            target = document  # a deletion names only ids: the document the step was made in
        if target is not None and (self._document is None or target != self._document.id):
            # An undo reached into another document: show it, already in its new state.
            self.open_document(target, announce=False)
        else:
            self._absorb(changes)
            if changes.suggestions_updated:
                self._load_suggestions()
                self.sig_suggestions_changed.emit()
        self.sig_changes_applied.emit(changes, origin)
        return changes, inverse

    def _check_after_refusal(self) -> None:
        try:
            self.check_external()
        except Exception:  # noqa: BLE001 - the database that refused may not answer either; the refusal was shown
            log.exception("could not check the project after a refused edit")

    def _track_version(self) -> None:
        """Note our own write. Every write transaction bumps the revision by one: more than
        one means another window or process wrote since we last looked, so reload once this
        step is done."""
        version = self._ws.data_version()
        if self._seen_version is not None and version != self._seen_version + 1:
            QTimer.singleShot(0, self.check_external)
        else:
            self._seen_version = version

    def push(self, edit: Any, origin: object = None) -> Changes | None:
        """Apply ``edit`` as one undoable step; its Changes, or None when it was refused.

        ``origin`` (the part that asked) travels with ``sig_changes_applied`` for this first
        application only: undo and redo have none.
        """
        document = self._document.id if self._document is not None else None
        name = step_name(edit, self._step_context())
        self._origin, self._pushed = origin, None
        try:
            self.undo_stack.push(EditCommand(lambda e: self._apply(e, document), edit, name))
        finally:
            self._origin = None
        return self._pushed

    def _step_context(self) -> StepContext:
        doc = self._document
        return StepContext(doc.text if doc else "", self._spans, self._relations, self._suggestions)

    def _absorb(self, changes: Changes) -> None:
        doc = self._document
        if doc is None:
            return
        if changes.spans_added or changes.spans_updated or changes.spans_removed:
            self._sorted = self._sorted_relations = None
        for span in (*changes.spans_added, *changes.spans_updated):
            if span.document_id == doc.id:
                self._spans[span.id] = span
        for span_id in changes.spans_removed:
            self._spans.pop(span_id, None)
        if changes.relations_added or changes.relations_updated or changes.relations_removed:
            self._sorted_relations = None
        for relation in (*changes.relations_added, *changes.relations_updated):
            if relation.document_id == doc.id:
                self._relations[relation.id] = relation
        for relation_id in changes.relations_removed:
            self._relations.pop(relation_id, None)
        if doc.id in changes.documents_updated:
            self._document = self._ws.document(doc.id)

    def absorb_background(self, changes: Changes) -> None:
        """Show what a worker committed on its own connection (an import), without a reload."""
        if self._ws is None:
            return
        self._seen_version = self._ws.data_version()
        self._absorb(changes)
        self.sig_changes_applied.emit(changes, None)
        if self._document is None and changes.documents_added:
            self.open_document(changes.documents_added[0])

    def check_external(self, keep_undo: bool = False) -> bool:
        """Reload when another window or process committed since we last looked.

        ``keep_undo`` keeps the undo steps (a colleague's edit on a shared project must not take
        our undo away): the Workspace refuses a step that no longer fits, and that refusal
        reloads and clears them then.
        """
        if self._ws is None:
            return False
        version = self._ws.data_version()
        if version == self._seen_version:
            return False
        self._seen_version = version
        if not keep_undo:
            # Inverses recorded before may no longer fit the project; a stale undo is worse than none.
            self.undo_stack.clear()
        doc_id = self._document.id if self._document else None
        still_there = doc_id is not None and bool(self._ws.document_summaries((doc_id,)))
        first = self._ws.document_ids(limit=1)
        self.sig_project_reloaded.emit()
        self.open_document(doc_id if still_there else (first[0] if first else None))
        return True

    # -- the edits a user can make (each one undo step; ``origin``: see ``push``) ---------------

    def add_span(self, label: str, fragments: Sequence[Fragment], origin: object = None) -> Changes | None:
        doc = self._require_document()
        if self._refused_to_add():
            return None
        return self.push(self._signed(edit_values.add_span(doc.id, label, tuple(fragments))), origin)

    def label_all(self, label: str, hits: Iterable[Fragment], origin: object = None) -> Changes | None:
        """Label every hit as ``label`` in one step, except hits that already are a ``label`` span
        (labelling by hand first, or pressing the button twice, must not double spans)."""
        doc = self._require_document()
        if self._refused_to_add():
            return None
        labelled = {s.fragments for s in self._spans.values() if s.label == label}
        hits = [h for h in dict.fromkeys(hits) if (tuple(h),) not in labelled]
        if not hits:
            return None
        name = label_all_name(len(hits), label)
        return self.push(self._signed(edit_values.add_spans_batch(doc.id, label, [(h,) for h in hits], name)), origin)

    def delete_spans(self, span_ids: Iterable[SpanId], origin: object = None) -> Changes | None:
        ids = [i for i in dict.fromkeys(span_ids) if i in self._spans]
        if not ids or self._refused_for_others(ids):
            return None
        return self.push(edit_values.delete_spans(ids), origin)

    def relabel_span(self, span_id: SpanId, label: str, origin: object = None) -> Changes | None:
        span = self._spans[span_id]
        if label == span.label or self._refused_for_others([span_id]):
            return None
        return self.push(relabelled(self.schema, span, label), origin)

    def set_fragments(self, span_id: SpanId, fragments: Sequence[Fragment], origin: object = None) -> Changes | None:
        span = self._spans[span_id]
        fragments = tuple(sorted(fragments))
        if fragments == span.fragments or self._refused_for_others([span_id]):
            return None
        return self.push(edit_values.update_span(span, fragments=fragments), origin)

    def add_fragment(self, span_id: SpanId, fragment: Fragment, origin: object = None) -> Changes | None:
        span = self._spans[span_id]
        return self.set_fragments(span_id, merge_fragments([*span.fragments, fragment]), origin)

    def set_attribute(self, span_id: SpanId, name: str, value: str, origin: object = None) -> Changes | None:
        span = self._spans[span_id]
        attributes = dict(span.attributes)
        if value:
            attributes[name] = value
        else:
            attributes.pop(name, None)
        if attributes == dict(span.attributes) or self._refused_for_others([span_id]):
            return None
        return self.push(edit_values.update_span(span, attributes=attributes), origin)

    def set_note(self, span_id: SpanId, note: str, origin: object = None) -> Changes | None:
        span = self._spans[span_id]
        if note == span.note or self._refused_for_others([span_id]):
            return None
        return self.push(edit_values.update_span(span, note=note), origin)

    def add_relation(self, type_: str, head: SpanId, tail: SpanId, origin: object = None) -> Changes | None:
        doc = self._require_document()
        if self._refused_to_add() or self._refused_for_others([head, tail]):
            return None
        return self.push(self._signed(edit_values.add_relation(doc.id, type_, head, tail)), origin)

    def delete_relations(self, relation_ids: Iterable[RelationId], origin: object = None) -> Changes | None:
        ids = [i for i in dict.fromkeys(relation_ids) if i in self._relations]
        if not ids or self._refused_for_others(relation_ids=ids):
            return None
        return self.push(edit_values.delete_relations(ids), origin)

    def set_status(self, doc_id: DocumentId, before: DocumentStatus, after: DocumentStatus, origin: object = None) -> Changes | None:
        return self.push(edit_values.set_status(doc_id, before, after), origin)

    def cycle_status(self, summary: DocumentSummary, origin: object = None) -> Changes | None:
        following = STATUS_CYCLE[(STATUS_CYCLE.index(summary.status) + 1) % len(STATUS_CYCLE)]
        return self.set_status(summary.id, summary.status, following, origin)

    def accept_suggestions(self, suggestion_ids: Iterable[int], origin: object = None) -> Changes | None:
        """Turn open suggestions of the open document into spans (origin ``suggested``) of the layer
        being edited (gold while gold is shown), one undo step."""
        chosen = [i for i in dict.fromkeys(suggestion_ids) if i in self._suggestions]
        if not chosen or self._refused_to_add():
            return None
        try:
            edit = self._ws.acceptance(chosen, self.signer)
        except KathanError as exc:
            self.sig_edit_refused.emit(str(exc))
            QTimer.singleShot(0, self._check_after_refusal)
            return None
        return self.push(edit, origin)

    def reject_suggestions(self, suggestion_ids: Iterable[int], origin: object = None) -> Changes | None:
        """Mark open suggestions rejected (so the suggester does not offer them again), one undo step."""
        chosen = [i for i in dict.fromkeys(suggestion_ids) if i in self._suggestions]
        if not chosen:
            return None
        return self.push(edit_values.reject_suggestions(chosen), origin)

    def _require_document(self) -> Document:
        if self._document is None:
            raise KathanError("no document is open")
        return self._document


def relabelled(schema: Schema, span: Span, label: str) -> Any:
    """The edit giving ``span`` another label; attributes of the old label rarely fit the new
    one, so only those that do are kept."""
    spec = schema.label(label)
    kept = {k: v for k, v in span.attributes.items() if spec and spec.attribute(k) and spec.attribute(k).allows(v)}  # type: ignore[union-attr]
    return edit_values.update_span(span, label=label, attributes=kept)


def cut_fragments(fragments: Iterable[Fragment], cut: Fragment, text: str) -> tuple[Fragment, ...]:
    """``fragments`` with ``[cut)`` taken out of them: a fragment it falls inside splits in two.
    The pieces left lose the whitespace at their new edges; pieces of only whitespace go."""
    out: list[Fragment] = []
    for start, end in fragments:
        if end <= cut[0] or start >= cut[1]:
            out.append((start, end))
            continue
        for a, b in ((start, min(end, cut[0])), (max(start, cut[1]), end)):
            while a < b and text[b - 1].isspace():
                b -= 1
            while a < b and text[a].isspace():
                a += 1
            if a < b:
                out.append((a, b))
    return tuple(sorted(out))


def reshape_fragments(fragments: Sequence[Fragment], selection: Fragment) -> tuple[tuple[Fragment, ...], int]:
    """The fragments that overlap ``selection`` replaced by it, the others kept; and how many it replaced
    (0: it overlaps none, and nothing changes)."""
    overlapping = [f for f in fragments if f[0] < selection[1] and selection[0] < f[1]]
    if not overlapping:
        return tuple(fragments), 0
    kept = [f for f in fragments if f not in overlapping]
    return merge_fragments([*kept, selection]), len(overlapping)


def _document_of(changes: Changes) -> DocumentId | None:
    """The document whose spans or relations ``changes`` touches, if any."""
    for value in (*changes.spans_added, *changes.spans_updated, *changes.relations_added, *changes.relations_updated):
        return value.document_id
    return None
