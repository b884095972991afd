"""Reports show the names the user gave, never the absolute paths of their machine.

The rule (docs/output-html.md): a report names a file as it was typed when the path is
relative, by its file name alone when the path is absolute, and a URL as given without any
user name or password. JSON keeps ``source`` as given: it is the record a script reads back.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from statementdiff import compare, compare_series, parse, parse_file
from statementdiff.cli import main
from statementdiff.render.html import shown_source

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
COMPARE_FORMATS = ("text", "markdown", "html", "json")
SERIES_FORMATS = ("text", "markdown", "html", "json", "csv")


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working directory holding ``drafts/`` with two statements; the cwd during the test."""
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    shutil.copy(FIXTURES / "leaders-2031-a.txt", drafts / "us-japan-2031-06-10.txt")
    shutil.copy(FIXTURES / "leaders-2031-b.txt", drafts / "us-rok-2031-09-22.txt")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _absolute_forms(path: Path) -> list[str]:
    return sorted({str(path), str(path.resolve())})


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main(list(args)) in (0, 1)
    captured = capsys.readouterr()
    assert captured.err == ""
    return captured.out


def test_relative_paths_leave_no_absolute_path_in_any_output(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a, b = "drafts/us-japan-2031-06-10.txt", "drafts/us-rok-2031-09-22.txt"
    outputs = {
        f"compare {f}": _cli(capsys, "compare", a, b, "--format", f) for f in COMPARE_FORMATS
    }
    outputs |= {f"series {f}": _cli(capsys, "series", a, b, "--format", f) for f in SERIES_FORMATS}
    outputs["parse json"] = _cli(capsys, "parse", a, "--format", "json")
    outputs["parse tree"] = _cli(capsys, "parse", a)
    for name, out in outputs.items():
        for absolute in _absolute_forms(workdir):
            assert absolute not in out, name
    assert "drafts/us-japan-2031-06-10.txt" in outputs["compare html"]  # as typed
    assert json.loads(outputs["compare json"])["a"]["source"] == a


def test_an_absolute_path_is_its_file_name_alone_in_the_reports(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a = str(workdir / "drafts" / "us-japan-2031-06-10.txt")
    b = str(workdir / "drafts" / "us-rok-2031-09-22.txt")
    for fmt in ("text", "markdown", "html"):
        out = _cli(capsys, "compare", a, b, "--format", fmt)
        assert str(workdir) not in out, fmt
        assert "us-japan-2031-06-10.txt" in out, fmt
    for fmt in ("text", "markdown", "html", "csv"):
        out = _cli(capsys, "series", a, b, "--format", fmt)
        assert str(workdir) not in out, fmt
    page = _cli(capsys, "compare", a, b, "--format", "html")
    assert "<dt>Source</dt><dd>us-japan-2031-06-10.txt</dd>" in page
    report = json.loads(_cli(capsys, "compare", a, b, "--format", "json"))
    assert report["a"]["source"] == a  # JSON keeps the record as given


def test_api_names_are_shown_as_given(workdir: Path) -> None:
    a = parse_file(workdir / "drafts" / "us-japan-2031-06-10.txt")
    b = parse((workdir / "drafts" / "us-rok-2031-09-22.txt").read_bytes(), source="ROK draft")
    page = compare(a, b).to_html()
    assert str(workdir) not in page
    assert "<dt>Source</dt><dd>us-japan-2031-06-10.txt</dd>" in page
    assert "<dt>Source</dt><dd>ROK draft</dd>" in page
    series_page = compare_series([a, b]).to_html()
    assert str(workdir) not in series_page


@pytest.mark.parametrize(
    ("source", "shown"),
    [
        ("drafts/a.txt", "drafts/a.txt"),
        ("../shared/a.txt", "../shared/a.txt"),
        ("/home/alice/drafts/a.txt", "a.txt"),
        ("C:\\Users\\alice\\a.txt", "a.txt"),
        ("c:/Users/alice/a.txt", "a.txt"),
        ("\\\\server\\share\\a.txt", "a.txt"),
        ("~/drafts/a.txt", "a.txt"),
        ("<stdin>", "<stdin>"),
        ("https://example.org/2021/statement.html", "https://example.org/2021/statement.html"),
        ("https://alice:secret@example.org/s.html?x=1", "https://example.org/s.html?x=1"),
        ("https://alice@example.org:8443/s", "https://example.org:8443/s"),
        ("file:///home/alice/a.txt", "a.txt"),
        ("http://[::1/a.txt", "a.txt"),
    ],
)
def test_shown_source(source: str, shown: str) -> None:
    assert shown_source(source) == shown
