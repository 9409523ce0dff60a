"""The Workspace: the only way front ends read or change a project (see docs/architecture.md).

Each method is one transaction. Reads hand out frozen ``kathan.model`` values; writes return
``Changes`` and bump the project's revision counter, which is how other windows and processes
notice them (``data_version``). A refused write raises a ``KathanError`` subclass and changes
nothing.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import threading
import time
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import replace
from functools import partial
from itertools import batched, chain, islice
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy import Engine, insert, inspect, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError, IntegrityError

from kathan.edits import (
    AddRelations,
    AddSpans,
    DeleteRelations,
    DeleteSpans,
    Edit,
    SetStatus,
    SetSuggestionStatus,
    UpdateSpan,
    new_relation,
    new_span,
)
from kathan.model import (
    AnnotatedDocument,
    Annotator,
    AnnotatorId,
    Changes,
    Document,
    DocumentId,
    DocumentOrder,
    DocumentRecord,
    PlainDocument,
    DocumentStatus,
    DocumentSummary,
    Fragment,
    InputError,
    Origin,
    Problem,
    Relation,
    RelationId,
    Span,
    SpanId,
    SuggestionStatus,
)
from kathan.schema import Schema, SchemaError, default_schema, load_schema, parse_schema
from kathan.validate import check_relation, check_span
from storage import engine as engine_module
from storage import integrity, migrate, pending, plain, reads, suggesting
from storage.applying import Applier, annotator_id, check_relation_attributes
from storage.copying import copy_rows
from storage.engine import file_trouble, is_sqlite_file, make_engine, project_url, translated_errors, writer
from storage.errors import BusyError, DamagedError, DamagedProjectError, NotFoundError, ProjectError, StorageError
from storage.importing import (
    Existing,
    LayerKey,
    Plan,
    Target,
    check_records,
    existing_for,
    project_names,
    sha256_of,
    stored_layers,
    write_records,
)
from storage.pending import NameTaken, PendingImport
from storage.integrity import readable_document_ids
from storage.rows import annotators, documents, project, shown, utc_now
from storage.stats import ProjectStats, project_stats
from storage.urls import MASK, for_people
from storage.suggesting import SuggestionLike

if TYPE_CHECKING:  # the learned suggester loads with its first use, not with every command
    from kathan.suggest.learned import TrainingDocument
    from kathan.suggest.learned.model import StoredModel

Progress = Callable[[int], None]
Streamed = TypeVar("Streamed", AnnotatedDocument, PlainDocument)
STAGED_IMPORT = 100
"""New documents above which an SQLite import is written hidden, in short transactions (``storage.pending``)."""
BATCH = 500
"""New documents a transaction of such an import writes (0.05–0.1 s of the write lock)."""
EXPORT_BATCH = 250
"""Documents read per transaction by ``iter_annotated``."""
TEXT_CACHE = 64
"""Document texts kept in memory for checking edits (texts never change once imported)."""


class Workspace:
    """An open project. Safe to share between threads (an import worker and the GUI): every call
    takes its own pooled connection and transaction."""

    def __init__(self, engine: Engine, url: str, schema: Schema, annotator: str) -> None:
        """Use ``Workspace.create`` or ``Workspace.open``."""
        self._engine = engine
        self._writer = writer(engine)
        self._url = url
        self._schema = schema
        self._annotator = annotator
        self._texts: dict[int, str] = {}
        self._texts_lock = threading.Lock()
        self.on_waiting: Callable[[float], None] | None = None
        """Called with the seconds waited so far while a write waits for another process's lock
        (a front end shows "waiting for ..."); it may raise to give up."""

    # opening and closing

    @classmethod
    def create(cls, target: str | Path, schema: Schema | str | Path | None = None, annotator: str = "") -> Workspace:
        """Create a project (a ``.kathan`` file, or an empty database at an URL); refuses an existing one."""
        schema = _schema_of(schema)
        shown = for_people(target)
        if not schema.source:
            raise ProjectError(f"schema {schema.name!r} has no TOML source to store in the project")
        url = project_url(target)
        if is_sqlite_file(url):
            path = Path(str(url.database))
            if path.exists() or path.is_symlink():
                raise ProjectError(f"{shown}: already exists; refusing to overwrite it")
            if not path.parent.is_dir():
                raise ProjectError(f"{shown}: cannot create the project: the folder {path.parent} does not exist")
            if not os.access(path.parent, os.W_OK | os.X_OK):
                raise ProjectError(f"{shown}: cannot create the project: the folder {path.parent} is read-only")
        engine = make_engine(url)

        def fresh(conn: Connection) -> bool:
            if inspect(conn).has_table(project.name):
                raise ProjectError(f"{shown}: already holds a Kathan project")
            return True

        def first_row(conn: Connection) -> None:
            now = utc_now()
            conn.execute(
                insert(project).values(
                    id=1, schema_name=schema.name, schema_toml=schema.source, schema_version=1, revision=0, created=now
                )
            )
            annotator_id(conn, annotator, now)

        with _disposed_on_failure(engine, shown, "create the project"), translated_errors():
            migrate.upgrade(engine, needed=fresh, then=first_row)
        return cls(engine, url.render_as_string(hide_password=True), schema, annotator)

    @classmethod
    def open(cls, target: str | Path, annotator: str = "") -> Workspace:
        """Open a project, migrating it to the current schema revision first if it is older.

        Opening only reads, unless the project needs migrating or ``annotator`` is new to it,
        so it does not wait for another process's long import.
        """
        url = project_url(target)
        shown = for_people(target)
        if is_sqlite_file(url):
            _check_project_file(Path(str(url.database)), shown)
        engine = make_engine(url)
        with _disposed_on_failure(engine, shown, "open the project"):
            with translated_errors(), engine.begin() as conn:
                outdated = _outdated(conn, shown)
                known = not annotator or _annotator_known(conn, annotator)
            if outdated or not known:

                def register(conn: Connection) -> None:
                    annotator_id(conn, annotator, utc_now())

                _patiently(lambda: migrate.upgrade(engine, needed=lambda conn: _outdated(conn, shown), then=register))
            with translated_errors(), engine.begin() as conn:
                toml = conn.execute(select(project.c.schema_toml)).scalar_one_or_none()
            if toml is None:
                raise ProjectError(f"{shown}: the project holds no schema (it was never finished)")
            try:
                schema = parse_schema(toml, f"{shown} (stored schema)")
            except SchemaError as error:
                raise ProjectError(str(error)) from None
        opened = cls(engine, url.render_as_string(hide_password=True), schema, annotator)
        opened._sweep_pending()
        return opened

    def close(self) -> None:
        """Close every connection; on SQLite the last one out folds the WAL back into the file."""
        self._engine.dispose()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    @staticmethod
    def damage_of(target: str | Path) -> list[str]:
        """Where the project file at ``target`` is damaged, also when it is too damaged to open."""
        engine = make_engine(project_url(target))
        try:
            with translated_errors(), engine.connect() as conn:
                return integrity.damage(conn)
        except DamagedError as error:
            cause = error.__cause__
            why = cause.orig if isinstance(cause, DBAPIError) else cause
            return [f"the file is damaged beyond SQLite's own check ({why}): its first pages are broken"]
        finally:
            engine.dispose()

    @property
    def schema(self) -> Schema:
        return self._schema

    @property
    def annotator(self) -> str:
        """The name that signs new spans and relations ("" for none)."""
        return self._annotator

    @property
    def url(self) -> str:
        """The project's URL for showing: a password is masked."""
        return self._url

    @property
    def connect_url(self) -> str:
        """The URL another connection (a background worker) opens this project with, password
        included: pass it to ``Workspace.open``, never show it."""
        return self._engine.url.render_as_string(hide_password=False)

    def identity(self) -> str:
        """What tells this project from every other (its creation time, to the microsecond): an
        export records it, so exporting the same project again may replace that export."""
        with self._reading() as conn:
            created = conn.execute(select(project.c.created)).scalar_one()
        return f"kathan-project:{created.isoformat()}"

    def set_annotator(self, name: str) -> None:
        """Sign later edits as ``name``, registering the name in the project."""
        with self._writing() as conn:
            annotator_id(conn, name, utc_now())
        self._annotator = name

    def annotators(self) -> list[Annotator]:
        with self._reading() as conn:
            rows = conn.execute(select(annotators.c.id, annotators.c.name).order_by(annotators.c.name))
            return [Annotator(AnnotatorId(i), name) for i, name in rows]

    def data_version(self) -> int:
        """A number that changes whenever anyone (any window, any process) commits a write."""
        with self._reading() as conn:
            return conn.execute(select(project.c.revision)).scalar_one()

    # reading

    def documents(self) -> list[DocumentSummary]:
        """Every document in import order, without texts."""
        with self._reading() as conn:
            return reads.summaries(conn)

    def document_ids(
        self,
        search: str = "",
        status: DocumentStatus | None = None,
        order: DocumentOrder = DocumentOrder.IMPORT,
        descending: bool = False,
        limit: int | None = None,
        also_statuses: Collection[DocumentStatus] = (),
    ) -> list[DocumentId]:
        """Ids of the documents whose name, title or status words contain ``search`` (case-blind;
        all when empty), only those in ``status`` if given, sorted by ``order`` then import order.
        A front end showing statuses in other words (a translation) names in ``also_statuses``
        those its words for them matched.

        With ``document_summaries`` this is how a list of 100,000 documents is shown: every
        id at once, a summary only for the rows on screen.
        """
        with self._reading() as conn:
            return reads.document_ids(conn, search, status, order, descending, limit, also_statuses)

    def document_summaries(self, doc_ids: Sequence[int]) -> list[DocumentSummary]:
        """The summaries of ``doc_ids`` in that order; ids no longer in the project are left out."""
        with self._reading() as conn:
            return reads.summaries(conn, doc_ids)

    def document(self, doc_id: int) -> Document:
        with self._reading() as conn:
            doc = reads.document(conn, doc_id)
        self._remember_text(doc.id, doc.text)
        return doc

    def document_by_name(self, name: str) -> Document | None:
        with self._reading() as conn:
            return reads.document_by_name(conn, name)

    def spans(self, doc_id: int) -> tuple[Span, ...]:
        """The document's spans sorted by (start, end, id)."""
        with self._reading() as conn:
            return reads.spans_of(conn, doc_id)

    def relations(self, doc_id: int) -> tuple[Relation, ...]:
        """The document's relations by id."""
        with self._reading() as conn:
            return reads.relations_of(conn, doc_id)

    def annotated(self, doc_id: int) -> AnnotatedDocument:
        """A document with its spans and relations, read in one transaction (consistent)."""
        with self._reading() as conn:
            return AnnotatedDocument(reads.document(conn, doc_id), reads.spans_of(conn, doc_id), reads.relations_of(conn, doc_id))

    def iter_annotated(
        self, doc_ids: Iterable[int] | None = None, *, unreadable: list[str] | None = None
    ) -> Iterator[AnnotatedDocument]:
        """Documents with spans and relations, streamed a batch per transaction, in id order or ``doc_ids``' order.

        No connection is held while the caller works on a batch, so an export never blocks
        writers or the WAL checkpoint for long. Each document is read consistently.
        With ``unreadable`` (a list to fill), a damaged project is salvaged: every document
        that can still be read is given, and each one that cannot is named in ``unreadable``
        instead of raising ``DamagedError``.
        """
        if unreadable is None:
            yield from self._iter_annotated(doc_ids)
            return
        yield from self._salvaged(self._iter_annotated, self.annotated, doc_ids, unreadable)

    def iter_rows(
        self, doc_ids: Iterable[int] | None = None, *, unreadable: list[str] | None = None
    ) -> Iterator[PlainDocument]:
        """``iter_annotated`` as ``PlainDocument``: the same documents, spans and relations, read
        and streamed the same way, as plain rows for a writer that puts them straight into its
        file (``Format.writes_rows``)."""
        if unreadable is None:
            yield from self._iter_rows(doc_ids)
            return

        yield from self._salvaged(self._iter_rows, lambda doc_id: next(self._iter_rows([doc_id])), doc_ids, unreadable)

    def _iter_rows(self, doc_ids: Iterable[int] | None = None) -> Iterator[PlainDocument]:
        code_points = self._engine.dialect.name == "sqlite"
        if doc_ids is None:
            last = 0
            while True:
                with self._reading() as conn:
                    batch = plain.documents_after(partial(reads.sql_rows, conn), last, code_points=code_points, limit=EXPORT_BATCH)
                if not batch:
                    return
                last = batch[-1].document.id
                yield from batch
        else:
            for chunk in self._document_batches(doc_ids):
                with self._reading() as conn:
                    try:
                        batch = plain.documents_of(partial(reads.sql_rows, conn), chunk, code_points=code_points)
                    except LookupError as missing:
                        raise NotFoundError(f"no document with id {missing.args[0]} in the project") from None
                yield from batch

    def _salvaged(
        self,
        stream: Callable[[Iterable[int] | None], Iterator[Streamed]],
        one: Callable[[int], Streamed],
        doc_ids: Iterable[int] | None,
        unreadable: list[str],
    ) -> Iterator[Streamed]:
        """What ``stream`` gives of a damaged project, then each document it could not give
        read on its own with ``one``; those that cannot be read are named in ``unreadable``."""
        wanted = None if doc_ids is None else list(doc_ids)
        given: set[int] = set()
        try:
            for item in stream(wanted):
                given.add(item.document.id)
                yield item
            if wanted is not None:
                return
        except (DamagedError, NotFoundError):
            pass  # a damaged page, or an id an index still lists whose row a damaged table page lost
        # A damaged table can also end a scan early without an error: every id its name index
        # still knows is tried.
        with translated_errors(), self._engine.connect() as conn:
            known = readable_document_ids(conn)
        names = dict(known)
        for doc_id in wanted if wanted is not None else [i for i, _ in known]:
            if doc_id in given:
                continue
            try:
                item = one(doc_id)
            except (DamagedError, NotFoundError):
                # Not found by id although the name index holds it: its table page is damaged.
                unreadable.append(f"{names.get(doc_id) or '(name unreadable)'} (id {doc_id})")
                continue
            yield item

    def damage(self) -> list[str]:
        """Where the project is damaged or inconsistent, one line per table (with its pages), index
        or kind of inconsistent rows; [] when it is sound (``inspect`` says what was checked)."""
        return self.inspect().damage

    def inspect(self) -> integrity.Inspection:
        """The database's own check of the project and the rows' consistency: what is damaged,
        what was checked and what could not be checked here (``storage.integrity.inspect``)."""
        with translated_errors(), self._engine.connect() as conn:
            return integrity.inspect(conn)

    def _iter_annotated(self, doc_ids: Iterable[int] | None = None) -> Iterator[AnnotatedDocument]:
        if doc_ids is None:
            last = 0
            while True:
                with self._reading() as conn:
                    docs = reads.documents_after(conn, last, EXPORT_BATCH)
                    if not docs:
                        return
                    first, last = docs[0].id, docs[-1].id
                    spans = reads.spans_in_range(conn, first, last)
                    relations = reads.relations_in_range(conn, first, last)
                yield from (
                    AnnotatedDocument(d, tuple(spans.get(d.id, ())), tuple(relations.get(d.id, ()))) for d in docs
                )
        else:
            wanted = list(doc_ids)
            for first in range(0, len(wanted), EXPORT_BATCH):
                chunk = wanted[first : first + EXPORT_BATCH]
                with self._reading() as conn:
                    batch = self._annotated_batch(conn, chunk)
                yield from batch

    def _annotated_batch(self, conn: Connection, ids: Sequence[int]) -> list[AnnotatedDocument]:
        if not ids:
            return []
        docs = {d.id: d for d in reads.documents_by_id(conn, ids)}
        missing = [i for i in ids if i not in docs]
        if missing:
            raise NotFoundError(f"no document with id {missing[0]} in the project")
        spans = reads.spans_of_documents(conn, ids)
        relations = reads.relations_of_documents(conn, ids)
        return [
            AnnotatedDocument(docs[DocumentId(i)], tuple(spans.get(DocumentId(i), ())), tuple(relations.get(DocumentId(i), ())))
            for i in ids
        ]

    # importing

    def text_twins(self, records: Iterable[DocumentRecord]) -> list[str]:
        """What importing ``records`` does quietly to texts already in the project, one line per
        record whose text a document has already: skipped when it brings no annotations, else
        its annotations join that document as layers (``import_records``)."""
        tell = self.text_twin_teller()
        return [said for record in records if (said := tell(record))]

    def text_twin_teller(self) -> Callable[[DocumentRecord], str]:
        """``text_twins`` a record at a time (records streamed as they are read): the project's
        texts are looked up once, here; the function gives "" for a record with a text of its own."""
        with self._reading() as conn:
            rows = conn.execute(select(documents.c.name, documents.c.sha256).order_by(documents.c.id))
            by_digest: dict[str, str] = {}
            for name, digest in rows:
                by_digest.setdefault(digest, name)

        def tell(record: DocumentRecord) -> str:
            twin = by_digest.get(sha256_of(record.text)) if by_digest else None
            if twin is None:
                return ""
            if record.spans or record.relations:
                return f"{record.name}: the same text as document {twin!r}; its annotations join that document as layers"
            return f"{record.name}: the same text as document {twin!r}, already in the project; skipped"

        return tell

    def import_records(
        self,
        records: Iterable[DocumentRecord],
        progress: Progress | None = None,
        replace_layers: bool = False,
        schema: Schema | None = None,
    ) -> Changes:
        """Store documents with their spans and relations: all of them, or none and ``InputError``.

        Every record is checked before anything is written, and every problem is reported
        (``record.source:line``). A record whose text (sha256) is already in the project, under
        any name, adds its spans and relations to that document as its annotators' layers
        (spans without an annotator sign as this Workspace's annotator). A layer identical to
        the stored one is skipped; a different layer by an annotator who already has one is a
        conflict and nothing is imported, unless ``replace_layers`` replaces the stored layer.
        A record whose name is in the project with another text is refused ("already in
        project"); one with the same text and no spans or relations is skipped silently, so
        importing a folder of plain texts twice is harmless.

        ``Changes.documents_added`` lists the new documents, ``documents_updated`` those that
        received layers; their spans and relations are not listed one by one (read them with
        the documents). ``progress(n)`` is called as documents are written; an exception it
        raises (a Cancel button) aborts the import and nothing is stored. ``schema``, when given,
        is the project's schema extended with what the records use (``read_paths(...,
        extend_schema=True)``): it is checked to keep every label and relation type and stored in
        the same transaction as the records.
        """
        if schema is None and not isinstance(records, Sequence) and self._engine.dialect.name == "sqlite":
            return self._import_streamed(iter(records), progress, replace_layers)
        changes, _ = self._import(list(records), progress, replace_layers, leave_conflicts=False, schema=schema)
        return changes

    def merge_records(self, records: Iterable[DocumentRecord], progress: Progress | None = None) -> tuple[Changes, list[Problem]]:
        """Bring in another project's documents and layers like ``import_records``, except that a
        layer conflict (the same annotator changed the same document in both projects) keeps the
        stored layer, leaves the incoming one out and is returned instead of refusing the import.
        Any other problem still refuses everything (``InputError``). Merging twice changes nothing.
        """
        return self._import(list(records), progress, replace_layers=False, leave_conflicts=True)

    def _import(
        self,
        records: list[DocumentRecord],
        progress: Progress | None,
        replace_layers: bool,
        leave_conflicts: bool,
        schema: Schema | None = None,
    ) -> tuple[Changes, list[Problem]]:
        if schema is not None:
            _check_extends(self._schema, schema)
        target = schema if schema is not None else self._schema
        # Check before taking the write lock (checking is half the work), then once more
        # under it in the rare case that another process changed what the check relied on.
        digests = [sha256_of(r.text) for r in records]
        with self._reading() as conn:
            existing = existing_for(conn, records, digests)
        plan, problems = check_records(records, digests, target, existing, self._annotator, replace_layers, leave_conflicts)
        if problems:
            raise InputError(problems)
        ahead = self._import_ahead_of_lock(records, digests, existing, plan, schema, progress)
        if ahead is not None:
            added, layered = ahead
        else:
            with self._writing() as conn:
                now_existing = existing_for(conn, records, digests)
                if now_existing != existing:
                    plan, problems = check_records(
                        records, digests, target, now_existing, self._annotator, replace_layers, leave_conflicts
                    )
                    if problems:
                        raise InputError(problems)
                if schema is not None:
                    conn.execute(update(project).values(schema_name=schema.name, schema_toml=schema.source))
                added, layered = write_records(conn, plan, self._annotator, utc_now(), progress)
        self._schema = target
        if progress is not None and (plan.skipped or (ahead is not None and plan.layers)):
            progress(len(plan.skipped) + (len(plan.layers) if ahead is not None else 0))
        return Changes(documents_added=tuple(added), documents_updated=tuple(layered)), plan.conflicts

    def _import_streamed(self, records: Iterator[DocumentRecord], progress: Progress | None, replace_layers: bool) -> Changes:
        """``import_records`` of records that come as they are read (``registry.stream_paths``):
        checked and written hidden (``storage.pending``) a batch at a time, so that memory does not
        grow with the corpus and editors wait for one batch at most, then shown by one short
        transaction. The same checks and the same all or nothing: a problem anywhere, in the
        records or raised by the stream itself at its end, leaves the project as it was. A few
        records go the usual way."""
        first = list(islice(records, STAGED_IMPORT + 1))
        if len(first) <= STAGED_IMPORT:
            return self._import(first, progress, replace_layers, leave_conflicts=False)[0]
        with self._reading() as conn:
            names = project_names(conn)
        seen: dict[str, tuple[str, int]] = {}
        problems: list[Problem] = []
        layers: list[tuple[DocumentRecord, Target]] = []
        replaced: list[tuple[DocumentId, str]] = []
        targets: dict[DocumentId, Mapping[str, LayerKey]] = {}
        annotated: set[str] = set()
        skipped = 0
        with self._pending_import() as written:
            for batch in batched(chain(first, records), BATCH):
                digests = [sha256_of(r.text) for r in batch]
                with self._reading() as reading:
                    existing = existing_for(reading, batch, digests, names=names)
                plan, found = check_records(batch, digests, self._schema, existing, self._annotator, replace_layers, seen=seen)
                problems.extend(found)
                if problems:
                    continue  # every record is still checked, so that every problem is listed
                annotated.update(d for r, d in zip(plan.records, plan.hashes, strict=True) if r.spans or r.relations)
                try:
                    written.write(plan.records, plan.hashes)
                except NameTaken:
                    written.discard()  # say which
                    with self._reading() as reading:
                        _still_as_checked(reading, names, seen, annotated, {})
                    raise
                layers.extend(plan.layers)
                replaced.extend(plan.replaced)
                targets.update(existing.layers)
                skipped += len(plan.skipped)
                if progress is not None:
                    progress(len(plan.records))
            if problems:
                raise InputError(problems)
            with self._writing() as locked:
                _still_as_checked(locked, names, seen, annotated, targets, ignoring=written.added)
                layered_plan = Plan([], [], [], layers, replaced, [])
                _, layered = write_records(locked, layered_plan, self._annotator, utc_now(), None)
                written.publish(locked)
        if progress is not None and (skipped or layers):
            progress(skipped + len(layers))
        return Changes(documents_added=tuple(written.added), documents_updated=tuple(layered))

    def _import_ahead_of_lock(
        self,
        records: list[DocumentRecord],
        digests: list[str],
        existing: Existing,
        plan: Plan,
        schema: Schema | None,
        progress: Progress | None,
    ) -> tuple[list[DocumentId], list[DocumentId]] | None:
        """A large import written so that editors wait for it only briefly: on SQLite its new
        documents are written hidden, a batch per transaction, then shown by one short
        transaction (``storage.pending``); on a server they are written in the import's
        transaction before it takes the lock every write takes (the project row's revision), which
        other writers wait for only from then on. Either way the import is all of it or nothing.
        Returns the new and the layered documents, or None when this import is written the usual
        way (a small one, layers on a server) or the project changed meanwhile so that the plan
        no longer holds (the caller then checks again under the lock)."""
        if self._engine.dialect.name == "sqlite":
            if len(plan.records) <= STAGED_IMPORT:
                return None
            return self._import_hidden(records, digests, existing, plan, schema, progress)
        if not plan.records or plan.layers or plan.replaced:
            return None
        try:
            with translated_errors(where=self._place), _plan_changed_on_conflict(), self._engine.begin() as conn:
                added, _ = write_records(conn, plan, self._annotator, utc_now(), progress)
                conn.execute(update(project).values(revision=project.c.revision + 1))
                if existing_for(conn, records, digests, ignoring=frozenset(added)) != existing:
                    raise _PlanChanged
                if schema is not None:
                    conn.execute(update(project).values(schema_name=schema.name, schema_toml=schema.source))
        except _PlanChanged:
            return None
        return added, []

    def _import_hidden(
        self,
        records: list[DocumentRecord],
        digests: list[str],
        existing: Existing,
        plan: Plan,
        schema: Schema | None,
        progress: Progress | None,
    ) -> tuple[list[DocumentId], list[DocumentId]] | None:
        try:
            with self._pending_import() as written:
                for first in range(0, len(plan.records), BATCH):
                    batch = plan.records[first : first + BATCH]
                    try:
                        written.write(batch, plan.hashes[first : first + BATCH])
                    except NameTaken as error:
                        raise _PlanChanged from error
                    if progress is not None:
                        progress(len(batch))
                with self._writing() as locked:
                    if existing_for(locked, records, digests, ignoring=frozenset(written.added)) != existing:
                        raise _PlanChanged
                    if schema is not None:
                        locked.execute(update(project).values(schema_name=schema.name, schema_toml=schema.source))
                    _, layered = write_records(locked, replace(plan, records=[], hashes=[]), self._annotator, utc_now(), None)
                    written.publish(locked)
        except _PlanChanged:
            return None
        return written.added, layered

    # editing

    def apply(self, edit: Edit) -> tuple[Changes, Edit]:
        """Apply ``edit`` in one transaction; returns what changed and the edit that undoes it."""
        with self._writing() as conn:
            return Applier(conn, self._schema, self._annotator, self._text_of).apply(edit)

    def add_span(
        self,
        doc_id: int,
        label: str,
        fragments: Sequence[Fragment],
        attributes: Mapping[str, str] | None = None,
        note: str = "",
        origin: Origin = Origin.MANUAL,
    ) -> Changes:
        return self.apply(AddSpans((new_span(doc_id, label, fragments, attributes, note, origin),)))[0]

    def update_span(
        self,
        span_id: int,
        label: str | None = None,
        fragments: Sequence[Fragment] | None = None,
        attributes: Mapping[str, str] | None = None,
        note: str | None = None,
    ) -> Changes:
        """Change what is given; ``attributes`` replaces the whole mapping."""
        with self._reading() as conn:
            found = reads.spans_by_id(conn, (span_id,))
        if span_id not in found:
            raise NotFoundError(f"span {span_id} is not in the project")
        before = found[SpanId(span_id)]
        after = replace(
            before,
            label=before.label if label is None else label,
            fragments=before.fragments if fragments is None else tuple(fragments),
            attributes=before.attributes if attributes is None else dict(attributes),
            note=before.note if note is None else note,
            updated=None,
        )
        return self.apply(UpdateSpan(before, after))[0]

    def delete_spans(self, span_ids: Iterable[int]) -> Changes:
        """Delete spans and the relations that touch them."""
        return self.apply(DeleteSpans(tuple(SpanId(i) for i in span_ids)))[0]

    def add_relation(self, type: str, head: int, tail: int, attributes: Mapping[str, str] | None = None) -> Changes:  # noqa: A002
        return self.apply(AddRelations((new_relation(type, head, tail, attributes),)))[0]

    def delete_relations(self, relation_ids: Iterable[int]) -> Changes:
        return self.apply(DeleteRelations(tuple(RelationId(i) for i in relation_ids)))[0]

    def set_status(self, doc_id: int, status: DocumentStatus) -> Changes:
        with self._reading() as conn:
            current = reads.document_status(conn, doc_id)
        return self.apply(SetStatus(DocumentId(doc_id), current, DocumentStatus(status)))[0]

    # suggestions

    def store_suggestions(self, doc_id: int, suggester: str, proposed: Sequence[SuggestionLike]) -> int:
        """Keep a suggester's proposals for a document, replacing its earlier open ones; returns how many were kept.

        Proposals matching a span or an already reviewed suggestion (same label and fragments)
        are dropped, so a rejected suggestion does not come back when the suggester runs again.
        """
        with self._writing() as conn:
            return suggesting.store(conn, self._schema, doc_id, self._text_of(conn, doc_id), suggester, proposed)

    def suggestions(self, doc_id: int) -> tuple[Span, ...]:
        """The document's open suggestions as spans (ids are suggestion ids), sorted by (start, end, id)."""
        with self._reading() as conn:
            found, _ = suggesting.suggested(conn, (doc_id,), open_only=True)
        return tuple(found.get(DocumentId(doc_id), ()))

    def suggested_relations(self, doc_id: int) -> tuple[Relation, ...]:
        """Links between the document's open suggestions (head and tail are suggestion ids)."""
        with self._reading() as conn:
            _, links = suggesting.suggested(conn, (doc_id,), open_only=True)
        return tuple(links.get(DocumentId(doc_id), ()))

    def iter_suggested(
        self,
        doc_ids: Iterable[int] | None = None,
        open_only: bool = False,
        include_rejected: bool = True,
        *,
        unreadable: list[str] | None = None,
    ) -> Iterator[AnnotatedDocument]:
        """Documents with their suggestions (every review status unless ``open_only``; rejected
        ones left out unless ``include_rejected``) in place of annotations, each suggestion's
        status, confidence and rule in ``reviews``. With ``unreadable``, a damaged project is
        salvaged as ``iter_annotated`` does it."""

        def stream(wanted: Iterable[int] | None) -> Iterator[AnnotatedDocument]:
            return self._iter_suggested(wanted, open_only, include_rejected)

        if unreadable is None:
            yield from stream(doc_ids)
            return
        yield from self._salvaged(stream, lambda doc_id: next(stream([doc_id])), doc_ids, unreadable)

    def _iter_suggested(
        self, doc_ids: Iterable[int] | None, open_only: bool, include_rejected: bool
    ) -> Iterator[AnnotatedDocument]:
        for batch in self._document_batches(doc_ids):
            with self._reading() as conn:
                docs = reads.documents_by_id(conn, batch)
                found, links = suggesting.suggested(conn, batch, open_only)
                reviews = suggesting.reviews(conn, batch)
            by_id = {d.id: d for d in docs}
            for doc_id in batch:
                if doc_id not in by_id:
                    raise NotFoundError(f"no document with id {doc_id} in the project")
                key = DocumentId(doc_id)
                review = reviews.get(key, {})
                spans = tuple(found.get(key, ()))
                relations = tuple(links.get(key, ()))
                if not include_rejected:
                    spans = tuple(s for s in spans if review[s.id].status is not SuggestionStatus.REJECTED)
                    kept = {s.id for s in spans}
                    relations = tuple(r for r in relations if r.head in kept and r.tail in kept)
                yield AnnotatedDocument(by_id[key], spans, relations, {s.id: review[s.id] for s in spans})

    def acceptance(self, suggestion_ids: Iterable[int], layer: str | None = None) -> Edit:
        """The undoable edit accepting open suggestions into ``layer`` (default: the annotator's own;
        ``gold`` while adjudicating): apply it with ``apply`` (or push it on an undo stack)."""
        with self._reading() as conn:
            return suggesting.acceptance(
                conn, list(dict.fromkeys(suggestion_ids)), layer or self._annotator, lambda doc_id: self._text_of(conn, doc_id)
            )

    def accept_suggestions(self, suggestion_ids: Iterable[int]) -> Changes:
        """Turn open suggestions into spans (origin ``suggested``) with the links among them."""
        return self.apply(self.acceptance(suggestion_ids))[0]

    def reject_suggestions(self, suggestion_ids: Iterable[int]) -> Changes:
        """Mark open suggestions rejected: they are no longer shown or offered again."""
        edit = SetSuggestionStatus(tuple(suggestion_ids), SuggestionStatus.OPEN, SuggestionStatus.REJECTED)
        return self.apply(edit)[0]

    # the learned suggester

    def training_documents(self) -> list[TrainingDocument]:
        """Every document someone annotated or reviewed suggestions in, with those reviews."""
        from kathan.suggest.learned import training_document
        from storage import learned

        found = []
        for item in self.iter_annotated():
            with self._reading() as conn:
                verdicts = learned.reviews(conn, item.document.id, item.spans)
            doc = training_document(item, verdicts)
            if doc is not None:
                found.append(doc)
        return found

    def stored_model(self, name: str) -> StoredModel | None:
        """The model trained under ``name`` and kept in the project, or None."""
        from storage import learned

        with self._reading() as conn:
            return learned.stored_model(conn, name)

    def store_model(self, name: str, data: bytes, digest: str, documents: int, info: Mapping[str, object]) -> None:
        """Keep a trained model under ``name``, replacing the one before. Not counted in
        ``data_version``: windows show no model, and a background training must not look to
        them like another process's edit (which would reload and clear their undo)."""
        from storage import learned

        with self._writing(counted=False) as conn:
            learned.store_model(conn, name, data, digest, documents, info)

    def suggestion_confidence(self) -> dict[DocumentId, float]:
        """The mean confidence of each document's open suggestions (documents with none are absent):
        the lowest first is where the suggesters have most to learn."""
        from storage import learned

        with self._reading() as conn:
            return learned.open_confidence(conn)

    def _document_batches(self, doc_ids: Iterable[int] | None) -> Iterator[list[int]]:
        if doc_ids is not None:
            wanted = list(doc_ids)
            for first in range(0, len(wanted), EXPORT_BATCH):
                yield wanted[first : first + EXPORT_BATCH]
            return
        last = 0
        while True:
            with self._reading() as conn:
                ids = list(
                    conn.execute(
                        select(documents.c.id)
                        .where(documents.c.id > last, shown(documents.c.id))
                        .order_by(documents.c.id)
                        .limit(EXPORT_BATCH)
                    ).scalars()
                )
            if not ids:
                return
            last = ids[-1]
            yield ids

    # checking

    def stats(self) -> ProjectStats:
        with self._reading() as conn:
            return project_stats(conn.exec_driver_sql)

    def validate(self, progress: Progress | None = None) -> list[Problem]:
        """Every problem ``iter_problems`` finds, as a list."""
        return list(self.iter_problems(progress))

    def iter_problems(self, progress: Progress | None = None, inspection: integrity.Inspection | None = None) -> Iterator[Problem]:
        """Re-check the file and the rows' consistency (``inspect``), then every document's text hash, spans and
        relations against the text and the schema, streaming a batch of documents at a time
        (memory stays flat in the project's size).

        Problems name the damaged tables and pages, or the document (as the file) and the span
        or relation id; documents a damaged file no longer gives are named too. ``progress(n)``
        is called after each batch of ``n`` documents. ``inspection``: the file's check made
        already (``inspect``), to say what it could not check as well.
        """
        yield from (Problem(self._place, 0, line) for line in (inspection or self.inspect()).damage)
        unreadable: list[str] = []
        checked = 0
        for item in self.iter_annotated(unreadable=unreadable):
            doc = item.document
            if sha256_of(doc.text) != doc.sha256:
                yield Problem(doc.name, 0, "the text no longer matches its sha256")
            labels: dict[int, str] = {}
            for span in item.spans:
                labels[span.id] = span.label
                reason = check_span(self._schema, doc.text, span.label, span.fragments, span.attributes)
                if reason:
                    yield Problem(doc.name, 0, f"span {span.id} ({span.label}): {reason}")
            for relation in item.relations:
                reason = check_relation(
                    self._schema, relation.type, labels.get(relation.head, "?"), labels.get(relation.tail, "?")
                ) or check_relation_attributes(self._schema, relation.type, relation.attributes)
                if reason:
                    yield Problem(doc.name, 0, f"relation {relation.id}: {reason}")
            checked += 1
            if progress is not None and checked == EXPORT_BATCH:
                progress(checked)
                checked = 0
        if progress is not None and checked:
            progress(checked)
        yield from (Problem(name, 0, "cannot be read: the project file is damaged there") for name in unreadable)

    def take_rows_of(self, source: Workspace, progress: Progress | None = None) -> None:
        """Copy every row of ``source`` into this freshly created, empty project, ids and times
        kept, in one transaction (``storage.teams.copy_project``)."""
        if self.documents() or self.annotators():
            raise ProjectError(f"{self.url}: not empty; a project is copied only into a new one")
        with source._reading() as read, self._writing() as write:
            copy_rows(read, write, progress)

    # transactions

    @contextmanager
    def _reading(self) -> Iterator[Connection]:
        with translated_errors(reading=True, where=self._place), self._engine.begin() as conn:
            yield conn

    @contextmanager
    def _pending_import(self) -> Iterator[PendingImport]:
        """A large SQLite import's hidden batches, staged on a connection of their own (``storage.pending``)."""
        with (
            translated_errors(where=self._place),
            self._writer.connect() as conn,
            PendingImport(conn, self._hidden_writing, self._annotator) as written,
        ):
            yield written

    @contextmanager
    def _hidden_writing(self, connection: Connection | None = None) -> Iterator[Connection]:
        """A write transaction that changes nothing anyone sees yet (a hidden batch of an import)."""
        with self._writing(connection, counted=False) as conn:
            yield conn

    def _sweep_pending(self) -> None:
        """Delete what imports killed midway left hidden (``storage.pending.sweep``); a project
        that cannot be written keeps them hidden."""
        with suppress(StorageError):
            pending.sweep(self._reading, self._hidden_writing)

    @property
    def _place(self) -> str:
        """The project as messages name it: its file, or its URL without the password."""
        url = self._engine.url
        return str(url.database) if is_sqlite_file(url) else self._url

    @contextmanager
    def _writing(self, connection: Connection | None = None, counted: bool = True) -> Iterator[Connection]:
        """A write transaction holding the write lock from its first statement, counted in the
        revision unless it changes nothing a window shows (a trained model).

        While another process holds the lock (a long import), the write waits for it, up to
        ``WRITE_PATIENCE_S``, telling ``on_waiting`` how long it has waited after each
        ``BUSY_TIMEOUT_S``; only then is it refused (``BusyError``). Nothing is written twice:
        only taking the lock is tried again.
        """
        started = time.monotonic()
        while True:
            locked = False
            try:
                with translated_errors(where=self._place), _began(self._writer, connection) as conn:
                    if counted:
                        conn.execute(update(project).values(revision=project.c.revision + 1))
                    locked = True
                    yield conn
                return
            except BusyError as error:
                waited = time.monotonic() - started
                if locked:
                    raise
                if waited >= engine_module.WRITE_PATIENCE_S:
                    raise BusyError(
                        f"the project is busy: another window or process kept it locked for {waited:.0f} s; try again"
                    ) from error
                if self.on_waiting is not None:
                    self.on_waiting(waited)

    def _text_of(self, conn: Connection, doc_id: int) -> str:
        with self._texts_lock:
            text = self._texts.get(doc_id)
        if text is None:
            text = conn.execute(select(documents.c.text).where(documents.c.id == doc_id)).scalar_one_or_none()
            if text is None:
                raise NotFoundError(f"no document with id {doc_id} in the project")
            self._remember_text(doc_id, text)
        return text

    def _remember_text(self, doc_id: int, text: str) -> None:
        with self._texts_lock:
            if len(self._texts) >= TEXT_CACHE:
                self._texts.pop(next(iter(self._texts)))
            self._texts[doc_id] = text


def _patiently(write: Callable[[], object]) -> None:
    """Runs ``write`` (one write transaction), trying again while another process holds the
    lock, up to ``WRITE_PATIENCE_S``: opening a project for a new annotator waits for a long
    import like any edit does."""
    started = time.monotonic()
    while True:
        try:
            with translated_errors():
                write()
            return
        except BusyError:
            if time.monotonic() - started >= engine_module.WRITE_PATIENCE_S:
                raise


def _still_as_checked(
    conn: Connection,
    names: Mapping[str, str],
    incoming: Mapping[str, tuple[str, int]],
    annotated: set[str],
    targets: Mapping[DocumentId, Mapping[str, LayerKey]],
    ignoring: Collection[int] = (),
) -> None:
    """Under the write lock, before a streamed import is shown: refuses it (``InputError``,
    nothing stored) when another window or process changed meanwhile what its checks relied on:
    one of its names (``incoming``, where each was read) is now taken, one of its annotated texts
    (``annotated`` digests) is now in the project, or a document it adds layers to changed.
    ``ignoring``: the import's own documents, written already."""
    now = project_names(conn, frozenset(ignoring))
    if now != names:
        problems = [
            Problem(source, line, f"document name {name!r} was stored meanwhile by another window or process; nothing was imported")
            for name, (source, line) in incoming.items()
            if name in now and name not in names
        ]
        new_texts = {digest for name, digest in now.items() if name not in names}
        if new_texts & annotated:
            problems.append(Problem("<input>", 0, "a text of this import was stored meanwhile by another window or process; "
                                    "nothing was imported: import again to add its annotations as layers"))
        if problems:
            raise InputError(problems)
    if any(stored_layers(conn, doc_id) != layers for doc_id, layers in targets.items()):
        raise InputError([Problem("<input>", 0, "documents this import adds layers to were changed meanwhile by another "
                                  "window or process; nothing was imported: import again")])


class _PlanChanged(Exception):
    """Another process changed the documents an import checked, between checking and writing."""


@contextmanager
def _plan_changed_on_conflict() -> Iterator[None]:
    """A unique constraint that refuses an import written ahead of the lock means another process
    stored one of its names meanwhile: ``_PlanChanged``, so that it is checked again under the lock
    and refused with the usual message."""
    try:
        yield
    except IntegrityError as error:
        raise _PlanChanged from error


@contextmanager
def _began(engine: Engine, connection: Connection | None) -> Iterator[Connection]:
    """A transaction on ``connection`` (kept open afterwards) or on a fresh one of ``engine``."""
    if connection is None:
        with engine.begin() as conn:
            yield conn
        return
    try:
        with connection.begin():
            yield connection
    except BaseException:
        if connection.in_transaction():
            connection.rollback()
        raise


@contextmanager
def _disposed_on_failure(engine: Engine, shown: str, action: str) -> Iterator[None]:
    """Close ``engine`` when opening or creating a project fails; a database failure becomes
    ``ProjectError("SHOWN: cannot ACTION: why")`` with any password masked, except a busy
    project, which says so itself, and a damaged one (``DamagedProjectError``)."""
    try:
        yield
    except BusyError:
        engine.dispose()
        raise
    except DamagedError as error:
        engine.dispose()
        cause = error.__cause__
        raise DamagedProjectError(
            f"{shown}: the project file is damaged where Kathan reads its version and schema "
            f"({cause.orig if isinstance(cause, DBAPIError) else error}), so it cannot be opened; "
            "'kathan validate' says where; restore it from a backup"
        ) from None
    except StorageError as error:
        engine.dispose()
        password = engine.url.password
        reason = str(error).replace(str(password), MASK) if password else str(error)
        if is_sqlite_file(engine.url):
            reason = file_trouble(Path(str(engine.url.database))) or reason
        raise ProjectError(f"{shown}: cannot {action}: {reason}") from None
    except BaseException:
        engine.dispose()
        raise


def _check_project_file(path: Path, target: str) -> None:
    """Refuses, with the reason, a path that is no project file before the engine opens it.

    The header is read through SQLite, never by opening the file here: closing any descriptor of
    a file drops every POSIX lock this process holds on it, and with them the shared lock that
    another window of this process keeps on the project. Another process closing its last
    connection would then delete the write-ahead log under that window, whose next edits would
    never reach the file. SQLite keeps a descriptor open until no connection of the process
    holds a lock. Only a file SQLite cannot read, which no window can be using, is read directly,
    to say whether it is a database at all."""
    if not path.exists():
        raise ProjectError(f"{target}: no such project")
    if not path.is_file():
        raise ProjectError(f"{target}: is not a file (a Kathan project is one .kathan file)")
    try:
        probe = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=engine_module.BUSY_TIMEOUT_S)
        try:
            probe.execute("PRAGMA schema_version").fetchone()
        finally:
            probe.close()
    except sqlite3.Error as error:
        if "locked" in str(error) or "busy" in str(error):
            return  # in use, so a database: the engine waits for it
    else:
        return
    try:
        with path.open("rb") as handle:
            head = handle.read(16)
    except OSError as error:
        raise ProjectError(f"{target}: cannot be read ({error.strerror or error})") from None
    if head and head != b"SQLite format 3\x00":
        raise ProjectError(f"{target}: not a Kathan project (not an SQLite database file)")


def _check_extends(current: Schema, extended: Schema) -> None:
    """Refuses (``ProjectError``) a schema that drops a label or relation type, or has no TOML to store."""
    lost = [label for label in current.label_names if extended.label(label) is None]
    lost += [r.name for r in current.relations if extended.relation(r.name) is None]
    if lost:
        raise ProjectError(f"the new schema drops {', '.join(lost)}: an import only adds to the schema")
    if not extended.source:
        raise ProjectError(f"schema {extended.name!r} has no TOML source to store in the project")


def _schema_of(schema: Schema | str | Path | None) -> Schema:
    if schema is None:
        return default_schema()
    if isinstance(schema, Schema):
        return schema
    return load_schema(schema)


def _outdated(conn: Connection, target: str) -> bool:
    """Whether the database needs migrating; refuses what is not ours or is newer than us."""
    current = migrate.current(conn)
    if current is None:
        if not inspect(conn).has_table(project.name):
            raise ProjectError(f"{target}: not a Kathan project")
        raise ProjectError(f"{target}: a Kathan project without a schema revision; it cannot be migrated")
    if not migrate.known(current):
        raise ProjectError(f"{target}: made by a newer Kathan (schema revision {current}); update Kathan to open it")
    return current != migrate.head()


def _annotator_known(conn: Connection, name: str) -> bool:
    return conn.execute(select(annotators.c.id).where(annotators.c.name == name)).first() is not None
