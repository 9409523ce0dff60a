"""Placeholder until the spacy format lands."""

from __future__ import annotations

from kathan.formats.base import Format

FORMAT = Format(name="spacy", extensions=(), description="spacy (not yet available)", reader=None, writer=None)
