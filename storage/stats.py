"""Project counts for ``kathan stats`` and the status bar: deterministic, so outputs can be diffed."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from storage.rows import annotators, documents, relations, spans, suggestions

Counts = tuple[tuple[str, int], ...]
"""``(name, count)`` pairs sorted by name; an annotator-less span counts under ``""``."""


@dataclass(frozen=True, slots=True)
class ProjectStats:
    documents: int
    documents_per_status: Counts
    spans: int
    relations: int
    spans_per_label: Counts
    relations_per_type: Counts
    spans_per_annotator: Counts
    relations_per_annotator: Counts
    suggestions_per_status: Counts = ()

    def format(self) -> str:
        """A plain-text report, one section per count, names in sorted order."""
        lines = [f"documents    {self.documents}"]
        lines += _section("documents per status", self.documents_per_status)
        lines += [f"spans        {self.spans}"]
        lines += _section("spans per label", self.spans_per_label)
        lines += [f"relations    {self.relations}"]
        lines += _section("relations per type", self.relations_per_type)
        lines += _section("spans per annotator", self.spans_per_annotator)
        lines += _section("relations per annotator", self.relations_per_annotator)
        if self.suggestions_per_status:
            lines += [f"suggestions  {sum(n for _, n in self.suggestions_per_status)}"]
            lines += _section("suggestions per status", self.suggestions_per_status)
        return "\n".join(lines)


def _section(title: str, counts: Counts) -> list[str]:
    if not counts:
        return []
    width = max(len(name or "(none)") for name, _ in counts)
    return [f"  {title}:"] + [f"    {name or '(none)':<{width}}  {count}" for name, count in counts]


def project_stats(conn: Connection) -> ProjectStats:
    def counts(query: object) -> Counts:
        return tuple(sorted(((name or "", n) for name, n in conn.execute(query)), key=lambda p: p[0]))  # type: ignore[call-overload]

    per_status = counts(select(documents.c.status, func.count()).group_by(documents.c.status))
    per_label = counts(select(spans.c.label, func.count()).group_by(spans.c.label))
    per_type = counts(select(relations.c.type, func.count()).group_by(relations.c.type))
    span_annotators = counts(
        select(annotators.c.name, func.count())
        .select_from(spans.outerjoin(annotators, annotators.c.id == spans.c.annotator_id))
        .group_by(annotators.c.name)
    )
    relation_annotators = counts(
        select(annotators.c.name, func.count())
        .select_from(relations.outerjoin(annotators, annotators.c.id == relations.c.annotator_id))
        .group_by(annotators.c.name)
    )
    per_review = counts(select(suggestions.c.status, func.count()).group_by(suggestions.c.status))
    return ProjectStats(
        documents=sum(n for _, n in per_status),
        documents_per_status=per_status,
        spans=sum(n for _, n in per_label),
        relations=sum(n for _, n in per_type),
        spans_per_label=per_label,
        relations_per_type=per_type,
        spans_per_annotator=span_annotators,
        relations_per_annotator=relation_annotators,
        suggestions_per_status=per_review,
    )
