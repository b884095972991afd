"""parse() and parse_file(): format detection, limits, decoding, errors, properties."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from _golden import fixture
from statementdiff import parse, parse_file
from statementdiff.errors import (
    InputTooLargeError,
    ParseError,
    StatementDiffError,
    UnsupportedFormatError,
)
from statementdiff.models import Statement

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def check_spans(statement: Statement) -> None:
    ids = [node.id for node in statement.nodes()]
    assert len(ids) == len(set(ids))
    for node in statement.nodes():
        assert statement.text[node.span.start : node.span.end] == node.text
    for section in statement.sections:
        if section.heading_span is not None:
            span = section.heading_span
            assert statement.text[span.start : span.end] == section.heading


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("<p>We agree.</p>", "html"),
        ("  \n<!DOCTYPE html><html><body><p>We agree.</p></body></html>", "html"),
        ("<!-- saved page --><p>We agree.</p>", "html"),
        ('<div class="x">We agree.</div>', "html"),
        ("\ufeff<p>We agree.</p>", "html"),
        ("We agree that 3 < 4 and 5 > 2.", "text"),
        ("<5% of the budget is agreed.", "text"),
        ("We agree.\n\n<p> is a tag.", "text"),
    ],
)
def test_auto_detects_html_by_leading_markup(data: str, expected: str) -> None:
    assert parse(data).format == expected


def test_format_can_be_forced() -> None:
    statement = parse("<p>We agree.</p>", format="text")
    assert statement.format == "text"
    assert statement.text == "<p>We agree.</p>"


def test_unknown_format() -> None:
    with pytest.raises(UnsupportedFormatError, match="unknown format 'docx'"):
        parse("We agree.", format="docx")  # type: ignore[arg-type]


def test_text_keeps_offsets_of_the_input() -> None:
    raw = "TRADE\r\n\r\nWe reaffirm our Alliance.\r\n"
    statement = parse(raw)
    assert statement.text == raw.replace("\r\n", "\n")
    check_spans(statement)
    assert statement.sections[0].heading == "TRADE"


def test_metadata_is_recorded() -> None:
    statement = parse(
        "We agree.", title="T", date="2031-06-10", parties=["Japan", "United States"], source="x"
    )
    assert (statement.title, statement.date, statement.parties, statement.source) == (
        "T",
        "2031-06-10",
        ("Japan", "United States"),
        "x",
    )


@pytest.mark.parametrize("data", ["", "   ", "\n\t\n", b"", b"  \r\n"])
def test_empty_input(data: str | bytes) -> None:
    with pytest.raises(ParseError, match="empty"):
        parse(data)


def test_markup_without_text_suggests_text_format() -> None:
    with pytest.raises(
        ParseError, match=r"no paragraph text found in page\.html; pass format='text'"
    ):
        parse("<div><img src='x'></div>", source="page.html")


def test_only_separators_and_markers_have_no_paragraph_text() -> None:
    with pytest.raises(ParseError, match="no paragraph text"):
        parse("***\n\nBegin Text:\n\n###\n")


def test_size_limit_for_text_and_bytes() -> None:
    with pytest.raises(InputTooLargeError, match="over the limit of 10") as info:
        parse("We agree. We act.", max_chars=10)
    assert isinstance(info.value, ParseError)
    with pytest.raises(InputTooLargeError, match="bytes"):
        parse(b"We agree. We act.", max_chars=10)
    assert parse("We agree.", max_chars=9).text == "We agree."


@pytest.mark.parametrize(
    "data",
    ["We\x00 agree.", "We agree." + "\x01\x02\x03" * 10, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"],
)
def test_binary_input(data: str | bytes) -> None:
    with pytest.raises(ParseError, match="binary") as info:
        parse(data)
    assert info.value.offset is not None


def test_lone_surrogate() -> None:
    with pytest.raises(ParseError, match="lone surrogate U\\+D800 at offset 3") as info:
        parse("We \ud800 agree.")
    assert (info.value.line, info.value.offset) == (1, 3)


def test_wrong_type() -> None:
    with pytest.raises(ParseError, match="takes str or bytes, not int"):
        parse(42)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        ("\ufeffWe reaffirm the Alliance.".encode(), None),
        ("We reaffirm the Alliance.".encode("utf-16"), None),
        ("Nous réaffirmons l'Alliance.".encode("latin-1"), "latin-1"),
        (b"<meta charset='windows-1252'><p>We \x93agree\x94.</p>", None),
        (b"<meta charset='utf-16'><p>We agree.</p>", None),
        (b"<meta charset='no-such'><p>We agree.</p>", None),
    ],
)
def test_bytes_are_decoded(data: bytes, encoding: str | None) -> None:
    statement = parse(data, encoding=encoding)
    assert "agree" in statement.text or "Alliance" in statement.text
    assert "\ufeff" not in statement.text
    check_spans(statement)


def test_meta_charset_is_used() -> None:
    statement = parse(b"<meta charset='windows-1252'><p>We \x93agree\x94.</p>")
    assert statement.text == "We \u201cagree\u201d."


def test_undecodable_bytes_say_where() -> None:
    with pytest.raises(ParseError, match="not valid utf-8 \\(byte 12, line 2\\)") as info:
        parse(b"We agree.\nWe\xff\xfe act.")
    assert (info.value.line, info.value.offset) == (2, 12)


@pytest.mark.parametrize("encoding", ["no-such-codec", "rot13", "hex", "undefined", "punycode"])
def test_bad_explicit_encoding(encoding: str) -> None:
    with pytest.raises(ParseError, match=encoding):
        parse(b"We agree with all the \xe9 points.", encoding=encoding)


def test_parse_file_reads_html_by_suffix(tmp_path: Path) -> None:
    path = tmp_path / "s.html"
    path.write_bytes(b"<p>We agree.</p>")
    statement = parse_file(path)
    assert statement.format == "html"
    assert statement.source == str(path)
    path_txt = tmp_path / "s.txt"
    path_txt.write_text("Plain <p> words.", encoding="utf-8")
    assert parse_file(path_txt).format == "text"


def test_parse_file_errors(tmp_path: Path) -> None:
    with pytest.raises(ParseError, match="no such file") as info:
        parse_file(tmp_path / "missing.txt")
    assert info.value.source.endswith("missing.txt")
    with pytest.raises(ParseError, match="is a directory"):
        parse_file(tmp_path)
    with pytest.raises(ParseError, match="takes a path"):
        parse_file(42)  # type: ignore[arg-type]
    with pytest.raises(ParseError, match="invalid path"):
        parse_file("bad\x00name.txt")
    big = tmp_path / "big.txt"
    big.write_text("We agree. " * 10, encoding="utf-8")
    with pytest.raises(InputTooLargeError):
        parse_file(big, max_chars=20)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs POSIX permissions")
def test_parse_file_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "locked.txt"
    path.write_text("We agree.", encoding="utf-8")
    path.chmod(0)
    try:
        with pytest.raises(ParseError, match="cannot read"):
            parse_file(path)
    finally:
        path.chmod(0o600)


@pytest.mark.parametrize(
    "name",
    ["leaders-2031-a.txt", "leaders-2031-a.html", "communique-2032.txt", "ministers-2032.html"],
)
def test_fixtures_parse(name: str) -> None:
    path = fixture(name)
    statement = parse_file(path)
    check_spans(statement)
    assert statement.to_json() == parse_file(path).to_json()


def test_fixture_html_and_text_give_the_same_blocks() -> None:
    page, text = fixture("leaders-2031-a.html"), fixture("leaders-2031-a.txt")
    a, b = parse_file(page), parse_file(text)
    assert [s.heading for s in a.sections] == [s.heading for s in b.sections]
    assert [" ".join(x.text.split()) for x in a.sentences()] == [
        " ".join(x.text.split()) for x in b.sentences()
    ]


# ---------------------------------------------------------------------------
# Properties

_WORDS = st.sampled_from(
    ["We", "reaffirm", "U.S.", "Alliance", "and", "welcome", "1.", "(a)", "-", "TRADE", ":", ";"]
)
_TAGS = st.sampled_from(
    ["<p>", "</p>", "<li>", "<ol start='3'>", "</ol>", "<ul>", "<h2>", "</h2>", "<br>", "<b>",
     "</b>", "<nav>", "<script>", "</script>", "<table><tr><td>", "&nbsp;", "&amp;", "<!--", "-->",
     "<div class='content'>", "</div>", "###", "\n\n", " "]
)  # fmt: skip
_HTMLISH = st.lists(st.one_of(_TAGS, _WORDS, st.text(max_size=8)), max_size=30).map("".join)
_TEXTISH = st.lists(st.one_of(_WORDS, st.sampled_from([" ", "\n", "\n\n", "\r\n"])), max_size=40)


def roundtrip(data: str, fmt: str) -> None:
    try:
        statement = parse(data, format=fmt)  # type: ignore[arg-type]
    except ParseError:
        return
    except StatementDiffError as exc:  # pragma: no cover - a failure report
        pytest.fail(f"parse raised {type(exc).__name__}, not a ParseError: {exc}")
    check_spans(statement)
    assert statement.to_json() == parse(data, format=fmt).to_json()  # type: ignore[arg-type]


@given(st.text(max_size=200), st.sampled_from(["auto", "text", "html"]))
def test_any_text_parses_or_raises_parse_error(data: str, fmt: str) -> None:
    roundtrip(data, fmt)


@given(_HTMLISH, st.sampled_from(["auto", "html"]))
def test_any_htmlish_string(data: str, fmt: str) -> None:
    roundtrip(data, fmt)


@given(_TEXTISH.map(" ".join))
def test_any_statementish_text(data: str) -> None:
    roundtrip(data, "text")


@pytest.mark.parametrize(
    ("metadata", "message"),
    [
        ({"parties": "United States"}, "parties for <text> must be a list of names"),
        ({"parties": ["United States", 1]}, "must be names (str), not int"),
        ({"title": 5}, "title for <text> must be a str or None, not int"),
        ({"date": 20210101}, "date for <text> must be a str or None"),
        ({"date": "May 2021"}, "date 'May 2021' for <text> is not an ISO date"),
        ({"date": "2021-02-30"}, "is not an ISO date"),
        ({"source": 3}, "source for <text> must be a str or None"),
    ],
)
def test_bad_metadata_raises_parse_error(metadata: dict[str, object], message: str) -> None:
    # parties="United States" used to become ('U', 'n', 'i', ...); the others leaked a
    # pydantic ValidationError, and a free-form date silently broke series ordering.
    with pytest.raises(ParseError, match=re.escape(message)):
        parse("We agree.", **metadata)  # type: ignore[arg-type]


def test_good_metadata_is_kept() -> None:
    s = parse("We agree.", title="T", date="2021-05-21", parties=("United States", "Japan"))
    assert (s.title, s.date, s.parties) == ("T", "2021-05-21", ("United States", "Japan"))


@pytest.mark.parametrize("limit", ["x", -1, 1.5, True, None])
def test_a_bad_size_limit_is_a_parse_error(limit: object, tmp_path: Path) -> None:
    path = tmp_path / "s.txt"
    path.write_text("We agree.", "utf-8")
    with pytest.raises(ParseError, match="max_chars must be a whole number"):
        parse("We agree.", max_chars=limit)  # type: ignore[arg-type]
    with pytest.raises(ParseError, match="max_chars must be a whole number"):
        parse_file(path, max_chars=limit)  # type: ignore[arg-type]
