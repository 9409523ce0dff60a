"""Document-level K-fold cross-validation of the rules, the learned model and the two combined,
on a project's annotated documents: the figures ``kathan evaluate P --cv K`` prints and the
evidence that decides, label by label, whether the learned model may overrule the rules.

Only fully annotated documents are scored; partly annotated ones always train. The winners
used for the combined figures are chosen from the same folds' rule and learned scores; where
the rules win a label, the learned model's spans of it that no rule span overlaps are then kept
from the confidence (``FLOORS``, or all of them) at which the combined F1 of that label, overlap
and exact added, is highest, and not at all when none beats the rules' alone (``rules only``);
then a learned span that overlaps rule spans takes their place from the confidence at which
that F1 is highest, if any beats the rules' spans. Its links of each relation type are kept only
if the combined overlap score of that link is no worse with them.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from kathan.evaluate import EvaluationReport, Match, evaluate
from kathan.schema import Schema
from kathan.suggest.base import Suggester, Suggestion, to_annotated
from kathan.suggest.combined import LEARNED, RULES, RULES_ONLY, CombinedSuggester, Verdicts
from kathan.suggest.learned.crf import Check, no_check
from kathan.suggest.learned.material import Scope, TrainingDocument
from kathan.suggest.learned.model import LearnedSuggester, covers, train

SIDES = (RULES, LEARNED, "combined")
FLOORS = (0.5, 0.8, 0.9, 0.95, 0.98, 0.99)
"""Confidences from which the learned model's extra spans of a label the rules won may be kept."""


@dataclass(frozen=True, slots=True)
class CrossValidation:
    k: int
    documents: int
    reports: dict[str, dict[Match, EvaluationReport]]
    """By side (rules, learned, combined) and matching."""
    verdicts: Verdicts

    def f1(self, side: str, name: str, match: Match = Match.OVERLAP) -> float:
        report = self.reports[side][match]
        score = report.labels.get(name) or report.links.get(name)
        return score.f1 if score is not None else 0.0

    def format_table(self) -> str:
        report = self.reports[RULES][Match.OVERLAP]
        names = [*report.labels, *report.links]
        lines = [
            f"{self.k}-fold cross-validation over {self.documents} annotated documents (F1, overlap / exact)",
            f"{'':12} {'rules':>13} {'learned':>13} {'combined':>13}  winner",
        ]
        for name in names:
            cells = [f"{self.f1(side, name):.2f} / {self.f1(side, name, Match.EXACT):.2f}" for side in SIDES]
            lines.append(f"{name:12} {cells[0]:>13} {cells[1]:>13} {cells[2]:>13}  {self.verdicts.describe(name)}")
        return "\n".join(lines)


def folds(names: Sequence[str], k: int, seed: int = 0) -> list[list[str]]:
    """``names`` dealt into ``k`` folds after a seeded shuffle (the same every run)."""
    order = sorted(names)
    random.Random(seed).shuffle(order)
    return [order[i::k] for i in range(k)]


def choose_winners(rules: EvaluationReport, learned: EvaluationReport) -> dict[str, str]:
    """``learned`` for each label whose learned overlap F1 beats the rules', else ``rules``."""
    return {
        label: LEARNED if learned.labels[label].f1 > score.f1 else RULES for label, score in rules.labels.items()
    }


def cross_validate(
    documents: Sequence[TrainingDocument],
    schema: Schema,
    rules: Suggester | None,
    k: int = 5,
    seed: int = 0,
    check: Check = no_check,
) -> CrossValidation:
    """Scores of the rules, the learned model and both combined over ``k`` folds; ``check``
    stops it by raising, as in ``train``."""
    scored = [d for d in documents if d.scope is Scope.ALL]
    if k < 2 or len(scored) < k:
        raise ValueError(f"{k}-fold cross-validation needs at least {max(k, 2)} fully annotated documents, the project has {len(scored)}")
    by_name = {d.name: d for d in documents}
    rule_output: dict[str, list[Suggestion]] = {
        d.name: rules.suggest(d.annotated.document) if rules is not None and covers(rules, d.annotated.document) else []
        for d in documents
    }
    predicted: dict[str, dict[str, list[Suggestion]]] = {RULES: {}, LEARNED: {}}
    models: dict[str, LearnedSuggester] = {}
    for fold in folds([d.name for d in scored], k, seed):
        held = set(fold)
        model = train([d for d in documents if d.name not in held], schema, rules, rule_output, check)
        learned = LearnedSuggester(model, rules)
        for name in fold:
            predicted[RULES][name] = rule_output[name]
            predicted[LEARNED][name] = learned.suggest_given(by_name[name].annotated.document, rule_output[name])
            models[name] = learned
    gold = [d.annotated for d in scored]
    labels = [label for label in schema.label_names if any(s.label == label for g in gold for s in g.spans)]
    links = [r.name for r in schema.relations if any(x.type == r.name for g in gold for x in g.relations)]

    def report(side: dict[str, list[Suggestion]], match: Match) -> EvaluationReport:
        pred = [to_annotated(by_name[n].annotated.document, side[n]) for n in side]
        return evaluate(pred, gold, match, labels=labels, links=links)

    def combined(verdicts: Verdicts) -> dict[str, list[Suggestion]]:
        return {
            name: CombinedSuggester(rules, models[name], verdicts).combine(
                by_name[name].annotated.document, predicted[RULES][name], predicted[LEARNED][name]
            )
            for name in predicted[RULES]
        }

    winners = choose_winners(report(predicted[RULES], Match.OVERLAP), report(predicted[LEARNED], Match.OVERLAP))
    alone = {label: RULES_ONLY if side == RULES else side for label, side in winners.items()} | dict.fromkeys(links, RULES_ONLY)
    without = combined(Verdicts(alone))
    with_links, without_links = report(combined(Verdicts(winners)), Match.OVERLAP), report(without, Match.OVERLAP)
    def score(label: str, extra: float | None, overrule: float | None) -> float:
        """The label's combined F1, overlap and exact added, with the rules' spans of it (``without``
        the learned ones), the learned spans overruling them from ``overrule`` on and kept beside
        them from ``extra`` on (None: not at all)."""
        pred = []
        for name, found in without.items():
            mine = [s for s in found if s.label == label]
            learned = [s for s in predicted[LEARNED][name] if s.label == label]
            if overrule is not None:
                mine, learned = CombinedSuggester.overruled(mine, learned, overrule, {})
            kept = mine + (CombinedSuggester.beside(mine, learned, extra) if extra is not None else [])
            pred.append(to_annotated(by_name[name].annotated.document, kept))
        return sum(evaluate(pred, gold, m, labels=[label], links=[]).labels[label].f1 for m in (Match.OVERLAP, Match.EXACT))

    floors: dict[str, float] = {}
    overrules: dict[str, float] = {}
    for label in [label for label, side in winners.items() if side == RULES]:
        extra, best = _best(lambda least: score(label, least, None), score(label, None, None))  # a tie keeps fewer learned spans
        if extra is None:
            winners[label] = RULES_ONLY
        elif extra > 0:
            floors[label] = extra
        overrule, _ = _best(lambda least: score(label, extra, least), best, FLOORS)
        if overrule is not None:
            overrules[label] = overrule
    winners |= {link: RULES_ONLY for link in links if without_links.links[link].f1 > with_links.links[link].f1}
    verdicts = Verdicts(winners, floors, overrules)
    predicted["combined"] = combined(verdicts)
    reports = {side: {m: report(predicted[side], m) for m in (Match.OVERLAP, Match.EXACT)} for side in SIDES}
    return CrossValidation(k, len(scored), reports, verdicts)


def _best(score: Callable[[float], float], to_beat: float, candidates: Iterable[float] = (0.0, *FLOORS)) -> tuple[float | None, float]:
    """The highest of ``candidates`` whose ``score`` is highest and beats ``to_beat``, or None; and that score."""
    best, chosen = to_beat, None
    for least in sorted(candidates, reverse=True):
        found = score(least)
        if found > best:
            best, chosen = found, least
    return chosen, best
