"""A real export process for kill tests: ``python export_process.py FORMAT OUT DOCUMENTS``.

Writes DOCUMENTS synthetic documents (each with a span) through ``registry.write``, printing
"started" once the first document is written, and slowly enough that a kill lands mid-export.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator

from kathan.formats.base import as_annotated
from kathan.formats.registry import write
from kathan.model import AnnotatedDocument, DocumentRecord, SpanRecord


def documents(count: int) -> Iterator[AnnotatedDocument]:
    for number in range(count):
        text = f"दस्तावेज़ {number}: उसने कहा कि सब ठीक है।\n" * 20
        record = DocumentRecord(name=f"doc-{number:05d}", text=text, spans=(SpanRecord("s", "QUOTE", ((0, 9),)),))
        yield as_annotated(record, number + 1)


def main() -> None:
    format_name, out, count = sys.argv[1], sys.argv[2], int(sys.argv[3])

    def progress(done: int, _total: int | None) -> None:
        if done == 1:
            print("started", flush=True)
        time.sleep(0.002)

    report = write(format_name, documents(count), out, progress=progress, project="kill-test")
    print(f"done {report.documents}", flush=True)


if __name__ == "__main__":
    main()
