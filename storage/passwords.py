"""Where a database server's password comes from when the project URL carries none.

libpq reads ``PGPASSWORD`` and ``PGPASSFILE``/``~/.pgpass`` by itself; this adds the system
keyring (the optional ``keyring`` package: ``pip install 'kathan[keyring]'``). A password is
looked up under the service ``kathan`` and the name ``USER@HOST:PORT/DATABASE``, stored once with
``keyring set kathan ann@db.example:5432/newsroom``. The password found goes only into the
connection: every URL a person sees is masked (``storage.urls.for_people``) and the one
remembered has none (``storage.urls.without_password``).
"""

from __future__ import annotations

import logging
import os

from sqlalchemy.engine import URL

log = logging.getLogger(__name__)

KEYRING_SERVICE = "kathan"
DEFAULT_PORT = 5432


def keyring_name(url: URL) -> str:
    """The name a server project's password is kept under in the keyring: ``USER@HOST:PORT/DATABASE``."""
    user = url.username or os.environ.get("PGUSER") or _login()
    host = url.host or os.environ.get("PGHOST") or "localhost"
    port = url.port or int(os.environ.get("PGPORT") or DEFAULT_PORT)
    database = url.database or os.environ.get("PGDATABASE") or user
    return f"{user}@{host}:{port}/{database}"


def with_keyring_password(url: URL) -> URL:
    """``url`` with the keyring's password for it, when it is a server URL without one and the
    keyring holds one (``PGPASSWORD`` set: libpq's own choice is left alone). Without the
    ``keyring`` package, or with a keyring that cannot answer, ``url`` as it was."""
    if url.get_backend_name() != "postgresql" or url.password is not None or os.environ.get("PGPASSWORD"):
        return url
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError:
        return url
    name = keyring_name(url)
    try:
        password = keyring.get_password(KEYRING_SERVICE, name)
    except KeyringError as error:  # no usable backend, a locked store: libpq's own sources still apply
        log.info("the keyring could not answer for %s: %s", name, error)
        return url
    return url.set(password=password) if password else url


def _login() -> str:
    try:
        return os.getlogin()
    except OSError:
        return os.environ.get("USER", "")
