"""What the command prints is made safe for a terminal: names from files and projects may hold
control characters (an escape sequence can rewrite the screen or hide text) and bidirectional
overrides (which can show a name reversed); both are written as visible escapes."""

from __future__ import annotations

import re
import sys
from typing import TextIO

_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


def shown(text: str) -> str:
    """``text`` with control characters and direction overrides written as ``\\xNN`` / ``\\uNNNN``
    (line breaks and tabs kept)."""
    return _UNSAFE.sub(lambda m: _escape(m.group()), text)


def _escape(char: str) -> str:
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def say(text: object, file: TextIO | None = None) -> None:
    """``print`` for anything that may carry a name from a file or a project."""
    print(shown(str(text)), file=file if file is not None else sys.stdout)
