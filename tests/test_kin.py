"""Words of one family: a term or a phrase said again in another form."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from statementdiff.semantics.kin import phrase_in_kin, said_in_kin


@pytest.mark.parametrize(
    ("words", "text", "expected"),
    [
        (
            ["regardless", "migration", "status"],
            "persons, regardless of their migratory status,",
            True,
        ),
        (["including", "nuclear"], "capabilities, including nuclear.", True),
        # scattered over the sentence: not the phrase
        (["including", "nuclear"], "including naval forces to deter nuclear threats", False),
        # out of order
        (["residence", "status"], "the status of their residence", False),
        # a short word counts only as written
        (["war", "crimes"], "a warm welcome to crimes", False),
    ],
)
def test_a_phrase_said_again_in_order(words: list[str], text: str, expected: bool) -> None:
    assert phrase_in_kin(words, text) is expected


_WORDS = st.lists(st.from_regex(r"[a-z]{1,12}", fullmatch=True), min_size=1, max_size=6)


@given(_WORDS)
def test_a_phrase_is_said_in_its_own_words(words: list[str]) -> None:
    assert phrase_in_kin(words, " ".join(words))
    assert all(said_in_kin(w, " ".join(words)) for w in words)
