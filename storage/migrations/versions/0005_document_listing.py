"""Listing and counting at 100,000 documents without reading what is not needed.

* ``ix_documents_status_name_title``: the document list filters (and ``kathan stats`` counts
  statuses) from this index alone, never the table rows that hold the texts (1 GB of rows).
* ``label_counts``: the number of spans per (label, annotator) and relations per (type,
  annotator), kept by triggers on every insert, delete and relabelling, so ``kathan stats``
  reads a few rows instead of counting 3 million spans. The triggers are in the database, so
  every write path (imports, edits, cascades from a deleted document, plain SQL) keeps the
  counts right. SQLite only; on other engines the stats count the rows.

Revision ID: 0005_document_listing
Revises: 0004_external_keys
Create Date: 2026-12-04 23:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_document_listing"
down_revision: str | Sequence[str] | None = "0004_external_keys"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COUNTED = (("span", "spans", "label"), ("relation", "relations", "type"))
"""(kind in label_counts, table, counted column)."""


def upgrade() -> None:
    op.create_index("ix_documents_status_name_title", "documents", ["status", "name", "title"])
    op.create_table(
        "label_counts",
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("annotator_id", sa.Integer(), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("kind", "name", "annotator_id", name=op.f("pk_label_counts")),
        sqlite_with_rowid=False,
    )
    if op.get_bind().dialect.name != "sqlite":
        return
    for kind, table, column in COUNTED:
        for statement in triggers(kind, table, column):
            op.execute(statement)
        op.execute(
            f"INSERT INTO label_counts (kind, name, annotator_id, n) "
            f"SELECT '{kind}', {column}, coalesce(annotator_id, 0), count(*) FROM {table} GROUP BY {column}, annotator_id"
        )


def triggers(kind: str, table: str, column: str) -> list[str]:
    add = (
        f"INSERT INTO label_counts (kind, name, annotator_id, n) "
        f"VALUES ('{kind}', NEW.{column}, coalesce(NEW.annotator_id, 0), 1) "
        f"ON CONFLICT (kind, name, annotator_id) DO UPDATE SET n = n + 1;"
    )
    remove = (
        f"UPDATE label_counts SET n = n - 1 "
        f"WHERE kind = '{kind}' AND name = OLD.{column} AND annotator_id = coalesce(OLD.annotator_id, 0);"
    )
    return [
        f"CREATE TRIGGER tr_{table}_counted_insert AFTER INSERT ON {table} BEGIN {add} END",
        f"CREATE TRIGGER tr_{table}_counted_delete AFTER DELETE ON {table} BEGIN {remove} END",
        f"CREATE TRIGGER tr_{table}_counted_update AFTER UPDATE OF {column}, annotator_id ON {table} "
        f"BEGIN {remove} {add} END",
    ]


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for _, table, _ in COUNTED:
            for event in ("insert", "delete", "update"):
                op.execute(f"DROP TRIGGER IF EXISTS tr_{table}_counted_{event}")
    op.drop_table("label_counts")
    op.drop_index("ix_documents_status_name_title", table_name="documents")
