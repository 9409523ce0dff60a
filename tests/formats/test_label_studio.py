"""Label Studio task JSON: annotators, predictions, per-region choices, relations, emoji drift, round trip."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kathan.formats.label_studio import EXAMPLE, sniff
from kathan.formats.registry import read_paths, write
from kathan.model import InputError, Origin

from .helpers import EXAMPLES, annotated, relation_view

TEXT = "मोदी 😀 ने कहा, \"भारत आगे बढ़ेगा।\""
QUOTE = (16, 32)
SPEAKER = (0, 4)


def region(rid: str, start: int, end: int, label: str, covered: str | None = None) -> dict:
    value = {"start": start, "end": end, "labels": [label]}
    value["text"] = TEXT[start:end] if covered is None else covered
    return {"id": rid, "from_name": "label", "to_name": "text", "type": "labels", "value": value}


def task(**extra) -> dict:
    return {
        "id": 479,
        "data": {"text": TEXT, "source": "wire"},
        "annotations": [
            {
                "id": 1,
                "completed_by": {"id": 3, "email": "asha@example.org"},
                "result": [
                    region("q1", *QUOTE, "QUOTE"),
                    {"id": "q1", "from_name": "form", "to_name": "text", "type": "choices", "value": {"start": 16, "end": 32, "choices": ["direct"]}},
                    {"id": "q1", "from_name": "note", "to_name": "text", "type": "textarea", "value": {"start": 16, "end": 32, "text": ["जाँचें"]}},
                    region("s1", *SPEAKER, "SPEAKER"),
                    {"from_id": "s1", "to_id": "q1", "type": "relation", "direction": "left", "labels": ["said_by"]},
                ],
            },
            {"id": 2, "completed_by": 7, "result": [region("q1", *QUOTE, "QUOTE")]},
            {"id": 3, "completed_by": 8, "was_cancelled": True, "result": []},
        ],
        "predictions": [{"model_version": "rules-1", "score": 0.75, "result": [region("p1", *SPEAKER, "SPEAKER")]}],
        **extra,
    }


def write_tasks(path: Path, tasks: list) -> Path:
    path.write_text(json.dumps(tasks, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def test_annotations_are_annotators_and_predictions_suggestions(tmp_path: Path) -> None:
    """Each annotation is one annotator, choices are attributes, textarea the note, left relations reversed."""
    result = read_paths([write_tasks(tmp_path / "tasks.json", [task()])], "label-studio")
    (record,) = result.records
    assert record.name == "479" and record.meta == {"source": "wire"}
    spans = [(s.key, s.label, s.fragments, dict(s.attributes), s.note, s.annotator, s.origin) for s in record.spans]
    assert spans == [
        ("q1", "QUOTE", (QUOTE,), {"form": "direct"}, "जाँचें", "asha@example.org", Origin.IMPORTED),
        ("s1", "SPEAKER", (SPEAKER,), {}, "", "asha@example.org", Origin.IMPORTED),
        ("7:q1", "QUOTE", (QUOTE,), {}, "", "7", Origin.IMPORTED),
        ("p1", "SPEAKER", (SPEAKER,), {}, "confidence 0.75", "rules-1", Origin.SUGGESTED),
    ]
    assert [(r.type, r.head, r.tail, r.annotator) for r in record.relations] == [("said_by", "q1", "s1", "asha@example.org")]
    assert [w.message for w in result.warnings] == ["annotations[2]: a cancelled (skipped) annotation: not imported"]


def test_offsets_that_drift_around_emoji_are_repaired_with_a_warning(tmp_path: Path) -> None:
    """An old export counted 😀 as two: value.text shows where the region really is."""
    old = task()
    old["annotations"] = [{"id": 1, "result": [region("q1", QUOTE[0] + 1, QUOTE[1] + 1, "QUOTE", TEXT[slice(*QUOTE)])]}]
    old["predictions"] = []
    result = read_paths([write_tasks(tmp_path / "old.json", [old])], "label-studio")
    assert [s.fragments for s in result.records[0].spans] == [(QUOTE,)]
    assert len(result.warnings) == 1 and "count UTF-16 units" in result.warnings[0].message


def test_a_region_whose_text_matches_nothing_fails_the_import(tmp_path: Path) -> None:
    bad = task()
    bad["annotations"] = [{"id": 1, "result": [region("q1", 0, 4, "QUOTE", "भारत")]}]
    path = write_tasks(tmp_path / "bad.json", [task(), bad])
    with pytest.raises(InputError) as caught:
        read_paths([path], "label-studio")
    (problem,) = caught.value.problems
    assert problem.line > 1 and "its text 'भारत' does not match the text at [0, 4]: 'मोदी'" in problem.message


def test_relation_to_a_missing_region_is_refused(tmp_path: Path) -> None:
    bad = task()
    bad["annotations"][0]["result"].append({"from_id": "s1", "to_id": "zz", "type": "relation", "labels": ["said_by"]})
    with pytest.raises(InputError, match="links region 'zz', which this annotation does not have"):
        read_paths([write_tasks(tmp_path / "bad.json", [bad])], "label-studio")


def test_round_trip_keeps_spans_attributes_notes_relations(tmp_path: Path) -> None:
    """Kathan → Label Studio → Kathan; the discontinuous span comes back as one region per fragment."""
    records = read_paths([EXAMPLES / "jsonl" / "golden.jsonl"]).records
    out = tmp_path / "tasks.json"
    report = write("label-studio", annotated(records), out)
    assert report.offset_unit == "codepoint"
    assert "discontinuous spans, written as one region per fragment: 1 in 1 document (news/lavrov-1)" in report.warnings
    back = read_paths([out], "label-studio").records
    for before, after in zip(records, back, strict=True):
        assert (after.name, after.text, after.title, dict(after.meta)) == (before.name, before.text, before.title, dict(before.meta))
        assert sorted((s.label, f, dict(s.attributes), s.note) for s in after.spans for f in s.fragments) == sorted(
            (s.label, f, dict(s.attributes), s.note) for s in before.spans for f in s.fragments
        )
        assert [(t, h[0], x[0]) for t, h, x in relation_view(after)] == [(t, h[0], x[0]) for t, h, x in relation_view(before)]
    tasks = json.loads(out.read_text(encoding="utf-8"))
    assert tasks[0]["meta"] == {"offset_unit": "codepoint"}
    config = out.with_name("tasks.label_config.xml").read_text(encoding="utf-8")
    assert '<Label value="QUOTE"/>' in config and '<Relation value="said_by"/>' in config and 'perRegion="true"' in config


def test_suggestions_are_written_as_predictions_with_score(tmp_path: Path) -> None:
    """Suggested spans (confidence in their note, as storage gives them) become predictions with a score."""
    tasks = [task()]
    tasks[0]["annotations"] = []
    back = read_paths([write_tasks(tmp_path / "in.json", tasks)], "label-studio").records
    out = tmp_path / "out.json"
    write("label-studio", annotated(back), out)
    (written,) = json.loads(out.read_text(encoding="utf-8"))
    (prediction,) = written["predictions"]
    assert prediction["model_version"] == "rules-1" and prediction["score"] == 0.75
    assert prediction["result"][0]["value"]["labels"] == ["SPEAKER"] and written["annotations"] == []


def test_example_is_the_golden_export_and_sniffs(tmp_path: Path) -> None:
    records = read_paths([EXAMPLES / "jsonl" / "golden.jsonl"]).records
    out = tmp_path / "label-studio.json"
    write("label-studio", annotated(records), out)
    assert out.read_bytes() == EXAMPLE.read_bytes()
    assert sniff(EXAMPLE) and not sniff(EXAMPLES / "jsonl" / "golden.jsonl")


def test_exported_suggestions_are_predictions_with_their_suggesters_confidence(tmp_path: Path) -> None:
    """``kathan suggest`` then ``export --format label-studio --suggestions``: one prediction per
    suggester, its model_version the suggester, every region scored with the suggestion's confidence."""
    from cli.main import main
    from tests.conftest import SAMPLE

    project = tmp_path / "p.kathan"
    out = tmp_path / "s.json"
    assert main(["init", str(project)]) == 0
    assert main(["import", str(project), str(SAMPLE)]) == 0
    assert main(["suggest", str(project)]) == 0
    assert main(["export", str(project), "--format", "label-studio", "--suggestions", "--out", str(out)]) == 0
    (written,) = json.loads(out.read_text(encoding="utf-8"))
    (prediction,) = written["predictions"]
    regions = [r for r in prediction["result"] if r["type"] == "labels"]
    assert written["annotations"] == [] and regions and prediction["model_version"] == "combined"
    assert all(0 < r["score"] <= 1 for r in regions) and 0 < prediction["score"] <= 1
    assert any(r["type"] == "relation" for r in prediction["result"])
    back = read_paths([out], "label-studio").records[0]
    assert {s.origin for s in back.spans} == {Origin.SUGGESTED} and {s.annotator for s in back.spans} == {"combined"}
