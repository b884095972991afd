"""compare(a, b) → Diff: align clauses, diff words, label changes (stub; issue 3 fills it in)."""

from __future__ import annotations

from statementdiff.errors import CompareError
from statementdiff.models import Counts, Diff, OneSided, Statement

__all__ = ["DEFAULT_THRESHOLD", "compare"]

DEFAULT_THRESHOLD = 0.35
"""Default similarity below which two clauses are not paired."""


def compare(
    a: Statement, b: Statement, *, topic: str | None = None, threshold: float = DEFAULT_THRESHOLD
) -> Diff:
    """Compare two statements clause by clause."""
    for side, value in (("a", a), ("b", b)):
        if not isinstance(value, Statement):
            raise CompareError(
                f"compare() needs two Statement objects; {side} is {type(value).__name__} "
                "(parse it first with statementdiff.parse or parse_file)"
            )
    only_a = tuple(OneSided(id=c.id, text=c.text, span=c.span) for c in a.clauses())
    only_b = tuple(OneSided(id=c.id, text=c.text, span=c.span) for c in b.clauses())
    return Diff(
        a=a,
        b=b,
        topic=topic,
        threshold=threshold,
        only_a=only_a,
        only_b=only_b,
        counts=Counts(removed=len(only_a), added=len(only_b)),
    )
