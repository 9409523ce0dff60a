"""Keep the learned suggester's model in the project, so it travels with it.

Revision ID: 0005_learned_models
Revises: 0004_external_keys
Create Date: 2026-12-04 22:05:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0005_learned_models'
down_revision: str | Sequence[str] | None = '0004_external_keys'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('learned_models',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.Column('digest', sa.String(length=64), nullable=False),
    sa.Column('documents', sa.Integer(), nullable=False),
    sa.Column('info', sa.JSON(), nullable=False),
    sa.Column('trained', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_learned_models')),
    sa.UniqueConstraint('name', name=op.f('uq_learned_models_name')),
    sqlite_autoincrement=True
    )


def downgrade() -> None:
    op.drop_table('learned_models')
