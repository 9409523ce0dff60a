"""Which suggesters a project can use: the built-in rules, ones registered in code, and
ones installed as ``kathan.suggesters`` entry points (e.g. a user's spaCy model).

An entry point or a registered factory is any callable returning a ``Suggester``; a class
with a no-argument constructor is such a callable. Storage and the GUI only ever see the
name and the ``Suggester`` protocol, so a new suggester needs no change to either.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib.metadata import entry_points

from kathan.suggest.base import Suggester

ENTRY_POINT_GROUP = "kathan.suggesters"
DEFAULT_SUGGESTER = "hindi-rules"

SuggesterFactory = Callable[[], Suggester]

_factories: dict[str, SuggesterFactory] = {}


def register_suggester(name: str, factory: SuggesterFactory, *, replace: bool = False) -> None:
    """Make ``factory`` available as ``name``; refuses to shadow a name unless ``replace``."""
    if not name or not name.strip():
        raise ValueError("a suggester needs a non-empty name")
    if name in _factories and not replace:
        raise ValueError(f"a suggester named {name!r} is already registered")
    _factories[name] = factory


def unregister_suggester(name: str) -> None:
    _factories.pop(name, None)


def _builtin() -> dict[str, SuggesterFactory]:
    from kathan.suggest.rules import RuleSuggester

    return {DEFAULT_SUGGESTER: RuleSuggester}


def _installed() -> dict[str, SuggesterFactory]:
    found: dict[str, SuggesterFactory] = {}
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        found[ep.name] = _lazy(ep.load)
    return found


def _lazy(load: Callable[[], SuggesterFactory]) -> SuggesterFactory:
    def factory() -> Suggester:
        return load()()

    return factory


def _all() -> dict[str, SuggesterFactory]:
    return {**_builtin(), **_installed(), **_factories}


def suggester_names() -> list[str]:
    """Every available suggester name, the default first."""
    names = sorted(_all())
    names.remove(DEFAULT_SUGGESTER)
    return [DEFAULT_SUGGESTER, *names]


def get_suggester(name: str = DEFAULT_SUGGESTER) -> Suggester:
    """A new instance of the suggester called ``name``; ``KeyError`` lists the known names."""
    factories = _all()
    if name not in factories:
        raise KeyError(f"no suggester named {name!r} (known: {', '.join(suggester_names())})")
    suggester = factories[name]()
    if not isinstance(suggester, Suggester):
        raise TypeError(f"suggester {name!r} does not provide name and suggest(document)")
    return suggester
