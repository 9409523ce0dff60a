"""The learned suggester's CRFs against a spaCy span categorizer, on the same folds of the gold
articles (the corpus is read, never copied): which to ship is chosen by these figures and by
what each costs to install (README, "The learned suggester").

spaCy gets Kathan's own tokens (``spacy.blank``, no download, no spaCy tokenizer), so both
models see the same token boundaries. Two spaCy set-ups are measured:

* ``spancat``: spaCy's default span categorizer over n-grams of up to ``NGRAM`` tokens (long
  quotes and claims cannot be proposed whole: that is the design, not a bug);
* ``span_finder + spancat``: ``span_finder`` learns where spans start and end (any length up
  to ``FINDER_MAX`` tokens) and ``spancat`` labels the candidates it finds.

Both train ``EPOCHS`` epochs with a fixed seed; scores are Kathan's own evaluation, overlap and
exact, per label, and the CRF figures come from the learned suggester trained on the same folds,
with and without the rules' suggestions among its features.
"""

from __future__ import annotations

import importlib.metadata
import random
import time
from collections.abc import Sequence
from pathlib import Path

from bench.suggest_bench import corpus_dir, load_gold, make_document, read_text
from kathan.evaluate import Match, evaluate
from kathan.model import AnnotatedDocument
from kathan.schema import default_schema
from kathan.suggest import DEFAULT_SUGGESTER, Suggestion, get_suggester, to_annotated
from kathan.suggest.learned import LearnedSuggester, train, training_document
from kathan.suggest.learned.crossval import folds
from kathan.text.tokens import tokenize

LABELS = ("QUOTE", "SPEAKER", "CUE", "CLAIM", "ADDRESSEE")
NGRAM = 12
FINDER_MAX = 200
EPOCHS = 25
KEY, CANDIDATES = "sc", "candidates"
SETUPS = ("crf", "crf_alone", "spancat", "span_finder")
"""The learned suggester as shipped (the rules' suggestions among its features), the same CRFs
without the rules, and the two spaCy set-ups."""


def _doc(nlp, text: str):  # type: ignore[no-untyped-def]
    """A spaCy Doc over Kathan's tokens whose text is ``text`` exactly (gaps other than one space become whitespace tokens)."""
    from spacy.tokens import Doc

    words: list[str] = []
    spaces: list[bool] = []
    pos = 0
    for token in tokenize(text):
        gap = text[pos:token.start]
        if gap:
            if words and gap.startswith(" "):
                spaces[-1] = True
                gap = gap[1:]
            if gap:
                words.append(gap)
                spaces.append(False)
        words.append(text[token.start:token.end])
        spaces.append(False)
        pos = token.end
    if pos < len(text):
        words.append(text[pos:])
        spaces.append(False)
    doc = Doc(nlp.vocab, words=words, spaces=spaces)
    assert doc.text == text
    return doc


def _reference(nlp, gold: AnnotatedDocument):  # type: ignore[no-untyped-def]
    doc = _doc(nlp, gold.document.text)
    spans = []
    for span in gold.spans:
        if span.label not in LABELS:
            continue
        for start, end in span.fragments:
            found = doc.char_span(start, end, label=span.label, alignment_mode="expand")
            if found is not None:
                spans.append(found)
    doc.spans[KEY] = spans
    doc.spans[CANDIDATES] = [doc[s.start:s.end] for s in spans]
    return doc


def _pipeline(finder: bool):  # type: ignore[no-untyped-def]
    import spacy

    nlp = spacy.blank("hi")
    if finder:
        nlp.add_pipe("span_finder", config={"spans_key": CANDIDATES, "max_length": FINDER_MAX, "threshold": 0.3})
        suggester = {"@misc": "spacy.preset_spans_suggester.v1", "spans_key": CANDIDATES}
    else:
        suggester = {"@misc": "spacy.ngram_range_suggester.v1", "min_size": 1, "max_size": NGRAM}
    nlp.add_pipe("spancat", config={"spans_key": KEY, "suggester": suggester, "threshold": 0.5})
    return nlp


def _train_spacy(training: Sequence[AnnotatedDocument], finder: bool, seed: int = 0):  # type: ignore[no-untyped-def]
    from spacy.training import Example
    from spacy.util import fix_random_seed, minibatch

    fix_random_seed(seed)
    nlp = _pipeline(finder)
    examples = [Example(_doc(nlp, g.document.text), _reference(nlp, g)) for g in training]
    optimizer = nlp.initialize(lambda: examples)
    rng = random.Random(seed)
    for _ in range(EPOCHS):
        rng.shuffle(examples)
        for batch in minibatch(examples, size=2):
            nlp.update(batch, drop=0.1, sgd=optimizer, annotates=["span_finder"] if finder else [])
    return nlp


def _spacy_suggestions(nlp, text: str) -> list[Suggestion]:  # type: ignore[no-untyped-def]
    doc = _doc(nlp, text)
    for _, pipe in nlp.pipeline:
        doc = pipe(doc)
    group = doc.spans[KEY]
    scores = group.attrs.get("scores", [1.0] * len(group))
    ranked = sorted(zip(group, scores, strict=True), key=lambda x: -float(x[1]))
    kept: list[Suggestion] = []
    for span, score in ranked:
        start, end = span.start_char, span.end_char
        if any(s.label == span.label_ and s.start < end and start < s.end for s in kept):
            continue
        kept.append(Suggestion(f"S{len(kept) + 1}", span.label_, ((start, end),), round(float(score), 3)))
    return sorted(kept, key=lambda s: (s.start, s.end))


def install_weight(distribution: str) -> tuple[int, float]:
    """How many distributions ``distribution`` pulls in (itself included) and their size on disk in MiB."""
    seen: set[str] = set()
    todo = [distribution]
    size = 0
    while todo:
        name = todo.pop().lower().replace("_", "-")
        if name in seen:
            continue
        try:
            dist = importlib.metadata.distribution(name)
        except importlib.metadata.PackageNotFoundError:
            continue
        seen.add(name)
        for f in dist.files or ():
            path = Path(str(dist.locate_file(f)))
            if path.is_file():
                size += path.stat().st_size
        for requirement in dist.requires or ():
            if "extra ==" in requirement:
                continue
            todo.append(requirement.split(";")[0].split("[")[0].split("<")[0].split(">")[0].split("=")[0].split("!")[0].split("~")[0].strip())
    return len(seen), size / 2**20


def run_spancat_bench(corpus: Path | None = None, k: int | None = None, setups: Sequence[str] = SETUPS) -> str:
    folder = corpus or corpus_dir()
    if folder is None:
        return "spancat bench: no development corpus (../shared/corpus/hi-news); skipped."
    try:
        import spacy  # noqa: F401
    except ImportError:
        return "spancat bench: spaCy is not installed (pip install kathan[spacy]); skipped."
    documents = {p.stem: make_document(i, p.stem, read_text(p)) for i, p in enumerate(sorted(folder.glob("*.txt")), start=1)}
    gold = {p.stem: load_gold(p, documents[p.stem]) for p in sorted((folder / "gold").glob("*.json")) if p.stem in documents}
    k = k or len(gold)
    schema = default_schema()
    rules = get_suggester(DEFAULT_SUGGESTER)
    predicted: dict[str, dict[str, list[Suggestion]]] = {s: {} for s in setups}
    seconds = dict.fromkeys(setups, 0.0)
    for fold in folds(list(gold), k):
        rest = [g for name, g in gold.items() if name not in fold]
        for setup in setups:
            started = time.process_time()
            if setup in ("crf", "crf_alone"):
                helper = rules if setup == "crf" else None
                model = LearnedSuggester(train([training_document(g) for g in rest], schema, helper), helper)  # type: ignore[misc]
                seconds[setup] += time.process_time() - started
                for name in fold:
                    predicted[setup][name] = [s for s in model.suggest(documents[name]) if s.label in LABELS]
            else:
                nlp = _train_spacy(rest, finder=setup == "span_finder")
                seconds[setup] += time.process_time() - started
                for name in fold:
                    predicted[setup][name] = _spacy_suggestions(nlp, documents[name].text)
    lines = [
        f"{k}-fold cross-validation over {len(gold)} gold articles of {folder}: learned spans alone, F1 overlap / exact",
        f"{'':10}" + "".join(f"{setup:>22}" for setup in setups),
    ]
    reports = {
        setup: {
            m: evaluate([to_annotated(documents[n], predicted[setup][n]) for n in gold], list(gold.values()), m, labels=LABELS, links=())
            for m in (Match.OVERLAP, Match.EXACT)
        }
        for setup in setups
    }
    for label in LABELS:
        cells = [f"{reports[s][Match.OVERLAP].labels[label].f1:.2f} / {reports[s][Match.EXACT].labels[label].f1:.2f}" for s in setups]
        lines.append(f"{label:10}" + "".join(f"{c:>22}" for c in cells))
    lines.append(f"{'train CPU':10}" + "".join(f"{seconds[s] / k:>19.1f} s" for s in setups) + "  (per fold)")
    for name, dist in (("python-crfsuite", "python-crfsuite"), ("spaCy", "spacy")):
        count, mib = install_weight(dist)
        lines.append(f"install weight of {name}: {count} distributions, {mib:.0f} MiB on disk")
    return "\n".join(lines)


if __name__ == "__main__":
    import sys

    print(run_spancat_bench(k=int(sys.argv[1]) if len(sys.argv) > 1 else None, setups=sys.argv[2:] or SETUPS))
