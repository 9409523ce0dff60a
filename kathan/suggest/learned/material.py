"""What the learned suggester trains on: a project's annotated documents and its reviews.

A ``TrainingDocument`` is an annotated document plus what its reviewers said about earlier
suggestions: a rejected suggestion is a negative example; an accepted one whose span was
then given other boundaries is a correction (the span holds the right boundaries, the
suggestion's own are a negative). ``scope`` says which paragraphs are annotated: all of a
document with annotations, those up to the last annotated one while it is in progress, and
only the reviewed ones of a document with reviews but no annotations.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from kathan.layers import GOLD, layers_of, only_layer
from kathan.model import AnnotatedDocument, DocumentStatus, Fragment


class Scope(StrEnum):
    ALL = "all"
    UP_TO_LAST = "up_to_last"
    TOUCHED = "touched"


@dataclass(frozen=True, slots=True)
class Review:
    """A reviewed suggestion: its label and fragments and whether it was rejected or corrected."""

    label: str
    fragments: tuple[Fragment, ...]
    verdict: str
    """``rejected`` or ``corrected``."""


@dataclass(frozen=True, slots=True)
class TrainingDocument:
    annotated: AnnotatedDocument
    reviews: tuple[Review, ...] = ()
    scope: Scope = Scope.ALL

    @property
    def name(self) -> str:
        return self.annotated.document.name

    @property
    def marked(self) -> list[tuple[int, int]]:
        """``(start, end)`` of everything annotated or reviewed, for choosing paragraphs."""
        found = [(s.start, s.end) for s in self.annotated.spans]
        found.extend((r.fragments[0][0], r.fragments[-1][1]) for r in self.reviews)
        return found


def training_layer(annotated: AnnotatedDocument) -> AnnotatedDocument:
    """The annotations to learn from: the adjudicated ``gold`` layer when there is one, else the
    fullest annotator's layer (two layers at once would teach two minds' boundaries)."""
    layers = {name: layer for name, layer in layers_of(annotated).items() if layer.spans}
    if len(layers) <= 1:
        return annotated
    chosen = GOLD if GOLD in layers else max(layers, key=lambda name: (len(layers[name].spans), name))
    return only_layer(annotated, chosen)


def training_document(annotated: AnnotatedDocument, reviews: Sequence[Review] = ()) -> TrainingDocument | None:
    """The document (its gold or fullest layer) as training material, or None when nobody has
    annotated or reviewed anything in it."""
    annotated = training_layer(annotated)
    if not annotated.spans and not reviews:
        return None
    if not annotated.spans:
        scope = Scope.TOUCHED
    elif annotated.document.status is DocumentStatus.IN_PROGRESS:
        scope = Scope.UP_TO_LAST
    else:
        scope = Scope.ALL
    return TrainingDocument(annotated, tuple(reviews), scope)


def digest(documents: Iterable[TrainingDocument]) -> str:
    """A fingerprint of the training material: the model is stale when it changes."""
    h = hashlib.sha256()
    for doc in sorted(documents, key=lambda d: d.name):
        a = doc.annotated
        spans = sorted((s.label, s.fragments, s.id) for s in a.spans)
        relations = sorted((r.type, r.head, r.tail) for r in a.relations)
        reviews = sorted((r.label, r.fragments, r.verdict) for r in doc.reviews)
        h.update(json.dumps([a.document.name, a.document.sha256, doc.scope, spans, relations, reviews]).encode())
    return h.hexdigest()
