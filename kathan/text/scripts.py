"""Writing systems: which script a language is written in, which script a text is in, and its direction.

Covers the scripts of indic-nlp-library's languages (Devanagari, Bengali-Assamese, Gurmukhi,
Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam, Sinhala) and the Arabic script of Urdu.
Scripts are named by their ISO 15924 codes (``Deva``, ``Arab``, ...), languages by ISO 639
codes (``hi``, ``ur``, ``mr``; a region or script subtag such as ``pa-IN`` is ignored).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache


@dataclass(frozen=True, slots=True)
class Script:
    """One writing system: its ISO 15924 code, English name, main Unicode block and direction."""

    code: str
    name: str
    first: int
    last: int
    right_to_left: bool = False

    def holds(self, char: str) -> bool:
        return self.first <= ord(char) <= self.last


SCRIPTS: dict[str, Script] = {
    s.code: s
    for s in (
        Script("Deva", "Devanagari", 0x0900, 0x097F),
        Script("Beng", "Bengali", 0x0980, 0x09FF),
        Script("Guru", "Gurmukhi", 0x0A00, 0x0A7F),
        Script("Gujr", "Gujarati", 0x0A80, 0x0AFF),
        Script("Orya", "Oriya", 0x0B00, 0x0B7F),
        Script("Taml", "Tamil", 0x0B80, 0x0BFF),
        Script("Telu", "Telugu", 0x0C00, 0x0C7F),
        Script("Knda", "Kannada", 0x0C80, 0x0CFF),
        Script("Mlym", "Malayalam", 0x0D00, 0x0D7F),
        Script("Sinh", "Sinhala", 0x0D80, 0x0DFF),
        Script("Arab", "Arabic", 0x0600, 0x06FF, right_to_left=True),
    )
}
"""Every script the text layer knows, by ISO 15924 code."""

LANGUAGE_SCRIPTS: dict[str, str] = {
    "hi": "Deva", "mr": "Deva", "ne": "Deva", "sa": "Deva", "kok": "Deva", "mai": "Deva",
    "bho": "Deva", "mag": "Deva", "doi": "Deva", "brx": "Deva",
    "bn": "Beng", "as": "Beng", "mni": "Beng",
    "pa": "Guru",
    "gu": "Gujr",
    "or": "Orya",
    "ta": "Taml",
    "te": "Telu",
    "kn": "Knda",
    "ml": "Mlym",
    "si": "Sinh",
    "ur": "Arab", "ks": "Arab", "sd": "Arab", "skr": "Arab", "pnb": "Arab", "fa": "Arab", "ar": "Arab",
}
"""The usual script of each language the text layer knows (Kashmiri and Sindhi in their Perso-Arabic form)."""

DEFAULT_LANGUAGE = "hi"

SCRIPT_LANGUAGES: dict[str, str] = {
    "Deva": "hi", "Arab": "ur", "Beng": "bn", "Guru": "pa", "Gujr": "gu", "Orya": "or",
    "Taml": "ta", "Telu": "te", "Knda": "kn", "Mlym": "ml", "Sinh": "si",
}
"""The language a text in each script is taken to be in when its own language says another script."""

_ARABIC_EXTRA = ((0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))


def base_language(language: str | None) -> str:
    """``language`` lower-cased without region or script subtags (``pa-IN`` → ``pa``); ``""`` for None."""
    if not language:
        return ""
    return language.replace("_", "-").split("-", 1)[0].strip().lower()


def script_of_language(language: str | None) -> Script | None:
    """The script ``language`` is usually written in, or None for a language the layer does not know."""
    code = LANGUAGE_SCRIPTS.get(base_language(language))
    return None if code is None else SCRIPTS[code]


def script_of_char(char: str) -> Script | None:
    """The script of one character, or None for Latin, digits, punctuation and anything else."""
    point = ord(char)
    if point < 0x0600:
        return None
    for script in SCRIPTS.values():
        if script.first <= point <= script.last:
            return script
    if any(first <= point <= last for first, last in _ARABIC_EXTRA):
        return SCRIPTS["Arab"]
    return None


def detect_script(text: str, sample: int = 4096) -> Script | None:
    """The script most letters of ``text`` (its first ``sample`` characters) are in, or None;
    between scripts with as many letters, the one met first.

    Counted in C: one regular expression drops every character of no script, a translation
    table turns each remaining one into its script's tag, ``str.count`` counts the tags
    (``script_of_char`` per character cost a document switch 10 ms, an export 20 s).
    """
    first = _any_script().search(text, 0, sample)
    if first is None:
        return None
    found = script_of_char(first.group())
    assert found is not None
    if _other_than(found.code).search(text, first.end(), sample) is None:
        return found  # letters of one script only, the common case: two scans in C, nothing counted
    drop, tags, codes = _script_tables()
    letters = drop.sub("", text[:sample]).translate(tags)
    if not letters:
        return None
    best = max(codes, key=lambda tag: (letters.count(tag), -_first(letters, tag)))
    return SCRIPTS[codes[best]]


def _first(letters: str, tag: str) -> int:
    found = letters.find(tag)
    return len(letters) if found < 0 else found


@cache
def _script_tables() -> tuple[re.Pattern[str], dict[int, str], dict[str, str]]:
    """What ``detect_script`` needs: a pattern of the characters of no script, the table from
    a character to its script's one-letter tag, and the script code of each tag. A character
    belongs where ``script_of_char`` puts it (from U+0600 on, the first range wins)."""
    tags: dict[int, str] = {}
    codes: dict[str, str] = {}
    for number, (code, script) in enumerate(SCRIPTS.items()):
        tag = chr(0x41 + number)
        codes[tag] = code
        ranges = [(script.first, script.last)] + (list(_ARABIC_EXTRA) if code == "Arab" else [])
        for first, last in ranges:
            for point in range(max(first, 0x0600), last + 1):
                tags.setdefault(point, tag)
    return re.compile(f"[^{_class_of(tags)}]+"), tags, codes


@cache
def _any_script() -> re.Pattern[str]:
    """One character of any script the layer knows."""
    return re.compile(f"[{_class_of(_script_tables()[1])}]")


@cache
def _other_than(code: str) -> re.Pattern[str]:
    """One character of a known script other than ``code``."""
    _, tags, codes = _script_tables()
    own = next(tag for tag, name in codes.items() if name == code)
    return re.compile(f"[{_class_of({point: tag for point, tag in tags.items() if tag != own})}]")


def _class_of(points: Iterable[int]) -> str:
    """The body of a regular-expression character class holding ``points``, as ranges."""
    spans: list[tuple[int, int]] = []
    for point in sorted(points):
        if spans and spans[-1][1] == point - 1:
            spans[-1] = (spans[-1][0], point)
        else:
            spans.append((point, point))
    return "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in spans)


def document_script(language: str | None, text: str) -> Script | None:
    """The script of a document: by its text when that is in a known script, else by its language.

    The text wins over the language so that a document tagged ``hi`` but written in Urdu (a
    wrong default on import) still gets an Arabic-script font and right-to-left layout.
    """
    return detect_script(text) or script_of_language(language)


def text_language(language: str | None, text: str) -> str:
    """The language whose text-layer rules fit ``text``: ``language`` when the text is in its
    script (or in none), else the main language of the text's script.

    A document imported with the default ``hi`` but written in Urdu gets Urdu's rules.
    """
    code = base_language(language) or DEFAULT_LANGUAGE
    detected = detect_script(text)
    if detected is None:
        return code
    own = script_of_language(code)
    if own is not None and own.code == detected.code:
        return code
    return SCRIPT_LANGUAGES[detected.code]


def is_right_to_left(language: str | None, text: str = "") -> bool:
    """Whether a document in ``language`` with ``text`` lays out right to left."""
    script = document_script(language, text)
    return script is not None and script.right_to_left


def language_tag(language: str | None, text: str = "") -> str:
    """The BCP 47 tag an export writes for a document: language and script (``ur-Arab``, ``mr-Deva``).

    The language alone when the script is unknown; ``und-Arab`` when only the script is.
    """
    code = base_language(language)
    script = document_script(language, text)
    if script is None:
        return code or "und"
    return f"{code or 'und'}-{script.code}"


def starts_right_to_left(text: str) -> bool:
    """Whether the first strongly directional character of ``text`` is right to left (Urdu, not digits or Latin).

    This is how a paragraph's direction is found (UAX #9, rules P2-P3), so a table cell
    holding ``"Metro" کے ترجمان`` reads left to right and ``وزیر نے کہا`` right to left.
    """
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False
