"""CoNLL BIO: golden file, tokens re-found in the text give back the spans, every loss reported."""

from __future__ import annotations

from pathlib import Path

from kathan.formats.base import as_annotated
from kathan.formats.registry import read_paths, write
from kathan.model import DocumentRecord, SpanRecord, RelationRecord

from .helpers import EXAMPLES, FIXTURES, annotated

GOLDEN = EXAMPLES / "conll" / "golden.conll"


def _read_back(path: Path, texts: list[str]) -> list[list[tuple[int, int, str]]]:
    """Chunks per document as (start, end, label), by finding each token in the document text in order."""
    documents = path.read_text(encoding="utf-8").split("-DOCSTART-\tO\n\n")[1:]
    assert len(documents) == len(texts)
    result = []
    for block, text in zip(documents, texts, strict=True):
        position = 0
        chunks: list[list] = []
        for line in block.split("\n"):
            if not line:
                continue
            token, tag = line.split("\t")
            start = text.index(token, position)
            assert text[position:start].strip() == "", (token, text[position:start])
            position = start + len(token)
            if tag.startswith("B-"):
                chunks.append([start, position, tag[2:]])
            elif tag.startswith("I-"):
                assert chunks and chunks[-1][2] == tag[2:]
                chunks[-1][1] = position
            else:
                assert tag == "O"
        assert text[position:].strip() == ""
        result.append([tuple(c) for c in chunks])
    return result


def test_conll_export_matches_golden_and_reads_back(tmp_path: Path) -> None:
    """The BIO export equals the golden file and its chunks re-found in the text are the expected spans."""
    records = read_paths([EXAMPLES / "jsonl" / "golden.jsonl"]).records
    out = tmp_path / "train.conll"
    report = write("conll", annotated(records), out)
    assert out.read_bytes() == GOLDEN.read_bytes()
    chunks = _read_back(out, [r.text for r in records])
    text = records[0].text
    assert [(text[s:e], label) for s, e, label in chunks[0]] == [
        ("भारत-रूस संबंध मज़बूत हैं,", "QUOTE"), ("उन्होंने", "SPEAKER"), ("कहा", "CUE"),
        ("और रहेंगे।", "QUOTE"), ("👩🏽‍💻", "CLAIM")]
    assert chunks[1] == []
    assert report.warnings == [
        "overlapping or nested spans, dropped (the longer span was kept): 1 in 1 document (news/lavrov-1)",
        "discontinuous spans, written as one chunk per fragment: 1 in 1 document (news/lavrov-1)",
        "relations, not written (BIO has no relations): 2 in 1 document (news/lavrov-1)",
        "span attributes, not written: 4 in 1 document (news/lavrov-1)",
        "span notes, not written: 1 in 1 document (news/lavrov-1)",
    ]


def _doc(text: str, *spans: tuple[str, tuple[tuple[int, int], ...]]) -> DocumentRecord:
    return DocumentRecord(
        name="d", text=text,
        spans=tuple(SpanRecord(key=f"s{i}", label=label, fragments=frags) for i, (label, frags) in enumerate(spans)),
    )


def test_nested_misaligned_crossing_and_empty_spans_are_reported(tmp_path: Path) -> None:
    """Each BIO compromise is made deterministically and counted in the report."""
    text = "राम ने कहा। वह आया।\n  \nअंत"
    record = _doc(
        text,
        ("QUOTE", ((0, 18),)),      # crosses the sentence boundary after ।
        ("SPEAKER", ((0, 3),)),     # nested inside the quote: dropped
        ("CUE", ((19, 21),)),       # whitespace only: no token
        ("CLAIM", ((23, 25),)),     # ends inside the token अंत
    )
    out = tmp_path / "x.conll"
    report = write("conll", [as_annotated(record)], out, docstart=False)
    lines = out.read_text(encoding="utf-8").split("\n")
    assert lines == ["राम\tB-QUOTE", "ने\tI-QUOTE", "कहा\tI-QUOTE", "।\tI-QUOTE", "", "वह\tB-QUOTE", "आया\tI-QUOTE",
                     "।\tO", "", "अंत\tB-CLAIM", "", ""]
    assert report.warnings == [
        "overlapping or nested spans, dropped (the longer span was kept): 1 in 1 document (d)",
        "spans not aligned to token edges, written over every token they touch: 1 in 1 document (d)",
        "spans covering no token (only spaces), not written: 1 in 1 document (d)",
        "spans crossing a sentence boundary, written as one chunk per sentence: 1 in 1 document (d)",
    ]


def test_relations_are_counted_per_document(tmp_path: Path) -> None:
    """Dropped relations are counted with the first five document names."""
    records = [
        DocumentRecord(name=f"n{i}", text="क ने कहा", spans=(
            SpanRecord("a", "QUOTE", ((0, 1),)), SpanRecord("b", "SPEAKER", ((5, 8),))),
            relations=(RelationRecord("r", "said_by", "a", "b"),))
        for i in range(7)
    ]
    report = write("conll", annotated(records), tmp_path / "y.conll")
    assert report.warnings == [
        "relations, not written (BIO has no relations): 7 in 7 documents (n0, n1, n2, n3, n4, ... (2 more))"]
    assert (report.documents, report.spans, report.relations) == (7, 14, 0)  # the summary counts what was written
