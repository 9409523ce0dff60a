"""Small invented projects for the learned suggester: short articles built from templates,
with their QUOTE, SPEAKER, CUE and CLAIM spans and said_by / cued_by links known by construction.

The sentences are written for these tests (no corpus text). ``language="mr"`` gives Marathi-like
sentences that no rules cover.
"""

from __future__ import annotations

import random

from kathan.model import DocumentRecord, RelationRecord, SpanRecord

SPEAKERS_HI = ["नगर आयुक्त रमेश वर्मा", "जिलाधिकारी सुनीता राव", "शिक्षा मंत्री अजय कुमार", "डॉक्टर नीना शर्मा", "किसान नेता बलवंत सिंह"]
CONTENTS_HI = [
    "शहर की सड़कें अगले महीने तक ठीक हो जाएंगी",
    "सभी स्कूलों में नए शिक्षक भेजे जाएंगे",
    "अस्पताल में दवाओं की कोई कमी नहीं है",
    "बारिश से फसलों को भारी नुकसान हुआ है",
    "पानी की आपूर्ति दो दिन में सामान्य होगी",
]
CLAIMS_HI = ["इस साल जिले में 40 नए स्कूल खुले", "पिछले महीने 12 हजार लोगों का टीकाकरण हुआ", "राज्य में 300 किलोमीटर नई सड़क बनी"]
FILLER_HI = ["मौसम आज साफ रहा", "बाजार में भीड़ कम दिखी", "शाम को हल्की हवा चली", "लोग त्योहार की तैयारी में जुटे हैं"]

SPEAKERS_MR = ["महापौर सविता पाटील", "आयुक्त मोहन देशमुख", "डॉक्टर राधा जोशी"]
CONTENTS_MR = ["शहरातील रस्ते लवकर दुरुस्त होतील", "सर्व शाळांना नवे शिक्षक मिळतील", "रुग्णालयात औषधांचा तुटवडा नाही"]
FILLER_MR = ["आज हवामान स्वच्छ होते", "बाजारात गर्दी कमी होती"]


class _Builder:
    def __init__(self) -> None:
        self.text = ""
        self.spans: list[SpanRecord] = []
        self.relations: list[RelationRecord] = []

    def add(self, piece: str, label: str = "") -> str:
        start = len(self.text)
        self.text += piece
        if not label:
            return ""
        key = f"T{len(self.spans) + 1}"
        self.spans.append(SpanRecord(key, label, ((start, len(self.text)),)))
        return key

    def link(self, type_: str, head: str, tail: str) -> None:
        self.relations.append(RelationRecord(f"R{len(self.relations) + 1}", type_, head, tail))

    def attribution(self, speaker: str, content: str, cue: str, after: str = " कि ") -> None:
        s = self.add(speaker, "SPEAKER")
        self.add(" ने " if cue != "यांनी सांगितले" else " ")
        c = self.add(cue, "CUE")
        self.add(after)
        q = self.add(content, "QUOTE")
        self.add("। ")
        self.link("said_by", q, s)
        self.link("cued_by", q, c)


def article(rng: random.Random, language: str = "hi") -> tuple[str, tuple[SpanRecord, ...], tuple[RelationRecord, ...]]:
    b = _Builder()
    if language == "mr":
        for _ in range(3):
            b.add(rng.choice(FILLER_MR) + ". ")
            b.attribution(rng.choice(SPEAKERS_MR), rng.choice(CONTENTS_MR), "यांनी सांगितले", " की ")
        return b.text.strip(), tuple(b.spans), tuple(b.relations)
    for n in range(3):
        b.add(rng.choice(FILLER_HI) + "। ")
        b.attribution(rng.choice(SPEAKERS_HI), rng.choice(CONTENTS_HI), rng.choice(["कहा", "बताया"]))
        if n == 1:
            b.add(rng.choice(CLAIMS_HI), "CLAIM")
            b.add("। ")
        b.add("\n")
    return b.text.rstrip(), tuple(b.spans), tuple(b.relations)


def records(count: int, seed: int = 3, language: str = "hi", prefix: str = "doc") -> list[DocumentRecord]:
    rng = random.Random(seed)
    result = []
    for n in range(count):
        text, spans, relations = article(rng, language)
        result.append(DocumentRecord(f"{prefix}{n:02d}", text, language=language, spans=spans, relations=relations))
    return result
