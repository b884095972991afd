from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from _golden import check_golden, golden_cases, golden_diff
from _render_cases import sample_diff
from statementdiff import compare, parse
from statementdiff.models import Change, Counts, Diff, Pair, Span, WordOp
from statementdiff.render._common import Segment
from statementdiff.render.markdown import escape_markdown, mark_words


@pytest.mark.parametrize(("case", "a", "b"), golden_cases(), ids=[c[0] for c in golden_cases()])
def test_golden_markdown(case: str, a: Path, b: Path) -> None:
    report = golden_diff(a, b).to_markdown()
    check_golden(a.parent / f"{case}.expected.md", report)


def test_strikes_deletions_and_bolds_insertions() -> None:
    report = sample_diff().to_markdown()
    assert "> We ~~strongly~~ welcome the talks with ~~Japan.~~**China.**" in report
    assert "> **We will expand trade.**" in report
    assert "> ~~We will review the old plan.~~" in report


def test_summary_table() -> None:
    report = sample_diff().to_markdown()
    assert "| Relation | Clauses |" in report
    assert "| modified | 1 |" in report
    assert "| `stance-weaker` | 1 |" in report
    assert "| Japan | country | 1 | 0 |" in report
    assert "| diplomacy | 1 | 1 |" in report
    assert report.index("## Summary") < report.index("## Clauses")


def test_only_changed_by_default() -> None:
    diff = sample_diff()
    assert "unchanged**" not in diff.to_markdown()
    assert "**[#2] unchanged**" in diff.to_markdown(only="all")


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("a *b* c", r"a \*b\* c"),
        ("a _b_ c", r"a \_b\_ c"),
        ("see [x](javascript:alert(1))", r"see \[x\](javascript:alert(1))"),
        ("<script>alert(1)</script>", r"\<script\>alert(1)\</script\>"),
        ("a | b", r"a \| b"),
        ("costs $4 or $5", r"costs \$4 or \$5"),
        ("~~old~~", r"\~\~old\~\~"),
        ("`code`", r"\`code\`"),
        ("&lt; \\", r"\&lt; \\"),
        ("two\n  lines", "two lines"),
    ],
)
def test_escape_markdown(text: str, escaped: str) -> None:
    assert escape_markdown(text) == escaped


def _pair_diff(text: str) -> Diff:
    a = parse("We welcome the talks.", format="text")
    span = Span(start=0, end=len(a.text))
    pair = Pair(
        a=("x",),
        b=("y",),
        relation="modified",
        similarity=0.5,
        a_span=span,
        b_span=span,
        ops=(WordOp(op="equal", text=text), WordOp(op="insert", text=" more")),
    )
    return Diff(a=a, b=a, threshold=0.35, pairs=(pair,), counts=Counts(modified=1))


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("1. We note", "1\\. We note"),
        ("# We note", "\\# We note"),
        ("- We", "\\- We"),
        ("+ We", "\\+ We"),
        ("= We", "\\= We"),
        ("> We", "\\> We"),
    ],
)
def test_source_text_cannot_start_markup(text: str, start: str) -> None:
    report = _pair_diff(text).to_markdown()
    quoted = [line for line in report.splitlines() if line.startswith("> ")]
    assert quoted == [f"> {start} **more**"]


def test_marker_whitespace_sits_outside() -> None:
    report = sample_diff().to_markdown(only="all")
    marked = re.findall(r"~~(.+?)~~", report) + re.findall(r"\*\*(.+?)\*\*", report)
    assert marked
    for inner in marked:
        assert inner == inner.strip()


def test_deterministic() -> None:
    assert sample_diff().to_markdown(only="all") == sample_diff().to_markdown(only="all")


def _punct(char: str) -> bool:
    return unicodedata.category(char)[0] in "PS"


def _delimiters_parse(line: str) -> bool:
    """Every ``~~``/``**`` run opens or closes a mark under GFM's flanking rules, alternately."""
    runs = list(re.finditer(r"(?<!\\)(~~|\*\*)", line))
    opened: str | None = None
    for run in runs:
        before = line[run.start() - 1] if run.start() else " "
        after = line[run.end()] if run.end() < len(line) else " "
        if opened is None:
            ok = not after.isspace() and (not _punct(after) or before.isspace() or _punct(before))
            opened = run.group()
        else:
            ok = not before.isspace() and (not _punct(before) or after.isspace() or _punct(after))
            ok = ok and run.group() == opened
            opened = None
        if not ok:
            return False
    return opened is None


@pytest.mark.parametrize(
    ("segments", "expected"),
    [
        ([("equal", "Joseph R. Biden"), ("insert", ", Jr.")], "Joseph R. ~~Biden~~**Biden, Jr.**"),
        ([("equal", "cross-Strait issues"), ("delete", ".")], "cross-Strait ~~issues.~~**issues**"),
        (
            [("equal", "capabilities"), ("delete", ", including nuclear"), ("equal", ".")],
            "~~capabilities, including nuclear~~**capabilities**.",
        ),
        ([("equal", "a "), ("insert", "foo."), ("equal", "bar baz")], "a ~~bar~~**foo.bar** baz"),
        (
            [("equal", "We "), ("delete", "note"), ("insert", "welcome"), ("equal", " it.")],
            "We ~~note~~**welcome** it.",
        ),
        ([("equal", "the Strait"), ("insert", ".")], "the ~~Strait~~**Strait.**"),
    ],
)
def test_marks_next_to_punctuation_still_parse(
    segments: list[tuple[str, str]], expected: str
) -> None:
    got = mark_words([Segment(op, text) for op, text in segments])  # type: ignore[arg-type]
    assert got == expected
    assert _delimiters_parse(got)


@pytest.mark.parametrize(("case", "a", "b"), golden_cases(), ids=[c[0] for c in golden_cases()])
def test_every_mark_in_the_golden_reports_parses(case: str, a: Path, b: Path) -> None:
    report = golden_diff(a, b).to_markdown(only="all")
    quoted = [line for line in report.splitlines() if line.startswith("> ")]
    assert quoted
    assert [line for line in quoted if not _delimiters_parse(line)] == []


def test_repeated_label_shown_once_with_its_count() -> None:
    diff = sample_diff()
    first = diff.pairs[0]
    repeat = Change(kind="entity-dropped", a_text="Japan", detail="Japan")
    pairs = (first.model_copy(update={"changes": (*first.changes, repeat)}), *diff.pairs[1:])
    report = diff.model_copy(update={"pairs": pairs}).to_markdown()
    assert "`entity-dropped` Japan \u00d72" in report
    assert "`entity-dropped`: Japan \u00d72" in report  # key changes


def test_whitespace_only_change_is_visible() -> None:
    a = parse("We will address non-market policies of third parties.")
    b = parse("We will address non- market policies of third parties.")
    report = compare(a, b).to_markdown()
    assert "address ~~non-market~~**non- market** policies" in report


def test_topic_lens_says_the_tables_cover_whole_statements() -> None:
    a = parse("We support peace in the Taiwan Strait.\n\nWe welcome Japan's role in China.")
    b = parse("We emphasize peace in the Taiwan Strait.\n\nWe welcome Korea's role.")
    lens = compare(a, b, topic="taiwan").to_markdown()
    assert "### Entities named more or less often (whole statements)" in lens
    assert "### Topics (whole statements)" in lens
    assert "whole statements" not in compare(a, b).to_markdown()
