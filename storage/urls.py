"""Project addresses as people may see them: a database URL's password never reaches a message,
a log, a title bar or the settings."""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

_PASSWORD = re.compile(r"(://[^:/@\s]*:)[^@\s]*@")
MASK = "***"
_SECRET_KEYS = frozenset({"password", "passwd", "pwd", "sslpassword", "secret", "token"})
_SECRET_QUERY = re.compile(r"([?&](?:password|passwd|pwd|sslpassword|secret|token)=)[^&\s]*", re.IGNORECASE)


def _parsed(text: str) -> URL | None:
    """``text`` as a URL, or None for a path or something SQLAlchemy cannot read."""
    if "://" not in text:
        return None
    try:
        return make_url(text)
    except (ArgumentError, ValueError):  # unparsable, or a port that is not a number
        return None


def for_people(target: str | Path) -> str:
    """``target`` with any password masked: ``postgresql://ann:***@host/db``; a path as it is."""
    text = str(target)
    url = _parsed(text)
    if url is None:
        return _masked_text(text) if "://" in text else text
    try:
        secret_keys = [key for key in url.query if key.lower() in _SECRET_KEYS]
        if secret_keys:
            url = url.update_query_dict({key: MASK for key in secret_keys})
        if url.password is None:
            return _PASSWORD.sub(rf"\g<1>{MASK}@", url.render_as_string(hide_password=False))
        return url.render_as_string(hide_password=True)
    except ValueError:  # a port that is not a number
        return _masked_text(text)


def _masked_text(text: str) -> str:
    """``text`` that is no URL SQLAlchemy can render, with a user's password and secret query values masked."""
    return _SECRET_QUERY.sub(rf"\g<1>{MASK}", _PASSWORD.sub(rf"\g<1>{MASK}@", text))


def without_password(target: str | Path) -> str:
    """``target`` with its password removed, for remembering (libpq finds it in ~/.pgpass next time)."""
    text = str(target)
    url = _parsed(text)
    if url is None:
        return _PASSWORD.sub(r"\g<1>@", text).replace(":@", "@") if "://" in text else text
    return url._replace(password=None).render_as_string(hide_password=False)
