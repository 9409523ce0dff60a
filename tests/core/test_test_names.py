"""A test module that defines a test twice runs only the second: the first is lost without a word."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]


def _twice(body: list[ast.stmt]) -> list[str]:
    names = Counter(n.name for n in body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)))
    return sorted(name for name, count in names.items() if count > 1)


def test_no_test_module_defines_a_name_twice() -> None:
    found = {}
    for path in sorted(TESTS.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        twice = _twice(tree.body) + [f"{c.name}.{n}" for c in tree.body if isinstance(c, ast.ClassDef) for n in _twice(c.body)]
        if twice:
            found[str(path.relative_to(TESTS))] = twice
    assert found == {}
