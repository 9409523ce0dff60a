"""Fixtures for storage tests: a fresh project holding the sample article, word offsets, snapshots."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from kathan.model import AnnotatedDocument, DocumentId, DocumentRecord, DocumentSummary
from storage import Workspace
from tests.conftest import ENGINES, project_on


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Tests on ``project`` (and so on ``ws``) run on SQLite and PostgreSQL, except those that
    also take ``project_path`` (they look into the SQLite file itself) or are marked ``sqlite_only``."""
    if "engine" in metafunc.fixturenames:
        sqlite_only = "project_path" in metafunc.fixturenames or metafunc.definition.get_closest_marker("sqlite_only")
        engines = ENGINES[:1] if sqlite_only else ENGINES
        metafunc.parametrize("engine", engines)


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    return tmp_path / "p.kathan"


@pytest.fixture
def project(engine: str, tmp_path: Path) -> str | Path:
    """Where the test's project lives: a file, or an emptied PostgreSQL database."""
    return project_on(engine, tmp_path)


@pytest.fixture
def ws(project: str | Path) -> Iterator[Workspace]:
    workspace = Workspace.create(project, annotator="asha")
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
