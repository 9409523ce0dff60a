"""Moving annotations between projects: merging other annotators' projects, copying a project
between engines (a ``.kathan`` file and a PostgreSQL database)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kathan.layers import as_record
from kathan.model import Problem
from storage.workspace import Workspace

Progress = Callable[[int], None]


@dataclass(frozen=True, slots=True)
class MergeReport:
    """What merging one source did: documents added, documents given layers, and the conflicts left."""

    source: str
    added: int
    layered: int
    conflicts: tuple[Problem, ...]


def merge_project(target: Workspace, source: Workspace, progress: Progress | None = None) -> MergeReport:
    """Bring ``source``'s documents and layers into ``target`` in one transaction.

    Documents are matched by text (sha256), never by name or title; each annotator's layer is
    kept. A layer already in ``target`` unchanged is skipped, so merging again changes nothing;
    a layer the same annotator changed in both projects is reported and ``target``'s kept.
    """
    records = [as_record(doc, source.url) for doc in source.iter_annotated()]
    changes, conflicts = target.merge_records(records, progress)
    return MergeReport(source.url, len(changes.documents_added), len(changes.documents_updated), tuple(conflicts))


def copy_project(source: Workspace, target: str | Path, progress: Progress | None = None) -> Workspace:
    """A new project at ``target`` (a path or a database URL) holding everything ``source`` holds,
    row for row with the same ids and times (suggestions, their reviews and annotators included),
    so that both export the same native JSONL. Refuses an existing target."""
    copy = Workspace.create(target, schema=source.schema)
    try:
        copy.take_rows_of(source, progress)
    except BaseException:
        copy.close()
        raise
    return copy
