"""The Indic and Urdu text layer: clusters, tokens, sentences per language, scripts, UTF-16 offsets, search keys.

Pure Python (stdlib, ``regex``); every offset is a code point offset into the text exactly
as stored, half-open ``[start, end)``. ``kathan.text.decode`` (bytes to stored text) lives
here too but is imported from its own module.
"""

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

__all__ = [
    "SCRIPTS",
    "Clusters",
    "LanguageRules",
    "Script",
    "SearchKey",
    "Sentence",
    "Token",
    "Tokens",
    "Utf16Map",
    "cluster_bounds",
    "detect_script",
    "document_script",
    "find_all",
    "is_cluster_boundary",
    "is_right_to_left",
    "paragraphs",
    "rules_for",
    "script_of_language",
    "search_key",
    "snap_left",
    "snap_right",
    "snap_selection",
    "snap_to_tokens",
    "split_sentences",
    "to_codepoint",
    "to_utf16",
    "token_at",
    "token_spans",
    "tokenize",
    "utf16_length",
]
