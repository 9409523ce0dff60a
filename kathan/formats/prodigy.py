"""Prodigy JSONL (what spaCy projects consume): ``text``, ``tokens``, ``spans``, ``relations``.

A line: ``{"text", "tokens": [{"text", "start", "end", "id", "ws"}], "spans": [{"start",
"end", "token_start", "token_end", "label"}], "relations": [{"head", "child", "head_span",
"child_span", "label"}], "answer", "meta"}``. Offsets count code points; ``token_end`` is
inclusive; a relation's ``head``/``child`` are the token indices where its spans end (as
Prodigy's ``rel.manual`` writes them and spaCy's rel_component tutorial reads them).

Read: spans by ``start``/``end`` (checked against ``text`` when a span has one); a relation
finds its spans by ``head_span``/``child_span`` (or by the spans ending or starting at the
tokens ``head`` and ``child``); ``answer: reject`` and ``ignore`` lines are skipped with a warning. Span
``attributes``, ``note`` and ``id`` keys (which Kathan writes and Prodigy carries along)
are read back. The document name is ``meta.name`` (else ``meta.id``, else file and line).

Write: Kathan's own tokens (``kathan.text.tokens``) with ``ws``, token indices for every
span (a span edge inside a token is widened to the token in ``token_start``/``token_end``
only: ``start``/``end`` stay exact, counted in the report), ``answer: accept``, and
``meta`` with the name, title, meta and ``offset_unit``. A discontinuous span becomes one
span per fragment (relations keep its first); relation attributes have no place.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from kathan.formats.base import (
    DocumentCounter,
    ExportReport,
    Format,
    LossLog,
    OffsetUnit,
    Progress,
    ReadContext,
    Source,
    fragment_keys,
)
from kathan.formats.guards import first_json_line, first_line_prefix
from kathan.formats.json_input import json_items, json_type
from kathan.formats.output import atomic_output
from kathan.formats.record_builder import RecordBuilder, as_text, document_name
from kathan.model import AnnotatedDocument, DocumentRecord, Fragment
from kathan.schema import Schema
from kathan.text.scripts import text_language
from kathan.text.tokens import Tokens

EXAMPLE = Path(__file__).resolve().parent / "examples" / "prodigy" / "golden.jsonl"
_SKIPPED_ANSWERS = ("reject", "ignore")


# Reading


def read_prodigy(sources: Sequence[Source], ctx: ReadContext) -> Iterator[DocumentRecord]:
    for source in sources:
        for line, item in json_items(source, ctx):
            record = _document(item, source, line, ctx)
            if record is not None:
                yield record


def _document(item: Any, source: Source, line: int, ctx: ReadContext) -> DocumentRecord | None:
    file = str(source.path)
    if not isinstance(item, dict):
        ctx.error(file, line, f"a task must be a JSON object, not {json_type(item)}")
        return None
    raw_text = item.get("text")
    if not isinstance(raw_text, str):
        ctx.error(file, line, "text: missing" if raw_text is None else f"text: must be a string, not {json_type(raw_text)}")
        return None
    if item.get("answer") in _SKIPPED_ANSWERS:
        ctx.warn(file, line, f"answer {item['answer']!r}: the task was not accepted, not imported")
        return None
    builder = RecordBuilder(ctx, file, line, raw_text)
    meta = item.get("meta")
    meta = meta if isinstance(meta, dict) else {}
    unit = meta.get("offset_unit")
    if unit not in (None, OffsetUnit.CODEPOINT.value):
        builder.error("meta.offset_unit", f"{unit!r}: Prodigy offsets count code points")
        return None
    tokens = item.get("tokens")
    token_starts = _token_starts(builder, tokens)
    spans = item.get("spans") or []
    if not isinstance(spans, list):
        builder.error("spans", f"must be a list, not {json_type(spans)}")
        spans = []
    by_place: dict[tuple[int, int, str], str] = {}
    by_token: dict[int, str] = {}
    for index, span in enumerate(spans):
        key = _span(builder, span, f"spans[{index}]", index)
        if key is not None:
            record = builder.spans[key]
            raw = (span["start"], span["end"])
            by_place.setdefault((*raw, record.label), key)
            for role in ("token_end", "token_start"):
                if type(span.get(role)) is int:
                    by_token.setdefault(span[role], key)
            if raw[0] in token_starts:
                by_token.setdefault(token_starts[raw[0]], key)
    relations = item.get("relations") or []
    if not isinstance(relations, list):
        builder.error("relations", f"must be a list, not {json_type(relations)}")
        relations = []
    for index, relation in enumerate(relations):
        _relation(builder, relation, f"relations[{index}]", index, by_place, by_token)
    kept = {key: value for key, value in meta.items() if key not in ("name", "title", "offset_unit", "language")}
    title, language = meta.get("title"), meta.get("language")
    name = document_name(meta.get("name"), document_name(meta.get("id"), f"{source.path.stem}-{line}"))
    return builder.record(
        name,
        title=title if isinstance(title, str) else None,
        language=language if isinstance(language, str) and language else "hi",
        meta={key: as_text(value) for key, value in kept.items() if value is not None},
    )


def _token_starts(builder: RecordBuilder, tokens: Any) -> dict[int, int]:
    """Token index by start offset; problems with the tokens are reported, not fatal to spans."""
    if tokens is None:
        return {}
    if not isinstance(tokens, list):
        builder.error("tokens", f"must be a list, not {json_type(tokens)}")
        return {}
    starts: dict[int, int] = {}
    for index, token in enumerate(tokens):
        if isinstance(token, dict) and type(token.get("start")) is int:
            starts[token["start"]] = token["id"] if type(token.get("id")) is int else index
    return starts


def _span(builder: RecordBuilder, span: Any, where: str, index: int) -> str | None:
    if not isinstance(span, dict):
        builder.error(where, f"must be an object, not {json_type(span)}")
        return None
    start, end = span.get("start"), span.get("end")
    if type(start) is not int or type(end) is not int:
        builder.error(where, "start and end must be integers (character offsets)")
        return None
    covered = span.get("text")
    raw = builder.matching(start, end, covered, where) if isinstance(covered, str) else builder.raw_offsets(start, end, where)
    fragment = None if raw is None else builder.stored(raw, where)
    if fragment is None:
        return None
    attributes = builder.strings(span.get("attributes"), f"{where}.attributes")
    note = span.get("note")
    key = document_name(span.get("id"), f"T{index + 1}")
    record = builder.span(key, span.get("label"), (fragment,), where, attributes=attributes, note=note if isinstance(note, str) else "")
    return None if record is None else key


def _relation(
    builder: RecordBuilder,
    relation: Any,
    where: str,
    index: int,
    by_place: Mapping[tuple[int, int, str], str],
    by_token: Mapping[int, str],
) -> None:
    if not isinstance(relation, dict):
        builder.error(where, f"must be an object, not {json_type(relation)}")
        return
    ends = []
    for role in ("head", "child"):
        found = None
        described = relation.get(f"{role}_span")
        if isinstance(described, dict):
            found = by_place.get((described.get("start"), described.get("end"), described.get("label")))  # type: ignore[arg-type]
        if found is None and type(relation.get(role)) is int:
            found = by_token.get(relation[role])
        if found is None:
            shown = json.dumps(described, ensure_ascii=False) if described is not None else f"token {relation.get(role)!r}"
            builder.error(f"{where}.{role}", f"{shown} is no span of this task")
            return
        ends.append(found)
    builder.relation(f"R{index + 1}", relation.get("label"), ends[0], ends[1], where)


# Writing


def write_prodigy(
    docs: Iterable[AnnotatedDocument], out: Path, schema: Schema | None = None, progress: Progress | None = None
) -> ExportReport:
    """Writes one task a line to ``out``, replaced only when the export succeeds and reads back."""
    counter = DocumentCounter(docs, progress)
    losses = LossLog()
    out = Path(out)
    with atomic_output(out) as handle:
        for annotated in counter:
            task = document_task(annotated, losses)
            handle.write(json.dumps(task, ensure_ascii=False) + "\n")
    return counter.report(losses, offset_unit=OffsetUnit.CODEPOINT.value)


def document_task(annotated: AnnotatedDocument, losses: LossLog) -> dict[str, Any]:
    document = annotated.document
    name = document.name
    text = document.text
    tokens = Tokens(text, text_language(document.language, text))
    token_list = [
        {"text": token.text, "start": token.start, "end": token.end, "id": index, "ws": token.end < len(text) and text[token.end] == " "}
        for index, token in enumerate(tokens)
    ]
    spans: list[dict[str, Any]] = []
    first: dict[int, dict[str, Any]] = {}
    widened = 0
    for span, keys in zip(annotated.spans, fragment_keys(annotated.spans, "T"), strict=True):
        for number, fragment in enumerate(span.fragments):
            entry, moved = _span_entry(span.label, fragment, text, tokens)
            widened += moved
            entry["id"] = keys[number]
            if span.attributes:
                entry["attributes"] = dict(sorted(span.attributes.items()))
            if span.note:
                entry["note"] = span.note
            spans.append(entry)
            first.setdefault(span.id, entry)
    losses.note("discontinuous spans, written as one span per fragment", name, sum(1 for s in annotated.spans if len(s.fragments) > 1))
    losses.note("span edges inside a token (token_start/token_end widened to whole tokens; start/end exact)", name, widened)
    losses.note("span annotators, not written (Prodigy keeps one per task)", name, sum(1 for s in annotated.spans if s.annotator))
    relations = []
    for relation in annotated.relations:
        head, child = first.get(relation.head), first.get(relation.tail)
        if head is None or child is None:
            losses.note("relations to a span not in the document, not written", name)
            continue
        relations.append(
            {
                "head": head["token_end"],
                "child": child["token_end"],
                "head_span": _described(head),
                "child_span": _described(child),
                "label": relation.type,
            }
        )
    losses.note("relation attributes, not written (Prodigy relations have none)", name, sum(len(r.attributes) for r in annotated.relations))
    if document.status.value != "new":
        losses.note("document status, not written", name)
    meta: dict[str, Any] = {"name": name, "title": document.title}
    if document.language != "hi":
        meta["language"] = document.language
    meta.update((key, value) for key, value in document.meta.items() if key not in meta and key != "offset_unit")
    meta["offset_unit"] = OffsetUnit.CODEPOINT.value
    task = {"text": text, "tokens": token_list, "spans": spans, "relations": relations, "answer": "accept", "meta": meta}
    return task


def _span_entry(label: str, fragment: Fragment, text: str, tokens: Tokens) -> tuple[dict[str, Any], int]:
    """A Prodigy span for one fragment, and 1 when its edges are not token edges."""
    start, end = fragment
    inside = tokens.between(start, end)
    if inside:
        token_start, token_end = inside[0], inside[-1]
        first_index = tokens.index_at(token_start.start)
        last_index = tokens.index_at(token_end.start)
        moved = int(token_start.start != start or token_end.end != end)
    else:
        first_index = last_index = None
        moved = 1
    entry = {"text": text[start:end], "start": start, "end": end, "token_start": first_index, "token_end": last_index, "label": label}
    return entry, moved


def _described(span: Mapping[str, Any]) -> dict[str, Any]:
    return {key: span[key] for key in ("start", "end", "token_start", "token_end", "label")}


def sniff(path: Path) -> bool:
    """A first line with ``text`` and Prodigy's ``tokens`` or token-indexed ``spans``."""
    item = first_json_line(Path(path))
    if isinstance(item, dict):
        spans = item.get("spans")
        token_spans = isinstance(spans, list) and any(isinstance(s, dict) and "token_start" in s for s in spans)
        return isinstance(item.get("text"), str) and (isinstance(item.get("tokens"), list) or token_spans)
    line = first_line_prefix(Path(path))
    return line.startswith("{") and '"tokens"' in line and '"token_start"' in line


FORMAT = Format(
    name="prodigy",
    title="Prodigy JSONL",
    extensions=(".jsonl",),
    description="Prodigy JSONL: text, tokens, spans (token_start/token_end inclusive), relations (head/child tokens)",
    reader=read_prodigy,
    writer=write_prodigy,
    examples=(EXAMPLE,),
    sniff=sniff,
    priority=600,
)
