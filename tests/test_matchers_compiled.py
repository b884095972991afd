"""The phrase matchers' pattern layout: literal first-character groups match what the old did.

``PhraseMatcher`` once headed every group of alternatives with a look-ahead for its first
character; it now opens most groups with the literal character (the regular expression
engine then skips a group in one step) and names each alternative at its end. The
reference below is the old layout: both must find the same phrase, at the same place, for
the same form, on any text.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from statementdiff.lexicon.lexicon import Lexicon, _compile
from statementdiff.lexicon.matchers import (
    _NOT_AFTER_WORD,
    _NOT_BEFORE_WORD,
    _compile_forms,
    form_pattern,
)

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"


def _reference(forms: list[tuple[str, bool]]) -> re.Pattern[str] | None:
    """The pattern as it was built before the literal groups (every group a look-ahead)."""
    buckets: dict[str, tuple[set[str], list[str]]] = {}
    for index, (form, flag) in enumerate(forms):
        body = form_pattern(form)
        first = form[0]
        chars, parts = buckets.setdefault(first.lower(), (set(), []))
        chars.update({first} if flag else {first.lower(), first.upper()})
        parts.append(f"(?P<g{index}>{body})" if flag else f"(?P<g{index}>(?i:{body}))")
    branches = []
    for _lead, (chars, parts) in sorted(buckets.items()):
        head = "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"
        branches.append(f"(?={head})(?:{'|'.join(parts)})")
    if not branches:
        return None
    return re.compile(_NOT_AFTER_WORD + "(?:" + "|".join(branches) + ")" + _NOT_BEFORE_WORD)


def _hits(pattern: re.Pattern[str] | None, text: str) -> list[tuple[int, int, int]]:
    if pattern is None:
        return []
    out = []
    for m in pattern.finditer(text):
        assert m.lastgroup is not None
        out.append((m.start(), m.end(), int(m.lastgroup[1:])))
    return out


def _default_forms() -> dict[str, list[tuple[str, bool]]]:
    """Each default matcher's ordered ``(form, case_sensitive)`` pairs."""
    matchers = _compile(Lexicon.default())  # afresh, whatever Lexicon.default() has cached
    names = [field.name for field in dataclasses.fields(matchers)]
    return {name: list(getattr(matchers, name)._forms) for name in names}


DEFAULT = _default_forms()


def _texts() -> list[str]:
    files = [p for p in sorted((ROOT / "fixtures").rglob("*.txt")) if ".expected." not in p.name]
    if CORPUS.is_dir():
        files += sorted(CORPUS.glob("*.txt")) + sorted((CORPUS / "versions").glob("*.txt"))
    return [p.read_text(encoding="utf-8") for p in files]


@pytest.mark.parametrize("name", sorted(DEFAULT))
def test_default_matchers_find_what_the_old_layout_found(name: str) -> None:
    forms = DEFAULT[name]
    new, old = _compile_forms(forms), _reference(forms)
    total = 0
    for text in _texts():
        got = _hits(new, text)
        assert got == _hits(old, text)
        total += len(got)
    if not total and not CORPUS.is_dir():
        pytest.skip(f"the fixtures hold no phrase of the {name} table; the corpus at {CORPUS} does")
    assert total  # the texts do hold phrases of every table


_LETTERS = "aAbBkKsSiIuU'\u2019(-\u00e9\u00c9\u0131\u0130\u212a\u017f7 "
"""Letters with case quirks (Kelvin sign and long s fold to k and s; dotless i), quotes."""


@st.composite
def _forms(draw: st.DrawFn) -> list[tuple[str, bool]]:
    words = st.text(alphabet=_LETTERS.replace(" ", ""), min_size=1, max_size=4)
    raw = draw(
        st.lists(
            st.tuples(st.lists(words, min_size=1, max_size=3), st.booleans(), st.booleans()),
            min_size=1,
            max_size=12,
        )
    )
    forms = {(" ".join(ws) + ("*" if star else ""), flag) for ws, flag, star in raw}
    return sorted(forms, key=lambda f: (-len(f[0]), f[0], f[1]))


@settings(max_examples=1000, deadline=None)
@given(_forms(), st.lists(st.text(alphabet=_LETTERS + ".\n", max_size=12), max_size=8))
def test_any_forms_on_any_text_match_as_the_old_layout(
    forms: list[tuple[str, bool]], pieces: list[str]
) -> None:
    # texts built from the forms themselves (in other cases), with noise between them
    texts = [" ".join(pieces)]
    texts.append(" ".join(f[0].rstrip("*") for f in forms))
    texts.append(
        " ".join(f[0].rstrip("*").swapcase() + p for f, p in zip(forms, pieces, strict=False))
    )
    new, old = _compile_forms(forms), _reference(forms)
    for text in texts:
        assert _hits(new, text) == _hits(old, text)


def test_the_layout_uses_literal_groups() -> None:
    """The speed-up is there: default patterns open groups with a literal, not a look-ahead."""
    pattern = _compile_forms(DEFAULT["entities"])
    assert pattern is not None
    assert pattern.pattern.count("(?=[") < 10
    reference = _reference(DEFAULT["entities"])
    assert reference is not None
    assert reference.pattern.count("(?=[") > 20
