"""The bundled Noto fonts: registered once with Qt, and the font a document is shown in.

Every script of the text layer has its Noto family in ``resources/fonts`` (OFL), so Urdu,
Bengali, Tamil and the rest shape the same on any machine. A document's font is picked by
its script (``kathan.text.scripts.document_script``: the text's letters, else its
``language``), Urdu in Noto Nastaliq Urdu for reading or Noto Naskh Arabic when compact.
The other bundled families follow as fallbacks, so a mixed line (Urdu with a Hindi name,
English and digits) never draws a box. A project may override the family per script
(``gui.settings.Settings.font_override``).
"""

from __future__ import annotations

import logging
from importlib import resources

from PySide6.QtGui import QFont, QFontDatabase

from kathan.text.scripts import Script, document_script

log = logging.getLogger(__name__)

SCRIPT_FONTS: dict[str, tuple[tuple[str, str], ...]] = {
    "Deva": (
        ("Noto Sans Devanagari", "NotoSansDevanagari-Regular.ttf"),
        ("Noto Sans Devanagari", "NotoSansDevanagari-Bold.ttf"),
    ),
    "Arab": (
        ("Noto Nastaliq Urdu", "NotoNastaliqUrdu-Regular.ttf"),
        ("Noto Naskh Arabic", "NotoNaskhArabic-Regular.ttf"),
    ),
    "Beng": (("Noto Sans Bengali", "NotoSansBengali-Regular.ttf"),),
    "Guru": (("Noto Sans Gurmukhi", "NotoSansGurmukhi-Regular.ttf"),),
    "Gujr": (("Noto Sans Gujarati", "NotoSansGujarati-Regular.ttf"),),
    "Orya": (("Noto Sans Oriya", "NotoSansOriya-Regular.ttf"),),
    "Taml": (("Noto Sans Tamil", "NotoSansTamil-Regular.ttf"),),
    "Telu": (("Noto Sans Telugu", "NotoSansTelugu-Regular.ttf"),),
    "Knda": (("Noto Sans Kannada", "NotoSansKannada-Regular.ttf"),),
    "Mlym": (("Noto Sans Malayalam", "NotoSansMalayalam-Regular.ttf"),),
    "Sinh": (("Noto Sans Sinhala", "NotoSansSinhala-Regular.ttf"),),
}
"""Each script's bundled families and files; the first family is the script's reading font."""

FONT_FILES = tuple(name for fonts in SCRIPT_FONTS.values() for _, name in fonts)
FALLBACK_FAMILY = "Noto Sans Devanagari"
URDU_READING_FAMILY = "Noto Nastaliq Urdu"
URDU_COMPACT_FAMILY = "Noto Naskh Arabic"

_registered: dict[str, str] | None = None


def register_bundled_fonts() -> dict[str, str]:
    """Register every bundled font with Qt (first call only; needs a QGuiApplication).

    Returns the family Qt gives each file. A font that cannot be loaded is logged and
    left out; its family name is then left for fontconfig to resolve.
    """
    global _registered
    if _registered is not None:
        return _registered
    registered: dict[str, str] = {}
    folder = resources.files("resources.fonts")
    for name in FONT_FILES:
        data = folder.joinpath(name).read_bytes()
        font_id = QFontDatabase.addApplicationFontFromData(data)
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if not families:
            log.warning("could not load the bundled font %s", name)
            continue
        registered[name] = families[0]
    _registered = registered
    return registered


def _bundled_families() -> frozenset[str]:
    return frozenset(register_bundled_fonts().values())


def devanagari_family() -> str:
    """The bundled Devanagari family (registering the bundled fonts on the first call)."""
    return register_bundled_fonts().get("NotoSansDevanagari-Regular.ttf", FALLBACK_FAMILY)


def script_family(script: Script | None, *, compact: bool = False) -> str:
    """The bundled family for ``script`` (Devanagari when None); ``compact`` picks Naskh for Arabic."""
    register_bundled_fonts()
    if script is None:
        return FALLBACK_FAMILY
    if script.code == "Arab":
        return URDU_COMPACT_FAMILY if compact else URDU_READING_FAMILY
    fonts = SCRIPT_FONTS.get(script.code)
    return fonts[0][0] if fonts else FALLBACK_FAMILY


def families_for(
    language: str | None, text: str = "", *, override: str | None = None, compact: bool = False
) -> list[str]:
    """The families to show a document in, first choice first, every bundled family after.

    ``override`` (a project's own choice for this document's script) comes first when given.
    """
    primary = script_family(document_script(language, text), compact=compact)
    ordered = [override] if override else []
    ordered.append(primary)
    ordered.extend(family for fonts in SCRIPT_FONTS.values() for family, _ in fonts)
    return list(dict.fromkeys(ordered))


def document_font(
    language: str | None,
    text: str = "",
    point_size: float = 0,
    *,
    override: str | None = None,
    compact: bool = False,
) -> QFont:
    """A font for a document in ``language`` holding ``text``: its script's family, then fallbacks."""
    families = families_for(language, text, override=override, compact=compact)
    font = QFont(families[0])
    font.setFamilies(families)
    if families[0] in _bundled_families():
        # A desktop may also have the family's Bold, which fontconfig can offer for weight
        # 400 (Noto Nastaliq Urdu's does, and draws broken joins): ask for the bundled style.
        font.setStyleName("Regular")
    if point_size > 0:
        font.setPointSizeF(point_size)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    return font


def interface_font(base: QFont) -> QFont:
    """``base`` (the desktop's UI font) with the bundled families as fallbacks, Naskh for Urdu.

    Tables, dialogs and panels then show every script the article view shows, on a machine
    with no Indic or Arabic fonts of its own; Nastaliq's tall lines would not fit a table row.
    """
    fallbacks = [family for fonts in SCRIPT_FONTS.values() for family, _ in fonts if family != URDU_READING_FAMILY]
    font = QFont(base)
    font.setFamilies(list(dict.fromkeys([base.family(), *fallbacks])))
    return font
