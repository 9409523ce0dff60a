"""A long import in its own process, for the locking and kill tests.

``python -m tests.storage.import_process PROJECT DOCUMENTS HOLD``: imports DOCUMENTS new
documents in one import, printing "locked" once it writes under the write lock and keeping the
lock at least HOLD seconds (a slow disk, a huge import), then "done".
"""

from __future__ import annotations

import sys
import time

from kathan.model import DocumentRecord, SpanRecord
from storage import Workspace


def main(project: str, count: int, hold: float) -> None:
    records = [
        DocumentRecord(name=f"imported-{n:05d}", text=f"आयातित पाठ {n}: उसने कहा कि सब ठीक है।",
                       spans=(SpanRecord("s", "QUOTE", ((0, 6),)),))
        for n in range(count)
    ]
    ws = Workspace.open(project, annotator="importer")
    told: list[bool] = []

    def progress(done: int) -> None:
        if not told:
            told.append(True)
            print("locked", flush=True)
            time.sleep(hold)

    ws.import_records(records, progress=progress)
    print("done", flush=True)
    ws.close()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), float(sys.argv[3]))
