"""Project addresses as people may see them: a database URL's password never reaches a message,
a log, a title bar or the settings."""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

_PASSWORD = re.compile(r"(://[^:/@\s]*:)[^@\s]*@")
MASK = "***"
_SECRET_KEYS = frozenset({"password", "passwd", "pwd", "sslpassword", "secret", "token"})
_SECRET_QUERY = re.compile(r"([?&](?:password|passwd|pwd|sslpassword|secret|token)=)[^&\s]*", re.IGNORECASE)


def for_people(target: str | Path) -> str:
    """``target`` with any password masked: ``postgresql://ann:***@host/db``; a path as it is."""
    text = str(target)
    if "://" not in text:
        return text
    try:
        url = make_url(text)
        secret_keys = [key for key in url.query if key.lower() in _SECRET_KEYS]
        if secret_keys:
            url = url.update_query_dict({key: MASK for key in secret_keys})
        if url.password is None:
            return _PASSWORD.sub(rf"\g<1>{MASK}@", url.render_as_string(hide_password=False))
        return url.render_as_string(hide_password=True)
    except (ArgumentError, ValueError):  # unparsable, or a port that is not a number
        return _SECRET_QUERY.sub(rf"\g<1>{MASK}", _PASSWORD.sub(rf"\g<1>{MASK}@", text))


def mask_in(message: str, target: str | Path) -> str:
    """``message`` with every appearance of ``target``'s password masked."""
    text = str(target)
    if "://" not in text:
        return message
    try:
        password = make_url(text).password
    except ArgumentError:
        password = None
    message = message.replace(text, for_people(text))
    if password:
        message = message.replace(str(password), MASK)
    return message
