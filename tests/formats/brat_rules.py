"""The checks of brat's own verifier (server/src/verify_annotations.py in nlplab/brat), restated
for tests: an export is judged by the rules brat applies, not by Kathan's own reader.

Each rule below follows one function of the verifier: types known to the configuration
(verify_annotation_types), overlapping entities allowed by ``<OVERLAP>`` (verify_entity_overlap,
with brat's envelope overlap, ``same_span`` and ``contains``), relations allowed between the
types with the configured role names in either order (verify_relations), attributes allowed
for the annotation's type (verify_attributes), equivalences declared as symmetric-transitive
relations (verify_equivs) and event arguments allowed (verify_disallowed_arguments).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Conf:
    entities: set[str] = field(default_factory=set)
    events: dict[str, dict[str, set[str]]] = field(default_factory=dict)
    relations: list[tuple[str, str, set[str], str, set[str], dict[str, list[str]]]] = field(default_factory=list)
    attributes: dict[str, set[str]] = field(default_factory=dict)


def parse_conf(path: Path) -> Conf:
    conf = Conf()
    macros: dict[str, list[str]] = {}
    section = ""
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            section = line.strip("[]")
            continue
        if m := re.match(r"^(<[^>]+>)=(.*)$", line):
            macros[m.group(1)] = m.group(2).split("|")
            continue
        parts = line.split(None, 1)
        name, spec = parts[0].lstrip("!"), parts[1] if len(parts) > 1 else ""
        args: list[tuple[str, list[str]]] = []
        for piece in spec.split(","):
            role, sep, types = piece.strip().partition(":")
            if sep:
                role = re.sub(r"[?*+]$|\{[0-9,-]+\}$", "", role)
                expanded = [t for item in types.split("|") for t in macros.get(item.strip(), [item.strip()])]
                args.append((role, expanded))
        if section == "entities":
            conf.entities.add(name)
        elif section == "events":
            conf.events[name] = {role: set(types) for role, types in args}
        elif section == "relations":
            plain = [(r, t) for r, t in args if not r.startswith("<")]
            special = {r: t for r, t in args if r.startswith("<")}
            (role1, types1), (role2, types2) = plain[:2]
            conf.relations.append((name, role1, set(types1), role2, set(types2), special))
        elif section == "attributes":
            conf.attributes[name] = set(dict(args).get("Arg", []))
    return conf


def _matches(types: set[str], type_: str, conf: Conf) -> bool:
    return (
        type_ in types
        or "<ANY>" in types
        or ("<ENTITY>" in types and type_ in conf.entities)
        or ("<EVENT>" in types and type_ in conf.events)
    )


def _overlap_kinds(conf: Conf, inner: str, outer: str) -> set[str]:
    kinds: set[str] = set()
    for name, _, types1, _, types2, special in conf.relations:
        if name == "<OVERLAP>" and _matches(types1, inner, conf) and _matches(types2, outer, conf):
            for value in special.get("<OVL-TYPE>", []):
                kinds.update(value.split("|"))
    return kinds


def _contains(outer: list[tuple[int, int]], inner: list[tuple[int, int]]) -> bool:
    return all(any(s <= a and b <= e for s, e in outer) for a, b in inner)


def verify(ann_path: Path, conf: Conf) -> list[str]:
    """The errors brat's verifier would report for ``ann_path`` under ``conf``."""
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    relations: list[tuple[str, str, str, str, str, str]] = []
    events: dict[str, tuple[str, list[tuple[str, str]]]] = {}
    attributes: list[tuple[str, str, str]] = []
    equivs: list[tuple[str, list[str]]] = []
    for line in ann_path.read_text(encoding="utf-8").splitlines():
        ident, _, rest = line.partition("\t")
        data = rest.split("\t")[0]
        if ident.startswith("T"):
            type_, _, offsets = data.partition(" ")
            spans[ident] = (type_, [tuple(map(int, p.split())) for p in offsets.split(";")])  # type: ignore[misc]
        elif ident.startswith("R"):
            type_, a1, a2 = data.split()
            (r1, _, i1), (r2, _, i2) = a1.partition(":"), a2.partition(":")
            relations.append((ident, type_, r1, i1, r2, i2))
        elif ident.startswith("E"):
            head, *args = data.split()
            type_, _, trigger = head.partition(":")
            events[ident] = (type_, [(re.sub(r"\d+$", "", r), i) for r, _, i in (a.partition(":") for a in args)])
        elif ident[:1] in "AM":
            name, target, *_ = data.split()
            attributes.append((ident, name, target))
        elif ident.startswith("*"):
            type_, *members = data.split()
            equivs.append((type_, members))
    errors: list[str] = []

    def type_of(ident: str) -> str:
        if ident in spans:
            return spans[ident][0]
        if ident in events:
            return events[ident][0]
        return next(r[1] for r in relations if r[0] == ident)

    relation_names = {r[0] for r in conf.relations}
    for ident, (type_, _) in spans.items():
        if type_ not in conf.entities and type_ not in conf.events:
            errors.append(f"{ident}: {type_} is not a known textbound type")
    for ident, type_, *_ in relations:
        if type_ not in relation_names:
            errors.append(f"{ident}: {type_} is not a known relation type")
    for ident, (type_, args) in events.items():
        if type_ not in conf.events:
            errors.append(f"{ident}: {type_} is not a known event type")
            continue
        for role, target in args:
            if role not in conf.events[type_] or not _matches(conf.events[type_][role], type_of(target), conf):
                errors.append(f"{ident}: {type_} cannot take a {role} argument of type {type_of(target)}")
    physical = [(i, t, f) for i, (t, f) in spans.items() if t in conf.entities]
    for i1, t1, f1 in physical:
        for i2, t2, f2 in physical:
            if i1 == i2 or not (min(s for s, _ in f2) < max(e for _, e in f1) and max(e for _, e in f2) > min(s for s, _ in f1)):
                continue
            if set(f1) == set(f2):
                ok = {"equal", "<ANY>"} & (_overlap_kinds(conf, t1, t2) | _overlap_kinds(conf, t2, t1))
            elif _contains(f2, f1):
                ok = {"contain", "<ANY>"} & _overlap_kinds(conf, t1, t2) or "<ANY>" in _overlap_kinds(conf, t2, t1)
            elif _contains(f1, f2):
                ok = {"contain", "<ANY>"} & _overlap_kinds(conf, t2, t1) or "<ANY>" in _overlap_kinds(conf, t1, t2)
            else:
                ok = {"cross", "<ANY>"} & (_overlap_kinds(conf, t1, t2) | _overlap_kinds(conf, t2, t1))
            if not ok:
                errors.append(f"{i1}: {t1} cannot overlap {t2} {i2}")
    for ident, type_, r1, i1, r2, i2 in relations:
        a1, a2 = type_of(i1), type_of(i2)
        allowed = any(
            name == type_
            and ((role1, role2) == (r1, r2) and _matches(ts1, a1, conf) and _matches(ts2, a2, conf)
                 or (role1, role2) == (r2, r1) and _matches(ts1, a2, conf) and _matches(ts2, a1, conf))
            for name, role1, ts1, role2, ts2, _ in conf.relations
        )
        if not allowed:
            errors.append(f"{ident}: {type_} relation {r1}:{a1} {r2}:{a2} not allowed")
    for ident, name, target in attributes:
        owners = conf.attributes.get(name, set())
        type_ = type_of(target)
        if not (type_ in owners or "<ANY>" in owners or ("<ENTITY>" in owners and type_ in conf.entities)
                or ("<EVENT>" in owners and type_ in conf.events)
                or ("<RELATION>" in owners and type_ in relation_names)):
            errors.append(f"{target}: {type_} cannot take a {name} attribute")
    for type_, members in equivs:
        types = {type_of(m) for m in members}
        for t1 in types:
            for t2 in types:
                if not any(
                    name == type_ and "symmetric-transitive" in "|".join(special.get("<REL-TYPE>", []))
                    and _matches(ts1, t1, conf) and _matches(ts2, t2, conf)
                    for name, _, ts1, _, ts2, special in conf.relations
                ):
                    errors.append(f"Equivalence relation {type_} not allowed between {t1} and {t2}")
    return errors


def verify_folder(folder: Path) -> list[str]:
    conf = parse_conf(folder / "annotation.conf")
    return [f"{ann.name}: {error}" for ann in sorted(folder.rglob("*.ann")) for error in verify(ann, conf)]
