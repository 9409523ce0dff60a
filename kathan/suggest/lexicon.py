"""The linguist-editable data of the Hindi rules (``resources/suggest/*.toml``), compiled.

Word patterns are written as space-separated words; ``(a|b)`` gives alternatives and a
trailing ``?`` makes a word optional. They compile to ``regex`` patterns that match whole
words only, with any run of whitespace (NBSP included) between words.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import regex

from kathan.suggest.segment import LEGACY_VOWELS, OLD_SPELLINGS

WORD_CHAR = r"[\p{L}\p{M}\p{Nd}\u200c\u200d_]"
_SPACE = r"[\s\u00a0]+"
_LEGACY_PATTERNS = {
    ord(letter): "(?:" + "|".join([letter, *(old for old, new in LEGACY_VOWELS if new == letter)]) + ")"
    for letter in dict.fromkeys(new for _, new in LEGACY_VOWELS if len(new) == 1)
}

_NUKTA_LETTERS = "कखगजफ"
"""Letters that Urdu loanwords write with a nukta or without, both in the same paper (मुताबिक़,
मुताबिक; ज़ाहिर, जाहिर); ड़ and ढ़ are letters of their own and keep theirs."""
_NUKTA = regex.compile(f"(?<=[{_NUKTA_LETTERS}])\u093c")
_PATTERNS = _LEGACY_PATTERNS | {ord(letter): letter + "\u093c?" for letter in _NUKTA_LETTERS}

SPEAKER_KINDS = ("ergative", "subject", "genitive", "dative", "postposition", "none")


class LexiconError(ValueError):
    """A data file that cannot be used; the message names the file and the entry."""


def compile_words(words: str, optional_tail: tuple[str, ...] = ()) -> regex.Pattern[str]:
    """A pattern matching the word sequence ``words`` as whole words (see module docstring).

    ``optional_tail`` words may follow the sequence and are then part of the match.
    """
    parts: list[tuple[str, bool]] = []
    for token in _split_tokens(words):
        optional = token.endswith("?") and len(token) > 1
        token = token[:-1] if optional else token
        if token.startswith("(") and token.endswith(")"):
            alternatives = token[1:-1].split("|")
        else:
            alternatives = [token]
        body = "|".join(
            _SPACE.join(_escape(w) for w in a.split()) for a in sorted(alternatives, key=len, reverse=True)
        )
        piece = f"(?:{body})"
        if any(regex.match(WORD_CHAR, a[:1]) for a in alternatives):
            piece = f"(?<!{WORD_CHAR}){piece}"
        if any(regex.match(WORD_CHAR, a[-1:]) for a in alternatives):
            piece = f"{piece}(?!{WORD_CHAR})"
        parts.append((piece, optional))
    if not parts:
        raise LexiconError(f"empty word pattern {words!r}")
    pattern = ""
    for i, (piece, optional) in enumerate(parts):
        glue = "" if i == 0 else _SPACE
        pattern += f"(?:{glue}{piece})?" if optional else f"{glue}{piece}"
    if optional_tail:
        tail = "|".join(regex.escape(w) for w in sorted(optional_tail, key=len, reverse=True))
        pattern += f"(?:{_SPACE}(?:{tail})(?!{WORD_CHAR}))?"
    return regex.compile(pattern)


def _escape(word: str) -> str:
    """``word`` as a pattern that also matches it with a zero-width (non-)joiner after a virama
    (स्‍पष्‍ट), as some papers type, with vowel signs spelt as text converted from the old
    fonts spells them (अाराेप: ``LEGACY_VOWELS``), with or without a loanword's nukta
    (मुताबिक़: ``_NUKTA_LETTERS``), and in its old spelling (हुये: ``OLD_SPELLINGS``)."""
    escaped = regex.escape(_NUKTA.sub("", word)).translate(_PATTERNS).replace("\u094d", "\u094d[\u200c\u200d]?")
    for old, new in OLD_SPELLINGS:
        escaped = escaped.replace(new, f"(?:{new}|{old})")
    return escaped


def _split_tokens(words: str) -> list[str]:
    """Split on spaces outside parentheses: ``(करते हुए|कर) कहा`` is two tokens."""
    tokens: list[str] = []
    depth = 0
    current = ""
    for char in words.strip():
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
        if char.isspace() and depth == 0:
            if current:
                tokens.append(current)
            current = ""
        else:
            current += char
    if current:
        tokens.append(current)
    return tokens


@dataclass(frozen=True, slots=True)
class CueRule:
    words: str
    pattern: regex.Pattern[str]
    speaker: str
    medium: str
    confidence: float
    unmarked: bool = True
    separator: bool = False
    reported: bool = False
    links: frozenset[str] = frozenset()
    """Postpositions that end a reported content for this cue; empty: the lexicon's ``reported_links``."""
    infinitive: bool = False
    """Whether a reported content must end in an oblique infinitive (… बंद करने की घोषणा), so
    that an announced or requested thing (योजना की घोषणा) is not taken for what was said."""
    addressee: bool = False
    """Whether a reported content starts after the addressee's को (… लोगों को घर में रहने के लिए कहा)."""
    calls: bool = False
    """Whether ``X ने Y को Z CUE`` at a sentence's end says what X called Y (``… बजट को निराशाजनक बताया``)."""
    accused: bool = False
    """Whether the one accused may stand before a reported content with पर, and is part of it, as the
    held-out annotators mostly take it (… ने सरकार पर आंकड़े छुपाने का आरोप लगाया: सरकार पर आंकड़े
    छुपाने); an accusation may be one word (लापरवाही का आरोप)."""
    topic: bool = False
    """Whether a reported content starts after the last पर, which names its topic (… ने बढ़ते दामों पर
    कीमतों का हवाला दिया: कीमतों), and may be one word, as an accusation may."""
    asked_of: bool = False
    """Whether a reported content may start after a से naming whom it was asked of, among the
    first words after the speaker (… प्रशासन से बिजली ठीक करने की मांग की)."""
    after_infinitive: bool = False
    """Whether the cue counts only right after an oblique infinitive (… योजना देने को कहा): after
    anything else its first word is no part of it (… ने पत्रकारों को कहा कि …)."""
    deferred: bool = False
    """Whether what the cue says follows the next कि of its sentence, after the main verb (… ने यह
    कहते हुए विरोध किया कि C)."""
    clause: bool = False
    """Whether, ending its sentence with no content after it, the cue reports the clause before it
    (``… जबकि 40 लोग लापता बताए जा रहे हैं``: ``40 लोग लापता``)."""
    denial: bool = False
    """Whether an ``infinitive`` cue's content may also end in one of the lexicon's ``denied_nouns``:
    what is denied may be an event or a charge (… मारपीट के आरोपों से इनकार किया), not a thing."""
    ordered: bool = False
    """Whether a reported content starts after a ``को`` among its first words that follows a person
    or body, the one ordered or assured (… ने पुलिस को मामले की जांच करने का आदेश दिया: मामले की जांच
    करने), and stays whole when it follows anything else (… ने फिल्म को बंद करने का आदेश दिया)."""
    experiencer: bool = False
    """Whether the cue counts only after the one it seems so to (को, or a dative pronoun not in the
    first person) and before the complementizer (बाल्कि को लगता है कि C): elsewhere its words are no
    cue (ऐसा लगता है कि …, मुझे लगता है कि … inside a quote, निर्माण उखड़ने लगा है)."""
    before_complementizer: bool = False
    """Whether the cue counts only right before the complementizer or a misspelling of it (… ने कहां
    की C, कहा typed with a nasal): elsewhere its words are something else (कहां से आएगा, "where")."""
    says: bool = False
    """Whether the cue is a verb of saying (कहा), whose content goes on over the next sentences of
    its paragraph as the speaker's own account unless something ends it, rather than of informing
    (बताया), after which the reporter more often carries on."""
    not_after: frozenset[str] = frozenset()
    """Words right after which the cue's words are no cue (a verdict: … को दोषी करार दिया)."""


@dataclass(frozen=True, slots=True)
class MediumRule:
    pattern: regex.Pattern[str]
    medium: str
    platform: str
    in_quote: bool = False


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Everything the rules read from data files."""

    cues: tuple[CueRule, ...]
    cue_end: regex.Pattern[str]
    """Matches a cue followed only by spaces, ``,``, ``:`` or a dash up to the end of the search window."""
    new_speech: regex.Pattern[str]
    """Matches another speaker's ergative marker, a few words, a verbal cue and the complementiser
    (``… प्रवक्ता गौरव वल्लभ ने कहा कि``): where a quote opened and never closed stops."""
    told_tail: regex.Pattern[str]
    """Matches a speaker, its ergative marker and a verbal cue ending the sentence (``ग्रॉसी ने
    पत्रकारों से कहा।``): the mark before it closes a quote."""
    auxiliaries: frozenset[str]
    coordinators: tuple[str, ...]
    not_cue_before: frozenset[str]
    reported_links: frozenset[str]
    not_content_start: frozenset[str]
    pro_drop_openers: frozenset[str]
    document_pointers: frozenset[str]
    """Words pointing into a document named before (इसमें): an agentless cue's content starts after them."""
    agentless_nouns: frozenset[str]
    """Nouns of a ``genitive`` cue that may stand with no one's का before कि (पत्रकार पर आरोप है कि)."""
    headline_nouns: frozenset[str]
    """Speech-act nouns that end a verbless headline beside ``nominal_cues`` (… करने का आरोप)."""
    headline_verbs: frozenset[str]
    """Verbs a headline puts before what it reports (X ने की C की मांग, X ने दी C की चेतावनी)."""
    headline_calling: frozenset[str]
    """Verbs of calling a headline puts before what was called (X ने बताया अफवाह, Y को बताया Z)."""
    prepositive_sources: frozenset[str]
    """Words that name a source after them, before a comma and what it says (बकौल X, C)."""
    backward_demonstratives: frozenset[str]
    backward_nouns: frozenset[str]
    backward_rule: CueRule | None
    """The cue of "C। यह जानकारी X ने दी।" (its verbs), or None when no verbs are listed."""
    backward_phrases: tuple[str, ...]
    """Words right before a sentence-final cue that point back to the sentence before (यह जानकारी दी)."""
    headline_cues: tuple[str, ...]
    agent_markers: frozenset[str]
    nominal_cues: frozenset[str]
    nominal_not_before: frozenset[str]
    media: tuple[MediumRule, ...]
    double_marks: tuple[str, ...]
    single_marks: tuple[str, ...]
    min_words_without_cue: int
    max_single_chars: int
    title_after: frozenset[str]
    hypothetical_start: frozenset[str]
    hedged: frozenset[str]
    title_before: frozenset[str]
    max_speaker_words: int
    ergative_pronouns: frozenset[str]
    subject_pronouns: frozenset[str]
    genitive_pronouns: frozenset[str]
    third_person_pronouns: frozenset[str]
    """Pronoun speakers that refer back to someone named before (उन्होंने, उनका), not to the writer."""
    stop_words: frozenset[str]
    quantifiers: frozenset[str]
    not_sources: frozenset[str]
    genitive_links: frozenset[str]
    affiliations: frozenset[str]
    locative_links: frozenset[str]
    conjunctions: frozenset[str]
    weekdays: frozenset[str]
    months: frozenset[str]
    kinds: tuple[tuple[str, frozenset[str]], ...]
    day_numbers: frozenset[str] = frozenset()
    """A month's days spelt out (चार नवंबर, PTI-Bhasha's datelines)."""
    relative_times: frozenset[str] = frozenset()
    """Words that make what stands before a comma a time, not a name listed before a speaker (पिछले महीने, X ने)."""
    participles: frozenset[str] = frozenset()
    """Participles after which the words before stay in the speaker phrase as its relative clause."""
    possessives: frozenset[str] = frozenset()
    """Possessive pronouns that open a speaker phrase right before its first word (उसके भाई)."""
    relative_links: frozenset[str] = frozenset()
    """Case markers and light verbs a relative clause of a speaker phrase may hold."""
    partitive_marker: str = ""
    """``से`` of ``इनमें से एक NAME``: kept with the ``…में`` before it when a quantifier follows."""
    received: frozenset[str] = frozenset()
    """``सूत्रों से मिली जानकारी के अनुसार``: a source of information named before ``received information``."""
    given: frozenset[str] = frozenset()
    """The participle of information given (``X द्वारा दी गई जानकारी``), between the giver and the noun."""
    information: frozenset[str] = frozenset()
    talk_nouns: frozenset[str] = frozenset()
    """``X से बात की``: the one talked to before a pronoun speaker is whom it names."""
    press: frozenset[str] = frozenset()
    """Journalists and outlets (``पत्रकारों``, ``ईटीवी भारत``): talked to, they are not whom a
    pronoun speaker after names."""
    headline_late_nouns: frozenset[str] = frozenset()
    """``X ने C का लिया प्रण``: nouns a headline puts after their verb."""
    felt_nouns: frozenset[str] = frozenset()
    """``पुलिस को आशंका है कि``: nouns of an agentless cue whose speaker is named before को."""
    dative_marker: str = "को"
    relative_pointers: frozenset[str] = frozenset()
    issuing: frozenset[str] = frozenset()
    """``X ने बयान जारी किया। जिसमें बताया गया कि``: the clause's words that issue what a
    ``relative_pointers`` word points into; X is the speaker of the agentless cue after it."""
    document_determiners: frozenset[str] = frozenset()
    """``अदालत एक याचिका पर सुनवाई कर रही थी जिसमें …``: words opening the phrase of a document
    pointed into, after which a bare noun before them is no part of it."""
    list_ends: frozenset[str] = frozenset()
    """``A, B, C आदि ग्रामीणों``: words that close a list of names, whose commas then stay in the phrase."""
    conjunctive_participles: frozenset[str] = frozenset()
    """Participles done on the way (``रूबरू होकर``) that end the clause before a speaker, outside a relative clause."""
    conjunctive_ending: str = ""
    """The ending of a participle done on the way to what follows (``बताकर``, ``लेकर``: ``conjunctive``)."""
    seat_titles: frozenset[str] = frozenset()
    """``झांसी से सांसद NAME``: titles held for a seat named before ``से``."""
    side_nouns: frozenset[str] = frozenset()
    """The nouns of ``की ओर से`` (``की तरफ से``), a side a speaker speaks for."""
    side_acts: frozenset[str] = frozenset()
    """What one does for a side (``X की ओर से पेश वकील``): after such a word, a participle or an adjective
    of state (``… की ओर से जारी बयान``) the side stays in the phrase; before a title or a name it is left
    out (``सरकार की ओर से एएजी NAME``)."""
    more_than: frozenset[str] = frozenset()
    """``300 से अधिक व्यापारियों``: a number's ``से अधिक`` stays in the phrase."""
    count_words: frozenset[str] = frozenset()
    """Words that count like a numeral before ``more_than`` (``एक दर्जन से अधिक``, ``69 प्रतिशत से अधिक``)."""
    occasions: frozenset[str] = frozenset()
    """Gatherings a locative opening a speaker phrase names (``बैठक में``): where one spoke, no place."""
    names_with_stop_words: frozenset[str] = frozenset()
    """Names whose first word is a stop word elsewhere (``जो बाइडन``)."""
    bylines: frozenset[str] = frozenset()
    """``विशेष संवाददाता मंत्री … ने``: byline words a speaker phrase stops before (not alone)."""
    wire_agencies: frozenset[str] = frozenset()
    """``नई दिल्ली, एएनआइ X ने``: agencies a dateline with no date names after its place."""
    visarga_words: frozenset[str] = frozenset()
    """Words ending in a visarga of their own (अतः), never a dateline's place with the visarga typed for its colon."""
    envoys: frozenset[str] = frozenset()
    """``बांग्लादेश में भारत के उच्चायुक्त NAME``: titles that keep the country posted to before में."""
    houses: frozenset[str] = frozenset()
    """Houses a speaker speaks in (लोकसभा): ``लोकसभा में मंत्री X ने`` names where, not who."""
    house_roles: frozenset[str] = frozenset()
    """Roles held in a house, which keep it in the speaker (``विधानसभा में विपक्ष के नेता X``)."""
    standing_places: frozenset[str] = frozenset()
    """``मौके पर मौजूद लोगों``: the spot before an adjective of state, kept though a stop word elsewhere;
    ``वहां के लोगों``: the place before a genitive, too."""
    agents: frozenset[str] = frozenset()
    """People and bodies that open a clause as the subject of a demand or claim in progress, with
    no case marker (``छात्र संगठन C की मांग कर रहे थे``); the kinds of speaker count too."""
    standing: frozenset[str] = frozenset()
    """Adjectives of place or state that head a relative clause as participles do (``मौके पर मौजूद
    लोगों``) and, unlike them, stay in the phrase when no clause stands before them."""
    becoming: frozenset[str] = frozenset()
    """Participles of becoming (हुए) that head a relative clause after a participle, an adjective of
    ``standing`` or a state in ``become_states`` (``बैठक में शामिल हुए``, ``मीडिया से रूबरू हुए``), and
    after nothing else (``… से मिलते हुए`` says when, not who)."""
    become_states: frozenset[str] = frozenset()
    """States after which ``becoming`` heads a clause, as after a participle (पेश, रूबरू, एकजुट)."""
    ergative_marker: str = "ने"
    """The case marker after an ergative speaker (Urdu ``نے``); ``[grammar]`` in the cue file."""
    complementizer: str = "कि"
    """The word that opens reported speech after a cue (Urdu ``کہ``)."""
    complementizer_misspellings: frozenset[str] = frozenset()
    """How papers mistype the complementiser right after a cue (``कहा की …``)."""
    ergative_misspellings: frozenset[str] = frozenset()
    """How papers mistype the ergative marker right before a cue that कि follows (``X का कहा कि``)."""
    genitive_misspellings: frozenset[str] = frozenset()
    """How papers mistype की between a pointer and its noun (``उक्त बातों कि जानकारी``)."""
    first_person: frozenset[str] = frozenset()
    """Words of the speaker's own voice (मैं, हमारा): such speech runs on over the next sentences without a cue."""
    irrealis_endings: tuple[str, ...] = ()
    """Endings of a sentence's last word that say what will or should happen (होगा, चाहिए)."""
    past_endings: frozenset[str] = frozenset()
    """Last words of a sentence told in the past (था, हुई): the reporter's, after speech that holds its paragraph."""
    run_on_stoppers: frozenset[str] = frozenset()
    """Words opening a sentence that is the reporter's, whatever it says (हालांकि)."""
    continuation_openers: frozenset[str] = frozenset()
    """Words opening a sentence that goes on with the speech before it (जिसके लिए, लेकिन, साथ ही)."""
    dependent_openers: frozenset[str] = frozenset()
    """Continuation openers that make their sentence hang on the one before (क्योंकि, जहां, अगर): an agent named in it acts inside the speech."""
    continuation_exceptions: frozenset[str] = frozenset()
    """Two words opening a sentence that is the reporter's although its first opens continuations (इससे पहले)."""
    answer_labels: frozenset[str] = frozenset()
    """Words that open an interview's answer line before a colon or dash (``जवाब: …``)."""
    question_labels: frozenset[str] = frozenset()
    """Words that open an interview's question line (``सवाल: …``): they make a piece an interview."""
    parallel_fillers: frozenset[str] = frozenset()
    """Sentence-final words too common to make two sentences parallel (है, किया गया)."""
    reported_frames: frozenset[str] = frozenset()
    """Particles and connectives before a reported content (``X ने भी / हालांकि C करने की मांग की``)."""
    reported_modifiers: frozenset[str] = frozenset()
    """Adverbs and adjectives between a reported content's link and its cue (``C की पहले ही चेतावनी दी``, ``C का बड़ा आरोप``)."""
    likeness_words: frozenset[str] = frozenset()
    """Words of likeness that end a reported content before an adjective and a noun cue (… C जैसा सनसनीखेज आरोप)."""
    asking_why: frozenset[str] = frozenset()
    """Words between a headline's comma and its verb that ask why (``"C", ऐसा क्यों बोले X?``)."""
    asking_what: frozenset[str] = frozenset()
    """Words right before a verb of saying that ask what was said (``विवाद पर क्या बोले X?``)."""
    refusal_nouns: frozenset[str] = frozenset()
    """Nouns of refusal that end a headline "C से X का इनकार"."""
    denied_nouns: frozenset[str] = frozenset()
    """What a ``denial`` cue may deny besides an act: an event or a charge (घटना, आरोपों)."""
    denied_any: frozenset[str] = frozenset()
    """Words by which a ``denial`` cue denies any of a thing (``किसी भी खतरे से इनकार``): then any noun."""
    protest_acts: frozenset[str] = frozenset()
    """A protest (हड़ताल, बंद, धरना …) announced or demanded: reported though a noun, not an infinitive."""
    place_nouns: frozenset[str] = frozenset()
    """Words ending a place's name (गांव, जिला): a headline's tag after a dash, never its source."""
    action_nouns: frozenset[str] = frozenset()
    """Nouns naming an act that is asked for or promised like an infinitive (जांच, कार्रवाई, भुगतान)."""
    adverbial_ends: frozenset[str] = frozenset()
    """Last words of an adverbial clause before a speaker (… शुरू होते ही, … के बाद): no speech."""
    discourse_openers: frozenset[str] = frozenset()
    """Phrases that open a sentence before a comma and say nothing (इतना ही नहीं, …)."""
    misspelt_genitives: frozenset[str] = frozenset()
    """Postpositions typed for the का of "X का कहना है" (X को कहना है, X ने कहना है)."""
    attack_nouns: frozenset[str] = frozenset()
    """Nouns of an attack in a headline "X का Y पर हमला, कहा- C", whose X is the speaker."""
    headline_teasers: frozenset[str] = frozenset()
    """Words opening a site's call to read on at a headline's end (…, देखें वीडियो)."""
    undashed_headline_cues: frozenset[str] = frozenset()
    """Cues that open a headline's speech after "X, " with no dash (… बरसे X, कहा C)."""
    reported_frame_ends: tuple[str, ...] = ()
    """Last words of a frame before a reported content (``… फटकार लगाते हुए``, ``बयान जारी कर``)."""
    cue_frame_participles: tuple[str, ...] = ()
    cue_frame_objects: frozenset[str] = frozenset()
    """``ट्वीट कर आरोप लगाया``, ``पत्र लिखकर कहा``, ``बयान जारी कर कहा``: a participle (one or two
    words; the participles longest first) and the things it acts on right before a verbal cue are
    part of the cue."""
    times_of_day: frozenset[str] = frozenset()
    """``शाम``, ``रात``: before ``को`` a time, not an addressee."""
    clause_joiners: frozenset[str] = frozenset()
    clause_ending_verbs: frozenset[str] = frozenset()
    """``और`` after a finite verb (``बातचीत की और``) joins two clauses: a reported content is
    in the last one."""
    dative_pronouns: frozenset[str] = frozenset()
    """``उन्हें``, ``इसे``: a pronoun that is ``Y को`` by itself, before a ``calls`` cue."""
    quoted_headline_nouns: frozenset[str] = frozenset()
    """Nouns of saying that name a headline's quote after its speaker (``'C', X का बड़ा ऐलान``)."""
    charge_nouns: frozenset[str] = frozenset()
    """``आरोप``: after का a headline's ``… हत्या का आरोप, केस दर्ज`` names the charge before the
    comma, and what follows it is the next clause of the headline, not a claim."""
    clause_openers: frozenset[str] = frozenset()
    """Connectives opening a clause that an agentless cue reports, left out of it (``फिलहाल``, ``वहीं``)."""
    side_lead_ins: frozenset[str] = frozenset()
    """Phrases that may stand before a side opening an agentless cue's clause (``इस पर X की ओर से …``)."""
    relatives: frozenset[str] = frozenset()
    """Relative pronouns (``जिसे``, ``जिन्होंने``): a clause they open is about a noun before them."""
    addressee_pronouns: frozenset[str] = frozenset()
    """``उन्हें``, ``मुझे``: a pronoun opening a request that is the one asked by itself (``उन्हें C
    करने को कहा गया``); ``इसे`` (it) is left out, being what is to be done more often than whom."""
    manner_words: frozenset[str] = frozenset()
    """Words that make a following ``से`` an adverb (``देरी से``, ``सामूहिक रूप से``), not whom
    something was asked of (``… ट्रेन के देरी से चलने की शिकायत की``)."""
    not_called_before: frozenset[str] = frozenset()
    """Words that end no ``Y को Z`` before a ``calls`` cue (``… को घटना के बारे में बताया`` tells)."""
    infinitive_ending: str = "ने"
    """How an oblique infinitive ends (करने, Urdu کرنے), for ``infinitive`` cues."""
    correlative: str = "तो"
    """The correlative that opens a main clause after जब … (Urdu تو): ``जब पूछा गया कि Q तो X ने कहा``."""
    subordinate_when: str = "जब"
    """The word opening a "when" clause that ``correlative`` closes (Urdu جب)."""

    @property
    def complementizers(self) -> tuple[str, ...]:
        """The complementizer and the misspellings of it that papers type (कि, की)."""
        return (self.complementizer, *self.complementizer_misspellings)

    def kind(self, name: str) -> frozenset[str]:
        """The words of one kind of speaker (``official``: मंत्री, आयुक्त …); empty for a kind not listed."""
        return next((group for kind, group in self.kinds if kind == name), frozenset())

    def names_kind(self, word: str) -> bool:
        """Whether ``word`` is one of any kind of speaker's words (मंत्री, पुलिस, पार्टी …)."""
        return any(word in group for _, group in self.kinds)

    def conjunctive(self, text: str) -> bool:
        """Whether ``text`` ends in a participle done on the way (``बताकर``, ``बता कर``, ``घोड़ा लेकर``)."""
        return bool(self.conjunctive_ending) and text.endswith(self.conjunctive_ending)


LANGUAGE_PREFIXES: dict[str, str] = {"hi": "", "ur": "ur-"}
"""The languages the rules cover and the prefix of their data files (``ur-cues.toml``)."""


def _read(folder: Path | None, name: str) -> dict[str, Any]:
    if folder is None:
        source = resources.files("resources.suggest").joinpath(name).read_text(encoding="utf-8")
        where = f"resources/suggest/{name}"
    else:
        path = folder / name
        source = path.read_text(encoding="utf-8")
        where = str(path)
    try:
        return tomllib.loads(source)
    except tomllib.TOMLDecodeError as exc:
        raise LexiconError(f"{where}: {exc}") from None


def _strings(data: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise LexiconError(f"{where}: {key} must be a list of non-empty strings")
    return tuple(value)


def load_lexicon(folder: str | Path | None = None, prefix: str = "") -> Lexicon:
    """Read ``cues.toml``, ``speakers.toml`` and ``quotes.toml`` from ``folder`` (default: the
    ones shipped in ``resources/suggest``); ``prefix`` picks another language's files (``ur-``)."""
    base = Path(folder) if folder is not None else None
    cues_data = _read(base, f"{prefix}cues.toml")
    speakers = _read(base, f"{prefix}speakers.toml")
    quotes = _read(base, f"{prefix}quotes.toml")
    grammar = cues_data.get("grammar", {})
    if not isinstance(grammar, dict) or not all(isinstance(v, str) and v for v in grammar.values()):
        raise LexiconError(f"{prefix}cues.toml: [grammar] must hold non-empty strings")
    auxiliaries = _strings(cues_data, "auxiliaries", "cues.toml")
    cues: list[CueRule] = []
    for index, item in enumerate(cues_data.get("cue", []), start=1):
        where = f"cues.toml: cue #{index}"
        words = item.get("words")
        if not isinstance(words, str) or not words.strip():
            raise LexiconError(f"{where}: needs words")
        speaker = item.get("speaker", "ergative")
        if speaker not in SPEAKER_KINDS:
            raise LexiconError(f"{where} ({words}): speaker must be one of {', '.join(SPEAKER_KINDS)}")
        confidence = float(item.get("confidence", 0.7))
        if not 0.0 <= confidence <= 1.0:
            raise LexiconError(f"{where} ({words}): confidence must be between 0 and 1")
        tail = auxiliaries if speaker != "postposition" else ()
        unmarked = item.get("unmarked", True)
        if not isinstance(unmarked, bool):
            raise LexiconError(f"{where} ({words}): unmarked must be true or false")
        pattern = compile_words(words, tail)
        separator = item.get("separator", False)
        reported = item.get("reported", False)
        if not isinstance(separator, bool) or not isinstance(reported, bool):
            raise LexiconError(f"{where} ({words}): separator and reported must be true or false")
        medium = str(item.get("medium", ""))
        links = frozenset(_strings(item, "links", where))
        infinitive = item.get("infinitive", False)
        addressee = item.get("addressee", False)
        calls = item.get("calls", False)
        accused = item.get("accused", False)
        topic = item.get("topic", False)
        asked_of = item.get("asked_of", False)
        after_infinitive = item.get("after_infinitive", False)
        deferred = item.get("deferred", False)
        clause = item.get("clause", False)
        denial = item.get("denial", False)
        experiencer = item.get("experiencer", False)
        ordered = item.get("ordered", False)
        before_complementizer = item.get("before_complementizer", False)
        says = item.get("says", False)
        not_after = frozenset(_strings(item, "not_after", where))
        flags = (
            infinitive, addressee, calls, accused, topic, asked_of, after_infinitive, deferred, clause, denial, ordered,
            experiencer, before_complementizer, says,
        )
        if not all(isinstance(flag, bool) for flag in flags):
            raise LexiconError(
                f"{where} ({words}): infinitive, addressee, calls, accused, topic, asked_of, after_infinitive, deferred, "
                "clause, denial, ordered, experiencer, before_complementizer and says must be true or false"
            )
        cues.append(
            CueRule(
                words, pattern, speaker, medium, confidence, unmarked, separator, reported, links, infinitive, addressee, calls,
                accused, topic, asked_of, after_infinitive, deferred, clause, denial, ordered, experiencer,
                before_complementizer, says, not_after,
            )
        )
    media = tuple(
        MediumRule(
            compile_words(m["words"]), str(m.get("medium", "")), str(m.get("platform", "")), bool(m.get("in_quote", False))
        )
        for m in quotes.get("medium", [])
    )
    kinds_data = speakers.get("kinds", {})
    kinds = tuple((kind, frozenset(words)) for kind, words in kinds_data.items())
    verbal = [c.pattern.pattern for c in cues if c.speaker != "postposition" and not c.experiencer]  # those need कि after them
    cue_end = regex.compile(r"(?:" + "|".join(verbal) + r")[\s,:\-–—]*$")
    ergative = regex.escape(grammar.get("ergative_marker", "ने"))
    complementizer = regex.escape(grammar.get("complementizer", "कि"))
    new_speech = regex.compile(rf"(?<!\w){ergative}\s+(?:\S+\s+){{0,3}}?(?:" + "|".join(verbal) + rf")\s+{complementizer}(?!\w)")
    marks = "\"“”'‘’।॥.?!\n"
    fused = [regex.escape(p) for p in _strings(speakers, "ergative_pronouns", "speakers.toml")]
    told_tail = regex.compile(
        rf"\s*[^{marks}]{{1,80}}?(?<!\w)(?:{'|'.join([ergative, *fused])})\s+[^{marks}]{{0,60}}?(?:" + "|".join(verbal) + r")\s*[।॥.!]"
    )
    def words(table: dict[str, Any], file: str) -> Callable[[str], frozenset[str]]:
        return lambda key: frozenset(_strings(table, key, file))

    cue_set = words(cues_data, "cues.toml")
    speaker_set = words(speakers, "speakers.toml")
    quote_set = words(quotes, "quotes.toml")
    factuality_set = words(quotes.get("factuality", {}), "quotes.toml")
    return Lexicon(
        cues=tuple(cues),
        cue_end=cue_end,
        new_speech=new_speech,
        told_tail=told_tail,
        auxiliaries=frozenset(auxiliaries),
        coordinators=_strings(cues_data, "coordinators", "cues.toml"),
        not_cue_before=cue_set("not_cue_before"),
        reported_links=cue_set("reported_links"),
        not_content_start=cue_set("not_content_start"),
        pro_drop_openers=cue_set("pro_drop_openers"),
        document_pointers=cue_set("document_pointers"),
        agentless_nouns=cue_set("agentless_nouns"),
        headline_nouns=cue_set("headline_nouns"),
        headline_verbs=cue_set("headline_verbs"),
        headline_calling=cue_set("headline_calling"),
        prepositive_sources=cue_set("prepositive_sources"),
        backward_demonstratives=cue_set("backward_demonstratives"),
        backward_nouns=cue_set("backward_nouns"),
        backward_rule=_backward_rule(_strings(cues_data, "backward_verbs", "cues.toml"), auxiliaries),
        backward_phrases=_strings(cues_data, "backward_phrases", "cues.toml"),
        headline_cues=_strings(cues_data, "headline_cues", "cues.toml"),
        agent_markers=cue_set("agent_markers"),
        nominal_cues=cue_set("nominal_cues"),
        nominal_not_before=cue_set("nominal_not_before"),
        media=media,
        double_marks=_strings(quotes, "double_marks", "quotes.toml"),
        single_marks=_strings(quotes, "single_marks", "quotes.toml"),
        min_words_without_cue=int(quotes.get("min_words_without_cue", 7)),
        max_single_chars=int(quotes.get("max_single_chars", 200)),
        title_after=quote_set("title_after"),
        hypothetical_start=factuality_set("hypothetical_start"),
        hedged=factuality_set("hedged"),
        title_before=quote_set("title_before"),
        max_speaker_words=int(speakers.get("max_words", 8)),
        ergative_pronouns=speaker_set("ergative_pronouns"),
        subject_pronouns=speaker_set("subject_pronouns"),
        genitive_pronouns=speaker_set("genitive_pronouns"),
        third_person_pronouns=speaker_set("third_person_pronouns"),
        stop_words=speaker_set("stop_words"),
        quantifiers=speaker_set("quantifiers"),
        not_sources=speaker_set("not_sources"),
        genitive_links=speaker_set("genitive_links"),
        affiliations=speaker_set("affiliations"),
        possessives=speaker_set("possessives"),
        locative_links=speaker_set("locative_links"),
        conjunctions=speaker_set("conjunctions"),
        weekdays=speaker_set("weekdays"),
        months=speaker_set("months"),
        relative_times=speaker_set("relative_times"),
        kinds=kinds,
        day_numbers=speaker_set("day_numbers"),
        participles=speaker_set("participles"),
        relative_links=speaker_set("relative_links"),
        partitive_marker=str(speakers.get("partitive_marker", "")),
        conjunctive_ending=str(speakers.get("conjunctive_ending", "")),
        received=speaker_set("received"),
        given=speaker_set("given"),
        information=speaker_set("information"),
        talk_nouns=speaker_set("talk_nouns"),
        press=speaker_set("press"),
        felt_nouns=cue_set("felt_nouns"),
        headline_late_nouns=cue_set("headline_late_nouns"),
        dative_marker=grammar.get("dative_marker", "को"),
        relative_pointers=cue_set("relative_pointers"),
        issuing=cue_set("issuing"),
        document_determiners=cue_set("document_determiners"),
        list_ends=speaker_set("list_ends"),
        conjunctive_participles=speaker_set("conjunctive_participles"),
        seat_titles=speaker_set("seat_titles"),
        side_nouns=speaker_set("side_nouns"),
        side_acts=speaker_set("side_acts"),
        more_than=speaker_set("more_than"),
        count_words=speaker_set("count_words"),
        occasions=speaker_set("occasions"),
        names_with_stop_words=speaker_set("names_with_stop_words"),
        standing=speaker_set("standing"),
        becoming=speaker_set("becoming"),
        become_states=speaker_set("become_states"),
        agents=speaker_set("agents"),
        envoys=speaker_set("envoys"),
        houses=speaker_set("houses"),
        house_roles=speaker_set("house_roles"),
        bylines=speaker_set("bylines"),
        wire_agencies=speaker_set("wire_agencies"),
        visarga_words=speaker_set("visarga_words"),
        standing_places=speaker_set("standing_places"),
        ergative_marker=grammar.get("ergative_marker", "ने"),
        complementizer=grammar.get("complementizer", "कि"),
        complementizer_misspellings=cue_set("complementizer_misspellings"),
        ergative_misspellings=cue_set("ergative_misspellings"),
        genitive_misspellings=cue_set("genitive_misspellings"),
        infinitive_ending=grammar.get("infinitive_ending", "ने"),
        correlative=grammar.get("correlative", "तो"),
        subordinate_when=grammar.get("subordinate_when", "जब"),
        first_person=quote_set("first_person"),
        irrealis_endings=tuple(sorted(quote_set("irrealis_endings"))),
        past_endings=quote_set("past_endings"),
        continuation_openers=quote_set("continuation_openers"),
        dependent_openers=quote_set("dependent_openers"),
        parallel_fillers=quote_set("parallel_fillers"),
        continuation_exceptions=quote_set("continuation_exceptions"),
        answer_labels=quote_set("answer_labels"),
        question_labels=quote_set("question_labels"),
        run_on_stoppers=quote_set("run_on_stoppers"),
        not_called_before=cue_set("not_called_before"),
        dative_pronouns=cue_set("dative_pronouns"),
        addressee_pronouns=cue_set("addressee_pronouns"),
        relatives=cue_set("relatives"),
        clause_openers=cue_set("clause_openers"),
        side_lead_ins=cue_set("side_lead_ins"),
        quoted_headline_nouns=cue_set("quoted_headline_nouns"),
        charge_nouns=cue_set("charge_nouns"),
        manner_words=cue_set("manner_words"),
        clause_joiners=cue_set("clause_joiners"),
        clause_ending_verbs=cue_set("clause_ending_verbs"),
        times_of_day=speaker_set("times_of_day"),
        reported_frames=cue_set("reported_frames"),
        reported_modifiers=cue_set("reported_modifiers"),
        refusal_nouns=cue_set("refusal_nouns"),
        denied_nouns=cue_set("denied_nouns"),
        denied_any=cue_set("denied_any"),
        protest_acts=cue_set("protest_acts"),
        likeness_words=cue_set("likeness_words"),
        asking_why=cue_set("asking_why"),
        asking_what=cue_set("asking_what"),
        attack_nouns=cue_set("attack_nouns"),
        misspelt_genitives=cue_set("misspelt_genitives"),
        undashed_headline_cues=cue_set("undashed_headline_cues"),
        headline_teasers=cue_set("headline_teasers"),
        discourse_openers=cue_set("discourse_openers"),
        adverbial_ends=cue_set("adverbial_ends"),
        action_nouns=cue_set("action_nouns"),
        place_nouns=cue_set("place_nouns"),
        reported_frame_ends=_strings(cues_data, "reported_frame_ends", "cues.toml"),
        cue_frame_participles=tuple(sorted(_strings(cues_data, "cue_frame_participles", "cues.toml"), key=lambda p: -p.count(" "))),
        cue_frame_objects=frozenset(_strings(cues_data, "cue_frame_objects", "cues.toml")),
    )


def _backward_rule(verbs: tuple[str, ...], auxiliaries: tuple[str, ...]) -> CueRule | None:
    if not verbs:
        return None
    words = "(" + "|".join(verbs) + ")"
    return CueRule(words, compile_words(words, auxiliaries), "ergative", "", 0.7, unmarked=False)


@cache
def default_lexicon() -> Lexicon:
    """The shipped lexicon, read once."""
    return load_lexicon()


@cache
def language_lexicon(language: str) -> Lexicon | None:
    """The shipped lexicon of ``language`` (ISO 639), read once; None for a language the rules do not cover."""
    prefix = LANGUAGE_PREFIXES.get(language)
    if prefix is None:
        return None
    return default_lexicon() if not prefix else load_lexicon(prefix=prefix)
