"""Project storage (SQLAlchemy 2, never Qt): ``Workspace`` is the only way front ends read or change a project.

Beyond docs/architecture.md's contract the Workspace offers ``set_annotator(name)``,
``annotators()``, and suggestions kept apart from annotations: ``store_suggestions``,
``suggestions``, ``suggested_relations``, ``iter_suggested``, ``acceptance`` (an undoable
edit), ``accept_suggestions``, ``reject_suggestions``. Every refusal is a ``KathanError``:

- ``SpanError`` / ``RelationError``: the value does not fit the text or the schema;
- ``NotFoundError``: an id that is not (or no longer) in the project;
- ``ConflictError``: an edit made against a state another window changed meanwhile;
- ``ProjectError``: cannot create or open (exists, missing, not ours, newer Kathan);
- ``BusyError`` (a ``StorageError``): another process held the lock past 5 s; try again;
- ``InputError`` (from ``kathan.model``): an import's problems, every one, with file:line.
"""

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

TYPE_CHECKING = False
if TYPE_CHECKING:
    from storage.workspace import Workspace


def __getattr__(name: str) -> object:
    """``Workspace`` is imported on first use: it brings SQLAlchemy, which ``kathan stats`` on a
    SQLite project does without (``storage.stats.quick_stats``)."""
    if name == "Workspace":
        from storage.workspace import Workspace

        return Workspace
    raise AttributeError(f"module 'storage' has no attribute {name!r}")

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
