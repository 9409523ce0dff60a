"""Reading the JSON and JSONL files of peer tools (doccano, Label Studio, Prodigy) into parsed documents.

``json_items`` yields ``(line, value)`` for every document object of a file: one a line for
JSONL, or every element of a top-level list (or the one object) when the file is a single
JSON value, as doccano's pretty-printed relation examples and Label Studio exports are.
Hostile input is refused by the shared guards (``kathan.formats.guards``: file size, line
length, nesting depth, binary data, bytes that are not UTF-8); this module adds what JSON
lets through that no store takes (a lone UTF-16 surrogate) and reports every problem to the
``ReadContext`` with file and line.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from kathan.formats.base import ReadContext, Source
from kathan.formats.guards import bounded_lines, first_json_line, first_line_prefix, load_json_file, loads_json
from kathan.model import InputError

MAX_PROBLEMS_PER_FILE = 200

_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def json_items(source: Source, ctx: ReadContext, *, whole: bool = False) -> Iterator[tuple[int, Any]]:
    """The parsed documents of ``source`` with their line numbers; problems go to ``ctx``.

    ``whole`` reads the file as one JSON value (Label Studio); otherwise the file is JSONL,
    unless it starts with a JSON value spread over lines (a first line ``{`` or ``[``, or a
    ``[`` line that is no JSON on its own), which is then read whole.
    """
    if not whole:
        first = first_line_prefix(source.path)
        whole = first in ("{", "[") or (first.startswith("[") and first_json_line(source.path) is None)
    try:
        if whole:
            yield from _whole(source, ctx)
        else:
            yield from _lines(source, ctx)
    except InputError as exc:
        ctx.extend(exc.problems)


def _whole(source: Source, ctx: ReadContext) -> Iterator[tuple[int, Any]]:
    file = str(source.path)
    value = load_json_file(source.path)
    ctx.advance(source.size)
    if _has_lone_surrogate(value, file, 1, ctx):
        return
    if isinstance(value, list):
        if not value:
            ctx.error(file, 1, "the file holds an empty list: there is no document in it")
            return
        starts = _element_lines(source.path.read_text(encoding="utf-8-sig"))
        for index, item in enumerate(value):
            yield (starts[index] if index < len(starts) else 1), item
    else:
        yield 1, value


def _lines(source: Source, ctx: ReadContext) -> Iterator[tuple[int, Any]]:
    file = str(source.path)
    before = ctx.fatal_count()
    documents = 0
    for number, line in bounded_lines(source.path):
        ctx.advance(len(line.encode("utf-8")) + 1)
        if ctx.fatal_count() - before >= MAX_PROBLEMS_PER_FILE:
            ctx.error(file, number, f"stopped reading after {MAX_PROBLEMS_PER_FILE} problems in this file")
            return
        if not line.strip():
            continue
        try:
            value = loads_json(line, file, number)
        except InputError as exc:
            ctx.extend(exc.problems)
            continue
        if _SURROGATE_ESCAPE.search(line) and _has_lone_surrogate(value, file, number, ctx):
            continue
        documents += 1
        yield number, value
    if documents == 0 and ctx.fatal_count() == before:
        ctx.error(file, 1, "the file is empty: there is no document in it")


def _has_lone_surrogate(value: Any, file: str, line: int, ctx: ReadContext) -> bool:
    """Reports a lone UTF-16 surrogate (JSON's ``\\ud800`` escape), which no file or database stores."""
    try:
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError as exc:
        lone = ord(str(exc.object[exc.start]))
        ctx.error(file, line, f"not Unicode text: a lone UTF-16 surrogate \\u{lone:04x} (half of a pair)")
        return True
    return False


_DECODER = json.JSONDecoder()
_WHITESPACE = re.compile(r"[ \t\n\r]*")


def _element_lines(text: str) -> list[int]:
    """The line on which each element of a top-level JSON list starts (for messages). The text
    has been parsed already; each element is skipped at C speed with ``raw_decode``."""
    starts: list[int] = []
    position = text.find("[") + 1
    line = 1 + text.count("\n", 0, position)
    while True:
        begin = _WHITESPACE.match(text, position).end()  # type: ignore[union-attr]
        if begin >= len(text) or text[begin] == "]":
            return starts
        line += text.count("\n", position, begin)
        starts.append(line)
        try:
            _, end = _DECODER.raw_decode(text, begin)
        except ValueError:
            return starts
        after = _WHITESPACE.match(text, end).end()  # type: ignore[union-attr]
        line += text.count("\n", begin, after)
        position = after + 1 if text.startswith(",", after) else after


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

