"""Quote marks paired into quoted stretches, tolerant of what Hindi news does with them.

Double marks (``"``, ``“``, ``”``, two apostrophes, ``‘‘``, ``’’``) are paired left to right
whatever their direction, since papers close with ``“`` or open with ``''`` and close with
``"``. A closing-shaped mark with nothing open extends the paragraph's last quote up to it
(the sample article closes a quote once, then again after one more sentence); a direction-less
``"`` with nothing open opens a quote even when a space follows it (``कहती हैं, " मुझे``), and a mark right after a
cue (``कहती हैं,"``) opens a new quote even while one is still open, unless a speaker and a cue
ending the sentence follow it (``… की घोषणा भी की," X ने कहा।``). A quote still
open at a line break ends there, and continues as another fragment when the next paragraph
opens with a mark; one never closed ends before a sentence in which another speaker begins
(``… X ने कहा कि``). Single marks pair only within a paragraph and a short distance: they
mark titles and terms more often than speech, which the rules decide.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from kathan.model import Fragment, Fragmented
from kathan.suggest.lexicon import Lexicon
from kathan.suggest.segment import trim

_STRIP = ",;"
_ALL_MARKS = "\"“”'‘’"
_CLOSING_SHAPED = frozenset({"”", "’’", "’"})
_SENTENCE_END = regex.compile(r"[।॥.?!۔؟]+")
_OPEN_BEFORE = " \t\n\u00a0([{—–-:,।.>۔،"


@dataclass(frozen=True, slots=True)
class Mark:
    start: int
    end: int
    text: str
    double: bool


@dataclass(slots=True)
class QuoteRegion(Fragmented):
    """A quoted stretch: the marks around it and its text fragments (marks excluded)."""

    open_mark: Mark
    close_mark: Mark | None
    fragments: list[Fragment] = field(default_factory=list)
    double: bool = True

    @property
    def outer_start(self) -> int:
        return self.open_mark.start

    @property
    def outer_end(self) -> int:
        """Where the quote ends including its closing mark (or its last fragment)."""
        return self.close_mark.end if self.close_mark else self.end


def _marks(text: str, lexicon: Lexicon) -> list[Mark]:
    doubles = set(lexicon.double_marks)
    alternatives = sorted(set(lexicon.double_marks) | set(lexicon.single_marks), key=len, reverse=True)
    pattern = regex.compile("|".join(regex.escape(a) for a in alternatives))
    result: list[Mark] = []
    for m in pattern.finditer(text):
        mark = m.group()
        if mark not in doubles and _is_apostrophe(text, m.start(), m.end()):
            continue
        result.append(Mark(m.start(), m.end(), mark, mark in doubles))
    return result


def _is_apostrophe(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return before.isascii() and before.isalpha() and after.isascii() and after.isalpha()


def _opener_like(text: str, mark: Mark) -> bool:
    before = text[mark.start - 1] if mark.start > 0 else "\n"
    after = text[mark.end] if mark.end < len(text) else " "
    return (before in _OPEN_BEFORE or before.isspace()) and not after.isspace()


def _closer_like(text: str, mark: Mark) -> bool:
    before = text[mark.start - 1] if mark.start > 0 else " "
    after = text[mark.end] if mark.end < len(text) else "\n"
    return not before.isspace() and (after.isspace() or not after.isalnum())


def _stray_closer(text: str, mark: Mark) -> bool:
    """A mark with nothing open that still closes: turned like a closer, or right after the end
    of a sentence (``करेगा।"``), and followed by a space or the end of the line."""
    if not _closer_like(text, mark):
        return False
    before = text[mark.start - 1] if mark.start > 0 else " "
    return mark.text in _CLOSING_SHAPED or before in "।॥.?!۔؟"


def paragraph_end(text: str, offset: int) -> int:
    """Where the line (paragraph) holding ``offset`` ends: its line break, or the text's end."""
    end = text.find("\n", offset)
    return len(text) if end < 0 else end


def _fragments(text: str, start: int, end: int) -> list[Fragment]:
    result: list[Fragment] = []
    pos = start
    for line in text[start:end].split("\n"):
        s, e = without_stray_marks(text, *trim(text, pos, pos + len(line), _STRIP))
        if s < e:
            result.append((s, e))
        pos += len(line) + 1
    return result


def without_stray_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` without a quote mark at either edge that pairs with nothing inside, nor
    a pair of marks enclosing the whole stretch (a quote in single marks inside double ones)."""
    while start < end and text[start] in _ALL_MARKS and not any(c in _ALL_MARKS for c in text[start + 1:end]):
        start, end = trim(text, start + 1, end, _STRIP)
    while start < end and text[end - 1] in _ALL_MARKS and not any(c in _ALL_MARKS for c in text[start:end - 1]):
        start, end = trim(text, start, end - 1, _STRIP)
    while (
        end - start > 2
        and text[start] in _ALL_MARKS
        and text[end - 1] in _ALL_MARKS
        and not any(c in _ALL_MARKS for c in text[start + 1:end - 1])
    ):
        start, end = trim(text, start + 1, end - 1, _STRIP)
    return start, end


def find_quotes(text: str, lexicon: Lexicon, max_chars: int = 4000) -> list[QuoteRegion]:
    """Every quoted stretch of ``text``, ordered by start; regions never overlap within a family."""
    marks = _marks(text, lexicon)
    regions = _pair_double(text, [m for m in marks if m.double], max_chars, lexicon.cue_end, lexicon.new_speech, lexicon.told_tail)
    regions += _pair_single(text, [m for m in marks if not m.double], lexicon.max_single_chars, lexicon.cue_end)
    regions = [r for r in regions if r.fragments]
    regions.sort(key=lambda r: r.start)
    return regions


def _pair_double(
    text: str, marks: list[Mark], max_chars: int, cue_end: regex.Pattern[str] | None = None,
    new_speech: regex.Pattern[str] | None = None, told_tail: regex.Pattern[str] | None = None,
) -> list[QuoteRegion]:
    regions: list[QuoteRegion] = []
    open_mark: Mark | None = None
    pending: QuoteRegion | None = None
    skip = 0
    for index, mark in enumerate(marks):
        if skip:
            skip -= 1
            continue
        if open_mark is not None and _inner_title(text, mark, marks[index + 1] if index + 1 < len(marks) else None):
            skip = 1
            continue
        if open_mark is not None and mark.start - open_mark.end > max_chars:
            regions.append(_unterminated(text, open_mark, pending, new_speech))
            open_mark, pending = None, None
        if open_mark is None:
            last = regions[-1] if regions else None
            if (
                _stray_closer(text, mark)
                and last is not None
                and last.close_mark is not None
                and "\n" not in text[last.outer_end:mark.start]
            ):
                extra = _fragments(text, last.outer_end, mark.start)
                if extra:
                    last.fragments.extend(extra)
                    last.close_mark = mark
                continue
            if mark.text in _CLOSING_SHAPED and not _opener_like(text, mark):
                continue
            open_mark = mark
            continue
        between = text[open_mark.end:mark.start]
        cue = cue_end.search(text, max(open_mark.end, mark.start - 80), mark.start) if cue_end else None
        if cue is not None and told_tail is not None and told_tail.match(text, mark.end):
            cue = None  # "… की घोषणा भी की," ग्रॉसी ने कहा।: the mark closes the quote its speaker follows
        if cue is not None:
            regions.append(_closed_before(text, open_mark, pending, cue.start()))
            open_mark, pending = mark, None
            continue
        if "\n" in between and _opener_like(text, mark) and _at_line_start(text, mark):
            pending = _unterminated(text, open_mark, pending, new_speech)
            open_mark = mark
            continue
        if "\n" in between and _opener_like(text, mark):
            regions.append(_unterminated(text, open_mark, pending, new_speech))
            open_mark, pending = mark, None
            continue
        region = pending or QuoteRegion(open_mark, None)
        region.fragments.extend(_fragments(text, open_mark.end, mark.start))
        region.close_mark = mark
        regions.append(region)
        open_mark, pending = None, None
    if open_mark is not None:
        regions.append(_unterminated(text, open_mark, pending, new_speech))
    elif pending is not None:
        regions.append(pending)
    return regions


def _inner_title(text: str, mark: Mark, following: Mark | None) -> bool:
    """Inside an open quote, a short stretch marked the same way (जो "इंडोलॉजी" यानि) is a
    title or term within it, not the end of the quote."""
    if following is None or not _opener_like(text, mark) or text[mark.start - 1] not in " \u00a0":
        return False
    inner = text[mark.end:following.start]
    if len(inner) > 40 or len(inner.split()) > 4 or _SENTENCE_END.search(inner) or "\n" in inner:
        return False
    after = text[following.end:following.end + 1]
    return after in " \u00a0" and _closer_like(text, following) and not _SENTENCE_END.match(text, following.end + 1)


def _closed_before(text: str, open_mark: Mark, pending: QuoteRegion | None, cue_start: int) -> QuoteRegion:
    """A quote left open until a cue introduces the next one: it ends with the last sentence
    before the cue's sentence (or just before the cue)."""
    region = pending or QuoteRegion(open_mark, None)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, open_mark.end, cue_start)]
    region.fragments.extend(_fragments(text, open_mark.end, ends[-1] if ends else cue_start))
    return region


def _at_line_start(text: str, mark: Mark) -> bool:
    line_start = text.rfind("\n", 0, mark.start) + 1
    return not text[line_start:mark.start].strip()


def _unterminated(
    text: str, open_mark: Mark, pending: QuoteRegion | None, new_speech: regex.Pattern[str] | None = None
) -> QuoteRegion:
    """A quote never closed: it runs to its paragraph's end, or to the last sentence before one
    in which another speaker begins (``new_speech``: ``… X ने कहा कि``)."""
    region = pending or QuoteRegion(open_mark, None)
    end = paragraph_end(text, open_mark.end)
    found = new_speech.search(text, open_mark.end, end) if new_speech is not None else None
    if found is not None:
        ends = [m.end() for m in _SENTENCE_END.finditer(text, open_mark.end, found.start())]
        end = ends[-1] if ends else end
    region.fragments.extend(_fragments(text, open_mark.end, end))
    return region


def _pair_single(
    text: str, marks: list[Mark], max_chars: int, cue_end: regex.Pattern[str] | None = None
) -> list[QuoteRegion]:
    """Single marks paired within a paragraph. One opened right after a cue (``ऐलान किया, ‘…``)
    and never closed in its paragraph is a quote up to the paragraph's end; any other unclosed
    single mark is an apostrophe or a title's and pairs with nothing."""
    regions: list[QuoteRegion] = []
    open_mark: Mark | None = None

    def after_cue(mark: Mark) -> bool:
        return cue_end is not None and cue_end.search(text, max(0, mark.start - 80), mark.start) is not None

    for mark in marks:
        if open_mark is not None:
            between = text[open_mark.end:mark.start]
            if "\n" in between or len(between) > max_chars:
                if after_cue(open_mark):
                    regions.append(_unterminated(text, open_mark, None))
                open_mark = None
            elif not text[mark.start - 1].isspace():
                region = QuoteRegion(open_mark, mark, double=False)
                region.fragments.extend(_fragments(text, open_mark.end, mark.start))
                regions.append(region)
                open_mark = None
                continue
        if open_mark is None and _opener_like(text, mark):
            open_mark = mark
    if open_mark is not None and after_cue(open_mark):
        regions.append(_unterminated(text, open_mark, None))
    return regions
