"""Hostile XML and zips are refused by name before anything is parsed, with memory bounded."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from kathan.formats.untrusted import check_xml, read_xml_file, read_zip_members, safe_relative_name
from kathan.model import InputError

XXE = b"""<?xml version="1.0"?>
<!DOCTYPE xmi [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<xmi:XMI xmlns:xmi="http://www.omg.org/XMI"><cas:Sofa sofaString="&secret;"/></xmi:XMI>"""
LAUGHS = b"""<?xml version="1.0"?><!-- a comment first -->
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
<lolz>&lol2;</lolz>"""


def _message(caught: pytest.ExceptionInfo[InputError]) -> str:
    return str(caught.value.problems[0])


@pytest.mark.parametrize("data", [XXE, LAUGHS, b"\xef\xbb\xbf" + XXE, "\ufeff".encode("utf-16-le")[:0] + b"\xff\xfe" + XXE.decode().encode("utf-16-le")])
def test_xml_declaring_entities_is_refused(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "hostile.xmi"
    path.write_bytes(data)
    with pytest.raises(InputError) as caught:
        read_xml_file(path)
    assert _message(caught).startswith(f"{path}: the XML declares a document type or entities")


def test_plain_xmi_prolog_passes() -> None:
    check_xml(b'<?xml version="1.0" encoding="UTF-8"?>\n<!-- x --><xmi:XMI xmi:version="2.0"/>', "ok.xmi")


def test_xml_over_the_limit_is_refused_from_its_size(tmp_path: Path) -> None:
    path = tmp_path / "big.xmi"
    path.write_bytes(b"<a>" + b" " * 2000 + b"</a>")
    with pytest.raises(InputError) as caught:
        read_xml_file(path, limit=1000)
    assert _message(caught) == f"{path}: the file is 2,007 bytes, over the limit of 1,000"


@pytest.mark.parametrize("member", ["../evil.xmi", "/etc/evil.xmi", "a/../../evil.xmi", "C:/evil.xmi", "..\\evil.xmi"])
def test_zip_members_leaving_the_archive_are_refused(tmp_path: Path, member: str) -> None:
    archive = tmp_path / "hostile.zip"
    with zipfile.ZipFile(archive, "w") as handle:
        handle.writestr("ok.xmi", "<a/>")
        handle.writestr(member, "<a/>")
    with pytest.raises(InputError) as caught:
        read_zip_members(archive, lambda name: True)
    assert _message(caught) == f"{archive}: the archive member {member!r} would be written outside the archive (absolute or '..'): refused"


def test_zip_bomb_stops_at_the_limit(tmp_path: Path) -> None:
    """A member of 50 MB of zeros (50 KB compressed) is refused after reading the limit, not all of it."""
    archive = tmp_path / "bomb.zip"
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as handle:
        handle.writestr("doc.xmi", b"\x00" * (50 * 1024 * 1024))
    assert archive.stat().st_size < 200_000
    with pytest.raises(InputError) as caught:
        read_zip_members(archive, lambda name: True, member_limit=4 * 1024 * 1024)
    assert _message(caught) == f"{archive}: the archive member 'doc.xmi' inflates past 4,194,304 bytes (a zip bomb?): refused"


def test_not_a_zip_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "fake.zip"
    path.write_bytes(b"PK not really")
    with pytest.raises(InputError) as caught:
        read_zip_members(path, lambda name: True)
    assert _message(caught).startswith(f"{path}: not a readable zip archive")


def test_safe_relative_name_stays_inside() -> None:
    assert safe_relative_name("../../etc/passwd") == "_/_/etc/passwd"
    assert safe_relative_name("/abs/x") == "_/abs/x"
    assert safe_relative_name("C:\\x") == "C_/x"
    assert safe_relative_name("news/one") == "news/one"
