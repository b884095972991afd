"""Hunks: a pair's word operations grouped into runs of deletes and inserts."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from statementdiff.lexicon.matchers import Hit
from statementdiff.models import Pair, Span
from statementdiff.semantics.hunks import Hunk, fine_hunks, scan, view, words
from statementdiff.worddiff import word_ops


def _pair(a: str, b: str, a_base: int = 0, b_base: int = 0) -> Pair:
    return Pair(
        a=("a",),
        b=("b",),
        relation="modified",
        similarity=0.5,
        a_span=Span(start=a_base, end=a_base + len(a)),
        b_span=Span(start=b_base, end=b_base + len(b)),
        ops=word_ops(a, a_base, b, b_base),
    )


def test_an_inserted_word_is_one_hunk_empty_on_side_a() -> None:
    a, b = "We support the plan.", "We strongly support the plan."
    v = view(_pair(a, b))
    assert v.a.text == a
    assert v.b.text == b
    (hunk,) = v.hunks
    assert hunk.a[0] == hunk.a[1]  # nothing deleted
    assert v.b.slice(*hunk.b).strip() == "strongly"
    assert v.hunk_words(hunk, "b") == ["strongly"]
    assert v.hunk_words(hunk, "a") == []


def test_a_replacement_and_a_deletion_are_two_hunks_at_statement_offsets() -> None:
    a, b = "We will expand trade with Japan and India.", "We seek to expand trade with Japan."
    v = view(_pair(a, b, a_base=100, b_base=7))
    assert [v.hunk_words(h, "a") for h in v.hunks] == [["will"], ["and", "India"]]
    assert [v.hunk_words(h, "b") for h in v.hunks] == [["seek", "to"], []]
    first = v.hunks[0]
    assert v.a.slice(*first.a).strip() == "will"  # absolute offsets: base 100
    assert first.a[0] >= 100
    assert first.b[0] >= 7


def test_positions_map_through_equal_runs() -> None:
    a, b = "peace across the Taiwan Strait", "peace in the Taiwan Strait"
    v = view(_pair(a, b))
    strait_a = a.index("Taiwan")
    assert v.to_b(strait_a) == b.index("Taiwan")
    assert v.to_b(len(a)) == len(b)  # the end of the last equal run
    hunk = v.hunk_at("a", a.index("across"), a.index("across") + 6)
    assert hunk is not None
    assert v.b.slice(*hunk.b).strip() == "in"
    lo, hi = v.counterpart("a", a.index("across"), a.index("across") + 6)
    assert b[lo:hi].strip() == "in"


def test_touched_and_scan_see_only_changed_words() -> None:
    a, b = "We support Japan.", "We oppose Japan."
    v = view(_pair(a, b))
    support = Hit("support", 3, 10, "support")
    japan = Hit("Japan", 11, 16, "Japan")
    assert v.a.touched(support.start, support.end)
    assert not v.a.touched(japan.start, japan.end)
    assert scan([support, japan], v.a) == [support]


def test_hunks_are_values() -> None:
    v = view(_pair("We support Japan.", "We oppose Japan."))
    (hunk,) = v.hunks
    assert hunk == Hunk(a=hunk.a, b=hunk.b)
    assert {hunk, Hunk(a=hunk.a, b=hunk.b)} == {hunk}  # usable as a set member (claims)


def test_no_hunks_for_identical_sides() -> None:
    assert view(_pair("We support Japan.", "We support Japan.")).hunks == ()
    assert words("U.S.-Japan ties") == ["U", "S", "Japan", "ties"]


_WORDS = st.sampled_from(["We", "the", "plan", "Japan", "and", "India", ",", ".", " ", "  "])
_TEXTS = st.lists(_WORDS, min_size=1, max_size=25).map("".join)


@given(_TEXTS, _TEXTS)
def test_fine_hunks_lie_in_order_inside_their_hunk(a: str, b: str) -> None:
    v = view(_pair(a, b, a_base=3, b_base=11))
    for hunk in v.hunks:
        parts = fine_hunks(v, hunk)
        assert parts
        for part in parts:
            assert hunk.a[0] <= part.a[0] <= part.a[1] <= hunk.a[1]
            assert hunk.b[0] <= part.b[0] <= part.b[1] <= hunk.b[1]
            assert part.a[0] < part.a[1] or part.b[0] < part.b[1]
        for x, y in itertools.pairwise(parts):
            assert x.a[1] <= y.a[0]
            assert x.b[1] <= y.b[0]


def test_a_replacement_shows_the_words_both_sides_keep() -> None:
    a = "backed by our forces, including naval."
    b = "using all of the allied forces, including naval, air, and space forces."
    v = view(_pair(a, b))
    added = [v.b.slice(*p.b) for h in v.hunks for p in fine_hunks(v, h) if p.a[0] == p.a[1]]
    assert ", air, and space forces" in added
