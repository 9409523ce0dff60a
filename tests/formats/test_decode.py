"""Decoding: encodings and BOMs, refusal of non-text input with file and line, newline remapping."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from kathan.model import InputError
from kathan.text.decode import decode_bytes, normalize_newlines, read_text_file, title_of

HINDI = "रूस के राजदूत 😀\nदूसरी पंक्ति"


@pytest.mark.parametrize(
    "data",
    [
        HINDI.encode("utf-8"),
        b"\xef\xbb\xbf" + HINDI.encode("utf-8"),
        b"\xff\xfe" + HINDI.encode("utf-16-le"),
        b"\xfe\xff" + HINDI.encode("utf-16-be"),
    ],
    ids=["utf8", "utf8-bom", "utf16le", "utf16be"],
)
def test_decodes_utf8_and_utf16_and_drops_the_bom(data: bytes) -> None:
    """Every accepted encoding gives the same text, without a BOM."""
    assert decode_bytes(data, "a.txt") == HINDI


def test_keeps_text_exactly_no_normalisation_no_trimming() -> None:
    """Nukta letters stay precomposed (not NFC), ZWNJ and surrounding whitespace stay."""
    text = "  \u095c\u095e क्\u200cष  \n\n"
    assert decode_bytes(text.encode(), "a.txt") == text


def test_non_utf8_names_line_and_byte_column() -> None:
    """A Latin-1 byte on line 3 is reported with its line and byte column."""
    data = "पहली\nदूसरी\nab".encode() + b"\xe9t\n"
    with pytest.raises(InputError) as caught:
        decode_bytes(data, "news.txt")
    problem = caught.value.problems[0]
    assert (problem.file, problem.line) == ("news.txt", 3)
    assert "byte column 3" in problem.message and "0xE9" in problem.message
    assert str(caught.value).startswith("news.txt:3: not UTF-8")


def test_binary_files_are_refused() -> None:
    """NUL bytes or mostly control bytes mean binary, said as such."""
    with pytest.raises(InputError, match=r"^img.png:3: this is a binary file"):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "img.png")
    with pytest.raises(InputError, match="binary"):
        decode_bytes(bytes(range(1, 9)) * 100, "blob.bin")


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n", b"\xef\xbb\xbf", b"\xef\xbb\xbf \n"])
def test_empty_and_whitespace_only_are_refused(data: bytes) -> None:
    """An empty file has nothing to annotate; the message names the file and line 1."""
    with pytest.raises(InputError, match=r"^empty.txt:1: the file is empty"):
        decode_bytes(data, "empty.txt")


def test_normalize_newlines_remaps_offsets() -> None:
    """CRLF and lone CR become LF; raw offsets move onto the stored text; CR|LF is refused."""
    raw = "ab\r\ncd\ref\r\n😀g"
    text, remap = normalize_newlines(raw)
    assert text == "ab\ncd\nef\n😀g"
    for raw_offset, stored in [(0, 0), (2, 2), (4, 3), (6, 5), (7, 6), (9, 8), (11, 9), (13, 11)]:
        assert remap.to_normalized(raw_offset) == stored
    assert remap.splits_crlf(3) and remap.splits_crlf(10)
    with pytest.raises(ValueError, match="between a CR and its LF"):
        remap.to_normalized(3)


def test_normalize_newlines_without_cr_is_identity() -> None:
    """Text without CR comes back unchanged with an identity remap."""
    text, remap = normalize_newlines(HINDI)
    assert text is HINDI and remap.is_identity and remap.to_normalized(5) == 5


def test_title_is_first_non_empty_line_stripped() -> None:
    """The title is the first non-empty line, stripped."""
    assert title_of("\n  \n  शीर्षक यहाँ  \nbody") == "शीर्षक यहाँ"
    assert title_of("") == ""


def test_read_text_file_refuses_a_200_mb_file_without_reading_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A sparse 200 MB file is refused from its size, with the size and the limit, before a byte is read."""
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(200 * 1024 * 1024)

    opened = Path.open

    class Unread:
        """A file handle that may be measured but not read."""

        def __init__(self, handle: io.BufferedReader) -> None:
            self.handle = handle

        def __enter__(self) -> "Unread":
            return self

        def __exit__(self, *_exc: object) -> None:
            self.handle.close()

        def fileno(self) -> int:
            return self.handle.fileno()

        def read(self, *_args: object) -> bytes:
            raise AssertionError("the file was read")

    monkeypatch.setattr(Path, "open", lambda self, *a, **k: Unread(opened(self, *a, **k)))
    with pytest.raises(InputError) as caught:
        read_text_file(big)
    assert str(caught.value) == f"{big}: the file is 200.0 MB, over the limit of 50.0 MB"


def test_read_text_file_decodes_and_reports_missing_files(tmp_path: Path) -> None:
    """A file is decoded without its BOM, newlines untouched; a missing one is a problem."""
    path = tmp_path / "a.txt"
    path.write_bytes(b"\xef\xbb\xbf" + "नमस्ते\r\n".encode())
    assert read_text_file(path) == "नमस्ते\r\n"
    with pytest.raises(InputError, match="cannot read the file"):
        read_text_file(tmp_path / "missing.txt")


def test_utf16_without_bom_is_named_as_such() -> None:
    """ASCII-heavy UTF-16 without a BOM gets a message saying so, not 'binary'."""
    with pytest.raises(InputError, match=r"^notes.txt: this looks like UTF-16 without a BOM"):
        decode_bytes("Lavrov said: hello\n".encode("utf-16-le"), "notes.txt")


def test_byte_column_counts_from_the_first_byte_of_the_file() -> None:
    """After a UTF-8 BOM, the bad byte's column still counts the BOM's three bytes."""
    with pytest.raises(InputError, match=r"^a.txt:1: not UTF-8: byte 0xFF at byte column 6"):
        decode_bytes(b"\xef\xbb\xbfab\xff", "a.txt")


def test_to_raw_inverts_to_normalized_at_every_offset() -> None:
    """Every stored-text offset maps to a raw offset that maps back to it and never splits a CRLF."""
    raw = "a\r\nbc\r\n\r\nd\re\r\n"
    text, remap = normalize_newlines(raw)
    for offset in range(len(text) + 1):
        back = remap.to_raw(offset)
        assert not remap.splits_crlf(back)
        assert remap.to_normalized(back) == offset
