"""The Indic and Urdu text layer: clusters, tokens, sentences per language, scripts, UTF-16 offsets, search keys.

Pure Python (stdlib, ``regex``); every offset is a code point offset into the text exactly
as stored, half-open ``[start, end)``. ``kathan.text.decode`` (bytes to stored text) lives
here too but is imported from its own module.

The names below are imported from their modules when first used, so that a command that needs
only some of the layer (``kathan import`` checks clusters, it never tokenizes) starts without
the rest.
"""

from __future__ import annotations

import importlib
from typing import Any

TYPE_CHECKING = False
if TYPE_CHECKING:
    from kathan.text.graphemes import (
        Clusters,
        cluster_bounds,
        is_cluster_boundary,
        snap_left,
        snap_right,
        snap_selection,
    )
    from kathan.text.languages import LanguageRules, rules_for
    from kathan.text.offsets import Utf16Map, to_codepoint, to_utf16, utf16_length
    from kathan.text.scripts import (
        SCRIPTS,
        Script,
        detect_script,
        document_script,
        is_right_to_left,
        script_of_language,
    )
    from kathan.text.search import SearchKey, find_all, search_key
    from kathan.text.sentences import Sentence, paragraphs, split_sentences
    from kathan.text.tokens import Token, Tokens, snap_to_tokens, token_at, token_spans, tokenize

_MODULE_OF = {
    "Clusters": "graphemes",
    "cluster_bounds": "graphemes",
    "is_cluster_boundary": "graphemes",
    "snap_left": "graphemes",
    "snap_right": "graphemes",
    "snap_selection": "graphemes",
    "LanguageRules": "languages",
    "rules_for": "languages",
    "Utf16Map": "offsets",
    "to_codepoint": "offsets",
    "to_utf16": "offsets",
    "utf16_length": "offsets",
    "SCRIPTS": "scripts",
    "Script": "scripts",
    "detect_script": "scripts",
    "document_script": "scripts",
    "is_right_to_left": "scripts",
    "script_of_language": "scripts",
    "SearchKey": "search",
    "find_all": "search",
    "search_key": "search",
    "Sentence": "sentences",
    "paragraphs": "sentences",
    "split_sentences": "sentences",
    "Token": "tokens",
    "Tokens": "tokens",
    "snap_to_tokens": "tokens",
    "token_at": "tokens",
    "token_spans": "tokens",
    "tokenize": "tokens",
}
"""Each name this package offers, and the module of the layer it comes from."""

__all__ = sorted(_MODULE_OF)


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"kathan.text.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_MODULE_OF})
