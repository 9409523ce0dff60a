"""The Workspace round trip that front ends rely on first: create, import, annotate, reopen."""

from __future__ import annotations

from pathlib import Path

from kathan.model import DocumentId
from storage import Workspace


def test_span_and_relation_survive_reopening(
    ws: Workspace, doc_id: DocumentId, words: list[tuple[int, int]], project_path: Path
) -> None:
    """A span and a relation added through the Workspace are there after closing and reopening."""
    quote = ws.add_span(doc_id, "QUOTE", [(words[10][0], words[12][1])]).spans_added[0]
    speaker = ws.add_span(doc_id, "SPEAKER", [words[2]]).spans_added[0]
    relation = ws.add_relation("said_by", quote.id, speaker.id).relations_added[0]
    ws.close()
    with Workspace.open(project_path, annotator="bob") as again:
        assert again.spans(doc_id) == (speaker, quote)
        assert again.relations(doc_id) == (relation,)
