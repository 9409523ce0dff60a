"""The ``kathan`` command end to end on the sample article: exit codes, messages, round trips."""

from __future__ import annotations

import json
import signal
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest

from cli.main import main
from tests.conftest import SAMPLE


def kathan(*args: str | Path) -> int:
    return main([str(a) for a in args])


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "demo.kathan"
    assert kathan("init", path) == 0
    return path


def annotated_jsonl(tmp_path: Path) -> Path:
    """The sample article with the embassy's first X post annotated, as native JSONL."""
    text = SAMPLE.read_text(encoding="utf-8")
    quote_start = text.index("राजदूत @vkumar1969")
    quote_end = text.index("चर्चा की।", quote_start) + len("चर्चा की।")
    speaker = text.index("रूस में भारतीय दूतावास")
    record = {
        "id": "sample",
        "text": text,
        "spans": [
            {"id": "T1", "label": "QUOTE", "fragments": [[quote_start, quote_end]],
             "attributes": {"medium": "social_post", "platform": "x"}},
            {"id": "T2", "label": "SPEAKER", "fragments": [[speaker, speaker + len("रूस में भारतीय दूतावास")]]},
        ],
        "relations": [{"id": "R1", "type": "said_by", "head": "T1", "tail": "T2"}],
    }
    path = tmp_path / "sample.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def test_walkthrough_init_import_stats_validate_export(project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The README's walk-through works: every format exports what was imported."""
    assert kathan("import", project, annotated_jsonl(tmp_path), SAMPLE) == 0
    assert "imported 2 documents, 2 spans, 1 relation" in capsys.readouterr().out
    assert kathan("validate", project) == 0
    capsys.readouterr()
    assert kathan("stats", project) == 0
    first = capsys.readouterr().out
    assert kathan("stats", project) == 0
    assert capsys.readouterr().out == first, "stats output must be deterministic"
    assert "QUOTE" in first and "said_by" in first
    for fmt, out in [("jsonl", "a.jsonl"), ("brat", "brat"), ("conll", "a.conll"), ("spacy", "a.spacy")]:
        assert kathan("export", project, "--format", fmt, "--out", tmp_path / out) == 0
    exported = [json.loads(line) for line in (tmp_path / "a.jsonl").read_text(encoding="utf-8").splitlines()]
    sample = next(doc for doc in exported if doc["id"] == "sample")
    quote = sample["spans"][0] if sample["spans"][0]["label"] == "QUOTE" else sample["spans"][1]
    start, end = quote["fragments"][0]
    assert sample["text"][start:end] == quote["text"]
    assert (tmp_path / "brat" / "sample.ann").read_text(encoding="utf-8").count("\n") == 5  # 2 T, 1 R, 2 A
    assert "@vkumar1969" in (tmp_path / "a.conll").read_text(encoding="utf-8")


def test_jsonl_export_import_export_is_byte_identical(project: Path, tmp_path: Path) -> None:
    assert kathan("import", project, annotated_jsonl(tmp_path)) == 0
    assert kathan("export", project, "--format", "jsonl", "--out", tmp_path / "one.jsonl") == 0
    second = tmp_path / "second.kathan"
    assert kathan("init", second) == 0
    assert kathan("import", second, tmp_path / "one.jsonl") == 0
    assert kathan("export", second, "--format", "jsonl", "--out", tmp_path / "two.jsonl") == 0
    assert (tmp_path / "one.jsonl").read_bytes() == (tmp_path / "two.jsonl").read_bytes()


def test_bad_import_names_file_and_line_and_changes_nothing(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A JSONL line that is not JSON: exit 1, file:line in the message, no document imported."""
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "text": "ठीक है"}\n{"id": "b", "text": \n', encoding="utf-8")
    assert kathan("import", project, bad) == 1
    assert f"{bad}:2:" in capsys.readouterr().err
    assert kathan("stats", project) == 0
    assert "documents    0" in capsys.readouterr().out


def test_unknown_label_is_a_user_error(project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "label.jsonl"
    bad.write_text('{"id": "a", "text": "नमस्ते दुनिया", "spans": [{"label": "PERSON", "fragments": [[0, 6]]}]}\n', encoding="utf-8")
    assert kathan("import", project, bad) == 1
    err = capsys.readouterr().err
    assert f"{bad}:1:" in err and "PERSON" in err


def test_exit_codes_for_usage_and_missing_project(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as usage:
        kathan("frobnicate")
    assert usage.value.code == 2
    assert kathan("stats", tmp_path / "missing.kathan") == 1
    assert "no such project" in capsys.readouterr().err
    assert kathan("init", tmp_path / "p.kathan") == 0
    assert kathan("init", tmp_path / "p.kathan") == 1
    with pytest.raises(SystemExit) as usage:
        kathan("export", tmp_path / "p.kathan", "--format", "xml", "--out", tmp_path / "x")
    assert usage.value.code == 2 and "invalid choice: 'xml'" in capsys.readouterr().err


def test_init_with_a_bad_schema_names_its_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    schema = tmp_path / "s.toml"
    schema.write_text('[[labels]]\nname = "A"\ncolour = "red"\n', encoding="utf-8")
    assert kathan("init", tmp_path / "p.kathan", "--schema", schema) == 1
    assert f"{schema}:3:" in capsys.readouterr().err
    assert not (tmp_path / "p.kathan").exists()


def test_suggest_export_suggestions_and_evaluate(project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Suggestions are stored apart, exported with --suggestions, and scored against a gold JSONL."""
    assert kathan("import", project, SAMPLE) == 0
    assert kathan("suggest", project) == 0
    assert "stored" in capsys.readouterr().out
    assert kathan("stats", project) == 0
    stats = capsys.readouterr().out
    assert "spans        0" in stats and "suggestions per status:" in stats and "open" in stats
    assert kathan("export", project, "--format", "jsonl", "--out", tmp_path / "s.jsonl", "--suggestions") == 0
    suggested = json.loads((tmp_path / "s.jsonl").read_text(encoding="utf-8"))
    assert {span["origin"] for span in suggested["spans"]} == {"suggested"}
    assert any(span["label"] == "QUOTE" and span["text"].startswith("राजदूत @vkumar1969") for span in suggested["spans"])
    assert kathan("export", project, "--format", "jsonl", "--out", tmp_path / "a.jsonl") == 0
    assert json.loads((tmp_path / "a.jsonl").read_text(encoding="utf-8"))["spans"] == []
    gold = annotated_jsonl(tmp_path)
    gold_record = json.loads(gold.read_text(encoding="utf-8"))
    gold_record["id"] = "ambassador-lavrov"
    gold.write_text(json.dumps(gold_record, ensure_ascii=False) + "\n", encoding="utf-8")
    capsys.readouterr()
    assert kathan("evaluate", project, "--gold", gold, "--suggestions", "--match", "overlap") == 0
    table = capsys.readouterr().out
    quote_row = next(line for line in table.splitlines() if line.startswith("QUOTE"))
    assert quote_row.split()[1:4] == ["1", quote_row.split()[2], "1"], table  # the gold QUOTE is found
    assert "said_by" in table


def test_unknown_suggester_is_a_user_error(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert kathan("suggest", project, "--suggester", "crystal-ball") == 1
    assert "no suggester named 'crystal-ball'" in capsys.readouterr().err


def test_gui_without_a_screen_explains_instead_of_aborting(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """On a headless Linux machine Qt would abort; kathan says what to do and exits 1."""
    monkeypatch.setattr("sys.platform", "linux")
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    assert kathan("gui") == 1
    assert "no screen" in capsys.readouterr().err


def test_gui_screenshot_renders_the_project_to_png(project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KATHAN_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("KATHAN_DATA_DIR", str(tmp_path / "data"))
    assert kathan("import", project, SAMPLE) == 0
    shot = tmp_path / "shot.png"
    assert kathan("gui", project, "--screenshot", shot, "--annotator", "asha") == 0
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_suggest_and_export_only_the_documents_named(project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--doc takes one or more document ids (their names); an unknown one is a user error."""
    other = tmp_path / "other.txt"
    other.write_text("मंत्री ने कहा कि बातचीत जारी रहेगी।\n", encoding="utf-8")
    assert kathan("import", project, SAMPLE, other) == 0
    assert kathan("suggest", project, "--doc", "other") == 0
    assert "for 1 document" in capsys.readouterr().out
    out = tmp_path / "s.jsonl"
    assert kathan("export", project, "--format", "jsonl", "--out", out, "--suggestions", "--doc", "other", "ambassador-lavrov") == 0
    names = [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(names) == ["ambassador-lavrov", "other"]
    assert kathan("suggest", project, "--doc", "nope") == 1
    assert "no document named 'nope'" in capsys.readouterr().err


@pytest.mark.parametrize("fmt", ["jsonl", "conll", "spacy"])
def test_export_never_overwrites_the_project_itself(
    project: Path, fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """An export whose --out is the project file is refused and the project still opens with its documents."""
    assert kathan("import", project, SAMPLE) == 0
    capsys.readouterr()
    assert kathan("export", project, "--format", fmt, "--out", project) == 1
    assert "is a database" in capsys.readouterr().err
    assert kathan("stats", project) == 0
    assert capsys.readouterr().out.startswith("documents    1\n")


def test_a_document_named_twice_in_doc_is_exported_once(project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--doc X X exports X once, so the export imports again (two lines with one name would be refused)."""
    assert kathan("import", project, SAMPLE) == 0
    out = tmp_path / "once.jsonl"
    assert kathan("export", project, "--format", "jsonl", "--out", out, "--doc", "ambassador-lavrov", "ambassador-lavrov") == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1
    assert kathan("suggest", project, "--doc", "ambassador-lavrov", "ambassador-lavrov") == 0
    assert "for 1 document" in capsys.readouterr().out
    again = tmp_path / "again.kathan"
    assert kathan("init", again) == 0
    assert kathan("import", again, out) == 0


def test_init_in_a_missing_folder_names_the_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A project cannot be created in a folder that does not exist: the message names the path."""
    target = tmp_path / "missing" / "p.kathan"
    assert kathan("init", target) == 1
    err = capsys.readouterr().err
    assert str(target) in err and "cannot create" in err
    assert not (tmp_path / "missing").exists()


def test_an_interrupted_suggest_says_what_was_kept(project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """Ctrl+C during suggest keeps the documents already done (one transaction each): the message
    says so instead of claiming nothing was written."""
    other = tmp_path / "other.txt"
    other.write_text("मंत्री ने कहा कि बातचीत जारी रहेगी।\n", encoding="utf-8")
    assert kathan("import", project, SAMPLE, other) == 0
    from storage import Workspace

    calls = {"n": 0}
    real = Workspace.store_suggestions

    def store_then_interrupt(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Workspace, "store_suggestions", store_then_interrupt)
    capsys.readouterr()
    assert kathan("suggest", project) == 130
    err = capsys.readouterr().err
    assert "nothing of the interrupted operation was written" not in err
    assert "kept" in err


def test_format_options_reach_the_writer_and_wrong_ones_are_refused(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A format's declared option becomes a CLI flag whose value reaches its writer; giving it to
    a format that does not take it is refused naming the formats that do."""
    from kathan.formats import registry
    from kathan.formats.base import ExportReport, Format, FormatOption

    seen: dict[str, object] = {}

    def write_echo(docs, out, schema=None, progress=None, **options):  # type: ignore[no-untyped-def]
        seen.update(options)
        out.write_text("x")
        return ExportReport(0, 0, 0)

    echo = Format("echo", (".echo",), "Echo", None, write_echo,
                  options=(FormatOption("loudness", "how loud", "write", ("soft", "loud")),))
    registry.register(echo)
    try:
        assert kathan("export", project, "--format", "echo", "--loudness", "loud", "--out", tmp_path / "o.echo") == 0
        assert seen == {"loudness": "loud"}
        assert kathan("export", project, "--format", "jsonl", "--loudness", "soft", "--out", tmp_path / "o.jsonl") == 1
        assert "--loudness is not an option of jsonl (export); it is one of echo" in capsys.readouterr().err
    finally:
        registry.unregister("echo")


def test_suggestions_export_carries_status_confidence_and_rule(project: Path, tmp_path: Path) -> None:
    """export --suggestions writes each suggestion's status, confidence and rule as fields and
    leaves rejected ones out unless --include-rejected."""
    from storage import Workspace

    assert kathan("import", project, SAMPLE) == 0
    assert kathan("suggest", project) == 0
    ws = Workspace.open(str(project))
    try:
        (doc,) = ws.documents()
        first, *_ = ws.suggestions(doc.id)
        ws.reject_suggestions([first.id])
    finally:
        ws.close()
    out = tmp_path / "s.jsonl"
    assert kathan("export", project, "--format", "jsonl", "--out", out, "--suggestions") == 0
    spans = json.loads(out.read_text(encoding="utf-8"))["spans"]
    assert spans and {s["status"] for s in spans} == {"open"}
    assert all(0 < s["confidence"] <= 1 and s["rule"] and s["note"] == "" for s in spans)
    assert first.fragments not in [tuple(map(tuple, s["fragments"])) for s in spans if s["label"] == first.label]
    assert kathan("export", project, "--format", "jsonl", "--out", out, "--suggestions", "--include-rejected") == 0
    spans = json.loads(out.read_text(encoding="utf-8"))["spans"]
    assert [s["status"] for s in spans].count("rejected") == 1
    assert kathan("export", project, "--format", "jsonl", "--out", out, "--include-rejected") == 1


def test_extend_schema_adds_what_a_file_uses_and_keeps_it(project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A file with a label, an attribute, an attribute value and a relation type the schema lacks
    fails to import, listing them; with --extend-schema they are added, stored in the project and
    the documents imported; the project reopens with the extended schema."""
    from storage import Workspace

    line = {
        "id": "x", "text": "राम ने कहा कि हम जीतेंगे।",
        "spans": [
            {"id": "T1", "label": "SPEAKER", "fragments": [[0, 3]], "attributes": {"kind": "deity"}},
            {"id": "T2", "label": "QUOTE", "fragments": [[14, 24]], "attributes": {"tone": "bold"}},
            {"id": "T3", "label": "EVENT", "fragments": [[17, 24]]},
        ],
        "relations": [{"id": "R1", "type": "said_by", "head": "T2", "tail": "T1"},
                      {"id": "R2", "type": "about", "head": "T2", "tail": "T3"}],
    }
    source = tmp_path / "x.jsonl"
    source.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    assert kathan("import", project, source) == 1
    err = capsys.readouterr().err
    assert "not in the project's schema 'attribution': labels EVENT; relation types about; attributes QUOTE.tone; " \
           "attribute values SPEAKER.kind=deity (import with --extend-schema to add them)" in err
    assert f"{source}:1: label 'EVENT' is not in the schema" in err
    assert kathan("import", project, source, "--extend-schema") == 0
    out = capsys.readouterr().out
    assert "extended the schema: labels EVENT; relation types about; attributes" in out
    ws = Workspace.open(str(project))
    try:
        schema = ws.schema
        assert schema.label("EVENT") is not None and schema.relation("about") is not None
        assert "deity" in schema.label("SPEAKER").attribute("kind").values  # type: ignore[union-attr]
        assert schema.label("QUOTE").attribute("tone") is not None  # type: ignore[union-attr]
        assert [s.label for s in ws.spans(ws.documents()[0].id)] == ["SPEAKER", "QUOTE", "EVENT"]
    finally:
        ws.close()
    assert kathan("export", project, "--format", "jsonl", "--out", tmp_path / "back.jsonl") == 0
    back = json.loads((tmp_path / "back.jsonl").read_text(encoding="utf-8"))
    assert [r["id"] for r in back["relations"]] == ["R1", "R2"]


def test_summaries_state_the_formats_and_offset_units(project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Import says what each input was read as and what its offsets count; export says what the
    written offsets count, and lists what the format could not hold."""
    assert kathan("import", project, SAMPLE) == 0
    assert "read as txt (no character offsets)" in capsys.readouterr().out
    assert kathan("export", project, "--format", "jsonl", "--out", tmp_path / "a.jsonl") == 0
    assert "(offsets in Unicode code points)" in capsys.readouterr().out
    assert kathan("export", project, "--format", "conll", "--out", tmp_path / "a.conll") == 0
    assert "(no character offsets)" in capsys.readouterr().out


def test_a_large_import_is_streamed_all_or_nothing(project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`kathan import` of a file of many documents stores them as they are read; a bad line near
    the end still refuses the whole file, naming the line, and the project stays empty."""
    from bench.corpus import write_attributed_jsonl
    from storage import Workspace

    source = tmp_path / "many.jsonl"
    write_attributed_jsonl(source, 400)
    lines = source.read_text(encoding="utf-8").splitlines(keepends=True)
    broken = tmp_path / "broken.jsonl"
    broken.write_text("".join(lines[:390]) + '{"id": "late", "text": "पाठ", "spans": [{"label": "NOPE", "fragments": [[0, 3]]}]}\n'
                      + "".join(lines[390:]), encoding="utf-8")
    assert kathan("import", project, broken) == 1
    assert "broken.jsonl:391" in capsys.readouterr().err
    with Workspace.open(project) as ws:
        assert ws.documents() == []
    assert kathan("import", project, source) == 0
    assert "imported 400 documents, 12000 spans, 4000 relations" in capsys.readouterr().out
    with Workspace.open(project) as ws:
        assert len(ws.documents()) == 400 and ws.validate() == []


def test_an_import_leaves_the_cycle_collector_as_it_found_it(project: Path, tmp_path: Path) -> None:
    """The collector settings of a streamed import (frozen start, rarer runs) end with it, whether it
    succeeds or is refused."""
    import gc

    threshold, frozen = gc.get_threshold(), gc.get_freeze_count() > 0  # the window freezes its start too (gui.app)
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "text": "पाठ", "spans": [{"label": "NOPE", "fragments": [[0, 3]]}]}\n', encoding="utf-8")
    assert kathan("import", project, bad) == 1
    assert (gc.get_threshold(), gc.get_freeze_count() > 0) == (threshold, frozen)
    assert kathan("import", project, annotated_jsonl(tmp_path)) == 0
    assert (gc.get_threshold(), gc.get_freeze_count() > 0) == (threshold, frozen)


def test_an_export_leaves_the_cycle_collector_as_it_found_it(project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An export runs the collector less often while it streams (``_collecting_less``), and leaves
    it as it found it, by the sqlite3-only path and the Workspace's, written or refused."""
    import gc

    from cli import commands

    seen: list[int] = []
    real = commands._collecting_less

    @contextmanager
    def watched():  # type: ignore[no-untyped-def]
        with real():
            seen.append(gc.get_threshold()[0])
            yield

    monkeypatch.setattr(commands, "_collecting_less", watched)
    threshold, frozen = gc.get_threshold(), gc.get_freeze_count() > 0
    assert kathan("import", project, annotated_jsonl(tmp_path)) == 0
    seen.clear()
    for args in (("--format", "jsonl"), ("--format", "jsonl", "--doc", "sample"), ("--format", "conll")):
        out = tmp_path / f"out-{len(seen)}"
        assert kathan("export", project, *args, "--out", out) == 0
        assert (gc.get_threshold(), gc.get_freeze_count() > 0) == (threshold, frozen)
    assert seen == [50_000] * 3
    assert kathan("export", project, "--format", "jsonl", "--out", tmp_path) == 1  # a folder: refused
    assert (gc.get_threshold(), gc.get_freeze_count() > 0) == (threshold, frozen)


def test_ctrl_c_inside_a_finaliser_is_kept_for_the_next_check() -> None:
    """A KeyboardInterrupt raised inside ``__del__`` (a regex pattern freed while ``kathan train``
    compiles the rules) would be printed and lost; the signal is kept and the next check stops."""
    from cli import interrupts

    def __del__() -> None:  # noqa: N807 - a finaliser's frame, as Python runs one
        interrupts._interrupt(signal.SIGINT, sys._getframe())

    with interrupts.termination_as_interrupt():
        __del__()
        with pytest.raises(KeyboardInterrupt):
            interrupts.stop_if_interrupted()
        with pytest.raises(KeyboardInterrupt):
            interrupts._interrupt(signal.SIGINT, sys._getframe())  # anywhere else: at once
    with interrupts.termination_as_interrupt():
        interrupts.stop_if_interrupted()  # a new command starts with no signal recorded
