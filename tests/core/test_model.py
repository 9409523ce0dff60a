"""Model values: span extents and text, Changes merging and truthiness, problem messages."""

from __future__ import annotations

from kathan.model import Changes, DocumentId, InputError, Problem, Span, SpanId
from kathan.validate import check_fragments


def test_span_extent_and_text_of_a_discontinuous_quote() -> None:
    """A discontinuous span's text joins its fragments with one space, as brat does."""
    span = Span(SpanId(1), DocumentId(1), "QUOTE", ((0, 3), (9, 12)))
    assert (span.start, span.end) == (0, 12)
    assert span.text_in("abc said def") == "abc def"


def test_changes_are_falsy_when_empty_and_merge_by_concatenation() -> None:
    empty = Changes()
    assert not empty
    merged = empty.merged(Changes(spans_removed=(SpanId(3),))).merged(Changes(spans_removed=(SpanId(4),)))
    assert merged and merged.spans_removed == (3, 4)


def test_input_error_lists_problems_with_file_and_line() -> None:
    error = InputError([Problem("a.jsonl", 7, "not JSON"), Problem("b.txt", 0, "empty file")])
    assert str(error) == "a.jsonl:7: not JSON\nb.txt: empty file"


def test_fragments_must_sit_on_cluster_boundaries_inside_the_text() -> None:
    """Conjuncts are one cluster: a fragment may not end inside स्त्री."""
    text = "स्त्री 😀 क्षि"
    assert check_fragments(text, [(0, 6)]) is None
    assert "cuts the grapheme cluster" in (check_fragments(text, [(0, 3)]) or "")
    assert "outside the text" in (check_fragments(text, [(0, 99)]) or "")
    assert "empty or reversed" in (check_fragments(text, [(4, 4)]) or "")
    assert "overlaps" in (check_fragments(text, [(0, 6), (3, 6)]) or "")
    assert "at least one" in (check_fragments(text, []) or "")
