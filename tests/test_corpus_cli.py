"""``statementdiff corpus …``: build, add, the three queries in three formats, exit codes."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from statementdiff.cli import main

TEXTS = {
    "us-japan-2021-04-16-a.txt": "We underscore peace and stability across the Taiwan Strait.",
    "g7-2021-06-13-b.txt": "We underscore peace and stability across the Taiwan Strait "
    "and call on China to respect human rights, especially in relation to Xinjiang.",
}


@pytest.fixture
def index(tmp_path: Path) -> Path:
    folder = tmp_path / "s"
    folder.mkdir()
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    path = tmp_path / "i.sqlite"
    assert main(["corpus", "build", str(path), str(folder), "--executor", "serial"]) == 0
    return path


def test_occurrences_in_three_formats(index: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["corpus", "occurrences", str(index), "Taiwan  strait"]) == 0
    text = capsys.readouterr().out
    assert text.splitlines()[0].startswith("2021-04-16  ")
    assert main(["corpus", "occurrences", str(index), "taiwan strait", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [d["date"] for d in data] == ["2021-04-16", "2021-06-13"]
    assert data[0]["span"] == {"start": 0, "end": len(TEXTS["us-japan-2021-04-16-a.txt"])}
    assert main(["corpus", "occurrences", str(index), "Taiwan Strait", "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["clause_id"] for r in rows] == ["sec1.p1.s1.c1", "sec1.p1.s1.c1"]


def test_no_occurrence_exits_1_and_a_bad_index_exits_2(
    index: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["corpus", "occurrences", str(index), "no such words"]) == 1
    assert main(["corpus", "occurrences", str(tmp_path / "none.sqlite"), "x"]) == 2
    assert "no corpus index" in capsys.readouterr().err


def test_add_reuse_and_coverage(
    index: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    extra = tmp_path / "quad-2022-05-24-c.txt"
    extra.write_text("We reaffirm a free and open Indo-Pacific.", encoding="utf-8")
    assert main(["corpus", "add", str(index), str(extra), "--quiet", "--executor", "serial"]) == 0
    assert capsys.readouterr().err == ""
    assert main(["corpus", "reuse", str(index), "--format", "json", "--min-share", "0"]) == 0
    pairs = json.loads(capsys.readouterr().out)
    assert [(Path(p["a"]).name, Path(p["b"]).name) for p in pairs] == [
        ("us-japan-2021-04-16-a.txt", "g7-2021-06-13-b.txt")
    ]
    assert main(["corpus", "coverage", str(index), "Xinjiang"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines] == ["names", "silent", "silent"]


def test_help_does_not_load_the_index_modules() -> None:
    code = (
        "import sys, statementdiff.cli as c; c._build_parser(); "
        "print(sorted(m for m in ('sqlite3', 'statementdiff.corpus.index') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"
