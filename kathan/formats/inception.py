"""How Kathan's labels, relations and attributes map onto INCEpTION layers (TSV3 and UIMA XMI).

INCEpTION stores annotations in layers (UIMA types) with features. Reading: a span or
relation takes its label from the first of ``LABEL_FEATURES`` the layer has and the
annotation sets, otherwise from the layer's short name (``webanno.custom.Quote`` → ``Quote``);
every other feature with a value becomes an attribute. Writing: every span goes to one span
layer ``SPAN_LAYER`` and every relation to one relation layer ``RELATION_LAYER`` attached to it
(INCEpTION relations join annotations of a single span layer), the label in ``LABEL_FEATURE``
and each attribute in a string feature of its own name.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace

from pathlib import Path

from kathan.formats.base import DocumentCounter, ExportReport, LossLog, OffsetUnit
from kathan.formats.untrusted import safe_relative_name
from kathan.model import KathanError
from kathan.schema import NAME_RE, Schema

SPAN_LAYER = "webanno.custom.Span"
RELATION_LAYER = "webanno.custom.Relation"
LABEL_FEATURE = "value"
LABEL_FEATURES = ("value", "label", "PosValue", "DependencyType")
"""Features that hold an annotation's label, in order of preference."""
GOVERNOR, DEPENDENT = "Governor", "Dependent"
"""The features of an INCEpTION relation: ``Governor`` (Kathan's head) → ``Dependent`` (tail)."""


def short_name(type_name: str) -> str:
    """The last part of a UIMA type name: ``webanno.custom.Quote`` → ``Quote``."""
    return type_name.rsplit(".", 1)[-1]


def label_feature(features: Iterable[str]) -> str | None:
    """The feature of a layer that holds the label, or None when the layer has none."""
    names = set(features)
    return next((name for name in LABEL_FEATURES if name in names), None)


def label_and_attributes(
    layer: str, declared: Iterable[str], values: Mapping[str, str | None], known: Callable[[str], bool] | None = None
) -> tuple[str, dict[str, str]]:
    """The label and attributes of one annotation of ``layer`` whose features are ``values``.

    The value of the label feature is the label when it can name one (``NAME_RE``: a lemma ``,``
    or a tag ``B-X!`` cannot) and, given ``known`` (whether the project's schema has a label),
    unless the schema lacks it but has the layer's short name (a schema made from a type
    system names layers, not their tag sets). Otherwise the layer's name is the label and the
    value an attribute.
    """
    feature = label_feature(declared)
    value = values.get(feature) if feature else None
    attributes = {name: v for name, v in values.items() if v is not None}
    usable = value is not None and NAME_RE.match(value) is not None
    if usable and value and (known is None or known(value) or not known(short_name(layer))):
        attributes.pop(feature or "", None)
        return value, attributes
    if feature and not value:
        attributes.pop(feature, None)
    return short_name(layer), attributes


def utf16_report(counter: DocumentCounter, losses: LossLog) -> ExportReport:
    """The report of an INCEpTION export: its counts and losses, offsets in UTF-16 units."""
    return replace(counter.report(losses), offset_unit=OffsetUnit.UTF16.value)


def schema_attributes(schema: Schema | None) -> tuple[list[str], list[str]]:
    """The attribute names the schema gives spans and relations, each list in schema order."""
    if schema is None:
        return [], []
    spans = dict.fromkeys(a.name for label in schema.labels for a in label.attributes)
    relations = dict.fromkeys(a.name for relation in schema.relations for a in relation.attributes)
    return list(spans), list(relations)


def output_folder(out: Path, layout: str) -> Path:
    """``out`` made ready to receive an export written as a folder (``layout`` says of what)."""
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise KathanError(f"{out}: is a file; this export is written as a folder of {layout}, name a folder")
    out.mkdir(parents=True, exist_ok=True)
    return out


def document_path(out: Path, name: str, suffix: str, losses: LossLog) -> Path:
    """Where a document's file goes in an export folder (names with ``/`` make subfolders)."""
    relative = safe_relative_name(name)
    if relative != name:
        losses.note("document names with unsafe path parts, written with '_'", name)
    path = out / f"{relative}{suffix}"
    path.parent.mkdir(parents=True, exist_ok=True)
    return path
