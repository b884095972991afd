"""Label rules of session 8, each a class of language, on sentences written for the tests."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from _label_helpers import changes as _all_changes
from statementdiff import parse

PARTIES = ("Japan", "United States")


def _changes(a: str, b: str) -> list[tuple[str, str | None]]:
    return _all_changes(a, b, PARTIES)


@given(
    st.sampled_from(["agreed to", "agree to", "agrees to"]),
    st.sampled_from(["will", "decided to", "committed to"]),
)
def test_an_agreement_to_act_is_as_firm_as_a_pledge(agreed: str, firm: str) -> None:
    changes = _changes(
        f"The Ministers {agreed} hold regular consultations on export controls.",
        f"The Ministers {firm} hold regular consultations on export controls in Tokyo.",
    )
    assert not [c for c in changes if c[0] == "modality-changed"]


def test_an_agreement_to_act_given_up_is_a_change() -> None:
    changes = _changes(
        "The Ministers agreed to establish a working group on export controls.",
        "The Ministers noted the proposal for a working group on export controls.",
    )
    assert ("modality-changed", "'agree to' removed") in changes


@given(
    st.sampled_from(
        ["our governments\u2019", "our governments'", "the two leaders\u2019", "the leaders'"]
    )
)
def test_a_commitment_in_the_possessive_of_the_parties_roles_is_theirs(owner: str) -> None:
    changes = _changes(
        "We commit our governments to consult with each other in an expeditious manner.",
        f"We announce {owner} commitment to consult with each other in an expeditious manner.",
    )
    assert not [c for c in changes if c[0] == "modality-changed"]


def test_a_commitment_of_an_instrument_is_not_the_parties() -> None:
    changes = _changes(
        "We commit our governments to consult with each other in an expeditious manner.",
        "We note the mechanism's commitment to consult with each other in an expeditious manner.",
    )
    assert ("modality-changed", "'commit to' removed") in changes


@given(st.sampled_from(["will continue supporting", "continue to support", "continue supporting"]))
def test_continue_marks_the_continuity_a_restating_verb_marked(continued: str) -> None:
    changes = _changes(
        "We reaffirm our unwavering support for ASEAN centrality and unity.",
        f"We {continued} ASEAN centrality and unity.",
    )
    assert not [c for c in changes if c[0] == "stance-same"]


def test_a_plain_verb_in_the_place_of_a_restating_one_still_loses_continuity() -> None:
    changes = _changes(
        "We reaffirm our unwavering support for ASEAN centrality and unity.",
        "We support ASEAN centrality and unity.",
    )
    assert ("stance-same", "reaffirm → support; no longer marks continuity") in changes


def test_a_continued_noun_is_no_continuity_marker() -> None:
    statement = parse("Moving forward in the spirit of continued communication and respect.")
    clause = next(iter(statement.clauses()))
    assert clause.modality == ()
