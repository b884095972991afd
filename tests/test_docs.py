"""The documentation stays true: the site builds strictly, and every example runs.

- ``mkdocs build --strict`` succeeds (warnings are errors, nothing is fetched).
- README.md and every docs/*.md page with ``>>>`` examples pass as doctests, run from the
  repository root so that examples can read ``fixtures/...``.
- Every module of the package passes its own docstring doctests.
"""

from __future__ import annotations

import doctest
import importlib
import importlib.util
import io
import os
import pkgutil
import subprocess
import sys
from contextlib import redirect_stdout
from pathlib import Path
from typing import Any

import pytest

import statementdiff

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE

_DOC_FILES = sorted(
    [ROOT / "README.md", *DOCS.glob("*.md")],
    key=lambda p: p.relative_to(ROOT).as_posix(),
)
_WITH_EXAMPLES = [p for p in _DOC_FILES if p.is_file() and ">>>" in p.read_text("utf-8")]
_MODULES = sorted(
    name
    for _, name, _ in pkgutil.walk_packages(statementdiff.__path__, prefix="statementdiff.")
    if name != "statementdiff.__main__"  # importing it runs the command line
)

# Pages or modules whose examples fail today because of code or docs owned elsewhere:
# name → reason. Each is a strict xfail: remove the entry once the example passes.
_KNOWN_DOCTEST_FAILURES: dict[str, str] = {}


def _report(run: doctest.TestResults, output: str, what: str) -> None:
    assert run.failed == 0, f"{run.failed} of {run.attempted} examples failed in {what}:\n{output}"


# ---------------------------------------------------------------------------
# The site


def test_mkdocs_build_strict(tmp_path: Path) -> None:
    if importlib.util.find_spec("mkdocs") is None:
        pytest.skip("mkdocs is not installed (pip install -e '.[dev]' installs it)")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    try:
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "mkdocs",
                "build",
                "--strict",
                "--config-file",
                str(ROOT / "mkdocs.yml"),
                "--site-dir",
                str(tmp_path / "site"),
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=300,
            env=env,
            check=False,
        )
    except subprocess.TimeoutExpired:
        pytest.fail("mkdocs build did not finish in 300 s")
    assert done.returncode == 0, f"mkdocs build --strict failed:\n{done.stderr[-5000:]}"
    site = tmp_path / "site"
    assert (site / "index.html").is_file()
    api = (site / "api" / "index.html").read_text("utf-8")
    for name in ("statementdiff.parse.parse", "statementdiff.compare.compare", "Statement"):
        assert name in api, f"{name} is missing from the API reference"


def test_nav_lists_every_page() -> None:
    """Every page in docs/ is in the nav, and every nav entry exists."""
    config = (ROOT / "mkdocs.yml").read_text("utf-8")
    nav = config[config.index("\nnav:") :]
    pages = {p.name for p in DOCS.glob("*.md")}
    listed = {
        line.split(":", 1)[1].strip()
        for line in nav.splitlines()
        if line.strip().startswith("- ") and line.rstrip().endswith(".md")
    }
    assert pages - listed == set(), "pages missing from the nav in mkdocs.yml"
    assert listed - pages == set(), "nav entries without a page"


# ---------------------------------------------------------------------------
# Examples in README.md and docs/*.md


def _doc_params() -> list[Any]:
    params = []
    for path in _WITH_EXAMPLES:
        name = path.relative_to(ROOT).as_posix()
        marks = []
        if name in _KNOWN_DOCTEST_FAILURES:
            marks.append(pytest.mark.xfail(strict=True, reason=_KNOWN_DOCTEST_FAILURES[name]))
        params.append(pytest.param(path, id=name, marks=marks))
    return params


@pytest.mark.parametrize("path", _doc_params())
def test_markdown_examples(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    out = io.StringIO()
    with redirect_stdout(out):
        run = doctest.testfile(
            str(path),
            module_relative=False,
            optionflags=FLAGS,
            encoding="utf-8",
            raise_on_error=False,
        )
    assert run.attempted > 0
    _report(run, out.getvalue(), path.name)


def test_docs_pages_with_examples_are_found() -> None:
    names = {p.name for p in _WITH_EXAMPLES}
    assert {"README.md", "tutorial.md", "concepts.md"} <= names


# ---------------------------------------------------------------------------
# Docstrings of the package


def _module_params() -> list[Any]:
    params = []
    for name in _MODULES:
        marks = []
        if name in _KNOWN_DOCTEST_FAILURES:
            marks.append(pytest.mark.xfail(strict=True, reason=_KNOWN_DOCTEST_FAILURES[name]))
        params.append(pytest.param(name, id=name, marks=marks))
    return params


@pytest.mark.parametrize("name", _module_params())
def test_module_docstrings(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    module = importlib.import_module(name)
    out = io.StringIO()
    with redirect_stdout(out):
        run = doctest.testmod(module, optionflags=FLAGS, raise_on_error=False, report=True)
    _report(run, out.getvalue(), name)


def test_public_entry_points_have_examples() -> None:
    """parse and compare show a runnable example in their docstrings."""
    for func in (statementdiff.parse, statementdiff.compare):
        assert ">>>" in (func.__doc__ or ""), f"{func.__qualname__} has no example"
