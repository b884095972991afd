"""The HTML report in a real headless Chromium: structure after load, no script runs, screenshot.

Set STATEMENTDIFF_UPDATE_DOCS_IMG=1 to write the screenshots to docs/img/report.png and
docs/img/series.png.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from _golden import golden_diff
from statementdiff import compare, compare_series, parse, parse_file
from statementdiff.render.series_html import render_series_html

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
DOCS_IMG = ROOT / "docs" / "img" / "report.png"
SERIES_IMG = ROOT / "docs" / "img" / "series.png"
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
