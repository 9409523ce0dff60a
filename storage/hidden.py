"""SQL that leaves out the documents of an import under way (``storage.pending``), for the
sqlite3-only read paths (``storage.plain``, ``storage.stats``) as well as ``storage.rows.shown``.

``documents.id {SHOWN_SQL}`` keeps the documents every reader may see; ``document_id
{HIDDEN_SQL}`` picks the rows of the hidden ones.
"""

SHOWN_SQL = "NOT IN (SELECT document_id FROM pending_documents)"
HIDDEN_SQL = "IN (SELECT document_id FROM pending_documents)"
