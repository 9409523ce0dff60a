"""The project file itself: constraints really in the database, SQLite settings, migrations."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import exc, insert, text
from sqlalchemy.engine import Connection

from kathan.model import DocumentId
from kathan.schema import default_schema
from storage import ProjectError, Workspace, migrate
from storage.engine import make_engine, project_url, writer
from storage.rows import Base, fragments, relations, spans, utc_now

Words = list[tuple[int, int]]


def raw(path: Path) -> sqlite3.Connection:
    """A plain sqlite3 connection with foreign keys on, as any careful tool would open it."""
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA foreign_keys = ON")
    return connection


@pytest.mark.sqlite_only
def test_the_engine_sets_wal_foreign_keys_timeout(ws: Workspace) -> None:
    with ws._engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000


def test_writes_begin_immediate(project_path: Path, ws: Workspace) -> None:
    """A write transaction holds the write lock from BEGIN: a second writer cannot start meanwhile."""
    other = sqlite3.connect(project_path, timeout=0, isolation_level=None)
    with writer(ws._engine).begin() as conn:
        conn.exec_driver_sql("SELECT 1")
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
    other.execute("BEGIN IMMEDIATE")
    other.execute("ROLLBACK")
    other.close()


def test_a_fragment_outside_its_text_fails_in_the_database(
    project_path: Path, ws: Workspace, doc_id: DocumentId, words: Words
) -> None:
    """The CHECK and the (document_id, doc_length) key hold even for SQL that bypasses the Workspace."""
    span = ws.add_span(doc_id, "QUOTE", [words[1]]).spans_added[0]
    length = ws.document(doc_id).length
    db = raw(project_path)
    bad = [(length - 2, length + 5, length), (5, 5, length), (-1, 3, length), (9, 4, length)]
    for start, end, doc_length in bad:
        with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
            db.execute(
                'INSERT INTO fragments (span_id, start, "end", document_id, doc_length) VALUES (?, ?, ?, ?, ?)',
                (span.id, start, end, doc_id, doc_length),
            )
    # lying about the length is caught by the foreign key to documents(id, length)
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
        db.execute(
            'INSERT INTO fragments (span_id, start, "end", document_id, doc_length) VALUES (?, ?, ?, ?, ?)',
            (span.id, length, length + 5, doc_id, length + 5),
        )
    db.close()


def test_a_relation_across_documents_fails_in_the_database(ws: Workspace, doc_id: DocumentId, words: Words) -> None:
    from kathan.model import DocumentRecord

    (other,) = ws.import_records([DocumentRecord(name="o", text="दूसरा लेख")]).documents_added
    quote = ws.add_span(doc_id, "QUOTE", [words[1]]).spans_added[0]
    speaker = ws.add_span(other, "SPEAKER", [(0, 5)]).spans_added[0]
    with pytest.raises(exc.IntegrityError, match="(?i)foreign key"):
        with writer(ws._engine).begin() as conn:
            conn.execute(
                insert(relations).values(
                    document_id=doc_id,
                    type="said_by",
                    head_id=quote.id,
                    tail_id=speaker.id,
                    attributes={},
                    origin="manual",
                    created=utc_now(),
                )
            )


def test_bad_status_and_origin_fail_in_the_database(project_path: Path, ws: Workspace, doc_id: DocumentId) -> None:
    db = raw(project_path)
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        db.execute("UPDATE documents SET status = 'archived'")
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        db.execute(
            'INSERT INTO spans (document_id, label, start, "end", attributes, note, origin, created, updated) '
            "VALUES (?, 'QUOTE', 0, 1, '{}', '', 'guessed', 0, 0)",
            (doc_id,),
        )
    db.close()


def test_deleting_a_span_cascades_in_the_database(project_path: Path, ws: Workspace, doc_id: DocumentId, words: Words) -> None:
    quote = ws.add_span(doc_id, "QUOTE", [words[10], words[12]]).spans_added[0]
    speaker = ws.add_span(doc_id, "SPEAKER", [words[2]]).spans_added[0]
    ws.add_relation("said_by", quote.id, speaker.id)
    db = raw(project_path)
    db.execute("DELETE FROM spans WHERE id = ?", (quote.id,))
    assert db.execute("SELECT count(*) FROM fragments WHERE span_id = ?", (quote.id,)).fetchone() == (0,)
    assert db.execute("SELECT count(*) FROM relations").fetchone() == (0,)
    db.execute("DELETE FROM documents")
    assert db.execute("SELECT count(*) FROM spans").fetchone() == (0,)
    db.close()


def test_orm_metadata_and_migrated_database_agree(ws: Workspace) -> None:
    """Alembic finds nothing to change between the *Row classes and a database built by migrations."""
    with ws._engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True, "compare_server_default": True})
        assert compare_metadata(context, Base.metadata) == []
        assert context.get_current_revision() == migrate.head()


def _project_at(path: Path, revision: str) -> None:
    """A project as an older Kathan left it: migrated only to ``revision``."""
    engine = make_engine(project_url(path))

    def first_row(conn: Connection) -> None:
        conn.execute(
            text(
                "INSERT INTO project (id, schema_name, schema_toml, schema_version, revision, created) "
                "VALUES (1, 'attribution', :toml, 1, 0, 0)"
            ),
            {"toml": default_schema().source},
        )

    migrate.upgrade(engine, revision, then=first_row)
    engine.dispose()


def test_opening_an_older_project_upgrades_it(tmp_path: Path) -> None:
    path = tmp_path / "old.kathan"
    _project_at(path, "0001")
    db = raw(path)
    assert db.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    db.close()
    with Workspace.open(path) as ws:
        assert ws.documents() == []
        with ws._engine.connect() as conn:
            context = MigrationContext.configure(conn)
            assert context.get_current_revision() == migrate.head()
            assert compare_metadata(context, Base.metadata) == []


def test_checks_rewritten_in_place_keep_the_rows_and_refuse_what_they_refused(tmp_path: Path) -> None:
    """Revision 0008 rewrites four CHECK constraints' text on SQLite without touching a row."""
    path = tmp_path / "old.kathan"
    _project_at(path, "0007_pending_imports")
    db = raw(path)
    db.execute(
        "INSERT INTO documents (id, name, title, text, length, sha256, language, meta, status, created, updated) "
        "VALUES (1, 'a', '', 'कथन', 3, '', 'hi', '{}', 'done', 0, 0)"
    )
    db.execute(
        'INSERT INTO spans (id, document_id, label, start, "end", attributes, note, origin, created, updated) '
        "VALUES (1, 1, 'QUOTE', 0, 3, '{}', '', 'imported', 0, 0)"
    )
    db.commit()
    db.close()
    Workspace.open(path).close()
    db = raw(path)
    schema = "\n".join(row[0] for row in db.execute("SELECT sql FROM sqlite_master WHERE type = 'table'"))
    assert " IN (" not in schema and "origin = 'manual' OR origin = 'suggested' OR origin = 'imported'" in schema
    assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert db.execute("SELECT origin FROM spans").fetchall() == [("imported",)]
    with pytest.raises(sqlite3.IntegrityError, match="ck_spans_origin"):
        db.execute("UPDATE spans SET origin = 'guessed'")
    with pytest.raises(sqlite3.IntegrityError, match="ck_documents_status"):
        db.execute("UPDATE documents SET status = 'half'")
    db.close()


def test_a_project_from_a_newer_kathan_is_refused(project_path: Path, ws: Workspace) -> None:
    ws.close()
    db = raw(project_path)
    db.execute("UPDATE alembic_version SET version_num = '9999'")
    db.close()
    with pytest.raises(ProjectError, match="newer Kathan"):
        Workspace.open(project_path)


def test_every_table_is_a_row_class() -> None:
    assert sorted(Base.metadata.tables) == [
        "annotators",
        "documents",
        "fragments",
        "learned_models",
        "pending_annotators",
        "pending_documents",
        "pending_imports",
        "project",
        "relations",
        "spans",
        "suggestion_links",
        "suggestions",
    ]
    assert fragments.c.doc_length is not None and spans.c.start is not None


def test_migrations_run_with_foreign_keys_off_and_keep_the_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sample_text: str
) -> None:
    """Batch migrations rebuild tables; with keys on, dropping the old table would cascade deletes."""
    path = tmp_path / "old.kathan"
    _project_at(path, "0001")
    db = raw(path)
    db.execute(
        "INSERT INTO documents (name, title, text, length, sha256, language, meta, status, created, updated) "
        "VALUES ('a', '', ?, ?, '', 'hi', '{}', 'new', 0, 0)",
        (sample_text, len(sample_text)),
    )
    db.execute(
        'INSERT INTO spans (document_id, label, start, "end", attributes, note, origin, created, updated) '
        "VALUES (1, 'QUOTE', 0, 6, '{}', '', 'imported', 0, 0)"
    )
    db.execute('INSERT INTO fragments (span_id, start, "end", document_id, doc_length) VALUES (1, 0, 6, 1, ?)', (len(sample_text),))
    db.close()
    seen: list[int] = []
    from alembic import command

    real_upgrade = command.upgrade

    def spying(config: object, revision: str) -> None:
        conn = config.attributes["connection"]  # type: ignore[attr-defined]
        seen.append(conn.exec_driver_sql("PRAGMA foreign_keys").scalar())
        real_upgrade(config, revision)  # type: ignore[arg-type]

    monkeypatch.setattr(command, "upgrade", spying)
    with Workspace.open(path) as ws:
        assert seen == [0]
        (span,) = ws.spans(ws.documents()[0].id)
        assert span.fragments == ((0, 6),)
        with ws._engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
