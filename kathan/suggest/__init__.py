"""Pre-annotation: the ``Suggester`` protocol, its registry, and the rule-based Hindi detector.

Usage::

    from kathan.suggest import get_suggester, to_records
    suggestions = get_suggester().suggest(document)        # list[Suggestion]
    spans, relations = to_records(suggestions, "hindi-rules")  # origin "suggested"
"""

from kathan.suggest.base import Suggester, SuggestedLink, Suggestion, to_annotated, to_records
from kathan.suggest.registry import (
    DEFAULT_SUGGESTER,
    ENTRY_POINT_GROUP,
    get_suggester,
    register_suggester,
    suggester_names,
    unregister_suggester,
)
from kathan.suggest.rules import RuleSuggester, detect

__all__ = [
    "DEFAULT_SUGGESTER",
    "ENTRY_POINT_GROUP",
    "RuleSuggester",
    "SuggestedLink",
    "Suggester",
    "Suggestion",
    "detect",
    "get_suggester",
    "register_suggester",
    "suggester_names",
    "to_annotated",
    "to_records",
    "unregister_suggester",
]
