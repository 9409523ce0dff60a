"""The suggest benchmark reads a corpus folder at run time; here one written for the test."""

from __future__ import annotations

import json
from pathlib import Path

from bench.suggest_bench import run_suggest_bench

TEXT = "मंत्री ने कहा कि सड़कें जल्द बनेंगी।\n"


def test_bench_on_a_tiny_corpus(tmp_path: Path):
    (tmp_path / "gold").mkdir()
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.txt").write_text("आज मौसम साफ रहेगा।\n", encoding="utf-8")
    gold = {
        "spans": [
            {"id": "T1", "label": "SPEAKER", "fragments": [{"start": 0, "end": 6, "text": "मंत्री"}]},
            {"id": "T2", "label": "CUE", "fragments": [{"start": 10, "end": 13, "text": "कहा"}]},
            {"id": "T3", "label": "QUOTE", "fragments": [{"start": 17, "end": 36, "text": TEXT[17:36]}]},
        ],
        "relations": [{"type": "said_by", "head": "T3", "tail": "T1"}],
    }
    (tmp_path / "gold" / "a.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    report = run_suggest_bench(tmp_path)
    assert "match: exact" in report and "match: overlap" in report
    assert "on 1 gold articles" in report
    assert "time to suggest over 2 articles" in report
    quote_rows = [line for line in report.splitlines() if line.startswith("QUOTE")]
    assert all(row.split()[-1] == "1.000" for row in quote_rows)


def test_bench_reports_a_held_out_folder(tmp_path: Path):
    corpus, heldout = tmp_path / "corpus", tmp_path / "heldout"
    (corpus / "gold").mkdir(parents=True)
    heldout.mkdir()
    (corpus / "a.txt").write_text(TEXT, encoding="utf-8")
    (corpus / "b.txt").write_text("आज मौसम साफ रहेगा।\n", encoding="utf-8")
    empty = {"spans": [], "relations": []}
    (corpus / "gold" / "b.json").write_text(json.dumps(empty), encoding="utf-8")
    gold = {
        "spans": [{"id": "T1", "label": "CUE", "fragments": [{"start": 10, "end": 13, "text": "कहा"}]}],
        "relations": [],
    }
    (heldout / "a.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    report = run_suggest_bench(corpus, [heldout])
    assert "held-out gold of" in report and report.count("match: overlap") == 2
