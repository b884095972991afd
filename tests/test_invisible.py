"""Invisible characters inside words never split them for the lexicon or for alignment.

A zero-width space inside "reaffirm" once made the stance matcher find "affirm" there and
invented "stance-weaker: reaffirm -> affirm". The readers strip such characters; these tests
check that the semantics hold up on their own (statements built or edited without a reader).
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from statementdiff import compare, parse
from statementdiff.align.similarity import content_tokens
from statementdiff.lexicon.lexicon import Lexicon
from statementdiff.lexicon.visible import INVISIBLE, finditer, strip_invisible
from statementdiff.models import Clause, Pair
from statementdiff.semantics.annotate import annotate_statement
from statementdiff.semantics.labeller import Labeller
from statementdiff.strategies import clause_texts
from statementdiff.worddiff import word_ops

CHARS = ["\u200b", "\u00ad", "\u200c", "\u200d", "\u2060", "\ufeff", "\u200e", "\u202a", "\u2066"]
SENTENCE = (
    "We re{}affirm our strong commitment to peace and stability across the Taiwan Strait "
    "and will con{}tinue to strongly sup{}port a peace{}ful resolution of cross-Strait issues."
)


def _with(mark: str) -> str:
    return SENTENCE.format(*[mark] * SENTENCE.count("{}"))


@pytest.mark.parametrize("char", CHARS, ids=[f"U+{ord(c):04X}" for c in CHARS])
def test_compare_finds_no_change_in_an_invisible_character(char: str) -> None:
    a, b = (
        parse("We re\u200baffirm our commitment to peace."),
        parse("We reaffirm our commitment to peace."),
    )
    for x, y in ((a, b), (b, a)):
        d = compare(x, y)
        assert not d.only_a
        assert not d.only_b
        assert [c for p in d.pairs for c in p.changes] == []
    a, b = parse(_with(char)), parse(_with(""))
    for x, y in ((a, b), (b, a)):
        d = compare(x, y)
        assert not d.only_a
        assert not d.only_b
        assert [c.kind for p in d.pairs for c in p.changes] == []


def _clause(text: str) -> Clause:
    """The one clause of ``text`` with every "#" turned into a zero-width space afterwards.

    The reader never sees the invisible character, so this checks the labeller alone.
    """
    clause = next(parse(text).clauses())
    return clause.model_copy(update={"text": clause.text.replace("#", "\u200b")})


@pytest.mark.parametrize(
    ("a_text", "b_text"),
    [
        ("We re#affirm our commitment to peace.", "We reaffirm our commitment to peace."),
        ("We will con#tinue to sup#port the plan.", "We will continue to support the plan."),
        ("We may con#sider the Tai#wan Strait.", "We may consider the Taiwan Strait."),
    ],
)
def test_the_labeller_reads_words_through_invisible_characters(a_text: str, b_text: str) -> None:
    ca, cb = _clause(a_text), _clause(b_text)
    ops = word_ops(ca.text, ca.span.start, cb.text, cb.span.start)
    pair = Pair(
        a=(ca.id,),
        b=(cb.id,),
        relation="modified",
        similarity=0.9,
        a_span=ca.span,
        b_span=cb.span,
        ops=ops,
    )
    labeller = Labeller()
    assert labeller.label(pair, [ca], [cb]) == ()
    back = Pair(
        a=(cb.id,),
        b=(ca.id,),
        relation="modified",
        similarity=0.9,
        a_span=cb.span,
        b_span=ca.span,
        ops=word_ops(cb.text, cb.span.start, ca.text, ca.span.start),
    )
    assert Labeller().label(back, [cb], [ca]) == ()


def test_annotation_finds_names_and_verbs_split_by_invisible_characters() -> None:
    s = parse("We re#affirm peace across the Tai#wan Strait.")
    hidden = s.model_copy(update={"text": s.text.replace("#", "\u00ad")})
    clause = next(annotate_statement(hidden).clauses())
    assert [e.name for e in clause.entities] == ["Taiwan Strait"]
    assert clause.entities[0].text == "Tai\u00adwan Strait"
    assert clause.stance is not None
    assert clause.stance.verb == "reaffirm"


def test_alignment_tokens_ignore_invisible_characters() -> None:
    assert content_tokens(_with("\u200b")) == content_tokens(_with(""))


@given(
    text=clause_texts(),
    marks=st.lists(st.tuples(st.integers(0, 400), st.sampled_from(INVISIBLE)), max_size=8),
)
def test_hits_through_invisible_characters_are_the_hits_of_the_visible_text(
    text: str, marks: list[tuple[int, str]]
) -> None:
    hidden = text
    for at, mark in sorted(marks, reverse=True):
        at = min(at, len(hidden))
        hidden = hidden[:at] + mark + hidden[at:]
    assert strip_invisible(hidden) == text
    matchers = Lexicon.default().matchers
    for matcher in (matchers.stance, matchers.entities, matchers.modality, matchers.negation):
        seen = list(finditer(matcher, hidden))
        assert [h.key for h in seen] == [h.key for h in matcher.finditer(text)]
        for hit in seen:
            assert hidden[hit.start : hit.end] == hit.text
            assert hit.text[0] not in INVISIBLE
            assert hit.text[-1] not in INVISIBLE
        # a scan from the middle matches the visible text scanned from the same place
        mid = len(hidden) // 2
        cut = len(strip_invisible(hidden[:mid]))
        window = [h.key for h in finditer(matcher, hidden, mid)]
        assert window == [h.key for h in matcher.finditer(text, cut)]
