"""What a command imports before it works: `kathan --help` and `kathan stats` start without the heavy parts."""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from kathan.model import DocumentRecord, Origin, SpanRecord
from storage import Workspace
from storage.stats import quick_stats

PROBE = (
    "import sys, runpy\n"
    "sys.argv = ['kathan', *sys.argv[1:]]\n"
    "try:\n"
    "    runpy.run_module('cli.main', run_name='__main__')\n"
    "except SystemExit:\n"
    "    pass\n"
    "heavy = sorted(m for m in ('sqlalchemy', 'alembic', 'rich', 'regex', 'kathan.formats.registry', 'storage.workspace')"
    " if m in sys.modules)\n"
    "print('HEAVY', heavy, file=sys.stderr)\n"
)


def _heavy_imports(*args: str) -> list[str]:
    done = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True, timeout=60)
    line = next(l for l in done.stderr.splitlines() if l.startswith("HEAVY"))
    return eval(line.removeprefix("HEAVY "))  # a list literal printed by the probe


def test_help_imports_neither_storage_nor_formats() -> None:
    """`kathan --help` lists the commands without loading SQLAlchemy, rich or the format registry."""
    assert _heavy_imports("--help") == []


def test_stats_on_a_sqlite_project_imports_no_sqlalchemy(tmp_path: Path) -> None:
    """`kathan stats` on an up-to-date SQLite project reads it with sqlite3 alone."""
    path = tmp_path / "p.kathan"
    Workspace.create(str(path)).close()
    assert _heavy_imports("stats", str(path)) == []


def test_export_help_still_lists_every_format() -> None:
    """The format choices are built for the command that needs them."""
    done = subprocess.run([sys.executable, "-m", "cli.main", "export", "--help"], capture_output=True, text=True, timeout=60)
    assert "brat" in done.stdout and "jsonl" in done.stdout


def test_quick_stats_equal_the_workspace_stats(tmp_path: Path) -> None:
    """The sqlite3-only counts are the Workspace's, section by section."""
    path = tmp_path / "p.kathan"
    ws = Workspace.create(str(path), annotator="asha")
    try:
        text = "मंत्री ने कहा कि सब ठीक है।"
        quote = (text.index("सब"), text.index("।"))
        changes = ws.import_records([DocumentRecord(name="a", text=text, spans=(SpanRecord("T1", "QUOTE", (quote,)),))])
        doc = changes.documents_added[0]
        ws.add_span(doc, "SPEAKER", [(0, len("मंत्री"))], origin=Origin.MANUAL)
        expected = ws.stats()
    finally:
        ws.close()
    assert quick_stats(path) == expected


def test_quick_stats_leave_other_targets_to_the_workspace(tmp_path: Path) -> None:
    """URLs, missing files, files that are not projects: None, so the Workspace gives its checks and messages."""
    not_a_project = tmp_path / "notes.kathan"
    not_a_project.write_text("hello", encoding="utf-8")
    assert quick_stats("postgresql://host/db") is None
    assert quick_stats(tmp_path / "missing.kathan") is None
    assert quick_stats(not_a_project) is None


def test_jsonl_export_of_a_sqlite_project_imports_no_sqlalchemy_and_writes_what_the_workspace_writes(tmp_path: Path) -> None:
    """`kathan export --format jsonl` of a sound SQLite project reads it with sqlite3 alone, and the file is
    byte for byte the export of the Workspace's model values (a discontinuous span, tied bounds, a relation)."""
    from kathan.formats.registry import write
    from kathan.model import RelationRecord

    path = tmp_path / "p.kathan"
    text = "मंत्री ने कहा कि सब ठीक है।"
    quote = (text.index("सब"), text.index("।"))
    spans = (
        SpanRecord("T1", "QUOTE", (quote,), attributes={"form": "direct"}),
        SpanRecord("T2", "CLAIM", (quote,)),
        SpanRecord("T3", "SPEAKER", ((0, len("मंत्री")), (text.index("कहा"), text.index("कहा") + 3))),
    )
    with Workspace.create(str(path), annotator="asha") as ws:
        ws.import_records([
            DocumentRecord(name=f"d{n}", text=text, spans=spans, relations=(RelationRecord("R1", "said_by", "T1", "T3"),))
            for n in range(3)
        ])
        write("jsonl", ws.iter_annotated(), tmp_path / "values.jsonl")
    out = tmp_path / "quick.jsonl"
    assert not {"sqlalchemy", "alembic", "storage.workspace"} & set(_heavy_imports("export", str(path), "--format", "jsonl", "--out", str(out)))
    assert out.read_bytes() == (tmp_path / "values.jsonl").read_bytes()


def test_import_starts_without_the_other_formats_or_the_text_layer_it_does_not_use(tmp_path: Path) -> None:
    """`kathan import --format jsonl` imports neither the other formats (their options and help are
    not needed to parse it) nor the tokenizer and sentence splitter."""
    path = tmp_path / "p.kathan"
    Workspace.create(str(path)).close()
    source = tmp_path / "a.jsonl"
    source.write_text('{"id": "a", "text": "राम ने कहा।"}\n', encoding="utf-8")
    probe = PROBE.replace("('sqlalchemy', 'alembic', 'rich', 'regex', 'kathan.formats.registry', 'storage.workspace')",
                          "('kathan.formats.brat', 'kathan.formats.doccano', 'kathan.text.tokens', 'kathan.text.sentences')")
    done = subprocess.run([sys.executable, "-c", probe, "import", str(path), str(source), "--format", "jsonl"],
                          capture_output=True, text=True, timeout=60)
    assert "imported 1 document" in done.stdout
    assert "HEAVY []" in done.stderr


@pytest.mark.parametrize(
    "argv",
    [
        ["import", "p.kathan", "a.jsonl", "--format", "jsonl"],
        ["import", "p.kathan", "a.json", "--offset-unit", "utf16", "--format", "doccano"],  # a format's own option
        ["import", "p.kathan", "a.json", "--offset", "utf16"],  # abbreviated
        ["import", "p.kathan", "a.jsonl", "--ext"],  # abbreviated
        ["import", "p.kathan", "a.jsonl", "--format", "bogus"],
        ["import", "p.kathan", "a.jsonl", "--bogus"],
        ["import", "p.kathan"],
        ["import", "p.kathan", "a.jsonl", "--offset-unit", "bytes"],
        ["export", "p.kathan", "--format", "conll", "--scheme", "bilou", "--out", "x"],
        ["export", "p.kathan", "--format", "jsonl", "--out", "x"],
        ["export", "p.kathan", "--out", "x"],
        ["stats", "p.kathan", "extra"],
    ],
)
def test_the_lean_parse_answers_as_the_whole_parser_does(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    """A command line gives the same arguments, or the same message and exit code, whether or not
    the formats' options were left out of its first parse."""
    from cli.main import _parsed, build_parser

    def outcome(parse: Callable[[], argparse.Namespace]) -> tuple[object, str]:
        try:
            found: object = {k: v for k, v in vars(parse()).items() if k != "handler" and not (k.startswith("format_") and v is None)}
        except SystemExit as exit_:
            found = exit_.code
        return found, capsys.readouterr().err

    assert outcome(lambda: _parsed(argv)) == outcome(lambda: build_parser(argv).parse_args(argv))
