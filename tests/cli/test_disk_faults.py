"""Real read-only folders, full disks, read-only files, devices and hostile names: precise
messages naming the file, nothing changed, nothing raw reaching the terminal.

Read-only and full file systems are real mounts (a bind mount remounted read-only, a tiny
tmpfs) made in a private mount namespace (``unshare -m``); where that is not allowed (no root,
no unshare) those tests are skipped.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cli.main import main
from tests.conftest import REPO, SAMPLE


def kathan(*args: str | Path) -> int:
    return main([str(a) for a in args])


def can_mount() -> bool:
    if shutil.which("unshare") is None:
        return False
    probe = subprocess.run(["unshare", "-m", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt"], capture_output=True)
    return probe.returncode == 0


needs_mounts = pytest.mark.skipif(not can_mount(), reason="needs unshare -m and mount (root in a private namespace)")
KATHAN = f"{sys.executable} -m cli.main"


def in_namespace(script: str, cwd: Path) -> str:
    """Runs ``script`` (sh) in a private mount namespace; returns its stdout and stderr together."""
    done = subprocess.run(
        ["unshare", "-m", "sh", "-c", script], cwd=cwd, capture_output=True, text=True, timeout=120,
        env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin:/usr/sbin:/sbin"},
    )
    return done.stdout + done.stderr


@pytest.fixture
def project(tmp_path: Path) -> Path:
    folder = tmp_path / "projects"
    folder.mkdir()
    path = folder / "p.kathan"
    assert kathan("init", path) == 0 and kathan("import", path, SAMPLE) == 0
    return path


@needs_mounts
def test_a_project_in_a_read_only_folder_is_named_as_such(project: Path, tmp_path: Path) -> None:
    """A valid project on a read-only mount is not "not a Kathan project": the message says the
    folder is read-only and why SQLite needs it writable; no traceback."""
    folder = project.parent
    out = in_namespace(
        f"mount --bind {folder} {folder} && mount -o remount,bind,ro {folder} && "
        f"{KATHAN} stats {project}; echo rc=$?; {KATHAN} import {project} {SAMPLE}; echo rc=$?",
        REPO,
    )
    assert out.count("rc=1") == 2, out
    assert f"the folder {folder} is read-only" in out and "not a Kathan project" not in out
    assert "Traceback" not in out


@needs_mounts
def test_a_full_disk_is_named_and_changes_nothing(project: Path, tmp_path: Path) -> None:
    """An import that fills the disk is refused naming the project file and the full disk; after
    space is freed the project holds what it held."""
    big = tmp_path / "big.txt"
    big.write_text("कहा गया कि " * 30_000, encoding="utf-8")
    disk = tmp_path / "disk"
    disk.mkdir()
    out = in_namespace(
        f"mount -t tmpfs -o size=700k tmpfs {disk} && cp {project} {disk}/p.kathan && "
        f"dd if=/dev/zero of={disk}/filler bs=1k count=440 2>/dev/null; "
        f"{KATHAN} import {disk}/p.kathan {big}; echo rc=$?; rm {disk}/filler; "
        f"{KATHAN} stats {disk}/p.kathan; echo rc=$?; "
        f"dd if=/dev/zero of={disk}/filler bs=1k count=700 2>/dev/null; {KATHAN} validate {disk}/p.kathan; echo rc=$?",
        REPO,
    )
    assert f"{disk}/p.kathan: the disk holding the project is full" in out, out
    assert "documents    1" in out  # the sample only: nothing of the failed import
    assert "ok: every span fits its text and the schema" in out  # still sound, read on a full disk
    assert "not a Kathan project" not in out and "Traceback" not in out


@pytest.mark.skipif(sys.platform != "linux", reason="/dev/full is Linux's")
def test_an_export_to_a_device_writes_to_it_and_never_replaces_it(project: Path) -> None:
    """``--out /dev/full`` fails with the device's own error, and the device is still a device."""
    assert kathan("export", project, "--format", "jsonl", "--out", "/dev/full") == 1
    assert Path("/dev/full").is_char_device()


def test_an_unwritable_export_target_is_named(project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An export into a path under a file cannot be written: the message names the path."""
    (tmp_path / "file").write_text("x")
    assert kathan("export", project, "--format", "jsonl", "--out", tmp_path / "file" / "o.jsonl") == 1
    err = capsys.readouterr().err
    assert str(tmp_path / "file") in err and "Traceback" not in err


def test_control_characters_in_names_are_escaped_on_the_terminal(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A file name with an escape sequence or a direction override is printed escaped."""
    hostile = tmp_path / "in" / "evil\x1b[2Jname\u202e.ann"
    hostile.parent.mkdir()
    hostile.write_text("T1\tQUOTE 0 1\tx\n")
    capsys.readouterr()
    assert kathan("import", project, hostile.parent) == 1
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\u202e" not in err
    assert "evil\\x1b[2Jname\\u202e" in err


def test_stats_into_a_closed_pipe_ends_quietly(project: Path) -> None:
    """``kathan stats P | head -1`` ends without a BrokenPipeError traceback."""
    done = subprocess.run(
        f"{sys.executable} -m cli.main stats {project} | head -1", shell=True, cwd=REPO, capture_output=True, text=True
    )
    assert "Traceback" not in done.stderr and done.stdout.strip()


def as_user(*command: str | Path) -> list[str]:
    """``command`` run so that file modes hold: as it is for a user, and for root without the
    capabilities that let root write any file (``setpriv`` drops them from the bounding set)."""
    args = [str(c) for c in command]
    if os.geteuid() != 0:
        return args
    return ["setpriv", "--bounding-set=-dac_override,-dac_read_search", *args]


can_drop_override = os.geteuid() != 0 or (
    shutil.which("setpriv") is not None
    and subprocess.run(as_user("true"), capture_output=True).returncode == 0
)


def run_as_user(*args: str | Path) -> tuple[int, str]:
    done = subprocess.run(as_user(sys.executable, "-m", "cli.main", *args), cwd=REPO, capture_output=True, text=True, timeout=120)
    return done.returncode, done.stdout + done.stderr


@pytest.mark.skipif(not can_drop_override, reason="root needs setpriv to give up writing read-only files")
def test_a_read_only_project_file_is_named_and_still_read(project: Path, tmp_path: Path) -> None:
    """A project file of mode 0444 in a writable folder: reading commands work; a write is refused
    naming the file and its mode, and changes nothing. Made writable again while the -shm file
    SQLite made beside it is still read-only, the refusal names that file instead."""
    new = tmp_path / "new.txt"
    new.write_text("नया लेख", encoding="utf-8")
    project.chmod(0o444)
    rc, out = run_as_user("stats", project)
    assert rc == 0 and "documents    1" in out, out
    rc, out = run_as_user("export", project, "--format", "jsonl", "--out", tmp_path / "o.jsonl")
    assert rc == 0 and len((tmp_path / "o.jsonl").read_text(encoding="utf-8").splitlines()) == 1, out
    rc, out = run_as_user("import", project, new)
    assert rc == 1, out
    assert f"{project}: the project cannot be written: the project file {project} is read-only (-r--r--r--)" in out
    assert "nothing was changed" in out and "Traceback" not in out
    rc, out = run_as_user("validate", project)
    assert rc == 0, out
    shm = project.with_name(project.name + "-shm")
    if shm.exists():  # SQLite made it with the project file's mode while reading
        shm.chmod(0o444)
        project.chmod(0o644)
        rc, out = run_as_user("import", project, new)
        assert rc == 1 and f"{shm} is read-only (-r--r--r--)" in out and "Traceback" not in out, out
        shm.chmod(0o644)
    project.chmod(0o644)
    rc, out = run_as_user("import", project, new)
    assert rc == 0, out
    assert "documents    2" in run_as_user("stats", project)[1]


@pytest.mark.skipif(not can_drop_override, reason="root needs setpriv to give up writing read-only files")
def test_the_workspace_names_a_read_only_project_file(project: Path) -> None:
    """Through the Workspace (what the window uses): an edit on a read-only project file is a StorageError naming
    it, and opening it for a new annotator (which records the name) says the same."""
    project.chmod(0o444)
    script = (
        "import sys\n"
        "from storage import Workspace, StorageError, ProjectError\n"
        "ws = Workspace.open(sys.argv[1])\n"
        "doc = ws.document_ids()[0]\n"
        "print(len(ws.spans(doc)))\n"
        "try:\n"
        "    ws.add_span(doc, 'QUOTE', [(0, 3)])\n"
        "except StorageError as error:\n"
        "    print('edit:', error)\n"
        "ws.close()\n"
        "try:\n"
        "    Workspace.open(sys.argv[1], annotator='new-person')\n"
        "except ProjectError as error:\n"
        "    print('open:', error)\n"
    )
    done = subprocess.run(as_user(sys.executable, "-c", script, project), cwd=REPO, capture_output=True, text=True, timeout=120)
    read_only = f"the project file {project} is read-only (-r--r--r--)"
    lines = done.stdout.splitlines()
    assert lines[0] == "0", done.stdout + done.stderr
    assert lines[1].startswith("edit:") and read_only in lines[1], done.stdout
    assert lines[2].startswith("open:") and read_only in lines[2], done.stdout
