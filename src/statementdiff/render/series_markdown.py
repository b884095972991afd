"""Markdown rendering of a series: statements, coverage table, a timeline table per thread."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from statementdiff.models import Series, Thread, WordOp
from statementdiff.render._brief import series_brief_markdown
from statementdiff.render._common import Segment, elsewhere_note, widen_blank_changes
from statementdiff.render._options import MATRICES, ONLY, check_choice
from statementdiff.render._series_common import (
    Matrix,
    matrix_rows,
    series_title,
    statement_label,
    step_ids,
    timeline,
    visible_threads,
)
from statementdiff.render.markdown import escape_markdown, mark_words
from statementdiff.render.visible import visible
from statementdiff.whitespace import normalize_space

__all__ = ["render_series_markdown"]


def render_series_markdown(
    series: Series, *, only: Literal["changed", "all"] = "changed", matrix: Matrix = "topics"
) -> str:
    r"""Render a series as Markdown.

    Args:
        series: The series.
        only: ``"changed"`` shows threads that change, start late or are dropped;
            ``"all"`` shows every thread.
        matrix: Which coverage matrix to show: ``"topics"`` or ``"entities"``.

    Returns:
        Markdown with a statements table, the coverage matrix and one section per thread,
        each step with the ids of its clauses (deleted words ``~~struck~~``, inserted words
        **bold**). Source text is escaped,
        control characters shown as ``\x1b``-style escapes (see :mod:`.visible`).

    Raises:
        ReportError: ``only`` or ``matrix`` is not one of its values.
    """
    check_choice("only", only, ONLY)
    check_choice("matrix", matrix, MATRICES)
    out: list[str] = []
    lens = f" — topic: {_esc(series.topic)}" if series.topic else ""
    out += [f"# {series_title(series)}{lens}", ""]
    out += ["| # | statement |", "| ---: | --- |"]
    out += [
        f"| {k} | {_esc(statement_label(info, k))} |" for k, info in enumerate(series.statements)
    ]
    out += ["", *series_brief_markdown(series), *_matrix(series, matrix)]
    threads = visible_threads(series, only)
    out += ["## Threads", "", f"{len(threads)} shown of {len(series.threads)}.", ""]
    for thread in threads:
        out += _thread(thread)
    return visible("\n".join(out).rstrip("\n")) + "\n"  # a no-op unless text missed escaping


def _matrix(series: Series, matrix: Matrix) -> list[str]:
    rows = matrix_rows(series, matrix)
    title = "Topic coverage (clauses)" if matrix == "topics" else "Entity coverage (mentions)"
    out = [f"## {title}", ""]
    if not rows:
        return [*out, "None found.", ""]
    n = len(series.statements)
    name = "topic" if matrix == "topics" else "entity"
    out.append(f"| {name} | " + " | ".join(str(k) for k in range(n)) + " |")
    out.append("| --- | " + " | ".join("---:" for _ in range(n)) + " |")
    for label, counts in rows:
        out.append(f"| {_esc(label)} | " + " | ".join(str(c) for c in counts) + " |")
    return [*out, ""]


def _thread(thread: Thread) -> list[str]:
    topics = f" ({', '.join(_esc(t) for t in thread.topics)})" if thread.topics else ""
    out = [f"### `{thread.id}`{topics}", "", f"Timeline: `{timeline(thread)}`", ""]
    out += [
        "| # | status | clause | wording | changes |",
        "| ---: | --- | --- | --- | --- |",
    ]
    for step in thread.steps:
        if step.status == "absent":
            continue
        words = _words(step.ops) if step.status == "modified" else _esc(_flat(step.text))
        changes = "; ".join(
            f"{c.kind}" + (f": {_esc(c.detail + elsewhere_note(c))}" if c.detail else "")
            for c in step.changes
        )
        ids = f"`{_code(step_ids(step))}`" if step.clauses else "—"
        out.append(f"| {step.index} | {step.status} | {ids} | {words} | {changes} |")
    return [*out, ""]


def _words(ops: Sequence[WordOp]) -> str:
    return mark_words(list(widen_blank_changes([Segment(op.op, op.text) for op in ops])))


def _flat(text: str) -> str:
    return normalize_space(text)


def _code(text: str) -> str:
    """Text for a code span in a table cell: no backtick to end it, no bare pipe."""
    return visible(text).replace("`", "'").replace("|", "\\|")


def _esc(text: str) -> str:
    return escape_markdown(text)
