"""``-`` reads standard input for parse, compare and series, through a real pipe."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIX_A = ROOT / "fixtures" / "leaders-2031-a.txt"
FIX_B = ROOT / "fixtures" / "leaders-2031-b.txt"


def _cli(*args: str, stdin: bytes) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "statementdiff", *args],
        input=stdin,
        capture_output=True,
        timeout=120,
        check=False,
    )


def test_parse_compare_and_series_read_a_pipe() -> None:
    text = FIX_A.read_bytes()
    done = _cli("parse", "-", "--format", "json", stdin=text)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["source"] == "<stdin>"
    done = _cli("compare", "-", str(FIX_B), "--format", "json", stdin=text)
    assert done.returncode == 1, done.stderr
    assert json.loads(done.stdout)["a"]["source"] == "<stdin>"
    done = _cli("compare", str(FIX_B), "-", stdin=text)
    assert done.returncode == 1, done.stderr
    done = _cli("series", str(FIX_B), "-", "--format", "json", stdin=text)
    assert done.returncode in (0, 1), done.stderr
    assert "<stdin>" in [s["source"] for s in json.loads(done.stdout)["statements"]]


def test_two_dashes_are_a_clear_error() -> None:
    for args in (("compare", "-", "-"), ("series", str(FIX_A), "-", "-")):
        done = _cli(*args, stdin=FIX_A.read_bytes())
        assert done.returncode == 2
        err = done.stderr.decode()
        assert err.startswith("statementdiff: error: standard input (-) can be read only once")
        assert err.count("\n") == 1
        assert done.stdout == b""
