"""doccano JSONL, both shapes: ``label: [[start, end, "LABEL"], ...]`` and ``entities`` + ``relations``.

Read: one document a line (a pretty-printed JSON list or object is read too). The text is
``text`` (``data`` and the example's ``column_data`` are accepted); spans come from
``label``, ``labels``, ``column_label`` or ``entities``, each ``[start, end, "L"]`` or
``{"id", "start_offset", "end_offset", "label"}``; ``relations`` are
``{"id", "from_id", "to_id", "type"}``. Entity and relation ids are kept as the spans' and
relations' keys. doccano files do not say which unit they count: code points by default, or
the reader option ``offset_unit`` (``--offset-unit utf16`` for spans made in doccano's UI on
text with emoji, ``grapheme`` for a project in doccano's grapheme mode, which counts clusters
as npm grapheme-splitter 1.0.4 does: ``क्षत्रिय`` is 5, see
``kathan.text.graphemes.legacy_cluster_bounds``); a file written by Kathan says it in its ``offset_unit`` key. Other keys
(doccano spreads a document's metadata over the line) become the document's meta; ``id``
its name.

Write: the ``entities`` + ``relations`` shape (``shape="label"`` for the list shape, which
has no room for relations), ids from the project, meta spread over the line, and
``"offset_unit"`` saying the unit written (code points, or ``offset_unit="utf16"`` /
``"grapheme"`` for doccano's UI in either mode). A discontinuous span becomes one entity per fragment; attributes, notes and
annotators have no place and are counted in the report, and so are spans after an emoji in a
code-point export (doccano's editor counts UTF-16 units and shows them shifted). The file is ASCII (non-ASCII
characters as JSON escapes): doccano's JSONL upload guesses the encoding with
chardet, which takes UTF-8 Hindi for IBM866 and stores the texts garbled.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
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
    assign_keys,
    fragment_keys,
)
from kathan.formats.guards import first_json_line, head_text
from kathan.formats.json_input import json_items, json_type
from kathan.formats.output import atomic_output
from kathan.formats.record_builder import CHARACTER_UNITS, RecordBuilder, as_text, document_name, offset_unit
from kathan.model import AnnotatedDocument, DocumentRecord, Fragment
from kathan.schema import Schema
from kathan.text.offsets import ClusterIndexMap, Utf16Map
from kathan.text.tokens import Tokens

EXAMPLE = Path(__file__).resolve().parent / "examples" / "doccano" / "golden.jsonl"

_TEXT_KEYS = ("text", "data", "column_data")
_SPAN_KEYS = ("entities", "label", "labels", "column_label")
_DOCUMENT_KEYS = frozenset({"id", "offset_unit", "relations", "meta", "title", "language", *_TEXT_KEYS, *_SPAN_KEYS})


# Reading


def read_doccano(sources: Sequence[Source], ctx: ReadContext) -> Iterator[DocumentRecord]:
    chosen = ctx.options.get("offset_unit")
    try:
        unit = offset_unit(chosen, "--offset-unit") if chosen else None
    except ValueError as exc:
        ctx.error(str(sources[0].path) if sources else "", 0, str(exc))
        return
    for source in sources:
        for line, item in json_items(source, ctx):
            record = _document(item, source, line, ctx, unit)
            if record is not None:
                yield record


def _document(item: Any, source: Source, line: int, ctx: ReadContext, chosen: OffsetUnit | None) -> DocumentRecord | None:
    file = str(source.path)
    if not isinstance(item, dict):
        ctx.error(file, line, f"a document must be a JSON object, not {json_type(item)}")
        return None
    text_key = next((key for key in _TEXT_KEYS if key in item), None)
    raw_text = item.get(text_key) if text_key else None
    if not isinstance(raw_text, str):
        ctx.error(file, line, "text: missing" if raw_text is None else f"{text_key}: must be a string, not {json_type(raw_text)}")
        return None
    unit = OffsetUnit.CODEPOINT
    if chosen is not None:
        unit = chosen
    elif "offset_unit" in item:
        try:
            unit = offset_unit(item["offset_unit"], "offset_unit")
        except ValueError as exc:
            ctx.error(file, line, str(exc))
            return None
    builder = RecordBuilder(ctx, file, line, raw_text, unit)
    if unit is OffsetUnit.GRAPHEME:
        builder.offset_hint = " (was the doccano project in grapheme mode? if not, import with --offset-unit utf16)"
    elif not builder.utf16.is_identity:
        other = OffsetUnit.UTF16 if unit is OffsetUnit.CODEPOINT else OffsetUnit.CODEPOINT
        builder.offset_hint = f" (the text has emoji: if the file counts {other.value} offsets, import with --offset-unit {other.value})"
    span_key = next((key for key in _SPAN_KEYS if key in item), None)
    entities = item.get(span_key) if span_key else None
    if entities is not None and not isinstance(entities, list):
        builder.error(span_key or "", f"must be a list, not {json_type(entities)}")
        entities = []
    for index, entity in enumerate(entities or []):
        _entity(builder, entity, f"{span_key}[{index}]", index)
    relations = item.get("relations")
    if relations is not None and not isinstance(relations, list):
        builder.error("relations", f"must be a list, not {json_type(relations)}")
        relations = []
    for index, relation in enumerate(relations or []):
        _relation(builder, relation, f"relations[{index}]", index)
    if builder.ok and builder.spans and (unit is OffsetUnit.GRAPHEME or not builder.utf16.is_identity):
        _warn_off_word_edges(builder)
    meta = builder.strings(item.get("meta"), "meta")
    meta.update({key: as_text(value) for key, value in item.items() if key not in _DOCUMENT_KEYS and value is not None})
    title = item.get("title")
    language = item.get("language")
    return builder.record(
        document_name(item.get("id"), f"{source.path.stem}-{line}"),
        title=title if isinstance(title, str) else None,
        language=language if isinstance(language, str) and language else "hi",
        meta=meta,
    )


def _entity(builder: RecordBuilder, entity: Any, where: str, index: int) -> None:
    if isinstance(entity, list):
        if len(entity) != 3:
            builder.error(where, f"must be [start, end, label], not {json.dumps(entity, ensure_ascii=False)[:80]}")
            return
        start, end, label = entity
        key = f"T{index + 1}"
    elif isinstance(entity, dict):
        start, end, label = entity.get("start_offset"), entity.get("end_offset"), entity.get("label")
        key = document_name(entity.get("id"), f"T{index + 1}")
    else:
        builder.error(where, f"must be [start, end, label] or an object, not {json_type(entity)}")
        return
    if isinstance(label, int) and not isinstance(label, bool):
        builder.error(f"{where}.label", f"is the label id {label}, not its name (an old doccano export): export again from doccano 1.3 or later")
        return
    fragment = builder.fragment(start, end, where)
    if fragment is not None:
        builder.span(key, label, (fragment,), where)


def _warn_off_word_edges(builder: RecordBuilder) -> None:
    """doccano files do not say their unit: on text with emoji or read as grapheme clusters
    (where the units differ), spans that start or end inside words suggest another unit was meant."""
    tokens = Tokens(builder.text)
    starts = {token.start for token in tokens}
    ends = {token.end for token in tokens}
    off = [span.key for span in builder.spans.values() if span.fragments[0][0] not in starts or span.fragments[-1][1] not in ends]
    if off:
        builder.warn("", f"{len(off)} of {len(builder.spans)} spans start or end inside a word (first: {off[0]}){builder.offset_hint}")


def _relation(builder: RecordBuilder, relation: Any, where: str, index: int) -> None:
    if not isinstance(relation, dict):
        builder.error(where, f"must be an object, not {json_type(relation)}")
        return
    ends = []
    for role in ("from_id", "to_id"):
        ref = relation.get(role)
        if ref is None or isinstance(ref, bool) or not isinstance(ref, str | int):
            builder.error(f"{where}.{role}", "must be the id of an entity of this document")
            return
        ends.append(str(ref))
    key = document_name(relation.get("id"), f"R{index + 1}")
    builder.relation(key, relation.get("type"), ends[0], ends[1], where)


# Writing


def write_doccano(
    docs: Iterable[AnnotatedDocument],
    out: Path,
    schema: Schema | None = None,
    progress: Progress | None = None,
    offset_unit: str = "codepoint",
    shape: str = "entities",
) -> ExportReport:
    """Writes one document a line to ``out``, replaced only when the export succeeds and reads back."""
    unit = _unit(offset_unit)
    if shape not in ("entities", "label"):
        raise ValueError(f"doccano shape {shape!r} is not 'entities' or 'label'")
    counter = DocumentCounter(docs, progress)
    losses = LossLog()
    out = Path(out)
    with atomic_output(out) as handle:
        for annotated in counter:
            line = document_line(annotated, losses, unit, shape)
            handle.write(json.dumps(line) + "\n")
    return counter.report(losses, offset_unit=unit.value)


def _unit(value: str) -> OffsetUnit:
    return offset_unit(value, "doccano offset_unit")


def document_line(
    annotated: AnnotatedDocument, losses: LossLog, unit: OffsetUnit, shape: str
) -> dict[str, Any]:
    """The line of one document."""
    document = annotated.document
    name = document.name
    utf16 = Utf16Map(document.text) if unit is OffsetUnit.UTF16 else None
    clusters = ClusterIndexMap(document.text) if unit is OffsetUnit.GRAPHEME else None

    def offsets(fragment: Fragment) -> tuple[int, int]:
        """The fragment in the unit written (every edge of a stored span is a legacy cluster
        boundary too: ``legacy_cluster_bounds`` only drops the conjunct rule)."""
        if clusters is not None:
            return clusters.to_index(fragment[0]), clusters.to_index(fragment[1])
        if utf16 is None:
            return fragment
        return utf16.to_utf16(fragment[0]), utf16.to_utf16(fragment[1])

    entity_ids = iter(_entity_ids(annotated))
    entities: list[tuple[int, tuple[int, int], str]] = []
    """(entity id, offsets as written, label), one per fragment."""
    first_entity: dict[int, int] = {}
    """Span id -> the entity id of its first fragment (what relations point at)."""
    for span in annotated.spans:
        for fragment in span.fragments:
            entity_id = next(entity_ids)
            first_entity.setdefault(span.id, entity_id)
            entities.append((entity_id, offsets(fragment), span.label))
    losses.note("discontinuous spans, written as one entity per fragment", name, sum(1 for s in annotated.spans if len(s.fragments) > 1))
    if unit is OffsetUnit.CODEPOINT and entities:
        first_wide = next((i for i, c in enumerate(document.text) if ord(c) > 0xFFFF), None)
        shifted = 0 if first_wide is None else sum(1 for _, (_, end), _ in entities if end > first_wide)
        losses.note(
            "spans after emoji (characters beyond U+FFFF) in code points, which doccano's editor shows shifted "
            "(it counts UTF-16 units: export with --offset-unit utf16 to annotate in doccano)", name, shifted,
        )
    losses.note("span attributes, not written (doccano has none)", name, sum(len(s.attributes) for s in annotated.spans))
    losses.note("span notes, not written (doccano has none)", name, sum(1 for s in annotated.spans if s.note))
    losses.note("span annotators, not written (doccano writes one file per user)", name, sum(1 for s in annotated.spans if s.annotator))
    if document.status.value != "new":
        losses.note("document status, not written (doccano keeps it in the project)", name)
    line: dict[str, Any] = {"id": name, "text": document.text}
    reserved = _DOCUMENT_KEYS | {"Comments", "cats"}
    for key, value in document.meta.items():
        if key in reserved:
            losses.note("meta keys named like a doccano field, not written", name)
        else:
            line[key] = value
    if document.title:
        line["title"] = document.title
    if document.language != "hi":
        line["language"] = document.language
    line["offset_unit"] = unit.value
    relation_ids = [int(key) for key in assign_keys([r.key for r in annotated.relations], "", str.isdigit)]
    if shape == "label":
        line["label"] = sorted([start, end, label] for _, (start, end), label in entities)
        losses.note("relations, not written (the label shape has none; use the entities shape)", name, len(annotated.relations))
        return line
    line["entities"] = [
        {"id": entity_id, "label": label, "start_offset": start, "end_offset": end}
        for entity_id, (start, end), label in entities
    ]
    relations = []
    for relation, relation_id in zip(annotated.relations, relation_ids, strict=True):
        if relation.head not in first_entity or relation.tail not in first_entity:
            losses.note("relations to a span not in the document, not written", name)
            continue
        relations.append(
            {"id": relation_id, "from_id": first_entity[relation.head], "to_id": first_entity[relation.tail], "type": relation.type}
        )
    losses.note("relation attributes, not written (doccano has none)", name, sum(len(r.attributes) for r in annotated.relations))
    line["relations"] = relations
    return line


def _entity_ids(annotated: AnnotatedDocument) -> list[int]:
    """Each entity's id, fragment by fragment: the span's kept id when it is a number (doccano
    ids are), else a fresh number."""
    return [int(key) for keys in fragment_keys(annotated.spans, "", str.isdigit) for key in keys]


def sniff(path: Path) -> bool:
    """Whether ``path`` looks like doccano JSONL: its first document has a text and ``label``
    or ``entities`` holding ``[s, e, L]`` lists or ``start_offset`` objects."""
    item = first_json_line(Path(path))
    if item is None:
        head = head_text(Path(path)).lstrip()
        if head.startswith(("{", "[")):
            # A pretty-printed document (doccano's own relation example): judged by its keys.
            return '"text"' in head and '"start_offset"' in head and '"entities"' in head and '"data"' not in head
    if not isinstance(item, dict) or not any(key in item for key in _TEXT_KEYS):
        return False
    spans = next((item[key] for key in _SPAN_KEYS if key in item), None)
    if not isinstance(spans, list):
        return False
    return all((isinstance(s, list) and len(s) == 3) or (isinstance(s, dict) and "start_offset" in s) for s in spans)


_UNIT_HELP = (
    "what the offsets count: codepoint (default), utf16 (spans made in doccano's UI on text with emoji) "
    "or grapheme (a doccano project that counts grapheme clusters as one character)"
)

FORMAT = Format(
    name="doccano",
    title="doccano JSONL",
    extensions=(".jsonl", ".json"),
    description='doccano JSONL: "label": [[start, end, L]] or "entities" + "relations"',
    reader=read_doccano,
    writer=write_doccano,
    examples=(EXAMPLE,),
    sniff=sniff,
    priority=600,
    options=(
        FormatOption("offset_unit", _UNIT_HELP, "read", CHARACTER_UNITS),
        FormatOption("offset_unit", _UNIT_HELP, "write", CHARACTER_UNITS, "codepoint"),
        FormatOption("shape", "doccano line shape: entities (with relations, default) or label", "write", ("entities", "label"), "entities"),
    ),
)
