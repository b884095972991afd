"""Label rules of session 18, each a class of language, on sentences written for the tests."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from _label_helpers import pair_labels
from statementdiff import compare, parse

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


# -- a coded phrase both statements repeat is their formula: no change where a pair moves it --


def _phrase_labels(a: str, b: str) -> list[str]:
    diff = compare(parse(a, parties=PARTIES), parse(b, parties=PARTIES), related=False)
    return [c.detail for p in diff.pairs for c in p.changes if c.kind.startswith("phrase-")]


_OPEN = "We reaffirm our commitment to a free and open Indo-Pacific."
_CLOSE = "Together we will advance a free and open Indo-Pacific for decades to come."
_LINE = "We will deepen cooperation on maritime security with partners in the region"


@given(st.sampled_from(["", " that is inclusive and resilient"]))
def test_a_formula_both_statements_repeat_is_no_change_in_a_pair(tail: str) -> None:
    a = f"{_OPEN}\n\n{_LINE}.\n\n{_CLOSE}"
    b = f"{_OPEN}\n\n{_LINE} to uphold a free and open Indo-Pacific{tail}.\n\n{_CLOSE}"
    assert _phrase_labels(a, b) == []


def test_a_phrase_the_other_statement_says_once_is_still_a_change() -> None:
    # guard: A says the phrase once only, so it is not A's formula
    a = f"{_OPEN}\n\n{_LINE}."
    b = f"{_OPEN}\n\n{_LINE} to uphold a free and open Indo-Pacific.\n\n{_CLOSE}"
    assert _phrase_labels(a, b) == ["'free and open Indo-Pacific' added"]
