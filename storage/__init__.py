"""Project storage (SQLAlchemy 2, never Qt): ``Workspace`` is the only way front ends read or change a project."""

from storage.errors import ConflictError, NotFoundError, ProjectError, RelationError, SpanError
from storage.stats import ProjectStats
from storage.workspace import Workspace

__all__ = [
    "ConflictError",
    "NotFoundError",
    "ProjectError",
    "ProjectStats",
    "RelationError",
    "SpanError",
    "Workspace",
]
