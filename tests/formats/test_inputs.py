"""What an import reads: regular files only (a FIFO never blocks), unreadable folders and files
named, links out of the imported folder refused unless followed on purpose."""

from __future__ import annotations

import io
import os
import socket
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from kathan.formats.registry import detect_format, read_paths
from kathan.model import InputError
from kathan.text.decode import NotARegularFile, open_regular


def finishes(work: Callable[[], object], fifos: list[Path]) -> object:
    """Runs ``work`` in a thread; fails (and unblocks it by opening the FIFOs) if it does not end in 20 s."""
    outcome: list[object] = []

    def run() -> None:
        try:
            outcome.append(work())
        except BaseException as error:  # noqa: BLE001 - handed to the test below
            outcome.append(error)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(20)
    if thread.is_alive():
        for fifo in fifos:
            fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
            os.close(fd)
        thread.join(5)
        pytest.fail("reading blocked on a FIFO")
    return outcome[0]


def test_a_fifo_in_a_folder_is_skipped_with_a_warning(tmp_path: Path) -> None:
    """A FIFO among the files is skipped with a warning naming it; the rest is imported, nothing blocks."""
    (tmp_path / "a.txt").write_text("पाठ", encoding="utf-8")
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    result = finishes(lambda: read_paths([tmp_path]), [fifo])
    assert not isinstance(result, BaseException), result
    assert [r.name for r in result] == ["a"]
    assert any("pipe.txt" in str(w) and "FIFO" in str(w) for w in result.warnings)


def test_a_fifo_named_directly_or_beside_an_ann_is_an_error(tmp_path: Path) -> None:
    """A FIFO given as the file to import, or standing as the .txt of a brat pair, is refused naming it."""
    fifo = tmp_path / "pipe.jsonl"
    os.mkfifo(fifo)
    result = finishes(lambda: read_paths([fifo]), [fifo])
    assert isinstance(result, InputError) and "pipe.jsonl: a FIFO" in str(result)
    brat = tmp_path / "brat"
    brat.mkdir()
    (brat / "d.ann").write_text("T1\tQUOTE 0 1\tप\n", encoding="utf-8")
    os.mkfifo(brat / "d.txt")
    result = finishes(lambda: read_paths([brat]), [brat / "d.txt"])
    assert isinstance(result, InputError) and "d.txt" in str(result) and "FIFO" in str(result)
    assert finishes(lambda: detect_format(fifo), [fifo]) == "jsonl"


def test_a_socket_is_skipped_and_open_regular_refuses_it(tmp_path: Path) -> None:
    """A socket in a folder is skipped with a warning; opening one to read is refused at once."""
    (tmp_path / "a.txt").write_text("x")
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(tmp_path / "s.txt"))
        result = read_paths([tmp_path])
        assert any("s.txt" in str(w) and "socket" in str(w) for w in result.warnings)
    finally:
        server.close()
    with pytest.raises(NotARegularFile, match="a folder"):
        open_regular(tmp_path)


def test_links_out_of_the_folder_are_refused_unless_followed(tmp_path: Path) -> None:
    """A link to a file or a folder outside the imported folder is refused naming both, and read with follow_links."""
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("बाहर", encoding="utf-8")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("भीतर", encoding="utf-8")
    (folder / "link.txt").symlink_to(outside / "secret.txt")
    (folder / "linked-folder").symlink_to(outside)
    with pytest.raises(InputError) as refused:
        read_paths([folder])
    message = str(refused.value)
    assert "link.txt: a link to" in message and "linked-folder: a link to" in message
    assert "outside the imported folder; --follow-links" in message
    followed = read_paths([folder], follow_links=True)
    assert sorted(r.name for r in followed) == ["a", "link", "linked-folder/secret"]


def test_links_inside_loops_and_dangling_links(tmp_path: Path) -> None:
    """A link to a file inside is read; a link to a folder inside is skipped with a warning (its files
    are read there); a link looping back does not loop; a dangling link is an error naming it."""
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "a.txt").write_text("क", encoding="utf-8")
    (folder / "again").symlink_to(folder / "sub")
    (folder / "sub" / "loop").symlink_to(folder)
    result = read_paths([folder])
    assert [r.name for r in result] == ["sub/a"]
    assert any("again" in str(w) and "inside the imported folder" in str(w) for w in result.warnings)
    followed = read_paths([folder], follow_links=True)
    assert "sub/a" in [r.name for r in followed]
    (folder / "gone.txt").symlink_to(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="gone.txt: a link to a file that does not exist"):
        read_paths([folder])


def test_an_unreadable_folder_or_file_is_an_error_naming_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A subfolder that cannot be listed, or a file that cannot be read, is a fatal problem naming it,
    not a silent omission."""
    (tmp_path / "ok.txt").write_text("क")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "hidden-by-permissions.txt").write_text("ख")
    real_scandir = os.scandir

    def scandir(path: object = ".") -> object:
        if Path(os.fspath(path)) == locked:  # type: ignore[arg-type]
            raise PermissionError(13, "Permission denied", os.fspath(path))  # type: ignore[arg-type]
        return real_scandir(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)
    with pytest.raises(InputError, match=r"locked: cannot read this folder: Permission denied"):
        read_paths([tmp_path])
    monkeypatch.undo()
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if Path(p).name == "ok.txt" else real_access(p, mode))
    with pytest.raises(InputError, match=r"ok.txt: cannot read this file: permission denied"):
        read_paths([tmp_path])


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every folder whatever its permissions")
def test_a_folder_without_permission_is_named(tmp_path: Path) -> None:
    """Real permissions: a folder that cannot be listed is named."""
    (tmp_path / "ok.txt").write_text("क")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "x.txt").write_text("ख")
    locked.chmod(0)
    try:
        with pytest.raises(InputError, match="locked: cannot read this folder"):
            read_paths([tmp_path])
    finally:
        locked.chmod(0o755)


def test_databases_in_an_imported_folder_are_skipped_unopened(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A project kept among the files it imports (and any SQLite database in use there, with the
    files SQLite keeps beside it) is skipped without being opened: closing a descriptor of the
    project would drop the locks a window of this process holds on it."""
    (tmp_path / "a.txt").write_text("पाठ", encoding="utf-8")
    databases = ("p.kathan", "p.kathan-wal", "p.kathan-shm", "notes.db", "notes.db-wal", "old.kathan-journal", "old.kathan")
    for name in databases[:-1]:
        (tmp_path / name).write_text('{"text": "not a document"}\n', encoding="utf-8")
    (tmp_path / "old.kathan").write_bytes(b"")
    opened: list[str] = []
    real_open, real_io_open = os.open, io.open

    def watching_os(path: object, *args: object, **kwargs: object) -> int:
        opened.append(os.fspath(path))  # type: ignore[arg-type]
        return real_open(path, *args, **kwargs)  # type: ignore[arg-type]

    def watching_io(path: object, *args: object, **kwargs: object) -> object:
        opened.append(os.fspath(path) if isinstance(path, str | os.PathLike) else "")
        return real_io_open(path, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(os, "open", watching_os)
    monkeypatch.setattr(io, "open", watching_io)
    monkeypatch.setattr("builtins.open", watching_io)
    result = read_paths([tmp_path])
    assert detect_format(tmp_path / "notes.db") == "txt"
    monkeypatch.undo()
    assert [r.name for r in result] == ["a"]
    names = {Path(p).name for p in opened if Path(p).parent == tmp_path}
    assert "a.txt" in names and not names & set(databases)
    warned = sorted(Path(w.file).name for w in result.warnings)
    assert warned == ["notes.db", "old.kathan", "p.kathan"]
    assert all("not a document" in str(w) for w in result.warnings)


def test_a_project_named_as_a_file_to_import_is_refused(tmp_path: Path) -> None:
    project = tmp_path / "p.kathan"
    project.write_bytes(b"SQLite format 3\x00")
    with pytest.raises(InputError, match="p.kathan: a Kathan project, not a file to import"):
        read_paths([project])
