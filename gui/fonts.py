"""The bundled Noto Sans Devanagari: registered once with Qt so Devanagari shapes the same on any machine."""

from __future__ import annotations

import logging
from importlib import resources

from PySide6.QtGui import QFontDatabase

log = logging.getLogger(__name__)

FONT_FILES = ("NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf")
FALLBACK_FAMILY = "Noto Sans Devanagari"

_family: str | None = None


def devanagari_family() -> str:
    """Register the bundled fonts (first call only; needs a QGuiApplication) and return their family.

    A font that cannot be loaded is logged and skipped; the family name is then left for
    fontconfig to resolve (a system Noto Sans Devanagari, or Qt's fallback).
    """
    global _family
    if _family is not None:
        return _family
    family = ""
    folder = resources.files("resources.fonts")
    for name in FONT_FILES:
        data = folder.joinpath(name).read_bytes()
        font_id = QFontDatabase.addApplicationFontFromData(data)
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if not families:
            log.warning("could not load the bundled font %s", name)
            continue
        family = family or families[0]
    _family = family or FALLBACK_FAMILY
    return _family
