"""CoNLL-style BIO: one token a line, ``TOKEN<TAB>TAG`` with IOB2 tags, a blank line after each sentence.

Tokens and sentences come from the text layer (``kathan.text.tokens``,
``kathan.text.sentences``). Each document starts with ``-DOCSTART-<TAB>O`` and a blank line
(CoNLL-2003's convention; ``docstart=False`` leaves it out), in the order documents are given.

BIO holds one label per token, so the writer decides and reports, never silently:
- overlapping or nested spans: the span covering more characters wins (then the earlier,
  then the label name); the others are dropped and counted;
- a discontinuous span: each fragment is its own chunk (``B-`` at each fragment);
- a chunk crossing a sentence boundary starts again with ``B-`` in the next sentence;
- a span edge inside a token: every token the span touches is tagged, and counted;
- relations, attributes and notes are not written, and counted.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from pathlib import Path

from kathan.formats.base import DocumentCounter, ExportReport, Format, LossLog, OffsetUnit, Progress, atomic_output
from kathan.model import AnnotatedDocument, Span
from kathan.schema import Schema
from kathan.text.scripts import text_language
from kathan.text.sentences import split_sentences
from kathan.text.tokens import tokenize

EXAMPLE = Path(__file__).resolve().parent / "examples" / "conll" / "golden.conll"
DOCSTART = "-DOCSTART-\tO\n\n"
_WHITESPACE = re.compile(r"\s")


def document_conll(annotated: AnnotatedDocument, losses: LossLog) -> str:
    """The BIO lines of one document (without ``-DOCSTART-``), each sentence followed by a blank line."""
    document = annotated.document
    text = document.text
    name = document.name
    language = text_language(document.language, text)
    tokens = tokenize(text, language)
    starts = [t.start for t in tokens]
    ends = [t.end for t in tokens]
    sentence_of = _sentence_of(starts, [s.start for s in split_sentences(text, language)])
    labels: list[str | None] = [None] * len(tokens)
    begins = [False] * len(tokens)

    counts = dict.fromkeys(("dropped", "discontinuous", "misaligned", "tokenless", "crossing"), 0)
    for span in sorted(annotated.spans, key=_priority):
        chunks = []
        for start, end in span.fragments:
            first = bisect_right(ends, start)
            last = bisect_left(starts, end)
            if first < last:
                chunks.append(range(first, last))
        if not chunks:
            counts["tokenless"] += 1
            continue
        if any(labels[i] is not None for chunk in chunks for i in chunk):
            counts["dropped"] += 1
            continue
        if any(_misaligned(starts, ends, s, e) for s, e in span.fragments):
            counts["misaligned"] += 1
        if len(span.fragments) > 1:
            counts["discontinuous"] += 1
        crossed = False
        for chunk in chunks:
            for i in chunk:
                labels[i] = span.label
                restart = i > chunk.start and sentence_of[i] != sentence_of[i - 1]
                begins[i] = i == chunk.start or restart
                crossed = crossed or restart
        counts["crossing"] += crossed

    losses.note("overlapping or nested spans, dropped (the longer span was kept)", name, counts["dropped"])
    losses.note("discontinuous spans, written as one chunk per fragment", name, counts["discontinuous"])
    losses.note("spans not aligned to token edges, written over every token they touch", name, counts["misaligned"])
    losses.note("spans covering no token (only spaces), not written", name, counts["tokenless"])
    losses.note("spans crossing a sentence boundary, written as one chunk per sentence", name, counts["crossing"])
    losses.note("relations, not written (BIO has no relations)", name, len(annotated.relations))
    losses.note("span attributes, not written", name, sum(len(s.attributes) for s in annotated.spans))
    losses.note("span notes, not written", name, sum(1 for s in annotated.spans if s.note))

    cells = [token.text for token in tokens]
    if _WHITESPACE.search("\x00".join(cells)):
        # A token may hold whitespace (a space carrying a combining mark): one "_" for each
        # whitespace character keeps the line readable and the token's length unchanged.
        cells = [_WHITESPACE.sub("_", cell) for cell in cells]
    lines: list[str] = []
    for i, cell in enumerate(cells):
        if i and sentence_of[i] != sentence_of[i - 1]:
            lines.append("\n")
        label = labels[i]
        tag = "O" if label is None else ("B-" if begins[i] else "I-") + label
        lines.append(f"{cell}\t{tag}\n")
    if tokens:
        lines.append("\n")
    return "".join(lines)


def _priority(span: Span) -> tuple[int, int, str, int]:
    covered = sum(end - start for start, end in span.fragments)
    return (-covered, span.start, span.label, span.id)


def _sentence_of(token_starts: Sequence[int], sentence_starts: Sequence[int]) -> list[int]:
    return [max(0, bisect_right(sentence_starts, start) - 1) for start in token_starts]


def _misaligned(starts: Sequence[int], ends: Sequence[int], start: int, end: int) -> bool:
    first = bisect_left(starts, start)
    last = bisect_left(ends, end)
    return first >= len(starts) or starts[first] != start or last >= len(ends) or ends[last] != end


def write_conll(
    docs: Iterable[AnnotatedDocument],
    out: Path,
    schema: Schema | None = None,
    progress: Progress | None = None,
    *,
    docstart: bool = True,
) -> ExportReport:
    """Writes every document's tokens and IOB2 tags to ``out`` (replaced only on success)."""
    counter = DocumentCounter(docs, progress, relations=False)
    losses = LossLog()
    with atomic_output(Path(out)) as handle:
        for annotated in counter:
            if docstart:
                handle.write(DOCSTART)
            handle.write(document_conll(annotated, losses))
    return counter.report(losses)


FORMAT = Format(
    name="conll",
    extensions=(".conll", ".bio", ".iob"),
    description="CoNLL-style BIO: TOKEN<TAB>TAG (IOB2), blank line between sentences, -DOCSTART- per document",
    reader=None,
    writer=write_conll,
    examples=(EXAMPLE,),
    title="CoNLL BIO",
    offset_unit=OffsetUnit.NONE,
)
