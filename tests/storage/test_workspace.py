"""The Workspace API of docs/architecture.md: reads, writes, refusals that change nothing."""

from __future__ import annotations

import sqlite3
from datetime import UTC
from pathlib import Path

import pytest

from kathan.model import (
    AnnotatedDocument,
    DocumentId,
    DocumentRecord,
    DocumentStatus,
    KathanError,
    Origin,
    SpanRecord,
)
from kathan.schema import default_schema
from kathan.text.graphemes import cluster_bounds
from storage import ConflictError, NotFoundError, ProjectError, RelationError, SpanError, Workspace
from tests.storage.conftest import snapshot

Words = list[tuple[int, int]]


def test_create_refuses_an_existing_file(project_path: Path) -> None:
    """Creating a project where a file already is refuses and leaves the file alone."""
    project_path.write_bytes(b"precious")
    with pytest.raises(ProjectError, match="already exists"):
        Workspace.create(project_path)
    assert project_path.read_bytes() == b"precious"


def test_open_refuses_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ProjectError, match="no such project"):
        Workspace.open(tmp_path / "missing.kathan")


def test_open_refuses_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.kathan"
    path.write_text("just some notes\n" * 100)
    with pytest.raises(ProjectError, match="not a Kathan project"):
        Workspace.open(path)


def test_open_refuses_a_database_of_another_program(tmp_path: Path) -> None:
    path = tmp_path / "other.kathan"
    with sqlite3.connect(path) as other:
        other.execute("CREATE TABLE t (x)")
    other.close()
    with pytest.raises(ProjectError, match="not a Kathan project"):
        Workspace.open(path)


def test_create_stores_the_schema_and_open_reads_it_back(project_path: Path) -> None:
    schema = default_schema()
    Workspace.create(project_path, schema=schema, annotator="asha").close()
    with Workspace.open(project_path, annotator="bob") as ws:
        assert ws.schema == schema
        assert ws.annotator == "bob"
        assert ws.url.endswith("p.kathan")
        assert [a.name for a in ws.annotators()] == ["asha", "bob"]


def test_create_accepts_a_schema_file(tmp_path: Path) -> None:
    schema_file = tmp_path / "tiny.toml"
    schema_file.write_text('name = "tiny"\n[[labels]]\nname = "QUOTE"\n', encoding="utf-8")
    with Workspace.create(tmp_path / "t.kathan", schema=schema_file) as ws:
        assert ws.schema.label_names == ("QUOTE",)


def test_an_in_memory_url_works() -> None:
    """Any SQLAlchemy URL is accepted; an in-memory SQLite database keeps one shared connection."""
    with Workspace.create("sqlite://") as ws:
        (doc,) = ws.import_records([DocumentRecord(name="a", text="कथन और बात")]).documents_added
        ws.add_span(doc, "QUOTE", [(0, 3)])
        assert len(ws.spans(doc)) == 1


def test_documents_lists_summaries_in_import_order(ws: Workspace, doc_id: DocumentId, words: Words) -> None:
    ws.add_span(doc_id, "QUOTE", [words[3]])
    ws.import_records([DocumentRecord(name="second", text="दूसरा लेख", title="Second")])
    first, second = ws.documents()
    assert (first.id, first.name, first.title, first.status) == (doc_id, "lavrov", "Lavrov", DocumentStatus.NEW)
    assert (first.span_count, first.relation_count) == (1, 0)
    assert first.length == len(ws.document(doc_id).text)
    assert (second.name, second.span_count) == ("second", 0)


def test_document_and_document_by_name(ws: Workspace, doc_id: DocumentId, sample_text: str) -> None:
    doc = ws.document(doc_id)
    assert doc.text == sample_text
    assert doc.length == len(sample_text)
    assert len(doc.sha256) == 64
    assert ws.document_by_name("lavrov") == doc
    assert ws.document_by_name("nobody") is None
    with pytest.raises(NotFoundError):
        ws.document(9999)


def test_add_span_returns_the_stored_span_signed_and_dated(ws: Workspace, doc_id: DocumentId, words: Words) -> None:
    changes = ws.add_span(doc_id, "QUOTE", [words[5], words[7]], {"form": "direct"}, note="n", origin=Origin.SUGGESTED)
    (span,) = changes.spans_added
    assert span.id > 0
    assert (span.label, span.fragments, dict(span.attributes), span.note) == (
        "QUOTE",
        (words[5], words[7]),
        {"form": "direct"},
        "n",
    )
    assert (span.annotator, span.origin) == ("asha", Origin.SUGGESTED)
    assert span.created is not None and span.created.tzinfo == UTC
    assert span.updated == span.created
    assert ws.spans(doc_id) == (span,)


def test_spans_are_sorted_by_start_end_id(ws: Workspace, doc_id: DocumentId, words: Words) -> None:
    late = ws.add_span(doc_id, "QUOTE", [words[9]]).spans_added[0]
    long = ws.add_span(doc_id, "QUOTE", [(words[2][0], words[4][1])]).spans_added[0]
    short = ws.add_span(doc_id, "SPEAKER", [words[2]]).spans_added[0]
    twin = ws.add_span(doc_id, "CUE", [words[2]]).spans_added[0]
    assert [s.id for s in ws.spans(doc_id)] == [short.id, twin.id, long.id, late.id]


@pytest.mark.parametrize(
    ("label", "fragments", "attributes", "reason"),
    [
        ("QUOTE", [(1, 3)], {}, "cuts the grapheme cluster"),
        ("QUOTE", [(0, 10**6)], {}, "runs outside the text"),
        ("QUOTE", [(5, 5)], {}, "empty or reversed"),
        ("QUOTE", [(0, 10), (5, 20)], {}, "overlaps"),
        ("QUOTE", [], {}, "at least one fragment"),
        ("NOPE", [(0, 6)], {}, "unknown label"),
        ("QUOTE", [(0, 6)], {"colour": "red"}, "no attribute"),
        ("QUOTE", [(0, 6)], {"form": "shouted"}, "not one of"),
    ],
)
def test_a_refused_span_changes_nothing(
    ws: Workspace,
    doc_id: DocumentId,
    words: Words,
    label: str,
    fragments: list[tuple[int, int]],
    attributes: dict[str, str],
    reason: str,
) -> None:
    """A span that cuts a cluster, leaves the text, overlaps itself or breaks the schema is refused."""
    ws.add_span(doc_id, "QUOTE", [words[1]])
    fragments = [_fix_cut(ws, doc_id, f) for f in fragments]
    before, version = snapshot(ws), ws.data_version()
    with pytest.raises(SpanError, match=reason):
        ws.add_span(doc_id, label, fragments, attributes)
    assert snapshot(ws) == before
    assert ws.data_version() == version


def _fix_cut(ws: Workspace, doc_id: DocumentId, fragment: tuple[int, int]) -> tuple[int, int]:
    """(1, 3) in the parametrisation means: an end that falls inside a cluster of the sample."""
    if fragment != (1, 3):
        return fragment
    text = ws.document(doc_id).text
    bounds = set(cluster_bounds(text))
    inside = next(i for i in range(1, len(text)) if i not in bounds)
    return (0, inside)


def test_adding_to_a_missing_document_is_refused(ws: Workspace) -> None:
    with pytest.raises(NotFoundError):
        ws.add_span(12345, "QUOTE", [(0, 1)])


def test_update_span_changes_what_is_given(ws: Workspace, doc_id: DocumentId, words: Words) -> None:
    span = ws.add_span(doc_id, "QUOTE", [words[3]], {"form": "direct"}).spans_added[0]
    (updated,) = ws.update_span(span.id, fragments=[words[3], words[5]], note="two parts").spans_updated
    assert updated.fragments == (words[3], words[5])
    assert (updated.label, dict(updated.attributes), updated.note) == ("QUOTE", {"form": "direct"}, "two parts")
    assert updated.created == span.created
    assert updated.updated is not None and span.updated is not None and updated.updated >= span.updated
    (relabelled,) = ws.update_span(span.id, label="CLAIM", attributes={}).spans_updated
    assert relabelled.label == "CLAIM"
    assert ws.spans(doc_id) == (relabelled,)


def test_a_refused_update_changes_nothing(ws: Workspace, doc_id: DocumentId, words: Words) -> None:
    span = ws.add_span(doc_id, "QUOTE", [words[3]]).spans_added[0]
    before = snapshot(ws)
    with pytest.raises(SpanError):
        ws.update_span(span.id, fragments=[(words[3][0], 10**6)])
    with pytest.raises(SpanError):
        ws.update_span(span.id, label="NOPE")
    with pytest.raises(NotFoundError):
        ws.update_span(span.id + 100, note="x")
    assert snapshot(ws) == before


def test_relabelling_a_span_its_relations_forbid_is_refused(ws: Workspace, doc_id: DocumentId, words: Words) -> None:
    quote = ws.add_span(doc_id, "QUOTE", [words[10]]).spans_added[0]
    speaker = ws.add_span(doc_id, "SPEAKER", [words[2]]).spans_added[0]
    ws.add_relation("said_by", quote.id, speaker.id)
    before = snapshot(ws)
    with pytest.raises(SpanError, match="does not allow"):
        ws.update_span(speaker.id, label="CUE")
    assert snapshot(ws) == before


def test_delete_spans_takes_their_relations(ws: Workspace, doc_id: DocumentId, words: Words) -> None:
    quote = ws.add_span(doc_id, "QUOTE", [words[10]]).spans_added[0]
    speaker = ws.add_span(doc_id, "SPEAKER", [words[2]]).spans_added[0]
    cue = ws.add_span(doc_id, "CUE", [words[12]]).spans_added[0]
    said = ws.add_relation("said_by", quote.id, speaker.id).relations_added[0]
    cued = ws.add_relation("cued_by", quote.id, cue.id).relations_added[0]
    changes = ws.delete_spans([speaker.id])
    assert changes.spans_removed == (speaker.id,)
    assert changes.relations_removed == (said.id,)
    assert ws.relations(doc_id) == (cued,)
    assert [s.id for s in ws.spans(doc_id)] == [quote.id, cue.id]
    with pytest.raises(NotFoundError):
        ws.delete_spans([speaker.id])


def test_deleting_a_missing_span_among_others_deletes_none(ws: Workspace, doc_id: DocumentId, words: Words) -> None:
    span = ws.add_span(doc_id, "QUOTE", [words[10]]).spans_added[0]
    with pytest.raises(NotFoundError):
        ws.delete_spans([span.id, 999])
    assert ws.spans(doc_id) == (span,)


def test_add_relation(ws: Workspace, doc_id: DocumentId, words: Words) -> None:
    quote = ws.add_span(doc_id, "QUOTE", [words[10]]).spans_added[0]
    speaker = ws.add_span(doc_id, "SPEAKER", [words[2]]).spans_added[0]
    (relation,) = ws.add_relation("said_by", quote.id, speaker.id).relations_added
    assert (relation.document_id, relation.type, relation.head, relation.tail) == (doc_id, "said_by", quote.id, speaker.id)
    assert (relation.annotator, relation.origin) == ("asha", Origin.MANUAL)
    assert relation.created is not None and relation.created.tzinfo == UTC
    assert ws.relations(doc_id) == (relation,)


def test_refused_relations_change_nothing(ws: Workspace, doc_id: DocumentId, words: Words) -> None:
    """Unknown type, labels the type does not allow, two documents, a twin or a missing span: refused."""
    quote = ws.add_span(doc_id, "QUOTE", [words[10]]).spans_added[0]
    speaker = ws.add_span(doc_id, "SPEAKER", [words[2]]).spans_added[0]
    (other_doc,) = ws.import_records([DocumentRecord(name="other", text="दूसरा लेख")]).documents_added
    elsewhere = ws.add_span(other_doc, "SPEAKER", [(0, 5)]).spans_added[0]
    ws.add_relation("said_by", quote.id, speaker.id)
    before = snapshot(ws)
    with pytest.raises(RelationError, match="unknown relation type"):
        ws.add_relation("invented", quote.id, speaker.id)
    with pytest.raises(RelationError, match="does not allow"):
        ws.add_relation("said_by", speaker.id, quote.id)
    with pytest.raises(RelationError, match="different documents"):
        ws.add_relation("said_by", quote.id, elsewhere.id)
    with pytest.raises(RelationError, match="already linked"):
        ws.add_relation("said_by", quote.id, speaker.id)
    with pytest.raises(RelationError, match="no attribute"):
        ws.add_relation("relayed_via", quote.id, speaker.id, {"x": "y"})
    with pytest.raises(NotFoundError):
        ws.add_relation("said_by", quote.id, 4242)
    assert snapshot(ws) == before


def test_delete_relations(ws: Workspace, doc_id: DocumentId, words: Words) -> None:
    quote = ws.add_span(doc_id, "QUOTE", [words[10]]).spans_added[0]
    speaker = ws.add_span(doc_id, "SPEAKER", [words[2]]).spans_added[0]
    (relation,) = ws.add_relation("said_by", quote.id, speaker.id).relations_added
    assert ws.delete_relations([relation.id]).relations_removed == (relation.id,)
    assert ws.relations(doc_id) == ()
    assert len(ws.spans(doc_id)) == 2
    with pytest.raises(NotFoundError):
        ws.delete_relations([relation.id])


def test_set_status(ws: Workspace, doc_id: DocumentId) -> None:
    assert ws.set_status(doc_id, DocumentStatus.DONE).documents_updated == (doc_id,)
    assert ws.document(doc_id).status == DocumentStatus.DONE
    assert ws.documents()[0].status == DocumentStatus.DONE
    with pytest.raises(NotFoundError):
        ws.set_status(777, DocumentStatus.DONE)


def test_annotated_and_iter_annotated(ws: Workspace, doc_id: DocumentId, words: Words) -> None:
    quote = ws.add_span(doc_id, "QUOTE", [words[10]]).spans_added[0]
    speaker = ws.add_span(doc_id, "SPEAKER", [words[2]]).spans_added[0]
    relation = ws.add_relation("said_by", quote.id, speaker.id).relations_added[0]
    (second,) = ws.import_records([DocumentRecord(name="b", text="दूसरा लेख")]).documents_added
    annotated = ws.annotated(doc_id)
    assert annotated == AnnotatedDocument(ws.document(doc_id), (speaker, quote), (relation,))
    assert list(ws.iter_annotated()) == [annotated, ws.annotated(second)]
    assert [a.document.id for a in ws.iter_annotated([second, doc_id])] == [second, doc_id]
    with pytest.raises(NotFoundError):
        list(ws.iter_annotated([4040]))


def test_iter_annotated_streams_in_batches(ws: Workspace) -> None:
    """More documents than one batch come back complete and in order."""
    import storage.workspace

    count = storage.workspace.EXPORT_BATCH * 2 + 3
    records = [
        DocumentRecord(name=f"d{i}", text="कथन और बात", spans=(SpanRecord("T1", "QUOTE", ((0, 3),)),))
        for i in range(count)
    ]
    ws.import_records(records)
    streamed = list(ws.iter_annotated())
    assert [a.document.name for a in streamed] == [f"d{i}" for i in range(count)]
    assert all(len(a.spans) == 1 for a in streamed)


def test_stats_are_sorted_and_counted(ws: Workspace, doc_id: DocumentId, words: Words) -> None:
    quote = ws.add_span(doc_id, "QUOTE", [words[10]]).spans_added[0]
    speaker = ws.add_span(doc_id, "SPEAKER", [words[2]]).spans_added[0]
    ws.add_span(doc_id, "QUOTE", [words[20]])
    ws.set_annotator("bob")
    ws.add_span(doc_id, "CUE", [words[12]])
    ws.add_relation("said_by", quote.id, speaker.id)
    stats = ws.stats()
    assert stats.documents == 1 and stats.spans == 4 and stats.relations == 1
    assert stats.documents_per_status == (("new", 1),)
    assert stats.spans_per_label == (("CUE", 1), ("QUOTE", 2), ("SPEAKER", 1))
    assert stats.relations_per_type == (("said_by", 1),)
    assert stats.spans_per_annotator == (("asha", 3), ("bob", 1))
    assert stats.relations_per_annotator == (("bob", 1),)
    text = stats.format()
    assert "QUOTE" in text and text == ws.stats().format()


def test_validate_finds_nothing_in_a_sound_project(ws: Workspace, doc_id: DocumentId, words: Words) -> None:
    quote = ws.add_span(doc_id, "QUOTE", [words[10]]).spans_added[0]
    speaker = ws.add_span(doc_id, "SPEAKER", [words[2]]).spans_added[0]
    ws.add_relation("said_by", quote.id, speaker.id)
    assert ws.validate() == []


def test_validate_reports_spans_the_schema_no_longer_allows(project_path: Path, words: Words, sample_text: str) -> None:
    """A project whose stored schema lost an attribute value reports the span that uses it."""
    with Workspace.create(project_path) as ws:
        (doc,) = ws.import_records([DocumentRecord(name="a", text=sample_text)]).documents_added
        span = ws.add_span(doc, "QUOTE", [words[4]], {"form": "direct"}).spans_added[0]
    with sqlite3.connect(project_path) as raw:
        toml = raw.execute("SELECT schema_toml FROM project").fetchone()[0]
        raw.execute("UPDATE project SET schema_toml = ?", (toml.replace('["direct", ', "[", 1),))
    raw.close()
    with Workspace.open(project_path) as ws:
        (problem,) = ws.validate()
    assert problem.file == "a"
    assert f"span {span.id}" in problem.message and "not one of" in problem.message


def test_set_annotator_signs_later_edits(ws: Workspace, doc_id: DocumentId, words: Words) -> None:
    ws.set_annotator("ravi")
    assert ws.annotator == "ravi"
    assert ws.add_span(doc_id, "QUOTE", [words[1]]).spans_added[0].annotator == "ravi"
    assert "ravi" in [a.name for a in ws.annotators()]


def test_data_version_changes_on_every_write(ws: Workspace, doc_id: DocumentId, words: Words) -> None:
    first = ws.data_version()
    assert ws.data_version() == first
    ws.documents()
    assert ws.data_version() == first
    ws.add_span(doc_id, "QUOTE", [words[1]])
    assert ws.data_version() != first


def test_errors_are_kathan_errors() -> None:
    for error in (ConflictError, NotFoundError, ProjectError, RelationError, SpanError):
        assert issubclass(error, KathanError)


def test_validate_reports_a_text_that_no_longer_matches_its_hash(project_path: Path, ws: Workspace, doc_id: DocumentId) -> None:
    with sqlite3.connect(project_path) as raw:
        raw.execute("UPDATE documents SET sha256 = ? WHERE id = ?", ("0" * 64, doc_id))
    raw.close()
    (problem,) = ws.validate()
    assert (problem.file, problem.message) == ("lavrov", "the text no longer matches its sha256")


def test_a_second_connection_can_open_a_project_behind_a_password() -> None:
    """``url`` hides the password (it is shown in titles and messages); ``connect_url`` keeps it,
    so a background worker opening its own connection to a PostgreSQL project can log in."""
    from storage.engine import make_engine, project_url

    url = "postgresql+psycopg://asha:secret@db.example:5432/corpus"
    engine = make_engine(project_url(url))
    ws = Workspace(engine, project_url(url).render_as_string(hide_password=True), default_schema(), "asha")
    try:
        assert "secret" not in ws.url
        assert ws.connect_url == url
    finally:
        ws.close()


def test_connect_url_of_a_project_file_opens_the_same_project(project_path: Path) -> None:
    """For a project file, ``connect_url`` opens the very same project."""
    with Workspace.create(project_path) as ws:
        ws.import_records([DocumentRecord(name="x", text="पाठ")])
        with Workspace.open(ws.connect_url) as again:
            assert [d.name for d in again.documents()] == ["x"]
