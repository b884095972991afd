"""The fast layout of defined names and the long-text token memo against plain versions.

:class:`DefinedAliases` finds its cues with one search and its mentions with an alternation
grouped by first character (:func:`mention_alternation`); these tests hold both to the
plain layout they replace (every cue tested as a substring, every alternative tried in
turn), over texts written to make near misses and Unicode case-folding oddities common.
:func:`content_tokens` remembers the tokens of long texts; they must equal a fresh
tokenization, and a caller's changes to the list it gets must not reach the memo.
"""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from statementdiff.align import tokens
from statementdiff.align.tokens import (
    DefinedAliases,
    _name_pattern,
    content_tokens,
    mention_alternation,
)
from statementdiff.lexicon.lexicon import Lexicon

_LETTERS = "aAbBkKsSiI\u212a\u017f\u0131\u0130 .-'\u2019("
_WORDS = ["Strategic", "strategic", "Clean", "Energy", "Kelvin", "South", "sea", "Island"]


def _plain_names(table: DefinedAliases, text: str) -> str:
    """``DefinedAliases.names`` as it was written before: every cue, every alternative."""
    named = sorted(table.definitions.items(), key=lambda sn: (-len(sn[1]), sn[1]))
    shorts = sorted(table.definitions, key=lambda s: (-len(s), s))
    alternatives = [f"(?i:{_name_pattern(name)})" for _, name in named]
    alternatives += [re.escape(short) for short in shorts]
    mention = re.compile(rf"(?<![\w.])(?:{'|'.join(alternatives) or '(?!)'})(?!\w)")
    lower_cues = tuple(sorted({name.split()[0].lower() for _, name in named}))
    if any(map(text.__contains__, shorts)) or any(map(text.lower().__contains__, lower_cues)):
        text = table._appositive.sub(" ", text)
        text = mention.sub(table._spell, text)
    return table.base.names(text)


_short = st.text(alphabet="ABCKSIU\u212a", min_size=1, max_size=4).filter(
    lambda s: s.strip() == s and s[0].isupper()
)
_name = st.lists(st.sampled_from([*_WORDS, "UN", "un", "Sea", "K-9"]), min_size=1, max_size=4)
_definitions = st.dictionaries(_short, _name.map(" ".join), max_size=6)


def _text(definitions: dict[str, str]) -> st.SearchStrategy[str]:
    pieces = [*definitions, *definitions.values(), *_WORDS, "(", ")", " ", "."]
    noise = st.text(alphabet=_LETTERS, max_size=6)
    return st.lists(st.one_of(st.sampled_from(pieces), noise), max_size=12).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.data(), _definitions)
def test_names_match_the_plain_layout(data: st.DataObject, definitions: dict[str, str]) -> None:
    table = DefinedAliases(Lexicon.default().alias_table, definitions)
    text = data.draw(_text(definitions))
    assert table.names(text) == _plain_names(table, text)


_form = st.tuples(st.text(alphabet="kKaS\u212a5", min_size=1, max_size=3), st.booleans())


@settings(max_examples=500, deadline=None)
@given(st.lists(_form, min_size=1, max_size=8), st.data())
@example([("kS", True), ("KaS", False), ("ka", True)], "KaS")  # exact K, case-blind k
def test_grouped_alternation_finds_what_the_plain_one_finds(
    forms: list[tuple[str, bool]], data: st.DataObject | str
) -> None:
    alternatives = [
        (form[0], f"(?i:{re.escape(form)})" if blind else re.escape(form)) for form, blind in forms
    ]
    if isinstance(data, str):
        text = data
    else:
        noise = st.text(alphabet="akKsS\u212a\u017f5 ", max_size=3)
        pieces = st.one_of(st.sampled_from([f for f, _ in forms]), noise)
        text = data.draw(st.lists(pieces, max_size=6).map("".join))
    plain = re.compile("|".join(pattern for _, pattern in alternatives))
    grouped = re.compile(mention_alternation(alternatives))
    assert [(m.start(), m.group()) for m in grouped.finditer(text)] == [
        (m.start(), m.group()) for m in plain.finditer(text)
    ]


def test_alternatives_led_by_other_characters_keep_the_plain_alternation() -> None:
    assert mention_alternation([("\u00c9", "\u00c9lys\u00e9e"), ("a", "a")]) == "\u00c9lys\u00e9e|a"


def test_long_texts_are_tokenized_as_fresh_and_handed_out_as_copies() -> None:
    text = " ".join(["The Strategic Clean Energy Partnership met in Japan."] * 60)
    assert len(text) >= tokens.LONG_TEXT
    fresh = tokens._content_tokens(text, Lexicon.default().alias_table)
    first = content_tokens(text)
    assert first == fresh
    first.append("changed")
    assert content_tokens(text) == fresh
    scep = {"SCEP": "Strategic Clean Energy Partnership"}
    table = DefinedAliases(Lexicon.default().alias_table, scep)
    assert content_tokens(text, table) == tokens._content_tokens(text, table) != fresh
