"""Kathan's native JSONL: one document a line, lossless (export, import, export is byte-identical).

Full form of a line (keys in this order on export; only ``text`` is required on import)::

    {"id", "title", "language", "script", "text", "sha256", "meta", "offset_unit": "codepoint", "status",
     "spans": [{"id", "label", "fragments": [[start, end], ...], "text", "attributes",
                "note", "annotator", "origin"[, "status", "confidence", "rule"]}],
     "relations": [{"id", "type", "head", "tail", "attributes", "annotator", "origin"}]}

Span and relation ids are kept from the imported file (stored as ``Span.key``), so a file's
``R1`` is exported as ``R1`` again. An export of suggestions adds each one's review ``status``
(open, accepted, rejected), ``confidence`` and ``rule``.

``language`` is the document's ISO 639 code (``hi`` when absent on import); ``script`` says
its writing system as a BCP 47 tag (``ur-Arab``) and is written only, never read back.
Offsets are code points over ``text`` (``"offset_unit": "utf16"`` is also read). A span's
``text`` is its fragments joined by one space. Text with CRLF is stored with LF and the
offsets are moved with it.
"""

from __future__ import annotations

import json
import os
import re
from json.encoder import encode_basestring
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import orjson

from kathan.formats.base import (
    DocumentCounter,
    ExportReport,
    Format,
    LossLog,
    Progress,
    ReadContext,
    Source,
    WrittenBack,
    assign_keys,
    sha256_of,
)
from kathan.formats.guards import MAX_LINE_BYTES, first_json_line, loads_json
from kathan.formats.json_input import json_type, scalar_text
from kathan.formats.output import atomic_output
from kathan.model import (
    AnnotatedDocument,
    Document,
    InputError,
    DocumentRecord,
    PlainDocument,
    DocumentStatus,
    Fragment,
    Origin,
    Problem,
    Relation,
    RelationId,
    RelationRecord,
    Review,
    Span,
    SpanId,
    SpanRecord,
)
from kathan.schema import Schema
from kathan.text.decode import OffsetRemap, normalize_newlines, open_regular, title_of
from kathan.text.offsets import Utf16Map
from kathan.text.scripts import language_tag
from kathan.validate import check_fragments, fragments_fit, mark_fitted

EXAMPLE = Path(__file__).resolve().parent / "examples" / "jsonl" / "golden.jsonl"
MAX_FILE_BYTES = 4 * 1024 * 1024 * 1024
"""A corpus export can pass the one-article limit of ``read_text_file``; lines are streamed."""
MAX_PROBLEMS_PER_FILE = 200
FIRST_LINE_SNIFF_BYTES = 1024 * 1024
WRITE_BATCH = 64
"""Lines joined into one write."""

_DOCUMENT_KEYS = frozenset(
    {"id", "title", "text", "sha256", "meta", "offset_unit", "status", "spans", "relations", "language", "script"}
)
_SPAN_KEYS = frozenset({"id", "label", "fragments", "text", "attributes", "note", "annotator", "origin"})
_REVIEW_KEYS = frozenset({"status", "confidence", "rule"})
"""A suggestion's review facts (``export --suggestions``): read back as annotations, the facts dropped."""
_RELATION_KEYS = frozenset({"id", "type", "head", "tail", "attributes", "annotator", "origin"})
_STATUSES = {s.value for s in DocumentStatus}
_ORIGINS = {o.value for o in Origin}
_ORIGIN_OF = {o.value: o for o in Origin}
_IMPORTED = Origin.IMPORTED


# Reading


def read_jsonl(sources: Sequence[Source], ctx: ReadContext) -> Iterator[DocumentRecord]:
    for source in sources:
        yield from _read_file(source, ctx)


def _read_file(source: Source, ctx: ReadContext) -> Iterator[DocumentRecord]:
    file = str(source.path)
    stem = source.path.stem
    before = ctx.fatal_count()
    documents = 0
    try:
        handle = open_regular(source.path)
    except OSError as exc:
        ctx.error(file, 0, f"cannot read the file: {exc.strerror or exc}")
        return
    with handle:
        size = os.fstat(handle.fileno()).st_size
        if size > MAX_FILE_BYTES:
            limit = MAX_FILE_BYTES / 2**20
            ctx.error(file, 0, f"the file is {size / 2**20:.1f} MB, over the limit of {limit:.1f} MB")
            return
        if b"\x00" in handle.read(8192):
            ctx.error(file, 1, "this is a binary file, not JSONL (it contains NUL bytes)")
            return
        handle.seek(0)
        number = 0
        while raw := handle.readline(MAX_LINE_BYTES + 1):
            number += 1
            ctx.advance(len(raw))
            if ctx.fatal_count() - before >= MAX_PROBLEMS_PER_FILE:
                ctx.error(file, number, f"stopped reading after {MAX_PROBLEMS_PER_FILE} problems in this file")
                return
            bom = 3 if number == 1 and raw.startswith(b"\xef\xbb\xbf") else 0
            raw = raw[bom:] if bom else raw
            if len(raw) > MAX_LINE_BYTES:
                ctx.error(file, number, f"the line is longer than {MAX_LINE_BYTES // 2**20} MB: not read further")
                return
            if b"\x00" in raw:
                ctx.error(file, number, "this is a binary file, not JSONL (it contains NUL bytes)")
                return
            record = _plain_line(raw, file, number, f"{stem}-{number}")
            if record is not None:
                documents += 1
                yield record
                continue
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                column = exc.start + bom + 1
                ctx.error(file, number, f"not UTF-8: byte 0x{raw[exc.start]:02X} at byte column {column}")
                continue
            if not line.strip():
                continue
            try:
                data = loads_json(line, file, number)  # refuses deep nesting and over-long numbers too
            except InputError as exc:
                ctx.extend(exc.problems)
                continue
            if _SURROGATE_ESCAPE.search(line) and (lone := _lone_surrogate(data)) is not None:
                ctx.error(file, number, f"not Unicode text: a lone UTF-16 surrogate \\u{ord(lone):04x} (half of a pair)")
                continue
            documents += 1
            record = _LineReader(ctx, file, number).document(data, f"{stem}-{number}")
            if record is not None:
                yield record
    if documents == 0 and ctx.fatal_count() == before:
        ctx.error(file, 1, "the file is empty: there is no document in it")


class _LineReader:
    """Turns one parsed line into a record, reporting each bad field as ``field: reason``."""

    def __init__(self, ctx: ReadContext, file: str, line: int) -> None:
        self.ctx = ctx
        self.file = file
        self.line = line
        self.ok = True

    def error(self, where: str, message: str) -> None:
        self.ok = False
        self.ctx.error(self.file, self.line, f"{where}: {message}" if where else message)

    def warn(self, message: str) -> None:
        self.ctx.warn(self.file, self.line, message)

    def document(self, data: Any, default_name: str) -> DocumentRecord | None:
        if not isinstance(data, dict):
            self.error("", f"a line must be a JSON object, not {json_type(data)}")
            return None
        unknown = sorted(set(data) - _DOCUMENT_KEYS)
        if unknown:
            self.warn(f"unknown keys ignored: {', '.join(unknown)}")
        raw_text = data.get("text")
        if not isinstance(raw_text, str):
            self.error("text", "missing" if raw_text is None else f"must be a string, not {json_type(raw_text)}")
            return None
        if not raw_text.strip():
            self.error("text", "the text is empty")
            return None
        text, remap = normalize_newlines(raw_text)
        name = self.name(data.get("id"), default_name)
        title = self.string(data, "title", title_of(text))
        sha = data.get("sha256")
        if sha is not None and sha not in {sha256_of(raw_text), sha256_of(text)}:
            self.error("sha256", "does not match the text (the text was changed after the hash was made)")
        meta = self.mapping(data.get("meta"), "meta")
        status = self.string(data, "status", DocumentStatus.NEW.value)
        if status not in _STATUSES:
            self.error("status", f"{status!r} is not one of {', '.join(sorted(_STATUSES))}")
            status = DocumentStatus.NEW.value
        language = self.string(data, "language", "hi")
        unit = data.get("offset_unit", "codepoint")
        if unit not in ("codepoint", "utf16"):
            self.error("offset_unit", f"{unit!r} is not 'codepoint' or 'utf16'")
            return None
        utf16 = Utf16Map(raw_text) if unit == "utf16" else None
        plain = utf16 is None and remap.is_identity
        spans = (plain and _plain_spans(data.get("spans"), raw_text, text, self.line)) or self.spans(
            data.get("spans"), raw_text, text, remap, utf16
        )
        relations = _plain_relations(data.get("relations"), spans, self.line)
        if relations is None:
            relations = self.relations(data.get("relations"), spans)
        if not self.ok:
            return None
        record = DocumentRecord(
            name=name,
            text=text,
            title=title,
            language=language,
            meta=meta,
            status=DocumentStatus(status),
            spans=tuple(spans.values()),
            relations=tuple(relations),
            source=self.file,
            line=self.line,
        )
        mark_fitted(record)  # every span's fragments were checked on the way, in bulk or one by one
        return record

    def name(self, value: Any, default: str) -> str:
        if value is None:
            return default
        if type(value) is str and value.strip():
            return value
        if isinstance(value, bool) or not isinstance(value, str | int):
            self.error("id", f"must be a string, not {json_type(value)}")
            return default
        name = str(value)
        if not name.strip():
            self.error("id", "is empty")
        return name

    def string(self, data: Mapping[str, Any], key: str, default: str, where: str = "") -> str:
        value = data.get(key)
        if value is None:
            return default
        if type(value) is not str:
            self.error(f"{where}{key}", f"must be a string, not {json_type(value)}")
            return default
        return value

    def mapping(self, value: Any, where: str) -> dict[str, str]:
        if value is None or value == {}:
            return {}
        if not isinstance(value, dict):
            self.error(where, f"must be an object, not {json_type(value)}")
            return {}
        result: dict[str, str] = {}
        for key, item in value.items():
            text = scalar_text(item)
            if text is None:
                self.error(f"{where}.{key}", f"must be a string, not {json_type(item)}")
            else:
                result[key] = text
        return result

    def spans(
        self,
        value: Any,
        raw_text: str,
        text: str,
        remap: OffsetRemap,
        utf16: Utf16Map | None,
    ) -> dict[str, SpanRecord]:
        spans: dict[str, SpanRecord] = {}
        if value is None:
            return spans
        if not isinstance(value, list):
            self.error("spans", f"must be a list, not {json_type(value)}")
            return spans
        for index, item in enumerate(value):
            where = f"spans[{index}]"
            if not isinstance(item, dict):
                self.error(where, f"must be an object, not {json_type(item)}")
                continue
            if not (_SPAN_KEYS | _REVIEW_KEYS).issuperset(item):
                unknown = sorted(set(item) - _SPAN_KEYS - _REVIEW_KEYS)
                self.warn(f"{where}: unknown keys ignored: {', '.join(unknown)}")
            key = self.name(item.get("id"), f"T{index + 1}")
            if key in spans:
                self.error(f"{where}.id", f"{key!r} is used by another span")
                continue
            label = item.get("label")
            if not isinstance(label, str) or not label:
                self.error(f"{where}.label", "missing" if label is None else "must be a non-empty string")
                continue
            raw_fragments = self.fragments(item.get("fragments"), f"{where}.fragments", utf16)
            if raw_fragments is None:
                continue
            covered = item.get("text")
            if covered is not None:
                joined = " ".join(raw_text[s:e] for s, e in raw_fragments)
                if not isinstance(covered, str):
                    self.error(f"{where}.text", f"must be a string, not {json_type(covered)}")
                elif covered != joined:
                    self.error(f"{where}.text", f"{covered!r} does not match the text at its fragments: {joined!r}")
                    continue
            fragments = self.remapped(raw_fragments, remap, f"{where}.fragments")
            if fragments is None:
                continue
            reason = check_fragments(text, fragments)
            if reason:
                self.error(f"{where}.fragments", reason)
                continue
            attributes = self.mapping(item.get("attributes"), f"{where}.attributes")
            origin = self.string(item, "origin", Origin.IMPORTED.value, f"{where}.")
            if origin not in _ORIGINS:
                self.error(f"{where}.origin", f"{origin!r} is not one of {', '.join(sorted(_ORIGINS))}")
                continue
            spans[key] = SpanRecord(
                key=key,
                label=label,
                fragments=fragments,
                attributes=attributes,
                note=self.string(item, "note", "", f"{where}."),
                annotator=self.string(item, "annotator", "", f"{where}."),
                origin=Origin(origin),
                line=self.line,
            )
        return spans

    def fragments(
        self, value: Any, where: str, utf16: Utf16Map | None
    ) -> tuple[Fragment, ...] | None:
        if not isinstance(value, list) or not value:
            self.error(where, "missing" if value is None else "must be a non-empty list of [start, end] pairs")
            return None
        fragments: list[Fragment] = []
        for pair in value:
            if not (
                type(pair) is list and len(pair) == 2 and type(pair[0]) is int and type(pair[1]) is int
            ):
                self.error(where, f"{json.dumps(pair, ensure_ascii=False)} is not a [start, end] pair of integers")
                return None
            start, end = pair
            if utf16 is not None:
                try:
                    start, end = utf16.to_codepoint(start), utf16.to_codepoint(end)
                except ValueError as exc:
                    self.error(where, f"UTF-16 offsets [{start}, {end}]: {exc}")
                    return None
            fragments.append((start, end))
        return tuple(fragments)

    def remapped(self, fragments: tuple[Fragment, ...], remap: OffsetRemap, where: str) -> tuple[Fragment, ...] | None:
        if remap.is_identity:
            return fragments
        result = []
        for start, end in fragments:
            for offset in (start, end):
                if remap.splits_crlf(offset):
                    self.error(where, f"offset {offset} falls between a CR and its LF")
                    return None
            result.append((remap.to_normalized(start), remap.to_normalized(end)))
        return tuple(result)

    def relations(self, value: Any, spans: Mapping[str, SpanRecord]) -> list[RelationRecord]:
        relations: list[RelationRecord] = []
        if value is None:
            return relations
        if not isinstance(value, list):
            self.error("relations", f"must be a list, not {json_type(value)}")
            return relations
        keys: set[str] = set()
        for index, item in enumerate(value):
            where = f"relations[{index}]"
            if not isinstance(item, dict):
                self.error(where, f"must be an object, not {json_type(item)}")
                continue
            if not _RELATION_KEYS.issuperset(item):
                self.warn(f"{where}: unknown keys ignored: {', '.join(sorted(set(item) - _RELATION_KEYS))}")
            key = self.name(item.get("id"), f"R{index + 1}")
            if key in keys:
                self.error(f"{where}.id", f"{key!r} is used by another relation")
                continue
            keys.add(key)
            type_ = item.get("type")
            if not isinstance(type_, str) or not type_:
                self.error(f"{where}.type", "missing" if type_ is None else "must be a non-empty string")
                continue
            ends = []
            for role in ("head", "tail"):
                ref = item.get(role)
                ref = str(ref) if isinstance(ref, str | int) and not isinstance(ref, bool) else None
                if ref is None:
                    self.error(f"{where}.{role}", "must be the id of a span of this document")
                elif ref not in spans:
                    self.error(f"{where}.{role}", f"refers to span {ref!r}, which this document does not have")
                    ref = None
                ends.append(ref)
            head, tail = ends
            if head is None or tail is None:
                continue
            origin = self.string(item, "origin", Origin.IMPORTED.value, f"{where}.")
            if origin not in _ORIGINS:
                self.error(f"{where}.origin", f"{origin!r} is not one of {', '.join(sorted(_ORIGINS))}")
                continue
            relations.append(
                RelationRecord(
                    key=key,
                    type=type_,
                    head=head,
                    tail=tail,
                    attributes=self.mapping(item.get("attributes"), f"{where}.attributes"),
                    annotator=self.string(item, "annotator", "", f"{where}."),
                    origin=Origin(origin),
                    line=self.line,
                )
            )
        return relations


def _plain_spans(value: Any, raw_text: str, text: str, line: int) -> dict[str, SpanRecord] | None:
    """The spans of a line when every one is plain (no problem to report, nothing to warn about,
    offsets in code points over a text without CR): what ``_LineReader.spans`` would make, made in
    one pass with the fragments of the whole document checked at once (``fragments_fit``). None
    (also for no spans) when anything is not plain: ``_LineReader.spans`` then reads them and says why.
    A span of only ``id``, ``label`` and ``fragments`` (the common import) is taken without asking
    for the fields it lacks."""
    if type(value) is not list or not value:
        return None
    spans: dict[str, SpanRecord] = {}
    pieces: list[tuple[Fragment, ...]] = []
    keep = pieces.append
    for item in value:
        if type(item) is not dict:
            return None
        get = item.get
        key, label, pairs = get("id"), get("label"), get("fragments")
        if type(key) is not str or key in spans or not key.strip() or type(label) is not str or not label:
            return None
        if type(pairs) is not list or not pairs:
            return None
        if len(pairs) == 1:
            pair = pairs[0]
            if type(pair) is not list or len(pair) != 2:
                return None
            start, end = pair
            if type(start) is not int or type(end) is not int:
                return None
            fragments: tuple[Fragment, ...] = ((start, end),)
        else:
            for pair in pairs:
                if type(pair) is not list or len(pair) != 2 or type(pair[0]) is not int or type(pair[1]) is not int:
                    return None
            fragments = tuple([(start, end) for start, end in pairs])
        keep(fragments)  # their order, range and cluster edges: fragments_fit below, for the whole line
        if len(item) == 3:  # id, label and fragments only
            spans[key] = SpanRecord(key, label, fragments, {}, "", "", _IMPORTED, line)
            continue
        if not item.keys() <= _SPAN_KEYS:
            return None
        covered = get("text")
        if covered is not None and covered != " ".join([raw_text[s:e] for s, e in fragments]):
            return None
        note, extras = get("note", ""), _plain_extras(item)
        if extras is None or type(note) is not str:
            return None
        attributes, annotator, origin = extras
        spans[key] = SpanRecord(key, label, fragments, attributes, note, annotator, origin, line)
    if not fragments_fit(text, pieces):
        return None
    return spans


def _plain_relations(value: Any, spans: Mapping[str, SpanRecord], line: int) -> list[RelationRecord] | None:
    """The relations of a line when every one is plain (as ``_plain_spans``), else None."""
    if value is None:
        return []
    if type(value) is not list:
        return None
    relations: list[RelationRecord] = []
    keys: set[str] = set()
    for item in value:
        if type(item) is not dict:
            return None
        get = item.get
        key, type_, head, tail = get("id"), get("type"), get("head"), get("tail")
        if type(key) is not str or key in keys or not key.strip() or type(type_) is not str or not type_:
            return None
        if type(head) is not str or head not in spans or type(tail) is not str or tail not in spans:
            return None
        keys.add(key)
        if len(item) == 4:  # id, type, head and tail only
            relations.append(RelationRecord(key, type_, head, tail, {}, "", _IMPORTED, line))
            continue
        if not item.keys() <= _RELATION_KEYS:
            return None
        extras = _plain_extras(item)
        if extras is None:
            return None
        attributes, annotator, origin = extras
        relations.append(RelationRecord(key, type_, head, tail, attributes, annotator, origin, line))
    return relations


def _plain_extras(item: Mapping[str, Any]) -> tuple[dict[str, str], str, Origin] | None:
    """A plain span's or relation's attributes, annotator and origin, or None when any is not plain."""
    attributes, annotator, origin = item.get("attributes"), item.get("annotator", ""), item.get("origin", "imported")
    origin = _ORIGIN_OF.get(origin) if type(origin) is str else None
    if origin is None or type(annotator) is not str:
        return None
    if attributes is None or attributes == {}:
        return {}, annotator, origin
    if type(attributes) is dict and all(type(v) is str for v in attributes.values()):
        return dict(attributes), annotator, origin
    return None


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def _lone_surrogate(data: Any) -> str | None:
    """The first unpaired surrogate in a parsed line: JSON's ``\\ud800`` escape decodes to one,
    and no file or database can store it (UTF-8 refuses it)."""
    try:
        json.dumps(data, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError as exc:
        return str(exc.object[exc.start])
    return None


def _plain_line(raw: bytes, file: str, line: int, default_name: str) -> DocumentRecord | None:
    """The record of a plain line (every field as ``_LineReader.document`` would take it without a
    problem or warning to report, offsets in code points over a text without CR), parsed by orjson
    straight from its bytes and built in one pass; None for any other line, which
    ``_LineReader.document`` then reads from the line's text field by field, saying what is wrong.
    orjson refuses what that way reports on (bytes that are not UTF-8, a lone surrogate, NaN, a
    blank line); the integers it reads as floats (past 64 bits) are never plain."""
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError:
        return None
    if type(data) is not dict or not data.keys() <= _DOCUMENT_KEYS:
        return None
    get = data.get
    text, name, title = get("text"), get("id", default_name), get("title")
    if type(text) is not str or "\r" in text or not text.strip() or type(name) is not str or not name.strip():
        return None
    if title is None:
        title = title_of(text)
    meta, status, language = get("meta"), get("status", "new"), get("language", "hi")
    if type(title) is not str or type(language) is not str or type(status) is not str or status not in _STATUSES:
        return None
    if meta is None or meta == {}:
        meta = {}
    elif type(meta) is dict and all(type(value) is str for value in meta.values()):
        meta = dict(meta)
    else:
        return None
    if get("offset_unit", "codepoint") != "codepoint" or ("sha256" in data and get("sha256") != sha256_of(text)):
        return None
    listed = get("spans")
    spans = {} if listed is None or listed == [] else _plain_spans(listed, text, text, line)
    if spans is None:
        return None
    relations = _plain_relations(get("relations"), spans, line)
    if relations is None:
        return None
    record = DocumentRecord(
        name, text, title, language, meta, DocumentStatus(status), tuple(spans.values()), tuple(relations), file, line
    )
    mark_fitted(record)
    return record


# Writing


def _ordered_with_ids(
    annotated: AnnotatedDocument,
) -> tuple[list[Span], dict[SpanId, str], list[Relation], list[str]]:
    ordered = sorted(annotated.spans, key=_text_order)
    keys = dict(zip((s.id for s in ordered), assign_keys([s.key for s in ordered], "T"), strict=True))
    relations = annotated.relations
    if relations:
        position = {span.id: index for index, span in enumerate(ordered)}
        relations = sorted(
            (r for r in relations if r.head in keys and r.tail in keys),
            key=lambda r: (position[r.head], position[r.tail], r.type, r.id),
        )
    return ordered, keys, list(relations), assign_keys([r.key for r in relations], "R")


def _text_order(span: Span) -> tuple[Any, ...]:
    fragments = span.fragments
    return (fragments[0][0], fragments[-1][1], fragments, span.label, span.id)


_string = encode_basestring
"""A JSON string exactly as ``json.dumps(..., ensure_ascii=False)`` writes it (the same C function)."""


def _mapping_json(mapping: Mapping[str, str]) -> str:
    return json.dumps(dict(sorted(mapping.items())), ensure_ascii=False) if mapping else "{}"


def document_line(annotated: AnnotatedDocument) -> str:
    """One document in the full native form, with its newline: keys in a fixed order, spans in
    text order, relations in (head, tail, type) order. Span and relation ids are the ones the
    file they came from gave them (``Span.key``), others ``T1..``/``R1..`` avoiding those.
    Suggestions (``annotated.reviews``) carry their ``status``, ``confidence`` and ``rule``.

    The line is what ``json.dumps(line, ensure_ascii=False)`` makes of the document's dict,
    byte for byte, put together from the JSON of each value: a dict per span would cost an
    export of 90,000 spans more than reading them (``tests/formats/test_jsonl.py`` checks it
    against ``json.dumps``)."""
    text = annotated.document.text
    ordered, keys, relations, relation_keys = _ordered_with_ids(annotated)
    reviews = annotated.reviews
    spans = ", ".join([_span_json(span, keys[span.id], text, reviews.get(span.id) if reviews else None) for span in ordered])
    links = ", ".join(
        [
            f'{{"id": {_string(key)}, "type": {_string(relation.type)}, "head": {_string(keys[relation.head])}, '
            f'"tail": {_string(keys[relation.tail])}, "attributes": {_mapping_json(relation.attributes)}, '
            f'"annotator": {_string(relation.annotator)}, "origin": "{relation.origin.value}"}}'
            for key, relation in zip(relation_keys, relations, strict=True)
        ]
    )
    return _line(annotated.document, spans, links)


def _line(document: Document, spans: str, links: str) -> str:
    """The document's line around the JSON of its spans and relations (each joined by ", ")."""
    text = document.text
    return (
        f'{{"id": {_string(document.name)}, "title": {_string(document.title)}, "language": {_string(document.language)}, '
        f'"script": {_string(language_tag(document.language, text))}, "text": {_string(text)}, '
        f'"sha256": "{sha256_of(text)}", "meta": {_mapping_json(document.meta)}, "offset_unit": "codepoint", '
        f'"status": "{document.status.value}", "spans": [{spans}], "relations": [{links}]}}\n'
    )


def _places(fragments: Sequence[Fragment], text: str) -> tuple[str, str]:
    """The JSON of a span's fragments (without the outer brackets) and the text they cover, joined by one space."""
    if len(fragments) == 1:
        ((start, end),) = fragments
        return f"[{start}, {end}]", text[start:end]
    return ", ".join([f"[{start}, {end}]" for start, end in fragments]), " ".join([text[start:end] for start, end in fragments])


def _span_json(span: Span, key: str, text: str, review: Review | None) -> str:
    places, covered = _places(span.fragments, text)
    head = (
        f'{{"id": {_string(key)}, "label": {_string(span.label)}, "fragments": [{places}], "text": {_string(covered)}, '
        f'"attributes": {_mapping_json(span.attributes)}, '
    )
    if review is None:
        return head + f'"note": {_string(span.note)}, "annotator": {_string(span.annotator)}, "origin": "{span.origin.value}"}}'
    facts = json.dumps(
        {"note": "", "annotator": span.annotator, "origin": span.origin.value, "status": review.status.value,
         "confidence": review.confidence, "rule": review.rule},
        ensure_ascii=False,
    )
    return head + facts[1:]


def rows_line(rows: PlainDocument, strings: _Strings | None = None) -> tuple[str, int]:
    """``document_line`` of a document given as rows (``Workspace.iter_rows``), byte for byte, and
    how many of its relations lead to a span not in it (not written). ``strings`` may be shared
    by the lines of one export."""
    enc = _Strings() if strings is None else strings
    text = rows.document.text
    spans = rows.spans
    span_keys = [row[7] for row in spans]
    if not (all(span_keys) and len(set(span_keys)) == len(span_keys)):
        span_keys = assign_keys(span_keys, "T")
    keys = {row[0]: key for row, key in zip(spans, span_keys, strict=True)}
    entries = []
    for (_, label, fragments, attributes, note, annotator, origin, _), key in zip(spans, span_keys, strict=True):
        places, covered = _places(fragments, text)
        entries.append(
            f'{{"id": {enc[key]}, "label": {enc[label]}, "fragments": [{places}], "text": {_string(covered)}, '
            f'"attributes": {attributes}, "note": {enc[note]}, '
            f'"annotator": {enc[annotator]}, "origin": {enc[origin]}}}'
        )
    relations = [row for row in rows.relations if row[2] in keys and row[3] in keys]
    if len(relations) > 1:
        position = {row[0]: index for index, row in enumerate(spans)}
        relations.sort(key=lambda row: (position[row[2]], position[row[3]], row[1], row[0]))
    links = [
        f'{{"id": {enc[key]}, "type": {enc[type_]}, "head": {enc[keys[head]]}, "tail": {enc[keys[tail]]}, '
        f'"attributes": {attributes}, "annotator": {enc[annotator]}, "origin": {enc[origin]}}}'
        for (_, type_, head, tail, attributes, annotator, origin, _), key in zip(
            relations, assign_keys([row[7] for row in relations], "R"), strict=True
        )
    ]
    return _line(rows.document, ", ".join(entries), ", ".join(links)), len(rows.relations) - len(relations)


class _Strings(dict[str, str]):
    """The JSON of strings a corpus repeats (labels, annotators, origins, ids, empty notes): one
    dict lookup each instead of encoding again; emptied when it grows past ``limit``."""

    def __init__(self, limit: int = 4096) -> None:
        super().__init__()
        self.limit = limit

    def __missing__(self, value: str) -> str:
        if len(self) >= self.limit:
            self.clear()
        encoded = self[value] = _string(value)
        return encoded


def write_jsonl(
    docs: Iterable[AnnotatedDocument | PlainDocument], out: Path, schema: Schema | None = None, progress: Progress | None = None
) -> ExportReport:
    """Writes every document as one line of ``out`` (replaced only when the export succeeds)."""
    counter = DocumentCounter(docs, progress)
    losses = LossLog()
    strings = _Strings()
    with atomic_output(Path(out)) as handle:
        lines: list[str] = []
        for item in counter:
            if isinstance(item, PlainDocument):
                line, dangling = rows_line(item, strings)
            else:
                line = document_line(item)
                ids = {span.id for span in item.spans}
                dangling = sum(1 for r in item.relations if r.head not in ids or r.tail not in ids)
            losses.note("relations to a span not in the document, not written", item.document.name, dangling)
            lines.append(line)
            if len(lines) == WRITE_BATCH:
                handle.write("".join(lines))
                lines.clear()
        handle.write("".join(lines))
    return counter.report(losses)


def readback_jsonl(path: Path) -> Iterator[WrittenBack]:
    """The documents of a file this writer wrote, for the check after export (``Format.readback``):
    each line parsed (by orjson: the check parses every line an export wrote, and json.loads took
    as long as the rest of the check), and each span's written ``text`` re-sliced from the text at
    its fragments. ``InputError`` with file and line where a line does not parse or contradicts itself."""
    import orjson

    file = str(path)
    with path.open("rb") as lines:
        for number, line in enumerate(lines, 1):
            try:
                data = orjson.loads(line)
                text = data["text"]
                spans = []
                append = spans.append
                for span in data["spans"]:
                    try:
                        ((start, end),) = span["fragments"]
                    except ValueError:  # several fragments (or none: refused below)
                        fragments: tuple[Fragment, ...] = tuple([(start, end) for start, end in span["fragments"]])
                        covered = " ".join([text[start:end] for start, end in fragments])
                        if not fragments:
                            raise KeyError("fragments") from None
                    else:
                        fragments = ((start, end),)
                        covered = text[start:end]
                    if covered != span["text"]:
                        index = data["spans"].index(span)
                        raise InputError([Problem(file, number, f"spans[{index}].text: {span['text']!r} is not the text at its fragments: {covered!r}")])
                    append((span["label"], fragments))
                yield WrittenBack(data["id"], text, spans)
            except (ValueError, RecursionError, KeyError, TypeError) as exc:
                raise InputError([Problem(file, number, f"not a native JSONL line ({type(exc).__name__}: {exc})")]) from None


def sniff_jsonl(path: Path) -> bool:
    """A first line that is a JSON object with a ``text`` and only keys of the native form
    (doccano's ``label``/``entities`` or Prodigy's ``tokens`` belong to their own formats)."""
    first = first_json_line(path, FIRST_LINE_SNIFF_BYTES)
    return isinstance(first, dict) and isinstance(first.get("text"), str) and _DOCUMENT_KEYS.issuperset(first)


FORMAT = Format(
    name="jsonl",
    title="Kathan JSONL",
    extensions=(".jsonl", ".ndjson"),
    description="Kathan native JSONL, one document a line with spans and relations (lossless)",
    reader=read_jsonl,
    writer=write_jsonl,
    examples=(EXAMPLE,),
    sniff=sniff_jsonl,
    priority=500,
    readback=readback_jsonl,
    writes_rows=True,
)
