"""Which files an import reads: regular files only (a FIFO would block for ever), every folder or
file that cannot be read named as a problem, and links that lead out of the imported folder
refused unless the user asks to follow them."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from kathan.model import Problem
from kathan.text.decode import file_kind

FOLLOW_HINT = "--follow-links imports what links lead to"
SQLITE_BESIDE = ("-wal", "-shm", "-journal")
"""Suffixes of the files SQLite keeps beside a database (``p.kathan-wal``)."""


def database_file(path: Path) -> str:
    """What makes ``path`` a database rather than a document ("" when nothing does), seen from its
    name and its neighbours only: the file is never opened. Closing any descriptor of a file
    drops every lock the process holds on it, so reading a project that a window of this process
    has open (a folder imported with the project inside it) would let another process delete the
    write-ahead log under that window."""
    name = path.name
    for suffix in SQLITE_BESIDE:
        if name.endswith(suffix) and path.with_name(name.removesuffix(suffix)).is_file():
            return f"a file SQLite keeps beside {name.removesuffix(suffix)}"
    if path.suffix.lower() == ".kathan" and path.is_file():
        return "a Kathan project"
    if any(path.with_name(name + suffix).exists() for suffix in SQLITE_BESIDE[:2]):
        return "a database in use (SQLite's write-ahead log is beside it)"
    return ""


def walk(folder: Path, problems: list[Problem], follow_links: bool = False) -> list[Path]:
    """Every non-hidden regular file under ``folder``, sorted by relative path so imports are repeatable.

    Adds to ``problems``: a fatal one for each folder or file that cannot be read and for each
    link leading out of ``folder`` (unless ``follow_links``) or nowhere; a warning for each FIFO,
    device or socket skipped and each link to a folder inside ``folder`` (its files are read
    where they are).
    """
    top = folder.resolve()
    files: list[Path] = []
    seen_folders: set[Path] = {top}

    def unreadable(error: OSError) -> None:
        problems.append(Problem(str(error.filename or folder), 0, f"cannot read this folder: {error.strerror or error}"))

    for root, dirs, names in os.walk(folder, onerror=unreadable, followlinks=follow_links):
        kept = []
        for name in sorted(dirs):
            if name.startswith("."):
                continue
            path = Path(root, name)
            if path.is_symlink():
                target = path.resolve()
                if not target.is_dir():
                    problems.append(Problem(str(path), 0, "a link to a folder that does not exist"))
                    continue
                if not follow_links:
                    if _inside(target, top):
                        problems.append(
                            Problem(str(path), 0, f"a link to {target} inside the imported folder: skipped, its files are read there", fatal=False)
                        )
                    else:
                        problems.append(Problem(str(path), 0, f"a link to {target}, outside the imported folder; {FOLLOW_HINT}"))
                    continue
                if target in seen_folders or any(_inside(target, s) and _inside(s, target) for s in seen_folders):
                    problems.append(Problem(str(path), 0, f"a link back to {target}: skipped (it would loop)", fatal=False))
                    continue
                seen_folders.add(target)
            kept.append(name)
        dirs[:] = kept
        for name in names:
            if name.startswith("."):
                continue
            path = Path(root, name)
            checked = _check_file(path, top, follow_links, problems)
            if checked:
                files.append(path)
    return sorted(files, key=lambda p: p.relative_to(folder).as_posix())


def _check_file(path: Path, top: Path, follow_links: bool, problems: list[Problem]) -> bool:
    """Whether ``path`` is a file to read; says why not otherwise."""
    try:
        link = path.is_symlink()
        if link:
            target = path.resolve()
            if not target.exists():
                problems.append(Problem(str(path), 0, "a link to a file that does not exist"))
                return False
            if not follow_links and not _inside(target, top):
                problems.append(Problem(str(path), 0, f"a link to {target}, outside the imported folder; {FOLLOW_HINT}"))
                return False
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        problems.append(Problem(str(path), 0, "a link to a file that does not exist"))
        return False
    except OSError as error:
        problems.append(Problem(str(path), 0, f"cannot read this file: {error.strerror or error}"))
        return False
    if not stat.S_ISREG(mode):
        problems.append(Problem(str(path), 0, f"skipped: {file_kind(mode)}, not a regular file", fatal=False))
        return False
    if database := database_file(path):
        if not path.name.endswith(SQLITE_BESIDE):
            problems.append(Problem(str(path), 0, f"skipped: {database}, not a document", fatal=False))
        return False
    if not os.access(path, os.R_OK):
        problems.append(Problem(str(path), 0, "cannot read this file: permission denied"))
        return False
    return True


def check_given_file(path: Path, problems: list[Problem]) -> bool:
    """Whether a file named directly (not found in a folder) may be read; a problem says why not."""
    try:
        mode = os.stat(path).st_mode
    except OSError as error:
        problems.append(Problem(str(path), 0, f"cannot read this file: {error.strerror or error}"))
        return False
    if not stat.S_ISREG(mode):
        problems.append(Problem(str(path), 0, f"{file_kind(mode)}, not a regular file: Kathan imports only files"))
        return False
    if database := database_file(path):
        problems.append(Problem(str(path), 0, f"{database}, not a file to import: Kathan imports the files of other tools"))
        return False
    return True


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents
