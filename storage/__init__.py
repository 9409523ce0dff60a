"""Project storage (SQLAlchemy 2, never Qt): ``Workspace`` is the only way front ends read or change a project."""

from storage.errors import (
    BusyError,
    ConflictError,
    NotFoundError,
    ProjectError,
    RelationError,
    SpanError,
    StorageError,
)
from storage.stats import ProjectStats
from storage.workspace import Workspace

__all__ = [
    "BusyError",
    "ConflictError",
    "NotFoundError",
    "ProjectError",
    "ProjectStats",
    "RelationError",
    "SpanError",
    "StorageError",
    "Workspace",
]
