"""A thin, deterministic wrapper over python-crfsuite: train from feature sequences to bytes,
tag from bytes. CRFsuite's L-BFGS has no randomness, so the same sequences in the same order
give the same model byte for byte.

Training can be stopped: CRFsuite reports each iteration to the trainer, which calls a
``check`` that raises to stop; the exception leaves ``train`` and no model is written."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Sequence

import pycrfsuite

PARAMS = {"c1": 0.05, "c2": 0.01, "max_iterations": 100, "feature.possible_transitions": True}

Check = Callable[[], None]
"""Called between steps of a training; raises (any exception) to stop it."""


def no_check() -> None:
    """The ``Check`` of a training nobody can stop."""


class _Trainer(pycrfsuite.Trainer):
    """A trainer that calls ``check`` on every message CRFsuite sends while training (several per
    iteration); an exception it raises stops CRFsuite and leaves ``train``."""

    def __init__(self, check: Check) -> None:
        super().__init__(verbose=False)
        self._check = check

    def message(self, message: str) -> None:
        self._check()


def train(
    sequences: Sequence[tuple[pycrfsuite.ItemSequence, Sequence[str]]], params: dict | None = None, check: Check = no_check
) -> bytes | None:
    """A CRF trained on ``(features, tags)`` sequences, as the bytes of a CRFsuite model file;
    None when the sequences hold one tag only (CRFsuite would write a model it cannot read back)."""
    if len({tag for _, tags in sequences for tag in tags}) < 2:
        return None
    check()
    trainer = _Trainer(check)
    trainer.set_params({**PARAMS, **(params or {})})
    for features, tags in sequences:
        trainer.append(features, list(tags))
    handle, path = tempfile.mkstemp(suffix=".crfsuite")
    os.close(handle)
    try:
        trainer.train(path)
        with open(path, "rb") as model:
            return model.read()
    finally:
        os.unlink(path)


class Tagger:
    """Tags sequences with a model given as bytes; ``tag`` returns the tags and each one's marginal."""

    def __init__(self, model: bytes) -> None:
        self._model = model  # CRFsuite reads the model from these bytes in place and never copies them
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open_inmemory(model)
        self.labels = set(self._tagger.labels())

    def tag(self, features: pycrfsuite.ItemSequence) -> list[str]:
        return self._tagger.tag(features)

    def confidence(self, tags: list[str], first: int, last: int) -> float:
        """The mean marginal of ``tags[first:last]`` in the sequence tagged last."""
        return sum(self._tagger.marginal(tags[i], i) for i in range(first, last)) / (last - first)

    def probability(self, features: pycrfsuite.ItemSequence, label: str) -> float:
        """The marginal of ``label`` on the first item (a one-item sequence is a classifier)."""
        if label not in self.labels:
            return 0.0
        self._tagger.set(features)
        return self._tagger.marginal(label, 0)
