"""The floors import and export are measured against: the least any tool could do with the same data.

Import: read each JSON line and insert documents, spans and relations with sqlite3's
``executemany`` into a bare schema (no constraints, no indexes) in one transaction. Export:
SELECT the same from a project with sqlite3 and write one ``json.dumps`` line per document.
"""

from __future__ import annotations

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
