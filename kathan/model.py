"""The annotation model: documents, spans with fragments, relations, and the Changes an edit returns.

Every value here is frozen. Offsets are half-open ``[start, end)`` in Unicode code points over
the document text exactly as imported (see ``kathan.text.decode``). Storage hands these values
out; nothing outside ``storage`` ever holds a database row.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import NewType

DocumentId = NewType("DocumentId", int)
SpanId = NewType("SpanId", int)
RelationId = NewType("RelationId", int)
AnnotatorId = NewType("AnnotatorId", int)

Fragment = tuple[int, int]
"""One contiguous piece of a span: ``(start, end)``, half-open, code points."""


class DocumentStatus(StrEnum):
    NEW = "new"
    IN_PROGRESS = "in_progress"
    DONE = "done"


class Origin(StrEnum):
    """Where a span or relation came from."""

    MANUAL = "manual"
    SUGGESTED = "suggested"
    IMPORTED = "imported"


class SuggestionStatus(StrEnum):
    """Where a stored suggestion is in review; rejected ones are remembered so they do not come back."""

    OPEN = "open"
    ACCEPTED = "accepted"
    REJECTED = "rejected"


@dataclass(frozen=True, slots=True)
class Annotator:
    id: AnnotatorId
    name: str


@dataclass(frozen=True, slots=True)
class Document:
    """An article. ``name`` is its external key (file stem or JSONL ``id``), unique in a project."""

    id: DocumentId
    name: str
    title: str
    text: str
    sha256: str
    language: str = "hi"
    meta: Mapping[str, str] = field(default_factory=dict)
    status: DocumentStatus = DocumentStatus.NEW

    @property
    def length(self) -> int:
        return len(self.text)


def merge_fragments(fragments: Iterable[Fragment]) -> tuple[Fragment, ...]:
    """Sorted fragments with overlapping or touching ones joined."""
    merged: list[list[int]] = []
    for start, end in sorted(fragments):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return tuple((s, e) for s, e in merged)


class Fragmented:
    """The outer bounds and covered text of anything made of sorted, non-empty ``fragments``."""

    __slots__ = ()
    fragments: Sequence[Fragment]

    @property
    def start(self) -> int:
        return self.fragments[0][0]

    @property
    def end(self) -> int:
        return self.fragments[-1][1]

    def text_in(self, text: str, sep: str = " ") -> str:
        """The covered text, fragments joined by ``sep`` (brat's convention is one space)."""
        return sep.join(text[s:e] for s, e in self.fragments)


@dataclass(frozen=True, slots=True)
class Span(Fragmented):
    """A labelled selection of one or more fragments.

    Invariants (checked by ``kathan.validate`` and by storage): at least one fragment;
    fragments sorted, non-empty and non-overlapping; every offset on a grapheme-cluster
    boundary of the document text.
    """

    id: SpanId
    document_id: DocumentId
    label: str
    fragments: tuple[Fragment, ...]
    attributes: Mapping[str, str] = field(default_factory=dict)
    note: str = ""
    annotator: str = ""
    origin: Origin = Origin.MANUAL
    created: datetime | None = None
    updated: datetime | None = None
    key: str = ""
    """The id the span had in the file it was imported from (``T3``), written again on export
    so the file's ids survive a round trip; empty for spans made in Kathan."""


@dataclass(frozen=True, slots=True)
class Relation:
    """A directed, typed link ``head -> tail`` between two spans of one document."""

    id: RelationId
    document_id: DocumentId
    type: str
    head: SpanId
    tail: SpanId
    attributes: Mapping[str, str] = field(default_factory=dict)
    annotator: str = ""
    origin: Origin = Origin.MANUAL
    created: datetime | None = None
    key: str = ""
    """The id the relation had in the file it was imported from (``R1``); empty when made here."""


@dataclass(frozen=True, slots=True)
class Review:
    """A suggestion's review facts, for exports of suggestions: where it is in review, how sure
    its suggester was, and the rule that proposed it."""

    status: SuggestionStatus
    confidence: float
    rule: str = ""


@dataclass(frozen=True, slots=True)
class AnnotatedDocument:
    """A document with its spans (sorted by start, then end) and relations: what exporters write.

    ``reviews`` is filled only when the spans are suggestions (``Workspace.iter_suggested``):
    each suggestion's review facts by its id.
    """

    document: Document
    spans: tuple[Span, ...]
    relations: tuple[Relation, ...]
    reviews: Mapping[SpanId, Review] = field(default_factory=dict)


PlainSpan = tuple[int, str, tuple[Fragment, ...], str, str, str, str, str]
"""A span as a streaming export reads it: (id, label, fragments, attributes as the JSON text
``json.dumps(attributes, ensure_ascii=False, sort_keys=True)`` makes, note, annotator, origin value, key)."""
PlainRelation = tuple[int, str, int, int, str, str, str, str]
"""A relation as a streaming export reads it: (id, type, head span id, tail span id,
attributes as ``PlainSpan``'s, annotator, origin value, key)."""


@dataclass(frozen=True, slots=True)
class PlainDocument:
    """A document with its spans and relations as plain tuples, for a writer that puts them
    straight into its file (native JSONL): an export of 90,000 spans spent more on building a
    ``Span`` each than on writing it. Spans are in text order, by (start, end, fragments,
    label, id); relations by id. ``Workspace.iter_rows`` gives these, a format takes them when
    its ``Format.writes_rows`` says so."""

    document: Document
    spans: list[PlainSpan]
    relations: list[PlainRelation]


@dataclass(frozen=True, slots=True)
class Changes:
    """What one Workspace operation changed; views refresh from this and nothing else."""

    documents_added: tuple[DocumentId, ...] = ()
    documents_updated: tuple[DocumentId, ...] = ()
    documents_removed: tuple[DocumentId, ...] = ()
    spans_added: tuple[Span, ...] = ()
    spans_updated: tuple[Span, ...] = ()
    spans_removed: tuple[SpanId, ...] = ()
    relations_added: tuple[Relation, ...] = ()
    relations_updated: tuple[Relation, ...] = ()
    relations_removed: tuple[RelationId, ...] = ()
    suggestions_updated: tuple[int, ...] = ()
    """Stored suggestions whose review status changed (accepted, rejected, reopened)."""

    def __bool__(self) -> bool:
        return any(getattr(self, name) for name in self.__slots__)  # type: ignore[attr-defined]

    def merged(self, other: Changes) -> Changes:
        return Changes(**{name: getattr(self, name) + getattr(other, name) for name in self.__slots__})  # type: ignore[attr-defined]


# Records: what a reader produces before storage gives it ids.


@dataclass(frozen=True, slots=True, init=False)
class SpanRecord:
    """A span as read from a file; ``key`` is the file's own id (``T3``) or a generated one.

    Readers make one per span of a corpus, so ``__init__`` sets the slots itself: the generated
    one of a frozen dataclass, through ``object.__setattr__`` field by field, took twice as long.
    """

    key: str
    label: str
    fragments: tuple[Fragment, ...]
    attributes: Mapping[str, str] = field(default_factory=dict)
    note: str = ""
    annotator: str = ""
    origin: Origin = Origin.IMPORTED
    line: int = 0

    def __init__(
        self,
        key: str,
        label: str,
        fragments: tuple[Fragment, ...],
        attributes: Mapping[str, str] | None = None,
        note: str = "",
        annotator: str = "",
        origin: Origin = Origin.IMPORTED,
        line: int = 0,
    ) -> None:
        set_key, set_label, set_fragments, set_attributes, set_note, set_annotator, set_origin, set_line = _SPAN_RECORD_SLOTS
        set_key(self, key)
        set_label(self, label)
        set_fragments(self, fragments)
        set_attributes(self, {} if attributes is None else attributes)
        set_note(self, note)
        set_annotator(self, annotator)
        set_origin(self, origin)
        set_line(self, line)


@dataclass(frozen=True, slots=True, init=False)
class RelationRecord:
    """A relation as read from a file; ``head`` and ``tail`` are ``SpanRecord.key`` values
    (``__init__`` as ``SpanRecord``'s)."""

    key: str
    type: str
    head: str
    tail: str
    attributes: Mapping[str, str] = field(default_factory=dict)
    annotator: str = ""
    origin: Origin = Origin.IMPORTED
    line: int = 0

    def __init__(
        self,
        key: str,
        type: str,
        head: str,
        tail: str,
        attributes: Mapping[str, str] | None = None,
        annotator: str = "",
        origin: Origin = Origin.IMPORTED,
        line: int = 0,
    ) -> None:
        set_key, set_type, set_head, set_tail, set_attributes, set_annotator, set_origin, set_line = _RELATION_RECORD_SLOTS
        set_key(self, key)
        set_type(self, type)
        set_head(self, head)
        set_tail(self, tail)
        set_attributes(self, {} if attributes is None else attributes)
        set_annotator(self, annotator)
        set_origin(self, origin)
        set_line(self, line)


def _slot_setters(cls: type) -> tuple[Callable[[object, object], None], ...]:
    """The ``__set__`` of each slot of a frozen slotted dataclass, in field order (which bypass its frozen ``__setattr__``)."""
    return tuple(getattr(cls, name).__set__ for name in cls.__slots__)


_SPAN_RECORD_SLOTS = _slot_setters(SpanRecord)
_RELATION_RECORD_SLOTS = _slot_setters(RelationRecord)


@dataclass(frozen=True, slots=True)
class DocumentRecord:
    """A document as read from a file, ready for ``Workspace.import_records``.

    ``source`` and ``line`` locate it for error messages. ``text`` is already decoded and
    newline-normalised; the record's offsets refer to it.
    """

    name: str
    text: str
    title: str = ""
    language: str = "hi"
    meta: Mapping[str, str] = field(default_factory=dict)
    status: DocumentStatus = DocumentStatus.NEW
    spans: tuple[SpanRecord, ...] = ()
    relations: tuple[RelationRecord, ...] = ()
    source: str = ""
    line: int = 0


@dataclass(frozen=True, slots=True)
class Problem:
    """A problem found in user input: where it is and what is wrong."""

    file: str
    line: int
    message: str
    fatal: bool = True

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.message}"


class KathanError(Exception):
    """An error the user caused (bad file, bad span); its message names the place."""


class InputError(KathanError):
    """One or more problems in an input; nothing was imported."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        shown = "\n".join(str(p) for p in problems[:20])
        more = f"\n... and {len(problems) - 20} more" if len(problems) > 20 else ""
        super().__init__(shown + more)


class DocumentOrder(StrEnum):
    """How a list of documents is sorted (``Workspace.document_ids``); ties go by import order."""

    IMPORT = "import"
    TITLE = "title"
    """By the title shown, which is the name when the title is empty."""
    NAME = "name"
    STATUS = "status"
    SPANS = "spans"
    """By the number of spans."""


def status_matches(search: str) -> tuple[DocumentStatus, ...]:
    """The statuses whose words (``new``, ``in progress``, ``done``) contain ``search``, case-blind."""
    needle = search.casefold()
    return tuple(s for s in DocumentStatus if needle and needle in s.value.replace("_", " "))


@dataclass(frozen=True, slots=True)
class DocumentSummary:
    """A row of the document list: everything but the text."""

    id: DocumentId
    name: str
    title: str
    status: DocumentStatus
    length: int
    span_count: int
    relation_count: int
