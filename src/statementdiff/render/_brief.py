"""The brief at the head of every report: the top findings, most important first."""

from __future__ import annotations

import html
import textwrap
from collections.abc import Sequence

from statementdiff._defaults import BRIEF_SHOWN as _BRIEF_SHOWN
from statementdiff.models import Finding

__all__ = ["BRIEF_SHOWN", "brief_html", "brief_markdown", "brief_text"]

BRIEF_SHOWN = _BRIEF_SHOWN
"""How many findings a report shows at its head (``--brief N`` shows N alone)."""


def _top(findings: Sequence[Finding], limit: int | None) -> Sequence[Finding]:
    return findings if limit is None else findings[:limit]


def _title(findings: Sequence[Finding], shown: int) -> str:
    more = f", {shown} of {len(findings)}" if shown < len(findings) else ""
    return f"Brief (most important first{more})"


def brief_text(findings: Sequence[Finding], *, limit: int | None = BRIEF_SHOWN) -> list[str]:
    """Numbered, wrapped lines: ``1. [no-longer-named 0.95] China: …``.

    Examples:
        >>> f = Finding(kind="newly-named", subject="Xj", summary="Xj: new.", weight=0.5)
        >>> brief_text([f])[1]
        ' 1. [newly-named 0.50] Xj: new.'
    """
    top = _top(findings, limit)
    if not top:
        return ["Brief: no findings."]
    out = [_title(findings, len(top))]
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


def brief_markdown(findings: Sequence[Finding], *, limit: int | None = BRIEF_SHOWN) -> list[str]:
    """A Markdown section: a heading and a numbered list."""
    top = _top(findings, limit)
    out = [f"## {_title(findings, len(top))}", ""]
    if not top:
        return [*out, "No findings."]
    out += [f"{n}. **{f.kind}** ({f.weight:.2f}): {_md(f.summary)}" for n, f in enumerate(top, 1)]
    return out


def brief_html(findings: Sequence[Finding], *, limit: int | None = BRIEF_SHOWN) -> list[str]:
    """An HTML section with an ordered list of findings."""
    top = _top(findings, limit)
    out = [
        '<section class="brief wrap" id="brief" aria-labelledby="brief-h">',
        f'<h2 id="brief-h">{html.escape(_title(findings, len(top)))}</h2>',
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
