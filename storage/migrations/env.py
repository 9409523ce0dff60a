"""Alembic's entry point: migrates the connection that ``storage.migrate`` hands over in the Config."""

from __future__ import annotations

from alembic import context

from storage.rows import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things: later revisions copy tables
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
