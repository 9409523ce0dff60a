"""The check after every export: read the output back with the format's own reader and re-slice it.

``Expected`` records, while a writer streams, what each document was (its text's hash and
each span's label and covered text); ``check_readback`` then reads the written file or
folder and refuses (``KathanError``) an export where a document's text came back changed
or a span came back with a label or text it did not have: an offset shifted by one UTF-16
unit, a lost line break, a mislabelled chunk. Spans the format could not hold are in the
writer's report already, so only what comes back is judged, never what is missing.

Covered texts are compared without whitespace, so a span split at line breaks (brat) or
rebuilt from tokens (CoNLL) still matches the span it was written from; a piece of a span (one
fragment) matches too, and in a format without offsets (tokens only) so does a chunk whose
tokens cover a span's text.

A format that gives back every text and span exactly (native JSONL, ``Format.readback``) is
checked exactly and cheaply: per document a hash of its name, one of its text and one of its
spans' labels and fragments in text order, compared with the quick re-read's in one streaming
pass (same text and same offsets re-slice to the same covered texts; the re-read itself checks
each span's written text against its offsets). The spans' hash is taken over their labels and
fragments serialised whole (orjson), so neither side builds anything per span. Memory stays
flat: three numbers a document.
"""

from __future__ import annotations

import hashlib
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING

from kathan.formats.base import OffsetUnit
from kathan.model import AnnotatedDocument, DocumentRecord, PlainDocument, InputError, KathanError

if TYPE_CHECKING:
    from kathan.formats.base import Format, ReadBack

SHOWN = 5


def _squeezed(text: str) -> str:
    return "".join(text.split())


def _squeezed_tokens(text: str) -> str:
    """``_squeezed`` for a format that writes tokens: it writes whitespace inside a token (a space
    carrying a combining mark) as ``_``, so ``_`` counts as whitespace on both sides."""
    return "".join(text.replace("_", " ").split())


def _digest(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()


@dataclass(slots=True)
class _Written:
    digest: str
    spans: Counter[tuple[str, str]] = field(default_factory=Counter)
    pieces: set[tuple[str, str]] = field(default_factory=set)
    """(label, text) of each fragment: a format that splits a span (brat at line breaks,
    CoNLL at gaps) gives back its pieces."""


_BITS = (1 << 64) - 1
_LABEL = itemgetter(1)
_BOUNDS = itemgetter(2, 3)


def signature(
    name: str, text: str, labels: Sequence[str], fragments: Sequence[Sequence[Sequence[int]]]
) -> tuple[int, int, int]:
    """A document as three 64-bit numbers: hashes of its name and its text, and one of its
    spans' ``labels`` and ``fragments`` (each span's [start, end] pairs) serialised whole
    (tuples and lists alike), spans in text order."""
    return hash(name) & _BITS, hash(text) & _BITS, hash(_encoder()((labels, fragments))) & _BITS


@cache
def _encoder() -> Callable[[object], bytes]:
    import orjson  # here: every command imports this module, only an export checks

    return orjson.dumps


def _plain_signature(item: PlainDocument) -> tuple[int, int, int]:
    """``signature`` of a document given as rows, with no Python step per span (``zip`` of one
    iterable makes each span's one fragment a 1-tuple) but where a span has several fragments."""
    spans = item.spans
    several = item.fragments
    fragments = list(map(item.fragments_of, spans)) if several else list(zip(map(_BOUNDS, spans)))
    return signature(item.document.name, item.document.text, list(map(_LABEL, spans)), fragments)


def _text_order(fragments: Sequence[tuple[int, int]], label: str) -> tuple[object, ...]:
    return fragments[0][0], fragments[-1][1], fragments, label


class Expected:
    """What was given to a writer, document by document, in a compact form: with ``exact``, a
    ``signature`` each, 24 bytes (for a format with a ``readback``); else each span's label and
    covered text."""

    def __init__(self, exact: bool = False, tokens: bool = False) -> None:
        self.exact = exact
        self.squeeze = _squeezed_tokens if tokens else _squeezed
        """How covered texts are compared: without whitespace (``tokens``: nor ``_``)."""
        self.signatures = array("Q")
        self.documents: dict[str, _Written] = {}
        self.order: list[str] = []

    def watch(self, docs: Iterable[AnnotatedDocument | PlainDocument]) -> Iterator[AnnotatedDocument | PlainDocument]:
        """Passes ``docs`` through, recording each as it goes by."""
        if self.exact:
            for item in docs:
                if isinstance(item, PlainDocument):
                    self.signatures.extend(_plain_signature(item))
                else:
                    ordered = sorted(item.spans, key=lambda s: _text_order(s.fragments, s.label))
                    self.signatures.extend(
                        signature(item.document.name, item.document.text, [s.label for s in ordered], [s.fragments for s in ordered])
                    )
                yield item
            return
        for annotated in docs:
            text = annotated.document.text
            written = _Written(_digest(text))
            written.spans.update((span.label, self.squeeze(span.text_in(text))) for span in annotated.spans)
            written.pieces.update(
                (span.label, self.squeeze(text[start:end])) for span in annotated.spans for start, end in span.fragments
            )
            self.documents[annotated.document.name] = written
            self.order.append(annotated.document.name)
            yield annotated


def check_readback(format_: Format, out: Path, expected: Expected, renamed: dict[str, str] | None = None) -> None:
    """Reads ``out`` with ``format_``'s reader and compares it with ``expected``; ``KathanError`` on a mismatch.

    ``renamed`` (the writer's report's) maps document names to the names they were written under."""
    from kathan.formats.registry import read_paths

    if expected.exact and format_.readback is not None:
        _check_exact(format_, format_.readback, out, expected.signatures)
        return
    if not expected.order:
        return
    try:
        records = read_paths([out], format_.name).records
    except InputError as exc:
        raise KathanError(f"{out}: the export does not read back as {format_.name}:\n{exc}") from None
    if renamed:
        original = {written: name for name, written in renamed.items()}
        records = [replace(r, name=original.get(r.name, r.name)) if r.name in original else r for r in records]
    problems: list[str] = []
    for name, record in _paired(records, expected):
        written = expected.documents[name]
        if format_.keeps_text and _digest(record.text) != written.digest:
            problems.append(f"document {name!r}: its text came back changed")
            continue
        came_back = Counter((span.label, expected.squeeze(_covered(record, span.fragments))) for span in record.spans)
        extra = came_back - written.spans
        for (label, text), count in extra.items():
            if (label, text) in written.pieces:
                continue
            if format_.offset_unit is OffsetUnit.NONE and any(
                piece_label == label and piece in text for piece_label, piece in written.pieces
            ):
                continue  # tokens cover a span whose edge was inside one (reported by the writer)
            problems.append(f"document {name!r}: {count} {label} span(s) read back over {text[:40]!r}, which no such span covered")
    _refuse(format_, out, problems)


def _check_exact(format_: Format, readback: ReadBack, out: Path, expected: array[int]) -> None:
    problems: list[str] = []
    count = len(expected) // 3
    number = 0
    try:
        for number, back in enumerate(readback(out), 1):
            if number > count:
                problems.append(f"line {number}: document {back.name!r} was not exported but is in the file")
                break
            name, text, spans = signature(back.name, back.text, back.labels, back.fragments)
            want = expected[3 * number - 3 : 3 * number]
            if name != want[0]:
                problems.append(f"line {number}: document {back.name!r} is not the document exported there")
            elif text != want[1]:
                problems.append(f"document {back.name!r}: its text came back changed")
            elif spans != want[2]:
                problems.append(f"document {back.name!r}: its spans came back with other labels or offsets")
    except InputError as exc:
        raise KathanError(f"{out}: the export does not read back as {format_.name}:\n{exc}") from None
    if number < count:
        problems.append(f"{count - number} exported document(s) are not in the file")
    _refuse(format_, out, problems)


def _refuse(format_: Format, out: Path, problems: list[str]) -> None:
    if problems:
        shown = "\n".join(problems[:SHOWN]) + (f"\n... and {len(problems) - SHOWN} more" if len(problems) > SHOWN else "")
        raise KathanError(f"{out}: the export does not read back as written (a bug in the {format_.name} writer):\n{shown}")


def _covered(record: DocumentRecord, fragments: Iterable[tuple[int, int]]) -> str:
    return "".join(record.text[start:end] for start, end in fragments)


def _paired(records: Iterable[DocumentRecord], expected: Expected) -> Iterator[tuple[str, DocumentRecord]]:
    """Records with the written document each came from: by name (a file name the writer had
    to change is mapped back through its report's ``renamed`` first), or by position when the
    format keeps no names (then every record must be one written, in order)."""
    records = list(records)
    named = [(r.name, r) for r in records if r.name in expected.documents]
    if named:
        yield from named
        return
    yield from zip(expected.order, records, strict=False)
