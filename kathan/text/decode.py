"""Bytes to stored text: decoding, refusal of non-text input, newline normalisation, titles.

The stored text is the file's text exactly as decoded: a BOM is dropped and CRLF / lone CR
become LF (``normalize_newlines`` returns the ``OffsetRemap`` that moves offsets counted on
the raw text onto the stored one). Nothing else changes: no Unicode normalisation (real
Hindi data is not NFC), no whitespace trimming.
"""

from __future__ import annotations

import codecs
import errno
import os
import stat
from bisect import bisect_left
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from kathan.model import InputError, Problem

MAX_FILE_BYTES = 50 * 1024 * 1024
"""Default size limit of ``read_text_file``: one article is never near it."""

_SAMPLE = 64 * 1024
_CONTROL_LIMIT = 0.10
_TEXT_CONTROLS = frozenset(b"\t\n\r\f\v\x1b")
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def decode_bytes(data: bytes, source: str, *, allow_empty: bool = False) -> str:
    """The text of ``data``: UTF-8 (BOM optional) or UTF-16 with a BOM; the BOM is dropped.

    Raises ``InputError`` naming ``source`` (and the line, where there is one) for bytes that
    are not UTF-8, binary data and (unless ``allow_empty``) empty or whitespace-only input.
    """
    encoding = "utf-8"
    body = data
    for bom, name in _BOMS:
        if data.startswith(bom):
            encoding, body = name, data[len(bom) :]
            break
    if encoding == "utf-8":
        _refuse_binary_bytes(body, source)
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InputError([_bad_utf8(data, exc.start + len(data) - len(body), source)]) from None
    else:
        try:
            text = body.decode(encoding)
        except UnicodeDecodeError as exc:
            line = body[: exc.start].decode(encoding, errors="replace").count("\n") + 1
            byte = exc.start + len(data) - len(body)
            message = f"not valid {encoding.upper()}: a broken surrogate pair at byte {byte}"
            raise InputError([Problem(source, line, message)]) from None
        _refuse_binary_text(text, source)
    if not allow_empty and not text.strip():
        what = "empty" if not text else "empty (only whitespace)"
        raise InputError([Problem(source, 1, f"the file is {what}: there is no text to annotate")])
    return text


def _refuse_binary_bytes(body: bytes, source: str) -> None:
    nul = body.find(b"\x00")
    if nul >= 0:
        if _looks_like_bomless_utf16(body[:_SAMPLE]):
            message = "this looks like UTF-16 without a BOM: save it as UTF-8, or as UTF-16 with a BOM"
            raise InputError([Problem(source, 0, message)])
        line = body.count(b"\n", 0, nul) + 1
        raise InputError([Problem(source, line, "this is a binary file, not text (it contains NUL bytes)")])
    sample = body[:_SAMPLE]
    if sample:
        controls = sum(1 for b in sample if (b < 0x20 and b not in _TEXT_CONTROLS) or b == 0x7F)
        if controls / len(sample) > _CONTROL_LIMIT:
            raise InputError([Problem(source, 0, "this is a binary file, not text (mostly control bytes)")])


def _looks_like_bomless_utf16(sample: bytes) -> bool:
    """Mostly NUL at every even or every odd position: ASCII-heavy UTF-16 without its BOM."""
    if len(sample) < 4:
        return False
    even, odd = sample[0::2], sample[1::2]
    return max(even.count(0) / len(even), odd.count(0) / len(odd)) > 0.7 and min(even.count(0), odd.count(0)) == 0


def _refuse_binary_text(text: str, source: str) -> None:
    nul = text.find("\x00")
    if nul >= 0:
        message = "this is a binary file, not text (it contains NUL characters)"
        raise InputError([Problem(source, text.count("\n", 0, nul) + 1, message)])
    sample = text[:_SAMPLE]
    controls = sum(1 for ch in sample if (ord(ch) < 0x20 and ord(ch) not in _TEXT_CONTROLS) or ch == "\x7f")
    if sample and controls / len(sample) > _CONTROL_LIMIT:
        raise InputError([Problem(source, 0, "this is a binary file, not text (mostly control characters)")])


def _bad_utf8(body: bytes, position: int, source: str) -> Problem:
    line_start = body.rfind(b"\n", 0, position) + 1
    line = body.count(b"\n", 0, position) + 1
    column = position - line_start + 1
    return Problem(
        source,
        line,
        f"not UTF-8: byte 0x{body[position]:02X} at byte column {column} "
        "(save the file as UTF-8, or UTF-16 with a BOM)",
    )


@dataclass(frozen=True, slots=True)
class OffsetRemap:
    """Moves code-point offsets on the raw text onto the newline-normalised text.

    ``dropped`` holds the raw positions of the CRs removed from CRLF pairs, ascending. A lone
    CR is replaced by LF in place, so it moves nothing.
    """

    dropped: tuple[int, ...] = ()
    raw_length: int = 0

    @property
    def is_identity(self) -> bool:
        return not self.dropped

    def splits_crlf(self, offset: int) -> bool:
        """Whether ``offset`` falls between a CR and its LF (it has no place in the stored text)."""
        index = bisect_left(self.dropped, offset - 1)
        return index < len(self.dropped) and self.dropped[index] == offset - 1

    def to_normalized(self, offset: int) -> int:
        """The stored-text offset of raw ``offset``; ``ValueError`` when it splits a CRLF pair."""
        if not self.dropped:
            return offset
        if self.splits_crlf(offset):
            raise ValueError(f"offset {offset} falls between a CR and its LF")
        return offset - bisect_left(self.dropped, offset)

    def to_raw(self, offset: int) -> int:
        """The raw offset of stored-text ``offset`` (before the CR where the stored text has a CRLF's LF)."""
        if not self.dropped:
            return offset
        # The i-th dropped CR stood just before stored-text position dropped[i] - i.
        dropped = self.dropped
        return offset + bisect_left(range(len(dropped)), offset, key=lambda i: dropped[i] - i)


def normalize_newlines(text: str) -> tuple[str, OffsetRemap]:
    """``text`` with CRLF and lone CR turned into LF, and the remap of raw offsets onto it."""
    if "\r" not in text:
        return text, OffsetRemap((), len(text))
    dropped: list[int] = []
    position = text.find("\r\n")
    while position >= 0:
        dropped.append(position)
        position = text.find("\r\n", position + 2)
    normalized = text.replace("\r\n", "\n").replace("\r", "\n")
    return normalized, OffsetRemap(tuple(dropped), len(text))


def title_of(text: str) -> str:
    """The first non-empty line of ``text``, stripped; ``""`` when there is none."""
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            return stripped
    return ""


class NotARegularFile(OSError):
    """A FIFO, device, socket or folder where a file to read was expected."""


def open_regular(path: str | os.PathLike[str]) -> BinaryIO:
    """``path`` opened for reading in binary, never blocking: a FIFO (which would wait for a writer
    for ever), a device or a socket raises ``NotARegularFile`` naming what it is."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise NotARegularFile(errno.EINVAL, f"not a regular file but {file_kind(mode)}", str(path))
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def file_kind(mode: int) -> str:
    """What a file of ``mode`` is, in words: "a FIFO", "a device", "a socket", "a folder"..."""
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISREG(mode):
        return "a regular file"
    return "not a file"


def read_text_file(
    path: str | os.PathLike[str], max_bytes: int = MAX_FILE_BYTES, *, allow_empty: bool = False
) -> str:
    """The decoded text of the file at ``path`` (BOM dropped, newlines as in the file).

    A file over ``max_bytes`` is refused from its size alone, before anything is read.
    """
    path = Path(path)
    source = str(path)
    try:
        with open_regular(path) as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > max_bytes:
                message = f"the file is {_size(size)}, over the limit of {_size(max_bytes)}"
                raise InputError([Problem(source, 0, message)])
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise InputError([Problem(source, 0, f"cannot read the file: {exc.strerror or exc}")]) from None
    if len(data) > max_bytes:
        raise InputError([Problem(source, 0, f"the file is over the limit of {_size(max_bytes)}")])
    return decode_bytes(data, source, allow_empty=allow_empty)


def _size(count: int) -> str:
    if count < 1024 * 1024:
        return f"{count:,} bytes"
    return f"{count / (1024 * 1024):.1f} MB"
