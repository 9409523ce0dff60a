"""The floors import and export are measured against: the least any tool could do with the same data.

Import: read each JSON line and insert documents, spans and relations with sqlite3's
``executemany`` into a bare schema (no constraints, no indexes) in one transaction. Export:
SELECT the same from a project with sqlite3 and write one ``json.dumps`` line per document.

The schema floor says how much of the import's distance from its floor is the project's
layout rather than Kathan's code: the same reading, every column Kathan stores, and sqlite3's
``executemany`` straight into a new project's own tables (their indexes, unique keys, foreign
keys and WAL) in one transaction, with no checks at all and no process to start.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from itertools import groupby
from pathlib import Path

BARE_SCHEMA = (
    "CREATE TABLE documents (id INTEGER PRIMARY KEY, name TEXT, text TEXT)",
    'CREATE TABLE spans (id INTEGER PRIMARY KEY, document_id INTEGER, key TEXT, label TEXT, start INTEGER, "end" INTEGER)',
    "CREATE TABLE relations (id INTEGER PRIMARY KEY, document_id INTEGER, type TEXT, head TEXT, tail TEXT)",
)


def import_floor(source: Path, target: Path) -> None:
    target.unlink(missing_ok=True)
    conn = sqlite3.connect(target)
    for statement in BARE_SCHEMA:
        conn.execute(statement)
    docs, spans, relations = [], [], []
    with source.open(encoding="utf-8") as lines:
        for doc_id, line in enumerate(lines, 1):
            record = json.loads(line)
            docs.append((doc_id, record["id"], record["text"]))
            spans.extend(
                (doc_id, s["id"], s["label"], s["fragments"][0][0], s["fragments"][-1][1]) for s in record["spans"]
            )
            relations.extend((doc_id, r["type"], r["head"], r["tail"]) for r in record["relations"])
    with conn:
        conn.executemany("INSERT INTO documents VALUES (?, ?, ?)", docs)
        conn.executemany('INSERT INTO spans (document_id, key, label, start, "end") VALUES (?, ?, ?, ?, ?)', spans)
        conn.executemany("INSERT INTO relations (document_id, type, head, tail) VALUES (?, ?, ?, ?)", relations)
    conn.close()


def schema_floor(source: Path, project: Path) -> None:
    """``source`` written into ``project`` (new and empty, made by ``kathan init``) as directly as
    sqlite3 can: rows for every column of Kathan's documents, spans, fragments and relations."""
    docs, spans, fragments, relations = [], [], [], []
    span_id = 0
    with source.open(encoding="utf-8") as lines:
        for doc_id, line in enumerate(lines, 1):
            record = json.loads(line)
            text = record["text"]
            length = len(text)
            docs.append((doc_id, record["id"], "", text, length, hashlib.sha256(text.encode()).hexdigest(), "hi", "{}", "new", 0, 0))
            keys = {}
            for s in record["spans"]:
                span_id += 1
                keys[s["id"]] = span_id
                pieces = s["fragments"]
                spans.append((span_id, doc_id, s["label"], pieces[0][0], pieces[-1][1], "{}", "", 1, "imported", 0, 0, s["id"]))
                fragments.extend((span_id, start, end, doc_id, length) for start, end in pieces)
            relations.extend(
                (doc_id, r["type"], keys[r["head"]], keys[r["tail"]], "{}", 1, "imported", 0, r["id"]) for r in record["relations"]
            )
    conn = sqlite3.connect(project, isolation_level=None)
    for pragma in ("foreign_keys = ON", "journal_mode = WAL", "synchronous = NORMAL"):
        conn.execute(f"PRAGMA {pragma}")
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT INTO annotators (id, name, created) VALUES (1, 'floor', 0)")
    conn.executemany(
        "INSERT INTO documents (id, name, title, text, length, sha256, language, meta, status, created, updated) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", docs)
    conn.executemany(
        'INSERT INTO spans (id, document_id, label, start, "end", attributes, note, annotator_id, origin, created, '
        "updated, external_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", spans)
    conn.executemany('INSERT INTO fragments (span_id, start, "end", document_id, doc_length) VALUES (?, ?, ?, ?, ?)', fragments)
    conn.executemany(
        "INSERT INTO relations (document_id, type, head_id, tail_id, attributes, annotator_id, origin, created, "
        "external_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", relations)
    conn.execute("COMMIT")
    conn.close()


def export_floor(project: Path, target: Path) -> None:
    conn = sqlite3.connect(f"{project.resolve().as_uri()}?mode=ro", uri=True)
    spans = groupby(
        conn.execute(
            'SELECT s.document_id, s.id, s.label, f.start, f."end" FROM spans s JOIN fragments f ON f.span_id = s.id '
            "ORDER BY s.document_id, s.start, s.id"
        ),
        key=lambda row: row[0],
    )
    relations = groupby(
        conn.execute("SELECT document_id, id, type, head_id, tail_id FROM relations ORDER BY document_id, id"),
        key=lambda row: row[0],
    )
    pending_spans = next(spans, None)
    pending_relations = next(relations, None)
    with target.open("w", encoding="utf-8") as out:
        for doc_id, name, text in conn.execute("SELECT id, name, text FROM documents ORDER BY id"):
            record: dict[str, object] = {"id": name, "text": text, "spans": [], "relations": []}
            if pending_spans is not None and pending_spans[0] == doc_id:
                record["spans"] = [{"id": f"T{s[1]}", "label": s[2], "fragments": [[s[3], s[4]]]} for s in pending_spans[1]]
                pending_spans = next(spans, None)
            if pending_relations is not None and pending_relations[0] == doc_id:
                record["relations"] = [
                    {"id": f"R{r[1]}", "type": r[2], "head": f"T{r[3]}", "tail": f"T{r[4]}"} for r in pending_relations[1]
                ]
                pending_relations = next(relations, None)
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    conn.close()
