"""A document's fragments are checked once on the way in: what the reader checked, storage knows by identity only."""

from __future__ import annotations

from kathan.model import DocumentRecord, SpanRecord
from kathan.validate import FITTED_KEPT, mark_fitted, record_fits


def _record(end: int) -> DocumentRecord:
    return DocumentRecord(name="d", text="क्षत्रिय आए", spans=(SpanRecord("T1", "QUOTE", ((0, end),)),))


def test_only_the_very_record_marked_skips_the_check() -> None:
    """An equal record that was not marked is checked again; a cut cluster is still found."""
    good, bad = _record(8), _record(2)
    assert record_fits(good) and not record_fits(bad)
    mark_fitted(good)
    assert record_fits(good)
    assert not record_fits(_record(2)) and record_fits(_record(8))


def test_old_marks_are_forgotten() -> None:
    """Marks are kept for the last records only, so memory stays flat; a forgotten one is checked again."""
    first = _record(8)
    mark_fitted(first)
    for _ in range(FITTED_KEPT):
        mark_fitted(_record(8))
    from kathan import validate

    assert id(first) not in validate._FITTED or validate._FITTED[id(first)] is not first
    assert record_fits(first)
