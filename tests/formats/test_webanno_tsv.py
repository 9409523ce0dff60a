"""WebAnno TSV 3.3: INCEpTION's own test files read exactly, UTF-16 offsets, escaping, write and read back."""

from __future__ import annotations

from pathlib import Path

import pytest

from kathan.formats.base import LossLog, ReadContext, Source, as_annotated
from kathan.formats.webanno_tsv3.read import read_webanno_tsv, split_unescaped, unescape_text, unescape_value
from kathan.formats.webanno_tsv3.write import escape_text, escape_value, tsv_content, write_webanno_tsv
from kathan.model import DocumentRecord, KathanError, RelationRecord, SpanRecord

from .helpers import FIXTURES, PEERS, relation_view

SUITE = PEERS / "webanno_tsv3/inception/inception/inception-io-webanno-tsv/src/test/resources/tsv3-suite"
needs_peers = pytest.mark.skipif(not SUITE.is_dir(), reason="../shared/peer-formats is not beside the repository")


def _read(path: Path, name: str = "doc") -> tuple[DocumentRecord | None, ReadContext]:
    ctx = ReadContext()
    records = list(read_webanno_tsv([Source(path, name)], ctx))
    return (records[0] if records else None), ctx


def _peer(case: str) -> DocumentRecord:
    record, ctx = _read(SUITE / case / "reference.tsv", case)
    assert record is not None, [str(p) for p in ctx.problems]
    return record


def _spans(record: DocumentRecord) -> list[tuple[str, str, dict[str, str]]]:
    return [(s.label, record.text[s.fragments[0][0]:s.fragments[0][1]], dict(s.attributes)) for s in record.spans]


def _relations(record: DocumentRecord) -> list[tuple[str, str, str, dict[str, str]]]:
    covered = {s.key: record.text[s.fragments[0][0]:s.fragments[0][1]] for s in record.spans}
    return [(r.type, covered[r.head], covered[r.tail], dict(r.attributes)) for r in record.relations]


@needs_peers
def test_stacked_sub_token_spans_of_inception_suite() -> None:
    """Spans starting and ending inside tokens, stacked six deep, come back with INCEpTION's offsets.

    Values such as ``1a`` cannot name a label: the layer does, the value is an attribute."""
    record = _peer("testStackedSubMultiTokenSpanWithFeatureValue")
    assert record.text == "aaaaaa bbbbbb cccccc"
    assert {s.label for s in record.spans} == {"Span"}
    got = {(s.attributes["value"], s.fragments[0]) for s in record.spans}
    assert got == {
        ("1a", (0, 6)), ("1b", (0, 6)), ("2a", (0, 13)), ("2b", (0, 13)), ("3a", (9, 10)), ("3b", (9, 10)),
        ("4a", (7, 10)), ("4b", (7, 10)), ("5a", (9, 13)), ("5b", (9, 13)), ("6a", (3, 13)), ("6b", (3, 13)),
        ("7a", (0, 10)), ("7b", (0, 10)), ("8a", (3, 10)), ("8b", (3, 10)), ("9a", (3, 17)), ("9b", (3, 17)),
    }


@needs_peers
def test_zero_length_spans_are_left_out_with_a_warning() -> None:
    record, ctx = _read(SUITE / "testStackedSubMultiTokenSpanWithFeatureValue" / "reference.tsv")
    assert record is not None and len(record.spans) == 18
    assert [p.message for p in ctx.warnings] == [
        "6 zero-length annotations left out (a Kathan span covers at least one character)"
    ]


@needs_peers
@pytest.mark.parametrize(
    ("case", "spans", "relations"),
    [
        ("testMultiTokenStackedSpanWithFeatureValue",
         [("PERSON", "This is a test .", {}), ("LOCATION", "This is a test .", {})], []),
        ("testSubMultiTokenSpanWithoutFeatureValue3", [("Span", "his i", {}), ("Span", "s a te", {})], []),
        ("testCrossSentenceSpanWithoutFeatureValue", [("Span", "He loves her .\nShe loves him not .", {})], []),
        ("testElevatedType", [("NN", "John", {"coarseValue": "NOUN"})], []),
        ("testTokenBoundedBioLookAlike",
         [("Span", "This", {"value": "B-NOTBIO!"}), ("Span", "is", {"value": "I-NOTBIO!"}),
          ("Span", "a", {"value": "I-NOTBIO!"}), ("Span", "test", {"value": "I-NOTBIO!"}),
          ("Span", ".", {"value": "I-NOTBIO!"})], []),
        ("testAnnotationWithLeadingWhitespace", [("NamedEntity", "two", {})], []),
        ("testSingleNonMultiTokenRelationWithoutFeatureValue",
         [("Span", "This is", {}), ("Span", "a test", {})], [("Relation", "This is", "a test", {})]),
        ("testSubTokenRelation", [("OTH", "t", {}), ("OTH", "T", {})], [("Relation", "T", "t", {})]),
        ("testStackedNonMultiTokenRelationWithMultipleFeatureValues",
         [("Span", "This is", {}), ("Span", "a test", {})],
         [("nsubj", "This is", "a test", {"boolValue": "true", "integerValue": "42"}),
          ("obj", "This is", "a test", {"boolValue": "false", "integerValue": "43"})]),
        ("testSingleTokenRelationWithMultipleFeatureValues",
         [("Token", "This", {}), ("Token", ".", {})],
         [("nsubj", "This", ".", {"boolValue": "true", "integerValue": "42"})]),
        ("testMultiTokenSlotFeature",
         [("SimpleLinkHost", "This", {}), ("SimpleSpan", "is a", {}), ("SimpleSpan", "test .", {})],
         [("p1", "This", "is a", {}), ("p2", "This", "test .", {})]),
        ("sampleSlotAnnotation1",
         [("SimpleSlotHost", "This", {}), ("SimpleSpan", "is", {}), ("SimpleSpan", "a", {}), ("SurfaceForm", "test", {})],
         [("pr2", "This", "a", {}), ("pr1", "This", "is", {})]),
        ("testSimpleChain",
         [("SimpleLink", "This", {}), ("SimpleLink", "is", {}), ("SimpleLink", "a", {})],
         [("Simple", "This", "is", {}), ("Simple", "is", "a", {})]),
    ],
)
def test_inception_suite_cases(
    case: str, spans: list[tuple[str, str, dict[str, str]]], relations: list[tuple[str, str, str, dict[str, str]]]
) -> None:
    record = _peer(case)
    assert _spans(record) == spans
    assert _relations(record) == relations


@needs_peers
def test_stacked_relation_endpoints_resolve_by_disambiguation_id() -> None:
    """``1-1[1_3]``: the relation runs from the first of two stacked spans on 1-1 to the first on 1-5."""
    record = _peer("testSingleStackedNonTokenRelationWithoutFeatureValue")
    assert len(record.spans) == 4
    (relation,) = record.relations
    by_key = {s.key: s for s in record.spans}
    assert by_key[relation.head].fragments == ((0, 4),) and by_key[relation.tail].fragments == ((15, 16),)
    assert (relation.head, relation.tail) == ("T1", "T3")
    assert [by_key[relation.head].line, by_key[relation.tail].line] == [7, 11]


@needs_peers
def test_special_symbols_in_values_are_unescaped() -> None:
    record = _peer("testTokenBoundedSpanWithSpecialSymbolsValue")
    assert {(s.label, s.attributes["value"]) for s in record.spans} == {("Span", "#*'\"`´\t:;{}|[ ]()\\§$%?=&_\n")}


@needs_peers
def test_sentence_text_with_line_break_and_sentence_ids() -> None:
    assert _peer("testSentenceWithLineBreak").text == "This is\na test ."
    record = _peer("testSentenceId")
    assert record.text == "He loves her .\nShe loves him not ." and record.spans == ()


@needs_peers
def test_every_peer_file_reads_without_a_fatal_problem() -> None:
    cases = sorted(p for p in SUITE.glob("*/reference.tsv"))
    assert len(cases) >= 38
    for path in cases:
        record, ctx = _read(path)
        assert record is not None and not ctx.fatal, path


def test_offsets_after_emoji_count_utf16_units() -> None:
    """Emoji take two UTF-16 units in the file and one code point in Kathan; a skin tone makes two."""
    record, ctx = _read(FIXTURES / "webanno_tsv" / "emoji.tsv")
    assert record is not None and not ctx.problems
    assert record.text == "मोदी 😊 ने कहा\n👍🏽 ठीक"
    assert [(s.label, s.fragments, s.attributes) for s in record.spans] == [
        ("PER", ((0, 4),), {}),
        ("CUE", ((10, 13),), {"identifier": "Q42"}),
        ("EMO", ((14, 16),), {"identifier": "x|y"}),
    ]
    assert relation_view(record) == [("said_by", (0, 4), (10, 13))]


def _bad(tmp_path: Path, body: str) -> list[str]:
    path = tmp_path / "bad.tsv"
    path.write_text(body, encoding="utf-8")
    record, ctx = _read(path)
    assert record is None
    return [str(p) for p in ctx.fatal]


def test_bad_files_are_refused_with_file_and_line(tmp_path: Path) -> None:
    where = str(tmp_path / "bad.tsv")
    assert _bad(tmp_path, "#FORMAT=WebAnno TSV 2.0\n") == [f"{where}:1: WebAnno TSV 2.0 is not WebAnno TSV 3.x, the version Kathan reads"]
    head = "#FORMAT=WebAnno TSV 3.3\n#T_SP=webanno.custom.Span|value\n\n\n#Text=ab 😊\n"
    assert _bad(tmp_path, head + "1-1\t0-2\tab\t_\t\n1-2\t3-4\t😊\t_\t\n") == [
        f"{where}:7: unit 1-2 3-4 (UTF-16 units): UTF-16 offset 4 falls inside a surrogate pair"
    ]
    assert _bad(tmp_path, head + "1-1\t0-2\txy\t_\t\n") == [
        f"{where}:6: unit 1-1 gives the text 'xy', but 0-2 (UTF-16 units) of the sentence text is 'ab'"
    ]
    assert _bad(tmp_path, head + "1-1\t0-2\tab\n") == [
        f"{where}:6: expected 4 TAB-separated fields (id, offsets, token and 1 columns), found 3"
    ]
    relation = "#FORMAT=WebAnno TSV 3.3\n#T_SP=webanno.custom.Span|value\n#T_RL=webanno.custom.Relation|value|BT_webanno.custom.Span\n\n\n#Text=ab\n"
    assert _bad(tmp_path, relation + "1-1\t0-2\tab\tX\t*\t1-7\t\n") == [f"{where}:7: refers to unit 1-7, which the file does not have"]


@pytest.mark.parametrize("value", ["plain", "a|b", "x_y", "[1]", "a->b", "t\tn\nl", "\\", "*", "semi;colon", "\\]"])
def test_value_escaping_round_trips(value: str) -> None:
    escaped = escape_value(value)
    assert split_unescaped(escaped, "|") == [escaped]
    assert unescape_value(escaped) == value


def test_text_escaping_round_trips() -> None:
    text = "tab\there \\ back\x01ctl\rcr"
    assert unescape_text(escape_text(text), 3) == text
    assert unescape_text("a\\u00e9\\tb\\\\", 1) == "a\u00e9\tb\\", "TSV 3.0/3.1 used Java escapes"


def _record() -> DocumentRecord:
    text = "😊 राम ने कहा, \"भारत-रूस संबंध मज़बूत हैं।\"  फिर वह चले गए.\n\nदूसरा अनुच्छेद 👨‍👩‍👧 यहाँ है।\n"
    quote = (text.index("भारत"), text.index("हैं।") + 4)
    speaker = (text.index("राम"), text.index("राम") + 3)
    return DocumentRecord(
        "news/one",
        text,
        spans=(
            SpanRecord("T1", "QUOTE", (quote,), {"form": "direct|x_y", "kind": "a->b"}),
            SpanRecord("T2", "SPEAKER", (speaker,)),
            SpanRecord("T3", "CUE", ((text.index("कहा"), text.index("कहा") + 1),)),
            SpanRecord("T4", "QUOTE", ((quote[0] - 1, quote[1] + 1),)),
            SpanRecord("T5", "CLAIM", ((text.index("👨"), text.index("यहाँ") + 4),)),
        ),
        relations=(
            RelationRecord("R1", "said_by", "T1", "T2", {"confidence": "high"}),
            RelationRecord("R2", "said_by", "T4", "T2"),
        ),
    )


def test_write_then_read_keeps_text_spans_relations_and_attributes(tmp_path: Path) -> None:
    """Kathan → TSV → Kathan: exact text (emoji, blank lines, double spaces), sub-token and stacked spans."""
    original = _record()
    report = write_webanno_tsv([as_annotated(original)], tmp_path / "out")
    assert report.warnings == [] and report.offset_unit == "utf16"
    record, ctx = _read(tmp_path / "out" / "news" / "one.tsv", "news/one")
    assert record is not None and not ctx.problems
    assert record.text == original.text
    assert sorted((s.label, s.fragments, dict(s.attributes)) for s in record.spans) == sorted(
        (s.label, s.fragments, dict(s.attributes)) for s in original.spans
    )
    assert relation_view(record) == relation_view(original)
    assert sorted(dict(r.attributes).get("confidence", "") for r in record.relations) == ["", "high"]


def test_written_rows_follow_inception_layout() -> None:
    """Sub-token row for a span inside a token, ``[N]`` on stacked spans, the relation on its tail's row."""
    content, _ = tsv_content(as_annotated(_record()), None, LossLog())
    lines = content.split("\n")
    assert lines[:5] == [
        "#FORMAT=WebAnno TSV 3.3",
        "#T_SP=webanno.custom.Span|value|form|kind",
        "#T_RL=webanno.custom.Relation|value|confidence|BT_webanno.custom.Span",
        "",
        "",
    ]
    assert lines[5] == '#Text=😊 राम ने कहा, "भारत-रूस संबंध मज़बूत हैं।"  '
    assert "1-2\t3-6\tराम\tSPEAKER\t*\t*\tsaid\\_by|said\\_by\thigh|*\t1-7[2_0]|1-6[1_0]\t" in lines
    assert "1-4.1\t10-11\tक\tCUE\t*\t*\t_\t_\t_\t" in lines
    assert "1-7\t16-24\tभारत-रूस\tQUOTE[1]|QUOTE[2]\t*[1]|direct\\|x\\_y[2]\t*[1]|a\\->b[2]\t_\t_\t_\t" in lines


def test_what_tsv_cannot_hold_is_counted(tmp_path: Path) -> None:
    text = "पहला वाक्य।  दूसरा वाक्य।"
    record = DocumentRecord(
        "d",
        text,
        spans=(
            SpanRecord("T1", "QUOTE", ((0, 4), (13, 18))),
            SpanRecord("T2", "CLAIM", ((4, 11),), note="एक नोट"),
        ),
        relations=(RelationRecord("R1", "said_by", "T1", "T2"),),
    )
    report = write_webanno_tsv([as_annotated(record)], tmp_path)
    assert report.warnings == [
        "discontinuous spans, written as one span per fragment, their relations on the first (TSV spans are contiguous): 1 in 1 document (d)",
        "span edges in whitespace, trimmed to the tokens (INCEpTION's rule): 1 in 1 document (d)",
        "span notes, not written (TSV has no place for them): 1 in 1 document (d)",
    ]
    back, _ = _read(tmp_path / "d.tsv")
    assert back is not None and back.text == text
    assert sorted((s.label, s.fragments) for s in back.spans) == [
        ("CLAIM", ((5, 11),)), ("QUOTE", ((0, 4),)), ("QUOTE", ((13, 18),))]
    assert relation_view(back) == [("said_by", (0, 4), (5, 11))]


def test_writing_over_a_file_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "file.tsv"
    target.write_text("x", encoding="utf-8")
    with pytest.raises(KathanError, match="is a file"):
        write_webanno_tsv([as_annotated(_record())], target)


def test_relation_ends_on_late_sub_tokens_are_referenced_by_id(tmp_path: Path) -> None:
    """INCEpTION reads ``1-1.12`` as no unit: a relation end there is written with its ``[N]`` id."""
    word = "अ" * 12
    spans = tuple(SpanRecord(f"T{i}", "CUE", ((i, i + 1),)) for i in range(1, 12))
    record = DocumentRecord("s", word, spans=spans, relations=(RelationRecord("R1", "said_by", "T11", "T1"),))
    content, _ = tsv_content(as_annotated(record), None, LossLog())
    row = next(line for line in content.split("\n") if line.startswith("1-1.1\t"))
    assert row.endswith("\tsaid\\_by\t1-1.11[1_0]\t")
    assert "1-1.11\t11-12\tअ\tCUE[1]\t" in content
    write_webanno_tsv([as_annotated(record)], tmp_path)
    back, _ = _read(tmp_path / "s.tsv")
    assert back is not None and relation_view(back) == [("said_by", (11, 12), (1, 2))]
