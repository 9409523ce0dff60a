"""The import's figures: its time beside the floor (issue 10 §2), its peak memory as the corpus
grows, and how long a large import keeps an editor in another process waiting (issue 12 §6).

The editor is a real one (``Workspace.add_span`` and ``delete_spans``, every 20 ms, in a process of
its own), so its longest edit is what a window would wait. On SQLite the import writes its
documents hidden, a batch of 500 per transaction (``storage.pending``); its final transaction,
timed from its last progress report, checks the plan again and shows them.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time
from pathlib import Path

from bench.floors import import_floor, schema_floor
from bench.scale_bench import Figure, best_of, kathan, run
from storage.engine import BUSY_TIMEOUT_S

LOCK_TARGET_S = 1.0
"""The lead's aim for the final transaction of 10,000 documents × 30 spans on this machine."""


def import_figure(work: Path, source: Path, documents: int, runs: int = 3) -> tuple[Figure, Path]:
    """``kathan import`` of ``source`` into a new project, beside the floor, each the best of ``runs``;
    their CPU times too (user + system, best run), which a loaded machine disturbs less than the clock;
    and the schema floor (``bench.floors.schema_floor``), which no import into this layout can beat.
    Returns the figure and one of the projects imported."""
    floor_cpu: list[float] = []
    imported_cpu: list[float] = []

    def floor_run() -> None:
        before = time.process_time()
        import_floor(source, work / "floor.sqlite")
        floor_cpu.append(time.process_time() - before)

    def imported_run(project: Path) -> None:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        run([*kathan(), "import", str(project), str(source), "--format", "jsonl"])
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        imported_cpu.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)

    floor = best_of(runs, floor_run)
    made = [fresh_project(work, n) for n in range(2 * runs)]  # before the clock starts
    empty = iter(made)
    imported = best_of(runs, lambda: imported_run(next(empty)))
    layout = best_of(runs, lambda: schema_floor(source, next(empty)))
    cpu = f"CPU {min(imported_cpu):.2f} s vs {min(floor_cpu):.2f} s: {min(imported_cpu) / min(floor_cpu):.1f}×"
    figure = Figure(f"import {documents:,} documents, × its floor", imported / floor, "×", 2.5,
                    f"{imported:.2f} s, floor (json + sqlite3 executemany) {floor:.2f} s; {cpu}; "
                    f"schema floor (the same into Kathan's own tables) {layout:.2f} s, {layout / floor:.1f}× the floor")
    return figure, made[0]


def fresh_project(work: Path, n: int) -> Path:
    """A new empty project for one import run."""
    path = work / f"import-{n}.kathan"
    run([*kathan(), "init", str(path)])
    return path


def memory_figures(work: Path, sizes: tuple[int, ...] = (1_000, 10_000)) -> list[Figure]:
    """Peak memory of ``kathan import`` (the whole process) for corpora of ``sizes`` documents:
    flat when the largest needs at most 1.5 times the smallest."""
    from bench.corpus import write_attributed_jsonl

    peaks = []
    for size in sizes:
        source = work / f"memory-{size}.jsonl"
        write_attributed_jsonl(source, size)
        project = fresh_project(work, 900 + size)
        code = ("import resource, subprocess, sys\nsubprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL)\n"
                "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
        out = subprocess.run([sys.executable, "-c", code, *kathan(), "import", str(project), str(source), "--format", "jsonl"],
                             check=True, capture_output=True, text=True).stdout
        peaks.append(int(out.strip()) / 1024)
        source.unlink()
    smallest, largest = sizes[0], sizes[-1]
    return [
        Figure(f"import peak memory, {largest:,} ÷ {smallest:,} documents", peaks[-1] / peaks[0], "×", 1.5,
               ", ".join(f"{size:,}: {peak:.0f} MiB" for size, peak in zip(sizes, peaks, strict=True))),
    ]


def lock_figures(project: str | Path, engine: str, documents: int = 10_000, spans: int = 30) -> list[Figure]:
    """Import ``documents`` new documents into ``project`` while another process edits it."""
    from bench.scale import _records, _templates
    from kathan.model import DocumentRecord
    from storage import Workspace

    with Workspace.create(project, annotator="bench") as ws:
        (doc,) = ws.import_records([DocumentRecord(name="edited", text="राम ने कहा कि सब ठीक है।")]).documents_added
        records = _records(_templates(spans), 0, documents)
        editor = subprocess.Popen([sys.executable, "-m", "bench.import_bench", "edit", str(project), str(doc)],
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert editor.stdout is not None and editor.stdin is not None
        assert editor.stdout.readline().strip() == "editing"
        reported = [0.0]
        start = time.perf_counter()
        ws.import_records(records, progress=lambda _done: reported.__setitem__(0, time.perf_counter()))
        end = time.perf_counter()
        time.sleep(0.2)
        editor.stdin.close()
        result = json.loads(editor.stdout.readline())
        editor.wait(timeout=60)
        assert len(ws.spans(doc)) == 0 and result["failed"] == 0, result
    final = end - reported[0]
    label = f"{engine}, {documents:,} documents × {spans} spans"
    return [
        Figure(f"{label}: final transaction", final, "s", LOCK_TARGET_S, f"whole import {end - start:.1f} s"),
        Figure(f"{label}: longest edit meanwhile", result["longest_s"], "s", BUSY_TIMEOUT_S,
               f"{result['edits']} edits from another process, none failed (target: the busy timeout)"),
    ]


def edit_until_told(project: str, doc: int) -> None:
    """The editor: add a span and delete it again every 20 ms until stdin closes; print the longest."""
    import threading

    from storage import Workspace

    stop = threading.Event()
    threading.Thread(target=lambda: (sys.stdin.read(), stop.set()), daemon=True).start()
    longest, edits, failed = 0.0, 0, 0
    added: list[int] = []
    with Workspace.open(project, annotator="editor") as ws:
        print("editing", flush=True)
        while not stop.is_set():
            for edit in ("add", "delete"):
                start = time.perf_counter()
                try:
                    if edit == "add":
                        added = [span.id for span in ws.add_span(doc, "QUOTE", [(0, 3)]).spans_added]
                    else:
                        ws.delete_spans(added)
                except Exception:  # noqa: BLE001 - counted: the figure says whether any edit failed
                    failed += 1
                longest = max(longest, time.perf_counter() - start)
                edits += 1
            time.sleep(0.02)
    print(json.dumps({"longest_s": longest, "edits": edits, "failed": failed}), flush=True)


if __name__ == "__main__":
    if sys.argv[1] == "edit":
        edit_until_told(sys.argv[2], int(sys.argv[3]))
