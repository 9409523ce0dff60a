"""The subcommands behind ``kathan``: each opens the project through ``storage.Workspace`` and reports.

A user error raises ``KathanError`` (or a ``ValueError`` such as ``SchemaError``); ``cli.main``
turns it into a message and exit code 1.
"""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from cli.progress import progress_bar
from cli.terminal import say
from kathan.model import KathanError
from kathan.schema import default_schema

TYPE_CHECKING = False
if TYPE_CHECKING:
    from kathan.formats.base import ExportReport, Format
    from kathan.model import DocumentRecord
    from kathan.schema import Schema
    from storage import Workspace

EXIT_OK, EXIT_USER_ERROR = 0, 1


@contextmanager
def opened(project: str, annotator: str | None = None) -> Iterator[Workspace]:
    from storage import Workspace

    if "://" not in project and not Path(project).exists():
        raise KathanError(f"{project}: no such project (create it with 'kathan init {project}')")
    ws = Workspace.open(project, annotator=annotator or "")
    ws.on_waiting = _say_waiting
    try:
        yield ws
    finally:
        ws.close()


def _say_waiting(seconds: float) -> None:
    say(f"kathan: waiting for another window or process to finish writing to the project ({seconds:.0f} s)...", file=sys.stderr)


def init(args: argparse.Namespace) -> int:
    from kathan.formats import registry

    schema = registry.load_schema_file(args.schema) if args.schema else default_schema()
    if "://" not in args.project and Path(args.project).exists():
        raise KathanError(f"{args.project}: already exists; refusing to overwrite it")
    from storage import Workspace

    Workspace.create(args.project, schema=schema).close()
    say(f"created {_for_people(args.project)} with schema {schema.name!r} ({', '.join(schema.label_names)})")
    return EXIT_OK


def import_(args: argparse.Namespace) -> int:
    from kathan.formats import registry

    paths = [Path(p) for p in args.paths]
    options = _format_options(args)
    if args.format != registry.AUTO:
        registry.check_options(args.format, options, "read")
    for path in paths:
        if not path.exists():
            raise KathanError(f"{path}: no such file or folder")
    with opened(args.project, args.annotator) as ws:
        if args.extend_schema:
            with progress_bar("reading") as bar:
                result = registry.read_paths(
                    paths, args.format, schema=ws.schema, progress=bar.update, options=options,
                    follow_links=args.follow_links, extend_schema=True,
                )
            for warning in (*result.warnings, *ws.text_twins(result.records)):
                say(f"warning: {warning}", file=sys.stderr)
            before = ws.schema
            with progress_bar("importing", total=len(result.records)) as bar:
                changes = ws.import_records(
                    result.records, progress=bar.advance, replace_layers=args.replace_layer, schema=result.schema
                )
            if result.schema is not None:
                say(f"extended the schema: {_added(before, result.schema)}")
            spans = sum(len(r.spans) for r in result.records)
            relations = sum(len(r.relations) for r in result.records)
            formats = result.formats
        else:
            with progress_bar("importing") as bar, _collecting_less():
                stream = registry.stream_paths(
                    paths, args.format, schema=ws.schema, progress=bar.update, options=options, follow_links=args.follow_links
                )
                tally = _Tally(ws.text_twin_teller())
                changes = ws.import_records(tally.watch(stream), replace_layers=args.replace_layer)
            for warning in (*stream.warnings, *tally.twins):
                say(f"warning: {warning}", file=sys.stderr)
            spans, relations, formats = tally.spans, tally.relations, stream.formats
    layered = f", layers added to {counted(len(changes.documents_updated), 'document')}" if changes.documents_updated else ""
    say(
        f"imported {counted(len(changes.documents_added), 'document')}, {counted(spans, 'span')}, "
        f"{counted(relations, 'relation')}{layered} read as {_read_as(formats, options)}"
    )
    return EXIT_OK


@contextmanager
def _collecting_less() -> Iterator[None]:
    """Python's cycle collector set for a streamed import or export: the objects of the start
    (SQLAlchemy's, the formats') are frozen out of its walks, and it runs after 50,000 new objects
    instead of 2,000. An import's records and an export's rows hold no cycles; walking them and the
    start's objects again and again cost 0.1 s of 3,000 articles (memory stays flat: it still
    runs, less often)."""
    threshold, ours = gc.get_threshold(), gc.get_freeze_count() == 0  # else whoever froze objects unfreezes them
    if ours:
        gc.freeze()
    gc.set_threshold(50_000, *threshold[1:])
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        if ours:
            gc.unfreeze()


class _Tally:
    """Counts the spans and relations of records streamed into an import, and notes their text twins."""

    def __init__(self, tell: Callable[[DocumentRecord], str]) -> None:
        self._tell = tell
        self.spans = self.relations = 0
        self.twins: list[str] = []

    def watch(self, records: Iterable[DocumentRecord]) -> Iterator[DocumentRecord]:
        for record in records:
            self.spans += len(record.spans)
            self.relations += len(record.relations)
            if said := self._tell(record):
                self.twins.append(said)
            yield record


def export(args: argparse.Namespace) -> int:
    from kathan.formats import registry
    from kathan.formats.output import OutputInTheWay
    from kathan.layers import ALL_LAYERS, only_layer

    try:
        fmt = registry.get_format(args.format)
    except KeyError as exc:
        raise KathanError(str(exc.args[0])) from None
    if fmt.writer is None:
        raise KathanError(f"format {args.format!r} cannot be written (Kathan exports {', '.join(registry.writable_formats())})")
    options = _format_options(args)
    registry.check_options(fmt.name, options, "write")
    if args.include_rejected and not args.suggestions:
        raise KathanError("--include-rejected goes with --suggestions (annotations have no review status)")
    unreadable: list[str] = []
    report = _quick_export(args, fmt, options)
    if report is not None:
        _say_written(report, args.out)
        return EXIT_OK
    with opened(args.project) as ws:
        doc_ids = _doc_ids(ws, args.doc)
        total = len(doc_ids) if doc_ids is not None else _count_documents(ws)
        if args.suggestions:
            docs = ws.iter_suggested(doc_ids, include_rejected=args.include_rejected, unreadable=unreadable)
        elif fmt.writes_rows and args.layer == ALL_LAYERS:
            docs = ws.iter_rows(doc_ids, unreadable=unreadable)
        else:
            docs = ws.iter_annotated(doc_ids, unreadable=unreadable)
        if args.layer != ALL_LAYERS:
            layers = [a.name for a in ws.annotators()]
            if args.layer not in layers:
                raise KathanError(f"no layer {args.layer!r} in the project (layers: {', '.join(layers) or 'none'}, all)")
            docs = (only_layer(doc, args.layer) for doc in docs)
        try:
            with progress_bar(f"exporting {fmt.name}", total=total) as bar, _collecting_less():
                report = registry.write(
                    fmt.name, docs, Path(args.out), ws.schema, progress=bar.update,
                    overwrite=args.overwrite, project=ws.identity(), **options,
                )
        except OutputInTheWay as exc:
            raise KathanError(f"{exc}; --overwrite writes the export into it anyway") from None
    _say_written(report, args.out)
    if unreadable:
        shown = ", ".join(unreadable[:20]) + (f" and {len(unreadable) - 20} more" if len(unreadable) > 20 else "")
        say(
            f"kathan: the project file is damaged: {counted(len(unreadable), 'document')} could not be read "
            f"and are not in the export: {shown}",
            file=sys.stderr,
        )
        return EXIT_USER_ERROR
    return EXIT_OK


def _quick_export(args: argparse.Namespace, fmt: Format, options: dict[str, object]) -> ExportReport | None:
    """The export of every document of a sound SQLite project into a file, read with sqlite3 alone
    (``storage.plain.QuickProject``: no SQLAlchemy to start), for a format that writes plain rows;
    None when that does not apply or the file turns out damaged (the Workspace then salvages)."""
    import sqlite3

    from kathan.formats import registry
    from kathan.formats.base import Layout
    from kathan.layers import ALL_LAYERS
    from storage.plain import QuickProject

    if not fmt.writes_rows or fmt.writes is not Layout.FILE or args.suggestions or args.doc or args.layer != ALL_LAYERS:
        return None
    quick = QuickProject.open(args.project)
    if quick is None:
        return None
    try:
        with progress_bar(f"exporting {fmt.name}", total=quick.count()) as bar, _collecting_less():
            return registry.write(
                fmt.name, quick.documents(), Path(args.out), quick.schema(), progress=bar.update,
                overwrite=args.overwrite, **options,
            )
    except sqlite3.Error:
        return None
    finally:
        quick.close()


def _say_written(report: ExportReport, out: str) -> None:
    from kathan.formats.base import offsets_in

    for warning in report.warnings:
        say(f"warning: {warning}", file=sys.stderr)
    for note in report.notes:
        say(f"note: {note}", file=sys.stderr)
    say(
        f"wrote {counted(report.documents, 'document')}, {counted(report.spans, 'span')}, "
        f"{counted(report.relations, 'relation')} to {out} ({offsets_in(report.offset_unit)})"
    )


def _count_documents(ws: Workspace) -> int | None:
    """How many documents an export will go through; unknown (None) when the project is damaged."""
    from storage.errors import DamagedError

    try:
        return len(ws.document_ids())
    except DamagedError:
        return None


def stats(args: argparse.Namespace) -> int:
    from storage.stats import quick_stats

    found = quick_stats(args.project)
    if found is None:
        with opened(args.project) as ws:
            found = ws.stats()
    say(found.format())
    return EXIT_OK


def validate(args: argparse.Namespace) -> int:
    from storage import Workspace
    from storage.errors import DamagedProjectError

    problems = 0
    try:
        with opened(args.project) as ws:
            inspection = ws.inspect()
            with progress_bar("validating", total=_count_documents(ws)) as bar:
                for problem in ws.iter_problems(bar.advance, inspection):
                    say(problem)
                    problems += 1
    except DamagedProjectError:
        for line in Workspace.damage_of(args.project):
            say(f"{_for_people(args.project)}: {line}")
        raise
    for line in inspection.unchecked:
        say(f"note: {line}", file=sys.stderr)
    if problems:
        say(counted(problems, "problem"), file=sys.stderr)
        return EXIT_USER_ERROR
    say("ok: every span fits its text and the schema")
    return EXIT_OK


def suggest(args: argparse.Namespace) -> int:
    from storage.training import COMBINED, project_suggester

    with opened(args.project) as ws:
        suggester = project_suggester(ws, args.suggester or COMBINED)
        doc_ids = _doc_ids(ws, args.doc)
        ids = doc_ids if doc_ids is not None else ws.document_ids()
        count = 0
        with progress_bar(f"suggesting ({suggester.name})", total=len(ids)) as bar:
            for doc_id in ids:
                count += ws.store_suggestions(doc_id, suggester.name, suggester.suggest(ws.document(doc_id)))
                bar.advance()
    say(f"stored {counted(count, 'suggestion')} for {counted(len(ids), 'document')}")
    return EXIT_OK


def train(args: argparse.Namespace) -> int:
    import time

    from cli.interrupts import stop_if_interrupted
    from kathan.suggest.combined import LEARNED, RULES_ONLY
    from storage.training import current_model

    started = time.perf_counter()
    with opened(args.project) as ws:
        say("training the learned suggester (Ctrl+C stops it and keeps the stored model)…", file=sys.stderr)
        trained = current_model(ws, force=True, check=stop_if_interrupted)
    if trained.model is None:
        raise KathanError(f"{args.project}: nothing to learn from yet: annotate or review some documents first")
    labels = ", ".join(f"{label} {trained.model.counts.get(label, 0)}" for label in [*trained.model.spans, *trained.model.sentences])
    links = ", ".join(f"{name} {trained.model.counts.get('link:' + name, 0)}" for name in trained.model.links)
    print(f"trained on {counted(trained.documents, 'document')} in {time.perf_counter() - started:.1f} s")
    print(f"labels (spans seen): {labels or 'none'}; links: {links or 'none'}")
    verdicts = trained.verdicts
    overruled = verdicts.won_by(LEARNED)
    print(f"the learned model overrules the rules for: {', '.join(overruled) if overruled else 'no label yet'}")
    alone = verdicts.won_by(RULES_ONLY)
    if alone:
        print(f"the rules alone (the learned model's extra spans scored no better) for: {', '.join(alone)}")
    for least, what in ((verdicts.floors, "the learned model's extra spans only from a confidence on (they scored best so)"),
                        (verdicts.overrules, "a learned span this sure takes the place of the rules' it overlaps")):
        if least:
            print(f"{what} for: {', '.join(f'{label} from {sure:g}' for label, sure in sorted(least.items()))}")
    return EXIT_OK


def evaluate(args: argparse.Namespace) -> int:
    from kathan.evaluate import annotated_from_record
    from kathan.evaluate import evaluate as run_evaluation
    from kathan.formats import registry

    if args.cv is not None:
        return _cross_validate(args)
    if args.gold is None:
        raise KathanError("evaluate needs --gold PATH or --cv K")
    gold_path = Path(args.gold)
    if not gold_path.exists():
        raise KathanError(f"{gold_path}: no such file")
    gold = [annotated_from_record(record) for record in registry.read_paths([gold_path], "jsonl").records]
    with opened(args.project) as ws:
        names = [doc.document.name for doc in gold]
        predicted = []
        for name in names:
            document = ws.document_by_name(name)
            if document is None:
                raise KathanError(f"{args.gold}: document {name!r} is not in {_for_people(args.project)}")
            predicted.extend(ws.iter_suggested([document.id]) if args.suggestions else ws.iter_annotated([document.id]))
    report = run_evaluation(predicted, gold, match=args.match)
    say(report.format_table())
    return EXIT_OK


def _cross_validate(args: argparse.Namespace) -> int:
    from kathan.suggest.learned.crossval import cross_validate
    from storage.training import rules

    with opened(args.project) as ws:
        docs = ws.training_documents()
        schema = ws.schema
    print(cross_validate(docs, schema, rules(), k=args.cv).format_table())
    return EXIT_OK


def agree(args: argparse.Namespace) -> int:
    from kathan.agreement import agree as measure
    from kathan.agreement import dumps

    with opened(args.project) as ws:
        unknown = [label for label in args.labels or () if label not in ws.schema.label_names]
        if unknown:
            raise KathanError(f"no label {unknown[0]!r} in the schema (it has {', '.join(ws.schema.label_names)})")
        report = measure(ws.iter_annotated(_doc_ids(ws, args.doc)), labels=args.labels, annotators=args.annotators)
    if args.json:
        say(dumps(report))
    elif args.csv:
        sys.stdout.write(report.to_csv())
    else:
        say(report.format_table())
    return EXIT_OK


def merge(args: argparse.Namespace) -> int:
    from storage.teams import merge_project

    conflicts = 0
    with opened(args.target) as target:
        for source_path in args.sources:
            with opened(source_path) as source:
                if source.schema.source != target.schema.source:
                    say(f"warning: {source_path} has another schema than {args.target}; spans must fit the target's", file=sys.stderr)
                report = merge_project(target, source)
            say(
                f"{source_path}: {counted(report.added, 'new document')}, layers added to "
                f"{counted(report.layered, 'document')}, {counted(len(report.conflicts), 'conflict')}"
            )
            for problem in report.conflicts:
                say(f"conflict: {problem.message}", file=sys.stderr)
            conflicts += len(report.conflicts)
    if conflicts:
        say(f"{counted(conflicts, 'conflict')} left as they were in {args.target}: settle them in the curation view", file=sys.stderr)
        return EXIT_USER_ERROR
    return EXIT_OK


def copy(args: argparse.Namespace) -> int:
    from storage.teams import copy_project

    with opened(args.source) as source:
        total = len(source.documents())
        with progress_bar("copying", total=total) as bar:
            copy_project(source, args.target, progress=bar.advance).close()
    say(f"copied {counted(total, 'document')} to {_for_people(args.target)}")
    return EXIT_OK


def _read_as(formats: tuple[str, ...], options: dict[str, object]) -> str:
    """Each format read, with the unit its offsets were read in (``--offset-unit`` where it took one)."""
    from kathan.formats import registry
    from kathan.formats.base import offsets_in

    parts = []
    for name in formats:
        format_ = registry.get_format(name)
        chosen = any(o.name == "offset_unit" for o in format_.options_for("read")) and options.get("offset_unit")
        parts.append(f"{name} ({offsets_in(str(chosen) if chosen else format_.offset_unit.value)})")
    return ", ".join(parts) or "nothing"


def _added(before: Schema, after: Schema) -> str:
    labels = [label.name for label in after.labels if before.label(label.name) is None]
    relations = [r.name for r in after.relations if before.relation(r.name) is None]
    attributes = [
        f"{label.name}.{a.name}" for label in after.labels for a in label.attributes
        if before.label(label.name) is None or before.label(label.name).attribute(a.name) != a  # type: ignore[union-attr]
    ]
    parts = [f"labels {', '.join(labels)}" if labels else "", f"relation types {', '.join(relations)}" if relations else "",
             f"attributes {', '.join(attributes)}" if attributes else ""]
    return "; ".join(p for p in parts if p) or "relation ends"


def _format_options(args: argparse.Namespace) -> dict[str, object]:
    """The format options given on the command line (``--offset-unit utf16`` -> ``{"offset_unit": "utf16"}``)."""
    return {key.removeprefix("format_"): value for key, value in vars(args).items()
            if key.startswith("format_") and value is not None}


def _for_people(target: str) -> str:
    from storage.urls import for_people

    return for_people(target)


def counted(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _doc_ids(ws: Workspace, names: list[str] | None) -> list[int] | None:
    if not names:
        return None
    ids = []
    for name in dict.fromkeys(names):  # a name given twice is one document, exported or suggested once
        document = ws.document_by_name(name)
        if document is None:
            raise KathanError(f"no document named {name!r} in the project")
        ids.append(document.id)
    return ids
