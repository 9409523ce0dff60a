"""How far a label's spans run: whether a span that reaches the end of its sentence goes on over
the next sentence of its paragraph.

Annotators differ here. One project runs a minister's speech on over the sentences of reasoning
that follow ``X ने कहा कि A।`` (``B। C।``); another ends it at A, where the reporter may be
speaking again. The rules hold one convention; the project's own spans teach its own: a
classifier over (span, next sentence) pairs, trained on where the annotated spans of a label
stop and where they go on, and applied to the spans the rules propose. Its features are the next
sentence's words, its edges and the marks of the rules and the gazetteer on it, so nothing here
is specific to one language. Training keeps it only when it makes the rules' spans match the
annotators' more often on training documents it did not see (``model._runs_on_better``).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

import pycrfsuite

from kathan.suggest.base import Suggestion
from kathan.suggest.learned import crf
from kathan.suggest.learned.features import QUOTE_MARKS, SENTENCE_MARKS, Marks
from kathan.suggest.learned.sentences import trimmed
from kathan.suggest.segment import Layer, layer

ON, STOP = "1", "0"
THRESHOLD = 0.8
"""A span goes on over the next sentence when the classifier gives that at least this probability.
High because a wrong run-on undoes a span the rules had exact: with models trained before each of
the last three rounds of held-out batches, 0.8 gave exact QUOTE 0.769, 0.775 and 0.797 on them,
0.5 gave 0.765, 0.772 and 0.784, and no extent at all 0.767, 0.773 and 0.794."""
MAX_RUN = 6
"""The most sentences one span is run on over."""
MIN_EACH = 3
"""Training needs this many places where annotated spans go on, and as many where they stop."""
PARAMS = {"c1": 1.0, "c2": 0.01}
"""Strong L1: a few hundred examples, and the words of every next sentence as features."""
RULE = "run on over the next sentences as the project's annotators do"


@dataclass(frozen=True, slots=True)
class Step:
    """The sentence ``[start, end)`` after a span that reaches the end of its own, in the same paragraph."""

    start: int
    end: int


def next_step(text_layer: Layer, end: int) -> Step | None:
    """The sentence after the one that a span ending at ``end`` fills to its end (its end mark and
    closing quote marks aside), when the paragraph goes on; None when the span stops inside its
    sentence, the paragraph ends, or a quote mark comes first or in it (where quote marks are,
    they, not a convention, say how far speech goes; the rules follow them)."""
    text, sentences = text_layer.text, text_layer.sentences
    i = _sentence_at(text_layer, end - 1)
    if i < 0 or end < trimmed(text, *sentences[i])[1]:
        return None
    for start, stop in sentences[i + 1 :]:
        a, b = trimmed(text, start, stop)
        if "\n" in text[end:a] or any(ch in QUOTE_MARKS for ch in text[end:stop]):
            return None
        if a < b:
            return Step(a, b)
    return None


def _sentence_at(text_layer: Layer, offset: int) -> int:
    """The index of the sentence that ``offset`` falls in or after (-1 before the first)."""
    return bisect.bisect_right(text_layer.sentences, offset, key=lambda s: s[0]) - 1


def features(text_layer: Layer, step: Step, marks: Marks, ran: int) -> list[str]:
    """What the classifier sees of the next sentence, ``ran`` sentences into a run."""
    words = [w for t, w in zip(text_layer.between(step.start, step.end), text_layer.words_between(step.start, step.end)) if t.text[:1].isalnum()]
    found = {"b", f"ran={min(ran, 2)}", f"len={_bucket(len(words))}"}
    found.update(f"w={w}" for w in words)
    if words:
        found.update((f"first={words[0]}", f"last={words[-1]}", f"end={words[-1][-2:]}"))
        found.add(f"first2={' '.join(words[:2])}")
    for name, spans in marks.items():
        if any(s < step.end and step.start < e for s, e in spans):
            found.add(name)
        if any(step.start <= s < step.end for s, _ in spans):
            found.add(f"{name}>")
    return sorted(found)


def _bucket(n: int) -> str:
    return next((str(limit) for limit in (3, 6, 10, 20) if n <= limit), "more")


def examples(text_layer: Layer, spans: Sequence[Sequence[tuple[int, int]]], marks: Marks) -> Iterator[tuple[Step, list[str], str]]:
    """Each place where an annotated span (its fragments) fills its sentence to the end: the next
    sentence with its features, ``ON`` where the span goes on over it, else ``STOP``."""
    for fragments in spans:
        first, end = fragments[-1]
        i = _sentence_at(text_layer, first)
        if i < 0:
            continue
        cursor = trimmed(text_layer.text, *text_layer.sentences[i])[1]
        if end < cursor:
            continue  # the span stops inside the sentence it starts in
        ran = 0
        while (step := next_step(text_layer, cursor)) is not None:
            if end <= step.start:
                yield step, features(text_layer, step, marks, ran), STOP
                break
            yield step, features(text_layer, step, marks, ran), ON
            if end < step.end:
                break
            cursor, ran = step.end, ran + 1


def train(data: Sequence[tuple[list[str], str]], check: crf.Check = crf.no_check) -> bytes | None:
    """The classifier, or None when the examples hold fewer than ``MIN_EACH`` of either kind."""
    if sum(tag == ON for _, tag in data) < MIN_EACH or sum(tag == STOP for _, tag in data) < MIN_EACH:
        return None
    return crf.train([(pycrfsuite.ItemSequence([f]), [tag]) for f, tag in data], PARAMS, check)


def run_on(text_layer: Layer, fragments: tuple[tuple[int, int], ...], others: Sequence[tuple[int, int]], marks: Marks, tagger: crf.Tagger) -> tuple[tuple[int, int], ...]:
    """``fragments`` with the last one run on over each next sentence the classifier says it goes
    on over, never into one of ``others`` (the label's other spans); a span that held its
    sentence's end mark holds the last one's too."""
    text = text_layer.text
    start, cursor = fragments[-1]
    with_mark = text[cursor - 1 : cursor] in SENTENCE_MARKS
    ran = 0
    while ran < MAX_RUN and (step := next_step(text_layer, cursor)) is not None:
        if any(s < step.end and step.start < e for s, e in others):
            break
        if tagger.probability(pycrfsuite.ItemSequence([features(text_layer, step, marks, ran)]), ON) < THRESHOLD:
            break
        cursor, ran = step.end, ran + 1
        while with_mark and cursor < len(text) and text[cursor] in SENTENCE_MARKS:
            cursor += 1
    return (*fragments[:-1], (start, cursor))


def extended(text: str, language: str | None, suggestions: Sequence[Suggestion], label: str, marks: Marks, tagger: crf.Tagger) -> list[Suggestion]:
    """``suggestions`` with those of ``label`` run on where the classifier says so."""
    text_layer = layer(text, language)
    mine = [f for s in suggestions if s.label == label for f in s.fragments]
    result = []
    for s in suggestions:
        fragments = run_on(text_layer, s.fragments, [f for f in mine if f not in s.fragments], marks, tagger) if s.label == label else s.fragments
        result.append(s if fragments == s.fragments else replace(s, fragments=fragments, rule=f"{s.rule}; {RULE}" if s.rule else RULE))
    return result
