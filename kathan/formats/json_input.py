"""Reading the JSON and JSONL files of peer tools (doccano, Label Studio, Prodigy) safely.

``json_items`` yields ``(line, value)`` for every document object of a file: one a line for
JSONL, or every element of a top-level list (or the one object) when the file is a single
JSON value, as doccano's pretty-printed relation examples and Label Studio exports are.
Hostile input is refused with a problem naming the file and line: a file over
``MAX_FILE_BYTES`` (streamed JSONL) or ``MAX_JSON_BYTES`` (one JSON value, parsed whole),
a line over ``MAX_LINE_BYTES``, nesting deeper than Python's parser allows, NUL bytes,
bytes that are not UTF-8, and lone UTF-16 surrogates.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from typing import Any

from kathan.formats.base import ReadContext, Source

MAX_FILE_BYTES = 4 * 1024 * 1024 * 1024
MAX_JSON_BYTES = 512 * 1024 * 1024
"""A single JSON value is parsed whole, so it is held in memory: its limit is lower."""
MAX_LINE_BYTES = 50 * 1024 * 1024
MAX_PROBLEMS_PER_FILE = 200

_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def json_items(source: Source, ctx: ReadContext, *, whole: bool = False) -> Iterator[tuple[int, Any]]:
    """The parsed documents of ``source`` with their line numbers; problems go to ``ctx``.

    ``whole`` reads the file as one JSON value (Label Studio); otherwise the file is JSONL,
    unless its first line is not a JSON value on its own and the file starts with ``{`` or
    ``[`` (pretty-printed JSON in a ``.jsonl`` file), which is then read whole.
    """
    file = str(source.path)
    try:
        handle = source.path.open("rb")
    except OSError as exc:
        ctx.error(file, 0, f"cannot read the file: {exc.strerror or exc}")
        return
    with handle:
        size = os.fstat(handle.fileno()).st_size
        limit = MAX_JSON_BYTES if whole else MAX_FILE_BYTES
        if size > limit:
            ctx.error(file, 0, f"the file is {_mb(size)}, over the limit of {_mb(limit)}")
            return
        head = handle.read(8192)
        if b"\x00" in head:
            ctx.error(file, 1, "this is a binary file, not JSON (it contains NUL bytes)")
            return
        handle.seek(0)
        if not whole:
            first = handle.readline(MAX_LINE_BYTES + 1).lstrip(b"\xef\xbb\xbf")
            handle.seek(0)
            whole = first.lstrip()[:1] in (b"{", b"[") and not _parses(first)
            if whole and size > MAX_JSON_BYTES:
                ctx.error(file, 1, f"a JSON value over several lines may be at most {_mb(MAX_JSON_BYTES)}; this file is {_mb(size)}")
                return
        if whole:
            yield from _whole(handle.read(), file, ctx)
            ctx.advance(size)
            return
        yield from _lines(handle, file, ctx)


def _parses(line: bytes) -> bool:
    try:
        json.loads(line)
    except (ValueError, RecursionError):
        return False
    return True


def _whole(data: bytes, file: str, ctx: ReadContext) -> Iterator[tuple[int, Any]]:
    text = _decoded(data.removeprefix(b"\xef\xbb\xbf"), file, 1, ctx)
    if text is None:
        return
    if not text.strip():
        ctx.error(file, 1, "the file is empty: there is no document in it")
        return
    value = _parsed(text, file, 0, ctx)
    if value is _INVALID:
        return
    if isinstance(value, list):
        starts = _element_lines(text)
        for index, item in enumerate(value):
            yield (starts[index] if index < len(starts) else 1), item
        if not value:
            ctx.error(file, 1, "the file holds an empty list: there is no document in it")
    else:
        yield 1, value


def _lines(handle: Any, file: str, ctx: ReadContext) -> Iterator[tuple[int, Any]]:
    before = ctx.fatal_count()
    number = 0
    documents = 0
    while raw := handle.readline(MAX_LINE_BYTES + 1):
        number += 1
        ctx.advance(len(raw))
        if ctx.fatal_count() - before >= MAX_PROBLEMS_PER_FILE:
            ctx.error(file, number, f"stopped reading after {MAX_PROBLEMS_PER_FILE} problems in this file")
            return
        if number == 1:
            raw = raw.removeprefix(b"\xef\xbb\xbf")
        if len(raw) > MAX_LINE_BYTES:
            ctx.error(file, number, f"the line is longer than {_mb(MAX_LINE_BYTES)}: not read further")
            return
        if b"\x00" in raw:
            ctx.error(file, number, "this is a binary file, not JSONL (it contains NUL bytes)")
            return
        line = _decoded(raw, file, number, ctx)
        if line is None or not line.strip():
            continue
        value = _parsed(line, file, number, ctx)
        if value is _INVALID:
            continue
        documents += 1
        yield number, value
    if documents == 0 and ctx.fatal_count() == before:
        ctx.error(file, 1, "the file is empty: there is no document in it")


_INVALID = object()


def _decoded(raw: bytes, file: str, line: int, ctx: ReadContext) -> str | None:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        if line == 1 and b"\n" in raw[: exc.start]:
            line += raw.count(b"\n", 0, exc.start)
        ctx.error(file, line, f"not UTF-8: byte 0x{raw[exc.start]:02X} (save the file as UTF-8)")
        return None


def _parsed(text: str, file: str, line: int, ctx: ReadContext) -> Any:
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        ctx.error(file, line + exc.lineno - 1 if line else exc.lineno, f"not JSON: {exc.msg} (column {exc.colno})")
        return _INVALID
    except RecursionError:
        ctx.error(file, max(line, 1), "JSON nested too deeply to be a document: not read")
        return _INVALID
    if _SURROGATE_ESCAPE.search(text):
        try:
            json.dumps(value, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError as exc:
            lone = ord(str(exc.object[exc.start]))
            ctx.error(file, max(line, 1), f"not Unicode text: a lone UTF-16 surrogate \\u{lone:04x} (half of a pair)")
            return _INVALID
    return value


def _element_lines(text: str) -> list[int]:
    """The line on which each element of a top-level JSON list starts (for messages)."""
    starts: list[int] = []
    depth = 0
    line = 1
    in_string = escaped = False
    expecting = False
    for char in text:
        if char == "\n":
            line += 1
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
            continue
        if expecting and not char.isspace():
            starts.append(line)
            expecting = False
        if char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            if depth == 1 and char == "[":
                expecting = True
        elif char in "]}":
            depth -= 1
        elif char == "," and depth == 1:
            expecting = True
    return starts


def json_type(value: Any) -> str:
    """How a JSON value is named in messages: ``a string``, ``a list``, ``null``."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    return "an object"


def scalar_text(value: Any) -> str | None:
    """A JSON scalar as the string Kathan stores (``true``, ``3``); None for lists and objects."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    return None


def _mb(size: int) -> str:
    return f"{size / 2**20:.1f} MB"
