"""A second process writing to a project, for the concurrency and crash tests.

``python -m tests.storage.writer_process PROJECT DOC_ID COUNT [--hang]``: adds COUNT spans to the
document, one transaction each, printing each new id; with ``--hang`` it then waits to be killed.
"""

from __future__ import annotations

import re
import sys
import time

from storage import Workspace


def main(project: str, doc_id: int, count: int, hang: bool) -> None:
    ws = Workspace.open(project, annotator=f"proc-{doc_id}-{count}")
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", ws.document(doc_id).text)]
    for i in range(count):
        (span,) = ws.add_span(doc_id, "QUOTE", [words[i % len(words)]]).spans_added
        print(span.id, flush=True)
    if hang:
        print("ready", flush=True)
        time.sleep(600)
    ws.close()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), "--hang" in sys.argv)
