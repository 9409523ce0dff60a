"""From attributions to suggestions: QUOTE, SPEAKER and CUE spans with their links.

Speakers and cues shared by several quotes become one suggestion each. A pronoun speaker is
linked ``same_as`` to the nearest named speaker before it, which may be one the rules name only
as what the pronoun refers to (``mentions``: X ने बयान दिया। उन्होंने कहा …); a name to the
nearest earlier one that contains it or ends with the same word (सीतारमण → वित्त मंत्री निर्मला
सीतारमण). The
QUOTE's ``medium`` and ``platform`` come from words before the cue (एक्स पर, ट्वीट, बयान)
and from @handles in the quote; its ``factuality`` from its own words (?, अगर …, सकता).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from kathan.model import Fragment
from kathan.suggest.base import SuggestedLink, Suggestion
from kathan.suggest.lexicon import CueRule, Lexicon
from kathan.suggest.speakers import SpeakerPhrase, speaker_kind
from kathan.validate import check_fragments


@dataclass(slots=True)
class Attribution:
    """One quote with what the rules found around it."""

    fragments: list[Fragment]
    form: str
    confidence: float
    rule: str
    cue: tuple[int, int] | None = None
    cue_rule: CueRule | None = None
    speaker: SpeakerPhrase | None = None
    window: tuple[int, int] = (0, 0)
    regions: list[int] = field(default_factory=list)
    """Identities of the quote regions the content came from (each is used once)."""
    relay: SpeakerPhrase | None = None
    """Who passed the quote on (``A ने B के हवाले से कहा``: A), linked ``relayed_via``."""
    source_cue: tuple[int, int] | None = None
    """The cue naming the original source (``के हवाले से``), a second ``cued_by``."""


_MENTION_CONFIDENCE = 0.5
"""Of a speaker named before a pronoun speaker, who says nothing the rules attribute there."""


def build_suggestions(
    text: str, attributions: Sequence[Attribution], lexicon: Lexicon, mentions: Sequence[SpeakerPhrase] = ()
) -> list[Suggestion]:
    """The suggestions for ``attributions`` over ``text``, sorted by position; ``mentions`` are
    speakers named earlier that later pronoun speakers refer to (SPEAKER spans with no quote)."""
    return _Builder(text, lexicon).build(attributions, mentions)


class _Builder:
    def __init__(self, text: str, lexicon: Lexicon) -> None:
        self.text = text
        self.lexicon = lexicon

    def quote_attributes(self, attribution: Attribution) -> dict[str, str]:
        """form, medium, platform (social posts) and factuality of a QUOTE."""
        start, end = attribution.window
        window = self.text[start:end]
        content = " ".join(self.text[s:e] for s, e in attribution.fragments)
        medium = platform = ""
        for rule in self.lexicon.media:
            if rule.pattern.search(window) or (rule.in_quote and rule.pattern.search(content)):
                medium = medium or rule.medium
                if rule.medium == "social_post" and rule.platform:
                    platform = platform or rule.platform
        cue_medium = attribution.cue_rule.medium if attribution.cue_rule else ""
        if medium != "social_post" and cue_medium:
            medium = cue_medium
        if not medium:
            verbal = attribution.cue_rule is not None and attribution.cue_rule.speaker in ("ergative", "subject")
            medium = "speech" if verbal else "unknown"
        result = {"form": attribution.form, "medium": medium}
        if medium == "social_post" and platform:
            result["platform"] = platform
        result["factuality"] = self.factuality(content)
        return result

    def factuality(self, content: str) -> str:
        """question, hypothetical, hedged or asserted, from the quote's own words."""
        words = [w.strip(",.।?!\"“”'‘’()") for w in content.split()]
        if content.rstrip(" ।.\"“”'‘’").endswith("?"):
            return "question"
        if words and words[0] in self.lexicon.hypothetical_start:
            return "hypothetical"
        if any(w in self.lexicon.hedged for w in words):
            return "hedged"
        return "asserted"

    def antecedent(
        self, phrase: SpeakerPhrase, named: list[tuple[int, str, SpeakerPhrase]]
    ) -> tuple[str, float] | None:
        """The earlier named speaker this one refers to, with a confidence: the nearest one
        for a pronoun; for a name, the nearest one containing it or ending with the same word."""
        earlier = [(key, other) for start, key, other in named if start < phrase.start]
        if phrase.pronoun:
            return (earlier[-1][0], 0.6) if earlier else None
        text = self.text[phrase.start:phrase.end]
        last = text.split()[-1]
        for key, other in reversed(earlier):
            other_text = self.text[other.start:other.end]
            if other_text == text:
                continue
            if text in other_text or other_text.split()[-1] == last:
                return key, 0.7
        return None

    def build(self, attributions: Sequence[Attribution], mentions: Sequence[SpeakerPhrase] = ()) -> list[Suggestion]:
        text = self.text
        speakers: dict[tuple[int, int], str] = {}
        speaker_info: dict[str, SpeakerPhrase] = {}
        speaker_conf: dict[str, float] = {}
        cues: dict[tuple[int, int], str] = {}
        cue_conf: dict[str, float] = {}
        quotes: list[Suggestion] = []
        for n, a in enumerate(sorted(attributions, key=lambda a: a.fragments[0][0]), start=1):
            fragments = tuple(sorted(a.fragments))
            if not _usable(text, fragments):
                continue
            links: list[SuggestedLink] = []
            confidence = round(a.confidence, 3)
            for relation, phrase in (("said_by", a.speaker), ("relayed_via", a.relay)):
                if phrase is None or not _usable(text, [(phrase.start, phrase.end)]):
                    continue
                key = speakers.setdefault((phrase.start, phrase.end), f"S{len(speakers) + 1}")
                speaker_info[key] = phrase
                speaker_conf[key] = max(speaker_conf.get(key, 0.0), a.confidence)
                links.append(SuggestedLink(relation, key, confidence))
            for cue in (a.cue, a.source_cue):
                if cue is None or not _usable(text, [cue]):
                    continue
                key = cues.setdefault(cue, f"C{len(cues) + 1}")
                cue_conf[key] = max(cue_conf.get(key, 0.0), a.confidence)
                links.append(SuggestedLink("cued_by", key, confidence))
            quotes.append(
                Suggestion(f"Q{n}", "QUOTE", fragments, round(a.confidence, 3), self.quote_attributes(a), tuple(links), a.rule)
            )
        result = list(quotes)
        mentioned: set[str] = set()
        for phrase in mentions:
            if _usable(text, [(phrase.start, phrase.end)]) and (phrase.start, phrase.end) not in speakers:
                key = speakers[(phrase.start, phrase.end)] = f"S{len(speakers) + 1}"
                speaker_info[key] = phrase
                speaker_conf[key] = _MENTION_CONFIDENCE
                mentioned.add(key)
        named = sorted((p.start, key) for key, p in speaker_info.items() if not p.pronoun)
        for span, key in speakers.items():
            phrase = speaker_info[key]
            links = []
            antecedent = self.antecedent(phrase, [(s, k, speaker_info[k]) for s, k in named])
            if antecedent is not None:
                links.append(SuggestedLink("same_as", antecedent[0], antecedent[1]))
            attributes = speaker_kind(text[span[0]:span[1]], self.lexicon, phrase.pronoun)
            rule = "named before a pronoun speaker" if key in mentioned else "speaker of a cue"
            result.append(Suggestion(key, "SPEAKER", (span,), round(speaker_conf[key], 3), attributes, tuple(links), rule))
        for span, key in cues.items():
            result.append(Suggestion(key, "CUE", (span,), round(cue_conf[key], 3), {}, (), "cue lexicon"))
        result.sort(key=lambda s: (s.start, s.end, s.label))
        return result


def _usable(text: str, fragments: Sequence[tuple[int, int]]) -> bool:
    """Fragments a span may have and that begin and end with a visible character: whitespace
    that starts a cluster (a space carrying a stray matra, `` ि``) cannot be trimmed off
    without cutting the cluster, so such a fragment is no suggestion."""
    if check_fragments(text, fragments) is not None:
        return False
    return all(text[start:end] == text[start:end].strip() for start, end in fragments)
