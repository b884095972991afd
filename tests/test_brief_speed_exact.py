"""The speed indexes of the brief and the labels give the answers of the scans they replace.

Each index stands in for a scan that was quadratic at scale (a one-sided clause tested
against every clause of the other side; every stance of a statement read for each pair);
these tests hold the index and the scan side by side on random inputs, where short
words, word fragments and repeated words make partial matches common.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

import statementdiff
from statementdiff.brief import one_sided
from statementdiff.semantics.labeller import Labeller

_WORD = st.sampled_from(["a", "ab", "ba", "b", "aab", "we", "will", "a-b", "b'a", "é"])
_GAP = st.sampled_from([" ", "  ", ", ", ". ", "\n", " (", "; "])


@st.composite
def _texts(draw: st.DrawFn, most: int = 8) -> str:
    """A clause-like text: a few short words with spaces and punctuation between."""
    words = draw(st.lists(_WORD, max_size=most))
    gaps = draw(st.lists(_GAP, min_size=len(words), max_size=len(words)))
    return "".join(g + w for g, w in zip(gaps, words, strict=True)).strip()


def _plain(there: list[str], text: str) -> bool:
    """The scan the index replaces: the clause's words inside any clause's words."""
    needle = one_sided._word_string(text)
    return not needle or any(needle in words for words in there)


@given(st.lists(_texts(), max_size=12), st.lists(_texts(), min_size=1, max_size=12))
def test_said_there_with_the_index_is_the_plain_scan(other: list[str], ones: list[str]) -> None:
    there = [one_sided._word_string(t) for t in other]
    said = one_sided._Said(there)
    for text in ones:
        assert one_sided._said_there(said, text) == _plain(there, text)


@given(
    st.lists(_texts(12), min_size=1, max_size=8),
    st.data(),
)
def test_said_there_finds_every_slice_of_the_other_side(
    other: list[str], data: st.DataObject
) -> None:
    """Needles cut out of the other side's clauses (mostly found), at any character."""
    there = [one_sided._word_string(t) for t in other]
    said = one_sided._Said(there)
    source = data.draw(st.sampled_from(there))
    start = data.draw(st.integers(0, len(source)))
    end = data.draw(st.integers(start, len(source)))
    piece = source[start:end]
    assert one_sided._said_there(said, piece) == _plain(there, piece)
    if one_sided._word_string(piece) == piece:  # a slice that is a word string itself
        assert one_sided._said_there(said, piece)


def test_said_there_on_a_split_clause() -> None:
    said = one_sided._Said(
        [one_sided._word_string("The United States will continue to modify its tariffs.")]
    )
    assert one_sided._said_there(said, "The United States will")
    assert one_sided._said_there(said, "will continue")
    assert one_sided._said_there(said, "nited States")  # a fragment, as the substring test has it
    assert not one_sided._said_there(said, "The United States will not")
    assert not one_sided._said_there(said, "States continue")


# -- the labeller's stances elsewhere, by word index --------------------------------

_FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
_A = statementdiff.parse_file(_FIXTURES / "leaders-2031-a.txt")
_B = statementdiff.parse_file(_FIXTURES / "communique-2032.txt")
_LABELLER = Labeller.for_statements((_A, _B))
_CLAUSES = (list(_A.clauses()), list(_B.clauses()))
_VOCABULARY = sorted(
    {w for index in (0, 1) for _, _, words in _LABELLER._stances_of(index) for w in words}
)


@given(side=st.sampled_from([0, 1]), at=st.integers(0, 10**6), data=st.data())
def test_stances_elsewhere_by_index_hold_every_stance_that_shares_enough(
    side: int, at: int, data: st.DataObject
) -> None:
    """Every stance outside the pair sharing ``least`` of the words is returned, in order.

    The words are part of one stance's words (often the most common ones, which the index
    looks at last) and others.
    """
    rows = _LABELLER._stances_of(side)
    clauses = _CLAUSES[side]
    pair = clauses[at % len(clauses) : at % len(clauses) + 2]
    own = {c.id for c in pair}
    target = sorted(data.draw(st.sampled_from(rows))[2])
    words = set(data.draw(st.lists(st.sampled_from(target or ["zzq"]), max_size=6)))
    words |= data.draw(st.sets(st.sampled_from([*_VOCABULARY, "zzq"]), max_size=6))
    least = data.draw(st.integers(0, len(words) + 1))
    full = [(key, other) for cid, key, other in rows if cid not in own]
    found = _LABELLER._elsewhere((0, 1), (pair, pair), side, words, least)
    assert [row for row in full if len(words & row[1]) >= least] == [
        row for row in found if len(words & row[1]) >= least
    ]
    rest = iter(full)  # the rows found are rows of the full list, in its order
    assert all(any(row == other for other in rest) for row in found)
    if least == 0:
        assert found == full
