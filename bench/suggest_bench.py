"""Development benchmark of the Hindi rule suggester on the shared corpus (never copied here).

Reads ``../shared/corpus/hi-news`` (or ``$KATHAN_CORPUS``) at run time, when it exists: runs the
detector on the gold-annotated articles and prints per-label precision, recall and F1 with
exact and overlap matching plus ``said_by``, and the time to suggest over every article.

The rules were tuned while looking at that gold, so its figures flatter them. When
``$KATHAN_HELDOUT`` names folders of gold JSON files for other articles of the corpus (same
shape as ``gold/*.json``, named after the article: ``067.json``; several folders, one per batch,
separated by ``os.pathsep``), the same tables are printed for each too, as a held-out check. A
held-out folder may also hold the texts of articles that are not in the corpus, each next to its
gold (``w01.txt`` beside ``w01.json``): news found elsewhere and annotated before any suggester
saw it. Nothing is copied: every folder is only read.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from pathlib import Path

from kathan.evaluate import Match, evaluate
from kathan.model import (
    AnnotatedDocument,
    Document,
    DocumentId,
    Relation,
    RelationId,
    Span,
    SpanId,
)
from kathan.suggest import get_suggester, to_annotated

LABELS = ("QUOTE", "SPEAKER", "CUE")
TARGETS = {"QUOTE": 0.80, "SPEAKER": 0.75, "CUE": 0.80, "said_by": 0.65}
TIME_BUDGET_S = 2.0


def corpus_dir() -> Path | None:
    """The development corpus folder, or None when this checkout has none next to it."""
    env = os.environ.get("KATHAN_CORPUS")
    candidates = [Path(env)] if env else []
    candidates.append(Path(__file__).resolve().parents[2] / "shared" / "corpus" / "hi-news")
    return next((c for c in candidates if (c / "gold").is_dir()), None)


def read_text(path: Path) -> str:
    with open(path, encoding="utf-8", newline="") as handle:
        return handle.read()


def make_document(index: int, name: str, text: str) -> Document:
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Document(DocumentId(index), name, text.split("\n", 1)[0][:120], text, digest)


def load_gold(path: Path, document: Document) -> AnnotatedDocument:
    """A gold JSON file (spans with fragments, relations by span id) as an AnnotatedDocument."""
    data = json.loads(path.read_text(encoding="utf-8"))
    ids: dict[str, SpanId] = {}
    spans: list[Span] = []
    for n, item in enumerate(data["spans"], start=1):
        ids[item["id"]] = SpanId(n)
        fragments = tuple((f["start"], f["end"]) for f in item["fragments"])
        spans.append(Span(SpanId(n), document.id, item["label"], fragments, dict(item.get("attributes", {}))))
    relations = tuple(
        Relation(RelationId(n), document.id, r["type"], ids[r["head"]], ids[r["tail"]])
        for n, r in enumerate(data.get("relations", []), start=1)
        if r["head"] in ids and r["tail"] in ids
    )
    spans.sort(key=lambda s: (s.start, s.end, s.id))
    return AnnotatedDocument(document, tuple(spans), relations)


def heldout_dirs() -> list[Path]:
    """The held-out gold folders named by ``$KATHAN_HELDOUT`` (``os.pathsep`` between batches)."""
    env = os.environ.get("KATHAN_HELDOUT", "")
    return [Path(part) for part in env.split(os.pathsep) if part and Path(part).is_dir()]


def document_name(gold: Path) -> str:
    """The document a gold file annotates: a corpus article by its number (``067``), or an article
    whose text lies beside its gold by folder and name (``fresh4/w01``: batches reuse names)."""
    return f"{gold.parent.name}/{gold.stem}" if gold.with_suffix(".txt").is_file() else gold.stem


def with_heldout_texts(documents: list[Document], folders: list[Path]) -> list[Document]:
    """``documents`` and the articles whose text lies in a held-out folder next to its gold (not in the corpus)."""
    extra = [p for folder in folders for p in sorted(folder.glob("*.json")) if p.with_suffix(".txt").is_file()]
    start = len(documents) + 1
    return [*documents, *(make_document(start + i, document_name(p), read_text(p.with_suffix(".txt"))) for i, p in enumerate(extra))]


def _tables(title: str, gold_files: list[Path], by_name: dict[str, Document], suggestions: dict) -> list[str]:
    gold = [load_gold(p, by_name[document_name(p)]) for p in gold_files if document_name(p) in by_name]
    predicted = [to_annotated(by_name[g.document.name], suggestions[g.document.name]) for g in gold]
    lines = [f"{title}: {len(gold)} articles"]
    for match in (Match.EXACT, Match.OVERLAP):
        lines.extend(["", evaluate(predicted, gold, match, labels=LABELS).format_table()])
    overlap = evaluate(predicted, gold, Match.OVERLAP, labels=LABELS)
    scores = {**{k: v.f1 for k, v in overlap.labels.items()}, "said_by": overlap.links["said_by"].f1}
    verdicts = ", ".join(f"{k} {scores[k]:.2f}{'' if scores[k] >= t else ' (below ' + format(t, '.2f') + ')'}" for k, t in TARGETS.items())
    return [*lines, "", f"overlap F1 vs targets: {verdicts}"]


def run_suggest_bench(corpus: Path | None = None, heldout: list[Path] | None = None) -> str:
    """The evaluation tables and timing as text (a note when the corpus is absent)."""
    folder = corpus or corpus_dir()
    if folder is None:
        return "suggest bench: no development corpus (../shared/corpus/hi-news); skipped."
    suggester = get_suggester()
    documents = [make_document(i, p.stem, read_text(p)) for i, p in enumerate(sorted(folder.glob("*.txt")), start=1)]
    started = time.perf_counter()
    suggestions = {d.name: suggester.suggest(d) for d in documents}
    elapsed = time.perf_counter() - started
    batches = heldout if heldout is not None else heldout_dirs()
    corpus_size = len(documents)
    documents = with_heldout_texts(documents, batches)
    suggestions.update({d.name: suggester.suggest(d) for d in documents[corpus_size:]})
    by_name = {d.name: d for d in documents}
    gold_files = sorted((folder / "gold").glob("*.json"))
    lines = [f"suggester {suggester.name} on {len([p for p in gold_files if document_name(p) in by_name])} gold articles of {folder}"]
    lines += _tables("development gold (the rules were tuned on it)", gold_files, by_name, suggestions)
    for extra in batches:
        lines += ["", *_tables(f"held-out gold of {extra}", sorted(extra.glob("*.json")), by_name, suggestions)]
    chars = sum(d.length for d in documents[:corpus_size])
    verdict = "ok" if elapsed < TIME_BUDGET_S else f"over the {TIME_BUDGET_S:.0f} s budget"
    lines.append(f"time to suggest over {corpus_size} articles ({chars} chars): {elapsed:.3f} s ({verdict})")
    return "\n".join(lines)


if __name__ == "__main__":
    print(run_suggest_bench())
