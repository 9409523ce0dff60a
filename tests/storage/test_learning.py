"""The learned suggester in a project: its training material (annotations and reviews), the
model kept in the project, training when the model is older than the annotations, and the
``train``, ``suggest`` and ``evaluate --cv`` commands."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path
from types import SimpleNamespace

import pytest

from cli.main import main
from kathan.model import DocumentRecord, SpanRecord
from kathan.suggest.combined import CombinedSuggester, Verdicts
from kathan.suggest.learned import LearnedSuggester
from storage import Workspace
from storage.training import current_model, project_suggester
from tests.suggest.invented import records

REPO = Path(__file__).resolve().parents[2]
FRESH = "आज मौसम साफ रहा। जिलाधिकारी सुनीता राव ने कहा कि अस्पताल में दवाओं की कोई कमी नहीं है।"


@pytest.fixture
def trained_ws(tmp_path: Path) -> Workspace:
    ws = Workspace.create(tmp_path / "p.kathan", annotator="asha")
    ws.import_records(records(6))
    ws.import_records([DocumentRecord("fresh", FRESH)])
    yield ws
    ws.close()


def test_training_material_is_the_annotated_documents(trained_ws: Workspace) -> None:
    docs = trained_ws.training_documents()
    assert sorted(d.name for d in docs) == [f"doc{n:02d}" for n in range(6)]


def test_model_is_kept_and_trained_again_only_when_annotations_change(trained_ws: Workspace) -> None:
    first = current_model(trained_ws)
    assert first.fresh and first.model is not None
    assert trained_ws.stored_model("learned") is not None
    again = current_model(trained_ws)
    assert not again.fresh and again.model == first.model
    doc = trained_ws.document_by_name("doc00")
    assert doc is not None
    span = trained_ws.spans(doc.id)[0]
    trained_ws.delete_spans([span.id])
    assert current_model(trained_ws).fresh


def test_reviews_are_negative_examples_and_corrections(trained_ws: Workspace) -> None:
    """A rejected suggestion and an accepted one whose boundaries were changed reach training."""
    fresh = trained_ws.document_by_name("fresh")
    assert fresh is not None
    suggester = project_suggester(trained_ws, "learned")
    trained_ws.store_suggestions(fresh.id, suggester.name, suggester.suggest(fresh))
    open_ = {s.label: s for s in trained_ws.suggestions(fresh.id)}
    trained_ws.reject_suggestions([open_["QUOTE"].id])
    trained_ws.accept_suggestions([open_["SPEAKER"].id])
    speaker = next(s for s in trained_ws.spans(fresh.id) if s.label == "SPEAKER")
    trained_ws.update_span(speaker.id, fragments=((speaker.start + len("जिलाधिकारी "), speaker.end),))
    doc = next(d for d in trained_ws.training_documents() if d.name == "fresh")
    verdicts = {(r.label, r.verdict) for r in doc.reviews}
    assert verdicts == {("QUOTE", "rejected"), ("SPEAKER", "corrected")}


def test_default_suggester_combines_rules_and_the_learned_model(trained_ws: Workspace) -> None:
    suggester = project_suggester(trained_ws)
    assert isinstance(suggester, CombinedSuggester) and isinstance(suggester.learned, LearnedSuggester)
    fresh = trained_ws.document_by_name("fresh")
    assert fresh is not None
    labels = {s.label for s in suggester.suggest(fresh)}
    assert {"QUOTE", "SPEAKER", "CUE"} <= labels


def test_learned_suggester_needs_something_to_learn_from(tmp_path: Path) -> None:
    with Workspace.create(tmp_path / "empty.kathan") as ws:
        ws.import_records([DocumentRecord("a", FRESH, spans=())])
        with pytest.raises(Exception, match="nothing to learn from"):
            project_suggester(ws, "learned")
        assert isinstance(project_suggester(ws), CombinedSuggester)


def test_cli_train_suggest_and_cross_validate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "cli.kathan"
    with Workspace.create(path) as ws:
        ws.import_records(records(6))
        ws.import_records([DocumentRecord("fresh", FRESH, spans=(SpanRecord("T1", "CUE", ((FRESH.index("कहा"), FRESH.index("कहा") + 3),)),))])
    assert main(["train", str(path)]) == 0
    out = capsys.readouterr().out
    assert "trained on 7 documents" in out and "CLAIM" in out
    assert main(["suggest", str(path)]) == 0
    assert "stored" in capsys.readouterr().out
    assert main(["evaluate", str(path), "--cv", "3"]) == 0
    table = capsys.readouterr().out
    assert "3-fold cross-validation" in table and "SPEAKER" in table
    assert main(["evaluate", str(path), "--cv", "30"]) == 1
    assert main(["evaluate", str(path)]) == 1


def test_the_confidences_the_cross_validation_chose_travel_with_the_model(
    trained_ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The confidences from which learned spans join or overrule the rules' are stored beside
    the winners, read back with the model, and given to the combined suggester; ``kathan
    train`` names them."""
    chosen = Verdicts({"QUOTE": "rules", "CUE": "learned"}, {"QUOTE": 0.95}, {"SPEAKER": 0.9})
    monkeypatch.setattr("storage.training.cross_validate", lambda *args, **kwargs: SimpleNamespace(verdicts=chosen))
    first = current_model(trained_ws, force=True)
    assert first.fresh and first.verdicts == chosen
    again = current_model(trained_ws)
    assert not again.fresh and again.verdicts == chosen
    suggester = project_suggester(trained_ws)
    assert isinstance(suggester, CombinedSuggester) and suggester.verdicts == chosen
    assert main(["train", str(tmp_path / "p.kathan")]) == 0
    out = capsys.readouterr().out
    assert "only from a confidence on (they scored best so) for: QUOTE from 0.95" in out
    assert "takes the place of the rules' it overlaps for: SPEAKER from 0.9" in out


def test_storing_a_model_is_no_edit_windows_see(trained_ws: Workspace) -> None:
    """A background training must not look like another process's edit to an open window."""
    before = trained_ws.data_version()
    current_model(trained_ws)
    assert trained_ws.data_version() == before


def test_mean_confidence_of_open_suggestions_per_document(trained_ws: Workspace) -> None:
    fresh = trained_ws.document_by_name("fresh")
    assert fresh is not None and trained_ws.suggestion_confidence() == {}
    suggester = project_suggester(trained_ws)
    trained_ws.store_suggestions(fresh.id, suggester.name, suggester.suggest(fresh))
    stored = trained_ws.suggestions(fresh.id)
    confidence = trained_ws.suggestion_confidence()
    mean = sum(float(s.note.split()[1].rstrip(";")) for s in stored) / len(stored)
    assert set(confidence) == {fresh.id} and abs(confidence[fresh.id] - mean) < 0.01


def test_a_stopped_training_leaves_the_stored_model_as_it_was(trained_ws: Workspace) -> None:
    """``current_model``'s check stops a training anywhere; the model stored before stays."""
    before = current_model(trained_ws)
    stored = trained_ws.stored_model("learned")

    class Stop(Exception):
        pass

    calls = 0

    def stop_late() -> None:
        nonlocal calls
        calls += 1
        if calls > 200:
            raise Stop

    with pytest.raises(Stop):
        current_model(trained_ws, force=True, check=stop_late)
    assert trained_ws.stored_model("learned") == stored
    assert current_model(trained_ws).model == before.model


def test_ctrl_c_stops_kathan_train_and_keeps_the_stored_model(tmp_path: Path) -> None:
    """Ctrl+C during ``kathan train`` stops CRFsuite between two iterations: exit 130, a clear
    message, no traceback, and no model written."""
    path = tmp_path / "big.kathan"
    with Workspace.create(path) as ws:
        ws.import_records(records(80))
    process = subprocess.Popen(
        [sys.executable, "-m", "cli.main", "train", str(path)], cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    assert process.stderr is not None
    assert "Ctrl+C stops it" in process.stderr.readline()
    time.sleep(0.5)
    if process.poll() is not None:
        pytest.skip("the training finished before it could be interrupted")
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130, err
    assert "interrupted" in err and "Traceback" not in err
    with Workspace.open(path) as ws:
        assert ws.stored_model("learned") is None
