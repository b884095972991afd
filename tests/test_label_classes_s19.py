"""Label rules of session 19, each a class of language, on sentences written for the tests."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from _label_helpers import statement_pair_labels
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


# -- statements of different makers: each speaks in its own makers' voice ------------------

_LINE = "commitment to the immediate resolution of the abductions issue."
_US_JAPAN = ["United States", "Japan"]
_US_ROK = ["United States", "Republic of Korea"]
_TRILATERAL = ["United States", "Japan", "Republic of Korea"]


@given(
    st.sampled_from(["President Biden reaffirms U.S.", "The United States reaffirms its"]),
    st.sampled_from(["We reaffirm our", "The two leaders reaffirm their"]),
)
def test_each_statements_own_makers_speaking_is_no_actor_change(one: str, both: str) -> None:
    # U.S.-Japan: the United States alone; U.S.-ROK: both of its makers
    a = parse(f"{one} {_LINE}", parties=_US_JAPAN)
    b = parse(f"{both} {_LINE}", parties=_US_ROK)
    labels = statement_pair_labels(a, b, 0.8)
    assert not [k for k, _ in labels if k == "actor-changed"], labels


def test_all_makers_of_two_formats_is_no_actor_change() -> None:
    a = parse(f"The three leaders reaffirm their {_LINE}", parties=_TRILATERAL)
    b = parse(f"The two leaders reaffirm their {_LINE}", parties=_US_ROK)
    assert not [k for k, _ in statement_pair_labels(a, b, 0.8) if k == "actor-changed"]


def test_one_party_alone_joined_by_a_wider_format_is_an_actor_change() -> None:
    # guard: what the United States pledged alone in a U.S.-Japan statement, all three
    # makers of a U.S.-Japan-ROK one now say
    a = parse(f"President Biden reaffirms U.S. {_LINE}", parties=_US_JAPAN)
    b = parse(f"The three leaders reaffirm their {_LINE}", parties=_TRILATERAL)
    assert [k for k, _ in statement_pair_labels(a, b, 0.8) if k == "actor-changed"]


def test_another_maker_of_the_same_statement_is_still_an_actor_change() -> None:
    # guard: the same makers on both sides, one of them now speaks for both
    a = parse(f"President Biden reaffirms U.S. {_LINE}", parties=_US_JAPAN)
    b = parse(f"Prime Minister Kishida reaffirms Japan's {_LINE}", parties=_US_JAPAN)
    assert [k for k, _ in statement_pair_labels(a, b, 0.8) if k == "actor-changed"]
