from __future__ import annotations

import time
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from _golden import FIXTURES, golden_cases, golden_diff
from _render_cases import sample_diff
from statementdiff import compare, parse, parse_file
from statementdiff.models import Change, Diff
from statementdiff.render._css import filter_css
from statementdiff.render.html import CSP, render_html

VOID = {"meta", "input", "br", "hr", "img", "link"}
PAYLOAD = (
    "We welcome <script>document.title='pwned'</script> the talks. "
    "We note <img src=x onerror=\"document.title='pwned'\"> the plan. "
    'We support <a href="javascript:alert(1)">the link</a> and "quotes" & more.'
)


class _Tree(HTMLParser):
    """Collect tags and attributes, and check that elements nest properly."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:]}")
            return
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def all(self, tag: str) -> list[dict[str, str | None]]:
        return [attrs for name, attrs in self.tags if name == tag]


def _tree(page: str) -> _Tree:
    tree = _Tree()
    tree.feed(page)
    tree.close()
    assert tree.errors == []
    assert tree.stack == []
    return tree


def _classes(attrs: dict[str, Any]) -> set[str]:
    return set((attrs.get("class") or "").split())


def test_structure() -> None:
    page = sample_diff().to_html()
    assert page.startswith("<!DOCTYPE html>\n")
    tree = _tree(page)
    rows = [a for a in tree.all("article") if "row" in _classes(a)]
    assert [a["id"] for a in rows] == ["r1", "r2", "r3", "r4", "r5"]
    relations = [next(c for c in _classes(a) if c.startswith("rel-")) for a in rows]
    assert relations == ["rel-modified", "rel-unchanged", "rel-added", "rel-moved", "rel-removed"]
    assert tree.all("del")
    assert tree.all("ins")
    text = "".join(tree.text)
    assert "Summary" in text
    assert "Key changes" in text
    assert "Statement A" in text
    assert "2032-01-05" in text
    assert "United States, Korea" in text


def test_self_contained_with_strict_csp() -> None:
    tree = _tree(sample_diff().to_html())
    csp = [m for m in tree.all("meta") if m.get("http-equiv") == "Content-Security-Policy"]
    assert [m["content"] for m in csp] == [CSP]
    assert "default-src 'none'" in CSP
    assert not tree.all("script")
    assert not tree.all("link")
    assert not tree.all("img")
    for _, attrs in tree.tags:
        assert "src" not in attrs
        href = attrs.get("href")
        assert href is None or href.startswith("#r")


def test_word_marks_on_each_side() -> None:
    page = sample_diff().to_html()
    assert (
        '<div class="a">We<del> strongly</del> welcome the talks with <del>Japan.</del></div>'
        in page
    )
    assert '<div class="b">We welcome the talks with <ins>China.</ins></div>' in page


def test_moved_pair_is_flagged_with_both_ids() -> None:
    page = sample_diff().to_html()
    row = page[page.index('id="r4"') :].split("</article>")[0]
    assert "moved" in row
    assert "A sec1.p1.s3.c1 → B sec1.p1.s1.c1" in row


def _moved_and_reworded() -> Diff:
    welcome = "We welcome the talks on trade."
    oppose = "We oppose coercion in the region."
    met = "The leaders met in Tokyo to discuss the alliance {} spring."
    a = parse(f"{welcome}\n\n{oppose}\n\n{met.format('last')}")
    b = parse(f"{met.format('this')}\n\n{welcome}\n\n{oppose}")
    return compare(a, b)


def test_a_moved_and_reworded_pair_shows_under_modified_and_moved() -> None:
    diff = _moved_and_reworded()
    (pair,) = [p for p in diff.pairs if p.moved]
    assert pair.relation == "modified"
    page = diff.to_html()
    number = next(r.number for r in diff.rows() if r.pair == pair)
    start = page.index(f'id="r{number}"')
    row_tag = page[page.rindex("<article", 0, start) : start]
    assert 'class="row rel-modified moved' in row_tag
    # both filter buttons exist, and each filter keeps the row visible
    assert '<label for="fr-modified">modified<span class="k kt-all n">1</span>' in page
    assert '<label for="fr-moved">moved<span class="k kt-all n">1</span>' in page
    css = filter_css(0, ["modified", "moved"])
    assert "#fr-modified:checked~main .row:not(.rel-modified){display:none}" in css
    assert "#fr-moved:checked~main .row:not(.rel-moved):not(.moved){display:none}" in css
    assert "moved: B has it elsewhere in its order" in page[start:].split("</article>")[0]
    # the summary counts it as modified and as moved
    assert '<li class="rel-modified"><b>1</b>modified</li>' in page
    assert '<li class="rel-moved"><b>1</b>moved</li>' in page


def test_a_pair_that_only_moved_is_filed_under_moved() -> None:
    page = sample_diff().to_html()
    row_tag = page[page.rindex("<article", 0, page.index('id="r4"')) : page.index('id="r4"')]
    assert 'class="row rel-moved moved' in row_tag
    assert '<span class="rel">moved</span>' in page


def test_source_text_is_escaped() -> None:
    a = parse(PAYLOAD, format="text", title='Title "with" <u>tags</u>')
    b = parse(PAYLOAD.replace("welcome", "strongly welcome"), format="text")
    page = compare(a, b).to_html()
    tree = _tree(page)
    assert not tree.all("script")
    assert not tree.all("img")
    assert not tree.all("u")
    assert all((attrs.get("href") or "#").startswith("#") for _, attrs in tree.tags)
    assert not any(name.startswith("on") for _, attrs in tree.tags for name in attrs)
    assert "&lt;script&gt;document.title=&#x27;pwned&#x27;&lt;/script&gt;" in page
    assert "onerror=&quot;" in page
    assert "<title>statementdiff: Title &quot;with&quot; &lt;u&gt;tags&lt;/u&gt; vs" in page


def test_only_changed_leaves_unchanged_rows_out() -> None:
    diff = sample_diff()
    everything = _tree(diff.to_html())
    changed = _tree(diff.to_html(only="changed"))
    n_all = sum(1 for a in everything.all("article") if "row" in _classes(a))
    n_changed = sum(1 for a in changed.all("article") if "row" in _classes(a))
    assert (n_all, n_changed) == (5, 4)


def test_filters_are_radio_buttons_before_main() -> None:
    page = sample_diff().to_html()
    tree = _tree(page)
    radios = [i["id"] for i in tree.all("input") if i.get("type") == "radio"]
    assert "fr-changed" in radios
    assert "ft-0" in radios
    assert page.index('id="fr-changed"') < page.index("<main")
    assert "#fr-changed:checked~main .row.same{display:none}" in page


def test_repr_html_is_the_report() -> None:
    diff = sample_diff()
    assert diff._repr_html_() == render_html(diff)


def test_deterministic() -> None:
    assert sample_diff().to_html() == sample_diff().to_html()


@pytest.mark.parametrize(("case", "a", "b"), golden_cases(), ids=[c[0] for c in golden_cases()])
def test_fixture_reports_are_well_formed(case: str, a: Path, b: Path) -> None:
    diff = golden_diff(a, b)
    tree = _tree(diff.to_html())
    rows = [x for x in tree.all("article") if "row" in _classes(x)]
    assert len(rows) == len(diff.pairs) + len(diff.only_a) + len(diff.only_b)


@pytest.mark.corpus
def test_corpus_report_size_and_time(corpus_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """U.S.-Japan 2021-04-16 vs U.S.-ROK 2021-05-21: size and render time, printed only."""
    a = parse_file(corpus_dir / "us-japan-2021-04-16-joint-leaders-statement.txt")
    b = parse_file(corpus_dir / "us-rok-2021-05-21-leaders-joint-statement.txt")
    started = time.perf_counter()
    diff = compare(a, b)
    compared = time.perf_counter() - started
    started = time.perf_counter()
    page = diff.to_html()
    rendered = time.perf_counter() - started
    tree = _tree(page)
    rows = [x for x in tree.all("article") if "row" in _classes(x)]
    assert len(rows) == len(diff.pairs) + len(diff.only_a) + len(diff.only_b)
    size = len(page.encode("utf-8"))
    with capsys.disabled():
        print(
            f"\n[html report] us-japan-2021-04-16 vs us-rok-2021-05-21: {size:,} bytes, "
            f"{len(rows)} rows, render {rendered * 1000:.1f} ms (compare {compared * 1000:.0f} ms)"
        )


def _with_repeated_label() -> Diff:
    diff = sample_diff()
    first = diff.pairs[0]
    repeat = Change(kind="entity-dropped", a_text="Japan", detail="Japan")
    pairs = (first.model_copy(update={"changes": (*first.changes, repeat)}), *diff.pairs[1:])
    return diff.model_copy(update={"pairs": pairs})


def test_repeated_label_shown_once_with_its_count() -> None:
    page = _with_repeated_label().to_html()
    row = page.split('id="r', 2)[1]
    assert row.count("entity-dropped</span>") == 1
    assert '<span class="detail">Japan \u00d72</span>' in row
    assert "Japan \u00d72</li>" in page  # key changes


def test_filter_buttons_only_for_relations_and_topics_shown() -> None:
    diff = sample_diff()
    page = diff.to_html(only="changed")
    tree = _tree(page)
    labels = {label.get("for") for label in tree.all("label")}
    assert "fr-split" not in labels  # the diff has no split pair
    assert "fr-unchanged" not in labels  # left out of the file
    assert "fr-modified" in labels
    shown_topics = {t for pair in diff.pairs if pair.relation != "unchanged" for t in pair.topics}
    shown_topics |= {t for one in (*diff.only_a, *diff.only_b) for t in one.topics}
    assert len([x for x in labels if x and x.startswith("ft-") and x != "ft-all"]) == len(
        shown_topics
    )
    assert "security" not in shown_topics  # only on the unchanged pair: no button
    assert ">security</label>" not in page


def test_moved_filter_shows_pairs_that_moved_and_changed() -> None:
    css = filter_css(0, ["moved"])
    assert "#fr-moved:checked~main .row:not(.rel-moved):not(.moved){display:none}" in css


def test_sections_are_blocks_that_filters_can_hide() -> None:
    diff = golden_diff(FIXTURES / "leaders-2031-a.txt", FIXTURES / "leaders-2031-b.txt")
    page = diff.to_html()
    tree = _tree(page)
    blocks = [s for s in tree.all("section") if "block" in _classes(s)]
    headings = [h for h in tree.all("h3") if "sec" in _classes(h)]
    assert len(blocks) >= len(headings) > 1
    assert "#ft-0:checked~main .block:not(:has(.t0)){display:none}" in page


def test_print_keeps_a_and_b_side_by_side() -> None:
    page = sample_diff().to_html()
    assert "@media screen and (max-width:760px)" in page  # stacking is for narrow screens only
    assert "@media (max-width" not in page


def test_headings_name_the_file_and_an_absolute_source_shows_its_name_alone() -> None:
    a = parse_file(FIXTURES / "leaders-2031-a.txt")
    b = parse_file(FIXTURES / "leaders-2031-b.txt")
    page = compare(a, b).to_html()
    assert '<span class="badge">A</span>leaders-2031-a.txt</h2>' in page
    assert "<dt>Source</dt><dd>leaders-2031-a.txt</dd>" in page
    assert str(FIXTURES) not in page  # nothing of the machine's disk


def test_long_one_sided_lists_fold() -> None:
    a = parse(" ".join(f"Item {n} of the plan is number {n}." for n in range(40)))
    b = parse("Something else entirely, about fisheries.")
    page = compare(a, b).to_html()
    assert "clauses</summary>" in page
    assert page.count('<a href="#r') > 40  # the links are still there, folded


def test_topic_lens_says_which_tables_cover_whole_statements() -> None:
    a = parse_file(FIXTURES / "leaders-2031-a.txt")
    b = parse_file(FIXTURES / "leaders-2031-b.txt")
    page = compare(a, b, topic="taiwan").to_html()
    assert "Topic coverage (clauses, whole statements)" in page
    assert "whole statements" not in compare(a, b).to_html()
