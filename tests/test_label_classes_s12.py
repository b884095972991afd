"""Label rules of session 12, each a class of language, on sentences written for the tests."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from _label_helpers import pair_labels
from statementdiff import parse

PARTIES = ["Japan", "United States"]

PROMISES = ["will", "commit to", "are committed to", "pledge to", "agree to"]
ACTS_DONE = [
    "We are advancing",
    "We are jointly developing",
    "We launched",
    "We have strengthened",
    "Together, we promote",
]
NOT_ACTS = [
    "We called for",
    "We emphasize the importance of",
    "We discussed",
    "We look forward to",
]


def _modality(a: str, b: str) -> list[tuple[str, str | None]]:
    return [c for c in pair_labels(a, b, 0.6, PARTIES) if c[0] == "modality-changed"]


OTHER_SIDES = [(done, False) for done in ACTS_DONE] + [(spoken, True) for spoken in NOT_ACTS]


@given(st.sampled_from(PROMISES), st.sampled_from(OTHER_SIDES), st.booleans())
def test_a_promise_is_a_change_of_modality_unless_the_other_side_reports_the_act(
    promise: str, other: tuple[str, bool], mirrored: bool
) -> None:
    opening, labelled = other
    a = f"We {promise} expand the deployment of secure and open 5G networks across the region."
    b = f"{opening} the deployment of secure and open 5G networks across the region."
    if mirrored:
        a, b = b, a
    assert bool(_modality(a, b)) is labelled


@given(st.sampled_from(PROMISES))
def test_an_act_of_someone_else_keeps_the_promise_a_change(promise: str) -> None:
    a = f"We {promise} expand the deployment of secure and open 5G networks across the region."
    b = "This initiative is advancing the deployment of secure and open 5G networks."
    assert _modality(a, b) != []


TRILATERAL = ["Japan", "Republic of Korea", "United States"]
NAMES = {"Japan": "Japan", "Republic of Korea": "the ROK", "United States": "the United States"}


@given(
    st.permutations(TRILATERAL),
    st.booleans(),
    st.sampled_from(["are working", "will work"]),
    st.sampled_from(["", "In addition, ", "Today, "]),
)
def test_a_serial_subject_set_off_by_a_comma_is_the_whole_subject(
    order: list[str], serial_comma: bool, verb: str, opener: str
) -> None:
    first, second, third = (NAMES[name] for name in order)
    if not opener:
        first = f"{first[0].upper()}{first[1:]}"
    names = f"{first}, {second}{',' if serial_comma else ''} and {third}"
    text = f"{opener}{names}, {verb} to support the Mekong sub-region's sustainable development."
    clause = next(parse(text, parties=TRILATERAL).clauses())
    assert set(clause.parties) == set(TRILATERAL)
    assert clause.actor == names


def test_an_appositive_after_we_is_still_we() -> None:
    text = "We, Prime Minister Albanese and President Biden, meet at a consequential time."
    clause = next(parse(text, parties=["Australia", "United States"]).clauses())
    assert clause.actor == "We"


@given(st.sampled_from(["Russia", "China", "North Korea", "Iran"]), st.booleans())
def test_a_third_partys_act_is_no_change_of_speaker(country: str, mirrored: bool) -> None:
    a = f"In Europe, meanwhile, {country} continues to wage its brutal war against Ukraine."
    b = f"We reaffirm our commitment to stand with Ukraine against {country}'s brutal war."
    if mirrored:
        a, b = b, a
    found = pair_labels(a, b, 0.6, PARTIES)
    assert not [c for c in found if c[0] == "actor-changed"]


def test_a_change_between_the_parties_is_still_a_change_of_speaker() -> None:
    found = pair_labels(
        "Japan will lead the effort to expand maritime security cooperation.",
        "The United States will lead the effort to expand maritime security cooperation.",
        0.8,
        PARTIES,
    )
    assert [c for c in found if c[0] == "actor-changed"]


@given(
    st.sampled_from(["UNSC Resolution 2593", "UNSCR 2593", "UNSCRs 2270 and 2321"]),
    st.booleans(),
)
def test_the_number_of_a_resolution_cited_is_no_number_added(cited: str, mirrored: bool) -> None:
    a = "We reaffirm that Afghan territory should not be used to threaten any country."
    b = f"We reaffirm {cited} that Afghan territory should not be used to threaten any country."
    if mirrored:
        a, b = b, a
    found = pair_labels(a, b, 0.8, PARTIES)
    assert not [c for c in found if c[0] == "number-changed"]
    counted = pair_labels(a.replace("any country", "2,000 troops"), a, 0.8, PARTIES)
    assert [c for c in counted if c[0] == "number-changed"]


ACTS_ING = ["maintaining", "preserving", "upholding", "safeguarding"]


@given(st.permutations(ACTS_ING))
def test_another_verb_for_the_same_act_before_a_framed_name_is_no_qualifier(
    verbs: list[str],
) -> None:
    first, second = verbs[:2]
    a = f"We reiterate the importance of {first} peace and stability across the Taiwan Strait."
    b = f"We reiterate the importance of {second} peace and stability across the Taiwan Strait."
    assert not [c for c in pair_labels(a, b, 0.9, PARTIES) if c[0] == "qualifier-changed"]
    moved = b.replace("across", "in")
    found = [c for c in pair_labels(a, moved, 0.9, PARTIES) if c[0] == "qualifier-changed"]
    assert found == [
        ("qualifier-changed", "across the Taiwan Strait → in the Taiwan Strait"),
    ]
