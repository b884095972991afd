"""The briefs of a series: one per step, and one for the whole thread.

A step is each statement against the next; the whole thread is the first statement
against the last. With a topic lens, only findings on that topic are kept.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from statementdiff.models import Diff, Finding, Statement, StepBrief

__all__ = ["on_topic", "series_briefs"]

Comparer = Callable[[Statement, Statement], Diff]
"""``compare`` with the series' options bound (lexicon, topic)."""


def on_topic(diff: Diff, findings: Sequence[Finding], topic: str | None) -> tuple[Finding, ...]:
    """The findings that touch ``topic``: a clause of theirs is on it, or they are about it.

    Examples:
        >>> from statementdiff import compare, parse
        >>> a = parse("We discuss Taiwan. We welcome trade.")
        >>> d = compare(a, parse("We welcome trade."))
        >>> [f.subject for f in on_topic(d, d.brief, "taiwan")]
        ['Taiwan']
        >>> on_topic(d, d.brief, "climate")
        ()
    """
    if topic is None:
        return tuple(findings)
    on_a = {c.id for c in diff.a.clauses() if topic in c.topics}
    on_b = {c.id for c in diff.b.clauses() if topic in c.topics}
    return tuple(f for f in findings if f.subject == topic or on_a & set(f.a) or on_b & set(f.b))


def series_briefs(
    items: Sequence[Statement], compare: Comparer, topic: str | None
) -> tuple[StepBrief | None, tuple[StepBrief, ...]]:
    """The brief of the whole thread and the brief of each step of a series.

    Args:
        items: The statements in series order.
        compare: Compares two statements (``statementdiff.compare`` with the series'
            lexicon and topic).
        topic: The series' topic lens: only findings on it are kept.

    Returns:
        ``(whole, steps)``: ``whole`` compares the first statement with the last (None
        for fewer than two statements); ``steps`` has one brief per consecutive pair.
    """
    steps = []
    for k in range(len(items) - 1):
        diff = compare(items[k], items[k + 1])
        steps.append(StepBrief(a=k, b=k + 1, findings=on_topic(diff, diff.brief, topic)))
    if len(items) < 2:
        return None, ()
    if len(items) == 2:
        return steps[0], tuple(steps)
    diff = compare(items[0], items[-1])
    whole = StepBrief(a=0, b=len(items) - 1, findings=on_topic(diff, diff.brief, topic))
    return whole, tuple(steps)
