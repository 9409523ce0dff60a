"""Run the rule suggester on a short text and read its suggestions back as text."""

from __future__ import annotations

from dataclasses import dataclass, field

from kathan.suggest import Suggestion, detect
from kathan.validate import check_fragments

QUOTE_MARKS = "\"“”'‘’"


@dataclass
class Found:
    """One suggested QUOTE with the text of its speaker and cue (empty when absent)."""

    quote: str
    speaker: str = ""
    cue: str = ""
    attributes: dict[str, str] = field(default_factory=dict)
    fragments: tuple[tuple[int, int], ...] = ()


def suggest(text: str) -> list[Suggestion]:
    suggestions = detect(text)
    assert_well_formed(text, suggestions)
    return suggestions


def quotes(text: str) -> list[Found]:
    """Every suggested QUOTE of ``text`` in order, with its said_by and cued_by ends."""
    suggestions = suggest(text)
    by_key = {s.key: s for s in suggestions}
    found = []
    for s in suggestions:
        if s.label != "QUOTE":
            continue
        said = s.link("said_by")
        cued = s.link("cued_by")
        found.append(
            Found(
                s.text_in(text),
                by_key[said.tail].text_in(text) if said else "",
                by_key[cued.tail].text_in(text) if cued else "",
                dict(s.attributes),
                s.fragments,
            )
        )
    return found


def attributions(text: str) -> list[tuple[str, str, str]]:
    """Every suggested QUOTE of ``text`` in order as (quote, speaker, cue) texts."""
    return [(f.quote, f.speaker, f.cue) for f in quotes(text)]


def spans(text: str, *labels: str) -> list[tuple[str, str]]:
    """Every suggested span of ``text`` with one of ``labels``, in order, as (label, text)."""
    return [(s.label, s.text_in(text)) for s in suggest(text) if s.label in labels]


def only(text: str) -> Found:
    """The single QUOTE suggested for ``text``."""
    found = quotes(text)
    assert len(found) == 1, [f.quote for f in found]
    return found[0]


def assert_well_formed(text: str, suggestions: list[Suggestion]) -> None:
    """Offsets valid and on grapheme boundaries, trimmed, no quote marks or कि at the edges,
    unique keys, links pointing at existing suggestions."""
    keys = {s.key for s in suggestions}
    assert len(keys) == len(suggestions)
    for s in suggestions:
        assert check_fragments(text, s.fragments) is None, (s, check_fragments(text, s.fragments))
        assert 0.0 <= s.confidence <= 1.0
        for start, end in s.fragments:
            piece = text[start:end]
            assert piece == piece.strip(), piece
            inner = piece[1:-1]
            if not any(mark in inner for mark in QUOTE_MARKS):
                assert piece[0] not in QUOTE_MARKS and piece[-1] not in QUOTE_MARKS, piece
            if s.label == "QUOTE":
                assert not piece.startswith("कि "), piece
        for link in s.links:
            assert link.tail in keys
