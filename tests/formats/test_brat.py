"""brat standoff: reading our fixtures and real peer files, every bad .ann named, write and read back."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kathan.formats.brat import brat_fragments
from kathan.formats.brat_conf import annotation_conf
from kathan.formats.output import MANIFEST, OutputInTheWay
from kathan.formats.registry import read_paths, write
from kathan.model import InputError
from kathan.schema import default_schema

from .helpers import EXAMPLES, FIXTURES, PEERS, annotated, relation_view, span_view

BRAT = FIXTURES / "brat"
GOLDEN = EXAMPLES / "brat"
PEER_BRAT = PEERS / "brat"
needs_peers = pytest.mark.skipif(not PEER_BRAT.is_dir(), reason="../shared/peer-formats is not beside the repository")


def _problems(paths: list[Path], **kwargs: object) -> list[str]:
    with pytest.raises(InputError) as caught:
        read_paths(paths, **kwargs)  # type: ignore[arg-type]
    return [str(p) for p in caught.value.problems]


def _pair(folder: Path, name: str, text: str, ann: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    (folder / f"{name}.ann").write_text(ann, encoding="utf-8")
    return folder / f"{name}.ann"


def test_crlf_pair_with_every_supported_line_type() -> None:
    """CRLF text is stored with LF and offsets move; forward refs, '; ', trailing TAB, A, # all read."""
    result = read_paths([BRAT / "crlf"])
    record = result.records[0]
    assert record.name == "statement" and "\r" not in record.text
    covered = {s.key: " ".join(record.text[a:b] for a, b in s.fragments) for s in record.spans}
    assert covered == {"T1": "भारत-रूस संबंध मज़बूत हैं, और रहेंगे।", "T2": "उन्होंने", "T3": "कहा", "T4": "राजदूत"}
    quote = record.spans[0]
    assert quote.fragments == ((17, 43), (60, 70))
    assert quote.attributes == {"form": "direct", "contested": "true"}
    assert record.spans[1].note == "राजदूत, नाम नहीं"
    assert [(r.key, r.type, r.head, r.tail) for r in record.relations] == [
        ("R1", "said_by", "T1", "T2"), ("R2", "cued_by", "T1", "T3")]
    assert [(w.line, w.message.split(":")[0]) for w in result.warnings] == [(2, "T1")]
    assert record.meta["brat.standoff"] == (
        "E1\tSay:T3 Speaker:T2\nN1\tReference T4 Wikipedia:123\tAmbassador\n*\tsame_as T2 T4")


def test_utf16_offsets_of_old_brat_are_accepted() -> None:
    """Spans after two emoji whose offsets count UTF-16 units are converted, with a warning."""
    result = read_paths([BRAT / "utf16" / "old.ann"])
    record = result.records[0]
    assert [record.text[s.fragments[0][0]:s.fragments[0][1]] for s in record.spans] == ["अच्छा है", "उन्होंने"]
    assert [w.message for w in result.warnings] == ["2 spans count UTF-16 units (old brat); converted to code points"]


def test_mismatched_text_is_refused_with_the_line(tmp_path: Path) -> None:
    """A T whose text fits neither code points nor UTF-16 units is refused at its line."""
    ann = _pair(tmp_path, "doc", "नमस्ते दुनिया 😀 ok\n", "T1\tQUOTE 0 6\tनमस्ते\nT2\tQUOTE 7 13\tगलत\n")
    assert _problems([ann]) == [
        f"{ann}:2: T2: the text 'गलत' does not match the text at 7 13 ('दुनिया'), counted in code points or in UTF-16 units"]


def test_bad_ann_problems_all_reported(tmp_path: Path) -> None:
    """Outside the text, a cut cluster, a missing span and a CR|LF split, each with its line (the
    unknown label is judged only once the file reads: see test_unknown_names_are_listed...)."""
    text = "क्षत्रिय ने कहा\r\nदूसरी"
    ann = _pair(
        tmp_path, "doc", text,
        "T1\tQUOTE 0 99\n"
        "T2\tQUOTE 0 2\tक्\n"
        "T3\tSPEAKER 0 8\tक्षत्रिय\n"
        "R1\tsaid_by Arg1:T3 Arg2:T9\n"
        "T4\tNOPE 12 15\tकहा\n"
        "T5\tCUE 12 16\n"
        "A1\tform T7 direct\n"
        "no tab here\n",
    )
    problems = _problems([ann], schema=default_schema())
    assert problems == [
        f"{ann}:1: T1: offsets 0 99 run outside the text (length 22) or are reversed",
        f"{ann}:2: T2: offset 2 cuts the grapheme cluster around 'क्षत्'",
        f"{ann}:4: R1 refers to T9, which this file does not have",
        f"{ann}:6: T5: offset 16 falls between a CR and its LF",
        f"{ann}:7: A1 refers to T7, which this file does not have",
        f"{ann}:8: not a brat annotation line (no TAB after the id): 'no tab here'",
    ]


def test_ann_without_txt_is_named(tmp_path: Path) -> None:
    """An .ann with no .txt beside it is a fatal problem naming the file."""
    ann = tmp_path / "lonely.ann"
    ann.write_text("T1\tQUOTE 0 1\tx\n")
    assert _problems([tmp_path]) == [f"{ann}: no lonely.txt beside it (brat needs NAME.txt with NAME.ann)"]


def test_folder_of_pairs_is_brat_recursively(tmp_path: Path) -> None:
    """A folder of pairs is read recursively; names keep their subfolders."""
    shutil.copytree(GOLDEN, tmp_path / "g")
    result = read_paths([tmp_path / "g"])
    assert [r.name for r in result] == ["crlf-input-2", "news/lavrov-1"]


def test_brat_export_matches_golden_and_reads_back(tmp_path: Path) -> None:
    """The golden folder was checked by hand: split multi-line span, A lines, # note, conf sections."""
    records = read_paths([EXAMPLES / "jsonl" / "golden.jsonl"]).records
    report = write("brat", annotated(records), tmp_path / "out", default_schema())
    written = sorted(
        p.relative_to(tmp_path / "out").as_posix() for p in (tmp_path / "out").rglob("*") if p.is_file() and p.name != MANIFEST)
    expected = sorted(p.relative_to(GOLDEN).as_posix() for p in GOLDEN.rglob("*") if p.is_file())
    assert written == expected
    for name in expected:
        assert (tmp_path / "out" / name).read_bytes() == (GOLDEN / name).read_bytes(), name
    assert (report.documents, report.spans, report.relations) == (2, 5, 2)
    assert any("crossing a line break" in w and "1 in 1 document (news/lavrov-1)" in w for w in report.warnings)
    back = {r.name: r for r in read_paths([tmp_path / "out"], schema=default_schema())}
    original = records[0]
    again = back["news/lavrov-1"]
    assert again.text == original.text
    expected_spans = sorted(
        (label, tuple(brat_fragments(original.text, frags)), attrs, note) for label, frags, attrs, note in span_view(original))
    assert span_view(again) == expected_spans
    assert relation_view(again) == relation_view(original)


def test_brat_round_trip_is_stable(tmp_path: Path) -> None:
    """brat -> read -> brat gives the same files."""
    records = read_paths([GOLDEN]).records
    write("brat", annotated(records), tmp_path / "again", default_schema())
    for name in ("news/lavrov-1.ann", "news/lavrov-1.txt", "crlf-input-2.txt"):
        assert (tmp_path / "again" / name).read_bytes() == (GOLDEN / name).read_bytes()


def test_annotation_conf_has_all_sections_from_schema() -> None:
    """annotation.conf has brat's four sections, relations with Arg1/Arg2 labels, valued attributes."""
    conf = annotation_conf(default_schema())
    for section in ("[entities]", "[relations]", "[events]", "[attributes]"):
        assert section in conf
    assert "said_by\tArg1:QUOTE, Arg2:SPEAKER" in conf
    assert "checkworthy\tArg:CLAIM, Value:yes|probably|no" in conf


def test_brat_fragments_splits_at_newlines_and_trims() -> None:
    """A fragment across line breaks splits at each newline, trimmed, never cutting a cluster."""
    text = "ab  \n  cd\n\nef"
    assert brat_fragments(text, [(0, len(text))]) == [(0, 2), (7, 9), (11, 13)]
    assert brat_fragments(text, [(2, 5)]) == []
    assert brat_fragments("x\u0020\u093fy\nz", [(0, 6)]) == [(0, 4), (5, 6)]


def test_binary_attribute_written_without_value(tmp_path: Path) -> None:
    """A 'true' attribute is written as a binary A line and declared without values."""
    records = read_paths([BRAT / "crlf"]).records
    write("brat", annotated(records), tmp_path / "o", None)
    ann = (tmp_path / "o" / "statement.ann").read_text(encoding="utf-8")
    assert "\tcontested T1\n" in ann and "\tform T1 direct\n" in ann
    conf = (tmp_path / "o" / "annotation.conf").read_text(encoding="utf-8")
    assert "contested\tArg:QUOTE\n" in conf and "form\tArg:QUOTE, Value:direct\n" in conf


@needs_peers
@pytest.mark.parametrize(
    "relative, spans, relations",
    [
        ("nlplab-brat/example-data/tutorials/news/000-introduction.ann", 7, 2),
        ("nlplab-brat/example-data/tutorials/news/110-note_annotation.ann", 14, 2),
        ("dkpro-core/dkpro-core-io-brat-asl/src/test/resources/brat/document0d.ann", 4, 0),
        ("medkit/tests/data/brat/1_example.ann", 7, 2),
        ("medkit/docs/examples/input/brat/doc_01.ann", 5, 1),
        ("pie-datasets/tests/fixtures/dataset_builders/pie/brat/train/2.ann", 2, 1),
        ("pie-datasets/tests/fixtures/dataset_builders/pie/sciarg/compiled_corpus/A01.ann", 183, 116),
    ],
)
def test_peer_files_are_read(relative: str, spans: int, relations: int) -> None:
    """Real brat files of other tools: every T matches its text; events and the like are warnings."""
    record = read_paths([PEER_BRAT / relative]).records[0]
    assert (len(record.spans), len(record.relations)) == (spans, relations)


@needs_peers
def test_peer_news_tutorial_folder_and_discontinuous_newline_span() -> None:
    """brat's own tutorial folder reads whole; dkpro's span across a newline keeps two fragments."""
    result = read_paths([PEER_BRAT / "nlplab-brat" / "example-data" / "tutorials" / "news"])
    assert len(result) == 13
    doc = read_paths([PEER_BRAT / "dkpro-core/dkpro-core-io-brat-asl/src/test/resources/brat/document0d.ann"]).records[0]
    t2 = next(s for s in doc.spans if s.key == "T2")
    assert t2.fragments == ((5, 7), (9, 10))
    intro = read_paths([PEER_BRAT / "nlplab-brat/example-data/tutorials/news/000-introduction.ann"]).records[0]
    assert any(s.note for s in intro.spans)
    assert any(s.attributes for s in intro.spans)


def test_txt_with_bom_offsets_counting_the_bom_as_brat_does(tmp_path: Path) -> None:
    """brat keeps a BOM in the text, so its offsets are one more than ours; both counts are accepted."""
    (tmp_path / "b.txt").write_bytes("\ufeffराम ने कहा 😀 हाँ".encode())
    (tmp_path / "b.ann").write_text("T1\tSPEAKER 1 4\tराम\nT2\tCUE 8 11\tकहा\nT3\tQUOTE 14 17\tहाँ\n", encoding="utf-8")
    record = read_paths([tmp_path / "b.ann"]).records[0]
    assert record.text.startswith("राम")
    assert [record.text[s.fragments[0][0]:s.fragments[0][1]] for s in record.spans] == ["राम", "कहा", "हाँ"]


def test_offsets_counted_before_the_txt_got_crlf_line_ends_are_read(tmp_path: Path) -> None:
    """A brat pair whose .txt got CRLF line ends after annotation (git's autocrlf on Windows) has
    offsets that count LF line ends: when they do not fit the file but fit its LF text, with the
    same covered text, they are read as such (with a warning), also after an emoji."""
    lf = "शीर्षक 😀\nपहला वाक्य।\nदूसरा वाक्य।\n"
    (tmp_path / "a.txt").write_bytes(lf.replace("\n", "\r\n").encode("utf-8"))
    second = lf.index("दूसरा वाक्य।")
    first = lf.index("पहला")
    (tmp_path / "a.ann").write_text(
        f"T1\tQUOTE {second} {second + 12}\tदूसरा वाक्य।\nT2\tCUE {first} {first + 4}\tपहला\n", encoding="utf-8"
    )
    result = read_paths([tmp_path])
    (record,) = result.records
    assert record.text == lf
    assert [(s.key, [record.text[a:b] for a, b in s.fragments]) for s in record.spans] == [
        ("T1", ["दूसरा वाक्य।"]), ("T2", ["पहला"])]
    assert any("LF line ends" in str(w) for w in result.warnings)


def test_exporting_into_a_folder_with_other_documents_warns_of_them(tmp_path: Path) -> None:
    """A brat export into a folder that already holds pairs it did not write (an older export with
    a document since renamed) is refused naming them; allowed to overwrite, it warns of them:
    importing the folder again would bring them back."""
    records = read_paths([EXAMPLES / "jsonl" / "golden.jsonl"]).records
    out = tmp_path / "out"
    _pair(out, "old-name", "पुराना पाठ\n", "")
    with pytest.raises(OutputInTheWay) as refused:
        write("brat", annotated(records), out, default_schema())
    assert refused.value.files == ["old-name.ann", "old-name.txt"]
    report = write("brat", annotated(records), out, default_schema(), overwrite=True)
    assert any("old-name.ann" in w and "old-name.txt" in w and "not written by this export" in w for w in report.warnings)
    clean = write("brat", annotated(records), tmp_path / "fresh", default_schema())
    assert not any("not written by this export" in w for w in clean.warnings)


def _brat_peer_docs() -> list[Path]:
    """Every peer .ann file that has its .txt beside it."""
    if not PEER_BRAT.is_dir():
        return []
    return sorted(p for p in PEER_BRAT.rglob("*.ann") if p.with_suffix(".txt").is_file())


def test_export_passes_brats_verifier_rules(tmp_path: Path) -> None:
    """Our export of overlapping, nested, equal and discontinuous spans of every label, with
    relations and attributes, gets no error from brat's verifier rules: each overlapping pair of
    labels is declared with <OVERLAP> of the kind brat tells apart."""
    from kathan.model import DocumentRecord, RelationRecord, SpanRecord

    from .brat_rules import verify_folder

    text = "राजदूत ने कहा कि भारत-रूस संबंध मज़बूत हैं और रहेंगे।\nदूसरी पंक्ति यहाँ।"
    def at(word: str, start: int = 0) -> tuple[int, int]:
        index = text.index(word, start)
        return (index, index + len(word))
    quote = (at("भारत")[0], at("रहेंगे।")[1])
    spans = (
        SpanRecord("T1", "SPEAKER", (at("राजदूत"),), {"kind": "official"}),
        SpanRecord("T2", "CUE", (at("कहा"),)),
        SpanRecord("T3", "QUOTE", (quote,), {"form": "indirect"}),
        SpanRecord("T4", "CLAIM", (quote,)),
        SpanRecord("T5", "CLAIM", (at("भारत-रूस संबंध"),)),
        SpanRecord("T6", "SPEAKER", (at("कहा कि भारत"),)),
        SpanRecord("T7", "QUOTE", (at("संबंध"), at("रहेंगे।\nदूसरी"))),
    )
    relations = (RelationRecord("R1", "said_by", "T3", "T1"), RelationRecord("R2", "cued_by", "T3", "T2"))
    record = DocumentRecord("overlaps", text, spans=spans, relations=relations)
    write("brat", annotated([record]), tmp_path / "out", default_schema())
    assert verify_folder(tmp_path / "out") == []
    conf = (tmp_path / "out" / "annotation.conf").read_text(encoding="utf-8")
    assert "<OVERLAP>\tArg1:CLAIM, Arg2:QUOTE, <OVL-TYPE>:contain|cross|equal\n" in conf
    assert verify_folder(GOLDEN) == []
    (tmp_path / "out" / "annotation.conf").write_text(annotation_conf(default_schema()), encoding="utf-8")
    assert any("cannot overlap" in error for error in verify_folder(tmp_path / "out"))


@needs_peers
@pytest.mark.parametrize("ann", _brat_peer_docs(), ids=lambda p: p.relative_to(PEER_BRAT).as_posix())
def test_peer_files_round_trip_with_their_ids_and_kept_lines(ann: Path, tmp_path: Path) -> None:
    """brat -> Kathan -> brat keeps every span (ids, labels, fragments), relation, attribute and
    note; E, N and * lines come back verbatim; the export passes brat's verifier rules."""
    from .brat_rules import verify_folder

    (first,) = read_paths([ann]).records
    write("brat", annotated([first]), tmp_path / "out")
    written = (tmp_path / "out" / f"{ann.stem}.ann").read_text(encoding="utf-8").splitlines()
    original = ann.read_text(encoding="utf-8").splitlines()
    assert [line for line in written if line[:1] in "EN*"] == [line for line in original if line[:1] in "EN*"]
    (second,) = read_paths([tmp_path / "out" / f"{ann.stem}.ann"]).records
    assert second.text == first.text and second.meta == first.meta
    assert sorted((s.key, s.label, s.fragments, dict(s.attributes), s.note) for s in second.spans) == sorted(
        (s.key, s.label, s.fragments, dict(s.attributes), s.note) for s in first.spans)
    assert sorted((r.key, r.type, r.head, r.tail, dict(r.attributes)) for r in second.relations) == sorted(
        (r.key, r.type, r.head, r.tail, dict(r.attributes)) for r in first.relations)
    assert verify_folder(tmp_path / "out") == []


@needs_peers
def test_tutorial_attributes_notes_events_exactly() -> None:
    """brat's introduction document: the exact spans, the relation, attributes and note it holds."""
    (record,) = read_paths([PEER_BRAT / "nlplab-brat/example-data/tutorials/news/000-introduction.ann"]).records
    text = record.text
    spans = {s.key: (s.label, [text[a:b] for a, b in s.fragments], dict(s.attributes), s.note) for s in record.spans}
    ann = (PEER_BRAT / "nlplab-brat/example-data/tutorials/news/000-introduction.ann").read_text(encoding="utf-8")
    for line in ann.splitlines():
        if line.startswith("T"):
            key, data, covered = line.split("\t")
            assert spans[key][0] == data.split()[0] and " ".join(spans[key][1]) == covered
    assert [(r.key, r.type, r.head, r.tail) for r in record.relations] == [
        (line.split("\t")[0], *[p.partition(":")[2] or p for p in line.split("\t")[1].split()][:3])
        for line in ann.splitlines() if line.startswith("R")]
    attributes = sorted((target, name, value) for target, (_, _, attrs, _) in spans.items() for name, value in attrs.items())
    expected = sorted(
        (parts[1], parts[0], parts[2] if len(parts) > 2 else "true")
        for line in ann.splitlines() if line[:1] in "AM"
        for parts in [line.split("\t")[1].split(" ", 2)] if parts[1].startswith("T"))
    assert attributes == expected and expected
    notes = [(line.split("\t")[1].split()[1], line.split("\t")[2]) for line in ann.splitlines()
             if line.startswith("#") and "AnnotatorNotes T" in line]
    assert notes and all(spans[target][3] == note for target, note in notes)


@needs_peers
def test_init_with_brats_annotation_conf_then_import_its_corpus(tmp_path: Path) -> None:
    """`kathan init P --schema annotation.conf` makes a schema of entities, event types, relations
    and attributes; brat's tutorial corpus then imports into it and exports back verbatim."""
    from cli.main import main

    from kathan.formats.brat_conf import read_annotation_conf

    news = PEER_BRAT / "nlplab-brat/example-data/tutorials/news"
    schema = read_annotation_conf(news / "annotation.conf")
    assert schema is not None
    assert {"Person", "Organization", "GPE", "Money", "Be-born", "Merge-org", "Report"} <= set(schema.label_names)
    located = schema.relation("Located")
    assert located is not None and (located.heads, located.tails) == ({"Person"}, {"GPE"})
    person = schema.label("Person")
    assert person is not None and person.attribute("Mention") is not None
    assert person.attribute("Mention").values == ("Name", "Nominal", "Other")  # type: ignore[union-attr]
    assert read_annotation_conf(news / "visual.conf") is None
    project = tmp_path / "news.kathan"
    assert main(["init", str(project), "--schema", str(news / "annotation.conf")]) == 0
    assert main(["import", str(project), str(news)]) == 0
    assert main(["export", str(project), "--format", "brat", "--out", str(tmp_path / "out")]) == 0
    for ann in sorted(news.glob("*.ann")):
        original = [line for line in ann.read_text(encoding="utf-8").splitlines() if line[:1] in "TEN*R"]
        again = (tmp_path / "out" / ann.name).read_text(encoding="utf-8").splitlines()
        assert sorted(line.rstrip("\t") for line in original) == sorted(l for l in again if l[:1] in "TEN*R"), ann.name


@needs_peers
def test_kept_lines_whose_span_is_gone_are_dropped_and_reported(tmp_path: Path) -> None:
    """An event whose trigger span was deleted in Kathan is not written (it would refer to
    nothing), nor the attribute on that event; the report counts both; the other kept lines stay."""
    import dataclasses

    (record,) = read_paths([PEER_BRAT / "nlplab-brat/example-data/tutorials/news/000-introduction.ann"]).records
    (doc,) = annotated([record])
    event = next(line for line in doc.document.meta["brat.standoff"].split("\n") if line.startswith("E1"))
    trigger = event.split("\t")[1].split()[0].partition(":")[2]
    kept = tuple(s for s in doc.spans if s.key != trigger)
    report = write("brat", [dataclasses.replace(doc, spans=kept)], tmp_path / "out")
    ann = (tmp_path / "out" / "000-introduction.ann").read_text(encoding="utf-8")
    assert event not in ann and "N1\t" in ann
    assert any(w.startswith("kept brat lines (events, normalizations...) whose span is gone, not written: 2") for w in report.warnings)
    assert "E1" not in ann
