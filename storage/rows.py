"""The tables of a project, as typed SQLAlchemy rows (``*Row``); nothing outside ``storage`` sees them.

Integrity lives in the database, not only in our code:

* a fragment carries its document's length, tied to ``documents(id, length)`` by a foreign
  key, so ``CHECK (0 <= start < end <= doc_length)`` is a real bound on the text;
* a fragment and a relation carry their document id, tied to ``spans(id, document_id)``, so
  a fragment cannot belong to a span of another document and a relation cannot link two
  documents;
* deleting a span cascades to its fragments and relations; deleting a document to everything.

Ids are never reused (``AUTOINCREMENT`` on SQLite): undo re-inserts a deleted span with its old
id, which must still be free even after other windows added spans.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    CheckConstraint,
    ColumnElement,
    Dialect,
    Float,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    text,
    UniqueConstraint,
    select,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

STATUSES = ("new", "in_progress", "done")
ORIGINS = ("manual", "suggested", "imported")
REVIEW_STATUSES = ("open", "accepted", "rejected")


class UtcDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC time stored as whole microseconds since 1970-01-01T00:00Z.

    An integer rather than ``DateTime``: SQLite has no time type and SQLAlchemy's SQLite
    ``DateTime`` drops the zone; an integer is exact, portable, sorts by time and is the
    cheapest column to read back (opening a document reads two per span).
    """

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> int | None:
        if value is None:
            return None
        return to_micros(value)

    def process_result_value(self, value: int | None, dialect: Dialect) -> datetime | None:
        return None if value is None else from_micros(value)


EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND = timedelta(microseconds=1)


def to_micros(value: datetime) -> int:
    if value.tzinfo is None:
        raise ValueError(f"naive datetime {value!r}: storage keeps UTC times with their zone")
    return (value - EPOCH) // _MICROSECOND


def from_micros(value: int) -> datetime:
    return EPOCH + timedelta(microseconds=value)


def utc_now() -> datetime:
    return datetime.now(UTC)


def one_of(column: str, values: tuple[str, ...]) -> str:
    """A CHECK that ``column`` holds one of ``values``, written as a chain of ``=`` tests: SQLite
    checks ``IN (…)`` by building a small table for every row an executemany writes (1.7 µs a
    row: 0.15 s of ``bench.floors.schema_floor``'s 90,000 spans; an ``INSERT … SELECT`` builds it
    once)."""
    return " OR ".join(f"{column} = {value!r}" for value in values)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: dict[Any, Any] = {
        datetime: UtcDateTime(),
        dict[str, str]: JSON(),
        str: Text(),
    }


class ProjectRow(Base):
    """The single row (id 1) describing the project: its annotation schema and write counter.

    ``revision`` is bumped by every write transaction, from any process: ``data_version()``.
    ``schema_version`` counts changes of the stored schema TOML (1 at creation).
    """

    __tablename__ = "project"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    schema_name: Mapped[str]
    schema_toml: Mapped[str]
    schema_version: Mapped[int] = mapped_column(Integer, default=1)
    revision: Mapped[int] = mapped_column(Integer, default=0)
    created: Mapped[datetime]


class AnnotatorRow(Base):
    __tablename__ = "annotators"
    __table_args__ = ({"sqlite_autoincrement": True},)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    created: Mapped[datetime]


class DocumentRow(Base):
    """An article; ``text`` is stored exactly as imported and never changes afterwards."""

    __tablename__ = "documents"
    __table_args__ = (
        # the target of fragments' (document_id, doc_length) foreign key
        UniqueConstraint("id", "length"),
        CheckConstraint("length >= 0", name="length"),
        CheckConstraint(one_of("status", STATUSES), name="status"),
        # the document list filters and counts from this index alone, never the rows with the texts
        Index("ix_documents_status_name_title", "status", "name", "title"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(1000), unique=True)
    title: Mapped[str]
    text: Mapped[str]
    length: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    language: Mapped[str] = mapped_column(String(35))
    meta: Mapped[dict[str, str]]
    status: Mapped[str] = mapped_column(String(16))
    created: Mapped[datetime]
    updated: Mapped[datetime]


class SpanRow(Base):
    """A labelled span; ``start``/``end`` are its envelope (first start, last end), for sorting and range queries."""

    __tablename__ = "spans"
    __table_args__ = (
        UniqueConstraint("id", "document_id"),
        CheckConstraint('0 <= start AND start < "end"', name="envelope"),
        CheckConstraint(one_of("origin", ORIGINS), name="origin"),
        Index("ix_spans_document_id_start_end", "document_id", "start", "end"),
        Index("ix_spans_label_annotator_id", "label", "annotator_id"),  # kathan stats counts from it alone
        Index("ix_spans_annotator_id", "annotator_id"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    label: Mapped[str] = mapped_column(String(100))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    attributes: Mapped[dict[str, str]]
    note: Mapped[str]
    annotator_id: Mapped[int | None] = mapped_column(ForeignKey("annotators.id"))
    origin: Mapped[str] = mapped_column(String(16))
    created: Mapped[datetime]
    updated: Mapped[datetime]
    external_key: Mapped[str] = mapped_column(String(200), default="", server_default=text("''"))
    """The span's id in the file it was imported from (``T3``), so exports write it again."""


class FragmentRow(Base):
    """One contiguous piece ``[start, end)`` of a span; ``doc_length`` makes the bound checkable."""

    __tablename__ = "fragments"
    __table_args__ = (
        ForeignKeyConstraint(
            ["span_id", "document_id"], ["spans.id", "spans.document_id"], ondelete="CASCADE"
        ),
        ForeignKeyConstraint(
            ["document_id", "doc_length"], ["documents.id", "documents.length"], ondelete="CASCADE"
        ),
        CheckConstraint('0 <= start AND start < "end" AND "end" <= doc_length', name="bounds"),
        # a foreign key's child columns need an index, or deleting a document scans every fragment
        Index("ix_fragments_document_id_doc_length", "document_id", "doc_length"),
    )

    span_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    start: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    end: Mapped[int] = mapped_column(Integer)
    document_id: Mapped[int] = mapped_column(Integer)
    doc_length: Mapped[int] = mapped_column(Integer)


class RelationRow(Base):
    """A directed link ``head -> tail``; both ends are spans of ``document_id`` (enforced)."""

    __tablename__ = "relations"
    __table_args__ = (
        ForeignKeyConstraint(["head_id", "document_id"], ["spans.id", "spans.document_id"], ondelete="CASCADE"),
        ForeignKeyConstraint(["tail_id", "document_id"], ["spans.id", "spans.document_id"], ondelete="CASCADE"),
        UniqueConstraint("head_id", "tail_id", "type"),
        CheckConstraint(one_of("origin", ORIGINS), name="origin"),
        Index("ix_relations_document_id", "document_id"),
        Index("ix_relations_tail_id", "tail_id"),
        Index("ix_relations_type_annotator_id", "type", "annotator_id"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    type: Mapped[str] = mapped_column(String(100))
    head_id: Mapped[int] = mapped_column(Integer)
    tail_id: Mapped[int] = mapped_column(Integer)
    attributes: Mapped[dict[str, str]]
    annotator_id: Mapped[int | None] = mapped_column(ForeignKey("annotators.id"))
    origin: Mapped[str] = mapped_column(String(16))
    created: Mapped[datetime]
    external_key: Mapped[str] = mapped_column(String(200), default="", server_default=text("''"))
    """The relation's id in the file it was imported from (``R1``)."""


class SuggestionRow(Base):
    """A suggester's span proposal, kept apart from annotations until a person accepts it.

    Rejected and accepted ones stay (with their status) so the same proposal is not offered
    again. ``fragments`` is JSON (``[[start, end], ...]``): a suggestion is not an annotation,
    the envelope CHECK is enough.
    """

    __tablename__ = "suggestions"
    __table_args__ = (
        CheckConstraint('0 <= start AND start < "end"', name="envelope"),
        CheckConstraint("0 <= confidence AND confidence <= 1", name="confidence"),
        CheckConstraint(one_of("status", REVIEW_STATUSES), name="status"),
        Index("ix_suggestions_document_id_start", "document_id", "start"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    suggester: Mapped[str] = mapped_column(String(100))
    label: Mapped[str] = mapped_column(String(100))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    fragments: Mapped[list[list[int]]] = mapped_column(JSON)
    attributes: Mapped[dict[str, str]]
    confidence: Mapped[float] = mapped_column(Float)
    rule: Mapped[str]
    status: Mapped[str] = mapped_column(String(16))
    created: Mapped[datetime]


class SuggestionLinkRow(Base):
    """A suggested relation ``head -> tail`` between two suggestions of one document."""

    __tablename__ = "suggestion_links"
    __table_args__ = (Index("ix_suggestion_links_tail_id", "tail_id"), {"sqlite_autoincrement": True})

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    head_id: Mapped[int] = mapped_column(ForeignKey("suggestions.id", ondelete="CASCADE"), index=True)
    tail_id: Mapped[int] = mapped_column(ForeignKey("suggestions.id", ondelete="CASCADE"))
    type: Mapped[str] = mapped_column(String(100))
    confidence: Mapped[float] = mapped_column(Float)


class LearnedModelRow(Base):
    """A model a project trained on its own annotations (the learned suggester's), by name.

    ``digest`` fingerprints the training material: when the annotations' fingerprint differs,
    the model is older than them. ``info`` holds what training found (cross-validation winners).
    """

    __tablename__ = "learned_models"
    __table_args__ = ({"sqlite_autoincrement": True},)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    digest: Mapped[str] = mapped_column(String(64))
    documents: Mapped[int] = mapped_column(Integer)
    info: Mapped[dict[str, str]]
    trained: Mapped[datetime]



class PendingImportRow(Base):
    """A large SQLite import under way: its new documents are written in short transactions and
    stay hidden from every read until its last transaction deletes this row (``storage.pending``).
    ``owner`` names the process (host, pid, start time), so that the rows of one killed midway
    can be told from those of one still running."""

    __tablename__ = "pending_imports"
    __table_args__ = ({"sqlite_autoincrement": True},)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    owner: Mapped[str] = mapped_column(String(300))
    started: Mapped[datetime]


class PendingDocumentRow(Base):
    """A document a pending import wrote, hidden until the import ends."""

    __tablename__ = "pending_documents"

    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True)
    import_id: Mapped[int] = mapped_column(ForeignKey("pending_imports.id", ondelete="CASCADE"), index=True)


class PendingAnnotatorRow(Base):
    """An annotator name a pending import registered, removed with the import's rows if it fails."""

    __tablename__ = "pending_annotators"

    annotator_id: Mapped[int] = mapped_column(ForeignKey("annotators.id", ondelete="CASCADE"), primary_key=True)
    import_id: Mapped[int] = mapped_column(ForeignKey("pending_imports.id", ondelete="CASCADE"), index=True)


project = ProjectRow.__table__
annotators = AnnotatorRow.__table__
documents = DocumentRow.__table__
spans = SpanRow.__table__
fragments = FragmentRow.__table__
relations = RelationRow.__table__
suggestions = SuggestionRow.__table__
suggestion_links = SuggestionLinkRow.__table__
learned_models = LearnedModelRow.__table__
pending_imports = PendingImportRow.__table__
pending_documents = PendingDocumentRow.__table__
pending_annotators = PendingAnnotatorRow.__table__


def shown(document_id: ColumnElement[int]) -> ColumnElement[bool]:
    """True for the documents no import under way hides (``storage.pending``); ``document_id`` is
    documents.id or the document_id column of rows that belong to a document."""
    return document_id.not_in(select(pending_documents.c.document_id))
