"""Property tests: random Devanagari + emoji + Latin text with random spans survive WebAnno TSV and
UIMA XMI export -> import, as far as each format can hold them (one span per fragment; TSV
trims span edges to tokens and rebuilds leading whitespace as spaces). The writers are called
directly: each checks its own output exactly, leading whitespace included."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import given

from kathan.formats.base import as_annotated
from kathan.formats.registry import read_paths
from kathan.formats.webanno_tsv3.write import write_webanno_tsv
from kathan.model import DocumentRecord, Fragment, KathanError
from kathan.text.graphemes import is_cluster_boundary
from kathan.text.tokens import Tokens

from .test_properties import SETTINGS, documents


def _trimmed(tokens: Tokens, fragment: Fragment) -> Fragment | None:
    inside = tokens.between(*fragment)
    if not inside or fragment[0] == fragment[1]:
        return None
    return max(fragment[0], inside[0].start), min(fragment[1], inside[-1].end)


@SETTINGS
@given(documents())
def test_webanno_tsv_round_trip_keeps_what_tsv_holds(record: DocumentRecord) -> None:
    tokens = Tokens(record.text)
    lead = tokens[0].start if len(tokens) else len(record.text)
    joined = 0 < lead < len(record.text) and not is_cluster_boundary(" " * lead + record.text[lead:], lead)
    edges = {edge for span in record.spans for fragment in span.fragments if (piece := _trimmed(tokens, fragment)) for edge in piece}
    with tempfile.TemporaryDirectory() as folder:
        if joined and lead in edges:  # the rebuilt opening spaces would join a span's first character to them
            with pytest.raises(KathanError, match="rebuilds it as spaces"):
                write_webanno_tsv([as_annotated(record)], Path(folder) / "out")
            return
        write_webanno_tsv([as_annotated(record)], Path(folder) / "out")
        (back,) = read_paths([Path(folder) / "out"], "webanno-tsv3").records
    assert back.text == (" " * lead + record.text[lead:] if len(tokens) else "")
    expected = []
    survivors = set()
    for span in record.spans:
        for fragment in span.fragments:
            piece = _trimmed(tokens, fragment)
            if piece is not None:
                expected.append((span.label, piece))
                survivors.add(span.key)
    assert sorted((s.label, s.fragments[0]) for s in back.spans) == sorted(expected)
    assert len(back.relations) == sum(1 for r in record.relations if {r.head, r.tail} <= survivors)


@SETTINGS
@given(documents())
def test_uima_xmi_round_trip_keeps_text_and_every_fragment(record: DocumentRecord) -> None:
    pytest.importorskip("cassis")
    from kathan.formats.uima_xmi import write_uima_xmi

    with tempfile.TemporaryDirectory() as folder:
        write_uima_xmi([as_annotated(record)], Path(folder) / "out")
        (back,) = read_paths([Path(folder) / "out"], "uima-xmi").records
    assert back.text == record.text
    expected = sorted((span.label, fragment) for span in record.spans for fragment in span.fragments)
    assert sorted((s.label, s.fragments[0]) for s in back.spans) == expected
    assert len(back.relations) == len(record.relations)


def test_a_span_the_rebuilt_opening_would_cut_is_refused_by_name(tmp_path: Path) -> None:
    """A text opening with a line break before a joining character (found by the property test
    above): TSV rebuilds the break as a space, which would take U+200C into its cluster, so a
    span starting there is refused with a message, not written as a file that cannot be read."""
    from kathan.model import SpanRecord

    record = DocumentRecord(name="doc", text="\n\u200cक", spans=(SpanRecord("T1", "QUOTE", ((1, 3),)),))
    with pytest.raises(KathanError, match="'doc': span .* U\\+200C; WebAnno TSV"):
        write_webanno_tsv([as_annotated(record)], tmp_path / "out")
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())
