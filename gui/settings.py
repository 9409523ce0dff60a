"""User settings that outlive a session: last and recent projects, annotator name, zoom.

Stored with ``QSettings`` in an INI file under platformdirs' user config folder.
``KATHAN_CONFIG_DIR`` and ``KATHAN_DATA_DIR`` move both folders (tests and portable use).
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import platformdirs
from PySide6.QtCore import QSettings

RECENT_LIMIT = 10


def _key(project: str) -> str:
    """A settings key for a project path (INI keys cannot hold slashes)."""
    return hashlib.sha1(str(Path(project).resolve()).encode("utf-8")).hexdigest()[:16]


def config_dir() -> Path:
    """Where the settings file lives."""
    override = os.environ.get("KATHAN_CONFIG_DIR")
    return Path(override) if override else Path(platformdirs.user_config_dir("kathan"))


def data_dir() -> Path:
    """Where the first-start project is created."""
    override = os.environ.get("KATHAN_DATA_DIR")
    return Path(override) if override else Path(platformdirs.user_data_dir("kathan"))


class Settings:
    """Typed access to the settings file; every setter writes through at once."""

    def __init__(self, path: Path | None = None) -> None:
        path = path or config_dir() / "settings.ini"
        path.parent.mkdir(parents=True, exist_ok=True)
        self._qs = QSettings(str(path), QSettings.Format.IniFormat)

    @property
    def last_project(self) -> str | None:
        value = self._qs.value("projects/last", "")
        return str(value) or None

    @property
    def recent_projects(self) -> list[str]:
        value = self._qs.value("projects/recent", [])
        if isinstance(value, str):  # QSettings hands back a one-item list as a bare string
            value = [value] if value else []
        return [str(v) for v in value or []]

    def remember_project(self, path: str) -> None:
        """Make ``path`` the last project and the top of the recent list."""
        path = path if "://" in path else str(Path(path).resolve())
        recent = [path, *(p for p in self.recent_projects if p != path)][:RECENT_LIMIT]
        self._qs.setValue("projects/last", path)
        self._qs.setValue("projects/recent", recent)
        self._qs.sync()

    def forget_project(self, path: str) -> None:
        recent = [p for p in self.recent_projects if p != path]
        self._qs.setValue("projects/recent", recent)
        if self.last_project == path:
            self._qs.setValue("projects/last", "")
        self._qs.sync()

    @property
    def annotator(self) -> str | None:
        value = self._qs.value("user/annotator", "")
        return str(value) or None

    @annotator.setter
    def annotator(self, name: str) -> None:
        self._qs.setValue("user/annotator", name)
        self._qs.sync()

    @property
    def zoom(self) -> int:
        """The article's point size (0: the view's default)."""
        try:
            return int(self._qs.value("view/zoom", 0))
        except (TypeError, ValueError):
            return 0

    @zoom.setter
    def zoom(self, points: int) -> None:
        self._qs.setValue("view/zoom", int(points))
        self._qs.sync()

    @property
    def snap_to_tokens(self) -> bool:
        """Whether a selection snaps to whole tokens (else to grapheme clusters)."""
        return str(self._qs.value("view/snap_to_tokens", "true")).lower() == "true"

    @snap_to_tokens.setter
    def snap_to_tokens(self, on: bool) -> None:
        self._qs.setValue("view/snap_to_tokens", "true" if on else "false")
        self._qs.sync()

    @property
    def language(self) -> str | None:
        """The interface language chosen in View › Language (None: follow the system)."""
        value = self._qs.value("view/language", "")
        return str(value) or None

    @language.setter
    def language(self, code: str) -> None:
        self._qs.setValue("view/language", code)
        self._qs.sync()

    @property
    def show_labels(self) -> bool:
        """Whether span names are shown above the text."""
        return str(self._qs.value("view/show_labels", "true")).lower() == "true"

    @show_labels.setter
    def show_labels(self, on: bool) -> None:
        self._qs.setValue("view/show_labels", "true" if on else "false")
        self._qs.sync()

    @property
    def show_all_arcs(self) -> bool:
        """Whether every relation on screen is drawn (else only the selected span's)."""
        return str(self._qs.value("view/show_all_arcs", "true")).lower() == "true"

    @show_all_arcs.setter
    def show_all_arcs(self, on: bool) -> None:
        self._qs.setValue("view/show_all_arcs", "true" if on else "false")
        self._qs.sync()

    def remember_position(self, project: str, document: str, offset: int) -> None:
        """Where the user was in ``project``: the open document's name and the first offset on screen."""
        self._qs.setValue(f"positions/{_key(project)}", [document, str(offset)])
        self._qs.sync()

    def position(self, project: str) -> tuple[str, int] | None:
        """The document name and offset remembered for ``project``, if any."""
        value = self._qs.value(f"positions/{_key(project)}")
        if not isinstance(value, list) or len(value) != 2:
            return None
        try:
            return str(value[0]), int(value[1])
        except (TypeError, ValueError):
            return None

    @property
    def geometry(self) -> bytes | None:
        value = self._qs.value("window/geometry")
        return bytes(value) if value else None

    @geometry.setter
    def geometry(self, value: bytes) -> None:
        self._qs.setValue("window/geometry", value)
        self._qs.sync()

    def font_override(self, project: str, script: str) -> str | None:
        """The family ``project`` shows documents of ``script`` (ISO 15924) in, when the user chose one."""
        value = self._qs.value(f"fonts/{_project_key(project)}/{script}", "")
        return str(value) or None

    def set_font_override(self, project: str, script: str, family: str | None) -> None:
        """Show ``project``'s documents in ``script`` in ``family``; None goes back to the bundled choice."""
        key = f"fonts/{_project_key(project)}/{script}"
        if family:
            self._qs.setValue(key, family)
        else:
            self._qs.remove(key)
        self._qs.sync()


def _project_key(project: str) -> str:
    """A settings-safe key for a project path or URL (QSettings treats ``/`` as a group separator)."""
    return hashlib.sha1(project.encode("utf-8")).hexdigest()[:16]
