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

from typing import Any

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
        ValueError: ``format`` is unknown, or ``"csv"`` for a diff.
        TypeError: ``obj`` is neither a Diff nor a Series, or an option does not apply.

    Examples:
        >>> from statementdiff import compare, parse
        >>> a = parse("We welcome the talks.")
        >>> render(compare(a, a), "markdown") == compare(a, a).to_markdown()
        True
    """
    if format == "json":
        return obj.to_json(**options)
    if isinstance(obj, Diff):
        if format == "text":
            return render_text(obj, **options)
        if format == "markdown":
            return render_markdown(obj, **options)
        if format == "html":
            return render_html(obj, **options)
    elif isinstance(obj, Series):
        if format == "text":
            return render_series_text(obj, **options)
        if format == "markdown":
            return render_series_markdown(obj, **options)
        if format == "html":
            return render_series_html(obj, **options)
        if format == "csv":
            return render_series_csv(obj, **options)
    else:
        raise TypeError(f"render() takes a Diff or a Series, not {type(obj).__name__}")
    kind = type(obj).__name__
    raise ValueError(f"no {format!r} report for a {kind}; choose one of {', '.join(FORMATS)}")


install_renderer(render)
