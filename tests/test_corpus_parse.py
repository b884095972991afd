"""Every text and HTML page of the shared corpus parses into a sound tree."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from statementdiff import parse_file
from statementdiff.models import Statement

pytestmark = pytest.mark.corpus

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
_FILES = sorted(p.name for p in CORPUS.glob("*.txt")) + sorted(
    p.name for p in CORPUS.glob("*.html")
)
_PAIRS = sorted(p.stem for p in CORPUS.glob("*.html") if p.with_suffix(".txt").is_file())

DROPPED_HEADINGS = {"###"}
"""Manifest headings absent from the .txt files: the corpus README says the "###"
press-release terminator was removed from them."""

_cache: dict[str, Statement] = {}


def parsed(corpus_dir: Path, name: str) -> Statement:
    if name not in _cache:
        _cache[name] = parse_file(corpus_dir / name)
    return _cache[name]


def body_texts(statement: Statement) -> list[tuple[str, str]]:
    """(kind, text after the printed label) of each heading and block, whitespace collapsed."""
    out: list[tuple[str, str]] = []
    for section in statement.sections:
        if section.heading is not None:
            out.append(("heading", " ".join(section.heading.split())))
        for block in section.blocks:
            text = block.text
            if block.label and text.startswith(block.label):
                text = text[len(block.label) :]
            out.append(("block", " ".join(text.split())))
    return out


@pytest.mark.parametrize("name", _FILES)
def test_corpus_file_parses_with_sound_spans_and_ids(corpus_dir: Path, name: str) -> None:
    statement = parsed(corpus_dir, name)
    ids = [node.id for node in statement.nodes()]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for node in statement.nodes():
        assert statement.text[node.span.start : node.span.end] == node.text, node.id
    for section in statement.sections:
        if section.heading_span is not None:
            span = section.heading_span
            assert statement.text[span.start : span.end] == section.heading
    assert any(True for _ in statement.blocks())
    if name.endswith(".txt"):
        assert statement.text == (corpus_dir / name).read_text("utf-8").replace("\r\n", "\n")


@pytest.mark.parametrize("name", _FILES)
def test_corpus_blocks_carry_no_boilerplate(corpus_dir: Path, name: str) -> None:
    statement = parsed(corpus_dir, name)
    for kind, text in body_texts(statement):
        assert text not in {"###", "***", "* * *", "*****"}, kind
        assert text.lower().rstrip(".:") not in {"begin text", "end text"}


def test_manifest_headings_are_section_headings(
    corpus_dir: Path, manifest: list[dict[str, Any]]
) -> None:
    missing: list[tuple[str, str]] = []
    found = 0
    for entry in manifest:
        headings = {s.heading for s in parsed(corpus_dir, f"{entry['slug']}.txt").sections}
        for heading in entry["headings"]:
            if heading in DROPPED_HEADINGS:
                continue
            if heading in headings:
                found += 1
            else:
                missing.append((entry["slug"], heading))
    assert not missing
    assert found >= 150


def test_short_paragraphs_are_not_all_headings(
    corpus_dir: Path, manifest: list[dict[str, Any]]
) -> None:
    """False positives stay few: headings the manifest does not list are under 1 in 20 blocks."""
    extra = blocks = 0
    for entry in manifest:
        statement = parsed(corpus_dir, f"{entry['slug']}.txt")
        listed = set(entry["headings"])
        extra += sum(1 for s in statement.sections if s.heading and s.heading not in listed)
        blocks += sum(1 for _ in statement.blocks())
    assert extra < blocks / 20
    spokesperson = parsed(corpus_dir, "g7-fm-2022-08-03-statement-taiwan-strait.txt")
    assert spokesperson.sections[0].heading is None
    assert spokesperson.sections[0].blocks[0].text == "Office of the Spokesperson"


@pytest.mark.parametrize("stem", _PAIRS)
def test_html_and_text_versions_agree(corpus_dir: Path, stem: str) -> None:
    """The HTML page and its .txt give the same headings and block texts.

    Only the labels differ: the .txt writes every list item with "- ", the HTML
    reader numbers ``<ol>`` items ("16.", "a."), so labels are left out.
    """
    html = parsed(corpus_dir, f"{stem}.html")
    text = parsed(corpus_dir, f"{stem}.txt")
    assert body_texts(html) == body_texts(text)
