"""Builds one ``DocumentRecord`` from what a peer format's reader found, checking as it goes.

Readers of formats that carry a text with character offsets (doccano, Label Studio,
Prodigy, Hugging Face folders, spaCy DocBins) parse their own shapes and hand every span and
relation to a ``RecordBuilder``. It moves offsets from the file's unit (code points,
UTF-16 units, or doccano's grapheme clusters) and from the raw text onto the newline-normalised text Kathan stores, checks
them against the text with ``kathan.validate``, and reports each problem to the
``ReadContext`` with file, line and the field concerned. Readers only parse: labels,
attributes and relation types are compared with the project's schema once, after reading
(``read_paths`` and ``Workspace.import_records``), not here. ``record()`` returns None when any
problem was fatal, so a bad document is never half imported.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from kathan.formats.base import OffsetUnit, ReadContext
from kathan.formats.json_input import json_type, scalar_text
from kathan.model import DocumentRecord, DocumentStatus, Fragment, Origin, RelationRecord, SpanRecord
from kathan.text.decode import normalize_newlines, title_of
from kathan.text.offsets import ClusterIndexMap, Utf16Map
from kathan.validate import check_fragments

CHARACTER_UNITS = (OffsetUnit.CODEPOINT.value, OffsetUnit.UTF16.value, OffsetUnit.GRAPHEME.value)


def offset_unit(value: object, where: str = "offset unit") -> OffsetUnit:
    """``value`` as a character offset unit; ``ValueError`` naming the choices otherwise."""
    if value in CHARACTER_UNITS:
        return OffsetUnit(value)
    raise ValueError(f"{where}: {value!r} is not one of {', '.join(CHARACTER_UNITS)}")


class RecordBuilder:
    """Collects one document's spans and relations; ``ok`` is False after any fatal problem."""

    def __init__(self, ctx: ReadContext, file: str, line: int, raw_text: str, unit: OffsetUnit = OffsetUnit.CODEPOINT) -> None:
        self.ctx = ctx
        self.file = file
        self.line = line
        self.raw_text = raw_text
        self.text, self._remap = normalize_newlines(raw_text)
        self.unit = unit
        self._utf16: Utf16Map | None = None
        self._clusters: ClusterIndexMap | None = None
        self.spans: dict[str, SpanRecord] = {}
        self.relations: list[RelationRecord] = []
        self._relation_keys: set[str] = set()
        self.ok = True
        self.offset_hint = ""
        """Added to every offset problem (doccano: which ``--offset-unit`` to try)."""

    def error(self, where: str, message: str, line: int | None = None) -> None:
        self.ok = False
        self.ctx.error(self.file, self.line if line is None else line, f"{where}: {message}" if where else message)

    def warn(self, where: str, message: str, line: int | None = None) -> None:
        self.ctx.warn(self.file, self.line if line is None else line, f"{where}: {message}" if where else message)

    @property
    def utf16(self) -> Utf16Map:
        if self._utf16 is None:
            self._utf16 = Utf16Map(self.raw_text)
        return self._utf16

    def raw_offsets(self, start: Any, end: Any, where: str, unit: OffsetUnit | None = None) -> Fragment | None:
        """``(start, end)`` in code points over the raw text, from the file's ``unit``; None (and
        a problem) when they are no integers, reversed, or outside the text."""
        if type(start) is not int or type(end) is not int:
            self.error(where, f"offsets must be integers, not {json_type(start)} and {json_type(end)}")
            return None
        if (unit or self.unit) is OffsetUnit.UTF16:
            try:
                return self.utf16.to_codepoint(start), self.utf16.to_codepoint(end)
            except ValueError as exc:
                self.error(where, f"UTF-16 offsets [{start}, {end}]: {exc}")
                return None
        if (unit or self.unit) is OffsetUnit.GRAPHEME:
            if self._clusters is None:
                self._clusters = ClusterIndexMap(self.raw_text)
            try:
                return self._clusters.to_codepoint(start), self._clusters.to_codepoint(end)
            except ValueError as exc:
                self.error(where, f"grapheme cluster offsets [{start}, {end}]: {exc}{self.offset_hint}")
                return None
        if not (0 <= start <= end <= len(self.raw_text)):
            self.error(where, f"offsets [{start}, {end}] run outside the text (length {len(self.raw_text)}){self.offset_hint}")
            return None
        return start, end

    def fragment(self, start: Any, end: Any, where: str, unit: OffsetUnit | None = None) -> Fragment | None:
        """One fragment in stored-text code points, from the file's offsets."""
        raw = self.raw_offsets(start, end, where, unit)
        return None if raw is None else self.stored(raw, where)

    def stored(self, raw: Fragment, where: str) -> Fragment | None:
        """A raw code-point fragment moved onto the newline-normalised text."""
        start, end = raw
        for offset in (start, end):
            if self._remap.splits_crlf(offset):
                self.error(where, f"offset {offset} falls between a CR and its LF")
                return None
        return self._remap.to_normalized(start), self._remap.to_normalized(end)

    def covered(self, raw: Fragment) -> str:
        return self.raw_text[raw[0] : raw[1]]

    def matching(self, start: int, end: int, expected: str, where: str) -> Fragment | None:
        """Raw code-point offsets whose text is ``expected``: as given, else read as UTF-16
        units (an old export that counted an emoji as two), repaired with a warning."""
        if 0 <= start <= end <= len(self.raw_text) and self.raw_text[start:end] == expected:
            return start, end
        try:
            moved = self.utf16.to_codepoint(start), self.utf16.to_codepoint(end)
        except ValueError:
            moved = None
        if moved is not None and moved != (start, end) and self.covered(moved) == expected:
            self.warn(where, f"offsets [{start}, {end}] count UTF-16 units (an emoji as two); read as code points {list(moved)}")
            return moved
        shown = self.raw_text[start:end] if 0 <= start <= end <= len(self.raw_text) else "outside the text"
        self.error(where, f"its text {expected!r} does not match the text at [{start}, {end}]: {shown!r}")
        return None

    def span(
        self,
        key: str,
        label: Any,
        fragments: Sequence[Fragment],
        where: str,
        *,
        attributes: Mapping[str, str] | None = None,
        note: str = "",
        annotator: str = "",
        origin: Origin = Origin.IMPORTED,
        line: int | None = None,
    ) -> SpanRecord | None:
        """Adds a span (fragments already in stored-text code points); None when refused."""
        if key in self.spans:
            self.error(f"{where}.id", f"{key!r} is used by another span", line)
            return None
        if not isinstance(label, str) or not label:
            self.error(f"{where}.label", "missing" if label is None else "must be a non-empty string", line)
            return None
        ordered = tuple(sorted(fragments))
        reason = check_fragments(self.text, ordered)
        if reason:
            self.error(where, reason + self.offset_hint, line)
            return None
        attributes = dict(attributes or {})
        record = SpanRecord(key, label, ordered, attributes, note, annotator, origin, self.line if line is None else line)
        self.spans[key] = record
        return record

    def relation(
        self,
        key: str,
        type_: Any,
        head: str,
        tail: str,
        where: str,
        *,
        attributes: Mapping[str, str] | None = None,
        annotator: str = "",
        origin: Origin = Origin.IMPORTED,
        line: int | None = None,
    ) -> RelationRecord | None:
        """Adds a relation between two spans added before (by key); None when refused."""
        if key in self._relation_keys:
            self.error(f"{where}.id", f"{key!r} is used by another relation", line)
            return None
        if not isinstance(type_, str) or not type_:
            self.error(f"{where}.type", "missing" if type_ is None else "must be a non-empty string", line)
            return None
        for role, ref in (("head", head), ("tail", tail)):
            if ref not in self.spans:
                self.error(f"{where}.{role}", f"refers to span {ref!r}, which this document does not have", line)
                return None
        record = RelationRecord(key, type_, head, tail, dict(attributes or {}), annotator, origin, self.line if line is None else line)
        self._relation_keys.add(key)
        self.relations.append(record)
        return record

    def strings(self, value: Any, where: str) -> dict[str, str]:
        """A JSON object of scalars as ``{key: text}`` (meta, attributes); lists and objects
        inside are kept as their JSON text."""
        if value is None:
            return {}
        if not isinstance(value, dict):
            self.error(where, f"must be an object, not {json_type(value)}")
            return {}
        return {str(key): as_text(item) for key, item in value.items() if item is not None}

    def record(
        self,
        name: str,
        *,
        title: str | None = None,
        language: str = "hi",
        meta: Mapping[str, str] | None = None,
        status: DocumentStatus = DocumentStatus.NEW,
    ) -> DocumentRecord | None:
        if not self.text.strip():
            self.error("text", "the text is empty")
        if not self.ok:
            return None
        return DocumentRecord(
            name=name,
            text=self.text,
            title=title_of(self.text) if title is None else title,
            language=language,
            meta=dict(meta or {}),
            status=status,
            spans=tuple(self.spans.values()),
            relations=tuple(self.relations),
            source=self.file,
            line=self.line,
        )


def as_text(value: Any) -> str:
    """A JSON value as a meta or attribute string: scalars as text, the rest as compact JSON."""
    text = scalar_text(value)
    return text if text is not None else json.dumps(value, ensure_ascii=False, sort_keys=True)


def document_name(value: Any, default: str) -> str:
    """A file's document id as a name (``12`` → ``"12"``); ``default`` when absent or blank."""
    if isinstance(value, bool) or value is None:
        return default
    if isinstance(value, str | int):
        text = str(value)
        return text if text.strip() else default
    return default
