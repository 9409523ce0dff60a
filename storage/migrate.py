"""Brings a project database to the newest schema revision, with Alembic configured in code.

A migration runs in one write transaction, so two processes opening an old project at once
migrate it once, one after the other, and a crash leaves the old revision intact.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text
from sqlalchemy.engine import Connection

from storage.engine import WRITE_OPTION
from storage.errors import ProjectError
from storage.revisions import head, revisions

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
VERSION_TABLE = "alembic_version"


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def current(connection: Connection) -> str | None:
    """The project's revision (None before the first migration), read as Alembic stores it."""
    if not inspect(connection).has_table(VERSION_TABLE):
        return None
    return connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()


def known(revision: str) -> bool:
    """Whether this Kathan has migration ``revision`` (a newer Kathan may have written a later one)."""
    return revision in revisions()


def upgrade(
    engine: Engine,
    revision: str = "head",
    needed: Callable[[Connection], bool] = lambda conn: True,
    then: Callable[[Connection], None] | None = None,
) -> None:
    """Migrate to ``revision`` if ``needed`` (asked under the write lock), then run ``then``, all in one transaction."""
    with engine.connect() as conn, _foreign_keys_off(conn):
        conn.execution_options(**{WRITE_OPTION: True})
        with conn.begin():
            if needed(conn):
                from alembic import command

                command.upgrade(alembic_config(conn), revision)
                _check_foreign_keys(conn)
            if then is not None:
                then(conn)


@contextmanager
def _foreign_keys_off(conn: Connection) -> Iterator[None]:
    """SQLite: keys off while migrating (set outside any transaction, where SQLite honours it).

    A later revision that rebuilds a table in Alembic's batch mode drops the old table, and
    with keys on that DROP deletes, cascading into every table that references it.
    """
    if conn.dialect.name != "sqlite":
        yield
        return
    driver = conn.connection.dbapi_connection
    assert driver is not None
    driver.execute("PRAGMA foreign_keys = OFF")
    try:
        yield
    finally:
        driver.execute("PRAGMA foreign_keys = ON")


def _check_foreign_keys(conn: Connection) -> None:
    if conn.dialect.name != "sqlite":
        return
    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
    if broken:
        table, rowid, parent, _ = broken[0]
        raise ProjectError(f"migration left {len(broken)} broken references (first: {table} row {rowid} -> {parent})")
