"""The briefs of a series (one per step, one for the whole thread) and the public names."""

from __future__ import annotations

import re
from pathlib import Path
from typing import get_args

import pytest

import statementdiff
from statementdiff import CompareTypeError, Series, compare, compare_series, parse

FIRST = parse("We discuss Taiwan and the Taiwan Strait. We welcome trade.", date="2021-01-01")
SECOND = parse("We welcome trade.", date="2022-01-01")
THIRD = parse("We welcome trade. We will give $5 billion to Gaza.", date="2023-01-01")


def test_a_series_has_a_brief_per_step_and_one_for_the_whole_thread() -> None:
    s = compare_series([THIRD, FIRST, SECOND])
    assert [(b.a, b.b) for b in s.step_briefs] == [(0, 1), (1, 2)]
    assert s.step_briefs[0].findings == compare(FIRST, SECOND).brief
    assert s.step_briefs[1].findings == compare(SECOND, THIRD).brief
    assert s.brief is not None
    assert (s.brief.a, s.brief.b) == (0, 2)
    assert s.brief.findings == compare(FIRST, THIRD).brief
    assert {f.subject for f in s.brief.findings} >= {"Gaza", "Taiwan, Taiwan Strait"}


def test_a_topic_lens_keeps_the_findings_on_its_topic() -> None:
    s = compare_series([FIRST, SECOND, THIRD], topic="taiwan")
    assert s.brief is not None
    assert [f.subject for f in s.brief.findings] == ["Taiwan, Taiwan Strait"]
    assert s.step_briefs[1].findings == ()


def test_a_series_of_one_or_without_briefs_has_none() -> None:
    one = compare_series([FIRST])
    assert one.brief is None
    assert one.step_briefs == ()
    off = compare_series([FIRST, SECOND], brief=False)
    assert off.brief is None
    assert off.step_briefs == ()
    with pytest.raises(CompareTypeError, match="brief must be a bool"):
        compare_series([FIRST, SECOND], brief="yes")  # type: ignore[arg-type]


def test_the_briefs_head_every_series_report_and_round_trip_in_json() -> None:
    s = compare_series([FIRST, SECOND, THIRD])
    text = s.to_text()
    assert text.index("Brief of the whole series: A = [0], B = [2]") < text.index("coverage")
    assert "Brief of a step: A = [1], B = [2]" in text
    assert "sec1.p1.s2.c1 'We will give $5 billion to Gaza.'" in text
    md = s.to_markdown()
    assert md.index("## Brief of the whole series") < md.index("## Topic coverage")
    page = s.to_html()
    assert page.index('id="brief-0-2"') < page.index('id="brief-0-1"') < page.index("Threads")
    back = Series.model_validate_json(s.to_json())
    assert back.brief == s.brief
    assert back.step_briefs == s.step_briefs


def test_a_series_of_two_shows_its_one_step_once() -> None:
    text = compare_series([FIRST, SECOND]).to_text()
    assert "Brief of the whole series" not in text
    assert text.count("Brief of a step: A = [0], B = [1]") == 1


def test_the_brief_models_are_exported_and_documented() -> None:
    for name in ("Finding", "FindingKind", "StepBrief"):
        assert name in statementdiff.__all__
    assert "ranked brief" in (statementdiff.Finding.__doc__ or "")
    assert "step of a series" in (statementdiff.StepBrief.__doc__ or "")
    assert "Finding" in (statementdiff.__doc__ or "")
    doc = Path(__file__).resolve().parent.parent / "docs" / "brief.md"
    section = doc.read_text("utf-8").split("\n## Findings\n")[1].split("\n## ")[0]
    documented = set()
    for row in re.findall(r"^\| (`[a-z-]+`(?: / `-?[a-z-]+`)?) \|", section, re.M):
        first, *more = re.findall(r"`(-?[a-z-]+)`", row)
        documented.add(first)
        documented.update(first.rsplit("-", 1)[0] + m if m.startswith("-") else m for m in more)
    assert set(get_args(statementdiff.FindingKind)) == documented
