"""doccano JSONL: doccano's own example files, both shapes, offset units, ids, problems, round trip."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kathan.formats.doccano import EXAMPLE, sniff
from kathan.formats.registry import detect_format, read_paths, write
from kathan.model import InputError

from .helpers import EXAMPLES, PEERS, annotated, relation_view, span_view

DOCCANO = PEERS / "doccano" / "doccano" / "backend"
needs_peers = pytest.mark.skipif(not DOCCANO.exists(), reason="../shared/peer-formats is not beside the repository")


def spans_of(record) -> list[tuple[str, str, int, int]]:
    return [(s.key, s.label, *s.fragments[0]) for s in record.spans]


@needs_peers
def test_reads_doccanos_sequence_labeling_export() -> None:
    """The label shape: [[start, end, label]] per line, keys T1.. in file order."""
    records = read_paths([DOCCANO / "data_export/pipeline/examples/sequence_labeling/example.jsonl"], "doccano").records
    assert [r.text for r in records] == ["EU rejects German call to boycott British lamb.", "Peter Blackburn", "President Obama"]
    assert spans_of(records[0]) == [("T1", "ORG", 0, 2), ("T2", "MISC", 11, 17)]
    assert spans_of(records[1]) == [("T1", "PERSON", 0, 15)]
    assert spans_of(records[2]) == [("T1", "PERSON", 10, 15)]
    assert [r.name for r in records] == ["example-1", "example-2", "example-3"]


@needs_peers
def test_reads_the_pretty_printed_relation_export_with_its_ids() -> None:
    """doccano's relation example is one JSON object over 50 lines: entity and relation ids are kept."""
    (record,) = read_paths([DOCCANO / "data_export/pipeline/examples/relation_extraction/example.jsonl"], "doccano").records
    assert spans_of(record) == [("0", "ORG", 0, 6), ("1", "DATE", 22, 39), ("2", "PERSON", 44, 54), ("3", "PERSON", 59, 70)]
    assert [record.text[s:e] for _, _, s, e in spans_of(record)] == ["Google", "September 4, 1998", "Larry Page", "Sergey Brin"]
    assert [(r.key, r.type, r.head, r.tail) for r in record.relations] == [
        ("0", "foundedAt", "0", "1"),
        ("1", "foundedBy", "0", "2"),
        ("2", "foundedBy", "0", "3"),
    ]


@needs_peers
def test_reads_the_import_examples_column_names_and_relations_without_ids() -> None:
    """``column_data``/``column_label`` and relations with no id (numbered R1..)."""
    records = read_paths([DOCCANO / "data_import/pipeline/examples/sequence_labeling/example.jsonl"], "doccano").records
    assert spans_of(records[0]) == [("T1", "ORG", 0, 2)]
    (record,) = read_paths([DOCCANO / "data_import/tests/data/relation_extraction/example.jsonl"], "doccano").records
    assert [(r.key, r.type, r.head, r.tail) for r in record.relations] == [
        ("R1", "foundedAt", "0", "1"),
        ("R2", "foundedBy", "0", "2"),
        ("R3", "foundedBy", "0", "3"),
    ]


@needs_peers
def test_intent_export_keeps_cats_as_meta() -> None:
    """``entities`` as [s, e, L] lists and ``cats`` (document categories) kept in meta."""
    records = read_paths([DOCCANO / "data_export/pipeline/examples/intent_detection/example.jsonl"], "doccano").records
    assert spans_of(records[0]) == [("T1", "City", 0, 26), ("T2", "City", 30, 36)]
    assert records[0].meta == {"cats": '["flight"]'}


@needs_peers
def test_a_line_without_text_fails_the_import_with_its_line() -> None:
    """doccano's own test file has a record without text: nothing is imported, line 3 is named."""
    path = DOCCANO / "data_import/tests/data/sequence_labeling/example.jsonl"
    with pytest.raises(InputError) as caught:
        read_paths([path], "doccano")
    assert [(p.line, p.message) for p in caught.value.problems] == [(3, "text: missing")]


@needs_peers
def test_duplicate_spans_are_kept_as_two() -> None:
    """example_overlapping.jsonl labels [0, 1] twice: both stay (Kathan allows stacked spans)."""
    (record,) = read_paths([DOCCANO / "data_import/tests/data/sequence_labeling/example_overlapping.jsonl"], "doccano").records
    assert spans_of(record) == [("T1", "LOC", 0, 1), ("T2", "LOC", 0, 1)]


def starts(relations: list[tuple[str, tuple[int, int], tuple[int, int]]]) -> list[tuple[str, int, int]]:
    """Relations by type and the starts of their ends (a split span keeps its first fragment's)."""
    return [(type_, head[0], tail[0]) for type_, head, tail in relations]


def test_offset_unit_is_chosen_on_import(tmp_path: Path) -> None:
    """Spans after an emoji: code points by default, UTF-16 units with offset_unit=utf16."""
    path = tmp_path / "emoji.jsonl"
    path.write_text(json.dumps({"text": "😀 कहा भारत", "label": [[6, 10, "LOC"]]}, ensure_ascii=False) + "\n", encoding="utf-8")
    (record,) = read_paths([path], "doccano").records
    assert record.text[6:10] == "भारत" and spans_of(record) == [("T1", "LOC", 6, 10)]
    path.write_text(json.dumps({"text": "😀 कहा भारत", "label": [[7, 11, "LOC"]]}, ensure_ascii=False) + "\n", encoding="utf-8")
    (record,) = read_paths([path], "doccano", options={"offset_unit": "utf16"}).records
    assert spans_of(record) == [("T1", "LOC", 6, 10)]
    with pytest.raises(InputError, match="outside the text"):
        read_paths([path], "doccano")


def test_problems_name_file_line_and_field(tmp_path: Path) -> None:
    """Every bad line is reported, and nothing is imported."""
    path = tmp_path / "bad.jsonl"
    lines = [
        {"text": "एक दो", "label": [[0, 2, "X"]]},
        {"text": "एक दो", "label": [[3, 1, "X"]]},
        {"text": "एक दो", "entities": [{"id": 1, "start_offset": 0, "end_offset": 2, "label": 7}]},
        {"text": "एक दो", "entities": [], "relations": [{"from_id": 1, "to_id": 2, "type": "r"}]},
    ]
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\nnot json\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_paths([path], "doccano")
    messages = [(p.line, p.message) for p in caught.value.problems]
    assert messages[0][0] == 2 and "outside the text" in messages[0][1]
    assert messages[1][0] == 3 and "label id 7" in messages[1][1]
    assert messages[2] == (4, "relations[0].head: refers to span '1', which this document does not have")
    assert messages[3][0] == 5 and messages[3][1].startswith("not JSON")


def test_round_trip_keeps_what_doccano_holds(tmp_path: Path) -> None:
    """Kathan → doccano → Kathan: texts, labels, contiguous spans, relations and meta survive;
    a discontinuous span comes back as one span per fragment, and the report says so."""
    records = read_paths([EXAMPLES / "jsonl" / "golden.jsonl"]).records
    out = tmp_path / "out.jsonl"
    report = write("doccano", annotated(records), out)
    assert report.offset_unit == "codepoint"
    assert "discontinuous spans, written as one entity per fragment: 1 in 1 document (news/lavrov-1)" in report.warnings
    assert "span attributes, not written (doccano has none): 4 in 1 document (news/lavrov-1)" in report.warnings
    back = read_paths([out], "doccano").records
    for before, after in zip(records, back, strict=True):
        assert (after.name, after.text, after.title, dict(after.meta)) == (before.name, before.text, before.title, dict(before.meta))
        assert sorted((s.label, f) for s in after.spans for f in s.fragments) == sorted(
            (s.label, f) for s in before.spans for f in s.fragments
        )
        assert starts(relation_view(after)) == starts(relation_view(before))
    assert [json.loads(line)["offset_unit"] for line in out.read_text(encoding="utf-8").splitlines()] == ["codepoint"] * 2


def test_utf16_export_counts_emoji_as_two_and_reads_back(tmp_path: Path) -> None:
    """With offset_unit=utf16 a span after 😀 starts one unit later, and the file says so."""
    records = read_paths([EXAMPLES / "jsonl" / "golden.jsonl"]).records
    out = tmp_path / "u16.jsonl"
    report = write("doccano", annotated(records), out, offset_unit="utf16")
    assert report.offset_unit == "utf16"
    first = json.loads(out.read_text(encoding="utf-8").splitlines()[0])
    assert first["offset_unit"] == "utf16"
    speaker = next(e for e in first["entities"] if e["label"] == "SPEAKER")
    assert (speaker["start_offset"], speaker["end_offset"]) == (53, 61)
    back = read_paths([out], "doccano").records
    assert [span_view(r) for r in back][1] == []
    assert {(s.label, s.fragments) for s in back[0].spans} >= {("SPEAKER", ((52, 60),))}


def test_label_shape_has_no_relations_and_says_so(tmp_path: Path) -> None:
    records = read_paths([EXAMPLES / "jsonl" / "golden.jsonl"]).records
    out = tmp_path / "label.jsonl"
    report = write("doccano", annotated(records), out, shape="label")
    first = json.loads(out.read_text(encoding="utf-8").splitlines()[0])
    assert first["label"][0] == [17, 32, "CLAIM"] and "entities" not in first
    assert "relations, not written (the label shape has none; use the entities shape): 2 in 1 document (news/lavrov-1)" in report.warnings


def test_example_is_the_golden_export_and_sniffs_as_doccano(tmp_path: Path) -> None:
    records = read_paths([EXAMPLES / "jsonl" / "golden.jsonl"]).records
    out = tmp_path / "golden.jsonl"
    write("doccano", annotated(records), out)
    assert out.read_bytes() == EXAMPLE.read_bytes()
    assert sniff(EXAMPLE) and not sniff(EXAMPLES / "jsonl" / "golden.jsonl")


@needs_peers
def test_auto_import_recognises_doccano_and_the_project_schema_refuses_its_labels(tmp_path: Path) -> None:
    """``kathan import`` in auto mode reads the pretty-printed doccano export as doccano; its
    ORG/DATE/PERSON labels are not in the attribution schema, so nothing is imported and the
    file and line are named."""
    from cli.main import main

    path = DOCCANO / "data_export/pipeline/examples/relation_extraction/example.jsonl"
    assert detect_format(path) == "doccano"
    project = tmp_path / "p.kathan"
    assert main(["init", str(project)]) == 0
    assert main(["import", str(project), str(path)]) == 1
    assert main(["import", str(project), str(DOCCANO / "data_export/pipeline/examples/sequence_labeling/example.jsonl")]) == 1


def test_spans_inside_words_after_an_emoji_suggest_the_other_unit(tmp_path: Path) -> None:
    """UTF-16 offsets read as code points land one character late after 😀: a span still on
    grapheme boundaries is imported with a warning, one cutting a cluster is refused; both say
    which --offset-unit to try."""
    text = "😀 शर्मा ने कहा भारत आगे है"
    path = tmp_path / "ui.jsonl"
    kaha = text.index("कहा")
    path.write_text(json.dumps({"text": text, "label": [[kaha + 1, kaha + 4, "CUE"]]}, ensure_ascii=False) + "\n", encoding="utf-8")
    result = read_paths([path], "doccano")
    ((line, message),) = [(w.line, w.message) for w in result.warnings]
    assert line == 1 and "1 of 1 spans start or end inside a word" in message and "--offset-unit utf16" in message
    assert not read_paths([path], "doccano", options={"offset_unit": "utf16"}).warnings
    bharat = text.index("भारत")
    path.write_text(json.dumps({"text": text, "label": [[bharat + 1, bharat + 5, "LOC"]]}, ensure_ascii=False) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="cuts the grapheme cluster .* import with --offset-unit utf16"):
        read_paths([path], "doccano")


def test_grapheme_mode_offsets_count_conjuncts_as_grapheme_splitter_does(tmp_path: Path) -> None:
    """A project in doccano's grapheme mode counts क्षत्रिय as 5 clusters (npm grapheme-splitter
    1.0.4): with --offset-unit grapheme the speaker after it lands on the same characters; an
    edge inside क्ष (between क् and ष, a boundary for grapheme-splitter) is refused, naming the
    field and the mode; the export in that unit reads back to the same spans."""
    text = "क्षत्रिय 🙂 ने कहा"
    path = tmp_path / "grapheme.jsonl"
    # clusters: क् ष त् रि य ␠ 🙂 ␠ ने ␠ क हा
    path.write_text(json.dumps({"text": text, "label": [[0, 5, "SPEAKER"], [10, 12, "CUE"]]}, ensure_ascii=False) + "\n", encoding="utf-8")
    (record,) = read_paths([path], "doccano", options={"offset_unit": "grapheme"}).records
    assert [(s.label, text[s.fragments[0][0] : s.fragments[0][1]]) for s in record.spans] == [("SPEAKER", "क्षत्रिय"), ("CUE", "कहा")]
    path.write_text(json.dumps({"text": text, "label": [[1, 5, "SPEAKER"]]}, ensure_ascii=False) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"label\[0\].*grapheme cluster|grapheme mode"):
        read_paths([path], "doccano", options={"offset_unit": "grapheme"})
    out = tmp_path / "out.jsonl"
    report = write("doccano", annotated([record]), out, offset_unit="grapheme")
    assert report.offset_unit == "grapheme" and not report.warnings
    line = json.loads(out.read_text(encoding="utf-8"))
    assert line["offset_unit"] == "grapheme"
    assert [(e["start_offset"], e["end_offset"]) for e in line["entities"]] == [(0, 5), (10, 12)]
    (back,) = read_paths([out], "doccano").records
    assert [(s.label, s.fragments) for s in back.spans] == [(s.label, s.fragments) for s in record.spans]
