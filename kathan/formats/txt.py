"""Plain text: one article a file; the whole file is the document, its first line the title."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from kathan.formats.base import Format, OffsetUnit, ReadContext, Source
from kathan.model import DocumentRecord, InputError
from kathan.text.decode import normalize_newlines, read_text_file, title_of

EXAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "ambassador-lavrov.txt"


def read_txt(sources: Sequence[Source], ctx: ReadContext) -> Iterator[DocumentRecord]:
    for source in sources:
        try:
            raw = read_text_file(source.path)
        except InputError as exc:
            ctx.extend(exc.problems)
            continue
        finally:
            ctx.advance(source.size)
        text, _ = normalize_newlines(raw)
        yield DocumentRecord(name=source.name, text=text, title=title_of(text), source=str(source.path))


def sniff_txt(path: Path) -> bool:
    """A ``.txt`` file (brat's ``.txt`` with an ``.ann`` beside is claimed first); the reader
    refuses binary or non-UTF-8 ones with a message, so they are claimed here."""
    return path.suffix.lower() == ".txt"


FORMAT = Format(
    name="txt",
    title="Plain text",
    extensions=(".txt",),
    description="Plain text, one article a file (UTF-8 with or without BOM, UTF-16 with BOM); folders recursively",
    reader=read_txt,
    writer=None,
    examples=(EXAMPLE,),
    sniff=sniff_txt,
    offset_unit=OffsetUnit.NONE,
    priority=1000,
)
