"""Invented Hindi news for the peer-tool check (bench/peer_tools.py): emoji outside the BMP,
a flag, a ZWJ sequence, nukta letters, overlapping and crossing spans, relations,
attributes, notes, two annotators and suggestions, as one native JSONL file.

Offsets are found with ``str.find`` on the text, so they are code points by construction.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Piece:
    """One span: its label, covered text (the ``nth`` occurrence), attributes, note, layer."""

    key: str
    label: str
    covered: str
    nth: int = 0
    attributes: dict[str, str] = field(default_factory=dict)
    note: str = ""
    annotator: str = ""
    origin: str = "manual"


KISAN = (
    'कृषि मंत्री 🙏 ने कहा, "किसानों की आय 2030 तक दोगुनी होगी 🌾।" '
    "विपक्ष के नेता ने पलटवार किया कि यह वादा 🤔 पुराना है।\n"
    "नई दिल्ली 👩🏽‍💻 से संवाददाता।\n"
)
KISAN_SPANS = [
    Piece("s1", "SPEAKER", "कृषि मंत्री", attributes={"kind": "official", "mention": "descriptive"}, note="पद, नाम नहीं", annotator="asha"),
    Piece("c1", "CUE", "कहा", annotator="asha"),
    Piece("q1", "QUOTE", "किसानों की आय 2030 तक दोगुनी होगी 🌾।", attributes={"form": "direct", "medium": "speech"}, annotator="asha"),
    Piece("cl1", "CLAIM", "आय 2030 तक दोगुनी होगी", attributes={"checkworthy": "yes"}, note="आँकड़ा जाँचें 🔍", annotator="asha"),
    Piece("s2", "SPEAKER", "विपक्ष के नेता", attributes={"kind": "person"}, annotator="asha"),
    Piece("c2", "CUE", "पलटवार किया", annotator="asha"),
    Piece("q2", "QUOTE", "यह वादा 🤔 पुराना है", attributes={"form": "indirect"}, annotator="asha"),
    Piece("rq1", "QUOTE", "किसानों की आय 2030 तक दोगुनी होगी 🌾", attributes={"form": "direct"}, annotator="ravi"),
    Piece("rs1", "SPEAKER", "मंत्री", annotator="ravi"),
    Piece("rcl", "CLAIM", "नेता ने पलटवार", annotator="ravi"),
    Piece("rc2", "CUE", "ने पलटवार किया", annotator="ravi"),
    Piece("re", "CLAIM", "दिल्ली 👩🏽‍💻", annotator="ravi", note="👩🏽‍💻 पूरा"),
    Piece("p1", "SPEAKER", "विपक्ष के नेता", annotator="rules-v1", origin="suggested", note="confidence 0.82"),
    Piece("p2", "QUOTE", "यह वादा 🤔 पुराना है।", annotator="rules-v1", origin="suggested", note="confidence 0.61"),
]
KISAN_RELATIONS = [
    ("r1", "said_by", "q1", "s1", "asha"),
    ("r2", "cued_by", "q1", "c1", "asha"),
    ("r3", "said_by", "q2", "s2", "asha"),
    ("r4", "cued_by", "q2", "c2", "asha"),
    ("r5", "said_by", "rq1", "rs1", "ravi"),
    ("r6", "said_by", "p2", "p1", "rules-v1"),
]

TWEET = (
    'प्रधानमंत्री ने ट्वीट किया: "देश 🇮🇳 आगे बढ़ रहा है।"\n'
    "उन्होंने ज़ोर देकर कहा कि 🚀 मिशन सफल रहा, पर ब्योरा नहीं दिया।"
)
TWEET_SPANS = [
    Piece("t1", "SPEAKER", "प्रधानमंत्री", attributes={"kind": "official", "mention": "descriptive"}, annotator="asha"),
    Piece("t2", "CUE", "ट्वीट किया", annotator="asha"),
    Piece("t3", "QUOTE", "देश 🇮🇳 आगे बढ़ रहा है।", attributes={"form": "direct", "medium": "social_post", "platform": "x"}, annotator="asha"),
    Piece("t4", "SPEAKER", "उन्होंने", attributes={"mention": "pronoun"}, annotator="asha"),
    Piece("t5", "CUE", "ज़ोर देकर कहा", annotator="asha"),
    Piece("t6", "QUOTE", "🚀 मिशन सफल रहा", attributes={"form": "indirect", "factuality": "asserted"}, annotator="asha"),
    Piece("t7", "CLAIM", "मिशन सफल रहा", attributes={"checkworthy": "probably"}, annotator="asha"),
]
TWEET_RELATIONS = [
    ("r1", "said_by", "t3", "t1", "asha"),
    ("r2", "cued_by", "t3", "t2", "asha"),
    ("r3", "said_by", "t6", "t4", "asha"),
    ("r4", "cued_by", "t6", "t5", "asha"),
]


def _find(text: str, covered: str, nth: int) -> int:
    start = -1
    for _ in range(nth + 1):
        start = text.find(covered, start + 1)
        if start < 0:
            raise ValueError(f"{covered!r} is not in the text {nth + 1} times")
    return start


def document(name: str, title: str, text: str, pieces: list[Piece], relations: list[tuple[str, str, str, str, str]]) -> dict:
    spans = []
    for piece in pieces:
        start = _find(text, piece.covered, piece.nth)
        spans.append(
            {
                "id": piece.key, "label": piece.label, "fragments": [[start, start + len(piece.covered)]],
                "attributes": piece.attributes, "note": piece.note, "annotator": piece.annotator, "origin": piece.origin,
            }
        )
    links = [
        {"id": key, "type": kind, "head": head, "tail": tail, "annotator": who, "origin": "imported"}
        for key, kind, head, tail, who in relations
    ]
    return {"id": name, "title": title, "text": text, "meta": {"source": "invented"}, "spans": spans, "relations": links}


def documents() -> list[dict]:
    return [
        document("peers/kisan", "किसानों की आय", KISAN, KISAN_SPANS, KISAN_RELATIONS),
        document("peers/tweet", "प्रधानमंत्री का ट्वीट", TWEET, TWEET_SPANS, TWEET_RELATIONS),
    ]


def write_fixture(path: Path) -> Path:
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in documents()), encoding="utf-8")
    return path
