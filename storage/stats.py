"""Project counts for ``kathan stats`` and the status bar: deterministic, so outputs can be diffed."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

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

_COUNTS = {
    "per_status": "SELECT status, count(*) FROM documents GROUP BY status",
    "per_label": "SELECT label, count(*) FROM spans GROUP BY label",
    "per_type": "SELECT type, count(*) FROM relations GROUP BY type",
    "span_annotators": "SELECT a.name, count(*) FROM spans s LEFT JOIN annotators a ON a.id = s.annotator_id GROUP BY a.name",
    "relation_annotators": (
        "SELECT a.name, count(*) FROM relations r LEFT JOIN annotators a ON a.id = r.annotator_id GROUP BY a.name"
    ),
    "per_review": "SELECT status, count(*) FROM suggestions GROUP BY status",
}
"""Plain SQL over the tables of ``storage.rows``, so the same counts run with or without SQLAlchemy."""


def project_stats(run: Run) -> ProjectStats:
    def counts(sql: str) -> Counts:
        return tuple(sorted(((name or "", n) for name, n in run(sql)), key=lambda p: p[0]))

    c = {key: counts(sql) for key, sql in _COUNTS.items()}
    return ProjectStats(
        documents=sum(n for _, n in c["per_status"]),
        documents_per_status=c["per_status"],
        spans=sum(n for _, n in c["per_label"]),
        relations=sum(n for _, n in c["per_type"]),
        spans_per_label=c["per_label"],
        relations_per_type=c["per_type"],
        spans_per_annotator=c["span_annotators"],
        relations_per_annotator=c["relation_annotators"],
        suggestions_per_status=c["per_review"],
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
