"""Bounded reading shared by every format: a file's head for sniffing, and the first JSON line.

Sniffing must stay cheap and safe on any file a user points at (a 1 GB JSON file, one 100 MB
line, binary data): everything here reads at most a fixed number of bytes and never raises
for unreadable input, it answers "not this format" instead.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

SNIFF_BYTES = 64 * 1024
"""How much of a file sniffing looks at."""

_BOM = b"\xef\xbb\xbf"


def read_head(path: Path, limit: int = SNIFF_BYTES) -> bytes:
    """At most ``limit`` bytes from the start of ``path`` (UTF-8 BOM dropped); empty when unreadable."""
    try:
        with path.open("rb") as handle:
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
        except (json.JSONDecodeError, RecursionError):
            return None
    return None


def first_line_prefix(path: Path, limit: int = SNIFF_BYTES) -> str:
    """The first non-blank line of ``path``, cut at ``limit`` bytes: for sniffing JSONL whose
    first document is too long to parse whole (look for ``"token_start"``, ``"entities"``...)."""
    for line in head_text(path, limit).splitlines():
        if line.strip():
            return line.strip()
    return ""
