"""Reports: text, Markdown, HTML (and a series' CSV matrices) from the result models.

Plain text, Markdown and HTML for a :class:`~statementdiff.models.Diff` or a
:class:`~statementdiff.models.Series`, and CSV coverage matrices for a series.

The renderers read the models and nothing else (no alignment, no semantics): everything a
report shows is in the result. :func:`render` is the one entry point; the models' ``to_text``,
``to_markdown``, ``to_html`` and ``to_csv`` call it (this module installs it with
:func:`statementdiff.models.install_renderer` when it is imported, which importing
:mod:`statementdiff` always does).
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

from statementdiff.errors import ReportError, ReportTypeError
from statementdiff.models import Diff, ReportFormat, Series, install_renderer
from statementdiff.render.html import render_html
from statementdiff.render.markdown import render_markdown
from statementdiff.render.series_csv import render_series_csv
from statementdiff.render.series_html import render_series_html
from statementdiff.render.series_markdown import render_series_markdown
from statementdiff.render.series_text import render_series_text
from statementdiff.render.text import render_text

__all__ = ["FORMATS", "render"]

FORMATS: tuple[ReportFormat | str, ...] = ("text", "markdown", "html", "csv", "json")
"""Every format :func:`render` knows (``csv`` for a series only)."""


def render(obj: Diff | Series, format: ReportFormat | str, /, **options: Any) -> str:
    """Render a diff or a series in one of :data:`FORMATS`.

    Args:
        obj: A :class:`~statementdiff.models.Diff` or :class:`~statementdiff.models.Series`.
        format: ``"text"``, ``"markdown"``, ``"html"``, ``"json"``, or ``"csv"`` (series only).
        **options: The options of that format, as the matching ``to_*`` method takes them:
            ``only`` ("changed" or "all"), ``color`` (diff text), ``matrix`` ("topics" or
            "entities", series), ``clauses`` (series CSV), ``indent`` (JSON).

    Returns:
        The report.

    Raises:
        ReportError: ``format`` is unknown, or ``"csv"`` for a diff, or an option has a
            bad value (``only="some"``); a ``ValueError``.
        ReportTypeError: ``obj`` is neither a Diff nor a Series, an option does not apply
            to the format, or has the wrong type; a ``TypeError`` (and a ``ValueError``).

    Examples:
        >>> from statementdiff import compare, parse
        >>> a = parse("We welcome the talks.")
        >>> render(compare(a, a), "markdown") == compare(a, a).to_markdown()
        True
    """
    if not isinstance(obj, Diff | Series):
        raise ReportTypeError(f"render() takes a Diff or a Series, not {type(obj).__name__}")
    table = _DIFF_REPORTS if isinstance(obj, Diff) else _SERIES_REPORTS
    report = table.get(format) if isinstance(format, str) else None
    if report is None:
        kind = type(obj).__name__
        choices = ", ".join(repr(name) for name in table)
        raise ReportError(f"no {format!r:.40} report for a {kind}; choose one of {choices}")
    allowed = _options(report)
    unknown = sorted(set(options) - set(allowed))
    if unknown:
        takes = ", ".join(allowed) or "no options"
        raise ReportTypeError(
            f"the {format} report of a {type(obj).__name__} takes {takes}, not {', '.join(unknown)}"
        )
    return report(obj, **options)


def _json(obj: Diff | Series, *, indent: int | None = None) -> str:
    return obj.to_json(indent=indent)


_DIFF_REPORTS: dict[str, Callable[..., str]] = {
    "text": render_text,
    "markdown": render_markdown,
    "html": render_html,
    "json": _json,
}
_SERIES_REPORTS: dict[str, Callable[..., str]] = {
    "text": render_series_text,
    "markdown": render_series_markdown,
    "html": render_series_html,
    "csv": render_series_csv,
    "json": _json,
}


def _options(report: Callable[..., str]) -> tuple[str, ...]:
    """The keyword-only options a report function takes."""
    parameters = inspect.signature(report).parameters.values()
    return tuple(p.name for p in parameters if p.kind is inspect.Parameter.KEYWORD_ONLY)


install_renderer(render)
