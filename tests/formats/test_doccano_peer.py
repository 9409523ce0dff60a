"""doccano 1.8.4 as it really behaved (bench/peer_tools.py): what its upload decoded, what it exported."""

from __future__ import annotations

import json
from pathlib import Path

from kathan.formats.registry import read_paths, write

from .helpers import FIXTURES, annotated

DOCCANO = FIXTURES / "doccano"
TEXT = 'मंत्री 🙏 ने कहा, "किसानों की आय दोगुनी होगी 🌾।"'


def test_the_export_is_ascii_so_doccanos_upload_cannot_misread_its_encoding(tmp_path: Path) -> None:
    """doccano's JSONL upload has no encoding choice and guesses it with chardet 4.0.0, which
    took our UTF-8 Hindi for IBM866 and stored every text garbled: the export escapes non-ASCII
    (JSON's \\u escapes, surrogate pairs for emoji), which every JSON reader decodes."""
    line = {"text": TEXT, "spans": [{"label": "QUOTE", "fragments": [[18, 46]]}]}
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    records = read_paths([source], "jsonl").records
    for unit in ("codepoint", "utf16"):
        out = tmp_path / f"{unit}.jsonl"
        write("doccano", annotated(records), out, offset_unit=unit)
        data = out.read_bytes()
        assert data.isascii() and "\\ud83d\\ude4f" in data.decode("ascii")
        (back,) = read_paths([out], "doccano").records
        assert back.text == TEXT and [back.text[slice(*s.fragments[0])] for s in back.spans] == ["किसानों की आय दोगुनी होगी 🌾।"]
