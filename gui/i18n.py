"""The interface in Hindi and English: Qt's translation files and the ``tr`` every visible string goes through.

Sources are ``resources/translations/kathan_<lang>.ts`` (Qt Linguist's XML, kept in step with
the code by ``python -m gui.i18n update``), compiled to the ``.qm`` files shipped beside them
(``python -m gui.i18n release`` runs ``pyside6-lrelease``). The language is the one asked for
(``kathan gui --lang``, View › Language), else the one remembered, else the system locale's,
else English. English needs no file: the source strings are English.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

CONTEXT = "Kathan"
LANGUAGES = {"en": "English", "hi": "हिन्दी"}
"""The interface languages, each named in itself (for View › Language)."""
SOURCE_LANGUAGE = "en"
GUI_ROOT = Path(__file__).resolve().parent


def tr(text: str) -> str:
    """``text`` in the interface language (``text`` itself when it has no translation)."""
    return QCoreApplication.translate(CONTEXT, text)


def N_(text: str) -> str:  # noqa: N802 - gettext's name for it
    """Marks ``text`` for translation where it is defined (a table header, a status name);
    ``tr`` translates it where it is shown."""
    return text


def system_language() -> str:
    """The system locale's language, when Kathan speaks it; else English."""
    name = QLocale.system().name().split("_")[0]
    return name if name in LANGUAGES else SOURCE_LANGUAGE


def choose_language(asked: str | None, remembered: str | None) -> str:
    for lang in (asked, remembered):
        if lang in LANGUAGES:
            return lang  # type: ignore[return-value]
    return system_language()


_installed: QTranslator | None = None
_installed_data = b""
"""The loaded .qm bytes: QTranslator reads them in place and never copies them."""
_current = SOURCE_LANGUAGE


def current_language() -> str:
    """The language the interface is being built in now."""
    return _current


def install(lang: str) -> bool:
    """Make ``lang`` the interface language of the running application; whether its file loaded."""
    global _installed, _installed_data, _current
    app = QCoreApplication.instance()
    assert app is not None, "install a language once the application exists"
    if _installed is not None:
        app.removeTranslator(_installed)
        _installed = None
    _current = SOURCE_LANGUAGE
    if lang == SOURCE_LANGUAGE:
        return True
    translator = QTranslator(app)
    data = resources.files("resources.translations").joinpath(f"kathan_{lang}.qm").read_bytes()
    if not translator.load(data):
        return False
    app.installTranslator(translator)
    _installed, _installed_data, _current = translator, data, lang
    return True


# -- keeping the sources in step (development tools, not used at run time) ------------------------


def strings_in_code(root: Path = GUI_ROOT) -> list[str]:
    """Every literal passed to ``tr(...)`` in the GUI's modules, in first-seen order."""
    found: dict[str, None] = {}
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("tr", "N_")
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.setdefault(node.args[0].value, None)
    return list(found)


def ts_path(lang: str) -> Path:
    return Path(str(resources.files("resources.translations"))) / f"kathan_{lang}.ts"


def read_ts(path: Path) -> dict[str, str]:
    """source → translation ("" when unfinished) of a .ts file."""
    if not path.exists():
        return {}
    out: dict[str, str] = {}
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        unfinished = translation is not None and translation.get("type") == "unfinished"
        out[source] = "" if translation is None or unfinished else (translation.text or "")
    return out


def write_ts(path: Path, lang: str, sources: list[str], translations: dict[str, str]) -> None:
    root = ET.Element("TS", version="2.1", language=lang, sourcelanguage=SOURCE_LANGUAGE)
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for source in sources:
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = source
        translation = ET.SubElement(message, "translation")
        if translations.get(source):
            translation.text = translations[source]
        else:
            translation.set("type", "unfinished")
    ET.indent(root)
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + ET.tostring(root, encoding="unicode") + "\n", encoding="utf-8")


def update(lang: str) -> list[str]:
    """Bring ``kathan_<lang>.ts`` in step with the code (new strings unfinished, gone ones dropped);
    returns the sources still without a translation."""
    sources = strings_in_code()
    known = read_ts(ts_path(lang))
    write_ts(ts_path(lang), lang, sources, known)
    return [s for s in sources if not known.get(s)]


def release(lang: str) -> Path:
    """Compile ``kathan_<lang>.ts`` to the shipped ``.qm`` with pyside6-lrelease."""
    source = ts_path(lang)
    target = source.with_suffix(".qm")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease) if lrelease.exists() else "pyside6-lrelease", str(source), "-qm", str(target)], check=True)
    return target


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "update"
    for lang in (code for code in LANGUAGES if code != SOURCE_LANGUAGE):
        if command == "update":
            missing = update(lang)
            print(f"{ts_path(lang).name}: {len(missing)} strings without a translation")
        else:
            print(f"wrote {release(lang)}")
