"""Hypothesis profiles for the text layer: ``KATHAN_HYPOTHESIS=thorough`` runs many more cases."""

from __future__ import annotations

import os

from hypothesis import settings

settings.register_profile("text-thorough", max_examples=3000, deadline=None)
settings.register_profile("text-default", deadline=None)
settings.load_profile("text-thorough" if os.environ.get("KATHAN_HYPOTHESIS") == "thorough" else "text-default")
