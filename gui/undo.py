"""The one undo command: it wraps an edit value and swaps it with its inverse on every step.

Edits are plain values (``kathan.edits``); ``Workspace.apply`` applies one and returns its
inverse. ``redo()`` applies the forward edit and keeps the inverse; ``undo()`` applies the
inverse and keeps *its* inverse as the new forward edit, so a span deleted and restored
comes back with the same id and a later redo still finds it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from kathan.edits import UpdateSpan
from kathan.model import Span

if TYPE_CHECKING:
    from gui.controller import Controller


class EditCommand(QUndoCommand):
    """One user edit on the undo stack; ``QUndoStack.push`` runs ``redo()`` itself.

    A refused edit (the Workspace raises) marks the command obsolete, so ``push`` drops it
    instead of recording a step that never happened.
    """

    def __init__(self, controller: Controller, edit: Any, text: str) -> None:
        super().__init__(text)
        self._controller = controller
        self._forward = edit
        self._inverse: Any = None
        # The document the edit was made in: undo and redo show it (see Controller.apply).
        self._document = controller.document.id if controller.document is not None else None

    @property
    def edit(self) -> Any:
        """The edit that the next ``redo()`` applies."""
        return self._forward

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
        applied = self._controller.apply(self._forward, self._document)
        if applied is None:
            self.setObsolete(True)
            return
        _changes, self._inverse = applied

    def undo(self) -> None:
        applied = self._controller.apply(self._inverse, self._document)
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
    """A short “…” excerpt for undo texts, on one line."""
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return f"“{text}”"


def step_text(verb: str, spans: Sequence[Span], noun: str, text: str) -> str:
    """An undo step's name: ``Delete QUOTE “…”`` for one span or suggestion, ``Delete 3 spans`` for more."""
    if len(spans) == 1:
        return f"{verb} {spans[0].label} {quoted(spans[0].text_in(text))}"
    return f"{verb} {len(spans)} {noun}"
