"""Bulk inserts for imports: rows of driver-ready values, one executemany per batch.

SQLAlchemy's per-row work (building parameter dicts, type conversion) cost more than SQLite's
own for 300,000 spans, so values arrive already converted (``json_text``, ``to_micros``) and
go straight to the driver. The INSERT is still compiled by SQLAlchemy for the dialect.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import ColumnElement, Insert, Table, Text, bindparam, cast, insert
from sqlalchemy.engine import Connection
from sqlalchemy.sql.compiler import Compiled
from sqlalchemy.types import JSON, TypeDecorator, TypeEngine

from storage import engine
from storage.engine import reserve_ids

Row = tuple[Any, ...]


def json_text(value: Mapping[str, str]) -> str:
    """A mapping column's stored text, as the engine's JSON serializer writes it (``{}`` for empty)."""
    return engine.json_text(dict(value)) if value else "{}"


def insert_rows(conn: Connection, table: Table, columns: Sequence[str], rows: Sequence[Row]) -> None:
    """INSERT ``rows`` (values in ``columns`` order, already converted) in one executemany."""
    if not rows:
        return
    compiled = _compiled(conn, table, tuple(columns))
    if compiled.positional:
        order = [columns.index(name) for name in compiled.positiontup or ()]
        params: Any = rows if order == list(range(len(columns))) else [tuple(r[i] for i in order) for r in rows]
    else:
        params = [dict(zip(columns, row, strict=True)) for row in rows]
    conn.exec_driver_sql(compiled.string, params)


def insert_rows_returning_ids(conn: Connection, table: Table, columns: Sequence[str], rows: Sequence[Row]) -> list[int]:
    """Insert ``rows`` and return their new ids in the order of ``rows``.

    The ids are taken first and the rows go in one executemany: on SQLite reserved past the
    largest (we hold the write lock), on PostgreSQL drawn from the id column's sequence (its
    values are never given twice, whatever other writers do); elsewhere RETURNING gives them
    back, in parameter order (a statement a row, an order of magnitude slower).
    """
    if not rows:
        return []
    first = reserve_ids(conn, table.name, len(rows))
    if first is not None:
        ids = list(range(first, first + len(rows)))
    elif conn.dialect.name == "postgresql":
        ids = list(conn.exec_driver_sql(
            "SELECT nextval(pg_get_serial_sequence(%(table)s, 'id')) FROM generate_series(1, %(count)s)",
            {"table": table.name, "count": len(rows)},
        ).scalars())
    else:
        returning = _statement(conn, table, columns).returning(table.c.id, sort_by_parameter_order=True)
        return list(conn.execute(returning, [dict(zip(columns, row, strict=True)) for row in rows]).scalars())
    insert_rows(conn, table, ("id", *columns), [(new_id, *row) for new_id, row in zip(ids, rows, strict=True)])
    return ids


_COMPILED: dict[tuple[str, tuple[str, ...], str], Compiled] = {}


def _compiled(conn: Connection, table: Table, columns: tuple[str, ...]) -> Compiled:
    key = (table.name, columns, conn.dialect.name)
    compiled = _COMPILED.get(key)
    if compiled is None:
        compiled = _COMPILED[key] = _statement(conn, table, columns).compile(dialect=conn.dialect)
    return compiled


def _statement(conn: Connection, table: Table, columns: Sequence[str]) -> Insert:
    """An INSERT whose parameters take our pre-converted values as they are."""
    return insert(table).values({c: _driver_value(conn, table.c[c].type, c) for c in columns})


def _driver_value(conn: Connection, kind: TypeEngine[Any], name: str) -> ColumnElement[Any]:
    if isinstance(kind, TypeDecorator):
        return bindparam(name, type_=kind.impl_instance)
    if isinstance(kind, JSON):
        text = bindparam(name, type_=Text())
        # SQLite stores JSON as text; a database with a JSON type casts the text
        return text if conn.dialect.name == "sqlite" else cast(text, kind)
    return bindparam(name, type_=kind)
