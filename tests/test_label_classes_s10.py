"""Label rules of session 10, each a class of language, on sentences written for the tests."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from _label_helpers import changes, pair_labels
from statementdiff import parse

PARTIES = ["Japan", "United States"]
ADJECTIVES = ["firm", "steadfast", "unwavering", "shared", "strong", "enduring"]
POSSESSIVES = ["our", "their"]


def _kinds(a: str, b: str) -> list[tuple[str, str | None]]:
    return changes(a, b, PARTIES)


@given(st.sampled_from(POSSESSIVES), st.sampled_from(ADJECTIVES))
def test_a_commitment_noun_with_adjectives_is_the_parties_commitment(
    possessive: str, adjective: str
) -> None:
    text = f"The two leaders reiterated {possessive} {adjective} commitment to the rule of law."
    clause = next(parse(text, parties=PARTIES).clauses())
    assert "commit to" in clause.modality


@given(st.sampled_from(POSSESSIVES), st.sampled_from(ADJECTIVES))
def test_a_pledge_kept_as_a_commitment_noun_is_no_modality_change(
    possessive: str, adjective: str
) -> None:
    found = _kinds(
        "We will champion adherence to international law and freedom of navigation.",
        f"The leaders reiterated {possessive} {adjective} commitment to international law "
        "and freedom of navigation.",
    )
    assert not [c for c in found if c[0] == "modality-changed"]


@given(st.sampled_from([a for a in ADJECTIVES if a != "shared"]))  # "shared" is also a verb
def test_a_commitment_noun_without_the_parties_possessive_is_not_theirs(adjective: str) -> None:
    text = f"The dialogue reflected the {adjective} commitment to the rule of law."
    clause = next(parse(text, parties=PARTIES).clauses())
    assert "commit to" not in clause.modality


def test_a_modal_after_a_common_noun_stays_the_nouns() -> None:
    clause = next(parse("Our partnership will grow stronger.", parties=PARTIES).clauses())
    assert "will" not in clause.modality


@given(
    st.sampled_from(["reiterate", "reaffirm"]),
    st.sampled_from(["our condemnation of", "our strong condemnation of", "our opposition to"]),
)
def test_a_restated_act_of_another_polarity_is_no_continuity_change(
    restating: str, noun: str
) -> None:
    a = f"We {restating} {noun} the terrorist attacks in Mumbai and Pathankot."
    b = "They called for the perpetrators of the Mumbai and Pathankot attacks to face justice."
    for first, second in ((a, b), (b, a)):
        found = pair_labels(first, second, 0.6, PARTIES)
        assert not [c for c in found if c[0].startswith("stance-")]


def test_a_restating_verb_without_a_stance_noun_still_faces_the_other_verb() -> None:
    found = pair_labels(
        "We reiterate that the terrorist attacks in Mumbai and Pathankot were unjustifiable.",
        "They called for the perpetrators of the Mumbai and Pathankot attacks to face justice.",
        0.6,
        PARTIES,
    )
    assert [c for c in found if c[0] == "stance-same"]


@given(st.sampled_from(["reiterate", "reaffirm"]))
def test_a_restated_act_of_another_scale_is_no_continuity_change(restating: str) -> None:
    found = _kinds(
        f"We {restating} our unwavering support for ASEAN centrality and unity.",
        "We affirm the importance of ASEAN centrality and unity.",
    )
    assert not [c for c in found if c[0] == "stance-same"]


@given(st.sampled_from(["reiterate", "reaffirm"]))
def test_a_restated_act_of_the_same_scale_still_marks_continuity(restating: str) -> None:
    found = _kinds(
        "We welcome the role of the Special Envoy of the ASEAN Chair.",
        f"We {restating} our support for the role of the Special Envoy of the ASEAN Chair.",
    )
    assert [c for c in found if c[0] == "stance-same"]


@given(st.sampled_from(POSSESSIVES), st.sampled_from([a for a in ADJECTIVES if a != "shared"]))
def test_a_commitment_noun_after_adjectives_is_no_modality_label_of_its_own(
    possessive: str, adjective: str
) -> None:
    a = "We highlighted the importance of international law and freedom of navigation."
    b = (
        f"We reiterated {possessive} {adjective} commitment to international law and freedom "
        "of navigation."
    )
    for first, second in ((a, b), (b, a)):
        assert not [c for c in _kinds(first, second) if c[0] == "modality-changed"]


def test_a_commitment_noun_right_after_the_possessive_is_still_labelled() -> None:
    found = _kinds(
        "We highlighted the importance of international law and freedom of navigation.",
        "We reiterated our commitment to international law and freedom of navigation.",
    )
    assert ("modality-changed", "'commit to' added") in found


def test_a_name_in_anothers_slot_takes_its_place_though_named_elsewhere_in_the_clause() -> None:
    found = pair_labels(
        "We remain committed to the complete denuclearization of North Korea.",
        "We remain committed to the complete denuclearization of the Korean Peninsula and "
        "to addressing North Korea's ballistic missile programs.",
        0.34,
        PARTIES,
    )
    assert ("entity-added", "North Korea → Korean Peninsula") in found  # the seed pair


COUNTRIES = ["Iran", "Russia", "China", "North Korea"]


@given(st.sampled_from(COUNTRIES), st.sampled_from(["will", "must", "shall"]))
def test_another_countrys_modal_is_not_the_parties(country: str, modal: str) -> None:
    a = f"We are committed to ensuring that {country} {modal} never develop a nuclear weapon."
    b = f"We are committed to ensuring that {country} does not develop a nuclear weapon."
    for first, second in ((a, b), (b, a)):
        found = pair_labels(first, second, 0.7, PARTIES)
        assert not [c for c in found if c[0] in ("modality-changed", "negation-changed")]
        assert not [c for c in found if c[0] == "qualifier-changed"]


@given(st.sampled_from(["will", "must"]))
def test_a_partys_modal_is_still_theirs(modal: str) -> None:
    found = pair_labels(
        f"Japan {modal} strengthen its defense capabilities.",
        "Japan recognizes the need to strengthen its defense capabilities.",
        0.7,
        PARTIES,
    )
    assert ("modality-changed", f"'{modal}' removed") in found


def test_a_determination_that_is_a_resolve() -> None:
    clause = next(
        parse(
            "We reiterate our clear determination that Iran must never develop a nuclear weapon.",
            parties=PARTIES,
        ).clauses()
    )
    assert "resolve to" in clause.modality


@given(st.sampled_from(COUNTRIES), st.sampled_from(["will", "must", "shall"]))
def test_a_clause_keeps_no_modal_of_another_country(country: str, modal: str) -> None:
    statement = parse(
        "Japan and the United States will deepen their alliance. "
        f"We are resolved to ensure that {country} {modal} never develop a nuclear weapon. "
        "Japan will lead the effort.",
        parties=PARTIES,
    )
    modality = [c.modality for c in statement.clauses()]
    assert modality == [("will",), ("resolve to",), ("will",)]


@given(
    st.sampled_from(
        [
            ("the COVID-19 crisis", "the pandemic crisis"),
            ("the 26/11 Mumbai attacks", "the Mumbai attacks"),
            ("the 2+2 ministerial dialogue", "the ministerial dialogue"),
            ("the F-35 aircraft", "the advanced aircraft"),
        ]
    )
)
def test_the_number_of_a_name_is_no_number(names: tuple[str, str]) -> None:
    a, b = (f"We will work together to address {name} with our partners." for name in names)
    for first, second in ((a, b), (b, a)):
        assert not [c for c in pair_labels(first, second, 0.8, PARTIES) if c[0] == "number-changed"]


def test_a_count_beside_a_name_is_still_a_number() -> None:
    found = pair_labels(
        "We will deliver 35 aircraft to address the COVID-19 crisis.",
        "We will deliver 40 aircraft to address the COVID-19 crisis.",
        0.8,
        PARTIES,
    )
    assert ("number-changed", "35 → 40") in found


@given(
    st.sampled_from(["reiterated", "reaffirmed"]),
    st.sampled_from(
        [
            ("their strong opposition to", "negative", 4),
            ("our condemnation of", "negative", 5),
            ("their support for", "positive", 3),
        ]
    ),
)
def test_a_restated_stance_keeps_its_polarity_and_strength(
    verb: str, governed: tuple[str, str, int]
) -> None:
    noun, polarity, strength = governed
    clause = next(parse(f"The leaders {verb} {noun} the maritime claims.").clauses())
    assert clause.stance is not None
    assert (clause.stance.polarity, clause.stance.strength) == (polarity, strength)
    assert clause.stance.continuity


def test_a_restating_verb_alone_keeps_its_own_stance() -> None:
    clause = next(parse("We reaffirm the importance of peace and stability.").clauses())
    assert clause.stance is not None
    assert (clause.stance.verb, clause.stance.polarity, clause.stance.strength) == (
        "reaffirm",
        "positive",
        4,
    )


def test_two_places_each_statement_names_in_other_phrases_are_no_swap() -> None:
    found = pair_labels(
        "We express serious concerns about the aggressive behavior in the South China Sea. "
        "We oppose unilateral attempts to change the status quo in the East China Sea.",
        "We express serious concerns about the coercion in the East China Sea. We object to "
        "unlawful maritime claims in the South China Sea.",
        0.6,
        PARTIES,
    )
    assert not [c for c in found if "→" in (c[1] or "")]


@given(st.sampled_from(["the DPRK", "North Korea"]))
def test_a_name_after_the_same_word_stays_a_swap_though_both_are_named(dprk: str) -> None:
    found = pair_labels(
        "We reaffirm our commitment to the complete denuclearization of the Korean Peninsula. "
        f"We condemn the missile launches of {dprk}.",
        f"We reaffirm our commitment to the complete denuclearization of {dprk}. "
        "We seek peace on the Korean Peninsula.",
        0.6,
        PARTIES,
    )
    assert [c for c in found if c[0] == "entity-added" and "→" in (c[1] or "")]
