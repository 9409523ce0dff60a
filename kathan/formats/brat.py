"""Placeholder until the brat format lands."""

from __future__ import annotations

from kathan.formats.base import Format

FORMAT = Format(name="brat", extensions=(), description="brat (not yet available)", reader=None, writer=None)
