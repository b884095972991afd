"""The brief at the head of every report: the top findings, most important first."""

from __future__ import annotations

import html
import textwrap
from collections.abc import Sequence

from statementdiff._defaults import BRIEF_SHOWN as _BRIEF_SHOWN
from statementdiff.models import Finding, Series, StepBrief

__all__ = [
    "BRIEF_SHOWN",
    "STEP_SHOWN",
    "brief_html",
    "brief_markdown",
    "brief_text",
    "series_brief_html",
    "series_brief_markdown",
    "series_brief_text",
]

BRIEF_SHOWN = _BRIEF_SHOWN
"""How many findings a report shows at its head (``--brief N`` shows N alone)."""

STEP_SHOWN = 5
"""How many findings a series report shows for each of its steps."""


def _top(findings: Sequence[Finding], limit: int | None) -> Sequence[Finding]:
    return findings if limit is None else findings[:limit]


def _title(findings: Sequence[Finding], shown: int, name: str = "Brief") -> str:
    more = f", {shown} of {len(findings)}" if shown < len(findings) else ""
    return f"{name} (most important first{more})"


def _series_parts(series: Series) -> list[tuple[str, StepBrief, int]]:
    """(heading, brief, how many to show) for the thread's brief and each step's."""
    parts: list[tuple[str, StepBrief, int]] = []
    if series.brief is not None and len(series.statements) > 2:
        b = series.brief
        parts.append((f"Brief of the whole series: A = [{b.a}], B = [{b.b}]", b, BRIEF_SHOWN))
    for step in series.step_briefs:
        parts.append((f"Brief of a step: A = [{step.a}], B = [{step.b}]", step, STEP_SHOWN))
    return parts


def series_brief_text(series: Series) -> list[str]:
    """The briefs at the head of a series text report (none when the series has none).

    Each summary's A and B are the two statements its heading names.
    """
    out: list[str] = []
    for name, step, shown in _series_parts(series):
        out += brief_text(step.findings, limit=shown, name=name)
        out.append("")
    return out


def series_brief_markdown(series: Series) -> list[str]:
    """The briefs at the head of a series Markdown report."""
    out: list[str] = []
    for name, step, shown in _series_parts(series):
        out += brief_markdown(step.findings, limit=shown, name=name)
        out.append("")
    return out


def series_brief_html(series: Series) -> list[str]:
    """The briefs at the head of a series HTML page, one section each."""
    out: list[str] = []
    for name, step, shown in _series_parts(series):
        anchor = f"brief-{step.a}-{step.b}"
        out += brief_html(step.findings, limit=shown, name=name, anchor=anchor)
    return out


def brief_text(
    findings: Sequence[Finding], *, limit: int | None = BRIEF_SHOWN, name: str = "Brief"
) -> list[str]:
    """Numbered, wrapped lines: ``1. [no-longer-named 0.95] China: …``.

    Examples:
        >>> f = Finding(kind="newly-named", subject="Xj", summary="Xj: new.", weight=0.5)
        >>> brief_text([f])[1]
        ' 1. [newly-named 0.50] Xj: new.'
    """
    top = _top(findings, limit)
    if not top:
        return [f"{name}: no findings."]
    out = [_title(findings, len(top), name)]
    for n, f in enumerate(top, 1):
        head = f"{n:2}. [{f.kind} {f.weight:.2f}] "
        out += textwrap.wrap(
            f.summary, width=100, initial_indent=head, subsequent_indent="    "
        ) or [head]
    return out


def _md(text: str) -> str:
    out = []
    for ch in text:
        out.append("\\" + ch if ch in "\\`*_[]<>#|~" else ch)
    return "".join(out)


def brief_markdown(
    findings: Sequence[Finding], *, limit: int | None = BRIEF_SHOWN, name: str = "Brief"
) -> list[str]:
    """A Markdown section: a heading and a numbered list."""
    top = _top(findings, limit)
    out = [f"## {_md(_title(findings, len(top), name))}", ""]
    if not top:
        return [*out, "No findings."]
    out += [f"{n}. **{f.kind}** ({f.weight:.2f}): {_md(f.summary)}" for n, f in enumerate(top, 1)]
    return out


def brief_html(
    findings: Sequence[Finding],
    *,
    limit: int | None = BRIEF_SHOWN,
    name: str = "Brief",
    anchor: str = "brief",
) -> list[str]:
    """An HTML section with an ordered list of findings (``id`` = ``anchor``)."""
    top = _top(findings, limit)
    out = [
        f'<section class="brief wrap" id="{anchor}" aria-labelledby="{anchor}-h">',
        f'<h2 id="{anchor}-h">{html.escape(_title(findings, len(top), name))}</h2>',
    ]
    if not top:
        return [*out, "<p>No findings.</p>", "</section>"]
    out.append('<ol class="brief-list">')
    for f in top:
        out.append(
            f'<li data-kind="{html.escape(f.kind)}"><b>{html.escape(f.kind)}</b> '
            f'<span class="weight">{f.weight:.2f}</span> {html.escape(f.summary)}</li>'
        )
    return [*out, "</ol>", "</section>"]
