"""The HTML report in a real headless Chromium: structure after load, no script runs, screenshot.

Set STATEMENTDIFF_UPDATE_DOCS_IMG=1 to write the screenshots to docs/img/report.png,
docs/img/series.png and docs/img/brief-1400.png / brief-400.png.
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from _golden import golden_diff
from statementdiff import compare, compare_series, parse, parse_file
from statementdiff.render.series_html import render_series_html

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
DOCS_IMG = ROOT / "docs" / "img" / "report.png"
SERIES_IMG = ROOT / "docs" / "img" / "series.png"
BRIEF_IMG = ROOT / "docs" / "img" / "brief-{width}.png"
PNG = b"\x89PNG\r\n\x1a\n"
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
)
INJECTED = (
    "We welcome <script>document.title='pwned';"
    "document.body.appendChild(document.createElement('pwned'))</script> the talks. "
    "We note <img src=x onerror=\"document.title='pwned'\"> the plan. "
    "We support <a href=\"javascript:document.title='pwned'\">the link</a>."
)


def _chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome", "headless_shell"):
        found = shutil.which(name)
        if found:
            return found
    if Path("/usr/bin/chromium").is_file():
        return "/usr/bin/chromium"
    pytest.skip("no Chromium binary found (apt-get install chromium; .ci/run installs it)")


def _run(page: Path, profile: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [_chromium(), *FLAGS, f"--user-data-dir={profile}", *extra, page.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_fixture_report_structure_after_load(tmp_path: Path) -> None:
    diff = golden_diff(FIXTURES / "leaders-2031-a.txt", FIXTURES / "leaders-2031-b.txt")
    page = tmp_path / "report.html"
    page.write_text(diff.to_html(), "utf-8")
    done = _run(page, tmp_path / "profile", "--dump-dom")
    assert done.returncode == 0, done.stderr[-2000:]
    dom = done.stdout
    rows = dom.count('<article class="row ')
    assert rows == len(diff.pairs) + len(diff.only_a) + len(diff.only_b)
    assert "<del>" in dom
    assert "<ins>" in dom
    assert 'id="summary-h">Summary</h2>' in dom
    assert '<div class="a">' in dom
    assert '<div class="b">' in dom
    assert "<script" not in dom


def test_injected_markup_runs_nothing_and_shows_literally(tmp_path: Path) -> None:
    a = parse(INJECTED, format="text", title="Injection <script>document.title='pwned'</script>")
    b = parse(INJECTED.replace("welcome", "warmly welcome"), format="text")
    page = tmp_path / "inject.html"
    page.write_text(compare(a, b).to_html(), "utf-8")
    done = _run(page, tmp_path / "profile", "--dump-dom")
    assert done.returncode == 0, done.stderr[-2000:]
    dom = done.stdout
    assert "<title>statementdiff: Injection &lt;script&gt;" in dom
    assert "pwned</title>" not in dom.replace("&lt;/script&gt; vs", "")
    assert "<pwned" not in dom
    assert "<script" not in dom
    assert "<img" not in dom
    assert '<a href="javascript' not in dom
    assert "&lt;script&gt;document.title='pwned'" in dom
    assert "onerror=\"document.title='pwned'\"&gt;" in dom
    assert "&lt;a href=\"javascript:document.title='pwned'\"&gt;" in dom


def test_screenshot(tmp_path: Path) -> None:
    diff = golden_diff(FIXTURES / "leaders-2031-a.txt", FIXTURES / "leaders-2031-b.txt")
    page = tmp_path / "report.html"
    page.write_text(diff.to_html(), "utf-8")
    shot = tmp_path / "report.png"
    done = _run(page, tmp_path / "profile", f"--screenshot={shot}", "--window-size=1280,2000")
    assert done.returncode == 0, done.stderr[-2000:]
    data = shot.read_bytes()
    assert data.startswith(PNG)
    width = int.from_bytes(data[16:20], "big")
    height = int.from_bytes(data[20:24], "big")
    assert (width, height) == (1280, 2000)
    if os.environ.get("STATEMENTDIFF_UPDATE_DOCS_IMG") == "1":
        DOCS_IMG.parent.mkdir(parents=True, exist_ok=True)
        DOCS_IMG.write_bytes(data)


def test_brief_heads_the_report_in_the_browser(tmp_path: Path) -> None:
    diff = golden_diff(FIXTURES / "leaders-2031-a.txt", FIXTURES / "leaders-2031-b.txt")
    assert diff.brief, "the fixture pair is expected to have findings"
    page = tmp_path / "report.html"
    page.write_text(diff.to_html(), "utf-8")
    done = _run(page, tmp_path / "profile", "--dump-dom")
    assert done.returncode == 0, done.stderr[-2000:]
    dom = done.stdout
    assert dom.index('id="brief"') < dom.index('id="summary-h"')
    brief = dom[dom.index('id="brief"') : dom.index("</section>", dom.index('id="brief"'))]
    assert brief.count("<li") == min(len(diff.brief), 12)
    first = html.escape(diff.brief[0].summary, quote=False)
    assert first in brief.replace("&#x27;", "'").replace("&quot;", '"')
    assert str(tmp_path) not in dom


@pytest.mark.parametrize("width", [1400, 400])
def test_brief_screenshot(tmp_path: Path, width: int) -> None:
    """The top of the report (the brief) at a desktop and a phone width."""
    diff = golden_diff(FIXTURES / "leaders-2031-a.txt", FIXTURES / "leaders-2031-b.txt")
    page = tmp_path / "report.html"
    page.write_text(diff.to_html(), "utf-8")
    shot = tmp_path / "brief.png"
    done = _run(page, tmp_path / "profile", f"--screenshot={shot}", f"--window-size={width},1100")
    assert done.returncode == 0, done.stderr[-2000:]
    data = shot.read_bytes()
    assert data.startswith(PNG)
    assert int.from_bytes(data[16:20], "big") == width
    if os.environ.get("STATEMENTDIFF_UPDATE_DOCS_IMG") == "1":
        target = Path(str(BRIEF_IMG).format(width=width))
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)


def test_series_screenshot(tmp_path: Path) -> None:
    """The series page of fixtures/series; docs/img/series.png when updating docs images."""
    files = sorted((FIXTURES / "series").glob("*.txt"))
    series = compare_series([parse_file(f) for f in files])
    page = tmp_path / "series.html"
    page.write_text(render_series_html(series), "utf-8")
    shot = tmp_path / "series.png"
    done = _run(page, tmp_path / "profile", f"--screenshot={shot}", "--window-size=1280,1600")
    assert done.returncode == 0, done.stderr[-2000:]
    data = shot.read_bytes()
    assert data.startswith(PNG)
    if os.environ.get("STATEMENTDIFF_UPDATE_DOCS_IMG") == "1":
        SERIES_IMG.parent.mkdir(parents=True, exist_ok=True)
        SERIES_IMG.write_bytes(data)


# ---------------------------------------------------------------------------
# navigation: filters and the counts that follow them, sticky A/B heads, contents

HARNESS = """
<pre id="result"></pre>
<script>
(() => {
  const shown = el => getComputedStyle(el).display !== "none";
  const numbers = el => [...el.querySelectorAll(".k")].filter(
    k => k.children.length === 0 && shown(k) && (!k.parentElement.classList.contains("k")
      || shown(k.parentElement))).map(k => Number(k.textContent));
  const out = {combos: [], buttons: []};
  const fr = [...document.querySelectorAll("input[name=fr]")].map(i => i.id);
  const ft = [...document.querySelectorAll("input[name=ft]")].map(i => i.id);
  const total = document.querySelector(".filters .shown b");
  for (const r of fr) {
    document.querySelector(`label[for=${r}]`).click();
    for (const t of ft) {
      document.querySelector(`label[for=${t}]`).click();
      const rows = [...document.querySelectorAll("main article.row")].filter(
        row => shown(row) && shown(row.closest(".block")));
      const rl = document.querySelector(`label[for=${r}]`);
      const tl = document.querySelector(`label[for=${t}]`);
      out.combos.push({r, t, rows: rows.length, total: numbers(total),
        relationButton: numbers(rl), topicButton: tl ? numbers(tl) : null});
    }
  }
  document.querySelector("label[for=fr-all]").click();
  document.querySelector("label[for=ft-all]").click();
  const nav = document.querySelector("nav.filters");
  const head = document.querySelector("nav.filters .colhead");
  window.scrollTo(0, document.documentElement.scrollHeight - 2 * innerHeight);
  out.scrolled = scrollY;
  out.navTop = nav.getBoundingClientRect().top;
  out.headTop = head.getBoundingClientRect().top;
  out.headShown = shown(head);
  out.headText = head.innerText;
  out.toc = [...document.querySelectorAll("nav.toc a")].map(
    a => document.getElementById(a.getAttribute("href").slice(1)) !== null);
  document.getElementById("result").textContent = JSON.stringify(out);
})();
</script>
"""


def _probe(page_html: str, tmp_path: Path, width: int = 1400) -> dict[str, Any]:
    """Load the page with a probe script (the test's copy only: its CSP forbids scripts)."""
    probe = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", page_html)
    probe = probe.replace("</body>", HARNESS + "</body>")
    page = tmp_path / "probe.html"
    page.write_text(probe, "utf-8")
    done = _run(page, tmp_path / "profile", "--dump-dom", f"--window-size={width},900")
    assert done.returncode == 0, done.stderr[-2000:]
    found = re.search(r'<pre id="result">(.*?)</pre>', done.stdout, re.DOTALL)
    assert found is not None, done.stdout[-2000:]
    assert found.group(1), done.stdout[-2000:]
    result: dict[str, Any] = json.loads(html.unescape(found.group(1)))
    return result


def test_counts_follow_the_filters(tmp_path: Path) -> None:
    diff = golden_diff(FIXTURES / "leaders-2031-a.txt", FIXTURES / "leaders-2031-b.txt")
    result = _probe(diff.to_html(), tmp_path)
    combos = result["combos"]
    topics = {c["t"] for c in combos}
    relations = {c["r"] for c in combos}
    assert len(topics) > 5  # the fixture exercises both filters
    assert len(relations) > 4
    assert any(0 < c["rows"] < len(diff.rows()) for c in combos)
    for combo in combos:
        assert combo["total"] == [combo["rows"]], combo  # exactly one number shows, the right one
        assert combo["relationButton"] == [combo["rows"]], combo
        if combo["topicButton"] is not None:
            assert combo["topicButton"] == [combo["rows"]], combo
    everything = next(c for c in combos if (c["r"], c["t"]) == ("fr-all", "ft-all"))
    assert everything["rows"] == len(diff.rows())


def test_a_b_heads_stay_in_view_and_contents_link_to_sections(tmp_path: Path) -> None:
    diff = golden_diff(FIXTURES / "leaders-2031-a.txt", FIXTURES / "leaders-2031-b.txt")
    result = _probe(diff.to_html(), tmp_path)
    assert result["scrolled"] > 2000  # far down the rows
    assert result["navTop"] == 0  # the filter bar sticks to the top
    assert result["headShown"]
    assert 0 < result["headTop"] < 300
    assert result["headText"].startswith("A · leaders-2031-a.txt")
    assert len(result["toc"]) >= 2
    assert all(result["toc"])  # every contents link has its target


def test_dom_has_no_absolute_path_of_the_inputs(tmp_path: Path) -> None:
    a = parse_file(FIXTURES / "leaders-2031-a.txt")
    b = parse_file(FIXTURES / "leaders-2031-b.txt")
    page = tmp_path / "report.html"
    page.write_text(compare(a, b).to_html(), "utf-8")
    done = _run(page, tmp_path / "profile", "--dump-dom")
    assert done.returncode == 0, done.stderr[-2000:]
    assert str(FIXTURES) not in done.stdout
    assert "<dd>leaders-2031-a.txt</dd>" in done.stdout


CORPUS = ROOT.parent / "shared" / "corpus"
G7 = (
    CORPUS / "g7-2021-06-13-carbis-bay-communique.txt",
    CORPUS / "g7-2023-05-20-hiroshima-communique.txt",
)


@pytest.mark.skipif(not all(p.is_file() for p in G7), reason="needs ../shared/corpus (G7)")
def test_long_report_counts_heads_and_contents(tmp_path: Path) -> None:
    diff = compare(*(parse_file(p) for p in G7))
    assert len(diff.rows()) > 500
    result = _probe(diff.to_html(), tmp_path)
    for combo in result["combos"]:
        assert combo["total"] == [combo["rows"]], combo
    assert result["navTop"] == 0
    assert result["headShown"]
    assert len(result["toc"]) >= 5
    assert all(result["toc"])
