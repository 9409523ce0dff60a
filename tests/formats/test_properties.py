"""Property tests: random Devanagari + emoji + Latin text with random cluster-aligned spans
survive JSONL and brat export -> import (brat splits spans at line breaks, by its rule)."""

from __future__ import annotations

import json
import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kathan.formats.base import as_annotated
from kathan.formats.brat import brat_fragments
from kathan.formats.registry import read_paths, write
from kathan.model import DocumentRecord, RelationRecord, SpanRecord
from kathan.text.graphemes import cluster_bounds

CONSONANTS = "कखगघचछजझटठडढतथदधनपफबभमयरलवशषसह"
MATRAS = ["", "ा", "ि", "ी", "ु", "ू", "े", "ै", "ो", "ौ", "ं", "ँ", "ः", "्"]
EMOJI = ["😀", "👍🏽", "👩🏽‍💻", "🇮🇳", "❤️", "🙏"]
LATIN = ["Lavrov", "said", "BBC", "x", "2024", "1,334"]
PUNCT = [" ", " ", " ", "\n", "\n\n", "।", '"', ",", "  ", "\t", "\u200c", "\u095c"]

syllable = st.builds(
    lambda c, conj, m: c + ("्" + conj if conj else "") + m,
    st.sampled_from(CONSONANTS),
    st.one_of(st.just(""), st.sampled_from(CONSONANTS)),
    st.sampled_from(MATRAS),
)
piece = st.one_of(syllable, syllable, st.sampled_from(EMOJI), st.sampled_from(LATIN), st.sampled_from(PUNCT))
texts = st.lists(piece, min_size=1, max_size=60).map("".join).filter(lambda t: t.strip() != "")


@st.composite
def documents(draw: st.DrawFn) -> DocumentRecord:
    text = draw(texts)
    bounds = cluster_bounds(text)
    spans = []
    for number in range(draw(st.integers(0, 6))):
        cuts = sorted(draw(st.sets(st.sampled_from(bounds), min_size=2, max_size=6)))
        if len(cuts) % 2:
            cuts = cuts[:-1]
        fragments = tuple((cuts[i], cuts[i + 1]) for i in range(0, len(cuts), 2))
        label = draw(st.sampled_from(["QUOTE", "SPEAKER", "CUE", "CLAIM"]))
        spans.append(SpanRecord(key=f"s{number}", label=label, fragments=fragments))
    relations = []
    if len(spans) >= 2:
        relations.append(RelationRecord(key="r1", type="said_by", head=spans[0].key, tail=spans[1].key))
    return DocumentRecord(name="doc", text=text, title="t", spans=tuple(spans), relations=tuple(relations))


def _view(record: DocumentRecord, transform=lambda text, fragments: list(fragments)) -> list[tuple[str, tuple]]:
    result = []
    for span in record.spans:
        fragments = tuple(transform(record.text, span.fragments))
        if fragments:
            result.append((span.label, fragments))
    return sorted(result)


SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(documents())
def test_jsonl_round_trip_keeps_every_span(record: DocumentRecord) -> None:
    """JSONL export -> import keeps every span and is byte-stable."""
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "d.jsonl"
        write("jsonl", [as_annotated(record)], out)
        back = read_paths([out]).records[0]
        again = Path(folder) / "again.jsonl"
        write("jsonl", [as_annotated(back)], again)
        assert again.read_bytes() == out.read_bytes()
    assert back.text == record.text
    assert _view(back) == _view(record)
    assert len(back.relations) == len(record.relations)


@SETTINGS
@given(documents())
def test_jsonl_with_crlf_text_maps_onto_the_lf_text(record: DocumentRecord) -> None:
    """Offsets written over a CRLF copy of the text land on the same characters once stored."""
    raw = record.text.replace("\n", "\r\n")
    to_raw = [i + record.text.count("\n", 0, i) for i in range(len(record.text) + 1)]
    line = {"id": "x", "text": raw, "spans": [
        {"label": s.label, "fragments": [[to_raw[a], to_raw[b]] for a, b in s.fragments]} for s in record.spans]}
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "crlf.jsonl"
        path.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
        back = read_paths([path]).records[0]
    assert back.text == record.text
    assert _view(back) == _view(record)


@SETTINGS
@given(documents())
def test_brat_round_trip_keeps_every_span_split_at_line_breaks(record: DocumentRecord) -> None:
    """brat export -> import keeps every span, split at line breaks as brat requires."""
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "brat"
        write("brat", [as_annotated(record)], out)
        back = read_paths([out]).records[0]
    assert back.text == record.text
    assert _view(back) == _view(record, brat_fragments)


@SETTINGS
@given(documents())
def test_conll_tags_are_valid_iob2_over_every_token(record: DocumentRecord) -> None:
    """One line per token in text order, and every I-X continues a B-X or I-X (over a sentence
    end too: a span is never cut in two); the export reads back (checked by ``write``)."""
    from kathan.text.tokens import tokenize

    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "d.conll"
        write("conll", [as_annotated(record)], out, docstart=False, layers="single")
        lines = [line for line in out.read_text(encoding="utf-8").split("\n") if not line.startswith("# ")]
    rows = [line.split("\t") for line in lines if line]
    assert [token for token, _ in rows] == [re.sub(r"\s", "_", t.text) for t in tokenize(record.text)]
    previous = "O"
    for line in lines:
        if not line:
            continue
        tag = line.split("\t")[1]
        if tag.startswith("I-"):
            assert previous[2:] == tag[2:] and previous != "O"
        previous = tag