"""Shared helpers of the label-rule tests: the labels of two one-clause statements."""

from __future__ import annotations

from collections.abc import Sequence

from statementdiff import compare, parse
from statementdiff.models import Pair, Span, Statement
from statementdiff.semantics.labeller import Labeller
from statementdiff.worddiff import word_ops


def changes(a: str, b: str, parties: Sequence[str]) -> list[tuple[str, str | None]]:
    """(kind, detail) of every label of ``compare(a, b)`` without related links."""
    diff = compare(parse(a, parties=list(parties)), parse(b, parties=list(parties)), related=False)
    return [(c.kind, c.detail) for p in diff.pairs for c in p.changes]


def pair_labels(
    a_text: str, b_text: str, similarity: float, parties: Sequence[str], b_clause: int = 0
) -> list[tuple[str, str | None]]:
    """(kind, detail) of the labels of A's first clause and B's clause number ``b_clause``
    as one pair scored ``similarity`` (the aligner's score is set, not computed), read
    against both whole statements."""
    a, b = parse(a_text, parties=list(parties)), parse(b_text, parties=list(parties))
    return statement_pair_labels(a, b, similarity, b_clause)


def statement_pair_labels(
    a: Statement, b: Statement, similarity: float, b_clause: int = 0
) -> list[tuple[str, str | None]]:
    """(kind, detail) of the labels of A's first clause and B's clause number ``b_clause``
    of two parsed statements (their own parties and dates) as one pair scored
    ``similarity``."""
    ca, cb = next(a.clauses()), list(b.clauses())[b_clause]
    pair = Pair(
        a=(ca.id,), b=(cb.id,), relation="modified", similarity=similarity,
        a_span=ca.span, b_span=cb.span, ops=word_ops(ca.text, 0, cb.text, 0),
    )  # fmt: skip
    return [(c.kind, c.detail) for c in Labeller.for_statements((a, b)).label(pair, [ca], [cb])]


def labelled(a_text: str, b_text: str, similarity: float, parties: Sequence[str]) -> set[str]:
    """The label kinds of the first clauses of ``a_text`` and ``b_text`` as one pair scored
    ``similarity`` (the aligner's score is set, not computed)."""
    return {kind for kind, _ in pair_labels(a_text, b_text, similarity, parties)}


def whole_pair_labels(
    a_text: str, b_text: str, similarity: float, parties: Sequence[str]
) -> list[tuple[str, str | None]]:
    """(kind, detail) of the labels of all clauses of ``a_text`` against all of ``b_text``
    as one pair scored ``similarity`` (a merge or split as the aligner makes one)."""
    a, b = parse(a_text, parties=list(parties)), parse(b_text, parties=list(parties))
    xs, ys = list(a.clauses()), list(b.clauses())
    a_span = Span(start=xs[0].span.start, end=xs[-1].span.end)
    b_span = Span(start=ys[0].span.start, end=ys[-1].span.end)
    ops = word_ops(
        a.text[a_span.start : a_span.end], a_span.start, b.text[b_span.start : b_span.end],
        b_span.start,
    )  # fmt: skip
    pair = Pair.of_clauses(xs, ys, similarity=similarity, moved=False, ops=ops, same=False)
    return [(c.kind, c.detail) for c in Labeller.for_statements((a, b)).label(pair, xs, ys)]
