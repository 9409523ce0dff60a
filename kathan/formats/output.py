"""Safe exports: nothing half-written ever looks complete, and nothing is overwritten silently.

A folder export is written to a hidden folder beside its target, closed by a manifest
(``.kathan-export.json``, written last) and then moved into place, so a cancel, crash or
kill leaves either the previous folder or the new one, never a mixture. It goes to a new or
empty folder, or to one holding only an unchanged previous Kathan export of the same project
(the manifest lists its files with size and modification time); anything else is in the way
and refused unless ``overwrite=True``, which merges the export into the folder under a
manifest that says "incomplete" until the last file is in. A single-file export is written,
with the files its writer puts beside it, into a hidden folder beside its target, read back
there, and moved over the target only when the check passes (each file through a hidden
``.part`` file renamed over it); what is hidden is removed on every exit the process sees. The next export to the same target removes what a killed one left and
names it. ``FileNames`` gives documents file names that are safe and unique in one export.

For front ends: ``files_in_the_way(out, project)`` before asking the user, then
``export(..., overwrite=...)`` (what ``registry.write`` calls).
"""

from __future__ import annotations

import json
import os
import shutil
import unicodedata
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from kathan.formats.inputs import database_file
from kathan.formats.base import Layout
from kathan.model import KathanError

if TYPE_CHECKING:
    from kathan.formats.base import ExportReport, Format, Progress
    from kathan.model import AnnotatedDocument
    from kathan.schema import Schema

Check = Callable[[Path, "ExportReport"], None]
"""``check(path, report)``: raises to refuse what an export wrote at ``path``."""

MANIFEST = ".kathan-export.json"
"""The file a folder export writes last: which project and which files (size, mtime) it holds."""
MANIFEST_VERSION = 1
_PART, _TEMP_FOLDER, _OLD_FOLDER = "part", "kathan-tmp", "kathan-old"
_SHOWN = 8


class OutputInTheWay(KathanError):
    """The export target holds files that are not an unchanged previous export of this project."""

    def __init__(self, target: Path, files: list[str]) -> None:
        self.target = target
        self.files = files
        shown = ", ".join(files[:_SHOWN]) + (f" and {len(files) - _SHOWN} more" if len(files) > _SHOWN else "")
        super().__init__(
            f"{target}: holds {len(files)} file{'s' if len(files) != 1 else ''} that are not an unchanged "
            f"earlier Kathan export of this project, which the export would replace or mix with: {shown}. "
            "Choose a new or empty folder, or allow overwriting"
        )


class IncompleteExport(KathanError):
    """A folder whose manifest says an export into it was interrupted."""


# what is in the way


def files_in_the_way(out: str | os.PathLike[str], project: str = "") -> list[str]:
    """The files at ``out`` an export would replace or mix with, as paths relative to ``out``.

    Empty for a path that does not exist, an empty folder, and a folder holding only the files
    of a previous export of ``project`` unchanged since (its manifest says so). A file at ``out``
    is in the way itself (its name is returned).
    """
    target = Path(out)
    if not target.exists():
        return []
    if not target.is_dir():
        return [target.name]
    ours = _previous_export(target, project)
    return [name for name in _relative_files(target) if name != MANIFEST and not _unchanged(target, name, ours)]


def _previous_export(folder: Path, project: str) -> dict[str, Any]:
    """The files the manifest of ``folder`` lists, when it is an export of ``project``; else none."""
    manifest = read_manifest(folder)
    if manifest is None or manifest.get("project") != project:
        return {}
    files = manifest.get("files")
    return files if isinstance(files, dict) else {}


def _unchanged(folder: Path, name: str, listed: dict[str, Any]) -> bool:
    entry = listed.get(name)
    if not isinstance(entry, dict):
        return False
    try:
        status = (folder / name).stat()
    except OSError:
        return False
    return entry.get("size") == status.st_size and entry.get("mtime_ns") == status.st_mtime_ns


def read_manifest(folder: str | os.PathLike[str]) -> dict[str, Any] | None:
    """The manifest of an export folder, or None when there is none (or it is not ours)."""
    try:
        data = json.loads((Path(folder) / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError):
        return None
    if not isinstance(data, dict) or data.get("kathan_export") != MANIFEST_VERSION:
        return None
    return data


def check_export_folder(folder: str | os.PathLike[str]) -> list[str]:
    """Why the Kathan export in ``folder`` is not whole (interrupted, files missing or changed); [] when it is
    or when ``folder`` holds no Kathan export. Import calls this before reading a folder."""
    folder = Path(folder)
    manifest = read_manifest(folder)
    if manifest is None:
        return []
    if manifest.get("state") != "complete":
        return [f"{folder}: an export into this folder was interrupted (its {MANIFEST} says so); export again"]
    listed = manifest.get("files")
    if not isinstance(listed, dict):
        return []
    missing = [name for name in listed if not (folder / name).is_file()]
    if missing:
        shown = ", ".join(missing[:_SHOWN]) + (f" and {len(missing) - _SHOWN} more" if len(missing) > _SHOWN else "")
        return [f"{folder}: {len(missing)} files of the Kathan export it holds are missing: {shown}"]
    return []


# exporting


def export(
    format_: Format,
    docs: Iterable[AnnotatedDocument],
    out: str | os.PathLike[str],
    schema: Schema | None = None,
    progress: Progress | None = None,
    *,
    overwrite: bool = False,
    project: str = "",
    check: Check | None = None,
    **options: Any,
) -> ExportReport:
    """Writes ``docs`` to ``out`` with ``format_``'s writer, safely (see the module's docstring).

    ``project`` identifies the project exported (``Workspace.identity()``): a folder holding an
    unchanged export of the same project is replaced without asking. Raises ``OutputInTheWay``
    (listing the files) when ``out`` holds anything else and ``overwrite`` is false.
    ``check(path, report)`` judges what was written (reading it back) and raises to refuse it:
    a folder is checked before it is moved into place, so a refused one never appears.
    """
    assert format_.writer is not None
    target = Path(out)
    notes = clear_leftovers(target)
    if format_.writes is Layout.FOLDER:
        report = _export_folder(format_, docs, target, schema, progress, overwrite, project, check, options)
    elif check is None or _is_device(target):  # a pipe or a device cannot be read back
        report = format_.writer(docs, target, schema, progress, **options)
    else:
        report = _export_file(format_, docs, target, schema, progress, check, options)
    return replace(report, warnings=notes + report.warnings) if notes else report


def _export_file(
    format_: Format,
    docs: Iterable[AnnotatedDocument],
    target: Path,
    schema: Schema | None,
    progress: Progress | None,
    check: Check,
    options: dict[str, Any],
) -> ExportReport:
    """A one-file export, with the files its writer puts beside it (CoNLL's label list, Label
    Studio's config), is written into a hidden folder beside ``target`` and checked there; only
    then are they moved into place, ``target`` last, so a refused export never appears."""
    _refuse_as_file_target(target)
    temp = _sibling(target, _TEMP_FOLDER)
    temp.mkdir()
    try:
        staged = temp / target.name
        report = format_.writer(docs, staged, schema, progress, **options)
        check(staged, report)
        for written in sorted(temp.iterdir(), key=lambda p: p == staged):
            os.replace(written, target.parent / written.name)
    finally:
        shutil.rmtree(temp, ignore_errors=True)
    return report


def _export_folder(
    format_: Format,
    docs: Iterable[AnnotatedDocument],
    target: Path,
    schema: Schema | None,
    progress: Progress | None,
    overwrite: bool,
    project: str,
    check: Check | None,
    options: dict[str, Any],
) -> ExportReport:
    assert format_.writer is not None
    if target.exists() and not target.is_dir():
        raise KathanError(f"{target}: is a file; {format_.name} writes a folder, so name a new or empty folder")
    in_the_way = files_in_the_way(target, project)
    if in_the_way and not overwrite:
        raise OutputInTheWay(target, in_the_way)
    merge = bool(in_the_way)
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        temp = _sibling(target, _TEMP_FOLDER)
        temp.mkdir()
    except PermissionError:
        if not target.is_dir():
            raise
        temp = target / f".{os.getpid()}-{uuid.uuid4().hex[:8]}.{_TEMP_FOLDER}"  # a folder we may not replace
        temp.mkdir()
        merge = True
    try:
        report = format_.writer(docs, temp, schema, progress, **options)
        if check is not None:
            check(temp, report)
        files = _relative_files(temp)
        if merge:
            report = replace(report, warnings=report.warnings + _merge_in(temp, target, files, project, format_, report))
        else:
            _write_manifest(temp, project, format_.name, report, "complete", files)
            _swap_in(temp, target)
    finally:
        if temp.exists():
            shutil.rmtree(temp, ignore_errors=True)
    return report


def _swap_in(temp: Path, target: Path) -> None:
    """Moves the finished ``temp`` folder to ``target``, replacing the previous export there."""
    if not target.exists():
        os.rename(temp, target)
        return
    old = _sibling(target, _OLD_FOLDER)
    os.rename(target, old)
    try:
        os.rename(temp, target)
    except BaseException:
        os.rename(old, target)
        raise
    shutil.rmtree(old, ignore_errors=True)


def _merge_in(
    temp: Path, target: Path, files: list[str], project: str, format_: Format, report: ExportReport
) -> list[str]:
    """Moves the files of ``temp`` into ``target`` under an "incomplete" manifest, then marks it complete.

    Returns a warning naming the files in ``target`` this export did not write.
    """
    _write_manifest(target, project, format_.name, report, "incomplete", [])
    for name in files:
        destination = target / name
        destination.parent.mkdir(parents=True, exist_ok=True)
        if destination.is_dir():
            shutil.rmtree(destination)
        os.replace(temp / name, destination)
    written = set(files)
    others = [
        name
        for name in _relative_files(target, skip=temp)
        if name != MANIFEST and name not in written
    ]
    _write_manifest(target, project, format_.name, report, "complete", files)
    if not others:
        return []
    shown = ", ".join(others[:_SHOWN]) + (f" and {len(others) - _SHOWN} more" if len(others) > _SHOWN else "")
    return [f"{len(others)} files in {target} were not written by this export (left from before): {shown}"]


def _write_manifest(
    folder: Path, project: str, format_name: str, report: ExportReport, state: str, files: list[str]
) -> None:
    listed: dict[str, dict[str, int]] = {}
    for name in files:
        status = (folder / name).stat()
        listed[name] = {"size": status.st_size, "mtime_ns": status.st_mtime_ns}
    data = {
        "kathan_export": MANIFEST_VERSION,
        "state": state,
        "project": project,
        "format": format_name,
        "documents": report.documents,
        "spans": report.spans,
        "relations": report.relations,
        "files": listed,
    }
    part = folder / f"{MANIFEST}.{os.getpid()}.{_PART}"
    with part.open("w", encoding="utf-8") as handle:
        json.dump(data, handle, ensure_ascii=False, indent=1, sort_keys=True)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(part, folder / MANIFEST)


def _relative_files(folder: Path, skip: Path | None = None) -> list[str]:
    """Every file under ``folder`` (hidden ones too, symlinks not followed), as sorted POSIX paths."""
    found: list[str] = []
    for root, dirs, names in os.walk(folder):
        if skip is not None:
            dirs[:] = [d for d in dirs if Path(root, d) != skip]
        found.extend(Path(root, n).relative_to(folder).as_posix() for n in names)
    return sorted(found)


# single files


@contextmanager
def atomic_output(path: Path, newline: str = "\n") -> Iterator[IO[str]]:
    """A text handle whose content replaces ``path`` only when the block ends without error.

    A device or pipe (``/dev/stdout``) is written to directly, never replaced.
    The content goes to a hidden ``.NAME.PID-RANDOM.part`` beside ``path``, removed on any
    exit Python sees (an error, Ctrl+C, a cancel raised by a progress callback, SIGTERM in the
    CLI). Refuses (``KathanError``) to replace a folder or an SQLite database or its WAL: an
    export pointed at the project file by mistake would otherwise destroy the project.
    """
    if _is_device(path):
        with path.open("w", encoding="utf-8", newline=newline) as stream:
            yield stream
        return
    temp = _part_beside(path)
    try:
        with temp.open("x", encoding="utf-8", newline=newline) as handle:
            yield handle
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def atomic_bytes(path: Path, data: bytes) -> None:
    """``data`` replaces ``path`` whole or not at all, with ``atomic_output``'s refusals and part file."""
    if _is_device(path):
        path.write_bytes(data)
        return
    temp = _part_beside(path)
    try:
        with temp.open("xb") as handle:
            handle.write(data)
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def _is_device(path: Path) -> bool:
    """A device or a pipe (``/dev/stdout``, a FIFO): written to as it is, never replaced by a file."""
    return path.exists() and not path.is_file() and not path.is_dir()


def _part_beside(path: Path) -> Path:
    """Where a single-file export is written first, after refusing a folder or a database as ``path``."""
    _refuse_as_file_target(path)
    return _sibling(path, _PART)


def _refuse_as_file_target(path: Path) -> None:
    """Refuses a folder or a database as the file an export replaces; makes its folder."""
    if path.is_dir():
        raise KathanError(f"{path}: is a folder; this format writes one file, so name a file to write")
    if _is_database(path):
        raise KathanError(f"{path}: is a database (a Kathan project?); an export never replaces one, choose another file")
    path.parent.mkdir(parents=True, exist_ok=True)


def _sibling(target: Path, kind: str) -> Path:
    """A hidden path beside ``target`` named after it, this process and ``kind``."""
    return target.with_name(f".{target.name}.{os.getpid()}-{uuid.uuid4().hex[:8]}.{kind}")


def clear_leftovers(target: str | os.PathLike[str]) -> list[str]:
    """Removes what killed exports to ``target`` left beside it (their process is gone) and says what.

    A previous export that a killed export had moved aside while replacing it is put back
    when nothing took its place.
    """
    target = Path(target)
    parent = target.parent
    prefix = f".{target.name}."
    try:
        candidates = sorted(p for p in parent.iterdir() if p.name.startswith(prefix))
    except OSError:
        return []
    notes: list[str] = []
    for path in candidates:
        pid, kind = _leftover_of(path.name[len(prefix) :])
        if kind is None or _alive(pid):
            continue
        size = _size(path)
        if kind == _OLD_FOLDER and not target.exists():
            os.rename(path, target)
            notes.append(f"put back the previous export {target} that an interrupted export had moved to {path.name}")
            continue
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
        notes.append(f"removed {path} ({_megabytes(size)}), left by an export that was interrupted")
    return notes


def _leftover_of(tail: str) -> tuple[int, str | None]:
    """(pid, kind) of a leftover's name after ``.TARGET.``: ``PID-RANDOM.KIND``."""
    stem, _, kind = tail.rpartition(".")
    pid_text, dash, random = stem.partition("-")
    if kind not in (_PART, _TEMP_FOLDER, _OLD_FOLDER) or not dash or not pid_text.isdigit() or len(random) != 8:
        return 0, None
    return int(pid_text), kind


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def _size(path: Path) -> int:
    if path.is_dir():
        total = 0
        for root, _, names in os.walk(path):
            for name in names:
                try:
                    total += os.lstat(os.path.join(root, name)).st_size
                except OSError:
                    pass
        return total
    try:
        return path.lstat().st_size
    except OSError:
        return 0


def _megabytes(size: int) -> str:
    return f"{size / 1e6:.1f} MB" if size >= 100_000 else f"{size} bytes"


_DATABASE_MAGIC = (b"SQLite format 3\x00", b"\x37\x7f\x06\x82", b"\x37\x7f\x06\x83")
"""How an SQLite database file and its write-ahead log begin."""


def _is_database(path: Path) -> bool:
    """Whether ``path`` is an SQLite database (or its log); one in use is known by its
    neighbours, without opening it (``inputs.database_file``)."""
    if database_file(path):
        return True
    try:
        with path.open("rb") as handle:
            head = handle.read(16)
    except OSError:
        return False
    return head.startswith(_DATABASE_MAGIC)


# file names


_UNSAFE_IN_NAMES = frozenset('<>:"|?*')
"""Characters Windows forbids in file names (an export folder may be copied there)."""
_PART_BYTES = 180
"""The longest name part kept, in UTF-8 bytes (file systems allow 255; room for suffixes)."""


class FileNames:
    """File paths for document names in one export: safe (no ``..``, no absolute paths, no control
    characters, no hidden files) and unique, also where the file system ignores case or
    normalization. A document name with ``/`` becomes subfolders."""

    def __init__(self, suffixes: tuple[str, ...] = ("",)) -> None:
        self._suffixes = suffixes
        self._files: set[str] = set()
        self._folders: set[str] = set()

    def path_for(self, name: str) -> str:
        """The relative path (without suffix) for the document ``name``; differs from ``name`` only
        when the name is unsafe or its file is taken by an earlier document."""
        parts = [_safe_part(part) for part in name.replace("\\", "/").split("/")]
        for i in range(len(parts) - 1):
            original, number = parts[i], 1
            while _key("/".join(parts[: i + 1])) in self._files:
                number += 1
                parts[i] = _numbered(original, number)
        folders = ["/".join(parts[: i + 1]) for i in range(len(parts) - 1)]
        base, number = parts[-1], 1
        while True:
            path = "/".join([*parts[:-1], base])
            keys = [_key(path + suffix) for suffix in self._suffixes]
            if not any(k in self._files or k in self._folders for k in keys):
                break
            number += 1
            base = _numbered(parts[-1], number)
        self._files.update(keys)
        self._folders.update(_key(folder) for folder in folders)
        return path


def _safe_part(part: str) -> str:
    cleaned = "".join(
        "_" if ch in _UNSAFE_IN_NAMES or unicodedata.category(ch) in ("Cc", "Cs", "Zl", "Zp") else ch for ch in part
    )
    if cleaned in ("", ".", ".."):
        return "_"
    if cleaned.startswith("."):
        cleaned = "_" + cleaned[1:]
    encoded = cleaned.encode("utf-8")
    if len(encoded) > _PART_BYTES:
        cleaned = encoded[:_PART_BYTES].decode("utf-8", "ignore")
    return cleaned


def _numbered(part: str, number: int) -> str:
    return f"{part}~{number}"


def _key(path: str) -> str:
    return unicodedata.normalize("NFC", path).casefold()
