"""``Spelling.fold`` rewrites only the words that change, with the output of a full rewrite.

The fold used to run its rewriting function over every word of any text that held a
word with a variant's ending ("our", "promise"); it now rewrites only the words whose
folded form differs. The full rewrite is kept here as the reference.
"""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from statementdiff import Lexicon
from statementdiff.lexicon.spelling import Spelling

_WORD = re.compile(r"[A-Za-z]+")
SPELLING = Lexicon.default().spelling_table


def _full_rewrite(spelling: Spelling, text: str) -> str:
    """The fold before the change: every word through the rewriting function."""
    words = set(_WORD.findall(text.lower()))
    tails = tuple(e for e, _ in spelling._endings)
    if not (spelling._words or tails):
        return text
    if words.isdisjoint(spelling._words) and not any(w.endswith(tails) for w in words):
        return text

    def swap(match: re.Match[str]) -> str:
        word = match.group(0)
        folded = spelling.fold_word(word)
        if folded == word.lower():
            return word
        if word.isupper() and len(word) > 1:
            return folded.upper()
        return folded[:1].upper() + folded[1:] if word[:1].isupper() else folded

    return _WORD.sub(swap, text)


_VARIANTS = sorted(SPELLING._words)[:40] + sorted(SPELLING._keep)[:20]
_PIECES = st.one_of(
    st.sampled_from(_VARIANTS),
    st.sampled_from(["organisation", "our", "rise", "promised", "Defence", "DEFENCE", "ise"]),
    st.sampled_from(["\u212aelvin", "\u0130stanbul", "stra\u00dfe", "\u017fise"]),
    st.text(alphabet="abeiorsnzAEISZ", max_size=10),
).map(lambda w: w.capitalize() if len(w) % 3 == 0 else w)
_TEXTS = st.lists(
    st.tuples(_PIECES, st.sampled_from([" ", "-", ", ", "'", "\n", ""])), max_size=10
).map(lambda parts: "".join(p + g for p, g in parts))


@given(_TEXTS)
def test_fold_is_the_full_rewrite(text: str) -> None:
    assert SPELLING.fold(text) == _full_rewrite(SPELLING, text)


@given(_TEXTS)
def test_fold_of_a_small_table_is_the_full_rewrite(text: str) -> None:
    small = Spelling({"defence": "defense"}, {"ise": "ize", "our": "or"}, ("promise",))
    assert small.fold(text) == _full_rewrite(small, text)


def test_fold_keeps_unchanged_words_as_written() -> None:
    assert SPELLING.fold("Our labour, OUR Promise") == "Our labor, OUR Promise"
    assert SPELLING.fold("our promise") == "our promise"


_ENDINGS = sorted({e for e, _ in SPELLING._endings})


@given(
    st.lists(
        st.one_of(
            st.sampled_from(_ENDINGS),
            st.text(alphabet="abcKSIsie \u212a\u0130\u017f.-'", max_size=6),
            st.text(max_size=4),
        ),
        max_size=8,
    ).map("".join)
)
def test_the_ending_search_finds_what_the_word_loop_finds(text: str) -> None:
    low = text.lower()
    words = set(_WORD.findall(low))
    tails = tuple(e for e, _ in SPELLING._endings)
    assert SPELLING._any_tail(low, words) == any(w.endswith(tails) for w in words)
