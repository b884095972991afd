"""Title and date taken from an HTML page's own metadata."""

from __future__ import annotations

from pathlib import Path

import pytest

import statementdiff
from statementdiff.read.html import read_html_page

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
BODY = "<p>We reaffirm our Alliance.</p>"


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            f'<meta property="og:title" content="Joint Statement"><title>X | Y</title>{BODY}',
            ("Joint Statement", None),
        ),
        (
            f"<title>Leaders' Statement | The White House</title>{BODY}",
            ("Leaders' Statement", None),
        ),
        (
            f"<title>Leaders' Statement \u2013 U.S. Department of State</title>{BODY}",
            ("Leaders' Statement", None),
        ),
        (f"<title>Title</title><h1>  The   Heading </h1>{BODY}", ("The Heading", None)),
        (
            f'<meta property="article:published_time" content="2021-05-21T12:00:00-04:00">{BODY}',
            (None, "2021-05-21"),
        ),
        (
            '<time datetime="2021-02-30">Feb 30</time>'
            f'<time datetime="2022-05-21">May</time>{BODY}',
            (None, "2022-05-21"),
        ),  # the impossible day is skipped
        (f'<meta name="date" content="yesterday">{BODY}', (None, None)),
        (BODY, (None, None)),
    ],
)
def test_html_metadata(page: str, expected: tuple[str | None, str | None]) -> None:
    found = read_html_page(page)
    assert (found.title, found.date) == expected
    assert found.body.endswith("We reaffirm our Alliance.")  # one parse: text and metadata


def test_parse_fills_title_and_date_from_the_page() -> None:
    statement = statementdiff.parse_file(FIXTURES / "leaders-2031-a.html")
    assert statement.title is not None
    assert "Joint Leaders" in statement.title
    assert statement.date == "2031-06-10"


def test_given_metadata_wins_over_the_page() -> None:
    statement = statementdiff.parse_file(
        FIXTURES / "leaders-2031-a.html", title="Mine", date="2031-01-01"
    )
    assert (statement.title, statement.date) == ("Mine", "2031-01-01")


def test_plain_text_gets_no_guessed_metadata() -> None:
    statement = statementdiff.parse_file(FIXTURES / "leaders-2031-a.txt")
    assert (statement.title, statement.date) == (None, None)


def test_metadata_text_is_not_markup() -> None:
    page = "<title>&lt;script&gt;alert(1)&lt;/script&gt; | Site</title><p>We agree.</p>"
    statement = statementdiff.parse(page)
    assert statement.title == "<script>alert(1)</script>"
    assert "<script>" not in statementdiff.compare(statement, statement).to_html()
