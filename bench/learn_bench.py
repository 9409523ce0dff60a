"""Benchmark of the learned and combined suggesters on the shared corpus (read, never copied).

* Leave-one-out cross-validation over the gold articles: every article is suggested by a
  model trained on all the others (about a dozen), and scored per label for the rules, the
  learned model and the two combined. The rules were tuned on this gold, so their figures and
  the combined ones flatter them; the learned figures are held out by construction.
* First contact: with ``$KATHAN_HELDOUT`` naming gold for other articles of the corpus (or
  for articles found elsewhere, their texts beside their gold), annotated before any suggester
  saw them (one folder per batch, ``os.pathsep`` between them), the model trained on all the development gold and the rules suggest them once, and
  those figures are printed per batch and, for several batches, for all of them together.
* CLAIM on splits: the gold and held-out articles with claims pooled, trained on 12 and scored
  on the others, over 12 seeded splits (mean, spread, range), against the CLAIM target.
* Speed: training on 50 articles (the gold articles repeated under other names) and
  suggesting over every article of the corpus with the combined suggester.
"""

from __future__ import annotations

import os
import random
import statistics
import time
from dataclasses import replace
from pathlib import Path

from bench.suggest_bench import corpus_dir, document_name, heldout_dirs, load_gold, make_document, read_text, with_heldout_texts
from kathan.evaluate import Match, Score, evaluate
from kathan.model import AnnotatedDocument
from kathan.schema import Schema, default_schema
from kathan.suggest import DEFAULT_SUGGESTER, get_suggester, to_annotated
from kathan.suggest.base import Suggester
from kathan.suggest.combined import CombinedSuggester
from kathan.suggest.learned import LearnedSuggester, TrainingDocument, train, training_document
from kathan.suggest.learned.crossval import cross_validate

OVERLAP_TARGETS = {"QUOTE": 0.92, "SPEAKER": 0.90, "CUE": 0.92, "said_by": 0.88, "CLAIM": 0.40}
EXACT_TARGETS = {"QUOTE": 0.80, "SPEAKER": 0.88}
TRAIN_BUDGET_S = 30.0
SUGGEST_BUDGET_S = 1.0
TRAIN_DOCUMENTS = 50
SPLIT_TRAIN = 12
SPLIT_SEEDS = 12


def _verdicts(values: dict[str, float], targets: dict[str, float]) -> str:
    return ", ".join(
        f"{k} {values[k]:.2f}{'' if values[k] >= t else f' (below {t:.2f})'}" for k, t in targets.items() if k in values
    )


FIRST_CONTACT_LINKS = ("said_by", "cued_by", "voiced_in")


def run_learn_bench(
    corpus: Path | None = None, heldout: list[Path] | None = None, folds: int | None = None, splits: int = SPLIT_SEEDS
) -> str:
    folder = corpus or corpus_dir()
    if folder is None:
        return "learn bench: no development corpus (../shared/corpus/hi-news); skipped."
    schema = default_schema()
    rules = get_suggester(DEFAULT_SUGGESTER)
    documents = [make_document(i, p.stem, read_text(p)) for i, p in enumerate(sorted(folder.glob("*.txt")), start=1)]
    batches = heldout if heldout is not None else heldout_dirs()
    by_name = {d.name: d for d in with_heldout_texts(documents, batches)}
    gold = [load_gold(p, by_name[p.stem]) for p in sorted((folder / "gold").glob("*.json")) if p.stem in by_name]
    training = [t for g in gold if (t := training_document(g)) is not None]
    if len(training) < 2:
        return f"learn bench: {len(training)} gold article(s) in {folder}; cross-validation needs 2."
    k = folds or len(training)
    cv = cross_validate(training, schema, rules, k=k)
    lines = [f"learned suggester on {len(training)} gold articles of {folder}", cv.format_table()]
    for side in ("learned", "combined"):
        overlap = {name: cv.f1(side, name) for name in OVERLAP_TARGETS}
        exact = {name: cv.f1(side, name, Match.EXACT) for name in EXACT_TARGETS}
        lines.append(f"{side} vs targets: overlap {_verdicts(overlap, OVERLAP_TARGETS)}; exact {_verdicts(exact, EXACT_TARGETS)}")
    model = train(training, schema, rules)
    learned = LearnedSuggester(model, rules)
    suggesters: dict[str, Suggester] = {"rules": rules, "learned": learned, "combined": CombinedSuggester(rules, learned, cv.verdicts)}
    held = {
        folder: [load_gold(p, by_name[document_name(p)]) for p in sorted(folder.glob("*.json")) if document_name(p) in by_name]
        for folder in batches
    }
    for batch, batch_gold in held.items():
        lines += ["", *_first_contact(str(batch), batch_gold, suggesters)]
    if len(held) > 1:
        lines += ["", *_first_contact(f"the {len(held)} batches together", [g for gs in held.values() for g in gs], suggesters)]
    annotated = [*(t.annotated for t in training), *(g for gs in held.values() for g in gs)]
    pooled = {g.document.name: g for g in annotated if any(s.label == "CLAIM" for s in g.spans)}
    if len(pooled) > SPLIT_TRAIN + 2:
        lines += ["", _claim_splits([t for g in pooled.values() if (t := training_document(g)) is not None], schema, rules, splits)]
    fifty = _repeated(training, TRAIN_DOCUMENTS)
    lines.append(_timed(f"train on {len(fifty)} articles", TRAIN_BUDGET_S, lambda: train(fifty, schema, rules)))
    lines.append(
        _timed(
            f"suggest (combined) over {len(documents)} articles",
            SUGGEST_BUDGET_S,
            lambda: [suggesters["combined"].suggest(d) for d in documents],
        )
    )
    return "\n".join(lines)


def _claim_splits(documents: list[TrainingDocument], schema: Schema, rules: Suggester, seeds: int) -> str:
    """CLAIM trained on ``SPLIT_TRAIN`` annotated articles and scored on all the others, over
    ``seeds`` seeded document-level splits: held out for the model by construction."""
    rule_output = {d.name: rules.suggest(d.annotated.document) for d in documents}
    scores: dict[Match, list[float]] = {Match.OVERLAP: [], Match.EXACT: []}
    for seed in range(seeds):
        order = sorted(documents, key=lambda d: d.name)
        random.Random(seed).shuffle(order)
        model = LearnedSuggester(train(order[:SPLIT_TRAIN], schema, rules, rule_output), rules)
        test = order[SPLIT_TRAIN:]
        predicted = [to_annotated(d.annotated.document, model.suggest_given(d.annotated.document, rule_output[d.name])) for d in test]
        for match, found in scores.items():
            found.append(evaluate(predicted, [d.annotated for d in test], match, labels=["CLAIM"]).labels["CLAIM"].f1)
    overlap, exact = scores[Match.OVERLAP], scores[Match.EXACT]
    verdict = "" if statistics.mean(overlap) >= OVERLAP_TARGETS["CLAIM"] else f" (below {OVERLAP_TARGETS['CLAIM']:.2f})"
    return (
        f"CLAIM trained on {SPLIT_TRAIN} of {len(documents)} annotated articles, scored on the other {len(documents) - SPLIT_TRAIN},"
        f" {seeds} seeded splits: overlap F1 mean {statistics.mean(overlap):.3f}{verdict}, sd {statistics.pstdev(overlap):.3f},"
        f" {min(overlap):.2f}-{max(overlap):.2f}; exact mean {statistics.mean(exact):.3f}, sd {statistics.pstdev(exact):.3f}"
    )


def _timed(what: str, budget: float, work: object) -> str:
    """Wall and CPU time of ``work()``: on a machine shared with other work the CPU time is the
    figure to compare with the budget, and the load average says how shared it was."""
    load = os.getloadavg()[0]
    wall, cpu = time.perf_counter(), time.process_time()
    work()  # type: ignore[operator]
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    verdict = "ok" if min(wall, cpu) <= budget else f"over the {budget:g} s budget"
    return f"time to {what}: {wall:.2f} s wall, {cpu:.2f} s CPU (load average {load:.1f}; {verdict})"


def _first_contact(title: str, gold: list[AnnotatedDocument], suggesters: dict[str, Suggester]) -> list[str]:
    """F1 per label and link of each suggester on held-out gold, and for labels the model
    alone proposes (CLAIM) how many gold spans were found and how many were proposed."""
    lines = [f"first contact: {len(gold)} held-out articles of {title}, suggested once by a model trained on all the development gold"]
    for name, suggester in suggesters.items():
        predicted = [to_annotated(g.document, suggester.suggest(g.document)) for g in gold]
        for match in (Match.OVERLAP, Match.EXACT):
            report = evaluate(predicted, gold, match, links=FIRST_CONTACT_LINKS)
            cells = ", ".join(f"{k} {_cell(v)}" for k, v in {**report.labels, **report.links}.items() if v.gold or v.predicted)
            lines.append(f"  {name:8} {match.value:7} {cells}")
    return lines


def _cell(score: Score) -> str:
    return f"{score.f1:.2f} ({score.true_positives}/{score.gold} found, {score.predicted} proposed)"


def _repeated(training: list[TrainingDocument], count: int) -> list[TrainingDocument]:
    found: list[TrainingDocument] = []
    n = 0
    while len(found) < count:
        for doc in training[: count - len(found)]:
            a = doc.annotated
            renamed = AnnotatedDocument(replace(a.document, name=f"{a.document.name}-{n}"), a.spans, a.relations)
            found.append(TrainingDocument(renamed, doc.reviews, doc.scope))
        n += 1
    return found


if __name__ == "__main__":
    print(run_learn_bench())
