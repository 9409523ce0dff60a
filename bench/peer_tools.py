"""Loads Kathan's exports into a real Label Studio and a real doccano, and their exports back into Kathan.

Run by hand (it installs the servers from PyPI, so it needs the network; neither ``make test``
nor ``make bench`` runs it)::

    .venv/bin/python -m bench.peer_tools                 # both tools
    .venv/bin/python -m bench.peer_tools --tools label-studio --work /tmp/peers
    .venv/bin/python -m bench.peer_tools --browser       # and Label Studio's editor in Chromium

Each tool gets its own virtualenv under ``--work`` (never Kathan's): Label Studio 1.23.2 on
Python 3.12, doccano 1.8.4 on Python 3.10 (its pins want pandas 1.x, which has no 3.12
wheels). Servers listen on localhost only, keep their SQLite data under ``--work`` and are
stopped before the script ends. The project is ``bench/peer_fixture.py``: invented Hindi with
emoji, overlapping spans, relations, attributes, notes, two annotators and suggestions.

What is checked, for each tool, by comparing Kathan's native JSONL export of the project
with the one of a project built from the tool's export (spans, attributes, notes, relations
to the character; origins ``manual``/``imported`` count as one):

* Label Studio: a project made with the labelling config Kathan writes; Kathan's
  ``--format label-studio`` export imported through ``/api/projects/ID/import``; the plain
  JSON export (``/api/projects/ID/export``) and a snapshot with predictions' bodies
  (``/api/projects/ID/exports``) imported with ``kathan import``; annotations posted the way
  the editor stores them (random region ids, ``choices``/``textarea`` per region, region
  ``meta.text``, a relation, text with CRLF) exported and imported; JSON_MIN and CONLL2003
  exports downloaded and imported where Kathan reads them. With ``--browser``, regions and a
  per-region choice made in its editor itself (headless Chromium driven by
  ``bench/peer_browser.py``: label click, DOM selection, mouse release, as a person does).
* doccano: a sequence-labelling project with relations; Kathan's ``--format doccano``
  export (entities + relations shape, code points) and ``--shape label`` uploaded through
  doccano's upload API; the text with emoji with ``--offset-unit utf16`` too; doccano's
  JSONL exports imported with ``kathan import --format doccano``; spans and a relation posted
  by two users as its editor posts them (UTF-16 units), each user's export file imported with
  ``--annotator``. With ``--browser``, spans dragged with the mouse in its editor itself.

Prints one line per check and exits 1 when any differs.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.peer_fixture import write_fixture

LABEL_STUDIO = ("label-studio==1.23.2",)
DOCCANO = ("doccano==1.8.4", "marshmallow<4", "numpy<2")
"""doccano 1.8.4 leaves environs and pandas unpinned above: environs 9 breaks on marshmallow 4, pandas 1.5 on numpy 2."""
LS_PYTHON = "3.12"
DOCCANO_PYTHON = "3.10"
KATHAN = Path(sys.executable).with_name("kathan")


# Processes and HTTP


def python(version: str) -> str:
    """A Python interpreter of ``version`` (on PATH or among pyenv's versions)."""
    candidates = [f"python{version}", *sorted(str(p) for p in Path.home().glob(f".pyenv/versions/{version}.*/bin/python3"))]
    for candidate in candidates:
        try:
            out = subprocess.run([candidate, "-c", "import sys; print(sys.version_info[:2])"], capture_output=True, text=True, check=True)
        except (OSError, subprocess.CalledProcessError):
            continue
        if out.stdout.strip() == str(tuple(int(n) for n in version.split("."))):
            return candidate
    raise SystemExit(f"Python {version} is needed for this tool's virtualenv")


def venv(path: Path, version: str, requirements: tuple[str, ...]) -> Path:
    """``path``'s bin folder, the virtualenv created and ``requirements`` installed when missing."""
    marker = path / f".installed-{requirements[0]}"
    if not marker.exists():
        print(f"     installing {' '.join(requirements)} into {path}", flush=True)
        subprocess.run([python(version), "-m", "venv", str(path)], check=True)
        done = subprocess.run([str(path / "bin" / "pip"), "install", "-q", *requirements], capture_output=True, text=True)
        if done.returncode != 0:
            raise SystemExit(f"pip install {' '.join(requirements)} failed:\n{done.stdout[-3000:]}{done.stderr[-3000:]}")
        marker.touch()
    return path / "bin"


def fresh(folder: Path) -> None:
    """``folder`` empty (a server's data from an earlier run removed)."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)


def installed(bin_dir: Path, package: str) -> str:
    """The version of ``package`` in the virtualenv (``label-studio --version`` starts a server)."""
    code = f"import importlib.metadata as m; print(m.version({package!r}))"
    return subprocess.run([str(bin_dir / "python"), "-c", code], capture_output=True, text=True, check=True).stdout.strip()


def answers(url: str) -> Callable[[], bool]:
    """Whether ``url`` answers at all (doccano's health check fails until its worker runs)."""

    def check() -> bool:
        try:
            with urllib.request.urlopen(url, timeout=5):
                return True
        except urllib.error.HTTPError:
            return True
        except (urllib.error.URLError, OSError):
            return False

    return check


def logged(log: Path, text: str) -> Callable[[], bool]:
    return lambda: log.exists() and text in log.read_text(encoding="utf-8", errors="replace")


@contextmanager
def server(command: list[str], env: dict[str, str], log: Path, ready: Callable[[], bool]) -> Iterator[None]:
    """Runs ``command`` in its own process group until ``ready()``, then stops the group."""
    handle = log.open("w")
    process = subprocess.Popen(command, env={**os.environ, **env}, stdout=handle, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        for _ in range(300):
            if process.poll() is not None:
                raise SystemExit(f"{Path(command[0]).name} stopped: see {log}")
            if ready():
                break
            time.sleep(1)
        else:
            raise SystemExit(f"{Path(command[0]).name} was not ready in 5 minutes: see {log}")
        yield
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        handle.close()


@dataclass
class Api:
    """A JSON REST client with one authorization header."""

    base: str
    auth: str

    def call(self, method: str, path: str, body: Any = None, *, raw: bool = False, form: bytes | None = None, content_type: str = "application/json") -> Any:
        data = form if form is not None else (None if body is None else json.dumps(body, ensure_ascii=False).encode("utf-8"))
        headers = {"Authorization": self.auth, "Content-Type": content_type}
        request = urllib.request.Request(self.base + path, data=data, method=method, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=300) as response:
                payload = response.read()
        except urllib.error.HTTPError as exc:
            raise SystemExit(f"{method} {path}: HTTP {exc.code}: {exc.read().decode('utf-8', 'replace')[:2000]}") from None
        return payload if raw else json.loads(payload or b"null")


def multipart(fields: dict[str, str], file_field: str, file_name: str, content: bytes) -> tuple[bytes, str]:
    boundary = "kathan-peer-tools-boundary"
    parts = [f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode() for k, v in fields.items()]
    parts.append(
        f'--{boundary}\r\nContent-Disposition: form-data; name="{file_field}"; filename="{file_name}"\r\n'
        "Content-Type: application/octet-stream\r\n\r\n".encode() + content + b"\r\n"
    )
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


# Kathan


def kathan(*args: str) -> str:
    done = subprocess.run([str(KATHAN), *args], capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"kathan {' '.join(args)} failed:\n{done.stdout}{done.stderr}")
    return (done.stdout + done.stderr).strip()


def project_from(path: Path, source: Path, *import_args: str) -> str:
    """A new project at ``path`` holding ``source``; kathan's summary line."""
    path.unlink(missing_ok=True)
    kathan("init", str(path))
    return kathan("import", str(path), str(source), *import_args)


def attempt_import(project: Path, source: Path, *import_args: str) -> str:
    """What ``kathan import`` of ``source`` into a new project says, whether it succeeds or not."""
    project.unlink(missing_ok=True)
    kathan("init", str(project))
    done = subprocess.run([str(KATHAN), "import", str(project), str(source), *import_args], capture_output=True, text=True)
    return f"exit {done.returncode}: {' | '.join((done.stdout + done.stderr).strip().splitlines())[:600]}"


def native(project: Path) -> dict[str, dict[str, Any]]:
    """Each document's text, spans and relations as comparable sets, from a native JSONL export."""
    out = project.with_suffix(".native.jsonl")
    kathan("export", str(project), "--format", "jsonl", "--out", str(out), "--overwrite")
    documents = {}
    for line in out.read_text(encoding="utf-8").splitlines():
        document = json.loads(line)
        spans = {s["id"]: s for s in document["spans"]}

        def described(span: dict[str, Any]) -> tuple[Any, ...]:
            origin = "suggested" if span["origin"] == "suggested" else "annotated"
            fragments = tuple(tuple(f) for f in span["fragments"])
            return (span["label"], fragments, span["text"], tuple(sorted(span["attributes"].items())), span["note"], span["annotator"], origin)

        documents[document["id"]] = {
            "text": document["text"],
            "spans": {described(s) for s in document["spans"]},
            "relations": {(r["type"], described(spans[r["head"]])[:2], described(spans[r["tail"]])[:2], r["annotator"]) for r in document["relations"]},
        }
    return documents


@dataclass
class Report:
    """The checks made and their differences."""

    lines: list[str] = field(default_factory=list)
    failed: int = 0

    def check(self, name: str, differences: list[str]) -> None:
        self.lines.append(f"{'ok  ' if not differences else 'DIFF'} {name}")
        self.lines.extend(f"       {d}" for d in differences[:40])
        self.failed += bool(differences)
        print(self.lines[-1 - min(len(differences), 40)], flush=True)
        for d in differences[:40]:
            print(f"       {d}", flush=True)

    def note(self, text: str) -> None:
        self.lines.append(f"     {text}")
        print(f"     {text}", flush=True)


def differences(expected: dict[str, dict[str, Any]], got: dict[str, dict[str, Any]]) -> list[str]:
    found = []
    for name in sorted(set(expected) | set(got)):
        if name not in got or name not in expected:
            found.append(f"{name}: {'missing' if name not in got else 'unexpected'} document")
            continue
        a, b = expected[name], got[name]
        if a["text"] != b["text"]:
            found.append(f"{name}: text differs")
        spans_a, spans_b = a["spans"], b["spans"]
        relations_a, relations_b = a["relations"], b["relations"]
        found += [f"{name}: span lost {s}" for s in sorted(spans_a - spans_b)]
        found += [f"{name}: span added {s}" for s in sorted(spans_b - spans_a)]
        found += [f"{name}: relation lost {r}" for r in sorted(relations_a - relations_b)]
        found += [f"{name}: relation added {r}" for r in sorted(relations_b - relations_a)]
    return found


def one_document_differences(expected: dict[str, dict[str, Any]], got: dict[str, dict[str, Any]]) -> list[str]:
    """``differences`` of two one-document projects whose documents are named apart (doccano
    names them by its example ids)."""
    if len(expected) != 1 or len(got) != 1:
        return [f"{len(got)} documents, not one"]
    return differences({"one": next(iter(expected.values()))}, {"one": next(iter(got.values()))})


# Label Studio


LS_TOKEN = "kathanpeertools0123456789"
LS_USER = "kathan@example.org"
LS_PASSWORD = "kathan-peers"
UI_TEXT = (
    "मुख्यमंत्री ने कहा 🎉\r\n"
    '"राज्य में 5 नए अस्पताल बनेंगे," उन्होंने बताया।\r\n'
    "विशेषज्ञों ने इसे 👍 अच्छा क़दम कहा।"
)


def ui_region(rid: str, covered: str, label: str) -> list[dict[str, Any]]:
    """The results of one region as Label Studio's editor stores them: code points over the
    raw text (CRLF counts two), ``text`` saved, extra per-region results under the same id."""
    start = UI_TEXT.index(covered)
    end = start + len(covered)
    return [{"value": {"start": start, "end": end, "text": covered, "labels": [label]}, "id": rid, "from_name": "label", "to_name": "text", "type": "labels", "origin": "manual"}]


def ui_extra(region: list[dict[str, Any]], from_name: str, kind: str, value: Any) -> list[dict[str, Any]]:
    base = region[0]
    key = "choices" if kind == "choices" else "text"
    shown = {"start": base["value"]["start"], "end": base["value"]["end"], "text": base["value"]["text"], key: value}
    return [*region, {"value": shown, "id": base["id"], "from_name": from_name, "to_name": "text", "type": kind, "origin": "manual"}]


def ui_annotations() -> tuple[list[dict[str, Any]], list[dict[str, Any]], dict[str, Any]]:
    """Two annotators' results for UI_TEXT, and the Kathan JSONL line they must import as."""
    speaker = ui_extra(ui_region("Hq3vT9xPza", "मुख्यमंत्री", "SPEAKER"), "kind", "choices", ["official"])
    speaker[0]["meta"] = {"text": ["पद से पहचान"]}
    cue = ui_region("b7_Lk2MmQw", "कहा", "CUE")
    quote = ui_extra(ui_region("ZpW0e1rT8u", "राज्य में 5 नए अस्पताल बनेंगे,", "QUOTE"), "form", "choices", ["direct"])
    quote = ui_extra(quote, "note", "textarea", ["अल्पविराम सहित"])
    claim = ui_region("c9dK3sLq0v", "इसे 👍 अच्छा क़दम", "CLAIM")
    first = [
        *speaker, *cue, *quote, *claim,
        {"from_id": "ZpW0e1rT8u", "to_id": "Hq3vT9xPza", "type": "relation", "direction": "right", "labels": ["said_by"]},
        {"from_id": "b7_Lk2MmQw", "to_id": "ZpW0e1rT8u", "type": "relation", "direction": "left", "labels": ["cued_by"]},
    ]
    second = [*ui_region("X1y2Z3w4V5", "राज्य में 5 नए अस्पताल बनेंगे", "QUOTE"), *ui_region("Q9w8E7r6T5", "उन्होंने", "SPEAKER"),
              *ui_region("M1n2B3v4C5", "🎉", "CLAIM")]
    second.append({"from_id": "X1y2Z3w4V5", "to_id": "Q9w8E7r6T5", "type": "relation", "direction": "right", "labels": ["said_by"]})

    def span(key: str, result: list[dict[str, Any]], who: str, attributes: dict[str, str] | None = None, note: str = "") -> dict[str, Any]:
        value = result[0]["value"]
        return {"id": key, "label": value["labels"][0], "fragments": [[value["start"], value["end"]]], "attributes": attributes or {}, "note": note, "annotator": who}

    expected = {
        "id": "peers/ui", "title": "मुख्यमंत्री", "text": UI_TEXT, "meta": {"source": "label-studio-ui"},
        "spans": [
            span("s", speaker, LS_USER, {"kind": "official"}, "पद से पहचान"), span("c", cue, LS_USER),
            span("q", quote, LS_USER, {"form": "direct"}, "अल्पविराम सहित"), span("cl", claim, LS_USER),
            span("q2", second[:1], "ravi@example.org"), span("s2", second[1:2], "ravi@example.org"), span("e2", second[2:3], "ravi@example.org"),
        ],
        "relations": [
            {"id": "r1", "type": "said_by", "head": "q", "tail": "s", "annotator": LS_USER},
            {"id": "r2", "type": "cued_by", "head": "q", "tail": "c", "annotator": LS_USER},
            {"id": "r3", "type": "said_by", "head": "q2", "tail": "s2", "annotator": "ravi@example.org"},
        ],
    }
    return first, second, expected


def ls_snapshot(api: Api, project: int, out: Path) -> Path:
    """A snapshot export with predictions' and annotators' bodies (what the plain export gives as ids)."""
    options = {"predictions": {"only_id": False}, "annotations__completed_by": {"only_id": False}, "drafts": {"only_id": False}}
    export = api.call("POST", f"/api/projects/{project}/exports", {"title": "kathan", "serialization_options": options})
    for _ in range(120):
        if api.call("GET", f"/api/projects/{project}/exports/{export['id']}")["status"] == "completed":
            break
        time.sleep(1)
    out.write_bytes(api.call("GET", f"/api/projects/{project}/exports/{export['id']}/download?exportType=JSON", raw=True))
    return out


BROWSER_REGIONS = (
    {"label": "SPEAKER", "covered": "मुख्यमंत्री"},
    {"label": "QUOTE", "covered": "राज्य में 5 नए अस्पताल बनेंगे,", "choice": "direct"},
    {"label": "SPEAKER", "covered": "उन्होंने"},
    {"label": "CLAIM", "covered": "इसे 👍 अच्छा क़दम"},
    {"label": "CLAIM", "covered": "🎉"},
)


def browser_ready(bin_dir: Path, report: Report) -> bool:
    """Whether Chromium and its driver are installed; selenium is added to the tool's virtualenv."""
    if not (Path("/usr/bin/chromium").exists() and Path("/usr/bin/chromedriver").exists()):
        report.note("browser check skipped: apt-get install chromium chromium-driver")
        return False
    subprocess.run([str(bin_dir / "pip"), "install", "-q", "selenium"], capture_output=True, check=True)
    return True


def ls_browser(api: Api, bin_dir: Path, base: str, project: int, out: Path, report: Report) -> None:
    """Regions made in Label Studio's own editor (headless Chromium, bench/peer_browser.py) on
    text with CRLF and emoji, exported and imported into Kathan."""
    if not browser_ready(bin_dir, report):
        return
    task = api.call("POST", f"/api/projects/{project}/import?return_task_ids=true",
                    [{"data": {"text": UI_TEXT, "name": "peers/browser", "source": "label-studio-editor"}}])["task_ids"][0]
    browser = Path(__file__).with_name("peer_browser.py")
    done = subprocess.run([str(bin_dir / "python"), str(browser), "label-studio", base, LS_USER, LS_PASSWORD, LS_TOKEN, str(task), json.dumps(BROWSER_REGIONS)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        report.check("Label Studio's editor (headless Chromium) makes the regions", [(done.stdout + done.stderr).strip()[-1500:]])
        return
    (out / "ls-browser-result.json").write_text(done.stdout, encoding="utf-8")
    spans = []
    for number, region in enumerate(BROWSER_REGIONS):
        start = UI_TEXT.index(region["covered"])
        attributes = {"form": region["choice"]} if "choice" in region else {}
        spans.append({"id": f"b{number}", "label": region["label"], "fragments": [[start, start + len(region["covered"])]], "attributes": attributes, "annotator": LS_USER})
    expected_file = out / "browser-expected.jsonl"
    expected_file.write_text(json.dumps({"id": "peers/browser", "text": UI_TEXT, "spans": spans}, ensure_ascii=False) + "\n", encoding="utf-8")
    project_from(out / "browser-expected.kathan", expected_file)
    snapshot = ls_snapshot(api, project, out / "ls-browser-snapshot.json")
    tasks = [t for t in json.loads(snapshot.read_text(encoding="utf-8")) if t["id"] == task]
    (out / "ls-browser-task.json").write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    report.note(project_from(out / "browser.kathan", out / "ls-browser-task.json", "--format", "label-studio"))
    report.check("Kathan imports regions made in Label Studio's editor (code points over CRLF text, a per-region choice)",
                 differences(native(out / "browser-expected.kathan"), native(out / "browser.kathan")))


def label_studio(work: Path, port: int, report: Report, browser: bool = False) -> None:
    bin_dir = venv(work / "ls-venv", LS_PYTHON, LABEL_STUDIO)
    report.note(f"Label Studio {installed(bin_dir, 'label-studio')} (label-studio-sdk {installed(bin_dir, 'label-studio-sdk')}) in {bin_dir.parent}")
    data = work / "ls-data"
    fresh(data)
    env = {
        "LABEL_STUDIO_BASE_DATA_DIR": str(data), "LABEL_STUDIO_ENABLE_LEGACY_API_TOKEN": "true",
        "LABEL_STUDIO_USERNAME": LS_USER, "LABEL_STUDIO_PASSWORD": LS_PASSWORD, "LABEL_STUDIO_USER_TOKEN": LS_TOKEN,
    }
    command = [str(bin_dir / "label-studio"), "start", "--no-browser", "--internal-host", "127.0.0.1", "--port", str(port), "--data-dir", str(data), "--enable-legacy-api-token"]
    base = f"http://127.0.0.1:{port}"
    out = work / "label-studio"
    out.mkdir(exist_ok=True)
    source = project_from(out / "source.kathan", write_fixture(out / "source.jsonl"))
    report.note(source)
    exported = out / "kathan-export.json"
    kathan("export", str(out / "source.kathan"), "--format", "label-studio", "--out", str(exported), "--overwrite")
    expected = native(out / "source.kathan")
    with server(command, env, work / "ls-server.log", answers(f"{base}/health")):
        api = Api(base, f"Token {LS_TOKEN}")
        config = exported.with_name(f"{exported.stem}.label_config.xml").read_text(encoding="utf-8")
        project = api.call("POST", "/api/projects", {"title": "kathan-peers", "label_config": config})["id"]
        tasks = json.loads(exported.read_text(encoding="utf-8"))
        imported = api.call("POST", f"/api/projects/{project}/import?return_task_ids=true", tasks)
        report.check(
            "Label Studio imports Kathan's export (tasks, annotations, predictions)",
            [] if (imported["task_count"], imported["annotation_count"], imported["prediction_count"]) == (2, 3, 1) else [f"counts {imported}"],
        )
        plain = out / "ls-export.json"
        plain.write_bytes(api.call("GET", f"/api/projects/{project}/export?exportType=JSON&download_all_tasks=true", raw=True))
        report.note(project_from(out / "plain.kathan", plain, "--format", "label-studio"))
        got = native(out / "plain.kathan")
        without_predictions = {name: {**doc, "spans": {s for s in doc["spans"] if s[6] != "suggested"},
                                      "relations": {r for r in doc["relations"] if r[3] != "rules-v1"}} for name, doc in expected.items()}
        report.check("Kathan imports LS's plain JSON export (predictions are ids there: left out)", differences(without_predictions, got))
        snapshot = ls_snapshot(api, project, out / "ls-snapshot.json")
        report.note(project_from(out / "snapshot.kathan", snapshot, "--format", "label-studio"))
        report.check("Kathan imports LS's snapshot export, predictions included", differences(expected, native(out / "snapshot.kathan")))
        for kind, suffix in (("JSON_MIN", "json"), ("CONLL2003", "conll")):
            path = out / f"ls-export-{kind}.{suffix}"
            path.write_bytes(api.call("GET", f"/api/projects/{project}/export?exportType={kind}&download_all_tasks=true", raw=True))
            report.note(f"{kind}: kathan import (auto) -> {attempt_import(out / f'{kind}.kathan', path)}")

        first, second, ui_expected = ui_annotations()
        ravi = api.call("POST", "/api/users", {"email": "ravi@example.org", "username": "ravi", "first_name": "Ravi"})["id"]
        ui_project = api.call("POST", "/api/projects", {"title": "kathan-ui", "label_config": config})["id"]
        task_id = api.call("POST", f"/api/projects/{ui_project}/import?return_task_ids=true",
                           [{"data": {"text": UI_TEXT, "name": "peers/ui", "title": "मुख्यमंत्री", "source": "label-studio-ui"}}])["task_ids"][0]
        api.call("POST", f"/api/tasks/{task_id}/annotations", {"result": first, "ground_truth": False, "lead_time": 42.5})
        api.call("POST", f"/api/tasks/{task_id}/annotations", {"result": second, "completed_by": ravi, "lead_time": 7.0})
        ui_snapshot = ls_snapshot(api, ui_project, out / "ls-ui-snapshot.json")
        report.note(project_from(out / "ui.kathan", ui_snapshot, "--format", "label-studio"))
        expected_file = out / "ui-expected.jsonl"
        expected_file.write_text(json.dumps(ui_expected, ensure_ascii=False) + "\n", encoding="utf-8")
        project_from(out / "ui-expected.kathan", expected_file)
        report.check("Kathan imports annotations made the way LS's editor stores them (CRLF, emoji, meta, per-region)",
                     differences(native(out / "ui-expected.kathan"), native(out / "ui.kathan")))
        kathan("export", str(out / "ui.kathan"), "--format", "label-studio", "--out", str(out / "ui-again.json"), "--overwrite")
        again = api.call("POST", f"/api/projects/{ui_project}/import?return_task_ids=true", json.loads((out / "ui-again.json").read_text(encoding="utf-8")))
        report.check("LS imports Kathan's export of those annotations again", [] if again["annotation_count"] == 2 else [f"counts {again}"])
        if browser:
            ls_browser(api, bin_dir, base, ui_project, out, report)



# doccano


DOCCANO_USER = "admin"
DOCCANO_PASSWORD = "kathan-peers"


def doccano_wait(api: Api, task_id: str) -> Any:
    for _ in range(300):
        status = api.call("GET", f"/v1/tasks/status/{task_id}")
        if status.get("ready"):
            if status.get("error"):
                raise SystemExit(f"doccano task {task_id} failed: {status['error']}")
            return status.get("result")
        time.sleep(1)
    raise SystemExit(f"doccano task {task_id} did not finish in 5 minutes")


def doccano_project(api: Api, name: str, relations: bool) -> int:
    body = {
        "name": name, "description": "Kathan peer check", "project_type": "SequenceLabeling", "resourcetype": "SequenceLabelingProject",
        "allow_overlapping": True, "grapheme_mode": False, "use_relation": relations, "random_order": False, "collaborative_annotation": False,
    }
    return api.call("POST", "/v1/projects", body)["id"]


def doccano_upload(api: Api, project: int, path: Path, task: str, **columns: str) -> Any:
    """Uploads ``path`` as the UI does (filepond, then the import task); the import's result."""
    form, content_type = multipart({}, "filepond", path.name, path.read_bytes())
    upload_id = api.call("POST", "/v1/fp/process/", raw=True, form=form, content_type=content_type).decode()
    started = api.call("POST", f"/v1/projects/{project}/upload", {"uploadIds": [upload_id], "format": "JSONL", "task": task, **columns})
    return doccano_wait(api, started["task_id"])


def doccano_export(api: Api, project: int, out: Path) -> list[Path]:
    """doccano's JSONL export (a zip with one file per user), unpacked into ``out``."""
    started = api.call("POST", f"/v1/projects/{project}/download", {"format": "JSONL", "exportApproved": False})
    doccano_wait(api, started["task_id"])
    archive = out.with_suffix(".zip")
    archive.write_bytes(api.call("GET", f"/v1/projects/{project}/download?taskId={started['task_id']}", raw=True))
    out.mkdir(exist_ok=True)
    with zipfile.ZipFile(archive) as zipped:
        zipped.extractall(out)
    return sorted(out.glob("*.jsonl"))


def without_what_doccano_cannot_hold(documents: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Spans as (label, fragments, text) and relations by type and ends: doccano has no
    attributes, notes, annotators or suggestions, and its export names documents by its ids."""
    return {
        str(index): {
            "text": doc["text"],
            "spans": {(s[0], s[1], s[2], (), "", "", "annotated") for s in doc["spans"]},
            "relations": {(r[0], r[1], r[2], "") for r in doc["relations"]},
        }
        for index, doc in enumerate(sorted(documents.values(), key=lambda d: d["text"]))
    }


DC_TEXT = "सांसद 😊 ने संसद में कहा कि 🌧️ बारिश से फ़सलें बर्बाद हुईं, 🙏 मदद चाहिए।"
DC_SPANS = (
    ("admin", "SPEAKER", "सांसद"), ("admin", "CUE", "कहा"), ("admin", "QUOTE", "🌧️ बारिश से फ़सलें बर्बाद हुईं"),
    ("ravi", "CLAIM", "फ़सलें बर्बाद हुईं"), ("ravi", "QUOTE", "मदद चाहिए"),
)


def utf16(text: str, index: int) -> int:
    return len(text[:index].encode("utf-16-le")) // 2


def doccano_by_hand(api: Api, tokens: dict[str, Api], out: Path, report: Report) -> None:
    """Spans and a relation posted as doccano's editor posts them (offsets from the DOM
    selection: UTF-16 units), by two users; each user's export imported with --annotator."""
    project = doccano_project(api, "kathan-by-hand", relations=True)
    plain = out / "by-hand.jsonl"
    plain.write_text(json.dumps({"text": DC_TEXT}) + "\n", encoding="ascii")
    doccano_upload(api, project, plain, "RelationExtraction")
    example = api.call("GET", f"/v1/projects/{project}/examples")["results"][0]["id"]
    types = {label: api.call("POST", f"/v1/projects/{project}/span-types", {"text": label, "background_color": "#0072B2", "text_color": "#ffffff"})["id"]
             for label in sorted({label for _, label, _ in DC_SPANS})}
    said_by = api.call("POST", f"/v1/projects/{project}/relation-types", {"text": "said_by", "background_color": "#D55E00", "text_color": "#ffffff"})["id"]
    roles = {role["name"]: role["id"] for role in api.call("GET", "/v1/roles")}
    users = {user["username"]: user["id"] for user in api.call("GET", "/v1/users")}
    api.call("POST", f"/v1/projects/{project}/members", {"user": users["ravi"], "role": roles["annotator"]})
    made: dict[tuple[str, str], int] = {}
    expected_spans = []
    for who, label, covered in DC_SPANS:
        start = DC_TEXT.index(covered)
        body = {"label": types[label], "start_offset": utf16(DC_TEXT, start), "end_offset": utf16(DC_TEXT, start + len(covered)), "prob": 0.0}
        made[(who, label)] = tokens[who].call("POST", f"/v1/projects/{project}/examples/{example}/spans", body)["id"]
        expected_spans.append({"id": f"{who}-{label}", "label": label, "fragments": [[start, start + len(covered)]], "annotator": who})
    tokens["admin"].call("POST", f"/v1/projects/{project}/examples/{example}/relations",
                         {"from_id": made[("admin", "QUOTE")], "to_id": made[("admin", "SPEAKER")], "type": said_by})
    expected = {"id": "x", "text": DC_TEXT, "spans": expected_spans,
                "relations": [{"id": "r", "type": "said_by", "head": "admin-QUOTE", "tail": "admin-SPEAKER", "annotator": "admin"}]}
    (out / "by-hand-expected.jsonl").write_text(json.dumps(expected, ensure_ascii=False) + "\n", encoding="utf-8")
    project_from(out / "by-hand-expected.kathan", out / "by-hand-expected.jsonl")
    files = doccano_export(api, project, out / "doccano-by-hand")
    report.note(f"doccano exported {', '.join(f.name for f in files)}")
    target = out / "by-hand.kathan"
    target.unlink(missing_ok=True)
    kathan("init", str(target))
    for file in files:
        report.note(kathan("import", str(target), str(file), "--format", "doccano", "--offset-unit", "utf16", "--annotator", file.stem))
    report.check("Kathan imports spans made by two users the way doccano's editor posts them (--offset-unit utf16)",
                 one_document_differences(native(out / "by-hand-expected.kathan"), native(target)))
    report.note(f"the same file without --offset-unit: {attempt_import(out / 'by-hand-default.kathan', files[0], '--format', 'doccano')}")


DC_BROWSER_SPANS = (
    {"label": "SPEAKER", "covered": "सांसद"},
    {"label": "QUOTE", "covered": "बारिश से फ़सलें बर्बाद हुईं"},
    {"label": "CLAIM", "covered": "मदद चाहिए"},
)


def doccano_browser(api: Api, bin_dir: Path, base: str, out: Path, report: Report) -> None:
    """Spans dragged with the mouse in doccano's editor (headless Chromium, bench/peer_browser.py)
    after emoji, exported and imported into Kathan with --offset-unit utf16."""
    if not browser_ready(bin_dir, report):
        return
    project = doccano_project(api, "kathan-browser", relations=True)
    plain = out / "browser.jsonl"
    plain.write_text(json.dumps({"text": DC_TEXT}) + "\n", encoding="ascii")
    doccano_upload(api, project, plain, "RelationExtraction")
    for label in sorted({span["label"] for span in DC_BROWSER_SPANS}):
        api.call("POST", f"/v1/projects/{project}/span-types", {"text": label, "background_color": "#0072B2", "text_color": "#ffffff"})
    browser = Path(__file__).with_name("peer_browser.py")
    done = subprocess.run([str(bin_dir / "python"), str(browser), "doccano", base, DOCCANO_USER, DOCCANO_PASSWORD, str(project), json.dumps(DC_BROWSER_SPANS)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        report.check("doccano's editor (headless Chromium) makes the spans", [(done.stdout + done.stderr).strip()[-1500:]])
        return
    report.note(f"doccano's editor stored {[(s['start_offset'], s['end_offset']) for s in json.loads(done.stdout)]}")
    spans = []
    for number, span in enumerate(DC_BROWSER_SPANS):
        start = DC_TEXT.index(span["covered"])
        spans.append({"id": f"b{number}", "label": span["label"], "fragments": [[start, start + len(span["covered"])]], "annotator": DOCCANO_USER})
    (out / "browser-expected.jsonl").write_text(json.dumps({"id": "x", "text": DC_TEXT, "spans": spans}, ensure_ascii=False) + "\n", encoding="utf-8")
    project_from(out / "browser-expected.kathan", out / "browser-expected.jsonl")
    files = doccano_export(api, project, out / "doccano-browser")
    report.note(project_from(out / "browser.kathan", files[0], "--format", "doccano", "--offset-unit", "utf16", "--annotator", DOCCANO_USER))
    report.check("Kathan imports spans dragged in doccano's editor (UTF-16 units, --offset-unit utf16)",
                 one_document_differences(native(out / "browser-expected.kathan"), native(out / "browser.kathan")))


def doccano(work: Path, port: int, report: Report, browser: bool = False) -> None:
    bin_dir = venv(work / "dc-venv", DOCCANO_PYTHON, DOCCANO)
    report.note(f"doccano {installed(bin_dir, 'doccano')} in {bin_dir.parent}")
    home = work / "dc-home"
    fresh(home)
    env = {"DOCCANO_HOME": str(home)}
    for command in (["init"], ["createuser", "--username", DOCCANO_USER, "--password", DOCCANO_PASSWORD],
                    ["createuser", "--username", "ravi", "--password", DOCCANO_PASSWORD, "--email", "ravi@example.org"]):
        subprocess.run([str(bin_dir / "doccano"), *command], env={**os.environ, **env}, capture_output=True, check=True)
    out = work / "doccano"
    out.mkdir(exist_ok=True)
    project_from(out / "source.kathan", write_fixture(out / "source.jsonl"))
    base = f"http://127.0.0.1:{port}"
    web = [str(bin_dir / "doccano"), "webserver", "--port", str(port), "--workers", "1"]
    worker = [str(bin_dir / "doccano"), "task", "--concurrency", "1"]
    with server(web, env, work / "dc-web.log", answers(f"{base}/v1/health/")), server(worker, env, work / "dc-task.log", logged(work / "dc-task.log", " ready.")):
        tokens = {}
        for user in (DOCCANO_USER, "ravi"):
            login = urllib.request.Request(f"{base}/v1/auth/login/", data=json.dumps({"username": user, "password": DOCCANO_PASSWORD}).encode(),
                                           headers={"Content-Type": "application/json"}, method="POST")
            with urllib.request.urlopen(login, timeout=60) as response:
                tokens[user] = Api(base, f"Token {json.loads(response.read())['key']}")
        api = tokens[DOCCANO_USER]
        cases = (
            ("entities + relations, code points", ("--shape", "entities"), (), True, "RelationExtraction", {}),
            ("entities + relations, --offset-unit utf16", ("--shape", "entities", "--offset-unit", "utf16"), ("--offset-unit", "utf16"), True, "RelationExtraction", {}),
            ("label shape, code points", ("--shape", "label"), (), False, "SequenceLabeling", {"column_data": "text", "column_label": "label"}),
        )
        for number, (name, export_args, import_args, relations, task, columns) in enumerate(cases, start=1):
            exported = out / f"kathan-export-{number}.jsonl"
            kathan("export", str(out / "source.kathan"), "--format", "doccano", *export_args, "--out", str(exported), "--overwrite")
            project_from(out / f"direct-{number}.kathan", exported, "--format", "doccano", *import_args)
            expected = without_what_doccano_cannot_hold(native(out / f"direct-{number}.kathan"))
            project = doccano_project(api, f"kathan-{number}", relations)
            result = doccano_upload(api, project, exported, task, **columns)
            report.check(f"doccano imports Kathan's export ({name})", [str(e) for e in (result or {}).get("error", [])])
            files = doccano_export(api, project, out / f"doccano-export-{number}")
            report.note(f"doccano exported {', '.join(f.name for f in files)}")
            report.note(project_from(out / f"back-{number}.kathan", files[0], "--format", "doccano", *import_args))
            got = without_what_doccano_cannot_hold(native(out / f"back-{number}.kathan"))
            report.check(f"Kathan imports doccano's export ({name})", differences(expected, got))
        doccano_by_hand(api, tokens, out, report)
        if browser:
            doccano_browser(api, bin_dir, base, out, report)


# Running


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.peer_tools", description=__doc__.split("\n\n")[0])
    parser.add_argument("--work", type=Path, default=Path("/tmp/kathan-peers"), help="virtualenvs, server data and files (default /tmp/kathan-peers)")
    parser.add_argument("--tools", nargs="+", choices=("label-studio", "doccano"), default=["label-studio", "doccano"])
    parser.add_argument("--port", type=int, default=8093, help="first local port (Label Studio; doccano takes the next)")
    parser.add_argument("--browser", action="store_true", help="also annotate in each tool's own editor in headless Chromium "
                        "(Debian's chromium and chromium-driver; selenium goes into the tool's virtualenv)")
    args = parser.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    report = Report()
    if "label-studio" in args.tools:
        label_studio(args.work, args.port, report, browser=args.browser)
    if "doccano" in args.tools:
        doccano(args.work, args.port + 1, report, browser=args.browser)
    print(f"\n{report.failed} of the checks differ" if report.failed else "\nevery check passed")
    return 1 if report.failed else 0


if __name__ == "__main__":
    sys.exit(main())
