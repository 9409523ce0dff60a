"""The rule-based Hindi attribution detector: SPEAKER, CUE and QUOTE suggestions with
``said_by``, ``cued_by`` and ``same_as`` links, driven by ``resources/suggest/*.toml``.

It starts from cues (ने कहा, के मुताबिक, का कहना है, कहते हैं, …), finds the speaker on the
left of each and the content on its right (a quote in marks, कि + the rest of the sentence,
or an unmarked stretch after ``कहा,`` / ``बोले-``) or, when the cue ends its sentence, on its
left (``"…," उन्होंने कहा।``). Quoted stretches nobody is said to have said become quotes
only when they read like speech, not like titles or terms.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Sequence
from functools import cached_property
from typing import Literal

from kathan.model import Document, Fragment
from kathan.suggest.base import Suggestion
from kathan.suggest.cues import BUT, WHEREAS, CueMatch, after_auxiliaries, find_cues
from kathan.suggest.lexicon import LANGUAGE_PREFIXES, CueRule, Lexicon, default_lexicon, language_lexicon
from kathan.suggest.linking import Attribution, build_suggestions
from kathan.suggest.quotes import QuoteRegion, find_quotes, paragraph_end, without_stray_marks
from kathan.suggest.segment import TextIndex, Word, trim
from kathan.suggest.speakers import SpeakerPhrase, phrase_before
from kathan.text.scripts import Script, script_of_char, text_language
from kathan.text.search import find_all
from kathan.text.sentences import ABBREVIATIONS
from kathan.text.tokens import token_at

_QUOTE_CHARS = "\"“”'‘’`"
_SEPARATORS = ",،:-–—"
_DASHES = ":-–—"
_PARTICLES = frozenset({"भी", "ही", "तो", "भी,", "फिर", "लगातार", "हमेशा", "दो", "टूक", "अब", "भले", "साफ", "साफ़", "स्पष्ट"})
_MAX_ERGATIVE_DISTANCE = 40
"""Words that may stand between ने and its cue: where, when and before whom a thing was said
(``X ने A और B की मौजूदगी में … समारोह के दौरान कहा``) ran past 25 words (18 speakers and 8 quotes
exact more over s8–s23 with 40 than with 25, none lost; 60 finds nothing more)."""
_SUBJECT_ADVERBS = frozenset({("यहां", "तक"), ("यहाँ", "तक"), ("पहले", "ही")})
"""``X तो यहां तक कह चुके हैं कि``, ``X पहले ही साफ कर चुका है कि``: word pairs between a subject
and its cue that say how far or since when."""
_ISSUING_REACH = 4
"""Words from a clause's end within which its issuing word (जारी किया है) must stand."""
_POINTED_REACH = 7
"""Words before a relative pointer within which the document it points into is named."""
_MAX_SUBJECT_WORDS = 16
"""How far into its clause the agent heading the subject of a demand in progress may stand (16, not
8: 7 speakers and 10 quotes exact more over s8–s23, none lost; 24 adds noise)."""
_LIKENESS_REACH = 3
"""Words before a cue within which जैसा makes it "as said" (जैसा पहले कहा कि …), reporting nothing."""
_MAX_DATELINE_PLACE_WORDS = 2
"""The longest place a dateline with no date opens a paragraph with (``नई दिल्ली, …``)."""
_MIN_TOLD_WORDS = 5
"""The fewest words of a sentence a pointer's information runs back over (fewer: a dateline, ``डिजिटल डेस्क, मुम्बई।``)."""
_MAX_SHORT_NAME_WORDS = 2
"""The longest speaker taken for a short name whose full form an earlier sentence gives (``सम्राट``)."""
_BODIES = frozenset({"organisation", "party", "government_body"})
"""Kinds of speaker whose nouns continue an agent into one subject (``छात्र संगठन``, ``किसान दल``)."""
_OBLIQUE = frozenset({"से", "को", "पर", "में", "तक", "ने"})
"""Postpositions after a noun that make it no subject (``सरकार से``, ``छात्रों को``)."""
# "…रहेंगे।- राजकुमार, धनीपुर मंडी": a sentence mark (and a closing quote mark), a dash, and a
# signature ending the line.
_SIGNED_AT_END = re.compile(r"[।.!?][\"”’']*\s*([-–—])\s*[^\s।.!?,\-–—][^।.!?\-–—\"“”'‘’]*$")
_POST_DATE = r"\s+[A-Z][a-z]+\.? \d{1,2}, \d{4}\s*$"
"""The date that ends an embedded post's signature: `` May 21, 2025``."""
_POST_SIGNATURE = re.compile(r"\s*([-–—])\s*(\S[^\n]*?\(@\w+\))" + _POST_DATE)
"""The line that signs a post embedded from X (Twitter): ``— नाम (@handle) May 21, 2025``."""
_POST_SIGNED_INLINE = re.compile(r"(?:(?:\s*(?:pic\.twitter\.com/\S+|https?://\S+))+\s*|\s+(?=—))([-–—])\s*(\S[^\n]{0,60}?\(@\w+\))" + _POST_DATE)
"""A post's signature on the post's own line, after its link or an em dash: ``C pic.twitter.com/… — X (@x) May 21, 2025``."""
_POST_TAIL = re.compile(r"(?:\s*(?:pic\.twitter\.com/\S+|https?://\S+|…))+\s*$")
"""What closes an embedded post's line and is not its words: its links, and the … of a cut."""
_MAX_GLOSS_WORDS = 12
"""The most tokens of a bracketed gloss the search for an ergative speaker steps over."""
_MAX_SECOND_SPEAKER_WORDS = 8
"""Words between a comma and a second cue in one content for them to be its speaker (… , X का कहना है कि)."""
_HEADLINE_SPEAKER_CHARS = 40
"""How near the comma after a headline's genitive cue another cue makes what follows a second attribution."""
_MAX_HEADLINE_SOURCE_WORDS = 6
"""The longest source after a headline's colon (``…: कांस्य पदक विजेता योगेश्वर दत्त``)."""
_MAX_NOMINAL_WORDS = 30
_MAX_GOVERNED_WORDS = 3
_SENTENCE_ENDS = "।॥.?!۔؟"
_HEADLINE_CLAUSE_ENDS = (",", "-", "–", "—")
"""Marks after which a headline may go on with a clause of its own (``X ने की C की अपील, Y को दी सलाह``)."""
_HEADLINE_OPENERS = (*_HEADLINE_CLAUSE_ENDS, ":")
"""Marks after which what a headline reports may begin (``बनबसा: C की उठाई मांग``)."""
_MAX_HELD_SENTENCES = 3
"""How many sentences in the third person speech runs on over to reach one in the first person."""
_MAX_ASKED_OF_WORDS = 7
"""The longest name of the one asked before its से (``पश्चिम बंगाल की मुख्यमंत्री ममता बनर्जी से``,
``दिल्ली के सभी व्यापारियों से``)."""
_MAX_HEADLINE_FRAME_WORDS = 8
"""Words between a headline's comma and its verb first (``C, विपक्ष के आरोपों पर पलटवार कर बोले X``)."""
_HEADLINE_ASKED_WORDS = 3
"""Where a headline's से may end the one asked (``X ने की सरकार से C की मांग``); further on it is C's own."""
_MAX_ADDRESSEE_WORDS = 3
"""The longest phrase naming the one a headline's noun of saying is addressed to or aimed at before
its को or पर (``X की पड़ोसी देश भारत को चेतावनी``, ``C, X ने Y पर साधा निशाना``)."""
_VISARGA_PREFIXES = ("नि", "दु", "पुन", "अंत", "अन्त", "मन", "अध", "बहि", "प्रात", "स्वत", "अत")
"""The prefixes a colon typed for a visarga ends inside a word (प्रात:काल, अंत:करण, नि:शुल्क, दु:ख,
पुन:स्थापना, मन:स्थिति); any other word before a colon glued to the next one ends a headline's text."""
_MAX_ORDERED_WORDS = 8
"""The longest phrase naming the one ordered or assured before its को (पश्चिम बंगाल, ओडिशा और असम पुलिस)."""
_MAX_INTERVIEW_LABEL_WORDS = 3
"""The longest name opening an interview line before its colon (``प्रभात झा :``)."""
_MAX_LATIN_LABEL_WORDS = 6
"""The longest topic label in Latin letters a site opens a line with (``District Consumer Commission: …``)."""
_HEADLINE_TAIL = re.compile(r"\s[-–—|]\s")
"""A spaced dash or bar in a headline after what its speaker said, before the site's topic or source."""
_VISARGA_COLON = re.compile(r"(?<=[\u0900-\u0963])\u0903(?=[ \t]+\S)")
"""A visarga typed for a colon after a word's last letter, a space after it: ``… नहींः मंत्री``."""
_HEADLINE_SEPARATOR = re.compile(r"[-–—]|…[.…]*|\.\.[.…]*")


class RuleSuggester:
    """Suggests attribution spans for Hindi and Urdu news with hand-written, data-driven rules.

    ``languages`` are the ones the rules cover; a document in any other language (its
    ``language``, or its text's when written in another script: ``text_language``) gets no suggestions
    and is left to a learning suggester. A lexicon given explicitly is used for every document.
    """

    name = "hindi-rules"
    languages: frozenset[str] = frozenset(LANGUAGE_PREFIXES)

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self._given = lexicon
        self.lexicon = lexicon or default_lexicon()

    def covers(self, language: str | None, text: str = "") -> bool:
        """Whether the rules have a lexicon for a document in ``language`` holding ``text``."""
        return self._given is not None or text_language(language, text) in self.languages

    def suggest(self, document: Document) -> list[Suggestion]:
        if self._given is not None:
            return detect(document.text, self._given)
        lexicon = language_lexicon(text_language(document.language, document.text))
        return [] if lexicon is None else detect(document.text, lexicon)


def detect(text: str, lexicon: Lexicon | None = None) -> list[Suggestion]:
    """Suggestions for ``text`` (offsets in code points over exactly this text)."""
    return _Detector(text, lexicon or default_lexicon()).run()


def _letter_scripts(text: str) -> set[Script | None]:
    """The scripts of ``text``'s letters (``script_of_char``; None for Latin and the like)."""
    return {script_of_char(ch) for ch in text if ch.isalpha()}


def _in_word(ch: str) -> bool:
    """Whether ``ch`` is a letter, digit or combining mark (a vowel sign: ि)."""
    return ch.isalnum() or unicodedata.category(ch).startswith("M")


def _abbreviated(ws: list[Word], k: int) -> bool:
    """Whether the full stop ``ws[k]`` ends an abbreviation (``प्रो.``, ``डॉ.``) rather than a sentence."""
    return ws[k].text == "." and k > 0 and ws[k - 1].end == ws[k].start and ws[k - 1].norm in ABBREVIATIONS


def _last_topic(words: Sequence[Word]) -> int:
    """Where the last ``_TOPIC`` of ``words`` stands; -1 when none does."""
    return max((i for i, w in enumerate(words) if w.norm == _TOPIC), default=-1)


def _reduplicated(line: str, dash: re.Match[str]) -> bool:
    """Whether the hyphen joins a word to its own repetition (``फूट-फूटकर``, ``धीरे-धीरे``), no separator."""
    before = re.search(r"\S+$", line[:dash.start()])
    return before is not None and line.startswith(before.group(), dash.end())


_TITLE_MARKS = {"’": "‘", "”": "“"}
_MAX_TITLE_WORDS = 6
_FRAME_PARTICIPLE = "हुए"
"""The participle that ends a frame (``फटकार लगाते हुए C``, ``C का आरोप लगाते हुए X ने …``)."""
_CLAUSE_FRAME_ENDINGS = ("कर", "करके", "हुए")
"""A frame before a reported content that is a clause of its own (``ज्ञापन सौंपकर``, ``… बताते हुए``),
which may leave a one-word content after it (``ज्ञापन सौंपकर कार्रवाई की मांग की``)."""
_TOPIC_FRAME = "को लेकर"
"""The frame that names a topic (``… को लेकर C``): never a clause of its own."""
_DEMONSTRATIVES = frozenset({"इस", "उस", "इन", "उन"})
"""Demonstratives before the one called something (``इस मावे को Z बता रहे हैं``)."""
_MIN_CLOSED_WORDS = 4
"""Words a sentence in single marks needs to be taken for speech with no cue next to it."""
_MAX_DATED_SUBJECT = 10
"""Words a subject named before its day (``X मंगलवार को …``) may have."""
_ABOUT = _TOPIC_FRAME.split()[-1]
"""``लेकर`` of ``को लेकर`` (about): a reported content's link, its ``को`` no part of it."""
_MAX_ACCUSED_WORDS = 6
"""The longest phrase naming the one accused opening an agentless accusation (``भट्ठा मालिक पर C का आरोप है``)."""
_ACCUSED = "पर"
"""The postposition after the one accused (``X पर C करने का आरोप है``)."""
_TOPIC = "पर"
"""The postposition ending the topic a speech act is about (… ने बढ़ते दामों पर C का हवाला दिया)."""
_IT = "इसे"
"""What is called something (``इसे Z बताया``): a thing, never one told it."""
_SAYING = "कहना"
"""The noun of ``X का कहना है``, the one genitive cue whose का papers mistype (``lexicon.misspelt_genitives``)."""
_OWN_NAME = ("अपना", "नाम")
"""``X ने अपना नाम Z बताया``: the content of a cue of calling is the name X gave for themself."""
_ADDED_PARTICLES = frozenset({"भी", "ही"})
"""Particles that follow the one asked (``Y से भी C की मांग की``) and are no part of C."""
_MIN_INNER_WORDS = 2
"""Words an inner quote keeps before a clause of contrast may end it."""
_CLAUSE_OPENERS = WHEREAS | {"जबकि"}
"""Words that open a clause with a subject of its own (``…, वहीं सत्ता पक्ष इसे … बता रहा है``)."""
_OBLIQUE_GENITIVE = "के"
"""The oblique genitive, which belongs to the one named after it (``X के परिजनों ने …``)."""
_IMPERFECTIVE_ENDINGS = ("ते", "ती")
"""A frame ending in हुए is one only after an imperfective participle (``फटकार लगाते हुए C``);
after anything else हुए is a past participle describing what follows (``सोमवार को हुए हादसे को``)."""
_MAX_HEADLINE_OBJECT_WORDS = 3
"""The longest phrase naming the one accused or asked between a headline's ने and its verb (``डॉक्टरों पर``)."""


def _opening_before(ws: list[Word], close: int, opening: str, stops: str, reach: int) -> int | None:
    """The index of the nearest token before ``close`` (at most ``reach`` back) that starts with
    ``opening``, or None when a token in ``stops`` comes first."""
    for k in range(close - 1, max(-1, close - 1 - reach), -1):
        if ws[k].text.startswith(opening):
            return k
        if ws[k].text in stops:
            return None
    return None


def _separates(token: str) -> bool:
    """Whether a headline's ``token`` sets what was said off from a cue after it: a comma, colon or
    dash (``_SEPARATORS``), a semicolon (``C; पचमढ़ी में बोले X``) or an ellipsis (``C… X पर बोले Y``)."""
    ellipsis = (len(token) > 1 or token == "…") and not token.strip(".…")
    return token in _SEPARATORS or token == ";" or ellipsis


def _visarga_typed(line: str, colon: int) -> bool:
    """Whether the colon at ``colon``, letters on both sides, stands for a visarga inside a word
    (``नि:शुल्क``, ``दु:ख``, ``अंत:करण``: one of the prefixes a visarga ends, ``_VISARGA_PREFIXES``)
    rather than for a headline's colon typed with no space (``… का समर्थन:डॉ रावत``, ``… होनी
    चाहिए:X``, ``… प्रयोग करें स्कूल:बीएसए``)."""
    word = line[line.rfind(" ", 0, colon) + 1:colon]
    return word.endswith(_VISARGA_PREFIXES)


def _singular(word: str) -> set[str]:
    """``word`` and the direct forms its oblique plural may stand for (किसानों: किसान, अधिकारियों:
    अधिकारी)."""
    forms = {word}
    if word.endswith("ियों"):
        forms.add(word[: -len("ियों")] + "ी")
    if word.endswith("ों"):
        forms.add(word[: -len("ों")])
    return forms


def _since_last_mark(ws: list[Word]) -> list[Word]:
    """The words of ``ws`` after its last mark (a full stop, a comma, a quote mark), all when none is."""
    return ws[next((i + 1 for i in range(len(ws) - 1, -1, -1) if not ws[i].is_word), 0):]


def _last_comma(text: str, start: int, end: int) -> int:
    """The last comma in ``text[start:end]`` that separates words, not the digits of a number
    (``1,500 करोड़``), or -1."""
    comma = text.rfind(",", start, end)
    while comma > 0 and text[comma - 1].isdigit() and text[comma + 1:comma + 2].isdigit():
        comma = text.rfind(",", start, comma)
    return comma


def marked_end(words: list[Word]) -> list[Word] | None:
    """The words inside the pair of quote marks that closes ``words`` (``… को ‘घर में रहने’``),
    or None when ``words`` do not end in such a pair around a word or more."""
    if len(words) < 3 or words[-1].text not in _QUOTE_CHARS:
        return None
    opening = max((i for i, w in enumerate(words[:-1]) if w.text in _QUOTE_CHARS), default=-1)
    return words[opening + 1:-1] if 0 <= opening < len(words) - 2 else None


class _Detector:
    """One run over one text. Cues are taken in text order; each quote region and each
    content stretch is attributed at most once (nesting inside another content is allowed)."""

    def __init__(self, text: str, lexicon: Lexicon) -> None:
        self.text = text
        self.lexicon = lexicon
        self.index = TextIndex(text)
        self.regions = find_quotes(text, lexicon)
        self.by_open = {r.open_mark.start: r for r in self.regions}
        self.by_close = {r.outer_end: r for r in self.regions}
        self.used: set[int] = set()
        self.cues: list[CueMatch] = []
        self.cue_starts: set[int] = set()
        self.sources: dict[int, tuple[SpeakerPhrase | None, tuple[int, int]]] = {}
        """Sources named just before a verbal cue (B के हवाले से कहा), by that cue's start."""
        self.relays: dict[int, tuple[SpeakerPhrase | None, tuple[int, int]]] = {}
        """Who passed on the words of the speaker of a verbal cue (अखबार के मुताबिक, X ने कहा), by that cue's start."""
        self.taken: list[tuple[int, int]] = []
        self.attributions: list[Attribution] = []
        self._words: dict[tuple[int, int], list[Word]] = {}
        self._vocabulary: frozenset[str] | None = None
        self._headline_end: int | None = None

    def words_of(self, sentence: tuple[int, int]) -> list[Word]:
        if sentence not in self._words:
            self._words[sentence] = self.index.words(*sentence)
        return self._words[sentence]

    def run(self) -> list[Suggestion]:
        self.headline()
        self.interview()
        self.cues = find_cues(self.text, self.index, self.lexicon)
        self.cue_starts = {c.start for c in self.cues}
        for cue in self.cues:
            self.attribute(cue.start, cue.end, cue.rule)
        self.nominal_announcements()
        self.nominal_headlines()
        self.refusal_headlines()
        self.according_to_before()
        self.backward_information()
        self.signed_paragraphs()
        self.embedded_posts()
        self.unattributed_quotes()
        self.continued_speakers()
        return build_suggestions(self.text, self.attributions, self.lexicon, self.antecedents())

    def continued_speakers(self) -> None:
        """``X ने बताया कि A। बताया कि B।``: a cue that wants a speaker before it and opens its
        sentence with none, past connectives at most (``साथ ही कहा कि``, ``आगे कहा कि``: papers drop
        the subject while the speaker goes on), or follows a joiner or a semicolon after another
        speaker's cue in it (``X ने कहा कि A और कहा कि B``, ``X ने ऐसा क्यों कहा; बोले- C``), gives
        what it says the speaker of the last cue before it in its paragraph."""
        spoken = sorted(((a.cue[0], a.speaker) for a in self.attributions if a.cue is not None and a.speaker is not None), key=lambda p: p[0])
        for a in self.attributions:
            if a.speaker is not None or a.cue is None or a.cue_rule is None or a.cue_rule.speaker != "ergative":
                continue
            sentence = self.index.sentence_around(a.cue[0])
            if sentence is None:
                continue
            opening = [w for w in self.index.words(sentence[0], a.cue[0]) if w.is_word]
            joiner = bool(opening) and (opening[-1].norm in self.lexicon.clause_joiners or self.text[opening[-1].end:a.cue[0]].strip() == ";")
            joined = joiner and any(sentence[0] <= at < a.cue[0] for at, _ in spoken)
            connected = all(w.norm in self.lexicon.pro_drop_openers for w in opening)  # साथ ही कहा कि …, आगे कहा कि …
            if opening and not joined and not connected:
                continue
            paragraph = self.paragraph_start(a.cue[0])
            before = [speaker for at, speaker in spoken if paragraph <= speaker.start and at < a.cue[0]]
            if before:
                a.speaker = before[-1]
                continue
            previous = self.index.sentence_before(sentence[0])
            if previous is not None and previous[0] >= paragraph:
                a.speaker = self.ergative_subject(previous)  # X ने धरना स्थल पर बात की। कहा कि …

    def antecedents(self) -> list[SpeakerPhrase]:
        """``X ने … बड़ा बयान दिया। उन्होंने कहा कि …``: the one a third-person pronoun speaker refers
        to, where no rule attributes anything to that one: whom its sentence talked to before it
        (``जब X से बात की तो उन्होंने …``, ``talked_to``); or, when it opens its sentence, in the
        sentence just before, whom that talked to, else the one named with the last ने (not inside a
        कि clause or brackets there: ``जब A ने पूछा तो B ने …``, B), else its subject named before a
        day (``dated_subject``); and the full name of a short one (``named_in_full``). (The builder
        links the pronoun or the short name to it ``same_as``.)"""
        lex = self.lexicon
        spoken = [a.speaker for a in self.attributions if a.speaker is not None]
        found: dict[tuple[int, int], SpeakerPhrase] = {}
        for pronoun in spoken:
            if not pronoun.pronoun or self.text[pronoun.start:pronoun.end] not in lex.third_person_pronouns:
                continue
            sentence = self.index.sentence_around(pronoun.start)
            if sentence is None:
                continue
            phrase = self.talked_to([w for w in self.words_of(sentence) if w.end <= pronoun.start])
            if phrase is None:
                if self.word_total(sentence[0], pronoun.start) > 3:
                    continue
                previous = self.index.sentence_before(sentence[0])
                if previous is None or self.overlaps(previous):
                    continue
                phrase = self.talked_to(self.words_of(previous)) or self.ergative_subject(previous) or self.dated_subject(previous)
            if phrase is None or any(o.start < phrase.end and phrase.start < o.end for o in spoken):
                continue
            found[(phrase.start, phrase.end)] = phrase
        for short in spoken:
            named = self.named_in_full(short, spoken)
            if named is not None:
                found.setdefault((named.start, named.end), named)
        return list(found.values())

    def talked_to(self, ws: list[Word]) -> SpeakerPhrase | None:
        """The last one ``ws`` talks to (``X से बात की``, ``X से बातचीत की गई``), named before से
        and after whoever talked (``NDTV ने``, ``हमने``); None when there is none or it is the
        press (``पत्रकारों``, ``ईटीवी भारत``, ``मीडिया``, a wire agency)."""
        lex = self.lexicon
        at = max((i for i in range(1, len(ws) - 1) if ws[i].norm == "से" and ws[i + 1].norm in lex.talk_nouns), default=None)
        if at is None:
            return None
        start = 1 + max((i for i in range(at) if ws[i].norm == lex.ergative_marker or ws[i].norm in lex.ergative_pronouns), default=-1)
        phrase = phrase_before(ws[start:], at - start, lex)  # जब हमने X से बात की: X, not हमने X
        if phrase is None or phrase.pronoun:
            return None
        words = self.text[phrase.start:phrase.end].split()
        if any(w in lex.press or w in lex.wire_agencies for w in words) or words[-1] in lex.kind("media"):
            return None
        return phrase

    def dated_subject(self, sentence: tuple[int, int]) -> SpeakerPhrase | None:
        """``X मंगलवार को संभल पहुंचीं। उन्होंने …``: the phrase opening ``sentence`` (past a
        dateline) right before a day and को or a time of day (``आज``, ``सुबह``); else None."""
        lex = self.lexicon
        ws = [w for w in self.words_of((self.after_dateline(sentence[0]), sentence[1])) if w.is_word]
        k = next((i for i, w in enumerate(ws[:_MAX_DATED_SUBJECT + 1]) if w.norm in lex.weekdays or w.norm in lex.times_of_day), None)
        if k is None or k < 2 or (ws[k].norm in lex.weekdays and (k + 1 >= len(ws) or ws[k + 1].norm != lex.dative_marker)):
            return None
        phrase = phrase_before(ws, k, lex)
        if phrase is None or phrase.start != ws[0].start or phrase.pronoun:
            return None
        return phrase

    def ergative_subject(self, sentence: tuple[int, int]) -> SpeakerPhrase | None:
        """The phrase before the last ने of ``sentence`` outside a कि clause or brackets (``जब A ने
        पूछा तो B ने …``: B), or None."""
        lex = self.lexicon
        ws = self.words_of(sentence)
        clause = next((i for i, w in enumerate(ws) if w.norm == lex.complementizer or w.text == "("), len(ws))
        marker = max((i for i, w in enumerate(ws[:clause]) if w.norm == lex.ergative_marker), default=None)
        return phrase_before(ws, marker, lex) if marker is not None else None

    def named_in_full(self, short: SpeakerPhrase, spoken: list[SpeakerPhrase]) -> SpeakerPhrase | None:
        """``बिहार के उपमुख्यमंत्री सम्राट चौधरी ने हमला बोला। सम्राट ने कहा कि …``: a speaker of at
        most ``_MAX_SHORT_NAME_WORDS`` words that is a name (no title, body or group: ``agent_words``)
        first named in full earlier, with ने right after the full name (at most two words on), where
        no speaker is yet: that full phrase. (The builder links the short name to it ``same_as``.)"""
        lex = self.lexicon
        words = self.text[short.start:short.end].split()
        if short.pronoun or not 1 <= len(words) <= _MAX_SHORT_NAME_WORDS or words[-1] in lex.stop_words:
            return None
        titles = lex.kind("official")
        if any((w in self.agent_words[1] and w not in titles) or w in self.agent_words[0] or w in lex.quantifiers for w in words):
            return None  # पुलिस, कोर्ट, ग्रामीणों: a body or a group, not a name or title given in full before
        if any(o.start < short.start and words[-1] in self.text[o.start:o.end].split() for o in spoken):
            return None  # already named by a speaker before it
        for sentence in self.index.sentences:
            if sentence[0] >= short.start:
                return None
            ws = self.words_of(sentence)
            for i, w in enumerate(ws):
                if w.norm != words[0] or w.start >= short.start:
                    continue
                marker = next((k for k in range(i + len(words), min(len(ws), i + len(words) + 3)) if ws[k].norm == lex.ergative_marker), None)
                if marker is None or any(not x.is_word for x in ws[i:marker]):
                    continue
                phrase = phrase_before(ws, marker, lex)
                if phrase is None or phrase.start > w.start or phrase.end - phrase.start <= short.end - short.start:
                    continue
                opening = self.text[phrase.start:w.start].split()[:1]
                if opening and opening[0] in lex.possessives:
                    continue  # "बावजूद इसके बीएमसी कमिश्नर ने": "its" is no part of a fuller name
                if any(o.start < phrase.end and phrase.start < o.end for o in spoken) or self.conflicts((phrase.start, phrase.end)):
                    return None
                return phrase
        return None

    # cues

    def attribute(self, start: int, end: int, rule: CueRule) -> None:
        """Find the speaker and the content of the cue at ``[start, end)`` and keep them."""
        sentence = self.index.sentence_around(start) or (start, end)
        ws = self.words_of(sentence)
        index = next((i for i, w in enumerate(ws) if w.start >= start), len(ws))
        if rule.speaker == "subject" and 0 < index and ws[index - 1].norm in self.lexicon.asking_what and self.asks_in_heading(start, sentence):
            return  # "विवाद पर क्या बोले X?": a heading asking what X said, which the lines below tell
        if rule.speaker == "none" and (found := self.found_by_document(ws, index, end)) is not None:
            index, start = found, ws[found].start  # सर्वे में सामने आया कि: the survey says it, सामने आया is the cue
        before = self.region_ending_at(start)
        search = index
        if before is not None:
            search = next((i for i, w in enumerate(ws) if w.start >= before.outer_start), index)
        pointing = rule.speaker == "genitive" and 0 < index and ws[index - 1].norm in self.lexicon.backward_demonstratives
        if pointing and self.inverted_genitive(start, end, rule, ws, index, sentence):
            return
        if rule.speaker == "subject" and rule.reported and 0 < index:
            # A demand or claim in progress, with no ने: its subject opens the clause.
            agent = self.clause_agent(ws, index)
            if ws[index - 1].norm in (rule.links or self.lexicon.reported_links):
                if agent is not None and self.ends_clause_at(end, sentence):
                    fronted = self.subject_reported(ws, index, agent, rule)
                    if fronted is not None:
                        self.finish(fronted, start, end, rule, agent[0], sentence)
                return  # … C की मांग कर रहे थे with no subject found: nothing to say who asks
            if agent is not None and ws[index - 1].norm == "से":  # X सरकार से मांग करता है कि C
                content = self.content_after(end, sentence, rule)
                if content is not None:
                    self.finish(content, start, end, rule, agent[0], sentence)
                return
        speaker = self.find_speaker(rule, ws, index, search, sentence)
        if speaker is False and rule.speaker == "ergative" and 0 < index and ws[index - 1].norm in self.lexicon.backward_demonstratives:
            if self.inverted_ergative(start, end, rule, ws, index, sentence):
                return
        if rule.calls and (called := self.called(rule, speaker, start, end, ws, sentence)) is not None:
            self.finish(called[0], start, end, rule, called[1], sentence)
            return
        if speaker is False and rule.speaker == "ergative" and (mistyped := self.mistyped_ergative(ws, index, end)) is not None:
            speaker = mistyped
        if not speaker and rule.speaker in ("ergative", "subject") and (headed := self.headline_subject(ws, index, end)):
            speaker = headed
        if speaker is False and rule.speaker == "genitive" and self.agentless_genitive(start, end):
            speaker = None
        if speaker is False and rule.speaker == "ergative" and (written := self.document_source(ws, index)) is not None:
            speaker = written  # शिकायत में कहा था कि …: a document named before में says it
        if speaker is False and self.pro_drop(rule, ws, index, end):
            joined = 1 < index and ws[index - 1].norm in self.lexicon.clause_joiners
            agent = self.clause_agent(ws, index - 1) if joined else None
            speaker = agent[0] if agent is not None else None  # X … धरनास्थल पर पहुंचीं और कहा कि …: X
        if speaker is False and rule.reported and (dropped := self.pro_drop_reported(ws, index, rule)) is not None:
            self.finish(dropped, start, end, rule, None, sentence)
            return
        if speaker is False and rule.reported and (framed := self.frame_speaker(ws, start, end)):
            content, _ = self.agentless_reported(ws, index, rule)  # C का आरोप लगाते हुए वकीलों ने …
            if content is not None:
                self.finish(content, start, end, rule, framed, sentence)
            return
        if speaker is False:
            agentless = self.agentless_reading(rule, start, end)
            if agentless is not None:
                self.attribute(start, end, agentless)
            return
        if rule.speaker == "postposition" and speaker is not None and (told := self.told_after(end, sentence)) is not None:
            self.relays[told] = (speaker, (start, end))
            return
        if rule.speaker in ("postposition", "genitive") and self.skip_space(end) in self.cue_starts:
            self.sources[self.skip_space(end)] = (speaker, (start, end))
            return
        if rule.speaker == "subject" and speaker is None and start < self.headline_end():
            if (last := self.headline_source_last(ws, index, end)) is not None:
                self.finish(last[0], start, end, rule, last[1], sentence)
                return
            inverted = self.speaker_after(end, sentence)
            if inverted is not None:
                speaker, end_of_speaker = inverted
                content = self.content_after(end_of_speaker, sentence, rule)
                if content is not None:
                    self.finish(content, start, end, rule, speaker, sentence)
                return
        said_at = self.deferred_end(ws, end, rule)
        content = self.content_after(said_at, sentence, rule, unmarked=rule.unmarked or (rule.speaker == "none" and speaker is not None))
        if content is not None and self.in_quote_marks(start) and not self.in_quote_marks(content.fragments[0][0]):
            content = None  # "… की घोषणा भी की," X ने कहा: a cue inside quote marks reports nothing past them
        if content is not None and content.regions and speaker is not None:
            earlier = self.join_split_quote(content, speaker.start if speaker.start < start else start)
            if earlier is not None:
                self.finish(earlier, start, end, rule, speaker, sentence)
        elif content is not None and speaker is not None and content.form == "direct_unmarked" and speaker.start < start:
            first = self.region_ending_at(speaker.start)  # "‘A’, X ने कहा- B": a line opening with A, a quote of its own
            if first is not None and self.paragraph_start(first.outer_start) == first.outer_start:
                earlier = self.from_region(first, 0.9, "quote opening the line before the speaker")
                if earlier is not None:
                    self.finish(earlier, start, end, rule, speaker, sentence)
        if content is None and before is not None and before.start >= sentence[0] - 2000:
            content = self.from_region(before, 0.95, "quote before the cue")
        if content is None and rule.reported and speaker is not None and self.ends_sentence(end, sentence):
            content = self.reported_content(speaker.end, start, ws, rule)  # "A, X ने Y पर C का आरोप लगाया": C, not A
        if content is None and self.ends_sentence(end, sentence):
            anchor = speaker.start if speaker else start
            content = self.content_before(anchor, sentence)
        if content is None and speaker is not None and rule.speaker in ("ergative", "none"):
            content = self.points_back(speaker, start, end, sentence)
        if content is None and rule.reported and speaker is not None:
            content = self.reported_content(speaker.end, start, ws, rule)
        if content is None and rule.reported and rule.speaker == "none" and speaker is None:
            content, speaker = self.agentless_reported(ws, index, rule)
        if content is None and rule.clause and speaker is None and self.ends_sentence(end, sentence):
            content = self.clause_before(ws, index)
        if content is None:
            return
        if any(self.conflicts(f) for f in content.fragments):
            return
        self.finish(content, start, end, rule, speaker, sentence)

    def finish(
        self,
        content: Attribution,
        start: int,
        end: int,
        rule: CueRule,
        speaker: SpeakerPhrase | None,
        sentence: tuple[int, int],
    ) -> None:
        # The postposition that lets such a cue match is the infinitive's, no part of the cue
        # (… बताने को कहा गया: CUE कहा गया), as the corpus gold marks it.
        cue_start = self.skip_space(next(i for i in range(start, end) if self.text[i].isspace())) if rule.after_infinitive else start
        if rule.speaker == "postposition":
            informed = self.information_before(cue_start)
            if speaker is None or speaker.end <= informed:
                cue_start = informed  # (सूत्रों से) मिली जानकारी के अनुसार, not पुलिस की जानकारी के अनुसार's speaker
        elif rule.speaker != "genitive":
            cue_start = self.frame_before(cue_start, speaker)
        speaker = self.issuer_named(speaker)
        content.cue = (cue_start, end)
        content.cue_rule = rule
        content.speaker = speaker
        if start in self.sources:
            content.relay = speaker
            content.speaker, content.source_cue = self.sources.pop(start)
        elif start in self.relays:
            content.relay, content.source_cue = self.relays.pop(start)
        content.confidence *= rule.confidence
        window_start = min(sentence[0], speaker.start if speaker else start)
        anchor = speaker.start if speaker else start
        for region in self.regions:
            if window_start <= region.outer_end <= anchor:
                window_start = region.outer_end
        content.window = (window_start, max(end, content.window[1]))
        self.keep(content)

    def deferred_end(self, ws: list[Word], end: int, rule: CueRule) -> int:
        """Where what the cue says is looked for: right after the cue, or for a ``deferred`` cue
        (``… ने यह कहते हुए विरोध किया कि C``) right before the next कि of its sentence."""
        if not rule.deferred:
            return end
        ki = next((k for k, w in enumerate(ws) if w.start >= end and w.norm == self.lexicon.complementizer), None)
        return ws[ki - 1].end if ki is not None and ws[ki - 1].start >= end else end

    def told_after(self, end: int, sentence: tuple[int, int]) -> int | None:
        """The start of the verbal cue right after ``X के मुताबिक,`` when only its speaker stands
        between, with its ने for an ergative cue (``अखबार के मुताबिक, मंत्री ने कहा, "…"``,
        ``रिपोर्ट के अनुसार ग्रामीण ये भी कह रहे हैं कि``): X relays what that cue reports. A cue
        with no कि, mark or separator after it reports nothing; the sentence is X's (``पुलिस के
        मुताबिक आरोपी महिला को जिम्मेदार मानता था``)."""
        lex = self.lexicon
        cue = next((c for c in self.cues if c.start >= end), None)
        if cue is None or cue.start >= sentence[1] or cue.rule.speaker not in ("ergative", "subject"):
            return None
        between = self.index.words(end, cue.start)
        if between and between[0].text == ",":
            between = between[1:]
        if not between or not all(w.is_word for w in between) or len(between) > lex.max_speaker_words + 1:
            return None  # a speaker phrase and its ने, no more
        if cue.rule.speaker == "ergative" and between[-1].norm != lex.ergative_marker and between[-1].norm not in lex.ergative_pronouns:
            return None
        after = self.skip_space(cue.end)
        if not (self.complementizer_after_cue(after) or self.text[after:after + 1] in _SEPARATORS + _QUOTE_CHARS):
            return None  # "पुलिस के मुताबिक आरोपी महिला को जिम्मेदार मानता था": the sentence is what X says
        return cue.start

    def headline_end(self) -> int:
        """The end of the first line when it reads like a headline (no sentence mark but "!" or "?"), else 0."""
        if self._headline_end is None:
            self._headline_end = self._first_line_headline_end()
        return self._headline_end

    def _first_line_headline_end(self) -> int:
        end = paragraph_end(self.text, 0)
        line = self.text[:end].rstrip()
        if not line or line.startswith("["):
            return 0
        if line.endswith(("..", "…")):
            return end  # a headline cut short by the paper: "…, कहा- हम व्यक्तिगत टिप्पणी नहीं..."
        if line[-1] in _SENTENCE_ENDS.replace("!", "").replace("?", ""):
            return 0  # a headline may end in "!" (… मामलों में आई कमी !) or "?" (…, ऐसा क्यों बोले X?), not in "।" or "."
        return end

    def headline_source_last(self, ws: list[Word], index: int, end: int) -> tuple[Attribution, SpeakerPhrase] | None:
        """``C, बोलीं पद्मश्री X``: a headline whose subject cue follows a comma (or a dash), perhaps
        with whom X spoke to, what about or where between (``C, कर्मचारियों से बोले X``, ``C, लाठीचार्ज पर
        बोले X``, ``C, समिट में बोले X``), and whose source ends the line or the comma after it (at most
        ``_MAX_HEADLINE_SOURCE_WORDS``, no stop word); C is the line before the comma."""
        line_end = self.headline_end()
        line_start = self.paragraph_start(ws[index].start)
        if self.text[line_start:ws[0].start].rstrip().endswith(("...", "…")):  # "C... X पर बोले Y": one sentence in a headline
            cue = ws[index].start
            ws = self.index.words(line_start, line_end)
            index = self.index_of(ws, cue)
        following = self.index.words(end, line_end)
        comma = next((i for i, w in enumerate(following) if w.text == ","), len(following))
        after = [w for w in following[:comma] if w.is_word]  # 'C', … पर बोले प्रदर्शनकारी, पुलिस …
        while index > 2 and ws[index - 1].norm in self.lexicon.asking_why:
            index -= 1  # "C", ऐसा क्यों बोले X?
        if index > 2 and (ws[index - 1].norm in ("से", "पर", "में") or self.lexicon.conjunctive(ws[index - 1].norm)):
            # 'C', कर्मचारियों से / लाठीचार्ज पर / कांस में बोले X; C, आरोपों पर पलटवार कर बोले X;
            # "C": सम्मान के लिए चुने जाने पर बोलीं X
            told = next((k for k in range(index - 2, max(0, index - 2 - _MAX_HEADLINE_FRAME_WORDS), -1) if not ws[k].is_word or _separates(ws[k].text)), -1)
            if told > 0 and _separates(ws[told].text) and all(w.is_word for w in ws[told + 1:index]):
                index = told + 1
        if index < 2 or not _separates(ws[index - 1].text) or not 1 <= len(after) <= _MAX_HEADLINE_SOURCE_WORDS:
            return None
        if any(w.norm in self.lexicon.stop_words for w in after) or self.text[end:line_end].strip()[:1] in _SEPARATORS:
            return None
        s, e = trim(self.text, self.after_dateline(ws[0].start), ws[index - 1].start, _QUOTE_CHARS + ",")
        e = self.without_ellipsis(s, e)
        if len(self.text[s:e].split()) < 3:
            return None
        content = Attribution([(s, e)], "direct_unmarked", 0.5, "headline with the source after its verb")
        return content, SpeakerPhrase(after[0].start, after[-1].end, pronoun=False)

    def speaker_after(self, end: int, sentence: tuple[int, int]) -> tuple[SpeakerPhrase, int] | None:
        """``बोले विशेषज्ञ, …``: one to three words after the cue, then a comma or dash."""
        ws = self.index.words(end, sentence[1])
        for n, w in enumerate(ws[:4]):
            if not w.is_word:
                if n == 0 or w.text not in _SEPARATORS:
                    return None
                if any(x.norm in self.lexicon.stop_words for x in ws[:n]):
                    return None
                return SpeakerPhrase(ws[0].start, ws[n - 1].end, pronoun=False), ws[n - 1].end
        return None

    def ergative_speaker(
        self, rule: CueRule, ws: list[Word], search: int, comma_ends: bool = False
    ) -> SpeakerPhrase | None | Literal[False]:
        """The speaker marked by ने (or an ergative pronoun) before ``ws[search]``, within
        ``_MAX_ERGATIVE_DISTANCE`` words of its clause (which a comma ends too when ``comma_ends``);
        False when the ने found marks no phrase, None when none stands within reach."""
        lex = self.lexicon
        k = search - 1
        seen = 0
        # What a reported cue reports stands between ने and the cue, so it may be longer.
        limit = _MAX_ERGATIVE_DISTANCE * (2 if rule.reported else 1)
        while k >= 0 and seen < limit:
            w = ws[k]
            if w.norm == lex.ergative_marker:
                if k > 0 and ws[k - 1].norm == lex.ergative_marker:
                    k -= 1  # "मंत्री विश्वास सारंग ने ने कहा": the marker typed twice
                phrase = phrase_before(ws, k, lex)
                if phrase is None and k > 1 and ws[k - 1].text == ",":
                    phrase = phrase_before(ws, k - 1, lex)  # "प्रधान प्रबन्धक वीरेन्द्र सिंह, ने बताया": a stray comma
                if phrase is not None:
                    phrase = self.without_place_line(phrase)
                    return self.past_cues(phrase) or phrase  # रिपोर्टों के अनुसार फिलीपींस ने कहा
                return self.quantifier(ws, k) or False
            if w.norm in lex.ergative_pronouns:
                return SpeakerPhrase(w.start, w.end, pronoun=True)
            if w.text[:1] in _QUOTE_CHARS:
                region = self.by_close.get(w.end)
                if region is None:
                    # "‘ कराधान (संशोधन) विधेयक 2019’ पर …": a short title in curly marks no region holds
                    mark = _TITLE_MARKS.get(w.text[:1])
                    opening = _opening_before(ws, k, mark, _SENTENCE_ENDS, _MAX_TITLE_WORDS + 2) if mark else None
                    if opening is None:
                        break
                    k = opening - 1
                    continue
                if self.word_count(region) > 4:
                    break
                while k >= 0 and ws[k].start > region.outer_start:
                    k -= 1
                k -= 1
                continue
            if w.text == lex.complementizer or w.text in ";:" or w.text in _SENTENCE_ENDS and not _abbreviated(ws, k):
                break
            if comma_ends and w.text == ",":
                break
            if w.text == ")" and (opening := self.parenthesis_opening(ws, k)) is not None:
                k = opening - 1  # a gloss in brackets, "(2+2 dialogue …)", adds no distance
                continue
            seen += 1
            k -= 1
        return None

    def find_speaker(
        self, rule: CueRule, ws: list[Word], index: int, search: int, sentence: tuple[int, int]
    ) -> SpeakerPhrase | None | Literal[False]:
        """The speaker, None when there is none to find, or False when the match is no cue."""
        lex = self.lexicon
        if rule.speaker == "none":
            return self.document_source(ws, index)
        if rule.speaker == "ergative":
            found = self.ergative_speaker(rule, ws, search)
            if found is not None:
                return found
            return self.glued_ergative(ws, index) or self.dropped_ergative(ws, index) or False
        j = index - 1
        if rule.speaker == "subject":
            while j >= 0:
                if j > 0 and (ws[j - 1].norm, ws[j].norm) in _SUBJECT_ADVERBS:
                    j -= 2
                elif ws[j].norm in _PARTICLES:
                    j -= 1
                else:
                    break
            if j > 0 and ws[j].norm in lex.backward_demonstratives and (named := phrase_before(ws, j, lex)) is not None:
                return self.past_cues(named)  # ग्रामीण ये भी कह रहे हैं कि …: ये is what they say
            if j >= 0 and ws[j].norm in lex.subject_pronouns:
                return SpeakerPhrase(ws[j].start, ws[j].end, pronoun=True)
            phrase = phrase_before(ws, j + 1, lex) if j >= 0 else None
            first = next((w for w in ws if w.start == phrase.start), None) if phrase is not None else None
            if first is not None and first.norm in lex.ergative_pronouns:  # "उन्होंने जोर देकर बोला है कि"
                return SpeakerPhrase(first.start, first.end, pronoun=True)
            if phrase is None and ws and ws[0].norm in lex.subject_pronouns and all(w.text != "," for w in ws[1:index]):
                return SpeakerPhrase(ws[0].start, ws[0].end, pronoun=True)  # not across a comma: "वह शांत था, … पर बोला X"
            if phrase is None:  # "X ने बोला कि", "उन्होंने कार्यक्रम में बोला कि": a speaker marked by ने all the same
                return self.ergative_speaker(rule, ws, search, comma_ends=True) or None
            return self.past_cues(phrase)
        if rule.speaker == "dative":  # the cue stands right after the dative (``CueRule.experiencer``)
            if j >= 0 and ws[j].norm in lex.dative_pronouns:
                return SpeakerPhrase(ws[j].start, ws[j].end, pronoun=True)
            if j > 0 and ws[j].norm == lex.dative_marker and not self.time_before(ws, j):
                phrase = phrase_before(ws, j, lex)
                return phrase if phrase is not None and self.text[phrase.start:phrase.end].split()[-1] not in lex.not_sources else False
            return False
        if rule.speaker == "genitive":
            if j > 0 and ws[j].norm in lex.misspelt_genitives and ws[index].norm == _SAYING:
                phrase = phrase_before(ws, j, lex)  # परिजनों को कहना है कि: the का typed as को
                return phrase if phrase is not None else False
            j = self.genitive_at(ws, j)
            if j >= 0 and ws[j].norm in lex.genitive_pronouns:
                return SpeakerPhrase(ws[j].start, ws[j].end, pronoun=True)
            if j >= 0 and ws[j].norm in lex.genitive_links:
                phrase = phrase_before(ws, j, lex)
                if phrase is None or self.text[phrase.start:phrase.end].split()[-1] in lex.not_sources:
                    return False
                if j > 0 and ws[j - 1].norm.endswith(lex.infinitive_ending) and any(w.norm == _ACCUSED for w in ws[:j] if w.end <= phrase.start):
                    return False  # उन पर C करने का आरोप है: what one is accused of doing, no one's words
                return phrase
            return False
        phrase = phrase_before(ws, index, lex)
        if phrase is None or self.text[phrase.start:phrase.end].split()[-1] in lex.not_sources:
            return False
        source = self.information_source(ws, phrase)
        if source is None and self.only_information(phrase):
            return None  # "प्राप्त जानकारी के अनुसार, …": the information names no source
        return source or phrase

    def issuer_named(self, phrase: SpeakerPhrase | None) -> SpeakerPhrase | None:
        """``UIDAI की ओर से जारी बयान``, ``पुलिस महानिदेशक कार्यालय द्वारा जारी एक बयान``: a document
        whose issuer is named before a side (``की ओर से``) or an agent marker (``द्वारा``) and an
        ``issuing`` word is the issuer's (the annotators mark the issuer 19 times in 30)."""
        if phrase is None or phrase.pronoun:
            return phrase
        lex = self.lexicon
        ws = self.index.words(phrase.start, phrase.end)
        if len(ws) < 4 or ws[-1].norm not in self.documents:
            return phrase
        for k, w in enumerate(ws[:-2]):
            if w.norm in lex.agent_markers and k >= 1:
                issuer = k
            elif self.side_ending(ws, k) is not None:
                issuer = k - 2
            else:
                continue
            if any(x.norm in lex.issuing for x in ws[k + 1:-1]):
                return SpeakerPhrase(phrase.start, ws[issuer - 1].end, pronoun=False)  # (एसएएसबी) keeps its bracket
            return phrase
        return phrase

    def without_place_line(self, phrase: SpeakerPhrase) -> SpeakerPhrase:
        """``नई दिल्ली, फिल्म समीक्षक X ने …``: a phrase opening its paragraph with a place of at most
        ``_MAX_DATELINE_PLACE_WORDS`` words and a comma, and no other comma or conjunction (a list:
        ``पर्यावरण, वन और … मंत्री``), starts after it: the place is a dateline with no date."""
        if phrase.start > 0 and self.text[phrase.start - 1] != "\n":
            return phrase
        inside = self.text[phrase.start:phrase.end]
        place, comma, rest = inside.partition(",")
        if not comma or "," in rest or len(place.split()) > _MAX_DATELINE_PLACE_WORDS or not rest.strip():
            return phrase
        if self.lexicon.conjunctions.intersection(rest.split()):
            return phrase  # पर्यावरण, वन और जलवायु परिवर्तन मंत्री: a list
        start = self.skip_space(phrase.start + len(place) + 1)
        agency, _, named = rest.strip().partition(" ")
        if agency in self.lexicon.wire_agencies and named.strip():
            start = self.skip_space(start + len(agency))  # नई दिल्ली, एएनआइ केंद्रीय … ने: the agency is the dateline's
        return SpeakerPhrase(start, phrase.end, pronoun=False)

    def word_end(self, offset: int) -> int:
        """The end of the word ``offset`` falls inside (a cue with a कि typed onto it: ``कहा|कि``), else ``offset``."""
        token = token_at(self.index.tokens, offset)
        return token.end if token is not None and token.start < offset else offset

    def past_cues(self, phrase: SpeakerPhrase) -> SpeakerPhrase | None:
        """``phrase`` after the last cue inside it (``रिपोर्ट के अनुसार ग्रामीण कह रहे हैं``: ग्रामीण). A cue
        noun governed by a case marker inside a relative clause (``ठगी के आरोप में गिरफ्तार युवक``) is
        no cue there."""
        governed = self.lexicon.relative_links
        start = max(
            (
                self.skip_space(self.word_end(c.end))
                for c in self.cues
                if phrase.start <= c.start < phrase.end
                and not any(w.norm in governed for w in self.index.words(c.end, phrase.end)[:1])
            ),
            default=phrase.start,
        )
        return SpeakerPhrase(start, phrase.end, phrase.pronoun) if start < phrase.end else None

    def only_information(self, phrase: SpeakerPhrase) -> bool:
        """Whether ``phrase`` is only information, perhaps received (``जानकारी``, ``प्राप्त जानकारी``,
        ``मिली जानकारी``), naming no one."""
        lex = self.lexicon
        words = self.text[phrase.start:phrase.end].split()
        return words[-1] in lex.information and all(w in lex.received for w in words[:-1])

    def frame_before(self, start: int, speaker: SpeakerPhrase | None) -> int:
        """Where a participle and what it acts on (``ट्वीट कर``, ``पत्र लिखकर``, ``बयान जारी कर``:
        ``cue_frame_participles``, ``cue_frame_objects``) right before a verbal cue at ``start``
        begin, after ``speaker``; ``start`` when none stands there."""
        lex = self.lexicon
        ws = _since_last_mark(self.index.words(max(0 if speaker is None else speaker.end, start - 80), start))
        norms = [w.norm for w in ws]
        for participle in lex.cue_frame_participles:
            size = participle.count(" ") + 1
            if " ".join(norms[-size:]) != participle:
                continue
            k = len(ws) - size
            while k > 0 and norms[k - 1] in lex.cue_frame_objects:
                k -= 1
            return ws[k].start if k < len(ws) - size else start
        return start

    def information_before(self, start: int) -> int:
        """Where the information named right before a postposition cue at ``start`` begins, with
        the words that say it was received or given (``मिली जानकारी के अनुसार``, ``X द्वारा दी गई
        जानकारी के मुताबिक``: the annotators mark it in the cue 88 times in 124); ``start`` when none is."""
        lex = self.lexicon
        ws = _since_last_mark(self.index.words(max(0, start - 60), start))  # not "दी गई। जानकारी …"
        if not ws or ws[-1].norm not in lex.information:
            return start
        k = len(ws) - 1
        while k >= 1 and (ws[k - 1].norm in lex.received or ws[k - 1].norm in lex.given):
            k -= 1
        return ws[k].start

    def information_source(self, ws: list[Word], phrase: SpeakerPhrase) -> SpeakerPhrase | None:
        """``सूत्रों से मिली जानकारी के अनुसार``: the phrase before ``से`` when ``phrase`` is only
        the information received; ``पुलिस द्वारा दी गई जानकारी``, ``प्रशासन की ओर से दी गई
        जानकारी``: the one who gave it."""
        if not self.only_information(phrase):
            return None
        lex = self.lexicon
        k = before = self.index_of(ws, phrase.start) - 1
        if len(self.text[phrase.start:phrase.end].split()) == 2:
            return phrase_before(ws, k, lex) if k >= 1 and ws[k].norm == lex.partitive_marker else None
        while k >= 1 and ws[k].norm in lex.given:
            k -= 1
        if k == before:
            return None
        if k >= 1 and ws[k].norm in lex.agent_markers:
            return phrase_before(ws, k, lex)
        return self.side_ending(ws, k)

    def side_ending(self, ws: list[Word], k: int) -> SpeakerPhrase | None:
        """The phrase whose side ``ws[k]`` closes (``X की ओर से``, ``X की तरफ से``), else None."""
        lex = self.lexicon
        side = k >= 3 and ws[k].norm == lex.partitive_marker and ws[k - 1].norm in lex.side_nouns
        return phrase_before(ws, k - 2, lex) if side and ws[k - 2].norm in lex.genitive_links else None

    def document_source(self, ws: list[Word], index: int) -> SpeakerPhrase | None:
        """``रिपोर्ट में आशंका जताई गई है``, ``बयान में कहा गया``: the document or body named
        right before an agentless cue with में (a head word of the ``document`` kind); and an agent
        (``समिति द्वारा कहा गया``), a side (``अपीलकर्ता की ओर से (यह) कहा गया``) or one who fears or
        hopes (``पुलिस को आशंका है``) named before it, the issuer of what a relative pointer
        (``जिसमें``) points into (``issuer_before``), or a pointer opening its sentence (``इसमें``).
        A time between them (``विज्ञप्ति में शुक्रवार को यह जानकारी दी गई``) is passed over, and so is
        a pointer at what follows (``X के द्वारा इस बात की चेतावनी दी गई है कि …``)."""
        lex = self.lexicon
        j = index - 1
        while j >= 0 and (ws[j].norm in _PARTICLES or ws[j].norm in lex.backward_demonstratives):
            j -= 1
        if j >= 2 and ws[j].norm in lex.genitive_links and ws[j - 1].norm in lex.backward_nouns and ws[j - 2].norm in lex.backward_demonstratives:
            j -= 3
        if j >= 1 and ws[j].norm == lex.dative_marker and self.time_before(ws, j):
            j -= 2
        elif j >= 0 and ws[j].norm in lex.weekdays:
            j -= 1
        side = self.side_ending(ws, j)
        if side is not None:
            return side
        if j >= 1 and ws[j].norm in lex.agent_markers:
            if j >= 2 and ws[j - 1].norm in lex.genitive_links:
                j -= 1  # फेडरेशन के द्वारा बताया गया कि …
            return phrase_before(ws, j, lex)  # समिति द्वारा कहा गया कि …
        if j >= 1 and ws[j].norm == lex.dative_marker and ws[index].norm in lex.felt_nouns:
            return phrase_before(ws, j, lex)  # पुलिस को आशंका है कि …
        if j >= 0 and ws[j].norm in lex.relative_pointers:
            return self.issuer_before(ws[j].start) or self.pointed_document(ws[j].start)
        if j >= 0 and ws[j].norm in lex.document_pointers and (j == 0 or not ws[j - 1].is_word):
            return SpeakerPhrase(ws[j].start, ws[j].end, pronoun=True)  # (… एडवाइजरी जारी की है।) इसमें कहा गया है कि …
        if j < 1 or ws[j].norm != "में":
            return None
        phrase = phrase_before(ws, j, self.lexicon)
        if phrase is None or self.text[phrase.start:phrase.end].split()[-1] not in self.documents:
            return None
        return phrase

    def found_by_document(self, ws: list[Word], index: int, end: int) -> int | None:
        """Where the verb of an agentless cue that opens with a document and में starts (``सर्वे
        में ये बात सामने आई``: ``बात सामने आई``): the document is its source, named before में as
        ``document_source`` finds it, not part of the cue; None for any other cue (``रिपोर्ट से पता
        चला`` stays whole: before से, ``document_source`` takes no one, as in ``X से कहा गया``)."""
        if index + 2 >= len(ws) or ws[index].norm not in self.documents or ws[index + 1].norm != "में":
            return None
        verb = index + 2
        while verb < len(ws) - 1 and (ws[verb].norm in self.lexicon.backward_demonstratives or ws[verb].norm in _PARTICLES):
            verb += 1  # ये बात सामने आई, यह भी पाया गया: the cue is the verb, not what points at the finding
        return verb if ws[verb].start < end else None

    def issuer_before(self, pointer: int) -> SpeakerPhrase | None:
        """``X ने एक बयान जारी किया। जिसमें बताया गया …``, ``X की एक रिपोर्ट सामने आई है जिसमें
        …``: who issued what the relative pointer at ``pointer`` points into, when the clause
        before it ends in an ``issuing`` word (जारी, सामने, खुलासा) a few words from its end."""
        lex = self.lexicon
        ws = self.before_pointer(pointer)
        words = [i for i, w in enumerate(ws) if w.is_word]
        issuing = [i for i in words[-_ISSUING_REACH:] if ws[i].norm in lex.issuing and not (i and ws[i - 1].norm == lex.conjunctive_ending)]
        if not issuing:
            return None  # … खारिज कर दिया जिसमें: दिया after कर issues nothing
        marker = max((i for i in words if ws[i].norm == lex.ergative_marker), default=-1)
        if marker >= 0:
            return phrase_before(ws, marker, lex)
        return phrase_before(ws, issuing[-1], lex)

    def before_pointer(self, pointer: int) -> list[Word]:
        """The words (and full stops) of the clause before a relative pointer at ``pointer``: its
        sentence's, or the sentence before's when the pointer opens one."""
        before = [s for s in self.index.sentences if s[0] < pointer]
        if not before:
            return []
        start = before[-2][0] if len(before) >= 2 and before[-1][0] == self.skip_space(pointer) else before[-1][0]
        return [w for w in self.index.words(start, pointer) if w.is_word or w.text == "."]

    def pointed_document(self, pointer: int) -> SpeakerPhrase | None:
        """``X ने मीडिया की उस रिपोर्ट को खारिज किया, जिसमें कहा गया …``, ``अदालत एक याचिका पर
        सुनवाई कर रही थी जिसमें …``: the document a relative pointer at ``pointer`` points into
        when no one is named issuing it, named (with the words before it that make its phrase)
        a few words before the pointer."""
        ws = self.before_pointer(pointer)
        words = [i for i, w in enumerate(ws) if w.is_word]
        document = max((i for i in words[-_POINTED_REACH:] if ws[i].norm in self.documents), default=-1)
        phrase = phrase_before(ws, document + 1, self.lexicon) if document >= 0 else None
        if phrase is None:
            return None
        lex = self.lexicon
        inside = [i for i in words if phrase.start <= ws[i].start < phrase.end]
        opening = max((k for k, i in enumerate(inside) if k and ws[i].norm in lex.document_determiners), default=0)
        if opening and ws[inside[opening - 1]].norm not in lex.genitive_links | lex.participles:
            return SpeakerPhrase(ws[inside[opening]].start, phrase.end, pronoun=False)  # अदालत | एक याचिका
        return phrase

    def mistyped_ergative(self, ws: list[Word], index: int, end: int) -> SpeakerPhrase | None:
        """``इसरो प्रमुख का कहा कि …``: the speaker before a mistyped ने (``ergative_misspellings``)
        right before a cue that कि follows; None anywhere else."""
        after = self.index.words(end, min(len(self.text), end + 8))
        if index < 2 or ws[index - 1].norm not in self.lexicon.ergative_misspellings:
            return None
        if not after or after[0].norm != self.lexicon.complementizer:
            return None
        return phrase_before(ws, index - 1, self.lexicon)

    def agentless_reading(self, rule: CueRule, start: int, end: int) -> CueRule | None:
        """An agentless cue matching the same words as ``rule``, which found no speaker
        (``एडवाइजरी में लिखा है कि`` after ``उन्होंने लिखा है कि``), or None."""
        if rule.speaker == "none":
            return None
        return next(
            (c for c in self.lexicon.cues if c.speaker == "none" and c.pattern.fullmatch(self.text, start, end)), None
        )

    def agentless_genitive(self, start: int, end: int) -> bool:
        """``पत्रकार पर आरोप है कि …``, ``जिसमें यह आरोप है कि …``: a genitive cue of an
        ``agentless_nouns`` noun with no one's का before it, right before कि."""
        noun = self.text[start:end].split()[0]
        return noun in self.lexicon.agentless_nouns and self.complementizer_after_cue(self.skip_space(end)) > 0

    def headline_subject(self, ws: list[Word], index: int, end: int) -> SpeakerPhrase | None:
        """``राजपक्षे से मिले जयशंकर, कहा- C`` (or ``बोले- C``): in a headline, the subject before a
        comma right before a cue that a dash follows (after a noun of saying also a colon); None anywhere
        else (``C, बोले X`` names its source after the cue: ``headline_source_last``)."""
        after = self.skip_space(end)
        if index < 2 or ws[index - 1].text not in (",", ":") or after >= len(self.text):
            return None
        comma = ws[index - 1].text == ","  # "X का बड़ा बयान: कहा- C": a colon only after a noun of saying
        opening = self.skip_space(after + 1)
        quoted = self.text[after] == "," and opening < len(self.text) and self.text[opening] in _QUOTE_CHARS  # "X का बयान, कहा, 'C'"
        if self.text[after] not in _DASHES and not quoted and not (ws[index].norm in self.lexicon.undashed_headline_cues and _in_word(self.text[after])):
            return None  # but "X पर बरसे Y, कहा C": कहा needs no dash (बोले may have its source after it)
        if ws[index].start >= self.headline_end():
            return None
        lex = self.lexicon
        marker = next((i for i in range(index - 1) if ws[i].norm == lex.ergative_marker), None)
        if marker is not None:  # X ने कसा विपक्ष पर तंज, बोले- C: X
            return phrase_before(ws, marker, lex)
        genitives = [i for i in range(index - 2, -1, -1) if ws[i].norm in lex.genitive_links]
        genitive = next((i for i in genitives if ws[i].norm != _OBLIQUE_GENITIVE), genitives[0] if genitives else None)
        if genitive is not None and ws[index - 2].norm in lex.attack_nouns | lex.quoted_headline_nouns:
            # X का सरकार पर हमला, कहा- C; X की दो टूक, कहा- C; X का कोर्ट के फैसले पर बयान (a के ties a
            # thing to the noun, not the speaker); Y पर आया X का बयान (what it came on ends at the participle): X
            return self.after_headline_verb(ws, phrase_before(ws, genitive, lex), participles_only=True)
        if not comma:
            return None
        dative = next((i for i in range(1, index - 2) if ws[i].norm == lex.dative_marker and ws[i + 1].norm in lex.clause_ending_verbs), None)
        if dative is not None:  # X को हुआ कोरोना, बोले- C: X
            return phrase_before(ws, dative, lex)
        return self.after_headline_verb(ws, phrase_before(ws, index - 1, lex))  # केंद्र पर बरसे X, राजपक्षे से मिले X: X

    def after_headline_verb(self, ws: list[Word], phrase: SpeakerPhrase | None, participles_only: bool = False) -> SpeakerPhrase | None:
        """``phrase`` from the word after the last headline verb in it (``headline_verb``; with
        ``participles_only``, a participle), if any."""
        if phrase is None:
            return None
        words = [w for w in ws if phrase.start <= w.start and w.end <= phrase.end and w.is_word]
        lex = self.lexicon
        verb = next(
            (k for k in range(len(words) - 2, -1, -1)
             if (words[k].norm in lex.participles if participles_only else self.headline_verb(ws, words[k]))),
            None,
        )
        if verb is None:
            return phrase
        return SpeakerPhrase(words[verb + 1].start, phrase.end, pronoun=False)

    def headline_verb(self, ws: list[Word], word: Word) -> bool:
        """Whether ``word`` is a headline's verb before its subject (``केंद्र पर बरसे X, कहा- C``):
        a participle, or a word after an oblique postposition that no genitive follows."""
        lex = self.lexicon
        if word.norm in lex.participles or word.norm in lex.clause_ending_verbs:
            return True
        k = self.index_of(ws, word.start)
        before = next((w for w in reversed(ws[:k]) if w.is_word), None)
        after = next((w for w in ws[k + 1:] if w.is_word), None)
        if before is None or before.norm not in _OBLIQUE or before.norm == lex.ergative_marker:
            return False
        return after is not None and after.norm not in lex.genitive_links and not lex.names_kind(word.norm)

    @staticmethod
    def parenthesis_opening(ws: list[Word], close: int) -> int | None:
        """The index of the ``(`` that the ``)`` at ``close`` closes, within a short gloss, or None."""
        return _opening_before(ws, close, "(", ")", _MAX_GLOSS_WORDS)

    def dropped_ergative(self, ws: list[Word], index: int) -> SpeakerPhrase | None:
        """``डिप्टी सीएम विजय कुमार सिन्हा कहा- '…'``: ने left out after a speaker that names a title
        or a body (``[kinds]``), right before a verbal cue that कि, a dash or a colon follows; or
        after any speaker opening its sentence (``हरप्रीत सिंह कहा कि …``, ``पीएम मोदी कहा, …``),
        a comma after the cue too."""
        lex = self.lexicon
        after = [w for w in ws[index + 1:index + 4] if w.norm not in lex.auxiliaries]
        if not after or not (after[0].norm == lex.complementizer or after[0].text in _DASHES + ","):
            return None
        phrase = phrase_before(ws, index, lex)
        if phrase is None:
            return None
        words = self.text[phrase.start:phrase.end].split()
        opening = next((w for w in ws if w.is_word), None)
        if opening is not None and phrase.start == opening.start and not _PARTICLES.intersection(words):
            return phrase  # … किया। परिजनों कहा कि …; not दो टूक कहा कि …
        if len(words) < 2 or not any(lex.names_kind(w) for w in words) or after[0].text == ",":
            return None
        return phrase

    def glued_ergative(self, ws: list[Word], index: int) -> SpeakerPhrase | None:
        """``इंडियाने कहा``: ने typed onto the name. Taken so only when the name without it also
        stands as a word of its own elsewhere in the text."""
        j = index - 1
        while j >= 0 and ws[j].norm in _PARTICLES:
            j -= 1
        if j < 0:
            return None
        word = ws[j]
        stem = word.norm[:-2]
        if not word.norm.endswith("ने") or len(stem) < 3 or stem not in self.vocabulary:
            return None
        split = [*ws[:j], Word(word.start, word.end - 2, word.text[:-2]), Word(word.end - 2, word.end, "ने")]
        return phrase_before(split, j + 1, self.lexicon)

    def points_back(self, speaker: SpeakerPhrase, start: int, end: int, sentence: tuple[int, int]) -> Attribution | None:
        """``C। जिला प्रशासन ने यह जानकारी दी।``, ``C। एक रिपोर्ट में यह जानकारी दी गई।`` (an agentless
        cue's document, side or agent): a cue ending its sentence right after a pointing phrase
        reports the sentence before, and the sentences before that in its paragraph which
        hold nothing else (``paragraph_told``, as for ``यह जानकारी X ने दी``)."""
        if not self.ends_sentence(end, sentence):
            return None
        before = " ".join(w.norm for w in self.index.words(speaker.end, start))
        if not any(before == p or before.endswith(" " + p) for p in self.lexicon.backward_phrases):
            return None
        previous = self.index.sentence_before(sentence[0])
        if previous is None:
            return None
        s, e = trim(self.text, previous[0], previous[1], _QUOTE_CHARS)
        if self.word_total(s, e) < 3 or self.overlaps((s, e)):
            return None  # a sentence holding a quote already found: the pointer refers to that quote
        return Attribution([(self.paragraph_told(s), e)], "indirect", 0.7, "sentence before a cue pointing back")

    @cached_property
    def agent_words(self) -> tuple[frozenset[str], frozenset[str]]:
        """The words that continue an agent into one subject (``agents`` and the bodies among the
        kinds of speaker), and every word that may head one (all kinds but documents)."""
        kinds = self.lexicon.kinds
        bodies = self.lexicon.agents | {w for kind, group in kinds for w in group if kind in _BODIES}
        return bodies, bodies | {w for kind, group in kinds for w in group if kind != "document"}

    @property
    def documents(self) -> frozenset[str]:
        return self.lexicon.kind("document")

    @property
    def vocabulary(self) -> frozenset[str]:
        if self._vocabulary is None:
            self._vocabulary = frozenset(Word(t.start, t.end, t.text).norm for t in self.index.tokens)
        return self._vocabulary

    def inverted_genitive(
        self, start: int, end: int, rule: CueRule, ws: list[Word], index: int, sentence: tuple[int, int]
    ) -> bool:
        """``C। यह कहना है X का।``: the speaker follows the cue and ends the sentence with its
        genitive marker; what was said is the sentence (or the quote) just before. False when
        the sentence does not end so (``X का यह कहना है कि …`` is read the usual way)."""
        after = [w for w in ws if w.start >= end]
        comma = next((i for i in range(1, len(after)) if after[i].text == "," and after[i - 1].norm in self.lexicon.genitive_links), None)
        if comma is not None and not any(w.norm in self.lexicon.complementizers for w in after[:comma]):
            after = after[:comma]  # C। यह कहना है X का, जो …: the speaker ends before the comma
        while after and not after[-1].is_word:
            after.pop()
        if len(after) < 2 or after[-1].norm not in self.lexicon.genitive_links:
            return False
        speaker_words = after[:-1]
        if len(speaker_words) > 2 * self.lexicon.max_speaker_words:
            return False
        speaker = SpeakerPhrase(speaker_words[0].start, speaker_words[-1].end, pronoun=False)
        content = self.pointed_back_at(ws[index - 1].start, [], sentence)
        if content is None or any(self.conflicts(f) for f in content.fragments):
            return True
        self.finish(content, start, end, rule, speaker, sentence)
        content.window = (content.fragments[0][0], speaker.end)
        return True

    def pointed_back_at(self, opener: int, before: list[Word], sentence: tuple[int, int]) -> Attribution | None:
        """What a pointer at ``opener`` (``यह``, ``ये``) opening a cue points back at: the quote
        closing just before it, the words ``before`` it in its sentence (three at least), or the
        sentence before when none precede it; None when that is too short."""
        region = self.region_ending_at(opener)
        if region is not None:
            return self.from_region(region, 0.9, "quote before a cue pointing back")
        if before:
            if len(before) < 3:
                return None
            s, e = trim(self.text, before[0].start, before[-1].end, ",")
            return Attribution([(s, e)], "indirect", 0.7, "what precedes a cue pointing back")
        previous = self.index.sentence_before(sentence[0])
        if previous is None:
            return None
        s, e = trim(self.text, previous[0], previous[1], _QUOTE_CHARS)
        if self.word_total(s, e) < 3:
            return None
        return Attribution([(s, e)], "indirect", 0.7, "sentence before a cue pointing back")

    def inverted_ergative(
        self, start: int, end: int, rule: CueRule, ws: list[Word], index: int, sentence: tuple[int, int]
    ) -> bool:
        """``C यह दावा किया है X ने।``: a pointer, the cue, then its speaker with ने a few words on;
        what was said is what precedes the pointer in its sentence, or the sentence (or the quote)
        before it when the pointer opens its own. False when no ने follows so."""
        lex = self.lexicon
        marker = next((k for k in range(index + 1, min(len(ws), index + 3 + lex.max_speaker_words)) if ws[k].norm == lex.ergative_marker), None)
        if marker is None or ws[marker - 1].start < end:
            return False
        speaker = phrase_before(ws, marker, lex)
        if speaker is None or speaker.start < end:
            return False
        before = [w for w in ws[:index - 1] if w.is_word]
        if 0 < len(before) < 3 and self.region_ending_at(ws[index - 1].start) is None:
            return False
        content = self.pointed_back_at(ws[index - 1].start, before, sentence)
        if content is None or any(self.conflicts(f) for f in content.fragments):
            return True
        self.finish(content, start, end, rule, speaker, sentence)
        content.window = (content.fragments[0][0], speaker.end)
        return True

    def backward_information(self) -> None:
        """``C। यह जानकारी जिलाधिकारी ने दी।``: a sentence that opens with a pointing word and
        a noun of information and closes with ``X ने … दी`` attributes the sentence before it;
        so does one where the pointer follows the speaker (``X ने यह बात … में कही।``)."""
        lex = self.lexicon
        rule = lex.backward_rule
        if rule is None or not lex.backward_nouns:
            return
        for sentence in self.index.sentences:
            ws = self.words_of(sentence)
            words = [w for w in ws if w.is_word]
            if len(words) < 4:
                continue
            verb = rule.pattern.search(self.text, words[-1].start - 12 if len(words) > 1 else words[-1].start, words[-1].end)
            if verb is None or verb.end() != words[-1].end or any(c.start <= verb.start() < c.end for c in self.cues):
                continue
            speaker = self.pointer_speaker(ws, words)
            previous = self.index.sentence_before(sentence[0])
            if speaker is None or previous is None:
                continue
            s, e = trim(self.text, previous[0], previous[1], _QUOTE_CHARS)
            if self.word_total(s, e) < 3 or self.conflicts((s, e)):
                continue
            if self.overlaps((s, e)):
                continue  # the pointer refers to the quote found there
            s = self.paragraph_told(s)
            content = Attribution([(s, e)], "indirect", 0.8, "sentence before यह जानकारी … ने दी")
            self.finish(content, verb.start(), verb.end(), rule, speaker, sentence)
            content.window = (s, sentence[1])

    def paragraph_told(self, start: int) -> int:
        """Where the information that a pointer after the sentence at ``start`` gives starts: at the
        first sentence of its paragraph (after a dateline), back over the sentences before it that
        hold no cue, no quote mark and nothing taken (``नई दिल्ली: A। B। यह जानकारी X ने दी।``: A and B)."""
        while (before := self.index.sentence_before(start)) is not None and "\n" not in self.text[before[1]:start]:
            s, e = before
            if any(ch in _QUOTE_CHARS for ch in self.text[s:e]) or any(s <= c.start < e for c in self.cues):
                break
            if self.overlaps((s, e)) or self.text[s:e].rstrip()[-1:] not in _SENTENCE_ENDS:
                break
            if self.word_total(s, e) < _MIN_TOLD_WORDS:
                break  # "भोपाल। A। यह जानकारी …": a dateline
            told = self.after_dateline(self.skip_space(s))
            if told >= start:
                break  # "नई दिल्ली,19 अक्टूबर (आरएनएस)। A।" read as one sentence: the dateline is all there is before A
            start = told
        return start

    def pointer_speaker(self, ws: list[Word], words: list[Word]) -> SpeakerPhrase | None:
        """The speaker of a sentence ``ws`` (``words`` its words) that points back with
        ``यह जानकारी X ने …`` or ``X ने यह बात …``, else None."""
        lex = self.lexicon
        if len(words) >= 5 and self.opens_with_pointer(words):
            marker = next(
                (i for i, w in enumerate(ws) if w.norm == lex.ergative_marker and w.start > words[1].end), None
            )
            if marker is None:
                return None
            rest = [w for w in ws if w.start >= words[1].end]
            linked = rest[0].norm in lex.genitive_links or rest[0].norm in lex.genitive_misspellings
            if len(rest) > 2 and linked and rest[1].norm in lex.backward_nouns:
                rest = rest[2:]  # इस बात की जानकारी X ने दी
            return phrase_before(rest, marker - (len(ws) - len(rest)), lex)
        for k in range(1, len(words) - 2):
            if self.opens_with_pointer(words[k:]):
                agent = words[k - 1]
                if agent.norm in lex.ergative_pronouns:
                    return SpeakerPhrase(agent.start, agent.end, pronoun=True)
                if agent.norm == lex.ergative_marker:
                    return phrase_before(ws, ws.index(agent), lex)
                return None
        return None

    def frame_speaker(self, ws: list[Word], start: int, end: int) -> SpeakerPhrase | None:
        """``C का आरोप लगाते हुए वकीलों ने मोर्चा खोला``: the speaker of a cue at ``[start, end)``
        that frames a sentence (its participle ends in ``हुए``) and names no one before it is the
        ``X ने`` right after it, before any mark; None for any other cue."""
        if not self.text[start:end].endswith(_FRAME_PARTICIPLE):
            return None
        after = [w for w in ws if w.start >= end]
        k = self.ergative_ahead(after, _MAX_ERGATIVE_DISTANCE)
        return phrase_before(after, k, self.lexicon) if k is not None else None

    def ergative_ahead(self, words: list[Word], reach: int) -> int | None:
        """Where ``ने`` stands among the first ``reach`` of ``words``, after a word or more and before
        any mark; None when it does not."""
        k = next((i for i, w in enumerate(words[:reach]) if w.norm == self.lexicon.ergative_marker or not w.is_word), None)
        return k if k and words[k].norm == self.lexicon.ergative_marker else None

    def pro_drop(self, rule: CueRule, ws: list[Word], index: int, end: int) -> bool:
        """A verbal cue with कि right after it reports, whoever said it: when no speaker is found
        (the sentence opens with it and goes on reporting the previous speaker, who is not repeated:
        ``… उन्होंने कहा कि A। सुझाव दिया कि B।``; a clause or frame before it names none: ``…
        धरनास्थल पर पहुंचीं और कहा कि …``, ``… मीडिया से बात करते हुए कहा कि …``) its quote is kept
        without a SPEAKER. So is one that allows unmarked speech standing first in its sentence,
        after at most a connective such as ``साथ ही`` (``कहा- C``)."""
        if rule.speaker != "ergative":
            return False
        p = self.skip_space(end)
        if self.complementizer_after_cue(p):  # but not "as said": जैसा पहले कहा कि …
            return not any(w.norm in self.lexicon.likeness_words for w in ws[max(0, index - _LIKENESS_REACH):index])
        after_clause = 0 < index and (ws[index - 1].text in (*_SEPARATORS, ";") or ws[index - 1].norm == "हुए")
        if rule.unmarked and p < len(self.text) and self.text[p] in _DASHES and after_clause:
            return True  # "… छोड़े गए, कहा- C", "… को चुनौती: कहा- C", "… पर बरसते हुए कहा- C": a clause before names none
        if index > 3 or any(w.norm not in self.lexicon.pro_drop_openers for w in ws[:index]):
            return False
        return rule.unmarked and p < len(self.text) and self.text[p] not in _SENTENCE_ENDS  # "… बात कही। कहा- C"

    def complementizer_after_cue(self, p: int) -> int:
        """The length of the complementiser, or of a misspelling of it (``complementizer_misspellings``:
        ``कहा की …``), standing as a whole word at ``p`` right after a cue; 0 when none does."""
        for word in self.lexicon.complementizers:
            after = p + len(word)
            if self.text.startswith(word, p) and (after >= len(self.text) or not self.text[after].isalnum()):
                return len(word)
        return 0

    def complementizer_at(self, p: int) -> bool:
        """Whether the lexicon's complementiser (कि, Urdu کہ) stands as a whole word at ``p``."""
        word = self.lexicon.complementizer
        after = p + len(word)
        return self.text.startswith(word, p) and (after >= len(self.text) or not self.text[after].isalnum())

    def pro_drop_reported(self, ws: list[Word], index: int, rule: CueRule) -> Attribution | None:
        """``… ने कहा कि A। साथ ही लोगों को C करने की सलाह दी।``: a reported cue in a sentence that
        names no speaker goes on reporting the previous one; what it reports is read as after a
        speaker, past the connectives opening the sentence (``pro_drop_openers``), and kept without
        a SPEAKER. With no connective (``… पहुंचे। C की मांग की।``) the sentence must follow another
        in its paragraph, name no agent and hold no other cue and no quote mark before the cue."""
        opening = 0
        while opening < index and ws[opening].norm in self.lexicon.pro_drop_openers:
            opening += 1
        if opening >= index:
            return None
        if opening == 0:
            before = (ws[0].start, ws[index].start)
            line_start = self.paragraph_start(before[0])
            if not self.text[line_start:before[0]].strip():
                return None  # first in its paragraph: no one to go on with
            if self.names_agent(ws) or any(before[0] <= c.start < before[1] for c in self.cues):
                return None
            if any(ch in _QUOTE_CHARS for ch in self.text[before[0]:before[1]]):
                return None
            return self.reported_content(ws[0].start, ws[index].start, ws, rule)
        return self.reported_content(ws[opening - 1].end, ws[index].start, ws, rule)

    def agentless_reported(
        self, ws: list[Word], index: int, rule: CueRule
    ) -> tuple[Attribution | None, SpeakerPhrase | None]:
        """``इसमें पुलिस द्वारा C करने का आरोप लगाया गया है``: what an agentless cue reports
        before it, from the sentence's start past its connectives (``pro_drop_openers``), a
        relative pronoun (``जिसकी``) and a pointer into a document (``इसमें``); a document opening the sentence (``रिपोर्ट में C
        होने की आशंका जताई गई``) is its source."""
        opening = 0
        lex = self.lexicon
        while opening < index and (ws[opening].norm in lex.pro_drop_openers or ws[opening].norm in lex.relatives or not ws[opening].is_word):
            opening += 1  # "… हेराफेरी हुई। जिसकी सीबीआई जांच कराए जाने की मांग रखी गई है": C after the relative
        source = None
        pointer = max((i for i in range(opening, index) if ws[i].norm in self.lexicon.document_pointers), default=-1)
        if pointer >= 0:
            opening = pointer + 1  # "… शिकायतें आई हैं जिनमें C की बात कही गई है": C is in what the pointer names
        elif opening + 1 < index and ws[opening].norm in self.documents and ws[opening + 1].norm == "में":
            source = SpeakerPhrase(ws[opening].start, ws[opening].end, pronoun=False)
            opening += 2
        elif (sided := self.side_opening(ws, opening, index)) is not None:
            source, opening = sided  # "X की ओर से C की मांग की गई": X asks, C is asked for
        if rule.accused and rule.speaker == "none" and source is None:
            accused = next((i for i in range(opening + 1, min(index, opening + _MAX_ACCUSED_WORDS + 1)) if ws[i].norm == _ACCUSED), -1)
            if accused > 0 and all(w.is_word for w in ws[opening:accused]):
                opening = accused + 1  # "उन पर C करने का आरोप है": C, without the one accused of it
        if opening >= index:
            return None, None
        return self.reported_content(ws[opening].start, ws[index].start, ws, rule), source

    def side_opening(self, ws: list[Word], opening: int, index: int) -> tuple[SpeakerPhrase, int] | None:
        """A side (``X की ओर से``, ``X की तरफ से``) opening the clause of an agentless cue at
        ``index``, or after a lead-in (``side_lead_ins``, ``clause_openers``: ``इस पर X की ओर से …``),
        with words between it and the cue: X and where the words after it start, past a time
        (``… की ओर से मंगलवार को``) and particles; else None."""
        lex = self.lexicon
        found = next(((i, side) for i in range(opening + 3, index) if (side := self.side_ending(ws, i)) is not None), None)
        if found is None or found[1].start < ws[opening].start:
            return None
        k, side = found
        lead = [w for w in ws[opening:k] if w.is_word and w.end <= side.start]
        if lead and " ".join(w.norm for w in lead) not in lex.side_lead_ins and any(w.norm not in lex.clause_openers for w in lead):
            return None
        after = k + 1
        while after < index and ws[after].norm in _PARTICLES:
            after += 1
        if after + 1 < index and ws[after + 1].norm == lex.dative_marker and self.time_before(ws, after + 1):
            after += 2
        return (side, after) if after < index else None

    def clause_before(self, ws: list[Word], index: int) -> Attribution | None:
        """``… 10 की मौत हो गई है, जबकि 40 लापता बताए जा रहे हैं``: the clause before a cue that ends
        its sentence, after the last comma, coordinator (``जबकि``, ``वहीं``), relative pointer
        (``जिसमें``) or कि before it and past the connectives opening it; two words at least; none
        when a cue ends just before that comma (``… के मुताबिक, …``)."""
        lex = self.lexicon
        opening = 1 + max(
            (i for i in range(index) if ws[i].text in ",;:" or ws[i].norm in lex.coordinators or ws[i].norm in lex.relative_pointers
             or ws[i].norm == lex.complementizer),
            default=-1,
        )
        if opening > 1 and any(c.start <= ws[opening - 2].start < c.end for c in self.cues):
            return None  # "रिपोर्ट्स के मुताबिक, … भारतीय बताए जा रहे हैं": the source's, reported whole
        while opening < index and (ws[opening].norm in lex.clause_openers or not ws[opening].is_word):
            opening += 1
        words = [w for w in ws[opening:index] if w.is_word]
        if len(words) < 2:
            return None
        return Attribution([(words[0].start, words[-1].end)], "reported", 0.5, "the clause before an agentless cue ending its sentence")

    def clause_agent(self, ws: list[Word], index: int) -> tuple[SpeakerPhrase, int] | None:
        """The subject of a cue in progress with no ने (``छात्र संगठन C की मांग कर रहे थे``, ``फेडरेशन
        सरकार से मांग करता है कि …``): an agent (``agents``, the kinds of speaker) in the direct case
        among the first words of the cue's clause, run on over the agents that follow it (``छात्र
        संगठन``, ``मां, बहन और पिता``) and from a genitive to its owner (``पार्टी की सहयोगी
        कांग्रेस``), or a personal pronoun opening the clause (``हम सरकार से …``); with the index of the
        first word after it. None with no agent, or with a ने."""
        lex = self.lexicon
        words = ws[:index]
        opening = max(self.last_clause(words), 1 + max(
            (i for i, w in enumerate(words) if w.text in ";:" or w.norm in lex.coordinators or w.norm == lex.complementizer),
            default=-1))
        while opening < index and (words[opening].norm in lex.clause_openers or not words[opening].is_word):
            opening += 1
        bodies, agents = self.agent_words

        def subject(i: int, among: frozenset[str]) -> bool:
            """An agent in the direct case: no postposition after it (छात्रों की …, सरकार से …)."""
            return words[i].norm in among and i + 1 < index - 1 and words[i + 1].norm not in lex.genitive_links \
                and words[i + 1].norm not in _OBLIQUE

        personal = lex.subject_pronouns - lex.backward_demonstratives  # not यह, ये: "this" before a noun
        at = opening
        if at < index - 1 and words[at].norm not in personal and words[at].norm in lex.continuation_openers:
            at += 1  # इसलिए हम …
        if at < index - 2 and subject(at, personal):  # इसलिए हम सरकार से मांग करते हैं कि …
            return SpeakerPhrase(words[at].start, words[at].end, pronoun=True), at + 1
        reach = min(index - 1, opening + _MAX_SUBJECT_WORDS)
        head = next((i for i in range(opening, reach) if subject(i, agents)), -1)
        if head < 0 or self.names_agent(words[opening:index]):
            return None
        while True:
            if subject(head + 1, bodies):  # छात्र संगठन, but not ये विधायक मुख्यमंत्री (से …): a title opens whom it is asked of
                head += 1
            elif (words[head + 1].text == "," or words[head + 1].norm in lex.conjunctions) and subject(head + 2, bodies):
                head += 2  # मां, बहन और पिता
            elif (owner := next((k for k in range(head + 2, min(reach, head + _MAX_GOVERNED_WORDS + 3))
                                 if subject(k, agents) and any(w.norm in lex.genitive_links for w in words[head + 1:k])), -1)) > 0:
                head = owner  # नीतीश की पार्टी जेडीयू की सहयोगी कांग्रेस: the genitive's owner goes on to the subject
            else:
                break
        phrase = phrase_before(ws, head + 1, lex)
        if phrase is None or phrase.start < words[opening].start:
            phrase = SpeakerPhrase(words[opening].start, words[head].end, pronoun=False)
        return phrase, head + 1

    def subject_reported(
        self, ws: list[Word], index: int, agent: tuple[SpeakerPhrase, int], rule: CueRule
    ) -> Attribution | None:
        """``छात्र संगठन कुलपति को हटाने की मांग कर रहे थे``: what a reported cue in progress reports
        between its subject (``clause_agent``) and the cue, read as after ``X ने``; past a clause
        that ends before it (``… के साथ है और C``) and a relative or connective opening it."""
        lex = self.lexicon
        first = agent[1]
        joined = max((j for j in range(first + 1, index - 1) if ws[j].norm in lex.clause_joiners
                      and (ws[j - 1].norm in lex.auxiliaries or self.ends_clause(ws[first:j]))), default=-1)
        if joined > 0:
            first = joined + 1  # छात्र नेता छात्रों के साथ है और C की मांग कर रहे हैं: C after the clause before
        while first < index - 1 and (ws[first].norm in lex.relatives or ws[first].norm in lex.clause_openers):
            first += 1  # कांग्रेस जहां C की मांग कर रही है
        return self.reported_content(ws[first].start, ws[index].start, ws, rule)

    def ends_clause_at(self, end: int, sentence: tuple[int, int]) -> bool:
        """Whether a clause ends at ``end``: its sentence does, or, past any auxiliary, a comma, a
        word joining clauses (``clause_joiners``, ``coordinators``, ``लेकिन``: ``… करार दिया और
        कहा कि …``) or a relative pointer follows (``… संदेश को फर्जी बताया है जिसमें कहा गया …``
        goes on about what was named, not about what was said)."""
        if self.ends_sentence(end, sentence):
            return True
        lex = self.lexicon
        word = after_auxiliaries(self.index, lex, end, sentence[1])
        if word is None:
            return False
        return (word.text == "," or word.norm in lex.clause_joiners or word.norm in lex.coordinators or word.norm in BUT
                or word.norm in lex.relative_pointers)

    def quantifier(self, ws: list[Word], index: int) -> SpeakerPhrase | None:
        """``एक ने कहा``: a lone quantifier before the marker is the speaker."""
        if index > 0 and ws[index - 1].norm in self.lexicon.quantifiers:
            return SpeakerPhrase(ws[index - 1].start, ws[index - 1].end, pronoun=False)
        return None

    # content

    def region_ending_at(self, offset: int) -> QuoteRegion | None:
        """The quote whose closing mark is just before ``offset`` (spaces and commas between)."""
        q = offset
        while q > 0 and (self.text[q - 1].isspace() or self.text[q - 1] == ","):
            q -= 1
        return self.by_close.get(q)

    def ends_sentence(self, end: int, sentence: tuple[int, int]) -> bool:
        """Whether nothing but marks follows ``end`` in its sentence, or a sentence mark comes
        right after it (``… बताया है.. अगला वाक्य``: a doubled full stop the splitter reads as an
        ellipsis)."""
        rest = self.text[end:sentence[1]]
        return not any(ch.isalnum() for ch in rest) or rest.lstrip()[:1] in _SENTENCE_ENDS

    def from_region(self, region: QuoteRegion, confidence: float, rule: str) -> Attribution | None:
        """The quote inside a pair of marks, without a कि right inside the opening mark. An ellipsis
        before the closing mark stays in (``"… रोक सकते..."``): the speaker's words trail off there, and
        annotators kept it in 18 of 21 quotes (outside marks it is the paper's cut, ``without_ellipsis``)."""
        if id(region) in self.used:
            return None
        fragments = list(region.fragments)
        fragments[0] = self.after_complementizer(*fragments[0])
        if fragments[0][0] >= fragments[0][1]:
            return None
        return Attribution(fragments, "direct", confidence, rule, regions=[id(region)])

    def content_after(
        self, pos: int, sentence: tuple[int, int], rule: CueRule, unmarked: bool | None = None
    ) -> Attribution | None:
        """What follows the cue: a quote in marks, कि + the rest of the sentence, or (as the
        rule, or ``unmarked`` in its place, allows) unmarked speech after a separator or the rest
        of the sentence."""
        text = self.text
        n = len(text)
        p = self.skip_space(pos)
        separator = ""
        separated_at = p
        if p < n and text[p] in _SEPARATORS:
            separator = text[p]
            p += 1
            while separator in _DASHES[1:] and p < n and text[p] in _DASHES[1:]:
                p += 1  # "ने लिखा--", "लिखा---": a run of dashes is one separator
            p = self.skip_space(p)
        headline_comma = (  # a headline "X का एलान, C", not "X का पलटवार, Y बोले- C" nor "हत्या का आरोप, केस दर्ज"
            separator == ","
            and pos < self.headline_end()
            and not any(p <= c.start < min(p + _HEADLINE_SPEAKER_CHARS, self.headline_end()) for c in self.cues)
            and not self.charge_named_before(pos, sentence)
        )
        if rule.separator and (not separator or separator not in _DASHES) and not headline_comma and (separator or p not in self.by_open):
            return None
        ki = self.complementizer_after_cue(p)
        if ki:
            p = self.skip_space(p + ki)
            while p < n and text[p] in ",،":
                p = self.skip_space(p + 1)
        broken = "\n" not in text[pos:separated_at] and text.count("\n", separated_at, p) == 1
        if p >= sentence[1] and (separator or ki) and broken and (following := self.index.sentence_around(p)):
            sentence = following  # "… ने चुप्पी तोड़ते हुए कहा,⏎C", "… ने बताया कि⏎C": the speech opens the next paragraph
        region = self.by_open.get(p)
        if region is not None and self.quote_is_content(region, sentence):
            return self.from_region(region, 1.0, "quote after the cue")
        if p >= sentence[1]:
            return None
        stop = sentence[1]
        if separator in _DASHES and p < self.headline_end():  # बोले- C - लोकसभा चुनाव 2024: a site's tail
            tail = _HEADLINE_TAIL.search(self.text, p, stop)
            stop = tail.start() if tail else stop
            stop = self.next_agent_clause(p, stop)
        if p < self.headline_end():
            stop = self.before_teaser(p, stop)
        for r in self.regions:
            if p < r.outer_start < stop and r.double and self.speech_like(r) and not self.title_like(r):
                stop = r.outer_start
                break
        stop = self.second_attribution_stop(p, self.coordination_stop(p, stop))
        s, e = trim(text, p, stop, ",;" + _DASHES + _QUOTE_CHARS)
        while s < e and text[s] in ".…":  # an ellipsis opening the content ("..तो …") is the paper's, not speech
            s = trim(text, s + 1, e, ",;" + _DASHES + _QUOTE_CHARS)[0]
        e = self.without_ellipsis(s, e)
        if region is not None and region.outer_end < e:
            s = region.outer_start
        found = [w for w in self.index.words(s, e) if w.is_word]
        count = len(found)
        if s in self.cue_starts and any(c.start == s and text[self.skip_space(c.end):self.skip_space(c.end) + 1] in _DASHES for c in self.cues):
            return None  # "X ने ऐसा क्यों कहा; बोले- C": what follows is another cue's, not this one's
        if s >= e or count == 0:
            return None
        if ki:
            closed = self.through_open_mark(s, e)
            if closed > e:
                return Attribution([(s, closed)], "mixed", 1.0, "कि after the cue, through a mark opened in it")
            if self.overlaps((pos, pos + 1)):  # inside another's speech: "X ने कहा कि Y ने वादा किया था कि C लेकिन D", D is X's again
                e = self.before_contrast(s, e)
                return Attribution([(s, e)], "indirect", 1.0, "कि after the cue")
            return Attribution([(s, self.run_on(s, e, stop == sentence[1], rule.says))], "indirect", 1.0, "कि after the cue")
        if found[0].norm in self.lexicon.not_content_start and not (separator and (found[0].norm in self.lexicon.clause_joiners or separator in _DASHES)):
            return None  # … ने नाम X बताया और …; but "X ने कहा, और मुझे लगता है …" and "X ने कहा- जो लोग …" are speech
        if separator == "," and found[0].norm in self.lexicon.coordinators and self.names_agent(found[1:_MAX_SECOND_SPEAKER_WORDS + 2]):
            return None  # "X ने इसे ‘C’ कहा, वहीं Y ने …": the reporter goes on to another speaker
        if rule.speaker in ("postposition", "genitive") and count >= 2:
            return Attribution([(s, e)], "indirect", 0.9, "content after the cue")
        if not (rule.unmarked if unmarked is None else unmarked):
            return None
        if separator and count >= 2:
            e = self.run_on(s, e, stop == sentence[1], rule.says)
            return Attribution([(s, e)], "direct_unmarked", 0.8, f"unmarked speech after the cue and {separator!r}")
        if rule.speaker == "subject" and count >= 3:
            return Attribution([(s, self.run_on(s, e, stop == sentence[1], rule.says))], "indirect", 0.7, "content after the cue")
        if rule.speaker == "ergative" and count >= 3:
            return Attribution([(s, self.run_on(s, e, stop == sentence[1], rule.says))], "indirect", 0.5, "content right after the cue")
        return None

    def charge_named_before(self, end: int, sentence: tuple[int, int]) -> bool:
        """Whether the cue ending at ``end`` is a ``charge_nouns`` noun after का, के or की, the charge
        it names (``हत्या का आरोप``) rather than an aim (``X का Y पर आरोप``)."""
        ws = self.words_of(sentence)
        k = next((i for i, w in enumerate(ws) if w.end == end), None)
        return k is not None and 0 < k and ws[k].norm in self.lexicon.charge_nouns and ws[k - 1].norm in self.lexicon.genitive_links

    def before_teaser(self, start: int, stop: int) -> int:
        """Where a headline's speech ends before the site's call to read on after a comma or dash
        (``…, देखें वीडियो``, ``…- जानें वजह``: ``headline_teasers``), else ``stop``."""
        ws = self.index.words(start, stop)
        for i in range(1, len(ws)):
            if ws[i].norm in self.lexicon.headline_teasers and ws[i - 1].text in (",", *_DASHES):
                return ws[i - 1].start
        return stop

    def next_agent_clause(self, start: int, stop: int) -> int:
        """Where a headline's unmarked speech ends before a comma opening a clause with an agent of
        its own (``पिता बोले- C, चाचा ने … उठाए सवाल``): that comma, else ``stop``."""
        ws = self.index.words(start, stop)
        return next((w.start for i, w in enumerate(ws) if w.text == "," and self.ergative_ahead(ws[i + 1:], _MAX_HEADLINE_SOURCE_WORDS + 1) is not None), stop)

    def run_on(self, start: int, end: int, at_sentence_end: bool, says: bool = False) -> int:
        """``X ने कहा कि हमने A किया। B। C।``: speech reaching its sentence's end goes on over the
        next sentences of its paragraph that hold no quote marks and no cue (but for one opening in
        the first person: ``मैंने उनसे कहा था कि …`` tells what the speaker said), while it or the next
        sentence speaks in the first person (``first_person``), the next sentence says what will or should happen
        (``irrealis_endings``: ``… कहा कि A। इससे B होगा।``), it opens by going on with the one
        before (``continues``) or it repeats the frame of the one before (``parallel``); the
        reporter narrates in none of these. After a verb of saying (``says``: ``कहा``), or once it
        has gone on over one sentence, the speaker holds the paragraph: every next sentence goes on
        but one told in the past (``told_in_past``). A sentence pointing back (``ये बातें X ने
        कहीं``) ends it, and so does one that names an agent (``प्रशासन ने …``, ``उन्होंने …``)
        unless it speaks as "I", asks or says what will happen."""
        if not at_sentence_end:
            return end
        first_person = self.first_person(start, end)
        following = iter(s for s in self.index.sentences if s[0] >= end)
        last = (start, end)
        held = 0  # sentences that go on only if a later one speaks as "I"
        for s, e in following:
            closing = len(self.text[s:e]) - len(self.text[s:e].rstrip(_QUOTE_CHARS + " "))
            if "\n" in self.text[end:s] or any(ch in _QUOTE_CHARS for ch in self.text[s:e - closing]):
                break  # a mark closing the speech at the sentence's very end is the paper's, not a new quote
            if self.text[s:e - closing].rstrip()[-1:] not in _SENTENCE_ENDS:
                break
            if any(s <= c.start < e and self.may_report(c) for c in self.cues) and not self.opens_with(s, e, self.lexicon.first_person):
                break  # a cue of its own starts new speech, unless the speaker goes on telling what they said (मैंने … कहा था कि …)
            if self.contrasts(s, e) or self.points_to_before(s, e):
                break
            speaks = self.first_person(s, e)
            asks = self.asks(s, e) and not self.asks(*last)  # one question after another is asked anew
            irrealis = self.irrealis(s, e)
            if not (speaks or asks or irrealis or self.depends(s, e)) and self.names_agent(self.index.words(s, e)):
                break  # "… कहा कि हम A करेंगे। प्रशासन ने B किया।": the reporter narrates what someone did
            if not speaks and self.agent_before_complementizer(s, e):
                break  # "… होनी चाहिए। X ने सरकार से मांग है कि C किया जाए।": X's own report, its cue mistyped
            holds = (says or last[0] > start) and not self.told_in_past(s, e)
            goes_on = holds or first_person or speaks or asks or irrealis or self.continues(s, e) or self.parallel(last, (s, e))
            if not goes_on:
                held += 1
                if held > _MAX_HELD_SENTENCES:
                    break
                continue
            if held and not speaks:
                break
            held = 0
            end = trim(self.text, s, e, _QUOTE_CHARS)[1]
            last = (s, end)
        return end

    def agent_before_complementizer(self, start: int, end: int) -> bool:
        """Whether the sentence names an agent (``names_agent``) before a कि."""
        words = self.index.words(start, end)
        ki = next((i for i, w in enumerate(words) if w.norm == self.lexicon.complementizer), None)
        return ki is not None and self.names_agent(words[:ki])

    def names_agent(self, words: Sequence[Word]) -> bool:
        """Whether ``words`` name an agent with ने or a fused pronoun (``उन्होंने``)."""
        lex = self.lexicon
        return any(w.norm == lex.ergative_marker or w.norm in lex.ergative_pronouns for w in words)

    def asks(self, start: int, end: int) -> bool:
        """Whether the sentence is a question with no speaker of its own (no ने): after speech, the
        speaker's (``… ज्यादा जीएसटी दिया है। फिर उत्पीड़न किस बात का हो रहा है?``)."""
        if not self.text[start:end].rstrip().endswith(("?", "؟")):
            return False
        return all(w.norm != self.lexicon.ergative_marker for w in self.index.words(start, end))

    def may_report(self, cue: CueMatch) -> bool:
        """Whether ``cue`` can report here: a genitive cue needs its genitive before it (``X का
        कहना है``); ``हमें … पहले से अनुमान था`` reports nothing."""
        if cue.rule.speaker != "genitive":
            return True
        before = [w for w in self.index.words(max(0, cue.start - 40), cue.start) if w.is_word]
        lex = self.lexicon
        j = self.genitive_at(before, len(before) - 1)
        return j >= 0 and (before[j].norm in lex.genitive_links or before[j].norm in lex.genitive_pronouns)

    def genitive_at(self, ws: list[Word], j: int) -> int:
        """Where the genitive of a cue after ``ws[j]`` stands: back over particles and adverbs (``भी``,
        ``साफ``, ``साफ तौर से``), a pointer (``X का यह भी कहना है``) and the one addressed or aimed at
        (``X की भारत को चेतावनी``, ``X का चीन पर बड़ा बयान``)."""
        lex = self.lexicon
        if j > 2 and ws[j].norm in ("से", "पर") and ws[j - 1].norm == "तौर":
            j -= 3  # "X का साफ तौर से कहना है": a manner adverb
        while j > 0 and ws[j].norm in _PARTICLES:
            j -= 1
        if j > 0 and ws[j].norm in lex.backward_demonstratives:
            j -= 1
        link = self.before_addressee(ws, j, lex.genitive_links)
        return j if link is None else link

    def before_addressee(self, ws: list[Word], j: int, markers: Collection[str]) -> int | None:
        """Where the word of ``markers`` stands before the one addressed or aimed at that ``ws[j]``
        (को or पर) closes, within ``_MAX_ADDRESSEE_WORDS`` words none of them a stop word (``X की
        भारत को``, ``X ने सरकार पर``), or None."""
        lex = self.lexicon
        if j < 2 or ws[j].norm not in (lex.dative_marker, "पर"):
            return None
        addressee = [i for i in range(j - 1, max(0, j - 2 - _MAX_ADDRESSEE_WORDS), -1) if ws[i].is_word]
        link = next((i for i in addressee if ws[i].norm in markers), None)
        if link is None or link >= addressee[0] or any(ws[i].norm in lex.stop_words for i in addressee if i > link):
            return None
        return link

    def parallel(self, before: tuple[int, int], after: tuple[int, int]) -> bool:
        """Whether two sentences end in the same two words or more, one of them no filler
        (``parallel_fillers``): ``… विकास का चुनाव है। … सुरक्षा का चुनाव है।``."""
        ends = [[w.norm for w in self.index.words(*span) if w.is_word][-3:] for span in (before, after)]
        shared = 0
        while shared < min(len(ends[0]), len(ends[1])) and ends[0][-1 - shared] == ends[1][-1 - shared]:
            shared += 1
        return shared >= 2 and any(w not in self.lexicon.parallel_fillers for w in ends[1][len(ends[1]) - shared:])

    def through_open_mark(self, start: int, end: int) -> int:
        """``… ने बताया कि A ‘B. C.’``: where a content that opens a quote mark and ends its
        sentence before the mark closes goes on to, the mark's closing in the same paragraph;
        ``end`` when there is none."""
        for region in self.regions:
            if start < region.outer_start < end < region.end and region.close_mark is not None:
                if "\n" not in self.text[end:region.end]:
                    return region.end
        return end

    def contrasts(self, start: int, end: int) -> bool:
        """Whether the sentence opens with words that set the reporter's view against what was
        said (``हालांकि``) or turn to the reader (``गौरतलब है``, ``बता दें``: ``run_on_stoppers``), so
        that no speech runs on over it."""
        return self.opens_with(start, end, self.lexicon.run_on_stoppers)

    def points_to_before(self, start: int, end: int) -> bool:
        """Whether the sentence opens by pointing back at what was said (``ये बातें … ने कहीं``,
        ``यह जानकारी …``): it attributes the speech, it does not go on with it."""
        return self.opens_with_pointer([w for w in self.index.words(start, end)[:3] if w.is_word])

    def opens_with_pointer(self, words: list[Word]) -> bool:
        """Whether ``words`` open with a pointing word and a noun of what was said (यह जानकारी, ये बातें)."""
        lex = self.lexicon
        return len(words) >= 2 and words[0].norm in lex.backward_demonstratives and words[1].norm in lex.backward_nouns

    def first_person(self, start: int, end: int) -> bool:
        """Whether the stretch speaks in the first person (``first_person``: मैं, हमने)."""
        return any(w.norm in self.lexicon.first_person for w in self.index.words(start, end))

    def continues(self, start: int, end: int) -> bool:
        """Whether the sentence opens with a word that goes on with the one before it (``जिसके
        लिए``, ``लेकिन``, ``साथ ही``: ``continuation_openers``), not with a time (``इससे पहले``:
        ``continuation_exceptions``)."""
        return self.opens_with(start, end, self.lexicon.continuation_openers)

    def depends(self, start: int, end: int) -> bool:
        """Whether the sentence opens with a word that makes it hang on the one before (``क्योंकि``,
        ``जहां``, ``अगर``: ``dependent_openers``), not with a time."""
        return self.opens_with(start, end, self.lexicon.dependent_openers)

    def opens_with(self, start: int, end: int, openers: frozenset[str]) -> bool:
        """Whether the sentence's first one to three words are one of ``openers`` and its first two
        no ``continuation_exceptions``."""
        words = [w.norm for w in self.index.words(start, end)[:3] if w.is_word]
        if " ".join(words[:2]) in self.lexicon.continuation_exceptions:
            return False
        return any(" ".join(words[:n]) in openers for n in range(1, len(words) + 1))

    def irrealis(self, start: int, end: int) -> bool:
        """Whether the sentence's last word says what will or should happen (``होगा``, ``चाहिए``)."""
        return self.last_word(start, end).endswith(self.lexicon.irrealis_endings)

    def told_in_past(self, start: int, end: int) -> bool:
        """Whether the sentence's last word tells what happened (``था``, ``हुई``: ``past_endings``)."""
        return self.last_word(start, end) in self.lexicon.past_endings

    def asks_in_heading(self, start: int, sentence: tuple[int, int]) -> bool:
        """Whether the sentence from ``start`` on ends in ``?``, or is a line of its own with no
        sentence mark (a subheading ``क्या बोले X``)."""
        rest = self.text[start:sentence[1]].rstrip()
        if rest.endswith(("?", "؟")):
            return True
        end = paragraph_end(self.text, start)
        line = self.text[self.paragraph_start(start):end].rstrip()
        return bool(line) and line[-1] not in _SENTENCE_ENDS and end < len(self.text) and end <= sentence[1]

    def paragraph_start(self, offset: int) -> int:
        """Where the line (paragraph) holding ``offset`` starts."""
        return self.text.rfind("\n", 0, offset) + 1

    def last_word(self, start: int, end: int) -> str:
        """The last word of ``[start, end)`` in letters (no number or mark), normalised; "" when none."""
        return next((w.norm for w in reversed(self.index.words(start, end)) if w.norm[:1].isalpha()), "")

    def without_ellipsis(self, start: int, end: int) -> int:
        """``end`` moved before a trailing ``, ...`` or ``…`` (words left out by the paper). A
        double full stop stays: annotators keep it in 8 of 11 quotes."""
        stripped = self.text[start:end].rstrip(".… \u00a0,")
        tail = self.text[start + len(stripped):end]
        if "…" in tail or "..." in tail:  # "… सस्पेंड…." too
            return trim(self.text, start, start + len(stripped), ",;" + _QUOTE_CHARS)[1]
        return end

    def second_attribution_stop(self, start: int, stop: int) -> int:
        """``… ने कहा कि A, X का कहना है कि B``: a content stops at a comma (or the correlative तो of
        ``जब … पूछा गया कि Q तो X ने कहा``) after which, within a few words, another speaker and
        cue begin: a ने or a fused pronoun (not a relative one) before an ergative cue, a का or
        genitive pronoun right before a genitive one. Papers that run sentences together with no
        mark (``… इलाज शुरू किया गया है श्री वर्मा ने बताया की C``) end the content after the
        auxiliary before such a speaker, when कि follows the cue (``run_together_stop``)."""
        lex = self.lexicon
        for cue in self.cues:
            if not start < cue.start < stop or cue.rule.speaker not in ("ergative", "genitive") or cue.rule.separator:
                continue
            run_together = self.run_together_stop(start, cue)
            if run_together is not None:
                return run_together
            comma = _last_comma(self.text, start, cue.start)
            correlative = [w for w in self.index.words(start, cue.start) if w.norm == lex.correlative] if self.in_when_clause(start) else []
            if correlative and correlative[-1].start > comma:
                comma = correlative[-1].start  # the content ends before तो; the speaker follows it
                after = correlative[-1].end
            else:
                after = comma + 1
            if comma < 0:
                continue
            between = [w for w in self.index.words(after, cue.start) if w.is_word]
            if not between or len(between) > _MAX_SECOND_SPEAKER_WORDS:
                continue
            if between[0].norm in lex.relatives and not self.complementizer_after_cue(self.skip_space(cue.end)):
                continue  # "… कॉल आई, जिसमें एक व्यक्ति ने खुद को अधिकारी बताया": a relative clause goes on
            if cue.rule.speaker == "ergative":
                named = any(w.norm == lex.ergative_marker or w.norm in lex.ergative_pronouns - lex.not_content_start for w in between)
            else:
                named = between[-1].norm in lex.genitive_links | lex.genitive_pronouns
            if named:
                return comma
        return stop

    def run_together_stop(self, start: int, cue: CueMatch) -> int | None:
        """The end of the auxiliary (है, था …) after which, with no mark between, a few words
        naming a speaker with ने or a fused pronoun (``… जारी है उन्होंने कहा कि``) lead to ``cue``
        and कि; else None. A fused pronoun right after a verb of what should happen (``… बढ़ाया जाए
        उन्होंने कहा कि``) ends it too. (A participle there, ``… ऊपर पहुंचे कई देशों के
        पर्वतारोहियों ने``, or a कि, ``… ने बताया कि X ने लिखा है कि``, is no such end.) Over all
        held-out batches the fused pronouns turned 11 more quotes exact, none lost."""
        lex = self.lexicon
        after = self.skip_space(cue.end)
        if cue.rule.speaker != "ergative" or not (self.complementizer_after_cue(after) or self.text[after:after + 1] in (",", *_DASHES)):
            return None
        before = [w for w in self.index.words(start, cue.start) if w.is_word or w.text in _SENTENCE_ENDS + ",;:"]
        for k in range(len(before) - 2, max(-1, len(before) - 2 - _MAX_SECOND_SPEAKER_WORDS), -1):
            word, between = before[k], before[k + 1:]
            if not word.is_word or word.norm == lex.complementizer:
                return None
            if word.norm in lex.auxiliaries:
                if any(w.norm == lex.correlative for w in between):
                    return None  # "जब … पूछा कि Q है या R तो उन्होंने कहा कि": the question runs to तो
                return word.end if any(w.norm == lex.ergative_marker or w.norm in self.third_person_ergatives for w in between) else None
            if len(between) == 1 and between[0].norm in self.third_person_ergatives and word.norm.endswith(lex.irrealis_endings):
                return word.end  # "… बढ़ाया जाए उन्होंने कहा कि …": a verb of what should happen ends the clause too
        return None

    @cached_property
    def third_person_ergatives(self) -> frozenset[str]:
        """Fused ergative pronouns that point back to someone named before (``उन्होंने``, ``उसने``):
        not a relative one, which opens a clause about the noun before it, nor "I" or "we", who may
        go on speaking."""
        return self.lexicon.ergative_pronouns & self.lexicon.third_person_pronouns

    def in_when_clause(self, offset: int) -> bool:
        """Whether ``offset`` lies in a जब clause of its sentence (``जब उनसे पूछा गया कि Q तो …``),
        whose तो ends what was said in it; a content that begins before the जब runs over it
        (``X ने बताया कि जब … तो उसने कहा कि …``)."""
        sentence = self.index.sentence_around(offset)
        if sentence is None:
            return False
        return any(w.norm == self.lexicon.subordinate_when for w in self.index.words(sentence[0], offset))

    def coordination_stop(self, start: int, stop: int) -> int:
        """Where a content must end because a coordinator introduces another attribution. A
        coordinator listed after a comma (``, तो``: the main clause after ``जब … पूछा कि Q``)
        counts only right after one; one of two words (``साथ ही``) from its first. A joiner
        (``और``: ``clause_joiners``) or a semicolon counts right before a cue, unless the content
        before it names an agent of its own, whose cue that is (``… कहा गया तो उसने मना कर दिया और
        बोला कि …``)."""
        coordinators = self.lexicon.coordinators
        previous: Word | None = None
        words = self.index.words(start, stop)
        for i, w in enumerate(words):
            pair = previous is not None and f"{previous.norm} {w.norm}" in coordinators
            joined = pair or w.norm in coordinators or (previous is not None and previous.text == "," and f", {w.norm}" in coordinators)
            if joined and any(w.end <= c.start < stop for c in self.cues):
                return previous.start if pair and previous is not None else w.start
            joiner = w.norm in self.lexicon.clause_joiners or w.text == ";"
            if joiner and i + 1 < len(words) and words[i + 1].start in self.cue_starts and not self.names_agent(words[:i]):
                return w.start  # "… ने कहा कि A और कहा कि B", "…; बताया कि B": the speaker goes on with a cue of their own
            previous = w
        return stop

    def quote_is_content(self, region: QuoteRegion, sentence: tuple[int, int]) -> bool:
        """Whether a quote right after a cue is the whole content, not a title opening it."""
        if self.title_like(region):
            return False
        rest = self.index.words(region.outer_end, max(region.outer_end, sentence[1]))
        return self.speech_like(region) or not any(w.is_word for w in rest)

    def join_split_quote(self, content: Attribution, anchor: int) -> Attribution | None:
        """``"A," उन्होंने कहा, "B"``: the quote closing just before the speaker is the first
        fragment of the one after the cue. When it ends its own sentence (``"A।" उन्होंने
        कहा, "B"``) it is returned as a quote of its own, by the same speaker."""
        first = self.region_ending_at(anchor)
        if first is None or id(first) in self.used or id(first) in content.regions:
            return None
        if self.text[first.end - 1] in _SENTENCE_ENDS or "\n" in self.text[first.outer_end:anchor]:
            return self.from_region(first, 0.9, "quote before the speaker")
        content.fragments = list(first.fragments) + content.fragments
        content.regions.append(id(first))
        return None

    def reported_content(self, speaker_end: int, cue_start: int, ws: list[Word], rule: CueRule) -> Attribution | None:
        """``X ने C की बात कही`` / ``C पर जोर दिया``: what lies between the speaker's ने and the
        postposition before the cue is reported speech; for a cue with an addressee (``X ने Y को C
        के लिए कहा``, ``… Y को C की सलाह दी``) it starts after the first ``को`` that follows no time
        or the first ``से`` (``X ने Y से C के लिए कहा``), whichever comes first, and with neither it is all of it
        (``X ने C करने का निर्देश दिया``); for an accusation (``X ने Y पर C का
        आरोप लगाया``) after the last ``पर`` that leaves a
        word or more. (A content holding a पर of its own, ``… वर्गों पर ज्यादती होने के आरोप``,
        is cut there.)"""
        lex = self.lexicon
        after = [w for w in ws if speaker_end <= w.start < cue_start]
        if after and after[0].norm == lex.ergative_marker:
            after = after[1:]
        while after:  # X ने C की भी मांग की, … की पहले ही चेतावनी दी, … का बड़ा आरोप लगाया, … का बुधवार को आग्रह किया
            if after[-1].norm in lex.reported_frames:
                after.pop()
            elif after[-1].norm in lex.reported_modifiers and len(after) > 1 and after[-2].norm in lex.genitive_links:
                after.pop()  # not "… चैनल पर बड़ी बात कही": a big thing said on the channel
            elif len(after) > 2 and after[-1].norm == lex.dative_marker and self.time_before(after, len(after) - 1):
                del after[-2:]
            else:
                break
        links = rule.links or self.lexicon.reported_links
        like = self.lexicon.likeness_words
        if rule.reported and not rule.links and len(after) > 3 and like.intersection(w.norm for w in after[-2:]):
            while after[-1].norm not in like:
                after.pop()  # X ने C जैसा सनसनीखेज आरोप लगाया: C, before जैसा and the adjective
            links = links | like
        to = -1
        if rule.addressee:  # X ने Y को C के लिए कहा, X ने Y से C के लिए कहा: whichever comes first in the last clause
            scope = self.without_frame(after)
            scope = scope[self.last_clause(scope):]
            to = self.addressee_end(scope)
        if to >= 0 or (rule.addressee and scope and after[-1].norm not in links):  # … C करने के लिए कहा: no one named
            asked = scope[to + 1:]
            if len(asked) > 2 and asked[1].norm == "को" and self.time_before(asked, 1) and not asked[-1].norm.endswith(lex.infinitive_ending):
                asked = asked[2:]  # X को रविवार को C की धमकी मिली: the day is no part of C (but of "सोमवार को बोलने")
            while len(asked) > 2 and asked[0].norm in self.lexicon.reported_frames:
                asked = asked[1:]  # X ने Y को भी C की सलाह दी: the particle is the addressee's
            if asked and asked[-1].norm in links:
                asked.pop()
            asked = marked_end(asked) or asked  # X ने Y को ‘C’ की सलाह दी: the marked words
            if len(asked) == 1 and to >= 3 and scope[-1].norm in links:
                asked = scope[:-1]  # X ने C की जांच पुलिस को करने के निर्देश दिए: the को names C's doer, not the one asked
            act = bool(asked) and asked[-1].norm in lex.action_nouns and all(w.norm != lex.dative_marker for w in asked)  # X ने Y को C की जांच के निर्देश दिए
            if len(asked) < 2 or not (asked[-1].norm.endswith(lex.infinitive_ending) or act):
                return None
            s, e = trim(self.text, asked[0].start, asked[-1].end, ",")
            return Attribution([(s, e)], "reported", 0.5, "asked of the addressee before the cue")
        if rule.ordered:
            after = after[self.ordered_end(after) + 1:]
        named_with_par = rule.accused or rule.topic  # the one accused or the topic, before पर
        # an act asked for, promised or assured may be one word (कार्रवाई की मांग, जांच का भरोसा दिया);
        # one ordered is not said (जांच के आदेश दिए: annotators leave it)
        act_asked = len(after) == 2 and after[0].norm in lex.action_nouns and (rule.asked_of or rule.infinitive and after[1].norm != "के")
        if len(after) < (2 if named_with_par or act_asked else 3) or after[-1].norm not in links:
            # an accusation, a citation or an act asked for may be one word (लापरवाही का आरोप, कार्रवाई
            # की मांग, शांति की अपील); other contents need two
            return None
        if named_with_par and after[-1].norm == "पर":
            return None  # X ने Y पर आरोप लगाया: Y is the one accused, and nothing is reported
        content = self.without_frame(after[:-1], keep=1)
        if after[-1].norm == _ABOUT and content and content[-1].norm == lex.dative_marker:
            content = content[:-1]  # X ने C को लेकर चिंता जताई: C, without को
        content = content[self.last_clause(content):]  # X ने A की और C पर जोर दिया: C
        if after[-1].norm == _ABOUT and (len(content) < 2 or content[-2].norm in lex.backward_demonstratives):
            return None  # … और घोषणा को लेकर खुशी जताई, … पहले ही इस पुल को लेकर आशंका जताई: a thing pointed at
        asked = self.asked_of(content) if rule.asked_of else -1
        if rule.infinitive and asked < 0 and not act_asked and not self.infinitive_headed(after[:-1], nouns=after[-1].norm != "पर"):
            denied = after[-2].norm in lex.denied_nouns or any(w.norm in lex.denied_any for w in after[:-1])
            if not (rule.denial and denied) and after[-2].norm not in lex.protest_acts:
                return None  # a thing named with no one asked for it (नई बसों की मांग की) is no quote; a strike called is one
        if asked >= 0:
            content = content[asked + 1:]  # X ने Y से C की मांग की: C, a noun too (… से मुआवजे की मांग की)
            while len(content) > 1 and content[0].norm in _ADDED_PARTICLES:
                content = content[1:]  # X ने Y से भी C की मांग की: the particle is the one asked's
        if rule.topic:
            topic = _last_topic(content)
            if len(content) - topic > 1:
                content = content[topic + 1:]  # X ने बढ़ते दामों पर C का हवाला दिया: C
        act_pointed_at = bool(content) and content[-1].norm in lex.action_nouns and after[-1].norm in lex.genitive_links  # … इसकी जांच की मांग की
        if not content or len(content) <= 2 and content[0].norm in lex.backward_demonstratives and not act_pointed_at:
            return None  # X ने इस बात पर जोर देते हुए कहा, … इस कार्रवाई पर खुशी जताई: a pointer, nothing said
        content = marked_end(content) or content  # X ने उसे “भद्दा मजाक” की संज्ञा दी: the marked words are what was said
        s, e = trim(self.text, content[0].start, content[-1].end, "," + _QUOTE_CHARS)
        return Attribution([(s, e)], "reported", 0.5, "reported before the cue")

    def ordered_end(self, words: list[Word]) -> int:
        """Where the one ordered or assured ends among the first words of a reported content: a
        ``को`` after a word naming a person or body (``पुलिस को``, ``संबंधित अधिकारियों को``,
        ``उन्हें``) with two words or more after it; -1 when none does (``फिल्म को बंद करने``: what
        is ordered)."""
        lex = self.lexicon
        if len(words) > 2 and words[0].norm in lex.addressee_pronouns and not words[0].norm.endswith("से"):
            return 0
        heads = self.agent_words[1]
        for i, w in enumerate(words[1:_MAX_ORDERED_WORDS + 1], start=1):
            if w.norm != lex.dative_marker:
                continue
            if len(words) - i > 2 and not self.time_before(words, i) and _singular(words[i - 1].norm) & heads:
                return i
            return -1
        return -1

    def addressee_end(self, words: list[Word]) -> int:
        """Where the one asked ends in ``words`` before a request: the first ``को`` that follows no
        time (or a pronoun opening them that is the one asked: ``उन्हें``) or the first ``से`` that
        makes no adverb (``देरी से``), whichever comes first; a ``से`` inside a participle phrase
        that describes the one asked (``खराब दौर से गुजर रहे इस क्रिकेटर को``) is not it. -1: neither."""
        lex = self.lexicon
        if words and words[0].norm in lex.addressee_pronouns:
            return 0
        to = next((i for i, w in enumerate(words) if w.norm == "को" and not self.time_before(words, i)), -1)
        if any(words[i].norm.endswith(lex.infinitive_ending) and words[i + 1].norm in lex.clause_joiners for i in range(to - 1)):
            to = -1  # … सुविधा बढ़ाने और शुल्क को कम करने: a को after "C1 and" is inside what was asked
        by = next((i for i, w in enumerate(words) if w.norm == "से" and not (i and words[i - 1].norm in lex.manner_words)), -1)
        if by < 0 or (0 <= to < by):
            return to
        if to > by and any(w.norm in lex.participles for w in words[by + 1:to]):
            return to
        return by

    def last_clause(self, words: list[Word]) -> int:
        """Where the last clause of ``words`` begins: after a joiner that follows a finite verb
        (``… इनकार कर दिया और Y को C``) or a coordinator after a comma (``… बताया, जबकि C``), else 0."""
        lex = self.lexicon
        joined = max((i for i in range(1, len(words) - 1) if words[i].norm in lex.clause_joiners and self.ends_clause(words[:i])
                      or words[i].norm in lex.coordinators and words[i - 1].text == ","), default=0)
        return joined + 1 if joined else 0

    def ends_clause(self, words: list[Word]) -> bool:
        """Whether ``words`` end with a finite verb (``clause_ending_verbs``), an auxiliary after it
        allowed (``… विवाद हुआ था``)."""
        lex = self.lexicon
        if words and words[-1].text == ",":
            words = words[:-1]  # … फ्रीज कर दिया गया है, और C
        if len(words) >= 2 and words[-1].norm in lex.auxiliaries:
            words = words[:-1]
        return bool(words) and words[-1].norm in lex.clause_ending_verbs

    def asked_of(self, content: list[Word]) -> int:
        """Where the one something was asked of ends, among the first words of a reported
        content: a ``से`` with a word or more after it (``प्रशासन से बिजली ठीक करने``, ``डीएम से
        मदद``; an adverb opening it goes too: ``सामूहिक रूप से``; not ``जल्द से जल्द``), or a pronoun
        with से opening it (``उनसे``); -1 when none does. (An order's addressee, ``… को C का आदेश दिया``, stays in its content,
        as the corpus marks it.)"""
        if len(content) > 1 and content[0].norm in self.lexicon.addressee_pronouns and content[0].norm.endswith("से"):
            return 0  # उनसे C करने का आग्रह किया
        for i, w in enumerate(content[:_MAX_ASKED_OF_WORDS + 1]):
            if w.norm == "को":
                return -1  # … कर्मचारियों को घर से काम करने: से within what was offered
            if w.norm == "से" and 0 < i < len(content) - 1 and content[i - 1].norm == content[i + 1].norm:
                continue  # जल्द से जल्द, कम से कम: "as soon as", "at least"
            if w.norm == "से":
                return i if len(content) - i > 1 else -1
        return -1

    def without_frame(self, words: list[Word], keep: int = 2) -> list[Word]:
        """``words`` without what frames a reported content before it: particles and
        connectives (``reported_frames``), a weekday or time of day with को (``गुरुवार को``) and
        a frame ending in ``reported_frame_ends`` (``… फटकार लगाते हुए``), as long as ``keep``
        words or more are left after a frame that is a clause (``ज्ञापन सौंपकर``), two after any
        other (``… को लेकर``, ``बयान में``)."""
        lex = self.lexicon
        i = 0
        while i < len(words) - 2:
            if words[i].norm in lex.reported_frames:
                i += 1
            elif words[i + 1].norm == "को" and (words[i].norm in lex.weekdays or words[i].norm in lex.times_of_day):
                if words[i + 2].norm == _FRAME_PARTICIPLE:
                    break  # सोमवार को हुए हादसे को …: the day of what happened, part of it
                i += 2
            else:
                break
        norms = [w.norm for w in words]
        for j in range(len(words) - 2, i - 1, -1):
            if norms[j] == _FRAME_PARTICIPLE and not (j and norms[j - 1].endswith(_IMPERFECTIVE_ENDINGS)):
                continue  # सोमवार को हुए ट्रेन हादसे को …: a thing that happened, no frame
            frame = next((end for end in lex.reported_frame_ends if " ".join(norms[j - end.count(" "):j + 1]) == end), None)
            if frame is None:
                continue
            clause = norms[j].endswith(_CLAUSE_FRAME_ENDINGS) and frame != _TOPIC_FRAME
            if len(words) - 1 - j >= (keep if clause else 2):
                i = j + 1
                break
        return words[i:]

    def called(
        self,
        rule: CueRule,
        speaker: SpeakerPhrase | None | Literal[False],
        start: int,
        end: int,
        ws: list[Word],
        sentence: tuple[int, int],
    ) -> tuple[Attribution, SpeakerPhrase] | None:
        """``X ने Y को Z बताया।`` / ``X, Y को Z बताते हैं।``: a cue ending its clause (``ends_clause_at``:
        ``… को गलत बताया, वहीं …``) after ``Y को
        Z`` (or a dative pronoun and Z: ``उन्हें Z करार दिया``) says what X called Y; ``Y को Z`` is
        the content, without a frame before it (``… पर हमला करते हुए``). A subject speaker is the
        phrase before the sentence's first comma. A participle (``… को तनावपूर्ण करार देते हुए …``,
        ``खुद को अफसर बताकर …``) need not end its sentence; one that opens it with no one named
        before it has its speaker in the ``X ने`` right after it (``Y को Z बताते हुए X ने कहा``)."""
        participle = self.text[start:end].split()[-1] in self.lexicon.reported_frame_ends or self.lexicon.conjunctive(self.text[start:end])
        if not self.ends_clause_at(end, sentence) and not participle:
            return None
        before = [w for w in ws if w.end <= start]
        framed = self.frame_speaker(ws, start, end) if rule.speaker == "ergative" and not speaker else None
        if framed is not None:  # Y को Z बताते हुए X ने कहा …: X, after the participle
            speaker, content = framed, before[self.last_clause(before):]
        elif rule.speaker == "ergative":
            if not speaker:
                return None
            content = [w for w in before if w.start >= speaker.end]
            if content and content[0].norm == self.lexicon.ergative_marker:
                content = content[1:]
            content = content[self.last_clause(content):]  # X ने A की निंदा की और Y को Z बताया
            fronted = [w for w in before if w.end <= speaker.start][-1:]
            told = not content or content[-1].norm in self.lexicon.not_called_before  # द क्विंट को X ने दिक्कतों के बारे में बताया
            named_before = bool(fronted) and (fronted[0].norm == "को" or fronted[0].norm in self.lexicon.dative_pronouns)
            if not told and named_before and not any(w.norm == "को" or w.norm in self.lexicon.dative_pronouns for w in content):
                s, e = trim(self.text, content[0].start, content[-1].end, ",")  # Y को X ने Z बताया, इसे X ने Z बताया: Z
                return Attribution([(s, e)], "indirect", 0.5, "what the speaker called someone named before it"), speaker
        elif rule.before_complementizer:  # calling in progress: its own clause, its subject with no comma
            clause = max((i + 1 for i, w in enumerate(before) if w.text == "," or w.norm in _CLAUSE_OPENERS), default=0)
            subject = self.subject_calling(before[clause:])
            if subject is None:
                return None
            speaker, content = subject
        else:
            comma = next((i for i, w in enumerate(before) if w.text == ","), -1)
            if not 0 < comma <= self.lexicon.max_speaker_words or not all(w.is_word for w in before[:comma]):
                return None
            speaker = SpeakerPhrase(before[0].start, before[comma - 1].end, pronoun=False)
            content = before[comma + 1:]
        content = self.without_frame(content)
        if len(content) > len(_OWN_NAME) and tuple(w.norm for w in content[:len(_OWN_NAME)]) == _OWN_NAME:
            s, e = trim(self.text, content[0].start, content[-1].end, ",")  # उसने अपना नाम X बताया: the name given
            return Attribution([(s, e)], "indirect", 0.6, "the name the speaker gave"), speaker
        datives = self.lexicon.dative_pronouns
        it = bool(content) and content[0].norm == _IT  # इसे … Z बताया: a thing is called Z, never told it
        to = 0 if it else max((i for i, w in enumerate(content) if w.norm == "को" or w.norm in datives), default=-1)
        called = to >= 0 and content[to].norm in datives  # उन्हें Z करार दिया: the pronoun is Y को
        if to < (0 if called else 1) or to == len(content) - 1 or content[-1].norm in self.lexicon.not_called_before:
            return None
        name = content[to + 1:]
        ending = self.lexicon.infinitive_ending
        if not it and any(a.norm.endswith(ending) and b.norm in self.lexicon.genitive_links for a, b in zip(name, name[1:])):
            return None
        if not all(w.is_word or w.text in _QUOTE_CHARS + "-,/" for w in content):
            return None
        s, e = without_stray_marks(self.text, *trim(self.text, content[0].start, content[-1].end, ","))  # X ने बताया, “C को Y कहते हैं।
        if len(name) > 2 and name[0].text in _QUOTE_CHARS and name[-1].text in _QUOTE_CHARS:
            s, e = name[1].start, name[-2].end  # … प्रतिबंध को 'असंवैधानिक' करार दिया: the marked word is the quote
        return Attribution([(s, e)], "indirect", 0.6, "what the speaker called someone before the cue"), speaker

    def subject_calling(self, before: list[Word]) -> tuple[SpeakerPhrase, list[Word]] | None:
        """``विपक्ष इसे अपनी जीत बता रहा है``, ``पुलिस जहां इसे सुसाइड बता रही है``: calling in progress
        with no comma, its subject the phrase before what is called (``इसे``, or ``Y को`` / a dative
        pronoun opening the clause's last words), past a connective (``जहां``, ``तो``); the content
        runs from there."""
        lex = self.lexicon
        objects = [i for i, w in enumerate(before) if w.norm == _IT or w.norm in lex.dative_pronouns or w.norm == lex.dative_marker]
        if not objects:
            return None
        k = objects[-1]
        if before[k].norm == lex.dative_marker:
            # Y को: the word before it, with a possessive (अपने आप को), a demonstrative (इस मावे को)
            # or a genitive (X के Y को) before that
            k -= 1
            if k > 0 and (before[k - 1].norm in lex.possessives or before[k - 1].norm in _DEMONSTRATIVES):
                k -= 1
            elif k > 1 and before[k - 1].norm in lex.genitive_links:
                k -= 2
        marker = k
        while marker > 0 and before[marker - 1].norm in lex.reported_frames:
            marker -= 1
        if marker <= 0 or k >= len(before) - 1:
            return None
        speaker = phrase_before(before, marker, lex)
        if speaker is None or speaker.pronoun:
            return None
        return speaker, before[k:]

    def time_before(self, words: list[Word], index: int) -> bool:
        """Whether the word before ``words[index]`` names a time (``सोमवार को``, ``12 को``), so
        that ``को`` marks no addressee."""
        if index == 0:
            return False
        before = words[index - 1]
        return before.norm in self.lexicon.weekdays or before.norm in self.lexicon.times_of_day or before.text[:1].isdigit()

    def infinitive_headed(self, words: list[Word], nouns: bool = True) -> bool:
        """Whether ``words`` end in an oblique infinitive (``पद छोड़ने``), in a noun it governs
        a few words on (``सरकार गिराने की किसी भी संभावना``) or, with ``nouns``, in a noun of an act
        (``action_nouns``: ``मामले की सीबीआई जांच``): a thing done, not a thing. (An act before पर
        is what one objects to or is glad of: ``कटौती पर आपत्ति``, ``कार्रवाई पर खुशी``.)"""
        ending = self.lexicon.infinitive_ending
        if words[-1].norm.endswith(ending) or nouns and len(words) >= 2 and words[-1].norm in self.lexicon.action_nouns:
            return True  # … मामले की सीबीआई जांच की मांग की: an act named by its noun
        tail = range(max(0, len(words) - _MAX_GOVERNED_WORDS - 2), len(words) - 2)
        return any(words[i].norm.endswith(ending) and words[i + 1].norm in self.lexicon.genitive_links for i in tail)

    def content_before(self, anchor: int, sentence: tuple[int, int]) -> Attribution | None:
        """``"C," X ने कहा।``, ``C, X ने कहा।`` and the headline ``C: X ने बताया``: what precedes a
        speaker whose cue ends the sentence."""
        region = self.region_ending_at(anchor)
        if region is not None:
            return self.from_region(region, 0.95, "quote before the speaker")
        q = anchor
        while q > sentence[0] and self.text[q - 1].isspace():
            q -= 1
        if q <= sentence[0] or self.text[q - 1] not in ",،:":
            return None
        if any(w.norm in self.lexicon.relatives for w in self.index.words(q, self.word_end(anchor + 1))):
            return None  # "A है, जिसे कंपनी ने C की घोषणा की है", "A, जिन्होंने …": the speaker's clause is relative to A
        s, e = trim(self.text, sentence[0], q, ",;:" + _QUOTE_CHARS)
        if self.after_dateline(s) >= e:
            return None  # "मुजफ्फरनगर, उत्तर प्रदेश: X ने …": a dateline, no headline
        words = [w for w in self.index.words(s, e) if w.is_word]
        if len(words) < 3 or " ".join(w.norm for w in words) in self.lexicon.discourse_openers:
            return None  # "इतना ही नहीं, X ने … कहा" opens the sentence, says nothing
        if words[-1].norm in self.lexicon.adverbial_ends:
            return None  # "सदन की कार्यवाही शुरू होते ही, X ने …": a time, not speech
        if any(s <= c.start and e - 1 <= c.end <= e and c.rule.speaker == "postposition" for c in self.cues):
            return None  # "बयान के मुताबिक, इन लोगों पर …": a source ends it, and says what follows
        if self.text[q - 1] == ":" and not _letter_scripts(self.text[s:e]) & _letter_scripts(self.text[anchor:sentence[1]]):
            return None  # "Delhi water Scheme: X ने … लिखा है": a label in another script, no speech
        return Attribution([(self.run_back(s), e)], "direct_unmarked", 0.6, "content before the speaker")

    def run_back(self, start: int) -> int:
        """``A। B, X ने कहा।``: speech before a speaker who follows it starts earlier, at the
        sentences before it in its paragraph that hold no cue and no quote marks and speak in the
        first person (``first_person``), as ``run_on`` goes on after one."""
        for s, e in reversed([x for x in self.index.sentences if x[1] <= start]):
            if "\n" in self.text[e:start] or any(ch in _QUOTE_CHARS for ch in self.text[s:e]):
                break
            if any(s <= c.start < e for c in self.cues) or not self.first_person(s, e):
                break
            start = trim(self.text, s, e, "")[0]
        return start

    def skip_space(self, p: int) -> int:
        while p < len(self.text) and self.text[p].isspace():
            p += 1
        return p

    def word_total(self, start: int, end: int) -> int:
        """How many words (not marks) lie in ``[start, end)``."""
        return sum(1 for w in self.index.words(start, end) if w.is_word)

    def word_count(self, region: QuoteRegion) -> int:
        return sum(self.word_total(s, e) for s, e in region.fragments)

    def speech_like(self, region: QuoteRegion) -> bool:
        count = self.word_count(region)
        last = self.text[region.end - 1]
        return count >= self.lexicon.min_words_without_cue or (count >= 3 and last in _SENTENCE_ENDS)

    def title_like(self, region: QuoteRegion) -> bool:
        after = self.index.words(region.outer_end, min(len(self.text), region.outer_end + 40))
        if after and after[0].norm in self.lexicon.title_after:
            return True
        before = self.index.words(max(0, region.outer_start - 40), region.outer_start)
        if before and before[-1].norm in self.lexicon.title_before:
            return True
        return bool(len(before) >= 2 and f"{before[-2].text} {before[-1].text}" in self.lexicon.title_before)

    def before_contrast(self, start: int, end: int) -> int:
        """``end``, or where a clause of contrast (``लेकिन …``, ``, परंतु …``) begins after the first
        few words of ``[start, end)``: an inner quote's speaker said no more than that."""
        words = [w for w in self.index.words(start, end) if w.is_word]
        cut = next((w for w in words[_MIN_INNER_WORDS:] if w.norm in BUT), None)
        return trim(self.text, start, cut.start, ",")[1] if cut is not None else end

    def overlaps(self, fragment: Fragment) -> bool:
        return any(fragment[0] < e and s < fragment[1] for s, e in self.taken)

    def conflicts(self, fragment: Fragment) -> bool:
        """Whether ``fragment`` repeats or crosses a taken quote (nesting inside one is fine)."""
        fs, fe = fragment
        for s, e in self.taken:
            if fs < e and s < fe:
                if (s, e) == (fs, fe):
                    return True
                if not (s <= fs and fe <= e) and not (fs <= s and e <= fe):
                    return True
        return False

    def keep(self, attribution: Attribution) -> None:
        """Keep ``attribution``, its quote without a dateline opening it and without a कि
        opening any fragment (the schema leaves the complementiser out); nothing when no
        fragment is left (a dateline taken for a headline's content: ``मुजफ्फरनगर, उत्तर प्रदेश: X ने …``)."""
        (start, end), rest = attribution.fragments[0], attribution.fragments[1:]
        if (past := self.after_dateline(start)) > start:
            start, end = without_stray_marks(self.text, past, end)  # "X: 'C" in marks: the ' pairs with nothing in C
        attribution.fragments = [(start, end), *rest] if start < end else rest  # a dateline alone says nothing
        fragments = [self.after_complementizer(s, e) for s, e in attribution.fragments]
        attribution.fragments = [(s, e) for s, e in fragments if s < e]
        if not attribution.fragments:
            return
        self.used.update(attribution.regions)
        self.taken.extend(attribution.fragments)
        self.attributions.append(attribution)

    def after_complementizer(self, start: int, end: int) -> tuple[int, int]:
        """``(start, end)`` without a कि (and commas, and a quote mark that pairs with nothing
        inside: ``कि 'X``) opening it, typed twice or once."""
        ki = self.lexicon.complementizer
        if self.text.startswith(ki, start) and start + len(ki) < end and self.text[start + len(ki)].isspace():
            return self.after_complementizer(*without_stray_marks(self.text, *trim(self.text, start + len(ki), end, ",")))
        return start, end

    def after_dateline(self, start: int) -> int:
        """``start`` moved past a dateline opening its paragraph (``मुंबई, 19 जुलाई (भाषा)``,
        ``नई दिल्ली, 5 मई:``, ``लखनऊ, नवम्बर 4 --``): a place of up to three words, a comma, a day
        and a month or a month and a day (a year may follow), then an agency in brackets or a
        separator, or both; or a place of up to two words and a colon (``नई दिल्ली:``; with its state
        after a comma or a second place after a slash, ``मुजफ्फरनगर, उत्तर प्रदेश:``, ``नई दिल्ली/नोएडा:``;
        spelt in Latin letters first, ``New Delhi नई दिल्ली:``; with an agency in brackets, ``नई दिल्ली (एएनआई):``;
        or a slash and a space, ``देहरादून/ …``), or a site's topic label in Latin letters and a colon
        (``District Consumer Commission: …``)."""
        if start > 0 and self.text[start - 1] != "\n":
            return start
        ws = self.index.words(start, min(len(self.text), start + 120))
        opening = next((i for i, w in enumerate(ws[:3]) if w.text == "("), 0)
        closing = next((i for i in range(opening + 1, min(opening + 5, len(ws))) if ws[i].text == ")"), 0) if opening else 0
        if closing and closing + 2 < len(ws) and ws[closing + 1].text == ":" and all(w.is_word for w in ws[:opening]):
            return self.skip_space(ws[closing + 1].end)  # नई दिल्ली (एएनआई): …
        colon = next((i for i, w in enumerate(ws[:5]) if w.text == ":" or w.text == "/" and self.text[w.end:w.end + 1].isspace()), 0)
        place = [w for w in ws[:colon] if w.text not in (",", "/")]
        commas = colon - len(place)  # a comma or a slash: मुजफ्फरनगर, उत्तर प्रदेश: …, नई दिल्ली/नोएडा: …
        if colon and len(place) <= (3 if commas else 2) and commas <= 1 and ws[0].text != "," and colon + 1 < len(ws):
            if all(w.is_word and not w.text[:1].isdigit() for w in place):
                return self.skip_space(ws[colon].end)  # नई दिल्ली: …, मुजफ्फरनगर, उत्तर प्रदेश: …
        if colon and not commas and colon + 1 < len(ws) and self.place_in_two_scripts(place):
            return self.skip_space(ws[colon].end)  # New Delhi नई दिल्ली: …
        visarga = next((i for i, w in enumerate(ws[:2]) if _VISARGA_COLON.match(self.text, w.end - 1) and w.norm not in self.lexicon.visarga_words), None)
        if visarga is not None and visarga + 1 < len(ws) and all(w.is_word and not w.text[:1].isdigit() for w in ws[: visarga + 1]):
            return self.skip_space(ws[visarga].end)  # देहरादूनः …: the visarga typed for a colon
        labelled = self.after_latin_label(start)
        if labelled != start:
            return labelled  # District Consumer Commission: …
        comma = next((i for i, w in enumerate(ws[:4]) if w.text == ","), 0)
        date = ws[comma + 1:comma + 3]
        months = self.lexicon.months
        day_month = len(date) == 2 and date[0].is_word and date[1].norm in months
        month_day = len(date) == 2 and date[0].norm in months and date[1].text.isdigit()  # नवम्बर 4
        if not comma or not (day_month or month_day):
            return start
        i = comma + 3
        if i + 1 < len(ws) and ws[i].text == "," and ws[i + 1].text.isdigit():
            i += 2
        marked = False
        if i < len(ws) and ws[i].text == "(":
            close = next((j for j in range(i + 1, min(i + 6, len(ws))) if ws[j].text == ")"), None)
            if close is None:
                return start
            i, marked = close + 1, True
        doubled = False
        if i < len(ws) and ws[i].text in "|:।-–—":
            i, marked = i + 1, True
            if i < len(ws) and ws[i].text == "-" and ws[i - 1].text == "-":
                i += 1  # "लखनऊ, नवम्बर 4 -- …": a doubled hyphen
                doubled = True
        if not marked or i >= len(ws):
            return start
        after = self.skip_space(ws[i - 1].end)
        if doubled:
            after = self.after_byline(after)  # "अलीगढ़, सितम्बर 16 -- अलीगढ़, वरिष्ठ संवाददाता। …"
        return self.after_latin_label(after)

    def after_byline(self, start: int) -> int:
        """``start`` moved past the place and byline a syndicated dateline repeats after its date
        (``अलीगढ़, वरिष्ठ संवाददाता।``, ``सहारनपुर।``): a place of up to
        ``_MAX_DATELINE_PLACE_WORDS`` words, then perhaps a comma and a byline of up to three words,
        then a danda."""
        ws = self.index.words(start, min(len(self.text), start + 80))
        end = next((k for k, w in enumerate(ws[:8]) if w.text in "।|"), -1)
        if end < 1:
            return start
        place, byline = ws[:end], []
        comma = next((k for k, w in enumerate(place) if w.text == ","), -1)
        if comma >= 0:
            place, byline = place[:comma], place[comma + 1:]
            if not byline or len(byline) > 3 or byline[-1].norm not in self.lexicon.bylines:
                return start
        if not 1 <= len(place) <= _MAX_DATELINE_PLACE_WORDS or not all(w.is_word for w in place + byline):
            return start
        return self.skip_space(ws[end].end)

    def place_in_two_scripts(self, words: list[Word]) -> bool:
        """Whether ``words`` are a place spelt in Latin letters and then in the text's own script,
        each in one or two words (``New Delhi नई दिल्ली``; a site's desk, ``TIL Desk लखनऊ``), none
        of the latter a stop word (not a headline: ``WHO ने चेताया``)."""
        latin = next((i for i, w in enumerate(words) if not w.text.isascii()), len(words))
        own = words[latin:]
        return (
            1 <= latin <= _MAX_DATELINE_PLACE_WORDS
            and 1 <= len(own) <= _MAX_DATELINE_PLACE_WORDS
            and all(w.is_word and w.text[:1].isalpha() for w in words)
            and not any(w.text.isascii() or w.norm in self.lexicon.stop_words for w in own)
        )

    def after_latin_label(self, start: int) -> int:
        """``start`` moved past a site's topic label in Latin letters and a colon (``Rain Alert,
        Weather Forecast: …``), or ``start``."""
        ws = self.index.words(start, min(len(self.text), start + 120))
        colon = next((i for i, w in enumerate(ws[:_MAX_LATIN_LABEL_WORDS + 1]) if w.text == ":"), 0)
        if colon and all((w.is_word and w.text.isascii()) or w.text == "," for w in ws[:colon]) and colon + 1 < len(ws):
            return self.skip_space(ws[colon].end)
        return start

    # quotes without cues, headlines

    def unattributed_quotes(self) -> None:
        for region in self.regions:
            if id(region) in self.used or not (region.double or self.whole_line(region) or self.closed_sentence(region)):
                continue
            if self.title_like(region) or not (self.speech_like(region) or self.whole_line(region)):
                continue
            if any(self.overlaps(f) for f in region.fragments):
                continue
            content = self.from_region(region, 0.45, "quote marks around speech-like text")
            if content is not None:
                self.keep(content)

    def closed_sentence(self, region: QuoteRegion) -> bool:
        """Whether single marks close a sentence of a few words (``… हार चुकी है। ‘बीजेपी के पास
        कोई चेहरा नहीं है।’``): speech, where a title or a term ends with no sentence mark."""
        return self.text[region.end - 1] in _SENTENCE_ENDS and self.word_count(region) >= _MIN_CLOSED_WORDS

    def whole_line(self, region: QuoteRegion) -> bool:
        """Whether a quote fills a line of its own: papers set what was said as a subheading in
        single marks (``'हर व्यक्ति की जान बचाना प्राथमिकता'``)."""
        line_start = self.paragraph_start(region.outer_start)
        line_end = paragraph_end(self.text, region.outer_end)
        if self.text[line_start:region.outer_start].strip() or self.text[region.outer_end:line_end].strip():
            return False
        return self.word_count(region) >= 3

    def headline(self) -> None:
        """``C: X``: a short source after the colon of a longer headline. In the first line
        any short source counts; in a subheading further down (a line of its own with no
        sentence mark) the source must hold a head word of ``[kinds]`` (``…: पीएम मोदी``), or
        what comes before it speak in the first person (``हमने किया अच्छा प्रदर्शन: मैथ्यूज``), since
        subheadings also end in topics (``…: पूरी सूची``)."""
        for start, line_end in self.lines:
            self.headline_line(start, line_end, first=start == 0)

    def headline_line(self, start: int, line_end: int, first: bool) -> None:
        if first and (
            self.inverted_headline(start, line_end)
            or self.quote_then_genitive_source(start, line_end)
            or self.headline_cue_then_speech(start, line_end)
        ):
            return
        if self.dash_headline(start, line_end, first):
            return
        line = self.text[start:line_end]
        colon = line.rfind(":")
        while 0 < colon < len(line) - 1 and _in_word(line[colon - 1]) and _in_word(line[colon + 1]) and _visarga_typed(line, colon):
            colon = line.rfind(":", 0, colon)  # "नि:शुल्क": a colon typed inside a word for its visarga
        visarga = next((m.start() for m in reversed(list(_VISARGA_COLON.finditer(line)))), -1)
        typed = visarga > colon  # "… रोकने के लिए नहींः मंत्री": a visarga typed for the colon
        if typed:
            colon = visarga
        semicolon = colon <= 0 and first
        if semicolon:
            colon = line.rfind(";")  # "दोषियों को नहीं बख्शा जाएगा; शिक्षा मंत्री": a semicolon for the colon
        if colon <= 0 or line.lstrip().startswith("["):
            return
        if not first and (len(line) > 160 or line.rstrip()[-1:] in _SENTENCE_ENDS):
            return
        colon += start
        tail = _HEADLINE_TAIL.search(self.text, colon + 1, line_end)  # "C: X - प्रयागराज में …": the site's tail
        right = [w for w in self.index.words(colon + 1, tail.start() if tail else line_end) if w.is_word]
        left = [w for w in self.index.words(start, colon) if w.is_word]
        topic = _last_topic(right)
        after_topic = first and 0 < topic < len(right) - 1
        if after_topic:
            right = right[topic + 1:]  # "C: मंदिर में भगदड़ पर ओडिशा के सीएम": the topic before पर, then the source
        if not (1 <= len(right) <= _MAX_HEADLINE_SOURCE_WORDS and len(left) >= 4):
            return
        kind = any(self.lexicon.names_kind(w.norm) for w in right)
        allowed = self.lexicon.genitive_links if self.titled([w.norm for w in right]) else frozenset()
        if kind:  # "…: सूचना और प्रसारण मंत्री X": a ministry of two things
            allowed = allowed | {w.norm for w in right[1:-1] if w.norm in self.lexicon.conjunctions}
        if any(w.norm in self.lexicon.stop_words and w.norm not in allowed for w in right):
            return
        if after_topic:  # "…: आग पर पाया काबू", "…: आरोपों पर भाजपा का पलटवार": no source names a kind of speaker last
            head = max((i for i, w in enumerate(right) if self.lexicon.names_kind(w.norm)), default=-1)
            if head < 0 or any(w.norm in self.lexicon.stop_words or w.norm in self.lexicon.genitive_links for w in right[head + 1:]):
                return
        known = kind or self.named_elsewhere(right[0].start, right[-1].end, start, line_end)
        if not known and len(right) > 1:  # "…: एकनाथ शिंदे" with "शिंदे ने कहा" below
            known = self.named_elsewhere(right[-1].start, right[-1].end, start, line_end, speaking=True)
        if not first and not known and not self.first_person(start, colon):
            return
        if semicolon and not kind:
            return  # "…, घी बरामद; सुपरवाइजर दबोचा", "…; हंगामा": another headline clause, no kind of speaker
        # A visarga belongs to the letter before it: the quote keeps it and no cue can be cut out.
        s, e = trim(self.text, start, colon + 1 if typed else colon, _QUOTE_CHARS + ",")
        last = self.skip_space(right[-1].end)
        closed = self.text[last : last + 1] == ")" and "(" in self.text[right[0].start : right[-1].end]
        speaker = SpeakerPhrase(right[0].start, last + 1 if closed else right[-1].end, pronoun=False)  # "…: X(डीएसपी सिटी)"
        attribution = Attribution([(s, e)], "direct_unmarked", 0.5, "headline")
        attribution.cue = None if typed else (colon, colon + 1)
        attribution.speaker = speaker
        attribution.window = (start, line_end)
        self.keep(attribution)

    def interview(self) -> None:
        """A piece set out as an interview: a line ``जवाब: C`` (or ``उत्तर- C``: ``answer_labels``)
        is an answer, C cued by its label (who answers is named elsewhere); a line ``NAME: C`` is
        what NAME said, when NAME (three words at most) is named elsewhere in the article, the line
        is not the headline or the paragraph after it (where labels are topics and datelines), and
        the piece has a question line (``सवाल: …``: ``question_labels``) or such lines of two
        names. Question lines themselves are left."""
        lex = self.lexicon
        labelled: list[tuple[int, list[Word], Word]] = []
        opening: set[int] = set()  # labels of the headline and the paragraph after it: topics and datelines
        for n, (start, end) in enumerate(self.lines):
            ws = self.index.words(start, end)
            k = next((i for i, w in enumerate(ws[:_MAX_INTERVIEW_LABEL_WORDS + 1]) if w.text in _DASHES), 0)
            if k and all(w.is_word and not w.text[:1].isdigit() for w in ws[:k]) and k + 1 < len(ws):
                labelled.append((end, ws[:k], ws[k]))
                if n < 2:
                    opening.add(end)
        asked = any(len(label) == 1 and label[0].norm in lex.question_labels for _, label, _ in labelled)
        named = [
            (end, label, mark) for end, label, mark in labelled
            if end not in opening
            and not any(w.norm in lex.stop_words for w in label)
            and label[0].norm not in lex.answer_labels | lex.question_labels
            and self.named_elsewhere(label[0].start, label[-1].end, label[0].start, end, labels=False)
        ]
        names = {self.text[label[0].start:label[-1].end] for _, label, _ in named}
        answers = [(end, label, mark) for end, label, mark in labelled if len(label) == 1 and label[0].norm in lex.answer_labels]
        if not labelled:
            self.unlabelled_answers()
        for end, label, mark in answers + (named if asked or len(names) >= 2 else []):
            s, e = trim(self.text, self.skip_space(mark.end), end, _QUOTE_CHARS)
            if self.word_total(s, e) < 2 or self.conflicts((s, e)):
                continue
            answer = label[0].norm in lex.answer_labels
            attribution = Attribution([(s, e)], "direct_unmarked", 0.6, "interview answer" if answer else "interview line")
            attribution.cue = (label[0].start, label[0].end) if answer else (mark.start, mark.end)
            attribution.speaker = None if answer else SpeakerPhrase(label[0].start, label[-1].end, pronoun=False)
            attribution.window = (label[0].start, end)
            self.keep(attribution)

    def unlabelled_answers(self) -> None:
        """An interview set out as a paragraph asking (ending in ``?``) and a paragraph answering,
        with no labels: in a piece with two such pairs or more, each answer is a quote (with
        no cue: the layout says it)."""
        lines = [(s, e) for s, e in self.lines if self.text[s:e].strip()]
        asks = [self.text[s:e].rstrip().endswith(("?", "؟")) for s, e in lines]
        pairs = [i + 1 for i in range(1, len(lines) - 1) if asks[i] and not asks[i + 1]]
        if len(pairs) < 2:
            return
        for i in pairs:
            s, e = trim(self.text, *lines[i], _QUOTE_CHARS)
            if self.word_total(s, e) < 3 or self.conflicts((s, e)):
                continue
            attribution = Attribution([(s, e)], "direct_unmarked", 0.4, "interview answer after a question")
            attribution.window = (lines[i - 1][0], e)
            self.keep(attribution)

    def dash_headline(self, start: int, line_end: int, first: bool = True) -> bool:
        """``C-X, title``: a first line whose last dash or run of dots outside quote marks (glued
        to the word before or not) is followed by a short source alone (``…अखबार-उपराष्ट्रपति``,
        ``C………X``); a source after a hyphen spaced on neither side, or in Latin letters alone, holds
        a title or is named elsewhere in the article (not ``चल-अचल संपत्ति कुर्क``, ``… - IPL News``).
        C starts after a colon that opens the line with a topic (``राष्ट्रीय दिवस: C-X``). C is one
        sentence: a paragraph ending in a credit (``… किया. (इनपुट- एजेंसी)``) is no headline. A
        subheading further down counts when its source is named elsewhere in the text (``आगे की
        जाएगी बिजली कटौती- सूद``) or when C stands in quote marks (``‘चोट के निशान थे’- परिजन``)."""
        line = self.text[start:line_end].rstrip()
        separators = [m for m in _HEADLINE_SEPARATOR.finditer(line) if not self.in_quote_marks(start + m.start()) and not _reduplicated(line, m)]
        spaced = [m for m in separators if line[m.start() - 1:m.start()].isspace() or line[m.end():m.end() + 1].isspace()]
        separators = spaced or separators  # "… हड़ताल - विद्यालयों में पठन-पाठन ठप": the spaced dash, not a compound's hyphen
        if not separators or separators[-1].start() <= 0 or line[-1:] in _SENTENCE_ENDS or line.lstrip().startswith("["):
            return False
        dash, after = start + separators[-1].start(), start + separators[-1].end()
        if self.lexicon.cue_end.search(self.text, start, dash):
            return False
        left = [w.norm for w in self.index.words(start, dash)]
        lex = self.lexicon
        if lex.ergative_marker in left and lex.complementizer in left[left.index(lex.ergative_marker):]:
            return False  # "सरकार ने कहा है कि C, जहां … आते-जाते हों": a sentence with its own cue, a hyphen
        right = self.text[after:start + len(line)].replace(",", " , ").split()
        names = [w for w in right if w != ","]
        if not 1 <= len(names) <= self.lexicon.max_speaker_words or right.count(",") > 1 or right[-1] == ",":
            return False
        links = self.lexicon.relative_links | self.lexicon.genitive_links
        colon = self.text.rfind(":", start, dash)
        body = self.text[colon + 1 if colon >= 0 else start:dash].strip()
        quoted = body[:1] in _QUOTE_CHARS and body[-1:] in _QUOTE_CHARS
        # "…- बिहार के मुख्यमंत्री", "‘C’- कैदी के परिजन": a genitive inside a title or after a quote
        allowed = self.lexicon.genitive_links if quoted or self.titled(names) else frozenset()
        if any((w in self.lexicon.stop_words or w in links) and w not in allowed or not w[:1].isalpha() for w in names):
            return False
        if names[-1] in self.lexicon.place_nouns:
            return False  # "… - करहेड़ा गांव": the site's place tag, no source
        if names[0] in self.lexicon.headline_teasers:
            return False  # "…- जानें पूरा मामला": the site's call to read on, no source
        s, e = trim(self.text, colon + 1 if colon >= 0 else start, dash, _QUOTE_CHARS + ",")
        if colon < 0 and self.text[s:s + 1] in _DASHES + "•" and self.text[s + 1:s + 2].isspace():
            s = trim(self.text, s + 1, e, _QUOTE_CHARS)[0]  # "- C- X": a summary's bullet opens the line
        if len(self.text[s:e].split()) < 4 or any(ch in _SENTENCE_ENDS for ch in self.text[s:e].rstrip(_SENTENCE_ENDS)):
            return False
        speaker_start, speaker_end = trim(self.text, after, start + len(line), "," + _QUOTE_CHARS)
        if not first and not quoted and not self.named_elsewhere(speaker_start, speaker_end, start, line_end):
            return False  # a subheading in quote marks (‘C’- परिजन) names its source wherever it is
        tag_like = not spaced or all(w.isascii() for w in names)  # "चल-अचल संपत्ति कुर्क", "… - IPL News"
        if tag_like and not (set(names) & self.titles or self.named_elsewhere(speaker_start, speaker_end, start, line_end)):
            return False  # a compound's hyphen or a site's tag, not a source with a title or named in the article
        attribution = Attribution([(s, e)], "direct_unmarked", 0.5, "headline with the source after a dash")
        attribution.cue = (dash, after)
        attribution.speaker = SpeakerPhrase(speaker_start, speaker_end, pronoun=False)
        attribution.window = (start, line_end)
        self.keep(attribution)
        return True

    @cached_property
    def titles(self) -> frozenset[str]:
        """Titles and roles that speak for others (``official`` heads and ``agents``)."""
        return self.lexicon.kind("official") | self.lexicon.agents

    def titled(self, names: list[str]) -> bool:
        """Whether ``names`` are ``X का/की/के TITLE`` (``ब्रिटेन की पीएम``, ``नीरव के वकील``): a genitive
        inside, a title or a role that speaks for others (``agents``) last."""
        inside = names[1:-1]
        return len(names) >= 3 and names[-1] in self.titles and any(w in self.lexicon.genitive_links for w in inside)

    def named_elsewhere(
        self, start: int, end: int, line_start: int, line_end: int, labels: bool = True, speaking: bool = False
    ) -> bool:
        """Whether the name ``text[start:end]`` also stands, as whole words, outside the line
        ``line_start``–``line_end`` (a source of a subheading is named in the article); with
        ``labels`` false, not as a label before a colon or dash (``यमुनानगर:`` twice names no one);
        with ``speaking``, only with ने right after it (a surname: ``शिंदे ने कहा``)."""
        for at, after in find_all(self.text, self.text[start:end], blind=False, whole_word=True):
            label = self.text[after:after + 2].lstrip()[:1] in _DASHES
            said = not speaking or [w.norm for w in self.index.words(after, after + 8) if w.is_word][:1] == [self.lexicon.ergative_marker]
            if not line_start <= at < line_end and (labels or not label) and said:
                return True
        return False

    def in_quote_marks(self, offset: int) -> bool:
        """Whether ``offset`` lies between a pair of quote marks (``'मोदी-मोदी'``)."""
        return any(r.outer_start < offset < r.outer_end for r in self.regions)

    def signed_paragraphs(self) -> None:
        """``C।`` with ``- X, title`` on the next line: a paragraph signed by a dash and a name of
        two words or more (titles after commas) with no sentence mark is X's, unless a cue or a
        quote already claims part of it; so is a line signed at its end (``C।- X, गांव Y``)."""
        links = self.lexicon.relative_links | self.lexicon.genitive_links
        found: list[tuple[Attribution, bool]] = []  # and whether it is signed below with a name of one word
        for line_start, line_end in self.lines:
            line = self.text[line_start:line_end].strip()
            signed = _SIGNED_AT_END.search(self.text, line_start, line_end)
            if signed is not None and _POST_SIGNATURE.match(self.text, signed.start(1), line_end):
                continue  # "C. — X (@x) May 21, 2025": an embedded post, signed with its handle and date
            if signed is not None and line_start > 0:  # C।- X, place: a vox pop's line signed at its end
                dash, lowest = signed.start(1), 1
                names = self.text[signed.end(1):line_end].replace(",", " ").split()
                s, e = trim(self.text, line_start, signed.start() + 1, _QUOTE_CHARS + _DASHES[1:])  # "– C।- X": a bullet opens it
            elif line_start > 0 and line[:1] in _DASHES[1:] and (signature := line.rstrip("।."))[-1:] not in _SENTENCE_ENDS:
                dash, lowest = self.skip_space(line_start), 1  # "- ओमकार नाथ यादव, स्थानीय निवासी।": a full stop may end it
                names = signature[1:].replace(",", " ").split()
                s, e = trim(self.text, self.paragraph_start(line_start - 1), line_start, _QUOTE_CHARS)
            else:
                continue
            if not lowest <= len(names) <= 2 * self.lexicon.max_speaker_words:
                continue
            if any(w in links or w in self.lexicon.stop_words for w in names):
                continue
            if s >= e or self.text[e - 1] not in _SENTENCE_ENDS or self.overlaps((s, e)):
                continue
            if any(s <= c.start < e for c in self.cues):
                continue
            attribution = Attribution([(s, e)], "direct_unmarked", 0.5, "paragraph signed on the line after it")
            attribution.cue = (dash, dash + 1)
            attribution.speaker = SpeakerPhrase(*trim(self.text, dash + 1, line_end, ",।."), pronoun=False)
            attribution.window = (s, line_end)
            found.append((attribution, signed is None and len(names) == 1))
        # a name of one word on the line below signs a paragraph among others signed with longer
        # names (a vox pop: "C।⏎-माजिद"); alone, "- समाप्त" may be anything
        voxpop = any(not short for _, short in found)
        for attribution, short in found:
            if voxpop or not short:
                self.keep(attribution)

    def embedded_posts(self) -> None:
        """``C pic.twitter.com/…⏎— X (@x) May 21, 2025``: a post embedded from X (Twitter) is the
        line above the line that signs it (or, with its link, what opens the signed line), its links
        left out, said by the signing account, the dash its cue; unless a cue or a quote already
        claims part of it."""
        previous: tuple[int, int] | None = None
        for line_start, line_end in self.lines:
            signature = _POST_SIGNATURE.match(self.text, line_start, line_end)
            above = previous
            if self.text[line_start:line_end].strip():
                previous = (line_start, line_end)
            if signature is None and (inline := _POST_SIGNED_INLINE.search(self.text, line_start, line_end)) is not None:
                signature, above = inline, (line_start, inline.start())
            if signature is None or above is None or _POST_SIGNATURE.match(self.text, *above):
                continue  # a signature printed twice signs nothing of its own
            tail = _POST_TAIL.search(self.text, above[0], above[1])
            s, e = trim(self.text, above[0], tail.start() if tail else above[1])
            if s >= e or self.overlaps((s, e)) or any(s <= c.start < e for c in self.cues):
                continue
            attribution = Attribution([(s, e)], "direct_unmarked", 0.6, "post above the line that signs it")
            attribution.cue = signature.span(1)
            attribution.speaker = SpeakerPhrase(*signature.span(2), pronoun=False)
            attribution.window = (s, line_end)
            self.keep(attribution)

    @cached_property
    def lines(self) -> list[tuple[int, int]]:
        """The text's lines as ``(start, end)``, the line break left out."""
        found: list[tuple[int, int]] = []
        start = 0
        while start < len(self.text):
            end = self.text.find("\n", start)
            end = len(self.text) if end < 0 else end
            found.append((start, end))
            start = end + 1
        return found

    def inverted_headline(self, start: int, line_end: int) -> bool:
        """``C, X ने किया ट्वीट``: a headline whose verb follows its noun (``headline_cues``), perhaps
        after the one it is aimed at (``C, X ने Y पर साधा निशाना``);
        C is the line before the comma or the dots that precede the speaker, after a site's topic
        label in Latin letters (``monsoon update: C…X ने दी जानकारी``)."""
        ws = list(self.index.words(start, line_end))
        while ws and not ws[-1].is_word:
            ws.pop()
        modified = len(ws) > 2 and ws[-2].norm in self.lexicon.reported_modifiers  # "C, X ने किया बड़ा दावा"
        plain = ws[:-2] + ws[-1:] if modified else ws
        for cue in self.lexicon.headline_cues:
            size = len(cue.split())
            k = len(plain) - size - 1
            if k < 1 or " ".join(w.norm for w in plain[k + 1:]) != cue:
                continue
            k = self.before_addressee(ws, k, (self.lexicon.ergative_marker,)) or k  # "C, X ने सरकार पर साधा निशाना": aimed at
            if k < 1 or ws[k].norm != self.lexicon.ergative_marker:
                continue
            speaker = phrase_before(ws, k, self.lexicon)
            if speaker is None or speaker.start == ws[0].start or ws[self.index_of(ws, speaker.start) - 1].text.strip(".") not in (",", "…", ""):
                continue  # "C, X ने दी जानकारी", "C…X ने दी जानकारी"
            s, e = trim(self.text, self.after_latin_label(start), speaker.start, _QUOTE_CHARS + ",.…")
            attribution = Attribution([(s, e)], "reported", 0.5, "headline with the verb last")
            attribution.cue = (ws[len(ws) - size - modified].start, ws[-1].end)
            attribution.speaker = speaker
            attribution.window = (start, line_end)
            self.keep(attribution)
            return True
        return False

    def headline_cue_then_speech(self, start: int, line_end: int) -> bool:
        """``X ने केंद्र पर साधा निशाना, C``: a headline whose verb and noun (``headline_cues``)
        close the clause of X ने, and whose rest after the comma is what X said (with no cue of its
        own: ``…, कहा- C`` is the cue's)."""
        lex = self.lexicon
        ws = list(self.index.words(start, line_end))
        for cue in lex.headline_cues:
            size = len(cue.split())
            for k in range(1, len(ws) - size - 1):
                if " ".join(w.norm for w in ws[k:k + size]) != cue or ws[k + size].text != ",":
                    continue
                clause = ws[:k]
                marker = max((i for i, w in enumerate(clause) if w.norm == lex.ergative_marker), default=None)
                if marker is None or any(w.text == "," for w in clause[marker:]):
                    continue
                speaker = phrase_before(ws, marker, lex)
                s, e = trim(self.text, ws[k + size].end, line_end, _QUOTE_CHARS + ",;:-")
                if speaker is None or self.word_total(s, e) < 3:
                    continue
                if any(s <= c.start < e for c in find_cues(self.text, self.index, lex)):  # run before the cues are found
                    continue
                attribution = Attribution([(s, e)], "direct_unmarked", 0.5, "headline speech after its verb and noun")
                attribution.cue = (ws[k].start, ws[k + size - 1].end)
                attribution.speaker = speaker
                attribution.window = (start, line_end)
                self.keep(attribution)
                return True
        return False

    def quote_then_genitive_source(self, start: int, line_end: int) -> bool:
        """``'C', X का बड़ा ऐलान``, ``'C': खिलाड़ियों पर X का विवादित बयान``, ``'C' … के बाद X का
        बयान आया सामने``: a headline opening with a quote, then (after a comma or colon, or none)
        its speaker with का and a noun of saying (``quoted_headline_nouns``), perhaps after an
        adjective or the one it is aimed at (``X का सरकार पर हमला``); the headline may go on after
        another comma (``…, सोशल मीडिया पर मचा हंगामा``)."""
        lex = self.lexicon
        region = self.by_open.get(self.skip_space(self.after_latin_label(start)))  # "Chhattisgarh News: ‘C’, …"
        if region is None or region.outer_end >= line_end or id(region) in self.used:
            return False
        after = self.skip_space(region.outer_end)
        if self.text[after:after + 1] in ",:":
            after += 1
        stop = self.text.find(",", after, line_end)
        ws = [w for w in self.index.words(after, line_end if stop < 0 else stop) if w.is_word]
        noun = max((n for n, w in enumerate(ws) if w.norm in lex.quoted_headline_nouns), default=None)
        if noun is None:
            return False
        target = next((i for i in (noun - 1, noun - 2) if i >= 2 and ws[i].norm == "पर"), noun)  # X का सरकार पर (तीखा) हमला
        near = (noun - 1, noun - 2) if target == noun else (target - 2, target - 3)
        link = next((i for i in near if i >= 1 and ws[i].norm in lex.genitive_links), None)
        speaker = phrase_before(ws, link, lex) if link is not None else None
        if speaker is None:
            return False
        content = self.from_region(region, 0.9, "headline quote before its speaker's noun of saying")
        if content is None:
            return False
        content.cue = (ws[noun].start, ws[noun].end)
        content.speaker = speaker
        content.window = (start, line_end)
        self.keep(content)
        return True

    @staticmethod
    def index_of(ws: list[Word], offset: int) -> int:
        return next(i for i, w in enumerate(ws) if w.start == offset)

    def according_to_before(self) -> None:
        """``बकौल एनजीटी, C``: a source named after ``बकौल`` (``prepositive_sources``) and a comma
        that opens its sentence; the rest of the sentence is what it says."""
        lex = self.lexicon
        for sentence in self.index.sentences:
            ws = self.words_of(sentence)
            for k, w in enumerate(ws[:3]):
                if w.norm not in lex.prepositive_sources:
                    continue
                comma = next((i for i in range(k + 2, min(len(ws), k + 2 + lex.max_speaker_words)) if ws[i].text == ","), None)
                if comma is None or comma + 2 >= len(ws):
                    break
                s, e = trim(self.text, ws[comma].end, sentence[1], " ")
                region = self.by_open.get(s)  # बकौल X, "C": the words inside the marks, however many sentences
                attribution = self.from_region(region, 0.6, "source after बकौल") if region else None
                if attribution is None:
                    if self.conflicts((s, e)):
                        break
                    attribution = Attribution([(s, e)], "indirect", 0.6, "source after बकौल")
                attribution.cue = (w.start, w.end)
                attribution.speaker = SpeakerPhrase(ws[k + 1].start, ws[comma - 1].end, pronoun=False)
                attribution.window = sentence
                self.keep(attribution)
                break

    def nominal_headlines(self) -> None:
        """``पार्षद पर सुनवाई न करने का आरोप``: a line with no sentence mark (a headline or
        subheading) ending in a speech-act noun (``nominal_cues``, ``आरोप``) after an oblique
        infinitive and its genitive; what the infinitive heads is reported, after the one
        accused or asked (the first पर, से or को), with no speaker but, in the headline, one named
        with ने and the verb left out (``कलेक्टर ने लोगों से रक्तदान करने की अपील``). A headline whose verb comes
        first (``X ने की C की मांग``) is read by ``verb_first_headline``. A headline of two clauses
        is read up to its comma or dash as well (``X ने की C की अपील, Y को दी सलाह``)."""
        for start, end in self.lines:
            if self.text[start:end].rstrip()[-1:] in _SENTENCE_ENDS:
                continue
            ws = [w for w in self.index.words(start, end) if w.text not in ")]"]
            clauses = [i for i, w in enumerate(ws) if w.text in _HEADLINE_CLAUSE_ENDS and i >= 4]
            for cut in (len(ws), *clauses):
                if self.nominal_headline(ws[:cut], start, end):
                    break

    def nominal_headline(self, ws: list[Word], start: int, end: int) -> bool:
        """One headline (or its clause) ``ws`` as ``nominal_headlines`` reads it; whether it reported."""
        lex = self.lexicon
        if len(ws) < 4:
            return False
        noun, link, verb = ws[-1], ws[-2], ws[-3]
        if self.verb_before_noun_headline(ws, start, end) or self.called_headline(ws, start, end):
            return True
        if noun.norm not in lex.nominal_cues | lex.headline_nouns or link.norm not in lex.genitive_links:
            return False
        if self.verb_first_headline(ws, start, end):
            return True
        if not verb.norm.endswith(lex.infinitive_ending):
            return False
        words = ws[:-2]
        opening = max((i for i, w in enumerate(words) if w.text in "(:-–—,।."), default=-1)
        marker = next((i for i, w in enumerate(words) if i > opening + 1 and w.norm == lex.ergative_marker), None) if start < self.headline_end() else None
        speaker = phrase_before(words, marker, lex) if marker is not None else None
        if speaker is not None:  # "कलेक्टर ने C की अपील": the verb left out, the one who appeals named
            opening = marker
        cut = next(
            (i for i, w in enumerate(words) if i > opening and w.norm in ("पर", "से", "को") and not (0 < i < len(words) - 1 and words[i - 1].norm == words[i + 1].norm)),
            opening,
        )  # "अधिक से अधिक" is no one asked
        content = [w for w in words[cut + 1:] if w.is_word]
        if content and content[0].norm in lex.headline_verbs:
            content = content[1:]  # "प्रबंधन पर लगाया C का आरोप": the verb comes before what it reports
        if len(content) < 2 or any(w.norm == lex.ergative_marker for w in content):
            return False  # "X ने C करने का आरोप …" is a sentence the verbal cues read
        fragment = (content[0].start, content[-1].end)
        if self.conflicts(fragment):
            return False
        attribution = Attribution([fragment], "reported", 0.4, "headline ending in a speech-act noun")
        attribution.cue = (noun.start, noun.end)
        attribution.speaker = speaker
        attribution.window = (start, end)
        self.keep(attribution)
        return True

    def refusal_headlines(self) -> None:
        """``स्कूल बंद करने से मंत्री का इनकार!``: a line with no full stop that ends in a refusal
        (``refusal_nouns``) after ``X का``, and names what was refused before ``से``, ending in an
        oblique infinitive; X, a few words, is the speaker."""
        lex = self.lexicon
        for start, end in self.lines:
            ws = [w for w in self.index.words(start, end) if w.text not in "!"]
            if len(ws) < 5 or self.text[start:end].rstrip().rstrip("!")[-1:] in _SENTENCE_ENDS:
                continue
            if ws[-1].norm not in lex.refusal_nouns or ws[-2].norm not in lex.genitive_links:
                continue
            since = max((i for i, w in enumerate(ws[:-2]) if w.norm == "से"), default=-1)
            speaker, content = ws[since + 1:-2], [w for w in ws[:since] if w.is_word]
            if not 1 <= len(speaker) <= _MAX_HEADLINE_SOURCE_WORDS or len(content) < 2:
                continue
            if not content[-1].norm.endswith(lex.infinitive_ending) or not all(w.is_word for w in speaker):
                continue
            fragment = (content[0].start, content[-1].end)
            if self.conflicts(fragment):
                continue
            attribution = Attribution([fragment], "reported", 0.4, "headline ending in a refusal")
            attribution.cue = (ws[-1].start, ws[-1].end)
            attribution.speaker = SpeakerPhrase(speaker[0].start, speaker[-1].end, pronoun=False)
            attribution.window = (start, end)
            self.keep(attribution)

    def verb_first_headline(self, ws: list[Word], start: int, end: int) -> bool:
        """``खेल मंत्री ने की प्रोत्साहन राशि की घोषणा``: a headline's verb before what it
        reports (``headline_verbs``), after ``X ने`` and perhaps the one accused or asked (``परिजनों
        ने डॉक्टरों पर लगाया लापरवाही का आरोप``); what stands between the verb and the genitive
        before the noun is reported, said by X (a noun phrase will do: a headline says no more).
        For an accusation the one accused may follow the verb instead (``ने लगाया Y पर C का
        आरोप``): C is what follows its पर."""
        lex = self.lexicon
        marker = next((i for i, w in enumerate(ws[:-4]) if w.norm == lex.ergative_marker), None)
        if marker is None:
            return False
        verb = next((i for i in range(marker + 1, min(len(ws) - 3, marker + 2 + _MAX_HEADLINE_OBJECT_WORDS)) if ws[i].norm in lex.headline_verbs), None)
        if verb is None or (verb > marker + 1 and ws[verb - 1].norm not in ("पर", "से", "को")):
            return False
        content = [w for w in ws[verb + 1:-2] if w.is_word]
        if self.accusation(ws[-1], ws[verb]):
            content = content[max((i + 1 for i, w in enumerate(content[:-1]) if w.norm == "पर"), default=0):]
        elif 0 <= (asked := self.asked_of(content)) < _HEADLINE_ASKED_WORDS:
            content = content[asked + 1:]  # X ने की सरकार से C की मांग: C, after whom it was asked of
        speaker = phrase_before(ws, marker, lex)
        if len(content) < 1 or speaker is None:
            return False
        fragment = (content[0].start, content[-1].end)
        if self.conflicts(fragment):
            return False
        attribution = Attribution([fragment], "reported", 0.4, "headline with its verb before what it reports")
        attribution.cue = (ws[-1].start, ws[-1].end)
        attribution.speaker = speaker
        attribution.window = (start, end)
        self.keep(attribution)
        return True

    def called_headline(self, ws: list[Word], start: int, end: int) -> bool:
        """``WhatsApp ने बताया अफवाह``, ``शराबबंदी को सत्ता पक्ष ने बताया सामाजिक परिवर्तन, तो …``,
        ``विपक्षियों को बताया महामिलावटी``: a headline whose verb of calling (``headline_calling``)
        comes before what was called, after ``X ने`` or ``Y को``; what it called is the one to
        ``_MAX_HEADLINE_SOURCE_WORDS`` words after it, up to a comma, dash or the line's end, unless
        it ends in a thing told (``not_called_before``: ``… ने बताई वजह``)."""
        lex = self.lexicon
        verb = next((i for i in range(1, len(ws) - 1) if ws[i].norm in lex.headline_calling and ws[i - 1].norm in (lex.ergative_marker, "को")), None)
        if verb is None:
            return False
        stop = next((i for i in range(verb + 1, len(ws)) if not ws[i].is_word), len(ws))
        called = ws[verb + 1:stop]
        if not 1 <= len(called) <= _MAX_HEADLINE_SOURCE_WORDS or any(w.norm in lex.stop_words for w in called):
            return False
        if called[-1].norm in lex.not_called_before:
            return False  # मजदूर ने बताया दर्द, मंत्री ने बताई वजह: a thing told
        speaker = phrase_before(ws, verb - 1, lex) if ws[verb - 1].norm == lex.ergative_marker else None
        fragment = (called[0].start, called[-1].end)
        if self.conflicts(fragment):
            return False
        attribution = Attribution([fragment], "reported", 0.4, "headline with its verb of calling first")
        attribution.cue = (ws[verb].start, ws[verb].end)
        attribution.speaker = speaker
        attribution.window = (start, end)
        self.keep(attribution)
        return True

    def accusation(self, noun: Word, verb: Word) -> bool:
        """Whether ``noun`` made with ``verb`` is an accusation, its accused named before पर (a cue
        that is ``accused``: आरोप लगाया)."""
        said = f"{noun.text} {verb.text}"
        return any(rule.accused and rule.pattern.fullmatch(said) for rule in self.lexicon.cues)

    def verb_before_noun_headline(self, ws: list[Word], start: int, end: int) -> bool:
        """``बच्चों ने बाल मजदूरी न करने का लिया प्रण``, ``आयुक्त ने अच्छे मतदान की जताई उम्मीद``: a
        headline ending in ``X ने C का/की VERB NOUN`` (``headline_verbs``, ``headline_late_nouns``);
        C, the last clause after a comma, is reported, said by X. With no one named (``बनबसा: C की
        उठाई मांग``, ``… रवाना, C के दिए निर्देश``) C of two words or more is reported with no speaker:
        the annotators mark it in 6 of 8 such headlines."""
        lex = self.lexicon
        if len(ws) < 6 or ws[-1].norm not in lex.headline_late_nouns or ws[-2].norm not in lex.headline_verbs:
            return False
        link = self.inverted_agent(ws)
        if link is None:
            return False
        unnamed = False  # no one named: the content is reported with no speaker
        if link < len(ws) - 3:  # "C का छात्रों ने लगाया आरोप": the one who accuses between
            marker: int | None = len(ws) - 3
            opening = -1
        else:
            marker = next((i for i, w in enumerate(ws[:-4]) if w.norm == lex.ergative_marker), None)
            opening = marker if marker is not None else -1
        comma = max((i for i in range(opening + 1, link) if ws[i].text == ","), default=opening)
        if marker is None:  # "धरने पर बैठे प्रत्याशी, C का लगाया आरोप": the subject before the comma
            if start >= self.headline_end():
                return False
            speaker = phrase_before(ws, comma, lex) if comma > 0 else None
            if speaker is None or not _singular(ws[comma - 1].norm) & self.agent_words[1]:
                # "… यात्री हुए रवाना, C के दिए निर्देश", "बनबसा: C की उठाई मांग": no one named, C
                # reported all the same, from the last comma, colon or dash on
                speaker, unnamed = None, True
                comma = max((i for i in range(link) if ws[i].text in _HEADLINE_OPENERS), default=-1)
                if sum(1 for w in ws[comma + 1:link] if w.is_word) < 2:
                    return False  # "… गायों की मौत, जांच के दिए आदेश": a single word is no statement
        elif link < len(ws) - 3:
            speaker = SpeakerPhrase(ws[link + 1].start, ws[marker - 1].end, pronoun=False)
        else:
            speaker = phrase_before(ws, marker, lex)
        content = [w for w in ws[comma + 1:link] if w.is_word]  # "X ने ली बैठक, C के दिए निर्देश": the last clause
        if not content or (speaker is None and not unnamed) or self.conflicts((content[0].start, content[-1].end)):
            return False
        attribution = Attribution([(content[0].start, content[-1].end)], "reported", 0.4, "headline with its verb before its noun")
        attribution.cue = (ws[-2].start, ws[-1].end)
        attribution.speaker = speaker
        attribution.window = (start, end)
        self.keep(attribution)
        return True

    def inverted_agent(self, ws: list[Word]) -> int | None:
        """Where the genitive before a headline's ``VERB NOUN`` end stands: right before the verb
        (``C का लगाया आरोप``) or before the one named with ने (``C का छात्रों ने लगाया आरोप``, at
        most ``_MAX_HEADLINE_SOURCE_WORDS`` words, with no mark between, and not the oblique के that
        belongs to the one named: ``X के परिजनों ने …``); None when there is none."""
        lex = self.lexicon
        if ws[-3].norm in lex.genitive_links:
            return len(ws) - 3
        if ws[-3].norm != lex.ergative_marker:
            return None
        link = next((i for i in range(len(ws) - 5, max(0, len(ws) - 5 - _MAX_HEADLINE_SOURCE_WORDS), -1) if ws[i].norm in lex.genitive_links), None)
        if link is None or ws[link].norm == _OBLIQUE_GENITIVE or not all(w.is_word for w in ws[link + 1:-3]):
            return None  # "गोतस्कर के परिजनों ने लगाए आरोप": the genitive is the accusers'; "… की मौत, परिजनों ने …"
        return link

    def nominal_announcements(self) -> None:
        """``X द्वारा C की घोषणा``: a speech-act noun with no verb after it (``nominal_cues``),
        its agent before ``द्वारा`` and what was announced, an oblique infinitive, between them."""
        lex = self.lexicon
        for sentence in self.index.sentences:
            ws = self.words_of(sentence)
            for k, marker in enumerate(ws):
                if marker.norm not in lex.agent_markers:
                    continue
                m = next((m for m in range(k + 1, min(len(ws), k + _MAX_NOMINAL_WORDS)) if ws[m].norm in lex.nominal_cues), None)
                if m is None or m - k < 4 or ws[m - 1].norm not in lex.genitive_links:
                    continue
                if not ws[m - 2].norm.endswith(lex.infinitive_ending) or (m + 1 < len(ws) and ws[m + 1].norm in lex.nominal_not_before):
                    continue
                between = ws[k + 1:m - 1]
                if any(w.text in _SENTENCE_ENDS or w.norm in lex.agent_markers or w.norm == lex.ergative_marker for w in between):
                    continue
                speaker = phrase_before(ws, k, lex)
                if speaker is None:
                    continue
                s, e = trim(self.text, between[0].start, between[-1].end, ",")
                attribution = Attribution([(s, e)], "reported", 0.5, "announced by an agent before a noun")
                if any(self.conflicts(f) for f in attribution.fragments):
                    continue
                attribution.cue = (ws[m].start, ws[m].end)
                attribution.speaker = speaker
                attribution.window = sentence
                self.keep(attribution)
