"""Label Studio 1.23.2 as it really behaved (bench/peer_tools.py): files it exported, and what it refused.

The fixtures in tests/fixtures/formats/label-studio/ are its own exports of invented Hindi,
trimmed to a few regions: the plain JSON export (``/api/projects/ID/export``) of a project
made from Kathan's export, and a snapshot export (``/api/projects/ID/exports``) of
annotations posted the way its editor stores them.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from kathan.formats.registry import detect_format, read_paths, write
from kathan.model import InputError, Origin

from .helpers import FIXTURES, annotated

LS = FIXTURES / "label-studio"


def test_the_plain_export_loads_its_annotators_named_as_kathan_wrote_them() -> None:
    """LS gives imported annotations to the importing user (completed_by 1) and keeps our ids as
    import_id; the task meta Kathan wrote names the annotators. Predictions there are bare ids:
    left out with a warning, not a failed import."""
    result = read_paths([LS / "ls-1.23.2-plain-export.json"], "label-studio")
    (record,) = result.records
    spans = sorted((s.annotator, s.label, s.fragments, record.text[s.fragments[0][0] : s.fragments[0][1]]) for s in record.spans)
    assert spans == [
        ("asha", "CUE", ((17, 20),), "कहा"),
        ("asha", "QUOTE", ((23, 59),), "किसानों की आय 2030 तक दोगुनी होगी 🌾।"),
        ("asha", "SPEAKER", ((0, 11),), "कृषि मंत्री"),
        ("ravi", "QUOTE", ((23, 58),), "किसानों की आय 2030 तक दोगुनी होगी 🌾"),
        ("ravi", "SPEAKER", ((5, 11),), "मंत्री"),
    ]
    assert sorted((r.type, r.annotator) for r in record.relations) == [("cued_by", "asha"), ("said_by", "asha"), ("said_by", "ravi")]
    assert [w.message for w in result.warnings] == [
        "predictions: 1 given by id only, without results (Label Studio's plain JSON export): not imported; export a snapshot with their bodies"
    ]


def test_annotations_made_in_the_editor_keep_crlf_offsets_emoji_choices_and_region_meta_notes() -> None:
    """The editor counts code points over the raw text (CRLF as two), repeats the region's value
    in its choices/textarea results, and keeps the region's "meta" text: a note in Kathan."""
    (record,) = read_paths([LS / "ls-1.23.2-editor-snapshot.json"], "label-studio").records
    assert "\r" not in record.text
    spans = sorted(
        (s.annotator, s.label, record.text[s.fragments[0][0] : s.fragments[0][1]], dict(s.attributes), s.note) for s in record.spans
    )
    assert spans == [
        ("kathan@example.org", "CLAIM", "इसे 👍 अच्छा क़दम", {}, ""),
        ("kathan@example.org", "CUE", "कहा", {}, ""),
        ("kathan@example.org", "QUOTE", "राज्य में 5 नए अस्पताल बनेंगे,", {"form": "direct"}, "अल्पविराम सहित"),
        ("kathan@example.org", "SPEAKER", "मुख्यमंत्री", {"kind": "official"}, "पद से पहचान"),
        ("ravi@example.org", "CLAIM", "🎉", {}, ""),
        ("ravi@example.org", "QUOTE", "राज्य में 5 नए अस्पताल बनेंगे", {}, ""),
        ("ravi@example.org", "SPEAKER", "उन्होंने", {}, ""),
    ]
    by_key = {s.key: s for s in record.spans}
    links = sorted((r.type, by_key[r.head].label, by_key[r.tail].label, r.annotator) for r in record.relations)
    assert links == [
        ("cued_by", "QUOTE", "CUE", "kathan@example.org"),
        ("said_by", "QUOTE", "SPEAKER", "kathan@example.org"),
        ("said_by", "QUOTE", "SPEAKER", "ravi@example.org"),
    ]


def test_an_annotation_made_in_label_studio_is_not_named_by_the_annotators_kathan_wrote(tmp_path: Path) -> None:
    """Annotations made in LS after the import have import_id null and LS's own ids, which may
    equal the ids Kathan wrote in meta.annotators: they keep their LS user."""
    (task,) = json.loads((LS / "ls-1.23.2-plain-export.json").read_text(encoding="utf-8"))
    made_here = {**task["annotations"][1], "id": 1, "import_id": None, "completed_by": 5}
    task["annotations"] = [made_here]
    path = tmp_path / "export.json"
    path.write_text(json.dumps([task], ensure_ascii=False), encoding="utf-8")
    (record,) = read_paths([path], "label-studio").records
    assert {s.annotator for s in record.spans} == {"5"}


def test_the_export_names_annotators_in_task_meta_and_writes_no_completed_by(tmp_path: Path) -> None:
    """LS 1.23.2 refused a whole import ("Unknown annotator's email asha") when completed_by
    named no user of its own; the annotators go in meta.annotators, which LS keeps and exports."""
    (record,) = read_paths([LS / "ls-1.23.2-plain-export.json"], "label-studio").records
    out = tmp_path / "tasks.json"
    write("label-studio", annotated([record]), out)
    (task,) = json.loads(out.read_text(encoding="utf-8"))
    assert all("completed_by" not in annotation for annotation in task["annotations"])
    assert task["meta"] == {"offset_unit": "codepoint", "annotators": {"1": "asha", "2": "ravi"}}
    (back,) = read_paths([out], "label-studio").records
    assert sorted((s.annotator, s.fragments) for s in back.spans) == sorted((s.annotator, s.fragments) for s in record.spans)


def test_a_prediction_score_comes_back_as_the_confidence_note_kathan_wrote(tmp_path: Path) -> None:
    """A suggestion's "confidence 0.82" note goes to LS as a score and comes back as the same note."""
    (record,) = read_paths([LS / "ls-1.23.2-editor-snapshot.json"], "label-studio").records
    (doc,) = annotated([record])
    claim = next(s for s in doc.spans if s.label == "CLAIM")
    suggested = replace(claim, origin=Origin.SUGGESTED, annotator="rules-v1", note="confidence 0.82")
    out = tmp_path / "tasks.json"
    write("label-studio", [replace(doc, spans=(suggested,), relations=())], out)
    (task,) = json.loads(out.read_text(encoding="utf-8"))
    assert task["predictions"][0]["score"] == 0.82
    (back,) = read_paths([out], "label-studio").records
    assert [(s.note, s.origin, s.annotator) for s in back.spans] == [("confidence 0.82", Origin.SUGGESTED, "rules-v1")]


def test_a_json_min_export_is_recognised_and_refused_with_what_to_export_instead() -> None:
    """JSON_MIN (one item per annotation, no "data") lists regions but no relations, and flattens
    each per-region choice into one list per annotation: auto mode took it for doccano and
    failed on "offsets must be integers"; it is Label Studio's, and the message says to export JSON."""
    path = LS / "ls-1.23.2-json-min-export.json"
    assert detect_format(path) == "label-studio"
    with pytest.raises(InputError) as caught:
        read_paths([path])
    (problem,) = caught.value.problems
    assert problem.line == 2 and "Label Studio's JSON_MIN export" in problem.message and "export the project as JSON" in problem.message


def test_regions_made_in_the_real_editor_count_code_points_over_crlf_text() -> None:
    """Regions made in Label Studio 1.23.2's editor in Chromium (label click, DOM selection, mouse
    release; bench/peer_browser.py) count code points over the raw text, CRLF as two: the QUOTE
    after "🎉\\r\\n" starts at 23 there, 22 in the stored LF text; the emoji-only CLAIM is one
    code point, and the choice picked in the region panel is an attribute."""
    (record,) = read_paths([LS / "ls-1.23.2-browser-editor.json"], "label-studio").records
    spans = sorted((s.fragments, s.label, record.text[s.fragments[0][0] : s.fragments[0][1]], dict(s.attributes)) for s in record.spans)
    assert spans == [
        (((0, 11),), "SPEAKER", "मुख्यमंत्री", {}),
        (((19, 20),), "CLAIM", "🎉", {}),
        (((22, 52),), "QUOTE", "राज्य में 5 नए अस्पताल बनेंगे,", {"form": "direct"}),
        (((54, 62),), "SPEAKER", "उन्होंने", {}),
        (((84, 100),), "CLAIM", "इसे 👍 अच्छा क़दम", {}),
    ]


def test_created_username_as_the_api_gives_it_names_the_user_by_email(tmp_path: Path) -> None:
    """Label Studio's task API writes created_username as "First Last email, id" (a leading space
    when the user has no name): the annotator is the email."""
    (task,) = json.loads((LS / "ls-1.23.2-editor-snapshot.json").read_text(encoding="utf-8"))
    first, second = task["annotations"]
    first.update(completed_by=1, created_username=" kathan@example.org, 1")
    second.update(completed_by=2, created_username="Ravi Kumar ravi@example.org, 2")
    path = tmp_path / "tasks.json"
    path.write_text(json.dumps([task], ensure_ascii=False), encoding="utf-8")
    (record,) = read_paths([path], "label-studio").records
    assert sorted({s.annotator for s in record.spans}) == ["kathan@example.org", "ravi@example.org"]


def test_a_relation_drawn_without_a_label_is_left_out_with_a_warning(tmp_path: Path) -> None:
    """Label Studio's editor lets one draw a relation and choose no label (``labels: []``, or no
    key). Kathan's relations have a type, so that one is left out, named in a warning; the
    spans and the labelled relations of the task still import."""
    text = "मंत्री ने कहा कि बारिश होगी।"
    region = lambda rid, start, end, label: {  # noqa: E731
        "id": rid, "type": "labels", "from_name": "label", "to_name": "text",
        "value": {"start": start, "end": end, "text": text[start:end], "labels": [label]},
    }
    results = [
        region("a", 0, 6, "SPEAKER"),
        region("b", text.index("बारिश"), len(text) - 1, "QUOTE"),
        {"type": "relation", "from_id": "b", "to_id": "a", "direction": "right", "labels": ["said_by"]},
        {"type": "relation", "from_id": "a", "to_id": "b", "direction": "right", "labels": []},
        {"type": "relation", "from_id": "b", "to_id": "a", "direction": "right"},
    ]
    path = tmp_path / "tasks.json"
    path.write_text(json.dumps([{"id": 1, "data": {"text": text}, "annotations": [{"id": 1, "result": results}]}], ensure_ascii=False), encoding="utf-8")
    result = read_paths([path], "label-studio")
    (record,) = result.records
    assert sorted(s.label for s in record.spans) == ["QUOTE", "SPEAKER"]
    assert [r.type for r in record.relations] == ["said_by"]
    left_out = [w.message for w in result.warnings if "no label is left out" in w.message]
    assert len(left_out) == 2 and "result[3]" in left_out[0] and "result[4]" in left_out[1]
