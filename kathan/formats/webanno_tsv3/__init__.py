"""WebAnno TSV 3.3, INCEpTION's ``ctsv3`` format: one ``NAME.tsv`` per document, offsets in UTF-16 units.

``read`` rebuilds text, spans, relations, slot and chain links as INCEpTION's deserializer
does; ``write`` lays documents out as INCEpTION's serializer does and reads each file back.
"""

from __future__ import annotations

from pathlib import Path

from kathan.formats.base import Format, Layout, OffsetUnit
from kathan.formats.guards import head_text
from kathan.formats.webanno_tsv3.read import FORMAT_PREFIX, read_webanno_tsv
from kathan.formats.webanno_tsv3.write import write_webanno_tsv

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "webanno_tsv3"


def sniff_webanno_tsv(path: Path) -> bool:
    """A file whose first line is ``#FORMAT=WebAnno TSV 3.x``."""
    return head_text(path, 256).startswith(FORMAT_PREFIX)


FORMAT = Format(
    name="webanno-tsv3",
    title="WebAnno TSV 3 (INCEpTION)",
    extensions=(".tsv",),
    description="INCEpTION's WebAnno TSV 3.3: one NAME.tsv per document (layers, sub-token and stacked spans, relations)",
    reader=read_webanno_tsv,
    writer=write_webanno_tsv,
    examples=(EXAMPLE,),
    sniff=sniff_webanno_tsv,
    writes=Layout.FOLDER,
    offset_unit=OffsetUnit.UTF16,
    priority=40,
    keeps_text=False,  # the writer reads its own output back and checks the text exactly, save what it reports
)
