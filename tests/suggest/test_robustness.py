"""Whatever the text, the detector returns well-formed suggestions (and never raises)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kathan.suggest import detect
from tests.suggest.helpers import assert_well_formed

PIECES = [
    "मंत्री", "ने", "कहा", "कि", "बताया", "उन्होंने", "के", "अनुसार", "मुताबिक", "का", "कहना", "है",
    "कहते", "हैं", "बोले", "ट्वीट", "कर", "एक्स", "पर", "पोस्ट", "किया", "जा", "रहा", "स्‍कूल", "उन्‍होंने",
    "यहां", "मौजूद", "डॉ.", "(सीएमओ)", "@handle", "2.5", "👍🏽", "क्‍", "ि", "\u200d", "\u00a0",
    '"', "“", "”", "''", "‘‘", "’’", "'", "‘", "’", ",", ":", "-", "।", " ।", ".", "?", "\n", "\n\n",
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES), max_size=60), st.lists(st.sampled_from(["", " "]), min_size=60, max_size=60))
def test_random_hindi_news_like_text(pieces: list[str], gaps: list[str]):
    text = "".join(piece + gap for piece, gap in zip(pieces, gaps))
    assert_well_formed(text, detect(text))


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=200))
def test_any_text(text: str):
    assert_well_formed(text, detect(text))


def test_no_speaker_of_a_space_carrying_a_stray_matra():
    """A space followed by a lone vowel sign is one cluster that cannot be trimmed: no span starts with it."""
    text = "मंत्री" * 7 + "डॉ. ि बोले\u00a0मंत्री मंत्री\u00a0मंत्री"
    suggestions = detect(text)
    assert_well_formed(text, suggestions)
    assert all(not text[start:end].startswith(" ") for s in suggestions for start, end in s.fragments)


@pytest.mark.parametrize(
    "text",
    [
        "दियारहा (भाषा)… ... डॉ.। मुताबिक के उन्होंने रहा” उन्होंने (भाषा)\n\n\n ‘‘ \" यहवालेदी '“। \n कि बोलेने’  । "
        "बताया  । का कहना साथ (भाषा) मंत्री‘ @handleपर हैं ' सलाह ,  ।मुताबिक ि \n ” कहनाजा कोकर \u00a0",
        "\"'' कि (सीएमओ)सलाहस्\u200dकूल ’’ डॉ., अनुसार : ’’ हैंपोस्टकि ट्वीट हैं का एक्स कर डॉ. कहा, '' मुताबिक बताया दी :ट्वीट उन्होंने\"",
    ],
)
def test_no_fragment_of_a_quote_starts_with_ki(text: str):
    """A कि opening a later fragment of a quote in marks, or a headline's content, is left out too."""
    assert_well_formed(text, detect(text))


@pytest.mark.parametrize(
    "text",
    [
        "मंत्री ने कहा कि नई सड़क अगले महीने बनेगी ’…",
        '"मंत्री, नई फिल्म को पारिवारिक कहानी बताते हैं।',
        "नई सड़क अगले महीने बनेगी... परिवहन मंत्री”\nसड़क बनेगी।",
    ],
)
def test_no_quote_mark_is_left_at_an_edge_by_the_new_rules(text: str):
    """A trailing ellipsis cut after a quote mark, a speaker before a comma opening with a mark,
    a headline's source after a run of dots closing with one: the marks stay out."""
    assert_well_formed(text, detect(text))


def test_a_stray_mark_after_a_dropped_ki_is_dropped_too() -> None:
    """Found by the property above: ``"कि 'मंत्री(सीएमओ)`` left a quote opening with a mark that
    pairs with nothing once कि was taken off."""
    text = "मंत्री" * 30 + "\n\"कि 'मंत्री(सीएमओ)"
    assert_well_formed(text, detect(text))
