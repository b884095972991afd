from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from statementdiff import Statement, compare, parse
from statementdiff.strategies import (
    EDIT_KINDS,
    EditTruth,
    clause_texts,
    edited_pairs,
    statement_texts,
    statements,
)
from statementdiff.strategies._vocabulary import OBJECTS


def test_all_is_sorted() -> None:
    import statementdiff.strategies as mod

    assert mod.__all__ == sorted(mod.__all__)
    for name in mod.__all__:
        obj = getattr(mod, name)
        if callable(obj) and isinstance(obj, type | type(len) | type(test_all_is_sorted)):
            assert obj.__doc__, name


@settings(max_examples=15)
@given(clause_texts())
def test_clause_texts_are_sentences(text: str) -> None:
    assert text.endswith(".")
    assert text[0].isupper()
    assert "  " not in text


@settings(max_examples=15)
@given(statement_texts(max_paragraphs=3))
def test_statement_texts_parse(text: str) -> None:
    s = parse(text, format="text")
    assert list(s.clauses())


@settings(max_examples=15)
@given(statement_texts(format="html", max_paragraphs=3))
def test_html_statement_texts_parse(text: str) -> None:
    assert text.lstrip().startswith("<html>")
    s = parse(text, format="html")
    assert list(s.clauses())


@settings(max_examples=15)
@given(statements(min_paragraphs=2, max_paragraphs=3, max_sentences=2))
def test_statements_have_the_paragraphs_asked_for(s: Statement) -> None:
    assert 2 <= len(list(s.blocks())) <= 3


@settings(max_examples=15)
@given(edited_pairs(edits=("delete",), min_edits=1, max_edits=1))
def test_delete_truth_names_the_deleted_clauses(
    case: tuple[Statement, Statement, EditTruth],
) -> None:
    a, _b, truth = case
    assert truth.edits[0].startswith("delete")
    assert truth.only_a
    assert not truth.only_b
    a_ids = {c.id for c in a.clauses()}
    paired = {x for xs, _ in truth.pairs for x in xs}
    assert set(truth.only_a) <= a_ids
    assert paired | set(truth.only_a) == a_ids


@settings(max_examples=15)
@given(edited_pairs(edits=("insert",), min_edits=1, max_edits=2))
def test_insert_truth(case: tuple[Statement, Statement, EditTruth]) -> None:
    a, b, truth = case
    assert truth.only_b
    added = " ".join(c.text for c in b.clauses() if c.id in truth.only_b)
    assert added not in a.text


@settings(max_examples=400)
@given(edited_pairs(edits=("delete", "insert"), min_edits=2, max_edits=4))
def test_an_inserted_sentence_never_restores_a_deleted_one(
    case: tuple[Statement, Statement, EditTruth],
) -> None:
    # a sentence deleted and then inserted again elsewhere is a move, not an insertion:
    # the truth would call the aligner's right answer wrong
    a, b, truth = case
    deleted = " ".join(c.text for c in a.clauses() if c.id in truth.only_a)
    inserted = " ".join(c.text for c in b.clauses() if c.id in truth.only_b)
    for phrase in OBJECTS:
        head = phrase.split("{")[0].strip()  # "the importance of peace and stability in the"
        assert not (head in deleted and head in inserted), head


@settings(max_examples=20)
@given(edited_pairs(edits=("reorder",), min_edits=1, max_edits=1))
def test_reorder_truth_moves_a_paragraph(case: tuple[Statement, Statement, EditTruth]) -> None:
    a, b, truth = case
    if truth.edits:  # a reorder applies only when a lighter paragraph can move
        assert truth.moved
        assert sorted(c.text for c in a.clauses()) == sorted(c.text for c in b.clauses())
    else:
        assert a.text == b.text


@settings(max_examples=15)
@given(st.data())
def test_perfect_diff_scores_one(data: st.DataObject) -> None:
    a, b, truth = data.draw(edited_pairs(max_edits=2))
    p, r = truth.score(compare(a, b))
    assert 0.0 <= p <= 1.0
    assert 0.0 <= r <= 1.0
    assert truth.score(compare(a, a)) <= (1.0, 1.0)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"edits": ("shuffle",)},
        {"edits": ()},
        {"min_edits": 3, "max_edits": 1},
        {"max_paragraphs": 20},
        {"min_paragraphs": 0},
    ],
)
def test_bad_options_are_rejected(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValueError):  # noqa: PT011 - the messages vary by option
        edited_pairs(**kwargs)  # type: ignore[arg-type]


def test_bad_format() -> None:
    with pytest.raises(ValueError, match="format"):
        statement_texts(format="pdf")  # type: ignore[arg-type]


def test_every_edit_kind_is_listed() -> None:
    assert set(EDIT_KINDS) == {"reorder", "insert", "delete", "reword", "split", "merge", "entity"}


def test_import_guard_names_the_extra() -> None:
    code = (
        "import sys; sys.modules['hypothesis'] = None\n"
        "try:\n    import statementdiff.strategies\n"
        "except ImportError as e:\n    print(e)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert 'pip install "statementdiff[strategies]"' in out.stdout
