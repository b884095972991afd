r"""A self-contained HTML page for a series: coverage heat map and a timeline per thread.

The page has inline CSS only (no scripts, no external requests). Every piece of source text
(titles, clause text, words, entity and topic names) goes through ``html.escape(quote=True)``,
after its control characters are written as ``\x1b``-style escapes (see :mod:`.visible`).
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import Literal

from statementdiff.models import Series, StatementInfo, Thread, ThreadStep, WordOp
from statementdiff.render._brief import series_brief_html
from statementdiff.render._common import Segment, elsewhere_note, widen_blank_changes
from statementdiff.render._options import MATRICES, ONLY, check_choice
from statementdiff.render._series_common import (
    Matrix,
    matrix_rows,
    series_title,
    statement_heading,
    statement_label,
    step_ids,
    visible_threads,
)
from statementdiff.render.html import CSP
from statementdiff.render.visible import visible

TIMELINE_DATES = 8
"""Up to this many statements, timeline cells show dates; beyond, positions."""

__all__ = ["render_series_html"]

_CSS = """
body{font:15px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#222}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem}h3{font-size:1rem;margin:1.5rem 0 .3rem}
table{border-collapse:collapse;margin:.5rem 0}
th,td{border:1px solid #ccc;padding:.2rem .5rem;vertical-align:top;text-align:left}
td.n{text-align:right;font-variant-numeric:tabular-nums;min-width:2.5rem}
.heat td.n{color:#000}
.tl{display:flex;gap:2px;margin:.2rem 0 .5rem}
.tl span{flex:1;min-width:1.6rem;text-align:center;font-size:.75rem;padding:.1rem 0;
 border-radius:2px;overflow:hidden;white-space:nowrap}
.s-absent{background:#f2f2f2;color:#999}.s-new{background:#c7e9c0}.s-unchanged{background:#deebf7}
.s-modified{background:#fdd49e}.s-dropped{background:#fcbba1}
.steps{width:100%}.steps td.st{white-space:nowrap}
.steps td.ids{font:.8rem ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;white-space:nowrap}
del{background:#fde2e1;color:#8e1b12;text-decoration:line-through}
ins{background:#dcf5e0;color:#0d5a23;text-decoration:underline}
.empty{color:#777;font-style:italic}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
@media print{body{margin:0;max-width:none}section{break-inside:avoid}}
.changes{font-size:.85rem;color:#555;margin:0;padding-left:1.2rem}
.topics{font-size:.85rem;color:#555}
"""


def render_series_html(
    series: Series, *, only: Literal["changed", "all"] = "all", matrix: Matrix = "topics"
) -> str:
    """Render a series as one self-contained HTML page.

    Args:
        series: The series.
        only: ``"all"`` shows every thread; ``"changed"`` only those that change,
            start late or are dropped.
        matrix: Which coverage matrix to draw as a heat map: ``"topics"`` or ``"entities"``.

    Returns:
        A complete HTML document (UTF-8, inline CSS, no scripts).

    Raises:
        ReportError: ``only`` or ``matrix`` is not one of its values.
    """
    check_choice("only", only, ONLY)
    check_choice("matrix", matrix, MATRICES)
    title = f"{series_title(series)}"
    if series.topic:
        title += f" — topic: {series.topic}"
    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{_e(CSP)}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="referrer" content="no-referrer">',
        f"<title>{_e(title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{_e(title)}</h1>",
        '<ol start="0">',
    ]
    out += [f"<li>{_e(statement_label(info, k))}</li>" for k, info in enumerate(series.statements)]
    out.append("</ol>")
    out += series_brief_html(series)
    out += _heat_map(series, matrix)
    threads = visible_threads(series, only)
    out.append(f"<h2>Threads</h2><p>{len(threads)} shown of {len(series.threads)}.</p>")
    for thread in threads:
        out += _thread(thread, series.statements)
    out.append("</body></html>")
    return visible("\n".join(out)) + "\n"  # a no-op unless some text missed _e


def _heat_map(series: Series, matrix: Matrix) -> list[str]:
    rows = matrix_rows(series, matrix)
    name = "Topic coverage (clauses)" if matrix == "topics" else "Entity coverage (mentions)"
    out = [f"<h2>{_e(name)}</h2>"]
    if not rows:
        return [*out, "<p>None found.</p>"]
    top = max((n for _, counts in rows for n in counts), default=0) or 1
    head = "".join(
        f'<th title="{_e(statement_label(info, k))}">{_e(statement_heading(info, k))}</th>'
        for k, info in enumerate(series.statements)
    )
    out.append(f'<table class="heat"><tr><th>{"topic" if matrix == "topics" else "entity"}</th>')
    out[-1] += head + "</tr>"
    for label, counts in rows:
        cells = "".join(_cell(n, top) for n in counts)
        out.append(f"<tr><th>{_e(label)}</th>{cells}</tr>")
    out.append("</table>")
    return out


def _cell(count: int, top: int) -> str:
    if not count:
        return '<td class="n">0</td>'
    alpha = 0.08 + 0.82 * count / top
    return f'<td class="n" style="background:rgba(49,130,189,{alpha:.2f})">{count}</td>'


def _thread(thread: Thread, statements: Sequence[StatementInfo]) -> list[str]:
    out = [f'<section id="{_e(thread.id)}"><h3>{_e(thread.id)}</h3>']
    if thread.topics:
        out.append(f'<div class="topics">{_e(", ".join(thread.topics))}</div>')
    dated = len(statements) <= TIMELINE_DATES
    cells = []
    for step in thread.steps:
        info = statements[step.index]
        label = statement_heading(info, step.index) if dated else str(step.index)
        tip = f"{statement_label(info, step.index)}: {step.status}"
        cells.append(f'<span class="s-{step.status}" title="{_e(tip)}">{_e(label)}</span>')
    out.append(f'<div class="tl">{"".join(cells)}</div>')
    dates = any(info.date for info in statements)  # without dates, "#" already says which
    head = "<th>#</th><th>date</th>" if dates else "<th>#</th>"
    out.append(
        f'<table class="steps"><tr>{head}<th>status</th><th>clause</th><th>wording</th></tr>'
    )
    out += [
        _step(step, statements[step.index], dates)
        for step in thread.steps
        if step.status != "absent"
    ]
    out.append("</table></section>")
    return out


def _step(step: ThreadStep, info: StatementInfo, dates: bool) -> str:
    if step.status == "dropped":
        body = '<span class="empty">not in this statement</span>'
    elif step.status == "modified":
        body = _words(step.ops)
    else:
        body = _e(step.text)
    if step.changes:
        items = "".join(
            f"<li><b>{_e(c.kind)}</b>"
            f"{': ' + _e(c.detail + elsewhere_note(c)) if c.detail else ''}</li>"
            for c in step.changes
        )
        body += f'<ul class="changes">{items}</ul>'
    label = _e(statement_label(info, step.index))
    cells = f'<td class="n" title="{label}">{step.index}</td>'
    if dates:
        cells += f"<td>{_e(info.date or '')}</td>"
    cells += f'<td class="st s-{step.status}">{step.status}</td>'
    cells += f'<td class="ids">{_e(step_ids(step)) or "—"}</td>'
    return f"<tr>{cells}<td>{body}</td></tr>"


def _words(ops: Sequence[WordOp]) -> str:
    parts = []
    for op in widen_blank_changes([Segment(o.op, o.text) for o in ops]):
        text = _e(op.text)
        if op.op == "delete":
            text = f"<del>{text}</del>"
        elif op.op == "insert":
            text = f"<ins>{text}</ins>"
        parts.append(text)
    return "".join(parts)


def _e(text: str) -> str:
    return escape(visible(text), quote=True)
