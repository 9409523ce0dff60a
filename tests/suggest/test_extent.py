"""The learned extent: a project whose annotators run quotes on over the next sentence where the
rules stop teaches the combined suggester to do the same, and only where it helps."""

from __future__ import annotations

import hashlib
import json
import random

from kathan.model import AnnotatedDocument, Document, DocumentId, Relation, RelationId, Span, SpanId
from kathan.schema import default_schema
from kathan.suggest import RuleSuggester
from kathan.suggest.combined import CombinedSuggester
from kathan.suggest.learned import LearnedModel, LearnedSuggester, TrainingDocument, train, training_document
from kathan.suggest.learned.extent import MAX_RUN, Step, examples, next_step, run_on, span_features, steps
from kathan.suggest.segment import layer

SPEAKERS = ["राम प्रसाद", "सीता देवी", "मोहन लाल", "गीता शर्मा", "अजय सिंह", "रेखा वर्मा"]
CONTENTS = ["सड़क किनारे पेड़ लगे थे", "बच्चे मैदान में खेलते रहे थे", "दुकानें शाम तक खुली रही थीं", "गांव में मेला लगा था"]
GOES_ON = "सचमुच"
"""The word with which, in this invented project, the speaker's next sentence opens: the annotators
run the quote on over it; a sentence without it is the reporter's."""
AFTERS = ["नदी का पानी साफ था", "खेतों में धान खड़ा था", "बाजार में भीड़ कम थी", "स्कूल में छुट्टी थी"]


def _document(number: int, paragraphs: list[tuple[str, str, bool]], run_on: bool = True) -> TrainingDocument:
    """Paragraphs ``X ने कहा कि C। N।``, N opening with ``GOES_ON`` where flagged; the QUOTE runs on
    over N where flagged and ``run_on`` (the annotators' convention), with its SPEAKER and CUE linked."""
    text, spans, relations = "", [], []
    for speaker, content, goes_on in paragraphs:
        after = f"{GOES_ON} {AFTERS[len(spans) % len(AFTERS)]}" if goes_on else AFTERS[len(spans) % len(AFTERS)]
        head = f"{speaker} ने कहा कि "
        s0 = len(text)
        q0 = s0 + len(head)
        q1 = q0 + len(content) + 1  # with its end mark, as the gold has it
        line = f"{head}{content}। {after}।"
        if goes_on and run_on:
            q1 = s0 + len(line)
        n = len(spans)
        spans += [
            Span(SpanId(n + 1), DocumentId(number), "SPEAKER", ((s0, s0 + len(speaker)),)),
            Span(SpanId(n + 2), DocumentId(number), "CUE", ((s0 + len(speaker) + 4, s0 + len(speaker) + 7),)),
            Span(SpanId(n + 3), DocumentId(number), "QUOTE", ((q0, q1),)),
        ]
        relations += [
            Relation(RelationId(len(relations) + 1), DocumentId(number), "said_by", SpanId(n + 3), SpanId(n + 1)),
            Relation(RelationId(len(relations) + 2), DocumentId(number), "cued_by", SpanId(n + 3), SpanId(n + 2)),
        ]
        text += line + "\n"
    document = Document(DocumentId(number), f"d{number:02}", "", text, hashlib.sha256(text.encode()).hexdigest())
    found = training_document(AnnotatedDocument(document, tuple(spans), tuple(relations)))
    assert found is not None
    return found


def project(count: int, run_on: bool = True, seed: int = 1) -> list[TrainingDocument]:
    rng = random.Random(seed)
    docs = []
    for n in range(1, count + 1):
        flags = [True, True, False, False]
        rng.shuffle(flags)
        docs.append(_document(n, [(rng.choice(SPEAKERS), rng.choice(CONTENTS), f) for f in flags], run_on))
    return docs


def quotes(suggester: CombinedSuggester, document: Document) -> list[str]:
    return [document.text[s.start:s.end] for s in suggester.suggest(document) if s.label == "QUOTE"]


def test_the_next_sentence_is_found_only_after_a_span_that_fills_its_own() -> None:
    text = "राम ने कहा कि पेड़ लगे थे। नदी साफ थी।\nअगला पैरा है।"
    text_layer = layer(text)
    end = text.index("।")
    assert next_step(text_layer, end) == Step(text.index("नदी"), text.index("थी।") + 2)
    assert next_step(text_layer, end - 3) is None  # stops inside its sentence
    assert next_step(text_layer, text.index("थी।") + 2) is None  # the paragraph ends


def _first_sentences(text: str, spans: list[tuple[tuple[int, int], ...]]) -> list[tuple[tuple[int, int], ...]]:
    """Each span cut at the end mark of its first sentence, as the rules propose it."""
    return [((f[0][0], text.index("।", f[0][0]) + 1),) for f in spans]


def test_examples_say_where_annotated_spans_go_on_past_the_rules_and_where_they_stop() -> None:
    doc = project(1)[0]
    text = doc.annotated.document.text
    spans = [s.fragments for s in doc.annotated.spans if s.label == "QUOTE"]
    found = list(examples(layer(text), _first_sentences(text, spans), spans, {}))
    tags = [(text[step.start:step.end].split()[0] == GOES_ON, tag) for step, _, tag in found]
    assert sorted(tags) == [(False, "0"), (False, "0"), (True, "1"), (True, "1")]
    assert all("span:after=कि" in features for _, features, _ in found)


def test_examples_begin_after_the_rules_span_and_only_where_it_meets_an_annotated_one() -> None:
    text = "क ने कहा कि अ है। ब है। ग है। घ है।"
    two = ((text.index("अ"), text.index("ग") - 1),)
    three = ((text.index("अ"), text.index("घ") - 1),)
    found = list(examples(layer(text), [two], [three], {}))
    assert [(text[step.start:step.end], tag) for step, _, tag in found] == [("ग है", "1"), ("घ है", "0")]
    assert [ran for _, ran in steps(layer(text), two, [])] == [1, 2]
    elsewhere = ((text.index("घ"), len(text)),)
    assert list(examples(layer(text), [two], [elsewhere], {})) == []


def test_the_span_is_seen_by_its_length_the_words_before_it_and_the_marks_there() -> None:
    text = "पहला वाक्य है। राम ने कहा कि पुल बन गया है। नदी साफ है।"
    quote = ((text.index("पुल"), text.index("नदी") - 1),)
    cue = (text.index("कहा"), text.index("कहा") + 3)
    later = (text.index("नदी"), text.index("नदी") + 3)
    found = span_features(layer(text), quote, {"r:CUE": [cue], "r:SPEAKER": [later]})
    assert sorted(found) == ["span:after=कहा", "span:after=कि", "span:len=6", "span:r:CUE=कहा"]


class Always:
    """A classifier that always says the span goes on."""

    def probability(self, features: object, label: str) -> float:
        return 1.0


def test_a_run_stops_at_another_span_of_the_label_at_the_paragraph_end_and_after_max_run() -> None:
    text = "क ने कहा कि अ है। ब है। ग है। घ है।\nअगला है।"
    text_layer = layer(text)
    first = ((text.index("अ"), text.index("ब") - 1),)
    assert text[slice(*run_on(text_layer, first, [], {}, Always())[0])] == "अ है। ब है। ग है। घ है।"  # type: ignore[arg-type]
    other = (text.index("ग"), text.index("घ") - 1)
    assert text[slice(*run_on(text_layer, first, [other], {}, Always())[0])] == "अ है। ब है।"  # type: ignore[arg-type]
    long = "क ने कहा कि " + " ".join(f"वाक्य {n} है।" for n in range(MAX_RUN + 3))
    start = long.index("वाक्य")
    ran = run_on(layer(long), ((start, long.index("।") + 1),), [], {}, Always())  # type: ignore[arg-type]
    assert long[slice(*ran[0])].count("।") == MAX_RUN + 1
    bare = ((text.index("अ"), text.index("।")),)
    assert text[slice(*run_on(text_layer, bare, [], {}, Always())[0])] == "अ है। ब है। ग है। घ है"  # type: ignore[arg-type]


def test_the_combined_suggester_runs_quotes_on_as_the_project_does() -> None:
    rules = RuleSuggester()
    model = train(project(10), default_schema(), rules)
    assert "QUOTE" in model.extents
    combined = CombinedSuggester(rules, LearnedSuggester(model, rules))
    unseen = _document(99, [("कमला नेहरू", "पुल का काम पूरा हुआ था", True), ("विनोद कुमार", "बस देर से आई थी", False)]).annotated.document
    assert quotes(combined, unseen) == [f"पुल का काम पूरा हुआ था। {GOES_ON} {AFTERS[0]}।", "बस देर से आई थी।"]
    plain = CombinedSuggester(rules, None)
    assert quotes(plain, unseen) == ["पुल का काम पूरा हुआ था।", "बस देर से आई थी।"]
    ran = next(s for s in combined.suggest(unseen) if s.label == "QUOTE" and GOES_ON in unseen.text[s.start:s.end])
    assert "annotators" in ran.rule and ran.link("said_by") is not None


def test_no_extent_is_kept_where_the_annotators_stop_where_the_rules_do() -> None:
    model = train(project(10, run_on=False), default_schema(), RuleSuggester())
    assert model.extents == {}


def test_the_extent_travels_with_the_model_and_older_models_load_without_one() -> None:
    model = train(project(10), default_schema(), RuleSuggester())
    again = LearnedModel.from_bytes(model.to_bytes())
    assert again.extents == model.extents and again.to_bytes() == model.to_bytes()
    data = json.loads(model.to_bytes())
    del data["extents"]
    assert LearnedModel.from_bytes(json.dumps(data).encode()).extents == {}


def test_training_the_extent_is_deterministic() -> None:
    docs = project(10)
    assert train(docs, default_schema(), RuleSuggester()).extents == train(list(reversed(docs)), default_schema(), RuleSuggester()).extents
