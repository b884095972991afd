"""Label rules of session 19, each a class of language, on sentences written for the tests."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from statementdiff import parse

PARTIES = ["United States", "India"]

# -- an instrument between the parties speaks for itself, not for them ----------------------

_INSTRUMENTS = ["Agreement", "Interim Agreement", "Partnership", "Dialogue", "Framework"]
_SIDES = ["the United States and India", "India and the United States", "our two countries"]


@given(st.sampled_from(_INSTRUMENTS), st.sampled_from(["between", "among"]))
def test_a_modal_of_an_instrument_between_the_parties_is_the_instrument_s(
    instrument: str, preposition: str
) -> None:
    text = f"The {instrument} {preposition} the United States and India will mark a milestone."
    (clause,) = parse(text, parties=PARTIES).clauses()
    assert not clause.modality, text


@given(st.sampled_from(_SIDES))
def test_the_parties_modal_is_still_theirs(sides: str) -> None:
    # guard: the parties themselves, or cooperation between them, still commit
    text = f"{sides[0].upper()}{sides[1:]} will hold an annual dialogue on energy."
    (clause,) = parse(text, parties=PARTIES).clauses()
    assert clause.modality == ("will",), text
