"""Project counts for ``kathan stats`` and the status bar: deterministic, so outputs can be diffed."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from storage.hidden import HIDDEN_SQL, SHOWN_SQL
from storage.revisions import head

Counts = tuple[tuple[str, int], ...]
"""``(name, count)`` pairs sorted by name; an annotator-less span counts under ``""``."""


@dataclass(frozen=True, slots=True)
class ProjectStats:
    documents: int
    documents_per_status: Counts
    spans: int
    relations: int
    spans_per_label: Counts
    relations_per_type: Counts
    spans_per_annotator: Counts
    relations_per_annotator: Counts
    suggestions_per_status: Counts = ()

    def format(self) -> str:
        """A plain-text report, one section per count, names in sorted order."""
        lines = [f"documents    {self.documents}"]
        lines += _section("documents per status", self.documents_per_status)
        lines += [f"spans        {self.spans}"]
        lines += _section("spans per label", self.spans_per_label)
        lines += [f"relations    {self.relations}"]
        lines += _section("relations per type", self.relations_per_type)
        lines += _section("spans per annotator", self.spans_per_annotator)
        lines += _section("relations per annotator", self.relations_per_annotator)
        if self.suggestions_per_status:
            lines += [f"suggestions  {sum(n for _, n in self.suggestions_per_status)}"]
            lines += _section("suggestions per status", self.suggestions_per_status)
        return "\n".join(lines)


def _section(title: str, counts: Counts) -> list[str]:
    if not counts:
        return []
    width = max(len(name or "(none)") for name, _ in counts)
    return [f"  {title}:"] + [f"    {name or '(none)':<{width}}  {count}" for name, count in counts]


Run = Callable[[str], Iterable[Any]]
"""Runs one SQL statement and yields its rows: a SQLAlchemy connection's driver SQL or sqlite3's."""

_PER_STATUS = f"SELECT status, count(*) FROM documents WHERE id {SHOWN_SQL} GROUP BY status"
_PER_REVIEW = "SELECT status, count(*) FROM suggestions GROUP BY status"
_COUNTED = (
    "SELECT 'span', s.label, a.name, s.n FROM "
    "(SELECT label, annotator_id, count(*) AS n FROM spans GROUP BY label, annotator_id "
    f"UNION ALL SELECT label, annotator_id, -count(*) FROM spans WHERE document_id {HIDDEN_SQL} GROUP BY label, annotator_id) s "
    "LEFT JOIN annotators a ON a.id = s.annotator_id "
    "UNION ALL "
    "SELECT 'relation', r.type, a.name, r.n FROM "
    "(SELECT type, annotator_id, count(*) AS n FROM relations GROUP BY type, annotator_id "
    f"UNION ALL SELECT type, annotator_id, -count(*) FROM relations WHERE document_id {HIDDEN_SQL} GROUP BY type, annotator_id) r "
    "LEFT JOIN annotators a ON a.id = r.annotator_id"
)
"""Plain SQL over the tables of ``storage.rows``, so the same counts run with or without SQLAlchemy.
Spans and relations are counted in one pass over an index each (``ix_spans_label_annotator_id``,
``ix_relations_type_annotator_id``): 3 million spans in a fraction of a second, and no
bookkeeping for writes to keep right. The rows of documents an import under way hides are
counted again apart, through their documents, and taken off."""


def project_stats(run: Run) -> ProjectStats:
    """Every count of ``kathan stats``, in sorted order."""

    def counts(pairs: Iterable[tuple[str | None, int]]) -> Counts:
        summed: dict[str, int] = {}
        for name, n in pairs:
            summed[name or ""] = summed.get(name or "", 0) + n
        return tuple(sorted(((name, n) for name, n in summed.items() if n), key=lambda p: p[0]))

    rows = list(run(_COUNTED))
    spans = [(name, annotator, n) for kind, name, annotator, n in rows if kind == "span"]
    relations = [(name, annotator, n) for kind, name, annotator, n in rows if kind == "relation"]
    per_status = counts(run(_PER_STATUS))
    return ProjectStats(
        documents=sum(n for _, n in per_status),
        documents_per_status=per_status,
        spans=sum(n for _, _, n in spans),
        relations=sum(n for _, _, n in relations),
        spans_per_label=counts((name, n) for name, _, n in spans),
        relations_per_type=counts((name, n) for name, _, n in relations),
        spans_per_annotator=counts((annotator, n) for _, annotator, n in spans),
        relations_per_annotator=counts((annotator, n) for _, annotator, n in relations),
        suggestions_per_status=counts(run(_PER_REVIEW)),
    )


def quick_stats(target: str | os.PathLike[str]) -> ProjectStats | None:
    """The stats of a SQLite project file at this Kathan's schema revision, read with the
    standard library's sqlite3 alone (``kathan stats`` then starts without importing SQLAlchemy);
    None for anything else — another engine, another revision, a file that is not a sound
    project — which ``Workspace.open(...).stats()`` then handles with its full checks and messages.
    """
    path = Path(target)
    if "://" in str(target) or not path.is_file():
        return None
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
    except sqlite3.Error:
        return None
    try:
        (revision,) = conn.execute("SELECT version_num FROM alembic_version").fetchone() or (None,)
        if revision != head():
            return None
        return project_stats(lambda sql: conn.execute(sql).fetchall())
    except (sqlite3.Error, ValueError, TypeError):
        return None
    finally:
        conn.close()
