"""Reading untrusted XML and zip archives with bounded memory, and safe output names.

A hostile file is refused with an ``InputError`` naming it, before anything is parsed or
extracted: XML with a ``<!DOCTYPE`` (the only way to declare external entities or the nested
entities of a "billion laughs" attack; UIMA XMI and type systems never have one), zip members
whose names climb out of the archive (``../``, absolute paths, drive letters), and archives
whose members would inflate past a limit (checked on the bytes actually read, not on the sizes
the archive claims).
"""

from __future__ import annotations

import os
import re
import stat
import zipfile
from collections.abc import Callable
from pathlib import Path, PurePosixPath

from kathan.model import InputError, Problem

MAX_XML_BYTES = 256 * 1024 * 1024
"""The largest XML file (or archive member) read: a long article's XMI is a few MB."""
MAX_ARCHIVE_BYTES = 512 * 1024 * 1024
"""The most bytes read out of one archive, all members together."""
MAX_ARCHIVE_MEMBERS = 10_000
_CHUNK = 1024 * 1024
_PROLOG_ITEM = re.compile(rb"\s*(<\?.*?\?>|<!--.*?-->)", re.DOTALL)
_DRIVE = re.compile(r"^[A-Za-z]:")


def refuse(source: str, message: str) -> InputError:
    return InputError([Problem(source, 0, message)])


def check_xml(data: bytes, source: str) -> None:
    """Refuses XML whose prolog declares a document type (entities: external or expanding)."""
    head = data[:_CHUNK]
    for bom, encoding in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if head.startswith(bom):
            head = head[len(bom):].decode(encoding, errors="ignore").encode("utf-8")
            break
    head = head.removeprefix(b"\xef\xbb\xbf")
    position = 0
    while True:
        match = _PROLOG_ITEM.match(head, position)
        if not match:
            break
        position = match.end()
    rest = head[position:].lstrip()
    if rest[:9].upper() == b"<!DOCTYPE" or b"<!ENTITY" in data:
        raise refuse(
            source,
            "the XML declares a document type or entities (<!DOCTYPE>/<!ENTITY>), which UIMA XMI never "
            "needs and which can read local files or expand without bound: refused",
        )


def read_xml_file(path: Path, limit: int = MAX_XML_BYTES) -> bytes:
    """The bytes of an XML file, refused when larger than ``limit`` or declaring entities."""
    source = str(path)
    try:
        with path.open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > limit:
                raise refuse(source, f"the file is {size:,} bytes, over the limit of {limit:,}")
            data = handle.read(limit + 1)
    except OSError as exc:
        raise refuse(source, f"cannot read the file: {exc.strerror or exc}") from None
    if len(data) > limit:
        raise refuse(source, f"the file is over the limit of {limit:,} bytes")
    check_xml(data, source)
    return data


def check_member_name(name: str, source: str) -> None:
    """Refuses an archive member name that is absolute or climbs out of the archive."""
    normal = name.replace("\\", "/")
    parts = PurePosixPath(normal).parts
    if normal.startswith("/") or _DRIVE.match(normal) or ".." in parts:
        raise refuse(source, f"the archive member {name!r} would be written outside the archive (absolute or '..'): refused")


def read_zip_members(
    path: Path,
    wanted: Callable[[str], bool],
    member_limit: int = MAX_XML_BYTES,
    total_limit: int = MAX_ARCHIVE_BYTES,
) -> dict[str, bytes]:
    """The members of the zip at ``path`` that ``wanted`` picks, by name, read with bounded memory.

    Every member name is checked first (one hostile name refuses the whole archive); symbolic
    links and more than ``MAX_ARCHIVE_MEMBERS`` members are refused; reading stops as soon as a
    member passes ``member_limit`` or all of them ``total_limit`` (a zip bomb), whatever sizes the
    archive declares.
    """
    source = str(path)
    try:
        archive = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as exc:
        raise refuse(source, f"not a readable zip archive: {exc}") from None
    members: dict[str, bytes] = {}
    total = 0
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_ARCHIVE_MEMBERS:
            raise refuse(source, f"the archive has {len(infos):,} members, over the limit of {MAX_ARCHIVE_MEMBERS:,}")
        for info in infos:
            check_member_name(info.filename, source)
            if stat.S_ISLNK(info.external_attr >> 16):
                raise refuse(source, f"the archive member {info.filename!r} is a symbolic link: refused")
        for info in infos:
            if info.is_dir() or not wanted(info.filename):
                continue
            chunks: list[bytes] = []
            size = 0
            try:
                with archive.open(info) as handle:
                    while chunk := handle.read(_CHUNK):
                        size += len(chunk)
                        total += len(chunk)
                        if size > member_limit or total > total_limit:
                            limit = member_limit if size > member_limit else total_limit
                            raise refuse(
                                source,
                                f"the archive member {info.filename!r} inflates past {limit:,} bytes "
                                "(a zip bomb?): refused",
                            )
                        chunks.append(chunk)
            except (OSError, zipfile.BadZipFile, RuntimeError, NotImplementedError, EOFError) as exc:
                raise refuse(source, f"cannot read the archive member {info.filename!r}: {exc}") from None
            members[info.filename] = b"".join(chunks)
    return members


def safe_relative_name(name: str) -> str:
    """A document name as a relative path that stays inside the output folder (``..`` → ``_``)."""
    parts = [part if part not in ("", ".", "..") else "_" for part in name.replace("\\", "/").split("/")]
    if parts and _DRIVE.match(parts[0]):
        parts[0] = parts[0].replace(":", "_")
    return "/".join(parts)
