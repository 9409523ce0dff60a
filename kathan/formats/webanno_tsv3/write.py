"""Writing WebAnno TSV 3.3 as INCEpTION's own serializer lays it out, one ``NAME.tsv`` per document.

Tokens and sentences come from ``kathan.text``; every span goes to the span layer and every
relation to the relation layer of ``kathan.formats.inception``. Span boundaries inside a
token become sub-token rows, multi-token and stacked spans get ``[N]`` ids, relations sit on
their tail's row with the head's unit in the ``BT_`` column, all as INCEpTION places them.
Whitespace between sentences is kept exactly: where INCEpTION's reader would not rebuild it
(anything but one line break and spaces) it is written at the end of the sentence before.
What TSV cannot hold is counted in the report: discontinuous spans (written as one span per
fragment, relations on the first), span edges in whitespace (trimmed to the tokens), line
breaks before the first sentence (spaces on reading).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from kathan.formats.base import DocumentCounter, ExportReport, LossLog, Progress, ReadContext
from kathan.formats.inception import (
    LABEL_FEATURE,
    RELATION_LAYER,
    SPAN_LAYER,
    document_path,
    output_folder,
    schema_attributes,
    utf16_report,
)
from kathan.formats.webanno_tsv3.read import TsvDocumentReader
from kathan.model import AnnotatedDocument, KathanError, Relation, Span
from kathan.schema import Schema
from kathan.text.graphemes import is_cluster_boundary
from kathan.text.offsets import Utf16Map
from kathan.text.scripts import text_language
from kathan.text.sentences import split_sentences
from kathan.text.tokens import Token, tokenize

FORMAT_LINE = "#FORMAT=WebAnno TSV 3.3"
_REBUILT_GAP = re.compile(r"\n *")
"""Whitespace between sentences that INCEpTION's reader rebuilds from the offsets alone."""
_VALUE_ESCAPES = str.maketrans(
    {"\\": "\\\\", "[": "\\[", "]": "\\]", "|": "\\|", "_": "\\_", ";": "\\;", "\t": "\\t", "\n": "\\n", "*": "\\*"}
)
_TEXT_ESCAPES = str.maketrans(
    {
        **{chr(i): "\\" + chr(i) for i in range(32) if not 7 < i < 14},
        "\t": "\\t",
        "\n": "\\n",
        "\f": "\\f",
        "\r": "\\r",
        "\b": "\\b",
        "\\": "\\\\",
    }
)


def escape_value(value: str) -> str:
    """A feature value escaped as ``Escaping.escapeValue`` does (``->`` too)."""
    return value.translate(_VALUE_ESCAPES).replace("->", "\\->")


def escape_text(text: str) -> str:
    """A ``#Text`` line escaped as ``Escaping.escapeText`` does (TSV 3.2+)."""
    return text.translate(_TEXT_ESCAPES)


@dataclass
class _Unit:
    """A token row or a sub-token row; ``layers`` holds its annotations per layer, in stacking order."""

    sentence: int
    position: int
    begin: int
    end: int
    parent: _Unit | None = None
    index: int = 0
    subunits: list[_Unit] = field(default_factory=list)
    spans: list[_Piece] = field(default_factory=list)
    relations: list[tuple[Relation, _Piece, _Piece]] = field(default_factory=list)

    @property
    def id(self) -> str:
        if self.parent is not None:
            return f"{self.parent.id}.{self.index}"
        return f"{self.sentence}-{self.position}"

    def sub(self, begin: int, end: int) -> _Unit:
        for unit in self.subunits:
            if (unit.begin, unit.end) == (begin, end):
                return unit
        unit = _Unit(self.sentence, self.position, begin, end, self, len(self.subunits) + 1)
        self.subunits.append(unit)
        return unit


@dataclass(eq=False)
class _Piece:
    """One written span: a span's fragment, trimmed to tokens; ``number`` is its ``[N]`` id."""

    span: Span
    start: int
    end: int
    home: _Unit | None = None
    number: int = 0


class _Layout:
    """The sentences, token units and placed annotations of one document."""

    def __init__(self, annotated: AnnotatedDocument, losses: LossLog) -> None:
        self.document = annotated.document
        self.text = annotated.document.text
        self.language = text_language(self.document.language, self.text)
        self.losses = losses
        self.tokens: list[Token] = tokenize(self.text, self.language)
        self.starts = [t.start for t in self.tokens]
        self.ends = [t.end for t in self.tokens]
        self.units: list[_Unit] = []
        self.sentences: list[tuple[str, list[_Unit]]] = []
        self.numbers = 0
        self.pieces: list[_Piece] = []
        self.first_piece: dict[int, _Piece] = {}
        self.relations = 0
        self.joined = -1
        """Where the rebuilt opening spaces would join the first token's character to them, if anywhere."""
        self.layout_sentences()
        for span in sorted(annotated.spans, key=lambda s: (s.start, -s.end, s.id)):
            self.place_span(span)
        for relation in annotated.relations:
            self.place_relation(relation)

    def note(self, kind: str, count: int = 1) -> None:
        self.losses.note(kind, self.document.name, count)

    def layout_sentences(self) -> None:
        if not self.tokens:
            if self.text:
                self.note("documents without a token, written without text (TSV holds text in sentences of tokens)")
            return
        text = self.text
        sentence_starts = [s.start for s in split_sentences(text, self.language)]
        groups: list[list[int]] = []
        current = -1
        for index, token in enumerate(self.tokens):
            sentence = bisect_right(sentence_starts, token.start) - 1
            if sentence != current or not groups:
                groups.append([])
                current = sentence
            groups[-1].append(index)
        leading = text[:self.tokens[0].start]
        if leading.strip(" "):
            self.note("line breaks or tabs before the first sentence, read back as spaces")
            rebuilt = " " * len(leading) + text[len(leading):len(leading) + 8]
            if not is_cluster_boundary(rebuilt, len(leading)):
                self.joined = len(leading)
        for number, group in enumerate(groups, start=1):
            first, last = self.tokens[group[0]], self.tokens[group[-1]]
            following = self.tokens[groups[number][0]].start if number < len(groups) else len(text)
            gap = text[last.end:following]
            end = last.end if number < len(groups) and _REBUILT_GAP.fullmatch(gap) else following
            units = []
            for position, index in enumerate(group, start=1):
                token = self.tokens[index]
                units.append(_Unit(number, position, token.start, token.end))
            self.units.extend(units)
            self.sentences.append((text[first.start:end], units))

    def place_span(self, span: Span) -> None:
        if len(span.fragments) > 1:
            self.note("discontinuous spans, written as one span per fragment, their relations on the first (TSV spans are contiguous)")
        for start, end in span.fragments:
            first = bisect_right(self.ends, start)
            last = bisect_left(self.starts, end) - 1
            if first > last:
                self.note("spans of only whitespace, not written (TSV spans cover tokens)")
                continue
            begin_token, end_token = self.units[first], self.units[last]
            trimmed = (max(start, begin_token.begin), min(end, end_token.end))
            if trimmed != (start, end):
                self.note("span edges in whitespace, trimmed to the tokens (INCEpTION's rule)")
            if self.joined in trimmed:
                raise KathanError(
                    f"document {self.document.name!r}: span {span.id} begins or ends at {self.joined}, where the text's "
                    f"opening line break or tab meets U+{ord(self.text[self.joined]):04X}; WebAnno TSV holds no text "
                    "before the first token and rebuilds it as spaces, which join that character into one cluster with "
                    "them, so the span would cut it: export this document in a format that keeps the whole text (JSONL)"
                )
            piece = _Piece(span, *trimmed)
            self.pieces.append(piece)
            self.first_piece.setdefault(span.id, piece)
            self.assign(piece, first, last)

    def assign(self, piece: _Piece, first: int, last: int) -> None:
        """Puts ``piece`` on its units as ``Tsv3XCasDocumentBuilder`` does (sub-tokens where it cuts a token)."""
        begin, end = piece.start, piece.end
        begin_token, end_token = self.units[first], self.units[last]
        single = first == last
        if begin_token.begin == begin and end_token.end == end:
            piece.home = begin_token
            for unit in self.units[first:last + 1]:
                self.add(unit, piece)
        else:
            if begin_token.begin < begin:
                unit = begin_token.sub(begin, min(begin_token.end, end))
                piece.home = unit
                self.add(unit, piece)
            if begin <= begin_token.begin and begin_token.end <= end:
                self.add(begin_token, piece)
                piece.home = begin_token
            if end_token.end > end:
                unit = end_token.sub(max(end_token.begin, begin), end)
                self.add(unit, piece)
                if single:
                    piece.home = unit
            elif not single:
                self.add(end_token, piece)
            for unit in self.units[first + 1:last]:
                self.add(unit, piece)
        if not single:
            self.number(piece)

    def add(self, unit: _Unit, piece: _Piece) -> None:
        if piece in unit.spans:
            return
        unit.spans.append(piece)
        if len(unit.spans) > 1:
            for stacked in unit.spans:
                self.number(stacked)

    def number(self, piece: _Piece) -> None:
        if not piece.number:
            self.numbers += 1
            piece.number = self.numbers

    def place_relation(self, relation: Relation) -> None:
        """Puts ``relation`` on its tail's row. An end on sub-token 10 or later gets an ``[N]`` id:
        INCEpTION parses a unit reference with a one-digit sub-token only (``1-3.9``)."""
        head, tail = self.first_piece.get(relation.head), self.first_piece.get(relation.tail)
        if head is None or tail is None or head.home is None or tail.home is None:
            self.note("relations to a span not written, left out")
            return
        for end in (head, tail):
            if end.home is not None and end.home.index > 9:
                self.number(end)
        tail.home.relations.append((relation, head, tail))
        self.relations += 1


def tsv_content(annotated: AnnotatedDocument, schema: Schema | None, losses: LossLog) -> tuple[str, _Layout]:
    """The TSV text of one document, and its layout (what the written file must give back)."""
    layout = _Layout(annotated, losses)
    name = annotated.document.name
    span_declared, relation_declared = schema_attributes(schema)
    span_features = _features((p.span.attributes for p in layout.pieces), span_declared)
    relation_features = _features((r.attributes for r in annotated.relations), relation_declared)
    for owner, features in (("span", span_features), ("relation", relation_features)):
        if LABEL_FEATURE in features:
            features.remove(LABEL_FEATURE)
            losses.note(f"{owner} attributes named {LABEL_FEATURE!r} (INCEpTION's label feature), not written", name)
    lines = [FORMAT_LINE]
    if layout.pieces:
        lines.append("#T_SP=" + "|".join([SPAN_LAYER, LABEL_FEATURE, *span_features]))
    if layout.relations:
        lines.append("#T_RL=" + "|".join([RELATION_LAYER, LABEL_FEATURE, *relation_features, "BT_" + SPAN_LAYER]))
    lines.append("")
    utf16 = Utf16Map(layout.text)
    text = layout.text
    for sentence_text, units in layout.sentences:
        lines.append("")
        lines.extend("#Text=" + escape_text(line) for line in sentence_text.split("\n"))
        for token in units:
            for unit in (token, *token.subunits):
                cells = [unit.id, f"{utf16.to_utf16(unit.begin)}-{utf16.to_utf16(unit.end)}", text[unit.begin:unit.end]]
                if layout.pieces:
                    cells.extend(_span_cells(unit, span_features))
                if layout.relations:
                    cells.extend(_relation_cells(unit, relation_features))
                lines.append("\t".join(cells) + "\t")
    if any(p.span.note for p in layout.pieces):
        losses.note("span notes, not written (TSV has no place for them)", name)
    return "\n".join(lines) + "\n", layout


def _span_cells(unit: _Unit, features: list[str]) -> list[str]:
    if not unit.spans:
        return ["_"] * (1 + len(features))
    cells = []
    for feature in (None, *features):
        values = []
        for piece in unit.spans:
            raw = piece.span.label if feature is None else piece.span.attributes.get(feature)
            value = "*" if raw is None else escape_value(raw)
            values.append(f"{value}[{piece.number}]" if piece.number else value)
        cells.append("|".join(values))
    return cells


def _relation_cells(unit: _Unit, features: list[str]) -> list[str]:
    if not unit.relations:
        return ["_"] * (2 + len(features))
    cells = []
    for feature in (None, *features):
        values = []
        for relation, _, _ in unit.relations:
            raw = relation.type if feature is None else relation.attributes.get(feature)
            values.append("*" if raw is None else escape_value(raw))
        cells.append("|".join(values))
    sources = []
    for _, head, tail in unit.relations:
        assert head.home is not None
        reference = head.home.id
        if head.number or tail.number:
            reference += f"[{head.number}_{tail.number}]"
        sources.append(reference)
    cells.append("|".join(sources))
    return cells


def _features(found: Iterable[Mapping[str, str]], declared: list[str]) -> list[str]:
    """The schema's attribute names, then any others met, sorted."""
    names = dict.fromkeys(declared)
    for attributes in found:
        names.update(dict.fromkeys(sorted(attributes)))
    return list(names)


def write_webanno_tsv(
    docs: Iterable[AnnotatedDocument], out: Path, schema: Schema | None = None, progress: Progress | None = None
) -> ExportReport:
    """Writes ``out/NAME.tsv`` per document, each checked by reading it back."""
    out = output_folder(out, "NAME.tsv files")
    counter = DocumentCounter(docs, progress)
    losses = LossLog()
    for annotated in counter:
        document = annotated.document
        if document.meta or document.status.value != "new" or document.language != "hi":
            losses.note("document language, status and metadata, not written (TSV has no place for them)", document.name)
        content, layout = tsv_content(annotated, schema, losses)
        path = document_path(out, document.name, ".tsv", losses)
        with path.open("w", encoding="utf-8", newline="\n") as handle:
            handle.write(content)
        verify_written(path, layout)
    return utf16_report(counter, losses)


def verify_written(path: Path, layout: _Layout) -> None:
    """Reads ``path`` back and checks the text and every span against what was meant to be written."""
    ctx = ReadContext()
    record = TsvDocumentReader(ctx, str(path)).read(path.read_text(encoding="utf-8"), layout.document.name)
    text = layout.text
    if layout.tokens:
        lead = layout.tokens[0].start
        expected_text = " " * lead + text[lead:]
    else:
        expected_text = ""
    problems = [str(p) for p in ctx.fatal]
    if record is None:
        raise KathanError(f"{path}: the written file does not read back: {'; '.join(problems)}")
    if record.text != expected_text:
        raise KathanError(f"{path}: the written file reads back with another text (a bug in Kathan's TSV writer)")
    written = sorted((p.span.label, p.start, p.end) for p in layout.pieces)
    read = sorted((s.label, s.fragments[0][0], s.fragments[0][1]) for s in record.spans)
    if written != read or len(record.relations) != layout.relations:
        raise KathanError(f"{path}: the written file reads back with other spans or relations (a bug in Kathan's TSV writer)")
