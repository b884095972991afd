"""Series renderers: text, Markdown, HTML and CSV show the same threads and matrices."""

from __future__ import annotations

import csv
import io
import re
from html import escape
from html.parser import HTMLParser
from pathlib import Path
from typing import Literal

import pytest

from _series_helpers import make_statement, overlap_matcher
from statementdiff import compare_series, parse
from statementdiff.cli import main
from statementdiff.models import CoverageRow, Series
from statementdiff.render.html import CSP
from statementdiff.render.series_csv import render_series_csv
from statementdiff.render.series_html import render_series_html
from statementdiff.render.series_markdown import render_series_markdown
from statementdiff.render.series_text import render_series_text
from statementdiff.series import _build

NASTY = 'The leaders <script>alert("x")</script> reaffirm peace & stability in the *Taiwan* Strait.'
NASTY_2 = (
    'The leaders <script>alert("x")</script> emphasize peace & stability in the *Taiwan* Strait.'
)
STEADY = "The leaders call on the DPRK to return to dialogue without any preconditions."
TOPICS = {"Taiwan": ("taiwan",), "DPRK": ("dprk",)}
ENTITIES = {"Taiwan": ("Taiwan <Strait>",), "DPRK": ("DPRK",)}


@pytest.fixture(scope="module")
def series() -> Series:
    statements = [
        make_statement(
            [STEADY, NASTY],
            date="2021-01-01",
            title='A & "B" <i>',
            topics=TOPICS,
            entities=ENTITIES,
        ),
        make_statement([STEADY, NASTY_2], date="2022-01-01", topics=TOPICS, entities=ENTITIES),
        make_statement([STEADY], date="2023-01-01", topics=TOPICS, entities=ENTITIES),
    ]
    return _build(statements, overlap_matcher, topic=None, threshold=0.5)


def test_text_shows_timeline_word_changes_and_matrix(series: Series) -> None:
    out = render_series_text(series)
    assert "Series of 3 statements" in out
    assert "+~x" in out  # the Taiwan thread: new, modified, dropped
    assert "[-reaffirm-]" in out
    assert "{+emphasize+}" in out
    assert "DPRK" not in out.split("Threads:")[1]  # the steady thread is hidden by default
    assert "DPRK" in render_series_text(series, only="all").split("Threads:")[1]
    matrix = out.split("Topic coverage (clauses):")[1].split("Threads:")[0]
    assert re.search(r"taiwan\s+1\s+1\s+0", matrix)
    assert re.search(r"dprk\s+1\s+1\s+1", matrix)


def test_text_entity_matrix(series: Series) -> None:
    out = render_series_text(series, matrix="entities")
    assert re.search(r"Taiwan <Strait>\s+1\s+1\s+0", out)


def test_markdown_escapes_and_marks_words(series: Series) -> None:
    out = render_series_markdown(series)
    assert "~~reaffirm~~" in out
    assert "**emphasize**" in out
    assert r"\*Taiwan\*" in out
    assert "<script>" not in out
    assert "| taiwan | 1 | 1 | 0 |" in out
    assert "| 2 | dropped |" in out


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.urls: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.urls += [v or "" for k, v in attrs if k in ("src", "href")]

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_html_is_self_contained_and_escaped(series: Series) -> None:
    page = render_series_html(series)
    parser = _Collector()
    parser.feed(page)
    assert "script" not in parser.tags
    assert "i" not in parser.tags  # the title's <i> stays text
    assert parser.urls == []
    assert "&lt;script&gt;" in page
    assert "A &amp; &quot;B&quot; &lt;i&gt;" in page
    assert "Taiwan &lt;Strait&gt;" in render_series_html(series, matrix="entities")
    assert "<del>reaffirm</del>" in page
    assert "<ins>emphasize</ins>" in page
    assert page.count('class="tl"') == len(series.threads)
    assert (
        page.count('class="tl"') > len(render_series_html(series, only="changed").split('"tl"')) - 2
    )


def test_html_has_strict_csp_and_dates_as_column_heads(series: Series) -> None:
    page = render_series_html(series)
    assert f'<meta http-equiv="Content-Security-Policy" content="{escape(CSP)}">' in page
    heat = page.split('<table class="heat">')[1].split("</table>")[0]
    assert ">2021-01-01</th>" in heat
    assert ">2022-01-01<" in page.split('<div class="tl">')[1]  # timeline cells show dates


def test_html_dropped_step_says_so(series: Series) -> None:
    page = render_series_html(series)
    dropped = page.split('class="st s-dropped"')[1].split("</tr>")[0]
    assert "not in this statement" in dropped


def test_markdown_marks_next_to_punctuation_parse(series: Series) -> None:
    out = render_series_markdown(series, only="all")
    assert "~~.~~" not in out
    assert "**.**" not in out
    assert re.search(r"[A-Za-z](~~|\*\*)[.,;]", out) is None


def test_html_heat_map_shades_by_count(series: Series) -> None:
    page = render_series_html(series)
    heat = page.split('<table class="heat">')[1].split("</table>")[0]
    rows = {m.group(1): m.group(2) for m in re.finditer(r"<tr><th>([^<]+)</th>(.*?)</tr>", heat)}
    assert set(rows) == {"topic", "taiwan", "dprk"}
    assert rows["taiwan"].count("background:") == 2  # the 0 cell is not shaded


def test_csv_round_trips_the_matrices(series: Series) -> None:
    matrices: tuple[tuple[Literal["topics", "entities"], tuple[CoverageRow, ...]], ...] = (
        ("topics", series.coverage),
        ("entities", series.entity_coverage),
    )
    for matrix, source in matrices:
        rows = list(csv.reader(io.StringIO(render_series_csv(series, matrix=matrix))))
        assert rows[0][0] == ("topic" if matrix == "topics" else "entity")
        assert rows[0][1].startswith("2021-01-01")
        got = {r[0]: tuple(int(x) for x in r[1:]) for r in rows[1:]}
        assert got == {row.name: row.counts for row in source}


def test_csv_with_clause_ids(series: Series) -> None:
    rows = list(csv.reader(io.StringIO(render_series_csv(series, clauses=True))))
    assert len(rows[0]) == 1 + 2 * 3
    taiwan = next(r for r in rows if r[0] == "taiwan")
    assert taiwan[4:] == ["sec1.p2.s1.c1", "sec1.p2.s1.c1", ""]


def test_renderers_are_deterministic(series: Series) -> None:
    for render in (render_series_text, render_series_markdown, render_series_html):
        assert render(series) == render(series)
    copy = Series.model_validate_json(series.to_json())
    assert render_series_html(copy) == render_series_html(series)


SERIES_FILES = sorted(
    str(p) for p in (Path(__file__).resolve().parent.parent / "fixtures" / "series").glob("*.txt")
)


def test_cli_series_json_and_exit_code(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["series", *SERIES_FILES[:2], "--format", "json"]) == 1
    parsed = Series.model_validate_json(capsys.readouterr().out)
    assert len(parsed.statements) == 2
    assert main(["series", SERIES_FILES[0], SERIES_FILES[0]]) == 0  # copies: nothing changes


def test_cli_series_writes_csv_and_html(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "m.csv"
    assert (
        main(
            ["series", *SERIES_FILES[:3], "--format", "csv", "--matrix", "entities", "-o", str(out)]
        )
        == 1
    )
    assert out.read_text("utf-8").startswith("entity,")
    page = tmp_path / "s.html"
    main(["series", *SERIES_FILES[:2], "--format", "html", "--topic", "taiwan", "-o", str(page)])
    assert "<!DOCTYPE html>" in page.read_text("utf-8")
    assert capsys.readouterr().out == ""


def test_cli_series_errors(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["series", "no-such-file.txt"]) == 2
    assert "no such file" in capsys.readouterr().err
    assert main(["series", SERIES_FILES[0], "--topic", "taiwn"]) == 2
    assert "taiwn" in capsys.readouterr().err


def test_whitespace_only_change_is_visible_in_every_series_format() -> None:
    # us-india-2026-02-06 versions: "non-market" -> "non- market"
    series = compare_series(
        [
            parse("We will address non-market policies.", date="2026-02-06"),
            parse("We will address non- market policies.", date="2026-02-07"),
        ]
    )
    assert [s.status for s in series.threads[0].steps] == ["new", "modified"]
    assert "[-non-market-]{+non- market+}" in render_series_text(series)
    assert "~~non-market~~**non- market**" in render_series_markdown(series)
    assert "<del>non-market</del><ins>non- market</ins>" in render_series_html(series)


# ---------------------------------------------------------------------------
# clause ids: every quoted clause can be cited


def test_text_shows_the_clause_ids_of_each_step(series: Series) -> None:
    out = render_series_text(series, only="all")
    assert re.search(r"^  \[0\] new\s+sec1\.p2\.s1\.c1  The leaders", out, re.MULTILINE)
    assert re.search(r"^  \[1\] modified\s+sec1\.p2\.s1\.c1  The leaders", out, re.MULTILINE)
    assert re.search(r"^  \[2\] unchanged\s+sec1\.p1\.s1\.c1  The leaders call", out, re.M)


def test_markdown_shows_the_clause_ids_of_each_step(series: Series) -> None:
    out = render_series_markdown(series, only="all")
    assert "| # | status | clause | wording | changes |" in out
    assert "| 1 | modified | `sec1.p2.s1.c1` | The leaders" in out
    assert "| 2 | dropped | — |" in out


def test_html_shows_the_clause_ids_of_each_step(series: Series) -> None:
    page = render_series_html(series, only="all")
    modified = page.split('class="st s-modified"')[0].rsplit("<tr>", 1)[1]
    modified += page.split('class="st s-modified"')[1].split("</tr>")[0]
    assert '<td class="ids">sec1.p2.s1.c1</td>' in modified
    assert "<th>clause</th>" in page


def _thread_blocks(out: str, marker: str) -> list[str]:
    """Each thread's part of a report, without its heading line (which names the thread id)."""
    return [block.split("\n", 1)[1] for block in out.split(marker)[1:]]


def test_every_step_with_clauses_is_cited_in_every_format() -> None:
    statements = [parse(Path(f).read_bytes(), source=Path(f).name) for f in SERIES_FILES]
    series = compare_series(statements)
    outputs = {
        "text": (render_series_text(series, only="all"), "\nthread "),
        "markdown": (render_series_markdown(series, only="all"), "\n### "),
        "html": (render_series_html(series, only="all"), "<section id="),
    }
    for name, (out, marker) in outputs.items():
        blocks = _thread_blocks(out, marker)
        assert len(blocks) == len(series.threads), name
        for thread, block in zip(series.threads, blocks, strict=True):
            for step in thread.steps:
                if step.clauses:
                    ids = " + ".join(step.clauses)
                    assert ids in block, (name, thread.id, step.index)
            cited = sum(1 for step in thread.steps if step.clauses)
            wanted = {" + ".join(s.clauses) for s in thread.steps if s.clauses}
            assert sum(block.count(ids) for ids in wanted) >= cited, (name, thread.id)
