"""align/similarity.py: alignment tokens, the TF-IDF space and its cosines."""

from __future__ import annotations

import numpy as np
import pytest

from statementdiff.align.similarity import (
    SHORT_TOKENS,
    STOP_WORDS,
    Space,
    content_tokens,
    cosine,
    row_dots,
)
from statementdiff.whitespace import normalize_space


def _similarity(x: str, y: str, *others: str) -> float:
    space = Space([content_tokens(t) for t in (x, y, *others)])
    return float(cosine(space.rows[[0]], space.rows[[1]])[0, 0])


def test_normalize_space() -> None:
    assert normalize_space("\t We  agree\n\u00a0here ") == "We agree here"


def test_stop_words_and_boilerplate_leave_no_tokens() -> None:
    assert content_tokens("The leaders of all these statements would also be here.") == []
    assert "the" in STOP_WORDS


def test_tokens_are_lower_cased_stems() -> None:
    assert content_tokens("Reaffirming REAFFIRMED reaffirms") == ["reaffirm"] * 3


def test_curly_quotes_and_possessives_fold() -> None:
    assert content_tokens("China\u2019s navy") == content_tokens("China's navy")
    assert content_tokens("China's navy") == content_tokens("China navy")


def test_identical_texts_have_similarity_one() -> None:
    text = "We reaffirm our commitment to peace and stability in the region."
    assert _similarity(text, text) == 1.0


def test_texts_with_no_content_word_in_common_have_similarity_zero() -> None:
    assert _similarity("We oppose nuclear proliferation.", "Climate finance grows quickly.") == 0.0


@pytest.mark.parametrize(
    ("x", "y"),
    [
        ("The United States supports peace.", "The U.S. supports peace."),
        ("The Republic of Korea and Japan met.", "South Korea and Japan met."),
    ],
)
def test_alias_equivalent_texts_have_similarity_one(x: str, y: str) -> None:
    assert content_tokens(x) == content_tokens(y)
    assert _similarity(x, y, "Another clause about trade.") == 1.0


def test_similarity_is_symmetric_and_between_zero_and_one() -> None:
    x = "We strongly oppose any unilateral change to the status quo by force."
    y = "We oppose unilateral attempts to change the status quo."
    forward, backward = _similarity(x, y), _similarity(y, x)
    assert forward == backward
    assert 0.0 < forward < 1.0


def test_short_texts_get_character_grams() -> None:
    short = ["peace"]
    assert len(short) < SHORT_TOKENS
    space = Space([short, ["peac", "stabil", "region", "prosper"]])
    assert any(term.startswith("#") for term in space.vocabulary)
    # token_counts keeps words only: the short document counts its one word
    assert space.token_counts[0].sum() == 1
    assert space.token_counts[1].sum() == 4


def test_word_order_matters_only_through_the_grams_of_short_texts() -> None:
    long_a = "We reaffirm our ironclad commitment to regional peace and stability."
    long_b = "Regional peace and stability: our ironclad commitment, we reaffirm."
    assert _similarity(long_a, long_b) == 1.0
    assert _similarity("We oppose war.", "War we oppose!") < 1.0


def test_dense_cosine_and_row_dots_agree_with_cosine() -> None:
    docs = [
        content_tokens("We welcome the new dialogue on space security."),
        content_tokens("We welcome a dialogue on cyber security."),
        content_tokens("Peace."),
    ]
    space = Space(docs)
    full = cosine(space.rows, space.rows)
    assert np.allclose(np.diag(full), 1.0)
    assert space.dense_cosine(docs[0], docs[1]) == pytest.approx(full[0, 1], abs=1e-9)
    assert space.dense_cosine(docs[0], []) == 0.0
    dots = row_dots(space.rows[[0, 1]], space.rows[[1, 2]])
    assert dots.tolist() == pytest.approx([full[0, 1], full[1, 2]], abs=1e-9)
    assert row_dots(space.rows[[]], space.rows[[]]).size == 0


def test_grouped_space_sums_its_members() -> None:
    first = "We welcome the new dialogue on space security."
    second = "We expand cyber defense cooperation with partners."
    space = Space([content_tokens(t) for t in (first, second, f"{first} {second}")])
    grouped = space.grouped([[0, 1], [2]])
    assert grouped.docs[0] == grouped.docs[1]
    assert float(cosine(grouped.rows[[0]], grouped.rows[[1]])[0, 0]) == pytest.approx(1.0)
