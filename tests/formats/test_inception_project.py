"""INCEpTION formats through a project: ``init --schema TypeSystem.xml``, import and export from the CLI."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from cli.main import main
from kathan.formats.output import MANIFEST
from kathan.schema import SchemaError
from storage import Workspace

from .helpers import EXAMPLES, PEERS

pytest.importorskip("cassis", reason="dkpro-cassis (the inception extra) is not installed")

from kathan.formats.inception_schema import schema_from_typesystem  # noqa: E402

TEST_TYPES = PEERS / "uima_xmi/inception/inception/inception-io-webanno-tsv/src/test/resources/desc/type/webannoTestTypes.xml"


def kathan(*args: str | Path) -> int:
    return main([str(a) for a in args])


def _tree(path: Path) -> dict[str, bytes]:
    """The files of an export folder and their bytes, without the safe-export manifest."""
    files = (p for p in sorted(path.rglob("*")) if p.is_file() and p.name != MANIFEST)
    return {p.relative_to(path).as_posix(): p.read_bytes() for p in files}


@pytest.mark.parametrize(("name", "folder"), [("webanno-tsv3", "webanno_tsv3"), ("uima-xmi", "uima_xmi")])
def test_import_then_export_through_a_project_gives_the_same_files(name: str, folder: str, tmp_path: Path) -> None:
    """The example folder, imported (format detected by content) and exported again, comes back byte for byte."""
    project = tmp_path / "p.kathan"
    assert kathan("init", project) == 0
    assert kathan("import", project, EXAMPLES / folder) == 0
    with Workspace.open(str(project)) as ws:
        summaries = ws.documents()
        assert sorted(d.name for d in summaries) == ["crlf-input-2", "news/lavrov-1"]
        assert sum(d.span_count for d in summaries) == 6 and sum(d.relation_count for d in summaries) == 2
    out = tmp_path / "out"
    assert kathan("export", project, "--format", name, "--out", out) == 0
    assert _tree(out) == _tree(EXAMPLES / folder)


def test_init_from_kathan_typesystem_reads_its_own_exports(tmp_path: Path) -> None:
    """A project made from Kathan's TypeSystem.xml reads the XMI beside it: the layer is the label,
    the value an attribute (a type system has no tag sets to make labels of)."""
    project = tmp_path / "p.kathan"
    assert kathan("init", project, "--schema", EXAMPLES / "uima_xmi" / "TypeSystem.xml") == 0
    with Workspace.open(str(project)) as ws:
        assert ws.schema.label_names == ("Span",)
        assert [r.name for r in ws.schema.relations] == ["Relation"]
    assert kathan("import", project, EXAMPLES / "uima_xmi") == 0
    with Workspace.open(str(project)) as ws:
        assert ws.schema.label_names == ("Span",)
        document = ws.document_by_name("news/lavrov-1")
        assert document is not None
        spans = ws.spans(document.id)
        assert {s.label for s in spans} == {"Span"}
        assert sorted(s.attributes["value"] for s in spans) == ["CLAIM", "CLAIM", "CUE", "QUOTE", "QUOTE", "SPEAKER"]
        assert sorted(r.attributes["value"] for r in ws.relations(document.id)) == ["cued_by", "said_by"]


@pytest.mark.skipif(not TEST_TYPES.is_file(), reason="../shared/peer-formats is not beside the repository")
def test_schema_from_inception_test_types() -> None:
    schema = schema_from_typesystem(TEST_TYPES)
    assert schema.label_names == ("ComplexLinkHost", "FlexLinkHost", "SimpleLink", "SimpleLinkHost", "SimpleSpan", "Span")
    assert [a.name for a in schema.label("SimpleLink").attributes] == ["referenceType", "referenceRelation"]
    relations = {r.name: r for r in schema.relations}
    assert sorted(relations) == ["ComplexRelation", "Relation", "Simple", "SimpleRelation", "links"]
    complex_relation = relations["ComplexRelation"]
    assert [(a.name, a.values) for a in complex_relation.attributes] == [
        ("value", ()), ("boolValue", ("true", "false")), ("integerValue", ())]
    assert relations["links"].heads == frozenset({"ComplexLinkHost", "FlexLinkHost", "SimpleLinkHost"})
    assert relations["links"].tails == frozenset()
    assert relations["Simple"].heads == relations["Simple"].tails == frozenset({"SimpleLink"})


def test_hostile_or_empty_typesystems_are_refused(tmp_path: Path) -> None:
    hostile = tmp_path / "TypeSystem.xml"
    hostile.write_text('<?xml version="1.0"?><!DOCTYPE t [<!ENTITY x SYSTEM "file:///etc/passwd">]><typeSystemDescription/>')
    with pytest.raises(SchemaError, match="declares a document type or entities"):
        schema_from_typesystem(hostile)
    empty = tmp_path / "empty.xml"
    empty.write_text('<?xml version="1.0"?><typeSystemDescription xmlns="http://uima.apache.org/resourceSpecifier"><types/></typeSystemDescription>')
    with pytest.raises(SchemaError, match="no custom span layer"):
        schema_from_typesystem(empty)
    assert kathan("init", tmp_path / "p.kathan", "--schema", empty) == 1
    assert not (tmp_path / "p.kathan").exists()


def test_hostile_zip_import_changes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = tmp_path / "p.kathan"
    assert kathan("init", project) == 0
    archive = tmp_path / "export.zip"
    with zipfile.ZipFile(archive, "w") as handle:
        handle.write(EXAMPLES / "uima_xmi" / "news" / "lavrov-1.xmi", "lavrov-1.xmi")
        handle.write(EXAMPLES / "uima_xmi" / "TypeSystem.xml", "../TypeSystem.xml")
    assert kathan("import", project, archive) == 1
    assert "would be written outside the archive" in capsys.readouterr().err
    with Workspace.open(str(project)) as ws:
        assert ws.documents() == []


def test_export_summary_names_the_offset_unit(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = tmp_path / "p.kathan"
    assert kathan("init", project) == 0
    assert kathan("import", project, EXAMPLES / "webanno_tsv3") == 0
    capsys.readouterr()
    assert kathan("export", project, "--format", "webanno-tsv3", "--out", tmp_path / "out") == 0
    assert capsys.readouterr().out.strip().endswith(f"to {tmp_path / 'out'} (offsets in UTF-16 code units)")
