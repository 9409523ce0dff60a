"""Native JSONL: minimal and full lines, CRLF and UTF-16 offsets, every bad field named, lossless round trip."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kathan.formats.jsonl import document_line
from kathan.formats.registry import read_paths, write
from kathan.model import InputError, Origin
from kathan.schema import default_schema

from .helpers import EXAMPLES, FIXTURES, annotated, relation_view, span_view

GOLDEN = EXAMPLES / "jsonl" / "golden.jsonl"
CRLF_INPUT = FIXTURES / "jsonl" / "crlf-input.jsonl"


def _write_lines(path: Path, *lines: object) -> Path:
    text = "".join((x if isinstance(x, str) else json.dumps(x, ensure_ascii=False)) + "\n" for x in lines)
    path.write_text(text, encoding="utf-8")
    return path


def _problems(paths: list[Path], **kwargs: object) -> list[str]:
    with pytest.raises(InputError) as caught:
        read_paths(paths, **kwargs)  # type: ignore[arg-type]
    return [str(p) for p in caught.value.problems]


def test_minimal_line_gets_generated_name_and_title(tmp_path: Path) -> None:
    """``{"text": ...}`` is enough: the name is ``<stem>-<line>``, the title its first line."""
    path = _write_lines(tmp_path / "data.jsonl", {"text": "\nशीर्षक\nपाठ"}, "", {"id": 7, "text": "x"})
    result = read_paths([path])
    assert [(r.name, r.title, r.text) for r in result] == [("data-1", "शीर्षक", "\nशीर्षक\nपाठ"), ("7", "x", "x")]
    assert result.warnings == []


def test_crlf_input_matches_the_hand_checked_golden(tmp_path: Path) -> None:
    """Offsets over CRLF text are moved onto the LF text; the export equals the golden file byte for byte."""
    result = read_paths([CRLF_INPUT], schema=default_schema())
    out = tmp_path / "out.jsonl"
    report = write("jsonl", annotated(result), out)
    assert out.read_bytes() == GOLDEN.read_bytes()
    assert (report.documents, report.spans, report.relations, report.warnings) == (2, 5, 2, [])


def test_export_import_export_is_byte_identical(tmp_path: Path) -> None:
    """Reading the golden JSONL and writing it again gives the same bytes and the same spans."""
    first = read_paths([GOLDEN])
    out = tmp_path / "again.jsonl"
    write("jsonl", annotated(first), out)
    assert out.read_bytes() == GOLDEN.read_bytes()
    second = read_paths([out])
    assert [span_view(r) for r in second] == [span_view(r) for r in first]
    assert [relation_view(r) for r in second] == [relation_view(r) for r in first]


def test_full_line_fields_are_kept(tmp_path: Path) -> None:
    """Name, status, meta, note, annotator, origin and relation annotators survive reading."""
    record = read_paths([GOLDEN]).records[0]
    assert record.name == "news/lavrov-1" and record.status.value == "in_progress"
    assert record.meta == {"source": "test", "year": "2026"}
    speaker = next(s for s in record.spans if s.label == "SPEAKER")
    assert (speaker.note, speaker.annotator, speaker.origin) == ("पूर्व राजदूत", "asha", Origin.MANUAL)
    assert {r.type: r.annotator for r in record.relations} == {"said_by": "asha", "cued_by": ""}


def test_utf16_offsets_are_converted(tmp_path: Path) -> None:
    """With ``offset_unit: utf16`` the span after an emoji counts the emoji as two units."""
    text = "😀 नमस्ते 👩🏽‍💻 दुनिया"
    start16 = len(text[: text.index("दुनिया")].encode("utf-16-le")) // 2
    line = {"text": text, "offset_unit": "utf16",
            "spans": [{"label": "QUOTE", "fragments": [[start16, start16 + 6]], "text": "दुनिया"}]}
    record = read_paths([_write_lines(tmp_path / "u.jsonl", line)]).records[0]
    (start, end), = record.spans[0].fragments
    assert text[start:end] == "दुनिया"


def test_every_bad_field_is_reported_with_file_line_and_field(tmp_path: Path) -> None:
    """All problems of all lines come at once, each ``file:line: field: reason``; nothing is imported."""
    text = "क्षत्रिय कहा"
    path = _write_lines(
        tmp_path / "data.jsonl",
        {"text": text, "spans": [{"label": "QUOTE", "fragments": [[0, 99]]}]},
        "not json",
        {"text": text, "spans": [{"label": "QUOTE", "fragments": [[0, 2]]}]},
        {"text": text, "spans": [{"id": "a", "label": "QUOTE", "fragments": [[0, 8]], "text": "wrong"}]},
        {"text": text, "sha256": "0" * 64},
        {"text": text, "spans": [{"id": "a", "label": "QUOTE", "fragments": [[0, 8]]}],
         "relations": [{"type": "said_by", "head": "a", "tail": "zz"}]},
        {"text": text, "spans": [{"label": "NOPE", "fragments": [[0, 8]]}]},
        [1, 2],
        {"title": "no text"},
    )
    problems = _problems([path], schema=default_schema())
    file = str(path)
    assert problems[0] == f"{file}:1: spans[0].fragments: fragment (0, 99) runs outside the text (length 12)"
    assert problems[1].startswith(f"{file}:2: not JSON:")
    assert problems[2].startswith(f"{file}:3: spans[0].fragments: offset 2 cuts the grapheme cluster")
    assert problems[3] == f"{file}:4: spans[0].text: 'wrong' does not match the text at its fragments: 'क्षत्रिय'"
    assert problems[4].startswith(f"{file}:5: sha256: does not match the text")
    assert problems[5] == f"{file}:6: relations[0].tail: refers to span 'zz', which this document does not have"
    assert problems[6] == f"{file}:8: a line must be a JSON object, not a list"
    assert problems[7] == f"{file}:9: text: missing"
    assert len(problems) == 8


def test_non_utf8_binary_and_empty_jsonl(tmp_path: Path) -> None:
    """A bad byte names its line and column; binary and empty JSONL files are refused."""
    bad = tmp_path / "bad.jsonl"
    bad.write_bytes(b'{"text": "ok"}\n{"text": "caf\xe9"}\n')
    assert _problems([bad]) == [f"{bad}:2: not UTF-8: byte 0xE9 at byte column 14"]
    binary = tmp_path / "bin.jsonl"
    binary.write_bytes(b"\x00\x01\x02garbage")
    assert _problems([binary]) == [f"{binary}:1: this is a binary file, not JSONL (it contains NUL bytes)"]
    empty = tmp_path / "empty.jsonl"
    empty.write_bytes(b"\n\n")
    assert _problems([empty]) == [f"{empty}:1: the file is empty: there is no document in it"]


def test_relation_type_not_allowed_by_schema(tmp_path: Path) -> None:
    """With a schema, a relation type that is unknown or wrong for its labels is refused."""
    line = {"text": "राम ने कहा", "spans": [{"id": "a", "label": "CUE", "fragments": [[7, 10]]},
                                           {"id": "b", "label": "SPEAKER", "fragments": [[0, 3]]}],
            "relations": [{"type": "said_by", "head": "a", "tail": "b"}, {"type": "likes", "head": "a", "tail": "b"}]}
    problems = _problems([_write_lines(tmp_path / "r.jsonl", line)], schema=default_schema())
    assert problems[0].endswith(
        "not in the project's schema 'attribution': relation types likes; relation ends said_by CUE->SPEAKER "
        "(import with --extend-schema to add them)")
    assert problems[1:] == [f"{tmp_path / 'r.jsonl'}:1: relation type 'likes' is not in the schema",
                            f"{tmp_path / 'r.jsonl'}:1: relation said_by does not allow CUE -> SPEAKER in the schema"]


def test_unknown_keys_are_warnings_not_errors(tmp_path: Path) -> None:
    """Keys Kathan does not know are ignored with a warning."""
    path = _write_lines(tmp_path / "w.jsonl", {"text": "abc", "colour": "red"})
    result = read_paths([path])
    assert len(result) == 1
    assert [str(w) for w in result.warnings] == [f"{path}:1: unknown keys ignored: colour"]


def test_document_line_keeps_file_ids_and_numbers_the_others_around_them() -> None:
    """Spans are in (start, end) order; a file's ids are written again, spans without one get
    T-numbers that avoid the kept ids, and a duplicate id is renumbered."""
    import dataclasses

    record = read_paths([CRLF_INPUT]).records[0]
    doc = annotated([record])[0]
    line = json.loads(document_line(doc))
    assert [s["id"] for s in line["spans"]] == ["cl", "q", "s", "c", "e"]
    assert [(s["fragments"][0][0], s["fragments"][-1][1]) for s in line["spans"]] == sorted(
        (s["fragments"][0][0], s["fragments"][-1][1]) for s in line["spans"])
    assert list(line) == [
        "id", "title", "language", "script", "text", "sha256", "meta", "offset_unit", "status", "spans", "relations"
    ]
    rekeyed = [dataclasses.replace(s, key=k) for s, k in zip(doc.spans, ["T2", "", "", "T2", "x"], strict=True)]
    line = json.loads(document_line(dataclasses.replace(doc, spans=tuple(rekeyed))))
    assert [s["id"] for s in line["spans"]] == ["T2", "T1", "T3", "T4", "x"]


def test_a_sparse_200_mb_jsonl_is_refused_quickly(tmp_path: Path) -> None:
    """NUL bytes at the start say binary before any line is read."""
    path = tmp_path / "huge.jsonl"
    with path.open("wb") as handle:
        handle.truncate(200 * 1024 * 1024)
    assert _problems([path]) == [f"{path}:1: this is a binary file, not JSONL (it contains NUL bytes)"]


def test_windows_edited_jsonl_and_offsets_splitting_crlf(tmp_path: Path) -> None:
    """A BOM and CRLF line ends are fine; an offset between a text's CR and LF is refused."""
    good = tmp_path / "win.jsonl"
    line = '{"text": "ab\\r\\ncd", "spans": [{"label": "CUE", "fragments": [[4, 6]]}]}\r\n'
    good.write_bytes(b"\xef\xbb\xbf" + line.encode())
    record = read_paths([good]).records[0]
    assert record.text == "ab\ncd" and record.spans[0].fragments == ((3, 5),)
    bad = _write_lines(tmp_path / "bad.jsonl", {"text": "ab\r\ncd", "spans": [{"label": "CUE", "fragments": [[0, 3]]}]})
    assert _problems([bad]) == [f"{bad}:1: spans[0].fragments: offset 3 falls between a CR and its LF"]


def test_a_lone_surrogate_escape_is_a_problem_on_its_line(tmp_path: Path) -> None:
    r"""``\ud800`` alone is not a character (no file can hold it): the line is refused with file and
    line, while an escaped surrogate pair (what ASCII-only JSON writers emit for emoji) is read."""
    path = tmp_path / "s.jsonl"
    path.write_text(
        '{"id": "pair", "text": "\\ud83d\\ude00 कहा"}\n'
        '{"id": "lone", "text": "ab\\ud800cd"}\n'
        '{"id": "note", "text": "ab", "spans": [{"label": "CUE", "fragments": [[0, 1]], "note": "\\udfff"}]}\n',
        encoding="utf-8",
    )
    assert _problems([path]) == [
        f"{path}:2: not Unicode text: a lone UTF-16 surrogate \\ud800 (half of a pair)",
        f"{path}:3: not Unicode text: a lone UTF-16 surrogate \\udfff (half of a pair)",
    ]
    path.write_text('{"id": "pair", "text": "\\ud83d\\ude00 कहा"}\n', encoding="utf-8")
    assert [r.text for r in read_paths([path])] == ["😀 कहा"]


def _line_as_dict(annotated_doc: object) -> dict[str, object]:
    """The native line as a dict, built as plainly as possible: what ``document_line`` must write."""
    from kathan.formats.base import assign_keys, sha256_of
    from kathan.model import AnnotatedDocument
    from kathan.text.scripts import language_tag

    assert isinstance(annotated_doc, AnnotatedDocument)
    doc = annotated_doc.document
    ordered = sorted(annotated_doc.spans, key=lambda s: (s.start, s.end, s.fragments, s.label, s.id))
    keys = dict(zip((s.id for s in ordered), assign_keys([s.key for s in ordered], "T"), strict=True))
    position = {s.id: i for i, s in enumerate(ordered)}
    relations = sorted(
        (r for r in annotated_doc.relations if r.head in keys and r.tail in keys),
        key=lambda r: (position[r.head], position[r.tail], r.type, r.id),
    )
    spans = []
    for span in ordered:
        entry: dict[str, object] = {
            "id": keys[span.id], "label": span.label, "fragments": [list(f) for f in span.fragments],
            "text": span.text_in(doc.text), "attributes": dict(sorted(span.attributes.items())),
            "note": span.note, "annotator": span.annotator, "origin": span.origin.value,
        }
        review = annotated_doc.reviews.get(span.id)
        if review is not None:
            entry.update(note="", status=review.status.value, confidence=review.confidence, rule=review.rule)
        spans.append(entry)
    return {
        "id": doc.name, "title": doc.title, "language": doc.language, "script": language_tag(doc.language, doc.text),
        "text": doc.text, "sha256": sha256_of(doc.text), "meta": dict(sorted(doc.meta.items())),
        "offset_unit": "codepoint", "status": doc.status.value, "spans": spans,
        "relations": [
            {"id": key, "type": r.type, "head": keys[r.head], "tail": keys[r.tail],
             "attributes": dict(sorted(r.attributes.items())), "annotator": r.annotator, "origin": r.origin.value}
            for key, r in zip(assign_keys([r.key for r in relations], "R"), relations, strict=True)
        ],
    }


def _any_documents():  # type: ignore[no-untyped-def]
    from hypothesis import strategies as st

    from kathan.model import (
        AnnotatedDocument, Document, DocumentId, DocumentStatus, Relation, RelationId, Review, Span, SpanId,
        SuggestionStatus,
    )

    words = st.text(max_size=8)
    mappings = st.dictionaries(words, words, max_size=3)

    @st.composite
    def build(draw):  # type: ignore[no-untyped-def]
        text = draw(st.text(min_size=1, max_size=40))
        doc = Document(
            DocumentId(1), draw(words), draw(words), text, "", draw(st.sampled_from(["hi", "en", "ur", ""])),
            draw(mappings), draw(st.sampled_from(list(DocumentStatus))),
        )
        spans = []
        for number in range(draw(st.integers(0, 5))):
            cuts = sorted(draw(st.sets(st.integers(0, len(text)), min_size=2, max_size=4)))
            cuts = cuts[: len(cuts) // 2 * 2]
            fragments = tuple((cuts[i], cuts[i + 1]) for i in range(0, len(cuts), 2))
            spans.append(Span(
                SpanId(number + 1), doc.id, draw(st.sampled_from(["QUOTE", "Q\"x", "ज़"])), fragments,
                draw(mappings), draw(words), draw(words), draw(st.sampled_from(list(Origin))), key=draw(st.sampled_from(["", "T1", "x"])),
            ))
        relations = tuple(
            Relation(RelationId(n + 1), doc.id, draw(words), a.id, b.id, draw(mappings), draw(words), draw(st.sampled_from(list(Origin))), key=draw(st.sampled_from(["", "R1"])))
            for n, (a, b) in enumerate(zip(spans, spans[1:]))
        )
        reviews = {}
        if draw(st.booleans()):
            reviews = {
                s.id: Review(draw(st.sampled_from(list(SuggestionStatus))), draw(st.floats(0, 1)), draw(words)) for s in spans
            }
        return AnnotatedDocument(doc, tuple(spans), relations, reviews)

    return build()


def test_document_line_is_exactly_json_dumps_of_the_line() -> None:
    """The line put together value by value is byte for byte what json.dumps makes of the line's dict,
    with any characters in names, notes, attributes and meta (quotes, controls, lone surrogates excepted)."""
    from hypothesis import given, settings

    @settings(max_examples=200, deadline=None)
    @given(_any_documents())
    def check(doc) -> None:  # type: ignore[no-untyped-def]
        assert document_line(doc) == json.dumps(_line_as_dict(doc), ensure_ascii=False) + "\n"

    check()
