"""Plain-text rendering of a series: statements, coverage matrix, then each thread's steps."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from statementdiff.models import Series, Thread, WordOp
from statementdiff.render._brief import series_brief_text
from statementdiff.render._common import Segment, elsewhere_note, widen_blank_changes
from statementdiff.render._options import MATRICES, ONLY, check_choice
from statementdiff.render._series_common import (
    MARKS,
    Matrix,
    matrix_rows,
    series_title,
    statement_label,
    step_ids,
    timeline,
    visible_threads,
)
from statementdiff.render.visible import visible
from statementdiff.whitespace import normalize_space

__all__ = ["render_series_text"]


def render_series_text(
    series: Series, *, only: Literal["changed", "all"] = "changed", matrix: Matrix = "topics"
) -> str:
    r"""Render a series as plain text for a terminal.

    Args:
        series: The series.
        only: ``"changed"`` shows threads that change, start late or are dropped;
            ``"all"`` shows every thread.
        matrix: Which coverage matrix to print: ``"topics"`` or ``"entities"``.

    Returns:
        The report, ending with a newline. Each step of a thread shows its statement's
        index, its status and the ids of its clauses there, to cite
        (``[1] modified  sec2.p1.s1.c1  …``). Word changes are marked
        ``[-deleted-]{+inserted+}``;
        control characters are shown as ``\x1b``-style escapes (see :mod:`.visible`).

    Raises:
        ReportError: ``only`` or ``matrix`` is not one of its values.
    """
    check_choice("only", only, ONLY)
    check_choice("matrix", matrix, MATRICES)
    lines: list[str] = []
    lens = f" (topic: {series.topic})" if series.topic else ""
    lines.append(f"{series_title(series)}{lens}")
    for k, info in enumerate(series.statements):
        lines.append(f"  [{k}] {statement_label(info, k)}")
    lines.append("")
    lines.extend(series_brief_text(series))
    lines.extend(_matrix(series, matrix))
    threads = visible_threads(series, only)
    legend = ", ".join(f"{mark} {name}" for name, mark in MARKS.items())
    lines.append(f"Threads: {len(threads)} shown of {len(series.threads)} ({legend})")
    for thread in threads:
        lines.append("")
        lines.extend(_thread(thread))
    return visible("\n".join(lines)) + "\n"


def _matrix(series: Series, matrix: Matrix) -> list[str]:
    rows = matrix_rows(series, matrix)
    title = "Topic coverage (clauses)" if matrix == "topics" else "Entity coverage (mentions)"
    if not rows:
        return [f"{title}: none", ""]
    width = max(len(name) for name, _ in rows)
    head = " ".join(f"[{k}]".rjust(4) for k in range(len(series.statements)))
    out = [f"{title}:", f"  {'':<{width}} {head}"]
    for name, counts in rows:
        out.append(f"  {name:<{width}} " + " ".join(str(n).rjust(4) for n in counts))
    out.append("")
    return out


def _thread(thread: Thread) -> list[str]:
    topics = f" [{', '.join(thread.topics)}]" if thread.topics else ""
    out = [f"thread {thread.id}{topics}  {timeline(thread)}"]
    for step in thread.steps:
        if step.status == "absent":
            continue
        if step.status == "dropped":
            out.append(f"  [{step.index}] dropped")
            continue
        body = _words(step.ops) if step.status == "modified" else _flat(step.text)
        out.append(f"  [{step.index}] {step.status:<9} {step_ids(step)}  {body}")
        for change in step.changes:
            detail = f": {change.detail}{elsewhere_note(change)}" if change.detail else ""
            out.append(f"        {change.kind}{detail}")
    return out


def _words(ops: Sequence[WordOp]) -> str:
    parts = []
    for op in widen_blank_changes([Segment(o.op, o.text) for o in ops]):
        text = _flat(op.text, keep_edges=True)
        if op.op == "equal":
            parts.append(text)
        elif op.op == "delete":
            parts.append(f"[-{text}-]")
        else:
            parts.append(f"{{+{text}+}}")
    return "".join(parts).strip()


def _flat(text: str, *, keep_edges: bool = False) -> str:
    flat = normalize_space(text)
    if keep_edges and flat:
        if text[:1].isspace():
            flat = " " + flat
        if text[-1:].isspace():
            flat += " "
    return flat or (" " if keep_edges and text else "")
