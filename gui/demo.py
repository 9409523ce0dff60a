"""The sample article with a few hand-made annotations and the rule suggester's other proposals
(dashed in the picture): for ``--screenshot`` and the README picture."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from gui.edit_values import add_relation
from kathan.edits import new_span
from kathan.edits import AddSpans
from kathan.model import Document, Fragment

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


def seed_demo(ws: object, document: Document) -> None:
    """Add the demo spans and relations to ``document`` in one edit (and so one transaction)."""
    spans = []
    for key, label, phrase, after, attributes in DEMO_SPANS:
        span = replace(new_span(document.id, label, (locate(document.text, phrase, after),)), attributes=attributes)
        spans.append((key, span))
    changes, _inverse = ws.apply(AddSpans(tuple(span for _key, span in spans)))  # type: ignore[attr-defined]
    ids = {key: stored.id for (key, _span), stored in zip(spans, changes.spans_added, strict=True)}
    for rtype, head, tail in DEMO_RELATIONS:
        ws.apply(add_relation(document.id, rtype, ids[head], ids[tail]))  # type: ignore[attr-defined]


def seed_demo_project(path: Path, annotator: str = "demo") -> Path:
    """A new project at ``path``: the sample article, annotated, with the default suggester's
    open suggestions (those matching a demo span are left out by storage)."""
    from gui.app import seed_project
    from storage import Workspace

    seed_project(path, annotator)
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


def select_first_quote(window: object) -> None:
    """Select the document's first QUOTE so its relation connectors are drawn."""
    controller = window.controller  # type: ignore[attr-defined]
    quote = next((s for s in controller.spans if s.label == "QUOTE"), None)
    if quote is not None:
        window.jump_to_span(quote.id)  # type: ignore[attr-defined]

