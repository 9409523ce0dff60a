"""The learned-suggester benchmark reads a corpus folder at run time; here one written for the test."""

from __future__ import annotations

import json
import re
from pathlib import Path

from bench.learn_bench import run_learn_bench
from tests.suggest.invented import records


def write_corpus(folder: Path, count: int, seed: int) -> None:
    (folder / "gold").mkdir(parents=True, exist_ok=True)
    for record in records(count, seed=seed, prefix=f"s{seed}-"):
        (folder / f"{record.name}.txt").write_text(record.text, encoding="utf-8")
        spans = [
            {"id": s.key, "label": s.label, "fragments": [{"start": a, "end": b} for a, b in s.fragments]} for s in record.spans
        ]
        relations = [{"type": r.type, "head": r.head, "tail": r.tail} for r in record.relations]
        gold = {"spans": spans, "relations": relations}
        (folder / "gold" / f"{record.name}.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")


def test_learn_bench_on_a_tiny_corpus(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 4, seed=1)
    batches = [tmp_path / "batch2", tmp_path / "batch3"]
    for seed, batch in enumerate(batches, start=2):
        write_corpus(batch, 1, seed=seed)
        for path in (batch / "gold").glob("*.json"):  # held-out texts live in the corpus, their gold apart
            (corpus / path.with_suffix(".txt").name).write_text((batch / path.with_suffix(".txt").name).read_text(encoding="utf-8"), encoding="utf-8")
            path.rename(batch / path.name)
    report = run_learn_bench(corpus, batches, folds=2)
    assert "2-fold cross-validation over 4 annotated documents" in report
    assert report.count("first contact: 1 held-out articles") == 2
    assert "first contact: 2 held-out articles of the 2 batches together" in report
    together = report[report.index("of the 2 batches together") :].splitlines()
    assert [line.split()[:2] for line in together[1:7]] == [[s, m] for s in ("rules", "learned", "combined") for m in ("overlap", "exact")]
    assert re.search(r"QUOTE \d\.\d\d \(\d+/\d+ found, \d+ proposed\)", together[1])
    assert "time to train on 50 articles" in report and "time to suggest (combined) over 6 articles" in report
    assert "learned vs targets" in report


def test_held_out_articles_from_elsewhere_and_claim_splits(tmp_path: Path) -> None:
    """A held-out folder may hold its own texts beside their gold; with more annotated articles
    than the split trains on, CLAIM is also scored over seeded document-level splits."""
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 4, seed=1)
    batch = tmp_path / "elsewhere"
    write_corpus(batch, 12, seed=7)
    for path in (batch / "gold").glob("*.json"):
        path.rename(batch / path.name)
    report = run_learn_bench(corpus, [batch], folds=2, splits=2)
    assert f"first contact: 12 held-out articles of {batch}" in report
    assert re.search(r"CLAIM trained on 12 of 16 annotated articles, scored on the other 4, 2 seeded splits: overlap F1 mean \d\.\d{3}", report)
    assert "time to suggest (combined) over 4 articles" in report


def test_learn_bench_without_a_corpus_says_so(tmp_path: Path) -> None:
    assert "cross-validation needs 2" in run_learn_bench(tmp_path)
