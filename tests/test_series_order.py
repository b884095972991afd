"""Series order is total: the order of the arguments never shows in the output."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from statementdiff import Statement, compare_series, parse, parse_file
from statementdiff.series import ordered

SERIES = Path(__file__).resolve().parent.parent / "fixtures" / "series"


@pytest.fixture(scope="module")
def same_day() -> list[Statement]:
    """The fixture series, dated so that statements share a date, a title, or both."""
    paths = sorted(SERIES.glob("us-rok-*.txt"))
    dates = ["2030-01-01", "2030-01-01", "2030-01-01", "2031-01-01", "2031-01-01"]
    titles = ["Joint Statement", "Joint Statement", "Fact Sheet", None, None]
    return [parse_file(p, date=d, title=t) for p, d, t in zip(paths, dates, titles, strict=True)]


@pytest.fixture(scope="module")
def expected(same_day: list[Statement]) -> str:
    return compare_series(same_day).to_json()


@settings(max_examples=12)
@given(order=st.permutations(range(5)))
def test_permuting_the_input_gives_identical_json(
    same_day: list[Statement], expected: str, order: list[int]
) -> None:
    assert compare_series([same_day[k] for k in order]).to_json() == expected


def test_same_day_statements_sort_by_title_then_source() -> None:
    a = parse("We agree.", date="2030-01-01", title="B", source="x.txt")
    b = parse("We agree.", date="2030-01-01", title="A", source="y.txt")
    c = parse("We agree.", date="2030-01-01", title="A", source="a.txt")
    d = parse("We agree.", date="2029-12-31", title="Z", source="z.txt")
    for given_order in ([a, b, c, d], [d, c, b, a], [b, d, a, c]):
        assert [s.source for s in ordered(given_order)] == ["z.txt", "a.txt", "y.txt", "x.txt"]


def test_statements_alike_but_for_their_text_still_have_one_order() -> None:
    a = parse("We agree.", date="2030-01-01")
    b = parse("We disagree.", date="2030-01-01")
    assert ordered([a, b]) == ordered([b, a]) == [a, b]


def test_given_order_kept_when_a_date_is_missing() -> None:
    a = parse("We agree.", title="B")
    b = parse("We agree.", date="2030-01-01", title="A")
    assert [s.title for s in ordered([a, b])] == ["B", "A"]
    assert [s.title for s in ordered([b, a])] == ["A", "B"]
