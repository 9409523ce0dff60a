"""Hostile JSON and JSONL input is refused with a clear problem by the peer formats, and nothing is imported."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kathan.formats.registry import read_paths
from kathan.model import InputError


def problems(path: Path, format_: str) -> list[tuple[int, str]]:
    with pytest.raises(InputError) as caught:
        read_paths([path], format_)
    return [(p.line, p.message) for p in caught.value.problems]


@pytest.mark.parametrize("format_", ["doccano", "label-studio", "prodigy"])
def test_json_nested_100000_deep_is_refused(tmp_path: Path, format_: str) -> None:
    path = tmp_path / "deep.json"
    path.write_text('{"text": "x", "label": ' + "[" * 100_000 + "]" * 100_000 + "}\n")
    ((_, message),) = problems(path, format_)
    assert message.startswith("JSON nested deeper than")


@pytest.mark.parametrize("format_", ["label-studio"])
def test_a_1_gb_json_file_is_refused_from_its_size(tmp_path: Path, format_: str) -> None:
    """A file read whole is refused by its size; JSONL is streamed a line at a time instead."""
    path = tmp_path / "big.json"
    with path.open("wb") as handle:
        handle.write(b"[\n")
        handle.truncate(1024**3)  # sparse: nothing is read before the size is checked
    ((line, message),) = problems(path, format_)
    assert line == 0 and "over the limit of" in message


def test_a_100_mb_line_is_refused_when_reached(tmp_path: Path) -> None:
    path = tmp_path / "long.jsonl"
    with path.open("wb") as handle:
        handle.write(b'{"text": "a b", "label": []}\n{"text": "')
        handle.write(b"x" * (100 * 1024 * 1024))
        handle.write(b'", "label": []}\n')
    try:
        ((line, message),) = problems(path, "doccano")
    finally:
        os.unlink(path)
    assert line == 2 and "the line is longer than" in message


def test_binary_non_utf8_lone_surrogates_and_empty_files(tmp_path: Path) -> None:
    path = tmp_path / "bin.jsonl"
    path.write_bytes(b'{"text": "a\x00"}\n')
    assert problems(path, "doccano") == [(1, "this is a binary file, not text (it contains NUL bytes)")]
    path.write_bytes(b'{"text": "ok", "label": []}\n{"text": "\xff"}\n')
    ((line, message),) = problems(path, "doccano")
    assert line == 2 and message.startswith("not UTF-8: byte 0xFF")
    path.write_text('{"text": "a \\ud800 b", "label": []}\n')
    assert problems(path, "doccano") == [(1, "not Unicode text: a lone UTF-16 surrogate \\ud800 (half of a pair)")]
    path.write_text("\n\n")
    assert problems(path, "doccano") == [(1, "the file is empty: there is no document in it")]
