"""Several annotators' processes editing one project at once: the workers of the load test and of
``make bench``'s edits-per-second figures.

``python -m bench.team_load PROJECT DOC_ID EDITS NAME`` signs as NAME and makes EDITS writes on
one document, each its own transaction: mostly adding spans, every fourth edit an update of an
attribute, every tenth a deletion. It prints one JSON line: the ids it left and those it updated.
``python -m bench.team_load PROJECT --killed-import COUNT`` starts an import of COUNT documents,
prints ``inside`` while its write transaction is open and waits there to be killed.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from kathan.model import DocumentRecord
from storage import Workspace

REPO = Path(__file__).resolve().parent.parent


def work(project: str, doc_id: int, edits: int, name: str) -> dict[str, list[int]]:
    """Make ``edits`` writes as annotator ``name``; the spans left and the spans updated."""
    with Workspace.open(project, annotator=name) as ws:
        words = [(m.start(), m.end()) for m in re.finditer(r"\S+", ws.document(doc_id).text)]
        alive: list[int] = []
        updated: set[int] = set()
        made = 0
        position = 0
        while made < edits:
            if made % 10 == 9 and alive:
                gone = alive.pop(0)
                ws.delete_spans([gone])
                updated.discard(gone)
            elif made % 4 == 3 and alive:
                ws.update_span(alive[-1], attributes={"form": "direct"})
                updated.add(alive[-1])
            else:
                (span,) = ws.add_span(doc_id, "QUOTE", [words[position % len(words)]]).spans_added
                alive.append(span.id)
                position += 1
            made += 1
    return {"alive": alive, "updated": sorted(updated)}


def hang_in_import(project: str, count: int) -> None:
    """Import ``count`` documents and stop, killed, inside the write transaction after its first batch."""
    records = [DocumentRecord(name=f"killed-{i}", text=f"अधूरा लेख {i}।") for i in range(count)]

    def wait_to_be_killed(_: int) -> None:
        print("inside", flush=True)
        time.sleep(600)

    with Workspace.open(project, annotator="killed") as ws:
        ws.import_records(records, progress=wait_to_be_killed)


@dataclass(frozen=True, slots=True)
class LoadResult:
    processes: int
    edits: int
    seconds: float
    failures: tuple[str, ...]
    """stderr of every worker that failed: any error a user would have seen."""
    reports: tuple[dict[str, list[int]], ...]

    @property
    def edits_per_second(self) -> float:
        return self.processes * self.edits / self.seconds if self.seconds else 0.0


def run(project: str | Path, doc_id: int, processes: int, edits: int) -> LoadResult:
    """Start ``processes`` workers at once on ``project`` and wait for them all."""
    start = time.perf_counter()
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "bench.team_load", str(project), str(doc_id), str(edits), f"load-{n}"],
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(processes)
    ]
    outputs = [p.communicate(timeout=1800) for p in procs]
    seconds = time.perf_counter() - start
    failures = tuple(err for p, (_, err) in zip(procs, outputs, strict=True) if p.returncode != 0)
    reports = tuple(json.loads(out) for p, (out, _) in zip(procs, outputs, strict=True) if p.returncode == 0)
    return LoadResult(processes, edits, seconds, failures, reports)


if __name__ == "__main__":
    if sys.argv[2] == "--killed-import":
        hang_in_import(sys.argv[1], int(sys.argv[3]))
    else:
        print(json.dumps(work(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4])))
