"""The contract pinned: the ``Diff`` JSON and the HTML page of every fixture pair, as golden files.

``fixtures/<case>.expected.json`` holds ``diff.to_json(indent=1)`` plus a newline (the
same document as ``to_json()``, indented so that a change reads as a short diff) and
``fixtures/<case>.expected.html`` holds ``diff.to_html()`` with the package version in
the generator tag replaced by ``VERSION``, so a release does not touch the golden files.
Regenerate with ``STATEMENTDIFF_UPDATE_GOLDEN=1`` (see tests/_golden.py).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from _golden import FIXTURES, check_golden, golden_cases, golden_diff
from statementdiff import Diff, __version__

CASES = golden_cases()
IDS = [case for case, _, _ in CASES]
GENERATOR = f'<meta name="generator" content="statementdiff {__version__}">'
GENERATOR_GOLDEN = '<meta name="generator" content="statementdiff VERSION">'


def test_every_fixture_pair_is_a_case() -> None:
    assert IDS == ["leaders-2031", "communique-2032"]


@pytest.mark.parametrize(("case", "a", "b"), CASES, ids=IDS)
def test_golden_diff_json(case: str, a: Path, b: Path) -> None:
    diff = golden_diff(a, b)
    document = diff.to_json(indent=1)
    assert json.loads(document) == json.loads(diff.to_json())
    check_golden(FIXTURES / f"{case}.expected.json", document + "\n")


@pytest.mark.parametrize(("case", "a", "b"), CASES, ids=IDS)
def test_golden_json_reads_back_as_the_diff(case: str, a: Path, b: Path) -> None:
    golden = FIXTURES / f"{case}.expected.json"
    assert golden.is_file(), f"{golden.name} is missing"
    assert Diff.model_validate_json(golden.read_bytes()) == golden_diff(a, b)


@pytest.mark.parametrize(("case", "a", "b"), CASES, ids=IDS)
def test_golden_diff_html(case: str, a: Path, b: Path) -> None:
    page = golden_diff(a, b).to_html()
    assert page.count(GENERATOR) == 1
    check_golden(FIXTURES / f"{case}.expected.html", page.replace(GENERATOR, GENERATOR_GOLDEN))


@pytest.mark.parametrize("suffix", [".expected.json", ".expected.html"])
@pytest.mark.parametrize("case", IDS)
def test_golden_files_hold_no_machine_paths(case: str, suffix: str) -> None:
    text = (FIXTURES / f"{case}{suffix}").read_text("utf-8")
    root = str(FIXTURES.parent)
    assert root not in text
    assert "/home/" not in text
    assert "/work/" not in text
    assert "/tmp/" not in text
