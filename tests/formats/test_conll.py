"""CoNLL columns: golden file, round trips, every scheme read, broken tags repaired, losses reported,
and standard readers (conllu, and spaCy's `spacy convert -c ner` on a plain export) see every document."""

from __future__ import annotations

from pathlib import Path

import pytest

from kathan.formats.base import as_annotated
from kathan.formats.conll import DOCSTART
from kathan.formats.registry import detect_format, read_paths, write
from kathan.model import DocumentRecord, InputError, RelationRecord, SpanRecord
from kathan.schema import default_schema

from .helpers import EXAMPLES, PEERS, annotated

GOLDEN = EXAMPLES / "conll" / "golden.conll"
PEER_CONLL = PEERS / "conll"
needs_peers = pytest.mark.skipif(not PEER_CONLL.is_dir(), reason="../shared/peer-formats is not beside the repository")


def _doc(text: str, *spans: tuple[str, tuple[tuple[int, int], ...]], name: str = "d") -> DocumentRecord:
    return DocumentRecord(
        name=name, text=text,
        spans=tuple(SpanRecord(key=f"s{i}", label=label, fragments=frags) for i, (label, frags) in enumerate(spans)),
    )


def _text(record: DocumentRecord, span: SpanRecord) -> str:
    return record.text[span.fragments[0][0]:span.fragments[-1][1]]


def _squeezed_spans(record: DocumentRecord) -> list[tuple[str, str]]:
    return sorted((s.label, "".join("".join(record.text[a:b] for a, b in s.fragments).split())) for s in record.spans)


def test_conll_export_matches_golden_and_reads_back(tmp_path: Path) -> None:
    """The export equals the golden file: a tag column per label (the CLAIM overlapping the QUOTE
    is kept, running over the sentence end with I-), -DOCSTART- -X- O O and # doc_id per document."""
    records = read_paths([EXAMPLES / "jsonl" / "golden.jsonl"]).records
    out = tmp_path / "train.conll"
    report = write("conll", annotated(records), out, default_schema())
    assert out.read_bytes() == GOLDEN.read_bytes()
    assert (tmp_path / "train.labels").read_text(encoding="utf-8").split("\n")[:3] == ["O", "B-QUOTE", "I-QUOTE"]
    assert report.warnings == [
        "discontinuous spans, written as one chunk per fragment: 1 in 1 document (news/lavrov-1)",
        "relations, not written (CoNLL has no relations): 2 in 1 document (news/lavrov-1)",
        "span attributes, not written: 4 in 1 document (news/lavrov-1)",
        "span notes, not written: 1 in 1 document (news/lavrov-1)",
    ]
    back = read_paths([out]).records
    assert [r.name for r in back] == ["news/lavrov-1", "crlf-input-2"]
    assert _squeezed_spans(back[0]) == sorted([
        ("CLAIM", 'कहा😀"भारत-रूस'), ("QUOTE", "भारत-रूससंबंधमज़बूतहैं,"), ("QUOTE", "औररहेंगे।"),
        ("SPEAKER", "उन्होंने"), ("CUE", "कहा"), ("CLAIM", "👩🏽\u200d💻")])
    claim = next(s for s in back[0].spans if s.label == "CLAIM" and "भारत" in _text(back[0], s))
    assert "\n" in _text(back[0], claim)  # one chunk over the sentence end


def test_single_layer_and_bilou(tmp_path: Path) -> None:
    """--layers single keeps the longer of overlapping spans; --scheme bilou writes U- and L-."""
    text = "राम ने कहा कि वह आएगा।"
    record = _doc(text, ("QUOTE", ((14, 22),)), ("SPEAKER", ((0, 3),)), ("CLAIM", ((14, 16),)))
    out = tmp_path / "s.conll"
    report = write("conll", [as_annotated(record)], out, default_schema(), scheme="bilou", layers="single")
    body = [line for line in out.read_text(encoding="utf-8").split("\n") if "\t" in line]
    assert body == ["राम\tU-SPEAKER", "ने\tO", "कहा\tO", "कि\tO", "वह\tB-QUOTE", "आएगा\tI-QUOTE", "।\tL-QUOTE"]
    assert "overlapping spans in the one column, dropped (the longer span was kept): 1 in 1 document (d)" in report.warnings
    assert "U-CLAIM" in (tmp_path / "s.labels").read_text(encoding="utf-8")
    (back,) = read_paths([out]).records
    assert [(s.label, _text(back, s)) for s in back.spans] == [("SPEAKER", "राम"), ("QUOTE", "वह आएगा ।")]


def test_misaligned_tokenless_and_relations_are_reported(tmp_path: Path) -> None:
    """Each compromise is counted in the report, never silent."""
    text = "राम ने कहा। वह आया।\n  \nअंत"
    record = _doc(text, ("CUE", ((19, 21),)), ("CLAIM", ((23, 25),)))
    report = write("conll", [as_annotated(record)], tmp_path / "x.conll", default_schema())
    assert report.warnings == [
        "spans not aligned to token edges, written over every token they touch: 1 in 1 document (d)",
        "spans covering no token (only spaces), not written: 1 in 1 document (d)",
    ]
    records = [
        DocumentRecord(name=f"n{i}", text="क ने कहा", spans=(
            SpanRecord("a", "QUOTE", ((0, 1),)), SpanRecord("b", "SPEAKER", ((5, 8),))),
            relations=(RelationRecord("r", "said_by", "a", "b"),))
        for i in range(7)
    ]
    report = write("conll", annotated(records), tmp_path / "y.conll")
    assert report.warnings == [
        "relations, not written (CoNLL has no relations): 7 in 7 documents (n0, n1, n2, n3, n4, ... (2 more))"]
    assert (report.documents, report.spans, report.relations) == (7, 14, 0)  # the summary counts what was written


@pytest.mark.parametrize(
    "tags",
    [
        ["B-PER", "I-PER", "O", "B-LOC", "B-LOC", "O"],          # IOB2
        ["I-PER", "I-PER", "O", "I-LOC", "B-LOC", "O"],          # IOB1
        ["B-PER", "E-PER", "O", "S-LOC", "S-LOC", "O"],          # IOBES
        ["B-PER", "L-PER", "O", "U-LOC", "U-LOC", "O"],          # BILOU
    ],
    ids=["iob2", "iob1", "iobes", "bilou"],
)
def test_every_scheme_reads_to_the_same_spans(tags: list[str], tmp_path: Path) -> None:
    """IOB2, IOB1, IOBES and BILOU tags of the same chunks give the same spans, without warnings."""
    words = ["राम", "शर्मा", "और", "दिल्ली", "मुंबई", "।"]
    path = tmp_path / "a.iob"
    path.write_text("\n".join(f"{w} {t}" for w, t in zip(words, tags, strict=True)) + "\n\n", encoding="utf-8")
    result = read_paths([path])
    (record,) = result.records
    assert [(s.label, _text(record, s)) for s in record.spans] == [
        ("PER", "राम शर्मा"), ("LOC", "दिल्ली"), ("LOC", "मुंबई")]
    assert result.warnings == []


def test_a_token_opening_with_a_joining_mark_stays_its_own_cluster(tmp_path: Path) -> None:
    """A token that opens with a mark a space would take into its cluster (ZWNJ, a vowel sign) is
    read after a tab, so its chunk's offsets cut no cluster of the rebuilt text."""
    path = tmp_path / "z.conll"
    path.write_text("क\tO\n\u200cख\tB-X\nा\tI-X\n\n", encoding="utf-8")
    result = read_paths([path])
    (record,) = result.records
    assert record.text == "क\t\u200cख\tा"
    assert [(s.label, _text(record, s)) for s in record.spans] == [("X", "\u200cख\tा")]


def test_broken_tags_are_repaired_with_a_warning(tmp_path: Path) -> None:
    """An I- after O in an IOB2 file begins a chunk, '-' is O and '-X' is I-X, each with a warning."""
    path = tmp_path / "b.conll"
    path.write_text("a\tB-X\nb\tO\nc\tI-Y\nd\t-\ne\t-Y\n\n", encoding="utf-8")
    result = read_paths([path])
    (record,) = result.records
    assert [(s.label, _text(record, s)) for s in record.spans] == [("X", "a"), ("Y", "c"), ("Y", "e")]
    messages = sorted(w.message for w in result.warnings)
    assert messages == [
        "1 chunks begin with I-/E-/L- instead of B- (first here): each read as beginning a chunk",
        "tag '-' is not a tag of IOB, IOBES or BILOU: read as O",
        "tag '-Y' has no B-/I- prefix: read as I-Y",
    ]


def test_docstart_and_doc_id_separate_documents_and_bad_lines_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "d.conll"
    path.write_text(f"{DOCSTART}\n\na O\nb B-X\n\n{DOCSTART}\n\n# doc_id = second\nc B-X\n\n", encoding="utf-8")
    assert [(r.name, r.text) for r in read_paths([path])] == [("d-1", "a b"), ("second", "c")]
    assert detect_format(path) == "conll"
    (tmp_path / "bad.conll").write_text("a\tO\nlonely\n\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"bad.conll:2: a token line needs a token and a tag"):
        read_paths([tmp_path / "bad.conll"])


def test_conllu_reads_every_document_with_its_name(tmp_path: Path) -> None:
    """The conllu package parses each document of the export (split at the -DOCSTART- -X- O O
    lines, which CoNLL-2003 readers such as spaCy's take as document boundaries) and finds its
    # doc_id, every token and every tag column."""
    conllu = pytest.importorskip("conllu")
    records = read_paths([EXAMPLES / "jsonl" / "golden.jsonl"]).records
    out = tmp_path / "train.conll"
    write("conll", annotated(records), out, default_schema())
    text = out.read_text(encoding="utf-8")
    header, *blocks = text.split(f"{DOCSTART}\n")
    assert header.startswith("# columns = TOKEN QUOTE")
    fields = ["form", *default_schema().label_names]
    names = []
    for block in blocks:
        sentences = conllu.parse(block, fields=fields)
        names.append(sentences[0].metadata["doc_id"])
        assert all(len(token) == len(fields) for sentence in sentences for token in sentence)
    assert names == [r.name for r in records]
    tokens = sum(len(s) for block in blocks for s in conllu.parse(block, fields=fields))
    assert tokens == sum(1 for line in text.split("\n") if "\t" in line)


def test_spacy_convert_reads_a_plain_export_document_by_document(tmp_path: Path) -> None:
    """`spacy convert -c ner` (spaCy's CoNLL-2003 reader, run as its command) takes a `--plain
    --layers single` export whole: one Doc per document, split at -DOCSTART- -X- O O, with our
    tokens and, as entities, the chunks our own reader finds (the CLAIM inside a QUOTE, which one
    column cannot hold, is reported, not written)."""
    pytest.importorskip("spacy")
    import subprocess
    import sys

    from spacy.tokens import DocBin
    from spacy.vocab import Vocab

    records = read_paths([EXAMPLES / "jsonl" / "golden.jsonl"]).records
    out = tmp_path / "train.conll"
    report = write("conll", annotated(records), out, default_schema(), layers="single", plain=True)
    assert any("document names: not written" in w for w in report.warnings)
    text = out.read_text(encoding="utf-8")
    assert "#" not in {line[:1] for line in text.splitlines()}
    converted = tmp_path / "spacy"
    converted.mkdir()
    done = subprocess.run(
        [sys.executable, "-m", "spacy", "convert", str(out), str(converted), "--converter", "ner", "--file-type", "spacy"],
        capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0, done.stderr
    docs = list(DocBin().from_disk(converted / "train.spacy").get_docs(Vocab()))
    ours = read_paths([out], "conll").records
    assert len(docs) == len(ours) == len(records)
    for doc, record in zip(docs, ours, strict=True):
        assert [t.text for t in doc] == record.text.split()
        assert sorted((e.label_, "".join(e.text.split())) for e in doc.ents) == _squeezed_spans(record)


@needs_peers
def test_il_ner_hindi_file_reads_with_its_exact_chunks() -> None:
    """The Hindi IL-NER dev file (IOB2, TAB, not NFC, broken '-' tags): 1,389 sentences in one
    document, every chunk an independent IOB2 scan finds, its text kept byte for byte."""
    path = PEER_CONLL / "IL-NER" / "Datasets" / "Hindi" / "Hindi-dev.txt"
    assert detect_format(path) == "conll"
    result = read_paths([path])
    (record,) = result.records
    raw = path.read_text(encoding="utf-8")
    sentences = [s for s in raw.split("\n\n") if s.strip()]
    assert len(sentences) == 1389 and record.text.count("\n") == 1388
    expected: list[tuple[str, str]] = []
    for sentence in sentences:
        chunk: list[str] = []
        label = ""
        for line in sentence.strip("\n").split("\n"):
            word, tag = line.split("\t")
            prefix, _, name = tag.partition("-")
            if tag.startswith("B-") or (name and name != label) or (not prefix and name):
                if chunk:
                    expected.append((label, " ".join(chunk)))
                chunk, label = [word], name
            elif tag.startswith("I-") and name == label:
                chunk.append(word)
            else:
                if chunk:
                    expected.append((label, " ".join(chunk)))
                chunk, label = [], ""
        if chunk:
            expected.append((label, " ".join(chunk)))
    assert sorted((s.label, _text(record, s)) for s in record.spans) == sorted(expected)
    assert len(expected) > 1000
    assert "\u0958" <= max(record.text) or any("\u0958" <= ch <= "\u095f" for ch in record.text)
    assert any("read as O" in w.message for w in result.warnings)


@needs_peers
def test_spacy_conll2003_sample_with_docstart_and_pos_columns() -> None:
    """spaCy's CoNLL-2003 sample (space separated, POS and chunk columns, -DOCSTART-): the last
    column is read as the tags."""
    path = PEER_CONLL / "spaCy/extra/example_data/ner_example_data/ner-token-per-line-conll2003.iob"
    (record,) = read_paths([path], "conll").records
    assert [(s.label, _text(record, s)) for s in record.spans][:2] == [
        ("PERSON", "Sebastian Thrun"), ("ORG", "Google")]


def test_a_token_holding_whitespace_reads_back_as_the_span_it_was(tmp_path: Path) -> None:
    """A space carrying a joiner is one token, written with "_" for its space: the check after export
    takes that "_" for the whitespace it stands for, and the export succeeds (hypothesis found it)."""
    text = "क😀Lavrov \u200c"
    record = DocumentRecord(name="doc", text=text, spans=(SpanRecord("s0", "QUOTE", ((0, len(text)),)),))
    report = write("conll", [as_annotated(record)], tmp_path / "d.conll")
    assert report.spans == 1
    assert "_\u200c" in (tmp_path / "d.conll").read_text(encoding="utf-8")
