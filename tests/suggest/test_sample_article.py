"""The sample article (ours, shipped in resources): the attributions its annotation guide lists."""

from __future__ import annotations

from kathan.suggest import detect
from tests.suggest.helpers import assert_well_formed, quotes


def test_embassy_posts_on_x_are_found(sample_text: str):
    posts = [f for f in quotes(sample_text) if f.attributes.get("medium") == "social_post"]
    assert len(posts) == 2
    first, second = posts
    assert first.quote.startswith("राजदूत @vkumar1969 ने विदेश मंत्री")
    assert first.quote.endswith("और मजबूत करेगा।"), "the stray closing “ extends the first post"
    assert (first.speaker, first.cue) == ("रूस में भारतीय दूतावास", "कहा")
    assert second.quote.startswith("राजदूत @vkumar1969 ने मुलाकात की")
    assert second.quote.endswith("आगे के कदमों पर चर्चा की"), "closed by a wrongly turned “"
    assert (second.speaker, second.cue) == ("भारतीय दूतावास", "पोस्ट किया")
    for post in posts:
        assert post.attributes == {"form": "direct", "medium": "social_post", "platform": "x", "factuality": "asserted"}


def test_ministry_statements_are_found(sample_text: str):
    ministry = [f for f in quotes(sample_text) if f.speaker == "विदेश मंत्रालय"]
    assert len(ministry) == 2
    assert all(f.cue == "कहा" for f in ministry)
    assert ministry[0].quote.startswith("राजनीतिक, सुरक्षा")
    assert ministry[0].attributes["medium"] == "statement"
    assert ministry[1].quote.startswith("भारत-रूस सैन्य तकनीकी सहयोग")
    assert ministry[1].attributes["form"] == "indirect"


def test_quoted_titles_are_not_quotes(sample_text: str):
    suggested = [f.quote for f in quotes(sample_text)]
    for title in ("भारत-रूस रणनीतिक साझेदारी पर घोषणा", "विशेष और विशेषाधिकार प्राप्त रणनीतिक साझेदारी"):
        assert not any(q.strip() == title for q in suggested)
        assert not any(q.startswith(title) for q in suggested)


def test_second_embassy_mention_is_same_as_the_first(sample_text: str):
    suggestions = detect(sample_text)
    speakers = {s.text_in(sample_text): s for s in suggestions if s.label == "SPEAKER"}
    link = speakers["भारतीय दूतावास"].link("same_as")
    assert link is not None and link.tail == speakers["रूस में भारतीय दूतावास"].key
    assert speakers["रूस में भारतीय दूतावास"].attributes["kind"] == "diplomatic_mission"
    assert speakers["विदेश मंत्रालय"].attributes["kind"] == "government_body"


def test_every_suggestion_is_well_formed(sample_text: str):
    suggestions = detect(sample_text)
    assert_well_formed(sample_text, suggestions)
    assert {s.label for s in suggestions} == {"QUOTE", "SPEAKER", "CUE"}
    for s in suggestions:
        if s.label == "QUOTE":
            assert {link.type for link in s.links} == {"said_by", "cued_by"}
