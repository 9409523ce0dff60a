"""Index fragments by document, so that deleting a document does not scan every fragment.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29 18:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_fragments_document_id_doc_length", "fragments", ["document_id", "doc_length"])


def downgrade() -> None:
    op.drop_index("ix_fragments_document_id_doc_length", table_name="fragments")
