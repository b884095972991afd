from __future__ import annotations

import io
import subprocess
import sys
import threading
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from statementdiff.cli import _use_color, main
from statementdiff.models import Diff

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
FIX_A = str(FIXTURES / "leaders-2031-a.txt")
FIX_B = str(FIXTURES / "leaders-2031-b.txt")
SMALL_A = (
    "We reaffirm our Alliance and welcome the talks with Japan.\n\n"
    "We oppose coercion in the region.\n\nWe will review the plan.\n"
)
SMALL_B = (
    "We oppose coercion in the region.\n\n"
    "We reaffirm our Alliance and strongly welcome the talks with Korea.\n\n"
    "We will expand trade.\n"
)


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    folder = tmp_path_factory.mktemp("statements")
    (folder / "a.txt").write_text(SMALL_A, "utf-8")
    (folder / "b.txt").write_text(SMALL_B, "utf-8")
    return str(folder / "a.txt"), str(folder / "b.txt")


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_differences_exit_1_with_text_report(
    files: tuple[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    A, B = files
    assert main(["compare", A, B]) == 1
    out, err = capsys.readouterr()
    assert out.startswith("statementdiff report\n")
    assert "[-" in out
    assert "\x1b[" not in out  # captured output is not a terminal
    assert err == ""


def test_same_file_exits_0(files: tuple[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    A, _B = files
    assert main(["compare", A, A]) == 0
    assert "No differences." in capsys.readouterr().out


@pytest.mark.parametrize(
    ("fmt", "start"),
    [
        ("markdown", "# statementdiff report"),
        ("html", "<!DOCTYPE html>"),
        ("text", "statementdiff"),
    ],
)
def test_formats(
    files: tuple[str, str], fmt: str, start: str, capsys: pytest.CaptureFixture[str]
) -> None:
    A, B = files
    assert main(["compare", A, B, "--format", fmt]) == 1
    assert capsys.readouterr().out.startswith(start)


def test_json_round_trips(files: tuple[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    A, B = files
    assert main(["compare", A, B, "--format", "json", "--threshold", "0.5"]) == 1
    diff = Diff.model_validate_json(capsys.readouterr().out)
    assert diff.threshold == 0.5
    assert diff.pairs


def test_only_all_shows_more_rows(
    files: tuple[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    A, B = files
    main(["compare", A, B])
    changed = capsys.readouterr().out
    main(["compare", A, B, "--only", "all"])
    everything = capsys.readouterr().out
    assert "unchanged  A" not in changed
    assert "unchanged  A" in everything


def test_output_file(
    files: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    A, B = files
    target = tmp_path / "report.html"
    assert main(["compare", A, B, "--format", "html", "-o", str(target)]) == 1
    assert capsys.readouterr().out == ""
    page = target.read_text("utf-8")
    assert page.startswith("<!DOCTYPE html>")
    main(["compare", A, B, "--format", "html"])
    assert capsys.readouterr().out == page  # same bytes either way


def test_unwritable_output_is_exit_2(
    files: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    A, B = files
    assert main(["compare", A, B, "-o", str(tmp_path / "no" / "such" / "dir.txt")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("statementdiff: error: cannot write")
    assert err.count("\n") == 1


def test_missing_file_is_exit_2(files: tuple[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    A, _B = files
    assert main(["compare", A, "no-such-file.txt"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == "statementdiff: error: no such file: no-such-file.txt\n"


@pytest.mark.parametrize("value", ["1.5", "-0.1", "abc"])
def test_bad_threshold_is_a_usage_error(
    files: tuple[str, str], value: str, capsys: pytest.CaptureFixture[str]
) -> None:
    A, B = files
    with pytest.raises(SystemExit) as info:
        main(["compare", A, B, "--threshold", value])
    assert info.value.code == 2
    assert "--threshold" in capsys.readouterr().err


def test_colour_only_on_a_terminal_without_no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    assert _use_color(_Tty())
    assert not _use_color(io.StringIO())
    monkeypatch.setenv("NO_COLOR", "1")
    assert not _use_color(_Tty())
    monkeypatch.setenv("NO_COLOR", "")
    assert _use_color(_Tty())
    monkeypatch.setenv("TERM", "dumb")
    assert not _use_color(_Tty())


def test_colour_report_on_a_terminal(
    files: tuple[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    A, B = files
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    tty = _Tty()
    monkeypatch.setattr(sys, "stdout", tty)
    assert main(["compare", A, B]) == 1
    assert "\x1b[31;9m" in tty.getvalue()
    monkeypatch.setenv("NO_COLOR", "1")
    tty = _Tty()
    monkeypatch.setattr(sys, "stdout", tty)
    main(["compare", A, B])
    assert "\x1b[" not in tty.getvalue()


@pytest.fixture
def fixture_server(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[str]:
    monkeypatch.setenv("STATEMENTDIFF_CACHE_DIR", str(tmp_path / "cache"))
    for name in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("no_proxy", "*")

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            return

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), partial(Quiet, directory=str(FIXTURES)))
    thread = threading.Thread(
        target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    try:
        host, port = httpd.server_address[:2]
        yield f"http://{host!s}:{port}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


def test_url_inputs(fixture_server: str, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"{fixture_server}/leaders-2031-b.txt"
    assert main(["compare", FIX_A, url, "--no-cache", "--allow-private"]) == 1
    from_url = capsys.readouterr().out
    main(["compare", FIX_A, FIX_B])
    from_file = capsys.readouterr().out
    assert from_url.replace(url, FIX_B) == from_file


def test_url_error_is_one_line_exit_2(
    fixture_server: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["compare", FIX_A, f"{fixture_server}/missing.txt", "--allow-private"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("statementdiff: error: ")
    assert "HTTP 404" in err
    assert err.count("\n") == 1


def test_python_dash_m() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "statementdiff", "compare", FIX_A, FIX_A, "--format", "markdown"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0
    assert done.stdout.startswith("# statementdiff report")
