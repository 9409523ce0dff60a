"""Large SQLite imports in short transactions: their documents hidden until the import ends.

An import of many documents used to hold the write lock for its whole copy (5.6 s for 30,000
articles), past the busy timeout of the editors waiting for it. Now it writes a batch per
transaction and marks what it wrote (``pending_documents``); reads leave marked documents out,
and the import's last transaction deletes its ``pending_imports`` row, the marks with it.

Revision ID: 0007_pending_imports
Revises: 0006_document_listing
Create Date: 2026-12-05 02:45:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_pending_imports"
down_revision: str | Sequence[str] | None = "0006_document_listing"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "pending_imports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("owner", sa.String(length=300), nullable=False),
        sa.Column("started", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pending_imports")),
        sqlite_autoincrement=True,
    )
    for table, column, target in (
        ("pending_documents", "document_id", "documents"),
        ("pending_annotators", "annotator_id", "annotators"),
    ):
        op.create_table(
            table,
            sa.Column(column, sa.Integer(), nullable=False),
            sa.Column("import_id", sa.Integer(), nullable=False),
            sa.ForeignKeyConstraint(
                [column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}"), ondelete="CASCADE"
            ),
            sa.ForeignKeyConstraint(
                ["import_id"], ["pending_imports.id"], name=op.f(f"fk_{table}_import_id_pending_imports"), ondelete="CASCADE"
            ),
            sa.PrimaryKeyConstraint(column, name=op.f(f"pk_{table}")),
        )
        op.create_index(op.f(f"ix_{table}_import_id"), table, ["import_id"])


def downgrade() -> None:
    for table in ("pending_annotators", "pending_documents"):
        op.drop_index(op.f(f"ix_{table}_import_id"), table_name=table)
        op.drop_table(table)
    op.drop_table("pending_imports")
