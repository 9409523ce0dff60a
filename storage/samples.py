"""The sample article, as a first-start project and as the annotated demo behind ``--screenshot``.

``seed_sample_project`` creates a project holding the sample article; ``seed_demo_project``
adds a few hand-made annotations and the rule suggester's other proposals (dashed in the
picture). No Qt here: the GUI and tests call these, and so could the CLI.
"""

from __future__ import annotations

from dataclasses import replace
from importlib import resources
from pathlib import Path

from kathan.edits import AddRelations, AddSpans, new_relation, new_span
from kathan.model import Document, Fragment
from storage.workspace import Workspace

SAMPLE_NAME = "ambassador-lavrov.txt"

# (key, label, text, occurrence, after, attributes); ``after`` names a phrase the text follows.
DEMO_SPANS: tuple[tuple[str, str, str, str, dict[str, str]], ...] = (
    ("s1", "SPEAKER", "रूस में भारतीय दूतावास", "पोस्ट में, ", {"kind": "diplomatic_mission", "mention": "named"}),
    ("c1", "CUE", "कहा", "साझा करते हुए ", {}),
    (
        "q1",
        "QUOTE",
        "राजदूत @vkumar1969 ने विदेश मंत्री महामहिम श्री सर्गेई लावरोव से शिष्टाचार मुलाकात की; उन्होंने समकालीन क्षेत्रीय और "
        "वैश्विक मुद्दों और आगामी उच्च-स्तरीय द्विपक्षीय आदान-प्रदान पर चर्चा की।",
        "",
        {"form": "direct", "medium": "social_post", "platform": "x"},
    ),
    ("q2", "QUOTE", "राजदूत @vkumar1969 ने मुलाकात की", "", {"form": "direct", "medium": "social_post", "platform": "x"}),
    ("s2", "SPEAKER", "भारतीय दूतावास", "“", {"kind": "diplomatic_mission", "mention": "named"}),
    ("c2", "CUE", "पोस्ट किया", "एक्स पर ", {}),
    ("s3", "SPEAKER", "विदेश मंत्रालय", "", {"kind": "government_body", "mention": "named"}),
    ("c3", "CUE", "एक बयान में कहा", "", {}),
    ("l1", "CLAIM", "भारत का रक्षा के क्षेत्र में रूस के साथ दीर्घकालिक और व्यापक सहयोग है", "", {"checkworthy": "yes"}),
)
DEMO_RELATIONS: tuple[tuple[str, str, str], ...] = (
    ("said_by", "q1", "s1"),
    ("cued_by", "q1", "c1"),
    ("said_by", "q2", "s2"),
    ("cued_by", "q2", "c2"),
)


def locate(text: str, phrase: str, after: str = "") -> Fragment:
    """Where ``phrase`` first occurs (right after ``after`` when given)."""
    if after:
        start = text.index(after + phrase) + len(after)
    else:
        start = text.index(phrase)
    return (start, start + len(phrase))


def sample_path() -> Path:
    """The bundled sample article (Hindi news with quotes, speakers and cues)."""
    return Path(str(resources.files("resources.samples").joinpath(SAMPLE_NAME)))


def seed_sample_project(path: Path, annotator: str) -> Path:
    """Create a project at ``path`` holding the sample article (refuses an existing file)."""
    from kathan.formats import registry

    path.parent.mkdir(parents=True, exist_ok=True)
    ws = Workspace.create(path, annotator=annotator)
    try:
        ws.import_records(registry.read_paths([sample_path()], schema=ws.schema).records)
    finally:
        ws.close()
    return path


def seed_demo(ws: Workspace, document: Document) -> None:
    """Add the demo spans and relations to ``document`` in one edit (and so one transaction)."""
    spans = []
    for key, label, phrase, after, attributes in DEMO_SPANS:
        span = replace(new_span(document.id, label, (locate(document.text, phrase, after),)), attributes=attributes)
        spans.append((key, span))
    changes, _inverse = ws.apply(AddSpans(tuple(span for _key, span in spans)))
    ids = {key: stored.id for (key, _span), stored in zip(spans, changes.spans_added, strict=True)}
    for rtype, head, tail in DEMO_RELATIONS:
        ws.apply(AddRelations((replace(new_relation(rtype, ids[head], ids[tail]), document_id=document.id),)))


def seed_demo_project(path: Path, annotator: str = "demo") -> Path:
    """A new project at ``path``: the sample article, annotated, with the default suggester's
    open suggestions (those matching a demo span are left out by storage)."""
    seed_sample_project(path, annotator)
    ws = Workspace.open(path, annotator=annotator)
    try:
        doc = ws.document(ws.documents()[0].id)
        seed_demo(ws, doc)
        from kathan.suggest import get_suggester

        suggester = get_suggester()
        ws.store_suggestions(doc.id, suggester.name, suggester.suggest(doc))
    finally:
        ws.close()
    return path
