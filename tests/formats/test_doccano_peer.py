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


def test_spans_made_in_doccanos_editor_count_utf16_and_the_summary_says_so(tmp_path: Path, capsys) -> None:
    """doccano's editor posts offsets from the DOM selection (UTF-16 units); its export writes one
    file per user. Read with --offset-unit utf16 and --annotator, every span lands on its words,
    and the import summary names the unit that was read, not the format's default."""
    from cli.main import main

    project = tmp_path / "p.kathan"
    assert main(["init", str(project)]) == 0
    for user in ("admin", "ravi"):
        path = DOCCANO / "doccano-1.8.4-editor" / f"{user}.jsonl"
        assert main(["import", str(project), str(path), "--format", "doccano", "--offset-unit", "utf16", "--annotator", user]) == 0
        assert "read as doccano (offsets in UTF-16 code units)" in capsys.readouterr().out
    out = tmp_path / "back.jsonl"
    assert main(["export", str(project), "--format", "jsonl", "--out", str(out)]) == 0
    (document,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted((s["annotator"], s["label"], s["text"]) for s in document["spans"]) == [
        ("admin", "CUE", "कहा"),
        ("admin", "QUOTE", "🌧️ बारिश से फ़सलें बर्बाद हुईं"),
        ("admin", "SPEAKER", "सांसद"),
        ("ravi", "CLAIM", "फ़सलें बर्बाद हुईं"),
        ("ravi", "QUOTE", "मदद चाहिए"),
    ]
    assert [(r["type"], r["annotator"]) for r in document["relations"]] == [("said_by", "admin")]


def test_a_code_point_export_of_text_with_emoji_warns_that_doccanos_editor_counts_utf16(tmp_path: Path) -> None:
    """doccano 1.8.4's editor showed the spans of our code-point export one character early per
    emoji before them (and those of the --offset-unit utf16 export on their words): the report
    says which documents to export with --offset-unit utf16 for annotating in doccano."""
    line = {"id": "emoji", "text": TEXT, "spans": [{"label": "QUOTE", "fragments": [[18, 46]]}]}
    plain = {"id": "plain", "text": "मंत्री ने कहा", "spans": [{"label": "CUE", "fragments": [[10, 13]]}]}
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in (line, plain)), encoding="utf-8")
    records = read_paths([source], "jsonl").records
    report = write("doccano", annotated(records), tmp_path / "cp.jsonl")
    assert [w for w in report.warnings if "UTF-16" in w] == [
        "spans after emoji (characters beyond U+FFFF) in code points, which doccano's editor shows shifted "
        "(it counts UTF-16 units: export with --offset-unit utf16 to annotate in doccano): 1 in 1 document (emoji)"
    ]
    assert not [w for w in write("doccano", annotated(records), tmp_path / "u16.jsonl", offset_unit="utf16").warnings if "UTF-16" in w]
