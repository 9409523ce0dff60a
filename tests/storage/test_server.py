"""A shared PostgreSQL server: the password never shows, ~/.pgpass works, others' edits are seen."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from cli.main import main
from kathan.model import DocumentRecord
from storage import ProjectError, Workspace
from storage.urls import for_people
from tests.conftest import POSTGRES, fresh_postgres

SECRET = make_url(POSTGRES).password if POSTGRES else None
needs_password = pytest.mark.skipif(not SECRET, reason="needs KATHAN_TEST_POSTGRES with a password (.ci/run gives one)")


def test_for_people_masks_the_password_only() -> None:
    """A URL shows user, host and database but never the password; a path is left alone."""
    assert for_people("postgresql+psycopg://ann:s3cr3t@db.example:5432/corpus") == "postgresql+psycopg://ann:***@db.example:5432/corpus"
    assert for_people("postgresql://ann@db/corpus") == "postgresql://ann@db/corpus"
    assert for_people("postgresql://ann:p%40ss@db/corpus") == "postgresql://ann:***@db/corpus"
    assert for_people(Path("/home/ann/p.kathan")) == "/home/ann/p.kathan"


def test_a_refused_url_never_shows_its_password(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Opening a project at an unreachable server fails with a message that masks the password."""
    url = "postgresql+psycopg://ann:hunter2secret@127.0.0.1:1/nowhere?connect_timeout=2"
    with pytest.raises(ProjectError) as refused:
        Workspace.open(url)
    assert "hunter2secret" not in str(refused.value) and "ann:***@" in str(refused.value)
    assert main(["stats", url]) == 1
    out, err = capsys.readouterr()
    assert "hunter2secret" not in out + err


@needs_password
def test_the_server_password_stays_out_of_everything_shown(capsys: pytest.CaptureFixture[str]) -> None:
    """A project opened with the password in its URL: url, CLI output and the stored project hold no password."""
    url = fresh_postgres("k_secret")
    assert main(["init", url]) == 0
    assert main(["import", url, "--annotator", "asha", str(Path(__file__).parents[2] / "resources" / "samples")]) == 0
    assert main(["stats", url]) == 0
    with Workspace.open(url, annotator="asha") as ws:
        assert SECRET not in ws.url
        dumped = "".join(str(a) for d in ws.iter_annotated() for a in (d.document.meta, d.document.title))
        assert SECRET not in dumped
        assert all(SECRET not in a.name for a in ws.annotators())
    out, err = capsys.readouterr()
    assert SECRET not in out + err


@needs_password
def test_a_pgpass_file_supplies_the_password(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without a password in the URL, libpq's PGPASSFILE (~/.pgpass format) is used."""
    url = make_url(fresh_postgres("k_pgpass"))
    passfile = tmp_path / "pgpass"
    passfile.write_text(f"{url.host}:{url.port or 5432}:{url.database}:{url.username}:{SECRET}\n", encoding="utf-8")
    passfile.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(passfile))
    bare = url._replace(password=None).render_as_string(hide_password=False)
    assert SECRET not in bare
    with Workspace.create(bare, annotator="asha") as ws:
        ws.import_records([DocumentRecord(name="a", text="पाठ।")])
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "missing"))
    with pytest.raises(ProjectError, match="password"):
        Workspace.open(bare)


@pytest.mark.skipif(not POSTGRES, reason="set KATHAN_TEST_POSTGRES to a PostgreSQL URL to run")
def test_another_desktop_sees_an_edit_through_data_version() -> None:
    """Two annotators on one server: the second's data_version moves when the first commits."""
    url = fresh_postgres("k_shared")
    with Workspace.create(url, annotator="asha") as asha, Workspace.open(url, annotator="ravi") as ravi:
        (doc,) = asha.import_records([DocumentRecord(name="a", text="मंत्री ने कहा।")]).documents_added
        seen = ravi.data_version()
        asha.add_span(doc, "SPEAKER", [(0, len("मंत्री"))])
        assert ravi.data_version() != seen
        assert [s.annotator for s in ravi.spans(doc)] == ["asha"]



class MemoryKeyring:
    """A keyring backend holding passwords in a dict (the machine's own is never touched by tests)."""

    def __init__(self, passwords: dict[tuple[str, str], str]) -> None:
        self.passwords = passwords
        self.asked: list[tuple[str, str]] = []

    def get_password(self, service: str, name: str) -> str | None:
        self.asked.append((service, name))
        return self.passwords.get((service, name))


@pytest.fixture
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> MemoryKeyring:
    import keyring

    store = MemoryKeyring({})
    monkeypatch.setattr(keyring, "get_password", store.get_password)
    monkeypatch.delenv("PGPASSWORD", raising=False)
    return store


def test_the_keyring_supplies_a_password_the_url_lacks(memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch) -> None:
    """A server URL without a password connects with the keyring's one for USER@HOST:PORT/DATABASE; a
    URL with its own password, a SQLite file, or PGPASSWORD set never asks; the password shows nowhere."""
    import sys

    from storage.engine import make_engine, project_url
    from storage.passwords import KEYRING_SERVICE, with_keyring_password

    memory_keyring.passwords[(KEYRING_SERVICE, "ann@127.0.0.1:1/nowhere")] = "kr-s3cret"
    bare = "postgresql+psycopg://ann@127.0.0.1:1/nowhere?connect_timeout=2"
    engine = make_engine(project_url(bare))
    try:
        assert engine.url.password == "kr-s3cret"
    finally:
        engine.dispose()
    with pytest.raises(ProjectError) as refused:
        Workspace.open(bare)
    assert "kr-s3cret" not in str(refused.value)
    assert with_keyring_password(make_url("postgresql+psycopg://ann:own@127.0.0.1:1/nowhere")).password == "own"
    assert with_keyring_password(make_url("sqlite:///p.kathan")).password is None
    monkeypatch.setenv("PGPASSWORD", "from-env")
    assert with_keyring_password(make_url(bare)).password is None  # libpq takes PGPASSWORD itself
    monkeypatch.delenv("PGPASSWORD")
    asked = len(memory_keyring.asked)
    monkeypatch.setitem(sys.modules, "keyring", None)  # the optional package not installed
    assert with_keyring_password(make_url(bare)).password is None
    assert len(memory_keyring.asked) == asked


def test_a_keyring_that_cannot_answer_leaves_the_url_as_it_was(monkeypatch: pytest.MonkeyPatch) -> None:
    """No usable keyring backend (a headless machine): the URL goes to libpq unchanged."""
    import keyring
    from keyring.errors import NoKeyringError

    from storage.passwords import with_keyring_password

    def refuse(_service: str, _name: str) -> str:
        raise NoKeyringError("no backend")

    monkeypatch.setattr(keyring, "get_password", refuse)
    monkeypatch.delenv("PGPASSWORD", raising=False)
    url = make_url("postgresql+psycopg://ann@db.example/newsroom")
    assert with_keyring_password(url) == url


@needs_password
def test_a_server_project_opens_with_the_keyrings_password(memory_keyring: MemoryKeyring, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The password kept in the keyring (and no ~/.pgpass) opens the project on the real server."""
    from storage.passwords import KEYRING_SERVICE, keyring_name

    url = make_url(fresh_postgres("k_keyring"))
    bare = url._replace(password=None)
    memory_keyring.passwords[(KEYRING_SERVICE, keyring_name(bare))] = str(SECRET)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "missing"))
    with Workspace.create(bare.render_as_string(hide_password=False), annotator="asha") as ws:
        ws.import_records([DocumentRecord(name="a", text="पाठ।")])
        assert SECRET not in ws.url
