"""The same Workspace on PostgreSQL, to keep storage portable; runs when KATHAN_TEST_POSTGRES names a database.

For example ``KATHAN_TEST_POSTGRES=postgresql+psycopg://kathan@/k1?host=/tmp/kpg&port=55432``;
the database is emptied before each test.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import replace

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, text

from kathan.edits import Batch, DeleteSpans, UpdateSpan
from kathan.model import DocumentRecord, InputError, RelationRecord, SpanRecord
from kathan.suggest import SuggestedLink, Suggestion
from storage import RelationError, SpanError, Workspace
from storage.rows import Base

URL = os.environ.get("KATHAN_TEST_POSTGRES", "")
pytestmark = pytest.mark.skipif(not URL, reason="set KATHAN_TEST_POSTGRES to a PostgreSQL URL to run")


@pytest.fixture
def pg(sample_text: str) -> Iterator[Workspace]:
    engine = create_engine(URL)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    workspace = Workspace.create(URL, annotator="asha")
    yield workspace
    workspace.close()


def test_the_workspace_round_trip_on_postgresql(pg: Workspace, sample_text: str) -> None:
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", sample_text)]
    record = DocumentRecord(
        name="a",
        text=sample_text,
        meta={"स्रोत": "बीबीसी"},
        spans=(SpanRecord("T1", "QUOTE", (words[10], words[14]), {"form": "direct"}), SpanRecord("T2", "SPEAKER", (words[2],))),
        relations=(RelationRecord("R1", "said_by", "T1", "T2"),),
    )
    (doc,) = pg.import_records([record]).documents_added
    assert dict(pg.document(doc).meta) == {"स्रोत": "बीबीसी"}
    speaker, quote = pg.spans(doc)
    assert quote.fragments == (words[10], words[14]) and dict(quote.attributes) == {"form": "direct"}
    before = (pg.spans(doc), pg.relations(doc))
    for edit in (
        DeleteSpans((quote.id,)),
        UpdateSpan(quote, replace(quote, label="CLAIM", attributes={}, updated=None)),
        Batch((DeleteSpans((speaker.id,)),)),
    ):
        try:
            _, undo = pg.apply(edit)
        except SpanError:
            assert isinstance(edit, UpdateSpan)  # QUOTE -> CLAIM breaks said_by: refused
            continue
        pg.apply(undo)
        assert (pg.spans(doc), pg.relations(doc)) == before
    with pytest.raises(RelationError):
        pg.add_relation("said_by", speaker.id, quote.id)
    assert not pg.import_records([record])  # the same layer again: nothing to add
    with pytest.raises(InputError):
        pg.import_records([replace(record, text=record.text + " ")])
    assert [a.document.name for a in pg.iter_annotated()] == ["a"]
    assert pg.stats().spans_per_label == (("QUOTE", 1), ("SPEAKER", 1))
    assert pg.validate() == []
    version = pg.data_version()
    proposed = [
        Suggestion("q", "QUOTE", (words[30],), 0.5, links=(SuggestedLink("cued_by", "c"),)),
        Suggestion("c", "CUE", (words[12],), 0.5),
    ]
    assert pg.store_suggestions(doc, "rules", proposed) == 2
    pg.accept_suggestions([s.id for s in pg.suggestions(doc)])
    assert pg.data_version() != version
    assert len(pg.spans(doc)) == 4 and len(pg.relations(doc)) == 2


def test_orm_metadata_and_migrated_postgresql_agree(pg: Workspace) -> None:
    with pg._engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata) == []
