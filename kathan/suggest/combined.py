"""The default suggester: the rules and the project's learned model together.

Both propose; where a rule span and a learned span of one label overlap, the label's
winner keeps its span. The rules win every label until the learned model beats them in
cross-validation on the project's annotated documents (``Verdicts.winners``). Spans of a label only
one side proposes are kept, except the learned model's where the rules won and adding them
scored worse in that cross-validation than the rules' alone (``RULES_ONLY``), or scored best
only from a confidence on (``Verdicts.floors``: ``QUOTE`` from 0.98). Where the rules won, a
learned span as sure as that cross-validation found best (``Verdicts.overrules``: ``SPEAKER`` from 0.9) still
takes the place of the rule spans it overlaps, and their links. Spans of a label
whose annotators run them on over the next sentences differently from the rules are then run
on as theirs are (``learned.extent``). Rule links stay, following a rule span a learned one
replaced; a head without a link of a type the model knows gets a learned one, unless that type
too is ``RULES_ONLY``. On a document whose language no rules cover, the learned model works
alone.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from kathan.model import Document
from kathan.suggest.base import SuggestedLink, Suggester, Suggestion
from kathan.suggest.learned.model import LearnedSuggester, covers

RULES, LEARNED, RULES_ONLY = "rules", "learned", "rules only"


@dataclass(frozen=True, slots=True)
class Verdicts:
    """What a cross-validation on the project decided (``kathan.suggest.learned.crossval``)."""

    winners: Mapping[str, str] = field(default_factory=dict)
    """By label and link type: ``RULES``, ``LEARNED`` or ``RULES_ONLY``."""
    floors: Mapping[str, float] = field(default_factory=dict)
    """By label the rules won: the least confidence of the learned spans kept beside theirs."""
    overrules: Mapping[str, float] = field(default_factory=dict)
    """By label the rules won: the least confidence of a learned span that takes their spans' place."""

    def to_info(self) -> dict[str, dict[str, Any]]:
        return {"winners": dict(self.winners), "floors": dict(self.floors), "overrules": dict(self.overrules)}

    @classmethod
    def from_info(cls, info: Mapping[str, Any]) -> Verdicts:
        """From ``to_info``'s dict, or a model's stored before floors and overrules (winners alone)."""
        return cls(dict(info.get("winners", {})), dict(info.get("floors", {})), dict(info.get("overrules", {})))

    def won_by(self, side: str) -> list[str]:
        """The labels and link types whose winner is ``side`` (``RULES``, ``LEARNED``, ``RULES_ONLY``), sorted."""
        return sorted(name for name, won in self.winners.items() if won == side)

    def describe(self, name: str) -> str:
        """``rules, learned from 0.99``: the verdict on label or link type ``name`` in words."""
        words = [self.winners[name]] if name in self.winners else []
        if name in self.floors:
            words.append(f"learned from {self.floors[name]:g}")
        if name in self.overrules:
            words.append(f"overruled from {self.overrules[name]:g}")
        return ", ".join(words)


class CombinedSuggester:
    name = "combined"

    def __init__(
        self,
        rules: Suggester | None,
        learned: LearnedSuggester | None,
        verdicts: Verdicts | None = None,
    ) -> None:
        self.rules = rules
        self.learned = learned
        self.verdicts = verdicts or Verdicts()

    def suggest(self, document: Document) -> list[Suggestion]:
        from_rules = self.rules.suggest(document) if self.rules is not None and covers(self.rules, document) else []
        if self.learned is None:
            return from_rules
        return self.combine(document, from_rules, self.learned.suggest_given(document, from_rules, links=False))

    def combine(
        self, document: Document, from_rules: Sequence[Suggestion], from_model: Sequence[Suggestion]
    ) -> list[Suggestion]:
        """One list of suggestions from both sides' (see the module docstring)."""
        assert self.learned is not None
        rules = [_rekeyed(s, "r") for s in from_rules]
        learned = [_rekeyed(s, "l", links=False) for s in from_model]
        kept: list[Suggestion] = []
        won: dict[str, str] = {}  # a rule span's key -> the learned span of its label that replaced it
        verdicts = self.verdicts
        for label in dict.fromkeys(s.label for s in (*rules, *learned)):
            mine = [s for s in rules if s.label == label]
            theirs = [s for s in learned if s.label == label]
            winner = verdicts.winners.get(label, RULES)
            if winner == LEARNED:
                won.update((r.key, w.key) for r in mine for w in theirs if _overlap(r, w))
                mine, theirs = theirs, mine
            elif label in verdicts.overrules:
                mine, theirs = self.overruled(mine, theirs, verdicts.overrules[label], won)
            kept.extend(mine)
            if winner != RULES_ONLY:
                kept.extend(self.beside(mine, theirs, verdicts.floors.get(label, 0.0) if winner == RULES else 0.0))
        keys = {s.key for s in kept}
        kept = [_with_links(s, _followed(s.links, won, keys)) for s in kept]
        kept = self.learned.run_on(document, kept, from_rules)
        return self.learned.link(
            document.text, kept, from_rules, keep=True, language=document.language, without=verdicts.won_by(RULES_ONLY)
        )

    @staticmethod
    def beside(mine: list[Suggestion], theirs: list[Suggestion], floor: float) -> list[Suggestion]:
        """The spans of ``theirs`` sure from ``floor`` on that overlap none of ``mine``."""
        return [s for s in theirs if s.confidence >= floor and not any(_overlap(s, m) for m in mine)]

    @staticmethod
    def overruled(
        mine: list[Suggestion], theirs: list[Suggestion], floor: float, won: dict[str, str]
    ) -> tuple[list[Suggestion], list[Suggestion]]:
        """The rule spans ``mine`` with each learned span of ``theirs`` sure from ``floor`` on in
        place of the rule spans it overlaps, with their links (noted in ``won``); and the learned
        spans left."""
        sure = []
        for w in theirs:
            replaced = [r for r in mine if _overlap(r, w)] if w.confidence >= floor else []
            if replaced:
                won.update((r.key, w.key) for r in replaced)
                sure.append(_with_links(w, tuple(link for r in replaced for link in r.links)))
        taken = {w.key for w in sure}
        return [r for r in mine if r.key not in won] + sure, [w for w in theirs if w.key not in taken]


def _followed(links: tuple[SuggestedLink, ...], won: Mapping[str, str], keys: set[str]) -> tuple[SuggestedLink, ...]:
    """``links`` to spans still kept, a link to a rule span that a learned one replaced now
    pointing to that one (``… कह रहे हैं`` cued by the learned ``कह रहे हैं``), each once."""
    moved = (SuggestedLink(link.type, won.get(link.tail, link.tail), link.confidence) for link in links)
    return tuple({(link.type, link.tail): link for link in moved if link.tail in keys}.values())


def _overlap(a: Suggestion, b: Suggestion) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a.fragments for s2, e2 in b.fragments)


def _with_links(s: Suggestion, links: tuple[SuggestedLink, ...]) -> Suggestion:
    return Suggestion(s.key, s.label, s.fragments, s.confidence, s.attributes, links, s.rule)


def _rekeyed(s: Suggestion, prefix: str, links: bool = True) -> Suggestion:
    moved = tuple(SuggestedLink(link.type, prefix + link.tail, link.confidence) for link in s.links) if links else ()
    return Suggestion(prefix + s.key, s.label, s.fragments, s.confidence, s.attributes, moved, s.rule)
