"""The format registry: which formats exist, how to detect one, and the two entry points
``read_paths`` (all-or-nothing import of files and folders) and ``write`` (export)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from kathan.formats import brat, conll, inputs, jsonl, output, spacy, txt
from kathan.formats.base import ExportReport, Format, ImportResult, Progress, ReadContext, Source
from kathan.model import AnnotatedDocument, DocumentRecord, InputError, KathanError, Problem
from kathan.schema import Schema
from kathan.text.decode import open_regular

_FORMATS: dict[str, Format] = {}


def register(format_: Format) -> None:
    """Adds ``format_`` (or replaces the one of the same name)."""
    _FORMATS[format_.name] = format_


for _builtin in (txt.FORMAT, jsonl.FORMAT, brat.FORMAT, conll.FORMAT, spacy.FORMAT):
    register(_builtin)


def get_format(name: str) -> Format:
    """The format called ``name``; ``KeyError`` naming the known ones otherwise."""
    try:
        return _FORMATS[name]
    except KeyError:
        raise KeyError(f"unknown format {name!r} (known: {', '.join(sorted(_FORMATS))})") from None


def all_formats() -> list[Format]:
    return list(_FORMATS.values())


def readable_formats() -> list[str]:
    return [f.name for f in _FORMATS.values() if f.reader is not None]


def writable_formats() -> list[str]:
    return [f.name for f in _FORMATS.values() if f.writer is not None]


def detect_format(path: str | os.PathLike[str]) -> str:
    """The name of the format of ``path``, by extension and, for folders, by what they hold.

    A folder holding any ``.ann`` file is brat; one holding only ``.jsonl`` files is JSONL;
    otherwise txt (``read_paths`` in auto mode reads a mixed folder file by file). A ``.txt``
    file with an ``.ann`` beside it is brat. Unknown extensions are read as JSONL when the file
    starts with ``{`` and as text otherwise.
    """
    path = Path(path)
    if path.is_dir():
        suffixes = {p.suffix.lower() for p in _walk(path)}
        if ".ann" in suffixes:
            return "brat"
        if suffixes & {".jsonl", ".ndjson"} and ".txt" not in suffixes:
            return "jsonl"
        return "txt"
    suffix = path.suffix.lower()
    if suffix == ".ann" or (suffix == ".txt" and path.with_suffix(".ann").exists()):
        return "brat"
    for format_ in _FORMATS.values():
        if format_.reader is not None and suffix in format_.extensions:
            return format_.name
    try:
        with open_regular(path) as handle:
            head = handle.read(512).lstrip(b"\xef\xbb\xbf \t\r\n")
    except OSError:
        return "txt"
    return "jsonl" if head.startswith(b"{") else "txt"


def read_paths(
    paths: Sequence[str | os.PathLike[str]],
    format: str = "auto",
    *,
    schema: Schema | None = None,
    progress: Progress | None = None,
    follow_links: bool = False,
) -> ImportResult:
    """Reads files and folders (recursively, in sorted order) into records, all or nothing.

    In auto mode each file of a folder is read by its suffix (``.txt`` as brat when the folder
    holds ``.ann`` files, ``.jsonl``); other files are skipped with a warning.

    Raises ``InputError`` listing every fatal problem of every file (file and line each)
    when there is any; otherwise returns the records in input order with the warnings met.
    With a ``schema``, unknown labels, attributes and relation types are fatal problems too.
    ``progress(done_bytes, total_bytes)`` is called as files are read. Only regular files are
    read (``inputs``): links leading out of a folder are refused unless ``follow_links``.
    """
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
        if format != "auto":
            format_ = _readable(format, path)
            if not path.is_dir():
                groups.append((format_, [_source(path, path.stem, problems)]))
                continue
            files = _walk(path, problems, follow_links)
            by_format = _folder_sources(path, files, _only(format_), problems)
        elif not path.is_dir():
            groups.append((_readable(detect_format(path), path), [_source(path, path.stem, problems)]))
            continue
        else:
            files = _walk(path, problems, follow_links)
            by_format = _folder_sources(path, files, _auto_format(files), problems)
        skipped = by_format.pop(None, [])
        if skipped:
            shown = ", ".join(s.path.relative_to(path).as_posix() for s in skipped[:3])
            more = f" and {len(skipped) - 3} more" if len(skipped) > 3 else ""
            message = f"skipped {len(skipped)} files of no importable kind: {shown}{more}"
            problems.append(Problem(str(path), 0, message, fatal=False))
        if not by_format:
            problems.append(Problem(str(path), 0, "no files to import in this folder"))
        groups.extend((get_format(name), sources) for name, sources in by_format.items() if name is not None)
    total = sum(source.size for _, sources in groups for source in sources)
    ctx = ReadContext(schema, progress, total)
    ctx.extend(problems)
    records: list[DocumentRecord] = []
    for format_, sources in groups:
        assert format_.reader is not None
        try:
            records.extend(format_.reader(sources, ctx))
        except (RecursionError, ValueError, UnicodeError, OverflowError, MemoryError) as exc:
            # A reader's checks missed a hostile input: still a refusal naming the files, never a traceback.
            ctx.error(_files_of(sources), 0, f"could not be read as {format_.name} ({type(exc).__name__}: {_first_line(exc)})")
    _check_unique_names(records, ctx)
    if ctx.fatal:
        raise InputError(_in_file_order(ctx.fatal))
    return ImportResult(records, _in_file_order(ctx.warnings))


def write(
    format: str,
    docs: Iterable[AnnotatedDocument],
    out: str | os.PathLike[str],
    schema: Schema | None = None,
    progress: Progress | None = None,
    *,
    overwrite: bool = False,
    project: str = "",
    **options: Any,
) -> ExportReport:
    """Exports ``docs`` (streamed) to ``out`` in ``format``; ``progress(done_documents, total)``.

    ``out`` is a file for jsonl, conll and spacy and a folder for brat, written safely by
    ``output.export`` (``project`` and ``overwrite`` are its). The report counts what was
    written and lists, with counts and document names, what the format could not hold.
    Raises ``KeyError`` for an unknown or read-only format, ``OutputInTheWay`` when ``out``
    holds files an export must not replace silently, and ``KathanError`` when ``out`` cannot
    be written.
    """
    format_ = get_format(format)
    if format_.writer is None:
        raise KeyError(f"Kathan cannot export {format} (it exports {', '.join(writable_formats())})")
    try:
        return output.export(format_, docs, out, schema, progress, overwrite=overwrite, project=project, **options)
    except OSError as exc:
        where = exc.filename or out
        raise KathanError(f"{where}: cannot write the export: {exc.strerror or exc}") from None


def _files_of(sources: Sequence[Source]) -> str:
    if len(sources) == 1:
        return str(sources[0].path)
    return f"{sources[0].path} (or one of the {len(sources) - 1} files read with it)"


def _first_line(error: BaseException) -> str:
    text = str(error).split("\n")[0]
    return text if len(text) <= 200 else text[:200] + "..."


def _readable(name: str, path: Path) -> Format:
    try:
        format_ = get_format(name)
    except KeyError as exc:
        raise InputError([Problem(str(path), 0, str(exc.args[0]))]) from None
    if format_.reader is None:
        readable = ", ".join(readable_formats())
        raise InputError([Problem(str(path), 0, f"Kathan cannot import {name} files (it imports {readable})")])
    return format_


_BRAT_CONFIGS = frozenset({"annotation.conf", "visual.conf", "tools.conf", "kb_shortcuts.conf"})


def _only(format_: Format) -> Callable[[str], str | None]:
    def format_of(suffix: str) -> str | None:
        return format_.name if suffix in format_.extensions else None

    return format_of


def _auto_format(files: Sequence[Path]) -> Callable[[str], str | None]:
    """Which format reads a file of a folder, by suffix: brat for ``.txt`` when any ``.ann`` is there."""
    brat_folder = any(p.suffix.lower() == ".ann" for p in files)
    by_suffix = {".ann": "brat", ".txt": "brat" if brat_folder else "txt", ".jsonl": "jsonl", ".ndjson": "jsonl"}
    return by_suffix.get


def _folder_sources(
    folder: Path, files: Sequence[Path], format_of: Callable[[str], str | None], problems: list[Problem]
) -> dict[str | None, list[Source]]:
    """``files`` of ``folder`` grouped by the format that reads them (None: skipped), in order."""
    groups: dict[str | None, list[Source]] = {}
    for file in files:
        if file.name in _BRAT_CONFIGS:
            continue
        source = _source(file, file.relative_to(folder).with_suffix("").as_posix(), problems)
        groups.setdefault(format_of(file.suffix.lower()), []).append(source)
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


def _in_file_order(problems: list[Problem]) -> list[Problem]:
    """Problems by file (in the order files were read), then by line."""
    order: dict[str, int] = {}
    for problem in problems:
        order.setdefault(problem.file, len(order))
    return sorted(problems, key=lambda p: (order[p.file], p.line))


def _check_unique_names(records: list[DocumentRecord], ctx: ReadContext) -> None:
    first: dict[str, DocumentRecord] = {}
    for record in records:
        earlier = first.setdefault(record.name, record)
        if earlier is not record:
            where = f"{earlier.source}:{earlier.line}" if earlier.line else earlier.source
            ctx.error(record.source, record.line, f"document name {record.name!r} is already used by {where}")
