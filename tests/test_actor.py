"""Who speaks: the actor span the segmenter records, and the parties it stands for."""

from __future__ import annotations

import pytest

from statementdiff import compare, parse
from statementdiff.lexicon.lexicon import Lexicon
from statementdiff.models import Clause, Span, Statement
from statementdiff.segment.actor import actor_span, is_collective, plausible
from statementdiff.semantics.actor import COLLECTIVE_PLACEHOLDER, parties_of

US_JAPAN = ("United States", "Japan")


def _clauses(text: str, parties: tuple[str, ...] = US_JAPAN) -> tuple[Statement, list[Clause]]:
    statement = parse(text, parties=parties)
    return statement, list(statement.clauses())


def _actor_text(statement: Statement, clause: Clause) -> str | None:
    span = clause.actor_span
    return statement.text[span.start : span.end] if span else None


def test_we_is_the_actor_and_stands_for_the_statement_parties() -> None:
    s, (c,) = _clauses("We reaffirm our commitment to peace.")
    assert _actor_text(s, c) == "We"
    assert c.parties == US_JAPAN


def test_an_elided_subject_is_inherited_not_searched_for_in_the_clause() -> None:
    # The second clause's "we" is inside its object ("ensure we learn"): it is not the actor.
    s, (first, second) = _clauses("We share data and ensure we learn from each other.")
    assert _actor_text(s, first) == "We"
    assert second.actor == "We"
    assert second.actor_span is None
    assert second.parties == US_JAPAN


def test_the_subject_after_a_fronted_clause_is_the_actor() -> None:
    # "As we move ..., we underscore": the speaker is the subject of "underscore".
    text = "As we move to a net zero world, we underscore our cooperation."
    _s, (c,) = _clauses(text)
    assert c.actor_span == Span(start=text.index("we underscore"), end=text.index(" underscore"))


def test_named_parties_and_titled_people() -> None:
    s, (c,) = _clauses("The United States and Japan reaffirm their alliance.")
    assert _actor_text(s, c) == "The United States and Japan"
    assert c.parties == ("United States", "Japan")
    s, (c,) = _clauses("President Han welcomes the talks.")
    assert c.parties == ("President Han",)  # an unknown person is kept as written


@pytest.mark.parametrize(
    "text",
    [
        "This initiative supports regional growth.",  # a thing, not a speaker
        "The U.S.-Japan Alliance remains the cornerstone of peace.",  # its head is no party
    ],
)
def test_no_party_speaks(text: str) -> None:
    _, (c,) = _clauses(text)
    assert c.parties == ()


def test_collective_without_parties_metadata() -> None:
    _, (c,) = _clauses("The two leaders welcome the talks.", parties=())
    assert c.parties == (COLLECTIVE_PLACEHOLDER,)


def test_is_collective_and_plausible() -> None:
    assert is_collective("We")
    assert is_collective("the two leaders")
    assert is_collective("Both sides")
    assert not is_collective("This initiative")
    assert not is_collective("Japan")
    assert plausible("Japan and the United States")
    assert plausible("we")
    assert not plausible("energy and")  # a lowercase fragment is no speaker
    assert not plausible(" ".join(["Word"] * 13))  # too long


def test_actor_span_falls_back_to_leading_names_without_a_subject() -> None:
    text = "President Biden and President Moon discussed trade."
    assert actor_span(text, 0, len(text), None, None) == (0, text.index(" discussed"))
    opener = "Today, the two leaders met."
    assert actor_span(opener, 0, len(opener), None, None) == (7, opener.index(" met"))
    assert actor_span(text, 0, len(text), (0, 15), None) == (0, 15)  # the subject wins
    assert actor_span(text, 0, len(text), None, "We") is None  # inherited: not searched for


def test_parties_of_keeps_order_without_repeats() -> None:
    lex = Lexicon.default()
    actor = "Japan and the United States and Japan"
    mentions = [(h.key, h.start, h.end) for h in lex.matchers.entities.finditer(actor)]
    span = Span(start=0, end=len(actor))
    assert parties_of(actor, span, mentions, US_JAPAN, lex) == ("Japan", "United States")


def test_actor_change_uses_the_recorded_spans() -> None:
    a = parse("Japan supports the plan.", parties=US_JAPAN)
    b = parse("The United States supports the plan.", parties=US_JAPAN)
    (pair,) = compare(a, b, threshold=0.1).pairs
    (change,) = [c for c in pair.changes if c.kind == "actor-changed"]
    assert (change.a_text, change.b_text) == ("Japan", "The United States")
    assert change.detail == "Japan → United States"
    same = parse("We support the plan.", parties=US_JAPAN)
    both = parse("The two leaders support the plan.", parties=US_JAPAN)
    (pair,) = compare(same, both, threshold=0.1).pairs
    assert "actor-changed" not in [c.kind for c in pair.changes]  # both speak for all parties
