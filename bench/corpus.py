"""A synthetic Hindi corpus for benchmarks: articles of Devanagari words with spans on word boundaries."""

from __future__ import annotations

import json
import random
from pathlib import Path

from kathan.model import DocumentRecord, RelationRecord, SpanRecord

CONSONANTS = "कखगघचछजझटठडढणतथदधनपफबभमयरलवशषसह"
VOWEL_SIGNS = ["", "ा", "ि", "ी", "ु", "ू", "े", "ै", "ो", "ौ", "ं"]
CONJUNCTS = ["क्ष", "त्र", "ज्ञ", "स्त्र", "द्व", "प्र", "श्र"]
LABELS = ("QUOTE", "SPEAKER", "CUE", "CLAIM", "ADDRESSEE")


def _word(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(1, 3)):
        base = rng.choice(CONJUNCTS) if rng.random() < 0.1 else rng.choice(CONSONANTS)
        parts.append(base + rng.choice(VOWEL_SIGNS))
    return "".join(parts)


def article(rng: random.Random, length: int = 3000) -> tuple[str, list[tuple[int, int]]]:
    """Text of about ``length`` code points and the (start, end) of every word in it."""
    pieces: list[str] = []
    words: list[tuple[int, int]] = []
    pos = 0
    sentence = 0
    while pos < length:
        word = _word(rng)
        words.append((pos, pos + len(word)))
        pieces.append(word)
        pos += len(word)
        sentence += 1
        if sentence > rng.randint(8, 16):
            pieces.append("।\n" if rng.random() < 0.2 else "। ")
            pos += 2
            sentence = 0
        else:
            pieces.append(" ")
            pos += 1
    return "".join(pieces), words


def spans_over(rng: random.Random, words: list[tuple[int, int]], count: int) -> list[dict[str, object]]:
    """``count`` non-overlapping spans of 1-4 words, in text order."""
    spans: list[dict[str, object]] = []
    slot = max(1, len(words) // count)
    for i in range(count):
        first = i * slot
        if first >= len(words):
            break
        last = min(len(words) - 1, first + rng.randint(0, min(3, slot - 1)))
        spans.append({"id": f"T{i + 1}", "label": rng.choice(LABELS), "fragments": [[words[first][0], words[last][1]]]})
    return spans


def attributed(rng: random.Random, words: list[tuple[int, int]], count: int) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    """``count`` spans labelled QUOTE, SPEAKER, CUE in turn, each QUOTE linked ``said_by`` to the SPEAKER after it.

    Thirty spans give ten relations: the issue's measure of an attribution corpus.
    """
    spans = spans_over(rng, words, count)
    for i, span in enumerate(spans):
        span["label"] = ("QUOTE", "SPEAKER", "CUE")[i % 3]
    relations: list[dict[str, object]] = [
        {"id": f"R{j + 1}", "type": "said_by", "head": spans[i]["id"], "tail": spans[i + 1]["id"]}
        for j, i in enumerate(range(0, len(spans) - 1, 3))
    ]
    return spans, relations


def write_attributed_jsonl(path: Path, documents: int, spans_per_doc: int = 30, seed: int = 7) -> None:
    """Native JSONL of ``documents`` articles with ``attributed`` spans and relations."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as out:
        for n in range(documents):
            text, words = article(rng)
            spans, relations = attributed(rng, words, spans_per_doc)
            record = {"id": f"doc{n:05d}", "text": text, "spans": spans, "relations": relations}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def write_jsonl(path: Path, documents: int, spans_per_doc: int, seed: int = 7, length: int = 3000) -> None:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as out:
        for n in range(documents):
            text, words = article(rng, length)
            spans = spans_over(rng, words, spans_per_doc)
            relations = [
                {"id": f"R{j + 1}", "type": "said_by", "head": a["id"], "tail": b["id"]}
                for j, (a, b) in enumerate(zip(spans[::2], spans[1::2], strict=False))
                if a["label"] == "QUOTE" and b["label"] == "SPEAKER"
            ]
            record = {"id": f"doc{n:05d}", "text": text, "spans": spans, "relations": relations}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def records(count: int, spans_per_doc: int, seed: int = 7, length: int = 3000, prefix: str = "doc") -> list[DocumentRecord]:
    """``count`` documents as import records, each QUOTE linked ``said_by`` to a SPEAKER."""
    rng = random.Random(seed)
    result = []
    for n in range(count):
        text, words = article(rng, length)
        span_records = tuple(
            SpanRecord(str(s["id"]), str(s["label"]), tuple(tuple(f) for f in s["fragments"]))  # type: ignore[attr-defined,misc]
            for s in spans_over(rng, words, spans_per_doc)
        )
        quotes = [s.key for s in span_records if s.label == "QUOTE"]
        speakers = [s.key for s in span_records if s.label == "SPEAKER"]
        relations = tuple(
            RelationRecord(f"R{i}", "said_by", q, s) for i, (q, s) in enumerate(zip(quotes, speakers, strict=False))
        )
        result.append(DocumentRecord(name=f"{prefix}-{n}", text=text, spans=span_records, relations=relations))
    return result
