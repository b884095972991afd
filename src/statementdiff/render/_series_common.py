"""Small helpers shared by the series renderers (labels, filters, matrices)."""

from __future__ import annotations

from typing import Literal

from statementdiff.models import Matrix, Series, StatementInfo, Thread, ThreadStep
from statementdiff.render._common import display_name

__all__ = [
    "MARKS",
    "Matrix",
    "matrix_rows",
    "series_title",
    "statement_heading",
    "statement_label",
    "step_ids",
    "thread_changes",
    "timeline",
    "visible_threads",
]

MARKS = {"absent": ".", "new": "+", "unchanged": "=", "modified": "~", "dropped": "x"}
"""One character per step status, for compact timelines."""


def statement_label(info: StatementInfo, index: int) -> str:
    """A short label for a statement: its date and title (or file name), or its position.

    Args:
        info: The statement's metadata.
        index: Its position in the series.

    Returns:
        For example ``"2021-04-16 U.S.-Japan Joint Leaders' Statement"`` or ``"statement 3"``.
    """
    name = display_name(info, "")
    parts = [p for p in (info.date, name) if p]
    return " ".join(parts) if parts else f"statement {index + 1}"


def statement_heading(info: StatementInfo, index: int) -> str:
    """A column heading for a statement: its date, else its position (``"#3"``)."""
    return info.date or f"#{index}"


def series_title(series: Series) -> str:
    """``"Series of 3 statements"`` (or ``"Series of 1 statement"``)."""
    n = len(series.statements)
    return f"Series of {n} statement{'' if n == 1 else 's'}"


def thread_changes(thread: Thread) -> bool:
    """True when a thread changes wording, is dropped, or starts after the first statement."""
    for step in thread.steps:
        if step.status in ("modified", "dropped"):
            return True
        if step.status == "new" and step.index > 0:
            return True
    return False


def visible_threads(series: Series, only: Literal["changed", "all"]) -> list[Thread]:
    """The threads a report shows: all, or those that change (see :func:`thread_changes`)."""
    if only == "all":
        return list(series.threads)
    return [t for t in series.threads if thread_changes(t)]


def step_ids(step: ThreadStep) -> str:
    """The ids of a step's clauses in its statement, to cite (``"sec2.p1.s1.c1 + sec2.p1.s1.c2"``).

    Empty for a step without clauses (absent, dropped).
    """
    return " + ".join(step.clauses)


def timeline(thread: Thread) -> str:
    """A compact timeline such as ``"+=~x."``: one :data:`MARKS` character per statement."""
    return "".join(MARKS[s.status] for s in thread.steps)


def matrix_rows(series: Series, matrix: Matrix) -> list[tuple[str, tuple[int, ...]]]:
    """The rows of a coverage matrix, sorted by name.

    Args:
        series: The series.
        matrix: ``"topics"`` (clauses per topic) or ``"entities"`` (entity mentions).

    Returns:
        ``(name, counts per statement)`` pairs.
    """
    source = series.coverage if matrix == "topics" else series.entity_coverage
    return [(row.name, row.counts) for row in sorted(source, key=lambda row: row.name)]
