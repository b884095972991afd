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
    stated = "The door to talks with the rebels remains open."
    asserted = "Canada and Mexico emphasize that the fisheries agreement serves both coasts well."
    assert _paired_stance_labels(stated, asserted) == ["stance-added"]
