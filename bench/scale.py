"""Projects of 1,000, 10,000 and 100,000 documents (30 spans each), built once and kept in ``bench/out/``.

Building the largest takes minutes, so a project is reused by later bench runs (migrated
first when this Kathan's schema is newer, as a user's project would be); a project left
half-built by an interrupted run has no ``.done`` mark and is built again.
"""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

from bench.corpus import article, attributed
from kathan.model import DocumentRecord, DocumentStatus, RelationRecord, SpanRecord
from storage.revisions import head

OUT = Path(__file__).parent / "out"
TEMPLATES = 500
"""Distinct synthetic articles; documents reuse them, each numbered at its end (generating a text costs more than storing it)."""
CHUNK = 5_000
STATUSES = (DocumentStatus.DONE, DocumentStatus.IN_PROGRESS) + (DocumentStatus.NEW,) * 8
"""A tenth of the documents done, a tenth in progress, as in a corpus under way."""


def scale_project(documents: int, spans: int = 30) -> Path:
    """The cached project of ``documents`` documents, built now if missing or stale."""
    OUT.mkdir(exist_ok=True)
    path = OUT / f"scale-{documents}x{spans}.kathan"
    done = path.with_suffix(".done")
    from storage import ProjectError, Workspace

    if path.exists() and done.exists():
        if _revision(path) == head():
            return path
        try:
            Workspace.open(str(path)).close()  # migrates it, as a user's project would be
            return path
        except ProjectError:  # a revision this Kathan does not know (an abandoned branch's): build again
            pass

    for stale in (path, done, Path(f"{path}-wal"), Path(f"{path}-shm")):
        stale.unlink(missing_ok=True)
    templates = _templates(spans)
    ws = Workspace.create(str(path), annotator="bench")
    try:
        for first in range(0, documents, CHUNK):
            ws.import_records(_records(templates, first, min(documents, first + CHUNK)))
        built = ws.stats()
        if (built.documents, built.spans) != (documents, documents * spans):
            raise RuntimeError(f"{path}: built {built.documents:,} documents and {built.spans:,} spans, not {documents:,}")
    finally:
        ws.close()
    done.write_text("built\n")
    return path


def _revision(path: Path) -> str | None:
    conn = sqlite3.connect(path)
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return None if row is None else str(row[0])
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def _templates(spans: int) -> list[tuple[str, tuple[SpanRecord, ...], tuple[RelationRecord, ...]]]:
    rng = random.Random(17)
    result = []
    for _ in range(TEMPLATES):
        text, words = article(rng)
        spans_, relations_ = attributed(rng, words, spans)
        span_records = tuple(
            SpanRecord(str(s["id"]), str(s["label"]), tuple(tuple(f) for f in s["fragments"]))  # type: ignore[attr-defined,misc]
            for s in spans_
        )
        relations = tuple(RelationRecord(str(r["id"]), str(r["type"]), str(r["head"]), str(r["tail"])) for r in relations_)
        result.append((text, span_records, relations))
    return result


def _records(
    templates: list[tuple[str, tuple[SpanRecord, ...], tuple[RelationRecord, ...]]], first: int, last: int
) -> list[DocumentRecord]:
    return [
        DocumentRecord(
            name=f"article-{n:06d}",
            title=f"लेख {n}",
            # a text of its own (the template's, numbered after its spans): a text the project has
            # already would join that document as a layer, not make a new one
            text=f"{templates[n % len(templates)][0]}\n({n})",
            spans=templates[n % len(templates)][1],
            relations=templates[n % len(templates)][2],
            status=STATUSES[n % len(STATUSES)],
        )
        for n in range(first, last)
    ]
