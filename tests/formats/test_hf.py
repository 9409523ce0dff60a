"""Hugging Face dataset folder: loads offline with datasets, ClassLabel tags, seeded splits, relation pairs, round trip."""

from __future__ import annotations

from pathlib import Path

import pytest

from kathan.formats.hf import assign_splits, parse_split, sniff
from kathan.formats.registry import detect_format, read_paths, write
from kathan.model import DocumentRecord, KathanError, RelationRecord, SpanRecord
from kathan.schema import default_schema

from .helpers import EXAMPLES, annotated

datasets = pytest.importorskip("datasets", reason="datasets is an optional extra: pip install 'kathan[hf]'")


def article(number: int) -> DocumentRecord:
    """Two sentences: a quote said by the first speaker; a second speaker in the next sentence."""
    text = f"लेख {number}: \"भारत आगे बढ़ेगा,\" शर्मा ने कहा। वर्मा चुप रहे।"
    quote = (text.index("भारत"), text.index(",\"") + 1)
    sharma = (text.index("शर्मा"), text.index("शर्मा") + 5)
    verma = (text.index("वर्मा"), text.index("वर्मा") + 5)
    spans = (SpanRecord("q", "QUOTE", (quote,)), SpanRecord("s", "SPEAKER", (sharma,)), SpanRecord("v", "SPEAKER", (verma,)))
    return DocumentRecord(f"doc-{number:02}", text, spans=spans, relations=(RelationRecord("r", "said_by", "q", "s"),))


@pytest.fixture
def offline(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf-home"))
    return tmp_path / "hf-cache"


def test_the_folder_loads_with_datasets_split_by_document(tmp_path: Path, offline: Path) -> None:
    out = tmp_path / "ds"
    report = write("hf", annotated([article(n) for n in range(10)]), out, default_schema(), split="train=0.8,dev=0.1,test=0.1", seed=7)
    assert report.offset_unit == "codepoint" and report.warnings == []
    assert report.notes[:3] == ["train: 8 documents, 16 relation pairs", "dev: 1 documents, 2 relation pairs", "test: 1 documents, 2 relation pairs"]
    loaded = datasets.load_dataset(str(out), cache_dir=str(offline))
    assert {name: len(split) for name, split in loaded.items()} == {"train": 8, "dev": 1, "test": 1}
    names = [row["id"] for split in loaded.values() for row in split]
    assert sorted(names) == [f"doc-{n:02}" for n in range(10)]
    train = loaded["train"]
    tags = train.features["ner_tags"].feature
    assert tags.names[:5] == ["O", "B-QUOTE", "I-QUOTE", "B-SPEAKER", "I-SPEAKER"]
    row = train[0]
    assert [tags.int2str(t) for t, token in zip(row["ner_tags"], row["tokens"], strict=True) if token == "शर्मा"] == ["B-SPEAKER"]
    quote = next(s for s in row["spans"] if s["label"] == "QUOTE")
    (start, end), = quote["fragments"]
    assert row["text"][start:end] == quote["text"] == "भारत आगे बढ़ेगा,"
    assert [r["type"] for r in row["relations"]] == ["said_by"]
    for token, (start, end) in zip(row["tokens"], row["token_offsets"], strict=True):
        assert row["text"][start:end] == token


def test_relation_pairs_label_each_quote_with_every_speaker_in_its_window(tmp_path: Path, offline: Path) -> None:
    out = tmp_path / "ds"
    write("hf", annotated([article(1)]), out)
    pairs = datasets.load_dataset(str(out), "relation_pairs", cache_dir=str(offline))["train"]
    label = pairs.features["label"]
    assert label.names == ["none", "said_by"]
    rows = sorted((r["speaker_text"], label.int2str(r["label"]), r["text"]) for r in pairs)
    assert rows[0][:2] == ("वर्मा", "none") and "[S]वर्मा[/S]" in rows[0][2] and "[Q]भारत आगे बढ़ेगा,[/Q]" in rows[0][2]
    assert rows[1][:2] == ("शर्मा", "said_by") and "[S]शर्मा[/S] ने कहा" in rows[1][2]
    write("hf", annotated([article(1)]), tmp_path / "narrow", window="0", pairs="QUOTE,SPEAKER,said_by")
    narrow = datasets.load_dataset(str(tmp_path / "narrow"), "relation_pairs", cache_dir=str(offline))["train"]
    assert [r["speaker_text"] for r in narrow] == ["शर्मा"], "with no sentence either side, the next sentence's speaker is out"


def test_splits_are_seeded_and_whole() -> None:
    parts = parse_split("train=0.8,dev=0.1,test=0.1")
    first = assign_splits(10, parts, 7)
    assert first == assign_splits(10, parts, 7) and first != assign_splits(10, parts, 8)
    assert sorted(first) == ["dev"] + ["test"] + ["train"] * 8
    assert sorted(assign_splits(3, parts, 1)) == ["train"] * 3, "largest remainders: 2.4 → 3 train, 0.3 → 0, 0.3 → 0"
    for bad in ("train=0.8,dev=0.1", "train=0.5,train=0.5", "train", "9x=1"):
        with pytest.raises(KathanError, match="--split"):
            parse_split(bad)


def test_round_trip_through_the_folder(tmp_path: Path) -> None:
    """Kathan → hf → Kathan keeps everything the native JSONL holds but the span ids."""
    records = read_paths([EXAMPLES / "jsonl" / "golden.jsonl"]).records
    out = tmp_path / "ds"
    write("hf", annotated(records), out)
    assert sniff(out) and detect_format(out) == "hf"
    back = read_paths([out]).records
    for before, after in zip(records, back, strict=True):
        assert (after.name, after.text, after.title, dict(after.meta), after.status, after.language) == (
            before.name, before.text, before.title, dict(before.meta), before.status, before.language)
        assert sorted((s.label, s.fragments, dict(s.attributes), s.note, s.annotator) for s in after.spans) == sorted(
            (s.label, s.fragments, dict(s.attributes), s.note, s.annotator) for s in before.spans
        )
    assert [(r.type, r.head, r.tail) for r in back[0].relations] == [("said_by", "q", "s"), ("cued_by", "q", "c")], "span ids kept"


def test_the_example_folder_reads_and_a_file_as_out_is_refused(tmp_path: Path) -> None:
    assert [r.name for r in read_paths([EXAMPLES / "hf"], "hf").records] == ["news/lavrov-1", "crlf-input-2"]
    target = tmp_path / "file"
    target.write_text("x")
    with pytest.raises(KathanError, match="writes a folder"):
        write("hf", annotated([article(1)]), target)


def test_an_empty_split_or_view_has_no_file_and_the_rest_still_loads(tmp_path: Path, offline: Path) -> None:
    """datasets cannot load an empty Parquet file: a split without rows is left out of that config."""
    plain = DocumentRecord("plain", "कोई उद्धरण नहीं।")
    out = tmp_path / "ds"
    report = write("hf", annotated([article(1), plain]), out, split="train=0.5,test=0.5", seed=1)
    pairs = datasets.load_dataset(str(out), "relation_pairs", cache_dir=str(offline))
    documents = datasets.load_dataset(str(out), cache_dir=str(offline))
    assert sum(len(s) for s in documents.values()) == 2 and len(pairs) == 1
    write("hf", annotated([article(1)]), out, split="train=0.9,dev=0.1")
    assert sorted(p.name for p in (out / "data").iterdir()) == ["train.parquet"], "the earlier export's shards are gone"
    assert "dev: no documents, so no dev split (too few documents for its share)" in write(
        "hf", annotated([article(1)]), out, split="train=0.9,dev=0.1").notes
    assert report.offset_unit == "codepoint"
