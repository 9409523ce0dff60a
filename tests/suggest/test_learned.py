"""The learned suggester on small invented projects: training, suggesting, determinism,
rejections, combining with the rules, and languages the rules do not cover."""

from __future__ import annotations

import hashlib
import random
from collections.abc import Callable
from dataclasses import replace

import pycrfsuite
import pytest

from kathan.evaluate import Match
from kathan.model import AnnotatedDocument, Document, DocumentId, DocumentStatus, Relation, RelationId, Span, SpanId
from kathan.schema import default_schema
from kathan.suggest import RuleSuggester, Suggestion
from kathan.suggest.base import SuggestedLink
from kathan.suggest.combined import CombinedSuggester, Verdicts
from kathan.suggest.learned import crf
from kathan.suggest.learned import LearnedModel, LearnedSuggester, ModelError, Review, Scope, TrainingDocument, train, training_document
from kathan.suggest.learned.crossval import cross_validate, folds
from kathan.suggest.learned.features import bio, runs, units
from kathan.suggest.learned.model import MAX_PER_DOCUMENT, SENTENCE_C1, SentenceChoice, _simplest_within_noise
from kathan.suggest.learned.sentences import ALL, CORE, Bounds, items, learn_bounds, sequence
from tests.suggest.invented import CLAIMS_HI, records


def annotated(count: int, seed: int = 3, language: str = "hi", prefix: str = "doc") -> list[AnnotatedDocument]:
    found = []
    for n, record in enumerate(records(count, seed, language, prefix), start=1):
        document = Document(DocumentId(n), record.name, "", record.text, hashlib.sha256(record.text.encode()).hexdigest(), language)
        ids = {s.key: SpanId(i) for i, s in enumerate(record.spans, start=1)}
        spans = tuple(Span(ids[s.key], document.id, s.label, s.fragments) for s in record.spans)
        relations = tuple(
            Relation(RelationId(i), document.id, r.type, ids[r.head], ids[r.tail]) for i, r in enumerate(record.relations, start=1)
        )
        found.append(AnnotatedDocument(document, spans, relations))
    return found


def training(count: int, **kwargs: object) -> list:
    return [training_document(a) for a in annotated(count, **kwargs)]  # type: ignore[arg-type]


def texts(document: Document, suggestions: list[Suggestion], label: str) -> list[str]:
    return [document.text[s.start:s.end] for s in suggestions if s.label == label]


def test_bio_tags_and_runs_round_trip_on_token_boundaries() -> None:
    """A span's tokens are tagged B, I, I and read back as the same token run."""
    text = "आज मौसम साफ रहा। मंत्री ने कहा कि सड़कें बनेंगी।"
    start = text.index("सड़कें")
    unit = units(text)[0]
    tags = bio(unit, [(start, start + len("सड़कें बनेंगी"))])
    assert tags.count("B") == 1 and tags.count("I") == 1
    (first, last), = runs(tags)
    assert (unit.tokens[first].start, unit.tokens[last - 1].end) == (start, start + len("सड़कें बनेंगी"))


def test_training_is_deterministic() -> None:
    """The same annotations give the same model, byte for byte."""
    docs = training(6)
    assert train(docs, default_schema()).to_bytes() == train(list(reversed(docs)), default_schema()).to_bytes()


def test_model_round_trips_through_bytes() -> None:
    model = train(training(6), default_schema())
    again = LearnedModel.from_bytes(model.to_bytes())
    assert again == model


def test_learned_suggester_finds_speakers_quotes_cues_and_links_in_an_unseen_article() -> None:
    """Trained on six invented articles, it annotates a seventh like its annotators did."""
    model = train(training(6), default_schema())
    unseen = annotated(1, seed=99, prefix="new")[0]
    suggestions = LearnedSuggester(model).suggest(unseen.document)
    gold = {(s.label, s.fragments) for s in unseen.spans if s.label in ("QUOTE", "SPEAKER", "CUE")}
    found = {(s.label, s.fragments) for s in suggestions if s.label in ("QUOTE", "SPEAKER", "CUE")}
    assert len(gold & found) >= len(gold) - 1
    by_key = {s.key: s for s in suggestions}
    said = [(s, by_key[s.link("said_by").tail]) for s in suggestions if s.label == "QUOTE" and s.link("said_by")]
    assert said and all(speaker.label == "SPEAKER" and speaker.end < quote.start for quote, speaker in said)
    assert all(0 <= s.confidence <= 1 for s in suggestions)


def test_claim_sentences_are_suggested_as_whole_sentences() -> None:
    """CLAIM, a label no rule proposes, is learned as a sentence label."""
    model = train(training(8), default_schema())
    assert "CLAIM" in model.sentences
    unseen = annotated(1, seed=42, prefix="new")[0]
    claims = texts(unseen.document, LearnedSuggester(model).suggest(unseen.document), "CLAIM")
    gold = texts(unseen.document, list(unseen.spans), "CLAIM")  # type: ignore[arg-type]
    assert claims and set(gold) <= set(claims)


def test_rejected_suggestion_becomes_a_negative_example() -> None:
    """Rejecting what the model proposes on an article teaches it not to propose it again."""
    docs = training(6)
    fresh = annotated(1, seed=5, prefix="new")[0]
    bare = AnnotatedDocument(fresh.document, (), ())
    model = train(docs, default_schema())
    proposed = [s for s in LearnedSuggester(model).suggest(bare.document) if s.label == "SPEAKER"]
    assert proposed
    rejected = tuple(Review("SPEAKER", s.fragments, "rejected") for s in proposed)
    reviewed = training_document(bare, rejected)
    assert reviewed is not None and reviewed.scope is Scope.TOUCHED
    retrained = train([*docs, reviewed, reviewed, reviewed], default_schema())
    again = {s.fragments for s in LearnedSuggester(retrained).suggest(bare.document) if s.label == "SPEAKER"}
    before = {s.fragments for s in proposed}
    assert len(again & before) < len(before)


def test_in_progress_document_trains_only_up_to_its_last_annotation() -> None:
    doc = annotated(1)[0]
    partial = AnnotatedDocument(
        Document(doc.document.id, doc.document.name, "", doc.document.text, doc.document.sha256, status=DocumentStatus.IN_PROGRESS),
        doc.spans[:3],
        (),
    )
    item = training_document(partial)
    assert item is not None and item.scope is Scope.UP_TO_LAST
    assert training_document(AnnotatedDocument(doc.document, (), ())) is None


def test_any_language_learned_alone_where_no_rules_cover_it() -> None:
    """Marathi articles: the rules cover only Hindi, so the combined suggester is the learned model."""
    docs = training(6, language="mr")
    rules = RuleSuggester()
    model = train(docs, default_schema(), rules)
    assert model.rules == ""
    unseen = annotated(1, seed=77, language="mr", prefix="new")[0]
    combined = CombinedSuggester(rules, LearnedSuggester(model, rules)).suggest(unseen.document)
    assert "महापौर सविता पाटील" in texts(unseen.document, combined, "SPEAKER") or "आयुक्त मोहन देशमुख" in texts(
        unseen.document, combined, "SPEAKER"
    ) or "डॉक्टर राधा जोशी" in texts(unseen.document, combined, "SPEAKER")
    assert all(s.rule.startswith("learned") for s in combined)


def test_rules_win_a_conflict_until_the_learned_model_is_the_winner() -> None:
    text = "आज मौसम साफ रहा। मंत्री अजय कुमार ने कहा कि सड़कें बनेंगी।"
    document = Document(DocumentId(1), "d", "", text, "x")
    start = text.index("अजय")
    rule = Suggestion("S1", "SPEAKER", ((start, start + len("अजय कुमार")),), 0.9, rule="rules")
    learned = Suggestion("L1", "SPEAKER", ((text.index("मंत्री"), start + len("अजय कुमार")),), 0.8, rule="learned")
    claim = Suggestion("L2", "CLAIM", ((0, text.index("।")),), 0.5, rule="learned")
    model = train(training(4), default_schema())
    for winners, expected in (({}, rule.fragments), ({"SPEAKER": "learned"}, learned.fragments)):
        combined = CombinedSuggester(None, LearnedSuggester(model), Verdicts(winners)).combine(document, [rule], [learned, claim])
        assert [s.fragments for s in combined if s.label == "SPEAKER"] == [expected]
        assert [s.label for s in combined].count("CLAIM") == 1


def test_a_label_won_by_the_rules_may_take_none_of_the_learned_models_extra_spans() -> None:
    text = "आज मौसम साफ रहा। मंत्री अजय कुमार ने कहा कि सड़कें बनेंगी।"
    document = Document(DocumentId(1), "d", "", text, "x")
    quote = (text.index("सड़कें"), len(text))
    rule = Suggestion("Q1", "QUOTE", (quote,), 0.9, rule="rules")
    extra = Suggestion("L1", "QUOTE", ((0, text.index("।")),), 0.8, rule="learned")
    model = train(training(4), default_schema())
    for winners, expected in (({}, [extra.fragments, rule.fragments]), ({"QUOTE": "rules only"}, [rule.fragments])):
        combined = CombinedSuggester(None, LearnedSuggester(model), Verdicts(winners)).combine(document, [rule], [extra])
        assert sorted(s.fragments for s in combined if s.label == "QUOTE") == expected


def test_a_rule_link_follows_the_span_a_learned_one_replaced() -> None:
    """The quote keeps both its cues when the learned model's ``कह रहे हैं`` replaces the rules'
    ``कह रहे``, though it still holds a cued_by link (to ``के अनुसार``) and so gets no learned one."""
    text = "रिपोर्ट के अनुसार मंत्री अजय कुमार कह रहे हैं कि सड़कें बनेंगी।"
    document = Document(DocumentId(1), "d", "", text, "x")
    cue = (text.index("कह"), text.index(" कि"))
    relay = (text.index("के"), text.index(" मंत्री"))
    rule_cues = [Suggestion("C1", "CUE", ((cue[0], cue[1] - len(" हैं")),), 0.9, rule="rules"), Suggestion("C2", "CUE", (relay,), 0.9, rule="rules")]
    links = (SuggestedLink("cued_by", "C1"), SuggestedLink("cued_by", "C2"))
    rule_quote = Suggestion("Q1", "QUOTE", ((text.index("सड़कें"), len(text)),), 0.9, links=links, rule="rules")
    learned_cue = Suggestion("L1", "CUE", (cue,), 0.8, rule="learned")
    model = train(training(4), default_schema())
    combined = CombinedSuggester(None, LearnedSuggester(model), Verdicts({"CUE": "learned"})).combine(document, [*rule_cues, rule_quote], [learned_cue])
    by_key = {s.key: s for s in combined}
    quote = next(s for s in combined if s.label == "QUOTE")
    assert sorted(by_key[link.tail].fragments for link in quote.links if link.type == "cued_by") == sorted([(relay,), (cue,)])


def test_cross_validation_keeps_the_rules_alone_where_the_learned_extras_score_no_better(monkeypatch: pytest.MonkeyPatch) -> None:
    """A learned model whose only quotes are wrong ones beside the rules' gives QUOTE to the
    rules alone, and SPEAKER too, where it adds nothing."""
    def wrong_quotes(self: LearnedSuggester, document: Document, rule_suggestions: list[Suggestion], links: bool = True) -> list[Suggestion]:
        return [Suggestion("L1", "QUOTE", ((0, 3),), 0.9, rule="learned")]

    monkeypatch.setattr(LearnedSuggester, "suggest_given", wrong_quotes)
    cv = cross_validate(training(6), default_schema(), RuleSuggester(), k=3)
    assert cv.verdicts.winners["QUOTE"] == "rules only" and cv.verdicts.winners["SPEAKER"] == "rules only"
    assert cv.verdicts.floors == {}
    assert cv.f1("combined", "QUOTE") == cv.f1("rules", "QUOTE")


class _RulesAltered:
    """The rules, each document's first span of ``label`` changed by ``alter`` (None drops it)."""

    name = "rules"

    def __init__(self, label: str, alter: Callable[[Suggestion], Suggestion | None]) -> None:
        self.rules = RuleSuggester()
        self.label = label
        self.alter = alter

    def covers(self, language: str | None, text: str = "") -> bool:
        return self.rules.covers(language, text)

    def suggest(self, document: Document) -> list[Suggestion]:
        found = self.rules.suggest(document)
        first = next(s for s in found if s.label == self.label)
        return [t for s in found if (t := self.alter(s) if s is first else s) is not None]


def test_cross_validation_keeps_the_learned_extras_from_the_confidence_that_scores_best(monkeypatch: pytest.MonkeyPatch) -> None:
    """The learned model adds each document's quote the rules miss, sure of it (0.99), and a
    wrong one, unsure (0.6): QUOTE keeps the rules and the learned quotes from 0.99 on, the
    highest confidence that keeps the right ones."""
    rules = _RulesAltered("QUOTE", lambda s: None)  # a quote only the learned model can add

    def sure_and_unsure(self: LearnedSuggester, document: Document, rule_suggestions: list[Suggestion], links: bool = True) -> list[Suggestion]:
        whole = self.rules.rules.suggest(document)  # type: ignore[union-attr]
        missed = next(s for s in whole if s.label == "QUOTE")
        return [replace(missed, key="L1", confidence=0.99, links=(), rule="learned"), Suggestion("L2", "QUOTE", ((0, 3),), 0.6, rule="learned")]

    monkeypatch.setattr(LearnedSuggester, "suggest_given", sure_and_unsure)
    cv = cross_validate(training(6), default_schema(), rules, k=3)  # type: ignore[arg-type]
    assert cv.verdicts.winners["QUOTE"] == "rules" and cv.verdicts.floors == {"QUOTE": 0.99}
    assert cv.f1("combined", "QUOTE") > cv.f1("rules", "QUOTE")
    assert "rules, learned from 0.99" in cv.format_table()


def test_cross_validation_lets_a_learned_span_this_sure_take_the_place_of_the_rule_spans(monkeypatch: pytest.MonkeyPatch) -> None:
    """The learned model proposes each document's first speaker with the right bounds (0.95):
    SPEAKER stays the rules', whose spans such a learned one replaces from 0.95 on."""
    rules = _RulesAltered("SPEAKER", lambda s: replace(s, fragments=((s.start, s.end - 1),)))  # bounds the learned model gets right

    def right_bounds(self: LearnedSuggester, document: Document, rule_suggestions: list[Suggestion], links: bool = True) -> list[Suggestion]:
        whole = self.rules.rules.suggest(document)  # type: ignore[union-attr]
        first = next(s for s in whole if s.label == "SPEAKER")
        return [replace(first, key="L1", confidence=0.95, links=(), rule="learned")]

    monkeypatch.setattr(LearnedSuggester, "suggest_given", right_bounds)
    cv = cross_validate(training(6), default_schema(), rules, k=3)  # type: ignore[arg-type]
    assert cv.verdicts.winners["SPEAKER"] == "rules only" and cv.verdicts.overrules == {"SPEAKER": 0.95} and cv.verdicts.floors == {}
    assert cv.f1("combined", "SPEAKER", Match.EXACT) > cv.f1("rules", "SPEAKER", Match.EXACT)
    assert "overruled from 0.95" in cv.format_table()


def test_a_learned_span_as_sure_as_the_overrule_takes_the_rule_spans_place_and_links() -> None:
    text = "आज मौसम साफ रहा। मंत्री अजय कुमार ने कहा कि सड़कें बनेंगी।"
    document = Document(DocumentId(1), "d", "", text, "x")
    name = text.index("अजय")
    rule_speaker = Suggestion("S1", "SPEAKER", ((name, name + len("अजय")),), 0.9, rule="rules")
    quote = Suggestion("Q1", "QUOTE", ((text.index("सड़कें"), len(text)),), 0.9, links=(SuggestedLink("said_by", "S1"),), rule="rules")
    learned = Suggestion("L1", "SPEAKER", ((text.index("मंत्री"), name + len("अजय कुमार")),), 0.95, rule="learned")
    model = train(training(4), default_schema())
    for overrules, expected in (({"SPEAKER": 0.9}, learned.fragments), ({"SPEAKER": 0.99}, rule_speaker.fragments), ({}, rule_speaker.fragments)):
        combined = CombinedSuggester(None, LearnedSuggester(model), Verdicts({"SPEAKER": "rules only"}, overrules=overrules)).combine(document, [rule_speaker, quote], [learned])
        speakers = [s for s in combined if s.label == "SPEAKER"]
        assert [s.fragments for s in speakers] == [expected]
        said_by = next(s for s in combined if s.label == "QUOTE").link("said_by")
        assert said_by is not None and said_by.tail == speakers[0].key
    learned_quote = Suggestion("L2", "QUOTE", ((text.index("सड़कें"), text.index("।", text.index("सड़कें"))),), 0.95, rule="learned")
    combined = CombinedSuggester(None, LearnedSuggester(model), Verdicts(overrules={"QUOTE": 0.9})).combine(document, [rule_speaker, quote], [learned_quote])
    [replaced] = [s for s in combined if s.label == "QUOTE"]
    assert replaced.fragments == learned_quote.fragments and replaced.link("said_by") is not None


def test_a_label_won_by_the_rules_takes_the_learned_extras_from_its_floor_on() -> None:
    text = "आज मौसम साफ रहा। कल बारिश हुई। मंत्री अजय कुमार ने कहा कि सड़कें बनेंगी।"
    document = Document(DocumentId(1), "d", "", text, "x")
    rule = Suggestion("Q1", "QUOTE", ((text.index("सड़कें"), len(text)),), 0.9, rule="rules")
    sure = Suggestion("L1", "QUOTE", ((0, text.index("।")),), 0.95, rule="learned")
    unsure = Suggestion("L2", "QUOTE", ((text.index("कल"), text.index("हुई") + 3),), 0.8, rule="learned")
    model = train(training(4), default_schema())
    for floors, expected in (({}, 3), ({"QUOTE": 0.9}, 2), ({"QUOTE": 0.99}, 1)):
        combined = CombinedSuggester(None, LearnedSuggester(model), Verdicts(floors=floors)).combine(document, [rule], [sure, unsure])
        assert [s.label for s in combined].count("QUOTE") == expected
    learned_wins = CombinedSuggester(None, LearnedSuggester(model), Verdicts({"QUOTE": "learned"}, {"QUOTE": 0.99}))
    assert [s.label for s in learned_wins.combine(document, [rule], [sure, unsure])].count("QUOTE") == 3


def test_cross_validation_keeps_the_rules_links_alone_where_the_learned_ones_score_worse(monkeypatch: pytest.MonkeyPatch) -> None:
    """A linker that ties every quote to a wrong speaker as well gives said_by to the rules alone."""
    def wrong_links(self: LearnedSuggester, text: str, suggestions: list[Suggestion], rule_suggestions: object = (),
                    keep: bool = False, language: object = None, without: object = ()) -> list[Suggestion]:
        if "said_by" in without:  # type: ignore[operator]
            return suggestions
        cues = [s.key for s in suggestions if s.label == "CUE"]
        return [replace(s, links=(*s.links, SuggestedLink("said_by", cues[0]))) if s.label == "QUOTE" and cues else s for s in suggestions]

    monkeypatch.setattr(LearnedSuggester, "link", wrong_links)
    cv = cross_validate(training(6), default_schema(), RuleSuggester(), k=3)
    assert cv.verdicts.winners["said_by"] == "rules only"
    assert cv.f1("combined", "said_by") == cv.f1("rules", "said_by")


def test_cross_validation_scores_rules_learned_and_combined_per_label() -> None:
    docs = training(6)
    cv = cross_validate(docs, default_schema(), RuleSuggester(), k=3)
    assert cv.documents == 6 and set(cv.reports) == {"rules", "learned", "combined"}
    assert cv.f1("learned", "SPEAKER") > 0.8
    assert cv.verdicts.winners["CLAIM"] == "learned"
    table = cv.format_table()
    assert "CLAIM" in table and "said_by" in table
    assert folds(["a", "b", "c", "d"], 2, seed=1) == folds(["d", "c", "b", "a"], 2, seed=1)


def test_training_takes_the_gold_layer_or_else_the_fullest_one() -> None:
    """Two annotators' layers are never learned at once: gold wins, else the fuller layer."""
    from dataclasses import replace

    doc = annotated(1)[0]
    asha = tuple(replace(s, annotator="asha") for s in doc.spans)
    ravi = tuple(replace(s, id=SpanId(100 + s.id), annotator="ravi") for s in doc.spans[:3])
    both = AnnotatedDocument(doc.document, asha + ravi, ())
    assert {s.annotator for s in training_document(both).annotated.spans} == {"asha"}  # type: ignore[union-attr]
    gold = tuple(replace(s, id=SpanId(200 + s.id), annotator="gold") for s in doc.spans[:2])
    item = training_document(AnnotatedDocument(doc.document, asha + ravi + gold, ()))
    assert item is not None and {s.annotator for s in item.annotated.spans} == {"gold"} and len(item.annotated.spans) == 2


class _Stop(Exception):
    pass


def test_a_check_that_raises_stops_training_between_crfsuite_iterations() -> None:
    """Training calls its check between documents, labels and CRFsuite's iterations, and the
    check's exception stops it wherever it comes, inside one CRF's training too."""
    docs = training(6)
    calls = 0

    def count() -> None:
        nonlocal calls
        calls += 1

    train(docs, default_schema(), check=count)
    assert calls > 6 * 10, "the check runs inside CRFsuite's iterations, not only between documents"
    for stop_at in (1, 10, calls // 2, calls):
        seen = 0

        def stop(at: int = stop_at) -> None:
            nonlocal seen
            seen += 1
            if seen >= at:
                raise _Stop

        with pytest.raises(_Stop):
            train(docs, default_schema(), check=stop)
        assert seen == stop_at


def test_a_stopped_crf_training_raises_from_inside_crfsuite() -> None:
    """One CRF's training, stopped at its fifth message, raises the check's exception and writes no model."""
    unit = units("मंत्री ने कहा कि सड़कें बनेंगी।")[0]
    sequence = [(pycrfsuite.ItemSequence([list(f) for f in unit.features]), ["B", "O", "O", "O", "I", "I", "O"][: len(unit.tokens)])]
    seen = 0

    def stop() -> None:
        nonlocal seen
        seen += 1
        if seen == 5:
            raise _Stop

    with pytest.raises(_Stop):
        crf.train(sequence, check=stop)
    assert crf.train(sequence) is not None


def test_a_sentence_the_article_repeats_is_suggested_once() -> None:
    """A claim the article repeats word for word takes one of the document's claim slots, not two."""
    model = train(training(8), default_schema())
    model = replace(model, sentences={"CLAIM": replace(model.sentences["CLAIM"], per_document=2)})
    first, second = "इस साल जिले में 40 नए स्कूल खुले", "पिछले महीने 12 हजार लोगों का टीकाकरण हुआ"
    text = f"{first}। मौसम आज साफ रहा। {first}। बाजार में भीड़ कम दिखी। {second}।"
    document = Document(DocumentId(99), "repeats", "", text, hashlib.sha256(text.encode()).hexdigest())
    claims = texts(document, LearnedSuggester(model).suggest(document), "CLAIM")
    assert sorted(claims) == sorted([first, second])


def test_sentence_features_name_the_unit_after_a_number() -> None:
    """The word after a number (``40 नए``, ``12 हजार``) is a feature of its sentence: counts are what claims are made of."""
    (item,) = items("पिछले महीने 12 हजार लोगों का टीकाकरण हुआ।", {})
    assert "unit=हजार" in item.features and "digit" in item.features


def test_rules_and_learned_model_tokenize_a_document_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The combined suggester reads one text layer per document: the rules and the learned model share it."""
    import kathan.suggest.segment as segment

    model = train(training(6), default_schema(), RuleSuggester())
    combined = CombinedSuggester(RuleSuggester(), LearnedSuggester(model, RuleSuggester()))
    calls: list[str] = []
    real = segment.tokenize
    monkeypatch.setattr(segment, "tokenize", lambda text, language=None: calls.append(text) or real(text, language))
    document = annotated(1, seed=77, prefix="fresh")[0].document
    assert combined.suggest(document)
    assert calls == [document.text]


def test_a_claim_inside_a_rule_quote_is_proposed_as_the_quote() -> None:
    """In a sentence holding a rule's quote, the clause proposed is the quote, without ``कि`` and the end mark."""
    text = "मंत्री ने कहा कि जिले में 40 नए स्कूल खुले हैं।"
    quote = text.index("जिले"), len(text)
    (item,) = items(text, {"r:QUOTE": [quote]})
    assert text[slice(*item.clause)] == "जिले में 40 नए स्कूल खुले हैं"
    assert "clause=quote" in item.features


def test_a_rule_quote_running_on_over_two_sentences_marks_the_clause_of_each() -> None:
    """A quote that runs on past its sentence (``… कहा कि A। इससे B होगा।``) still tells each
    sentence that its clause is the quote's part in it."""
    text = "मंत्री ने कहा कि जिले में 40 नए स्कूल खुलेंगे। इससे बच्चों को पास में पढ़ाई मिलेगी।"
    quote = text.index("जिले"), len(text)
    first, second = items(text, {"r:QUOTE": [quote]})
    assert text[slice(*first.clause)] == "जिले में 40 नए स्कूल खुलेंगे"
    assert "clause=quote" in first.features


def test_bounds_are_learned_from_where_annotators_start_and_end_claims() -> None:
    """A word seen twice right before claims inside sentences (and never inside one) opens a
    clause; one seen twice right after claims closes it."""
    first = "बता दें कि राज्य में 52 मामले सामने आए हैं, लेकिन कोई मौत नहीं हुई।"
    second = "बता दें कि शहर में 12 स्कूल बंद रहेंगे, लेकिन दफ्तर खुले रहेंगे।"
    spans = [(t.index("राज्य" if t is first else "शहर"), t.index(", लेकिन")) for t in (first, second)]
    bounds = learn_bounds([(first, "hi", [spans[0]]), (second, "hi", [spans[1]])])
    assert bounds == Bounds(frozenset({"कि"}), frozenset({"लेकिन"}))
    text = "बता दें कि गांव में 30 नए कुएं खोदे गए हैं, लेकिन पानी कम है।"
    (item,) = items(text, {}, "hi", bounds)
    assert text[slice(*item.clause)] == "गांव में 30 नए कुएं खोदे गए हैं"


def test_a_clause_keeps_at_least_three_words() -> None:
    """An opener late in the sentence or a closer right after its start cuts nothing."""
    text = "सरकार ने कहा कि बात ठीक है।"
    (item,) = items(text, {}, "hi", Bounds(frozenset({"कि"}), frozenset({"ने"})))
    assert item.clause == (item.start, item.end)


def test_claim_count_and_regularisation_are_chosen_on_the_training_documents() -> None:
    """The sentence classifier's count per document and L1 weight come from its inner cross-validation."""
    model = train(training(8), default_schema())
    claims = model.sentences["CLAIM"]
    assert 1 <= claims.per_document <= MAX_PER_DOCUMENT and float(claims.per_document).is_integer()
    assert train(training(8), default_schema()).to_bytes() == model.to_bytes()
    assert min(SENTENCE_C1) > 0


def test_a_model_stored_before_clause_bounds_still_loads() -> None:
    """A stored sentence model without bounds (two items) reads as one proposing whole sentences."""
    import json

    model = train(training(8), default_schema())
    data = json.loads(model.to_bytes())
    data["sentences"] = {k: v[:2] for k, v in data["sentences"].items()}
    again = LearnedModel.from_bytes(json.dumps(data).encode())
    assert again.sentences["CLAIM"].bounds == Bounds()
    assert again.sentences["CLAIM"].model == model.sentences["CLAIM"].model



def _three_claims(count: int) -> list:
    """Articles with three claims each among three plain sentences."""
    rng = random.Random(5)
    plain = ["सड़क किनारे पेड़ लगे हैं", "बच्चे मैदान में खेलते रहे", "दुकानें शाम तक खुली रहीं", "गांव में मेला लगा है"]
    docs = []
    for n in range(count):
        pieces = [(p, False) for p in rng.sample(plain, 3)] + [(c, True) for c in CLAIMS_HI]
        rng.shuffle(pieces)
        docs.append(_claim_article(n + 1, f"dense{n}", pieces))
    return docs


def _claim_article(number: int, name: str, pieces: list[tuple[str, bool]], opening: str = "") -> TrainingDocument | None:
    """A training document of ``opening`` and then the sentences of ``pieces``, those flagged True marked CLAIM."""
    text, spans = opening, []
    for sentence, claim in pieces:
        if claim:
            spans.append(((len(text), len(text) + len(sentence)),))
        text += sentence + "। "
    text = text.rstrip()
    document = Document(DocumentId(number), name, "", text, hashlib.sha256(text.encode()).hexdigest())
    found = tuple(Span(SpanId(i), document.id, "CLAIM", f) for i, f in enumerate(spans, start=1))
    return training_document(AnnotatedDocument(document, found, ()))


def test_the_claim_count_is_not_chosen_below_what_the_training_documents_hold(monkeypatch: pytest.MonkeyPatch) -> None:
    """However few clauses the inner cross-validation prefers (here: as few as possible, the
    token CRF out of the race), the count per document is at least the annotated density of the
    training documents (three)."""
    import kathan.suggest.learned.model as model_module

    real = crf.train
    monkeypatch.setattr(crf, "train", lambda examples, params=None, check=crf.no_check: None if params is None else real(examples, params, check))
    monkeypatch.setattr(model_module, "_f1", lambda found, gold: -float(sum(map(len, found))) if any(found) else -1e9)
    model = train(_three_claims(8), default_schema())
    assert model.sentences["CLAIM"].per_document == 3


def test_a_sentence_is_placed_in_the_body_and_among_the_sentences_stating_a_number() -> None:
    """The lead has ``body<=0`` (and every later step); the first body sentence with a number
    ``nth:digit<=0``, the next ``nth:digit<=1`` and not ``<=0``: the headline is neither counted
    nor placed."""
    text = "जिले में 3 नई सड़कें बनीं\n\nशहर में बारिश हुई। इस साल 40 नए स्कूल खुले। मौसम साफ रहा। पिछले महीने 12 हजार लोगों का टीकाकरण हुआ।"
    headline, lead, schools, weather, vaccines = items(text, {}, "hi")
    assert "headline" in headline.features
    assert not any(f.startswith(("body=", "nth:")) for f in headline.features)
    assert {f for f in lead.features if f.startswith("body")} == {"body<=0", "body<=1", "body<=2", "body<=3", "body<=5", "body<=10", "body<=20"}
    assert not any(f.startswith("nth:") for f in lead.features)
    assert "body<=1" in schools.features and "body<=0" not in schools.features
    assert {f for f in schools.features if f.startswith("nth:")} == {"nth:digit<=0", "nth:digit<=1", "nth:digit<=2"}
    assert not any(f.startswith("nth:") for f in weather.features)
    assert {f for f in vaccines.features if f.startswith("nth:")} == {"nth:digit<=1", "nth:digit<=2"}
    assert "body<=3" in vaccines.features and "body<=2" not in vaccines.features


def test_the_fourth_sentence_stating_a_number_and_every_later_one_have_no_ordinal() -> None:
    text = "खबर का शीर्षक\n\n" + " ".join(f"गांव में {n} नए कुएं खुदे।" for n in range(10, 16))
    ordinals = [min((f for f in item.features if f.startswith("nth:")), default="") for item in items(text, {}, "hi")[1:]]
    assert ordinals == ["nth:digit<=0", "nth:digit<=1", "nth:digit<=2", "", "", ""]


def test_the_core_feature_set_keeps_only_where_a_sentence_stands_and_whether_it_states_a_number() -> None:
    text = "खबर का शीर्षक\n\nमंत्री ने कहा कि इस साल 40 नए स्कूल खुले।"
    quote = text.index("इस"), len(text)
    item = items(text, {"r:QUOTE": [quote]}, "hi")[1]
    assert {"r:QUOTE", "unit=नए", "first=मंत्री", "clause=quote"} <= set(item.features)
    (core,) = sequence(item, CORE).items()
    assert set(core) == {"b", "digit", "nth:digit<=0", "nth:digit<=1", "nth:digit<=2"} | {f for f in item.features if f.startswith("body<=")}
    assert "body<=0" in core
    (every,) = sequence(item, ALL).items()
    assert set(every) == set(item.features)


def test_the_simplest_classifier_within_one_standard_error_of_the_best_is_chosen() -> None:
    """All features score 0.85 at best, the core features 0.80 (c1 1.0, four clauses): within
    one standard error (0.1 over the documents) the core features win, with their own best c1
    and count; with no spread over the documents, or the core further behind, all features."""
    scores = {
        (ALL, 1.0, 3): 0.85,
        (ALL, 4.0, 3): 0.70,
        (CORE, 1.0, 3): 0.70,
        (CORE, 1.0, 4): 0.80,
        (CORE, 4.0, 3): 0.60,
        (CORE, 4.0, 4): 0.65,
    }
    assert _simplest_within_noise(scores, [0.65, 1.05, 0.65, 1.05]) == SentenceChoice(1.0, 4, CORE)
    assert _simplest_within_noise(scores, [0.85, 0.85, 0.85, 0.85]) == SentenceChoice(1.0, 3, ALL)
    assert _simplest_within_noise({**scores, (CORE, 1.0, 4): 0.74}, [0.65, 1.05, 0.65, 1.05]) == SentenceChoice(1.0, 3, ALL)
    assert _simplest_within_noise({**scores, (CORE, 4.0, 4): 0.80}, [0.65, 1.05, 0.65, 1.05]) == SentenceChoice(4.0, 4, CORE)


def test_a_stored_sentence_model_keeps_its_feature_set() -> None:
    """The feature set travels with the stored model; one stored without it (four items) sees
    all features, and a set this Kathan does not know is refused."""
    import json

    model = train(training(8), default_schema())
    claims = model.sentences["CLAIM"]
    assert LearnedModel.from_bytes(model.to_bytes()).sentences["CLAIM"].features == claims.features
    data = json.loads(model.to_bytes())
    data["sentences"] = {k: v[:4] for k, v in data["sentences"].items()}
    assert LearnedModel.from_bytes(json.dumps(data).encode()).sentences["CLAIM"].features == ALL
    data["sentences"] = {k: [*v[:4], "some"] for k, v in data["sentences"].items()}
    with pytest.raises(ModelError, match="train again"):
        LearnedModel.from_bytes(json.dumps(data).encode())


def test_a_model_stored_in_the_first_format_is_trained_again() -> None:
    """Sentence classifiers of format 1 saw other features: such a model is refused, not misread."""
    import json

    data = json.loads(train(training(4), default_schema()).to_bytes())
    data["format"] = 1
    with pytest.raises(ModelError, match="format 1.*train again"):
        LearnedModel.from_bytes(json.dumps(data).encode())


def _claims_by(kind: str, count: int = 10) -> list:
    """Articles (a headline paragraph, then seven sentences) whose claims are either the lead and
    the first sentence stating a number (``place``) or the sentences saying ``दावा`` wherever
    they stand (``word``)."""
    rng = random.Random(11)
    plain = ["सड़क किनारे पेड़ लगे हैं", "बच्चे मैदान में खेलते रहे", "दुकानें शाम तक खुली रहीं", "गांव में मेला लगा है", "नदी का पानी साफ है", "बाजार में भीड़ कम रही"]
    figures = ["जिले में {} नए स्कूल खुले", "शहर में {} पेड़ लगाए गए", "गांव के {} घरों में बिजली पहुंची"]
    said = ["संघ ने वेतन बढ़ने का दावा किया", "नेता ने जीत का दावा किया", "कंपनी ने मुनाफे का दावा किया"]
    docs = []
    for n in range(count):
        body = rng.sample(plain, 4) + [rng.choice(figures).format(rng.randint(10, 99)) for _ in range(2)] + [rng.choice(said)]
        rng.shuffle(body)
        first_figure = next(i for i, sentence in enumerate(body) if any(c.isdigit() for c in sentence))
        pieces = [(sentence, "दावा" in sentence if kind == "word" else i in (0, first_figure)) for i, sentence in enumerate(body)]
        docs.append(_claim_article(n + 1, f"{kind}{n}", pieces, "आज की खबर\n\n"))
    return docs


@pytest.mark.parametrize(("kind", "features"), [("place", CORE), ("word", ALL)])
def test_the_feature_set_follows_what_tells_the_claims_apart(kind: str, features: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Claims told apart by where they stand (the lead, the first figure) are learned from the
    core features; claims told apart by a word need all of them (the token CRF, which would
    learn the word too, kept out of the race)."""
    real = crf.train
    monkeypatch.setattr(crf, "train", lambda examples, params=None, check=crf.no_check: None if params is None else real(examples, params, check))
    assert train(_claims_by(kind), default_schema()).sentences["CLAIM"].features == features


def test_verdicts_round_trip_through_a_stored_models_info_and_read_one_stored_before_floors() -> None:
    verdicts = Verdicts({"QUOTE": "rules", "CUE": "learned"}, {"QUOTE": 0.99}, {"SPEAKER": 0.9})
    assert Verdicts.from_info({**verdicts.to_info(), "seed": 0}) == verdicts
    assert Verdicts.from_info({"winners": {"QUOTE": "rules only"}, "seed": 0}) == Verdicts({"QUOTE": "rules only"})
    assert verdicts.describe("QUOTE") == "rules, learned from 0.99" and verdicts.describe("SPEAKER") == "overruled from 0.9"


def test_a_tagger_keeps_the_model_bytes_it_reads_in_place() -> None:
    """CRFsuite reads a model opened from memory in place: a tagger given the only reference to
    its bytes must keep them, or it reads freed memory once they are collected."""
    data = [(pycrfsuite.ItemSequence([{f"w{i}": 1.0, f"v{i % 7}": 1.0}]), ["A" if i % 3 else "B"]) for i in range(300)]
    blob = crf.train(data)
    assert blob is not None
    kept = crf.Tagger(blob)
    alone = crf.Tagger(bytes(bytearray(blob)))  # no one else holds these bytes
    churn = [bytes([i % 251]) * len(blob) for i in range(200)]
    features = pycrfsuite.ItemSequence([{"w5": 1.0, "v5": 1.0}])
    assert alone.probability(features, "A") == kept.probability(features, "A")
    assert churn
