"""The learned-suggester benchmark reads a corpus folder at run time; here one written for the test."""

from __future__ import annotations

import json
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
    corpus, heldout = tmp_path / "corpus", tmp_path / "heldout"
    write_corpus(corpus, 4, seed=1)
    write_corpus(heldout, 1, seed=2)
    for path in (heldout / "gold").glob("*.json"):  # held-out texts live in the corpus, their gold apart
        (corpus / path.with_suffix(".txt").name).write_text((heldout / path.with_suffix(".txt").name).read_text(encoding="utf-8"), encoding="utf-8")
        path.rename(heldout / path.name)
    report = run_learn_bench(corpus, heldout / ".", folds=2)
    assert "2-fold cross-validation over 4 annotated documents" in report
    assert "first contact: 1 held-out articles" in report
    assert "time to train on 50 articles" in report and "time to suggest (combined) over 5 articles" in report
    assert "learned vs targets" in report


def test_learn_bench_without_a_corpus_says_so(tmp_path: Path) -> None:
    assert "cross-validation needs 2" in run_learn_bench(tmp_path)
