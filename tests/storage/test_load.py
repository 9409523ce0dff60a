"""Five annotators' processes on one project at once, and a process killed inside a transaction.

The same tests run on a SQLite file and on PostgreSQL. ``make bench`` runs the full size
(5 x 2,000 edits) and prints edits per second; here each process makes 150 edits.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from bench.team_load import REPO, run
from kathan.model import DocumentId, DocumentRecord
from storage import Workspace

PROCESSES, EDITS = 5, 150


def left_after(edits: int) -> int:
    """How many spans one worker leaves: its adds less its deletes (see ``bench.team_load.work``)."""
    alive = 0
    for made in range(edits):
        if made % 10 == 9 and alive:
            alive -= 1
        elif made % 4 != 3 or not alive:
            alive += 1
    return alive


def test_five_processes_lose_no_edit(project: str | Path, ws: Workspace, doc_id: DocumentId) -> None:
    """5 processes x 150 edits (adds, updates, deletes) at once: no error in any process, and the
    project holds exactly the spans each one left, with the updates each one made."""
    result = run(project, doc_id, PROCESSES, EDITS)
    assert result.failures == ()
    spans = {s.id: s for s in ws.spans(doc_id)}
    expected = {span_id for report in result.reports for span_id in report["alive"]}
    assert set(spans) == expected
    assert len(expected) == PROCESSES * left_after(EDITS)
    for n, report in enumerate(result.reports):
        assert {s.id for s in spans.values() if s.annotator == f"load-{n}"} == set(report["alive"])
        assert all(spans[i].attributes.get("form") == "direct" for i in report["updated"])
    assert ws.validate() == []


def test_a_process_killed_inside_a_transaction_leaves_nothing(project: str | Path, ws: Workspace) -> None:
    """An import killed (SIGKILL) while its write transaction is open, after writing its first batch,
    leaves no document of it; the project opens and takes writes again."""
    ws.import_records([DocumentRecord(name="kept", text="पहले का लेख।")])
    proc = subprocess.Popen(
        [sys.executable, "-m", "bench.team_load", str(project), "--killed-import", "700"],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "inside", proc.stderr.read() if proc.stderr else ""
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    ws.close()
    with Workspace.open(project, annotator="after") as again:
        assert [d.name for d in again.documents()] == ["kept"]
        assert again.stats().documents == 1
        again.import_records([DocumentRecord(name="later", text="बाद का लेख।")])
        assert [d.name for d in again.documents()] == ["kept", "later"]
