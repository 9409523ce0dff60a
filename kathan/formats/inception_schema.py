"""A Kathan schema from an INCEpTION type system (``TypeSystem.xml``), for ``kathan init --schema``.

Each custom span layer (``webanno.custom.*``) becomes a label named after the layer, with its
primitive features as attributes (booleans take ``true``/``false``). A type system names
layers, not their tag sets, so a layer's ``value`` feature stays an attribute; the readers then
read such a project's files with the layer as the label (``kathan.formats.inception``).
Each custom relation layer becomes a relation type between the labels of its ``Governor`` and
``Dependent`` layers, a chain layer a relation from a link to the next, and a slot feature a
relation from its host to its fillers.
"""

from __future__ import annotations

import json
from io import BytesIO
from pathlib import Path
from typing import Any

from kathan.formats.guards import read_head
from kathan.formats.inception import DEPENDENT, GOVERNOR, short_name
from kathan.formats.untrusted import read_xml_file
from kathan.model import InputError, KathanError
from kathan.schema import NAME_RE, Schema, SchemaError, parse_schema

CUSTOM_PREFIX = "webanno.custom."
_ANNOTATION = "uima.tcas.Annotation"
_BOOLEAN = "uima.cas.Boolean"


def is_typesystem(path: Path) -> bool:
    """Whether ``path`` looks like a UIMA type system description (by its first bytes)."""
    return b"<typeSystemDescription" in read_head(path, 4096)


def typesystem_schema_reader(path: Path) -> Schema | None:
    """The schema of ``path`` when it is a UIMA type system, else None (for ``Format.schema_reader``)."""
    return schema_from_typesystem(path) if is_typesystem(path) else None


def schema_from_typesystem(path: Path) -> Schema:
    """The schema of the custom layers of the type system at ``path``; ``SchemaError`` when it has none."""
    try:
        import cassis
        from lxml import etree
    except ImportError:
        raise KathanError("reading an INCEpTION type system needs dkpro-cassis: pip install 'kathan[inception]'") from None
    try:
        data = read_xml_file(path)
    except InputError as exc:
        raise SchemaError(str(path), 0, exc.problems[0].message) from None
    try:
        typesystem = cassis.load_typesystem(BytesIO(data))
    except (etree.XMLSyntaxError, ValueError, KeyError, TypeError) as exc:
        raise SchemaError(str(path), 0, f"not a UIMA type system: {exc}") from None
    source = typesystem_toml(typesystem, path.stem)
    if source is None:
        raise SchemaError(str(path), 0, "the type system has no custom span layer (webanno.custom.*) to make labels of")
    return parse_schema(source, str(path))


def typesystem_toml(typesystem: Any, name: str) -> str | None:
    """The schema TOML of a cassis type system's custom layers, or None when it has no span layer."""
    custom = sorted(
        (t for t in typesystem.get_types() if t.name.startswith(CUSTOM_PREFIX) and typesystem.subsumes(_ANNOTATION, t)),
        key=lambda t: t.name,
    )
    relations = [t for t in custom if t.get_feature(GOVERNOR) is not None and t.get_feature(DEPENDENT) is not None]
    spans = [t for t in custom if t not in relations and NAME_RE.match(short_name(t.name))]
    if not spans:
        return None
    labels = {t.name: short_name(t.name) for t in spans}
    lines = [f"name = {json.dumps(name)}", ""]
    for type_ in spans:
        lines.append("[[labels]]")
        lines.append(f"name = {json.dumps(labels[type_.name])}")
        if type_.description:
            lines.append(f"description = {json.dumps(type_.description)}")
        lines.extend(_attributes(typesystem, type_))
        lines.append("")
    relation_entries: list[tuple[str, list[str], list[str], Any]] = []
    for type_ in relations:
        heads = _labels_of(typesystem, type_.get_feature(GOVERNOR).rangeType, labels)
        tails = _labels_of(typesystem, type_.get_feature(DEPENDENT).rangeType, labels)
        relation_entries.append((short_name(type_.name), heads, tails, type_))
    for type_ in spans:
        host = [labels[type_.name]]
        if type_.get_feature("next") is not None:
            chain = short_name(type_.name).removesuffix("Link") or short_name(type_.name)
            relation_entries.append((chain, host, host, None))
        for feature in type_.all_features:
            element = typesystem.get_type(feature.elementType.name) if feature.elementType is not None else None
            target = element.get_feature("target") if element is not None else None
            if target is not None:
                relation_entries.append((feature.name, host, _labels_of(typesystem, target.rangeType, labels), None))
    merged: dict[str, tuple[list[str], list[str], Any]] = {}
    for relation_name, heads, tails, type_ in relation_entries:
        if not NAME_RE.match(relation_name):
            continue
        if relation_name in merged:
            known_heads, known_tails, known_type = merged[relation_name]
            heads = sorted(set(known_heads) | set(heads)) if known_heads and heads else []
            tails = sorted(set(known_tails) | set(tails)) if known_tails and tails else []
            type_ = known_type or type_
        merged[relation_name] = (heads, tails, type_)
    for relation_name, (heads, tails, type_) in merged.items():
        lines.append("[[relations]]")
        lines.append(f"name = {json.dumps(relation_name)}")
        lines.append(f"heads = {json.dumps(heads)}")
        lines.append(f"tails = {json.dumps(tails)}")
        if type_ is not None:
            lines.extend(_attributes(typesystem, type_))
        lines.append("")
    return "\n".join(lines)


def _labels_of(typesystem: Any, range_type: Any, labels: dict[str, str]) -> list[str]:
    """The labels a feature of range ``range_type`` may point to (none: any label)."""
    if range_type.name == _ANNOTATION:
        return []
    return sorted(label for name, label in labels.items() if typesystem.subsumes(range_type, typesystem.get_type(name)))


def _attributes(typesystem: Any, type_: Any) -> list[str]:
    lines = []
    for feature in type_.all_features:
        if feature.name in ("begin", "end", "sofa", GOVERNOR, DEPENDENT) or not typesystem.is_primitive(feature.rangeType):
            continue
        if not NAME_RE.match(feature.name):
            continue
        values = ', values = ["true", "false"]' if feature.rangeType.name == _BOOLEAN else ""
        lines.append(f"{{ name = {json.dumps(feature.name)}{values} }}")
    if not lines:
        return []
    return ["attributes = [" + ", ".join(lines) + "]"]
