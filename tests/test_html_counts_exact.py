"""The HTML filter bar's counts, made in one pass, against counting each pair of values.

:func:`~statementdiff.render._html_nav.counts` counts every row once under each relation
and topic value it passes; the plain definition runs :meth:`Filters.passes` for every row
and every pair of values. Both must agree on real reports, under any filters.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from statementdiff import compare, parse_file
from statementdiff.models import Row
from statementdiff.render._css import relation_filters
from statementdiff.render._html_nav import Filters, counts, has_relation

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
PAIRS = [
    ("leaders-2031-a.txt", "leaders-2031-b.txt"),
    ("communique-2032.txt", "communique-2032-revised.txt"),
    ("series/us-rok-2029.txt", "series/us-rok-2033.txt"),
]


def _plain(filters: Filters, rows: list[Row]) -> dict[tuple[str, str], int]:
    return {
        (r, t): sum(1 for row in rows if filters.passes(row, r, t))
        for r in filters.relation_values()
        for t in filters.topic_values()
    }


@pytest.mark.parametrize(("a", "b"), PAIRS)
def test_counts_match_counting_each_pair_of_values(a: str, b: str) -> None:
    rows = list(compare(parse_file(FIXTURES / a), parse_file(FIXTURES / b)).rows())
    topics = sorted({t for row in rows for t in row.topics})
    relations = [r for r in relation_filters() if any(has_relation(row, r) for row in rows)]
    assert len(relations) >= 3  # the reports exercise both filters
    assert topics
    for filters in (
        Filters(tuple(relations), tuple(topics)),
        Filters(tuple(relation_filters()), (*topics[::-2], "no such topic")),
        Filters((), ()),
    ):
        found = counts(filters, rows)
        assert found == _plain(filters, rows)
        assert list(found) == list(_plain(filters, rows))  # the same order of keys
