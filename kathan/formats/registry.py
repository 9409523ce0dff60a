"""The format registry: which formats exist, how to detect one, and the two entry points
``read_paths`` (all-or-nothing import of files and folders) and ``write`` (export)."""

from __future__ import annotations

import importlib
import importlib.util
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence, Sized
from dataclasses import dataclass, replace
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any

from kathan.formats.base import (
    AUTO,
    ExportReport,
    Format,
    FormatOption,
    ImportResult,
    Layout,
    Progress,
    ReadContext,
    Source,
)
from kathan.formats import inputs, output
from kathan.formats.guards import head_text
from kathan.formats.verify import Expected, check_readback
from kathan.model import AnnotatedDocument, DocumentRecord, InputError, KathanError, Problem
from kathan.schema import Schema, SchemaError, load_schema
from kathan.validate import GapFinder, SchemaGaps

ENTRY_POINT_GROUP = "kathan.formats"
"""Third-party formats: an entry point in this group names a ``Format`` (or a no-argument
callable returning one); its entry-point name is the format's name."""

BUILTIN_MODULES: dict[str, str] = {
    "txt": "kathan.formats.txt",
    "jsonl": "kathan.formats.jsonl",
    "brat": "kathan.formats.brat",
    "conll": "kathan.formats.conll",
    "webanno-tsv3": "kathan.formats.webanno_tsv3",
    "uima-xmi": "kathan.formats.uima_xmi",
    "doccano": "kathan.formats.doccano",
    "label-studio": "kathan.formats.label_studio",
    "prodigy": "kathan.formats.prodigy",
    "spacy": "kathan.formats.spacy",
    "hf": "kathan.formats.hf",
}
"""Built-in format name -> the module defining its ``FORMAT``, imported only when the format is
first needed (so listing names costs no import). A module of this table that is not installed
is no format: the table can name a format before its module exists."""

_registered: dict[str, Format] = {}
_loaded: dict[str, Format] = {}
_installed: dict[str, Callable[[], Any]] | None = None


def register(format_: Format) -> None:
    """Adds ``format_`` (or replaces the one of the same name) from code, over built-ins and entry points."""
    _registered[format_.name] = format_


def unregister(name: str) -> None:
    _registered.pop(name, None)
    _loaded.pop(name, None)


def _builtin_names() -> list[str]:
    return [name for name, module in BUILTIN_MODULES.items() if importlib.util.find_spec(module) is not None]


def _entry_points() -> dict[str, Callable[[], Any]]:
    global _installed
    if _installed is None:
        _installed = {ep.name: ep.load for ep in entry_points(group=ENTRY_POINT_GROUP)}
    return _installed


def format_names() -> list[str]:
    """Every available format name, built-ins in their table order, without importing any format."""
    names = dict.fromkeys(_builtin_names())
    names.update(dict.fromkeys(_entry_points()))
    names.update(dict.fromkeys(_registered))
    return list(names)


def get_format(name: str) -> Format:
    """The format called ``name``, imported on first use; ``KeyError`` naming the known ones otherwise."""
    if name in _registered:
        return _registered[name]
    if name in _loaded:
        return _loaded[name]
    format_ = _load(name)
    if format_ is None:
        raise KeyError(f"unknown format {name!r} (known: {', '.join(sorted(format_names()))})")
    _loaded[name] = format_
    return format_


def _load(name: str) -> Format | None:
    if name in _entry_points():
        found = _entry_points()[name]()
        format_ = found if isinstance(found, Format) else found()
    elif name in BUILTIN_MODULES and importlib.util.find_spec(BUILTIN_MODULES[name]) is not None:
        format_ = importlib.import_module(BUILTIN_MODULES[name]).FORMAT
    else:
        return None
    if not isinstance(format_, Format) or format_.name != name:
        raise TypeError(f"format {name!r} must be provided as a Format named {name!r}, got {format_!r}")
    return format_


def all_formats() -> list[Format]:
    """Every format (importing each), in ``format_names`` order."""
    return [get_format(name) for name in format_names()]


def readable_formats() -> list[str]:
    return [f.name for f in all_formats() if f.reader is not None]


def writable_formats() -> list[str]:
    return [f.name for f in all_formats() if f.writer is not None]


def _by_priority(formats: Iterable[Format]) -> list[Format]:
    return sorted(formats, key=lambda f: f.priority)


def detect_file(path: Path, *, fallback: bool = True) -> str | None:
    """The format reading the file ``path``: the first whose ``sniff`` accepts it (by
    priority), else the first reading its extension; with ``fallback``, JSONL for a file
    starting with ``{`` and plain text otherwise. None when nothing claims it, and for a
    database, which is not opened (``inputs.database_file``)."""
    if inputs.database_file(path):
        return None  # never opened (inputs.database_file says why)
    readers = _by_priority(f for f in all_formats() if f.reader is not None and f.reads is Layout.FILE)
    for format_ in readers:
        if format_.sniff is not None and format_.sniff(path):
            return format_.name
    suffix = path.suffix.lower()
    for format_ in readers:
        if suffix and suffix in format_.extensions:
            return format_.name
    if not fallback:
        return None
    return "jsonl" if head_text(path, 512).lstrip().startswith("{") else "txt"


def detect_folder(path: Path) -> str | None:
    """The format reading the folder ``path`` as one whole (a dataset folder), if any claims it."""
    for format_ in _by_priority(f for f in all_formats() if f.reader is not None and f.reads is Layout.FOLDER):
        if format_.sniff is not None and format_.sniff(path):
            return format_.name
    return None


def detect_format(path: str | os.PathLike[str]) -> str:
    """The name of the format of ``path``, by content (each format's ``sniff``) and extension.

    A folder is read whole by a folder format that claims it; otherwise its files are read
    each by its own format (``read_paths`` in auto mode), and this names the format of most
    of them other than plain text (txt when there is no other).
    """
    path = Path(path)
    if not path.is_dir():
        return detect_file(path) or "txt"
    whole = detect_folder(path)
    if whole is not None:
        return whole
    counts: dict[str, int] = {}
    for file in _walk(path):
        name = detect_file(file, fallback=False)
        if name is not None and file.name not in _companions():
            counts[name] = counts.get(name, 0) + 1
    counts.pop("txt", None) if len(counts) > 1 else None
    return max(counts, key=lambda n: counts[n]) if counts else "txt"


def options(direction: str) -> list[FormatOption]:
    """The ``direction`` ("read" or "write") options of every format, one per name (the first
    declaration's flag and help, the choices of all)."""
    merged: dict[str, FormatOption] = {}
    for format_ in all_formats():
        for option in format_.options_for(direction):
            known = merged.get(option.name)
            if known is None:
                merged[option.name] = option
            elif option.choices:
                choices = tuple(dict.fromkeys(known.choices + option.choices))
                merged[option.name] = FormatOption(known.name, known.help, direction, choices, known.default, known.flag)
    return list(merged.values())


def formats_using(option: str, direction: str) -> list[str]:
    return [f.name for f in all_formats() if any(o.name == option for o in f.options_for(direction))]


def check_options(format_name: str, given: Mapping[str, Any], direction: str) -> None:
    """Refuses (``KathanError``) options the format ``format_name`` does not take."""
    declared = {o.name: o for o in get_format(format_name).options_for(direction)}
    for name, value in given.items():
        option = declared.get(name)
        flag = "--" + name.replace("_", "-")
        if option is None:
            users = ", ".join(formats_using(name, direction)) or "no format"
            raise KathanError(f"{flag} is not an option of {format_name} ({'import' if direction == 'read' else 'export'}); it is one of {users}")
        if option.choices and value not in option.choices:
            raise KathanError(f"{flag} {value!r}: {format_name} takes one of {', '.join(option.choices)}")


def load_schema_file(path: str | os.PathLike[str]) -> Schema:
    """The schema in ``path``: Kathan's TOML, or a file a format's ``schema_reader`` recognises
    (brat's ``annotation.conf``, an INCEpTION type system). ``SchemaError`` when none can use it."""
    path = Path(path)
    if path.suffix.lower() != ".toml":
        for format_ in all_formats():
            if format_.schema_reader is not None and (schema := format_.schema_reader(path)) is not None:
                return schema
    return load_schema(path)


# What front ends show: file-dialog filters, export targets, help.


@dataclass(frozen=True, slots=True)
class ExportTarget:
    """How to ask for an export's destination: a folder, or a file with a suffix and a filter."""

    folder: bool
    suffix: str
    file_filter: str


def _filter(format_: Format) -> str:
    patterns = " ".join(f"*{e}" for e in format_.extensions) or "*"
    return f"{format_.display} ({patterns})"


def import_file_filter() -> str:
    """A Qt file-dialog filter for importing: every readable extension first, then one per format."""
    readers = [f for f in all_formats() if f.reader is not None]
    every = " ".join(dict.fromkeys(f"*{e}" for f in readers for e in f.extensions))
    parts = [f"Articles and annotations ({every})"]
    parts.extend(_filter(f) for f in readers if f.extensions)
    parts.append("All files (*)")
    return ";;".join(parts)


def format_of_filter(file_filter: str) -> str | None:
    """The readable format whose entry of ``import_file_filter`` is ``file_filter`` (None for
    the combined and "All files" entries)."""
    return next((f.name for f in all_formats() if f.reader is not None and f.extensions and _filter(f) == file_filter), None)


def export_target(name: str) -> ExportTarget:
    format_ = get_format(name)
    suffix = format_.extensions[0] if format_.extensions else ""
    return ExportTarget(format_.writes is Layout.FOLDER, suffix, _filter(format_))


def format_help(direction: str) -> str:
    """One line per format of ``direction`` ("read" or "write"): name, description, offset unit."""
    lines = []
    for format_ in all_formats():
        if (format_.reader if direction == "read" else format_.writer) is None:
            continue
        where = "a folder" if (format_.reads if direction == "read" else format_.writes) is Layout.FOLDER else "files"
        lines.append(f"{format_.name}: {format_.description} [{where}; offsets: {format_.offset_unit.value}]")
    return "\n".join(lines)


def _groups(
    paths: Sequence[str | os.PathLike[str]], format: str, follow_links: bool
) -> tuple[list[tuple[Format, list[Source]]], list[Problem]]:
    """The files to read, grouped by the format reading them, and the problems met finding them."""
    problems: list[Problem] = []
    groups: list[tuple[Format, list[Source]]] = []
    for raw_path in paths:
        path = Path(raw_path)
        if not path.exists():
            problems.append(Problem(str(path), 0, "no such file or folder"))
            continue
        if path.is_dir():
            problems.extend(Problem(str(path), 0, reason) for reason in output.check_export_folder(path))
        elif not inputs.check_given_file(path, problems):
            continue
        named = _readable(format, path) if format != AUTO else None
        if path.is_dir():
            whole = named if named is not None and named.reads is Layout.FOLDER else None
            if named is None and (claimed := detect_folder(path)) is not None:
                whole = get_format(claimed)
            if whole is not None:
                groups.append((whole, [_source(path, path.name, problems)]))
                continue
            files = _walk(path, problems, follow_links)
            format_of = _only(named) if named is not None else _detected
            by_format = _folder_sources(path, files, format_of, problems)
        else:
            chosen = named if named is not None else _readable(detect_file(path) or "txt", path)
            groups.append((chosen, [_source(path, path.stem, problems)]))
            continue
        skipped = by_format.pop(None, [])
        if skipped:
            shown = ", ".join(s.path.relative_to(path).as_posix() for s in skipped[:3])
            more = f" and {len(skipped) - 3} more" if len(skipped) > 3 else ""
            message = f"skipped {len(skipped)} files of no importable kind: {shown}{more}"
            problems.append(Problem(str(path), 0, message, fatal=False))
        if not by_format:
            problems.append(Problem(str(path), 0, "no files to import in this folder"))
        groups.extend((get_format(name), sources) for name, sources in by_format.items() if name is not None)
    return groups, problems


def read_paths(
    paths: Sequence[str | os.PathLike[str]],
    format: str = AUTO,
    *,
    schema: Schema | None = None,
    progress: Progress | None = None,
    options: Mapping[str, Any] | None = None,
    follow_links: bool = False,
    extend_schema: bool = False,
) -> ImportResult:
    """Reads files and folders (recursively, in sorted order) into records, all or nothing.

    In auto mode a folder that a folder format claims is read whole; otherwise each file is
    read by the format that recognises it (``detect_file``); files no format claims are
    skipped with a warning. With a named format, a folder's files with that format's
    extensions are read.

    Raises ``InputError`` listing every fatal problem of every file (file and line each)
    when there is any; otherwise returns the records in input order with the warnings met.
    Readers only parse (they may consult the schema to map names, never to refuse them); with
    a ``schema`` the records are then compared with it once
    (``kathan.validate.schema_gaps``): labels, relation types, attributes and values it lacks are
    fatal problems listed together, unless ``extend_schema``, which returns the schema with them
    added in ``ImportResult.schema`` (for ``Workspace.import_records(..., schema=...)``).
    ``progress(done_bytes, total_bytes)`` is called as files are read. ``options`` are the
    read options the user gave (see ``FormatOption``), passed to readers in ``ReadContext``.
    Only regular files are read (``inputs``): links leading out of a folder are refused
    unless ``follow_links``; a folder holding an interrupted Kathan export is refused.
    """
    stream = stream_paths(
        paths, format, schema=schema, progress=progress, options=options, follow_links=follow_links,
        refuse_gaps=not extend_schema,
    )
    records = list(stream)
    extended = None
    if schema is not None and stream.gaps:
        try:
            extended = stream.gaps.extended(schema)
        except SchemaError as exc:
            raise InputError([Problem(records[0].source, 0, f"cannot extend the schema: {exc.reason}")]) from None
    return ImportResult(records, stream.warnings, stream.formats, extended)


def stream_paths(
    paths: Sequence[str | os.PathLike[str]],
    format: str = AUTO,
    *,
    schema: Schema | None = None,
    progress: Progress | None = None,
    options: Mapping[str, Any] | None = None,
    follow_links: bool = False,
    refuse_gaps: bool = True,
) -> RecordStream:
    """The records of ``read_paths`` as they are read, for an import that stores them as they come
    (``Workspace.import_records``) and so keeps no more of a large corpus in memory than a batch.

    The same checks, all or nothing: iterating it raises ``InputError`` at the end when any file had
    a fatal problem, two records share a name, or (``refuse_gaps``) the records use what ``schema``
    lacks; once something is wrong no further record is given, though every file is still read to
    list every problem. ``warnings`` and ``formats`` are complete once it has been iterated.
    """
    groups, problems = _groups(paths, format, follow_links)
    total = sum(source.size for _, sources in groups for source in sources)
    ctx = ReadContext(schema, progress, total, options)
    ctx.extend(problems)
    return RecordStream(groups, ctx, schema, refuse_gaps)


class RecordStream(Iterable[DocumentRecord]):
    """Records read file by file (see ``stream_paths``); iterate it once."""

    def __init__(
        self, groups: list[tuple[Format, list[Source]]], ctx: ReadContext, schema: Schema | None, refuse_gaps: bool
    ) -> None:
        self._groups = groups
        self._ctx = ctx
        self._schema = schema
        self._refuse_gaps = refuse_gaps
        self.gaps = SchemaGaps()
        """What the records use that the schema lacks (complete after iterating)."""
        self.formats = tuple(dict.fromkeys(format_.name for format_, _ in groups))
        """The formats the inputs are read as, in input order."""

    @property
    def warnings(self) -> list[Problem]:
        return _in_file_order(self._ctx.warnings)

    def __iter__(self) -> Iterator[DocumentRecord]:
        ctx = self._ctx
        first: dict[str, tuple[int, str, int]] = {}
        clashes: list[Problem] = []
        known = len(ctx.problems)
        wrong = any(p.fatal for p in ctx.problems)
        count = 0
        finder = GapFinder(self._schema, self.gaps) if self._schema is not None else None
        for format_, sources in self._groups:
            assert format_.reader is not None
            try:
                for record in format_.reader(sources, ctx):
                    count += 1
                    earlier = first.setdefault(record.name, (count, record.source, record.line))
                    if earlier[0] != count:
                        where = f"{earlier[1]}:{earlier[2]}" if earlier[2] else earlier[1]
                        clashes.append(
                            Problem(record.source, record.line, f"document name {record.name!r} is already used by {where}")
                        )
                    if finder is not None:
                        finder.add((record,))
                    if len(ctx.problems) != known:
                        wrong = wrong or any(p.fatal for p in ctx.problems[known:])
                        known = len(ctx.problems)
                    wrong = wrong or bool(clashes) or (self._refuse_gaps and bool(self.gaps))
                    if not wrong:
                        yield record
            except (RecursionError, ValueError, UnicodeError, OverflowError, MemoryError) as exc:
                # A reader's checks missed a hostile input: still a refusal naming the files, never a traceback.
                ctx.error(_files_of(sources), 0, f"could not be read as {format_.name} ({type(exc).__name__}: {_first_line(exc)})")
        ctx.extend(clashes)
        if ctx.fatal:
            raise InputError(_in_file_order(ctx.fatal))
        if self._refuse_gaps and self._schema is not None and self.gaps:
            raise InputError(self.gaps.problems(self._schema))


def write(
    format: str,
    docs: Iterable[AnnotatedDocument],
    out: str | os.PathLike[str],
    schema: Schema | None = None,
    progress: Progress | None = None,
    *,
    overwrite: bool = False,
    project: str = "",
    verify: bool = True,
    **options: Any,
) -> ExportReport:
    """Exports ``docs`` (streamed) to ``out`` in ``format``; ``progress(done_documents, total)``.

    With ``verify`` (the default) a format that can be read is read back after writing and
    every document's text and spans re-sliced (``kathan.formats.verify``): an export that does
    not read back as written is a ``KathanError``.

    ``out`` is a folder for formats that write one (``Format.writes``) and a file otherwise,
    written safely by ``output.export`` (``project`` and ``overwrite`` are its). The report
    counts what was written and lists, with counts and document names, what the format could
    not hold. Raises ``KeyError`` for an unknown or read-only format, ``OutputInTheWay`` when
    ``out`` holds files an export must not replace silently, and ``KathanError`` when ``out``
    cannot be written. ``options`` go to the writer as keywords (front ends check the user's
    with ``check_options`` first).
    """
    format_ = get_format(format)
    if format_.writer is None:
        raise KeyError(f"Kathan cannot export {format} (it exports {', '.join(writable_formats())})")
    expected = (
        Expected(exact=format_.readback is not None, tokens=not format_.keeps_text)
        if verify and format_.reader is not None
        else None
    )
    try:
        given = expected.watch(docs) if expected is not None else docs
        if isinstance(docs, Sized) and expected is not None:
            given = _Sized(given, len(docs))

        def check(path: Path, report: ExportReport) -> None:
            if expected is not None:
                check_readback(format_, path, expected, report.renamed)

        report = output.export(
            format_, given, Path(out), schema, progress, overwrite=overwrite, project=project, check=check, **options
        )
    except OSError as exc:
        where = exc.filename or out
        raise KathanError(f"{where}: cannot write the export: {exc.strerror or exc}") from None
    if not report.offset_unit:
        report = replace(report, offset_unit=format_.offset_unit.value)
    return report


class _Sized(Iterable[AnnotatedDocument]):
    """An iterator that still tells its length, so writers' progress knows the total."""

    def __init__(self, items: Iterable[AnnotatedDocument], length: int) -> None:
        self._items = items
        self._length = length

    def __iter__(self) -> Iterator[AnnotatedDocument]:
        return iter(self._items)

    def __len__(self) -> int:
        return self._length


def _readable(name: str, path: Path) -> Format:
    try:
        format_ = get_format(name)
    except KeyError as exc:
        raise InputError([Problem(str(path), 0, str(exc.args[0]))]) from None
    if format_.reader is None:
        readable = ", ".join(readable_formats())
        raise InputError([Problem(str(path), 0, f"Kathan cannot import {name} files (it imports {readable})")])
    return format_


def _companions() -> frozenset[str]:
    """File names that formats read beside their files (brat's ``annotation.conf``): not documents."""
    return frozenset(name for f in all_formats() for name in f.companions)


def _only(format_: Format) -> Callable[[Path], str | None]:
    def format_of(path: Path) -> str | None:
        return format_.name if path.suffix.lower() in format_.extensions else None

    return format_of


def _detected(path: Path) -> str | None:
    return detect_file(path, fallback=False)


def _folder_sources(
    folder: Path, files: Sequence[Path], format_of: Callable[[Path], str | None], problems: list[Problem]
) -> dict[str | None, list[Source]]:
    """``files`` of ``folder`` grouped by the format that reads them (None: skipped), in order."""
    groups: dict[str | None, list[Source]] = {}
    companions = _companions()
    for file in files:
        if file.name in companions:
            continue
        source = _source(file, file.relative_to(folder).with_suffix("").as_posix(), problems)
        groups.setdefault(format_of(file), []).append(source)
    return groups


def _source(path: Path, name: str, problems: list[Problem]) -> Source:
    """The source ``path`` named ``name``; a name with bytes that are not UTF-8 (a Latin-1 file
    name, which Python keeps as lone surrogates no database stores) gets U+FFFD for them."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        fixed = name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
        shown = os.fsencode(path).decode("utf-8", "replace")
        problems.append(Problem(shown, 0, f"the file name is not UTF-8: the document is named {fixed!r}", fatal=False))
        name = fixed
    return Source(path, name)


def _walk(folder: Path, problems: list[Problem] | None = None, follow_links: bool = False) -> list[Path]:
    """Every non-hidden regular file under ``folder``, sorted (``inputs.walk``; problems to ``problems``)."""
    return inputs.walk(folder, [] if problems is None else problems, follow_links)


def _files_of(sources: Sequence[Source]) -> str:
    if len(sources) == 1:
        return str(sources[0].path)
    return f"{sources[0].path} (or one of the {len(sources) - 1} files read with it)"


def _first_line(error: BaseException) -> str:
    text = str(error).split("\n")[0]
    return text if len(text) <= 200 else text[:200] + "..."


def _in_file_order(problems: list[Problem]) -> list[Problem]:
    """Problems by file (in the order files were read), then by line."""
    order: dict[str, int] = {}
    for problem in problems:
        order.setdefault(problem.file, len(order))
    return sorted(problems, key=lambda p: (order[p.file], p.line))

