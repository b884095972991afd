"""Spelling variants are no change: alignment, labels and the brief read them as one word."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from statementdiff import Lexicon, compare, parse
from statementdiff.errors import LexiconError
from statementdiff.lexicon.spelling import Spelling

ROOT = Path(__file__).resolve().parent.parent
SPELLING = Lexicon.default().spelling_table
_WORD = re.compile(r"[A-Za-z]+")
_BRITISH_ENDINGS = (
    ("izations", "isations"),
    ("ization", "isation"),
    ("izing", "ising"),
    ("ized", "ised"),
    ("izes", "ises"),
    ("ize", "ise"),
)


def british(word: str) -> str | None:
    """A British spelling of ``word`` that the table folds back to it, or None."""
    low = word.lower()
    candidates = [w for w, us in Lexicon.default().spelling.words.items() if us == low]
    candidates += [low[: -len(us)] + uk for us, uk in _BRITISH_ENDINGS if low.endswith(us)]
    for candidate in candidates:
        if candidate != low and SPELLING.fold_word(candidate) == low:
            return candidate.capitalize() if word[:1].isupper() else candidate
    return None


def respell(text: str, chosen: set[int] | None = None) -> str:
    """``text`` with its American spellings (every one, or the ``chosen`` ones) made British."""
    count = -1

    def swap(match: re.Match[str]) -> str:
        nonlocal count
        word = match.group(0)
        variant = british(word)
        if variant is None:
            return word
        count += 1
        return variant if chosen is None or count in chosen else word

    return _WORD.sub(swap, text)


def test_british_forms_fold_to_american_ones_and_other_words_stay() -> None:
    assert SPELLING.fold("The Programme on denuclearisation and defence") == (
        "The Program on denuclearization and defense"
    )
    assert SPELLING.fold("we organised, we analysed, we recognise") == (
        "we organized, we analyzed, we recognize"
    )
    # words whose "-ise" is no British "-ize", and their forms, are left alone
    text = "a promise, exercises, surprising compromises, advised by experts; otherwise, rise"
    assert SPELLING.fold(text) == text
    assert SPELLING.same("Defence Ministry", "defense ministry")
    assert not SPELLING.same("defence", "offense")


def test_a_respelled_sentence_is_no_change() -> None:
    a = parse(
        "We emphasize the complete denuclearization of the Korean Peninsula and will "
        "strengthen defense cooperation at the new center for labor rights."
    )
    b = parse(respell(a.text))
    assert b.text != a.text
    assert "defence" in b.text
    assert "labour" in b.text
    diff = compare(a, b)
    assert [(p.relation, p.similarity) for p in diff.pairs] == [("modified", 1.0)]
    assert [c for p in diff.pairs for c in p.changes] == []
    assert diff.brief == ()


def test_a_real_change_beside_a_respelled_word_is_still_labelled() -> None:
    a = parse("We strongly support the denuclearization of the Korean Peninsula.")
    b = parse("We no longer support the denuclearisation of the Korean Peninsula.")
    kinds = {c.kind for p in compare(a, b).pairs for c in p.changes}
    assert kinds
    assert "qualifier-changed" not in kinds


@settings(max_examples=25, deadline=None)
@given(st.sets(st.integers(min_value=0, max_value=60), max_size=12))
def test_respelling_any_words_of_a_statement_changes_no_label(chosen: set[int]) -> None:
    a = parse((ROOT / "fixtures" / "leaders-2031-a.txt").read_text(encoding="utf-8"))
    b = parse(respell(a.text, chosen))
    diff = compare(a, b)
    assert all(p.relation in ("unchanged", "modified") for p in diff.pairs)
    assert {c for p in diff.pairs for c in p.changes} == set()
    assert not diff.only_a
    assert not diff.only_b


def test_a_lexicon_file_adds_spellings_and_refuses_bad_ones(tmp_path: Path) -> None:
    extra = tmp_path / "house.toml"
    extra.write_text('[spelling.words]\nwhilst = "while"\n', encoding="utf-8")
    lexicon = Lexicon.load(extra)
    assert lexicon.spelling_table.fold("whilst defence") == "while defense"
    bad = tmp_path / "bad.toml"
    bad.write_text('[spelling.words]\n"Whilst " = "while"\n', encoding="utf-8")
    with pytest.raises(LexiconError, match="spelling"):
        Lexicon.load(bad)


def test_an_empty_table_folds_nothing() -> None:
    assert Spelling({}, {}, ()).fold("defence") == "defence"
