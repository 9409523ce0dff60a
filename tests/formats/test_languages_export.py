"""Exports of documents beyond Hindi: the language is kept, the script said, tokens per language."""

from __future__ import annotations

import json
from pathlib import Path

from kathan.formats.base import as_annotated
from kathan.formats.registry import read_paths, write
from kathan.model import DocumentRecord, SpanRecord
from kathan.schema import default_schema

URDU = "وزیر نے کہا: “ہم آئیں گے۔” وہ چلے گئے۔"
QUOTE_START = URDU.index("“")
QUOTE_END = URDU.index("”") + 1
TAMIL = "டி. ராமன் வந்தார். அவர் பேசினார்."


def test_jsonl_keeps_the_language_and_says_the_script(tmp_path: Path) -> None:
    """An Urdu document exports as ``ur`` / ``ur-Arab`` and reads back as ``ur``."""
    record = DocumentRecord(
        name="ur-1", text=URDU, language="ur",
        spans=(SpanRecord(key="s1", label="QUOTE", fragments=((QUOTE_START, QUOTE_END),)),),
    )
    out = tmp_path / "ur.jsonl"
    write("jsonl", [as_annotated(record)], out)
    line = json.loads(out.read_text(encoding="utf-8"))
    assert (line["language"], line["script"]) == ("ur", "ur-Arab")
    assert line["spans"][0]["text"] == "“ہم آئیں گے۔”"
    back = read_paths([out], schema=default_schema()).records
    assert back[0].language == "ur" and back[0].text == URDU


def test_conll_tokens_and_sentences_follow_the_language(tmp_path: Path) -> None:
    """Tamil keeps the initial's dot in its token; Urdu ends its sentences at ``۔``."""
    tamil = DocumentRecord(name="ta-1", text=TAMIL, language="ta",
                           spans=(SpanRecord(key="s1", label="SPEAKER", fragments=((0, 9),)),))
    urdu = DocumentRecord(name="ur-1", text=URDU, language="ur")
    out = tmp_path / "x.conll"
    write("conll", [as_annotated(tamil, 1), as_annotated(urdu, 2)], out, docstart=False)
    lines = out.read_text(encoding="utf-8").split("\n")
    blocks = "\n".join(line for line in lines if not line.startswith("# ")).strip("\n").split("\n\n")
    assert blocks[0].split("\n") == ["டி.\tB-SPEAKER", "ராமன்\tI-SPEAKER", "வந்தார்\tO", ".\tO"]
    assert blocks[1].split("\n") == ["அவர்\tO", "பேசினார்\tO", ".\tO"]
    assert [row.split("\t")[0] for row in blocks[2].split("\n")] == [
        "وزیر", "نے", "کہا", ":", "“", "ہم", "آئیں", "گے", "۔", "”",
    ]
    assert [row.split("\t")[0] for row in blocks[3].split("\n")] == ["وہ", "چلے", "گئے", "۔"]


def test_hf_spacy_and_prodigy_tokens_follow_the_language() -> None:
    """The HF row's tokens, spaCy's words and Prodigy's tokens keep Tamil's ``டி.`` whole, and
    split Hindi's ``डॉ.`` as Hindi always has."""
    from kathan.formats.base import LossLog
    from kathan.formats.hf import document_row
    from kathan.formats.prodigy import document_task
    from kathan.formats.spacy import words_and_spaces

    tamil = as_annotated(DocumentRecord(name="ta-1", text=TAMIL, language="ta"), 1)
    row, _ = document_row(tamil)
    assert row["tokens"][:2] == ["டி.", "ராமன்"]
    assert [t["text"] for t in document_task(tamil, LossLog())["tokens"]][:2] == ["டி.", "ராமன்"]
    assert words_and_spaces(TAMIL, (), "ta")[0][:2] == ["டி.", "ராமன்"]
    hindi = as_annotated(DocumentRecord(name="hi-1", text="डॉ. शर्मा आए।"), 2)
    assert document_row(hindi)[0]["tokens"][:3] == ["डॉ", ".", "शर्मा"]
    urdu_tagged_hindi = as_annotated(DocumentRecord(name="ur-2", text="گروہ_واری جھگڑا۔"), 3)
    assert document_row(urdu_tagged_hindi)[0]["tokens"] == ["گروہ_واری", "جھگڑا", "۔"]


def test_inception_formats_take_tokens_and_sentences_from_the_language(tmp_path: Path) -> None:
    """WebAnno TSV and UIMA XMI keep Tamil's initial ``டி.`` as one token and end Urdu sentences at ``۔``."""
    from kathan.text.scripts import text_language
    from kathan.text.sentences import split_sentences
    from kathan.text.tokens import tokenize

    tamil = DocumentRecord(name="ta-1", text=TAMIL, language="ta")
    urdu = DocumentRecord(name="ur-1", text=URDU, language="ur")
    write("webanno-tsv3", [as_annotated(tamil, 1), as_annotated(urdu, 2)], tmp_path / "tsv")
    tsv = (tmp_path / "tsv" / "ta-1.tsv").read_text(encoding="utf-8")
    assert "\tடி.\t" in tsv
    urdu_tsv = (tmp_path / "tsv" / "ur-1.tsv").read_text(encoding="utf-8")
    assert urdu_tsv.count("#Text=") == len(split_sentences(URDU, "ur")) == 2
    write("uima-xmi", [as_annotated(tamil, 1)], tmp_path / "xmi")
    xmi = (tmp_path / "xmi" / "ta-1.xmi").read_text(encoding="utf-8")
    first = tokenize(TAMIL, text_language("ta", TAMIL))[0]
    assert (first.start, first.end) == (0, 3)
    assert f'begin="{first.start}" end="{first.end}"' in xmi
