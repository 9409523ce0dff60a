"""Annotator layers on import: the same text adds layers, conflicts change nothing, replacing is explicit."""

from __future__ import annotations

from pathlib import Path

import pytest

from kathan.layers import layers_of
from kathan.model import DocumentRecord, InputError, RelationRecord, SpanRecord
from storage import Workspace
from tests.storage.conftest import snapshot

TEXT = "मंत्री ने कहा कि भारत और रूस मित्र हैं।"
QUOTE = (TEXT.index("भारत"), TEXT.index("।"))
SHORT_QUOTE = (TEXT.index("भारत"), TEXT.index(" मित्र"))
SPEAKER = (0, len("मंत्री"))


def layer(name: str, annotator: str, quote: tuple[int, int] = QUOTE) -> DocumentRecord:
    return DocumentRecord(
        name=name,
        text=TEXT,
        spans=(SpanRecord("T1", "QUOTE", (quote,), annotator=annotator), SpanRecord("T2", "SPEAKER", (SPEAKER,), annotator=annotator)),
        relations=(RelationRecord("R1", "said_by", "T1", "T2", annotator=annotator),),
        source=f"{annotator or 'anon'}.jsonl",
        line=1,
    )


def test_same_text_under_another_name_adds_a_layer(ws: Workspace) -> None:
    """The document is matched by its text, never its name: ravi's file adds his layer to 'a'."""
    (doc,) = ws.import_records([layer("a", "asha")]).documents_added
    changes = ws.import_records([layer("b", "ravi")])
    assert changes.documents_added == () and changes.documents_updated == (doc,)
    assert [d.name for d in ws.documents()] == ["a"]
    layers = layers_of(ws.annotated(doc))
    assert set(layers) == {"asha", "ravi"}
    assert len(layers["ravi"].spans) == 2 and len(layers["ravi"].relations) == 1


def test_unsigned_spans_take_the_workspace_annotator(project_path: Path, ws: Workspace) -> None:
    """A format that carries no annotator gets the importing annotator's name (--annotator)."""
    (doc,) = ws.import_records([layer("a", "asha")]).documents_added
    with Workspace.open(project_path, annotator="mira") as mira:
        mira.import_records([layer("a", "")])
    assert set(layers_of(ws.annotated(doc))) == {"asha", "mira"}


def test_a_different_layer_by_the_same_annotator_is_a_conflict(ws: Workspace) -> None:
    """Everything is checked first: one conflict refuses the whole import and changes nothing."""
    ws.import_records([layer("a", "asha")])
    before = snapshot(ws)
    fresh = DocumentRecord(name="new", text="दूसरा लेख।")
    with pytest.raises(InputError, match=r"asha.jsonl:1: document 'a' \(same text as 'a'\) already has a different layer by 'asha'"):
        ws.import_records([fresh, layer("a", "asha", SHORT_QUOTE)])
    assert snapshot(ws) == before


def test_unsigned_conflict_suggests_naming_the_layer(ws: Workspace) -> None:
    """A conflict on spans without annotator says how to give them one."""
    ws.import_records([layer("a", "")])
    with pytest.raises(InputError, match="--annotator names a new layer"):
        ws.import_records([layer("a", "", SHORT_QUOTE)])


def test_replace_layers_swaps_only_that_annotators_layer(ws: Workspace) -> None:
    """--replace-layer deletes the annotator's old spans and relations of the document, keeps others'."""
    (doc,) = ws.import_records([layer("a", "asha")]).documents_added
    ws.import_records([layer("a", "ravi")])
    ws.import_records([layer("a", "asha", SHORT_QUOTE)], replace_layers=True)
    layers = layers_of(ws.annotated(doc))
    assert [s.fragments for s in layers["asha"].spans if s.label == "QUOTE"] == [(SHORT_QUOTE,)]
    assert len(layers["asha"].spans) == 2 and len(layers["asha"].relations) == 1
    assert [s.fragments for s in layers["ravi"].spans if s.label == "QUOTE"] == [(QUOTE,)]


def test_the_same_layer_again_changes_nothing(ws: Workspace) -> None:
    """Importing the very same annotator's file twice is harmless: nothing is added."""
    ws.import_records([layer("a", "asha"), layer("x", "ravi")])
    before = snapshot(ws)
    assert not ws.import_records([layer("a", "asha")])
    assert snapshot(ws) == before


def test_a_taken_name_with_another_text_is_still_refused(ws: Workspace) -> None:
    """Layers need the same text: a name already in the project with another text is refused."""
    ws.import_records([layer("a", "asha")])
    other = DocumentRecord(name="a", text=TEXT + " और", spans=(SpanRecord("T1", "SPEAKER", (SPEAKER,)),))
    with pytest.raises(InputError, match="'a' already in project"):
        ws.import_records([other])
