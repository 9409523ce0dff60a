"""Hostile JSON and JSONL input is refused with a clear problem, and nothing is imported."""

from __future__ import annotations

from pathlib import Path

import pytest

from kathan.formats import json_input
from kathan.formats.registry import read_paths
from kathan.model import InputError


def problems(path: Path, format_: str) -> list[tuple[int, str]]:
    with pytest.raises(InputError) as caught:
        read_paths([path], format_)
    return [(p.line, p.message) for p in caught.value.problems]


@pytest.mark.parametrize("format_", ["doccano", "label-studio"])
def test_json_nested_100000_deep_is_refused(tmp_path: Path, format_: str) -> None:
    path = tmp_path / "deep.json"
    path.write_text('{"text": "x", "label": ' + "[" * 100_000 + "]" * 100_000 + "}\n")
    ((line, message),) = problems(path, format_)
    assert line == 1 and message == "JSON nested too deeply to be a document: not read"


def test_a_file_over_the_limit_is_refused_from_its_size(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(json_input, "MAX_JSON_BYTES", 1000)
    path = tmp_path / "big.json"
    path.write_text("[" + ",".join(['{"data": {"text": "x"}}'] * 100) + "]")
    ((line, message),) = problems(path, "label-studio")
    assert line == 0 and "over the limit of" in message


def test_a_line_over_the_limit_stops_the_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(json_input, "MAX_LINE_BYTES", 100)
    path = tmp_path / "long.jsonl"
    path.write_text('{"text": "a b", "label": []}\n{"text": "' + "x" * 500 + '", "label": []}\n')
    assert problems(path, "doccano") == [(2, "the line is longer than 0.0 MB: not read further")]


def test_binary_and_non_utf8_input(tmp_path: Path) -> None:
    path = tmp_path / "bin.jsonl"
    path.write_bytes(b'{"text": "a\x00"}\n')
    assert problems(path, "doccano") == [(1, "this is a binary file, not JSON (it contains NUL bytes)")]
    path.write_bytes(b'{"text": "ok", "label": []}\n{"text": "\xff"}\n')
    assert problems(path, "doccano") == [(2, "not UTF-8: byte 0xFF (save the file as UTF-8)")]


def test_lone_surrogate_and_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "s.jsonl"
    path.write_text('{"text": "a \\ud800 b", "label": []}\n')
    assert problems(path, "doccano") == [(1, "not Unicode text: a lone UTF-16 surrogate \\ud800 (half of a pair)")]
    path.write_text("\n\n")
    assert problems(path, "doccano") == [(1, "the file is empty: there is no document in it")]
