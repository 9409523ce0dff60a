"""The ``kathan`` command under hostile conditions: occupied export folders, signals, bad input, secrets."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cli.main import main
from tests.conftest import REPO, SAMPLE


def kathan(*args: str | Path) -> int:
    return main([str(a) for a in args])


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "demo.kathan"
    assert kathan("init", path) == 0
    assert kathan("import", path, SAMPLE) == 0
    return path


def test_export_into_an_occupied_folder_is_refused_listing_the_files(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A brat export into a folder holding other files writes nothing and lists them with
    ``--overwrite``; exporting the same project again to its own export folder just works."""
    out = tmp_path / "brat"
    out.mkdir()
    (out / "thesis.tex").write_text("mine")
    capsys.readouterr()
    assert kathan("export", project, "--format", "brat", "--out", out) == 1
    err = capsys.readouterr().err
    assert "thesis.tex" in err and "--overwrite" in err and "Traceback" not in err
    assert sorted(p.name for p in out.iterdir()) == ["thesis.tex"]
    assert kathan("export", project, "--format", "brat", "--out", out, "--overwrite") == 0
    assert (out / "thesis.tex").read_text() == "mine" and (out / "ambassador-lavrov.txt").is_file()
    fresh = tmp_path / "fresh"
    assert kathan("export", project, "--format", "brat", "--out", fresh) == 0
    assert kathan("export", project, "--format", "brat", "--out", fresh) == 0
    other = tmp_path / "other.kathan"
    assert kathan("init", other) == 0 and kathan("import", other, SAMPLE) == 0
    capsys.readouterr()
    assert kathan("export", other, "--format", "brat", "--out", fresh) == 1
    assert "ambassador-lavrov.txt" in capsys.readouterr().err


def test_sigterm_during_a_cli_export_leaves_no_part_file(project: Path, tmp_path: Path) -> None:
    """SIGTERM ends an export like Ctrl+C: the temporary file is removed and the target never appears."""
    big = tmp_path / "big.kathan"
    assert kathan("init", big) == 0
    text = SAMPLE.read_text(encoding="utf-8")
    folder = tmp_path / "many"
    folder.mkdir()
    for number in range(300):
        (folder / f"d{number:04d}.txt").write_text(text + f"\n{number}\n", encoding="utf-8")
    assert kathan("import", big, folder) == 0
    out = tmp_path / "out.conll"
    process = subprocess.Popen(
        [sys.executable, "-m", "cli.main", "export", str(big), "--format", "conll", "--out", str(out)],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    deadline = time.monotonic() + 60
    # The export writes out.conll's part file inside a hidden folder beside it (checked there, then moved in).
    while not any(tmp_path.glob(".out.conll.*/*.part")) and process.poll() is None:
        assert time.monotonic() < deadline
        time.sleep(0.01)
    if process.poll() is not None:
        pytest.skip("the export finished before it could be interrupted")
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130, err
    assert "interrupted" in err and "Traceback" not in err
    assert not out.exists()
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".out.conll.")]


def test_import_refuses_links_out_unless_follow_links(project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``kathan import`` refuses a folder whose link leads out of it, naming the link; ``--follow-links`` reads it."""
    outside = tmp_path / "outside.txt"
    outside.write_text("बाहर का पाठ", encoding="utf-8")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "link.txt").symlink_to(outside)
    capsys.readouterr()
    assert kathan("import", project, folder) == 1
    assert "link.txt: a link to" in capsys.readouterr().err
    assert kathan("import", project, folder, "--follow-links") == 0
    assert "imported 1 document" in capsys.readouterr().out


def test_evaluate_with_deeply_nested_gold_names_file_and_line(project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``evaluate --gold`` on JSON nested 100,000 deep is refused with file and line, no traceback."""
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"text": "x", "meta": ' + "[" * 100_000 + "]" * 100_000 + "}\n")
    capsys.readouterr()
    assert kathan("evaluate", project, "--gold", gold) == 1
    err = capsys.readouterr().err
    assert "gold.jsonl:1:" in err and "nested deeper than" in err and "Traceback" not in err
