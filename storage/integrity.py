"""Where a project is damaged or inconsistent: the database's own checks, then the rows' consistency.

SQLite: ``PRAGMA integrity_check`` (every page, every index against its table), with page
numbers named by table. PostgreSQL: the server keeps no check Kathan can run by itself, so
``amcheck`` is used where a superuser installed it in the database (``bt_index_check`` on every
index of the project, ``verify_heapam`` on every table), and ``inspect`` says plainly what it
could not check. On both, ``CONSISTENCY`` re-checks in SQL what the rows must agree on across
tables (a span's bounds and its fragments, a fragment within its text, a relation within one
document). ``readable_document_ids`` lists the documents an export can still try when the
documents table itself is damaged: by its table, and by its name index, which holds every id
with its name.
"""

from __future__ import annotations

import re
import sqlite3
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

from storage.rows import Base

PROJECT_TABLES = frozenset(Base.metadata.tables)
CHECK_LIMIT = 200
"""Problems the integrity check reports at most (SQLite stops there)."""
_TREE = re.compile(r"\bTree (\d+) page (\d+)", re.IGNORECASE)
_PAGE = re.compile(r"\bpage (\d+)", re.IGNORECASE)
_INDEX = re.compile(r"\b(?:missing from|wrong # of entries in) index (\S+)")


@dataclass(frozen=True, slots=True)
class Inspection:
    """What ``inspect`` found (``damage``: one line per damaged table, index or inconsistency),
    what it checked and what it could not check here, each in words for people."""

    damage: list[str]
    checked: list[str]
    unchecked: list[str]


CONSISTENCY: tuple[tuple[str, str], ...] = (
    ("spans without a fragment", "SELECT s.id FROM spans s WHERE NOT EXISTS (SELECT 1 FROM fragments f WHERE f.span_id = s.id)"),
    (
        "spans whose stored bounds are not their fragments' first start and last end",
        'SELECT s.id FROM spans s JOIN (SELECT span_id, min(start) AS first, max("end") AS last FROM fragments '
        'GROUP BY span_id) f ON f.span_id = s.id WHERE s.start <> f.first OR s."end" <> f.last',
    ),
    ("fragments of a span of another document", "SELECT f.span_id FROM fragments f JOIN spans s ON s.id = f.span_id WHERE f.document_id <> s.document_id"),
    (
        "fragments outside their text or empty",
        'SELECT f.span_id FROM fragments f JOIN documents d ON d.id = f.document_id '
        'WHERE f.start < 0 OR f.start >= f."end" OR f."end" > d.length OR f.doc_length <> d.length',
    ),
    ("fragments of no span or no document", "SELECT f.span_id FROM fragments f LEFT JOIN spans s ON s.id = f.span_id "
     "LEFT JOIN documents d ON d.id = f.document_id WHERE s.id IS NULL OR d.id IS NULL"),
    ("spans of no document", "SELECT s.id FROM spans s LEFT JOIN documents d ON d.id = s.document_id WHERE d.id IS NULL"),
    ("documents whose stored length is not their text's", "SELECT id FROM documents WHERE length <> length(text)"),
    (
        "relations to a span that is missing or in another document",
        "SELECT r.id FROM relations r LEFT JOIN spans h ON h.id = r.head_id LEFT JOIN spans t ON t.id = r.tail_id "
        "WHERE h.id IS NULL OR t.id IS NULL OR h.document_id <> r.document_id OR t.document_id <> r.document_id",
    ),
    (
        "spans or relations by an annotator the project does not know",
        "SELECT s.id FROM spans s WHERE s.annotator_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM annotators a WHERE a.id = s.annotator_id) "
        "UNION ALL SELECT r.id FROM relations r WHERE r.annotator_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM annotators a WHERE a.id = r.annotator_id)",
    ),
    ("documents with a status Kathan does not have", "SELECT id FROM documents WHERE status NOT IN ('new', 'in_progress', 'done')"),
    (
        "spans or relations with an origin Kathan does not have",
        "SELECT id FROM spans WHERE origin NOT IN ('manual', 'suggested', 'imported') "
        "UNION ALL SELECT id FROM relations WHERE origin NOT IN ('manual', 'suggested', 'imported')",
    ),
)
"""(what is wrong, SQL giving the id of each row where it is): what the rows must agree on, in SQL
that runs on SQLite and PostgreSQL alike (but for ``SQLITE_VARIANTS``)."""
SQLITE_VARIANTS = {
    "documents whose stored length is not their text's": (
        "SELECT id FROM documents WHERE length <> length(text) AND instr(CAST(text AS BLOB), X'00') = 0"
    ),
}
"""SQLite's ``length()`` stops at a NUL character: a text holding one is left to ``check_span``."""
SHOWN_IDS = 5


def damage(conn: Connection) -> list[str]:
    """One line per damaged table, index or inconsistency (see ``inspect``); [] when sound."""
    return inspect(conn).damage


def inspect(conn: Connection) -> Inspection:
    """The database's own check of the project (SQLite's integrity check; amcheck on PostgreSQL
    where installed), then the rows' consistency (``CONSISTENCY``) when the file is sound enough
    to query."""
    if conn.dialect.name == "sqlite":
        found = _sqlite_damage(conn)
        checked = ["every page and index of the file (SQLite's integrity_check)"]
        unchecked: list[str] = []
    else:
        found, checked, unchecked = _server_checks(conn)
    if found and conn.dialect.name == "sqlite":
        unchecked.append("the rows' consistency across tables: not checked, the file is damaged")
        return Inspection(found, checked, unchecked)
    found += _inconsistencies(conn)
    checked.append("that spans, fragments, relations and documents agree across tables")
    return Inspection(found, checked, unchecked)


def _inconsistencies(conn: Connection) -> list[str]:
    found = []
    for what, sql in CONSISTENCY:
        if conn.dialect.name == "sqlite":
            sql = SQLITE_VARIANTS.get(what, sql)
        try:
            with conn.begin_nested():
                ids = [row[0] for row in conn.exec_driver_sql(f"{sql} LIMIT {SHOWN_IDS + 1}")]
        except DBAPIError as error:
            found.append(f"{what}: could not be checked ({str(error.orig).splitlines()[0]})")
            continue
        if ids:
            shown = ", ".join(str(i) for i in ids[:SHOWN_IDS]) + (" ..." if len(ids) > SHOWN_IDS else "")
            found.append(f"inconsistent rows: {what} (ids {shown})")
    return found


def _server_checks(conn: Connection) -> tuple[list[str], list[str], list[str]]:
    """PostgreSQL: amcheck's checks of the project's indexes and tables where the extension is
    installed in the database; otherwise what could not be checked and how to make it checkable."""
    tables = sorted(PROJECT_TABLES)
    unchecked = []
    checksums = conn.exec_driver_sql("SHOW data_checksums").scalar()
    if checksums != "on":
        unchecked.append(
            "page checksums: the server keeps none (its cluster was made without initdb --data-checksums), "
            "so a page damaged on disk with plausible contents is seen only where amcheck looks"
        )
    found_extension = conn.exec_driver_sql(
        "SELECT e.extversion, n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
        "WHERE e.extname = 'amcheck'"
    ).first()
    if found_extension is None:
        unchecked.append(
            "indexes and table pages: not checked, the amcheck extension is not installed in this database "
            "(PostgreSQL's contrib ships it; a superuser adds it with: CREATE EXTENSION amcheck)"
        )
        return [], [], unchecked
    installed, schema = found_extension
    where = '"' + schema.replace('"', '""') + '".'
    found: list[str] = []
    indexes = conn.exec_driver_sql(
        "SELECT c.oid, c.relname, t.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
        "JOIN pg_class t ON t.oid = i.indrelid JOIN pg_am a ON a.oid = c.relam "
        "WHERE t.relnamespace = current_schema()::regnamespace AND a.amname = 'btree' ORDER BY t.relname, c.relname"
    ).all()
    indexes = [row for row in indexes if row[2] in PROJECT_TABLES]
    for oid, name, table in indexes:
        try:
            with conn.begin_nested():
                conn.exec_driver_sql(f"SELECT {where}bt_index_check({int(oid)}::regclass, true)")
        except DBAPIError as error:
            found.append(f"table {table} (index {name}): damaged: {str(error.orig).splitlines()[0]}")
    checked = [f"{len(indexes)} indexes against their tables (amcheck's bt_index_check)"]
    heap = conn.exec_driver_sql(
        "SELECT 1 FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE p.proname = 'verify_heapam' AND n.nspname = %(schema)s",
        {"schema": schema},
    ).scalar() is not None
    if not heap:
        unchecked.append(f"table pages: not checked, amcheck {installed} has no verify_heapam (PostgreSQL 14 or later has)")
        return found, checked, unchecked
    for table in tables:
        try:
            with conn.begin_nested():
                rows = conn.exec_driver_sql(
                    f"SELECT blkno, msg FROM {where}verify_heapam('{table}'::regclass) LIMIT {SHOWN_IDS + 1}"
                ).all()
        except DBAPIError as error:
            rows = [(None, str(error.orig).splitlines()[0])]
        if rows:
            pages = sorted({int(b) for b, _ in rows if b is not None})
            where = f" (pages {', '.join(map(str, pages))})" if pages else ""
            found.append(f"table {table}: damaged{where}: {rows[0][1]}")
    checked.append(f"the pages of {len(tables)} tables (amcheck's verify_heapam)")
    return found, checked, unchecked


def _sqlite_damage(conn: Connection) -> list[str]:
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
    and what a damaged b-tree gives before failing is kept. Documents of an import under way
    (``storage.pending``) are left out."""
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
    try:
        hidden = {int(row[0]) for row in raw.execute("SELECT document_id FROM pending_documents")}
    except conn.dialect.dbapi.Error:  # type: ignore[union-attr]
        hidden = set()
    return sorted((doc_id, name) for doc_id, name in found.items() if doc_id not in hidden)
