"""spaCy DocBin: Docs from Kathan's tokens, spans in a span group, ents, round trip, and spacy train."""

from __future__ import annotations

import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from kathan.formats import spacy as spacy_format
from kathan.formats.registry import detect_format, read_paths, write
from kathan.model import DocumentRecord, InputError, SpanRecord

from .helpers import EXAMPLES, annotated

spacy = pytest.importorskip("spacy", reason="spaCy is an optional extra: pip install 'kathan[spacy]'")
from spacy.tokens import DocBin  # noqa: E402

GLUED = "सरकार ने कहा कि यह सही है.भारत आगे है\"चंद्रभूषण ने कहा।\n\n  नया  अनुच्छेद "


def glued_record() -> DocumentRecord:
    bharat = GLUED.index("भारत")
    name = GLUED.index("चंद्रभूषण")
    spans = (
        SpanRecord("T1", "CLAIM", ((bharat, bharat + len("भारत आगे है")),)),
        SpanRecord("T2", "SPEAKER", ((name, name + len("चंद्रभूषण")),)),
        SpanRecord("T3", "QUOTE", ((0, GLUED.index("।") + 1),)),
    )
    return DocumentRecord("glued", GLUED, spans=spans)


def docs_of(path: Path) -> list:
    return list(DocBin().from_disk(path).get_docs(spacy.blank("hi").vocab))


def test_docs_are_built_from_kathans_tokens_so_every_span_is_on_token_edges(tmp_path: Path) -> None:
    """``है.भारत`` and ``है"चंद्रभूषण`` are one token to spaCy's Hindi tokenizer, three to Kathan's:
    every span keeps its exact characters, and the text (odd whitespace included) comes back."""
    blank = spacy.blank("hi")(GLUED)
    assert blank.char_span(GLUED.index("भारत"), GLUED.index("भारत") + 4) is None
    out = tmp_path / "glued.spacy"
    report = write("spacy", annotated([glued_record()]), out)
    (doc,) = docs_of(out)
    assert doc.text == GLUED
    assert [(s.label_, s.text) for s in doc.spans["sc"]] == [
        ("QUOTE", GLUED[: GLUED.index("।") + 1]),
        ("CLAIM", "भारत आगे है"),
        ("SPEAKER", "चंद्रभूषण"),
    ]
    assert report.warnings == [] and report.offset_unit == "codepoint"
    assert [e.label_ for e in doc.ents] == [], "every span overlaps the QUOTE, so none is an entity"


def test_only_spans_that_overlap_nothing_become_ents(tmp_path: Path) -> None:
    records = read_paths([EXAMPLES / "jsonl" / "golden.jsonl"]).records
    out = tmp_path / "g.spacy"
    write("spacy", annotated(records), out)
    doc = docs_of(out)[0]
    assert [(e.label_, e.text) for e in doc.ents] == [("SPEAKER", "उन्होंने"), ("CUE", "कहा"), ("QUOTE", "और रहेंगे।"), ("CLAIM", "👩🏽\u200d💻")]
    assert len(doc.spans["sc"]) == 6
    assert doc.spans["sc"].attrs["attributes"][1] == {"form": "direct", "medium": "speech"}
    assert [list(r) for r in doc.user_data["kathan"]["relations"]] == [[1, 3, "said_by"], [1, 4, "cued_by"]]


def test_round_trip_through_a_docbin(tmp_path: Path) -> None:
    """Kathan → DocBin → Kathan keeps text, name, title, meta, status, spans (one per fragment),
    attributes, notes and relations; a span key can be chosen."""
    records = read_paths([EXAMPLES / "jsonl" / "golden.jsonl"]).records
    out = tmp_path / "rt.spacy"
    report = write("spacy", annotated(records), out, spans_key="quotes")
    assert "discontinuous spans, written as one span per fragment: 1 in 1 document (news/lavrov-1)" in report.warnings
    assert "quotes" in docs_of(out)[0].spans
    back = read_paths([out], "spacy", options={"spans_key": "quotes"}).records
    for before, after in zip(records, back, strict=True):
        assert (after.name, after.text, after.title, dict(after.meta), after.status) == (
            before.name, before.text, before.title, dict(before.meta), before.status)
        assert sorted((s.label, f, dict(s.attributes), s.note) for s in after.spans for f in s.fragments) == sorted(
            (s.label, f, dict(s.attributes), s.note) for s in before.spans for f in s.fragments
        )
    assert [(r.type, r.head, r.tail) for r in back[0].relations] == [("said_by", "q", "s"), ("cued_by", "q", "c")], "span ids kept"


def test_span_lengths_in_tokens_are_reported_with_the_suggester_to_use(tmp_path: Path) -> None:
    report = write("spacy", annotated([glued_record()]), tmp_path / "x.spacy")
    assert "CLAIM spans are 3-3 tokens long (median 3, 1 spans)" in report.notes
    assert "QUOTE spans are 16-16 tokens long (median 16, 1 spans)" in report.notes
    assert any("ngram_range_suggester.v1" in note and "max_size = 16" in note for note in report.notes), report.notes


def test_a_docbin_without_kathans_data_reads_its_span_group_or_ents(tmp_path: Path) -> None:
    """A DocBin made by spaCy alone: spans from doc.spans["sc"], else doc.ents, named by file and number."""
    nlp = spacy.blank("en")
    doc = nlp("Larry Page founded Google.")
    doc.ents = [doc.char_span(0, 10, label="PERSON"), doc.char_span(19, 25, label="ORG")]
    path = tmp_path / "plain.spacy"
    DocBin(docs=[doc]).to_disk(path)
    assert detect_format(path) == "spacy"
    (record,) = read_paths([path]).records
    assert record.name == "plain-1"
    assert [(s.key, s.label, s.fragments) for s in record.spans] == [("T1", "PERSON", ((0, 10),)), ("T2", "ORG", ((19, 25),))]


def test_hostile_and_broken_docbins_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bomb = tmp_path / "bomb.spacy"
    bomb.write_bytes(zlib.compress(b"\x00" * 5_000_000, 9))
    monkeypatch.setattr(spacy_format, "MAX_UNPACKED_BYTES", 1_000_000)
    with pytest.raises(InputError, match="unpacks to over .* not read"):
        read_paths([bomb], "spacy")
    broken = tmp_path / "broken.spacy"
    broken.write_bytes(b"not zlib at all")
    with pytest.raises(InputError, match="not a spaCy DocBin"):
        read_paths([broken], "spacy")


def test_example_is_the_golden_export_and_sniffs(tmp_path: Path) -> None:
    records = read_paths([EXAMPLES / "jsonl" / "golden.jsonl"]).records
    out = tmp_path / "golden.spacy"
    write("spacy", annotated(records), out)
    assert out.read_bytes() == spacy_format.EXAMPLE.read_bytes()
    assert spacy_format.sniff(spacy_format.EXAMPLE) and not spacy_format.sniff(EXAMPLES / "jsonl" / "golden.jsonl")


def test_the_export_trains_a_spancat_for_one_step(tmp_path: Path) -> None:
    """Consumer test: ``spacy train`` on the DocBin (blank "hi", CPU, no downloads, one step)."""
    records = read_paths([EXAMPLES / "jsonl" / "golden.jsonl"]).records
    data = tmp_path / "train.spacy"
    write("spacy", annotated(records), data)
    config = tmp_path / "config.cfg"
    run = [sys.executable, "-m", "spacy"]
    subprocess.run([*run, "init", "config", str(config), "--lang", "hi", "--pipeline", "spancat", "--optimize", "efficiency", "--force"],
                   check=True, capture_output=True)
    result = subprocess.run(
        [*run, "train", str(config), "--output", str(tmp_path / "model"), "--paths.train", str(data), "--paths.dev", str(data),
         "--training.max_steps", "1", "--training.eval_frequency", "1", "--components.tok2vec.model.encode.width", "16",
         "--components.spancat.suggester.sizes", "[1,2,3,4,5]"],
        capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    assert (tmp_path / "model" / "model-last" / "spancat").is_dir()


def test_a_span_edge_inside_a_token_cuts_that_token(tmp_path: Path) -> None:
    """``भारत`` inside the token ``भारत-रूस``: the Doc's words are cut there, the span stays exact."""
    text = "भारत-रूस संबंध मज़बूत हैं।"
    record = DocumentRecord("cut", text, spans=(SpanRecord("T1", "LOC", ((0, 4),)),))
    out = tmp_path / "cut.spacy"
    report = write("spacy", annotated([record]), out)
    (doc,) = docs_of(out)
    assert [t.text for t in doc][:3] == ["भारत", "-रूस", "संबंध"] and doc.text == text
    assert [(s.label_, s.text) for s in doc.spans["sc"]] == [("LOC", "भारत")] and report.warnings == []


PEER_V2_JSON = Path(__file__).resolve().parents[3] / "shared/peer-formats/spacy/spaCy/extra/example_data/ner_example_data/ner-token-per-line-conll2003.json"


@pytest.mark.skipif(not PEER_V2_JSON.exists(), reason="../shared/peer-formats is not beside the repository")
def test_reads_the_docbin_spacy_convert_makes_of_spacys_own_example(tmp_path: Path) -> None:
    """spaCy's v2 JSON example, converted by ``spacy convert`` itself, reads with its entities exact."""
    subprocess.run([sys.executable, "-m", "spacy", "convert", str(PEER_V2_JSON), str(tmp_path)], check=True, capture_output=True)
    (record,) = read_paths([tmp_path / "ner-token-per-line-conll2003.spacy"]).records
    assert record.text.startswith("When Sebastian Thrun started working on self - driving cars at Google in 2007 ,")
    found = [(s.label, record.text[slice(*s.fragments[0])]) for s in record.spans]
    assert found == [
        ("PERSON", "Sebastian Thrun"), ("ORG", "Google"), ("DATE", "2007"), ("NORP", "American"),
        ("PERSON", "Thrun"), ("ORG", "Recode"), ("DATE", "earlier this week"),
    ]
