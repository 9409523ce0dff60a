"""CoNLL columns: one token a line with its tags, a blank line after each sentence, documents
separated by ``-DOCSTART- -X- O O``.

Write (``scheme`` ``iob2``, the default, or ``bilou``; ``layers`` ``per-label``, the default,
or ``single``)::

    # columns = TOKEN QUOTE SPEAKER CUE ADDRESSEE CLAIM
    -DOCSTART- -X- O O

    # doc_id = news/lavrov-1
    रूस<TAB>O<TAB>O<TAB>...

Tokens and sentences come from the text layer (``kathan.text.tokens``, ``kathan.text.sentences``).
By default each label has its own tag column, so spans of different labels may overlap
(a CLAIM inside a QUOTE); ``single`` puts every label in one column, where the span covering
more characters wins. A span running over a sentence end stays one chunk (it continues with
``I-`` in the next sentence). A label list (every tag, one a line) is written beside the file
as ``NAME.labels``. ``plain`` leaves out the comment lines (``# columns``, ``# doc_id``), which
CoNLL-2003 readers that know no comments (spaCy's ``spacy convert -c ner``, ``conlleval``) would
take for tokens: documents are then told apart by ``-DOCSTART-`` alone and come back unnamed;
those readers take the tags from the last column, so ``plain`` goes with ``layers single``. What the columns cannot hold is counted in the report: overlapping spans of
one column, discontinuous spans (a chunk per fragment), span edges inside a token, relations,
attributes and notes.

Read: IOB1, IOB2 (BIO), IOBES and BILOU tags, TAB- or space-separated columns; the last column
holds the tags unless a ``# columns =`` line names them; ``-DOCSTART-`` lines (and CoNLL-U's
``# newdoc``) separate documents, ``# doc_id = NAME`` names them. Broken tags (an ``I-`` after
``O`` in an IOB2 file, ``-``, ``-NETI``) are repaired with a warning. The text is rebuilt from
the tokens: one space between tokens (a tab before a token that opens with a mark a space would
take into its grapheme cluster), a line break between sentences; offsets count code points of that
text.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

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
)
from kathan.formats.guards import MAX_JSON_BYTES, bounded_lines, check_size, head_text
from kathan.formats.output import atomic_output
from kathan.model import AnnotatedDocument, DocumentRecord, InputError, Span, SpanRecord
from kathan.schema import Schema
from kathan.text.decode import title_of
from kathan.text.graphemes import is_cluster_boundary
from kathan.text.scripts import text_language
from kathan.text.sentences import split_sentences
from kathan.text.tokens import tokenize
from kathan.validate import check_fragments

EXAMPLE = Path(__file__).resolve().parent / "examples" / "conll" / "golden.conll"
DOCSTART = "-DOCSTART- -X- O O"
SCHEMES = ("iob2", "bilou")
LAYERS = ("per-label", "single")
SINGLE_COLUMN = "TAG"
_WHITESPACE = re.compile(r"\s")
_TAG = re.compile(r"^(?:O|[BIESLU]-\S+)$")
_COMMENT = re.compile(r"^#\s*([A-Za-z_][\w.-]*(?: [\w.-]+)*)\s*=\s*(.*)$")


# Writing


def write_conll(
    docs: Iterable[AnnotatedDocument],
    out: Path,
    schema: Schema | None = None,
    progress: Progress | None = None,
    *,
    scheme: str = "iob2",
    layers: str = "per-label",
    docstart: bool = True,
    plain: bool = False,
) -> ExportReport:
    """Writes every document's tokens and tags to ``out`` and the tag list to ``NAME.labels``
    (both replaced only on success)."""
    if scheme not in SCHEMES or layers not in LAYERS:
        raise ValueError(f"scheme must be one of {SCHEMES} and layers one of {LAYERS}")
    out = Path(out)
    if schema is None:
        docs = list(docs)
        labels = list(dict.fromkeys(span.label for doc in docs for span in doc.spans))
    else:
        labels = list(schema.label_names)
    columns = labels if layers == "per-label" else [SINGLE_COLUMN]
    counter = DocumentCounter(docs, progress, relations=False)
    losses = LossLog()
    seen: dict[str, None] = {}
    with atomic_output(out) as handle:
        if not plain:
            handle.write(f"# columns = TOKEN {' '.join(columns)}\n")
        for annotated in counter:
            if docstart:
                handle.write(f"{DOCSTART}\n\n")
            if not plain:
                handle.write(f"# doc_id = {_one_line(annotated.document.name)}\n")
            handle.write(document_conll(annotated, labels, layers, scheme, losses, seen))
    with atomic_output(labels_path(out)) as handle:
        handle.write("".join(f"{tag}\n" for tag in tag_list(labels if not seen else _ordered(labels, seen), scheme)))
    unnamed = [f"document names: not written (plain); the {counter.documents} documents are told apart by -DOCSTART- only"]
    return counter.report(losses, extra=unnamed if plain and counter.documents else ())


def labels_path(out: Path) -> Path:
    """Where the tag list of the export ``out`` is written: ``train.conll`` -> ``train.labels``."""
    return out.with_suffix(".labels")


def tag_list(labels: Sequence[str], scheme: str) -> list[str]:
    prefixes = "BI" if scheme == "iob2" else "BILU"
    return ["O"] + [f"{prefix}-{label}" for label in labels for prefix in prefixes]


def _ordered(labels: Sequence[str], seen: dict[str, None]) -> list[str]:
    return [*labels, *(label for label in seen if label not in labels)]


def _one_line(name: str) -> str:
    return " ".join(name.split())


@dataclass
class _Column:
    """The tags of one column of one document, filled span by span."""

    size: int
    labels: list[str | None] = field(default_factory=list)
    starts: list[bool] = field(default_factory=list)
    ends: list[bool] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.labels = [None] * self.size
        self.starts = [False] * self.size
        self.ends = [False] * self.size

    def free(self, chunks: Sequence[range]) -> bool:
        return all(self.labels[i] is None for chunk in chunks for i in chunk)

    def put(self, label: str, chunks: Sequence[range]) -> None:
        for chunk in chunks:
            for i in chunk:
                self.labels[i] = label
            self.starts[chunk.start] = True
            self.ends[chunk.stop - 1] = True

    def tag(self, i: int, scheme: str) -> str:
        label = self.labels[i]
        if label is None:
            return "O"
        start, end = self.starts[i], self.ends[i]
        if scheme == "bilou":
            prefix = "U" if start and end else "B" if start else "L" if end else "I"
        else:
            prefix = "B" if start else "I"
        return f"{prefix}-{label}"


def document_conll(
    annotated: AnnotatedDocument,
    labels: Sequence[str],
    layers: str,
    scheme: str,
    losses: LossLog,
    seen: dict[str, None] | None = None,
) -> str:
    """The token lines of one document (after its ``-DOCSTART-`` and ``# doc_id`` lines), each
    sentence followed by a blank line."""
    document = annotated.document
    text = document.text
    name = document.name
    language = text_language(document.language, text)
    tokens = tokenize(text, language)
    starts = [t.start for t in tokens]
    ends = [t.end for t in tokens]
    sentence_of = _sentence_of(starts, [s.start for s in split_sentences(text, language)])
    per_label = layers == "per-label"
    columns = {label: _Column(len(tokens)) for label in labels} if per_label else {SINGLE_COLUMN: _Column(len(tokens))}
    counts = dict.fromkeys(("dropped", "discontinuous", "misaligned", "tokenless"), 0)
    for span in sorted(annotated.spans, key=_priority):
        chunks = []
        for start, end in span.fragments:
            first = bisect_right(ends, start)
            last = bisect_left(starts, end)
            if first < last:
                chunks.append(range(first, last))
        if not chunks:
            counts["tokenless"] += 1
            continue
        key = span.label if per_label else SINGLE_COLUMN
        if key not in columns:
            columns[key] = _Column(len(tokens))
        column = columns[key]
        if not column.free(chunks):
            counts["dropped"] += 1
            continue
        if any(_misaligned(starts, ends, s, e) for s, e in span.fragments):
            counts["misaligned"] += 1
        merged = _merged(chunks)
        if len(merged) > 1:
            counts["discontinuous"] += 1
        column.put(span.label, merged)
        if seen is not None:
            seen.setdefault(span.label)
    where = "the same column" if per_label else "the one column"
    losses.note(f"overlapping spans in {where}, dropped (the longer span was kept)", name, counts["dropped"])
    losses.note("discontinuous spans, written as one chunk per fragment", name, counts["discontinuous"])
    losses.note("spans not aligned to token edges, written over every token they touch", name, counts["misaligned"])
    losses.note("spans covering no token (only spaces), not written", name, counts["tokenless"])
    losses.note("relations, not written (CoNLL has no relations)", name, len(annotated.relations))
    losses.note("span attributes, not written", name, sum(len(s.attributes) for s in annotated.spans))
    losses.note("span notes, not written", name, sum(1 for s in annotated.spans if s.note))

    cells = [token.text for token in tokens]
    if _WHITESPACE.search("\x00".join(cells)):
        # A token may hold whitespace (a space carrying a combining mark): one "_" for each
        # whitespace character keeps the line readable and the token's length unchanged.
        cells = [_WHITESPACE.sub("_", cell) for cell in cells]
    ordered = list(columns.values()) if not per_label else [columns[label] for label in labels]
    lines: list[str] = []
    for i, cell in enumerate(cells):
        if i and sentence_of[i] != sentence_of[i - 1]:
            lines.append("\n")
        tags = "\t".join(column.tag(i, scheme) for column in ordered)
        lines.append(f"{cell}\t{tags}\n")
    if tokens:
        lines.append("\n")
    return "".join(lines)


def _merged(chunks: Sequence[range]) -> list[range]:
    """Chunks of one span, those touching or sharing a token (fragments split by nothing but
    token edges, or edges inside one token) joined."""
    result: list[range] = []
    for chunk in chunks:
        if result and result[-1].stop >= chunk.start:
            result[-1] = range(result[-1].start, max(result[-1].stop, chunk.stop))
        else:
            result.append(chunk)
    return result


def _priority(span: Span) -> tuple[int, int, str, int]:
    covered = sum(end - start for start, end in span.fragments)
    return (-covered, span.start, span.label, span.id)


def _sentence_of(token_starts: Sequence[int], sentence_starts: Sequence[int]) -> list[int]:
    return [max(0, bisect_right(sentence_starts, start) - 1) for start in token_starts]


def _misaligned(starts: Sequence[int], ends: Sequence[int], start: int, end: int) -> bool:
    first = bisect_left(starts, start)
    last = bisect_left(ends, end)
    return first >= len(starts) or starts[first] != start or last >= len(ends) or ends[last] != end


# Reading


@dataclass
class _Document:
    name: str = ""
    line: int = 0
    sentences: list[list[tuple[str, list[str], int]]] = field(default_factory=lambda: [[]])

    @property
    def empty(self) -> bool:
        return not any(self.sentences)


def read_conll(sources: Sequence[Source], ctx: ReadContext) -> Iterator[DocumentRecord]:
    for source in sources:
        try:
            documents = _parse(source, ctx)
        except InputError as exc:
            ctx.extend(exc.problems)
            continue
        finally:
            ctx.advance(source.size)
        numbered = len(documents) > 1
        for number, document in enumerate(documents, start=1):
            record = _record(document, source, f"{source.name}-{number}" if numbered else source.name, ctx)
            if record is not None:
                yield record


def _parse(source: Source, ctx: ReadContext) -> list[_Document]:
    file = str(source.path)
    check_size(source.path, MAX_JSON_BYTES, "CoNLL file")
    documents: list[_Document] = [_Document()]
    columns: list[str] | None = None
    for number, line in bounded_lines(source.path):
        stripped = line.strip()
        current = documents[-1]
        if not stripped:
            if current.sentences[-1]:
                current.sentences.append([])
            continue
        if stripped.startswith("-DOCSTART-"):
            documents.append(_Document(line=number))
            continue
        if stripped.startswith("#") and (comment := _COMMENT.match(stripped)):
            key, value = comment.group(1), comment.group(2).strip()
            if key == "columns":
                columns = value.split()[1:]
            elif key in ("doc_id", "newdoc id"):
                if not current.empty or (key == "newdoc id" and current.name):
                    documents.append(_Document(line=number))
                documents[-1].name = value
            continue
        cells = line.split("\t") if "\t" in line else line.split()
        cells = [c.strip() for c in cells]
        if len(cells) < 2:
            ctx.error(file, number, f"a token line needs a token and a tag, got {line[:40]!r}")
            continue
        tags = cells[1 : 1 + len(columns)] if columns else cells[-1:]
        if columns and len(tags) != len(columns):
            ctx.error(file, number, f"{len(columns)} tag columns were named ({' '.join(columns)}), this line has {len(tags)}")
            continue
        if not current.line:
            current.line = number
        current.sentences[-1].append((cells[0], tags, number))
    result = [d for d in documents if not d.empty]
    if not result and ctx.fatal_count() == 0:
        ctx.error(file, 1, "no token lines: this is not a CoNLL file")
    return result


def _joiner(token: str) -> str:
    """What goes between two tokens of a line rebuilt as text: a space, or a tab before a token
    that opens with a mark a space would take into its cluster (a ZWNJ, a matra): a tab never
    joins the next character, so every token stays its own clusters."""
    return " " if is_cluster_boundary(" " + token, 1) else "\t"


def _record(document: _Document, source: Source, default_name: str, ctx: ReadContext) -> DocumentRecord | None:
    file = str(source.path)
    pieces: list[str] = []
    offsets: list[tuple[int, int]] = []
    tag_rows: list[list[str]] = []
    lines: list[int] = []
    sentence_starts: list[int] = []
    position = 0
    for sentence in document.sentences:
        if not sentence:
            continue
        if pieces:
            pieces.append("\n")
            position += 1
        sentence_starts.append(len(offsets))
        for index, (token, tags, number) in enumerate(sentence):
            if index:
                pieces.append(_joiner(token))
                position += 1
            pieces.append(token)
            offsets.append((position, position + len(token)))
            position += len(token)
            tag_rows.append(tags)
            lines.append(number)
    text = "".join(pieces)
    spans: list[SpanRecord] = []
    width = len(tag_rows[0]) if tag_rows else 0
    before = ctx.fatal_count()
    for column in range(width):
        decoded = _Decoder(ctx, file, [row[column] for row in tag_rows], lines, set(sentence_starts)).chunks()
        for label, first, last in decoded:
            fragment = (offsets[first][0], offsets[last][1])
            reason = check_fragments(text, [fragment])
            if reason:
                ctx.error(file, lines[first], f"a {label} chunk: {reason}")
                continue
            spans.append(SpanRecord(f"T{len(spans) + 1}", label, (fragment,), line=lines[first]))
    if ctx.fatal_count() > before:
        return None
    return DocumentRecord(
        name=document.name or default_name,
        text=text,
        title=title_of(text),
        spans=tuple(spans),
        source=file,
        line=document.line,
    )


class _Decoder:
    """Chunks of one tag column, whatever the scheme: a chunk begins at ``B``/``S``/``U`` or at an
    ``I``/``E``/``L`` that does not continue one, and ends at ``E``/``S``/``L``/``U`` or where the
    next tag does not continue it. In IOB1 files (``I-`` begins chunks, ``B-`` only splits
    adjacent ones) a sentence end ends a chunk and nothing is repaired; in the other schemes a
    chunk may run over a sentence end (Kathan's exports) and an ``I-`` that begins one is
    repaired with a warning, as are tags of no scheme."""

    def __init__(self, ctx: ReadContext, file: str, tags: list[str], lines: list[int], sentence_starts: set[int]) -> None:
        self.ctx = ctx
        self.file = file
        self.lines = lines
        self.sentence_starts = sentence_starts
        self.prefixless: set[int] = set()
        self.tags = [self.repaired(i, tag) for i, tag in enumerate(tags)]
        self.iob1 = self._is_iob1()

    def repaired(self, i: int, tag: str) -> tuple[str, str]:
        if tag == "O":
            return ("O", "")
        prefix, dash, label = tag.partition("-")
        if dash and prefix in ("B", "I", "E", "S", "L", "U") and label:
            return (prefix, label)
        if dash and not prefix and label:
            self.ctx.warn(self.file, self.lines[i], f"tag {tag!r} has no B-/I- prefix: read as I-{label}")
            self.prefixless.add(i)
            return ("I", label)
        self.ctx.warn(self.file, self.lines[i], f"tag {tag!r} is not a tag of IOB, IOBES or BILOU: read as O")
        return ("O", "")

    def _is_iob1(self) -> bool:
        inside_starts = 0
        for i, (prefix, label) in enumerate(self.tags):
            if prefix in ("E", "S", "L", "U"):
                return False
            previous = self.tags[i - 1] if i and i not in self.sentence_starts else ("O", "")
            if prefix == "B":
                if previous[1] != label:
                    return False
            elif prefix == "I" and previous[1] != label:
                inside_starts += 1
        return inside_starts > 0

    def chunks(self) -> list[tuple[str, int, int]]:
        result: list[tuple[str, int, int]] = []
        open_label = ""
        repairs: list[int] = []
        for i, (prefix, label) in enumerate(self.tags):
            boundary = i in self.sentence_starts and self.iob1
            continues = open_label == label and prefix in ("I", "E", "L") and not boundary
            if prefix == "O":
                open_label = ""
                continue
            if continues:
                result[-1] = (label, result[-1][1], i)
            else:
                if prefix in ("I", "E", "L") and not self.iob1 and i not in self.prefixless:
                    repairs.append(i)
                result.append((label, i, i))
            open_label = "" if prefix in ("E", "S", "L", "U") else label
        if repairs:
            first = self.lines[repairs[0]]
            self.ctx.warn(
                self.file,
                first,
                f"{len(repairs)} chunks begin with I-/E-/L- instead of B- (first here): each read as beginning a chunk",
            )
        return result


def sniff_conll(path: Path) -> bool:
    """Token lines whose last column is a tag (``O``, ``B-X``...), with sentence breaks or
    ``-DOCSTART-``: at least nine in ten of the token lines in the file's head."""
    suffix = path.suffix.lower()
    if suffix not in ("", ".txt", ".conll", ".conll03", ".bio", ".iob", ".iob2", ".bilou", ".tsv"):
        return False
    lines = head_text(path).splitlines()[:-1] or head_text(path).splitlines()
    tagged = other = blank = 0
    for line in lines:
        stripped = line.strip()
        if not stripped:
            blank += 1
        elif stripped.startswith("-DOCSTART-"):
            blank += 1
        elif stripped.startswith("#") and _COMMENT.match(stripped):
            continue
        else:
            cells = stripped.split("\t") if "\t" in stripped else stripped.split()
            if len(cells) >= 2 and _TAG.match(cells[-1].strip()):
                tagged += 1
            else:
                other += 1
    return tagged >= 3 and blank >= 1 and tagged >= 9 * other


FORMAT = Format(
    name="conll",
    title="CoNLL columns",
    extensions=(".conll", ".bio", ".iob", ".bilou"),
    description="CoNLL columns: TOKEN<TAB>TAGS (IOB2 or BILOU), one column per label, -DOCSTART- and # doc_id per document",
    reader=read_conll,
    writer=write_conll,
    examples=(EXAMPLE,),
    sniff=sniff_conll,
    offset_unit=OffsetUnit.NONE,
    options=(
        FormatOption("scheme", "tag scheme of a CoNLL export (default iob2)", "write", SCHEMES),
        FormatOption("layers", "one tag column per label (default) or a single column", "write", LAYERS),
        FormatOption(
            "plain",
            "no comment lines, for CoNLL-2003 readers such as spacy convert -c ner (document names are not kept; use with --layers single)",
            "write",
            flag=True,
        ),
    ),
    priority=300,
    keeps_text=False,
)
