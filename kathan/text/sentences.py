"""Sentences and paragraphs with exact code-point offsets, tuned to Hindi news.

A sentence ends at ``।``, ``॥``, ``?``, ``!`` (runs such as ``?!`` count once), at a danda typed
as a bar ``|`` or a Latin ``l`` after Devanagari (``है| उन्होंने``, ``है l उन्होंने``; not a
Roman ``I``, which numbers lists) and at a full stop ``.``, with or without a space after it
(BBC Hindi writes ``कहा.उन्होंने``). A full stop
does not end a sentence inside a number (``27.5``), a URL or an e-mail/UPI id, between two
Latin letters or digits (``U.S.``, ``bbc.com``), after an abbreviation (``डॉ.``, ``श्री.``,
``Dr.``), a single Latin capital (``A.``), a spelled-out Latin initial (``एम.``), inside a
bracketed Latin gloss that goes on after it (``(CJI DY. Chandrachud)``) or after a list
number at the start of a sentence (``1.``). An ellipsis (``...``, ``…``) never ends a
sentence by itself. A newline always ends one. Closing quote marks and brackets right after
the end mark, even after spaces (``कहा। ”``), stay in the sentence they close. A quote mark
glued both to the end mark and to the next word (BBC's ``आए."उन्होंने``) closes the
sentence too, as closing marks sit on the punctuation they follow; of a glued pair such as
``गए.""फिर`` the first closes and the second opens the next sentence. A glued ``“`` or
``‘`` (usually an opening mark) closes only when the paragraph so far leaves a quote open.
Sentences never begin or end with whitespace and never cut a grapheme cluster.

indic-nlp-library's ``sentence_split`` served as the starting point but is not used: it
strips text (losing offsets), ignores ``.`` whenever a danda occurs anywhere in the text,
and puts a closing quote after ``।`` into the next sentence.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from kathan.text.graphemes import snap_left, snap_right
from kathan.text.languages import LanguageRules, rules_for
from kathan.text.scripts import DEFAULT_LANGUAGE

_BREAK = regex.compile(r"[\n\r\u2028\u2029\x0b\x0c\x85]")
_CONTENT = regex.compile(r"[^\s\x1c-\x1f]")
_END_MARKS = regex.compile(r"\.(?: \.)+|[।॥?!.…۔؟]+|(?<=[\u0900-\u097F] ?)[|l](?=\s|\Z)")
_HARD_END = regex.compile(r"[।॥?!۔؟|l]")
_CLOSERS = regex.compile(r"[ \t\u00a0\u202f]*((?:''|‘‘|’’|[\"“”‘’'»›)\]}])+)")
_CLOSER_BEFORE_WORD = frozenset("”’»›)]}")
"""Marks that only ever close: a run of closers starting with one is absorbed whole."""
_AFTER_CLOSER = regex.compile(r"[\s।॥?!.,;:۔؟،\-–—\"“”‘’'»›)\]}]")
_WORD_BEFORE = regex.compile(r"(?r)\w+")
_URL = regex.compile(r"(?:(?:https?|ftp)://|www\.)[^\s<>\"“”‘’'।॥]*[^\s<>\"“”‘’'।॥.,;:!?)\]}]")
_MAIL_LOCAL = regex.compile(r"(?r)\w+(?:[._%+\-]+\w+)*")
_MAIL_DOMAIN = regex.compile(r"\w+(?:[.\-]\w+)*")
_LATIN_OR_DIGIT = regex.compile(r"[A-Za-z\d]")
_SINGLE_CAPITAL = regex.compile(r"[A-Z]")
_SINGLE_LATIN = regex.compile(r"[A-Za-z]")
_LETTER = regex.compile(r"[\p{L}\p{M}]")
_QUOTATION_END = regex.compile(r"[।॥?!.۔؟][\"”'’]\Z")
_REPORTING_CLAUSE = regex.compile(r"[\p{L}\p{M}]+(?: [\p{L}\p{M}]+){0,2}[.।۔]")

ABBREVIATIONS: frozenset[str] = rules_for(DEFAULT_LANGUAGE).abbreviations
"""Words after which a full stop is not a sentence end (Latin ones compared in lower case)."""


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: ``text[start:end]``, code points, half-open, no outer whitespace."""

    start: int
    end: int

    def text_in(self, text: str) -> str:
        return text[self.start:self.end]


def paragraphs(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every line holding something other than whitespace, trimmed."""
    found = []
    start = 0
    for m in _BREAK.finditer(text):
        if (span := _trimmed(text, start, m.start())) is not None:
            found.append(span)
        start = m.end()
    if (span := _trimmed(text, start, len(text))) is not None:
        found.append(span)
    return found


def split_sentences(text: str, language: str | None = None) -> list[Sentence]:
    """The sentences of ``text`` in order; together they cover every non-whitespace character.

    ``language`` (ISO 639, ``hi`` when None) picks the abbreviations a full stop does not end.
    """
    rules = rules_for(language)
    sentences: list[Sentence] = []
    for start, end in paragraphs(text):
        _split_paragraph(text, start, end, sentences, rules)
    if rules.joins_reporting_clause:
        return _join_reporting_clauses(text, sentences, rules.speech_verbs)
    return sentences


def _join_reporting_clauses(text: str, sentences: list[Sentence], speech_verbs: tuple[str, ...]) -> list[Sentence]:
    """``sentences`` with a short unquoted clause after a closed quotation joined to it.

    ``"…आहे." ती म्हणाली.`` is one sentence: the quotation and who said it (the clause has at
    most three words, one of them a verb of saying of the language). So is a
    quotation nested in an open one (``"… म्हणाला, 'शेत द्या!' आणि …``): its end mark ends it,
    not the sentence, and a quotation followed by a comma (``"…!", ती म्हणाली``).
    """
    joined: list[Sentence] = []
    for sentence in sentences:
        if joined and text[sentence.start] in ",،" and "\n" not in text[joined[-1].end:sentence.start]:
            joined[-1] = Sentence(joined[-1].start, sentence.end)
            continue
        if joined and _QUOTATION_END.search(text, joined[-1].start, joined[-1].end):
            between = text[joined[-1].end:sentence.start]
            clause = text[sentence.start:sentence.end]
            inner = text[joined[-1].end - 1] in "'’" and clause[0] not in "\"“'‘" and _leaves_quote_open(
                text[joined[-1].start:joined[-1].end], '"'
            )
            reporting = _REPORTING_CLAUSE.fullmatch(clause) is not None and any(
                word.startswith(speech_verbs) for word in clause.split()
            )
            if "\n" not in between and (inner or reporting):
                joined[-1] = Sentence(joined[-1].start, sentence.end)
                continue
        joined.append(sentence)
    return joined


def _split_paragraph(text: str, start: int, end: int, out: list[Sentence], rules: LanguageRules) -> None:
    protected = _protected(text, start, end)
    sentence_start = start
    search_from = start
    while True:
        m = _END_MARKS.search(text, search_from, end)
        if m is None:
            break
        mark_start, mark_end = m.span()
        search_from = mark_end
        if not _ends_sentence(text, m.group(), mark_start, mark_end, sentence_start, end, protected, rules):
            continue
        stop = snap_right(text, _absorb_closers(text, start, sentence_start, mark_end, end, rules))
        if (span := _trimmed(text, sentence_start, stop)) is not None:
            out.append(Sentence(*span))
        sentence_start = search_from = stop
    if (span := _trimmed(text, sentence_start, end)) is not None:
        out.append(Sentence(*span))


def _protected(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The URLs and e-mail/UPI ids in ``[start, end)``, whose full stops end nothing."""
    found = []
    if text.find("://", start, end) >= 0 or text.find("www.", start, end) >= 0:
        found.extend(m.span() for m in _URL.finditer(text, start, end))
    at = text.find("@", start, end)
    while at >= 0:
        local = _MAIL_LOCAL.match(text, start, at)
        domain = _MAIL_DOMAIN.match(text, at + 1, end)
        if local is not None and domain is not None:
            found.append((local.start(), domain.end()))
        at = text.find("@", at + 1, end)
    return found


def _ends_sentence(
    text: str, marks: str, mark_start: int, mark_end: int, sentence_start: int, end: int,
    protected: list[tuple[int, int]], rules: LanguageRules,
) -> bool:
    for p_start, p_end in protected:
        if p_start <= mark_start < p_end:
            return False
    if _HARD_END.search(marks):
        return True
    if marks != ".":
        return False
    after = text[mark_end] if mark_end < end else ""
    before = text[mark_start - 1] if mark_start > 0 else ""
    if after and _LATIN_OR_DIGIT.match(after) and before and _LATIN_OR_DIGIT.match(before):
        return False
    if not rules.glued_stop_ends and after and before and _LETTER.match(after) and _LETTER.match(before):
        return False
    if _SINGLE_LATIN.match(before) and _in_latin_gloss(text, sentence_start, mark_end, end):
        return False
    word = _WORD_BEFORE.match(text, sentence_start, mark_start)
    if word is None or word.end() != mark_start:
        return True
    token = word.group()
    if token in rules.abbreviations or token.lower() in rules.abbreviations:
        return False
    if rules.short_word_is_initial and snap_right(token, 1) == len(token):
        return False
    if _SINGLE_CAPITAL.fullmatch(token):
        return False
    if _SINGLE_LATIN.fullmatch(token) and word.start() > 0 and text[word.start() - 1] == ".":
        return False
    if token.isdecimal() and not text[sentence_start:word.start()].strip():
        return False
    return True


_MAX_GLOSS_CHARS = 40
"""How far after a full stop a bracketed Latin gloss may close for the stop to stay inside it."""


def _in_latin_gloss(text: str, sentence_start: int, mark_end: int, end: int) -> bool:
    """Whether a full stop ending at ``mark_end`` stands inside a bracketed Latin gloss that goes on
    in Latin letters and closes on the same line (``चंद्रचूड़ (CJI DY. Chandrachud) ने``)."""
    opening = text.rfind("(", sentence_start, mark_end)
    if opening < 0 or text.find(")", opening, mark_end) >= 0:
        return False
    closing = text.find(")", mark_end, min(end, mark_end + _MAX_GLOSS_CHARS))
    inside = text[mark_end:closing].strip()
    return closing >= 0 and bool(inside) and _SINGLE_LATIN.match(inside) is not None and "।" not in inside


def _absorb_closers(
    text: str, paragraph_start: int, sentence_start: int, mark_end: int, end: int, rules: LanguageRules
) -> int:
    m = _CLOSERS.match(text, mark_end, end)
    if m is None:
        return mark_end
    closers_start, closers_end = m.span(1)
    closers = m.group(1)
    if closers_end >= end or _AFTER_CLOSER.match(text, closers_end):
        spaced_straight = closers_start != mark_end and closers[0] in "\"'" and closers_end < end
        opened_from = sentence_start if rules.joins_reporting_clause else paragraph_start
        if spaced_straight and not _leaves_quote_open(text[opened_from:mark_end], closers):
            return mark_end
        return closers_end
    if closers_start != mark_end:
        return mark_end
    if closers[0] in _CLOSER_BEFORE_WORD:
        return closers_end
    if closers[0] in "“‘" and not _leaves_quote_open(text[paragraph_start:mark_end], closers):
        return mark_end
    return mark_end + (2 if closers[:2] in ("''", "‘‘") else 1)


def _leaves_quote_open(before: str, closers: str) -> bool:
    """Whether ``before`` has an odd number of quote marks of the kind ``closers`` starts with."""
    doubled = before.count("''") + before.count("‘‘") + before.count("’’")
    if closers[0] in '"“”' or closers[:2] in ("''", "‘‘", "’’"):
        count = before.count('"') + before.count("“") + before.count("”") + doubled
    else:
        count = before.count("'") + before.count("‘") + before.count("’") - 2 * doubled
    return count % 2 == 1


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``[start, end)`` less its outer whitespace, or None when nothing else is in it.

    ``start`` and ``end`` are cluster boundaries; a space carrying a combining mark is text.
    """
    m = _CONTENT.search(text, start, end)
    if m is None:
        return None
    last = end
    while text[last - 1].isspace():
        last -= 1
    return snap_left(text, m.start()), snap_right(text, last)
