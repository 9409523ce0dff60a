"""UIMA CAS XMI through dkpro-cassis: INCEpTION's XMI twins of its TSV tests, zips, emoji, write and read back."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest

from kathan.formats.base import ReadContext, Source, as_annotated
from kathan.formats.webanno_tsv3.read import read_webanno_tsv
from kathan.model import DocumentRecord, KathanError, RelationRecord, SpanRecord

from .helpers import PEERS, relation_view

cassis = pytest.importorskip("cassis", reason="dkpro-cassis (the inception extra) is not installed")

from kathan.formats.uima_xmi import read_uima_xmi, write_uima_xmi  # noqa: E402

RESOURCES = PEERS / "uima_xmi/inception/inception/inception-io-webanno-tsv/src/test/resources"
TSV_SUITE = PEERS / "webanno_tsv3/inception/inception/inception-io-webanno-tsv/src/test/resources/tsv3-suite"
needs_peers = pytest.mark.skipif(not RESOURCES.is_dir(), reason="../shared/peer-formats is not beside the repository")
MISMATCHED_TYPES = {"testSingleTokenRelationWithMultipleFeatureValues", "testStackedNonMultiTokenRelationWithMultipleFeatureValues"}
"""Twins whose XMI uses ``ComplexRelation.intValue``, a feature the shared test type system lacks."""
TRIMMED_IN_TSV = {"testAnnotationWithLeadingWhitespace", "testAnnotationWithTrailingWhitespace"}
"""Twins whose span has whitespace at an edge: XMI keeps it, TSV trims it to the token."""


def _typesystem_xml() -> str:
    """INCEpTION's test types merged with DKPro's, and ``DocumentMetaData`` as INCEpTION exports define it."""
    tests = cassis.load_typesystem((RESOURCES / "desc/type/webannoTestTypes.xml").open("rb"))
    extra = cassis.TypeSystem()
    metadata = extra.create_type("de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData", "uima.tcas.DocumentAnnotation")
    for name in ("documentTitle", "documentId", "documentUri", "documentBaseUri", "collectionId"):
        extra.create_feature(metadata, name, "uima.cas.String")
    extra.create_feature(metadata, "isLastSegment", "uima.cas.Boolean")
    return cassis.merge_typesystems(tests, cassis.load_dkpro_core_typesystem(), extra).to_xml()


def _read(path: Path, name: str = "doc") -> tuple[list[DocumentRecord], ReadContext]:
    ctx = ReadContext()
    return list(read_uima_xmi([Source(path, name)], ctx)), ctx


def _offsets(record: DocumentRecord) -> tuple[list[tuple[tuple[int, int], ...]], list[tuple[object, ...]]]:
    by_key = {s.key: s for s in record.spans}
    return (
        sorted(s.fragments for s in record.spans),
        sorted((by_key[r.head].fragments, by_key[r.tail].fragments) for r in record.relations),
    )


@needs_peers
def test_xmi_twins_of_the_tsv_suite_give_the_same_spans_and_relations(tmp_path: Path) -> None:
    """Each INCEpTION test case read from XMI and from TSV gives the same offsets and relation ends."""
    (tmp_path / "TypeSystem.xml").write_text(_typesystem_xml(), encoding="utf-8")
    compared = 0
    for case in sorted(p.parent.name for p in (RESOURCES / "tsv3-suite").glob("*/reference.xmi")):
        if case in MISMATCHED_TYPES:
            continue
        shutil.copy(RESOURCES / "tsv3-suite" / case / "reference.xmi", tmp_path / f"{case}.xmi")
        from_xmi, ctx = _read(tmp_path / f"{case}.xmi", case)
        assert from_xmi and not ctx.fatal, (case, [str(p) for p in ctx.problems])
        tsv_ctx = ReadContext()
        (from_tsv,) = read_webanno_tsv([Source(TSV_SUITE / case / "reference.tsv", case)], tsv_ctx)
        if case not in TRIMMED_IN_TSV:
            assert _offsets(from_xmi[0]) == _offsets(from_tsv), case
        compared += 1
    assert compared == 35


@needs_peers
def test_labels_slots_and_leading_whitespace_from_xmi(tmp_path: Path) -> None:
    (tmp_path / "TypeSystem.xml").write_text(_typesystem_xml(), encoding="utf-8")
    for case in ("testMultiTokenSlotFeature", "testAnnotationWithLeadingWhitespace", "testMultiTokenStackedSpanWithFeatureValue"):
        shutil.copy(RESOURCES / "tsv3-suite" / case / "reference.xmi", tmp_path / f"{case}.xmi")
    (slots,), _ = _read(tmp_path / "testMultiTokenSlotFeature.xmi")
    assert sorted((s.label, s.fragments) for s in slots.spans) == [
        ("SimpleLinkHost", ((0, 4),)), ("SimpleSpan", ((5, 9),)), ("SimpleSpan", ((10, 16),))]
    assert relation_view(slots) == [("p1", (0, 4), (5, 9)), ("p2", (0, 4), (10, 16))]
    (leading,), _ = _read(tmp_path / "testAnnotationWithLeadingWhitespace.xmi")
    assert leading.text == "one  two" and [s.fragments for s in leading.spans] == [((4, 8),)]
    (stacked,), _ = _read(tmp_path / "testMultiTokenStackedSpanWithFeatureValue.xmi")
    assert sorted((s.label, s.fragments) for s in stacked.spans) == [("LOCATION", ((0, 16),)), ("PERSON", ((0, 16),))]


def _record() -> DocumentRecord:
    text = "😊 मोदी ने कहा, “👍🏽 सब ठीक है।”\n\nदूसरा 👨‍👩‍👧 पैरा।"
    quote = (text.index("👍🏽"), text.index("है।") + 3)
    return DocumentRecord(
        "news/one",
        text,
        language="hi",
        spans=(
            SpanRecord("T1", "QUOTE", (quote,), {"form": "direct", "bad-name": "x"}),
            SpanRecord("T2", "SPEAKER", ((2, 6),)),
            SpanRecord("T3", "CLAIM", ((text.index("👨"), len(text)),)),
            SpanRecord("T4", "QUOTE", ((quote[0] - 1, quote[1] + 1), (text.index("दूसरा"), text.index("दूसरा") + 5))),
        ),
        relations=(RelationRecord("R1", "said_by", "T1", "T2", {"confidence": "high"}),),
    )


def test_write_then_read_keeps_text_spans_relations_and_utf16_offsets(tmp_path: Path) -> None:
    """Kathan → XMI → Kathan: exact text and spans around emoji; the file counts UTF-16 units."""
    original = _record()
    report = write_uima_xmi([as_annotated(original)], tmp_path / "out")
    assert report.warnings == [
        "discontinuous spans, written as one span per fragment, their relations on the first (INCEpTION spans are contiguous): 1 in 1 document (news/one)",
        "span attributes named 'value' or with a '-' (no UIMA feature name), not written: 1 in 1 document (news/one)",
    ]
    xmi = (tmp_path / "out/news/one.xmi").read_text(encoding="utf-8")
    speaker = '<custom:Span xmi:id="' in xmi and 'begin="3" end="7" value="SPEAKER"' in xmi
    assert speaker, "SPEAKER after one emoji starts at UTF-16 unit 3"
    system = (tmp_path / "out/TypeSystem.xml").read_text(encoding="utf-8")
    for name in ("segmentation.type.Sentence", "segmentation.type.Token", "metadata.type.DocumentMetaData",
                 "webanno.custom.Span", "webanno.custom.Relation"):
        assert name in system
    (record,), ctx = _read(tmp_path / "out/news/one.xmi", "news/one")
    assert not ctx.problems
    assert record.text == original.text and record.language == "hi"
    text = original.text
    start, end = text.index("👍🏽"), text.index("है।") + 3
    second = text.index("दूसरा")
    assert sorted((s.label, s.fragments, dict(s.attributes)) for s in record.spans) == [
        ("CLAIM", ((text.index("👨"), len(text)),), {}),
        ("QUOTE", ((start - 1, end + 1),), {}),
        ("QUOTE", ((start, end),), {"form": "direct"}),
        ("QUOTE", ((second, second + 5),), {}),
        ("SPEAKER", ((2, 6),), {}),
    ]
    assert relation_view(record) == [("said_by", (start, end), (2, 6))]
    assert [dict(r.attributes) for r in record.relations] == [{"confidence": "high"}]


def test_inception_zip_with_xmi_and_typesystem_is_read(tmp_path: Path) -> None:
    write_uima_xmi([as_annotated(_record())], tmp_path / "out")
    archive = tmp_path / "one.zip"
    with zipfile.ZipFile(archive, "w") as handle:
        handle.write(tmp_path / "out/news/one.xmi", "one.xmi")
        handle.write(tmp_path / "out/TypeSystem.xml", "TypeSystem.xml")
    (record,), ctx = _read(archive, "one")
    assert not ctx.problems and record.name == "one" and len(record.spans) == 5


def test_xmi_without_a_typesystem_is_refused_by_name(tmp_path: Path) -> None:
    write_uima_xmi([as_annotated(_record())], tmp_path / "out")
    shutil.copy(tmp_path / "out/news/one.xmi", tmp_path / "alone.xmi")
    records, ctx = _read(tmp_path / "alone.xmi")
    assert records == [] and [str(p) for p in ctx.fatal] == [
        f"{tmp_path / 'alone.xmi'}: no TypeSystem.xml beside it "
        "(INCEpTION's XMI export zip holds one; unzip both here or import the zip)"
    ]


def test_offset_inside_an_emoji_is_refused(tmp_path: Path) -> None:
    write_uima_xmi([as_annotated(_record())], tmp_path)
    path = tmp_path / "news/one.xmi"
    path.write_text(path.read_text(encoding="utf-8").replace('begin="3" end="7"', 'begin="1" end="7"'), encoding="utf-8")
    records, ctx = _read(path, "news/one")
    assert records == [] and "offsets fall inside a character or outside the text" in str(ctx.fatal[0])


def test_writing_over_a_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "x").write_text("", encoding="utf-8")
    with pytest.raises(KathanError, match="is a file"):
        write_uima_xmi([as_annotated(_record())], tmp_path / "x")


def test_xmi_with_entities_is_refused_through_the_registry(tmp_path: Path) -> None:
    """An XMI declaring an external entity is refused by name; nothing is read from the entity."""
    from kathan.formats.registry import read_paths
    from kathan.model import InputError

    write_uima_xmi([as_annotated(_record())], tmp_path)
    path = tmp_path / "news/one.xmi"
    body = path.read_text(encoding="utf-8").replace("?>", '?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>', 1)
    path.write_text(body, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_paths([tmp_path], "uima-xmi")
    assert [p.file for p in caught.value.problems] == [str(path)]
    assert "declares a document type or entities" in caught.value.problems[0].message


def test_attributes_first_met_in_a_later_document_are_written(tmp_path: Path) -> None:
    """Each document gets the features its attributes need; TypeSystem.xml holds them all."""
    first = DocumentRecord("a", "पहला वाक्य।", spans=(SpanRecord("T1", "QUOTE", ((0, 4),)),))
    second = DocumentRecord("b", "दूसरा वाक्य।", spans=(SpanRecord("T1", "QUOTE", ((0, 5),), {"late": "yes"}),))
    write_uima_xmi([as_annotated(first, 1), as_annotated(second, 2)], tmp_path)
    assert "<name>late</name>" in (tmp_path / "TypeSystem.xml").read_text(encoding="utf-8")
    (record,), ctx = _read(tmp_path / "b.xmi", "b")
    assert not ctx.problems and [dict(s.attributes) for s in record.spans] == [{"late": "yes"}]


def test_control_characters_xml_cannot_hold_become_spaces(tmp_path: Path) -> None:
    """As INCEpTION does on export: a vertical tab in the text is written as a space, and counted."""
    record = DocumentRecord("v", "पहला\x0bवाक्य है।", spans=(SpanRecord("T1", "QUOTE", ((5, 10),), {"note": "a\x01b"}),))
    report = write_uima_xmi([as_annotated(record)], tmp_path)
    assert report.warnings == ["control characters XML 1.0 cannot hold, written as spaces (as INCEpTION does): 2 in 1 document (v)"]
    (back,), ctx = _read(tmp_path / "v.xmi", "v")
    assert back.text == "पहला वाक्य है।" and [(s.fragments, dict(s.attributes)) for s in back.spans] == [(((5, 10),), {"note": "a b"})]


def test_crlf_sofa_is_stored_with_lf(tmp_path: Path) -> None:
    write_uima_xmi([as_annotated(DocumentRecord("c", "एक\nदो", spans=(SpanRecord("T1", "CUE", ((3, 5),)),)))], tmp_path)
    path = tmp_path / "c.xmi"
    path.write_text(path.read_text(encoding="utf-8").replace("&#10;", "&#13;&#10;").replace('begin="3" end="5" value', 'begin="4" end="6" value'), encoding="utf-8")
    (back,), ctx = _read(path, "c")
    assert back.text == "एक\nदो" and [s.fragments for s in back.spans] == [((3, 5),)]


CASSIS = PEERS / "uima_xmi/dkpro-cassis/tests/test_files"


@pytest.mark.skipif(not CASSIS.is_dir(), reason="../shared/peer-formats is not beside the repository")
def test_cassis_small_cas_with_a_lower_case_typesystem_beside_it(tmp_path: Path) -> None:
    """A generic UIMA file: its own Token and Sentence types are layers like any other."""
    shutil.copy(CASSIS / "xmi/small_cas.xmi", tmp_path / "small_cas.xmi")
    shutil.copy(CASSIS / "typesystems/small_typesystem.xml", tmp_path / "typesystem.xml")
    (record,), ctx = _read(tmp_path / "small_cas.xmi", "small")
    assert not ctx.problems
    assert record.text == "Joe waited for the train . The train was late ."
    tokens = [(record.text[s.fragments[0][0]:s.fragments[0][1]], dict(s.attributes)) for s in record.spans if s.label == "Token"]
    assert tokens[:2] == [("Joe", {"id": "0", "pos": "NNP"}), ("waited", {"id": "1", "pos": "VBD"})] and len(tokens) == 11
    assert [s.fragments for s in record.spans if s.label == "Sentence"] == [((0, 26),), ((27, 47),)]


def test_views_beside_the_initial_one_are_named_in_a_warning(tmp_path: Path) -> None:
    from kathan.formats.uima_xmi import kathan_typesystem

    ts = kathan_typesystem()
    cas = cassis.Cas(typesystem=ts)
    cas.sofa_string = "पहला"
    cas.create_view("translation").sofa_string = "first"
    (tmp_path / "two.xmi").write_text(cas.to_xmi(), encoding="utf-8")
    (tmp_path / "TypeSystem.xml").write_text(ts.to_xml(), encoding="utf-8")
    (record,), ctx = _read(tmp_path / "two.xmi", "two")
    assert record.text == "पहला"
    assert [p.message for p in ctx.warnings] == ["views other than _InitialView left out (Kathan reads one text a document): translation"]
