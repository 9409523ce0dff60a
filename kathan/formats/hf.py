"""A Hugging Face dataset folder: Parquet shards per split and a README card, for ``datasets.load_dataset``.

Layout::

    OUT/README.md                          card: YAML configs (splits, files), label lists, offset unit
    OUT/data/{split}.parquet               config "default": one row per document
    OUT/relation_pairs/{split}.parquet     config "relation_pairs": one row per (QUOTE, SPEAKER) pair

A document row holds ``id``, ``title``, ``text``, ``language``, ``meta``, ``spans`` (``id``,
``label``, ``fragments`` in code points, ``text``, ``attributes``, ``note``, ``annotator``),
``relations`` (``id``, ``type``, ``head``, ``tail``, ``attributes``), ``tokens`` (Kathan's),
``token_offsets`` and ``ner_tags`` as ``ClassLabel`` (``O``, ``B-L``, ``I-L``) for token
classification. ``ner_tags`` is one layer: where spans overlap, the earlier and then longer
one is tagged and the others stay in ``spans`` only (the report counts them). Documents are
split whole (``split="train=0.8,dev=0.1,test=0.1"``, shuffled with ``seed``).

The relation-pairs view is for relation classifiers: each QUOTE with every SPEAKER in its
window (the QUOTE's sentences and ``window`` sentences either side), ``label`` ``said_by``
or ``none`` (``ClassLabel``), and ``text`` with entity markers ``[Q]…[/Q]`` and ``[S]…[/S]``.
Labels and relation type are settable (``pairs="QUOTE,SPEAKER,said_by"``).

Reading takes back a folder Kathan wrote (the ``default`` config's shards). The Parquet
files are written and read through ``datasets`` and ``pyarrow`` (``pip install 'kathan[hf]'``).
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kathan.formats.base import (
    DocumentCounter,
    ExportReport,
    Format,
    FormatOption,
    Layout,
    LossLog,
    OffsetUnit,
    Progress,
    ReadContext,
    Source,
    assign_keys,
)
from kathan.formats.guards import head_text
from kathan.formats.record_builder import RecordBuilder, document_name
from kathan.model import AnnotatedDocument, DocumentRecord, DocumentStatus, KathanError, Span
from kathan.schema import Schema
from kathan.text.scripts import text_language
from kathan.text.sentences import split_sentences
from kathan.text.tokens import Tokens

EXAMPLE = Path(__file__).resolve().parent / "examples" / "hf"
CARD_MARKER = "kathan_format: hf"
DEFAULT_SPLIT = "train=1"
DEFAULT_SEED = 13
DEFAULT_PAIRS = "QUOTE,SPEAKER,said_by"
DEFAULT_WINDOW = 2
MAX_SHARD_BYTES = 1024 * 1024 * 1024
_SPLIT_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")
_STATUSES = frozenset(status.value for status in DocumentStatus)


def _datasets() -> Any:
    try:
        import datasets
    except ImportError:
        raise KathanError("the hf format needs the datasets library: pip install 'kathan[hf]'") from None
    return datasets


# Options


def parse_split(spec: str) -> list[tuple[str, float]]:
    """``"train=0.8,dev=0.1,test=0.1"`` as ``[("train", 0.8), ...]``; ``KathanError`` when malformed."""
    parts: list[tuple[str, float]] = []
    for item in spec.split(","):
        name, sep, share = item.strip().partition("=")
        name = name.strip()
        try:
            value = float(share)
        except ValueError:
            value = -1.0
        if not sep or not _SPLIT_NAME.match(name) or value < 0:
            raise KathanError(f"--split {spec!r}: write it as NAME=SHARE,... (e.g. train=0.8,dev=0.1,test=0.1)")
        if any(name == known for known, _ in parts):
            raise KathanError(f"--split {spec!r}: {name} is named twice")
        parts.append((name, value))
    total = sum(share for _, share in parts)
    if abs(total - 1.0) > 1e-6:
        raise KathanError(f"--split {spec!r}: the shares add up to {total:g}, not 1")
    return parts


def assign_splits(count: int, parts: Sequence[tuple[str, float]], seed: int) -> list[str]:
    """The split of each of ``count`` documents: shuffled with ``seed``, sizes by largest remainder."""
    exact = [share * count for _, share in parts]
    sizes = [int(x) for x in exact]
    for index in sorted(range(len(parts)), key=lambda i: (-(exact[i] - sizes[i]), i))[: count - sum(sizes)]:
        sizes[index] += 1
    order = list(range(count))
    random.Random(seed).shuffle(order)
    result = [""] * count
    position = 0
    for (name, _), size in zip(parts, sizes, strict=True):
        for document in order[position : position + size]:
            result[document] = name
        position += size
    return result


@dataclass(frozen=True, slots=True)
class PairSpec:
    """Which spans make relation pairs: the quote label, the speaker label, the relation type."""

    quote: str
    speaker: str
    relation: str

    @classmethod
    def parse(cls, spec: str) -> PairSpec:
        parts = [p.strip() for p in spec.split(",")]
        if len(parts) != 3 or not all(parts):
            raise KathanError(f"--pairs {spec!r}: write it as QUOTE_LABEL,SPEAKER_LABEL,RELATION_TYPE")
        return cls(*parts)


# Writing


def write_hf(
    docs: Iterable[AnnotatedDocument],
    out: Path,
    schema: Schema | None = None,
    progress: Progress | None = None,
    split: str = DEFAULT_SPLIT,
    seed: int | str = DEFAULT_SEED,
    pairs: str = DEFAULT_PAIRS,
    window: int | str = DEFAULT_WINDOW,
) -> ExportReport:
    """Writes the dataset folder ``out``: the card and shards of an earlier export there are
    replaced; other files are left alone."""
    datasets = _datasets()
    parts = parse_split(split)
    spec = PairSpec.parse(pairs)
    try:
        seed, window = int(seed), int(window)
    except ValueError:
        raise KathanError(f"--seed and --window must be whole numbers, not {seed!r} and {window!r}") from None
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise KathanError(f"{out}: is a file; the hf format writes a folder, so name a folder")
    counter = DocumentCounter(docs, progress)
    losses = LossLog()
    rows: list[dict[str, Any]] = []
    pair_rows: list[list[dict[str, Any]]] = []
    labels: dict[str, None] = dict.fromkeys(schema.label_names if schema else ())
    untagged = 0
    for annotated in counter:
        row, left_out = document_row(annotated)
        untagged += left_out
        rows.append(row)
        pair_rows.append(relation_pairs(annotated, spec, window))
        for span in annotated.spans:
            labels.setdefault(span.label)
    tag_names = ["O", *(f"{prefix}-{label}" for label in labels for prefix in ("B", "I"))]
    assigned = assign_splits(len(rows), parts, seed)
    features = _document_features(datasets, tag_names)
    pair_features = _pair_features(datasets, spec)
    if sniff(out):
        for stale in [*out.glob("data/*.parquet"), *out.glob("relation_pairs/*.parquet")]:
            stale.unlink()
    (out / "data").mkdir(parents=True, exist_ok=True)
    (out / "relation_pairs").mkdir(parents=True, exist_ok=True)
    sizes: dict[str, tuple[int, int]] = {}
    tag_index = {name: index for index, name in enumerate(tag_names)}
    for name, _ in parts:
        chosen = [i for i, split_name in enumerate(assigned) if split_name == name]
        split_rows = [{**rows[i], "ner_tags": [tag_index[t] for t in rows[i]["ner_tags"]]} for i in chosen]
        split_pairs = [pair for i in chosen for pair in pair_rows[i]]
        for rows_of_split, row_features, folder in ((split_rows, features, "data"), (split_pairs, pair_features, "relation_pairs")):
            shard = out / folder / f"{name}.parquet"
            if rows_of_split:
                _write_parquet(datasets, rows_of_split, row_features, shard)
            else:
                shard.unlink(missing_ok=True)
        sizes[name] = (len(split_rows), len(split_pairs))
    (out / "README.md").write_text(dataset_card(parts, sizes, tag_names, spec, window, seed), encoding="utf-8")
    notes = [f"{name}: {documents} documents, {pair_count} relation pairs" for name, (documents, pair_count) in sizes.items()]
    notes.extend(f"{name}: no documents, so no {name} split (too few documents for its share)" for name, (documents, _) in sizes.items() if not documents)
    if untagged:
        notes.append(f"{untagged} spans overlap a tagged span and are in 'spans' only, not in 'ner_tags' (one BIO layer)")
    return counter.report(losses, offset_unit=OffsetUnit.CODEPOINT.value, notes=notes)


def _write_parquet(datasets: Any, rows: list[dict[str, Any]], features: Any, path: Path) -> None:
    """``rows`` as one Parquet file, replaced whole, whose schema carries the ``datasets``
    features (ClassLabel names included)."""
    import pyarrow.parquet as parquet

    dataset = datasets.Dataset.from_list(rows, features=features)
    temp = path.with_name(f".{path.name}.part")
    parquet.write_table(dataset.data.table, temp)
    temp.replace(path)


def document_row(annotated: AnnotatedDocument) -> tuple[dict[str, Any], int]:
    """The ``default`` row of one document (``ner_tags`` as tag names), and how many spans
    ``ner_tags`` could not hold."""
    document = annotated.document
    text = document.text
    keys = dict(zip((s.id for s in annotated.spans), assign_keys([s.key for s in annotated.spans], "T"), strict=True))
    relation_keys = assign_keys([r.key for r in annotated.relations], "R")
    tokens = Tokens(text, text_language(document.language, text))
    tags = ["O"] * len(tokens)
    left_out = 0
    for span in sorted(annotated.spans, key=lambda s: (s.start, -(s.end - s.start), int(s.id))):
        covered = [tokens.between(start, end) for start, end in span.fragments]
        indexes = [tokens.index_at(token.start) for piece in covered for token in piece]
        if not indexes or any(tags[i] != "O" for i in indexes if i is not None):
            left_out += 1
            continue
        for piece in covered:
            for number, token in enumerate(piece):
                index = tokens.index_at(token.start)
                assert index is not None
                tags[index] = f"{'B' if number == 0 else 'I'}-{span.label}"
    row = {
        "id": document.name,
        "title": document.title,
        "text": text,
        "language": document.language,
        "status": document.status.value,
        "meta": _pairs(document.meta),
        "offset_unit": OffsetUnit.CODEPOINT.value,
        "spans": [
            {
                "id": keys[span.id],
                "label": span.label,
                "fragments": [list(fragment) for fragment in span.fragments],
                "text": span.text_in(text),
                "attributes": _pairs(span.attributes),
                "note": span.note,
                "annotator": span.annotator,
            }
            for span in annotated.spans
        ],
        "relations": [
            {"id": key, "type": r.type, "head": keys[r.head], "tail": keys[r.tail], "attributes": _pairs(r.attributes)}
            for r, key in zip(annotated.relations, relation_keys, strict=True)
            if r.head in keys and r.tail in keys
        ],
        "tokens": [token.text for token in tokens],
        "token_offsets": [[token.start, token.end] for token in tokens],
        "ner_tags": tags,
    }
    return row, left_out


def _pairs(mapping: Mapping[str, str]) -> list[dict[str, str]]:
    """A string mapping as a list of ``{"key", "value"}`` (Arrow needs one struct type for all rows)."""
    return [{"key": key, "value": value} for key, value in sorted(mapping.items())]


def relation_pairs(annotated: AnnotatedDocument, spec: PairSpec, window: int) -> list[dict[str, Any]]:
    """Each ``spec.quote`` span with every ``spec.speaker`` span inside its window, labelled."""
    text = annotated.document.text
    quotes = [s for s in annotated.spans if s.label == spec.quote]
    speakers = [s for s in annotated.spans if s.label == spec.speaker]
    if not quotes or not speakers:
        return []
    linked = {(r.head, r.tail) for r in annotated.relations if r.type == spec.relation}
    keys = dict(zip((s.id for s in annotated.spans), assign_keys([s.key for s in annotated.spans], "T"), strict=True))
    sentences = split_sentences(text, text_language(annotated.document.language, text)) or []
    rows = []
    for quote in quotes:
        start, end = _window(sentences, quote, window, len(text))
        for speaker in speakers:
            if speaker.start < start or speaker.end > end:
                continue
            rows.append(
                {
                    "document": annotated.document.name,
                    "quote": keys[quote.id],
                    "speaker": keys[speaker.id],
                    "text": _marked(text, start, end, quote, speaker),
                    "quote_text": quote.text_in(text),
                    "speaker_text": speaker.text_in(text),
                    "label": 1 if (quote.id, speaker.id) in linked else 0,
                }
            )
    return rows


def _window(sentences: Sequence[Any], quote: Span, window: int, length: int) -> tuple[int, int]:
    if not sentences:
        return 0, length
    inside = [i for i, s in enumerate(sentences) if s.start < quote.end and quote.start < s.end]
    if not inside:
        inside = [min(range(len(sentences)), key=lambda i: abs(sentences[i].start - quote.start))]
    first = max(0, inside[0] - window)
    last = min(len(sentences) - 1, inside[-1] + window)
    return min(sentences[first].start, quote.start), max(sentences[last].end, quote.end)


def _marked(text: str, start: int, end: int, quote: Span, speaker: Span) -> str:
    """``text[start:end]`` with ``[Q]``/``[/Q]`` around each quote fragment and ``[S]``/``[/S]``
    around each speaker fragment (closing markers before opening ones at one offset)."""
    marks: list[tuple[int, int, str]] = []
    for fragments, opening, closing in ((quote.fragments, "[Q]", "[/Q]"), (speaker.fragments, "[S]", "[/S]")):
        for s, e in fragments:
            marks.append((s, 1, opening))
            marks.append((e, 0, closing))
    pieces = []
    position = start
    for offset, _, mark in sorted(marks):
        pieces.append(text[position:offset])
        pieces.append(mark)
        position = offset
    pieces.append(text[position:end])
    return "".join(pieces)


def _document_features(datasets: Any, tag_names: list[str]) -> Any:
    string, int64 = datasets.Value("string"), datasets.Value("int64")
    listed = getattr(datasets, "List", datasets.Sequence)
    pair = {"key": string, "value": string}
    return datasets.Features(
        {
            "id": string,
            "title": string,
            "text": string,
            "language": string,
            "status": string,
            "meta": [pair],
            "offset_unit": string,
            "spans": [
                {
                    "id": string,
                    "label": string,
                    "fragments": listed(listed(int64)),
                    "text": string,
                    "attributes": [pair],
                    "note": string,
                    "annotator": string,
                }
            ],
            "relations": [{"id": string, "type": string, "head": string, "tail": string, "attributes": [pair]}],
            "tokens": listed(string),
            "token_offsets": listed(listed(int64)),
            "ner_tags": listed(datasets.ClassLabel(names=tag_names)),
        }
    )


def _pair_features(datasets: Any, spec: PairSpec) -> Any:
    string = datasets.Value("string")
    return datasets.Features(
        {
            "document": string,
            "quote": string,
            "speaker": string,
            "text": string,
            "quote_text": string,
            "speaker_text": string,
            "label": datasets.ClassLabel(names=["none", spec.relation]),
        }
    )


def dataset_card(
    parts: Sequence[tuple[str, float]], sizes: Mapping[str, tuple[int, int]], tag_names: list[str], spec: PairSpec, window: int, seed: int
) -> str:
    """The README card: YAML configs for ``load_dataset`` and a description of the columns."""
    lines = ["---", CARD_MARKER, "offset_unit: codepoint", "configs:"]
    for config, folder, column in (("default", "data", 0), ("relation_pairs", "relation_pairs", 1)):
        written = [name for name, _ in parts if sizes[name][column]]
        if not written:
            continue
        lines.append(f"- config_name: {config}")
        if config == "default":
            lines.append("  default: true")
        lines.append("  data_files:")
        for name in written:
            lines.append(f"  - split: {name}")
            lines.append(f"    path: {folder}/{name}.parquet")
    lines.append("---")
    lines.append("")
    lines.append("# Attribution annotations exported by Kathan")
    lines.append("")
    lines.append("Offsets (`spans.fragments`, `token_offsets`) count Unicode code points of `text` (Python `str` indices).")
    lines.append(f"Documents were split whole, shuffled with seed {seed}:")
    lines.append("")
    lines.extend(f"- `{name}` ({share:g}): {sizes[name][0]} documents, {sizes[name][1]} relation pairs" for name, share in parts)
    lines.append("")
    lines.append("A split or config with no rows has no file and is not listed above (datasets cannot load an empty Parquet file).")
    lines.append("")
    lines.append("Config `default`: one row per document with `text`, `spans`, `relations`, Kathan's `tokens`")
    lines.append(f"and `ner_tags` (ClassLabel, one BIO layer): {', '.join(tag_names)}.")
    lines.append("")
    lines.append(
        f"Config `relation_pairs`: each {spec.quote} with every {spec.speaker} within {window} sentences of it, "
        f"`label` {spec.relation} or none, `text` with markers [Q]...[/Q] and [S]...[/S]."
    )
    lines.append("")
    lines.append("```python")
    lines.append('from datasets import load_dataset')
    lines.append('documents = load_dataset("PATH/TO/THIS/FOLDER")')
    lines.append('pairs = load_dataset("PATH/TO/THIS/FOLDER", "relation_pairs")')
    lines.append("```")
    return "\n".join(lines) + "\n"


# Reading


def read_hf(sources: Sequence[Source], ctx: ReadContext) -> Iterator[DocumentRecord]:
    """Reads the ``default`` config of dataset folders Kathan wrote, split by split."""
    for source in sources:
        folder = source.path
        shards = _shards(folder, ctx)
        if not shards:
            continue
        try:
            import pyarrow.parquet as parquet
        except ImportError:
            raise KathanError("the hf format needs the datasets library: pip install 'kathan[hf]'") from None
        for shard in shards:
            file = str(shard)
            size = shard.stat().st_size
            if size > MAX_SHARD_BYTES:
                ctx.error(file, 0, f"the shard is {size / 2**20:.1f} MB, over the limit of {MAX_SHARD_BYTES / 2**20:.0f} MB")
                continue
            try:
                rows = parquet.read_table(shard).to_pylist()
            except Exception as exc:  # pyarrow raises its own error kinds for a broken file
                ctx.error(file, 0, f"not a readable Parquet file: {exc}")
                continue
            ctx.advance(size)
            for number, row in enumerate(rows, start=1):
                record = _document(row, file, number, ctx)
                if record is not None:
                    yield record


def _shards(folder: Path, ctx: ReadContext) -> list[Path]:
    """The ``default`` config's shards in the card's split order (file order when no card)."""
    card = folder / "README.md"
    listed: list[Path] = []
    if card.exists():
        text = head_text(card, 1 << 20)
        front = text.split("---", 2)[1] if text.startswith("---") and text.count("---") >= 2 else ""
        block = front.split("- config_name: relation_pairs")[0]
        listed = [folder / m.group(1) for m in re.finditer(r"path:\s*(\S+\.parquet)", block)]
    if not listed:
        listed = sorted((folder / "data").glob("*.parquet"))
    missing = [p for p in listed if not p.is_file()]
    for path in missing:
        ctx.error(str(path), 0, "a shard named in README.md is missing")
    if not listed:
        ctx.error(str(folder), 0, "no data/*.parquet shards: not a dataset folder Kathan wrote")
    return [] if missing else listed


def _document(row: Mapping[str, Any], file: str, number: int, ctx: ReadContext) -> DocumentRecord | None:
    text = row.get("text")
    if not isinstance(text, str):
        ctx.error(file, number, "text: missing")
        return None
    builder = RecordBuilder(ctx, file, number, text)
    if row.get("offset_unit", "codepoint") not in (None, "codepoint"):
        builder.error("offset_unit", f"{row.get('offset_unit')!r}: Kathan's dataset folders count code points")
    for index, span in enumerate(row.get("spans") or []):
        where = f"row {number} spans[{index}]"
        fragments = []
        for pair in span.get("fragments") or []:
            fragment = builder.fragment(*(list(pair) + [None, None])[:2], where)
            if fragment is None:
                break
            fragments.append(fragment)
        else:
            if fragments:
                builder.span(
                    document_name(span.get("id"), f"T{index + 1}"),
                    span.get("label"),
                    fragments,
                    where,
                    attributes=_mapping(span.get("attributes")),
                    note=span.get("note") or "",
                    annotator=span.get("annotator") or "",
                )
                continue
        builder.error(where, "fragments: missing or invalid")
    for index, relation in enumerate(row.get("relations") or []):
        builder.relation(
            document_name(relation.get("id"), f"R{index + 1}"),
            relation.get("type"),
            str(relation.get("head")),
            str(relation.get("tail")),
            f"row {number} relations[{index}]",
            attributes=_mapping(relation.get("attributes")),
        )
    status = row.get("status")
    title = row.get("title")
    return builder.record(
        document_name(row.get("id"), f"{Path(file).stem}-{number}"),
        title=title if isinstance(title, str) else None,
        language=row.get("language") or "hi",
        meta=_mapping(row.get("meta")),
        status=DocumentStatus(status) if status in _STATUSES else DocumentStatus.NEW,
    )


def _mapping(pairs: Any) -> dict[str, str]:
    if isinstance(pairs, dict):
        return {str(k): str(v) for k, v in pairs.items()}
    return {str(p["key"]): str(p["value"]) for p in pairs or [] if isinstance(p, dict) and "key" in p}


def sniff(path: Path) -> bool:
    """A folder whose README.md card says Kathan wrote it (the hf format)."""
    card = Path(path) / "README.md"
    return Path(path).is_dir() and card.is_file() and CARD_MARKER in head_text(card, 4096)


FORMAT = Format(
    name="hf",
    title="Hugging Face dataset folder",
    extensions=(),
    description="Hugging Face dataset folder: Parquet shards per split + README card; text, spans, relations, tokens, ner_tags (ClassLabel); relation_pairs config",
    reader=read_hf,
    writer=write_hf,
    examples=(EXAMPLE,),
    sniff=sniff,
    reads=Layout.FOLDER,
    writes=Layout.FOLDER,
    golden=False,
    options=(
        FormatOption("split", "documents per split, shuffled whole: NAME=SHARE,... (default train=1)", "write"),
        FormatOption("seed", "seed of the document shuffle before splitting (default 13)", "write"),
        FormatOption("pairs", "relation pairs: QUOTE_LABEL,SPEAKER_LABEL,RELATION_TYPE (default QUOTE,SPEAKER,said_by)", "write"),
        FormatOption("window", "relation pairs: sentences either side of a quote searched for speakers (default 2)", "write"),
    ),
)
"""Parquet files name the pyarrow version that wrote them, so the example is no byte-for-byte golden file."""

