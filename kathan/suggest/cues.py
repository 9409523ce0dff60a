"""Cue matches: where the lexicon's cues occur in a text, longest first, never overlapping."""

from __future__ import annotations

from dataclasses import dataclass

from kathan.suggest.lexicon import CueRule, Lexicon
from kathan.suggest.segment import TextIndex, Word

BUT = frozenset({"लेकिन", "परंतु", "किंतु", "मगर"})
"""Words of contrast that open a clause of their own."""
_AFTER_CUE_CHARS = 40
"""How far after a cue the word that ends or goes on with its clause is looked for."""
WHEREAS = frozenset({"वहीं", "वही"})
"""Words that set a clause against the one before, with a subject of its own (``… बता रही है वहीं …``)."""


@dataclass(frozen=True, slots=True)
class CueMatch:
    start: int
    end: int
    rule: CueRule


def find_cues(text: str, index: TextIndex, lexicon: Lexicon) -> list[CueMatch]:
    """Every cue of ``text`` in order. Where two overlap the longer wins (कहा गया over कहा);
    a verb followed by a participle or passive marker (लिखा हुआ, पूछा गया) is no cue, nor is a
    cue that must follow an oblique infinitive anywhere else (``CueRule.after_infinitive``), one
    right after a word of its ``not_after`` (``… को दोषी करार दिया``, a verdict), or one that must stand
    between the one it seems so to and कि anywhere else (``CueRule.experiencer``) or stand right
    before कि anywhere else (``CueRule.before_complementizer``; one that ``calls`` may also end
    its clause: ``विपक्ष इसे अपनी जीत बता रहा है``)."""
    found = [
        CueMatch(m.start(), _before_glued_complementizer(text, lexicon, m.start(), m.end()), rule)
        for rule in lexicon.cues
        for m in rule.pattern.finditer(text)
        if (not rule.after_infinitive or _after_infinitive(index, lexicon, m.start()))
        and (not rule.not_after or not _after_any(index, rule.not_after, m.start()))
        and (not rule.experiencer or _experienced(index, lexicon, m.start(), m.end()))
        and (
            not rule.before_complementizer
            or _before_complementizer(index, lexicon, m.end())
            or rule.calls and _ends_clause(text, index, lexicon, m.end())
        )
    ]
    found.sort(key=lambda c: (-(c.end - c.start), c.start))
    chosen: list[CueMatch] = []
    for cue in found:
        if all(cue.end <= c.start or cue.start >= c.end for c in chosen):
            chosen.append(cue)
    chosen = [c for c in chosen if not _participle(text, index, lexicon, c.end)]
    chosen.sort(key=lambda c: c.start)
    return chosen


_VERB_ENDINGS = "ाीे"  # कहा, कही, कहे: the vowel sign a verb of saying ends in


def _before_glued_complementizer(text: str, lexicon: Lexicon, start: int, end: int) -> int:
    """``end`` moved before a कि typed onto a verb of saying (``कहाकि``, after the verb's ending):
    the कि is no part of the cue (``मुताबकि`` is a misspelling, not a glued कि)."""
    ki = lexicon.complementizer
    glued = end - start > len(ki) + 1 and text.endswith(ki, start, end) and text[end - len(ki) - 1] in _VERB_ENDINGS
    return end - len(ki) if glued else end


def _participle(text: str, index: TextIndex, lexicon: Lexicon, end: int) -> bool:
    following = index.words(end, min(len(text), end + 12))
    return bool(following) and following[0].norm in lexicon.not_cue_before


def _words_before(index: TextIndex, start: int) -> list[Word]:
    """The words (not marks) of the stretch just before ``start``, nearest last."""
    return [w for w in index.words(max(0, start - 40), start) if w.is_word]


def _after_infinitive(index: TextIndex, lexicon: Lexicon, start: int) -> bool:
    before = _words_before(index, start)
    return bool(before) and before[-1].norm.endswith(lexicon.infinitive_ending)


def _after_any(index: TextIndex, words: frozenset[str], start: int) -> bool:
    """Whether the word right before ``start`` is one of ``words``."""
    before = _words_before(index, start)
    return bool(before) and before[-1].norm in words


def _word_after(index: TextIndex, end: int) -> Word | None:
    """The first word (not a mark) right after ``end``, if one starts within a few characters."""
    return next((w for w in index.words(end, end + 12) if w.is_word), None)


def _before_complementizer(index: TextIndex, lexicon: Lexicon, end: int) -> bool:
    following = _word_after(index, end)
    return following is not None and following.norm in lexicon.complementizers


def after_auxiliaries(index: TextIndex, lexicon: Lexicon, end: int, stop: int) -> Word | None:
    """The first token (word or mark) after ``end`` and before ``stop``, past any auxiliary (``बताया
    है, …``); None when there is none within a few words."""
    following = [w for w in index.words(end, min(stop, end + _AFTER_CUE_CHARS)) if not w.text.isspace()]
    while following and following[0].norm in lexicon.auxiliaries:
        following.pop(0)
    return following[0] if following else None


def _ends_clause(text: str, index: TextIndex, lexicon: Lexicon, end: int) -> bool:
    """Whether a clause ends at ``end``, past an auxiliary: the text's end, a mark, or a word that
    joins the next clause (``… बता रही है वहीं …``, ``… बता रहे हैं लेकिन …``)."""
    first = after_auxiliaries(index, lexicon, end, len(text))
    if first is None:
        return True
    return not first.is_word or any(first.norm in words for words in (lexicon.clause_joiners, lexicon.coordinators, BUT, WHEREAS))


def _experienced(index: TextIndex, lexicon: Lexicon, start: int, end: int) -> bool:
    before = _words_before(index, start)
    following = _word_after(index, end)
    if not before or following is None or following.norm != lexicon.complementizer:
        return False
    if before[-1].norm in lexicon.dative_pronouns:
        return before[-1].norm not in lexicon.first_person
    return before[-1].norm == lexicon.dative_marker and len(before) > 1 and before[-2].norm not in lexicon.first_person
