"""brat standoff: ``NAME.txt`` + ``NAME.ann`` pairs, and an ``annotation.conf`` built from the schema.

Read: ``T`` (fragments; ``30 37; 120 127`` accepted with a warning), ``R`` (any two role
names, trailing TAB tolerated), ``A``/``M`` (binary as ``"true"``, or valued), ``#`` notes
(span notes), forward references. Offsets are code points over the raw ``.txt``; a ``T``
whose text does not match is retried as UTF-16 units (old brat, emoji) before it is refused.
CRLF text is stored with LF and offsets are moved. Other line types (E, N, ``*``) are kept
out with a warning until brat interop is complete.

Write: LF text, ids ``T1.. R1.. A1.. #1..`` per document in span order, a span crossing a
line break split at each ``\\n`` into trimmed fragments (brat's own rule), binary attributes
without a value, notes as ``AnnotatorNotes``. Names with ``/`` become subfolders; unsafe or
colliding names get safe, unique file names (``output.FileNames``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kathan.formats.base import (
    DocumentCounter,
    ExportReport,
    Format,
    Layout,
    LossLog,
    Progress,
    ReadContext,
    Source,
)
from kathan.formats.output import FileNames
from kathan.model import (
    AnnotatedDocument,
    DocumentRecord,
    Fragment,
    InputError,
    RelationRecord,
    Span,
    SpanRecord,
)
from kathan.schema import AttributeType, Schema
from kathan.text.decode import OffsetRemap, normalize_newlines, read_text_file, title_of
from kathan.text.graphemes import is_cluster_boundary
from kathan.text.offsets import Utf16Map
from kathan.validate import check_fragments, check_relation

EXAMPLE = Path(__file__).resolve().parent / "examples" / "brat"
NOTE_TYPE = "AnnotatorNotes"
_IGNORED_KINDS = {"E": "events", "N": "normalizations", "*": "equivalences"}


# Reading


def read_brat(sources: Sequence[Source], ctx: ReadContext) -> Iterator[DocumentRecord]:
    """Reads pairs; sources may name the ``.txt``, the ``.ann`` or both of a pair."""
    seen: set[Path] = set()
    for source in sources:
        base = source.path.with_suffix("")
        size = source.size
        if base in seen:
            ctx.advance(size)
            continue
        seen.add(base)
        txt_path = source.path.with_suffix(".txt")
        ann_path = source.path.with_suffix(".ann")
        try:
            if not txt_path.exists():
                ctx.error(str(ann_path), 0, f"no {txt_path.name} beside it (brat needs NAME.txt with NAME.ann)")
                continue
            record = _read_pair(source.name, txt_path, ann_path, ctx)
        finally:
            ctx.advance(size)
        if record is not None:
            yield record


def _read_pair(name: str, txt_path: Path, ann_path: Path, ctx: ReadContext) -> DocumentRecord | None:
    try:
        raw = read_text_file(txt_path)
    except InputError as exc:
        ctx.extend(exc.problems)
        return None
    text, remap = normalize_newlines(raw)
    spans: tuple[SpanRecord, ...] = ()
    relations: tuple[RelationRecord, ...] = ()
    if ann_path.exists():
        try:
            ann = read_text_file(ann_path, allow_empty=True)
        except InputError as exc:
            ctx.extend(exc.problems)
            return None
        parsed = _AnnReader(ctx, str(ann_path), raw, text, remap, _bom_length(txt_path)).read(ann)
        if parsed is None:
            return None
        spans, relations = parsed
    return DocumentRecord(
        name=name, text=text, title=title_of(text), spans=spans, relations=relations, source=str(txt_path)
    )


@dataclass
class _Span:
    key: str
    label: str
    fragments: tuple[Fragment, ...]
    line: int
    attributes: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


@dataclass
class _Relation:
    key: str
    type: str
    args: tuple[tuple[str, str], tuple[str, str]]
    line: int
    attributes: dict[str, str] = field(default_factory=dict)


class _AnnReader:
    """Reads one ``.ann``: a first pass collects every line by id, a second resolves references."""

    def __init__(
        self, ctx: ReadContext, file: str, raw: str, text: str, remap: OffsetRemap, bom: int = 0
    ) -> None:
        self.ctx = ctx
        self.bom = bom
        self.file = file
        self.raw = raw
        self.text = text
        self.remap = remap
        self.ok = True
        self.spans: dict[str, _Span] = {}
        self.relations: dict[str, _Relation] = {}
        self.ignored: dict[str, str] = {}
        self.broken: set[str] = set()
        self.ids: dict[str, int] = {}
        self.later: list[tuple[int, str, str, str]] = []
        self.utf16_spans = 0
        self.lf_spans = 0
        self._utf16_maps: dict[bool, Utf16Map] = {}
        """UTF-16 maps of the raw text (True) and the LF text (False), built when first needed."""

    def error(self, line: int, message: str) -> None:
        self.ok = False
        self.ctx.error(self.file, line, message)

    def warn(self, line: int, message: str) -> None:
        self.ctx.warn(self.file, line, message)

    def read(self, ann: str) -> tuple[tuple[SpanRecord, ...], tuple[RelationRecord, ...]] | None:
        for number, line in enumerate(ann.split("\n"), start=1):
            line = line.rstrip("\r")
            if line.strip():
                self.parse_line(number, line)
        for number, kind, ident, rest in self.later:
            if kind == "R":
                self.relation(number, ident, rest)
        for number, kind, ident, rest in self.later:
            if kind in "AM":
                self.attribute(number, ident, rest)
            elif kind == "#":
                self.note(number, ident, rest)
        if self.utf16_spans:
            self.warn(0, f"{self.utf16_spans} spans count UTF-16 units (old brat); converted to code points")
        if self.lf_spans:
            self.warn(
                0,
                f"{self.lf_spans} spans count LF line ends while the .txt has CRLF "
                "(line ends changed after annotation, e.g. by git); read as counted on LF",
            )
        if not self.ok:
            return None
        spans = tuple(
            SpanRecord(
                key=s.key,
                label=s.label,
                fragments=s.fragments,
                attributes=s.attributes,
                note="\n".join(s.notes),
                line=s.line,
            )
            for s in self.spans.values()
        )
        relations = tuple(
            RelationRecord(
                key=r.key, type=r.type, head=r.args[0][1], tail=r.args[1][1], attributes=r.attributes, line=r.line
            )
            for r in self.relations.values()
            if r.key not in self.broken
        )
        return spans, relations

    def parse_line(self, number: int, line: str) -> None:
        ident, tab, rest = line.partition("\t")
        if not tab:
            self.error(number, f"not a brat annotation line (no TAB after the id): {line[:40]!r}")
            return
        kind = ident[:1]
        if kind == "*":
            self.warn(number, "equivalence lines (*) are not supported yet: ignored")
            return
        if ident in self.ids:
            self.error(number, f"id {ident} is already used on line {self.ids[ident]}")
            return
        self.ids[ident] = number
        if kind == "T":
            self.text_bound(number, ident, rest)
        elif kind in "RAM#":
            self.later.append((number, kind, ident, rest))
        else:
            what = _IGNORED_KINDS.get(kind, f"lines of type {kind!r}")
            self.ignored[ident] = what
            self.warn(number, f"{what} ({ident}) are not supported yet: ignored")

    def text_bound(self, number: int, ident: str, rest: str) -> None:
        data, tab, covered = rest.partition("\t")
        label, _, offsets = data.partition(" ")
        fragments: list[Fragment] = []
        for piece in offsets.split(";"):
            if piece != piece.strip() and piece.strip():
                self.warn(number, f"{ident}: a space around ';' in the offsets ({offsets!r}); brat itself refuses this")
            parts = piece.split()
            if len(parts) != 2 or not all(_is_int(p) for p in parts):
                self.error(number, f"{ident}: offsets must be 'START END[;START END]...', got {offsets!r}")
                self.broken.add(ident)
                return
            fragments.append((int(parts[0]), int(parts[1])))
        if not label:
            self.error(number, f"{ident}: missing label")
            self.broken.add(ident)
            return
        matched = self.match(fragments, covered if tab else None)
        if matched is None:
            shown = " ".join(self.raw[max(0, s):max(0, e)] for s, e in fragments)
            if not tab:
                message = f"offsets {offsets} run outside the text (length {len(self.raw)}) or are reversed"
            else:
                message = (
                    f"the text {covered!r} does not match the text at {offsets} ({shown!r}), "
                    "counted in code points or in UTF-16 units"
                )
            self.error(number, f"{ident}: {message}")
            self.broken.add(ident)
            return
        if matched != sorted(matched):
            self.warn(number, f"{ident}: fragments were not in text order; sorted")
            matched = sorted(matched)
        stored: list[Fragment] = []
        for start, end in matched:
            for offset in (start, end):
                if self.remap.splits_crlf(offset):
                    self.error(number, f"{ident}: offset {offset} falls between a CR and its LF")
                    self.broken.add(ident)
                    return
            stored.append((self.remap.to_normalized(start), self.remap.to_normalized(end)))
        reason = check_fragments(self.text, stored)
        if reason:
            self.error(number, f"{ident}: {reason}")
            self.broken.add(ident)
            return
        schema = self.ctx.schema
        if schema is not None and schema.label(label) is None:
            known = ", ".join(schema.label_names)
            self.error(number, f"{ident}: unknown label {label!r} (schema {schema.name!r} has {known})")
        self.spans[ident] = _Span(ident, label, tuple(stored), number)

    def match(self, fragments: list[Fragment], covered: str | None) -> list[Fragment] | None:
        """The fragments in code points over the raw text, trying UTF-16 units when they do not fit.

        brat reads the ``.txt`` without dropping a BOM, so after a BOM its offsets are one more
        than ours; both counts are tried, brat's first. When a CRLF file fits neither, the
        offsets may count LF line ends (the ``.txt`` got its CRs after annotation, as git's
        autocrlf does): tried last, and only with the covered text to confirm them.
        """
        found = self._match_in(self.raw, fragments, covered)
        if found is not None or covered is None or self.remap.is_identity:
            return found
        found = self._match_in(self.text, fragments, covered)
        if found is None:
            return None
        self.lf_spans += 1
        to_raw = self.remap.to_raw
        return [(to_raw(s), to_raw(e)) for s, e in found]

    def _match_in(self, text: str, fragments: list[Fragment], covered: str | None) -> list[Fragment] | None:
        """``fragments`` as code points over ``text`` where they cover ``covered`` (code points first, then UTF-16)."""
        shifts = (self.bom, 0) if self.bom else (0,)
        for shift in shifts:
            shifted = [(s - shift, e - shift) for s, e in fragments]
            if _fits(text, shifted, covered):
                return shifted
        if covered is None:
            return None
        key = text is self.raw
        utf16 = self._utf16_maps.get(key)
        if utf16 is None:
            utf16 = self._utf16_maps[key] = Utf16Map(text)
        if utf16.is_identity:
            return None
        to_codepoint = utf16.to_codepoint
        for shift in shifts:
            try:
                result = [(to_codepoint(s - shift), to_codepoint(e - shift)) for s, e in fragments]
            except ValueError:
                continue
            if _fits(text, result, covered):
                self.utf16_spans += 1
                return result
        return None

    def target(self, number: int, ident: str, ref: str) -> _Span | _Relation | None:
        if ref in self.spans:
            return self.spans[ref]
        if ref in self.relations:
            return self.relations[ref]
        if ref in self.ignored:
            self.warn(number, f"{ident} refers to {ref}, one of the {self.ignored[ref]} not supported yet: ignored")
        elif ref not in self.broken:
            self.error(number, f"{ident} refers to {ref}, which this file does not have")
        self.broken.add(ident)
        return None

    def relation(self, number: int, ident: str, rest: str) -> None:
        data = rest.split("\t", 1)[0]
        parts = data.split()
        args = [p.partition(":") for p in parts[1:]]
        if len(parts) != 3 or any(not sep or not role or not ref for role, sep, ref in args):
            self.error(number, f"{ident}: a relation needs 'TYPE ROLE1:ID ROLE2:ID', got {data!r}")
            self.broken.add(ident)
            return
        (role1, _, ref1), (role2, _, ref2) = args
        if role1 == role2:
            self.error(number, f"{ident}: the two arguments need different role names (both {role1!r})")
            self.broken.add(ident)
            return
        if (role1, role2) == ("Arg2", "Arg1"):
            (role1, ref1), (role2, ref2) = (role2, ref2), (role1, ref1)
        ends = []
        for ref in (ref1, ref2):
            end = self.target(number, ident, ref)
            if end is not None and not isinstance(end, _Span):
                self.error(number, f"{ident}: {ref} is a relation; a relation links two text-bound spans")
                self.broken.add(ident)
                return
            ends.append(end)
        if ident in self.broken:
            return
        head, tail = ends
        assert isinstance(head, _Span) and isinstance(tail, _Span)
        if self.ctx.schema is not None and self.ctx.schema.label(head.label) and self.ctx.schema.label(tail.label):
            reason = check_relation(self.ctx.schema, parts[0], head.label, tail.label)
            if reason:
                self.error(number, f"{ident}: {reason}")
        self.relations[ident] = _Relation(ident, parts[0], ((role1, ref1), (role2, ref2)), number)

    def attribute(self, number: int, ident: str, rest: str) -> None:
        parts = rest.split("\t", 1)[0].split(" ", 2)
        if len(parts) < 2 or not parts[0] or not parts[1]:
            self.error(number, f"{ident}: an attribute needs 'NAME TARGET [VALUE]', got {rest!r}")
            return
        name, ref = parts[0], parts[1]
        value = parts[2] if len(parts) == 3 else "true"
        target = self.target(number, ident, ref)
        if target is None:
            return
        if name in target.attributes:
            self.warn(number, f"{ident}: {ref} already has attribute {name}; the later value {value!r} wins")
        target.attributes[name] = value
        schema = self.ctx.schema
        if schema is None:
            return
        if isinstance(target, _Span):
            if schema.label(target.label) is not None:
                reason = schema.check_attributes(target.label, {name: value})
                if reason:
                    self.error(number, f"{ident}: {reason}")
        else:
            relation_type = schema.relation(target.type)
            if relation_type is not None:
                attribute = next((a for a in relation_type.attributes if a.name == name), None)
                if attribute is None:
                    self.error(number, f"{ident}: relation {target.type} has no attribute {name!r}")
                elif not attribute.allows(value):
                    allowed = ", ".join(attribute.values)
                    self.error(number, f"{ident}: attribute {name}={value!r} is not one of {allowed}")

    def note(self, number: int, ident: str, rest: str) -> None:
        data, _, note = rest.partition("\t")
        parts = data.split()
        if len(parts) != 2:
            self.error(number, f"{ident}: a note needs 'TYPE TARGET<TAB>text', got {data!r}")
            return
        note_type, ref = parts
        target = self.target(number, ident, ref)
        if target is None:
            return
        if not isinstance(target, _Span):
            self.warn(number, f"{ident}: a note on relation {ref} has no place in Kathan: ignored")
            return
        if note_type != NOTE_TYPE:
            self.warn(number, f"{ident}: note type {note_type!r} read as a plain note")
        target.notes.append(note)


def _fits(text: str, fragments: list[Fragment], covered: str | None) -> bool:
    """Whether ``fragments`` lie in ``text`` and cover ``covered`` (brat joins fragments with a space)."""
    length = len(text)
    if not all(0 <= s <= e <= length for s, e in fragments):
        return False
    if covered is None:
        return True
    pieces = [text[s:e] for s, e in fragments]
    return covered in (" ".join(pieces), "".join(pieces))


def _bom_length(path: Path) -> int:
    """1 when the file starts with a BOM (brat counts it as a character), else 0."""
    try:
        with path.open("rb") as handle:
            head = handle.read(3)
    except OSError:
        return 0
    return int(head.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")))


def _is_int(text: str) -> bool:
    return text.isascii() and text.lstrip("-").isdigit()


# Writing


def brat_fragments(text: str, fragments: Sequence[Fragment]) -> list[Fragment]:
    """The fragments brat can hold: each one crossing a line break is split at every ``\\n``
    and the pieces trimmed of surrounding whitespace (never inside a grapheme cluster)."""
    result: list[Fragment] = []
    for start, end in fragments:
        if "\n" not in text[start:end]:
            result.append((start, end))
            continue
        piece_start = start
        while piece_start <= end:
            newline = text.find("\n", piece_start, end)
            piece_end = end if newline < 0 else newline
            trimmed = _trim(text, piece_start, piece_end)
            if trimmed is not None:
                result.append(trimmed)
            if newline < 0:
                break
            piece_start = newline + 1
    return result


def _trim(text: str, start: int, end: int) -> Fragment | None:
    while start < end and text[start].isspace() and is_cluster_boundary(text, start + 1):
        start += 1
    while end > start and text[end - 1].isspace() and is_cluster_boundary(text, end - 1):
        end -= 1
    return (start, end) if start < end else None


def ann_text(annotated: AnnotatedDocument, schema: Schema | None, losses: LossLog) -> str:
    """The ``.ann`` of one document (what ``write_brat`` writes beside its ``.txt``)."""
    document = annotated.document
    text = document.text
    name = document.name
    lines: list[str] = []
    keys: dict[int, str] = {}
    attribute_lines: list[tuple[str, str, str, AttributeType | None]] = []
    notes: list[tuple[str, str]] = []
    ordered = sorted(annotated.spans, key=lambda s: (s.start, s.end, s.fragments, s.label, s.id))
    number = 0
    for span in ordered:
        fragments = brat_fragments(text, span.fragments)
        if not fragments:
            losses.note("spans of only line breaks and spaces, not written (brat cannot hold them)", name)
            continue
        if fragments != list(span.fragments):
            losses.note("spans crossing a line break, written split at each line break (brat's rule)", name)
        number += 1
        key = f"T{number}"
        keys[span.id] = key
        offsets = ";".join(f"{s} {e}" for s, e in fragments)
        covered = " ".join(text[s:e] for s, e in fragments)
        lines.append(f"{key}\t{span.label} {offsets}\t{covered}")
        label_type = schema.label(span.label) if schema is not None else None
        for attr_name, value in sorted(span.attributes.items()):
            spec = label_type.attribute(attr_name) if label_type is not None else None
            attribute_lines.append((key, attr_name, value, spec))
        if span.note:
            notes.append((key, span.note))
        if span.annotator or span.origin.value != "imported":
            losses.note("span annotator and origin, not written (brat has no place for them)", name)
    relations = sorted(
        (
            (int(keys[r.head][1:]), int(keys[r.tail][1:]), r.type, r.id, r)
            for r in annotated.relations
            if r.head in keys and r.tail in keys
        ),
    )
    losses.note("relations to a span not written, dropped", name, len(annotated.relations) - len(relations))
    for rel_number, (*_, relation) in enumerate(relations, start=1):
        key = f"R{rel_number}"
        lines.append(f"{key}\t{relation.type} Arg1:{keys[relation.head]} Arg2:{keys[relation.tail]}")
        relation_type = schema.relation(relation.type) if schema is not None else None
        for attr_name, value in sorted(relation.attributes.items()):
            spec = next((a for a in relation_type.attributes if a.name == attr_name), None) if relation_type else None
            attribute_lines.append((key, attr_name, value, spec))
    for attr_number, (key, attr_name, value, spec) in enumerate(attribute_lines, start=1):
        if "\n" in value or "\t" in value:
            losses.note("attribute values with line breaks or tabs, written with spaces", name)
            value = " ".join(value.split())
        binary = value == "true" and (spec is None or not spec.values or spec.values == ("true",))
        tail = "" if binary else f" {value}"
        lines.append(f"A{attr_number}\t{attr_name} {key}{tail}")
    for note_number, (key, note) in enumerate(notes, start=1):
        if "\n" in note or "\t" in note:
            losses.note("notes with line breaks or tabs, written on one line", name)
            note = " ".join(note.split())
        lines.append(f"#{note_number}\t{NOTE_TYPE} {key}\t{note}")
    return "".join(line + "\n" for line in lines)


def write_brat(
    docs: Iterable[AnnotatedDocument], out: Path, schema: Schema | None = None, progress: Progress | None = None
) -> ExportReport:
    """Writes ``out/NAME.txt`` and ``out/NAME.ann`` per document and one ``annotation.conf``.

    Called through ``registry.write``, ``out`` is a fresh folder that ``output`` moves into place.
    """
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    counter = DocumentCounter(docs, progress)
    losses = LossLog()
    seen = _Seen()
    names = FileNames((".txt", ".ann"))
    for annotated in counter:
        document = annotated.document
        relative = names.path_for(document.name)
        if relative != document.name:
            losses.note("document names that are unsafe or taken as file names, written under another name", document.name)
        if document.meta or document.status.value != "new":
            losses.note("document status and metadata, not written (brat has no place for them)", document.name)
        base = out / relative
        base.parent.mkdir(parents=True, exist_ok=True)
        for suffix, content in ((".txt", document.text), (".ann", ann_text(annotated, schema, losses))):
            _write(base.with_name(base.name + suffix), content)
        seen.add(annotated)
    _write(out / "annotation.conf", annotation_conf(schema, seen))
    if schema is not None:
        _write(out / "visual.conf", visual_conf(schema))
    return counter.report(losses)


def _write(path: Path, content: str) -> None:
    with path.open("x", encoding="utf-8", newline="\n") as handle:
        handle.write(content)


class _Seen:
    """Labels, relation types and attributes met while writing, for a schema-less ``annotation.conf``."""

    def __init__(self) -> None:
        self.labels: dict[str, None] = {}
        self.relations: dict[str, tuple[set[str], set[str]]] = {}
        self.attributes: dict[str, tuple[dict[str, None], dict[str, None]]] = {}

    def add(self, annotated: AnnotatedDocument) -> None:
        labels = {span.id: span.label for span in annotated.spans}
        for span in annotated.spans:
            self.labels.setdefault(span.label)
            self._attributes(span.label, span)
        for relation in annotated.relations:
            heads, tails = self.relations.setdefault(relation.type, (set(), set()))
            heads.add(labels.get(relation.head, ""))
            tails.add(labels.get(relation.tail, ""))
            for name, value in relation.attributes.items():
                owners, values = self.attributes.setdefault(name, ({}, {}))
                owners.setdefault(relation.type)
                values.setdefault(value)

    def _attributes(self, owner: str, span: Span) -> None:
        for name, value in span.attributes.items():
            owners, values = self.attributes.setdefault(name, ({}, {}))
            owners.setdefault(owner)
            values.setdefault(value)


def annotation_conf(schema: Schema | None, seen: _Seen | None = None) -> str:
    """brat's ``annotation.conf``: all four sections; from the schema, plus whatever the data used."""
    seen = seen or _Seen()
    labels: dict[str, None] = {}
    relations: dict[str, tuple[list[str], list[str]]] = {}
    attributes: dict[str, tuple[dict[str, None], dict[str, None]]] = {}
    if schema is not None:
        for label in schema.labels:
            labels.setdefault(label.name)
            for attribute in label.attributes:
                owners, values = attributes.setdefault(attribute.name, ({}, {}))
                owners.setdefault(label.name)
                values.update(dict.fromkeys(attribute.values))
        for relation in schema.relations:
            relations[relation.name] = (sorted(relation.heads), sorted(relation.tails))
            for attribute in relation.attributes:
                owners, values = attributes.setdefault(attribute.name, ({}, {}))
                owners.setdefault(relation.name)
                values.update(dict.fromkeys(attribute.values))
    labels.update(dict.fromkeys(seen.labels))
    for name, (heads, tails) in seen.relations.items():
        if name not in relations:
            relations[name] = (sorted(h for h in heads if h), sorted(t for t in tails if t))
    for name, (owners, values) in seen.attributes.items():
        known_owners, known_values = attributes.setdefault(name, ({}, {}))
        known_owners.update(owners)
        if schema is None:
            known_values.update(values)
    lines = ["# Written by Kathan from the project's schema.", "[entities]"]
    lines.extend(labels)
    lines.append("")
    lines.append("[relations]")
    for name, (heads, tails) in relations.items():
        lines.append(f"{name}\tArg1:{'|'.join(heads) or '<ENTITY>'}, Arg2:{'|'.join(tails) or '<ENTITY>'}")
    lines.append("")
    lines.append("[events]")
    lines.append("")
    lines.append("[attributes]")
    for name, (owners, values) in attributes.items():
        spec = f"{name}\tArg:{'|'.join(owners)}"
        value_list = [] if set(values) <= {"true"} else list(values)
        if value_list:
            spec += f", Value:{'|'.join(value_list)}"
        lines.append(spec)
    return "\n".join(lines) + "\n"


def visual_conf(schema: Schema) -> str:
    """brat's ``visual.conf``: display names (Devanagari allowed) and the schema's colours."""
    lines = ["[labels]"]
    lines.extend(f"{label.name} | {label.display}" for label in schema.labels)
    lines.extend(f"{relation.name} | {relation.display}" for relation in schema.relations)
    lines.append("")
    lines.append("[drawing]")
    lines.extend(f"{label.name}\tbgColor:{label.colour.lower()}" for label in schema.labels)
    return "\n".join(lines) + "\n"


def sniff_brat(path: Path) -> bool:
    """An ``.ann`` file, or a ``.txt`` with an ``.ann`` beside it."""
    suffix = path.suffix.lower()
    return suffix == ".ann" or (suffix == ".txt" and path.with_suffix(".ann").is_file())


FORMAT = Format(
    name="brat",
    title="brat standoff",
    extensions=(".ann", ".txt"),
    description="brat standoff: NAME.txt + NAME.ann pairs (folders recursively), annotation.conf on export",
    reader=read_brat,
    writer=write_brat,
    examples=(EXAMPLE,),
    sniff=sniff_brat,
    writes=Layout.FOLDER,
    priority=50,
    companions=frozenset({"annotation.conf", "visual.conf", "tools.conf", "kb_shortcuts.conf"}),
)
