from __future__ import annotations

import re
from pathlib import Path

import pytest

from _golden import check_golden, golden_cases, golden_diff
from _render_cases import sample_diff
from statementdiff import parse
from statementdiff.models import Counts, Diff, Pair, Span, WordOp
from statementdiff.render.markdown import escape_markdown


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
