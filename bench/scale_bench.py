"""Issue 10's figures, each against its target: start-up beside a bare Python, import and export
beside their floors, and the costs of 1,000, 10,000 and 100,000-document projects.

Commands run in processes of their own (their start-up and memory are theirs); every timing
is the best of several runs, since the machine is shared and the load varies.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from bench.floors import export_floor

SCALES = (1_000, 10_000, 100_000)
RUNS = 5


@dataclass(frozen=True)
class Figure:
    name: str
    value: float
    unit: str
    target: float
    """The largest value that meets the target."""
    beside: str = ""
    """What the value is measured against (a floor, a bare Python), if anything."""

    def line(self) -> str:
        verdict = "ok" if self.value <= self.target else "OVER"
        return f"{self.name:<52} {self.value:9.2f} {self.unit:<4} target ≤ {self.target:g} {self.unit:<4} {verdict}  {self.beside}"


def best_of(runs: int, fn: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def kathan() -> list[str]:
    script = Path(sys.executable).with_name("kathan")
    return [str(script)] if script.exists() else [sys.executable, "-m", "cli.main"]


def run(command: Sequence[str]) -> None:
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def startup_figures(small: Path, runs: int = 7) -> list[Figure]:
    bare = best_of(runs, lambda: run([sys.executable, "-c", "pass"]))
    helped = best_of(runs, lambda: run([*kathan(), "--help"]))
    stats = best_of(runs, lambda: run([*kathan(), "stats", str(small)]))
    note = f"(python -c pass: {bare * 1000:.0f} ms)"
    return [
        Figure("kathan --help, × a bare python -c pass", helped / bare, "×", 6, f"{helped * 1000:.0f} ms {note}"),
        Figure("kathan stats (small project), × bare python", stats / bare, "×", 6, f"{stats * 1000:.0f} ms"),
    ]


def small_project(work: Path) -> Path:
    from bench.corpus import records
    from storage import Workspace

    path = work / "small.kathan"
    with Workspace.create(str(path), annotator="bench") as ws:
        ws.import_records(records(20, 30, prefix="small"))
    return path


def floor_figures(work: Path, documents: int = 3_000) -> list[Figure]:
    """Import and export of the issue's corpus (30 spans and 10 relations each), beside their floors."""
    from bench.corpus import write_attributed_jsonl
    from bench.import_bench import import_figure

    source = work / "attributed.jsonl"
    write_attributed_jsonl(source, documents)
    imported, project = import_figure(work, source, documents)
    return [imported, export_figure(project, work, documents)]


def export_figure(project: Path, work: Path, documents: int, runs: int = 3) -> Figure:
    """``kathan export --format jsonl`` of ``project`` (read back and re-sliced, as every export is)
    beside its floor, both timed best of ``runs``, with the CPU time of each beside."""
    command = [*kathan(), "export", str(project), "--format", "jsonl", "--out", str(work / "out.jsonl"), "--overwrite"]
    floor_out = best_of(runs, lambda: export_floor(project, work / "floor-out.jsonl"))
    floor_cpu = min(_cpu(lambda: export_floor(project, work / "floor-out.jsonl"), resource.RUSAGE_SELF) for _ in range(runs))
    exported = best_of(runs, lambda: run(command))
    export_cpu = min(_cpu(lambda: run(command), resource.RUSAGE_CHILDREN) for _ in range(runs))
    return Figure(
        f"export {documents:,} documents (JSONL), × its floor", exported / floor_out, "×", 2.5,
        f"{exported:.2f} s, floor (SELECT + json.dumps) {floor_out:.2f} s; CPU {export_cpu:.2f} s, "
        f"floor {floor_cpu:.2f} s ({export_cpu / floor_cpu:.2f}×)",
    )


def export_bench(documents: int = 3_000) -> None:
    """The export figure alone (``make bench BENCH_ARGS="--only export"``): the corpus imported once, untimed."""
    from bench.corpus import write_attributed_jsonl
    from bench.import_bench import fresh_project

    print(f"load average at start: {', '.join(f'{x:.1f}' for x in os.getloadavg())} (timings are best of several runs)")
    with tempfile.TemporaryDirectory(prefix="kathan-export-") as tmp:
        work = Path(tmp)
        source = work / "attributed.jsonl"
        write_attributed_jsonl(source, documents)
        project = fresh_project(work, 0)
        run([*kathan(), "import", str(project), str(source), "--format", "jsonl"])
        print(export_figure(project, work, documents, runs=5).line())


def _cpu(fn: Callable[[], object], who: int) -> float:
    before = resource.getrusage(who)
    fn()
    after = resource.getrusage(who)
    return after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def scale_figures(documents: int) -> tuple[list[Figure], dict[str, float]]:
    from bench.scale import scale_project

    project = scale_project(documents)
    window = _best_window(project, runs=3)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    stats = best_of(3, lambda: run([*kathan(), "stats", str(project)]))
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    stats_cpu = (after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime) / 3
    validation = _validation(project)
    row = {**window, "stats_s": stats, **validation}
    label = f"{documents:,} documents"
    figures = [
        Figure(f"{label}: open in the window (from process start)", window["open_s"], "s", 1.5),
        Figure(f"{label}: filter the document list (slowest of 5)", window["filter_ms"], "ms", 100),
        Figure(f"{label}: switch documents (median)", window["switch_ms"], "ms", 100),
        Figure(f"{label}: memory of the open window", window["rss_mib"], "MiB", 500),
        Figure(f"{label}: kathan stats (whole command)", stats, "s", 1, f"CPU {stats_cpu:.2f} s a run"),
        Figure(f"{label}: kathan validate, memory", validation["validate_mib"], "MiB", 500,
               f"{validation['validate_s']:.1f} s"),
    ]
    return figures, row


def _best_window(project: Path, runs: int) -> dict[str, float]:
    best: dict[str, float] = {}
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-m", "bench.window_scale", str(project)], check=True, capture_output=True, text=True
        ).stdout
        figures = json.loads(out.strip().splitlines()[-1])
        best = {k: min(v, best.get(k, v)) for k, v in figures.items()}
    return best


def _validation(project: Path) -> dict[str, float]:
    code = (
        "import json, sys, time\n"
        "from bench.window_scale import peak_mib\n"
        "from storage import Workspace\n"
        "start = time.perf_counter()\n"
        "with Workspace.open(sys.argv[1]) as ws:\n"
        "    problems = sum(1 for _ in ws.iter_problems())\n"
        "assert problems == 0, problems\n"
        "print(json.dumps({'validate_s': time.perf_counter() - start,"
        " 'validate_mib': peak_mib()}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code, str(project)], check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def growth_table(rows: dict[int, dict[str, float]]) -> str:
    columns = (
        ("open in window, s", "open_s", "{:.2f}"),
        ("filter, ms", "filter_ms", "{:.0f}"),
        ("switch, ms", "switch_ms", "{:.0f}"),
        ("window MiB", "rss_mib", "{:.0f}"),
        ("stats, s", "stats_s", "{:.2f}"),
        ("validate, s", "validate_s", "{:.1f}"),
        ("validate MiB", "validate_mib", "{:.0f}"),
    )
    lines = ["| documents | " + " | ".join(c[0] for c in columns) + " |", "|---:" * (len(columns) + 1) + "|"]
    for documents, row in rows.items():
        lines.append(f"| {documents:,} | " + " | ".join(fmt.format(row[key]) for _, key, fmt in columns) + " |")
    return "\n".join(lines)


def run_issue_bench(scales: Sequence[int] = SCALES) -> bool:
    """Print every figure against its target and the growth table; True when all are met."""
    print(f"load average at start: {', '.join(f'{x:.1f}' for x in os.getloadavg())} (timings are best of several runs)")
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory(prefix="kathan-issue10-") as tmp:
        work = Path(tmp)
        print("\n## Start-up")
        for figure in startup_figures(small_project(work)):
            print(figure.line())
            figures.append(figure)
        print("\n## Import and export beside their floors (3,000 articles, 30 spans and 10 relations each)")
        for figure in floor_figures(work):
            print(figure.line())
            figures.append(figure)
    rows: dict[int, dict[str, float]] = {}
    for documents in scales:
        print(f"\n## A project of {documents:,} documents ({documents * 30:,} spans)")
        found, rows[documents] = scale_figures(documents)
        for figure in found:
            print(figure.line())
        figures.extend(found)
    print("\n## How the costs grow\n")
    print(growth_table(rows))
    print(f"\npeak memory of the bench itself: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")
    return all(f.value <= f.target for f in figures)
