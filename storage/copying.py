"""Copying a project's rows into an empty one, ids and times kept: SQLite to PostgreSQL and back."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import func, insert, select, text, update
from sqlalchemy.engine import Connection

from storage.rows import annotators, documents, fragments, project, relations, shown, spans, suggestion_links, suggestions

Progress = Callable[[int], None]
BATCH = 2000
COPIED = (annotators, documents, spans, fragments, relations, suggestions, suggestion_links)
"""In the order foreign keys need them."""


def copy_rows(read: Connection, write: Connection, progress: Progress | None = None) -> None:
    """Every row of ``read``'s project into ``write``'s freshly created one, in one transaction of
    ``write``; the project row takes the source's schema and its version. The documents of an
    import under way in ``read`` (``storage.pending``) are not copied."""
    source = read.execute(select(project.c.schema_name, project.c.schema_toml, project.c.schema_version, project.c.created)).one()
    write.execute(
        update(project).values(
            schema_name=source.schema_name, schema_toml=source.schema_toml,
            schema_version=source.schema_version, created=source.created,
        )
    )
    for table in COPIED:
        query = select(table).order_by(*table.primary_key.columns)
        owner = table.c.id if table is documents else table.c.get("document_id")
        if owner is not None:  # an import under way in the source stays out of the copy
            query = query.where(shown(owner))
        result = read.execute(query)
        while rows := result.fetchmany(BATCH):
            write.execute(insert(table), [dict(row._mapping) for row in rows])
            if progress is not None and table is documents:
                progress(len(rows))
    if write.dialect.name == "postgresql":
        for table in COPIED:
            if "id" in table.c and table.c.id.autoincrement:
                top = write.execute(select(func.max(table.c.id))).scalar_one() or 0
                write.execute(
                    text("SELECT setval(pg_get_serial_sequence(:t, 'id'), :v, :called)"),
                    {"t": table.name, "v": max(top, 1), "called": top > 0},
                )
