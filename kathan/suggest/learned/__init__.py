"""The learned suggester: CRFs over the text layer's tokens trained on the project's own
annotations and reviews, a gazetteer of its mentions, and learned links."""

from kathan.suggest.learned.material import Review, Scope, TrainingDocument, digest, training_document
from kathan.suggest.learned.model import LearnedModel, LearnedSuggester, ModelError, train

__all__ = [
    "LearnedModel",
    "LearnedSuggester",
    "ModelError",
    "Review",
    "Scope",
    "TrainingDocument",
    "digest",
    "train",
    "training_document",
]
