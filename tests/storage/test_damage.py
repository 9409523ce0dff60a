"""Damaged project files and hostile URLs: validate says where, export saves every readable
document and names the rest, and no command ends in a traceback or shows a password."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from cli.main import main
from kathan.model import DocumentRecord
from storage import ProjectError, Workspace
from storage.errors import DamagedError, DamagedProjectError

PAGE = 4096


def kathan(*args: str | Path) -> int:
    return main([str(a) for a in args])


@pytest.fixture(scope="module")
def sound(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project of 30 documents of about 3 KB each: every document fills most of a page."""
    path = tmp_path_factory.mktemp("sound") / "p.kathan"
    with Workspace.create(path) as ws:
        ws.import_records(
            [DocumentRecord(name=f"d{n:02d}", text=f"दस्तावेज़ {n} " + "क" * 1200) for n in range(30)]
        )
    return path


def pages_of(path: Path, table: str) -> list[int]:
    """The non-root pages of ``table`` (its leaves), from SQLite's dbstat."""
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf'", (table,)).fetchall()
    return sorted(r[0] for r in rows)


def damaged_copy(sound: Path, tmp_path: Path, page: int, mode: str = "ff") -> Path:
    path = tmp_path / "damaged.kathan"
    shutil.copy(sound, path)
    with path.open("r+b") as handle:
        start = PAGE * (page - 1) + (100 if page == 1 else 0)
        handle.seek(start)
        data = bytearray(handle.read(PAGE - (100 if page == 1 else 0)))
        if mode == "ff":
            data[8:208] = b"\xff" * 200
        elif mode == "zero":
            data[:] = bytes(len(data))
        else:
            data[16:] = data[16:][::-1]
        handle.seek(start)
        handle.write(data)
    return path


def test_validate_names_the_damaged_table_and_page(sound: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A broken page of the documents table: validate names the table and the page, and the documents lost."""
    page = pages_of(sound, "documents")[3]
    path = damaged_copy(sound, tmp_path, page)
    assert kathan("validate", path) == 1
    out = capsys.readouterr()
    assert "table documents: damaged" in out.out  # with the page where SQLite's check can name it
    assert f"pages {page}" in out.out or "pages" not in out.out
    assert "cannot be read" in out.out and "Traceback" not in out.err


def test_export_saves_every_readable_document_and_names_the_rest(
    sound: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """From a project with a broken documents page, export writes every other document and names the lost ones."""
    path = damaged_copy(sound, tmp_path, pages_of(sound, "documents")[3])
    out = tmp_path / "saved.jsonl"
    assert kathan("export", path, "--format", "jsonl", "--out", out) == 1
    err = capsys.readouterr().err
    assert "could not be read and are not in the export" in err
    lost = [name for name in (f"d{n:02d}" for n in range(30)) if f"{name} (id" in err]
    written = out.read_text(encoding="utf-8").splitlines()
    assert lost and len(written) + len(lost) == 30


@dataclass(frozen=True)
class _Suggestion:
    key: str
    label: str
    fragments: tuple[tuple[int, int], ...]
    confidence: float = 0.9
    attributes: dict[str, str] = field(default_factory=dict)
    links: tuple[object, ...] = ()
    rule: str = "test"


@pytest.fixture(scope="module")
def suggested(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The 30 documents of ``sound``, each with three suggestions (one rejected) and no annotations."""
    path = tmp_path_factory.mktemp("suggested") / "p.kathan"
    with Workspace.create(path) as ws:
        ids = ws.import_records(
            [DocumentRecord(name=f"d{n:02d}", text=f"दस्तावेज़ {n} " + "क" * 1200) for n in range(30)]
        ).documents_added
        for doc_id in ids:
            made = [_Suggestion(f"s{i}", "QUOTE", ((12 + 10 * i, 16 + 10 * i),)) for i in range(3)]
            ws.store_suggestions(doc_id, "test", made)
            ws.reject_suggestions([ws.suggestions(doc_id)[0].id])
    return path


@pytest.mark.parametrize("table", ["documents", "suggestions"])
def test_export_of_suggestions_saves_every_readable_document_and_names_the_rest(
    suggested: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], table: str
) -> None:
    """A broken page of the documents or of the suggestions: export --suggestions writes every document whose
    suggestions it can read, names the others, and ends with exit code 1."""
    path = damaged_copy(suggested, tmp_path, pages_of(suggested, table)[len(pages_of(suggested, table)) // 2])
    out = tmp_path / "saved.jsonl"
    assert kathan("export", path, "--format", "jsonl", "--suggestions", "--include-rejected", "--out", out) == 1
    err = capsys.readouterr().err
    assert "could not be read and are not in the export" in err and "Traceback" not in err
    lost = [name for name in (f"d{n:02d}" for n in range(30)) if f"{name} (id" in err]
    written = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert lost and len(written) + len(lost) == 30
    assert {line["id"] for line in written}.isdisjoint(lost)
    assert all(len(line["spans"]) == 3 and {s["status"] for s in line["spans"]} == {"open", "rejected"} for line in written)


def test_export_of_any_damaged_documents_page_saves_or_names_every_document(
    sound: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each page of the documents table garbled in turn: export (read with sqlite3 alone when the file
    looks sound) writes all 30 documents or ends with 1 naming the lost ones; never a traceback."""
    for page in pages_of(sound, "documents"):
        path = damaged_copy(sound, tmp_path, page)
        out = tmp_path / "o.jsonl"
        out.unlink(missing_ok=True)
        code = kathan("export", path, "--format", "jsonl", "--out", out)
        err = capsys.readouterr().err
        assert "Traceback" not in err
        written = len(out.read_text(encoding="utf-8").splitlines()) if out.exists() else 0
        lost = sum(1 for n in range(30) if f"d{n:02d} (id" in err)
        assert (code, written) == (0, 30) or (code == 1 and written + lost == 30), (page, code, written, lost, err)


def test_export_of_a_value_that_cannot_be_decoded_names_its_document(
    sound: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Stored values garbled into something that does not decode (the metadata of one document, the
    attributes of a span of another): the export, read with sqlite3 alone at first, saves the others
    and names those."""
    path = tmp_path / "garbled.kathan"
    shutil.copy(sound, path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE documents SET meta = '{not json' WHERE name = 'd05'")
    out = tmp_path / "o.jsonl"
    assert kathan("export", path, "--format", "jsonl", "--out", out) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and "d05 (id" in err
    assert len(out.read_text(encoding="utf-8").splitlines()) == 29
    with Workspace.open(path) as ws:
        doc = ws.document_by_name("d07")
        assert doc is not None
        ws.add_span(doc.id, "QUOTE", [(0, 9)], attributes={"form": "direct"})
    for garbled in ("'{\"form\": 5}'", "'[1'", "7"):
        with sqlite3.connect(path) as conn:
            conn.execute(f"UPDATE spans SET attributes = {garbled} WHERE document_id = {doc.id}")
        assert kathan("export", path, "--format", "jsonl", "--out", out) == 1
        err = capsys.readouterr().err
        assert "Traceback" not in err and "d05 (id" in err and "d07 (id" in err, (garbled, err)
        assert len(out.read_text(encoding="utf-8").splitlines()) == 28


def test_a_damaged_first_page_is_refused_with_where(sound: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A project too damaged to open says so, and validate still reports what SQLite finds."""
    path = damaged_copy(sound, tmp_path, 1, "zero")
    with pytest.raises(DamagedProjectError, match="damaged"):
        Workspace.open(path)
    assert kathan("validate", path) == 1
    captured = capsys.readouterr()
    assert "damaged" in captured.out + captured.err and "Traceback" not in captured.err


def test_every_page_damaged_in_turn_gives_a_message(sound: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Each page of the file damaged in turn (three ways): validate, stats and export end with an
    exit code and a message, never a traceback, and never claim success with a document lost."""
    with sqlite3.connect(sound) as conn:
        count = conn.execute("PRAGMA page_count").fetchone()[0]
    for page in range(1, count + 1, 3):
        for mode in ("zero", "reverse"):
            path = damaged_copy(sound, tmp_path, page, mode)
            assert kathan("validate", path) in (0, 1)
            assert kathan("stats", path) in (0, 1)
            out = tmp_path / "o.jsonl"
            out.unlink(missing_ok=True)
            if kathan("export", path, "--format", "jsonl", "--out", out) == 0:
                assert len(out.read_text(encoding="utf-8").splitlines()) == 30, (page, mode)
    capsys.readouterr()


def test_damaged_reads_raise_damaged_error(sound: Path, tmp_path: Path) -> None:
    """A read that meets a broken page raises DamagedError (a StorageError), not the driver's error."""
    path = damaged_copy(sound, tmp_path, pages_of(sound, "documents")[3])
    with Workspace.open(path) as ws, pytest.raises(DamagedError, match="kathan validate"):
        list(ws.iter_annotated())


def test_random_bytes_are_not_a_project(tmp_path: Path) -> None:
    """A file that is not an SQLite database is refused as such before SQLite reads it; a FIFO too, without blocking."""
    path = tmp_path / "junk.kathan"
    path.write_bytes(b"\x00garbage" * 100)
    with pytest.raises(ProjectError, match="not a Kathan project \\(not an SQLite database file\\)"):
        Workspace.open(path)
    fifo = tmp_path / "fifo.kathan"
    os.mkfifo(fifo)
    with pytest.raises(ProjectError, match="is not a file"):
        Workspace.open(fifo)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("bogus://x", "not in 'bogus' databases"),
        ("mysql://user:PASSWORD@host/db", "not in 'mysql' databases"),
        ("://", "not a database URL"),
        ("postgresql+psycopg://user:PASSWORD@[::1", "not a database URL"),
        ("postgresql+nodriver://user:PASSWORD@host/db", "cannot use this database"),
        ("postgresql+psycopg://user:PASSWORD@127.0.0.1:1/db", "cannot reach the database server"),
        ("postgresql+psycopg://user@127.0.0.1:1/db?password=PASSWORD", "cannot reach the database server"),
    ],
)
@pytest.mark.parametrize("command", ["init", "stats", "validate", "import", "export"])
def test_urls_kathan_cannot_use_are_refused_without_their_password(
    url: str, expected: str, command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Unknown schemes, unparsable URLs, missing drivers and unreachable servers: a message
    naming the URL with its password masked, exit code 1."""
    extra = {"import": [tmp_path], "export": ["--format", "jsonl", "--out", tmp_path / "o.jsonl"]}.get(command, [])
    (tmp_path / "a.txt").write_text("पाठ")
    assert kathan(command, url, *extra) == 1
    captured = capsys.readouterr()
    assert expected in captured.err, captured.err
    assert "PASSWORD" not in captured.err + captured.out
    assert "Traceback" not in captured.err


def _raw_sql(ws: Workspace, *statements: str) -> None:
    """Runs ``statements`` on the project's database behind Kathan's back, its constraints' triggers off
    where the engine allows (as a bulk tool or a restored dump might leave rows)."""
    from sqlalchemy import create_engine, text

    engine = create_engine(ws.connect_url)
    try:
        with engine.begin() as conn:
            if conn.dialect.name == "postgresql":
                conn.execute(text("SET session_replication_role = replica"))
            for statement in statements:
                conn.execute(text(statement))
    finally:
        engine.dispose()


def test_validate_finds_rows_that_disagree_across_tables(ws: Workspace, sample_text: str) -> None:
    """On SQLite and PostgreSQL alike: a span whose stored bounds are not its fragments', and a span left
    without fragments, are named with their ids by validate (the file's own check cannot see them)."""
    import re

    from kathan.model import SpanRecord

    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", sample_text)]
    spans = (SpanRecord("a", "QUOTE", (words[1], words[3])), SpanRecord("b", "SPEAKER", (words[5],)))
    (doc,) = ws.import_records([DocumentRecord(name="d", text=sample_text, spans=spans)]).documents_added
    first, second = (s.id for s in ws.spans(doc))
    assert ws.damage() == [] and "agree across tables" in " ".join(ws.inspect().checked)
    _raw_sql(ws, f"UPDATE spans SET start = start + 1 WHERE id = {first}", f"DELETE FROM fragments WHERE span_id = {second}")
    found = ws.damage()
    assert f"inconsistent rows: spans whose stored bounds are not their fragments' first start and last end (ids {first})" in found
    assert f"inconsistent rows: spans without a fragment (ids {second})" in found
    assert [p.message for p in ws.validate()][: len(found)] == found


def test_postgresql_indexes_and_pages_are_checked_with_amcheck_when_installed(
    ws: Workspace, sample_text: str, engine: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """PostgreSQL: without amcheck validate says plainly that indexes and pages were not checked and how to
    make them checkable; with it, every index of the project is checked against its table and every table's pages."""
    from sqlalchemy import create_engine, text

    if engine == "sqlite":
        pytest.skip("PostgreSQL's own checks (SQLite's are tested above)")
    ws.import_records([DocumentRecord(name="d", text=sample_text)])
    assert kathan("validate", ws.connect_url) == 0
    assert "note: indexes and table pages: not checked, the amcheck extension is not installed" in capsys.readouterr().err
    inspection = ws.inspect()
    assert inspection.damage == []
    assert any("not checked, the amcheck extension is not installed" in line and "CREATE EXTENSION amcheck" in line
               for line in inspection.unchecked)
    engine = create_engine(ws.connect_url)
    try:
        with engine.begin() as conn:
            conn.execute(text("CREATE EXTENSION IF NOT EXISTS amcheck SCHEMA public"))
            indexes = conn.execute(text(
                "SELECT count(*) FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid "
                "WHERE t.relnamespace = current_schema()::regnamespace AND t.relname <> 'alembic_version'"
            )).scalar()
        inspection = ws.inspect()
        assert inspection.damage == []
        assert f"{indexes} indexes against their tables (amcheck's bt_index_check)" in inspection.checked
        assert any("verify_heapam" in line for line in inspection.checked)
        assert not any("not installed" in line for line in inspection.unchecked)
    finally:
        with engine.begin() as conn:
            conn.execute(text("DROP EXTENSION IF EXISTS amcheck"))
        engine.dispose()
