"""Hand-built Diff objects for the renderer tests (independent of the comparison engine)."""

from __future__ import annotations

import difflib
import re

from statementdiff import parse
from statementdiff.models import (
    Change,
    Counts,
    Diff,
    EntityRow,
    OneSided,
    Pair,
    Span,
    Statement,
    TopicRow,
    WordOp,
)

A_TEXT = (
    "We strongly welcome the talks with Japan. "
    "We oppose coercion in the region. "
    "The leaders met in Tokyo. "
    "We will review the old plan."
)
B_TEXT = (
    "The leaders met in Tokyo. "
    "We welcome the talks with China. "
    "We oppose coercion in the region. "
    "We will expand trade."
)


def word_ops(a: Statement, a_span: Span, b: Statement, b_span: Span) -> tuple[WordOp, ...]:
    """A word diff good enough for tests (difflib over words and spaces)."""
    a_tokens = [
        (m.group(), a_span.start + m.start())
        for m in re.finditer(r"\s+|\S+", a.text[a_span.start : a_span.end])
    ]
    b_tokens = [
        (m.group(), b_span.start + m.start())
        for m in re.finditer(r"\s+|\S+", b.text[b_span.start : b_span.end])
    ]
    matcher = difflib.SequenceMatcher(
        a=[t for t, _ in a_tokens], b=[t for t, _ in b_tokens], autojunk=False
    )
    ops: list[WordOp] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            text = "".join(t for t, _ in a_tokens[i1:i2])
            sa = a_tokens[i1][1]
            sb = b_tokens[j1][1]
            ops.append(
                WordOp(
                    op="equal",
                    text=text,
                    a=Span(start=sa, end=sa + len(text)),
                    b=Span(start=sb, end=sb + len(text)),
                )
            )
            continue
        if i2 > i1:
            text = "".join(t for t, _ in a_tokens[i1:i2])
            sa = a_tokens[i1][1]
            ops.append(WordOp(op="delete", text=text, a=Span(start=sa, end=sa + len(text))))
        if j2 > j1:
            text = "".join(t for t, _ in b_tokens[j1:j2])
            sb = b_tokens[j1][1]
            ops.append(WordOp(op="insert", text=text, b=Span(start=sb, end=sb + len(text))))
    return tuple(ops)


def _clause(statement: Statement, needle: str) -> tuple[str, Span]:
    start = statement.text.index(needle)
    for clause in statement.clauses():
        if clause.span.start <= start < clause.span.end:
            return clause.id, Span(start=clause.span.start, end=clause.span.end)
    raise AssertionError(f"no clause holds {needle!r}")


def make_pair(
    a: Statement, a_needle: str, b: Statement, b_needle: str, relation: str, **extra: object
) -> Pair:
    a_id, a_span = _clause(a, a_needle)
    b_id, b_span = _clause(b, b_needle)
    ops = word_ops(a, a_span, b, b_span)
    return Pair.model_validate(
        {
            "a": (a_id,),
            "b": (b_id,),
            "relation": relation,
            "similarity": 0.8,
            "a_span": a_span,
            "b_span": b_span,
            "ops": ops,
            **extra,
        }
    )


def one_sided(
    statement: Statement, needle: str, after: str | None = None, topics: tuple[str, ...] = ()
) -> OneSided:
    clause_id, span = _clause(statement, needle)
    return OneSided(
        id=clause_id,
        text=statement.text[span.start : span.end],
        span=span,
        after=after,
        topics=topics,
    )


def sample_diff(a_text: str = A_TEXT, b_text: str = B_TEXT) -> Diff:
    """Modified (with labels), moved, unchanged, removed and added rows."""
    a = parse(a_text, title="Statement A", date="2031-06-10", parties=["United States", "Japan"])
    b = parse(b_text, title="Statement B", date="2032-01-05", parties=["United States", "Korea"])
    welcome = make_pair(
        a,
        "We strongly welcome",
        b,
        "We welcome the talks",
        "modified",
        changes=(
            Change(
                kind="stance-weaker",
                a_text="strongly welcome",
                b_text="welcome",
                detail="strongly welcome → welcome",
            ),
            Change(kind="entity-dropped", a_text="Japan", detail="Japan"),
            Change(kind="entity-added", b_text="China", detail="China"),
        ),
        topics=("diplomacy",),
    )
    oppose = make_pair(a, "We oppose", b, "We oppose", "unchanged", topics=("security",))
    leaders = make_pair(a, "The leaders met", b, "The leaders met", "unchanged", moved=True)
    removed = one_sided(a, "We will review", topics=("economy",))
    added = one_sided(b, "We will expand", after=oppose.a[0], topics=("economy",))
    return Diff(
        a=a,
        b=b,
        threshold=0.35,
        pairs=(welcome, oppose, leaders),
        only_a=(removed,),
        only_b=(added,),
        counts=Counts.tally((welcome, oppose, leaders), (removed,), (added,)),
        entities=(
            EntityRow(name="Japan", kind="country", a_count=1, b_count=0),
            EntityRow(name="China", kind="country", a_count=0, b_count=1),
            EntityRow(name="Tokyo", kind="place", a_count=1, b_count=1),
        ),
        topics=(
            TopicRow(name="diplomacy", a_count=1, b_count=1),
            TopicRow(name="economy", a_count=1, b_count=1),
            TopicRow(name="security", a_count=1, b_count=1),
        ),
    )
