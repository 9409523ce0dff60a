"""What is selected in the article: one span or one suggestion (never both), and the click cycle.

Qt-free: the view turns a click into the stacked marks under it and asks ``Selection.click``
which one to take. A repeated click on the same spot takes the next of the same stack, so
nested and overlapping spans (and suggestions on them) are all reachable by mouse.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

NO_SPAN = 0
"""The id meaning "nothing selected" (storage ids start at 1)."""
CLICK_SLOP = 4
"""Pixels within which a repeated click counts as "the same spot" for cycling stacked marks."""


@dataclass(frozen=True, slots=True)
class Mark:
    """A span or a suggestion under a click, with its outer extent (any offset unit)."""

    id: int
    suggested: bool
    start: int
    end: int

    def innermost_first(self) -> tuple[int, int, bool, int]:
        """Smallest extent first, then the later start, spans before suggestions, newer ids first."""
        return (self.end - self.start, -self.start, self.suggested, -self.id)


@dataclass(slots=True)
class Selection:
    """The selected span id and suggestion id; at most one of them is not NO_SPAN.

    ``_last_click`` remembers where the last click landed, the stack it saw and which
    member it took, so the next click at that spot on that stack takes the following one.
    """

    span: int = NO_SPAN
    suggestion: int = NO_SPAN
    _last_click: tuple[tuple[int, int], tuple[tuple[bool, int], ...], int] | None = None

    def select_span(self, span_id: int) -> None:
        self.span = span_id
        if span_id != NO_SPAN:
            self.suggestion = NO_SPAN

    def select_suggestion(self, suggestion_id: int) -> None:
        self.suggestion = suggestion_id
        if suggestion_id != NO_SPAN:
            self.span = NO_SPAN

    def clear(self) -> None:
        self.span = self.suggestion = NO_SPAN
        self._last_click = None

    def forget_clicks(self) -> None:
        """The marks changed (another document, new suggestions): the next click starts a new cycle."""
        self._last_click = None

    def click(self, at: tuple[int, int], marks: Sequence[Mark]) -> None:
        """Select the innermost of ``marks`` (spans before suggestions of the same extent);
        clicking again within CLICK_SLOP of the last click on the same stack takes the next one.
        No marks: nothing is selected."""
        if not marks:
            self._last_click = None
            self.select_span(NO_SPAN)
            self.select_suggestion(NO_SPAN)
            return
        stack = tuple((m.suggested, m.id) for m in sorted(marks, key=Mark.innermost_first))
        taken = 0
        if self._last_click is not None:
            (x, y), last_stack, last_taken = self._last_click
            if last_stack == stack and abs(at[0] - x) + abs(at[1] - y) <= CLICK_SLOP:
                taken = (last_taken + 1) % len(stack)
        self._last_click = (at, stack, taken)
        suggested, mark_id = stack[taken]
        if suggested:
            self.select_suggestion(mark_id)
        else:
            self.select_span(mark_id)
