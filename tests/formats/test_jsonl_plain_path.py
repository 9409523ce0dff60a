"""The JSONL reader's straight path for plain lines gives what its field-by-field path gives, and
leaves every line with anything to report to that path (whole lines parsed by orjson too)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kathan.formats.base import ReadContext, sha256_of
from kathan.formats.jsonl import _LineReader, _plain_line, _plain_relations, _plain_spans
from kathan.text.decode import normalize_newlines

TEXT = "राम ने कहा कि क्षत्रिय 🇮🇳 आए।\nसीता: ठीक है"
EDGES = [0, 1, 3, 4, 6, 8, 11, 14, 20, 21, 23, 24, 27, 29, len(TEXT), len(TEXT) + 3, -1]
"""Offsets on and off cluster boundaries (inside क्ष and the flag), at both ends and outside."""

scalar = st.one_of(st.none(), st.text(max_size=3), st.integers(-2, 3), st.booleans(), st.just({}), st.just([]))
pair = st.one_of(st.lists(st.sampled_from(EDGES), min_size=2, max_size=2), st.just([1]), st.just(["0", 3]), st.just([True, 3]))
span = st.fixed_dictionaries(
    {"id": st.one_of(st.sampled_from(["T1", "T2", "T3", " "]), st.integers(1, 3), st.none())},
    optional={
        "label": st.one_of(st.sampled_from(["QUOTE", "SPEAKER", ""]), scalar),
        "fragments": st.one_of(st.lists(pair, max_size=3), scalar),
        "text": st.one_of(st.sampled_from(["राम", "ने", "राम ने"]), scalar),
        "attributes": st.one_of(st.dictionaries(st.sampled_from(["a", "b"]), scalar, max_size=2), scalar),
        "note": scalar,
        "annotator": scalar,
        "origin": st.one_of(st.sampled_from(["manual", "suggested", "imported", "bogus"]), scalar),
        "status": st.sampled_from(["open", "accepted"]),
        "extra": scalar,
    },
)
relation = st.fixed_dictionaries(
    {"id": st.one_of(st.sampled_from(["R1", "R2", ""]), st.integers(1, 2), st.none())},
    optional={
        "type": st.one_of(st.sampled_from(["said_by", ""]), scalar),
        "head": st.one_of(st.sampled_from(["T1", "T2", "T9"]), st.integers(1, 3), scalar),
        "tail": st.one_of(st.sampled_from(["T1", "T2", "T9"]), st.integers(1, 3), scalar),
        "attributes": st.one_of(st.dictionaries(st.sampled_from(["a"]), scalar, max_size=1), scalar),
        "annotator": scalar,
        "origin": st.one_of(st.sampled_from(["manual", "bogus"]), scalar),
        "extra": scalar,
    },
)


def _by_field(spans: Any, relations: Any) -> tuple[Any, Any, list[str]]:
    ctx = ReadContext()
    reader = _LineReader(ctx, "f.jsonl", 1)
    text, remap = normalize_newlines(TEXT)
    found = reader.spans(spans, TEXT, text, remap, None)
    linked = reader.relations(relations, found)
    return found, linked, [p.message for p in ctx.problems]


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.lists(span, max_size=4), scalar), st.one_of(st.lists(relation, max_size=3), scalar))
def test_the_plain_path_agrees_with_the_field_by_field_one(spans: Any, relations: Any) -> None:
    """Where the straight path takes a line it makes the same records, and only lines the
    field-by-field path reads without a single problem or warning."""
    expected_spans, expected_relations, problems = _by_field(spans, relations)
    plain = _plain_spans(spans, TEXT, TEXT, 1)
    if plain is not None:
        assert plain == expected_spans
        assert not [p for p in problems if p.startswith("spans")]
    plain_relations = _plain_relations(relations, expected_spans, 1)
    if plain_relations is not None:
        assert plain_relations == expected_relations
        assert not [p for p in problems if p.startswith("relations")]


def test_the_plain_path_takes_an_ordinary_line() -> None:
    """An ordinary exported line goes the straight way (so the property above is not vacuous)."""
    spans = [{"id": "T1", "label": "QUOTE", "fragments": [[0, 3]], "text": "राम", "attributes": {}, "note": "",
              "annotator": "asha", "origin": "manual"}, {"id": "T2", "label": "SPEAKER", "fragments": [[4, 6], [8, 11]]}]
    relations = [{"id": "R1", "type": "said_by", "head": "T1", "tail": "T2", "attributes": {"a": "x"}}]
    plain = _plain_spans(spans, TEXT, TEXT, 1)
    assert plain is not None and list(plain) == ["T1", "T2"]
    assert _plain_relations(relations, plain, 1) == _by_field(spans, relations)[1]
    assert _plain_spans([{"id": "T1", "label": "QUOTE", "fragments": [[0, 1]]}], TEXT, TEXT, 1) is None  # cuts रा


document = st.fixed_dictionaries(
    {"text": st.one_of(st.sampled_from([TEXT, TEXT.replace("\n", "\r\n"), " ", ""]), scalar)},
    optional={
        "id": st.one_of(st.sampled_from(["doc", " ", ""]), st.integers(-1, 2), scalar, st.just(10**19), st.just(1e20)),
        "title": st.one_of(st.sampled_from(["शीर्षक", ""]), scalar),
        "sha256": st.sampled_from([sha256_of(TEXT), "0" * 64, ""]),
        "meta": st.one_of(st.dictionaries(st.sampled_from(["source", "n"]), st.one_of(scalar, st.just(1.5), st.just(10**20)), max_size=2), scalar),
        "status": st.one_of(st.sampled_from(["new", "done", "bogus"]), scalar),
        "language": st.one_of(st.sampled_from(["hi", "ur"]), scalar),
        "offset_unit": st.sampled_from(["codepoint", "utf16", "bytes"]),
        "spans": st.one_of(st.lists(span, max_size=4), scalar),
        "relations": st.one_of(st.lists(relation, max_size=3), scalar),
        "script": st.sampled_from(["hi-Deva"]),
        "extra": scalar,
    },
)


def _by_field_line(raw: bytes) -> tuple[Any, list[str]]:
    ctx = ReadContext()
    data = json.loads(raw.decode("utf-8"))
    record = _LineReader(ctx, "f.jsonl", 1).document(data, "f-1")
    return record, [p.message for p in ctx.problems] + [p.message for p in ctx.warnings]


@settings(max_examples=400, deadline=None)
@given(document, st.sampled_from(["", " ", "\r"]))
def test_a_plain_line_makes_the_record_the_field_by_field_way_makes(data: Any, tail: str) -> None:
    """Where the straight path takes a whole line (parsed by orjson from its bytes) it makes the
    record that ``json.loads`` and the field-by-field reading make of it, and only of a line that
    reading finds nothing to report or warn about."""
    raw = (json.dumps(data, ensure_ascii=False) + tail + "\n").encode("utf-8")
    plain = _plain_line(raw, "f.jsonl", 1, "f-1")
    if plain is not None:
        expected, said = _by_field_line(raw)
        assert said == [] and plain == expected


def test_an_ordinary_line_goes_the_straight_way() -> None:
    """The bench's kind of line and the full export form are both taken whole (so the property is not vacuous)."""
    minimal = {"id": "doc", "text": TEXT, "spans": [{"id": "T1", "label": "QUOTE", "fragments": [[0, 3]]}],
               "relations": [{"id": "R1", "type": "said_by", "head": "T1", "tail": "T1"}]}
    full = {"id": "doc", "title": "t", "language": "hi", "script": "hi-Deva", "text": TEXT, "sha256": sha256_of(TEXT),
            "meta": {"source": "x"}, "offset_unit": "codepoint", "status": "done",
            "spans": [{"id": "T1", "label": "QUOTE", "fragments": [[0, 3]], "text": "राम", "attributes": {"a": "b"},
                       "note": "n", "annotator": "asha", "origin": "manual"}], "relations": []}
    for data in (minimal, full):
        raw = json.dumps(data, ensure_ascii=False).encode("utf-8")
        expected, said = _by_field_line(raw)
        assert said == [] and _plain_line(raw, "f.jsonl", 1, "f-1") == expected


@pytest.mark.parametrize(
    "raw",
    [
        b'{"text": "\\ud800 x"}',  # a lone surrogate: refused on its line
        b'{"text": "a", "id": 100000000000000000000}',  # orjson would read the id as a float
        b'{"text": "a", "meta": {"n": 100000000000000000000}}',
        b'{"text": "a\xff"}',  # not UTF-8
        b'{"text": NaN}',
        b"   ",
        b'{"text": "a", "offset_unit": "utf16"}',
    ],
)
def test_lines_the_straight_path_leaves_to_the_field_by_field_one(raw: bytes) -> None:
    """Lines with anything to report, or that orjson would read otherwise than ``json.loads``, are not taken whole."""
    assert _plain_line(raw, "f.jsonl", 1, "f-1") is None
