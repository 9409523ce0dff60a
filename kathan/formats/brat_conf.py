"""brat's configuration files: ``annotation.conf`` read into a Kathan schema, and written from one.

Reading (``read_annotation_conf``): ``[entities]`` and the trigger types of ``[events]`` become
labels (``!`` grouping nodes are not labels, their children are); ``[relations]`` become
relation types (the first argument's types are the heads, the second's the tails; ``<ENTITY>``
and ``<ANY>`` allow any label; several lines of one type are merged; ``<OVERLAP>`` and
``ENTITY-NESTING`` are overlap rules, not relations); ``[attributes]`` attach to the labels or
relation types their ``Arg:`` names (binary ones take the value ``true``). ``<NAME>=A|B``
macros are expanded. Display names and colours come from a ``visual.conf`` beside it.

Writing (``annotation_conf``): all four sections, from the schema plus what the exported data
used, with an ``<OVERLAP>`` rule for every pair of labels whose spans overlap in the data
(``contain``, ``equal`` or ``cross``, as brat's verifier tells them apart), so brat's own
``verify_annotations`` reports no error on an export.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kathan.model import Fragment
from kathan.schema import (
    DEFAULT_COLOURS,
    NAME_RE,
    AttributeType,
    LabelType,
    RelationType,
    Schema,
    SchemaError,
    with_source,
)

CONF_NAME = "annotation.conf"
_SECTIONS = ("entities", "relations", "events", "attributes")
_ANY_TYPES = {"<ENTITY>", "<ANY>", "<EVENT>"}
_SPECIAL_RELATIONS = {"<OVERLAP>", "ENTITY-NESTING"}
_MACRO = re.compile(r"^<([A-Za-z0-9_-]+)>=(.*)$")
_COLOUR = re.compile(r"bgColor:(#[0-9A-Fa-f]{6})")


def sniff_annotation_conf(path: Path) -> bool:
    if path.name != CONF_NAME or not path.is_file():
        return False
    try:
        head = path.read_text(encoding="utf-8", errors="replace")[:65536]
    except OSError:
        return False
    return "[entities]" in head


def read_annotation_conf(path: Path) -> Schema | None:
    """The schema of a brat ``annotation.conf`` (None when ``path`` is not one); ``SchemaError``
    naming file and line for a type name Kathan cannot hold or a section it does not know."""
    if not sniff_annotation_conf(path):
        return None
    file = str(path)
    text = path.read_text(encoding="utf-8")
    macros: dict[str, list[str]] = {}
    section = ""
    labels: dict[str, list[AttributeType]] = {}
    relations: dict[str, tuple[set[str], set[str], bool]] = {}
    attributes: list[tuple[int, str, list[str], tuple[str, ...]]] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1].strip()
            if section not in _SECTIONS:
                raise SchemaError(file, number, f"unknown section [{section}] (brat has {', '.join(_SECTIONS)})")
            continue
        if macro := _MACRO.match(line):
            macros[f"<{macro.group(1)}>"] = macro.group(2).split("|")
            continue
        parts = line.split(None, 1)
        name, spec = parts[0], parts[1] if len(parts) > 1 else ""
        if section == "":
            raise SchemaError(file, number, "a type before any [section]")
        if name.startswith("!"):
            continue
        if section in ("entities", "events"):
            _check_name(file, number, name)
            labels.setdefault(name, [])
        elif section == "relations":
            if name in _SPECIAL_RELATIONS:
                continue
            _check_name(file, number, name)
            args = [a for a in _arguments(spec, macros) if not a[0].startswith("<")]
            if len(args) < 2:
                raise SchemaError(file, number, f"relation {name} needs two arguments, like 'Arg1:A, Arg2:B'")
            heads, tails, any_end = relations.setdefault(name, (set(), set(), False))
            for (_, types), ends in zip(args[:2], (heads, tails), strict=True):
                if _ANY_TYPES & set(types):
                    any_end = True
                ends.update(t for t in types if t not in _ANY_TYPES)
            relations[name] = (heads, tails, any_end)
        else:
            _check_name(file, number, name)
            arguments = dict(_arguments(spec, macros))
            owners = arguments.get("Arg", ["<ANY>"])
            values = tuple(arguments.get("Value", ["true"]))
            attributes.append((number, name, owners, values))
    if not labels:
        raise SchemaError(file, 0, "no entity or event type in [entities] or [events]")
    unknown = [(n, t) for n, (heads, tails, _) in relations.items() for t in heads | tails if t not in labels]
    if unknown:
        name, label = unknown[0]
        raise SchemaError(file, _line_of(text, name), f"relation {name} names type {label!r}, which no section defines")
    relation_attributes: dict[str, list[AttributeType]] = {name: [] for name in relations}
    for number, name, owners, values in attributes:
        attribute = AttributeType(name, values)
        targets: list[list[AttributeType]] = []
        for owner in owners:
            if owner in ("<ENTITY>", "<ANY>", "<EVENT>"):
                targets.extend(labels.values())
            if owner in ("<RELATION>", "<ANY>"):
                targets.extend(relation_attributes.values())
            if owner in labels:
                targets.append(labels[owner])
            elif owner in relation_attributes:
                targets.append(relation_attributes[owner])
        for target in targets:
            if all(a.name != name for a in target):
                target.append(attribute)
    displays, colours = _visual(path.with_name("visual.conf"))
    label_types = tuple(
        LabelType(
            name,
            displays.get(name, name),
            colours.get(name, DEFAULT_COLOURS[index % len(DEFAULT_COLOURS)]).upper(),
            attributes=tuple(attrs),
        )
        for index, (name, attrs) in enumerate(labels.items())
    )
    relation_types = tuple(
        RelationType(
            name,
            displays.get(name, name),
            frozenset() if any_end else frozenset(heads),
            frozenset() if any_end else frozenset(tails),
            tuple(relation_attributes[name]),
        )
        for name, (heads, tails, any_end) in relations.items()
    )
    return with_source(Schema(path.parent.name or "brat", label_types, relation_types))


def _check_name(file: str, line: int, name: str) -> None:
    if not NAME_RE.match(name):
        raise SchemaError(file, line, f"type {name!r}: Kathan names start with a letter and hold letters, digits, '_' or '-'")


def _arguments(spec: str, macros: dict[str, list[str]]) -> list[tuple[str, list[str]]]:
    """``Arg1:A|B, Arg2:<M>`` as ``[("Arg1", ["A", "B"]), ("Arg2", [...macro M...])]``; cardinality marks dropped."""
    result = []
    for part in spec.split(","):
        role, sep, types = part.strip().partition(":")
        if not sep:
            continue
        role = re.sub(r"[?*+]$|\{[0-9,-]+\}$", "", role.strip())
        expanded: list[str] = []
        for item in types.split("|"):
            item = item.strip()
            expanded.extend(macros.get(item, [item]))
        result.append((role, expanded))
    return result


def _line_of(text: str, needle: str) -> int:
    return next((n for n, line in enumerate(text.splitlines(), start=1) if line.strip().startswith(needle)), 0)


def _visual(path: Path) -> tuple[dict[str, str], dict[str, str]]:
    displays: dict[str, str] = {}
    colours: dict[str, str] = {}
    if not path.is_file():
        return displays, colours
    section = ""
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            section = line.strip("[]").strip()
            continue
        if section == "labels":
            parts = [p.strip() for p in line.split("|")]
            if len(parts) >= 2 and parts[1]:
                displays[parts[0]] = parts[1]
        elif section == "drawing":
            name = line.split()[0]
            if colour := _COLOUR.search(line):
                colours[name] = colour.group(1)
    return displays, colours


# Writing


@dataclass
class Seen:
    """What an export wrote, for ``annotation.conf``: labels, relation types with the labels and
    roles they joined, attributes with their owners and values, overlap kinds per label pair,
    and event types (from kept ``E`` lines) with their roles."""

    labels: dict[str, None] = field(default_factory=dict)
    triggers: dict[str, None] = field(default_factory=dict)
    relations: dict[str, tuple[set[str], set[str], tuple[str, str]]] = field(default_factory=dict)
    attributes: dict[str, tuple[dict[str, None], dict[str, None]]] = field(default_factory=dict)
    overlaps: dict[tuple[str, str], set[str]] = field(default_factory=dict)
    events: dict[str, dict[str, set[str]]] = field(default_factory=dict)
    equivalences: dict[str, set[str]] = field(default_factory=dict)

    def label(self, label: str) -> None:
        self.labels.setdefault(label)

    def relation(self, type_: str, head: str, tail: str, roles: tuple[str, str] = ("Arg1", "Arg2")) -> None:
        heads, tails, _ = self.relations.setdefault(type_, (set(), set(), roles))
        heads.add(head)
        tails.add(tail)

    def attribute(self, name: str, owner: str, value: str) -> None:
        owners, values = self.attributes.setdefault(name, ({}, {}))
        owners.setdefault(owner)
        values.setdefault(value)

    def event(self, type_: str, trigger_label: str, arguments: Iterable[tuple[str, str]]) -> None:
        self.triggers.setdefault(trigger_label)
        roles = self.events.setdefault(type_, {})
        for role, label in arguments:
            roles.setdefault(re.sub(r"\d+$", "", role), set()).add(label)

    def equivalence(self, type_: str, labels: Iterable[str]) -> None:
        self.equivalences.setdefault(type_, set()).update(labels)

    def spans(self, spans: Sequence[tuple[str, Sequence[Fragment]]]) -> None:
        """Records the overlap kind of every overlapping pair among one document's written spans."""
        ordered = sorted(spans, key=lambda item: item[1][0][0])
        for index, (label1, frags1) in enumerate(ordered):
            end1 = frags1[-1][1]
            for label2, frags2 in ordered[index + 1 :]:
                if frags2[0][0] >= end1:
                    break
                self._overlap(label1, frags1, label2, frags2)

    def _overlap(self, label1: str, frags1: Sequence[Fragment], label2: str, frags2: Sequence[Fragment]) -> None:
        if set(frags1) == set(frags2):
            self.overlaps.setdefault(tuple(sorted((label1, label2))), set()).add("equal")  # type: ignore[arg-type]
        elif _contains(frags2, frags1):
            self.overlaps.setdefault((label1, label2), set()).add("contain")
        elif _contains(frags1, frags2):
            self.overlaps.setdefault((label2, label1), set()).add("contain")
        else:
            self.overlaps.setdefault(tuple(sorted((label1, label2))), set()).add("cross")  # type: ignore[arg-type]


def _contains(outer: Sequence[Fragment], inner: Sequence[Fragment]) -> bool:
    """brat's ``contains``: every fragment of ``inner`` lies inside one of ``outer``."""
    return all(any(s <= start and end <= e for s, e in outer) for start, end in inner)


def annotation_conf(schema: Schema | None, seen: Seen | None = None) -> str:
    """brat's ``annotation.conf``: all four sections; from the schema, plus whatever the data used."""
    seen = seen or Seen()
    labels: dict[str, None] = {}
    relations: dict[str, tuple[list[str], list[str], tuple[str, str]]] = {}
    attributes: dict[str, tuple[dict[str, None], dict[str, None]]] = {}
    if schema is not None:
        for label in schema.labels:
            labels.setdefault(label.name)
            for attribute in label.attributes:
                owners, values = attributes.setdefault(attribute.name, ({}, {}))
                owners.setdefault(label.name)
                values.update(dict.fromkeys(attribute.values))
        for relation in schema.relations:
            relations[relation.name] = (sorted(relation.heads), sorted(relation.tails), ("Arg1", "Arg2"))
            for attribute in relation.attributes:
                owners, values = attributes.setdefault(attribute.name, ({}, {}))
                owners.setdefault(relation.name)
                values.update(dict.fromkeys(attribute.values))
    labels.update(dict.fromkeys(seen.labels))
    for name, (heads, tails, roles) in seen.relations.items():
        known = relations.get(name)
        if known is None or roles != ("Arg1", "Arg2"):
            relations[name] = (sorted(h for h in heads if h), sorted(t for t in tails if t), roles)
        elif known[0] and known[1] and not (heads <= set(known[0]) and tails <= set(known[1])):
            relations[name] = (sorted(set(known[0]) | heads), sorted(set(known[1]) | tails), roles)
    for name, (owners, values) in seen.attributes.items():
        known_owners, known_values = attributes.setdefault(name, ({}, {}))
        known_owners.update(owners)
        if schema is None or not known_values or not set(values) <= set(known_values):
            known_values.update(values)
    triggers = [label for label in labels if label in seen.triggers]
    lines = [
        "# Written by Kathan from the project's schema and the exported data.",
        "# Offsets in the .ann files count Unicode code points of the .txt (brat's own unit).",
        "[entities]",
    ]
    lines.extend(label for label in labels if label not in seen.triggers)
    lines += ["", "[relations]"]
    for name, (heads, tails, (role1, role2)) in relations.items():
        lines.append(f"{name}\t{role1}:{'|'.join(heads) or '<ENTITY>'}, {role2}:{'|'.join(tails) or '<ENTITY>'}")
    for name, members in seen.equivalences.items():
        types = "|".join(sorted(members)) or "<ENTITY>"
        lines.append(f"{name}\tArg1:{types}, Arg2:{types}, <REL-TYPE>:symmetric-transitive")
    for (inner, outer), kinds in sorted(seen.overlaps.items()):
        if inner in seen.triggers or outer in seen.triggers:
            continue
        lines.append(f"<OVERLAP>\tArg1:{inner}, Arg2:{outer}, <OVL-TYPE>:{'|'.join(sorted(kinds))}")
    lines += ["", "[events]"]
    for name, roles in seen.events.items():
        args = ", ".join(f"{role}*:{'|'.join(sorted(types))}" for role, types in roles.items())
        lines.append(f"{name}\t{args}" if args else name)
    for trigger in triggers:
        if trigger not in seen.events:
            lines.append(trigger)
    lines += ["", "[attributes]"]
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
