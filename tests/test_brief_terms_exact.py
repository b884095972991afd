"""The brief's grouped term pattern against the plain one it replaced.

:func:`~statementdiff.brief.weights.term_pattern` groups the watched terms by first
letter behind literal characters; it must find exactly what the plain case-blind
alternation (:func:`~statementdiff.brief.weights.plain_term_pattern`) finds: the same
spans, the same words, on the built-in terms over the fixtures and the corpus, and on
random terms and texts full of case-folding oddities (Kelvin sign, long s, dotted and
dotless i).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from statementdiff import parse_file
from statementdiff.brief import weights as weights_module
from statementdiff.brief.weights import Weights, plain_term_pattern, term_pattern
from statementdiff.lexicon.lexicon import Lexicon

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"

_ODD = "\u0130\u0131\u212a\u017f"
_LETTERS = "aAiIkKsSw" + _ODD


def _found(pattern: re.Pattern[str] | None, text: str) -> list[tuple[int, int, str]]:
    if pattern is None:
        return []
    return [(m.start(), m.end(), m.group()) for m in pattern.finditer(text)]


def _terms() -> tuple[str, ...]:
    return tuple(sorted(Lexicon.default().brief.terms))


def test_the_odd_characters_are_all_the_letters_have() -> None:
    """Every character a case-blind ASCII letter matches is one of its literal heads."""
    chars = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    for letter in "abcdefghijklmnopqrstuvwxyz":
        matched = set(re.findall(f"(?i:{letter})", chars))
        heads = {letter, letter.upper(), *weights_module._CASE_ODD.get(letter, "")}
        assert matched == heads, letter


def test_the_built_in_terms_on_the_fixtures() -> None:
    terms = _terms()
    grouped, plain = term_pattern(terms), plain_term_pattern(terms)
    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))]
    assert texts
    hits = 0
    for text in texts:
        expected = _found(plain, text)
        hits += len(expected)
        assert _found(grouped, text) == expected
        folded = Lexicon.default().spelling_table.fold(text)
        assert _found(grouped, folded) == _found(plain, folded)
    assert hits > 0


def test_the_built_in_terms_on_every_corpus_clause(corpus_dir: Path) -> None:
    terms = _terms()
    grouped, plain = term_pattern(terms), plain_term_pattern(terms)
    for path in sorted(corpus_dir.glob("*.txt"))[:40]:
        text = path.read_text(encoding="utf-8")
        assert _found(grouped, text) == _found(plain, text), path.name


def test_weights_find_the_terms_the_plain_pattern_finds() -> None:
    statement = parse_file(FIXTURES / "leaders-2031-a.txt")
    weights = Weights(Lexicon.default())
    plain = plain_term_pattern(_terms())
    assert plain is not None
    lower = {t.lower(): t for t in _terms()}
    found = 0
    for clause in statement.clauses():
        expected = {lower[m.group().lower()] for m in plain.finditer(weights.fold(clause.text))}
        assert set(weights.terms(clause.text)) == expected
        found += len(expected)
    assert found


_term = st.text(alphabet=_LETTERS + " -'", min_size=1, max_size=6).filter(
    lambda t: t[:1].isascii() and t[:1].isalpha()
)


@given(
    st.lists(_term, min_size=1, max_size=8),
    st.lists(st.one_of(st.text(alphabet=_LETTERS + " -.,'x", max_size=6), _term), max_size=10),
)
def test_grouped_terms_match_like_the_plain_alternation(terms: list[str], parts: list[str]) -> None:
    text = " ".join(parts)
    key = tuple(sorted(set(terms)))
    assert _found(term_pattern(key), text) == _found(plain_term_pattern(key), text)


@given(st.lists(st.text(alphabet="a\u212a1 '-\u00e9", min_size=1, max_size=4), min_size=1))
def test_terms_of_another_first_character_keep_the_plain_layout(terms: list[str]) -> None:
    key = tuple(sorted(set(terms)))
    text = " ".join(terms) + " " + " ".join(reversed(terms)).upper()
    assert _found(term_pattern(key), text) == _found(plain_term_pattern(key), text)


def test_no_terms_no_pattern() -> None:
    assert term_pattern(()) is None
    assert plain_term_pattern(()) is None


@pytest.mark.parametrize("text", ["\u212aill the war", "\u017fanctions", "\u0130llegal"])
def test_odd_capitals_start_a_term(text: str) -> None:
    terms = _terms()
    assert _found(term_pattern(terms), text) == _found(plain_term_pattern(terms), text)
    assert _found(plain_term_pattern(terms), text)
