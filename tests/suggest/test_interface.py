"""The Suggester protocol, the registry, records for storage, and the data files."""

from __future__ import annotations

import shutil
from importlib import resources
from pathlib import Path

import pytest

from kathan.model import Document, DocumentId, Origin
from kathan.schema import default_schema
from kathan.suggest import (
    DEFAULT_SUGGESTER,
    RuleSuggester,
    SuggestedLink,
    Suggester,
    Suggestion,
    get_suggester,
    register_suggester,
    suggester_names,
    to_annotated,
    to_records,
    unregister_suggester,
)
from kathan.suggest import registry
from kathan.suggest.lexicon import LexiconError, load_lexicon
from kathan.validate import check_relation, check_span

TEXT = "जिलाधिकारी ने कहा कि राहत शिविर तैयार हैं। उन्होंने कहा, सभी को भोजन मिलेगा।"


def document(text: str = TEXT) -> Document:
    return Document(DocumentId(7), "doc", "", text, "0" * 64)


class EchoSuggester:
    """A stand-in for a user's model: one QUOTE over the whole text."""

    name = "echo"

    def suggest(self, document: Document) -> list[Suggestion]:
        return [Suggestion("q", "QUOTE", ((0, len(document.text)),), 0.5)]


def test_rule_suggester_follows_the_protocol():
    suggester = get_suggester()
    assert isinstance(suggester, Suggester)
    assert isinstance(suggester, RuleSuggester)
    assert suggester.name == DEFAULT_SUGGESTER
    assert suggester.suggest(document())


def test_register_and_use_another_suggester():
    register_suggester("echo", EchoSuggester)
    try:
        assert "echo" in suggester_names()
        assert suggester_names()[0] == DEFAULT_SUGGESTER
        [only] = get_suggester("echo").suggest(document())
        assert only.fragments == ((0, len(TEXT)),)
        with pytest.raises(ValueError):
            register_suggester("echo", EchoSuggester)
        register_suggester("echo", EchoSuggester, replace=True)
    finally:
        unregister_suggester("echo")
    with pytest.raises(KeyError, match="echo"):
        get_suggester("echo")


def test_entry_points_are_loaded(monkeypatch: pytest.MonkeyPatch):
    class FakeEntryPoint:
        name = "plugin"

        @staticmethod
        def load() -> type[EchoSuggester]:
            return EchoSuggester

    def fake_entry_points(group: str) -> list[FakeEntryPoint]:
        assert group == "kathan.suggesters"
        return [FakeEntryPoint()]

    monkeypatch.setattr(registry, "entry_points", fake_entry_points)
    assert "plugin" in suggester_names()
    assert get_suggester("plugin").name == "echo"


def test_a_factory_that_is_no_suggester_is_refused():
    register_suggester("broken", lambda: object())  # type: ignore[arg-type,return-value]
    try:
        with pytest.raises(TypeError):
            get_suggester("broken")
    finally:
        unregister_suggester("broken")


def test_records_are_suggested_and_valid_for_the_default_schema():
    doc = document()
    suggestions = get_suggester().suggest(doc)
    spans, relations = to_records(suggestions, "hindi-rules")
    schema = default_schema()
    labels = {s.key: s.label for s in spans}
    assert spans and relations
    for span in spans:
        assert span.origin is Origin.SUGGESTED
        assert "confidence" in span.note and span.annotator == "hindi-rules"
        assert check_span(schema, doc.text, span.label, span.fragments, span.attributes) is None
    for relation in relations:
        assert relation.origin is Origin.SUGGESTED
        assert check_relation(schema, relation.type, labels[relation.head], labels[relation.tail]) is None
    assert {r.type for r in relations} >= {"said_by", "cued_by", "same_as"}


def test_to_annotated_keeps_links():
    doc = document("abc def")
    annotated = to_annotated(
        doc,
        [
            Suggestion("b", "SPEAKER", ((4, 7),), 0.9),
            Suggestion("a", "QUOTE", ((0, 3),), 0.9, links=(SuggestedLink("said_by", "b"),)),
        ],
    )
    assert [s.label for s in annotated.spans] == ["QUOTE", "SPEAKER"]
    [relation] = annotated.relations
    assert (relation.type, relation.head, relation.tail) == ("said_by", annotated.spans[0].id, annotated.spans[1].id)


def copy_data(tmp_path: Path) -> Path:
    folder = tmp_path / "suggest"
    folder.mkdir()
    for name in ("cues.toml", "speakers.toml", "quotes.toml"):
        shutil.copy(Path(str(resources.files("resources.suggest").joinpath(name))), folder / name)
    return folder


def test_a_linguist_can_add_a_cue_in_the_data_file(tmp_path: Path):
    text = "मंत्री ने फरमाया कि सब ठीक है।"
    assert not RuleSuggester().suggest(document(text))
    folder = copy_data(tmp_path)
    with open(folder / "cues.toml", "a", encoding="utf-8") as handle:
        handle.write('\n[[cue]]\nwords = "फरमाया"\nspeaker = "ergative"\nconfidence = 0.6\n')
    suggestions = RuleSuggester(load_lexicon(folder)).suggest(document(text))
    assert sorted(s.text_in(text) for s in suggestions) == ["फरमाया", "मंत्री", "सब ठीक है।"]


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ('speaker = "sideways"', "बोलना"),
        ('speaker = "ergative"\nbefore_complementizer = "yes"', "बोलना.*before_complementizer"),
    ],
)
def test_a_bad_data_file_names_the_entry(tmp_path: Path, entry: str, message: str):
    folder = copy_data(tmp_path)
    with open(folder / "cues.toml", "a", encoding="utf-8") as handle:
        handle.write(f'\n[[cue]]\nwords = "बोलना"\n{entry}\n')
    with pytest.raises(LexiconError, match=message):
        load_lexicon(folder)
