"""Sections, blocks, ids and spans; golden trees of the fixtures; corpus and property checks.

Regenerate the golden trees after an intended change, then review the diff by eye::

    STATEMENTDIFF_UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_segment.py

(the rule for every golden file is in tests/_golden.py).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, Literal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from _golden import check_golden, fixture
from statementdiff import parse_file
from statementdiff.models import Section, Statement
from statementdiff.read.blocks import RawBlock
from statementdiff.read.text import read_text
from statementdiff.segment.sections import build_sections, label_key

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
GOLDEN = ["leaders-2031-a.txt", "leaders-2031-b.txt", "communique-2032.txt", "ministers-2032.html",
          "leaders-2031-a.html"]  # fmt: skip


def _golden_path(name: str) -> Path:
    stem = name.removesuffix(".txt")
    return FIXTURES / f"{stem}.tree.json"


def _tree(statement: Statement) -> list[dict[str, Any]]:
    """The segmentation fields of a statement (nothing that semantics fills in)."""
    out: list[dict[str, Any]] = []
    for section in statement.sections:
        blocks = []
        for block in section.blocks:
            sentences = []
            for sentence in block.sentences:
                clauses = [
                    {
                        "id": c.id,
                        "span": [c.span.start, c.span.end],
                        "actor": c.actor,
                        "predicate": c.predicate,
                        "text": c.text,
                    }
                    for c in sentence.clauses
                ]
                sentences.append(
                    {
                        "id": sentence.id,
                        "span": [sentence.span.start, sentence.span.end],
                        "clauses": clauses,
                    }
                )
            blocks.append(
                {
                    "id": block.id,
                    "kind": block.kind,
                    "label": block.label,
                    "level": block.level,
                    "span": [block.span.start, block.span.end],
                    "sentences": sentences,
                }
            )
        out.append(
            {
                "id": section.id,
                "heading": section.heading,
                "span": [section.span.start, section.span.end],
                "blocks": blocks,
            }
        )
    return out


def _check_invariants(statement: Statement) -> None:
    text = statement.text
    ids = [n.id for n in statement.nodes()]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for node in statement.nodes():
        assert text[node.span.start : node.span.end] == node.text, node.id
    for section in statement.sections:
        if section.heading_span is not None:
            assert section.span.start == section.heading_span.start
        for block in section.blocks:
            assert section.span.start <= block.span.start <= block.span.end <= section.span.end
            assert block.id.startswith(section.id + ".")
            last = block.span.start
            for sentence in block.sentences:
                assert sentence.text == sentence.text.strip()
                assert sentence.text, sentence.id
                assert last <= sentence.span.start
                assert sentence.span.end <= block.span.end
                if block.label:
                    assert sentence.span.start >= block.span.start + len(block.label)
                last = sentence.span.end
                inner = sentence.span.start
                for clause in sentence.clauses:
                    assert clause.text == clause.text.strip()
                    assert inner <= clause.span.start < clause.span.end <= sentence.span.end
                    inner = clause.span.end


@pytest.mark.parametrize("name", GOLDEN)
def test_fixture_tree_matches_golden(name: str) -> None:
    statement = parse_file(fixture(name))
    _check_invariants(statement)
    tree = _tree(statement)
    check_golden(_golden_path(name), json.dumps(tree, indent=1, ensure_ascii=False) + "\n")


def test_communique_numbering() -> None:
    statement = parse_file(FIXTURES / "communique-2032.txt")
    ids = {b.id for b in statement.blocks()}
    assert {"sec3.n4", "sec3.n4.a", "sec3.n4.c", "sec3.n6.a.i", "sec3.n6.a.ii", "sec4.n14"} <= ids
    assert statement.node("sec3.n6.a.ii").text.startswith("(ii)")


def test_html_and_text_fixture_agree() -> None:
    a = parse_file(FIXTURES / "leaders-2031-a.txt")
    b = parse_file(FIXTURES / "leaders-2031-a.html")
    rows_a = [(n.id, n.text) for n in a.nodes() if n.kind in ("sentence", "clause")]
    rows_b = [(n.id, n.text) for n in b.nodes() if n.kind in ("sentence", "clause")]
    assert rows_a == rows_b


# --------------------------------------------------------------------------- build_sections


def _blocks(text: str) -> list[RawBlock]:
    """A minimal reader for tests: blank-line blocks, "N." / "(x)" / "-" labels, '#' headings."""
    blocks: list[RawBlock] = []
    for m in re.finditer(r"[^\n]+(?:\n[^\n]+)*", text):
        start, end = m.span()
        chunk = m.group()
        if chunk.startswith("# "):
            blocks.append(RawBlock("heading", start, end, start))
            continue
        label = re.match(r"(\d+\.|\([a-z]+\)|-)\s+", chunk)
        if label:
            kind: Literal["item", "paragraph"] = (
                "item" if not label.group(1)[0].isdigit() else "paragraph"
            )
            blocks.append(RawBlock(kind, start, end, start + label.end(), label=label.group(1)))
        else:
            blocks.append(RawBlock("paragraph", start, end, start))
    return blocks


def _build(text: str) -> tuple[Section, ...]:
    return build_sections(text, _blocks(text))


def test_sections_and_ids() -> None:
    text = (
        "Opening words.\n\n# First\n\nWe agree. We act.\n\nMore.\n\n- one\n\n- two\n\n"
        "# Second\n\n1. Numbered.\n\n(a) Sub.\n\n(i) Deeper.\n\n(ii) Again.\n\n(b) Next.\n\n"
        "1. Repeated."
    )
    sections = _build(text)
    assert [s.id for s in sections] == ["sec1", "sec2", "sec3"]
    assert sections[0].heading is None
    assert sections[1].heading == "# First"
    assert [b.id for b in sections[1].blocks] == ["sec2.p1", "sec2.p2", "sec2.i1", "sec2.i2"]
    assert [b.id for b in sections[2].blocks] == [
        "sec3.n1",
        "sec3.n1.a",
        "sec3.n1.a.i",
        "sec3.n1.a.ii",
        "sec3.n1.b",
        "sec3.n1~2",
    ]
    assert [s.id for s in sections[1].blocks[0].sentences] == ["sec2.p1.s1", "sec2.p1.s2"]
    assert sections[1].text == text[sections[1].span.start : sections[1].span.end]
    assert sections[1].text.startswith("# First")
    assert sections[1].text.endswith("- two")
    first = sections[2].blocks[0].sentences[0]
    assert first.text == "Numbered."
    assert first.clauses[0].id == "sec3.n1.s1.c1"


def test_bulleted_letters_are_numbered_under_a_repeated_number() -> None:
    # QA: "- a. Project selection" under the second "1." was "sec1.i1" with "a." in its text;
    # the critical minerals framework repeats "1." and letters its sub-items behind bullets
    text = (
        "1. One.\n\n1. Two:\n\n  - a. Project selection: we pick.\n\n  - b. Financing.\n\n2. Three."
    )
    body, raw = read_text(text)
    blocks = build_sections(body, raw)[0].blocks
    assert [b.id for b in blocks] == [
        "sec1.n1",
        "sec1.n1~2",
        "sec1.n1~2.a",
        "sec1.n1~2.b",
        "sec1.n2",
    ]
    assert [b.label for b in blocks] == ["1.", "1.", "a.", "b.", "2."]
    first = blocks[2].sentences[0].clauses[0]
    assert (first.id, first.text) == ("sec1.n1~2.a.s1.c1", "Project selection: we pick.")
    assert blocks[3].sentences[0].text == "Financing."


def test_heading_without_blocks() -> None:
    text = "# Alone"
    sections = build_sections(text, [RawBlock("heading", 0, 7, 0)])
    assert sections[0].text == "# Alone"
    assert sections[0].blocks == ()


def test_letter_i_after_h_is_a_letter() -> None:
    text = "\n\n".join(f"({c}) Item." for c in "ghij")
    assert [b.id for b in _build(text)[0].blocks] == ["sec1.ng", "sec1.nh", "sec1.ni", "sec1.nj"]


def test_reader_levels_take_precedence() -> None:
    text = "(a) One.\n\n(b) Two."
    blocks = [
        RawBlock("item", 0, 8, 4, label="(a)", level=0),
        RawBlock("item", 10, 18, 14, label="(b)", level=1),
    ]
    assert [b.id for b in build_sections(text, blocks)[0].blocks] == ["sec1.na", "sec1.na.b"]


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("3.", ("3", "num.")),
        ("12)", ("12", "num)")),
        ("(a)", ("a", "(alpha)")),
        ("(iv)", ("iv", "(roman)")),
        ("(i)", ("i", "(roman)")),
        ("A.", ("a", "ALPHA.")),
        ("•", None),
        ("-", None),
        (None, None),
        ("(abcdefg)", None),
        ("IV", None),
    ],
)
def test_label_key(label: str | None, expected: tuple[str, str] | None) -> None:
    assert label_key(label) == expected


# --------------------------------------------------------------------------- corpus


def segment_file(path: Path) -> Statement:
    """Read a plain-text file and segment it, without the semantic annotation pass."""
    body, blocks = read_text(path.read_text("utf-8"))
    return Statement(text=body, sections=build_sections(body, blocks))


@pytest.mark.corpus
def test_corpus_spans_and_ids(corpus_dir: Path) -> None:
    files = sorted(corpus_dir.glob("*.txt"))
    assert files
    for path in files:
        statement = segment_file(path)
        _check_invariants(statement)
        assert any(True for _ in statement.clauses()), path.name


@pytest.mark.corpus
def test_corpus_ids_are_deterministic(corpus_dir: Path) -> None:
    path = sorted(corpus_dir.glob("g7-*.txt"))[0]
    assert segment_file(path).to_json() == segment_file(path).to_json()


# --------------------------------------------------------------------------- properties

_WORDS = ["the", "leaders", "reaffirm", "welcome", "and", "Alliance", "U.S.", "Japan", "peace",
          "we", "support", "No.", "Gen.", "e.g.", "p.m.", "1.5", "(", ")", '"', "share", "call",
          "on", "oppose", ";", ":", ",", "Dec.", "Talks", "The", "(a)", "(b)"]  # fmt: skip

_sentence = st.builds(
    lambda first, rest, end: " ".join([first, *rest]) + end,
    st.sampled_from(["We", "The leaders", "Japan", "President Lee", "They"]),
    st.lists(st.sampled_from(_WORDS), max_size=14),
    st.sampled_from([".", "?", "!", '."', ".)", "..."]),
)
_paragraph = st.builds(
    lambda label, sents, soft: label + (" \n" if soft else " ").join(sents),
    st.sampled_from(["", "", "1. ", "2. ", "(a) ", "- "]),
    st.lists(_sentence, min_size=1, max_size=4),
    st.booleans(),
)
_document = st.lists(_paragraph, min_size=1, max_size=6)


def _ids_by_block(sections: tuple[Section, ...]) -> dict[str, list[tuple[str, str]]]:
    out: dict[str, list[tuple[str, str]]] = {}
    for section in sections:
        for block in section.blocks:
            rows = [(s.id, s.text) for s in block.sentences]
            rows += [(c.id, c.text) for s in block.sentences for c in s.clauses]
            out[block.id] = rows
    return out


@given(_document)
def test_property_spans_slice_back_and_ids_are_deterministic(paragraphs: list[str]) -> None:
    text = "\n\n".join(paragraphs)
    first = _build(text)
    statement = Statement(text=text, sections=first)
    _check_invariants(statement)
    assert _build(text) == first


@given(_document, st.data())
def test_property_editing_one_paragraph_keeps_other_ids(
    paragraphs: list[str], data: st.DataObject
) -> None:
    k = data.draw(st.integers(0, len(paragraphs) - 1))
    replacement = data.draw(_paragraph)
    label = re.match(r"(\d+\. |\([a-z]\) |- )?", paragraphs[k])
    prefix = label.group() if label else ""
    body = re.sub(r"^(\d+\. |\([a-z]\) |- )", "", replacement)
    edited = [*paragraphs[:k], prefix + body, *paragraphs[k + 1 :]]
    before = _ids_by_block(_build("\n\n".join(paragraphs)))
    after = _ids_by_block(_build("\n\n".join(edited)))
    assert list(before) == list(after)
    edited_id = list(before)[k]
    for block_id in before:
        if block_id != edited_id:
            assert before[block_id] == after[block_id]
