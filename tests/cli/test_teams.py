"""The team commands end to end: agree, layered import and export, merge, copy."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cli.main import main
from tests.conftest import ENGINES, SAMPLE, project_on


def kathan(*args: str | Path) -> int:
    return main([str(a) for a in args])


@pytest.fixture(params=ENGINES)
def engine(request: pytest.FixtureRequest) -> str:
    """Every team command runs on a .kathan file and on a PostgreSQL database."""
    return str(request.param)


@pytest.fixture
def project(engine: str, tmp_path: Path) -> str | Path:
    path = project_on(engine, tmp_path, "team")
    assert kathan("init", path) == 0
    return path


def layer_record(annotator: str, quote_end_word: str = "चर्चा की।", name: str = "sample") -> dict[str, object]:
    """The sample article with one quote and its speaker, signed by ``annotator``."""
    text = SAMPLE.read_text(encoding="utf-8")
    quote_start = text.index("राजदूत @vkumar1969")
    quote_end = text.index(quote_end_word, quote_start) + len(quote_end_word)
    speaker = text.index("रूस में भारतीय दूतावास")
    return {
        "id": name,
        "text": text,
        "spans": [
            {"id": "T1", "label": "QUOTE", "fragments": [[quote_start, quote_end]], "annotator": annotator,
             "attributes": {"medium": "social_post", "form": "indirect"}},
            {"id": "T2", "label": "SPEAKER", "fragments": [[speaker, speaker + len("रूस में भारतीय दूतावास")]],
             "annotator": annotator},
        ],
        "relations": [{"id": "R1", "type": "said_by", "head": "T1", "tail": "T2", "annotator": annotator}],
    }


def write_jsonl(path: Path, *records: dict[str, object]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def two_layers(tmp_path: Path) -> Path:
    """One document holding asha's and ravi's layers; ravi's quote ends a word earlier."""
    asha = layer_record("asha")
    ravi = layer_record("ravi", quote_end_word="चर्चा")
    asha["spans"] = [*asha["spans"], *({**s, "id": "r" + s["id"]} for s in ravi["spans"])]  # type: ignore[list-item]
    asha["relations"] = [*asha["relations"], {"id": "R2", "type": "said_by", "head": "rT1", "tail": "rT2", "annotator": "ravi"}]  # type: ignore[list-item]
    return write_jsonl(tmp_path / "both.jsonl", asha)


def test_agree_json_prints_the_pairs_shape(project: str | Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`kathan agree --json` prints one object whose pairs hold spans per label (exact, overlap) and said_by."""
    assert kathan("import", project, two_layers(tmp_path)) == 0
    capsys.readouterr()
    assert kathan("agree", project, "--json") == 0
    report = json.loads(capsys.readouterr().out)
    (pair,) = report["pairs"]
    assert (pair["a"], pair["b"]) == ("asha", "ravi")
    assert pair["spans"]["QUOTE"]["exact"] == {"p": 0.0, "r": 0.0, "f1": 0.0}
    assert pair["spans"]["QUOTE"]["overlap"] == {"p": 1.0, "r": 1.0, "f1": 1.0}
    assert pair["spans"]["SPEAKER"]["exact"]["f1"] == 1.0
    assert pair["said_by"] == {"p": 1.0, "r": 1.0, "f1": 1.0}
    assert report["annotators"] == ["asha", "ravi"]


def test_agree_table_csv_and_filters(project: str | Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The table names the pair, --csv writes rows, --labels narrows, and an unknown label is a user error."""
    assert kathan("import", project, two_layers(tmp_path)) == 0
    capsys.readouterr()
    assert kathan("agree", project, "--doc", "sample") == 0
    assert "asha / ravi" in capsys.readouterr().out
    assert kathan("agree", project, "--csv", "--labels", "SPEAKER") == 0
    out = capsys.readouterr().out
    assert out.startswith("scope,document,a,b,label,measure,value") and "QUOTE" not in out
    assert kathan("agree", project, "--labels", "NOPE") == 1
    assert "no label 'NOPE'" in capsys.readouterr().err


def test_a_second_annotators_file_becomes_a_layer(project: str | Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Importing another annotator's export of the same text (even under another name) adds their
    layer instead of refusing; the same annotator with other spans is a conflict unless --replace-layer."""
    assert kathan("import", project, write_jsonl(tmp_path / "asha.jsonl", layer_record("asha"))) == 0
    renamed = layer_record("", name="other-name")
    assert kathan("import", project, "--annotator", "ravi", write_jsonl(tmp_path / "ravi.jsonl", renamed)) == 0
    assert "layers added to 1 document" in capsys.readouterr().out
    assert kathan("agree", project, "--json") == 0
    assert json.loads(capsys.readouterr().out)["annotators"] == ["asha", "ravi"]
    changed = write_jsonl(tmp_path / "ravi2.jsonl", layer_record("ravi", quote_end_word="चर्चा"))
    assert kathan("import", project, changed) == 1
    err = capsys.readouterr().err
    assert "already has a different layer by 'ravi'" in err and "ravi2.jsonl:1" in err
    assert kathan("import", project, "--replace-layer", changed) == 0
    capsys.readouterr()
    assert kathan("agree", project, "--json") == 0
    assert json.loads(capsys.readouterr().out)["pairs"][0]["spans"]["QUOTE"]["exact"]["f1"] == 0.0


def test_export_one_layer(project: str | Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--layer NAME exports one annotator's spans and relations; all keeps every layer; an unknown name is refused."""
    assert kathan("import", project, two_layers(tmp_path)) == 0
    assert kathan("export", project, "--format", "jsonl", "--layer", "ravi", "--out", tmp_path / "r.jsonl") == 0
    (doc,) = [json.loads(line) for line in (tmp_path / "r.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {s["annotator"] for s in doc["spans"]} == {"ravi"} and len(doc["spans"]) == 2
    assert [r["annotator"] for r in doc["relations"]] == ["ravi"]
    assert kathan("export", project, "--format", "jsonl", "--out", tmp_path / "all.jsonl") == 0
    (doc,) = [json.loads(line) for line in (tmp_path / "all.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(doc["spans"]) == 4
    capsys.readouterr()
    assert kathan("export", project, "--format", "jsonl", "--layer", "gold", "--out", tmp_path / "g.jsonl") == 1
    assert "no layer 'gold'" in capsys.readouterr().err


def project_with(engine: str, tmp_path: Path, name: str, *records: dict[str, object]) -> str | Path:
    path = project_on(engine, tmp_path, name)
    assert kathan("init", path) == 0
    assert kathan("import", path, write_jsonl(tmp_path / f"{name}.jsonl", *records)) == 0
    return path


def exported(project: str | Path, out: Path) -> str:
    assert kathan("export", project, "--format", "jsonl", "--out", out) == 0
    return out.read_text(encoding="utf-8")


def test_merge_keeps_each_layer_and_is_idempotent(engine: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """asha's and ravi's projects (the same text under different names) merge into one document with
    both layers; merging again changes nothing; a document only ravi has arrives whole."""
    asha = project_with(engine, tmp_path, "asha", layer_record("asha"))
    extra = {"id": "extra", "text": "दूसरा लेख। उन्होंने कहा।", "spans": [], "relations": []}
    ravi = project_with(engine, tmp_path, "ravi", layer_record("ravi", quote_end_word="चर्चा", name="ravis-name"), extra)
    capsys.readouterr()
    assert kathan("merge", asha, ravi) == 0
    assert "1 new document, layers added to 1 document, 0 conflicts" in capsys.readouterr().out
    first = exported(asha, tmp_path / "m1.jsonl")
    docs = [json.loads(line) for line in first.splitlines()]
    assert [d["id"] for d in docs] == ["sample", "extra"]
    assert {s["annotator"] for s in docs[0]["spans"]} == {"asha", "ravi"}
    assert kathan("merge", asha, ravi) == 0
    assert "0 new documents, layers added to 0 documents, 0 conflicts" in capsys.readouterr().out
    assert exported(asha, tmp_path / "m2.jsonl") == first


def test_merge_reports_a_conflict_and_keeps_the_target(engine: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The same annotator changed the same document in both projects: reported (exit 1), target's layer
    kept, the other annotators' layers of the source still merged."""
    target = project_with(engine, tmp_path, "target", layer_record("asha"))
    source_record = layer_record("asha", quote_end_word="चर्चा")
    other = layer_record("ravi")
    source_record["spans"] = [*source_record["spans"], *({**s, "id": "r" + s["id"]} for s in other["spans"])]  # type: ignore[list-item]
    source = project_with(engine, tmp_path, "source", source_record)
    before = exported(target, tmp_path / "before.jsonl")
    capsys.readouterr()
    assert kathan("merge", target, source) == 1
    out, err = capsys.readouterr()
    assert "'asha' changed it in both projects" in err and "1 conflict" in out
    after = [json.loads(line) for line in exported(target, tmp_path / "after.jsonl").splitlines()]
    asha_quotes = [s["fragments"] for s in after[0]["spans"] if s["annotator"] == "asha" and s["label"] == "QUOTE"]
    assert asha_quotes == [s["fragments"] for s in json.loads(before)["spans"] if s["label"] == "QUOTE"]
    assert {s["annotator"] for s in after[0]["spans"]} == {"asha", "ravi"}


@pytest.mark.parametrize("to", ENGINES)
def test_copy_is_lossless(project: str | Path, to: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A project copied between SQLite and PostgreSQL (every direction) exports the same native
    JSONL, annotations and suggestions, byte for byte; the target must be new."""
    assert kathan("import", project, two_layers(tmp_path), SAMPLE) == 0
    assert kathan("import", project, "--annotator", "mira", write_jsonl(tmp_path / "m.jsonl", layer_record(""))) == 0
    assert kathan("suggest", project) == 0
    copy = project_on(to, tmp_path, "copy")
    assert kathan("copy", project, copy) == 0
    assert exported(copy, tmp_path / "b.jsonl") == exported(project, tmp_path / "a.jsonl")
    for name, where in (("sa.jsonl", project), ("sb.jsonl", copy)):
        assert kathan("export", where, "--format", "jsonl", "--suggestions", "--out", tmp_path / name) == 0
    assert (tmp_path / "sa.jsonl").read_bytes() == (tmp_path / "sb.jsonl").read_bytes()
    fresh = {**layer_record("asha", name="fresh"), "text": SAMPLE.read_text(encoding="utf-8") + "\nनया।"}
    assert kathan("import", copy, write_jsonl(tmp_path / "fresh.jsonl", fresh)) == 0  # ids go on after the copied ones
    capsys.readouterr()
    assert kathan("copy", project, copy) == 1
    assert "already" in capsys.readouterr().err
