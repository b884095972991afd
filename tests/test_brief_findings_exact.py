"""The brief's one-sided and reframing shortcuts against the plain code they replaced.

* ``_PROPER`` tests its capital first and what stands before it after (the old pattern
  ran its look-behinds at every character): the same matches.
* ``initiative_matches`` looks for the verbs of ``_INITIATIVE`` before running it: the same answer.
* ``_MONEY``, ``_MEASURE`` and ``_DEADLINE`` are skipped on a clause without a digit:
  none of them matches one.
* ``clause_findings`` turns each side's clauses into words once and hands each one-sided
  clause its words: the findings of each clause read from its own text.
* :func:`~statementdiff.brief.reworded.lost_terms` folds the paragraphs around a pair only
  when a term is left to test against them: the terms of the plain comprehension.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from statementdiff import compare, parse_file
from statementdiff.brief import one_sided, reworded
from statementdiff.brief.parties import own_parties
from statementdiff.brief.sources import Sources
from statementdiff.brief.weights import Weights
from statementdiff.lexicon.lexicon import Lexicon
from statementdiff.models import Finding

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"

_PLAIN_PROPER = re.compile(
    r"(?<![.!?]\s)(?<!^)\b[A-Z][\w-]*(?:\s+(?:of|for|and|on|the|to)?\s*[A-Z][\w-]+){1,}"
)

_PIECES = st.sampled_from(
    [
        "A", "Quad", "Partnership", "for", "of", "the", "and", " ", "  ", "\n", ". ", "! ",
        "? ", ".", "-", "x", "9", "é", "É", "_", "'", "(", "\u2019", "announced", "launch",
        "creates", "a new", "the ", "Fund", "$", "USD", "5", "\u0665", "million", "dollars",
        "period of 90 days", "No. 5 of 2025", "Executive Order 14259", "by June 3", "2024-2025",
    ]
)  # fmt: skip
_texts = st.lists(_PIECES, max_size=16).map("".join)


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def _fixture_texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))]
    assert texts
    return texts


@given(_texts)
def test_proper_names_match_like_the_plain_pattern(text: str) -> None:
    assert _spans(one_sided._PROPER, text) == _spans(_PLAIN_PROPER, text)


def test_proper_names_of_the_fixtures_and_corpus(corpus_dir: Path) -> None:
    texts = _fixture_texts() + [
        p.read_text(encoding="utf-8") for p in sorted(corpus_dir.glob("*.txt"))[:40]
    ]
    found = 0
    for text in texts:
        expected = _spans(_PLAIN_PROPER, text)
        found += len(expected)
        assert _spans(one_sided._PROPER, text) == expected
        for line in text.splitlines():
            assert _spans(one_sided._PROPER, line) == _spans(_PLAIN_PROPER, line)
    assert found


@given(_texts)
@example("we launch the Quad Fund")
@example("We announced a new Partnership for Cable")
def test_initiative_is_the_plain_search(text: str) -> None:
    found = [m.span() for m in one_sided.initiative_matches(text)]
    assert found == [m.span() for m in one_sided._INITIATIVE.finditer(text)]


def test_initiative_on_the_fixtures_and_corpus(corpus_dir: Path) -> None:
    hits = 0
    texts = _fixture_texts() + [
        p.read_text(encoding="utf-8") for p in sorted(corpus_dir.glob("*.txt"))
    ]
    for text in texts:
        for line in text.splitlines():
            expected = one_sided._INITIATIVE.search(line) is not None
            hits += expected
            assert bool(one_sided.initiative_matches(line)) == expected
    assert hits


@given(_texts)
@example("USD $\u0665 billion")
@example("a period of \u0669\u0660 days")
@example("by June \u0663")
def test_no_digit_no_money_measure_or_deadline(text: str) -> None:
    if one_sided._DIGIT.search(text) is None:
        assert one_sided._MONEY.search(text) is None
        assert one_sided._MEASURE.search(text) is None
        assert one_sided._DEADLINE.search(text) is None


def _plain_lost(
    here: dict[str, float],
    there: dict[str, float],
    counts: tuple[dict[str, int], dict[str, int]],
    low: str,
    least: int | None,
) -> list[str]:
    mine, theirs = counts
    return sorted(
        t
        for t in here
        if t not in there
        and t.lower() not in low
        and theirs.get(t, 0) < mine.get(t, 0)
        and (least is None or theirs.get(t, 0) == least)
    )


_TERM = st.sampled_from(["war", "War", "arms", "arms race", "threat", "grave threat", "ar"])
_COUNTS = st.dictionaries(_TERM, st.integers(0, 3), max_size=5)


@given(
    st.dictionaries(_TERM, st.floats(0, 1), max_size=5),
    st.dictionaries(_TERM, st.floats(0, 1), max_size=5),
    _COUNTS,
    _COUNTS,
    st.lists(st.sampled_from(["war", "arms", "threat", "grave", " ", "x"]), max_size=6),
    st.sampled_from([None, 0, 1]),
)
def test_lost_terms_are_the_plain_comprehension(
    here: dict[str, float],
    there: dict[str, float],
    mine: dict[str, int],
    theirs: dict[str, int],
    words: list[str],
    least: int | None,
) -> None:
    low = " ".join(words)
    calls: list[int] = []

    def around() -> str:
        calls.append(1)
        return low

    found = reworded.lost_terms(here, there, (mine, theirs), around, least=least)
    assert found == _plain_lost(here, there, (mine, theirs), low, least)
    assert len(calls) <= 1


def test_lost_terms_read_no_paragraph_when_nothing_is_left() -> None:
    def around() -> str:
        raise AssertionError("folded a paragraph for nothing")

    assert (
        reworded.lost_terms({"war": 1.0}, {"war": 1.0}, ({"war": 1}, {}), around, least=None) == []
    )
    assert reworded.lost_terms({"war": 1.0}, {}, ({"war": 1}, {"war": 1}), around, least=None) == []


def _sources(a_path: Path, b_path: Path) -> Sources:
    a, b = parse_file(a_path), parse_file(b_path)
    diff = compare(a, b)
    lex = Lexicon.default()
    return Sources.gather(
        diff.a,
        diff.b,
        pairs=diff.pairs,
        only_a=diff.only_a,
        only_b=diff.only_b,
        related=diff.related,
        entities=diff.entities,
        topics=diff.topics,
        own=own_parties(diff.a, lex) | own_parties(diff.b, lex),
        weights=Weights(lex),
    )


def _plain_clause_findings(src: Sources) -> list[Finding]:
    """Every one-sided clause read on its own: its words from its text, a fresh index."""
    out: list[Finding] = []
    for side, ones in ((0, src.only_a), (1, src.only_b)):
        rarity = 1.0 - len(ones) / (len(src.clauses[side]) or 1)
        there = one_sided._Said(
            [one_sided._word_string(c.text) for c in src.clauses[1 - side].values()]
        )
        for one in ones:
            found = one_sided._one_sided(src, side, one, rarity, there, None)
            if found is not None:
                out.append(found)
    return out


@pytest.mark.parametrize(
    "pair",
    [
        ("leaders-2031-a.txt", "leaders-2031-b.txt"),
        ("leaders-2031-b.txt", "leaders-2031-a.txt"),
    ],
)
def test_clause_findings_share_the_words_of_each_side(pair: tuple[str, str]) -> None:
    src = _sources(FIXTURES / pair[0], FIXTURES / pair[1])
    assert src.only_a
    assert src.only_b
    found = one_sided.clause_findings(src)
    assert found
    assert found == _plain_clause_findings(src)


def test_clause_findings_share_the_words_of_each_side_on_g7(corpus_dir: Path) -> None:
    src = _sources(
        corpus_dir / "g7-2021-06-13-carbis-bay-communique.txt",
        corpus_dir / "g7-2023-05-20-hiroshima-communique.txt",
    )
    assert one_sided.clause_findings(src) == _plain_clause_findings(src)
