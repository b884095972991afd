"""The ISO date in a file name: one rule for ``parse_file`` and the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from statementdiff import compare_series, parse_file
from statementdiff.cli import main
from statementdiff.read.files import date_in_name

TEXT = "We reaffirm our Alliance and welcome the talks.\n"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("us-rok-2021-05-21-leaders-joint-statement.txt", "2021-05-21"),
        ("corpus/2020-01-01/us-rok-2021-05-21.txt", "2021-05-21"),  # the last segment only
        ("https://example.org/2021/05/21/statement-2022-05-21.html", "2022-05-21"),
        ("2021-05-21-vs-2022-05-21.txt", None),  # two dates: no guess
        ("2021-05-21-copy-of-2021-05-21.txt", "2021-05-21"),  # the same date twice
        ("report-2021-02-30.txt", None),  # not a real day
        ("us-rok-2029.txt", None),  # a year alone is not a date
        ("v12021-05-210.txt", None),  # digits run on both sides
    ],
)
def test_date_in_name(name: str, expected: str | None) -> None:
    assert date_in_name(name) == expected


def test_parse_file_takes_the_date_in_the_file_name(tmp_path: Path) -> None:
    path = tmp_path / "us-japan-2021-04-16-statement.txt"
    path.write_text(TEXT, "utf-8")
    assert parse_file(path).date == "2021-04-16"
    assert parse_file(str(path)).date == "2021-04-16"
    assert parse_file(path, date="2021-06-01").date == "2021-06-01"  # given: wins


def test_parse_file_name_date_wins_over_the_page_metadata_as_on_the_cli(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "statement-2021-04-16.html"
    path.write_text(
        '<meta property="article:published_time" content="2021-04-20T10:00:00Z">'
        "<p>We reaffirm our Alliance.</p>",
        "utf-8",
    )
    assert main(["parse", str(path), "--format", "json"]) == 0
    cli_date = json.loads(capsys.readouterr().out)["date"]
    assert parse_file(path).date == cli_date == "2021-04-16"


def test_a_script_and_the_cli_order_a_series_the_same_way(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    names = ["b-2022-05-21.txt", "a-2023-01-10.txt", "c-2021-04-16.txt"]
    paths = []
    for n, name in enumerate(names):
        path = tmp_path / name
        path.write_text(TEXT.replace("talks", f"talks {n}"), "utf-8")
        paths.append(path)
    script = compare_series([parse_file(p) for p in paths])
    assert main(["series", *map(str, paths), "--format", "json"]) in (0, 1)
    cli = json.loads(capsys.readouterr().out)
    script_order = [s.source for s in script.statements]
    assert script_order == [s["source"] for s in cli["statements"]]
    assert [s.date for s in script.statements] == ["2021-04-16", "2022-05-21", "2023-01-10"]
