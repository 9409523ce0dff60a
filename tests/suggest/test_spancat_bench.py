"""The CRF-against-spaCy benchmark, on a corpus written for the test (spaCy is in the test extra)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import spancat_bench
from tests.suggest.test_learn_bench import write_corpus

spacy = pytest.importorskip("spacy")


def test_spacy_docs_are_kathans_tokens_over_the_exact_text() -> None:
    """Newlines, double spaces and NBSP survive: a spaCy span's character offsets are Kathan's."""
    text = "मंत्री  ने कहा,\n\n“सड़कें\u00a0बनेंगी।” दिल्‍ली में  "
    doc = spancat_bench._doc(spacy.blank("hi"), text)
    assert doc.text == text
    start = text.index("सड़कें")
    assert doc.char_span(start, start + len("सड़कें")).text == "सड़कें"


def test_spancat_bench_on_a_tiny_corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(spancat_bench, "EPOCHS", 2)
    write_corpus(tmp_path, 4, seed=1)
    report = spancat_bench.run_spancat_bench(tmp_path, k=2)
    assert "2-fold cross-validation over 4 gold articles" in report
    for setup in spancat_bench.SETUPS:
        assert setup in report
    assert "install weight of spaCy:" in report and "install weight of python-crfsuite: 1 distributions" in report


def test_install_weight_follows_requirements() -> None:
    """spaCy pulls in more distributions than python-crfsuite, which needs none."""
    crf_count, crf_mib = spancat_bench.install_weight("python-crfsuite")
    spacy_count, spacy_mib = spancat_bench.install_weight("spacy")
    assert crf_count == 1 and spacy_count > 10 and spacy_mib > crf_mib > 0
