"""spaCy-style JSON: one ``.json`` file holding a list of documents, code-point offsets.

Each entry is ``{"text", "spans": [[start, end, label], ...], "meta": {"name", "title"}}``,
ready for ``doc.char_span(start, end, label=label)``. Spans may overlap (put them in a
``SpanGroup``; ``doc.ents`` needs them disjoint). What the format cannot hold is reported:
a discontinuous span becomes one entry per fragment (the text between its fragments is never
labelled); relations, attributes and notes are not written.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from kathan.formats.base import DocumentCounter, ExportReport, Format, LossLog, Progress, atomic_output
from kathan.model import AnnotatedDocument
from kathan.schema import Schema

EXAMPLE = Path(__file__).resolve().parent / "examples" / "spacy" / "golden.json"


def document_entry(annotated: AnnotatedDocument, losses: LossLog) -> dict[str, object]:
    document = annotated.document
    name = document.name
    entries = sorted(
        (start, end, span.label) for span in annotated.spans for start, end in span.fragments
    )
    discontinuous = [span for span in annotated.spans if len(span.fragments) > 1]
    losses.note("discontinuous spans, written as one entry per fragment", name, len(discontinuous))
    losses.note("relations, not written (spaCy spans have no relations)", name, len(annotated.relations))
    losses.note(
        "span attributes, not written", name, sum(len(span.attributes) for span in annotated.spans)
    )
    losses.note("span notes, not written", name, sum(1 for span in annotated.spans if span.note))
    return {
        "text": document.text,
        "spans": [list(entry) for entry in entries],
        "meta": {"name": name, "title": document.title},
    }


def write_spacy(
    docs: Iterable[AnnotatedDocument], out: Path, schema: Schema | None = None, progress: Progress | None = None
) -> ExportReport:
    """Writes a JSON list, one document at a time (streamed), replacing ``out`` on success."""
    counter = DocumentCounter(docs, progress, relations=False)
    losses = LossLog()
    with atomic_output(Path(out)) as handle:
        handle.write("[")
        separator = "\n"
        for annotated in counter:
            handle.write(separator)
            handle.write(json.dumps(document_entry(annotated, losses), ensure_ascii=False))
            separator = ",\n"
        handle.write("\n]\n")
    return counter.report(losses)


FORMAT = Format(
    name="spacy",
    extensions=(".json",),
    description='spaCy-style JSON: [{"text", "spans": [[start, end, label]], "meta"}], code points',
    reader=None,
    writer=write_spacy,
    examples=(EXAMPLE,),
    title="spaCy JSON",
)
