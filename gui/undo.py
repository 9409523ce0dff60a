"""The one undo command, and the one place that names undo steps.

Edits are plain values (``kathan.edits``); applying one returns its inverse. ``EditCommand``
is given the function that applies an edit: ``redo()`` applies the forward edit and keeps
the inverse; ``undo()`` applies the inverse and keeps *its* inverse as the new forward edit,
so a span deleted and restored comes back with the same id and a later redo still finds it.

``step_name`` names every step the Edit menu shows, from the edit itself (the verb and label
come from the edit's own ``description``) and a short excerpt of the text it touches.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from PySide6.QtGui import QUndoCommand

from gui.i18n import tr
from kathan.edits import (
    AddRelations,
    AddSpans,
    Batch,
    DeleteRelations,
    DeleteSpans,
    Edit,
    SetStatus,
    SetSuggestionStatus,
    UpdateSpan,
)
from kathan.model import Changes, Relation, RelationId, Span, SpanId, SuggestionStatus

Apply = Callable[[Edit], tuple[Changes, Edit] | None]
"""Applies an edit and returns its Changes and inverse, or None when it was refused."""


class EditCommand(QUndoCommand):
    """One user edit on the undo stack; ``QUndoStack.push`` runs ``redo()`` itself.

    A refused edit (``apply`` returns None) marks the command obsolete, so ``push`` drops it
    instead of recording a step that never happened.
    """

    def __init__(self, apply: Apply, edit: Edit, text: str) -> None:
        super().__init__(text)
        self._apply = apply
        self._forward: Any = edit
        self._inverse: Any = None

    def id(self) -> int:
        """Note edits share an id so that typing in the note field is one undo step, not many."""
        return NOTE_EDIT if _is_note_edit(self._forward) else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Absorb a later note edit of the same span (already applied by ``push``)."""
        if not isinstance(other, EditCommand) or self._inverse is None or other._inverse is None:
            return False
        if not (_is_note_edit(other._forward) and _is_note_edit(self._inverse)):
            return False
        if other._forward.before.id != self._inverse.before.id:
            return False
        # Undo must go from the latest state straight back to the state before the first edit.
        self._inverse = replace(self._inverse, before=other._inverse.before)
        self._forward = other._forward
        return True

    def redo(self) -> None:
        applied = self._apply(self._forward)
        if applied is None:
            self.setObsolete(True)
            return
        _changes, self._inverse = applied

    def undo(self) -> None:
        applied = self._apply(self._inverse)
        if applied is None:
            self.setObsolete(True)
            return
        _changes, self._forward = applied


NOTE_EDIT = 1
"""``QUndoCommand.id()`` of note edits (see ``EditCommand.mergeWith``)."""


def _is_note_edit(edit: Any) -> bool:
    """Whether ``edit`` changes a span's note and nothing else."""
    if not isinstance(edit, UpdateSpan):
        return False
    before, after = edit.before, edit.after
    return (before.label, before.fragments, dict(before.attributes)) == (
        after.label,
        after.fragments,
        dict(after.attributes),
    ) and before.note != after.note


def quoted(text: str, limit: int = 24) -> str:
    """A short “…” excerpt for undo texts and menus, on one line."""
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return f"“{text}”"


@dataclass(frozen=True, slots=True)
class StepContext:
    """What a step's name may quote: the open document's text, spans, relations and suggestions."""

    text: str = ""
    spans: Mapping[SpanId, Span] = field(default_factory=dict)
    relations: Mapping[RelationId, Relation] = field(default_factory=dict)
    suggestions: Mapping[int, Span] = field(default_factory=dict)


def step_name(edit: Edit, context: StepContext) -> str:
    """The Edit menu's name for ``edit``, in the interface language: ``Add QUOTE “…”``,
    ``Relabel QUOTE as CLAIM “…”``, ``Delete 3 spans``, ``Link QUOTE “…” said_by SPEAKER``,
    ``Accept QUOTE “…”``, ..."""
    text = context.text
    if isinstance(edit, AddSpans):
        if len(edit.spans) == 1:
            return tr("Add {0} {1}").format(edit.spans[0].label, quoted(edit.spans[0].text_in(text)))
        return tr("Add {0} spans").format(len(edit.spans))
    if isinstance(edit, DeleteSpans):
        if len(edit.ids) == 1 and edit.ids[0] in context.spans:
            span = context.spans[edit.ids[0]]
            return tr("Delete {0} {1}").format(span.label, quoted(span.text_in(text)))
        return tr("Delete {0} spans").format(len(edit.ids))
    if isinstance(edit, UpdateSpan):
        return _update_step(edit.before, edit.after, text)
    if isinstance(edit, AddRelations):
        if len(edit.relations) == 1:
            relation = edit.relations[0]
            head, tail = context.spans.get(relation.head), context.spans.get(relation.tail)
            if head is not None and tail is not None:
                return tr("Link {0} {1} {2} {3}").format(head.label, quoted(head.text_in(text), 12), relation.type, tail.label)
            return tr("Link {0}").format(relation.type)
        return tr("Link {0} relations").format(len(edit.relations))
    if isinstance(edit, DeleteRelations):
        if len(edit.ids) == 1 and edit.ids[0] in context.relations:
            return tr("Delete relation {0}").format(context.relations[edit.ids[0]].type)
        return tr("Delete {0} relations").format(len(edit.ids))
    if isinstance(edit, SetStatus):
        return tr("Mark document {0}").format(tr(edit.after.value.replace("_", " ")))
    if isinstance(edit, SetSuggestionStatus):
        return _review_step(edit, context)
    if isinstance(edit, Batch):
        review = next((e for e in edit.edits if isinstance(e, SetSuggestionStatus)), None)
        if review is not None:
            return _review_step(review, context)
    return edit.description


def label_all_name(count: int, label: str) -> str:
    """The name of "label all matches" (its ``Batch`` carries it)."""
    return tr("Label {0} match as {1}").format(count, label) if count == 1 else tr("Label {0} matches as {1}").format(count, label)


def _update_step(before: Span, after: Span, text: str) -> str:
    excerpt = quoted(before.text_in(text))
    if before.label != after.label:
        return tr("Relabel {0} as {1} {2}").format(before.label, after.label, excerpt)
    if len(after.fragments) != len(before.fragments):
        return _fragments_step(before, after, quoted(after.text_in(text, " … ")))
    if before.fragments != after.fragments:
        return tr("Resize {0} {1}").format(after.label, excerpt)
    if before.attributes != after.attributes:
        changed = sorted(k for k in {*before.attributes, *after.attributes} if before.attributes.get(k) != after.attributes.get(k))
        if len(changed) == 1:
            return tr("Set {0} = {1} on {2}").format(changed[0], after.attributes.get(changed[0]) or "—", after.label)
        return tr("Edit attributes of {0}").format(after.label)
    if before.note != after.note:
        return tr("Edit note of {0} {1}").format(after.label, excerpt)
    return tr("Edit {0} {1}").format(after.label, excerpt)


def _fragments_step(before: Span, after: Span, excerpt: str) -> str:
    """What a change in the number of fragments did: split, joined, added or resized them."""
    covered = {i for s, e in before.fragments for i in range(s, e)}
    if len(after.fragments) > len(before.fragments):
        inside = all(s >= before.start and e <= before.end for s, e in after.fragments)
        if inside and all(i in covered for s, e in after.fragments for i in range(s, e)):
            return tr("Split {0} {1}").format(after.label, excerpt)
        return tr("Add fragment to {0} {1}").format(after.label, excerpt)
    if len(after.fragments) == 1 and (after.start, after.end) == (before.start, before.end):
        return tr("Join fragments of {0} {1}").format(after.label, excerpt)
    return tr("Resize {0} {1}").format(after.label, excerpt)


def _review_step(edit: SetSuggestionStatus, context: StepContext) -> str:
    accept = edit.after == SuggestionStatus.ACCEPTED
    reject = edit.after == SuggestionStatus.REJECTED
    if len(edit.ids) == 1 and edit.ids[0] in context.suggestions:
        suggestion = context.suggestions[edit.ids[0]]
        named = (suggestion.label, quoted(suggestion.text_in(context.text)))
        if accept:
            return tr("Accept {0} {1}").format(*named)
        return tr("Reject {0} {1}").format(*named) if reject else tr("Reopen {0} {1}").format(*named)
    if accept:
        return tr("Accept {0} suggestions").format(len(edit.ids))
    return tr("Reject {0} suggestions").format(len(edit.ids)) if reject else tr("Reopen {0} suggestions").format(len(edit.ids))
