"""Label Studio task JSON (NER with relations): a list of tasks with ``annotations`` and ``predictions``.

Read: each task's text is ``data.text`` (or the one string field of ``data``), its name
``data.name`` or the task ``id``. Each annotation is one annotator (``created_username``,
``completed_by.email`` or the user id); cancelled annotations are skipped with a warning.
Results of type ``labels`` are spans (one per label of a region, region ids kept as keys);
``choices`` and ``textarea`` results sharing a region's ``id`` are its attributes (named by
``from_name``) and its note; ``relation`` results link regions (``direction: left``
reverses them; each of ``labels`` is one relation). ``predictions`` become suggested spans
whose annotator is the ``model_version`` and whose note holds the ``score``. Offsets count
code points; a region whose ``value.text`` does not match is read as UTF-16 units (exports
from before Label Studio counted code points, which drift by one per emoji) and repaired
with a warning, or refused.

Write: one task per document (``data.text``, ``data.name``, ``data.title``, the meta), one
annotation per annotator, suggested spans (``--suggestions``) as ``predictions`` with
their confidence as ``score``; the task's ``meta.offset_unit`` says ``codepoint``. A
labelling config for the project is written beside the file (``NAME.label_config.xml``).
A discontinuous span becomes one region per fragment; relation attributes and relations
between spans of two annotators have no place and are counted.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from kathan.formats.base import (
    DocumentCounter,
    ExportReport,
    Format,
    LossLog,
    OffsetUnit,
    Progress,
    ReadContext,
    Source,
    fragment_keys,
)
from kathan.formats.guards import head_text
from kathan.formats.json_input import json_items, json_type
from kathan.formats.output import atomic_output
from kathan.formats.record_builder import RecordBuilder, as_text, document_name
from kathan.model import AnnotatedDocument, DocumentRecord, Origin, Review, Span
from kathan.schema import Schema

EXAMPLE = Path(__file__).resolve().parent / "examples" / "label-studio" / "golden.json"
LABEL_CONTROL = "label"
NOTE_CONTROL = "note"
TEXT_OBJECT = "text"
_CONFIDENCE = re.compile(r"(?:confidence|score) ([0-9]*\.?[0-9]+)")


# Reading


def read_label_studio(sources: Sequence[Source], ctx: ReadContext) -> Iterator[DocumentRecord]:
    for source in sources:
        for line, task in json_items(source, ctx, whole=True):
            record = _task(task, source, line, ctx)
            if record is not None:
                yield record


def _task(task: Any, source: Source, line: int, ctx: ReadContext) -> DocumentRecord | None:
    file = str(source.path)
    if not isinstance(task, dict):
        ctx.error(file, line, f"a task must be a JSON object, not {json_type(task)}")
        return None
    data = task.get("data")
    if not isinstance(data, dict):
        ctx.error(file, line, "data: missing" if data is None else f"data: must be an object, not {json_type(data)}")
        return None
    text_key = "text" if "text" in data else _only_string_field(data)
    raw_text = data.get(text_key) if text_key else None
    if not isinstance(raw_text, str):
        ctx.error(file, line, "data.text: missing (or name the text field 'text')" if raw_text is None else f"data.{text_key}: must be a string")
        return None
    builder = RecordBuilder(ctx, file, line, raw_text)
    unit = (task.get("meta") or {}).get("offset_unit") if isinstance(task.get("meta"), dict) else None
    if unit not in (None, "codepoint"):
        builder.error("meta.offset_unit", f"{unit!r}: Label Studio offsets count code points")
    for kind in ("annotations", "completions", "predictions"):
        items = task.get(kind)
        if items is None:
            continue
        if not isinstance(items, list):
            builder.error(kind, f"must be a list, not {json_type(items)}")
            continue
        for index, annotation in enumerate(items):
            _annotation(builder, annotation, f"{kind}[{index}]", predicted=kind == "predictions")
    meta = {key: as_text(value) for key, value in data.items() if key not in (text_key, "name", "title") and value is not None}
    title = data.get("title")
    return builder.record(
        document_name(data.get("name"), document_name(task.get("id"), f"{source.path.stem}-{line}")),
        title=title if isinstance(title, str) else None,
        meta=meta,
    )


def _only_string_field(data: Mapping[str, Any]) -> str | None:
    strings = [key for key, value in data.items() if isinstance(value, str)]
    return strings[0] if len(strings) == 1 else None


def _annotator(annotation: Mapping[str, Any], predicted: bool) -> str:
    if predicted:
        version = annotation.get("model_version")
        return str(version) if isinstance(version, str | int) and str(version) else "prediction"
    name = annotation.get("created_username")
    if isinstance(name, str) and name.strip():
        return name.strip()
    who = annotation.get("completed_by")
    if isinstance(who, dict):
        who = who.get("email") or who.get("username") or who.get("id")
    return "" if who is None or isinstance(who, bool) else str(who)


def _annotation(builder: RecordBuilder, annotation: Any, where: str, predicted: bool) -> None:
    if not isinstance(annotation, dict):
        builder.error(where, f"must be an object, not {json_type(annotation)}")
        return
    if annotation.get("was_cancelled") is True:
        builder.warn(where, "a cancelled (skipped) annotation: not imported")
        return
    results = annotation.get("result")
    if not isinstance(results, list):
        builder.error(f"{where}.result", "missing" if results is None else f"must be a list, not {json_type(results)}")
        return
    annotator = _annotator(annotation, predicted)
    origin = Origin.SUGGESTED if predicted else Origin.IMPORTED
    score = annotation.get("score")
    regions: dict[str, list[str]] = {}
    extras: dict[str, tuple[dict[str, str], list[str]]] = {}
    for index, result in enumerate(results):
        place = f"{where}.result[{index}]"
        if not isinstance(result, dict):
            builder.error(place, f"must be an object, not {json_type(result)}")
            continue
        kind = result.get("type")
        region = result.get("id")
        if kind in ("choices", "textarea") and isinstance(region, str | int):
            attributes, notes = extras.setdefault(str(region), ({}, []))
            value = result.get("value") if isinstance(result.get("value"), dict) else {}
            if kind == "choices":
                choices = value.get("choices")
                if isinstance(choices, list) and choices:
                    attributes[str(result.get("from_name") or "choice")] = ", ".join(str(c) for c in choices)
            else:
                texts = value.get("text")
                written = [str(t) for t in (texts if isinstance(texts, list) else [texts]) if t]
                if result.get("from_name") in (NOTE_CONTROL, "notes", "comment"):
                    notes.extend(written)
                elif written:
                    attributes[str(result.get("from_name"))] = "\n".join(written)
    for index, result in enumerate(results):
        if isinstance(result, dict) and result.get("type") == "labels":
            place = f"{where}.result[{index}]"
            region = result.get("id")
            result_score = result.get("score", score)
            keys = _region(builder, result, place, annotator, origin, extras, result_score)
            if keys:
                regions[str(region)] = keys
    for index, result in enumerate(results):
        if not isinstance(result, dict) or result.get("type") != "relation":
            continue
        place = f"{where}.result[{index}]"
        ends = [result.get("from_id"), result.get("to_id")]
        if any(str(end) not in regions for end in ends):
            missing = next(str(end) for end in ends if str(end) not in regions)
            builder.error(place, f"links region {missing!r}, which this annotation does not have")
            continue
        head, tail = regions[str(ends[0])][0], regions[str(ends[1])][0]
        if result.get("direction") == "left":
            head, tail = tail, head
        labels = result.get("labels") or []
        if not isinstance(labels, list) or not labels:
            builder.error(f"{place}.labels", "a relation needs a label (its type in Kathan)")
            continue
        for label in labels:
            builder.relation(f"R{len(builder.relations) + 1}", label, head, tail, place, annotator=annotator, origin=origin)


def _region(
    builder: RecordBuilder,
    result: Mapping[str, Any],
    place: str,
    annotator: str,
    origin: Origin,
    extras: Mapping[str, tuple[dict[str, str], list[str]]],
    score: Any,
) -> list[str]:
    """Adds the spans of one ``labels`` region; their keys (the region id, then ``id:label``)."""
    value = result.get("value")
    if not isinstance(value, dict):
        builder.error(f"{place}.value", "missing" if value is None else f"must be an object, not {json_type(value)}")
        return []
    start, end = value.get("start"), value.get("end")
    if type(start) is not int or type(end) is not int:
        builder.error(f"{place}.value", "start and end must be integers (HyperText regions are not supported)")
        return []
    covered = value.get("text")
    raw = builder.matching(start, end, covered, f"{place}.value") if isinstance(covered, str) else builder.raw_offsets(start, end, f"{place}.value")
    fragment = None if raw is None else builder.stored(raw, f"{place}.value")
    labels = value.get("labels")
    if fragment is None:
        return []
    if not isinstance(labels, list) or not labels:
        builder.error(f"{place}.value.labels", "a region needs at least one label")
        return []
    region = document_name(result.get("id"), f"{place}")
    attributes, notes = extras.get(region, ({}, []))
    note = "\n".join(notes)
    if isinstance(score, int | float) and not isinstance(score, bool):
        note = "; ".join(part for part in (f"score {score:g}", note) if part)
    keys = []
    for number, label in enumerate(labels):
        key = region if number == 0 else f"{region}:{label}"
        if key in builder.spans:
            key = f"{annotator}:{key}"
        span = builder.span(key, label, (fragment,), place, attributes=attributes, note=note, annotator=annotator, origin=origin)
        if span is not None:
            keys.append(key)
    return keys


# Writing


def write_label_studio(
    docs: Iterable[AnnotatedDocument], out: Path, schema: Schema | None = None, progress: Progress | None = None
) -> ExportReport:
    """Writes a JSON list of tasks (streamed) and its labelling config beside it."""
    counter = DocumentCounter(docs, progress)
    losses = LossLog()
    seen = _Seen()
    out = Path(out)
    with atomic_output(out) as handle:
        handle.write("[")
        separator = "\n"
        for number, annotated in enumerate(counter, start=1):
            task = document_task(annotated, number, losses)
            seen.add(annotated)
            handle.write(separator + json.dumps(task, ensure_ascii=False))
            separator = ",\n"
        handle.write("\n]\n")
    config = out.with_name(f"{out.stem}.label_config.xml")
    with atomic_output(config) as handle:
        handle.write(label_config(schema, seen))
    return counter.report(losses, offset_unit=OffsetUnit.CODEPOINT.value, notes=[f"labelling config for the project: {config}"])


def document_task(annotated: AnnotatedDocument, number: int, losses: LossLog) -> dict[str, Any]:
    document = annotated.document
    name = document.name
    text = document.text
    data: dict[str, Any] = {"text": text, "name": name, "title": document.title}
    for key, value in document.meta.items():
        if key in data:
            losses.note("meta keys named text, name or title, not written", name)
        else:
            data[key] = value
    groups: dict[tuple[bool, str], list[dict[str, Any]]] = {}
    scores: dict[tuple[bool, str], list[float]] = {}
    region_of: dict[int, tuple[tuple[bool, str], str]] = {}
    group_of = _annotation_groups(annotated, losses)
    for span, keys in zip(annotated.spans, fragment_keys(annotated.spans, "s"), strict=True):
        group = group_of[span.id]
        results = groups.setdefault(group, [])
        for index, fragment in enumerate(span.fragments):
            region = keys[index]
            results.extend(_region_results(span, region, fragment, text, annotated.reviews.get(span.id)))
        region_of[span.id] = (group, keys[0])
        confidence = _confidence(span, annotated.reviews.get(span.id))
        if group[0] and confidence is not None:
            scores.setdefault(group, []).append(confidence)
    losses.note("discontinuous spans, written as one region per fragment", name, sum(1 for s in annotated.spans if len(s.fragments) > 1))
    for relation in annotated.relations:
        head, tail = region_of.get(relation.head), region_of.get(relation.tail)
        if head is None or tail is None:
            losses.note("relations to a span not in the document, not written", name)
            continue
        if head[0] != tail[0]:
            losses.note("relations between spans of two annotators, not written (a Label Studio relation stays in one annotation)", name)
            continue
        groups[head[0]].append(
            {"from_id": head[1], "to_id": tail[1], "type": "relation", "direction": "right", "labels": [relation.type]}
        )
    losses.note("relation attributes, not written (Label Studio relations have none)", name, sum(len(r.attributes) for r in annotated.relations))
    if document.status.value != "new":
        losses.note("document status, not written", name)
    annotations = []
    predictions = []
    for (predicted, annotator), results in groups.items():
        if predicted:
            entry: dict[str, Any] = {"model_version": annotator or "kathan", "result": results}
            group_scores = scores.get((predicted, annotator))
            if group_scores:
                entry["score"] = round(sum(group_scores) / len(group_scores), 4)
            predictions.append(entry)
        else:
            annotations.append({"id": len(annotations) + 1, "created_username": annotator, "completed_by": {"email": annotator} if annotator else None, "was_cancelled": False, "result": results})
    task = {"id": number, "data": data, "annotations": annotations, "predictions": predictions, "meta": {"offset_unit": "codepoint"}}
    return task


def _annotation_groups(annotated: AnnotatedDocument, losses: LossLog) -> dict[int, tuple[bool, str]]:
    """Which annotation (predicted or not, annotator) holds each span: one per annotator, except
    that spans of two annotators linked by a relation share the annotation of the annotator
    with more spans among them (a Label Studio relation stays inside one annotation)."""
    own = {span.id: (span.origin == Origin.SUGGESTED, span.annotator) for span in annotated.spans}
    parent: dict[tuple[bool, str], tuple[bool, str]] = {group: group for group in own.values()}

    def root(group: tuple[bool, str]) -> tuple[bool, str]:
        while parent[group] != group:
            group = parent[group]
        return group

    for relation in annotated.relations:
        if relation.head in own and relation.tail in own:
            a, b = root(own[relation.head]), root(own[relation.tail])
            if a != b:
                parent[b] = a
    sizes: dict[tuple[bool, str], int] = {}
    for group in own.values():
        sizes[group] = sizes.get(group, 0) + 1
    leader: dict[tuple[bool, str], tuple[bool, str]] = {}
    for group in sorted(parent, key=lambda g: (-sizes[g], g)):
        leader.setdefault(root(group), group)
    result = {span_id: leader[root(group)] for span_id, group in own.items()}
    moved = sum(1 for span_id, group in own.items() if result[span_id] != group)
    losses.note("span annotators, written under another annotator (a relation links their spans)", annotated.document.name, moved)
    return result


def _region_results(
    span: Span, region: str, fragment: tuple[int, int], text: str, review: Review | None
) -> list[dict[str, Any]]:
    start, end = fragment
    base = {"id": region, "to_name": TEXT_OBJECT, "origin": "prediction" if span.origin == Origin.SUGGESTED else "manual"}
    results: list[dict[str, Any]] = [
        {**base, "from_name": LABEL_CONTROL, "type": "labels", "value": {"start": start, "end": end, "text": text[start:end], "labels": [span.label]}}
    ]
    confidence = _confidence(span, review)
    if span.origin == Origin.SUGGESTED and confidence is not None:
        results[0]["score"] = confidence
    for key, value in sorted(span.attributes.items()):
        results.append({**base, "from_name": key, "type": "choices", "value": {"start": start, "end": end, "choices": [value]}})
    if review is not None:
        note = f"rule: {review.rule}" if review.rule else ""
    elif span.origin == Origin.SUGGESTED:
        note = _CONFIDENCE.sub("", span.note).strip("; ")
    else:
        note = span.note
    if note:
        results.append({**base, "from_name": NOTE_CONTROL, "type": "textarea", "value": {"start": start, "end": end, "text": [note]}})
    return results


def _confidence(span: Span, review: Review | None) -> float | None:
    """A suggestion's confidence: from its review (an export of suggestions), else from a
    ``score``/``confidence`` note (a suggestion imported from a file)."""
    if review is not None:
        return review.confidence
    match = _CONFIDENCE.search(span.note)
    return float(match.group(1)) if match else None


class _Seen:
    """Labels, attribute values and relation types met while writing, for the labelling config."""

    def __init__(self) -> None:
        self.labels: dict[str, None] = {}
        self.attributes: dict[str, dict[str, None]] = {}
        self.relations: dict[str, None] = {}

    def add(self, annotated: AnnotatedDocument) -> None:
        for span in annotated.spans:
            self.labels.setdefault(span.label)
            for key, value in span.attributes.items():
                self.attributes.setdefault(key, {}).setdefault(value)
        for relation in annotated.relations:
            self.relations.setdefault(relation.type)


def label_config(schema: Schema | None, seen: _Seen) -> str:
    """A Label Studio labelling config holding every label, attribute and relation type."""
    from xml.sax.saxutils import quoteattr  # here: it imports urllib.request, http and ssl, 40 ms of every start-up

    labels = dict.fromkeys([*(schema.label_names if schema else ()), *seen.labels])
    relations = dict.fromkeys([*(r.name for r in (schema.relations if schema else ())), *seen.relations])
    attributes: dict[str, dict[str, None]] = {}
    if schema is not None:
        for label in schema.labels:
            for attribute in label.attributes:
                attributes.setdefault(attribute.name, {}).update(dict.fromkeys(attribute.values))
    for key, values in seen.attributes.items():
        attributes.setdefault(key, {}).update(values)
    lines = ["<View>", f'  <Relations>{"".join(f"<Relation value={quoteattr(r)}/>" for r in relations)}</Relations>']
    lines.append(f'  <Labels name="{LABEL_CONTROL}" toName="{TEXT_OBJECT}">')
    lines.extend(f"    <Label value={quoteattr(label)}/>" for label in labels)
    lines.append("  </Labels>")
    lines.append(f'  <Text name="{TEXT_OBJECT}" value="$text"/>')
    for key, values in attributes.items():
        if values:
            choices = "".join(f"<Choice value={quoteattr(v)}/>" for v in values)
            lines.append(f'  <Choices name={quoteattr(key)} toName="{TEXT_OBJECT}" perRegion="true">{choices}</Choices>')
        else:
            lines.append(f'  <TextArea name={quoteattr(key)} toName="{TEXT_OBJECT}" perRegion="true"/>')
    lines.append(f'  <TextArea name="{NOTE_CONTROL}" toName="{TEXT_OBJECT}" perRegion="true"/>')
    lines.append("</View>")
    return "\n".join(lines) + "\n"


def sniff(path: Path) -> bool:
    """Whether ``path`` starts like a Label Studio export: a list of tasks with ``data``."""
    head = head_text(Path(path), 4096)
    return bool(re.match(r"\s*\[\s*\{", head)) and '"data"' in head and any(
        key in head for key in ('"annotations"', '"predictions"', '"id"')
    )


FORMAT = Format(
    name="label-studio",
    title="Label Studio JSON",
    extensions=(".json",),
    description="Label Studio tasks: annotations per annotator, predictions, labels, per-region choices, relations",
    reader=read_label_studio,
    writer=write_label_studio,
    examples=(EXAMPLE,),
    sniff=sniff,
    priority=600,
)
