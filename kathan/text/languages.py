"""What the sentence splitter and tokenizer do differently per language: abbreviations and joiners.

Hindi is the default and keeps its rules exactly (a full stop glued to the next word ends a
sentence, as BBC Hindi writes ``कहा.उन्होंने``; the dot of ``डॉ.`` is a token of its own, as
indic-nlp-library's trivial tokenizer has it). For the other languages a full stop glued
between two letters (``ஐ.பி.எல்``) ends nothing, the dot of an abbreviation or initial stays
in its token (``டி.``, ``ரூ.``: the Universal Dependencies convention), and Arabic-script
text keeps compounds written with ``_`` (``گروہ_واری``) whole.

Abbreviations are the language's short forms plus the Latin letters as spelled in its
script, which is how initials are written (``एम. करुणानिधि``, ``டி. ராஜேந்திரன்``). A word
of one grapheme cluster before a full stop counts as an initial outside Devanagari.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from kathan.text.scripts import DEFAULT_LANGUAGE, base_language, script_of_language

_LATIN = frozenset(
    {
        "dr", "mr", "mrs", "ms", "prof", "st", "jr", "sr", "lt", "col", "gen", "capt", "maj",
        "sgt", "gov", "govt", "hon", "rev", "no", "nos", "rs", "vs", "inc", "ltd", "co", "corp",
        "dept", "est", "fig", "approx", "mt", "ft", "vol", "pp", "op", "ed", "eds", "jan", "feb",
        "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    }
)

_BY_SCRIPT: dict[str, frozenset[str]] = {
    "Deva": frozenset(
        {
            # honorifics and short forms (डाॅ: डॉ typed as ा and the candra ॅ)
            "डॉ", "डाॅ", "डा", "श्री", "श्रीमती", "सुश्री", "कु", "प्रो", "स्व", "मो", "मु", "सं", "क्र", "पृ",
            "नं", "रु", "रू", "ई", "पू", "मि", "प्र",
            # Latin letters spelled out, as in initials (ए.पी.जे., एम. करुणानिधि)
            "ए", "बी", "सी", "डी", "एफ", "जी", "एच", "आई", "जे", "के", "एल", "एम", "एन", "ओ", "पी", "क्यू",
            "आर", "एस", "टी", "यू", "वी", "डब्ल्यू", "एक्स", "वाई", "वाय", "जेड", "ज़ेड",
        }
    ),
    "Taml": frozenset(
        {
            "ரூ", "டாக்", "திரு", "தி", "மு", "கி", "செ", "நா",
            "ஏ", "பி", "சி", "டி", "இ", "எஃப்", "ஜி", "எச்", "ஐ", "ஜே", "கே", "எல்", "எம்", "என்",
            "ஓ", "கியூ", "ஆர்", "எஸ்", "யு", "யூ", "வி", "டபிள்யூ", "எக்ஸ்", "ஒய்", "இசட்", "ஜெ",
        }
    ),
    "Telu": frozenset(
        {
            "రూ", "డా", "శ్రీ", "ఏ", "బి", "బీ", "సి", "సీ", "డి", "డీ", "ఇ", "ఎఫ్", "జి", "జీ",
            "హెచ్", "ఐ", "జె", "జే", "కె", "కే", "ఎల్", "ఎం", "ఎమ్", "ఎన్", "ఓ", "క్యూ", "ఆర్",
            "ఎస్", "టి", "టీ", "యు", "యూ", "వి", "వీ", "డబ్ల్యూ", "ఎక్స్", "వై", "జెడ్",
        }
    ),
    "Beng": frozenset(
        {
            "ডঃ", "ড", "ডা", "শ্রী", "মো", "মোঃ", "রু", "এ", "বি", "সি", "ডি", "ই", "এফ", "জি",
            "এইচ", "আই", "জে", "কে", "এল", "এম", "এন", "ও", "পি", "কিউ", "আর", "এস", "টি", "ইউ",
            "ভি", "ডব্লিউ", "এক্স", "ওয়াই", "জেড",
        }
    ),
    "Knda": frozenset(
        {
            "ರೂ", "ಡಾ", "ಶ್ರೀ", "ಎ", "ಬಿ", "ಸಿ", "ಡಿ", "ಇ", "ಎಫ್", "ಜಿ", "ಎಚ್", "ಐ", "ಜೆ", "ಕೆ", "ಎಲ್",
            "ಎಂ", "ಎನ್", "ಒ", "ಪಿ", "ಕ್ಯೂ", "ಆರ್", "ಎಸ್", "ಟಿ", "ಯು", "ವಿ", "ಡಬ್ಲ್ಯು", "ಎಕ್ಸ್", "ವೈ", "ಝಡ್",
        }
    ),
    "Mlym": frozenset(
        {
            "രൂ", "ഡോ", "ശ്രീ", "എ", "ബി", "സി", "ഡി", "ഇ", "എഫ്", "ജി", "എച്ച്", "ഐ", "ജെ", "കെ",
            "എൽ", "എം", "എൻ", "ഒ", "പി", "ക്യു", "ആർ", "എസ്", "ടി", "യു", "വി", "ഡബ്ല്യു", "എക്സ്", "വൈ",
        }
    ),
    "Gujr": frozenset({"ડૉ", "શ્રી", "રૂ", "એ", "બી", "સી", "ડી", "એફ", "જી", "એચ", "આઈ", "જે", "કે", "એલ", "એમ", "એન", "પી", "આર", "એસ", "ટી", "યુ", "વી"}),
    "Guru": frozenset({"ਡਾ", "ਸ੍ਰੀ", "ਰੁ", "ਏ", "ਬੀ", "ਸੀ", "ਡੀ", "ਐਫ", "ਜੀ", "ਐਚ", "ਆਈ", "ਜੇ", "ਕੇ", "ਐਲ", "ਐਮ", "ਐਨ", "ਪੀ", "ਆਰ", "ਐਸ", "ਟੀ", "ਯੂ", "ਵੀ"}),
    "Orya": frozenset({"ଡଃ", "ଶ୍ରୀ", "ଟ", "ଏ", "ବି", "ସି", "ଡି", "ଏଫ", "ଜି", "ଏଚ", "ଆଇ", "ଜେ", "କେ", "ଏଲ", "ଏମ", "ଏନ", "ପି", "ଆର", "ଏସ", "ଟି", "ୟୁ", "ଭି"}),
}


_SPEECH_VERBS: dict[str, tuple[str, ...]] = {
    "mr": ("म्हण", "सांगित", "विचार", "बोल"),
    "ur": ("کہا", "کہت", "کہن", "بتای", "پوچھا"),
    "bn": ("বল", "জানান", "জিজ্ঞেস"),
    "ta": ("என்றார்", "என்றனர்", "கூறினார்", "கூறின", "தெரிவித்த", "கேட்டார்"),
    "te": ("అన్నా", "అన్నారు", "చెప్పా", "అడిగా"),
    "gu": ("કહ્યું", "કહે", "પૂછ્યું"),
    "pa": ("ਕਿਹਾ", "ਦੱਸਿਆ", "ਪੁੱਛਿਆ"),
    "kn": ("ಹೇಳಿದ", "ಕೇಳಿದ"),
    "ml": ("പറഞ്ഞ", "ചോദിച്ച"),
    "or": ("କହିଲ", "ପଚାରିଲ"),
}
"""Stems of the verbs of saying that make a short clause after a quotation its reporting clause."""


@dataclass(frozen=True, slots=True)
class LanguageRules:
    """The segmentation rules of one language (see the module docstring)."""

    language: str
    abbreviations: frozenset[str]
    glued_stop_ends: bool
    """Whether a full stop between two letters (``कहा.उन्होंने``) ends a sentence."""
    short_word_is_initial: bool
    """Whether any one-cluster word before a full stop is an initial (``டி. ராஜா``)."""
    dot_in_abbreviation_token: bool
    """Whether the dot of an abbreviation or initial belongs to its token."""
    underscore_joins: bool
    """Whether ``_`` between two letters keeps a compound one token (Urdu ``گروہ_واری``)."""
    speech_verbs: tuple[str, ...]
    """Stems of verbs of saying: a closed quotation and a short clause after it holding one
    (``"…" ती म्हणाली.``) are one sentence; empty for Hindi, which keeps them apart."""

    @property
    def joins_reporting_clause(self) -> bool:
        return bool(self.speech_verbs)


@cache
def rules_for(language: str | None) -> LanguageRules:
    """The rules for ``language`` (ISO 639; None or ``""`` means Hindi)."""
    code = base_language(language) or DEFAULT_LANGUAGE
    script = script_of_language(code)
    script_code = script.code if script is not None else "Deva"
    native = _BY_SCRIPT.get(script_code, frozenset())
    if code == DEFAULT_LANGUAGE:
        return LanguageRules(code, native | _LATIN, True, False, False, False, ())
    devanagari = script_code == "Deva"
    return LanguageRules(
        language=code,
        abbreviations=native | _LATIN,
        glued_stop_ends=False,
        short_word_is_initial=not devanagari,
        dot_in_abbreviation_token=True,
        underscore_joins=script_code == "Arab",
        speech_verbs=_SPEECH_VERBS.get(code, ()),
    )
