"""Sentence and token segmentation per language, scored on Universal Dependencies test files.

The treebanks are read where they lie (never copied into the repository): a folder given
with ``--treebanks`` or ``$KATHAN_UD``, holding ``*-ud-test.conllu`` files such as
``ur_udtb-ud-test.conllu``. Each file's sentences (their ``# text`` lines) are run together,
one space apart, as one plain paragraph; the language comes from the file name's prefix.

- sentence-boundary F1: the end offsets of ``split_sentences`` against the gold sentence ends;
- unspaced-token F1: token boundaries that fall inside a run of non-space characters (``کیا۔``,
  ``होते.``: a word and its punctuation) from ``tokenize`` against the gold surface tokens.
  Boundaries at whitespace are given by the text itself and left out of the score.

Sentences whose tokens cannot be found in order in their text are left out of the token score.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kathan.text import split_sentences, tokenize

SENTENCE_TARGET = 0.99
TOKEN_TARGET = 0.97


@dataclass(frozen=True, slots=True)
class GoldSentence:
    text: str
    tokens: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Score:
    language: str
    treebank: str
    sentences: int
    sentence_f1: float
    token_boundaries: int
    token_f1: float


def read_conllu(path: Path) -> Iterator[GoldSentence]:
    """The sentences of a CoNLL-U file: their ``# text`` and surface tokens (multiword tokens whole)."""
    text: str | None = None
    tokens: list[str] = []
    skip_until = 0
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if not line:
                if text is not None:
                    yield GoldSentence(text, tuple(tokens))
                text, tokens, skip_until = None, [], 0
            elif line.startswith("# text ="):
                text = line[len("# text =") :].strip()
            elif line.startswith("#"):
                continue
            else:
                columns = line.split("\t")
                identifier = columns[0]
                if "." in identifier:
                    continue
                if "-" in identifier:
                    first, last = identifier.split("-")
                    skip_until = int(last)
                    tokens.append(columns[1])
                elif int(identifier) > skip_until:
                    tokens.append(columns[1])
    if text is not None:
        yield GoldSentence(text, tuple(tokens))


def token_bounds(text: str, tokens: tuple[str, ...]) -> set[int] | None:
    """The boundaries of ``tokens`` laid over ``text`` in order, or None when they do not fit it."""
    bounds: set[int] = set()
    position = 0
    for token in tokens:
        while position < len(text) and text[position].isspace():
            position += 1
        if not text.startswith(token, position):
            return None
        bounds.add(position)
        position += len(token)
        bounds.add(position)
    return bounds


def unspaced(text: str, bounds: set[int]) -> set[int]:
    """The boundaries of ``bounds`` with a non-space character on both sides."""
    return {b for b in bounds if 0 < b < len(text) and not text[b - 1].isspace() and not text[b].isspace()}


def f1(found: set[int], gold: set[int]) -> float:
    if not found and not gold:
        return 1.0
    right = len(found & gold)
    precision = right / len(found) if found else 0.0
    recall = right / len(gold) if gold else 0.0
    return 0.0 if right == 0 else 2 * precision * recall / (precision + recall)


def score(path: Path) -> Score:
    """Both scores for one treebank test file, its language taken from the file name."""
    language = path.name.split("_", 1)[0]
    sentences = list(read_conllu(path))
    text = ""
    gold_ends: set[int] = set()
    gold_tokens: set[int] = set()
    scored = list[tuple[int, int]]()
    for sentence in sentences:
        if text:
            text += " "
        start = len(text)
        text += sentence.text
        gold_ends.add(len(text))
        bounds = token_bounds(sentence.text, sentence.tokens)
        if bounds is not None:
            scored.append((start, len(text)))
            gold_tokens |= {start + b for b in unspaced(sentence.text, bounds)}
    found_ends = {s.end for s in split_sentences(text, language)}
    found_tokens: set[int] = set()
    inside = {b for start, end in scored for b in range(start + 1, end)}
    for token in tokenize(text, language):
        found_tokens.update(b for b in (token.start, token.end) if b in inside)
    found_tokens = unspaced(text, found_tokens)
    return Score(
        language, path.name.removesuffix(".conllu"), len(sentences), f1(found_ends, gold_ends),
        len(gold_tokens), f1(found_tokens, gold_tokens),
    )


def treebank_dir(given: str | None = None) -> Path | None:
    """The folder of UD test files: ``given``, else ``$KATHAN_UD``; None when absent."""
    folder = given or os.environ.get("KATHAN_UD")
    if not folder or not Path(folder).is_dir():
        return None
    return Path(folder)


def run_segmentation_bench(folder: str | None = None) -> str:
    """The score table for every ``*-ud-test.conllu`` in the folder, or why nothing was measured."""
    directory = treebank_dir(folder)
    if directory is None:
        return "segmentation: skipped (no treebank folder: pass --treebanks DIR or set KATHAN_UD)"
    files = sorted(directory.glob("*-ud-*.conllu"))
    if not files:
        return f"segmentation: skipped (no *-ud-*.conllu in {directory})"
    lines = [
        "| treebank | sentences | sentence F1 | unspaced token boundaries | token F1 |",
        "|---|---:|---:|---:|---:|",
    ]
    for path in files:
        s = score(path)
        flag_s = "" if s.sentence_f1 >= SENTENCE_TARGET else " (below)"
        flag_t = "" if s.token_f1 >= TOKEN_TARGET else " (below)"
        token = f"{s.token_f1:.3f}{flag_t}" if s.token_boundaries else "n/a"
        lines.append(
            f"| {s.treebank} | {s.sentences} | {s.sentence_f1:.3f}{flag_s} | {s.token_boundaries} | {token} |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.segmentation_bench")
    parser.add_argument("--treebanks", help="folder of UD *-ud-test.conllu files (else $KATHAN_UD)")
    print(run_segmentation_bench(parser.parse_args().treebanks))


if __name__ == "__main__":
    main()
