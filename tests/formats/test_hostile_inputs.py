"""Hostile input files: every reader ends in Kathan's own errors (file and line), never a traceback."""

from __future__ import annotations

import json
import tempfile
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kathan.formats.registry import readable_formats, read_paths
from kathan.model import KathanError

SUFFIXES = {"txt": ".txt", "jsonl": ".jsonl", "brat": ".ann"}

json_junk = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=5)),
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=5), inner, max_size=3)),
    max_leaves=12,
)
document_like = st.fixed_dictionaries(
    {"text": st.one_of(st.text(max_size=20), json_junk)},
    optional={"id": json_junk, "spans": json_junk, "relations": json_junk, "meta": json_junk, "status": json_junk},
)
brat_line = st.builds(
    lambda kind, n, rest: f"{kind}{n}\t{rest}",
    st.sampled_from(["T", "R", "A", "M", "#", "E", "N", "*", "X", ""]),
    st.integers(-3, 10**30),
    st.text(alphabet=st.sampled_from(list("QUOTE SPEAKER said_by Arg1:T1 Arg2:T2 0123456789;-\t \\x\u094d")), max_size=40),
)


def read_only_kathan_errors(folder: Path, format_name: str, content: bytes) -> None:
    path = folder / f"input{SUFFIXES.get(format_name, '.' + format_name)}"
    path.write_bytes(content)
    if format_name == "brat":
        (folder / "input.txt").write_bytes(content[: len(content) // 2])
    try:
        read_paths([path], format_name)
    except KathanError:
        pass


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(sorted(SUFFIXES)), st.binary(max_size=400))
def test_random_bytes_give_only_kathan_errors(format_name: str, content: bytes) -> None:
    """Any bytes, read as any format, are imported or refused with Kathan's own error."""
    assert format_name in readable_formats()
    with tempfile.TemporaryDirectory() as folder:
        read_only_kathan_errors(Path(folder), format_name, content)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(document_like, json_junk), min_size=1, max_size=3))
def test_random_json_documents_give_only_kathan_errors(lines: list[object]) -> None:
    """JSON of any shape where a document is expected is read or refused field by field."""
    content = "\n".join(json.dumps(line, ensure_ascii=False) for line in lines).encode("utf-8", "surrogatepass")
    with tempfile.TemporaryDirectory() as folder:
        read_only_kathan_errors(Path(folder), "jsonl", content)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=30), st.lists(brat_line, max_size=6))
def test_random_brat_lines_give_only_kathan_errors(text: str, lines: list[str]) -> None:
    """Any mix of brat line types, huge numbers and broken references is read or refused."""
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "d.txt").write_text(text, encoding="utf-8", errors="surrogatepass")
        (Path(folder) / "d.ann").write_text("\n".join(lines), encoding="utf-8", errors="surrogatepass")
        try:
            read_paths([Path(folder)], "brat")
        except KathanError:
            pass


@pytest.mark.parametrize(("depth", "where"), [(900, "nested deeper than"), (100_000, "nested deeper than")])
@pytest.mark.parametrize("key", ["meta", "spans", "relations", "text"])
def test_deeply_nested_json_is_refused_with_its_line(tmp_path: Path, depth: int, where: str, key: str) -> None:
    """JSON nested 100,000 deep (or just deep enough to trouble a recursive walk) is refused naming file and line."""
    path = tmp_path / "deep.jsonl"
    deep = "[" * depth + "]" * depth
    path.write_text('{"text": "ok"}\n{"text": "x", "' + key + '": {"a": ' + deep + "}}\n")
    with pytest.raises(KathanError, match=r"deep.jsonl:2: ") as refused:
        read_paths([path])
    if key == "meta":
        assert where in str(refused.value)


def test_a_five_thousand_digit_offset_is_refused_with_file_and_line(tmp_path: Path) -> None:
    """An offset of 5,000 digits is refused naming file and line, in JSONL and in brat, with a short message."""
    huge = "9" * 5000
    jsonl = tmp_path / "big.jsonl"
    jsonl.write_text('{"text": "abc", "spans": [{"label": "QUOTE", "fragments": [[0, ' + huge + "]]}]}\n")
    with pytest.raises(KathanError, match=r"big.jsonl:1: .*number") as refused:
        read_paths([jsonl])
    assert len(str(refused.value)) < 300
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "d.txt").write_text("abc")
    (tmp_path / "b" / "d.ann").write_text(f"T1\tQUOTE 0 {huge}\tabc\n")
    with pytest.raises(KathanError, match=r"d.ann:1: T1: .*offset") as refused:
        read_paths([tmp_path / "b"])
    assert len(str(refused.value)) < 300


def test_a_reader_tripped_by_an_unforeseen_input_still_names_the_file(tmp_path: Path) -> None:
    """Should a reader's own checks miss a hostile input, the refusal still names the file, no traceback."""
    from kathan.formats import jsonl, registry

    def tripped(sources: object, ctx: object) -> object:
        raise RecursionError("maximum recursion depth exceeded")
        yield

    registry.register(replace(jsonl.FORMAT, reader=tripped))
    try:
        path = tmp_path / "a.jsonl"
        path.write_text('{"text": "x"}\n')
        with pytest.raises(KathanError, match=r"a.jsonl: could not be read as jsonl \(RecursionError"):
            read_paths([path], "jsonl")
    finally:
        registry.unregister("jsonl")
