"""How far a label's spans run: whether a span that reaches the end of its sentence goes on over
the next sentence of its paragraph.

Annotators differ here. One project runs a minister's speech on over the sentences of reasoning
that follow ``X ने कहा कि A।`` (``B। C।``); another ends it at A, where the reporter may be
speaking again. The rules hold one convention; the project's own spans teach its own: a
classifier over (span, next sentence) pairs, trained where the rules' spans stop and the
annotated spans they match go on or stop too, and applied to the spans the rules propose. It
sees the next sentence's words, its edges and the marks of the rules and the gazetteer on it,
and what stands before the span in its own sentence (the cue that opened it, the words before
its start) and how long it is, so nothing here is specific to one language. Training keeps it
only when it makes the rules' spans match the annotators' more often on training documents it
did not see (``model._runs_on_better``).
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
THRESHOLD = 0.75
"""A span goes on over the next sentence when the classifier gives that at least this probability.
Above one half because a wrong run-on undoes a span the rules had exact. It was 0.55 while the rules
stopped speech at the end of its first sentence more often (measured on the held-out rounds up to
session 22: 0.55 gave 0.003 exact QUOTE more than 0.6). Once the rules let speech after a verb of
saying hold its paragraph (session 27), the classifier is left the harder calls: with the rules of
that session, each model tried on rounds it was not trained on, 0.75 matched more quotes exactly
than 0.55 every time (model-all92 on s26's 2,945 quotes: 0.7749 against 0.7696; model-all170 on
s27's 2,369: 0.7757 against 0.7735; model-all178 on s27's waves 2–6: 0.7709 against 0.7698), and
more than 0.65 on two of the three."""
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


def span_features(text_layer: Layer, fragments: Sequence[tuple[int, int]], marks: Marks) -> list[str]:
    """What the classifier sees of the span itself: how long its last fragment is, the two words
    before that fragment in its sentence (``… कहा कि``) and the marks that stand there (its cue)."""
    text = text_layer.text
    start, end = fragments[-1]
    i = _sentence_at(text_layer, start)
    opening = text_layer.sentences[i][0] if i >= 0 else 0
    found = [f"span:len={_bucket(len(text_layer.word_norms(start, end)))}"]
    found.extend(f"span:after={w}" for w in text_layer.word_norms(opening, start)[-2:])
    for name, spans in sorted(marks.items()):
        found.extend(f"span:{name}={text[s:e]}" for s, e in spans if opening <= s and e <= start)
    return found


def features(text_layer: Layer, step: Step, marks: Marks, ran: int, span: Sequence[str] = ()) -> list[str]:
    """What the classifier sees of the next sentence, ``ran`` sentences after the one its span
    starts in, beside what it sees of the span (``span_features``)."""
    words = text_layer.word_norms(step.start, step.end)
    found = {"b", f"ran={min(ran, 2)}", f"len={_bucket(len(words))}", *span}
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


def steps(text_layer: Layer, fragments: Sequence[tuple[int, int]], others: Sequence[tuple[int, int]]) -> Iterator[tuple[Step, int]]:
    """The sentences a span could be run on over, each with how many sentences lie between it and
    the one the span starts in: the next one after the span's end (``next_step``), then the one after
    that, up to ``MAX_RUN`` and never into one of ``others`` (the label's other spans). A run
    takes them in order while each goes on; a caller stops asking at the first that does not."""
    start, cursor = fragments[-1]
    ran = max(0, _sentence_at(text_layer, cursor - 1) - _sentence_at(text_layer, start))
    for _ in range(MAX_RUN):
        step = next_step(text_layer, cursor)
        if step is None or any(s < step.end and step.start < e for s, e in others):
            return
        yield step, ran
        cursor, ran = step.end, ran + 1


def examples(
    text_layer: Layer, proposed: Sequence[Sequence[tuple[int, int]]], annotated: Sequence[Sequence[tuple[int, int]]], marks: Marks
) -> Iterator[tuple[Step, list[str], str]]:
    """Each place where a proposed span (the rules', by its fragments) fills its sentence to the
    end and the annotated span it overlaps most nearly goes on over the next sentence too
    (``ON``) or stops before it (``STOP``), with the features of that sentence and of the span;
    after the first ``STOP``, or where the annotated span ends inside a sentence, no more."""
    for fragments in proposed:
        first, end = fragments[0][0], fragments[-1][1]
        matched = [a for a in annotated if a[0][0] < end and first < a[-1][1]]
        if not matched:
            continue
        others = [f for p in proposed if p is not fragments for f in p]
        walk = list(steps(text_layer, fragments, others))
        if not walk:
            continue  # the span stops inside its sentence or its paragraph ends: nothing to learn
        target = min(matched, key=lambda a: abs(a[0][0] - first) + abs(a[-1][1] - end))[-1][1]
        span = span_features(text_layer, fragments, marks)
        for step, ran in walk:
            goes_on = target > step.start
            yield step, features(text_layer, step, marks, ran, span), ON if goes_on else STOP
            if not goes_on or target < step.end:
                break


def train(data: Sequence[tuple[list[str], str]], check: crf.Check = crf.no_check) -> bytes | None:
    """The classifier, or None when the examples hold fewer than ``MIN_EACH`` of either kind."""
    if sum(tag == ON for _, tag in data) < MIN_EACH or sum(tag == STOP for _, tag in data) < MIN_EACH:
        return None
    return crf.train([(pycrfsuite.ItemSequence([f]), [tag]) for f, tag in data], PARAMS, check)


def run_on(text_layer: Layer, fragments: tuple[tuple[int, int], ...], others: Sequence[tuple[int, int]], marks: Marks, tagger: crf.Tagger) -> tuple[tuple[int, int], ...]:
    """``fragments`` with the last one run on over each next sentence the classifier says it goes
    on over (``steps``); a span that held its sentence's end mark holds the last one's too."""
    text = text_layer.text
    start, cursor = fragments[-1]
    walk = list(steps(text_layer, fragments, others))
    if not walk:
        return fragments  # most spans stop inside their sentence: no span features to build
    with_mark = text[cursor - 1 : cursor] in SENTENCE_MARKS
    span = span_features(text_layer, fragments, marks)
    ran_on = cursor
    for step, ran in walk:
        if tagger.probability(pycrfsuite.ItemSequence([features(text_layer, step, marks, ran, span)]), ON) < THRESHOLD:
            break
        ran_on = step.end
    if ran_on == cursor:
        return fragments
    while with_mark and ran_on < len(text) and text[ran_on] in SENTENCE_MARKS:
        ran_on += 1
    return (*fragments[:-1], (start, ran_on))


def extended(text: str, language: str | None, suggestions: Sequence[Suggestion], label: str, marks: Marks, tagger: crf.Tagger) -> list[Suggestion]:
    """``suggestions`` with those of ``label`` run on where the classifier says so."""
    text_layer = layer(text, language)
    mine = [f for s in suggestions if s.label == label for f in s.fragments]
    result = []
    for s in suggestions:
        fragments = run_on(text_layer, s.fragments, [f for f in mine if f not in s.fragments], marks, tagger) if s.label == label else s.fragments
        result.append(s if fragments == s.fragments else replace(s, fragments=fragments, rule=f"{s.rule}; {RULE}" if s.rule else RULE))
    return result
