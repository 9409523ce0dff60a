"""spaCy DocBin (``.spacy``), the training format of ``spacy train``, built from Kathan's own tokens.

Each document becomes a ``Doc`` whose ``words`` and ``spaces`` are the tokens of
``kathan.text.tokens`` (spaCy's Hindi tokenizer keeps ``है.भारत`` whole, so spans would
not fall on its token edges), whitespace other than one space after a token kept as
whitespace tokens so that ``doc.text`` is the document text exactly. Every span goes into
``doc.spans[spans_key]`` (default ``"sc"``, spancat's); spans that overlap no other also
into ``doc.ents``. The span group's ``attrs`` hold, per span in order, its ``ids``,
``attributes`` and ``notes``; ``doc.user_data["kathan"]`` holds the document's name, title,
language, meta, ``offset_unit`` (``codepoint``) and its relations as
``[head index, tail index, type]`` into the span group. spaCy needs no relation component
to read that, and Kathan reads it all back.

A token with a span edge inside it is cut there, so every span keeps its exact characters; a
discontinuous span becomes one span per fragment (relations keep its first). The report gives span lengths in tokens
per label: spancat's default suggester proposes 1 to 3 tokens and misses longer spans.

spaCy is an optional dependency (``pip install 'kathan[spacy]'``), imported only here.
"""

from __future__ import annotations

import statistics
import zlib
from bisect import bisect_left, bisect_right
from collections.abc import Collection, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from kathan.formats.base import (
    DocumentCounter,
    ExportReport,
    Format,
    FormatOption,
    LossLog,
    OffsetUnit,
    Progress,
    ReadContext,
    Source,
    fragment_keys,
)
from kathan.formats.guards import read_head
from kathan.formats.output import atomic_bytes
from kathan.formats.record_builder import RecordBuilder, as_text, document_name
from kathan.model import AnnotatedDocument, DocumentRecord, DocumentStatus, KathanError
from kathan.schema import Schema
from kathan.text.scripts import text_language
from kathan.text.tokens import Tokens

EXAMPLE = Path(__file__).resolve().parent / "examples" / "spacy" / "golden.spacy"
DEFAULT_SPANS_KEY = "sc"
MAX_FILE_BYTES = 512 * 1024 * 1024
MAX_UNPACKED_BYTES = 2 * 1024 * 1024 * 1024
"""A DocBin is zlib-compressed: its unpacked size is checked before spaCy unpacks it (zip bombs)."""
SPANCAT_DEFAULT_MAX_TOKENS = 3
_STATUSES = frozenset(status.value for status in DocumentStatus)


def _spacy() -> Any:
    try:
        import spacy
    except ImportError:
        raise KathanError("the spacy format needs spaCy: pip install 'kathan[spacy]'") from None
    return spacy


# Writing


def write_spacy(
    docs: Iterable[AnnotatedDocument],
    out: Path,
    schema: Schema | None = None,
    progress: Progress | None = None,
    spans_key: str = DEFAULT_SPANS_KEY,
) -> ExportReport:
    """Writes a DocBin to ``out`` (replaced only when the export succeeds and reads back)."""
    spacy = _spacy()
    from spacy.tokens import DocBin

    if not spans_key:
        raise KathanError("--spans-key must not be empty")
    vocab = spacy.blank("xx").vocab
    counter = DocumentCounter(docs, progress)
    losses = LossLog()
    lengths: dict[str, list[int]] = {}
    docbin = DocBin(store_user_data=True)
    for annotated in counter:
        doc = build_doc(vocab, annotated, spans_key, losses, lengths)
        docbin.add(doc)
    out = Path(out)
    atomic_bytes(out, docbin.to_bytes())
    return counter.report(losses, offset_unit=OffsetUnit.CODEPOINT.value, notes=span_length_notes(lengths))


def build_doc(
    vocab: Any, annotated: AnnotatedDocument, spans_key: str, losses: LossLog, lengths: dict[str, list[int]]
) -> Any:
    from spacy.tokens import Doc, SpanGroup

    document = annotated.document
    name = document.name
    text = document.text
    edges = {offset for span in annotated.spans for fragment in span.fragments for offset in fragment}
    words, spaces = words_and_spaces(text, edges, text_language(document.language, text))
    doc = Doc(vocab, words=words, spaces=spaces)
    if doc.text != text:
        raise AssertionError(f"{name}: the Doc built from Kathan's tokens does not give the text back")
    spans = []
    ids: list[str] = []
    attributes: list[dict[str, str]] = []
    notes: list[str] = []
    first: dict[int, int] = {}
    for span, keys in zip(annotated.spans, fragment_keys(annotated.spans, "T"), strict=True):
        for number, (start, end) in enumerate(span.fragments):
            made = doc.char_span(start, end, label=span.label, alignment_mode="strict")
            if made is None:
                raise AssertionError(f"{name}: span ({start}, {end}) is not on the edges of the tokens made for it")
            first.setdefault(span.id, len(spans))
            spans.append(made)
            ids.append(keys[number])
            attributes.append(dict(sorted(span.attributes.items())))
            notes.append(span.note)
            lengths.setdefault(span.label, []).append(len(made))
    losses.note("discontinuous spans, written as one span per fragment", name, sum(1 for s in annotated.spans if len(s.fragments) > 1))
    losses.note("span annotators, not written", name, sum(1 for s in annotated.spans if s.annotator))
    doc.spans[spans_key] = SpanGroup(doc, name=spans_key, spans=spans, attrs={"ids": ids, "attributes": attributes, "notes": notes})
    doc.ents = _disjoint(spans)
    relations = []
    for relation in annotated.relations:
        if relation.head not in first or relation.tail not in first:
            losses.note("relations to a span not in the document, not written", name)
            continue
        relations.append([first[relation.head], first[relation.tail], relation.type])
    losses.note("relation attributes, not written", name, sum(len(r.attributes) for r in annotated.relations))
    doc.user_data["kathan"] = {
        "name": name,
        "title": document.title,
        "language": document.language,
        "status": document.status.value,
        "meta": dict(document.meta),
        "offset_unit": OffsetUnit.CODEPOINT.value,
        "spans_key": spans_key,
        "relations": relations,
    }
    return doc


def words_and_spaces(
    text: str, edges: Collection[int] = (), language: str | None = None
) -> tuple[list[str], list[bool]]:
    """Kathan's tokens as spaCy ``words``/``spaces``: one space after a token is its space;
    any other whitespace becomes a whitespace token, so the words and spaces give ``text`` back.
    A token with a span edge inside it (``edges``, grapheme-cluster boundaries) is cut there,
    so every span falls on token edges. ``language`` picks the text layer's rules (None: Hindi)."""
    words: list[str] = []
    spaces: list[bool] = []
    position = 0
    cuts = sorted(edges)
    for token in Tokens(text, language):
        gap = text[position : token.start]
        if gap:
            if words and gap[0] == " ":
                spaces[-1] = True
                gap = gap[1:]
            if gap:
                words.append(gap)
                spaces.append(False)
        inside = cuts[bisect_right(cuts, token.start) : bisect_left(cuts, token.end)]
        for start, end in zip([token.start, *inside], [*inside, token.end], strict=True):
            words.append(text[start:end])
            spaces.append(False)
        position = token.end
    tail = text[position:]
    if tail:
        if words and tail[0] == " ":
            spaces[-1] = True
            tail = tail[1:]
        if tail:
            words.append(tail)
            spaces.append(False)
    return words, spaces


def _disjoint(spans: Sequence[Any]) -> list[Any]:
    """The spans that overlap no other span (what ``doc.ents`` can hold without choosing)."""
    ordered = sorted(spans, key=lambda span: (span.start, span.end))
    keep = []
    reach = -1
    for index, span in enumerate(ordered):
        later = ordered[index + 1] if index + 1 < len(ordered) else None
        if reach <= span.start and (later is None or later.start >= span.end):
            keep.append(span)
        reach = max(reach, span.end)
    return keep


def span_length_notes(lengths: dict[str, list[int]]) -> list[str]:
    """Span lengths in tokens per label, and the suggester range that covers them."""
    if not lengths:
        return []
    notes = []
    for label, counts in sorted(lengths.items()):
        notes.append(f"{label} spans are {min(counts)}-{max(counts)} tokens long (median {statistics.median(counts):g}, {len(counts)} spans)")
    longest = max(max(counts) for counts in lengths.values())
    if longest > SPANCAT_DEFAULT_MAX_TOKENS:
        notes.append(
            f"spancat's default suggester proposes 1-{SPANCAT_DEFAULT_MAX_TOKENS} tokens: use "
            f'[components.spancat.suggester] @misc = "spacy.ngram_range_suggester.v1" min_size = 1 max_size = {longest}'
        )
    return notes


# Reading


def read_spacy(sources: Sequence[Source], ctx: ReadContext) -> Iterator[DocumentRecord]:
    chosen = ctx.options.get("spans_key")
    for source in sources:
        data = _docbin_bytes(source, ctx)
        if data is None:
            continue
        spacy = _spacy()
        from spacy.tokens import DocBin

        file = str(source.path)
        try:
            docbin = DocBin(store_user_data=True).from_bytes(data)
            docs = list(docbin.get_docs(spacy.blank("xx").vocab))
        except (ValueError, KeyError, TypeError) as exc:
            ctx.error(file, 0, f"not a spaCy DocBin: {exc}")
            continue
        for number, doc in enumerate(docs, start=1):
            record = _document(doc, source, number, chosen, ctx)
            if record is not None:
                yield record
        if not docs:
            ctx.error(file, 0, "the DocBin holds no document")


def _docbin_bytes(source: Source, ctx: ReadContext) -> bytes | None:
    """The file's bytes when it is a DocBin of a size Kathan reads (packed and unpacked)."""
    file = str(source.path)
    size = source.size
    if size > MAX_FILE_BYTES:
        ctx.error(file, 0, f"the file is {size / 2**20:.1f} MB, over the limit of {MAX_FILE_BYTES / 2**20:.0f} MB")
        return None
    try:
        data = source.path.read_bytes()
    except OSError as exc:
        ctx.error(file, 0, f"cannot read the file: {exc.strerror or exc}")
        return None
    ctx.advance(len(data))
    unpacker = zlib.decompressobj()
    unpacked = 0
    try:
        chunk = unpacker.decompress(data, 1 << 20)
        while chunk:
            unpacked += len(chunk)
            if unpacked > MAX_UNPACKED_BYTES:
                ctx.error(file, 0, f"the DocBin unpacks to over {MAX_UNPACKED_BYTES / 2**30:.0f} GB: not read (a zip bomb?)")
                return None
            chunk = unpacker.decompress(unpacker.unconsumed_tail, 1 << 20)
    except zlib.error:
        ctx.error(file, 0, "not a spaCy DocBin (not zlib-compressed msgpack)")
        return None
    return data


def _document(doc: Any, source: Source, number: int, chosen: str | None, ctx: ReadContext) -> DocumentRecord | None:
    info = doc.user_data.get("kathan") if isinstance(doc.user_data, dict) else None
    info = info if isinstance(info, dict) else {}
    spans_key = str(chosen or info.get("spans_key") or DEFAULT_SPANS_KEY)
    builder = RecordBuilder(ctx, str(source.path), number, doc.text)
    if info.get("offset_unit", OffsetUnit.CODEPOINT.value) != OffsetUnit.CODEPOINT.value:
        builder.error("user_data.kathan.offset_unit", "a DocBin's offsets count code points")
    if spans_key in doc.spans:
        group = doc.spans[spans_key]
        spans, attrs = list(group), dict(group.attrs)
    else:
        spans, attrs = list(doc.ents), {}
    ids = _listed(attrs.get("ids"), len(spans))
    attributes = _listed(attrs.get("attributes"), len(spans))
    notes = _listed(attrs.get("notes"), len(spans))
    keys: list[str | None] = []
    for index, span in enumerate(spans):
        key = document_name(ids[index], f"T{index + 1}")
        where = f"spans[{spans_key!r}][{index}]"
        fragment = builder.fragment(span.start_char, span.end_char, where)
        made = None
        if fragment is not None:
            made = builder.span(
                key,
                span.label_,
                (fragment,),
                where,
                attributes=builder.strings(attributes[index], f"{where}.attributes"),
                note=notes[index] if isinstance(notes[index], str) else "",
            )
        keys.append(key if made is not None else None)
    for index, relation in enumerate(info.get("relations") or []):
        where = f"user_data.kathan.relations[{index}]"
        if not (isinstance(relation, list | tuple) and len(relation) == 3 and all(type(i) is int for i in relation[:2])):
            builder.error(where, "must be [head index, tail index, type]")
            continue
        head, tail, type_ = relation
        if not (0 <= head < len(keys) and 0 <= tail < len(keys)) or keys[head] is None or keys[tail] is None:
            builder.error(where, "refers to a span the group does not have")
            continue
        builder.relation(f"R{index + 1}", type_, keys[head], keys[tail], where)  # type: ignore[arg-type]
    meta = info.get("meta")
    title, language, status = info.get("title"), info.get("language"), info.get("status")
    return builder.record(
        document_name(info.get("name"), f"{source.path.stem}-{number}"),
        title=title if isinstance(title, str) else None,
        language=language if isinstance(language, str) and language else "hi",
        meta={str(k): as_text(v) for k, v in meta.items()} if isinstance(meta, dict) else {},
        status=DocumentStatus(status) if status in _STATUSES else DocumentStatus.NEW,
    )


def _listed(value: Any, count: int) -> list[Any]:
    items = list(value) if isinstance(value, list | tuple) else []
    return items[:count] + [None] * (count - len(items[:count]))


def sniff(path: Path) -> bool:
    """A ``.spacy`` file whose start is a zlib stream (what ``DocBin.to_bytes`` writes)."""
    path = Path(path)
    head = read_head(path, 2)
    return path.suffix.lower() == ".spacy" and len(head) == 2 and head[0] == 0x78 and (head[0] * 256 + head[1]) % 31 == 0


FORMAT = Format(
    name="spacy",
    title="spaCy DocBin",
    extensions=(".spacy",),
    description="spaCy DocBin for spacy train: Kathan's tokens, all spans in doc.spans[KEY], disjoint ones as doc.ents",
    reader=read_spacy,
    writer=write_spacy,
    examples=(EXAMPLE,),
    sniff=sniff,
    options=(
        FormatOption("spans_key", "the doc.spans key of the span group (default sc, spancat's)", "write"),
        FormatOption("spans_key", "the doc.spans key to read spans from (default sc; doc.ents when absent)", "read"),
    ),
)
