"""Annotation schemas: span labels with attributes, relation types, loaded from TOML.

A bad schema file is refused with a ``SchemaError`` naming the file, the line and the reason.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

NAME_RE = re.compile(r"^[A-Za-z][A-Za-z0-9_-]*$")
COLOUR_RE = re.compile(r"^#[0-9A-Fa-f]{6}$")
DEFAULT_COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442", "#000000")


class SchemaError(ValueError):
    """A schema file that cannot be used; ``str()`` is ``file:line: reason``."""

    def __init__(self, file: str, line: int, reason: str) -> None:
        self.file, self.line, self.reason = file, line, reason
        super().__init__(f"{file}:{line}: {reason}" if line else f"{file}: {reason}")


@dataclass(frozen=True, slots=True)
class AttributeType:
    """A span or relation attribute; empty ``values`` means free text."""

    name: str
    values: tuple[str, ...] = ()

    def allows(self, value: str) -> bool:
        return not self.values or value in self.values


@dataclass(frozen=True, slots=True)
class LabelType:
    name: str
    display: str
    colour: str
    hotkey: str = ""
    description: str = ""
    attributes: tuple[AttributeType, ...] = ()

    def attribute(self, name: str) -> AttributeType | None:
        return next((a for a in self.attributes if a.name == name), None)


@dataclass(frozen=True, slots=True)
class RelationType:
    """A directed relation; empty ``heads``/``tails`` allow any label."""

    name: str
    display: str
    heads: frozenset[str] = frozenset()
    tails: frozenset[str] = frozenset()
    attributes: tuple[AttributeType, ...] = ()

    def allows(self, head_label: str, tail_label: str) -> bool:
        return (not self.heads or head_label in self.heads) and (not self.tails or tail_label in self.tails)


@dataclass(frozen=True, slots=True)
class Schema:
    name: str
    labels: tuple[LabelType, ...]
    relations: tuple[RelationType, ...] = ()
    source: str = ""
    """The TOML text the schema was read from (projects store it verbatim)."""

    def label(self, name: str) -> LabelType | None:
        return next((label for label in self.labels if label.name == name), None)

    def relation(self, name: str) -> RelationType | None:
        return next((r for r in self.relations if r.name == name), None)

    @property
    def label_names(self) -> tuple[str, ...]:
        return tuple(label.name for label in self.labels)

    def relations_between(self, head_label: str, tail_label: str) -> tuple[RelationType, ...]:
        return tuple(r for r in self.relations if r.allows(head_label, tail_label))

    def check_attributes(self, label: str, attributes: Mapping[str, str]) -> str | None:
        """The reason ``attributes`` do not fit ``label``, or None when they do."""
        spec = self.label(label)
        if spec is None:
            return f"unknown label {label!r} (schema {self.name!r} has {', '.join(self.label_names)})"
        for key, value in attributes.items():
            attr = spec.attribute(key)
            if attr is None:
                return f"label {label} has no attribute {key!r}"
            if not attr.allows(value):
                return f"attribute {key}={value!r} of {label} is not one of {', '.join(attr.values)}"
        return None


def schema_toml(schema: Schema) -> str:
    """``schema`` as the TOML Kathan reads (``parse_schema(schema_toml(s))`` equals ``s`` but for
    ``source``): how a schema made from another tool's file, or extended by an import, is stored."""
    lines = [f"name = {_toml_string(schema.name)}", "version = 1", ""]
    for label in schema.labels:
        lines += ["[[labels]]", f"name = {_toml_string(label.name)}", f"display = {_toml_string(label.display)}",
                  f"colour = {_toml_string(label.colour)}"]
        if label.hotkey:
            lines.append(f"hotkey = {_toml_string(label.hotkey)}")
        if label.description:
            lines.append(f"description = {_toml_string(label.description)}")
        lines += _attributes_toml("labels", label.attributes)
        lines.append("")
    for relation in schema.relations:
        lines += ["[[relations]]", f"name = {_toml_string(relation.name)}", f"display = {_toml_string(relation.display)}"]
        if relation.heads:
            lines.append(f"heads = [{', '.join(_toml_string(h) for h in sorted(relation.heads))}]")
        if relation.tails:
            lines.append(f"tails = [{', '.join(_toml_string(t) for t in sorted(relation.tails))}]")
        lines += _attributes_toml("relations", relation.attributes)
        lines.append("")
    return "\n".join(lines)


def _attributes_toml(owner: str, attributes: tuple[AttributeType, ...]) -> list[str]:
    lines: list[str] = []
    for attribute in attributes:
        lines += ["", f"  [[{owner}.attributes]]", f"  name = {_toml_string(attribute.name)}"]
        if attribute.values:
            lines.append(f"  values = [{', '.join(_toml_string(v) for v in attribute.values)}]")
    return lines


def _toml_string(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    escaped = "".join(ch if ch >= " " and ch != "\x7f" else f"\\u{ord(ch):04x}" for ch in escaped)
    return f'"{escaped}"'


def with_source(schema: Schema) -> Schema:
    """``schema`` with its ``source`` set to its TOML (what a project stores), checked by reading it back."""
    return parse_schema(schema_toml(schema), f"<schema {schema.name}>")


def load_schema(path: str | Path) -> Schema:
    path = Path(path)
    try:
        source = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SchemaError(str(path), 0, f"cannot read schema: {exc}") from None
    return parse_schema(source, str(path))


def default_schema() -> Schema:
    source = resources.files("resources.schemas").joinpath("attribution.toml").read_text(encoding="utf-8")
    return parse_schema(source, "attribution.toml")


def parse_schema(source: str, file: str = "<schema>") -> Schema:
    try:
        data = tomllib.loads(source)
    except tomllib.TOMLDecodeError as exc:
        line = getattr(exc, "lineno", 0) or _line_from_message(str(exc))
        raise SchemaError(file, line, f"not valid TOML: {getattr(exc, 'msg', exc)}") from None
    return _Builder(source, file).build(data)


def _line_from_message(message: str) -> int:
    match = re.search(r"line (\d+)", message)
    return int(match.group(1)) if match else 0


class _Builder:
    """Turns parsed TOML into a Schema; finds lines for semantic errors by searching the source."""

    def __init__(self, source: str, file: str) -> None:
        self.lines = source.splitlines()
        self.source = source
        self.file = file

    def fail(self, reason: str, *needles: str) -> SchemaError:
        return SchemaError(self.file, self.line_of(*needles), reason)

    def line_of(self, *needles: str) -> int:
        """The first line containing every needle, in order of the needles' first appearance."""
        for i, text in enumerate(self.lines, start=1):
            if needles and all(n in text for n in needles):
                return i
        for needle in needles:
            for i, text in enumerate(self.lines, start=1):
                if needle in text:
                    return i
        return 0

    def build(self, data: dict[str, Any]) -> Schema:
        name = data.get("name", "schema")
        if not isinstance(name, str):
            raise self.fail("'name' must be a string", "name")
        labels_data = data.get("labels")
        if not isinstance(labels_data, list) or not labels_data:
            raise self.fail("a schema needs at least one [[labels]] table", "labels")
        labels: list[LabelType] = []
        hotkeys: dict[str, str] = {}
        for index, item in enumerate(labels_data):
            label = self.label(item, index)
            if any(existing.name == label.name for existing in labels):
                raise self.fail(f"label {label.name} is defined twice", f'"{label.name}"')
            if label.hotkey:
                if label.hotkey in hotkeys:
                    raise self.fail(
                        f"hotkey {label.hotkey!r} of {label.name} is already used by {hotkeys[label.hotkey]}",
                        "hotkey",
                        f'"{label.hotkey}"',
                    )
                hotkeys[label.hotkey] = label.name
            labels.append(label)
        names = {label.name for label in labels}
        relations: list[RelationType] = []
        for item in data.get("relations", []) or []:
            relation = self.relation(item, names)
            if any(existing.name == relation.name for existing in relations):
                raise self.fail(f"relation {relation.name} is defined twice", f'"{relation.name}"')
            relations.append(relation)
        return Schema(name=name, labels=tuple(labels), relations=tuple(relations), source=self.source)

    def label(self, item: Any, index: int) -> LabelType:
        if not isinstance(item, dict):
            raise self.fail("each [[labels]] entry must be a table", "labels")
        name = item.get("name")
        if not isinstance(name, str) or not NAME_RE.match(name):
            raise self.fail(
                f"label #{index + 1} needs a name of letters, digits, '_' or '-' (got {name!r})",
                "name",
                str(name) if name is not None else "[[labels]]",
            )
        unknown = set(item) - {"name", "display", "colour", "color", "hotkey", "description", "attributes"}
        if unknown:
            raise self.fail(f"label {name}: unknown key {sorted(unknown)[0]!r}", sorted(unknown)[0])
        colour = item.get("colour", item.get("color", DEFAULT_COLOURS[index % len(DEFAULT_COLOURS)]))
        if not isinstance(colour, str) or not COLOUR_RE.match(colour):
            raise self.fail(f"label {name}: colour must look like #RRGGBB (got {colour!r})", str(colour))
        hotkey = item.get("hotkey", "")
        if not isinstance(hotkey, str) or len(hotkey) > 1:
            raise self.fail(f"label {name}: hotkey must be a single character (got {hotkey!r})", "hotkey", str(hotkey))
        display = item.get("display", name)
        description = item.get("description", "")
        if not isinstance(display, str) or not isinstance(description, str):
            raise self.fail(f"label {name}: display and description must be strings", name)
        attributes = self.attributes(item.get("attributes", []), f"label {name}")
        return LabelType(name, display, colour.upper(), hotkey.lower(), description, attributes)

    def attributes(self, items: Any, owner: str) -> tuple[AttributeType, ...]:
        if not isinstance(items, list):
            raise self.fail(f"{owner}: attributes must be a list of tables", "attributes")
        result: list[AttributeType] = []
        for item in items:
            name = item.get("name") if isinstance(item, dict) else None
            if not isinstance(name, str) or not NAME_RE.match(name):
                raise self.fail(f"{owner}: an attribute needs a name (got {name!r})", "attributes")
            values = item.get("values", [])
            if not isinstance(values, list) or not all(isinstance(v, str) and v for v in values):
                raise self.fail(f"{owner}: attribute {name} values must be a list of non-empty strings", "values")
            if len(set(values)) != len(values):
                raise self.fail(f"{owner}: attribute {name} lists a value twice", "values")
            if any(a.name == name for a in result):
                raise self.fail(f"{owner}: attribute {name} is defined twice", f'"{name}"')
            result.append(AttributeType(name, tuple(values)))
        return tuple(result)

    def relation(self, item: Any, labels: set[str]) -> RelationType:
        if not isinstance(item, dict):
            raise self.fail("each [[relations]] entry must be a table", "relations")
        name = item.get("name")
        if not isinstance(name, str) or not NAME_RE.match(name):
            raise self.fail(f"a relation needs a name of letters, digits, '_' or '-' (got {name!r})", "[[relations]]")
        ends: dict[str, frozenset[str]] = {}
        for key in ("heads", "tails"):
            value = item.get(key, [])
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise self.fail(f"relation {name}: {key} must be a list of label names", key)
            for label in value:
                if label not in labels:
                    raise self.fail(f"relation {name}: {key} names unknown label {label!r}", key, label)
            ends[key] = frozenset(value)
        display = item.get("display", name)
        attributes = self.attributes(item.get("attributes", []), f"relation {name}")
        return RelationType(name, str(display), ends["heads"], ends["tails"], attributes)
