"""Label rules of session 16, each a class of language, on sentences written for the tests."""

from __future__ import annotations

import pytest

from statementdiff import Lexicon, parse
from statementdiff.semantics.entities import names_spoken_of

PARTIES = ["United States", "Japan"]
LEXICON = Lexicon.default()


def _spoken_of(text: str) -> tuple[str, ...]:
    clause = next(parse(text, parties=PARTIES).clauses())
    return names_spoken_of(clause, LEXICON)


# -- a name ending in a common noun is no word of a title that follows it ---------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "We will work closely with Pacific Island countries and the Pacific Islands Forum.",
            "Pacific Islands",
        ),
        (
            "We support the Indo-Pacific region and the Indo-Pacific Economic Framework.",
            "Indo-Pacific",
        ),
    ],
)
def test_a_name_ending_in_a_common_noun_is_spoken_of_before_a_title(text: str, name: str) -> None:
    # the region itself is named, then a body or framework of its own name
    assert name in _spoken_of(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # guards: a name inside a title still names the title, not the place
        ("We welcome the Strategy for the Pacific Islands Region.", "Pacific Islands"),
        ("We launched the Partnership for the Indo-Pacific and Beyond.", "Indo-Pacific"),
    ],
)
def test_a_name_inside_a_title_is_still_no_mention(text: str, name: str) -> None:
    assert name not in _spoken_of(text)
