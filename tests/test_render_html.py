from __future__ import annotations

import time
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from _golden import golden_cases, golden_diff
from _render_cases import sample_diff
from statementdiff import compare, parse, parse_file
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
