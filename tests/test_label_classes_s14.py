"""Label rules of session 14, each a class of language, on sentences written for the tests."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from _label_helpers import changes, pair_labels
from statementdiff import Lexicon

PARTIES = ["Canada", "Mexico"]
STANCE = Lexicon.default().stance
ASSERTING = sorted(k for k, e in STANCE.items() if e.scale == "assert" and not e.continuity)
PROPOSITIONS = [
    "there is no change in our shared policy on the Arctic",
    "the door to talks with the rebels remains open",
    "the fisheries agreement serves both coastal communities well",
]


def _stance_labels(a: str, b: str) -> list[str]:
    return [kind for kind, _ in changes(a, b, PARTIES) if kind.startswith("stance-")]


def _paired_stance_labels(a: str, b: str) -> list[str]:
    """The stance labels of the two one-clause texts as one pair (whatever the aligner does)."""
    return [k for k, _ in pair_labels(a, b, 0.9, PARTIES) if k.startswith("stance-")]


@given(st.sampled_from(ASSERTING), st.sampled_from(PROPOSITIONS), st.booleans())
def test_asserting_what_the_other_side_states_is_no_stance_change(
    verb: str, proposition: str, added: bool
) -> None:
    stated = proposition[0].upper() + proposition[1:] + "."
    asserted = f"Canada and Mexico {verb} that {proposition}."
    a, b = (stated, asserted) if added else (asserted, stated)
    assert _stance_labels(a, b) == []
    assert _paired_stance_labels(a, b) == []


def test_a_reported_proposition_now_emphasized_keeps_its_label() -> None:
    # the other side reports the proposition with a verb of its own: the verb changed
    stated = "Canada and Mexico stated that the door to talks with the rebels remains open."
    emphasized = "Canada and Mexico emphasize that the door to talks with the rebels remains open."
    assert _stance_labels(stated, emphasized) == ["stance-added"]


def test_a_welcome_of_what_the_other_side_states_is_still_a_stance() -> None:
    # welcoming is a judgment, not an assertion of the same proposition
    stated = "The door to talks with the rebels remains open."
    welcomed = "Canada and Mexico welcome that the door to talks with the rebels remains open."
    assert _paired_stance_labels(stated, welcomed) == ["stance-added"]


def test_an_assertion_of_another_proposition_is_still_a_stance() -> None:
    # the two share "talks" (a pair sharing no word is no pair to label, session 17)
    stated = "The door to talks with the rebels remains open."
    asserted = "Canada and Mexico emphasize that the fisheries talks serve both coasts well."
    assert _paired_stance_labels(stated, asserted) == ["stance-added"]


def _number_labels(a: str, b: str) -> list[tuple[str, str | None]]:
    return [(k, d) for k, d in pair_labels(a, b, 0.9, PARTIES) if k == "number-changed"]


EVENT = "Canada and Mexico look forward to the next meeting of the Fisheries Working Group"


@given(
    st.sampled_from(["in 2027", "in March 2027", "beginning in October 2027", "on May 4, 2027"]),
    st.booleans(),
)
def test_the_date_of_an_event_said_on_one_side_is_no_number_changed(when: str, added: bool) -> None:
    dated, undated = f"{EVENT} {when}.", f"{EVENT}."
    a, b = (undated, dated) if added else (dated, undated)
    assert _number_labels(a, b) == []


@given(st.sampled_from(["by 2030", "by June 2030", "until 2030", "before 2030"]))
def test_a_deadline_said_on_one_side_is_a_number_changed(deadline: str) -> None:
    goal = "Canada and Mexico will end illegal fishing in the Gulf"
    labels = _number_labels(f"{goal} {deadline}.", f"{goal}.")
    assert [(k, (d or "").endswith("removed")) for k, d in labels] == [("number-changed", True)]


def test_a_date_in_the_place_of_another_is_a_number_changed() -> None:
    labels = _number_labels(f"{EVENT} in 2027.", f"{EVENT} in 2028.")
    assert labels == [("number-changed", "2027 → 2028")]


def _qualifier_labels(a: str, b: str) -> list[str]:
    return [k for k, _ in pair_labels(a, b, 0.9, PARTIES) if k == "qualifier-changed"]


def test_steadfast_in_an_act_is_a_commitment() -> None:
    committed = "Canada and Mexico remain committed to dialogue with the rebels."
    steadfast = "Canada and Mexico remain steadfast in their pursuit of dialogue with the rebels."
    assert not [k for k, _ in pair_labels(committed, steadfast, 0.9, PARTIES) if "modality" in k]
    discussed = "Canada and Mexico discussed dialogue with the rebels."
    labels = pair_labels(steadfast, discussed, 0.9, PARTIES)
    assert ("modality-changed", "'resolve to' removed") in labels


def test_a_figure_that_only_looks_like_a_year_is_a_count() -> None:
    plan = "Canada and Mexico will deploy {} observers to the Gulf."
    labels = _number_labels(plan.format("2000"), plan.format("more"))
    assert [k for k, _ in labels] == ["number-changed"]


PATROL = "Canada and Mexico will patrol waters {} the South China Sea with their navies."


@given(
    st.sampled_from(["in", "near", "across", "around"]),
    st.sampled_from(["across", "within", "beyond", "throughout"]),
)
def test_a_preposition_in_the_place_of_another_before_a_name_is_a_qualifier(
    first: str, second: str
) -> None:
    labels = _qualifier_labels(PATROL.format(first), PATROL.format(second))
    assert labels == ([] if first == second else ["qualifier-changed"])


@given(st.sampled_from(["relevant", "multiple", "all"]))
def test_a_quantifier_before_a_name_is_a_qualifier(word: str) -> None:
    plain = "Canada and Mexico condemn violations of UN Security Council resolutions by pirates."
    qualified = plain.replace("of UN", f"of {word} UN")
    assert _qualifier_labels(plain, qualified) == ["qualifier-changed"]


@given(
    st.sampled_from(
        [
            ("will impose sanctions on Russia", "will impose costs on Russia"),
            ("mourn the war raging in Ukraine", "mourn the conflict in Ukraine"),
            ("defend the ROK using all means", "defend the ROK backed by all means"),
            ("support the Indo-Pacific", "support the Indo-Pacific maritime domain"),
        ]
    )
)
def test_other_words_next_to_a_name_are_a_rewording_not_a_qualifier(
    words: tuple[str, str],
) -> None:
    a, b = (f"Canada and Mexico {w} without delay." for w in words)
    assert _qualifier_labels(a, b) == []


def test_a_coded_phrase_next_to_a_name_is_still_a_qualifier() -> None:
    # "force" and "coercion" are no words of a qualifier, but "by force or coercion" is a
    # coded phrase: it qualifies the name it stands before
    plain = "Canada and Mexico oppose any attempt to change the status quo in the South China Sea."
    coded = plain.replace("quo in", "quo by force or coercion in")
    assert _qualifier_labels(plain, coded) == ["qualifier-changed"]


def test_phrases_of_conformity_are_a_rewording_not_a_qualifier() -> None:
    tied = "Canada and Mexico will patrol the Gulf {} the UN Convention on the Law of the Sea."
    for first, second in [
        ("consistent with", "in accordance with"),
        ("consistent with", "as reflected in"),
    ]:
        assert _qualifier_labels(tied.format(first), tied.format(second)) == []
