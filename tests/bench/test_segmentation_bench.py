"""The segmentation bench's scorer, on a tiny invented CoNLL-U file."""

from __future__ import annotations

from pathlib import Path

from bench.segmentation_bench import run_segmentation_bench, score

INVENTED = """# sent_id = 1
# text = وہ آیا۔
1	وہ	وہ	PRON	_	_	2	nsubj	_	_
2	آیا	آنا	VERB	_	_	0	root	_	SpaceAfter=No
3	۔	۔	PUNCT	_	_	2	punct	_	_

# sent_id = 2
# text = ڈاکٹر_صاحب گئے۔
1	ڈاکٹر_صاحب	ڈاکٹر	NOUN	_	_	2	nsubj	_	_
2	گئے	جانا	VERB	_	_	0	root	_	SpaceAfter=No
3	۔	۔	PUNCT	_	_	2	punct	_	_

"""


def test_scores_an_invented_urdu_treebank(tmp_path: Path) -> None:
    """Both sentences and both unspaced boundaries are found: F1 1.0 for each."""
    path = tmp_path / "ur_test-ud-test.conllu"
    path.write_text(INVENTED, encoding="utf-8")
    result = score(path)
    assert (result.language, result.sentences, result.token_boundaries) == ("ur", 2, 2)
    assert result.sentence_f1 == 1.0 and result.token_f1 == 1.0
    assert "| ur_test-ud-test | 2 | 1.000 | 2 | 1.000 |" in run_segmentation_bench(str(tmp_path))


def test_a_wrong_language_lowers_the_token_score(tmp_path: Path) -> None:
    """Read as Hindi, the ``_`` compound splits: the scorer sees the extra boundaries."""
    path = tmp_path / "hi_test-ud-test.conllu"
    path.write_text(INVENTED, encoding="utf-8")
    assert score(path).token_f1 < 1.0


def test_skips_without_a_folder(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """No folder given and no $KATHAN_UD: nothing is measured, and it says why."""
    monkeypatch.delenv("KATHAN_UD", raising=False)
    assert "skipped" in run_segmentation_bench(None)
