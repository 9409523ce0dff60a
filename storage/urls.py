"""Project addresses as people may see them: a database URL's password never reaches a message,
a log, a title bar or the settings."""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

_PASSWORD = re.compile(r"(://[^:/@\s]*:)[^@\s]*@")
MASK = "***"


def for_people(target: str | Path) -> str:
    """``target`` with any password masked: ``postgresql://ann:***@host/db``; a path as it is."""
    text = str(target)
    if "://" not in text:
        return text
    try:
        url = make_url(text)
    except ArgumentError:
        return _PASSWORD.sub(rf"\g<1>{MASK}@", text)
    if url.password is None:
        return _PASSWORD.sub(rf"\g<1>{MASK}@", text)
    return url.render_as_string(hide_password=True)


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


def without_password(target: str | Path) -> str:
    """``target`` with its password removed, for remembering (libpq finds it in ~/.pgpass next time)."""
    text = str(target)
    if "://" not in text:
        return text
    try:
        url = make_url(text)
    except ArgumentError:
        return _PASSWORD.sub("\\g<1>@", text).replace(":@", "@")
    return url._replace(password=None).render_as_string(hide_password=False)
