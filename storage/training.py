"""A project's learned suggester, trained when its model is older than the annotations, and
the suggesters that need the project to exist (``combined``, ``learned``).

``kathan train``, ``kathan suggest`` and the window's background worker all come here.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from kathan.model import KathanError
from kathan.suggest import DEFAULT_SUGGESTER, Suggester, get_suggester
from kathan.suggest.combined import CombinedSuggester, Verdicts
from kathan.suggest.learned import LearnedModel, LearnedSuggester, ModelError, digest, train
from kathan.suggest.learned.crf import Check, no_check
from kathan.suggest.learned.crossval import cross_validate
from kathan.suggest.learned.material import Scope
from kathan.suggest.learned.model import FORMAT
from storage.workspace import Workspace

MODEL_NAME = "learned"
COMBINED, LEARNED = "combined", "learned"
PROJECT_SUGGESTERS = (COMBINED, LEARNED)
"""Suggesters built from the project itself; the default is the first."""
WINNER_FOLDS = 3
"""Folds of the cross-validation that decides, at training time, which labels the model may overrule."""


@dataclass(frozen=True, slots=True)
class Trained:
    """A project's current model and what training found; ``fresh`` when this call trained it."""

    model: LearnedModel | None
    verdicts: Verdicts
    fresh: bool
    documents: int


def rules() -> Suggester:
    return get_suggester(DEFAULT_SUGGESTER)


def current_model(ws: Workspace, force: bool = False, seed: int = 0, check: Check = no_check) -> Trained:
    """The project's model, trained first when the stored one was trained on other annotations
    or another schema (or ``force``); no model while nothing is annotated. ``check`` stops a
    training by raising (see ``kathan.suggest.learned.train``); the stored model is then left as it was."""
    rule_suggester = rules()
    docs = ws.training_documents()
    if not docs:
        return Trained(None, Verdicts(), False, 0)
    schema = hashlib.sha256(ws.schema.source.encode()).hexdigest()
    wanted = hashlib.sha256(f"{digest(docs)}:{schema}:{FORMAT}:{rule_suggester.name}:{seed}".encode()).hexdigest()
    stored = ws.stored_model(MODEL_NAME)
    if stored is not None and stored.digest == wanted and not force:
        try:
            return Trained(LearnedModel.from_bytes(stored.data), Verdicts.from_info(stored.info), False, stored.documents)
        except ModelError:
            pass
    model = train(docs, ws.schema, rule_suggester, check=check)
    complete = sum(1 for d in docs if d.scope is Scope.ALL)
    verdicts = Verdicts()
    if complete >= WINNER_FOLDS:
        verdicts = cross_validate(docs, ws.schema, rule_suggester, k=WINNER_FOLDS, seed=seed, check=check).verdicts
    check()
    ws.store_model(MODEL_NAME, model.to_bytes(), wanted, len(docs), {**verdicts.to_info(), "seed": seed})
    return Trained(model, verdicts, True, len(docs))


def project_suggester(ws: Workspace, name: str = COMBINED) -> Suggester:
    """The suggester called ``name``: ``combined`` (rules and the learned model), ``learned``,
    or any registered one. Project suggesters train first when their model is stale."""
    if name not in PROJECT_SUGGESTERS:
        try:
            return get_suggester(name)
        except KeyError as exc:
            raise KathanError(str(exc.args[0])) from None
    trained = current_model(ws)
    rule_suggester = rules()
    learned = LearnedSuggester(trained.model, rule_suggester) if trained.model is not None else None
    if name == LEARNED:
        if learned is None:
            raise KathanError("the learned suggester has nothing to learn from yet: annotate or review some documents first")
        return learned
    return CombinedSuggester(rule_suggester, learned, trained.verdicts)
