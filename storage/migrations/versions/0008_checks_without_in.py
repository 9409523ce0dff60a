"""CHECK constraints on a column's few values as ``=`` tests, not ``IN (…)``.

SQLite checks ``origin IN ('manual', 'suggested', 'imported')`` by building a small table for
every row it writes; ``origin = 'manual' OR …`` allows the same values and costs nothing. On
SQLite only the constraint's text changes, by the documented procedure for changes that leave the
stored rows as they are (``PRAGMA writable_schema``, a new ``schema_version``, an integrity check),
so a 100,000-document project migrates at once. PostgreSQL replaces each constraint.

Revision ID: 0008_checks_without_in
Revises: 0007_pending_imports
Create Date: 2026-12-06 00:45:00
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from alembic import op

revision: str = "0008_checks_without_in"
down_revision: str | Sequence[str] | None = "0007_pending_imports"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CHECKS = (
    ("documents", "status", ("new", "in_progress", "done")),
    ("spans", "origin", ("manual", "suggested", "imported")),
    ("relations", "origin", ("manual", "suggested", "imported")),
    ("suggestions", "status", ("open", "accepted", "rejected")),
)
"""The constraints as revision 0001 and 0003 wrote them; written out here, not imported, so that
this revision stays what it is when the models change."""


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


def _equals(column: str, values: tuple[str, ...]) -> str:
    return " OR ".join(f"{column} = {value!r}" for value in values)


def upgrade() -> None:
    _rewrite(_in, _equals)


def downgrade() -> None:
    _rewrite(_equals, _in)


Writer = Callable[[str, tuple[str, ...]], str]


def _rewrite(old: Writer, new: Writer) -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        for table, column, values in CHECKS:
            name = op.f(f"ck_{table}_{column}")
            op.drop_constraint(name, table, type_="check")
            op.create_check_constraint(name, table, new(column, values))
        return
    version = bind.exec_driver_sql("PRAGMA schema_version").scalar_one()
    bind.exec_driver_sql("PRAGMA writable_schema = ON")
    try:
        for table, column, values in CHECKS:
            before, after = f"CHECK ({old(column, values)})", f"CHECK ({new(column, values)})"
            sql = bind.exec_driver_sql("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)).scalar_one()
            if sql.count(before) != 1:
                raise RuntimeError(f"table {table}: expected one {before!r} in its schema")
            bind.exec_driver_sql(
                "UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = ?", (sql.replace(before, after), table)
            )
        bind.exec_driver_sql(f"PRAGMA schema_version = {int(version) + 1}")
    finally:
        bind.exec_driver_sql("PRAGMA writable_schema = OFF")
    problems = [row[0] for row in bind.exec_driver_sql("PRAGMA integrity_check")]
    if problems != ["ok"]:
        raise RuntimeError(f"rewriting CHECK constraints left the database damaged: {problems[:3]}")
