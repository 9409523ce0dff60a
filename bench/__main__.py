"""``make bench``: the corpus engine, the article view and the suggester, measured on this machine.

Not a test: it prints figures to compare with the targets in the README.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from bench.corpus import records, write_jsonl
from kathan.formats import registry
from storage import Workspace

T = TypeVar("T")


def timed(label: str, target: float | None, fn: Callable[[], T]) -> T:
    start = time.perf_counter()
    result = fn()
    elapsed = time.perf_counter() - start
    verdict = "" if target is None else ("  ok" if elapsed < target else f"  OVER target {target:g} s")
    print(f"{label:<44} {elapsed:9.2f} s{verdict}")
    return result


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def corpus_bench(documents: int, spans: int, work: Path) -> None:
    print(f"\n## Corpus engine: {documents:,} articles of ~3,000 characters, {spans} spans each")
    source = work / "corpus.jsonl"
    write_jsonl(source, documents, spans)
    project = work / "bench.kathan"
    ws = Workspace.create(str(project))
    try:
        def do_import() -> int:
            result = registry.read_paths([source], "jsonl", schema=ws.schema)
            return len(ws.import_records(result.records).documents_added)

        imported = timed(f"import {documents:,} documents (JSONL)", 20.0, do_import)
        assert imported == documents, imported
        timed("import 200,000 flag characters, 2,000 spans", 5.0, lambda: import_flags(ws))
        timed("stream every document back (iter_annotated)", None, lambda: sum(1 for _ in ws.iter_annotated()))
        timed("export native JSONL", 5.0, lambda: registry.write("jsonl", ws.iter_annotated(), work / "out.jsonl", ws.schema))
        timed("export CoNLL BIO", 30.0, lambda: registry.write("conll", ws.iter_annotated(), work / "out.conll", ws.schema))
        open_bench(ws)
    finally:
        ws.close()
    print(f"{'peak memory (RSS)':<44} {peak_rss_mib():9.0f} MiB")


def import_flags(ws: Workspace) -> None:
    """The audit's hostile text: 100,000 flags (regional-indicator pairs) with 2,000 spans."""
    from kathan.model import DocumentRecord, SpanRecord

    spans = tuple(SpanRecord(f"T{i}", "QUOTE", ((i * 100, i * 100 + 50),)) for i in range(2000))
    ws.import_records([DocumentRecord(name="flags", text="\U0001f1ee\U0001f1f3" * 100_000, spans=spans)])


def open_bench(ws: Workspace) -> None:
    """Open one document holding 1,000 spans: its text, spans and relations, as the workbench does."""
    (big,) = records(1, 1000, seed=11, length=30_000, prefix="big")
    doc = ws.import_records([big]).documents_added[0]
    runs = []
    for _ in range(50):
        start = time.perf_counter()
        ws.document(doc)
        spans = ws.spans(doc)
        ws.relations(doc)
        runs.append(time.perf_counter() - start)
    assert len(spans) == 1000, len(spans)
    median = statistics.median(runs) * 1000
    verdict = "  ok" if median < 5 else "  OVER target 5 ms"
    print(f"{'open one document with 1,000 spans (median)':<44} {median:9.2f} ms{verdict}")


def view_bench() -> None:
    from bench.window_bench import run_window_bench
    from bench.view_bench import run_view_bench

    print("\n## Article view alone (offscreen): 100,000 characters, 5,000 spans")
    for name, value in run_view_bench().items():
        print(f"{name:<52} {value:9.1f} ms")
    print("\n## The whole window (offscreen): two articles of 100,000 characters, 5,000 spans each")
    for name, value in run_window_bench().items():
        print(f"{name:<52} {value:9.1f} ms")


def suggest_bench() -> None:
    from bench.suggest_bench import run_suggest_bench

    from bench.learn_bench import run_learn_bench

    print("\n## Suggestions on the development corpus")
    print(run_suggest_bench())
    print("\n## The learned and combined suggesters (leave-one-out over the gold articles)")
    print(run_learn_bench())


def spancat_bench() -> None:
    from bench.spancat_bench import run_spancat_bench

    print("\n## The learned suggester's CRFs against a spaCy span categorizer (3-fold; minutes: --only spancat)")
    print(run_spancat_bench(k=3))


def segmentation_bench(treebanks: str | None) -> None:
    from bench.segmentation_bench import run_segmentation_bench

    print("\n## Segmentation on Universal Dependencies treebanks")
    print(run_segmentation_bench(treebanks))


def machine() -> str:
    """Cores, memory and Python: what the figures depend on."""
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{platform.machine()}, {os.cpu_count()} cores, {memory:.0f} GiB, Python {platform.python_version()}"


def team_bench(processes: int, edits: int, work: Path) -> None:
    from bench.team_load import run
    from kathan.model import DocumentRecord
    from tests.conftest import POSTGRES, SAMPLE, fresh_postgres

    print(f"\n## A team at once: {processes} processes x {edits:,} edits (add, update, delete) on one document")
    places: list[tuple[str, str | Path]] = [("SQLite", work / "team.kathan")]
    if POSTGRES:
        places.append(("PostgreSQL", fresh_postgres("k_bench")))
    else:
        print("PostgreSQL: skipped (no server: set KATHAN_TEST_POSTGRES or install postgresql)")
    for engine, project in places:
        with Workspace.create(project) as ws:
            (doc,) = ws.import_records([DocumentRecord(name="a", text=SAMPLE.read_text(encoding="utf-8"))]).documents_added
            result = run(project, doc, processes, edits)
            left = sum(len(r["alive"]) for r in result.reports)
            found = len(ws.spans(doc))
        verdict = "ok" if not result.failures and found == left else f"LOST EDITS or errors ({len(result.failures)} failed)"
        print(f"{engine + ': edits per second, all processes':<44} {result.edits_per_second:9.0f}   {result.seconds:.1f} s, {found:,} spans as expected: {verdict}")


def import_bench(work: Path) -> None:
    from bench.corpus import write_attributed_jsonl
    from bench.import_bench import import_figure, lock_figures, memory_figures
    from tests.conftest import POSTGRES, fresh_postgres

    print("\n## Import (issues 10 §2 and 12 §6): beside its floor, its memory, and editors during a large one")
    print(f"load average at start: {', '.join(f'{x:.1f}' for x in os.getloadavg())} (timings are best of 3 runs)")
    source = work / "attributed.jsonl"
    write_attributed_jsonl(source, 3_000)
    figures = [import_figure(work, source, 3_000)[0], *memory_figures(work), *lock_figures(work / "lock.kathan", "SQLite")]
    if POSTGRES:
        figures.extend(lock_figures(fresh_postgres("k_bench_lock"), "PostgreSQL"))
    else:
        print("PostgreSQL: skipped (no server: set KATHAN_TEST_POSTGRES or install postgresql)")
    for figure in figures:
        print(figure.line())


def _compile_bytecode() -> None:
    """Kathan's bytecode written before anything is timed, as installing it writes it: where
    PYTHONDONTWRITEBYTECODE is set (some shells set it), every timed command would otherwise
    compile again each module changed since its bytecode was last written, which no user's
    second run does (0.035 s of the start of a JSONL export after a merge)."""
    import compileall

    root = Path(__file__).resolve().parent.parent
    for package in ("kathan", "storage", "cli", "gui"):
        compileall.compile_dir(root / package, quiet=1)


def main() -> None:
    parser = argparse.ArgumentParser(prog="make bench")
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--spans", type=int, default=30)
    parser.add_argument("--only", choices=("issue10", "import", "export", "corpus", "view", "suggest", "segmentation", "team", "spancat"))
    parser.add_argument("--treebanks", help="folder of UD *-ud-*.conllu files (else $KATHAN_UD)")
    parser.add_argument("--team-edits", type=int, default=2_000, help="edits per process in the team bench")
    args = parser.parse_args()
    print(f"# Kathan benchmarks on {machine()}")
    _compile_bytecode()
    if args.only in (None, "issue10"):
        from bench.scale_bench import run_issue_bench

        print("\n# Speed at scale (issue 10): every figure against its target")
        run_issue_bench()
    if args.only == "export":
        from bench.scale_bench import export_bench

        print("\n## JSONL export beside its floor (3,000 articles, 30 spans and 10 relations each)")
        export_bench()
    with tempfile.TemporaryDirectory(prefix="kathan-bench-") as tmp:
        if args.only in (None, "corpus"):
            corpus_bench(args.documents, args.spans, Path(tmp))
        if args.only in (None, "import"):
            import_bench(Path(tmp))
        if args.only in (None, "team"):
            team_bench(5, args.team_edits, Path(tmp))
    if args.only in (None, "view"):
        view_bench()
    if args.only in (None, "suggest"):
        suggest_bench()
    if args.only == "spancat":
        spancat_bench()
    if args.only in (None, "segmentation"):
        segmentation_bench(args.treebanks)


if __name__ == "__main__":
    main()
