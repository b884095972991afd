"""CSV rendering of a series' coverage matrices (topics by statements, entities by statements)."""

from __future__ import annotations

import csv
import io

from statementdiff.models import Series
from statementdiff.render._options import MATRICES, check_choice, check_flag
from statementdiff.render._series_common import Matrix, matrix_rows, statement_label
from statementdiff.render.visible import visible

__all__ = ["render_series_csv"]


def render_series_csv(series: Series, *, matrix: Matrix = "topics", clauses: bool = False) -> str:
    r"""Render one coverage matrix as CSV: a row per topic (or entity), a column per statement.

    Args:
        series: The series.
        matrix: ``"topics"`` (clauses per topic) or ``"entities"`` (entity mentions).
        clauses: For the topic matrix, add one column per statement with the clause ids
            (space-separated) after the counts.

    Returns:
        CSV text with a header row, newline line endings, rows sorted by name; control
        characters in names are shown as ``\x1b``-style escapes (see :mod:`.visible`).

    Raises:
        ReportError: ``matrix`` is not ``"topics"`` or ``"entities"``.
        ReportTypeError: ``clauses`` is not a bool.

    Examples:
        >>> from statementdiff.models import CoverageRow, Series, StatementInfo
        >>> taiwan = CoverageRow(name="taiwan", counts=(2,))
        >>> s = Series(statements=(StatementInfo(date="2021-01-01"),), coverage=(taiwan,))
        >>> print(render_series_csv(s), end="")
        topic,2021-01-01
        taiwan,2
    """
    check_choice("matrix", matrix, MATRICES)
    check_flag("clauses", clauses)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    labels = [statement_label(info, k) for k, info in enumerate(series.statements)]
    header = ["topic" if matrix == "topics" else "entity", *labels]
    with_ids = clauses and matrix == "topics"
    if with_ids:
        header += [f"{label} clauses" for label in labels]
    writer.writerow(header)
    for name, counts in matrix_rows(series, matrix):
        row = [name, *(str(n) for n in counts)]
        if with_ids:
            found = series.coverage_row(name)
            ids = found.clauses if found is not None else ()
            row += [" ".join(ids[k]) if k < len(ids) else "" for k in range(len(labels))]
        writer.writerow(row)
    return visible(out.getvalue())
