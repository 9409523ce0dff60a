"""Keep the ids spans and relations had in an imported file (``T3``, ``R1``), so exports write them again.

Revision ID: 0004_external_keys
Revises: 0003
Create Date: 2026-12-04 22:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_external_keys"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A plain ADD COLUMN (no batch copy): SQLite keeps the tables' AUTOINCREMENT, so ids of
    # deleted spans are still never reused.
    for table in ("spans", "relations"):
        op.add_column(table, sa.Column("external_key", sa.String(length=200), server_default=sa.text("''"), nullable=False))


def downgrade() -> None:
    for table in ("spans", "relations"):
        op.drop_column(table, "external_key")
