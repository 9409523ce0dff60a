"""Prodigy JSONL: rel.manual-style tasks (head/child at a span's last token), answers, round trip."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kathan.formats.prodigy import EXAMPLE, sniff
from kathan.formats.registry import detect_format, read_paths, write
from kathan.model import InputError
from kathan.text.tokens import tokenize

from .helpers import EXAMPLES, annotated, relation_view

TEXT = "😀 शर्मा ने कहा कि भारत-रूस संबंध मज़बूत हैं।"


def tokens() -> list[dict]:
    return [{"text": t.text, "start": t.start, "end": t.end, "id": i, "ws": TEXT[t.end:t.end + 1] == " "} for i, t in enumerate(tokenize(TEXT))]


def span(start_token: int, end_token: int, label: str) -> dict:
    toks = tokenize(TEXT)
    start, end = toks[start_token].start, toks[end_token].end
    return {"text": TEXT[start:end], "start": start, "end": end, "token_start": start_token, "token_end": end_token, "label": label}


def task(**extra) -> dict:
    quote, speaker = span(5, 8, "QUOTE"), span(1, 1, "SPEAKER")
    described = lambda s: {k: s[k] for k in ("start", "end", "token_start", "token_end", "label")}  # noqa: E731
    base = {
        "text": TEXT,
        "tokens": tokens(),
        "spans": [speaker, quote],
        "relations": [{"head": 8, "child": 1, "head_span": described(quote), "child_span": described(speaker), "label": "said_by", "color": "#ffd882"}],
        "answer": "accept",
        "meta": {"source": "wire"},
        "_input_hash": -400334998,
    }
    base.update(extra)
    return base


def write_lines(path: Path, items: list[dict]) -> Path:
    path.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items), encoding="utf-8")
    return path


def test_reads_spans_after_an_emoji_in_code_points_and_relations_by_head_span(tmp_path: Path) -> None:
    path = write_lines(tmp_path / "rel.jsonl", [task()])
    assert detect_format(path) == "prodigy"
    (record,) = read_paths([path]).records
    assert [(s.key, s.label, record.text[slice(*s.fragments[0])]) for s in record.spans] == [
        ("T1", "SPEAKER", "शर्मा"),
        ("T2", "QUOTE", "भारत-रूस संबंध मज़बूत हैं"),
    ]
    assert [(r.type, r.head, r.tail) for r in record.relations] == [("said_by", "T2", "T1")]
    assert record.meta == {"source": "wire"} and record.name == "rel-1"


def test_relations_given_by_token_only_find_the_span_ending_there(tmp_path: Path) -> None:
    """Without head_span, ``head`` is the index of the span's last token (Prodigy's rel.manual)."""
    item = task(relations=[{"head": 8, "child": 1, "label": "said_by"}])
    (record,) = read_paths([write_lines(tmp_path / "t.jsonl", [item])], "prodigy").records
    assert [(r.type, r.head, r.tail) for r in record.relations] == [("said_by", "T2", "T1")]


def test_rejected_tasks_are_skipped_with_a_warning(tmp_path: Path) -> None:
    result = read_paths([write_lines(tmp_path / "t.jsonl", [task(), task(answer="reject", meta={"name": "x"})])], "prodigy")
    assert len(result.records) == 1
    assert [(w.line, w.message) for w in result.warnings] == [(2, "answer 'reject': the task was not accepted, not imported")]


def test_span_text_that_does_not_match_and_unknown_relation_ends_fail(tmp_path: Path) -> None:
    bad_span = task()
    bad_span["spans"][0]["text"] = "भारत"
    bad_relation = task(relations=[{"head": 3, "child": 1, "label": "said_by"}])
    with pytest.raises(InputError) as caught:
        read_paths([write_lines(tmp_path / "t.jsonl", [task(), bad_span, bad_relation])], "prodigy")
    problems = [(p.line, p.message) for p in caught.value.problems]
    assert problems[0][0] == 2 and "its text 'भारत' does not match" in problems[0][1]
    assert (3, "relations[0].head: token 3 is no span of this task") in problems


def test_round_trip_and_token_indices(tmp_path: Path) -> None:
    """Kathan → Prodigy → Kathan keeps spans (one per fragment), attributes, notes, relations;
    token_start/token_end are Kathan's tokens, head/child the last token of each span."""
    records = read_paths([EXAMPLES / "jsonl" / "golden.jsonl"]).records
    out = tmp_path / "out.jsonl"
    report = write("prodigy", annotated(records), out)
    assert report.offset_unit == "codepoint"
    assert "discontinuous spans, written as one span per fragment: 1 in 1 document (news/lavrov-1)" in report.warnings
    back = read_paths([out], "prodigy").records
    for before, after in zip(records, back, strict=True):
        assert (after.name, after.text, after.title, dict(after.meta)) == (before.name, before.text, before.title, dict(before.meta))
        assert sorted((s.label, f, dict(s.attributes), s.note) for s in after.spans for f in s.fragments) == sorted(
            (s.label, f, dict(s.attributes), s.note) for s in before.spans for f in s.fragments
        )
        assert [(t, h[0], x[0]) for t, h, x in relation_view(after)] == [(t, h[0], x[0]) for t, h, x in relation_view(before)]
    first = json.loads(out.read_text(encoding="utf-8").splitlines()[0])
    toks = first["tokens"]
    for entry in first["spans"]:
        assert toks[entry["token_start"]]["start"] == entry["start"] and toks[entry["token_end"]]["end"] == entry["end"]
    for relation in first["relations"]:
        assert relation["head"] == relation["head_span"]["token_end"] and relation["child"] == relation["child_span"]["token_end"]
    assert first["meta"]["offset_unit"] == "codepoint" and first["answer"] == "accept"


def test_example_is_the_golden_export_and_sniffs(tmp_path: Path) -> None:
    records = read_paths([EXAMPLES / "jsonl" / "golden.jsonl"]).records
    out = tmp_path / "golden.jsonl"
    write("prodigy", annotated(records), out)
    assert out.read_bytes() == EXAMPLE.read_bytes()
    assert sniff(EXAMPLE) and not sniff(EXAMPLES / "jsonl" / "golden.jsonl") and not sniff(EXAMPLES / "doccano" / "golden.jsonl")
