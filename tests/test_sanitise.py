"""No control character from the input reaches a report or the terminal raw.

Text, Markdown, HTML and CSV show each C0/C1 control but newline and tab as a ``\\xNN``
escape (``statementdiff.render.visible``); JSON writes them as ``\\u`` escapes; the command
line does the same for the clause tree and for messages that echo a file name or a title.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from statementdiff import Diff, Series, Statement, compare, compare_series, parse
from statementdiff.cli import main
from statementdiff.render.visible import visible
from statementdiff.strategies import statement_texts

CONTROLS = [chr(c) for c in (*range(0x20), *range(0x7F, 0xA0))]
"""Every C0 control, DEL and every C1 control."""
RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
"""A control character that no output may hold (newline and tab are layout)."""
SGR = re.compile(r"\x1b\[[0-9;]*m")
"""The colour codes the text report itself writes with ``color=True``."""

noise = st.text(st.sampled_from([*CONTROLS, *"ab ;.[]*<>&|`~_$"]), min_size=1, max_size=12)


@st.composite
def noisy_statements(draw: st.DrawFn) -> Statement:
    """A generated statement with control characters in its text, title, source and parties.

    The text gets at most eight of them and no NUL, which ``parse`` accepts (more reads as
    binary); the metadata is not checked, so any control can be there.
    """
    text = draw(statement_texts(max_paragraphs=2, max_sentences=2))
    for _ in range(draw(st.integers(1, 8))):
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.sampled_from(CONTROLS[1:])) + text[at:]
    return parse(text, format="text", title=draw(noise), source=draw(noise), parties=[draw(noise)])


def _reports(diff: Diff, series: Series) -> dict[str, str]:
    return {
        "text": diff.to_text(only="all"),
        "text-color": SGR.sub("", diff.to_text(only="all", color=True)),
        "markdown": diff.to_markdown(only="all"),
        "html": diff.to_html(),
        "json": diff.to_json(),
        "series-text": series.to_text(only="all"),
        "series-entities": series.to_text(only="all", matrix="entities"),
        "series-markdown": series.to_markdown(only="all"),
        "series-html": series.to_html(),
        "series-csv": series.to_csv(clauses=True),
        "series-json": series.to_json(),
    }


@given(noisy_statements(), noisy_statements())
def test_no_report_holds_a_raw_control_character(a: Statement, b: Statement) -> None:
    diff = compare(a, b)
    for name, report in _reports(diff, compare_series([a, b])).items():
        found = RAW.search(report)
        assert found is None, (name, found.group() if found else "", report)
    assert Diff.model_validate_json(diff.to_json()) == diff  # escaped, not lost


@pytest.mark.parametrize("char", CONTROLS, ids=lambda c: f"U+{ord(c):04X}")
def test_each_control_is_shown_as_an_escape_but_newline_and_tab(char: str) -> None:
    shown = visible(f"a{char}b")
    if char in "\n\t":
        assert shown == f"a{char}b"
    else:
        assert shown == f"a\\x{ord(char):02x}b"
    assert visible(shown) == shown


def test_escape_sequences_are_shown_in_every_report() -> None:
    a = parse("We welcome \x1b[2J the talks.\n\nWe note \x9b31m progress.", title="T\x1b]0;x\x07")
    b = parse("We welcome the new talks.\n\nWe note progress.")
    diff = compare(a, b)
    assert "\\x1b[2J" in diff.to_text(only="all")
    assert "T\\x1b]0;x\\x07" in diff.to_text()
    markdown = diff.to_markdown(only="all")
    assert "\\\\x1b\\[2J" in markdown  # the backslash escaped, so Markdown shows \x1b[2J
    assert "\\\\x9b31m" in markdown
    assert "\\x1b[2J" in diff.to_html()
    assert "\\x1b]0;x\\x07" in compare_series([a, b]).to_text()


def test_json_escapes_del_and_c1_and_still_round_trips() -> None:
    a = parse("We \x7f agree \x85 on \x9b31m peace.")
    text = a.to_json(indent=2)
    assert RAW.search(text) is None
    assert "\\u009b31m" in text
    assert Statement.model_validate_json(text) == a
    assert json.loads(text)["text"] == a.text
    ascii_only = parse("\x7fWe agree.").to_json()  # DEL is ASCII: no shortcut may skip it
    assert RAW.search(ascii_only) is None
    assert "\\u007fWe agree." in ascii_only


@pytest.fixture
def hostile_files(tmp_path: Path) -> tuple[str, str]:
    a = tmp_path / "a\x1b[31m.txt"
    b = tmp_path / "b.txt"
    a.write_text("We welcome \x1b[2J\x1b]8;;http://x\x1b\\ the talks.\n\nWe reject war.\n", "utf-8")
    b.write_text("We welcome the new talks.\n\nWe reject war.\n", "utf-8")
    return str(a), str(b)


@pytest.mark.parametrize(
    "argv",
    [
        ["parse", "{a}"],
        ["parse", "{a}", "--title", "T\x1b[5m"],
        ["compare", "{a}", "{b}"],
        ["compare", "{a}", "{b}", "--format", "markdown", "--a-title", "\x1b[1mA"],
        ["compare", "{a}", "{b}", "--format", "html"],
        ["series", "{a}", "{b}"],
        ["series", "{a}", "{b}", "--format", "markdown"],
    ],
)
def test_the_command_line_prints_no_escape_sequence(
    hostile_files: tuple[str, str], argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    a, b = hostile_files
    assert main([arg.format(a=a, b=b) for arg in argv]) in (0, 1)
    out, err = capsys.readouterr()
    assert RAW.search(out) is None, out
    assert RAW.search(err) is None, err
    assert "\\x1b" in out  # shown, not dropped


def test_error_messages_echo_file_names_visibly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = str(tmp_path / "no\x1b[2Jsuch\r.txt")
    assert main(["parse", missing]) == 2
    _, err = capsys.readouterr()
    assert RAW.search(err) is None, err
    assert "no\\x1b[2Jsuch\\x0d.txt" in err
