"""A clause's ``negated`` flag against the plain reading it replaced.

Annotation once scanned every clause for the phrases that hide a negation ("not only",
"whether or not") as well as for negations; it now looks for those phrases only in a
clause that holds a negation. The flag must be the plain one: a negation outside every
hiding phrase, both found over the clause's span.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import example, given
from hypothesis import strategies as st

from statementdiff import parse, parse_file
from statementdiff.lexicon.lexicon import Lexicon
from statementdiff.lexicon.visible import finditer
from statementdiff.models import Statement

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _plain(statement: Statement) -> list[bool]:
    matchers = Lexicon.default().matchers
    text = statement.text
    out = []
    for clause in statement.clauses():
        start, end = clause.span.start, clause.span.end
        ignore = [(h.start, h.end) for h in finditer(matchers.negation_ignore, text, start, end)]
        hits = list(finditer(matchers.negation, text, start, end))
        out.append(any(not any(s <= h.start and h.end <= e for s, e in ignore) for h in hits))
    return out


def _flags(statement: Statement) -> list[bool]:
    return [clause.negated for clause in statement.clauses()]


_WORDS = st.sampled_from(
    [
        "We", "will", "not", "only", "whether", "or", "if", "least", "never", "no", "longer",
        "cannot", "support", "peace", "nor", "neither", "do", "don't", "won't", "note",
        "notably", "and", ",", ".", ";", "re\u200bnot",
    ]
)  # fmt: skip


@given(st.lists(_WORDS, min_size=1, max_size=24))
@example(["We", "support", "not", "only", "peace", "but", "we", "do", "not", "yield", "."])
@example(["We", "support", "peace", ",", "whether", "or", "not", "."])
@example(["We", "will", "not", "only", "support", "peace", "."])
def test_negated_is_the_plain_reading(words: list[str]) -> None:
    text = " ".join(words)
    if not any(c.isalpha() for c in text):
        return
    statement = parse(text)
    assert _flags(statement) == _plain(statement)


def test_negated_on_the_fixtures() -> None:
    flags = 0
    for path in sorted(FIXTURES.glob("leaders-*.txt")):
        statement = parse_file(path)
        assert _flags(statement) == _plain(statement)
        flags += sum(_flags(statement))
    assert flags


def test_negated_on_the_g7_communiques(corpus_dir: Path) -> None:
    hidden = 0
    for name in (
        "g7-2021-06-13-carbis-bay-communique.txt",
        "g7-2023-05-20-hiroshima-communique.txt",
    ):
        statement = parse_file(corpus_dir / name)
        assert _flags(statement) == _plain(statement)
        hidden += sum(
            1
            for clause in statement.clauses()
            if not clause.negated and "not only" in clause.text.lower()
        )
    assert hidden
