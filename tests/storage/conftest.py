"""Fixtures for storage tests: a fresh project holding the sample article, word offsets, snapshots."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from kathan.model import AnnotatedDocument, DocumentId, DocumentRecord, DocumentSummary
from storage import Workspace


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    return tmp_path / "p.kathan"


@pytest.fixture
def ws(project_path: Path) -> Iterator[Workspace]:
    workspace = Workspace.create(project_path, annotator="asha")
    yield workspace
    workspace.close()


@pytest.fixture
def doc_id(ws: Workspace, sample_text: str) -> DocumentId:
    changes = ws.import_records([DocumentRecord(name="lavrov", text=sample_text, title="Lavrov")])
    return changes.documents_added[0]


@pytest.fixture
def words(sample_text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every whitespace-separated word of the sample: safe span edges."""
    return [(m.start(), m.end()) for m in re.finditer(r"\S+", sample_text)]


Snapshot = tuple[list[DocumentSummary], list[AnnotatedDocument]]


def snapshot(ws: Workspace) -> Snapshot:
    """Everything a user can see in a project, to check that a refused operation changed nothing."""
    return ws.documents(), list(ws.iter_annotated())
