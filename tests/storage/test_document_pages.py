"""Lists of documents read a page at a time: ids filtered and sorted in storage, summaries by id."""

from __future__ import annotations

import pytest

from kathan.model import DocumentOrder, DocumentRecord, DocumentStatus, SpanRecord, status_matches
from storage import NotFoundError, Workspace

TEXT = "कथन और बात"


@pytest.fixture
def listed(ws: Workspace) -> list[int]:
    """Four documents: names, titles (one empty, one with a % sign) and span counts that sort differently."""
    records = [
        DocumentRecord(name="mumbai-2024", text=TEXT, title="Zeta", spans=(SpanRecord("T1", "QUOTE", ((0, 3),)),)),
        DocumentRecord(name="delhi_50%", text=TEXT, title="", spans=()),
        DocumentRecord(
            name="agra",
            text=TEXT,
            title="Alpha 50%",
            spans=(SpanRecord("T1", "QUOTE", ((0, 3),)), SpanRecord("T2", "CUE", ((4, 6),))),
        ),
        DocumentRecord(name="pune", text=TEXT, title="Mumbai notes"),
    ]
    ids = list(ws.import_records(records).documents_added)
    ws.set_status(ids[3], DocumentStatus.DONE)
    return ids


def test_document_ids_match_name_title_and_status_words(ws: Workspace, listed: list[int]) -> None:
    mumbai, delhi, agra, pune = listed
    assert ws.document_ids() == listed
    assert ws.document_ids("MUMBAI") == [mumbai, pune]  # file name or title, case-blind
    assert ws.document_ids("50%") == [delhi, agra]  # % and _ are matched as themselves
    assert ws.document_ids("i_5") == [delhi]
    assert ws.document_ids("done") == [pune]
    assert ws.document_ids("in prog") == []
    assert ws.document_ids("ne") == [mumbai, delhi, agra, pune]  # "new" and "done"
    assert ws.document_ids(status=DocumentStatus.NEW) == [mumbai, delhi, agra]
    assert ws.document_ids("a", status=DocumentStatus.DONE) == [pune]
    assert ws.document_ids(limit=2) == [mumbai, delhi]


def test_document_ids_sort_by_shown_title_name_status_and_spans(ws: Workspace, listed: list[int]) -> None:
    mumbai, delhi, agra, pune = listed
    assert ws.document_ids(order=DocumentOrder.TITLE) == [agra, delhi, pune, mumbai]  # delhi shows its name
    assert ws.document_ids(order=DocumentOrder.NAME) == [agra, delhi, mumbai, pune]
    assert ws.document_ids(order=DocumentOrder.NAME, descending=True) == [pune, mumbai, delhi, agra]
    assert ws.document_ids(order=DocumentOrder.STATUS) == [pune, mumbai, delhi, agra]  # "done" < "new", ties by import
    assert ws.document_ids(order=DocumentOrder.SPANS, descending=True) == [agra, mumbai, pune, delhi]
    assert ws.document_ids(order=DocumentOrder.IMPORT, descending=True) == listed[::-1]


def test_document_summaries_come_in_the_order_asked_without_missing_ones(ws: Workspace, listed: list[int]) -> None:
    mumbai, delhi, agra, pune = listed
    summaries = ws.document_summaries([agra, 999_999, mumbai])
    assert [(s.id, s.span_count, s.relation_count) for s in summaries] == [(agra, 2, 0), (mumbai, 1, 0)]
    assert summaries == [s for s in ws.documents() if s.id in (agra, mumbai)][::-1]
    assert ws.document_summaries([]) == []


def test_status_matches_reads_the_status_words() -> None:
    assert status_matches("PROGRESS") == (DocumentStatus.IN_PROGRESS,)
    assert status_matches("in progress") == (DocumentStatus.IN_PROGRESS,)
    assert status_matches("") == ()


def test_validation_streams_with_progress(ws: Workspace) -> None:
    """Every document is counted once, in batches, and the problems arrive as they are found."""
    import storage.workspace

    count = storage.workspace.EXPORT_BATCH + 5
    ws.import_records([DocumentRecord(name=f"d{i}", text=TEXT) for i in range(count)])
    seen: list[int] = []
    problems = ws.iter_problems(seen.append)
    assert next(problems, None) is None
    assert seen == [storage.workspace.EXPORT_BATCH, 5]
    with pytest.raises(NotFoundError):
        ws.iter_annotated([999_999]).__next__()
