"""UIMA CAS XMI as INCEpTION exports and imports it, through dkpro-cassis (the ``inception`` extra).

Read: an ``.xmi`` with ``TypeSystem.xml`` (any case) beside it, or a zip holding both (the
ZIP INCEpTION exports per document). Custom and built-in span layers give spans, relation
layers (``Governor`` → ``Dependent``) relations, chains a span per link and a relation to the
next link, slot features a relation from the host to each filler typed by its role; labels
and attributes follow ``kathan.formats.inception``. Token, sentence and metadata types are
structure, not annotations. XMI offsets count UTF-16 units; cassis converts them and an
offset inside a character is refused. XML with a document type and hostile zips are refused
(``kathan.formats.untrusted``).

Write: a folder with ``TypeSystem.xml`` (DKPro ``Sentence``, ``Token``, ``DocumentMetaData``,
the span and relation layers) and ``NAME.xmi`` per document with Kathan's sentences and
tokens, each read back and checked.
"""

from __future__ import annotations

import re
import warnings
import zipfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from io import BytesIO
from pathlib import Path, PurePosixPath
from typing import Any

from kathan.formats.base import DocumentCounter, ExportReport, Format, Layout, LossLog, OffsetUnit, Progress, ReadContext, Source
from kathan.formats.guards import head_text
from kathan.formats.inception import (
    DEPENDENT,
    GOVERNOR,
    LABEL_FEATURE,
    utf16_report,
    RELATION_LAYER,
    SPAN_LAYER,
    document_path,
    label_and_attributes,
    output_folder,
    schema_attributes,
    short_name,
)
from kathan.formats.inception_schema import typesystem_schema_reader
from kathan.formats.untrusted import MAX_ARCHIVE_MEMBERS, check_xml, read_xml_file, read_zip_members
from kathan.model import AnnotatedDocument, DocumentRecord, InputError, KathanError, Problem, RelationRecord, SpanRecord
from kathan.schema import Schema
from kathan.text.decode import normalize_newlines, title_of
from kathan.text.scripts import text_language
from kathan.text.sentences import split_sentences
from kathan.text.tokens import tokenize
from kathan.validate import check_fragments

EXAMPLE = Path(__file__).resolve().parent / "examples" / "uima_xmi"
TYPESYSTEM_NAMES = ("typesystem.xml",)
"""Type system file names looked for beside an ``.xmi`` (compared in lower case)."""
ANNOTATION = "uima.tcas.Annotation"
INITIAL_VIEW = "_InitialView"
DOCUMENT_ANNOTATION = "uima.tcas.DocumentAnnotation"
STRING = "uima.cas.String"
SENTENCE = "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence"
TOKEN = "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token"
METADATA = "de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData"
STRUCTURE_TYPES = frozenset(
    {
        SENTENCE,
        TOKEN,
        "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Paragraph",
        "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Heading",
        "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Div",
        "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Split",
    }
)
"""Annotation types that segment the text rather than annotate it."""
STRUCTURE_PREFIXES = ("uima.", "de.tudarmstadt.ukp.dkpro.core.api.metadata.", "org.dkpro.core.api.xml.", "org.dkpro.core.api.pdf.")
_SKIPPED_FEATURES = frozenset({"sofa", "begin", "end"})
_FEATURE_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_]*")
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
"""Characters XML 1.0 cannot hold; each is one UTF-16 unit, so a space in its place moves no offset."""


def _cassis() -> Any:
    try:
        import cassis
    except ImportError:
        raise KathanError("UIMA XMI needs dkpro-cassis: pip install 'kathan[inception]'") from None
    return cassis


# Reading


def read_uima_xmi(sources: Sequence[Source], ctx: ReadContext) -> Iterator[DocumentRecord]:
    """Reads ``.xmi`` files (type system beside them) and INCEpTION's per-document zips."""
    for source in sources:
        try:
            if source.path.suffix.lower() == ".zip":
                documents = list(_zip_documents(source))
            else:
                documents = [_file_document(source)]
            for name, file, xmi, typesystem in documents:
                record = record_from_xmi(xmi, typesystem, name, file, ctx)
                if record is not None:
                    yield record
        except InputError as exc:
            ctx.extend(exc.problems)
        finally:
            ctx.advance(source.size)


def typesystem_for(source: Source) -> Path | None:
    """The ``TypeSystem.xml`` beside the ``.xmi``, or in a folder above it up to the one imported."""
    folder = source.path.parent
    for _ in range(source.name.count("/") + 1):
        if folder.is_dir():
            found = [p for p in sorted(folder.iterdir()) if p.name.lower() in TYPESYSTEM_NAMES and p.is_file()]
            if found:
                return found[0]
        folder = folder.parent
    return None


def _file_document(source: Source) -> tuple[str, str, bytes, bytes]:
    typesystem = typesystem_for(source)
    if typesystem is None:
        message = "no TypeSystem.xml beside it (INCEpTION's XMI export zip holds one; unzip both here or import the zip)"
        raise InputError([Problem(str(source.path), 0, message)])
    return source.name, str(source.path), read_xml_file(source.path), read_xml_file(typesystem)


def _zip_documents(source: Source) -> Iterator[tuple[str, str, bytes, bytes]]:
    members = read_zip_members(
        source.path, lambda name: name.lower().endswith(".xmi") or PurePosixPath(name).name.lower() in TYPESYSTEM_NAMES
    )
    xmis = sorted(name for name in members if name.lower().endswith(".xmi"))
    systems = {str(PurePosixPath(name).parent): name for name in members if name not in xmis}
    where = str(source.path)
    if not xmis:
        raise InputError([Problem(where, 0, "the zip holds no .xmi file")])
    for name in xmis:
        folder = str(PurePosixPath(name).parent)
        system = systems.get(folder) or systems.get(".") or next(iter(systems.values()), None)
        if system is None:
            raise InputError([Problem(where, 0, f"the zip holds {name} but no TypeSystem.xml")])
        for member in (name, system):
            check_xml(members[member], f"{where}:{member}")
        document = source.name if len(xmis) == 1 else f"{source.name}/{PurePosixPath(name).stem}"
        yield document, f"{where}:{name}", members[name], members[system]


def load_cas(xmi: bytes, typesystem: bytes | Any, file: str) -> Any:
    """The CAS of ``xmi`` with its type system (XML, or loaded already); cassis' complaints
    become problems naming ``file``."""
    cassis = _cassis()
    from lxml import etree

    try:
        system = cassis.load_typesystem(BytesIO(typesystem)) if isinstance(typesystem, bytes) else typesystem
    except (etree.XMLSyntaxError, ValueError, KeyError, TypeError) as exc:
        raise InputError([Problem(file, 0, f"cannot read its type system: {exc}")]) from None
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            cas = cassis.load_cas_from_xmi(BytesIO(xmi), typesystem=system)
        except (etree.XMLSyntaxError, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise InputError([Problem(file, _xml_line(exc), f"not a UIMA XMI file cassis can read: {exc}")]) from None
    offsets = [str(w.message) for w in caught if "offset" in str(w.message)]
    if offsets:
        raise InputError([Problem(file, 0, f"{len(offsets)} offsets fall inside a character or outside the text: {offsets[0]}")])
    return cas


def _xml_line(exc: Exception) -> int:
    position = getattr(exc, "position", None)
    return position[0] if position else 0


def record_from_xmi(xmi: bytes, typesystem: bytes | Any, name: str, file: str, ctx: ReadContext) -> DocumentRecord | None:
    try:
        cas = load_cas(xmi, typesystem, file)
    except InputError as exc:
        ctx.extend(exc.problems)
        return None
    return _CasReader(cas, name, file, ctx).record()


class _CasReader:
    """Turns one CAS into a record: spans first, then the relations between them."""

    def __init__(self, cas: Any, name: str, file: str, ctx: ReadContext) -> None:
        self.cas = cas
        self.ts = cas.typesystem
        self.name = name
        self.file = file
        self.ctx = ctx
        self.raw = cas.sofa_string or ""
        self.text, self.remap = normalize_newlines(self.raw)
        self.spans: list[SpanRecord] = []
        self.keys: dict[int, str] = {}
        self.relations: list[RelationRecord] = []
        self.zero_length = 0
        self.dangling = 0
        self.ok = True

    def error(self, message: str) -> None:
        self.ok = False
        self.ctx.error(self.file, 0, message)

    def record(self) -> DocumentRecord | None:
        annotations = [fs for fs in self.cas.select_all_fs() if self.ts.subsumes(ANNOTATION, fs.type)]
        layers = [fs for fs in annotations if self.is_layer(fs.type)]
        relations = [fs for fs in layers if self.is_relation(fs.type)]
        spans = [fs for fs in layers if not self.is_relation(fs.type)]
        for fs in spans:
            self.span(fs)
        for fs in relations:
            self.relation(fs)
        for fs in spans:
            self.links(fs)
        others = [view.sofa.sofaID for view in self.cas.views if view.sofa.sofaID != INITIAL_VIEW]
        if others:
            self.ctx.warn(self.file, 0, f"views other than {INITIAL_VIEW} left out (Kathan reads one text a document): {', '.join(others)}")
        if self.zero_length:
            self.ctx.warn(self.file, 0, f"{self.zero_length} zero-length annotations left out (a Kathan span covers at least one character)")
        if self.dangling:
            self.ctx.warn(self.file, 0, f"{self.dangling} relations or links to an annotation left out, left out too")
        if not self.ok:
            return None
        language = self.cas.document_language if self._has_document_annotation() else None
        record = DocumentRecord(
            name=self.name,
            text=self.text,
            title=title_of(self.text),
            language=language if language and language != "x-unspecified" else "hi",
            spans=tuple(self.spans),
            relations=tuple(self.relations),
            source=self.file,
        )
        return record


    def known_label(self, label: str) -> bool:
        """Whether the project's schema has ``label`` (any label does without a schema): the
        schema may map a layer's value to an attribute of the layer's label, never refuse it."""
        return self.ctx.schema is None or self.ctx.schema.label(label) is not None

    def known_relation(self, type_: str) -> bool:
        return self.ctx.schema is None or self.ctx.schema.relation(type_) is not None

    def _has_document_annotation(self) -> bool:
        return any(self.ts.subsumes(DOCUMENT_ANNOTATION, fs.type) for fs in self.cas.select_all_fs())

    def is_layer(self, type_: Any) -> bool:
        name = type_.name
        if name in STRUCTURE_TYPES or name.startswith(STRUCTURE_PREFIXES) or self.ts.subsumes(DOCUMENT_ANNOTATION, type_):
            return False
        return True

    @staticmethod
    def is_relation(type_: Any) -> bool:
        return type_.get_feature(GOVERNOR) is not None and type_.get_feature(DEPENDENT) is not None

    def values(self, fs: Any) -> tuple[list[str], dict[str, str | None]]:
        declared: list[str] = []
        values: dict[str, str | None] = {}
        for feature in fs.type.all_features:
            if feature.name in _SKIPPED_FEATURES or feature.name in (GOVERNOR, DEPENDENT):
                continue
            range_type = feature.rangeType
            if self.ts.is_primitive(range_type):
                declared.append(feature.name)
                values[feature.name] = _text_of(fs.get(feature.name))
            elif self.ts.is_primitive_array(range_type):
                declared.append(feature.name)
                array = fs.get(feature.name)
                elements = getattr(array, "elements", None) if array is not None else None
                values[feature.name] = "|".join(_text_of(v) or "" for v in elements) if elements else None
        return declared, values

    def span(self, fs: Any) -> str:
        if id(fs) in self.keys:
            return self.keys[id(fs)]
        if self.remap.splits_crlf(fs.begin) or self.remap.splits_crlf(fs.end):
            self.error(f"{short_name(fs.type.name)} (xmi:id {fs.xmiID}): an offset falls between a CR and its LF")
            self.keys[id(fs)] = ""
            return ""
        begin, end = self.remap.to_normalized(fs.begin), self.remap.to_normalized(fs.end)
        if begin == end:
            self.zero_length += 1
            self.keys[id(fs)] = ""
            return ""
        layer = fs.type.name
        reason = check_fragments(self.text, [(begin, end)])
        if reason:
            self.error(f"{short_name(layer)} (xmi:id {fs.xmiID}): {reason}")
            self.keys[id(fs)] = ""
            return ""
        declared, values = self.values(fs)
        label, attributes = label_and_attributes(layer, declared, values, self.known_label)
        key = f"T{len(self.spans) + 1}"
        self.spans.append(SpanRecord(key, label, ((begin, end),), attributes))
        self.keys[id(fs)] = key
        return key

    def end_of(self, fs: Any) -> str:
        """The span key of a relation's or link's end, a span made for it when it is no layer's (a Token)."""
        if fs is None or not self.ts.subsumes(ANNOTATION, fs.type):
            return ""
        return self.span(fs)

    def add(self, type_: str, head: str, tail: str, attributes: dict[str, str]) -> None:
        if not head or not tail:
            self.dangling += 1
            return
        self.relations.append(RelationRecord(f"R{len(self.relations) + 1}", type_, head, tail, attributes))

    def relation(self, fs: Any) -> None:
        declared, values = self.values(fs)
        label, attributes = label_and_attributes(fs.type.name, declared, values, self.known_relation)
        self.add(label, self.end_of(fs.get(GOVERNOR)), self.end_of(fs.get(DEPENDENT)), attributes)

    def links(self, fs: Any) -> None:
        """Chain links to the next link, slot features to their fillers."""
        host = self.keys.get(id(fs), "")
        next_feature = fs.type.get_feature("next")
        if next_feature is not None and fs.get("next") is not None:
            chain = short_name(fs.type.name).removesuffix("Link") or short_name(fs.type.name)
            relation_type = _text_of(fs.get("referenceRelation")) if fs.type.get_feature("referenceRelation") else None
            self.add(relation_type or chain, host, self.end_of(fs.get("next")), {})
        for feature in fs.type.all_features:
            if feature.name in _SKIPPED_FEATURES or self.ts.is_primitive(feature.rangeType):
                continue
            array = fs.get(feature.name)
            for link in getattr(array, "elements", None) or ():
                if link is None or link.type.get_feature("target") is None:
                    continue
                role = _text_of(link.get("role")) if link.type.get_feature("role") else None
                self.add(role or feature.name, host, self.end_of(link.get("target")), {})


def _text_of(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


# Writing


def kathan_typesystem(span_features: Iterable[str] = (), relation_features: Iterable[str] = ()) -> Any:
    """The type system of a Kathan export: DKPro structure types and Kathan's two layers."""
    cassis = _cassis()
    ts = cassis.TypeSystem()
    sentence = ts.create_type(SENTENCE, ANNOTATION)
    ts.create_feature(sentence, "id", STRING)
    ts.create_type(TOKEN, ANNOTATION)
    metadata = ts.create_type(METADATA, DOCUMENT_ANNOTATION)
    for feature in ("documentTitle", "documentId", "documentUri", "documentBaseUri", "collectionId"):
        ts.create_feature(metadata, feature, STRING)
    ts.create_feature(metadata, "isLastSegment", "uima.cas.Boolean")
    span = ts.create_type(SPAN_LAYER, ANNOTATION)
    relation = ts.create_type(RELATION_LAYER, ANNOTATION)
    ts.create_feature(relation, GOVERNOR, SPAN_LAYER)
    ts.create_feature(relation, DEPENDENT, SPAN_LAYER)
    for owner, features in ((span, span_features), (relation, relation_features)):
        for feature in (LABEL_FEATURE, *features):
            if owner.get_feature(feature) is None:
                ts.create_feature(owner, feature, STRING)
    return ts


def cas_of(annotated: AnnotatedDocument, ts: Any, losses: LossLog) -> tuple[Any, list[tuple[str, int, int]]]:
    """The CAS of one document and the spans it holds as ``(label, start, end)`` in code points."""
    cassis = _cassis()
    document = annotated.document
    name = document.name
    text = document.text
    cas = cassis.Cas(typesystem=ts)
    if _NOT_XML.search(text):
        losses.note("control characters XML 1.0 cannot hold, written as spaces (as INCEpTION does)", name)
    cas.sofa_string = _NOT_XML.sub(" ", text)
    cas.sofa_mime = "text"
    metadata = ts.get_type(METADATA)
    cas.add(metadata(begin=0, end=len(text), language=document.language, documentTitle=document.title or name, documentId=name))
    language = text_language(document.language, text)
    tokens = tokenize(text, language)
    token_type, sentence_type = ts.get_type(TOKEN), ts.get_type(SENTENCE)
    for sentence in split_sentences(text, language):
        cas.add(sentence_type(begin=sentence.start, end=sentence.end))
    cas.add_all([token_type(begin=t.start, end=t.end) for t in tokens])
    span_type, relation_type = ts.get_type(SPAN_LAYER), ts.get_type(RELATION_LAYER)
    first: dict[int, Any] = {}
    written: list[tuple[str, int, int]] = []
    pieces: list[tuple[int, int, str, int, Any, dict[str, str]]] = []
    for span in annotated.spans:
        if len(span.fragments) > 1:
            losses.note("discontinuous spans, written as one span per fragment, their relations on the first (INCEpTION spans are contiguous)", name)
        attributes = _storable(span.attributes, "span", name, losses)
        if span.note:
            losses.note("span notes, not written (the layer has no note feature)", name)
        pieces.extend((start, end, span.label, span.id, span, attributes) for start, end in span.fragments)
    for start, end, label, span_id, span, attributes in sorted(pieces, key=lambda p: p[:4]):
        fs = span_type(begin=start, end=end, **{LABEL_FEATURE: label}, **attributes)
        cas.add(fs)
        if span_id not in first or (start, end) == span.fragments[0]:
            first[span_id] = fs
        written.append((label, start, end))
    placed = []
    for relation in annotated.relations:
        head, tail = first.get(relation.head), first.get(relation.tail)
        if head is None or tail is None:
            losses.note("relations to a span not written, left out", name)
            continue
        placed.append((head.begin, head.end, tail.begin, tail.end, relation.type, relation.id, head, tail, relation))
    for *_, head, tail, relation in sorted(placed, key=lambda p: p[:6]):
        attributes = _storable(relation.attributes, "relation", name, losses)
        fs = relation_type(begin=tail.begin, end=tail.end, **{GOVERNOR: head, DEPENDENT: tail, LABEL_FEATURE: relation.type}, **attributes)
        cas.add(fs)
    return cas, written


def _storable(attributes: Mapping[str, str], owner: str, name: str, losses: LossLog) -> dict[str, str]:
    """The attributes a UIMA feature can hold: not the label's feature, names that are Java identifiers."""
    kept = {key: value for key, value in attributes.items() if is_feature_name(key)}
    if len(kept) != len(attributes):
        losses.note(f"{owner} attributes named {LABEL_FEATURE!r} or with a '-' (no UIMA feature name), not written", name)
    if any(_NOT_XML.search(value) for value in kept.values()):
        losses.note("control characters XML 1.0 cannot hold, written as spaces (as INCEpTION does)", name)
        kept = {key: _NOT_XML.sub(" ", value) for key, value in kept.items()}
    return kept


def is_feature_name(name: str) -> bool:
    return name != LABEL_FEATURE and name not in ("type", "self") and _FEATURE_NAME.fullmatch(name) is not None


def write_uima_xmi(
    docs: Iterable[AnnotatedDocument], out: Path, schema: Schema | None = None, progress: Progress | None = None
) -> ExportReport:
    """Writes ``out/TypeSystem.xml`` and ``out/NAME.xmi`` per document, each read back and checked."""
    out = output_folder(out, "NAME.xmi files and TypeSystem.xml")
    systems = _TypeSystems(*schema_attributes(schema))
    counter = DocumentCounter(docs, progress)
    losses = LossLog()
    for annotated in counter:
        document = annotated.document
        ts, reloaded = systems.covering(annotated)
        if document.meta or document.status.value != "new":
            losses.note("document status and metadata, not written (XMI export keeps text and annotations)", document.name)
        cas, written = cas_of(annotated, ts, losses)
        path = document_path(out, document.name, ".xmi", losses)
        path.write_bytes(cas.to_xmi().encode("utf-8"))
        _verify(path, reloaded, annotated, written)
    (out / "TypeSystem.xml").write_bytes(systems.xml)
    return utf16_report(counter, losses)


class _TypeSystems:
    """Kathan's type system with a feature for every attribute met so far, rebuilt only when a
    document brings a new one (cassis cannot add a feature to a type already in use), and the
    same type system as read back from its XML, which checks the written files."""

    def __init__(self, span_features: list[str], relation_features: list[str]) -> None:
        self.span = dict.fromkeys(f for f in span_features if is_feature_name(f))
        self.relation = dict.fromkeys(f for f in relation_features if is_feature_name(f))
        self.built: tuple[Any, Any] | None = None
        self.xml = b""

    def covering(self, annotated: AnnotatedDocument) -> tuple[Any, Any]:
        span = {k for s in annotated.spans for k in s.attributes if is_feature_name(k) and k not in self.span}
        relation = {k for r in annotated.relations for k in r.attributes if is_feature_name(k) and k not in self.relation}
        if self.built is None or span or relation:
            self.span.update(dict.fromkeys(sorted(span)))
            self.relation.update(dict.fromkeys(sorted(relation)))
            ts = kathan_typesystem(list(self.span), list(self.relation))
            self.xml = ts.to_xml().encode("utf-8")
            self.built = (ts, _cassis().load_typesystem(BytesIO(self.xml)))
        return self.built


def _verify(path: Path, ts: Any, annotated: AnnotatedDocument, written: list[tuple[str, int, int]]) -> None:
    """Reads the written XMI back and checks its text and spans, re-sliced, against the document."""
    ctx = ReadContext()
    record = record_from_xmi(path.read_bytes(), ts, annotated.document.name, str(path), ctx)
    text = _NOT_XML.sub(" ", annotated.document.text)
    if record is None or record.text != text:
        raise KathanError(f"{path}: the written XMI does not read back with the same text (a bug in Kathan's XMI writer)")
    read = sorted((s.label, *s.fragments[0]) for s in record.spans if s.label != short_name(TOKEN))
    if read != sorted(written):
        raise KathanError(f"{path}: the written XMI reads back with other spans (a bug in Kathan's XMI writer)")


def sniff_uima_xmi(path: Path) -> bool:
    """An XMI document (``<xmi:XMI`` near the start), or a zip holding an ``.xmi``."""
    if path.suffix.lower() == ".zip":
        try:
            with zipfile.ZipFile(path) as archive:
                return any(name.lower().endswith(".xmi") for name in archive.namelist()[:MAX_ARCHIVE_MEMBERS])
        except (OSError, zipfile.BadZipFile):
            return False
    head = head_text(path, 4096)
    return head.lstrip().startswith("<") and "<xmi:XMI" in head


FORMAT = Format(
    name="uima-xmi",
    title="UIMA CAS XMI (INCEpTION)",
    extensions=(".xmi", ".zip"),
    description="UIMA CAS XMI as INCEpTION exports it: NAME.xmi with TypeSystem.xml beside it, or one zip per document",
    reader=read_uima_xmi,
    writer=write_uima_xmi,
    examples=(EXAMPLE,),
    sniff=sniff_uima_xmi,
    writes=Layout.FOLDER,
    offset_unit=OffsetUnit.UTF16,
    priority=40,
    companions=frozenset({"TypeSystem.xml", "typesystem.xml", "Typesystem.xml"}),
    schema_reader=typesystem_schema_reader,
    keeps_text=False,  # the writer reads its own output back and checks the text exactly, save what it reports
)
