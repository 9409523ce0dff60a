"""``kathan stats`` reads counts that triggers keep: they must equal a fresh count after every kind of write."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from kathan.model import DocumentRecord, DocumentStatus, RelationRecord, SpanRecord
from storage import Workspace
from storage.stats import project_stats, quick_stats

Words = list[tuple[int, int]]


def counted(ws: Workspace) -> object:
    """The stats computed by counting every row, as on an engine without the triggers."""
    with ws._engine.connect() as conn:
        return project_stats(conn.exec_driver_sql, maintained=False)


def test_counts_follow_imports_edits_relabels_deletes_and_raw_sql(project_path: Path, ws: Workspace, words: Words, sample_text: str) -> None:
    record = DocumentRecord(
        name="a",
        text=sample_text,
        spans=(SpanRecord("T1", "QUOTE", (words[1],)), SpanRecord("T2", "SPEAKER", (words[3],), annotator="ravi")),
        relations=(RelationRecord("R1", "said_by", "T1", "T2"),),
    )
    doc, _ = ws.import_records([record, DocumentRecord(name="b", text=sample_text)]).documents_added
    assert ws.stats() == counted(ws)
    assert ws.stats().spans_per_annotator == (("asha", 1), ("ravi", 1))
    quote = ws.add_span(doc, "QUOTE", [words[6]]).spans_added[0]
    cue = ws.add_span(doc, "CUE", [words[8]]).spans_added[0]
    ws.add_relation("cued_by", quote.id, cue.id)
    assert ws.stats() == counted(ws)
    claim = ws.add_span(doc, "CLAIM", [words[10]]).spans_added[0]
    ws.update_span(claim.id, label="ADDRESSEE")
    assert ws.stats() == counted(ws)
    ws.delete_spans([cue.id])  # its relation goes by cascade
    ws.set_status(doc, DocumentStatus.DONE)
    assert ws.stats() == counted(ws)
    assert ws.stats().relations_per_type == (("said_by", 1),)
    ws.close()
    db = sqlite3.connect(project_path, isolation_level=None)
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("UPDATE spans SET annotator_id = NULL WHERE label = 'SPEAKER'")
    db.execute("DELETE FROM documents WHERE name = 'a'")  # cascades to spans and relations
    db.close()
    with Workspace.open(project_path) as again:
        assert again.stats() == counted(again)
        assert again.stats().spans == 0 and again.stats().relations == 0
        assert quick_stats(project_path) == again.stats()
