"""Label rules of session 15, each a class of language, on sentences written for the tests."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from _label_helpers import changes, pair_labels
from statementdiff import Lexicon, parse

PARTIES = ["United States", "Japan"]
GRAMMAR = Lexicon.default().grammar
INTENSIFIERS = sorted(GRAMMAR.intensifiers) if GRAMMAR else []
STRONG = sorted(k for k in Lexicon.default().stance if k.startswith("strongly "))


def _kinds(labels: list[tuple[str, str | None]], prefix: str) -> list[str]:
    return [kind for kind, _ in labels if kind.startswith(prefix)]


# -- a signature or a list item has no actor and no stance of its own -----------------------


def test_a_signature_block_is_no_actor_change() -> None:
    # two signatures name the signers; nobody acts in either
    labels = pair_labels("Joseph R. Biden", "Joseph R. Biden Kishida Fumio", 0.9, PARTIES)
    assert _kinds(labels, "actor-") == []


LIST_SENTENCE = (
    "They commit to addressing key issues of concern for the river basin, including "
    "seasonal flooding; illegal logging in the border forests; and soil erosion."
)


def test_a_list_item_without_a_verb_drops_no_stance() -> None:
    # B's clause is the second item of a list that its sentence's verb governs
    stated = "We are concerned about illegal logging in the border forests."
    b = parse(LIST_SENTENCE, parties=PARTIES)
    item = [c.text for c in b.clauses()].index("illegal logging in the border forests")
    labels = pair_labels(stated, LIST_SENTENCE, 0.9, PARTIES, b_clause=item)
    assert _kinds(labels, "stance-") == []


@pytest.mark.parametrize(
    ("a", "b", "prefix", "expected"),
    [
        (  # a named actor that acts still changes
            "Joseph R. Biden welcomed the new grain corridor through the Baltic ports.",
            "Kishida Fumio welcomed the new grain corridor through the Baltic ports.",
            "actor-",
            ["actor-changed"],
        ),
        (  # a clause with a verb of its own still drops its stance
            "We are concerned about illegal logging in the border forests.",
            "We discussed illegal logging in the border forests.",
            "stance-",
            ["stance-dropped"],
        ),
    ],
)
def test_a_clause_with_its_own_verb_keeps_its_label(
    a: str, b: str, prefix: str, expected: list[str]
) -> None:
    assert _kinds(pair_labels(a, b, 0.9, PARTIES), prefix) == expected


# -- an adverb of degree makes the strong form of a stance verb ----------------------------


@given(st.sampled_from(STRONG), st.sampled_from(INTENSIFIERS), st.sampled_from(INTENSIFIERS))
def test_adverbs_of_degree_are_one_strength(strong: str, first: str, second: str) -> None:
    verb = strong.removeprefix("strongly ")
    obj = "the seizure of fishing boats in the northern channel"
    a = f"We {first} {verb} {obj}."
    b = f"We {second} {verb} {obj}."
    assert _kinds(changes(a, b, PARTIES), "stance-") == []


@given(st.sampled_from(INTENSIFIERS))
def test_an_adverb_of_degree_still_strengthens_the_plain_verb(adverb: str) -> None:
    obj = "the seizure of fishing boats in the northern channel"
    labels = changes(f"We oppose {obj}.", f"We {adverb} oppose {obj}.", PARTIES)
    assert _kinds(labels, "stance-") == ["stance-stronger"]


# -- a commitment as a state beside backing still given ------------------------------------


def test_a_commitment_beside_backing_still_given_is_no_modality_change() -> None:
    backing = "our unwavering support for the centrality and unity of the river commission"
    committed = (
        f"We reaffirm {backing} and our commitment to promoting cooperation in line with "
        "its basin charter."
    )
    kept = f"Today we reaffirm {backing.replace('our', 'our consistent and', 1)}."
    assert _kinds(changes(committed, kept, PARTIES), "modality-") == []
    assert _kinds(changes(kept, committed, PARTIES), "modality-") == []
    assert _kinds(pair_labels(committed, kept, 0.9, PARTIES), "modality-") == []


def test_a_commitment_beside_a_condemnation_restated_is_still_added() -> None:
    a = "We reiterate our condemnation of the attacks on the river port."
    b = (
        "We reiterate our condemnation of the attacks on the river port and our commitment "
        "to pursuing those responsible."
    )
    assert _kinds(changes(a, b, PARTIES), "modality-") == ["modality-changed"]


def test_a_commitment_against_an_assertion_is_still_a_change() -> None:
    a = "We reaffirm the importance of a swift return of the detained fishermen."
    b = "We reaffirm our commitment to a swift return of the detained fishermen."
    assert _kinds(changes(a, b, PARTIES), "modality-") == ["modality-changed"]


# -- a country in the name of the makers' own format --------------------------------------

PARTNERS = ["Australia", "India", "Philippines", "Republic of Korea", "Canada"]
FORMATS_LEAD = (
    "The two leaders intend to advance cooperation among like-minded countries, including "
)


@given(st.sampled_from(PARTNERS), st.sampled_from(["Japan-U.S.-{}", "U.S.-Japan-{}", "{}-Japan"]))
def test_a_country_in_a_format_of_the_makers_is_no_entity_label(partner: str, pattern: str) -> None:
    fmt = pattern.format(partner)
    a = FORMATS_LEAD + "the Quad."
    b = FORMATS_LEAD + f"the Quad and {fmt} cooperation."
    assert _kinds(changes(a, b, PARTIES), "entity-") == []
    assert _kinds(changes(b, a, PARTIES), "entity-") == []


def test_a_compound_of_other_countries_still_names_them() -> None:
    a = "Both leaders voiced concern over the security agreement."
    b = "Both leaders voiced concern over the PRC-Solomon Islands security agreement."
    assert "entity-added" in _kinds(changes(a, b, PARTIES), "entity-")


# -- support of a principle and opposition to its breach are one policy ---------------------


def test_backing_a_principle_and_opposing_its_breach_is_no_turn() -> None:
    a = (
        "We strongly support the principles of freedom of navigation and the peaceful "
        "settlement of disputes over the river delta."
    )
    b = (
        "We strongly oppose any unilateral attempts to change the status quo over the river "
        "delta by force."
    )
    labels = pair_labels(a, b, 0.9, PARTIES)
    assert not [d for k, d in labels if k.startswith("stance-") and "→ negative" in (d or "")]
    assert not [k for k, _ in labels if k in ("stance-same", "stance-stronger", "stance-weaker")]


def test_support_turned_to_opposition_of_the_same_plan_is_a_turn() -> None:
    a = "We support the joint plan on the river delta."
    b = "We strongly oppose the joint plan on the river delta."
    details = [d or "" for k, d in pair_labels(a, b, 0.9, PARTIES) if k.startswith("stance-")]
    assert any("positive → negative" in d for d in details), details


# -- to affirm a view is to stress it -------------------------------------------------------

STRESSING = sorted(
    k
    for k, e in Lexicon.default().stance.items()
    if e.scale == "assert" and e.strength == 4 and not e.continuity
)


@given(st.sampled_from(["affirm", "confirm"]), st.sampled_from(STRESSING))
def test_affirming_and_stressing_a_commitment_is_one_act(affirming: str, stressing: str) -> None:
    obj = "our shared commitment to the safe passage of ships through the northern channel"
    labels = pair_labels(f"We {affirming} {obj}.", f"We {stressing} {obj}.", 0.9, PARTIES)
    assert _kinds(labels, "stance-") == []


def test_recognizing_turned_to_affirming_is_still_stronger() -> None:
    obj = "that the northern channel must stay open to ships of all flags"
    labels = pair_labels(f"We recognize {obj}.", f"We affirm {obj}.", 0.9, PARTIES)
    assert _kinds(labels, "stance-") == ["stance-stronger"]


# -- to concur in acting is to agree to act --------------------------------------------------


@pytest.mark.parametrize("concurred", ["concurred in working", "concurred to work"])
def test_concurring_in_acting_is_agreeing_to_act(concurred: str) -> None:
    obj = "together on the safety of the northern shipping lanes"
    kept = pair_labels(f"They {concurred} {obj}.", f"They agreed to work {obj}.", 0.9, PARTIES)
    assert _kinds(kept, "modality-") == []
    dropped = pair_labels(
        f"They {concurred} {obj}.", f"They discussed working {obj}.", 0.9, PARTIES
    )
    assert _kinds(dropped, "modality-") == ["modality-changed"]


# -- a body named for the office a party holds in it ----------------------------------------

HELD = ["Canada's G20 presidency", "the Presidency of the G7", "the United States' hosting of APEC"]


@pytest.mark.parametrize("held", HELD)
def test_a_body_named_for_the_office_a_party_holds_is_no_entity_label(held: str) -> None:
    a = "We will support each other's leadership in 2031, including the river summit."
    b = f"We will support each other's leadership in 2031, including {held}."
    assert _kinds(changes(a, b, PARTIES), "entity-") == []


def test_a_body_that_acts_is_still_named() -> None:
    a = "We will support the WHO and the river commission in 2031."
    b = "We will support the G20 and the river commission in 2031."
    assert "entity-added" in _kinds(changes(a, b, PARTIES), "entity-")
