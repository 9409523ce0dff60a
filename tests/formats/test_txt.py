"""Plain-text import: folders recursively, names from relative paths, whole file as text, bad files named."""

from __future__ import annotations

from pathlib import Path

import pytest

from kathan.formats.registry import read_paths
from kathan.model import InputError

from ..conftest import SAMPLE


def test_folder_is_read_recursively_in_sorted_order(tmp_path: Path) -> None:
    """A folder is read recursively in sorted order; hidden files are skipped."""
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("दूसरा\n", encoding="utf-8")
    (tmp_path / "a.txt").write_bytes(b"\xff\xfe" + "\r\nपहला 😀\r\nपाठ".encode("utf-16-le"))
    (tmp_path / ".hidden.txt").write_text("x")
    (tmp_path / "notes.md").write_text("x")
    result = read_paths([tmp_path])
    assert [(r.name, r.title, r.text) for r in result] == [("a", "पहला 😀", "\nपहला 😀\nपाठ"), ("b/z", "दूसरा", "दूसरा\n")]


def test_sample_article_is_read_whole(sample_text: str) -> None:
    """The sample article is the document text exactly, headline included."""
    record = read_paths([SAMPLE]).records[0]
    assert record.text == sample_text and record.name == "ambassador-lavrov"
    assert record.title == sample_text.split("\n")[0].strip()


def test_every_bad_file_is_listed_and_nothing_is_imported(tmp_path: Path) -> None:
    """Empty, binary and non-UTF-8 files are all listed in one error."""
    (tmp_path / "good.txt").write_text("ठीक", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "latin1.txt").write_bytes(b"ok\ncaf\xe9")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\x00\x00")
    with pytest.raises(InputError) as caught:
        read_paths([tmp_path])
    assert [str(p) for p in caught.value.problems] == [
        f"{tmp_path / 'empty.txt'}:1: the file is empty: there is no text to annotate",
        f"{tmp_path / 'image.txt'}:1: this is a binary file, not text (it contains NUL bytes)",
        f"{tmp_path / 'latin1.txt'}:2: not UTF-8: byte 0xE9 at byte column 4 (save the file as UTF-8, or UTF-16 with a BOM)",
    ]


def test_missing_path_and_duplicate_names(tmp_path: Path) -> None:
    """A missing path and a duplicate document name are both reported."""
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "a.txt").write_text("one")
    (tmp_path / "a.txt").write_text("two")
    with pytest.raises(InputError) as caught:
        read_paths([tmp_path / "x", tmp_path / "a.txt", tmp_path / "nope"])
    messages = [str(p) for p in caught.value.problems]
    assert messages[0] == f"{tmp_path / 'nope'}: no such file or folder"
    assert messages[1] == f"{tmp_path / 'a.txt'}: document name 'a' is already used by {tmp_path / 'x' / 'a.txt'}"


def test_a_200_mb_file_is_refused_with_its_size(tmp_path: Path) -> None:
    """A sparse 200 MB article is refused from its size before it is read, in a folder import too."""
    (tmp_path / "ok.txt").write_text("ठीक", encoding="utf-8")
    with (tmp_path / "huge.txt").open("wb") as handle:
        handle.truncate(200 * 1024 * 1024)
    with pytest.raises(InputError) as caught:
        read_paths([tmp_path])
    assert [str(p) for p in caught.value.problems] == [
        f"{tmp_path / 'huge.txt'}: the file is 200.0 MB, over the limit of 50.0 MB"]
