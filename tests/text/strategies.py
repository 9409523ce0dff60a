"""Hypothesis strategies for the text layer: Hindi news text with every hazard in it."""

from __future__ import annotations

import os

from hypothesis import settings
from hypothesis import strategies as st

DEVANAGARI = list("कखगघचछजझटठडढणतथदधनपफबभमयरलवशषसह") + list("अआइईउऊएऐओऔ")
SIGNS = list("ािीुूृेैोौॉॅ") + ["\u094d", "\u093c", "\u0901", "\u0902", "\u0903"]
NUKTA_LETTERS = [chr(c) for c in range(0x0958, 0x0960)]
CONJUNCTS = ["क्ष", "क्षि", "स्त्री", "द्वि", "त्र", "ज्ञ", "श्र", "दिल्\u200dली", "र्\u200d"]
LATIN = list("abcxyzABCXYZ") + ["e\u0301", "\u0301", "\u0300"]
DIGITS = list("0123456789") + list("०१२३४५६७८९")
PUNCTUATION = list(".,;:?!-()/@#_'\"“”‘’।॥…%₹") + ["''", "‘‘", "’’", "..."]
SPACES = [" ", " ", " ", "\u00a0", "\n", "\t", "\r\n", "\u200b"]
JOINERS = ["\u200d", "\u200c", "\u00ad"]
EMOJI = [
    "😀", "👍🏽", "👩\u200d💻", "👨\u200d👩\u200d👧", "🇮🇳", "🇺🇸", "🇮", "❤\ufe0f", "1\ufe0f\u20e3",
    "🏿", "\U0001F3FB", "🏴\U000E0067\U000E0062\U000E0065\U000E006E\U000E0067\U000E007F", "ℹ",
]
RARE = ["\u0600", "\u0d4e", "\u1100", "\u1161", "\u11a8", "\uac00", "\r", "\x00", "\U0001f170"]
URLS = ["https://भारत.सरकार/नीति", "www.bbc.com/hindi", "pmcares@sbi", "a.b@gmail.com", "@vkumar1969", "#भारत_रूस"]

PIECES = (
    DEVANAGARI * 3 + SIGNS * 2 + NUKTA_LETTERS + CONJUNCTS + LATIN + DIGITS + PUNCTUATION
    + SPACES * 3 + JOINERS + EMOJI + RARE + URLS
)

pieces = st.sampled_from(PIECES)

hindi_text = st.one_of(
    st.lists(pieces, max_size=60).map("".join),
    st.text(max_size=30),
)
"""Random Devanagari + emoji + Latin + marks + joiners + whitespace, and now and then anything."""

text_settings = settings(
    deadline=None,
    max_examples=3000 if os.environ.get("KATHAN_HYPOTHESIS") == "thorough" else 100,
)
"""Settings for the text layer's property tests: no deadline (the CI machine is shared);
``KATHAN_HYPOTHESIS=thorough`` runs 3,000 cases each."""
