"""Placeholder until the conll format lands."""

from __future__ import annotations

from kathan.formats.base import Format

FORMAT = Format(name="conll", extensions=(), description="conll (not yet available)", reader=None, writer=None)
