"""Bounded reading shared by every format: sniffing a file's head, and reading whole inputs safely.

Sniffing must stay cheap and safe on any file a user points at (a 1 GB JSON file, one 100 MB
line, binary data): the sniff helpers read at most a fixed number of bytes and never raise,
they answer "not this format" instead. The readers' helpers (``check_size``,
``bounded_lines``, ``loads_json``, ``load_json_file``) refuse hostile input with an
``InputError`` naming file and line, before memory grows with it. XML and zip guards for
formats that need them belong here too.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from kathan.model import InputError, Problem
from kathan.text.decode import open_regular

SNIFF_BYTES = 64 * 1024
"""How much of a file sniffing looks at."""

_BOM = b"\xef\xbb\xbf"


def read_head(path: Path, limit: int = SNIFF_BYTES) -> bytes:
    """At most ``limit`` bytes from the start of ``path`` (UTF-8 BOM dropped); empty when unreadable."""
    try:
        with open_regular(path) as handle:
            head = handle.read(limit)
    except OSError:
        return b""
    return head[len(_BOM) :] if head.startswith(_BOM) else head


def head_text(path: Path, limit: int = SNIFF_BYTES) -> str:
    """The start of ``path`` decoded as UTF-8 (a character cut at ``limit`` dropped); empty for binary data."""
    head = read_head(path, limit)
    if b"\x00" in head:
        return ""
    return head.decode("utf-8", errors="ignore")


def first_json_line(path: Path, limit: int = SNIFF_BYTES) -> Any:
    """The JSON value on the first non-blank line of ``path`` when that line ends within
    ``limit`` bytes (a longer first line is judged by ``first_line_prefix``); None otherwise."""
    for line in head_text(path, limit).splitlines(keepends=True):
        if not line.strip():
            continue
        if not line.endswith("\n") and len(line.encode("utf-8")) >= limit - 4:
            return None
        try:
            return json.loads(line)
        except (ValueError, RecursionError):  # not JSON, or a number over Python's 4,300 digits
            return None
    return None


def first_line_prefix(path: Path, limit: int = SNIFF_BYTES) -> str:
    """The first non-blank line of ``path``, cut at ``limit`` bytes: for sniffing JSONL whose
    first document is too long to parse whole (look for ``"token_start"``, ``"entities"``...)."""
    for line in head_text(path, limit).splitlines():
        if line.strip():
            return line.strip()
    return ""


# Reading whole inputs, refusing hostile ones with a clear message and bounded memory.

MAX_JSON_BYTES = 512 * 1024 * 1024
"""The largest file a reader loads whole (a JSON document, a CoNLL file): a 1 GB file is refused by its size."""
MAX_LINE_BYTES = 50 * 1024 * 1024
"""The longest line a line-based reader takes: a single 100 MB line is refused when reached."""
MAX_JSON_DEPTH = 200
"""Nesting no annotation format needs; deeper JSON is refused before Python's recursion limit."""


def check_size(path: Path, limit: int, what: str = "file") -> None:
    """Refuses (``InputError``) ``path`` when it is larger than ``limit`` bytes, before reading any of it."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError([Problem(str(path), 0, f"cannot read the {what}: {exc.strerror or exc}")]) from None
    if size > limit:
        raise InputError(
            [Problem(str(path), 0, f"the {what} is {size / 2**20:.1f} MB, over the limit of {limit / 2**20:.0f} MB")]
        )


def bounded_lines(path: Path, limit: int = MAX_LINE_BYTES) -> Iterator[tuple[int, str]]:
    """``(line number, line without its newline)`` of a UTF-8 text file (a BOM dropped), reading
    at most ``limit`` + 1 bytes a line. Raises ``InputError`` naming file and line for a binary
    file, a line longer than ``limit`` bytes, or bytes that are not UTF-8."""
    file = str(path)
    try:
        handle = open_regular(path)
    except OSError as exc:
        raise InputError([Problem(file, 0, f"cannot read the file: {exc.strerror or exc}")]) from None
    with handle:
        if b"\x00" in handle.read(8192):
            raise InputError([Problem(file, 1, "this is a binary file, not text (it contains NUL bytes)")])
        handle.seek(0)
        number = 0
        while raw := handle.readline(limit + 1):
            number += 1
            if number == 1 and raw.startswith(_BOM):
                raw = raw[len(_BOM) :]
            if len(raw) > limit and not raw.endswith(b"\n"):
                raise InputError([Problem(file, number, f"the line is longer than {limit / 2**20:.0f} MB: not read further")])
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise InputError(
                    [Problem(file, number, f"not UTF-8: byte 0x{raw[exc.start]:02X} at byte column {exc.start + 1}")]
                ) from None
            yield number, line.rstrip("\r\n")


def json_depth(text: str) -> int:
    """The deepest nesting of arrays and objects in the JSON ``text`` (brackets inside strings not counted)."""
    depth = deepest = 0
    for match in _JSON_STRUCTURE.finditer(text):
        token = match.group()
        if token in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif token in "]}":
            depth -= 1
    return deepest


_JSON_STRUCTURE = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]')


def loads_json(text: str, file: str, line: int = 0, max_depth: int = MAX_JSON_DEPTH) -> Any:
    """``json.loads(text)``, refusing (``InputError`` naming file and line) text that is not
    JSON or nests deeper than ``max_depth``."""
    if text.count("[") + text.count("{") > max_depth and json_depth(text) > max_depth:
        raise InputError([Problem(file, line, f"JSON nested deeper than {max_depth} levels: refused")])
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        where = line or exc.lineno
        raise InputError([Problem(file, where, f"not JSON: {exc.msg} (column {exc.colno})")]) from None
    except RecursionError:
        raise InputError([Problem(file, line, "JSON nested too deep: refused")]) from None
    except ValueError:  # Python refuses integers of more than 4,300 digits (sys.get_int_max_str_digits)
        raise InputError([Problem(file, line, "JSON with a number too long to be an offset or a value: refused")]) from None


def load_json_file(path: Path, limit: int = MAX_JSON_BYTES, max_depth: int = MAX_JSON_DEPTH) -> Any:
    """The JSON value of a whole file (UTF-8, BOM allowed): refused with an ``InputError`` when
    over ``limit`` bytes (checked before reading), binary, not UTF-8, not JSON or too deep."""
    check_size(path, limit, "JSON file")
    try:
        with open_regular(path) as handle:
            data = handle.read()
    except OSError as exc:
        raise InputError([Problem(str(path), 0, f"cannot read the file: {exc.strerror or exc}")]) from None
    if b"\x00" in data[:8192]:
        raise InputError([Problem(str(path), 1, "this is a binary file, not JSON (it contains NUL bytes)")])
    if data.startswith(_BOM):
        data = data[len(_BOM) :]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError([Problem(str(path), line, f"not UTF-8: byte 0x{data[exc.start]:02X}")]) from None
    return loads_json(text, str(path), 0, max_depth)
