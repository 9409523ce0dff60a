"""Safe exports: folders moved into place whole, nothing overwritten silently, unique file names,
leftovers of killed exports removed and named."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kathan.formats.base import as_annotated
from kathan.formats.output import MANIFEST, FileNames, OutputInTheWay, files_in_the_way, read_manifest
from kathan.formats.registry import read_paths, write
from kathan.model import AnnotatedDocument, DocumentRecord, InputError, SpanRecord
from tests.conftest import REPO


def docs(*names: str) -> list[AnnotatedDocument]:
    return [
        as_annotated(DocumentRecord(name=name, text=f"पाठ {n}", spans=(SpanRecord("s", "QUOTE", ((0, 3),)),)), n + 1)
        for n, name in enumerate(names)
    ]


def files(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


def dead_pid() -> int:
    """The id of a process that has ended."""
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True, check=True)
    return int(done.stdout)


def test_folder_export_ends_with_a_manifest_of_its_files(tmp_path: Path) -> None:
    """A brat export holds the documents and, written last, a manifest naming the project and every file."""
    out = tmp_path / "out"
    report = write("brat", docs("a", "b"), out, project="P1")
    manifest = read_manifest(out)
    assert manifest is not None and manifest["state"] == "complete" and manifest["project"] == "P1"
    assert sorted(manifest["files"]) == [f for f in files(out) if f != MANIFEST]
    assert (report.documents, report.spans) == (2, 2)
    assert [p.name for p in tmp_path.iterdir()] == ["out"]


def test_exporting_the_same_project_again_replaces_its_export(tmp_path: Path) -> None:
    """A folder holding only an unchanged export of the same project is replaced whole: a document
    removed since is gone, nothing of the old export is left beside it."""
    out = tmp_path / "out"
    write("brat", docs("a", "b"), out, project="P1")
    assert files_in_the_way(out, "P1") == []
    write("brat", docs("a"), out, project="P1")
    assert "b.txt" not in files(out) and "a.txt" in files(out)
    assert [p.name for p in tmp_path.iterdir()] == ["out"]


@pytest.mark.parametrize("case", ["other project", "foreign file", "edited file", "no manifest"])
def test_anything_else_in_the_folder_is_refused_and_listed(tmp_path: Path, case: str) -> None:
    """Another project's export, a file the export did not write, a file edited since the export
    (someone corrected it in brat) and a folder with no manifest are in the way: refused, listed,
    and the folder is left exactly as it was."""
    out = tmp_path / "out"
    write("brat", docs("a"), out, project="P1")
    expected = ["a.ann", "a.txt", "annotation.conf"]
    project = "P1"
    if case == "other project":
        project = "P2"
    elif case == "foreign file":
        (out / "notes.md").write_text("mine")
        expected = ["notes.md"]
    elif case == "edited file":
        time.sleep(0.01)
        (out / "a.ann").write_text("T1\tQUOTE 0 1\tप\n", encoding="utf-8")
        expected = ["a.ann"]
    else:
        (out / MANIFEST).unlink()
    before = {name: (out / name).read_bytes() for name in files(out)}
    assert files_in_the_way(out, project) == expected
    with pytest.raises(OutputInTheWay) as refused:
        write("brat", docs("z"), out, project=project)
    assert refused.value.files == expected and "allow overwriting" in str(refused.value)
    assert {name: (out / name).read_bytes() for name in files(out)} == before
    assert [p.name for p in tmp_path.iterdir()] == ["out"]


def test_overwrite_merges_and_names_what_it_left(tmp_path: Path) -> None:
    """Allowed to overwrite, the export goes into the folder, which ends with a complete manifest;
    files it did not write are named in a warning."""
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.txt").write_text("x")
    report = write("brat", docs("a"), out, project="P1", overwrite=True)
    assert (out / "keep.txt").read_text() == "x" and (out / "a.txt").is_file()
    assert any("keep.txt" in w and "not written by this export" in w for w in report.warnings)
    manifest = read_manifest(out)
    assert manifest is not None and manifest["state"] == "complete" and "keep.txt" not in manifest["files"]


def test_a_cancelled_folder_export_leaves_nothing(tmp_path: Path) -> None:
    """A cancel (an exception from the progress callback) leaves no folder, or the previous one untouched."""
    out = tmp_path / "out"

    def cancel(done: int, total: int | None) -> None:
        if done == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write("brat", docs("a", "b", "c"), out, progress=cancel)
    assert list(tmp_path.iterdir()) == []
    write("brat", docs("a"), out, project="P")
    before = {name: (out / name).read_bytes() for name in files(out)}
    with pytest.raises(KeyboardInterrupt):
        write("brat", docs("x", "y", "z"), out, progress=cancel, project="P")
    assert {name: (out / name).read_bytes() for name in files(out)} == before
    assert [p.name for p in tmp_path.iterdir()] == ["out"]


def test_an_interrupted_merge_is_refused_on_import(tmp_path: Path) -> None:
    """A folder whose manifest says an export into it was interrupted, or whose listed files are
    missing, is refused on import instead of being read as a subset."""
    out = tmp_path / "out"
    write("brat", docs("a", "b"), out, project="P")
    (out / "b.txt").unlink()
    (out / "b.ann").unlink()
    with pytest.raises(InputError, match="2 files of the Kathan export it holds are missing: b.ann, b.txt"):
        read_paths([out])
    manifest = json.loads((out / MANIFEST).read_text())
    manifest["state"] = "incomplete"
    (out / MANIFEST).write_text(json.dumps(manifest))
    with pytest.raises(InputError, match="was interrupted"):
        read_paths([out])


def test_leftovers_of_killed_exports_are_removed_and_named(tmp_path: Path) -> None:
    """What a killed export left (a part file, a half-written folder) is removed by the next export
    to the same target and named in its report; a live process's part file is left alone."""
    pid = dead_pid()
    part = tmp_path / f".x.jsonl.{pid}-0123abcd.part"
    part.write_text("half")
    live = tmp_path / f".x.jsonl.{os.getpid()}-0123abcd.part"
    live.write_text("mine")
    report = write("jsonl", docs("a"), tmp_path / "x.jsonl")
    assert not part.exists() and live.exists()
    assert any(str(part) in w and "interrupted" in w for w in report.warnings)
    half = tmp_path / f".out.{pid}-0123abcd.kathan-tmp"
    (half / "sub").mkdir(parents=True)
    (half / "sub" / "a.txt").write_text("x")
    report = write("brat", docs("a"), tmp_path / "out")
    assert not half.exists() and any(half.name in w for w in report.warnings)


def test_a_previous_export_moved_aside_by_a_killed_export_is_put_back(tmp_path: Path) -> None:
    """Killed between moving the old export aside and moving the new one in, the old one comes back."""
    write("brat", docs("a"), tmp_path / "out", project="P")
    aside = tmp_path / f".out.{dead_pid()}-0123abcd.kathan-old"
    (tmp_path / "out").rename(aside)
    report = write("brat", docs("b"), tmp_path / "out", project="P")
    assert any("put back the previous export" in w for w in report.warnings)
    assert "b.txt" in files(tmp_path / "out") and not aside.exists()


def test_file_names_are_safe_and_unique() -> None:
    """Names that clean to the same file (``../x`` and ``_/x``, ``a\\b`` and ``a/b``, ``.`` and
    ``..``, case, composed and decomposed forms) get distinct files; control characters,
    hidden names and over-long names are made safe."""
    names = FileNames((".txt", ".ann"))
    given = ["../x", "_/x", "a\\b", "a/b", ".", "..", "Doc", "doc", "café", "cafe\u0301", "n\x00ul", ".hidden",
             "/abs", "x" * 400, "x" * 401, "q:r"]
    paths = [names.path_for(name) for name in given]
    keys = {p.casefold() for p in paths}
    assert len(keys) == len(given)
    for path in paths:
        for part in path.split("/"):
            assert part not in ("", ".", "..") and not part.startswith(".")
            assert "\x00" not in part and ":" not in part and len(part.encode()) <= 200
    assert paths[:4] == ["_/x", "_/x~2", "a/b", "a/b~2"]
    clash = FileNames((".txt", ".ann"))
    assert clash.path_for("x") == "x" and clash.path_for("x.txt/y") == "x.txt~2/y"


def test_brat_export_of_colliding_names_writes_every_document(tmp_path: Path) -> None:
    """Every document of a brat export has its own pair, so reading the folder gives all of them back."""
    names = ["../x", "_/x", "a\\b", "a/b", ".", "..", "A", "a"]
    report = write("brat", docs(*names), tmp_path / "out")
    assert report.documents == len(names)
    back = read_paths([tmp_path / "out"])
    assert len(back) == len(names)
    assert sorted(r.text for r in back) == sorted(d.document.text for d in docs(*names))
    assert any("written under another name" in w for w in report.warnings)


@pytest.mark.parametrize("format_name", ["brat", "jsonl"])
def test_killed_export_never_looks_complete(tmp_path: Path, format_name: str) -> None:
    """An export process killed with SIGKILL at random points leaves either nothing or a whole
    export; the next export removes its leftovers."""
    rng = random.Random(12)
    suffix = "" if format_name == "brat" else ".jsonl"
    for attempt in range(4):
        out = tmp_path / f"out{attempt}{suffix}"
        process = subprocess.Popen(
            [sys.executable, "-m", "tests.formats.export_process", format_name, str(out), "400"],
            cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "started"
        time.sleep(rng.uniform(0.0, 0.6))
        process.send_signal(signal.SIGKILL)
        process.communicate()
        if out.exists():
            records = read_paths([out])
            assert len(records) == 400
        write(format_name, docs("a"), out, project="kill-test")
        leftovers = [p.name for p in tmp_path.iterdir() if p.name.startswith(f".{out.name}.")]
        assert leftovers == []
