"""Speaker noun phrases: found by walking left from a marker (ने, का, के अनुसार, or the cue).

The phrase never includes its case marker. A genitive chain (भारत के राजदूत), a
parenthesised abbreviation (अधिकारी (डीएमओ)), an abbreviated title (डॉ. …), a quoted name
(‘फोर्टिस एस्कॉर्ट्स' के …; a name alone in quote marks is the name without them), an affiliation
(परिषद् से जुड़ी …) and a place before an institution (रूस में भारतीय दूतावास), before a long
genitive chain (दिल्ली में विभाग के दल के शोधकर्ता) or opening the sentence before a genitive
(देवघर में एनडीआरएफ के अधिकारी) stay inside it; so do coordinated speakers (विभाग, निगम और
पुलिस: the word limit counts each of them apart), a title before a comma (जिला सचिव, के. नाम)
and a weekday opening a date (… द्वारा जारी सोमवार दस मई की रिपोर्ट); so does a relative clause
ending in a participle (पहला मैच खेल रहे ऑलराउंडर …, विदेश से पढ़ने आईं …) and a partitive before a
quantifier (इनमें से एक …), a list of names closed by आदि or सहित (रामू, श्यामू आदि ग्रामीणों), a
constituency (झांसी से सांसद …), a side (संघ की ओर से वकील …), a number's से अधिक, a place or
the spot before an adjective of state (घटनास्थल पर मौजूद लोगों, मौके पर मौजूद …) and the country an
envoy is posted to (बांग्लादेश में भारत के उच्चायुक्त …), but not the first half of a reduplicated
idiom (कम से कम एक अखबार) nor a dateline's agency after a date (18 जनवरी (भाषा) मंत्री …);
stop words and other punctuation end it, and a connective opening the sentence (इसके बावजूद), a
pointer at what was said (इसकी जानकारी …) and what stands before an ellipsis are left out of it.
A bracketed gloss does not count in the phrase's word limit.
"""

from __future__ import annotations

from dataclasses import dataclass

from kathan.suggest.lexicon import Lexicon
from kathan.suggest.segment import Word
from kathan.text.sentences import ABBREVIATIONS

_QUOTE_MARKS = "'‘’\"“”''‘‘’’"
_CLAUSE_MARKS = ",।.?!;"
_MAX_GLOSS_TOKENS = 10
"""Tokens a bracketed gloss in a speaker phrase may hold with its brackets (``(CJI D.Y. Chandrachud)``)."""
_MAX_LISTED_WORDS = 6
"""The longest name in a list of names separated by commas alone (``ओमपाल, जितेंद्र, शिवकुमार``,
``जिला पंचायत सदस्य रामलाल यादव, …``): 6, not 3, made 20 speakers exact over s8–s23 and lost one."""
_PLAIN_LISTED_WORDS = 3
"""A list's first name longer than this opens no list after a colon, where a headline's clause stands."""
_SENTENCE_OPENERS = "।॥.?!۔؟:\n"
"""Marks after which a list of names opens its sentence."""
_FUTURE_ENDINGS = ("ेगा", "ेगी", "ेंगे", "ेंगी", "ेगें", "ूंगा", "ूँगा", "ूंगी", "ूँगी")
_NOT_FUTURE = frozenset({"मनरेगा", "नरेगा", "ओमेगा"})
"""Names that end like a future verb."""
_AMONG = "में"
_OBLIQUE_PLURAL = "ों"
"""``ग्रामीणों में A, B, C आदि``: the group (an oblique plural) the listed names are among."""
_VISARGA = "ः"
"""Papers type a visarga for a colon after a label (बिजनेस डेस्कः, पूछताछः): no speaker runs over it."""


@dataclass(frozen=True, slots=True)
class SpeakerPhrase:
    start: int
    end: int
    pronoun: bool


def _content(word: Word, lexicon: Lexicon) -> bool:
    return (
        word.is_word
        and word.norm not in lexicon.stop_words
        and not _future(word)
        and word.norm not in lexicon.genitive_links
        and not word.text.endswith(_VISARGA)
    )


def _group_start(ws: list[Word], i: int, opening: str, limit: int = 5) -> int:
    """The index of the nearest token at most ``limit`` before ``i`` whose text is in ``opening``, or -1."""
    j = i - 1
    while j >= 0 and i - j <= limit:
        if ws[j].text in opening:
            return j
        j -= 1
    return -1


def phrase_before(ws: list[Word], index: int, lexicon: Lexicon) -> SpeakerPhrase | None:
    """The speaker phrase ending with ``ws[index - 1]`` (``ws[index]`` is the marker), or None."""
    i = index - 1
    taken: list[Word] = []
    missions = lexicon.kind("diplomatic_mission")
    institutions = lexicon.kind("organisation") | lexicon.kind("government_body")
    titles = lexicon.kind("official")
    listed = False
    initial = -1
    relative = -1
    counted_from = 0
    glossed: set[int] = set()  # starts of words in a bracketed gloss, which restate the name
    spot = False  # the phrase opens with the spot of an adjective of state (मौके पर मौजूद …)
    named: set[int] = set()  # starts of stop words taken as the first word of a name (जो बाइडन)
    while i >= 0 and sum(1 for w in taken[counted_from:] if w.is_word and w.start not in glossed) < lexicon.max_speaker_words:
        w = ws[i]
        before = ws[i - 1] if i > 0 else None
        if w.norm in lexicon.bylines and taken:
            break  # लखनऊ, प्रमुख संवाददाता | पशुधन मंत्री …
        if taken and w.norm in lexicon.backward_nouns and before is not None and (
            before.norm in lexicon.backward_demonstratives
            or (before.norm in lexicon.genitive_links or before.norm in lexicon.genitive_misspellings) and i > 1 and ws[i - 2].norm in lexicon.backward_nouns
        ):
            break  # इसकी जानकारी X ने दी, उक्त बातों की जानकारी X ने दी, इस बात का X ने विरोध किया: what X gave, not X
        if w.norm in lexicon.list_ends:
            listed = True  # रामू, श्यामू, कल्लू आदि ग्रामीणों; मंजू देवी, लीलावती, दिनेश वर्मा आदि ने
        if taken and relative < 0 and w.norm in lexicon.conjunctive_participles:
            break  # मीडिया से रूबरू होकर सांसद X ने; not डिपोर्ट होकर लौटे युवक, a relative clause
        if taken and f"{w.norm} {taken[-1].norm}" in lexicon.names_with_stop_words:
            named.add(w.start)
            taken.append(w)
            i -= 1
            continue
        heads_clause = _heads_clause(w, lexicon) or (
            w.norm in lexicon.becoming and before is not None and (_heads_clause(before, lexicon) or before.norm in lexicon.become_states)
        )
        if relative < 0 and heads_clause and any(_content(t, lexicon) for t in taken):
            relative = len(taken)
            taken.append(w)
            counted_from = len(taken)
            i -= 1
            continue
        if 0 <= relative == len(taken) - 1 and w.norm in lexicon.standing_places and taken[relative].norm in lexicon.standing:
            taken.append(w)  # वहां मौजूद कई उपभोक्ताओं: the place, then nothing more
            spot = True
            break
        at_the_spot = relative >= 0 and before is not None and before.norm in lexicon.standing_places and taken[relative].norm in lexicon.standing
        if relative >= 0 and w.norm == lexicon.dative_marker and before is not None and before.norm in lexicon.weekdays:
            taken.extend([w, before])  # सोमवार को जारी बयान: the day it was issued
            i -= 2
            continue
        if (
            relative >= 0
            and w.norm in lexicon.relative_links
            and before is not None
            and (_content(before, lexicon) or before.norm in lexicon.relative_links or at_the_spot)
        ):
            if at_the_spot:  # मौके पर मौजूद लोगों: the spot, then nothing more
                taken.extend([w, before])
                spot = True
                break
            taken.append(w)
            i -= 1
            continue
        if relative >= 0 and lexicon.conjunctive(w.norm) and before is not None and _content(before, lexicon):
            taken.append(w)  # घोड़ा लेकर पहुंचे NAME, मूवी देखकर बाहर निकले फैंस: done on the way, inside the clause
            i -= 1
            continue
        if (
            w.norm == lexicon.partitive_marker
            and taken
            and taken[-1].norm in lexicon.quantifiers
            and before is not None
            and before.norm.endswith(tuple(lexicon.locative_links))
        ):
            taken.extend([w, before])
            i -= 2
            if before.norm in lexicon.locative_links:
                continue
            break
        if _content(w, lexicon) and i > 1 and ws[i - 1].norm == lexicon.partitive_marker and ws[i - 2].norm == w.norm:
            break
        joins = before is not None and (_content(before, lexicon) or before.text == ")") and not _ends_clause_before_and(before, lexicon)
        if taken and joins and (w.norm in lexicon.conjunctions or (w.text == "," and listed)):
            listed = True
            taken.append(w)
            counted_from = len(taken)
            i -= 1
            continue
        if w.text == "," and taken and before is not None and before.norm in titles:
            taken.append(w)
            i -= 1
            continue
        if w.norm in lexicon.weekdays and len(taken) >= 2 and taken[-2].norm in lexicon.months:
            taken.append(w)
            i -= 1
            continue
        if w.text == ")":
            j = _group_start(ws, i, "(", limit=_MAX_GLOSS_TOKENS)
            dateline = j >= 1 and (ws[j - 1].norm in lexicon.months or ws[j - 1].text[:1].isdigit())
            if j >= 1 and not dateline and (_content(ws[j - 1], lexicon) or ws[j - 1].text in _QUOTE_MARKS):
                glossed.update(x.start for x in ws[j:i + 1])
                taken.extend(reversed(ws[j:i + 1]))
                i = j - 1
                continue
            break
        if w.text in _QUOTE_MARKS and not taken:
            j = _group_start(ws, i, _QUOTE_MARKS)
            inside = ws[j + 1:i] if j >= 0 else []
            if inside and all(_content(x, lexicon) for x in inside):
                return SpeakerPhrase(inside[0].start, inside[-1].end, pronoun=False)
            break
        if w.text in _QUOTE_MARKS:
            j = _group_start(ws, i, _QUOTE_MARKS)
            inside = ws[j + 1:i] if j >= 0 else []
            if taken and any(_content(x, lexicon) for x in inside) and not any(x.text in _CLAUSE_MARKS for x in inside):
                taken.extend(reversed(ws[j:i + 1]))  # 'आप' पार्टी; not "A," X ने: a quote before its speaker
                i = j - 1
                continue
            break
        initials_end = not taken and i > 1 and (ws[i - 2].text == "." or _content(ws[i - 2], lexicon))  # ए.बी.वी.पी. ने, रामकृष्ण वाई. ने
        glued = taken and i > 0 and ws[i - 1].is_word and ws[i - 1].end == w.start == taken[-1].start - 1
        if w.text == "." and i > 0 and (ws[i - 1].norm in ABBREVIATIONS or glued) and (taken or initials_end):
            taken.extend([w, ws[i - 1]])
            i -= 2
            continue
        if w.norm in lexicon.affiliations and i > 1 and ws[i - 1].norm == "से" and _content(ws[i - 2], lexicon):
            taken.extend([w, ws[i - 1]])
            i -= 2
            continue
        if w.norm == lexicon.partitive_marker and taken and before is not None:
            seat = _content(before, lexicon) and any(t.norm in lexicon.seat_titles for t in taken[-2:])
            side = before.norm in lexicon.side_nouns and i > 1 and ws[i - 2].norm in lexicon.genitive_links
            if side and taken[-1].norm not in lexicon.side_acts and not _heads_clause(taken[-1], lexicon):
                break  # सरकार की ओर से एएजी NAME: the side is not the speaker's
            quantity = taken[-1].norm in lexicon.more_than and (before.text[:1].isdigit() or before.norm in lexicon.count_words)
            if seat:  # झांसी से भाजपा सांसद NAME
                taken.append(w)
                i -= 1
                continue
            if side or quantity:  # संघ की ओर से वकील NAME; 300 से अधिक व्यापारियों
                taken.extend([w, before])
                i -= 2
                continue
        locative = w.norm in lexicon.locative_links and not _spoken_in(ws, i, taken, lexicon) and (
            any(t.norm in missions or t.norm in lexicon.envoys for t in taken)
            or (i > 0 and ws[i - 1].norm in institutions)
            or sum(1 for t in taken if t.norm in lexicon.genitive_links) >= 2
            or _place_opening(ws, i, taken, lexicon)
        )
        if w.text == "के" and taken and before is not None and before.text == "के" and taken[-1].is_word and taken[-1].norm not in lexicon.stop_words:
            taken.extend([w, before])  # प्रवक्ता के के मिश्रा: the initials K. K.
            i -= 2
            continue
        if w.norm in lexicon.genitive_links or locative:
            if taken and i > 0 and (_content(ws[i - 1], lexicon) or ws[i - 1].text in _QUOTE_MARKS + ")"):
                taken.append(w)
                i -= 1
                continue
            if taken and w.text == "के" and (i == 0 or ws[i - 1].text in ",:;"):
                initial = i  # के सिवन ने कहा: opening the sentence, के is the initial K
            if taken and i > 0 and ws[i - 1].norm in lexicon.standing_places:
                taken.extend([w, ws[i - 1]])  # वहां के लोगों: the place, then nothing more
                spot = True
            break
        if not _content(w, lexicon):
            break
        taken.append(w)
        i -= 1
    while taken and not spot and taken[-1].start not in named and not _content(taken[-1], lexicon) and taken[-1].text not in _QUOTE_MARKS:
        taken.pop()
    among = 1 <= i < len(ws) and ws[i].norm == _AMONG and ws[i - 1].norm.endswith(_OBLIQUE_PLURAL)
    if listed and among and (i == 1 or ws[i - 2].text in _SENTENCE_OPENERS):
        taken.extend([ws[i], ws[i - 1]])  # ग्रामीणों में नरेश कुमार, कपिल कुमार … ने: among whom the names are
    if taken and i >= 0 and ws[i].norm in lexicon.possessives and i + 1 < len(ws) and ws[i + 1] is taken[-1]:
        taken.append(ws[i])
    if relative >= 0 and not spot and not any(_content(w, lexicon) for w in taken[relative + 1:]):
        opens = relative == len(taken) - 1 and (i < 0 or ws[i].text in _SENTENCE_OPENERS)  # "। लौटे यात्रियों का कहना था"
        stays = relative < len(taken) and (taken[relative].norm in lexicon.standing or opens)
        del taken[relative + stays:]
    taken = _without_opener(taken, lexicon)
    if not any(w.is_word for w in taken):
        return None
    start = ws[initial].start if initial >= 0 and taken[-1] is ws[initial + 1] else taken[-1].start
    start = _after_ellipsis(taken, start)
    if not listed:
        start = _listed_before(ws, next(k for k, w in enumerate(ws) if w.start == taken[-1].start), lexicon, start)
    return SpeakerPhrase(start, taken[0].end, pronoun=False)


def _place_opening(ws: list[Word], i: int, taken: list[Word], lexicon: Lexicon) -> bool:
    """Whether the locative ``ws[i]`` follows a place of one or two words opening the sentence, before
    a phrase with a genitive in it (``तेलंगाना में चिलकुर मंदिर के पुजारी``, ``देवघर में एनडीआरएफ के
    अधिकारी``); not a pointer (``इस सम्मेलन में``) nor a gathering (``बैठक में विभाग के महानिदेशक``:
    ``occasions``)."""
    if not 1 <= i <= 2 or not any(t.norm in lexicon.genitive_links for t in taken):
        return False
    opening = ws[:i]
    return (
        all(_content(w, lexicon) for w in opening)
        and ws[0].norm not in lexicon.backward_demonstratives
        and not any(w.norm in lexicon.occasions for w in opening)
    )


def _spoken_in(ws: list[Word], i: int, taken: list[Word], lexicon: Lexicon) -> bool:
    """Whether the locative ``ws[i]`` follows a house the speaker speaks in (``लोकसभा में मंत्री X``)
    and no role held in it is ``taken`` (``विधानसभा में विपक्ष के नेता X``)."""
    return i > 0 and ws[i - 1].norm in lexicon.houses and not any(t.norm in lexicon.house_roles for t in taken)


def _listed_before(ws: list[Word], first: int, lexicon: Lexicon, start: int) -> int:
    """``तीमारदार ओमपाल, जितेंद्र, शिवकुमार, हरपाल ने``, ``डीएम कुमार रवि, एसएसपी गरिमा मलिक ने``: names
    listed with commas and no conjunction before the phrase at ``ws[first]``, each of at most
    ``_MAX_LISTED_WORDS`` plain words and no byline, the first opening its sentence; where the list
    starts, else ``start``. (A dateline with no date, ``नई दिल्ली, X ने``, reads as such a list.)"""
    k = first
    while k >= 2 and ws[k - 1].text == ",":
        j = k - 2
        while j >= 0 and k - 2 - j < _MAX_LISTED_WORDS and ws[j].is_word and _content(ws[j], lexicon):
            j -= 1
        if j == k - 2 or any(w.norm in lexicon.bylines for w in ws[j + 1:k - 1]):
            return start  # "…, X ने": no word before the comma to list; "संवाददाता, X ने": a byline
        if _dated(ws[k - 3:k - 1], lexicon):
            return start  # "पटना 27 मार्च, X ने": a dateline
        if any(w.norm in lexicon.relative_times for w in ws[j + 1:k - 1]):
            return start  # "पिछले महीने, X ने": a time, not a name
        if " ".join(w.norm for w in ws[j + 1:k - 1]) in lexicon.discourse_openers:
            return start  # "दूसरी ओर, X ने": an opener, not a name
        if ws[k - 2].norm in lexicon.auxiliaries or ws[k - 2].norm.endswith(lexicon.irrealis_endings):
            return start  # "पुतिन भारत आएंगे, क्रेमलिन ने": a clause ends before the comma
        if j < 0 or ws[j].text in _SENTENCE_OPENERS:
            if j >= 0 and ws[j].text == ":" and k - 2 - j > _PLAIN_LISTED_WORDS:
                return start  # "UN ने चेताया: सब लोग सतर्क रहें, X ने": after a headline's colon, a clause
            return ws[j + 1].start
        if ws[j].text != ",":
            return start  # "इस दौरान, X ने": what stands before the comma is no name
        k = j + 1
    return start


def _after_ellipsis(taken: list[Word], start: int) -> int:
    """``start`` moved past the last run of dots glued into a word of the phrase (``..पीठ``,
    ``सकता..न्यायमूर्ति``): what stands before an ellipsis is not the speaker."""
    for k, w in enumerate(taken):
        cut = max(w.text.rfind(".."), w.text.rfind("…"))
        if cut >= 0 and w.start + cut >= start:
            rest = w.text[cut:].lstrip(".…")
            return w.end - len(rest) if rest else taken[k - 1].start if k > 0 else start
    return start


def _without_opener(taken: list[Word], lexicon: Lexicon) -> list[Word]:
    """``taken`` (last word first) without a connective that opens the sentence before the
    speaker (``इसके बावजूद पूर्व कप्तान …``, ``एक तरफ विपक्षी दल …``, but not one a genitive ties
    into it: ``इस वर्ष के नोबेल विजेता``) or a date (``14 जनवरी सेना प्रमुख …``, ``चार नवंबर …``).
    (A pointer back at what was said, ``इसकी जानकारी …``, never gets into it: ``phrase_before``
    stops at its noun.)"""
    words = [w for w in reversed(taken) if w.is_word]
    for n in (2, 3):  # 14 (चार) जनवरी सेना प्रमुख …; चंबा 19 सितंबर X: a dateline's place and date; not 28 मार्च को जारी …
        if len(words) > n and _dated(words[n - 2:n], lexicon) and words[n].norm not in lexicon.relative_links:
            return _without_opener([w for w in taken if w.start >= words[n].start], lexicon)
    for n in (3, 2):
        if len(words) > n and " ".join(w.norm for w in words[:n]) in lexicon.discourse_openers and words[n].norm not in lexicon.genitive_links:
            return [w for w in taken if w.start >= words[n].start]
    return taken


def _ends_clause_before_and(word: Word, lexicon: Lexicon) -> bool:
    """Whether ``word`` is a verb that ends the clause before a conjunction (``टीम फाइनल में
    पहुंची और अय्यर ने कहा``): no speaker is coordinated with it."""
    return word.norm in lexicon.clause_ending_verbs or word.norm in lexicon.participles


def _future(word: Word) -> bool:
    """Whether ``word`` is a future verb (``करेगा``, ``छोड़ेंगे``), which ends a clause and is never part of a name."""
    norm = word.norm
    return norm not in _NOT_FUTURE and any(norm.endswith(ending) and len(norm) - len(ending) >= 2 for ending in _FUTURE_ENDINGS)


def _heads_clause(word: Word, lexicon: Lexicon) -> bool:
    """Whether ``word`` is a participle or an adjective of state, heading a relative clause before a name."""
    return word.norm in lexicon.participles or word.norm in lexicon.standing


def _dated(words: list[Word], lexicon: Lexicon) -> bool:
    """Whether ``words`` are a day and its month (``14 जनवरी``, ``चार नवंबर``)."""
    return (
        len(words) == 2
        and (words[0].text.isdigit() or words[0].norm in lexicon.day_numbers)
        and words[1].norm in lexicon.months
    )


def speaker_kind(text: str, lexicon: Lexicon, pronoun: bool) -> dict[str, str]:
    """``kind`` and ``mention`` attributes for a speaker phrase's text."""
    words = text.split()
    kind = ""
    for name, group in lexicon.kinds:
        if any(w in group for w in words):
            kind = name
    if pronoun:
        return {"kind": kind or "person", "mention": "pronoun"}
    mention = "descriptive" if kind and len(words) <= 2 else "named"
    if kind == "anonymous":
        mention = "descriptive"
    return {"kind": kind or "person", "mention": mention}
