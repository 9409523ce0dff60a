"""Reading WebAnno TSV 3.x (INCEpTION's ``ctsv3``), following INCEpTION's own deserializer.

The text is rebuilt from the ``#Text`` lines: each sentence starts at its first token's
offset, after one line break (dropped when the next sentence starts right away) and spaces
as padding, as INCEpTION does; the line break INCEpTION adds after the last sentence is
dropped. Offsets count UTF-16 units and are converted through ``Utf16Map``. Span layers give
spans (stacked, multi-token, sub-token; labels and attributes as ``kathan.formats.inception``
maps them), relation layers relations (``Governor`` → ``Dependent``), chains a span per link
and a relation between consecutive links, slot features a relation from the host to each
filler, typed by its role. Zero-length annotations have no place in Kathan and are left out
with a warning, as is everything attached to them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from kathan.formats.base import ReadContext, Source
from kathan.formats.inception import label_and_attributes, short_name
from kathan.model import DocumentRecord, InputError, RelationRecord, SpanRecord
from kathan.text.decode import read_text_file, title_of
from kathan.text.offsets import Utf16Map
from kathan.validate import check_fragments

FORMAT_PREFIX = "#FORMAT=WebAnno TSV 3"
_FORMAT = re.compile(r"^#FORMAT=(?P<name>.*) (?P<major>\d+)\.(?P<minor>\d+)$")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_UNIT_ID = re.compile(r"^(\d+)-(\d+)(?:\.(\d+))?$")
_OFFSETS = re.compile(r"^(\d+)-(\d+)$")
_CHAIN_SUFFIX = re.compile(r"^(?P<value>.*)->(?P<chain>\d+)-(?P<element>\d+)$", re.DOTALL)
ANY_ANNOTATION = "uima.tcas.Annotation"
TOKEN_TYPE = "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token"
DEPENDENCY_TYPE = "de.tudarmstadt.ukp.dkpro.core.api.syntax.type.dependency.Dependency"

_ESCAPED = {"t": "\t", "n": "\n", "f": "\f", "r": "\r", "b": "\b"}
_VALUE_ESCAPE = re.compile(r"\\(->|[\\\[\]|_;tn*])")
_TEXT_ESCAPE = re.compile(r"\\([tnfrb\\\x00-\x07\x0e-\x1f])")
_JAVA_ESCAPE = re.compile(r"\\(u[0-9A-Fa-f]{4}|[tnfrb\\\"'])")


def _unescaped(match: re.Match[str]) -> str:
    escaped = match[1]
    if len(escaped) == 5:
        return chr(int(escaped[1:], 16))
    return _ESCAPED.get(escaped, escaped)


def unescape_value(raw: str) -> str:
    """A feature value as written escaped (``Escaping.unescapeValue``)."""
    return _VALUE_ESCAPE.sub(_unescaped, raw) if "\\" in raw else raw


def unescape_text(raw: str, minor: int) -> str:
    """A ``#Text`` line as written escaped: TSV 3.2+ escapes controls, 3.0 and 3.1 used Java escapes."""
    if "\\" not in raw:
        return raw
    return (_TEXT_ESCAPE if minor >= 2 else _JAVA_ESCAPE).sub(_unescaped, raw)


def split_unescaped(raw: str, separator: str) -> list[str]:
    """``raw`` split at every ``separator`` not escaped by a backslash (escapes stay as written)."""
    if separator not in raw:
        return [raw]
    pieces: list[str] = []
    start = i = 0
    while i < len(raw):
        char = raw[i]
        if char == "\\":
            i += 2
            continue
        if char == separator:
            pieces.append(raw[start:i])
            start = i + 1
        i += 1
    pieces.append(raw[start:])
    return pieces


def _disambiguation(raw: str) -> tuple[str, str | None]:
    """``raw`` without a trailing unescaped ``[N]`` / ``[N_M]``, and what was inside it."""
    if not raw.endswith("]"):
        return raw, None
    opening = raw.rfind("[")
    if opening < 0 or not re.fullmatch(r"\d+(?:_\d+)?", raw[opening + 1:-1]):
        return raw, None
    backslashes = len(raw[:opening]) - len(raw[:opening].rstrip("\\"))
    if backslashes % 2:
        return raw, None
    return raw[:opening], raw[opening + 1:-1]


@dataclass(frozen=True, slots=True)
class _Column:
    """One annotation column: its layer, kind (``span``/``relation``/``chain``) and role in it."""

    layer: str
    kind: str
    role: str
    """``feature``, ``placeholder``, ``slot_role``, ``slot_target``, ``source``, ``chain_type``, ``chain_link``."""
    feature: str = ""
    target: str = ""


@dataclass
class _Annotation:
    layer: str
    kind: str
    begin: int
    end: int
    line: int
    values: dict[str, str | None] = field(default_factory=dict)
    source: tuple[str, int, int, int] | None = None
    """For a relation: (source unit id, source id, target id, line)."""
    slots: list[str | None] = field(default_factory=list)
    slot_targets: list[str] = field(default_factory=list)
    slot_feature: str = ""
    target_layer: str = ""
    unit: _Unit | None = None
    key: str = ""


@dataclass
class _Unit:
    id: str
    begin: int
    end: int
    text: str
    line: int
    layers: dict[str, list[_Annotation]] = field(default_factory=dict)
    subunits: list[_Unit] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class _Link:
    """A relation to be: its type, attributes and the annotations it joins (head → tail)."""

    type: str
    attributes: dict[str, str]
    head: _Annotation
    tail: _Annotation
    line: int


class TsvError(Exception):
    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line


class TsvDocumentReader:
    """Reads one TSV file's content into spans, relations and the rebuilt text."""

    def __init__(self, ctx: ReadContext, file: str) -> None:
        self.ctx = ctx
        self.file = file
        self.minor = 3
        self.columns: list[_Column] = []
        self.features: dict[str, list[str]] = {}
        self.annotations: list[_Annotation] = []
        self.by_id: dict[int, _Annotation] = {}
        self.sentences: list[list[_Unit]] = []
        self.units: dict[str, _Unit] = {}
        self.chains: dict[tuple[str, int], dict[int, _Annotation]] = {}
        self.failed = False

    def error(self, line: int, message: str) -> None:
        self.failed = True
        self.ctx.error(self.file, line, message)

    def warn(self, line: int, message: str) -> None:
        self.ctx.warn(self.file, line, message)

    def read(self, content: str, name: str) -> DocumentRecord | None:
        lines = _LINE_BREAK.split(content)
        if lines and lines[-1] == "":
            lines.pop()
        try:
            position = self.header(lines)
            text16 = self.content(lines, position)
        except TsvError as exc:
            self.error(exc.line, str(exc))
            return None
        return self.record(text16, name)

    # Header

    def header(self, lines: list[str]) -> int:
        first = lines[0] if lines else ""
        match = _FORMAT.match(first)
        if not match:
            raise TsvError(1, f"not a WebAnno TSV file: the first line must be '#FORMAT=WebAnno TSV 3.3', got {first[:60]!r}")
        if match["name"] != "WebAnno TSV" or match["major"] != "3":
            raise TsvError(1, f"{match['name']} {match['major']}.{match['minor']} is not WebAnno TSV 3.x, the version Kathan reads")
        self.minor = int(match["minor"])
        number = 1
        while number < len(lines) and lines[number].strip():
            line = lines[number]
            number += 1
            kind = {"#T_SP=": "span", "#T_RL=": "relation", "#T_CH=": "chain"}.get(line[:6])
            if kind is None:
                number -= 1
                break
            self.layer(number, kind, line[6:])
        return number

    def layer(self, number: int, kind: str, declaration: str) -> None:
        fields = [f for f in declaration.split("|") if f]
        if not fields:
            raise TsvError(number, "a layer declaration without a type name")
        layer = fields[0]
        declared = self.features.setdefault(layer, [])
        previous: _Column | None = None
        for entry in fields[1:]:
            column: _Column
            if kind == "span" and entry.startswith("ROLE_"):
                parts = entry.split("_")
                feature = parts[1].partition(":")[2] if len(parts) > 1 else ""
                if not feature:
                    raise TsvError(number, f"cannot read the slot feature declaration {entry!r}")
                column = _Column(layer, kind, "slot_role", feature)
            elif kind == "relation" and entry.startswith("BT_"):
                column = _Column(layer, kind, "source", target=entry[3:])
            elif kind == "chain" and entry in ("referenceType", "referenceRelation"):
                column = _Column(layer, kind, "chain_type" if entry == "referenceType" else "chain_link", entry)
            elif kind == "span" and "." in entry:
                if previous is None or previous.role != "slot_role":
                    raise TsvError(number, f"the slot target type {entry!r} does not follow a ROLE_ column")
                column = _Column(layer, kind, "slot_target", previous.feature, entry)
            else:
                column = _Column(layer, kind, "feature", entry)
                declared.append(entry)
            self.columns.append(column)
            previous = column
        if len(fields) == 1:
            self.columns.append(_Column(layer, kind, "placeholder"))

    # Content

    def content(self, lines: list[str], number: int) -> list[str]:
        """Reads sentences and units; returns the document text's pieces (UTF-16 offsets of the units)."""
        text: list[str] = []
        length16 = 0
        pending: list[str] = []
        state = "between"
        token: _Unit | None = None
        expected = len(self.columns) + 3
        for index in range(number, len(lines)):
            line = lines[index]
            line_number = index + 1
            if not line:
                state = "between"
                continue
            if line.startswith("#") and state in ("between", "header"):
                state = "header"
                if line.startswith("#Text="):
                    pending.append(unescape_text(line[6:], self.minor))
                continue
            if state == "between":
                raise TsvError(line_number, f"expected a sentence (#Text=...) here, got {line[:60]!r}")
            fields = line.split("\t")
            if len(fields) < expected:
                raise TsvError(
                    line_number,
                    f"expected {expected} TAB-separated fields (id, offsets, token and {len(self.columns)} columns), found {len(fields)}",
                )
            unit_id = fields[0]
            id_match = _UNIT_ID.match(unit_id)
            offsets = _OFFSETS.match(fields[1])
            if not id_match or not offsets:
                raise TsvError(line_number, f"expected 'SENTENCE-TOKEN' and 'BEGIN-END', got {fields[0]!r} and {fields[1]!r}")
            begin, end = int(offsets[1]), int(offsets[2])
            if begin > end:
                raise TsvError(line_number, f"offsets {fields[1]} are reversed")
            unit = _Unit(unit_id, begin, end, fields[2], line_number)
            if id_match[3] is None:
                if state == "header":
                    if length16 > begin:
                        if length16 != begin + 1 or not text or not text[-1].endswith("\n"):
                            raise TsvError(line_number, f"token {unit_id} starts at {begin}, inside the sentence before it")
                        text[-1] = text[-1][:-1]
                        length16 -= 1
                    if length16 < begin:
                        text.append(" " * (begin - length16))
                        length16 = begin
                    sentence_text = "".join(piece + "\n" for piece in pending)
                    text.append(sentence_text)
                    length16 += _utf16_length(sentence_text)
                    pending = []
                    self.sentences.append([])
                self.sentences[-1].append(unit)
                token = unit
                state = "token"
            else:
                if token is None:
                    raise TsvError(line_number, f"sub-token {unit_id} comes before any token")
                token.subunits.append(unit)
            if unit_id in self.units:
                raise TsvError(line_number, f"unit {unit_id} appears twice")
            self.units[unit_id] = unit
            self.annotations_of(unit, fields)
        return text

    def annotations_of(self, unit: _Unit, fields: list[str]) -> None:
        order = sorted(range(len(self.columns)), key=lambda i: self.columns[i].role == "chain_type")
        for index in order:
            column = self.columns[index]
            raw = fields[index + 3]
            if raw == "_":
                continue
            for stack, value in enumerate(split_unescaped(raw, "|")):
                self.annotation(unit, column, stack, value)

    def annotation(self, unit: _Unit, column: _Column, stack: int, raw: str) -> None:
        value, info = (raw, None) if column.role == "slot_target" else _disambiguation(raw)
        on_unit = unit.layers.setdefault(column.layer, [])
        if column.kind == "chain":
            chain = None
            if info is None:
                match = _CHAIN_SUFFIX.match(value)
                if match:
                    value, chain = match["value"], (int(match["chain"]), int(match["element"]))
            if column.role == "chain_link":
                if chain is None:
                    raise TsvError(unit.line, f"a chain link needs 'VALUE->CHAIN-ELEMENT', got {raw!r}")
                elements = self.chains.setdefault((column.layer, chain[0]), {})
                found = elements.get(chain[1])
                if found is None:
                    found = self.new(column, unit)
                    elements[chain[1]] = found
                else:
                    found.end = unit.end
                on_unit.append(found)
                found.values[column.feature] = None if value == "*" else unescape_value(value)
            elif stack < len(on_unit):
                on_unit[stack].values[column.feature] = None if value == "*" else unescape_value(value)
            return
        annotation = on_unit[stack] if stack < len(on_unit) else None
        number = int(info) if info is not None and column.kind == "span" and info.isdigit() else None
        if annotation is None and number is not None:
            annotation = self.by_id.get(number)
            if annotation is not None:
                on_unit.append(annotation)
                annotation.end = unit.end
        if annotation is None:
            annotation = self.new(column, unit)
            on_unit.append(annotation)
        if number is not None:
            self.by_id.setdefault(number, annotation)
        if column.role == "feature":
            annotation.values[column.feature] = None if value == "*" else unescape_value(value)
        elif column.role == "source":
            source_id, target_id = 0, 0
            if info is not None:
                left, _, right = info.partition("_")
                source_id, target_id = int(left), int(right or 0)
            annotation.source = (value, source_id, target_id, unit.line)
            annotation.target_layer = column.target
        elif column.role == "slot_role":
            annotation.slot_feature = column.feature
            if value != "_":
                annotation.slots = [None if v == "*" else unescape_value(v) for v in split_unescaped(value, ";")]
        elif column.role == "slot_target":
            annotation.target_layer = column.target
            if value not in ("_", "*"):
                annotation.slot_targets = split_unescaped(value, ";")

    def new(self, column: _Column, unit: _Unit) -> _Annotation:
        annotation = _Annotation(column.layer, column.kind, unit.begin, unit.end, unit.line, unit=unit)
        self.annotations.append(annotation)
        return annotation

    # Resolution

    def resolve(self, layer: str, unit_id: str, number: int, line: int) -> _Annotation:
        if number > 0:
            found = self.by_id.get(number)
            if found is None:
                raise TsvError(line, f"no annotation has the disambiguation id [{number}]")
            return found
        unit = self.units.get(unit_id)
        if unit is None:
            raise TsvError(line, f"refers to unit {unit_id}, which the file does not have")
        if layer == TOKEN_TYPE:
            return self.token_span(unit)
        if layer == ANY_ANNOTATION:
            candidates = [a for annotations in unit.layers.values() for a in annotations if a.kind == "span"]
        else:
            candidates = unit.layers.get(layer, [])
        if not candidates:
            raise TsvError(line, f"refers to a {short_name(layer)} on unit {unit_id}, which has none")
        return candidates[0]

    def token_span(self, unit: _Unit) -> _Annotation:
        """The span standing for a token that a relation joins (relations over tokens, e.g. dependencies)."""
        existing = unit.layers.get(TOKEN_TYPE)
        if existing:
            return existing[0]
        annotation = self.new(_Column(TOKEN_TYPE, "span", "placeholder"), unit)
        unit.layers[TOKEN_TYPE] = [annotation]
        return annotation

    def links(self) -> list[_Link]:
        """Every relation, slot link and chain link, with both ends resolved."""
        links: list[_Link] = []
        for annotation in self.annotations:
            try:
                links.extend(self.links_of(annotation))
            except TsvError as exc:
                self.error(exc.line, str(exc))
        for (layer, _), elements in sorted(self.chains.items()):
            ordered = [elements[i] for i in sorted(elements)]
            chain_name = short_name(layer).removesuffix("Link") or short_name(layer)
            for left, right in zip(ordered, ordered[1:], strict=False):
                relation_type = left.values.get("referenceRelation") or chain_name
                links.append(_Link(relation_type, {}, left, right, right.line))
        return links

    def links_of(self, annotation: _Annotation) -> list[_Link]:
        if annotation.kind == "relation":
            if annotation.source is None:
                raise TsvError(annotation.line, f"{short_name(annotation.layer)}: a relation without its BT_ source column")
            unit_id, source_id, target_id, line = annotation.source
            assert annotation.unit is not None
            attach = TOKEN_TYPE if annotation.layer == DEPENDENCY_TYPE else annotation.target_layer
            head = self.resolve(attach, unit_id, source_id, line)
            tail = self.resolve(attach, annotation.unit.id, target_id, line)
            label, attributes = label_and_attributes(annotation.layer, self.features.get(annotation.layer, ()), annotation.values, self.known_relation)
            return [_Link(label, attributes, head, tail, line)]
        if not annotation.slot_targets:
            return []
        if len(annotation.slot_targets) != len(annotation.slots):
            raise TsvError(annotation.line, f"{len(annotation.slots)} slot roles but {len(annotation.slot_targets)} slot fillers")
        links = []
        for role, reference in zip(annotation.slots, annotation.slot_targets, strict=True):
            if reference in ("*", "_"):
                continue
            unit_id, info = _disambiguation(reference)
            filler = self.resolve(annotation.target_layer, unit_id, int(info or 0), annotation.line)
            links.append(_Link(role or annotation.slot_feature, {}, annotation, filler, annotation.line))
        return links

    def record(self, text16: list[str], name: str) -> DocumentRecord | None:
        full = "".join(text16)
        utf16 = Utf16Map(full)
        text = full[:-1] if full.endswith("\n") else full
        self.check_units(full, utf16)
        if self.failed:
            return None
        links = self.links()
        spans: list[SpanRecord] = []
        zero_length = 0
        for annotation in self.annotations:
            if annotation.kind == "relation":
                continue
            begin, end = utf16.to_codepoint(annotation.begin), utf16.to_codepoint(annotation.end)
            if begin == end:
                zero_length += 1
                continue
            reason = check_fragments(text, [(begin, end)])
            if reason:
                self.error(annotation.line, f"{short_name(annotation.layer)}: {reason}")
                continue
            label, attributes = label_and_attributes(annotation.layer, self.features.get(annotation.layer, ()), annotation.values, self.known_label)
            annotation.key = f"T{len(spans) + 1}"
            spans.append(SpanRecord(annotation.key, label, ((begin, end),), attributes, line=annotation.line))
        relations: list[RelationRecord] = []
        dropped = 0
        for link in links:
            if not link.head.key or not link.tail.key:
                dropped += 1
                continue
            key = f"R{len(relations) + 1}"
            relations.append(RelationRecord(key, link.type, link.head.key, link.tail.key, link.attributes, line=link.line))
        if zero_length:
            self.warn(0, f"{zero_length} zero-length annotations left out (a Kathan span covers at least one character)")
        if dropped:
            self.warn(0, f"{dropped} relations, slot or chain links to a zero-length annotation left out")
        record = DocumentRecord(
            name=name, text=text, title=title_of(text), spans=tuple(spans), relations=tuple(relations), source=self.file
        )
        return None if self.failed else record


    def known_label(self, label: str) -> bool:
        """Whether the project's schema has ``label`` (any label does without a schema): the
        schema may map a layer's value to an attribute of the layer's label, never refuse it."""
        return self.ctx.schema is None or self.ctx.schema.label(label) is not None

    def known_relation(self, type_: str) -> bool:
        return self.ctx.schema is None or self.ctx.schema.relation(type_) is not None

    def check_units(self, full: str, utf16: Utf16Map) -> None:
        """Every unit's offsets lie in the text, on whole characters, and cover the token text it gives."""
        for unit in self.units.values():
            try:
                begin, end = utf16.to_codepoint(unit.begin), utf16.to_codepoint(unit.end)
            except ValueError as exc:
                self.error(unit.line, f"unit {unit.id} {unit.begin}-{unit.end} (UTF-16 units): {exc}")
                continue
            if full[begin:end] != unit.text:
                self.error(
                    unit.line,
                    f"unit {unit.id} gives the text {unit.text!r}, but {unit.begin}-{unit.end} (UTF-16 units) "
                    f"of the sentence text is {full[begin:end]!r}",
                )


def _utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def read_webanno_tsv(sources: Sequence[Source], ctx: ReadContext) -> Iterator[DocumentRecord]:
    """Reads each ``.tsv`` file as one document named after it."""
    for source in sources:
        try:
            try:
                content = read_text_file(source.path)
            except InputError as exc:
                ctx.extend(exc.problems)
                continue
            record = TsvDocumentReader(ctx, str(source.path)).read(content, source.name)
        finally:
            ctx.advance(source.size)
        if record is not None:
            yield record
