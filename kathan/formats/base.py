"""The vocabulary every format module shares: Format, Source, ReadContext, ImportResult, ExportReport.

A reader turns ``Source`` files into ``DocumentRecord``s and reports problems to a
``ReadContext`` instead of raising, so one import lists every problem of every file. A writer
streams ``AnnotatedDocument``s to a path and returns an ``ExportReport`` that says what the
format could not hold.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence, Sized
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any, overload

from kathan.model import (
    AnnotatedDocument,
    Document,
    DocumentId,
    DocumentRecord,
    KathanError,
    Problem,
    Relation,
    RelationId,
    Span,
    SpanId,
)
from kathan.schema import Schema

Progress = Callable[[int, int | None], None]
"""``progress(done, total)``: readers count bytes, writers count documents (``total`` None
when unknown). A callback may raise to cancel; the exception propagates unchanged."""


@dataclass(frozen=True, slots=True)
class Source:
    """One input file and the document name it gets by default.

    ``name`` is the path relative to the folder the user chose, without its suffix, with
    ``/`` separators; for a file given directly, its stem.
    """

    path: Path
    name: str

    @property
    def size(self) -> int:
        """The file's size in bytes for progress (0 when it cannot be read: the reader reports that)."""
        try:
            return self.path.stat().st_size
        except OSError:
            return 0


class ReadContext:
    """What a reader reports to: problems (fatal or not), progress, and the optional schema."""

    def __init__(
        self,
        schema: Schema | None = None,
        progress: Progress | None = None,
        total: int | None = None,
        options: Mapping[str, Any] | None = None,
    ) -> None:
        self.schema = schema
        self.options: Mapping[str, Any] = dict(options or {})
        """The read options the user gave (``FormatOption.name`` -> value), for any reader to consult."""
        self.problems: list[Problem] = []
        self._progress = progress
        self._total = total
        self._done = 0

    def error(self, file: str, line: int, message: str) -> None:
        self.problems.append(Problem(file, line, message, fatal=True))

    def warn(self, file: str, line: int, message: str) -> None:
        self.problems.append(Problem(file, line, message, fatal=False))

    def extend(self, problems: Iterable[Problem]) -> None:
        self.problems.extend(problems)

    def advance(self, amount: int) -> None:
        """Record ``amount`` more bytes read and tell the progress callback."""
        self._done += amount
        if self._progress is not None:
            self._progress(self._done, self._total)

    @property
    def fatal(self) -> list[Problem]:
        return [p for p in self.problems if p.fatal]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if not p.fatal]

    def fatal_count(self) -> int:
        return sum(1 for p in self.problems if p.fatal)


Reader = Callable[[Sequence[Source], ReadContext], Iterator[DocumentRecord]]
"""Reads every source of one format; problems go to the context, never raised."""

Writer = Callable[..., "ExportReport"]
"""``writer(docs, out, schema, progress=None, **options) -> ExportReport``."""


class Layout(StrEnum):
    """Whether a format reads or writes one file per export/import, or a folder."""

    FILE = "file"
    FOLDER = "folder"


AUTO = "auto"
"""The format name that has each file's format recognised by its content (``registry.detect_format``)."""


class OffsetUnit(StrEnum):
    """What a format's character offsets count (``NONE``: it has tokens, no offsets)."""

    CODEPOINT = "codepoint"
    UTF16 = "utf16"
    GRAPHEME = "grapheme"
    """doccano's grapheme mode: clusters as npm ``grapheme-splitter`` 1.0.4 counts them."""
    NONE = "none"


@dataclass(frozen=True, slots=True)
class FormatOption:
    """An option a format's reader or writer takes, offered as ``--NAME`` by the CLI.

    ``name`` is the keyword the reader finds in ``ReadContext.options`` or the writer receives
    (``offset_unit``; the flag is ``--offset-unit``). ``choices`` empty means free text;
    ``flag`` means a switch (True when given). Several formats may declare the same option.
    """

    name: str
    help: str
    direction: str = "write"
    """``"read"`` or ``"write"``."""
    choices: tuple[str, ...] = ()
    default: str | bool | None = None
    flag: bool = False

    @property
    def cli_flag(self) -> str:
        return "--" + self.name.replace("_", "-")


SchemaReader = Callable[[Path], "Schema | None"]
"""``schema_reader(path) -> Schema | None`` (see ``Format.schema_reader``)."""

@dataclass(frozen=True, slots=True)
class WrittenBack:
    """One document as ``Format.readback`` gives it back: its name, text, and its spans' labels
    and fragments (each a sequence of [start, end] pairs), spans in text order."""

    name: str
    text: str
    labels: list[str]
    fragments: list[Sequence[Sequence[int]]]


ReadBack = Callable[[Path], Iterator[WrittenBack]]
"""``readback(path)``: the documents of a written file in order (see ``Format.readback``)."""


def offsets_in(unit: str) -> str:
    """What offsets of ``unit`` (an ``OffsetUnit`` value) count, for summaries."""
    return {
        OffsetUnit.CODEPOINT.value: "offsets in Unicode code points",
        OffsetUnit.UTF16.value: "offsets in UTF-16 code units",
        OffsetUnit.GRAPHEME.value: "offsets in grapheme clusters (doccano's grapheme mode)",
        OffsetUnit.NONE.value: "no character offsets",
    }.get(unit, f"offsets in {unit}")


Sniff = Callable[[Path], bool]
"""``sniff(path) -> bool``: whether ``path`` is in this format, judged by content (a bounded
read of its beginning, see ``kathan.formats.guards``), not only by its extension."""


@dataclass(frozen=True, slots=True)
class Format:
    """A registered exchange format: one module of ``kathan.formats`` defines one as ``FORMAT``.

    ``examples`` are real files (or folders, for ``Layout.FOLDER`` formats) of the format living
    beside the module in ``kathan/formats/examples/``; they are test fixtures too: a reader reads
    each of them without a fatal problem, and a writer given the native example
    (``examples/jsonl/golden.jsonl``) writes exactly ``examples[0]`` when ``golden`` is true.
    ``sniff`` recognises a file (or, for ``reads=FOLDER``, a folder) by content; ``priority``
    orders the sniffs (lower first), so a generic format (native JSONL, plain text) is tried
    after the specific ones sharing its extension.
    """

    name: str
    extensions: tuple[str, ...]
    description: str
    reader: Reader | None
    writer: Writer | None
    examples: tuple[Path, ...] = ()
    sniff: Sniff | None = None
    reads: Layout = Layout.FILE
    writes: Layout = Layout.FILE
    offset_unit: OffsetUnit = OffsetUnit.CODEPOINT
    options: tuple[FormatOption, ...] = ()
    priority: int = 100
    golden: bool = True
    title: str = ""
    """A short name for menus and file filters (``"brat standoff"``); ``name`` when empty."""
    companions: frozenset[str] = frozenset()
    """File names the format reads beside its files (``annotation.conf``): never documents."""
    keeps_text: bool = True
    """Whether the reader gives back the written text exactly (CoNLL rebuilds it from tokens)."""
    schema_reader: SchemaReader | None = None
    """Reads the format's own schema file (brat's ``annotation.conf``, an INCEpTION type system)
    for ``kathan init --schema FILE``: returns None when ``path`` is not one, raises
    ``SchemaError`` naming file and line when it is one that cannot be used."""
    readback: ReadBack | None = None
    """A quick re-read for the check after every export (``kathan.formats.verify``), for a format
    that gives back every text and span exactly as written (native JSONL): the written documents
    in order, each as its name, text and spans' labels and fragments, spans in text order (by
    first start, last end, fragments, label) as the check expects them; ``InputError`` naming file
    and line where the file contradicts itself (a span's written text not at its offsets). The
    check then compares exactly, without the reader's import checks. None: the reader is used."""
    writes_rows: bool = False
    """The writer also takes ``PlainDocument`` (``Workspace.iter_rows``) for ``AnnotatedDocument``s."""

    @property
    def example(self) -> Path | None:
        return self.examples[0] if self.examples else None

    @property
    def display(self) -> str:
        return self.title or self.name

    def options_for(self, direction: str) -> tuple[FormatOption, ...]:
        return tuple(o for o in self.options if o.direction == direction)


@dataclass(frozen=True, slots=True)
class ImportResult(Sequence[DocumentRecord]):
    """The records of a successful read, in input order, and the non-fatal problems met.

    It is a sequence of its records, so it can be passed wherever records are expected.
    """

    records: list[DocumentRecord]
    warnings: list[Problem] = field(default_factory=list)
    formats: tuple[str, ...] = ()
    """The formats the inputs were read as, in input order."""
    schema: Schema | None = None
    """The project's schema extended with what the records use (``read_paths(..., extend_schema=True)``);
    None when nothing was added."""

    @overload
    def __getitem__(self, index: int) -> DocumentRecord: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[DocumentRecord]: ...
    def __getitem__(self, index: int | slice) -> DocumentRecord | Sequence[DocumentRecord]:
        return self.records[index]

    def __len__(self) -> int:
        return len(self.records)

    def __iter__(self) -> Iterator[DocumentRecord]:
        return iter(self.records)


@dataclass(frozen=True, slots=True)
class ExportReport:
    """What an export was given (documents, spans, relations) and, in ``warnings``, every kind of
    thing the format could not hold or had to change, with counts and document names."""

    documents: int
    spans: int
    relations: int
    warnings: list[str] = field(default_factory=list)
    offset_unit: str = ""
    """The unit the written offsets count (``OffsetUnit`` value), for the summary."""
    notes: list[str] = field(default_factory=list)
    """What the user should know that is no loss (span lengths in tokens, files written beside)."""
    renamed: dict[str, str] = field(default_factory=dict)
    """Document name -> the name it was written under, where a file name had to differ
    (unsafe or taken: ``output.FileNames``); reading the export back gives the latter."""


class LossLog:
    """Counts what a writer had to drop or change, per kind, with the documents concerned."""

    def __init__(self) -> None:
        self._counts: dict[str, int] = {}
        self._documents: dict[str, list[str]] = {}

    def note(self, kind: str, document: str, count: int = 1) -> None:
        if count <= 0:
            return
        self._counts[kind] = self._counts.get(kind, 0) + count
        names = self._documents.setdefault(kind, [])
        if not names or names[-1] != document:
            names.append(document)

    def warnings(self) -> list[str]:
        lines = []
        for kind, count in self._counts.items():
            names = self._documents[kind]
            shown = ", ".join(names[:5]) + (f", ... ({len(names) - 5} more)" if len(names) > 5 else "")
            noun = "document" if len(names) == 1 else "documents"
            lines.append(f"{kind}: {count} in {len(names)} {noun} ({shown})")
        return lines


class DocumentCounter:
    """Counts documents, spans and relations written and reports progress per document.

    A format that writes no relations says so (``relations=False``): a summary counts only
    what was written.
    """

    def __init__(self, docs: Iterable[AnnotatedDocument], progress: Progress | None, *, relations: bool = True) -> None:
        self._docs = docs
        self._progress = progress
        self._count_relations = relations
        self._total = len(docs) if isinstance(docs, Sized) else None
        self.documents = 0
        self.spans = 0
        self.relations = 0

    def __iter__(self) -> Iterator[AnnotatedDocument]:
        for annotated in self._docs:
            yield annotated
            self.documents += 1
            self.spans += len(annotated.spans)
            if self._count_relations:
                self.relations += len(annotated.relations)
            if self._progress is not None:
                self._progress(self.documents, self._total)

    def report(
        self,
        losses: LossLog | None = None,
        extra: Iterable[str] = (),
        offset_unit: str = "",
        notes: Iterable[str] = (),
        renamed: dict[str, str] | None = None,
    ) -> ExportReport:
        warnings = (losses.warnings() if losses else []) + list(extra)
        return ExportReport(
            self.documents, self.spans, self.relations, warnings, offset_unit, list(notes), dict(renamed or {})
        )


def assign_keys(keys: Sequence[str], prefix: str, valid: Callable[[str], bool] = bool) -> list[str]:
    """The ids to write for items whose kept file ids are ``keys`` (in writing order).

    A key that is ``valid`` and not taken by an earlier item is kept, so a file's ``R1`` is
    written as ``R1`` again; the others get ``PREFIX1``, ``PREFIX2``... skipping every kept key.
    """
    kept: list[str | None] = []
    taken: set[str] = set()
    for key in keys:
        if key and valid(key) and key not in taken:
            taken.add(key)
            kept.append(key)
        else:
            kept.append(None)
    result: list[str] = []
    number = 0
    for key in kept:
        if key is None:
            number += 1
            while f"{prefix}{number}" in taken:
                number += 1
            key = f"{prefix}{number}"
        result.append(key)
    return result


def fragment_keys(spans: Sequence[Span], prefix: str, valid: Callable[[str], bool] = bool) -> list[list[str]]:
    """Ids for formats that write a span per fragment: per span, one key per fragment; the first
    is the span's kept key (``assign_keys``), later fragments get fresh ones."""
    keys = [span.key if number == 0 else "" for span in spans for number in range(len(span.fragments))]
    assigned = iter(assign_keys(keys, prefix, valid))
    return [[next(assigned) for _ in span.fragments] for span in spans]


def sha256_of(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def as_annotated(record: DocumentRecord, document_id: int = 1) -> AnnotatedDocument:
    """The record as an ``AnnotatedDocument`` with ids numbered from 1: lets writers run on
    what a reader produced, without a project (conversions and round-trip tests)."""
    doc_id = DocumentId(document_id)
    document = Document(
        id=doc_id,
        name=record.name,
        title=record.title,
        text=record.text,
        sha256=sha256_of(record.text),
        language=record.language,
        meta=dict(record.meta),
        status=record.status,
    )
    ordered = sorted(
        enumerate(record.spans), key=lambda item: (item[1].fragments[0][0], item[1].fragments[-1][1], item[0])
    )
    ids: dict[str, SpanId] = {}
    spans = []
    for number, (_, span) in enumerate(ordered, start=1):
        ids[span.key] = SpanId(number)
        spans.append(
            Span(
                id=SpanId(number),
                document_id=doc_id,
                label=span.label,
                fragments=tuple(span.fragments),
                attributes=dict(span.attributes),
                note=span.note,
                annotator=span.annotator,
                origin=span.origin,
                key=span.key,
            )
        )
    relations = tuple(
        Relation(
            id=RelationId(number),
            document_id=doc_id,
            type=relation.type,
            head=ids[relation.head],
            tail=ids[relation.tail],
            attributes=dict(relation.attributes),
            annotator=relation.annotator,
            origin=relation.origin,
            key=relation.key,
        )
        for number, relation in enumerate(record.relations, start=1)
    )
    return AnnotatedDocument(document, tuple(spans), relations)
