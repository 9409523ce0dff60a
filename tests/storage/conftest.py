"""Fixtures for storage tests: a fresh project holding the sample article, and cluster-safe offsets."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kathan.model import DocumentId, DocumentRecord
from kathan.text.graphemes import cluster_bounds
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
def bounds(sample_text: str) -> list[int]:
    """Grapheme-cluster boundaries of the sample article: every span edge must be one of them."""
    return cluster_bounds(sample_text)
