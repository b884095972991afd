"""Label rules of session 18, each a class of language, on sentences written for the tests."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from _label_helpers import pair_labels
from statementdiff import parse

PARTIES = ["United States", "Japan"]

# -- a commitment noun that the parties' verb of saying takes as its object is theirs ---------

_SAYING = ["share", "reaffirm", "reiterate", "underscore", "affirm", "express"]
_DETERMINERS = ["a", "the"]
_ADJECTIVES = ["", "firm ", "strong ", "shared "]


@given(
    st.sampled_from(_SAYING),
    st.sampled_from(_DETERMINERS),
    st.sampled_from(_ADJECTIVES),
    st.sampled_from(["commitment", "determination"]),
)
def test_a_commitment_noun_the_parties_say_they_hold_is_a_commitment(
    verb: str, article: str, adjective: str, noun: str
) -> None:
    text = f"Our two countries {verb} {article} {adjective}{noun} to a peaceful and open region."
    (clause,) = parse(text, parties=PARTIES).clauses()
    assert clause.modality, text


@given(st.sampled_from(_DETERMINERS), st.sampled_from(["welcome", "note", "support"]))
def test_a_commitment_noun_after_any_other_verb_is_no_one_s_voice(article: str, verb: str) -> None:
    # guard: a commitment the parties welcome or note is someone else's
    text = f"We {verb} {article} commitment to a peaceful and open region by the partners."
    (clause,) = parse(text, parties=PARTIES).clauses()
    assert not clause.modality, text


def test_a_commitment_of_a_third_party_is_still_no_one_s() -> None:
    (clause,) = parse("The commitment to peace of the region is clear.", parties=PARTIES).clauses()
    assert not clause.modality


def test_holding_a_commitment_against_committing_is_no_modality_change() -> None:
    a = "We recommit to a free and open Indo-Pacific that is inclusive and resilient."
    b = "Our two nations share a firm commitment to a free and open Indo-Pacific that is resilient."
    assert not [k for k, _ in pair_labels(a, b, 0.6, PARTIES) if k == "modality-changed"]
