from __future__ import annotations

import re
from pathlib import Path

import pytest

from _golden import check_golden, golden_cases, golden_diff
from _render_cases import sample_diff
from statementdiff import compare, parse
from statementdiff.models import Change
from statementdiff.render.text import WIDTH, render_text

ANSI = re.compile(r"\x1b\[[0-9;]*m")


@pytest.mark.parametrize(("case", "a", "b"), golden_cases(), ids=[c[0] for c in golden_cases()])
def test_golden_text(case: str, a: Path, b: Path) -> None:
    report = golden_diff(a, b).to_text()
    check_golden(a.parent / f"{case}.expected.txt", report)


def test_golden_cases_found() -> None:
    assert {c[0] for c in golden_cases()} >= {"leaders-2031", "communique-2032"}


def test_marks_deleted_and_inserted_words() -> None:
    report = sample_diff().to_text()
    assert "We [-strongly-] welcome the talks with [-Japan.-]{+China.+}" in report
    assert "{+We will expand trade.+}" in report
    assert "[-We will review the old plan.-]" in report
    assert "\x1b[" not in report


def test_summary_lists_counts_labels_entities_topics() -> None:
    report = sample_diff().to_text()
    # "The leaders met" is unchanged and moved: it counts in both "unchanged" and "moved"
    assert "modified 1 · moved 1 · split 0 · merged 0 · removed 1 · added 1 · unchanged 2" in report
    assert "stance-weaker 1" in report
    assert re.search(r"Japan\s+1 → 0", report)
    assert "Tokyo" not in report.split("Topics")[0].split("Entities")[1]  # same count: not listed
    assert re.search(r"#1 stance-weaker: strongly welcome → welcome", report)


def test_changed_only_hides_unchanged_rows() -> None:
    diff = sample_diff()
    changed = diff.to_text()
    everything = diff.to_text(only="all")
    assert "unchanged  A" not in changed
    assert "#2 unchanged" in everything
    assert "changed rows: 4 of 5" in changed
    assert "all rows: 5 of 5" in everything


def test_rows_in_reading_order_with_added_after_its_anchor() -> None:
    report = sample_diff().to_text(only="all")
    numbers = [int(n) for n in re.findall(r"^#(\d+) ", report, flags=re.M)]
    assert numbers == sorted(numbers) == [1, 2, 3, 4, 5]
    assert report.index("#2 unchanged") < report.index("#3 added") < report.index("#4 moved")


def test_colour_uses_ansi_without_markers() -> None:
    report = sample_diff().to_text(color=True)
    assert "\x1b[31;9m" in report
    assert "\x1b[32;4m" in report
    plain = ANSI.sub("", report)
    assert "[-" not in plain
    assert "{+" not in plain
    assert "We strongly welcome the talks with Japan.China." in plain


def test_control_characters_in_source_cannot_reach_the_terminal() -> None:
    a = parse("We welcome \x1b[2J\x1b]0;pwned\x07 the talks.", format="text")
    b = parse("We welcome the new talks.", format="text")
    for color in (False, True):
        report = compare(a, b).to_text(color=color, only="all")
        for control in ("\x1b[2J", "\x07", "\x1b]"):
            assert control not in report
        assert "\\x1b[2J" in report  # shown as an escape (render/visible.py)


def test_lines_are_wrapped() -> None:
    long = " ".join(f"word{n}" for n in range(200))
    a = parse(f"We welcome {long}.", format="text")
    b = parse(f"We strongly welcome {long}.", format="text")
    for color in (False, True):
        report = render_text(compare(a, b), color=color)
        widths = [len(ANSI.sub("", line)) for line in report.splitlines()]
        assert max(widths) <= WIDTH
        assert sum(1 for line in report.splitlines() if "word" in line) > 5


def test_no_differences() -> None:
    a = parse("We welcome the talks.", format="text")
    report = str(compare(a, a))
    assert report.rstrip().endswith("No differences.")


def test_deterministic() -> None:
    assert sample_diff().to_text(only="all") == sample_diff().to_text(only="all")


def test_repeated_label_shown_once_with_its_count() -> None:
    diff = sample_diff()
    first = diff.pairs[0]
    repeat = Change(kind="entity-dropped", a_text="Japan", detail="Japan")
    pairs = (first.model_copy(update={"changes": (*first.changes, repeat)}), *diff.pairs[1:])
    report = render_text(diff.model_copy(update={"pairs": pairs}), color=False)
    assert report.count("[entity-dropped: Japan \u00d72]") == 1
    assert "[entity-dropped: Japan]" not in report
    assert "entity-dropped: Japan \u00d72\n" in report  # key changes


def test_header_names_the_file_not_its_directories() -> None:
    a = parse("We welcome the talks.", source="/some/long/dir/us-japan-2021.txt")
    report = render_text(compare(a, a), color=False)
    assert "A: us-japan-2021.txt" in report


def test_whitespace_only_change_is_visible() -> None:
    # us-india-2026-02-06 versions: "non-market" became "non- market"; the pair is
    # "modified" and the report must show where.
    a = parse("We will address non-market policies of third parties.")
    b = parse("We will address non- market policies of third parties.")
    diff = compare(a, b)
    assert [p.relation for p in diff.pairs] == ["modified"]
    report = diff.to_text()
    assert "address [-non-market-]{+non- market+} policies" in report
    # a space lost between two sentences ("world.Also") is a sentence boundary, not a change
    spaced = parse("It is the world. Also, we agree.")
    glued = parse("It is the world.Also, we agree.")
    assert [c.text for c in glued.clauses()] == [c.text for c in spaced.clauses()]
    assert [p.relation for p in compare(spaced, glued).pairs] == ["unchanged", "unchanged"]


def test_topic_lens_says_the_tables_cover_whole_statements() -> None:
    a = parse("We support peace in the Taiwan Strait.\n\nWe welcome Japan's role in China.")
    b = parse("We emphasize peace in the Taiwan Strait.\n\nWe welcome Korea's role.")
    lens = compare(a, b, topic="taiwan").to_text()
    assert "Entities named more or less often (A → B, whole statements)" in lens
    assert "Topics (clauses in A → B, whole statements)" in lens
    assert "whole statements" not in compare(a, b).to_text()
