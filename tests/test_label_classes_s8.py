"""Label rules of session 8, each a class of language, on sentences written for the tests."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from _label_helpers import changes as _all_changes
from _label_helpers import pair_labels
from statementdiff import parse

PARTIES = ("Japan", "United States")


def _changes(a: str, b: str) -> list[tuple[str, str | None]]:
    return _all_changes(a, b, PARTIES)


@given(
    st.sampled_from(["agreed to", "agree to", "agrees to", "concurred to"]),
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


def _pair_labels(a_text: str, b_text: str, b_clause: int) -> list[tuple[str, str | None]]:
    """Labels of A's first clause against B's clause number ``b_clause`` as one pair."""
    return pair_labels(a_text, b_text, 0.6, PARTIES, b_clause)


_CONCERN = (
    "We express serious concern at the {phrase} of disputed features, the dangerous use of "
    "coast guard and maritime militia vessels."
)
_CUT = (
    "We steadfastly oppose the {phrase} of reclaimed features; the dangerous use of coast "
    "guard and maritime militia vessels."
)


@given(st.sampled_from(["militarization", "militarisation"]))
def test_a_phrase_in_another_clause_of_the_same_sentence_is_not_dropped(spelling: str) -> None:
    labels = _pair_labels(
        _CONCERN.format(phrase="militarization"), _CUT.format(phrase=spelling), b_clause=1
    )
    assert not [c for c in labels if c[0] == "phrase-dropped"]


def test_a_phrase_the_other_sentence_never_says_is_dropped() -> None:
    labels = _pair_labels(
        _CONCERN.format(phrase="militarization"), _CUT.format(phrase="reclamation"), b_clause=1
    )
    assert ("phrase-dropped", "'militarization' dropped") in labels


@given(
    st.sampled_from(
        ["condemn in the strongest terms", "condemned in the strongest possible terms"]
    ),
    st.sampled_from(["strongly condemn", "resolutely condemned", "unequivocally condemn"]),
)
def test_the_strongest_terms_after_the_verb_are_its_strong_degree(phrase: str, strong: str) -> None:
    changes = _changes(
        f"We {phrase} the military coup and the violence against civilians.",
        f"We {strong} the military coup and the violence against civilians.",
    )
    assert not [c for c in changes if c[0] in ("stance-stronger", "stance-weaker")]


def test_the_strongest_terms_added_to_a_plain_condemnation_are_stronger() -> None:
    changes = _changes(
        "We condemn the military coup and the violence against civilians.",
        "We condemn in the strongest terms the military coup and the violence against civilians.",
    )
    assert [c for c in changes if c[0] == "stance-stronger"]


@given(st.sampled_from(["peacefully resolving disputes", "peacefully settling disputes"]))
def test_the_verb_of_a_peaceful_resolution_says_it_too(verb: str) -> None:
    changes = _changes(
        "We stand for the rule of law and the peaceful resolution of disputes in the region.",
        f"We stand for the rule of law and are committed to {verb} in the region.",
    )
    assert not [c for c in changes if c[0] == "phrase-dropped"]


@given(st.sampled_from(["all UN Member States", "all United Nations member states", "UN members"]))
def test_a_body_named_for_its_members_is_no_mention_of_the_body(members: str) -> None:
    changes = _changes(
        "We call on all countries to fully implement the relevant resolutions.",
        f"We call on {members} to fully implement the relevant resolutions.",
    )
    assert not [c for c in changes if c[0].startswith("entity")]


def test_a_body_named_for_its_members_still_counts_as_named() -> None:
    changes = _changes(
        "We will work with other WTO members to make progress on the reform agenda.",
        "We will work with the WTO and the WTO secretariat to make progress on the reform agenda.",
    )
    assert not [c for c in changes if c[0] == "entity-added"]


def test_another_bodys_members_in_the_possessive_are_not_the_parties() -> None:
    statement = parse(
        "In spite of 13 Security Council members\u2019 support, we deeply regret that the "
        "Council failed to act."
    )
    assert next(iter(statement.clauses())).stance is None


@given(
    st.sampled_from(["will", "committed to", "pledged to"]),
    st.sampled_from(["intend to", "intends to", "intended to"]),
)
def test_a_planned_act_in_the_place_of_a_pledge_is_no_hedge(firm: str, planned: str) -> None:
    changes = _changes(
        f"The Ministers {firm} collaborate in protecting critical technologies.",
        f"The Ministers {planned} collaborate in protecting critical technologies.",
    )
    assert not [c for c in changes if c[0] in ("hedge-added", "hedge-removed")]


def test_another_hedge_in_the_place_of_a_pledge_is_still_a_hedge() -> None:
    changes = _changes(
        "The Ministers seek to collaborate in protecting critical technologies.",
        "The Ministers will collaborate in protecting critical technologies.",
    )
    assert [c for c in changes if c[0] == "hedge-removed"]


def _loose_pair_labels(a_text: str, b_text: str, similarity: float) -> list[tuple[str, str | None]]:
    """Labels of the first clauses of two statements as one pair so scored."""
    return pair_labels(a_text, b_text, similarity, PARTIES)


_LOOSE_A = "We welcome growing defense cooperation with the Philippines in the region."
_LOOSE_B = "We hold an unshakeable belief in cooperation across the region."


@given(st.floats(min_value=0.0, max_value=0.39))
def test_a_loose_pair_does_not_claim_a_name_the_other_statement_says_elsewhere(
    similarity: float,
) -> None:
    labels = _loose_pair_labels(
        _LOOSE_A, _LOOSE_B + "\n\nWe support the Philippines in its maritime rights.", similarity
    )
    assert not [c for c in labels if c[0] == "entity-dropped"]


@given(st.floats(min_value=0.0, max_value=0.39))
def test_a_loose_pair_still_claims_a_name_the_other_statement_never_says(
    similarity: float,
) -> None:
    labels = _loose_pair_labels(_LOOSE_A, _LOOSE_B + " We support our partners.", similarity)
    assert ("entity-dropped", "Philippines dropped") in labels


def test_a_close_pair_keeps_a_name_the_other_statement_says_elsewhere() -> None:
    # 0.5 or more: under 0.5 a pair whose sides share no topic (as these) gives no such
    # label either (session 13, test_label_classes_s13)
    labels = _loose_pair_labels(
        _LOOSE_A, _LOOSE_B + "\n\nWe support the Philippines in its maritime rights.", 0.55
    )
    assert ("entity-dropped", "Philippines dropped") in labels


_FACT = "Cooperation with Pacific Island countries on ocean science keeps increasing."
_STANCE = "We welcome cooperation with Pacific Island countries on ocean science."


@given(st.floats(min_value=0.0, max_value=0.69))
def test_a_pair_under_the_bar_claims_no_stance_on_one_side_only(similarity: float) -> None:
    labels = _loose_pair_labels(_FACT, _STANCE, similarity)
    assert not [c for c in labels if c[0] in ("stance-added", "stance-dropped")]


@given(st.floats(min_value=0.7, max_value=1.0))
def test_a_close_pair_still_claims_a_stance_on_one_side_only(similarity: float) -> None:
    labels = _loose_pair_labels(_FACT, _STANCE, similarity)
    assert [c for c in labels if c[0] == "stance-added"]


@given(st.sampled_from(["which", "that", "it"]))
def test_a_modal_after_and_shares_the_subject_of_the_verb_before(subject: str) -> None:
    statement = parse(
        f"Our ties are a pillar of the friendship, {subject} has spanned generations and will "
        "continue for generations to come."
    )
    assert "will" not in next(iter(statement.clauses())).modality


def test_the_parties_modal_after_and_is_still_theirs() -> None:
    statement = parse("We reaffirmed our alliance and will continue to strengthen it.")
    assert "will" in next(iter(statement.clauses())).modality


@given(st.sampled_from(["plan", "plans", "decision", "intention"]))
def test_a_pledge_reported_as_a_partys_plan_is_no_modality_change(plan: str) -> None:
    changes = _changes(
        "Japan will release its enhanced 2030 target early in October.",
        f"The United States welcomes Japan\u2019s {plan} to release its enhanced 2030 target "
        "early in October.",
    )
    assert not [c for c in changes if c[0] == "modality-changed"]


def test_a_plan_for_another_act_reports_nothing() -> None:
    changes = _changes(
        "Japan will release its enhanced 2030 target early in October.",
        "The United States welcomes Japan\u2019s plan to review its enhanced 2030 target "
        "early in October.",
    )
    assert ("modality-changed", "'will' removed") in changes


@given(st.sampled_from([("COP26", "COP 26"), ("MC12", "MC 12"), ("COP 26", "COP26")]))
def test_a_names_number_glued_or_spaced_is_no_number_change(forms: tuple[str, str]) -> None:
    glued, spaced = forms
    changes = _changes(
        f"We will present our final target by {glued} in Glasgow.",
        f"We will present our final target by {spaced} in Glasgow.",
    )
    assert not [c for c in changes if c[0] == "number-changed"]


def test_a_names_number_changed_is_a_number_change() -> None:
    changes = _changes(
        "We will present our final target by COP26 in Glasgow.",
        "We will present our final target by COP27 in Glasgow.",
    )
    assert ("number-changed", "26 → 27") in changes
