"""Store suggestions apart from annotations, with their review status (open, accepted, rejected).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29 18:38:37.182133
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0003'
down_revision: str | Sequence[str] | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('suggestions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('suggester', sa.String(length=100), nullable=False),
    sa.Column('label', sa.String(length=100), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('fragments', sa.JSON(), nullable=False),
    sa.Column('attributes', sa.JSON(), nullable=False),
    sa.Column('confidence', sa.Float(), nullable=False),
    sa.Column('rule', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('created', sa.BigInteger(), nullable=False),
    sa.CheckConstraint("status IN ('open', 'accepted', 'rejected')", name=op.f('ck_suggestions_status')),
    sa.CheckConstraint('0 <= confidence AND confidence <= 1', name=op.f('ck_suggestions_confidence')),
    sa.CheckConstraint('0 <= start AND start < "end"', name=op.f('ck_suggestions_envelope')),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_suggestions_document_id_documents'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_suggestions')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('suggestions', schema=None) as batch_op:
        batch_op.create_index('ix_suggestions_document_id_start', ['document_id', 'start'], unique=False)

    op.create_table('suggestion_links',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('head_id', sa.Integer(), nullable=False),
    sa.Column('tail_id', sa.Integer(), nullable=False),
    sa.Column('type', sa.String(length=100), nullable=False),
    sa.Column('confidence', sa.Float(), nullable=False),
    sa.ForeignKeyConstraint(['head_id'], ['suggestions.id'], name=op.f('fk_suggestion_links_head_id_suggestions'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['tail_id'], ['suggestions.id'], name=op.f('fk_suggestion_links_tail_id_suggestions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_suggestion_links')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('suggestion_links', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_suggestion_links_head_id'), ['head_id'], unique=False)
        batch_op.create_index('ix_suggestion_links_tail_id', ['tail_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('suggestion_links', schema=None) as batch_op:
        batch_op.drop_index('ix_suggestion_links_tail_id')
        batch_op.drop_index(batch_op.f('ix_suggestion_links_head_id'))

    op.drop_table('suggestion_links')
    with op.batch_alter_table('suggestions', schema=None) as batch_op:
        batch_op.drop_index('ix_suggestions_document_id_start')

    op.drop_table('suggestions')
