"""The one undo command: it wraps an edit value and swaps it with its inverse on every step.

Edits are plain values (``kathan.edits``); ``Workspace.apply`` applies one and returns its
inverse. ``redo()`` applies the forward edit and keeps the inverse; ``undo()`` applies the
inverse and keeps *its* inverse as the new forward edit, so a span deleted and restored
comes back with the same id and a later redo still finds it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

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

    @property
    def edit(self) -> Any:
        """The edit that the next ``redo()`` applies."""
        return self._forward

    def redo(self) -> None:
        applied = self._controller.apply(self._forward)
        if applied is None:
            self.setObsolete(True)
            return
        _changes, self._inverse = applied

    def undo(self) -> None:
        applied = self._controller.apply(self._inverse)
        if applied is None:
            self.setObsolete(True)
            return
        _changes, self._forward = applied


def quoted(text: str, limit: int = 24) -> str:
    """A short “…” excerpt for undo texts, on one line."""
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return f"“{text}”"
