"""align/splits.py: one clause matched by adjacent clauses of the other side."""

from __future__ import annotations

from statementdiff.align.aligner import Aligner
from statementdiff.align.similarity import Space, content_tokens, cosine
from statementdiff.align.splits import Grower, Key, SplitLimits

LIMITS = SplitLimits(threshold=0.35, split_gain=0.08, part_min=0.1, max_parts=3)
WHOLE = "We welcome the new dialogue on space security and expand cyber defense cooperation."
FIRST = "We welcome the new dialogue on space security."
SECOND = "We also expand cyber defense cooperation."
UNRELATED = "Agriculture ministers meet in March."


def _grow(a: list[str], b: list[str], limits: SplitLimits = LIMITS) -> dict[Key, float]:
    """Grow from the one-to-one pair (0, 0), every clause unanchored."""
    ta = [content_tokens(t) for t in a]
    tb = [content_tokens(t) for t in b]
    space = Space(ta + tb)
    rest_a, rest_b = list(range(len(a))), list(range(len(b)))
    sim = cosine(space.rows[rest_a], space.rows[[len(a) + j for j in rest_b]])
    grower = Grower(limits, space, (ta, tb), rest_a, rest_b, sim)
    return grower.grow({((0,), (0,)): float(sim[0, 0])})


def test_one_sentence_that_became_two_is_a_split() -> None:
    # "also" is a stop word: the two parts hold exactly the words of the whole
    assert content_tokens(WHOLE) == content_tokens(FIRST) + content_tokens(SECOND)
    assert _grow([WHOLE], [FIRST, SECOND]) == {((0,), (0, 1)): 1.0}


def test_two_sentences_that_became_one_are_a_merge() -> None:
    assert _grow([FIRST, SECOND], [WHOLE]) == {((0, 1), (0,)): 1.0}


def test_an_unrelated_neighbour_is_no_part_of_a_split() -> None:
    grown = _grow([WHOLE], [FIRST, UNRELATED])
    assert list(grown) == [((0,), (0,))]


def test_no_split_when_windows_of_one_clause_only_are_allowed() -> None:
    limits = SplitLimits(threshold=0.35, split_gain=0.08, part_min=0.1, max_parts=1)
    assert list(_grow([WHOLE], [FIRST, SECOND], limits)) == [((0,), (0,))]


def test_no_split_when_the_window_gains_too_little() -> None:
    limits = SplitLimits(threshold=0.35, split_gain=0.9, part_min=0.1, max_parts=3)
    assert list(_grow([WHOLE], [FIRST, SECOND], limits)) == [((0,), (0,))]


def test_the_aligner_reports_the_split_and_its_mirror() -> None:
    split = Aligner().align([WHOLE], [FIRST, SECOND])
    merge = Aligner().align([FIRST, SECOND], [WHOLE])
    assert [(m.a, m.b) for m in split.matches] == [((0,), (0, 1))]
    assert [(m.a, m.b) for m in merge.matches] == [((0, 1), (0,))]
    assert split.only_a == split.only_b == merge.only_a == merge.only_b == ()
