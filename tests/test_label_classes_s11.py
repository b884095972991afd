"""Label rules of session 11, each a class of language, on sentences written for the tests."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from _label_helpers import changes, pair_labels
from statementdiff import compare, parse

PARTIES = ["Japan", "United States"]


RESTATING = ["reaffirm", "reiterate"]
PLAIN = ["support", "emphasize", "underscore"]


def _stance_same(a: str, b: str, a_parties: list[str], b_parties: list[str]) -> list[str]:
    diff = compare(parse(a, parties=a_parties), parse(b, parties=b_parties), related=False)
    return [c.detail or "" for p in diff.pairs for c in p.changes if c.kind == "stance-same"]


@given(st.sampled_from(RESTATING), st.sampled_from(PLAIN), st.booleans())
def test_restating_between_statements_of_other_parties_is_no_change(
    restating: str, plain: str, mirrored: bool
) -> None:
    a = f"We {plain} ASEAN centrality and unity and the ASEAN Outlook on the Indo-Pacific."
    b = f"We {restating} ASEAN centrality and unity and the ASEAN Outlook on the Indo-Pacific."
    parties = (["Japan", "United States"], ["Republic of Korea", "United States"])
    if mirrored:
        a, b = b, a
    assert _stance_same(a, b, *parties) == []


@given(st.sampled_from(RESTATING), st.sampled_from(PLAIN))
def test_restating_between_statements_of_the_same_parties_marks_continuity(
    restating: str, plain: str
) -> None:
    found = _stance_same(
        f"We {plain} ASEAN centrality and unity and the ASEAN Outlook on the Indo-Pacific.",
        f"We {restating} ASEAN centrality and unity and the ASEAN Outlook on the Indo-Pacific.",
        ["Japan", "United States"],
        ["United States", "Japan"],
    )
    assert found == [f"{plain} → {restating}; now marks continuity"]


NAMES_WITH_SHORT_FORMS = [
    ("Democratic People{s} Republic of Korea{s} (DPRK{s})", "North Korea"),
    ("People{s} Republic of China{s} (PRC{s})", "China"),
]


@given(st.sampled_from(NAMES_WITH_SHORT_FORMS), st.sampled_from(["'s", "\u2019s"]))
def test_a_possessive_name_and_its_possessive_abbreviation_are_one_mention(
    form: tuple[str, str], possessive: str
) -> None:
    template, canonical = form
    name = template.format(s=possessive)
    text = f"We will address the {name} nuclear and ballistic missile programs."
    clause = next(parse(text, parties=PARTIES).clauses())
    assert [m.name for m in clause.entities].count(canonical) == 1


IES_NOUNS = ["Strategy", "Policy", "Territory", "Economy"]


@given(st.sampled_from(IES_NOUNS))
def test_a_plural_in_ies_is_no_qualifier_change(noun: str) -> None:
    plural = noun[:-1] + "ies"
    a = f"The leaders welcomed the Indo-Pacific {plural}."
    found = pair_labels(a, f"The leaders welcomed the Indo-Pacific {noun}.", 0.6, PARTIES)
    assert not [c for c in found if c[0] == "qualifier-changed"]
    # a qualifying word beside the plural is still a qualifier (session 14: only words that
    # qualify a name make one; "Indo-Pacific Economic Strategy" is a renaming)
    particular = f"The leaders welcomed the Indo-Pacific {noun} in particular."
    changed = pair_labels(a, particular, 0.6, PARTIES)
    assert [c for c in changed if c[0] == "qualifier-changed"]


@given(st.sampled_from(["including the", "including", "including all"]), st.booleans())
def test_a_list_item_nested_under_including_is_no_scope_added(opener: str, mirrored: bool) -> None:
    a = "We support the rule of law, freedom of navigation, and territorial integrity."
    b = f"We support the rule of law, {opener} freedom of navigation, and territorial integrity."
    if mirrored:
        a, b = b, a
    assert not [k for k, _ in changes(a, b, PARTIES) if k.startswith("scope-")]


def test_a_scope_phrase_added_whole_is_still_labelled() -> None:
    found = changes(
        "We support the rule of law and territorial integrity.",
        "We support the rule of law, including freedom of navigation, and territorial integrity.",
        PARTIES,
    )
    assert ("scope-added", "'including freedom of navigation' added") in found


VENUES = [
    "Today in Phnom Penh, {place}, the leaders",
    "The leaders met in {place} and",
    "Meeting on the margins of the East Asia Summit in {place}, the leaders",
    "Gathered today in {place}, the leaders",
]


@given(st.sampled_from(VENUES), st.sampled_from(["Cambodia", "Indonesia", "Vietnam", "Singapore"]))
def test_the_place_where_the_parties_meet_is_no_entity_dropped(venue: str, place: str) -> None:
    opening = venue.format(place=place)
    found = changes(
        f"{opening} reaffirmed their commitment to a free and open Indo-Pacific.",
        "The leaders reaffirmed their commitment to a free and open Indo-Pacific.",
        PARTIES,
    )
    assert not [c for c in found if c[0] == "entity-dropped"]


@given(st.sampled_from(["Cambodia", "Indonesia", "Vietnam", "Singapore"]))
def test_a_country_the_parties_speak_of_after_meeting_is_still_named(place: str) -> None:
    found = changes(
        f"The leaders met in Seoul and reaffirmed their support for {place}.",
        "The leaders met in Seoul and reaffirmed their support for the region.",
        PARTIES,
    )
    assert ("entity-dropped", f"{place} dropped") in found


QUAD = ["Australia", "India", "Japan", "United States"]


def _actor_changes(a: str, a_parties: list[str], b: str, b_parties: list[str]) -> list[str]:
    diff = compare(parse(a, parties=a_parties), parse(b, parties=b_parties), related=False)
    return [c.detail or "" for p in diff.pairs for c in p.changes if c.kind == "actor-changed"]


@given(st.sampled_from(["India", "Japan", "Australia"]), st.sampled_from(["'s", "\u2019s"]))
def test_a_party_whose_act_the_clause_is_about_is_no_missing_actor(
    partner: str, possessive: str
) -> None:
    # "President Biden welcomed India's announcement" speaks for all of a U.S.-India
    # statement that could say it, as "The Quad Leaders" speak for the Quad's four
    act = f"welcomed {partner}{possessive} announcement to resume exports of vaccines to COVAX."
    found = _actor_changes(
        f"President Biden {act}", ["United States", partner], f"The Quad Leaders {act}", QUAD
    )
    assert found == []


@given(st.sampled_from(["India", "Japan", "Australia"]))
def test_one_party_acting_for_itself_is_still_an_actor_change(partner: str) -> None:
    act = "welcomed the announcement to resume exports of vaccines to COVAX."
    found = _actor_changes(
        f"President Biden {act}", ["United States", partner], f"The Quad Leaders {act}", QUAD
    )
    assert found == ["United States → Australia, India, Japan, United States"]


@given(st.integers(min_value=2000, max_value=2039), st.booleans())
def test_a_year_both_sides_say_is_no_number_change(year: int, mirrored: bool) -> None:
    a = (
        f"We will support each other's international leadership in {year} including the "
        "United States' APEC host year."
    )
    b = (
        "The Ministers confirmed their intention to cooperate during the United States' "
        f"{year} APEC host year and Japan's Presidency of the G7 in {year}."
    )
    if mirrored:
        a, b = b, a
    found = pair_labels(a, b, 0.5, PARTIES)
    assert not [c for c in found if c[0] in ("number-changed", "qualifier-changed")]


@given(st.integers(min_value=2000, max_value=2038))
def test_a_year_one_side_says_is_still_a_number_change(year: int) -> None:
    found = changes(
        f"We will support each other's leadership in {year}, including the APEC host year.",
        f"We will support each other's leadership in {year + 1}, including the APEC host year.",
        PARTIES,
    )
    assert ("number-changed", f"{year} → {year + 1}") in found
