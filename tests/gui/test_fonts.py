"""The bundled fonts: each script's line renders with no missing glyph, in the family its language picks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QFont, QFontMetrics, QImage, QPainter, QRawFont, QTextLayout

from gui.fonts import (
    SCRIPT_FONTS,
    URDU_COMPACT_FAMILY,
    URDU_READING_FAMILY,
    document_font,
    families_for,
    register_bundled_fonts,
)
from kathan.text.scripts import script_of_char
from tests.text.test_languages import SENTENCES

LINES = [(language, text) for language, text, _ in SENTENCES] + [
    ("hi", "मंत्री ने कहा कि कल बारिश होगी। क्या आप आएँगे?"),
]
EXPECTED_FAMILY = {
    "ur": URDU_READING_FAMILY, "hi": "Noto Sans Devanagari", "mr": "Noto Sans Devanagari",
    "bn": "Noto Sans Bengali", "ta": "Noto Sans Tamil", "te": "Noto Sans Telugu", "gu": "Noto Sans Gujarati",
    "pa": "Noto Sans Gurmukhi", "kn": "Noto Sans Kannada", "ml": "Noto Sans Malayalam", "or": "Noto Sans Oriya",
    "si": "Noto Sans Sinhala",
}


def shaped_glyphs(font: QFont, text: str) -> list[int]:
    """The glyph indexes Qt shapes ``text`` into with ``font`` (fallback families included)."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(100_000)
    layout.endLayout()
    image = QImage(1200, 200, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    layout.draw(painter, QPointF(0, 0))
    painter.end()
    return [index for run in layout.glyphRuns() for index in run.glyphIndexes()]


def test_every_bundled_file_registers(qapp) -> None:  # type: ignore[no-untyped-def]
    """Each bundled file loads, under the family the script table names."""
    registered = register_bundled_fonts()
    for fonts in SCRIPT_FONTS.values():
        for family, name in fonts:
            assert registered[name] == family


@pytest.mark.parametrize(("language", "text"), LINES, ids=[line[0] for line in LINES])
def test_a_line_of_each_script_has_every_glyph(qapp, language: str, text: str) -> None:  # type: ignore[no-untyped-def]
    """The language picks its script's family, which holds every letter; shaping leaves no .notdef."""
    font = document_font(language, text, 14)
    assert font.families()[0] == EXPECTED_FAMILY[language]
    raw = QRawFont.fromFont(font)
    metrics = QFontMetrics(font)
    assert raw.familyName() == EXPECTED_FAMILY[language]
    letters = [c for c in text if script_of_char(c) is not None]
    assert [c for c in letters if not raw.supportsCharacter(ord(c))] == []
    assert [c for c in letters if not metrics.inFontUcs4(ord(c))] == []
    glyphs = shaped_glyphs(font, text)
    assert glyphs and 0 not in glyphs


def test_a_mixed_urdu_hindi_english_line_has_every_glyph(qapp) -> None:  # type: ignore[no-untyped-def]
    """Urdu with a Devanagari name, English and digits draws no box, in either Urdu family."""
    text = "وزیر نے کہا: “राम آئے” Reuters 2024 ۲۰۲۴ تک۔"
    for compact in (False, True):
        font = document_font("ur", text, 14, compact=compact)
        assert font.families()[0] == (URDU_COMPACT_FAMILY if compact else URDU_READING_FAMILY)
        glyphs = shaped_glyphs(font, text)
        assert 0 not in glyphs


def test_language_text_and_override_pick_the_family(qapp) -> None:  # type: ignore[no-untyped-def]
    """The text's script wins over a wrong language; a project override comes first of all."""
    assert families_for("hi", "وہ آیا۔")[0] == URDU_READING_FAMILY
    assert families_for("ta")[0] == "Noto Sans Tamil"
    assert families_for(None, "")[0] == "Noto Sans Devanagari"
    families = families_for("ur", "وہ آیا۔", override="Noto Naskh Arabic")
    assert families[0] == "Noto Naskh Arabic" and len(families) == len(set(families))


def test_a_project_override_is_kept_per_project_and_script(isolated_settings) -> None:  # type: ignore[no-untyped-def]
    """The override outlives the session, belongs to one project and one script, and can be cleared."""
    from gui.settings import Settings

    Settings().set_font_override("/p/urdu.kathan", "Arab", URDU_COMPACT_FAMILY)
    settings = Settings()
    assert settings.font_override("/p/urdu.kathan", "Arab") == URDU_COMPACT_FAMILY
    assert settings.font_override("/p/urdu.kathan", "Deva") is None
    assert settings.font_override("/p/other.kathan", "Arab") is None
    settings.set_font_override("/p/urdu.kathan", "Arab", None)
    assert Settings().font_override("/p/urdu.kathan", "Arab") is None


@pytest.mark.parametrize("language", ["ur", "ta", "hi"])
def test_the_bundled_file_is_the_one_drawn(qapp, language: str) -> None:  # type: ignore[no-untyped-def]
    """A desktop's own copy of the family (another style, another version) never replaces the bundled file."""
    from importlib import resources

    font = document_font(language, "", 14)
    name = next(n for fam, n in (f for fonts in SCRIPT_FONTS.values() for f in fonts) if fam == font.families()[0])
    bundled = QRawFont(resources.files("resources.fonts").joinpath(name).read_bytes(), 14)
    used = QRawFont.fromFont(font)
    assert bytes(used.fontTable("GPOS")) == bytes(bundled.fontTable("GPOS"))
    assert bytes(used.fontTable("cmap")) == bytes(bundled.fontTable("cmap"))


def test_the_interface_font_falls_back_to_every_bundled_script(qapp) -> None:  # type: ignore[no-untyped-def]
    """Tables and dialogs keep the desktop's font first and find Urdu (Naskh) and Indic glyphs after it."""
    from gui.fonts import interface_font

    base = QFont("DejaVu Sans", 10)
    font = interface_font(base)
    assert font.families()[0] == "DejaVu Sans"
    assert URDU_COMPACT_FAMILY in font.families() and URDU_READING_FAMILY not in font.families()
    for _, text in LINES:
        assert 0 not in shaped_glyphs(font, text)
