"""Where a project file is damaged: SQLite's own integrity check, with page numbers named by table.

``damage(conn)`` runs ``PRAGMA integrity_check`` (every page, every index against its table)
and says, per table, which pages are broken; a PostgreSQL server keeps its own checks, so
there it finds nothing. ``readable_document_ids`` lists the documents an export can still try
when the documents table itself is damaged: by its table, and by its name index, which holds
every id with its name.
"""

from __future__ import annotations

import re
import sqlite3
from collections import defaultdict

from sqlalchemy.engine import Connection

CHECK_LIMIT = 200
"""Problems the integrity check reports at most (SQLite stops there)."""
_TREE = re.compile(r"\bTree (\d+) page (\d+)", re.IGNORECASE)
_PAGE = re.compile(r"\bpage (\d+)", re.IGNORECASE)
_INDEX = re.compile(r"\b(?:missing from|wrong # of entries in) index (\S+)")


def damage(conn: Connection) -> list[str]:
    """One line per damaged table (or a line for the whole file) saying which pages; [] when sound."""
    if conn.dialect.name != "sqlite":
        return []
    raw = conn.connection.dbapi_connection
    assert raw is not None
    try:
        lines = _check(raw, "integrity_check")
    except sqlite3.DatabaseError as error:
        # Checking an index against a table page with out-of-range cells can stop the check
        # ("malformed") instead of reporting: dbstat still names the pages it finds corrupted,
        # else each table is checked on its own.
        found = _corrupted_pages(raw)
        if found:
            return [
                f"{_owner(name, raw)}: damaged (pages {', '.join(map(str, pages))}): SQLite's check stopped ({error})"
                for name, pages in sorted(found.items())
            ]
        return _table_by_table(raw) or [
            f"the file is damaged beyond SQLite's check ({error}): its first page or schema is broken"
        ]
    if lines == ["ok"]:
        return []
    roots = _roots(raw)
    pages: dict[str, set[int]] = defaultdict(set)
    examples: dict[str, str] = {}
    for line in lines:
        if line.startswith("***"):
            continue
        table = _table_of(line, roots, raw)
        examples.setdefault(table, line.strip())
        pages[table].update(int(p) for p in _PAGE.findall(line))
    found = []
    for table in sorted(pages):
        numbers = sorted(pages[table])
        shown = ", ".join(str(n) for n in numbers[:12]) + (" ..." if len(numbers) > 12 else "")
        where = f" (pages {shown})" if numbers else ""
        found.append(f"{table}: damaged{where}: {examples[table]}")
    if len(lines) >= CHECK_LIMIT:
        found.append(f"(the check stopped after {CHECK_LIMIT} problems; there may be more)")
    return found


def _check(raw: sqlite3.Connection, pragma: str) -> list[str]:
    return [line for row in raw.execute(f"PRAGMA {pragma}({CHECK_LIMIT})") for line in str(row[0]).splitlines()]


def _corrupted_pages(raw: sqlite3.Connection) -> dict[str, list[int]]:
    """The pages dbstat calls corrupted, by the table or index they belong to."""
    found: dict[str, list[int]] = defaultdict(list)
    try:
        for name, page in raw.execute("SELECT name, pageno FROM dbstat WHERE pagetype = 'corrupted' ORDER BY pageno"):
            found[name].append(int(page))
    except sqlite3.DatabaseError:
        return {}
    return dict(found)


def _table_by_table(raw: sqlite3.Connection) -> list[str]:
    """When the whole-file check itself fails part way: each table checked on its own, with the
    pages of a damaged one where SQLite can still list them."""
    try:
        tables = [row[0] for row in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    except sqlite3.DatabaseError:
        return []
    found = []
    for table in tables:
        quoted = table.replace('"', '""')
        try:
            lines = [str(row[0]) for row in raw.execute(f'PRAGMA integrity_check("{quoted}")')]
        except sqlite3.DatabaseError as error:
            lines = [str(error)]
        if lines == ["ok"]:
            continue
        numbers = sorted({int(p) for line in lines for p in _PAGE.findall(line)})
        where = f" (pages {', '.join(str(n) for n in numbers[:12])})" if numbers else ""
        found.append(f"table {table}: damaged{where}: {lines[-1].strip()}")
    return found


def _roots(raw: sqlite3.Connection) -> dict[int, str]:
    try:
        return {int(page): name for name, page in raw.execute("SELECT name, rootpage FROM sqlite_master") if page}
    except sqlite3.DatabaseError:
        return {}


def _table_of(line: str, roots: dict[int, str], raw: sqlite3.Connection) -> str:
    """The table (or index) a line of integrity_check is about, as far as the file still says."""
    tree = _TREE.search(line)
    if tree and int(tree.group(1)) in roots:
        return _owner(roots[int(tree.group(1))], raw)
    index = _INDEX.search(line)
    if index:
        return _owner(index.group(1), raw)
    page = _PAGE.search(line)
    if page:
        try:
            row = raw.execute("SELECT name FROM dbstat WHERE pageno = ?", (int(page.group(1)),)).fetchone()
        except sqlite3.DatabaseError:
            row = None
        if row:
            return _owner(row[0], raw)
    return "the file"


def _owner(name: str, raw: sqlite3.Connection) -> str:
    """An index's table ("documents (index ix_...)"), or the table itself."""
    try:
        row = raw.execute("SELECT type, tbl_name FROM sqlite_master WHERE name = ?", (name,)).fetchone()
    except sqlite3.DatabaseError:
        row = None
    if row and row[0] == "index":
        return f"table {row[1]} (index {name})"
    return f"table {name}"


def readable_document_ids(conn: Connection) -> list[tuple[int, str]]:
    """(id, name) of every document the documents table (by id) or its name index still knows, by id;
    a name is "" where it could not be read. Each query runs on its own (no transaction to end),
    and what a damaged b-tree gives before failing is kept."""
    raw = conn.connection.dbapi_connection
    assert raw is not None
    found: dict[int, str] = {}
    for query in (
        "SELECT id, name FROM documents ORDER BY id",
        "SELECT id, name FROM documents ORDER BY name",
        "SELECT id, '' FROM documents",
    ):
        cursor = raw.cursor()
        try:
            cursor.execute(query)
            while row := cursor.fetchone():
                doc_id, name = int(row[0]), row[1] if isinstance(row[1], str) else ""
                found[doc_id] = name or found.get(doc_id, "")
        except conn.dialect.dbapi.Error:  # type: ignore[union-attr]
            continue
        finally:
            cursor.close()
    return sorted(found.items())
