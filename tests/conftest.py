"""Test set-up shared by every test: headless Qt, the sample article, temporary projects."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "resources" / "samples" / "ambassador-lavrov.txt"


@pytest.fixture
def sample_text() -> str:
    """The sample article exactly as stored (LF newlines, no BOM)."""
    return SAMPLE.read_text(encoding="utf-8")
