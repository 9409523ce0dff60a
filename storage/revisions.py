"""The project schema's revisions, read from ``migrations/versions`` without importing Alembic
or SQLAlchemy, so opening an up-to-date project (and ``kathan stats``) pays for neither."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
_REVISION = re.compile(r"""^(down_revision|revision)\b[^=]*=\s*(?:['"]([^'"]+)['"]|None)""", re.MULTILINE)


@cache
def revisions() -> dict[str, str | None]:
    """Each revision and the one it follows, from the files' ``revision``/``down_revision`` lines."""
    found: dict[str, str | None] = {}
    for path in sorted((MIGRATIONS / "versions").glob("*.py")):
        values = dict(_REVISION.findall(path.read_text(encoding="utf-8")))
        if "revision" in values:
            found[values["revision"]] = values.get("down_revision") or None
    return found


@cache
def head() -> str:
    """The one revision no other follows: the schema this Kathan writes."""
    graph = revisions()
    followed = {down for down in graph.values() if down is not None}
    heads = [revision for revision in graph if revision not in followed]
    assert len(heads) == 1, f"storage/migrations/versions must have one head, has {heads}"
    return heads[0]
