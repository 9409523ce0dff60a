"""The schema loader: the shipped schema, and bad files refused with file, line and reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from kathan.schema import SchemaError, default_schema, load_schema, parse_schema

GOOD = """\
name = "tiny"

[[labels]]
name = "QUOTE"
hotkey = "q"
  [[labels.attributes]]
  name = "form"
  values = ["direct", "indirect"]

[[labels]]
name = "SPEAKER"
hotkey = "s"

[[relations]]
name = "said_by"
heads = ["QUOTE"]
tails = ["SPEAKER"]
"""


def test_default_schema_matches_the_attribution_guidelines() -> None:
    """The shipped schema has the five labels, their hotkeys and the seven relations."""
    schema = default_schema()
    assert schema.label_names == ("QUOTE", "SPEAKER", "CUE", "ADDRESSEE", "CLAIM")
    assert {label.name: label.hotkey for label in schema.labels} == {
        "QUOTE": "q", "SPEAKER": "s", "CUE": "c", "ADDRESSEE": "a", "CLAIM": "l",
    }
    assert [r.name for r in schema.relations] == [
        "said_by", "cued_by", "addressed_to", "relayed_via", "nested_in", "voiced_in", "same_as",
    ]
    quote = schema.label("QUOTE")
    assert quote is not None and quote.attribute("medium") is not None
    assert "social_post" in quote.attribute("medium").values  # type: ignore[union-attr]
    assert schema.relation("said_by").allows("QUOTE", "SPEAKER")  # type: ignore[union-attr]
    assert not schema.relation("said_by").allows("SPEAKER", "QUOTE")  # type: ignore[union-attr]
    assert [r.name for r in schema.relations_between("QUOTE", "SPEAKER")] == ["said_by", "relayed_via"]


def test_attributes_are_checked_against_the_label() -> None:
    """Unknown labels, unknown attributes and values outside the list are refused with a reason."""
    schema = parse_schema(GOOD)
    assert schema.check_attributes("QUOTE", {"form": "direct"}) is None
    assert "unknown label" in (schema.check_attributes("CLAIM", {}) or "")
    assert "no attribute" in (schema.check_attributes("SPEAKER", {"form": "direct"}) or "")
    assert "not one of" in (schema.check_attributes("QUOTE", {"form": "sung"}) or "")


@pytest.mark.parametrize(
    ("source", "line", "reason"),
    [
        ('name = "x"\n[[labels]\nname = "A"\n', 2, "not valid TOML"),
        ('name = "x"\n', 0, "at least one [[labels]]"),
        ('[[labels]]\nname = "A B"\n', 2, "needs a name"),
        ('[[labels]]\nname = "A"\ncolour = "red"\n', 3, "colour must look like"),
        ('[[labels]]\nname = "A"\nhotkey = "q"\n[[labels]]\nname = "B"\nhotkey = "q"\n', 3, "already used by A"),
        ('[[labels]]\nname = "A"\n[[labels]]\nname = "A"\n', 2, "defined twice"),
        ('[[labels]]\nname = "A"\n[[relations]]\nname = "r"\nheads = ["A"]\ntails = ["Z"]\n', 6, "unknown label 'Z'"),
        ('[[labels]]\nname = "A"\nshape = "round"\n', 3, "unknown key 'shape'"),
    ],
)
def test_bad_schema_is_refused_with_file_line_and_reason(tmp_path: Path, source: str, line: int, reason: str) -> None:
    """Each mistake names the file and the line where it stands."""
    path = tmp_path / "bad.toml"
    path.write_text(source, encoding="utf-8")
    with pytest.raises(SchemaError) as caught:
        load_schema(path)
    assert caught.value.file == str(path)
    assert caught.value.line == line
    assert reason in str(caught.value)
    assert str(caught.value).startswith(f"{path}:{line}: " if line else f"{path}: ")


def test_unreadable_schema_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "missing.toml"
    with pytest.raises(SchemaError, match="missing.toml"):
        load_schema(path)
