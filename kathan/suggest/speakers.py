"""Speaker noun phrases: found by walking left from a marker (ने, का, के अनुसार, or the cue).

The phrase never includes its case marker. A genitive chain (भारत के राजदूत) and a
parenthesised abbreviation (अधिकारी (डीएमओ)) stay inside it; stop words, punctuation and
quote marks end it on the left.
"""

from __future__ import annotations

from dataclasses import dataclass

from kathan.suggest.lexicon import Lexicon
from kathan.suggest.segment import Word


@dataclass(frozen=True, slots=True)
class SpeakerPhrase:
    start: int
    end: int
    pronoun: bool


def _content(word: Word, lexicon: Lexicon) -> bool:
    return word.is_word and word.text not in lexicon.stop_words and word.text not in lexicon.genitive_links


def phrase_before(ws: list[Word], index: int, lexicon: Lexicon) -> SpeakerPhrase | None:
    """The speaker phrase ending with ``ws[index - 1]`` (``ws[index]`` is the marker), or None."""
    i = index - 1
    taken: list[Word] = []
    kinds = {w for kind, group in lexicon.kinds for w in group if kind in ("diplomatic_mission", "government_body")}
    while i >= 0 and len([w for w in taken if w.is_word]) < lexicon.max_speaker_words:
        w = ws[i]
        if w.text == ")":
            j = i - 1
            while j >= 0 and ws[j].text != "(" and i - j <= 4:
                j -= 1
            if j >= 1 and ws[j].text == "(" and _content(ws[j - 1], lexicon):
                taken.extend(reversed(ws[j:i + 1]))
                i = j - 1
                continue
            break
        if w.text in lexicon.genitive_links or (w.text in lexicon.locative_links and any(t.text in kinds for t in taken)):
            if taken and i > 0 and _content(ws[i - 1], lexicon):
                taken.append(w)
                i -= 1
                continue
            break
        if not _content(w, lexicon):
            break
        taken.append(w)
        i -= 1
    words = [w for w in taken if w.is_word]
    if not words:
        return None
    first = taken[-1]
    last = taken[0]
    return SpeakerPhrase(first.start, last.end, pronoun=False)


def speaker_kind(text: str, lexicon: Lexicon, pronoun: bool) -> dict[str, str]:
    """``kind`` and ``mention`` attributes for a speaker phrase's text."""
    words = text.split()
    kind = ""
    for name, group in lexicon.kinds:
        if any(w in group for w in words):
            kind = name
    if pronoun:
        return {"kind": kind or "person", "mention": "pronoun"}
    mention = "descriptive" if kind and len(words) <= 2 else "named"
    if kind == "anonymous":
        mention = "descriptive"
    return {"kind": kind or "person", "mention": mention}
