"""Why the Workspace refused something; every class is a ``KathanError`` whose message says why."""

from __future__ import annotations

from kathan.model import KathanError


class ProjectError(KathanError):
    """The project cannot be created or opened (missing, exists already, not a Kathan project, too new)."""


class NotFoundError(KathanError):
    """A document, span or relation id that is not (or no longer) in the project."""


class SpanError(KathanError):
    """A span that does not fit its text or the schema; nothing was changed."""


class RelationError(KathanError):
    """A relation the schema does not allow, across documents, or already there; nothing was changed."""


class ConflictError(KathanError):
    """An edit made against a state that changed meanwhile (another window or process); nothing was changed."""


class StorageError(KathanError):
    """The database itself failed (disk full, file read-only, connection lost); nothing was changed."""


class BusyError(StorageError):
    """Another window or process kept the project locked for longer than the busy timeout; try again."""


class DamagedError(StorageError):
    """The project file is damaged where a read went (a broken page, a value that cannot be decoded).
    ``kathan validate`` says where; ``kathan export`` saves every document still readable."""


class DamagedProjectError(ProjectError, DamagedError):
    """The project file is damaged where opening it reads (its version, its schema): it cannot be opened."""
