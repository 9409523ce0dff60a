"""The layering holds at run time too: the core and storage load without Qt, the core without SQLAlchemy."""

from __future__ import annotations

import subprocess
import sys

CHECK = """
import sys, pkgutil, importlib
import kathan, storage, cli.commands
for package in (kathan, storage):
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        if ".migrations" not in info.name:
            importlib.import_module(info.name)
print(sorted(m for m in sys.modules if m.split(".")[0] in {"PySide6", "shiboken6", "gui"}))
"""


def test_core_storage_and_cli_commands_import_no_qt() -> None:
    out = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_core_imports_no_sqlalchemy() -> None:
    code = (
        "import sys, pkgutil, importlib, kathan\n"
        "for i in pkgutil.walk_packages(kathan.__path__, 'kathan.'): importlib.import_module(i.name)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in {'sqlalchemy', 'alembic', 'storage'}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
