"""``segment.predicates.tokenize`` against the plain loop it replaced.

The fast loop skips the bracket and quote tests for ordinary words and makes each
:class:`Tok` without a Python call; the tokens (offsets, text, lower case, depth) must be
the ones the plain loop gives, on corpus-like text and on text full of brackets and quotes.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from statementdiff.segment.predicates import _TOKEN, Tok, tokenize

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _plain(text: str, start: int, end: int) -> list[tuple[int, int, str, str, int]]:
    out = []
    depth = 0
    straight = False
    for m in _TOKEN.finditer(text, start, end):
        word = m.group()
        if word in ")]\u201d" or (word == '"' and straight):
            depth = max(0, depth - 1)
        out.append((m.start(), m.end(), word, word.lower(), depth))
        if word == '"':
            straight = not straight
        if word in "([\u201c" or (word == '"' and straight):
            depth += 1
    if depth:
        return [(a, b, w, low, 0) for a, b, w, low, _ in out]
    return out


def _fields(toks: list[Tok]) -> list[tuple[int, int, str, str, int]]:
    return [(t.start, t.end, t.text, t.low, t.depth) for t in toks]


_text = st.text(alphabet='aB \u0130\u212a.,;()[]"\u201c\u201d\u2019-xY1', max_size=40)


@settings(max_examples=400, deadline=None)
@given(_text, st.data())
def test_tokens_match_the_plain_loop(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    toks = tokenize(text, start, end)
    assert all(type(t) is Tok for t in toks)
    assert _fields(toks) == _plain(text, start, end)


def test_tokens_of_the_fixtures_match_the_plain_loop() -> None:
    for path in sorted(FIXTURES.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert _fields(tokenize(text, 0, len(text))) == _plain(text, 0, len(text))
