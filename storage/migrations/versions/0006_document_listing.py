"""Listing and counting at 100,000 documents from indexes alone, never the rows holding texts.

* ``ix_documents_status_name_title``: the document list filters (and ``kathan stats`` counts
  statuses) from this index, not from the table rows that hold the texts (1 GB of rows).
* ``kathan stats`` counts spans per (label, annotator) and relations per (type, annotator) in
  one pass over an index each: ``ix_spans_label_annotator_id`` replaces ``(label,
  document_id)`` and ``ix_relations_type_annotator_id`` replaces ``(type)``, which no query
  needed beyond the label or type, so writes maintain no more indexes than before.

Revision ID: 0006_document_listing
Revises: 0005_learned_models
Create Date: 2026-12-04 23:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0006_document_listing"
down_revision: str | Sequence[str] | None = "0005_learned_models"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_documents_status_name_title", "documents", ["status", "name", "title"])
    op.drop_index("ix_spans_label_document_id", table_name="spans")
    op.create_index("ix_spans_label_annotator_id", "spans", ["label", "annotator_id"])
    op.drop_index("ix_relations_type", table_name="relations")
    op.create_index("ix_relations_type_annotator_id", "relations", ["type", "annotator_id"])


def downgrade() -> None:
    op.drop_index("ix_relations_type_annotator_id", table_name="relations")
    op.create_index("ix_relations_type", "relations", ["type"])
    op.drop_index("ix_spans_label_annotator_id", table_name="spans")
    op.create_index("ix_spans_label_document_id", "spans", ["label", "document_id"])
    op.drop_index("ix_documents_status_name_title", table_name="documents")
