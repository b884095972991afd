"""Phrase matchers compile only the forms a text can hold: the hits are those of the full table.

A :class:`PhraseMatcher` compiles, for a short text, only the forms whose first word starts
one of the text's words (with case-blind letters folded as ``re`` folds them), with plain
word boundaries when the text holds no CJK character, and widens the pattern for later
texts. The reference is the same matcher made to compile every form at once (the pattern
it always compiled before): both must give the same hits, on the default tables over the
fixtures and the corpus, and on any forms over any text (hypothesis, with the case-folding
oddities of ``re``: Kelvin sign, long s, dotless i, dotted capital I; and CJK neighbours).
"""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import statementdiff.lexicon.matchers as matchers
from statementdiff.lexicon.lexicon import Lexicon, Matchers, _compile
from statementdiff.lexicon.matchers import PhraseMatcher

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
NAMES = tuple(f.name for f in dataclasses.fields(Matchers))

Hits = list[tuple[str, int, int, str]]


def _hits(matcher: PhraseMatcher, text: str, start: int = 0, end: int | None = None) -> Hits:
    return [(h.key, h.start, h.end, h.text) for h in matcher.finditer(text, start, end)]


@contextmanager
def _never_full() -> Iterator[None]:
    """Matchers keep compiling only the forms their texts need, however long or many."""
    with (
        mock.patch.object(matchers, "_LONG_TEXT", 10**9),
        mock.patch.object(matchers, "_FULL_SHARE", 2.0),
        mock.patch.object(matchers, "_FULL_SPENT", 10**9),
    ):
        yield


def _full(fresh: Matchers) -> Matchers:
    """The matchers with every table compiled whole (the pattern used for every text)."""
    for name in NAMES:
        getattr(fresh, name)._widen(None, cjk=True)
    return fresh


def _texts() -> list[str]:
    files = [p for p in sorted((ROOT / "fixtures").rglob("*.txt")) if ".expected." not in p.name]
    if CORPUS.is_dir():
        files += sorted(CORPUS.glob("*.txt")) + sorted((CORPUS / "versions").glob("*.txt"))
    return [p.read_text(encoding="utf-8") for p in files]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return _texts()


def test_default_tables_find_on_each_text_what_the_full_tables_find(texts: list[str]) -> None:
    """Each text scanned by fresh matchers (whole, and in windows) against the full tables."""
    lexicon = Lexicon.default()
    full = _full(_compile(lexicon))
    rng = random.Random(17)
    compared = 0
    with _never_full():
        for text in texts:
            fresh = _compile(lexicon)
            windows: list[tuple[int, int | None]] = [(0, None)]
            windows += sorted((rng.randrange(len(text) + 1), None) for _ in range(3))
            for _ in range(6):
                a, b = sorted(rng.randrange(len(text) + 1) for _ in range(2))
                windows.append((a, b))
            for name in NAMES:
                lazy, whole = getattr(fresh, name), getattr(full, name)
                for start, end in windows:
                    got = _hits(lazy, text, start, end)
                    assert got == _hits(whole, text, start, end), (name, start, end)
                    compared += len(got)
                assert not lazy._compiled.full
    # the texts do hold phrases: many in the corpus, fewer in the project's own fixtures
    assert compared > (10_000 if CORPUS.is_dir() else 1_000)


def test_one_matcher_serves_paragraphs_one_after_another(texts: list[str]) -> None:
    """Widening: the pattern compiled for earlier paragraphs grows for later ones."""
    lexicon = Lexicon.default()
    full = _full(_compile(lexicon))
    lazy = _compile(lexicon)
    paragraphs = [p for text in texts[:12] for p in text.split("\n\n") if p.strip()][:400]
    with _never_full():
        for paragraph in paragraphs:
            for name in NAMES:
                assert _hits(getattr(lazy, name), paragraph) == _hits(
                    getattr(full, name), paragraph
                )
    assert not lazy.entities._compiled.full
    assert 0 < len(lazy.entities._compiled.forms) < len(lazy.entities._forms)


def test_a_short_text_compiles_a_few_forms_and_a_long_one_the_whole_table() -> None:
    lexicon = Lexicon.default()
    fresh = _compile(lexicon)
    text = "We reaffirm our commitment to peace and stability across the Taiwan Strait.\n"
    keys = [h.key for h in fresh.entities.finditer(text)]
    assert keys == ["Taiwan Strait"]
    compiled = fresh.entities._compiled
    assert not compiled.full
    assert not compiled.cjk
    assert 0 < len(compiled.forms) <= 10
    assert fresh.coded._compiled.pattern is None  # no form of the table can be there
    assert list(fresh.coded.finditer(text)) == []
    long_text = text * (matchers._LONG_TEXT // len(text) + 1)
    assert len(list(fresh.entities.finditer(long_text))) == long_text.count("Taiwan")
    assert fresh.entities._compiled.full


def test_after_compiling_too_much_a_matcher_compiles_the_whole_table() -> None:
    """The budget: widening many times ends in one full pattern."""
    forms = [(f"k{i}", f"w{i}x phrase", False) for i in range(40)]
    matcher = PhraseMatcher(forms)
    for i in range(40):
        assert [h.key for h in matcher.finditer(f"a W{i}X  phrase.")] == [f"k{i}"]
        if matcher._compiled.full:
            break
    assert matcher._compiled.full
    assert matcher._compiled.spent <= 2 * len(forms)


def test_a_pattern_of_some_forms_keeps_the_look_ahead_of_the_whole_table() -> None:
    """Found by hypothesis: a case-blind Kelvin sign matches ``K`` in the full pattern
    only because another form of its look-ahead group ('K7') starts with ``K``; the
    pattern of the forms a text needs (without 'K7') must admit ``K`` there too."""
    entries: list[tuple[str, str, bool | None]] = [
        ("k0", "I K", True),
        ("k1", "\u212a", False),
        ("k2", "K7", True),
    ]
    full = PhraseMatcher(entries)
    full._widen(None, cjk=True)
    text = "\u0130 K Statement"
    assert _hits(full, text) == [("k1", 2, 3, "K")]
    with _never_full():
        lazy = PhraseMatcher(entries)
        assert _hits(lazy, text) == [("k1", 2, 3, "K")]
        assert 1 not in lazy._compiled.forms  # "K7" is not compiled


_LETTERS = "aAbBkKsSiIuU'\u2019(-\u00e9\u00c9\u0131\u0130\u212a\u017f\u00df7"
"""Letters with case quirks (Kelvin sign and long s fold to k and s; dotless i and dotted
capital I to i; sharp s, whose capital is two letters), quotes, hyphens, a digit."""
_NOISE = _LETTERS + " .\n\u4e2d\u306e\uc740_\u00b2"
"""Text between forms: CJK characters (a phrase may touch them), an underscore (a word
character that is no letter), a superscript two."""


@st.composite
def _entries(draw: st.DrawFn) -> list[tuple[str, str, bool | None]]:
    words = st.text(alphabet=_LETTERS + "\u4e2d", min_size=1, max_size=4)
    raw = draw(
        st.lists(
            st.tuples(
                st.lists(words, min_size=1, max_size=3),
                st.sampled_from([True, False, None]),
                st.booleans(),
            ),
            min_size=1,
            max_size=12,
        )
    )
    return [
        (f"k{i}", " ".join(ws) + ("*" if star else ""), flag)
        for i, (ws, flag, star) in enumerate(raw)
    ]


def _variants(form: str, noise: str) -> list[str]:
    """A form as a text may write it: in other cases, with odd letters, touching noise."""
    body = form.rstrip("*")
    odd = body.replace("k", "\u212a").replace("s", "\u017f").replace("i", "\u0131")
    return [body, body.swapcase(), odd, body.upper().replace("I", "\u0130"), noise + body + noise]


@settings(max_examples=400, deadline=None)
@given(
    _entries(),
    st.lists(st.text(alphabet=_NOISE, max_size=10), min_size=1, max_size=6),
    st.lists(st.tuples(st.integers(0, 80), st.integers(0, 80)), max_size=3),
)
def test_any_forms_on_any_texts_match_as_the_full_table(
    entries: list[tuple[str, str, bool | None]],
    pieces: list[str],
    windows: list[tuple[int, int]],
) -> None:
    full = PhraseMatcher(entries, shared=True, titles=["Statement"], titled=["k0"])
    full._widen(None, cjk=True)
    lazy = PhraseMatcher(entries, shared=True, titles=["Statement"], titled=["k0"])
    texts = [" ".join(pieces)]
    for (_key, form, _flag), noise in zip(entries, pieces * len(entries), strict=False):
        texts.extend(variant + " Statement" for variant in _variants(form, noise))
    texts.append(" ".join(texts))
    with _never_full():
        for text in texts:
            # a fresh matcher per text, and one for all texts (it widens from text to text)
            fresh = PhraseMatcher(entries, shared=True, titles=["Statement"], titled=["k0"])
            for matcher in (fresh, lazy):
                assert _hits(matcher, text) == _hits(full, text)
                for a, b in windows:
                    start, end = min(a, b, len(text)), min(max(a, b), len(text))
                    assert _hits(matcher, text, start, end) == _hits(full, text, start, end)


def test_threads_scanning_at_once_find_what_the_full_tables_find(texts: list[str]) -> None:
    """Many threads widen one set of fresh matchers at once (the lexicon serves threads)."""
    lexicon = Lexicon.default()
    full = _full(_compile(lexicon))
    lazy = _compile(lexicon)
    paragraphs = [p for text in texts[:8] for p in text.split("\n\n") if p.strip()][:160]
    # odd letters, so that the threads also fold characters for the first time together
    paragraphs += [p.replace("k", "\u212a").replace("s", "\u017f") for p in paragraphs[:40]]
    expected = {(name, p): _hits(getattr(full, name), p) for p in paragraphs for name in NAMES}

    def scan(chunk: list[str]) -> list[tuple[str, str]]:
        wrong = []
        for paragraph in chunk:
            for name in NAMES:
                if _hits(getattr(lazy, name), paragraph) != expected[(name, paragraph)]:
                    wrong.append((name, paragraph[:40]))
        return wrong

    chunks = [paragraphs[i::8] for i in range(8)]
    with (
        mock.patch.object(matchers, "_FOLDED", {}),
        _never_full(),
        ThreadPoolExecutor(max_workers=8) as pool,
    ):
        wrong = [w for found in pool.map(scan, chunks) for w in found]
    assert wrong == []
