"""Picking a relation's partner: the allowed tails, nearest first, and which one Tab has focused.

Qt-free. ``partner_order`` is the one ordering of partners (by distance in code points from
the head, then by start): the Shift+R menu, the lit-up candidates and Tab all use it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

from gui.article.selection import NO_SPAN


class Extent(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


E = TypeVar("E", bound=Extent)


def partner_order(head: Extent, partners: Iterable[E]) -> list[E]:
    """``partners`` nearest to ``head`` first: the gap between their extents (0 when they
    overlap), then the earlier start."""
    return sorted(partners, key=lambda p: (max(0, p.start - head.end, head.start - p.end), p.start))


@dataclass(slots=True)
class RelationPick:
    """Relation mode: ``head`` links to one of ``candidates`` (ids, nearest first); Tab moves ``focus``.

    Invariant: ``focus`` is NO_SPAN or one of ``candidates``; ``head`` NO_SPAN means not picking.
    """

    head: int = NO_SPAN
    candidates: tuple[int, ...] = ()
    focus: int = NO_SPAN

    @property
    def active(self) -> bool:
        return self.head != NO_SPAN

    def begin(self, head: int, candidates: Sequence[int]) -> None:
        self.head, self.candidates, self.focus = head, tuple(candidates), NO_SPAN

    def end(self) -> None:
        self.head, self.candidates, self.focus = NO_SPAN, (), NO_SPAN

    def allows(self, span_id: int) -> bool:
        return span_id in self.candidates

    def cycle(self, step: int) -> int:
        """Focus the next (step 1) or previous (-1) candidate, wrapping; returns it (NO_SPAN if none)."""
        if not self.candidates:
            return NO_SPAN
        if self.focus in self.candidates:
            at = (self.candidates.index(self.focus) + step) % len(self.candidates)
        else:
            at = 0 if step > 0 else len(self.candidates) - 1
        self.focus = self.candidates[at]
        return self.focus
