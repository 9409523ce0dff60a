"""Create the first schema: project, annotators, documents, spans, fragments, relations.

Times are microseconds since the epoch, UTC (``storage.rows.UtcDateTime``); spelled as plain
BigInteger here so that this revision never changes when the model code does.

Revision ID: 0001
Revises:
Create Date: 2026-11-29 18:24:31.325043
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0001'
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('annotators',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('created', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_annotators')),
    sa.UniqueConstraint('name', name=op.f('uq_annotators_name')),
    sqlite_autoincrement=True
    )
    op.create_table('documents',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=1000), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('length', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('language', sa.String(length=35), nullable=False),
    sa.Column('meta', sa.JSON(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('created', sa.BigInteger(), nullable=False),
    sa.Column('updated', sa.BigInteger(), nullable=False),
    sa.CheckConstraint("status IN ('new', 'in_progress', 'done')", name=op.f('ck_documents_status')),
    sa.CheckConstraint('length >= 0', name=op.f('ck_documents_length')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_documents')),
    sa.UniqueConstraint('id', 'length', name=op.f('uq_documents_id_length')),
    sa.UniqueConstraint('name', name=op.f('uq_documents_name')),
    sqlite_autoincrement=True
    )
    op.create_table('project',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('schema_name', sa.Text(), nullable=False),
    sa.Column('schema_toml', sa.Text(), nullable=False),
    sa.Column('schema_version', sa.Integer(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('created', sa.BigInteger(), nullable=False),
    sa.CheckConstraint('id = 1', name=op.f('ck_project_single_row')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_project'))
    )
    op.create_table('spans',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('label', sa.String(length=100), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('attributes', sa.JSON(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('annotator_id', sa.Integer(), nullable=True),
    sa.Column('origin', sa.String(length=16), nullable=False),
    sa.Column('created', sa.BigInteger(), nullable=False),
    sa.Column('updated', sa.BigInteger(), nullable=False),
    sa.CheckConstraint("origin IN ('manual', 'suggested', 'imported')", name=op.f('ck_spans_origin')),
    sa.CheckConstraint('0 <= start AND start < "end"', name=op.f('ck_spans_envelope')),
    sa.ForeignKeyConstraint(['annotator_id'], ['annotators.id'], name=op.f('fk_spans_annotator_id_annotators')),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_spans_document_id_documents'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_spans')),
    sa.UniqueConstraint('id', 'document_id', name=op.f('uq_spans_id_document_id')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('spans', schema=None) as batch_op:
        batch_op.create_index('ix_spans_annotator_id', ['annotator_id'], unique=False)
        batch_op.create_index('ix_spans_document_id_start_end', ['document_id', 'start', 'end'], unique=False)
        batch_op.create_index('ix_spans_label_document_id', ['label', 'document_id'], unique=False)

    op.create_table('fragments',
    sa.Column('span_id', sa.Integer(), nullable=False),
    sa.Column('start', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('doc_length', sa.Integer(), nullable=False),
    sa.CheckConstraint('0 <= start AND start < "end" AND "end" <= doc_length', name=op.f('ck_fragments_bounds')),
    sa.ForeignKeyConstraint(['document_id', 'doc_length'], ['documents.id', 'documents.length'], name=op.f('fk_fragments_document_id_documents'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['span_id', 'document_id'], ['spans.id', 'spans.document_id'], name=op.f('fk_fragments_span_id_spans'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('span_id', 'start', name=op.f('pk_fragments'))
    )
    op.create_table('relations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('type', sa.String(length=100), nullable=False),
    sa.Column('head_id', sa.Integer(), nullable=False),
    sa.Column('tail_id', sa.Integer(), nullable=False),
    sa.Column('attributes', sa.JSON(), nullable=False),
    sa.Column('annotator_id', sa.Integer(), nullable=True),
    sa.Column('origin', sa.String(length=16), nullable=False),
    sa.Column('created', sa.BigInteger(), nullable=False),
    sa.CheckConstraint("origin IN ('manual', 'suggested', 'imported')", name=op.f('ck_relations_origin')),
    sa.ForeignKeyConstraint(['annotator_id'], ['annotators.id'], name=op.f('fk_relations_annotator_id_annotators')),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_relations_document_id_documents'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['head_id', 'document_id'], ['spans.id', 'spans.document_id'], name=op.f('fk_relations_head_id_spans'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['tail_id', 'document_id'], ['spans.id', 'spans.document_id'], name=op.f('fk_relations_tail_id_spans'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_relations')),
    sa.UniqueConstraint('head_id', 'tail_id', 'type', name=op.f('uq_relations_head_id_tail_id_type')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('relations', schema=None) as batch_op:
        batch_op.create_index('ix_relations_document_id', ['document_id'], unique=False)
        batch_op.create_index('ix_relations_tail_id', ['tail_id'], unique=False)
        batch_op.create_index('ix_relations_type', ['type'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('relations', schema=None) as batch_op:
        batch_op.drop_index('ix_relations_type')
        batch_op.drop_index('ix_relations_tail_id')
        batch_op.drop_index('ix_relations_document_id')

    op.drop_table('relations')
    op.drop_table('fragments')
    with op.batch_alter_table('spans', schema=None) as batch_op:
        batch_op.drop_index('ix_spans_label_document_id')
        batch_op.drop_index('ix_spans_document_id_start_end')
        batch_op.drop_index('ix_spans_annotator_id')

    op.drop_table('spans')
    op.drop_table('project')
    op.drop_table('documents')
    op.drop_table('annotators')
