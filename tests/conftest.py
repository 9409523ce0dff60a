"""Test set-up shared by every test: headless Qt, the sample article, temporary projects."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"  # never the machine's own keyring

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "resources" / "samples" / "ambassador-lavrov.txt"


@pytest.fixture
def sample_text() -> str:
    """The sample article exactly as stored (LF newlines, no BOM)."""
    return SAMPLE.read_text(encoding="utf-8")


POSTGRES = os.environ.get("KATHAN_TEST_POSTGRES", "")
"""A PostgreSQL database the engine-parametrised tests may empty (``.ci/run`` starts one)."""
NO_POSTGRES = "set KATHAN_TEST_POSTGRES to a PostgreSQL URL to run (.ci/run starts a throwaway server)"
ENGINES = ("sqlite", "postgresql")


def fresh_postgres(schema: str = "public") -> str:
    """The URL of an empty project database on the test server: ``schema`` dropped and made anew,
    and the URL's search path set to it, so that one server holds several projects."""
    from sqlalchemy import create_engine, text

    if not POSTGRES:
        pytest.skip(NO_POSTGRES)
    engine = create_engine(POSTGRES)
    try:
        with engine.begin() as conn:
            conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    finally:
        engine.dispose()
    if schema == "public":
        return POSTGRES
    joiner = "&" if "?" in POSTGRES else "?"
    return f"{POSTGRES}{joiner}options=-csearch_path%3D{schema}"


def project_on(engine: str, tmp_path: Path, name: str = "p") -> str | Path:
    """A place for a new project on ``engine``: a file under ``tmp_path`` or an emptied database schema."""
    if engine == "sqlite":
        return tmp_path / f"{name}.kathan"
    return fresh_postgres("public" if name == "p" else f"k_{name}")
