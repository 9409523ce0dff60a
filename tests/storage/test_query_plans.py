"""At 100,000 documents the list and ``kathan stats`` must not read the table rows holding the
texts, nor sort millions of spans: SQLite's own query plans say which index each query walks."""

from __future__ import annotations

import pytest

from kathan.model import DocumentStatus
from storage import Workspace, reads
from storage.stats import _COUNTED, _PER_STATUS

pytestmark = pytest.mark.sqlite_only  # the plans are SQLite's (EXPLAIN QUERY PLAN)


def plan(ws: Workspace, sql: str) -> str:
    with ws._engine.connect() as conn:
        return " | ".join(row[-1] for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}"))


def test_stats_count_from_covering_indexes(ws: Workspace) -> None:
    found = plan(ws, _COUNTED)
    assert "SCAN spans USING COVERING INDEX ix_spans_label_annotator_id" in found
    assert "SCAN relations USING COVERING INDEX ix_relations_type_annotator_id" in found
    # a sort only for the rows of an import under way, reached through pending_documents
    steps = found.split(" | ")
    sorts = [i for i, step in enumerate(steps) if "TEMP B-TREE" in step]
    assert len(sorts) == 2 and all("pending_documents" in steps[i - 1] for i in sorts)
    status_plan = plan(ws, _PER_STATUS)
    assert status_plan.startswith("SCAN documents USING COVERING INDEX ix_documents_status_name_title")
    assert "TEMP B-TREE" not in status_plan


@pytest.mark.parametrize("status", [None, DocumentStatus.NEW])
def test_a_filtered_list_reads_the_listing_index(ws: Workspace, status: DocumentStatus | None) -> None:
    statements: list[str] = []
    with ws._engine.connect() as conn:
        original = reads.compiled_rows

        def spy(conn_: object, compiled: object, **params: object) -> list[tuple[object, ...]]:
            statements.append(str(compiled))
            return original(conn_, compiled, **params)  # type: ignore[arg-type]

        reads.compiled_rows = spy  # type: ignore[assignment]
        try:
            reads.document_ids(conn, "mumbai", status)
        finally:
            reads.compiled_rows = original
    (statement,) = statements
    found = plan(ws, statement.replace("?", "'x'"))
    assert found.split(" | ")[0].endswith("documents USING COVERING INDEX ix_documents_status_name_title" + (" (status=?)" if status else "")), found
