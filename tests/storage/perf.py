"""Storage timings on this machine (not a test): ``python -m tests.storage.perf [documents]``.

Import of synthetic articles (~3,000 characters, 30 spans each), streaming them all back, and
opening one document with 1,000 spans, the figures the corpus-engine targets are about.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench.corpus import article, spans_over
from kathan.model import DocumentRecord, RelationRecord, SpanRecord
from storage import Workspace


def records(count: int, spans: int, seed: int = 7, length: int = 3000) -> list[DocumentRecord]:
    rng = random.Random(seed)
    result = []
    for n in range(count):
        text, words = article(rng, length)
        found = spans_over(rng, words, spans)
        span_records = tuple(
            SpanRecord(str(s["id"]), str(s["label"]), tuple(tuple(f) for f in s["fragments"]))  # type: ignore[attr-defined,misc]
            for s in found
        )
        quotes = [s.key for s in span_records if s.label == "QUOTE"]
        speakers = [s.key for s in span_records if s.label == "SPEAKER"]
        relations = tuple(
            RelationRecord(f"R{i}", "said_by", q, s) for i, (q, s) in enumerate(zip(quotes, speakers, strict=False))
        )
        result.append(DocumentRecord(name=f"doc-{n}", text=text, spans=span_records, relations=relations))
    return result


def main(documents: int = 10_000) -> None:
    with tempfile.TemporaryDirectory() as work:
        ws = Workspace.create(Path(work) / "perf.kathan", annotator="perf")
        data = records(documents, 30)
        total_spans = sum(len(r.spans) for r in data)
        start, cpu = time.perf_counter(), time.process_time()
        ws.import_records(data)
        print(
            f"import {documents:,} documents, {total_spans:,} spans: {time.perf_counter() - start:.2f} s"
            f" (CPU {time.process_time() - cpu:.2f} s)"
        )
        start, cpu = time.perf_counter(), time.process_time()
        count = sum(len(a.spans) for a in ws.iter_annotated())
        print(
            f"iter_annotated over {count:,} spans: {time.perf_counter() - start:.2f} s"
            f" (CPU {time.process_time() - cpu:.2f} s)"
        )
        (big,) = records(1, 1000, seed=11, length=30_000)
        big_id = ws.import_records([DocumentRecord(name="big", text=big.text, spans=big.spans)]).documents_added[0]
        runs = []
        for _ in range(50):
            start = time.perf_counter()
            ws.document(big_id)
            spans = ws.spans(big_id)
            ws.relations(big_id)
            runs.append(time.perf_counter() - start)
        print(f"open one document with {len(spans)} spans: median {statistics.median(runs) * 1000:.2f} ms")
        ws.close()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
