"""Label rules of session 16, each a class of language, on sentences written for the tests."""

from __future__ import annotations

import pytest

from _label_helpers import changes, pair_labels
from statementdiff import Lexicon, parse
from statementdiff.semantics.entities import names_spoken_of
from statementdiff.semantics.phrases import MIN_REWORDED_SCOPE_SIMILARITY

PARTIES = ["United States", "Japan"]
LEXICON = Lexicon.default()


def _kinds(labels: list[tuple[str, str | None]], prefix: str) -> list[str]:
    return [kind for kind, _ in labels if kind.startswith(prefix)]


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


# -- a qualifying phrase added or dropped inside a reworded stretch ---------------------------


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (  # items added to an "including" list inside a reworded sentence
            "The Minister restated our pledge to defend the islands, backed by all of our "
            "forces, including naval.",
            "The Secretary affirms the pledge to defend Fiji using all of the allied forces, "
            "including naval, air, and space forces.",
            ("scope-added", "'air, and space forces' added to 'including naval …'"),
        ),
        (  # an "including" phrase dropped from a reworded sentence
            "The Minister restated our pledge to defend the islands, backed by all of our "
            "forces, including naval.",
            "The Secretary affirms the pledge to defend Fiji using all of the allied forces.",
            ("scope-dropped", "'including naval' dropped"),
        ),
    ],
)
def test_a_phrase_inside_a_rewording_is_labelled(a: str, b: str, expected: tuple[str, str]) -> None:
    assert expected in pair_labels(a, b, 0.6, PARTIES)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (  # the part ends inside its phrase ("including the fundamental | principles …")
            "We uphold an order based on the law of nations, including the fundamental "
            "principles of equality and autonomy.",
            "They called for respect for the law of nations, principles of the charter, and "
            "autonomy and equality.",
        ),
        (  # an opener alone says nothing
            "We back fair standards for lending to partners.",
            "They advance the fair standards of lending, in particular, to partners.",
        ),
    ],
)
def test_a_cut_phrase_or_a_bare_opener_is_no_scope_label(a: str, b: str) -> None:
    assert _kinds(pair_labels(a, b, 0.6, PARTIES), "scope-") == []


def test_a_loose_pair_is_not_searched_inside_its_rewording() -> None:
    # the same two clauses aligned loosely: a kept "including" says nothing of the other
    a = (
        "The Minister restated our pledge to defend the islands, backed by all of our "
        "forces, including naval."
    )
    b = "The Secretary affirms the pledge to defend Fiji using all of the allied forces."
    loose = MIN_REWORDED_SCOPE_SIMILARITY - 0.1
    assert _kinds(pair_labels(a, b, loose, PARTIES), "scope-") == []


# -- a qualifying phrase the other clause still says, a word in another form ----------------

WORKERS_A = (
    "We commit to ensure full respect for their labour rights and basic freedoms regardless "
    "of their residence status."
)
WORKERS_B = (
    "We are committed to protecting the safety and dignity of all seasonal workers, traders, "
    "students, and stateless persons, regardless of their residency status, and respecting "
    "their labour rights and basic freedoms."
)
LISTED_A = (
    "We commit to ensure full respect for the rights and freedoms of seasonal workers "
    "regardless of their residence status."
)
LISTED_B = (
    "We are committed to protecting the safety and dignity of all seasonal workers and "
    "traders, regardless of their residency status, and respecting their rights and freedoms."
)


def test_a_phrase_said_again_in_another_form_is_not_dropped() -> None:
    labels = changes(WORKERS_A, WORKERS_B, PARTIES)
    assert ("scope-dropped", "'regardless of their residence status' dropped") not in labels


def test_a_phrase_the_other_clause_lacks_is_still_dropped() -> None:
    # guard: "residence" has no word of its family on the other side
    a = "We protect seasonal workers regardless of their residence status."
    b = "We protect seasonal workers."
    assert _kinds(pair_labels(a, b, 0.6, PARTIES), "scope-") == ["scope-dropped"]


def test_an_item_after_a_phrase_that_lists_no_examples_is_the_sentences() -> None:
    # ", and respecting their rights" follows "regardless of …": no item of that phrase
    assert _kinds(changes(LISTED_A, LISTED_B, PARTIES), "scope-") == []


# -- a number in a list of examples is a part, not the whole it replaces ----------------------


def test_a_part_named_by_including_replaces_no_whole() -> None:
    a = "We are committing to share at least 870 million tablets over the next year."
    b = (
        "We are proud to have delivered over 670 million tablets, including at least 265 "
        "million tablets to the islands."
    )
    labels = pair_labels(a, b, 0.6, PARTIES)
    assert not [d for k, d in labels if k == "number-changed" and d and "265" in d]


def test_a_number_replaced_in_the_same_role_is_still_changed() -> None:
    a = "We are committing to share at least 870 million tablets over the next year."
    b = "We are committing to share at least 900 million tablets over the next year."
    assert ("number-changed", "870 million → 900 million") in pair_labels(a, b, 0.9, PARTIES)
