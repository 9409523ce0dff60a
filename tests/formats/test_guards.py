"""Hostile inputs are refused with a clear message and bounded memory; exports are read back and checked."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from kathan.formats import registry
from kathan.formats.guards import bounded_lines, first_json_line, load_json_file, loads_json
from kathan.formats.registry import read_paths, write
from kathan.model import InputError, KathanError

from .helpers import EXAMPLES, annotated


def test_a_1_gb_json_file_is_refused_by_its_size_before_reading(tmp_path: Path) -> None:
    """A sparse 1 GB JSON file is refused naming its size; nothing of it is read."""
    path = tmp_path / "huge.json"
    with path.open("wb") as handle:
        handle.truncate(1024**3)
    with pytest.raises(InputError, match=r"huge.json: the JSON file is 1024.0 MB, over the limit of 512 MB"):
        load_json_file(path)


def test_a_100_mb_line_is_refused_when_reached(tmp_path: Path) -> None:
    """A single 100 MB line stops the line reader at that line, having read at most the limit."""
    path = tmp_path / "long.jsonl"
    with path.open("wb") as handle:
        handle.write(b'{"text": "ok"}\n')
        handle.write(b"x" * (100 * 1024 * 1024))
    lines = bounded_lines(path)
    assert next(lines) == (1, '{"text": "ok"}')
    with pytest.raises(InputError, match=r"long.jsonl:2: the line is longer than 50 MB"):
        next(lines)
    assert first_json_line(path) == {"text": "ok"}


def test_json_nested_100000_deep_is_refused(tmp_path: Path) -> None:
    """JSON nested 100,000 deep is refused with a message, not a RecursionError or a crash."""
    deep = "[" * 100_000 + "]" * 100_000
    with pytest.raises(InputError, match="nested deeper than 200 levels"):
        loads_json(deep, "deep.json", 1)
    path = tmp_path / "deep.json"
    path.write_text(deep)
    with pytest.raises(InputError, match="deep.json: JSON nested deeper"):
        load_json_file(path)
    assert loads_json('{"a": ["[[[[", {"b": [1]}]}', "ok.json") == {"a": ["[[[[", {"b": [1]}]}


def test_binary_and_non_utf8_inputs_name_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "bin.json").write_bytes(b"\x89PNG\x00\x00")
    with pytest.raises(InputError, match="bin.json:1: this is a binary file"):
        load_json_file(tmp_path / "bin.json")
    (tmp_path / "latin.txt").write_bytes(b"ok\ncaf\xe9\n")
    with pytest.raises(InputError, match="latin.txt:2: not UTF-8: byte 0xE9"):
        list(bounded_lines(tmp_path / "latin.txt"))


def test_an_export_that_does_not_read_back_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A writer bug that shifts offsets by one is caught by re-reading the output and re-slicing it."""
    from kathan.formats import jsonl

    records = read_paths([EXAMPLES / "jsonl" / "golden.jsonl"]).records
    docs = annotated(records)
    report = write("jsonl", docs, tmp_path / "ok.jsonl")
    assert report.offset_unit == "codepoint"

    real = jsonl.document_line

    def shifted(doc):  # type: ignore[no-untyped-def]
        spans = tuple(dataclasses.replace(s, fragments=tuple((a + 1, b + 1) for a, b in s.fragments)) for s in doc.spans)
        return real(dataclasses.replace(doc, spans=spans))

    monkeypatch.setattr(jsonl, "document_line", lambda doc: _without_span_texts(shifted(doc)))
    good = (tmp_path / "ok.jsonl").read_bytes()
    with pytest.raises(KathanError, match="does not read back"):
        write("jsonl", docs, tmp_path / "bad.jsonl")
    with pytest.raises(KathanError, match="does not read back"):
        write("jsonl", docs, tmp_path / "ok.jsonl")
    # The refused export never appears, and the previous one is left as it was, nothing beside it.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ok.jsonl"]
    assert (tmp_path / "ok.jsonl").read_bytes() == good
    assert registry.get_format("jsonl").reader is not None


def _without_span_texts(line: str) -> str:
    import json

    data = json.loads(line)
    for span in data["spans"]:
        span.pop("text")
    return json.dumps(data, ensure_ascii=False) + "\n"


def test_hostile_files_leave_the_project_unchanged_with_bounded_memory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """JSONL nested 100,000 deep, a single 100 MB line (JSONL and CoNLL) and a 1 GB sparse CoNLL file
    are refused by `kathan import` with a message naming the file; the project stays empty and
    reading never holds much more than the line limit."""
    import tracemalloc

    from cli.main import main
    from storage import Workspace

    project = tmp_path / "p.kathan"
    assert main(["init", str(project)]) == 0
    deep = tmp_path / "deep.jsonl"
    deep.write_text('{"text": "x", "meta": ' + "[" * 100_000 + "]" * 100_000 + "}\n")
    long_jsonl = tmp_path / "long.jsonl"
    long_conll = tmp_path / "long.conll"
    for path in (long_jsonl, long_conll):
        with path.open("wb") as handle:
            handle.write(b"x" * (100 * 1024 * 1024))
    huge = tmp_path / "huge.conll"
    with huge.open("wb") as handle:
        handle.truncate(1024**3)
    expected = {
        deep: "deep.jsonl:1: JSON nested deeper than 200 levels",
        long_jsonl: "long.jsonl:1: the line is longer than 50 MB",
        long_conll: "long.conll:1: the line is longer than 50 MB",
        huge: "huge.conll: the CoNLL file is 1024.0 MB, over the limit of 512 MB",
    }
    tracemalloc.start()
    try:
        for path, message in expected.items():
            fmt = ["--format", "conll"] if path.suffix == ".conll" else []
            assert main(["import", str(project), str(path), *fmt]) == 1
            assert message in capsys.readouterr().err, path
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 160 * 1024 * 1024, peak
    ws = Workspace.open(str(project))
    try:
        assert ws.documents() == []
    finally:
        ws.close()


def test_an_export_whose_span_texts_contradict_their_offsets_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The read-back re-slices the written text at each span's written offsets and compares the span's written text."""
    import json

    from kathan.formats import jsonl

    docs = annotated(read_paths([EXAMPLES / "jsonl" / "golden.jsonl"]).records)
    real = jsonl.document_line

    def wrong_text(doc):  # type: ignore[no-untyped-def]
        data = json.loads(real(doc))
        if data["spans"]:
            data["spans"][-1]["text"] += "x"
        return json.dumps(data, ensure_ascii=False) + "\n"

    monkeypatch.setattr(jsonl, "document_line", wrong_text)
    with pytest.raises(KathanError, match=r"does not read back as jsonl:\n.*bad.jsonl:1: spans\[\d+\]\.text: .* is not the text at its fragments"):
        write("jsonl", docs, tmp_path / "bad.jsonl")


def test_an_export_missing_a_document_or_with_a_changed_text_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The read-back counts the documents and compares each text with what was exported."""
    import json

    from kathan.formats import jsonl

    docs = annotated(read_paths([EXAMPLES / "jsonl" / "golden.jsonl"]).records)
    assert len(docs) >= 2
    real = jsonl.document_line
    monkeypatch.setattr(jsonl, "document_line", lambda doc: "" if doc is docs[-1] else real(doc))
    with pytest.raises(KathanError, match=r"1 exported document\(s\) are not in the file"):
        write("jsonl", docs, tmp_path / "short.jsonl")

    def changed(doc):  # type: ignore[no-untyped-def]
        data = json.loads(real(doc))
        data["text"] = data["text"] + " "
        return json.dumps(data, ensure_ascii=False) + "\n"

    monkeypatch.setattr(jsonl, "document_line", changed)
    with pytest.raises(KathanError, match=r"its text came back changed"):
        write("jsonl", docs, tmp_path / "changed.jsonl")


def test_the_read_back_parses_every_value_of_a_line(tmp_path: Path) -> None:
    """The check's re-read parses each written line whole: bytes that are not UTF-8, or broken
    JSON, anywhere in it refuse the file, also in a value it does not compare (a relation's annotator)."""
    from kathan.formats.jsonl import document_line, readback_jsonl

    docs = annotated(read_paths([EXAMPLES / "jsonl" / "golden.jsonl"]).records)
    line = next(document_line(doc) for doc in docs if doc.relations).encode("utf-8")
    end = b'"annotator": "", "origin": "imported"}]}'
    assert end in line
    path = tmp_path / "out.jsonl"
    path.write_bytes(line)
    assert len(list(readback_jsonl(path))) == 1
    for broken in (b'"annotator": "\xff", "origin": "imported"}]}', b'"annotator": "", "origin": imported}]}', b'"annotator": ""}]'):
        path.write_bytes(line.replace(end, broken))
        with pytest.raises(InputError, match=r"out.jsonl:1: not a native JSONL line"):
            list(readback_jsonl(path))
