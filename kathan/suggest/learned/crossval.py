"""Document-level K-fold cross-validation of the rules, the learned model and the two combined,
on a project's annotated documents: the figures ``kathan evaluate P --cv K`` prints and the
evidence that decides, label by label, whether the learned model may overrule the rules.

Only fully annotated documents are scored; partly annotated ones always train. The winners
used for the combined figures are chosen from the same folds' rule and learned scores; where
the rules win a label, the learned model's spans of it that no rule span overlaps are then
kept only if the combined score of that label is no worse with them (else ``rules only``), and
so are its links of each relation type.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from kathan.evaluate import EvaluationReport, Match, evaluate
from kathan.schema import Schema
from kathan.suggest.base import Suggester, Suggestion, to_annotated
from kathan.suggest.combined import LEARNED, RULES, RULES_ONLY, CombinedSuggester
from kathan.suggest.learned.crf import Check, no_check
from kathan.suggest.learned.material import Scope, TrainingDocument
from kathan.suggest.learned.model import LearnedSuggester, covers, train

SIDES = (RULES, LEARNED, "combined")


@dataclass(frozen=True, slots=True)
class CrossValidation:
    k: int
    documents: int
    reports: dict[str, dict[Match, EvaluationReport]]
    """By side (rules, learned, combined) and matching."""
    winners: dict[str, str]

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
            winner = self.winners.get(name, "")
            lines.append(f"{name:12} {cells[0]:>13} {cells[1]:>13} {cells[2]:>13}  {winner}")
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

    def combined(winners: dict[str, str]) -> dict[str, list[Suggestion]]:
        return {
            name: CombinedSuggester(rules, models[name], winners).combine(
                by_name[name].annotated.document, predicted[RULES][name], predicted[LEARNED][name]
            )
            for name in predicted[RULES]
        }

    winners = choose_winners(report(predicted[RULES], Match.OVERLAP), report(predicted[LEARNED], Match.OVERLAP))
    predicted["combined"] = combined(winners)
    alone = {label: RULES_ONLY if side == RULES else side for label, side in winners.items()} | dict.fromkeys(links, RULES_ONLY)
    with_extras, without = report(predicted["combined"], Match.OVERLAP), report(combined(alone), Match.OVERLAP)
    winners = {
        label: RULES_ONLY if side == RULES and without.labels[label].f1 > with_extras.labels[label].f1 else side
        for label, side in winners.items()
    } | {link: RULES_ONLY for link in links if without.links[link].f1 > with_extras.links[link].f1}
    predicted["combined"] = combined(winners)
    reports = {side: {m: report(predicted[side], m) for m in (Match.OVERLAP, Match.EXACT)} for side in SIDES}
    return CrossValidation(k, len(scored), reports, winners)
