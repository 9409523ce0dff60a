"""brat standoff: ``NAME.txt`` + ``NAME.ann`` pairs, and ``annotation.conf`` (see ``brat_conf``).

Read: ``T`` (fragments; ``30 37; 120 127`` accepted with a warning), ``R`` (any two role
names, trailing TAB tolerated), ``A``/``M`` (binary as ``"true"``, or valued), ``#``
``AnnotatorNotes`` (span notes), forward references. Offsets are code points over the raw
``.txt``; a ``T`` whose text does not match is retried as UTF-16 units (old brat, emoji)
before it is refused. CRLF text is stored with LF and offsets are moved. Ids are kept
(``SpanRecord.key``). Lines the model has no place for (``E``, ``N``, ``*``, notes of other
types or on relations, attributes of events) are kept verbatim in the document's meta
(``brat.standoff``) and written back; role names other than ``Arg1``/``Arg2`` likewise
(``brat.roles``).

Write: LF text; spans and relations keep their brat ids (others numbered around them); a
span crossing a line break split at each ``\\n`` into trimmed fragments (brat's own rule);
binary attributes without a value; each note line as an ``AnnotatorNotes`` line; kept lines
written back unless what they refer to is gone; names with ``/`` become subfolders; one
``annotation.conf`` that brat's verifier accepts (``<OVERLAP>`` for every overlapping pair).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kathan.formats.base import (
    DocumentCounter,
    assign_keys,
    ExportReport,
    Format,
    Layout,
    LossLog,
    Progress,
    ReadContext,
    Source,
)
from kathan.formats.brat_conf import CONF_NAME, Seen, annotation_conf, read_annotation_conf, visual_conf
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
from kathan.text.decode import OffsetRemap, normalize_newlines, open_regular, read_text_file, title_of
from kathan.text.graphemes import is_cluster_boundary
from kathan.text.offsets import Utf16Map
from kathan.validate import check_fragments

EXAMPLE = Path(__file__).resolve().parent / "examples" / "brat"
NOTE_TYPE = "AnnotatorNotes"
KEPT_LINES = "brat.standoff"
"""Document ``meta`` key holding the ``.ann`` lines Kathan's model has no place for (``E``, ``N``,
``*``, notes of other types, and ``A``/``#`` lines on those), written back verbatim on export."""
ROLES = "brat.roles"
"""Document ``meta`` key holding relation role names other than ``Arg1``/``Arg2``: ``R3 Theme Cause`` a line."""
_KEPT_KINDS = {"E": "event", "N": "normalization", "*": "equivalence"}
_REFERENCE = re.compile(r"^(?:[^:\s]+:)?([TREAMN#][0-9]+)$")


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
    meta: dict[str, str] = {}
    if ann_path.exists():
        try:
            ann = read_text_file(ann_path, allow_empty=True)
        except InputError as exc:
            ctx.extend(exc.problems)
            return None
        reader = _AnnReader(ctx, str(ann_path), raw, text, remap, _bom_length(txt_path))
        parsed = reader.read(ann)
        if parsed is None:
            return None
        spans, relations = parsed
        if reader.kept:
            meta[KEPT_LINES] = "\n".join(reader.kept)
        if reader.roles:
            meta[ROLES] = "\n".join(f"{key} {a} {b}" for key, (a, b) in reader.roles.items())
    return DocumentRecord(
        name=name, text=text, title=title_of(text), meta=meta, spans=spans, relations=relations, source=str(txt_path)
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
        self.kept: list[str] = []
        """Lines kept verbatim, in file order."""
        self.kept_ids: dict[str, str] = {}
        """Ids of kept lines (``E1``, ``N1``) -> what they are."""
        self.kept_refs: list[tuple[int, str, list[str]]] = []
        self.roles: dict[str, tuple[str, str]] = {}
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
        for number, ident, refs in self.kept_refs:
            for ref in refs:
                if ref not in self.spans and ref not in self.relations and ref not in self.kept_ids:
                    self.error(number, f"{ident} refers to {ref}, which this file does not have")
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
            self.keep(number, ident, line)
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
            if kind not in _KEPT_KINDS:
                self.warn(number, f"{ident}: a line of unknown type {kind!r}, kept as it is")
            self.kept_ids[ident] = _KEPT_KINDS.get(kind, "line")
            self.keep(number, ident, line)

    def keep(self, number: int, ident: str, line: str) -> None:
        """Keeps ``line`` verbatim (written back on export), checking later that what it refers to exists."""
        self.kept.append(line)
        data = line.split("\t")[1] if "\t" in line else ""
        refs = [m.group(1) for token in data.split()[1:] if (m := _REFERENCE.match(token))]
        if ident.startswith("E") and data.split():  # "E0\t " has no trigger to refer to
            trigger = _REFERENCE.match(data.split()[0])
            refs = ([trigger.group(1)] if trigger else []) + refs
        self.kept_refs.append((number, ident, refs))

    def text_bound(self, number: int, ident: str, rest: str) -> None:
        data, tab, covered = rest.partition("\t")
        label, _, offsets = data.partition(" ")
        fragments: list[Fragment] = []
        for piece in offsets.split(";"):
            if piece != piece.strip() and piece.strip():
                self.warn(number, f"{ident}: a space around ';' in the offsets ({offsets!r}); brat itself refuses this")
            parts = piece.split()
            if len(parts) != 2 or not all(_is_int(p) for p in parts):
                self.error(number, f"{ident}: offsets must be 'START END[;START END]...', got {_shortened(offsets)!r}")
                self.broken.add(ident)
                return
            if any(len(p) > _MAX_OFFSET_DIGITS for p in parts):
                self.error(number, f"{ident}: an offset of more than {_MAX_OFFSET_DIGITS} digits ({_shortened(piece)!r})")
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
        if ref not in self.broken:
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
        if (role1, role2) != ("Arg1", "Arg2"):
            self.roles[ident] = (role1, role2)
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
        self.relations[ident] = _Relation(ident, parts[0], ((role1, ref1), (role2, ref2)), number)

    def attribute(self, number: int, ident: str, rest: str) -> None:
        parts = rest.split("\t", 1)[0].split(" ", 2)
        if len(parts) < 2 or not parts[0] or not parts[1]:
            self.error(number, f"{ident}: an attribute needs 'NAME TARGET [VALUE]', got {rest!r}")
            return
        name, ref = parts[0], parts[1]
        value = parts[2] if len(parts) == 3 else "true"
        if ref in self.kept_ids:
            self.keep(number, ident, f"{ident}\t{rest}")
            return
        target = self.target(number, ident, ref)
        if target is None:
            return
        if name in target.attributes:
            self.warn(number, f"{ident}: {ref} already has attribute {name}; the later value {value!r} wins")
        target.attributes[name] = value

    def note(self, number: int, ident: str, rest: str) -> None:
        data, _, note = rest.partition("\t")
        parts = data.split()
        if len(parts) != 2:
            self.error(number, f"{ident}: a note needs 'TYPE TARGET<TAB>text', got {data!r}")
            return
        note_type, ref = parts
        if ref in self.kept_ids:
            self.keep(number, ident, f"{ident}\t{rest}")
            return
        target = self.target(number, ident, ref)
        if target is None:
            return
        if not isinstance(target, _Span) or note_type != NOTE_TYPE:
            self.keep(number, ident, f"{ident}\t{rest}")
            return
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
        with open_regular(path) as handle:
            head = handle.read(3)
    except OSError:
        return 0
    return int(head.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")))


def _is_int(text: str) -> bool:
    return text.isascii() and text.lstrip("-").isdigit()


_MAX_OFFSET_DIGITS = 15
"""Longer offsets are refused before ``int()`` (which stops at 4,300 digits): no text is that long."""


def _shortened(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[:limit] + f"... ({len(text)} characters)"


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


_T_KEY = re.compile(r"^T[0-9]+$")
_R_KEY = re.compile(r"^R[0-9]+$")


def ann_text(annotated: AnnotatedDocument, schema: Schema | None, losses: LossLog, seen: Seen | None = None) -> str:
    """The ``.ann`` of one document (what ``write_brat`` writes beside its ``.txt``).

    Spans and relations keep the ids they had in an imported brat file (``T7``, ``R2``);
    others are numbered around them. Lines kept from the imported file (events,
    normalizations, equivalences...) are written back as they were, unless a span or relation
    they refer to is gone.
    """
    seen = seen if seen is not None else Seen()
    document = annotated.document
    text = document.text
    name = document.name
    kept = [line for line in document.meta.get(KEPT_LINES, "").split("\n") if line]
    kept_ids = {line.split("\t", 1)[0] for line in kept}
    lines: list[str] = []
    attribute_lines: list[tuple[str, str, str, AttributeType | None]] = []
    notes: list[tuple[str, str]] = []
    ordered = sorted(annotated.spans, key=lambda s: (s.start, s.end, s.fragments, s.label, s.id))
    writable = []
    for span in ordered:
        fragments = brat_fragments(text, span.fragments)
        if not fragments:
            losses.note("spans of only line breaks and spaces, not written (brat cannot hold them)", name)
            continue
        if fragments != list(span.fragments):
            losses.note("spans crossing a line break, written split at each line break (brat's rule)", name)
        writable.append((span, fragments))
    keys: dict[int, str] = {}
    labels: dict[str, str] = {}
    for (span, fragments), key in zip(
        writable, assign_keys([s.key for s, _ in writable], "T", _T_KEY.match), strict=True
    ):
        keys[span.id] = key
        labels[key] = span.label
        offsets = ";".join(f"{s} {e}" for s, e in fragments)
        covered = " ".join(text[s:e] for s, e in fragments)
        lines.append(f"{key}\t{span.label} {offsets}\t{covered}")
        seen.label(span.label)
        label_type = schema.label(span.label) if schema is not None else None
        for attr_name, value in sorted(span.attributes.items()):
            spec = label_type.attribute(attr_name) if label_type is not None else None
            attribute_lines.append((key, attr_name, value, spec))
            seen.attribute(attr_name, span.label, value)
        notes.extend((key, note) for note in span.note.split("\n") if span.note)
        if span.annotator or span.origin.value != "imported":
            losses.note("span annotator and origin, not written (brat has no place for them)", name)
    seen.spans([(span.label, fragments) for span, fragments in writable])
    position = {span.id: index for index, (span, _) in enumerate(writable)}
    relations = sorted(
        (r for r in annotated.relations if r.head in keys and r.tail in keys),
        key=lambda r: (position[r.head], position[r.tail], r.type, r.id),
    )
    losses.note("relations to a span not written, dropped", name, len(annotated.relations) - len(relations))
    roles = _roles(document.meta.get(ROLES, ""))
    relation_keys = assign_keys([r.key for r in relations], "R", _R_KEY.match)
    for key, relation in zip(relation_keys, relations, strict=True):
        role1, role2 = roles.get(relation.key, ("Arg1", "Arg2")) if relation.key == key else ("Arg1", "Arg2")
        lines.append(f"{key}\t{relation.type} {role1}:{keys[relation.head]} {role2}:{keys[relation.tail]}")
        seen.relation(relation.type, labels[keys[relation.head]], labels[keys[relation.tail]], (role1, role2))
        relation_type = schema.relation(relation.type) if schema is not None else None
        for attr_name, value in sorted(relation.attributes.items()):
            spec = next((a for a in relation_type.attributes if a.name == attr_name), None) if relation_type else None
            attribute_lines.append((key, attr_name, value, spec))
            seen.attribute(attr_name, relation.type, value)
    attribute_keys = _numbered("A", len(attribute_lines), kept_ids)
    for attr_key, (key, attr_name, value, spec) in zip(attribute_keys, attribute_lines, strict=True):
        if "\n" in value or "\t" in value:
            losses.note("attribute values with line breaks or tabs, written with spaces", name)
            value = " ".join(value.split())
        binary = value == "true" and (spec is None or not spec.values or spec.values == ("true",))
        tail = "" if binary else f" {value}"
        lines.append(f"{attr_key}\t{attr_name} {key}{tail}")
    for note_key, (key, note) in zip(_numbered("#", len(notes), kept_ids), notes, strict=True):
        if "\t" in note:
            losses.note("notes with tabs, written with spaces", name)
            note = note.replace("\t", " ")
        lines.append(f"{note_key}\t{NOTE_TYPE} {key}\t{note}")
    lines.extend(_kept_lines(kept, set(keys.values()) | set(relation_keys), labels, seen, losses, name))
    return "".join(line + "\n" for line in lines)


def _roles(text: str) -> dict[str, tuple[str, str]]:
    roles = {}
    for line in text.split("\n"):
        parts = line.split()
        if len(parts) == 3:
            roles[parts[0]] = (parts[1], parts[2])
    return roles


def _numbered(prefix: str, count: int, taken: set[str]) -> list[str]:
    return assign_keys([""] * count, prefix) if not taken else _numbered_around(prefix, count, taken)


def _numbered_around(prefix: str, count: int, taken: set[str]) -> list[str]:
    result = []
    number = 0
    while len(result) < count:
        number += 1
        if f"{prefix}{number}" not in taken:
            result.append(f"{prefix}{number}")
    return result


def _kept_lines(
    kept: list[str], written: set[str], labels: dict[str, str], seen: Seen, losses: LossLog, name: str
) -> list[str]:
    """The kept lines whose references are all still written (in file order), telling ``seen``
    the event types, equivalences and attributes they use."""
    references: dict[str, list[str]] = {}
    event_types: dict[str, str] = {}
    for line in kept:
        ident, _, rest = line.partition("\t")
        data = rest.split("\t", 1)[0].split()
        refs = [m.group(1) for token in data[1:] if (m := _REFERENCE.match(token))]
        if ident.startswith("E") and data:
            type_, _, trigger = data[0].partition(":")
            refs.append(trigger)
            event_types[ident] = type_
        references[line] = refs
    result = list(kept)
    while True:  # a line goes when what it refers to went, then the lines referring to it
        present = written | {line.split("\t", 1)[0] for line in result}
        still = [line for line in result if all(ref in present for ref in references[line])]
        if len(still) == len(result):
            break
        result = still
    losses.note("kept brat lines (events, normalizations...) whose span is gone, not written", name, len(kept) - len(result))
    for line in result:
        ident, _, rest = line.partition("\t")
        data = rest.split("\t", 1)[0].split()
        if ident.startswith("E") and data:
            type_, _, trigger = data[0].partition(":")
            arguments = [arg.partition(":") for arg in data[1:]]
            seen.event(
                type_,
                labels.get(trigger, type_),
                [(role, labels.get(ref) or event_types.get(ref, "")) for role, _, ref in arguments],
            )
        elif ident.startswith("*") and len(data) > 1:
            seen.equivalence(data[0], [labels[ref] for ref in data[1:] if ref in labels])
        elif ident[:1] in "AM" and len(data) >= 2:
            owner = labels.get(data[1]) or event_types.get(data[1])
            if owner:
                seen.attribute(data[0], owner, data[2] if len(data) > 2 else "true")
    return result


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
    seen = Seen()
    names = FileNames((".txt", ".ann"))
    renamed: dict[str, str] = {}
    for annotated in counter:
        document = annotated.document
        relative = names.path_for(document.name)
        if relative != document.name:
            renamed[document.name] = relative
            losses.note("document names that are unsafe or taken as file names, written under another name", document.name)
        own_meta = {k: v for k, v in document.meta.items() if not k.startswith("brat.")}
        if own_meta or document.status.value != "new":
            losses.note("document status and metadata, not written (brat has no place for them)", document.name)
        base = out / relative
        base.parent.mkdir(parents=True, exist_ok=True)
        for suffix, content in ((".txt", document.text), (".ann", ann_text(annotated, schema, losses, seen))):
            _write(base.with_name(base.name + suffix), content)
    _write(out / CONF_NAME, annotation_conf(schema, seen))
    if schema is not None:
        _write(out / "visual.conf", visual_conf(schema))
    return counter.report(losses, renamed=renamed)


def _write(path: Path, content: str) -> None:
    with path.open("x", encoding="utf-8", newline="\n") as handle:
        handle.write(content)


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
    schema_reader=read_annotation_conf,
    examples=(EXAMPLE,),
    sniff=sniff_brat,
    writes=Layout.FOLDER,
    priority=50,
    companions=frozenset({"annotation.conf", "visual.conf", "tools.conf", "kb_shortcuts.conf"}),
)
