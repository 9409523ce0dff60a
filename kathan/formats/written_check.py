"""The check every writer of a peer format runs on its own output: read it back, re-slice the text.

A writer records, per document, the text and the spans (label and fragments, in code points)
it meant to write; ``check_written`` reads the output with the format's own reader and
compares. A difference is a bug in Kathan, not in the user's data: the output is removed
and ``KathanError`` says what differed, so a wrong file is never left behind.
"""

from __future__ import annotations

import shutil
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kathan.formats.base import ReadContext, Source
from kathan.model import DocumentRecord, Fragment, KathanError


@dataclass(slots=True)
class Expected:
    """What one written document must read back as."""

    name: str
    text: str
    spans: Counter[tuple[str, tuple[Fragment, ...]]] = field(default_factory=Counter)

    def add(self, label: str, fragments: Sequence[Fragment]) -> None:
        self.spans[(label, tuple(fragments))] += 1


def check_written(
    read: Callable[[Sequence[Source], ReadContext], Iterator[DocumentRecord]],
    out: Path,
    expected: Sequence[Expected],
    options: Mapping[str, str] | None = None,
) -> None:
    """Reads ``out`` back and compares texts and spans with ``expected``, in order."""
    ctx = ReadContext(options=options)
    records = list(read([Source(out, out.stem)], ctx))
    problem = _difference(records, ctx, expected)
    if problem is None:
        return
    if out.is_dir():
        shutil.rmtree(out, ignore_errors=True)
    else:
        out.unlink(missing_ok=True)
    raise KathanError(f"{out}: the export failed its check and was removed (a bug in Kathan, please report it): {problem}")


def _difference(records: list[DocumentRecord], ctx: ReadContext, expected: Sequence[Expected]) -> str | None:
    if ctx.fatal:
        return f"it does not read back: {ctx.fatal[0]}"
    if len(records) != len(expected):
        return f"{len(expected)} documents written, {len(records)} read back"
    for record, wanted in zip(records, expected, strict=True):
        if record.text != wanted.text:
            return f"document {wanted.name!r}: the text read back differs"
        found = Counter((span.label, tuple(span.fragments)) for span in record.spans)
        if found != wanted.spans:
            missing = next(iter(wanted.spans - found), None)
            extra = next(iter(found - wanted.spans), None)
            return f"document {wanted.name!r}: spans differ (missing {missing}, unexpected {extra})"
        for span in record.spans:
            for start, end in span.fragments:
                if not 0 <= start < end <= len(record.text):
                    return f"document {wanted.name!r}: span {span.key} does not slice the text"
    return None
