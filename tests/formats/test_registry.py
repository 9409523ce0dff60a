"""The registry: formats, examples, detection, progress, and one InputError over many files."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from kathan.formats.output import MANIFEST
from kathan.formats.registry import all_formats, detect_format, get_format, read_paths, write
from kathan.model import InputError
from kathan.schema import default_schema

from .helpers import EXAMPLES, FIXTURES


def test_every_format_has_an_example_file() -> None:
    """Every format names example files beside its module, and every reader reads its own."""
    names = {f.name for f in all_formats()}
    assert {"txt", "jsonl", "brat", "conll", "spacy"} <= names
    for format_ in all_formats():
        assert format_.examples, format_.name
        for example in format_.examples:
            assert example.exists(), (format_.name, example)
            if format_.reader is not None:
                assert len(read_paths([example], format_.name)) >= 1, (format_.name, example)


def _tree(path: Path) -> dict[str, bytes]:
    """The files of an export and their bytes, without the manifest (its sizes and times vary)."""
    if path.is_file():
        return {"": path.read_bytes()}
    files = (p for p in sorted(path.rglob("*")) if p.is_file() and p.name != MANIFEST)
    return {p.relative_to(path).as_posix(): p.read_bytes() for p in files}


@pytest.mark.parametrize("name", [f.name for f in all_formats() if f.writer is not None and f.golden])
def test_every_writer_writes_its_golden_example_from_the_native_one(name: str, tmp_path: Path) -> None:
    """Each writer, given the native example, writes exactly its first example file (or folder)."""
    from .helpers import annotated

    format_ = get_format(name)
    example = format_.examples[0]
    records = read_paths([EXAMPLES / "jsonl" / "golden.jsonl"]).records
    out = tmp_path / (example.name if example.is_file() else "out")
    write(name, annotated(records), out, default_schema())
    assert _tree(out) == _tree(example)


def test_examples_are_detected_as_their_own_format() -> None:
    """Auto mode recognises every reader's example files as that format, by content."""
    for format_ in all_formats():
        if format_.reader is None:
            continue
        for example in format_.examples:
            assert detect_format(example) == format_.name, example


def test_get_format_names_the_known_ones() -> None:
    """An unknown format name is refused with the list of known ones."""
    with pytest.raises(KeyError, match="unknown format 'xml' \\(known: .*brat, conll, .*jsonl, .*spacy, txt"):
        get_format("xml")


def test_format_names_import_no_format_module() -> None:
    """Listing format names (what the CLI's choices need) imports no format module."""
    import subprocess
    import sys

    code = (
        "import sys; from kathan.formats import registry; names = registry.format_names(); "
        "loaded = [m for m in registry.BUILTIN_MODULES.values() if m in sys.modules]; "
        "print(names, loaded); assert 'jsonl' in names and not loaded, loaded"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_format_modules_import_no_heavy_dependency() -> None:
    """Importing every format module loads none of the optional heavy libraries (lazy inside functions)."""
    import subprocess
    import sys

    code = (
        "import sys; from kathan.formats import registry; registry.all_formats(); "
        "heavy = [m for m in ('spacy', 'datasets', 'cassis', 'pyarrow', 'lxml', 'torch') if m in sys.modules]; "
        "assert not heavy, heavy"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_registered_and_entry_point_formats_join_the_registry(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A format registered in code or installed as a 'kathan.formats' entry point is read, written and detected."""
    from kathan.formats import registry
    from kathan.formats.base import Format, ReadContext, Source
    from kathan.model import DocumentRecord

    def read_upper(sources: list[Source], ctx: ReadContext) -> list[DocumentRecord]:
        return [DocumentRecord(name=s.name, text=s.path.read_text(encoding="utf-8").upper()) for s in sources]

    shout = Format("shout", (".shout",), "Upper-cased text", read_upper, None,
                   sniff=lambda p: p.read_bytes().startswith(b"!!"), priority=10)

    class EntryPoint:
        name = "shout"

        def load(self) -> Format:
            return shout

    monkeypatch.setattr(registry, "_installed", None)
    monkeypatch.setattr(registry, "entry_points", lambda group: [EntryPoint()] if group == "kathan.formats" else [])
    monkeypatch.setattr(registry, "_loaded", {})
    (tmp_path / "a.shout").write_text("!!loud", encoding="utf-8")
    (tmp_path / "b.txt").write_text("!!also loud", encoding="utf-8")
    assert "shout" in registry.format_names()
    assert [r.text for r in read_paths([tmp_path])] == ["!!LOUD", "!!ALSO LOUD"]
    assert "shout (*.shout)" in registry.import_file_filter()
    registry.unregister("shout")


def test_front_end_helpers_come_from_the_declarations() -> None:
    """File-dialog filters, export targets and help text are derived from the formats' declarations."""
    from kathan.formats import registry

    assert registry.export_target("brat").folder
    jsonl = registry.export_target("jsonl")
    assert (jsonl.folder, jsonl.suffix, jsonl.file_filter) == (False, ".jsonl", "Kathan JSONL (*.jsonl *.ndjson)")
    assert registry.import_file_filter().startswith("Articles and annotations (*.txt *.jsonl *.ndjson *.ann")
    assert registry.import_file_filter().endswith(";;All files (*)")
    help_text = registry.format_help("write")
    assert "brat: brat standoff" in help_text and "offsets: codepoint" in help_text
    assert "txt:" not in help_text and "txt:" in registry.format_help("read")


def test_detect_format(tmp_path: Path) -> None:
    """Formats are detected by extension, by folder content and by a leading '{'."""
    (tmp_path / "plain").mkdir()
    (tmp_path / "plain" / "a.txt").write_text("x")
    shutil.copytree(FIXTURES / "brat" / "crlf", tmp_path / "bratdir")
    (tmp_path / "data.ndjson").write_text('{"text": "x"}\n')
    (tmp_path / "noext").write_text(' {"text": "x"}\n')
    (tmp_path / "story").write_text("कहानी")
    assert detect_format(tmp_path / "plain") == "txt"
    assert detect_format(tmp_path / "bratdir") == "brat"
    assert detect_format(tmp_path / "bratdir" / "statement.txt") == "brat"
    assert detect_format(tmp_path / "plain" / "a.txt") == "txt"
    assert detect_format(tmp_path / "data.ndjson") == "jsonl"
    assert detect_format(tmp_path / "noext") == "jsonl"
    assert detect_format(tmp_path / "story") == "txt"


def test_mixed_inputs_report_every_problem_of_every_file(tmp_path: Path) -> None:
    """A bad txt, a bad JSONL line and a bad brat file in one import: one error lists all three."""
    (tmp_path / "t").mkdir()
    (tmp_path / "t" / "empty.txt").write_bytes(b"")
    (tmp_path / "d.jsonl").write_text('{"text": "ok"}\n[\n')
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "x.txt").write_text("abc")
    (tmp_path / "b" / "x.ann").write_text("R1\tsaid_by Arg1:T1 Arg2:T2\n")
    with pytest.raises(InputError) as caught:
        read_paths([tmp_path / "t", tmp_path / "d.jsonl", tmp_path / "b"])
    assert [(Path(p.file).name, p.line) for p in caught.value.problems] == [
        ("empty.txt", 1), ("d.jsonl", 2), ("x.ann", 1), ("x.ann", 1)]


def test_importing_a_writer_only_format_is_refused(tmp_path: Path) -> None:
    """Importing with a writer-only format says which formats can be imported."""
    from kathan.formats import registry
    from kathan.formats.base import Format

    registry.register(Format("write-only", (".wo",), "a format Kathan only writes", None, lambda *a, **k: None))
    try:
        with pytest.raises(InputError, match="Kathan cannot import write-only files"):
            read_paths([EXAMPLES / "jsonl" / "golden.jsonl"], "write-only")
    finally:
        registry.unregister("write-only")


def test_progress_counts_bytes_to_the_total(tmp_path: Path) -> None:
    """Read progress counts bytes up to the total size of the inputs."""
    calls: list[tuple[int, int | None]] = []
    read_paths([EXAMPLES / "jsonl" / "golden.jsonl", FIXTURES / "brat" / "crlf"], progress=lambda d, t: calls.append((d, t)))
    total = calls[-1][1]
    assert calls[-1][0] == total and total == sum(
        p.stat().st_size for p in [EXAMPLES / "jsonl" / "golden.jsonl", *sorted((FIXTURES / "brat" / "crlf").iterdir())])
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


def test_writer_progress_and_cancel(tmp_path: Path) -> None:
    """A progress callback sees each document; raising from it cancels and leaves no file."""
    from .helpers import annotated

    records = read_paths([EXAMPLES / "jsonl" / "golden.jsonl"]).records
    seen: list[tuple[int, int | None]] = []
    write("jsonl", annotated(records), tmp_path / "a.jsonl", progress=lambda d, t: seen.append((d, t)))
    assert seen == [(1, 2), (2, 2)]

    def cancel(done: int, total: int | None) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write("jsonl", iter(annotated(records)), tmp_path / "b.jsonl", progress=cancel)
    assert list(tmp_path.iterdir()) == [tmp_path / "a.jsonl"]


def test_unwritable_output_is_a_kathan_error(tmp_path: Path) -> None:
    """An export to a path that cannot be written is a KathanError naming it."""
    from kathan.model import KathanError

    (tmp_path / "file").write_text("x")
    with pytest.raises(KathanError, match="file: is a file; brat writes a folder"):
        write("brat", [], tmp_path / "file")
    with pytest.raises(KathanError, match="file.*cannot write the export"):
        write("brat", [], tmp_path / "file" / "sub")


def test_mixed_folder_reads_each_file_by_its_kind_and_warns_of_the_rest(tmp_path: Path) -> None:
    """Auto mode reads a mixed folder file by file and warns of skipped files."""
    (tmp_path / "a.txt").write_text("पाठ", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "more.jsonl").write_text('{"id": "j1", "text": "x"}\n')
    (tmp_path / "readme.md").write_text("#")
    (tmp_path / "data.csv").write_text("a,b")
    result = read_paths([tmp_path])
    assert [r.name for r in result] == ["a", "j1"]
    assert [str(w) for w in result.warnings] == [f"{tmp_path}: skipped 2 files of no importable kind: data.csv, readme.md"]
    only_txt = read_paths([tmp_path], "txt")
    assert [r.name for r in only_txt] == ["a"]
    with pytest.raises(InputError, match="no files to import in this folder"):
        read_paths([tmp_path / "sub"], "txt")


def test_an_export_never_replaces_a_database(tmp_path: Path) -> None:
    """A file export aimed at an SQLite database (a project) is refused and leaves the database as it was."""
    import sqlite3

    from kathan.model import KathanError

    from .helpers import annotated

    database = tmp_path / "project.kathan"
    with sqlite3.connect(database) as conn:
        conn.execute("CREATE TABLE t (x)")
    before = database.read_bytes()
    records = read_paths([EXAMPLES / "jsonl" / "golden.jsonl"]).records
    for fmt in ("jsonl", "conll", "spacy"):
        with pytest.raises(KathanError, match="is a database"):
            write(fmt, annotated(records), database)
    assert database.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["project.kathan"]


def test_an_export_aimed_at_a_database_in_use_refuses_it_unopened(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A database with SQLite's write-ahead log beside it (a project some window has open) is
    refused without being opened: closing a descriptor of it would drop that window's locks."""
    import io
    import sqlite3

    from kathan.model import KathanError

    from .helpers import annotated

    database = tmp_path / "corpus.db"
    holder = sqlite3.connect(database)
    holder.execute("PRAGMA journal_mode = WAL")
    holder.execute("CREATE TABLE t (x)")
    records = read_paths([EXAMPLES / "jsonl" / "golden.jsonl"]).records
    real_open = io.open

    def refusing(path: object, *args: object, **kwargs: object) -> object:
        assert not (isinstance(path, str | os.PathLike) and Path(path) == database), "the database was opened"
        return real_open(path, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(io, "open", refusing)
    monkeypatch.setattr("builtins.open", refusing)
    with pytest.raises(KathanError, match="is a database"):
        write("jsonl", annotated(records), database)
    monkeypatch.undo()
    holder.close()


def test_a_file_export_aimed_at_a_folder_names_the_folder(tmp_path: Path) -> None:
    """--out naming a folder for a one-file format says so, naming the folder (not a temporary file)."""
    from kathan.model import KathanError

    with pytest.raises(KathanError, match=r"^" + str(tmp_path).replace("\\", "\\\\") + r": is a folder"):
        write("jsonl", [], tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_a_file_name_that_is_not_utf8_still_names_a_document(tmp_path: Path) -> None:
    """A file named in Latin-1 (a zip from Windows) is read; its document name replaces the
    undecodable byte with U+FFFD, which any database stores, and a warning says so."""
    import os

    folder = tmp_path / "in"
    folder.mkdir()
    with open(os.path.join(os.fsencode(folder), b"caf\xe9.txt"), "w", encoding="utf-8") as handle:
        handle.write("पाठ यहाँ\n")
    (folder / "ok.txt").write_text("दूसरा पाठ\n", encoding="utf-8")
    result = read_paths([folder])
    assert [r.name for r in result] == ["caf\ufffd", "ok"]
    for record in result:
        record.name.encode("utf-8")  # storable
    assert any("not UTF-8" in str(w) and "caf\ufffd" in str(w) for w in result.warnings)
