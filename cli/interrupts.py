"""Ctrl+C, SIGTERM and SIGHUP during a command.

Each signal raises KeyboardInterrupt at once, so a command stops where it is and removes its
temporary files on the way out, except inside a finaliser (``__del__``, as when a regex
pattern is freed while the rules compile), where Python would print the exception with a
traceback and drop it. There the signal is only recorded, and a long command notices it at its
next ``stop_if_interrupted`` (``kathan train`` asks between two CRFsuite iterations).

This state lives in a module of its own: ``python -m cli.main`` runs ``cli/main.py`` as
``__main__``, and a flag kept there would not be the one ``cli.commands`` sees.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

_INTERRUPTED = threading.Event()
_FINALISER_DEPTH = 8
"""How many frames up from the one a signal arrives in are searched for a ``__del__``."""


def stop_if_interrupted() -> None:
    """Raise KeyboardInterrupt when a signal asked the command to stop: the ``check`` a long
    command calls between its steps."""
    if _INTERRUPTED.is_set():
        raise KeyboardInterrupt("interrupted")


def _interrupt(signum: int, frame: FrameType | None) -> None:
    _INTERRUPTED.set()
    if not _in_finaliser(frame):
        raise KeyboardInterrupt(signal.Signals(signum).name)


def _in_finaliser(frame: FrameType | None) -> bool:
    """Whether ``frame`` runs inside a ``__del__``, where a raised KeyboardInterrupt is lost."""
    for _ in range(_FINALISER_DEPTH):
        if frame is None:
            return False
        if frame.f_code.co_name == "__del__":
            return True
        frame = frame.f_back
    return False


@contextmanager
def termination_as_interrupt() -> Iterator[None]:
    """Ctrl+C, SIGTERM and SIGHUP end the command inside alike (``_interrupt``); the handlers in
    place before are restored after it."""
    _INTERRUPTED.clear()
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    wanted = [s for s in (signal.SIGINT, signal.SIGTERM, getattr(signal, "SIGHUP", None)) if s is not None]
    previous = {s: signal.signal(s, _interrupt) for s in wanted}
    try:
        yield
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
