"""Golden files: the one switch and the one helper every golden test uses.

A golden test renders something from the fixtures and compares it, byte for byte,
with a file under ``fixtures/`` (``*.expected.txt``, ``*.expected.md``,
``*.expected.json``, ``*.expected.html``, ``*.tree.json``) through
:func:`check_golden`.

The rule, the same for every golden test:

- Normally a missing golden file fails the test (it never skips), and a golden
  file that differs from the output fails it with the file's name.
- With ``STATEMENTDIFF_UPDATE_GOLDEN=1`` (exactly ``1``), every golden file that is
  missing or differs is written and the test passes; at the end of the session
  pytest prints a "golden files rewritten" section listing each file written
  (see ``pytest_terminal_summary`` in ``tests/conftest.py``). Review them with
  ``git diff fixtures/`` before committing. A file already up to date is not
  rewritten and not listed.

Regenerate every golden file after an intended change with::

    STATEMENTDIFF_UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_render_text.py \
        tests/test_render_markdown.py tests/test_golden_diff.py tests/test_segment.py
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from statementdiff import compare, parse
from statementdiff.models import Diff

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
UPDATE = os.environ.get("STATEMENTDIFF_UPDATE_GOLDEN") == "1"
REWRITTEN: list[Path] = []
"""Golden files written in this session (update mode only), for the session summary."""


def golden_cases() -> list[tuple[str, Path, Path]]:
    """(case, A file, B file): ``X-a.txt``/``X-b.txt`` and ``X.txt``/``X-revised.txt``."""
    cases = []
    for a in sorted(FIXTURES.glob("*-a.txt")):
        b = a.with_name(a.name[: -len("-a.txt")] + "-b.txt")
        if b.is_file():
            cases.append((a.name[: -len("-a.txt")], a, b))
    for b in sorted(FIXTURES.glob("*-revised.txt")):
        a = b.with_name(b.name[: -len("-revised.txt")] + ".txt")
        if a.is_file():
            cases.append((a.stem, a, b))
    return cases


def fixture(name: str) -> Path:
    """The path of ``fixtures/<name>``; fail (never skip) when the file is missing."""
    path = FIXTURES / name
    if not path.is_file():
        pytest.fail(f"fixture {path.name} is missing from {FIXTURES.name}/; restore it from git")
    return path


def golden_diff(a: Path, b: Path) -> Diff:
    """Parse with the bare file name as source, so outputs do not depend on the checkout path."""
    sa = parse(a.read_bytes(), format="text", source=a.name)
    sb = parse(b.read_bytes(), format="text", source=b.name)
    return compare(sa, sb)


def check_golden(path: Path, actual: str) -> None:
    """Compare ``actual`` with the golden file ``path`` (see the module docstring for the rule).

    Args:
        path: The golden file under ``fixtures/``.
        actual: What the code produces now.
    """
    if UPDATE:
        if not path.is_file() or path.read_bytes().decode("utf-8") != actual:
            path.write_text(actual, encoding="utf-8", newline="")
            REWRITTEN.append(path)
        return
    if not path.is_file():
        pytest.fail(
            f"golden file {path.name} is missing; create it with STATEMENTDIFF_UPDATE_GOLDEN=1 "
            "and review it (see tests/_golden.py)"
        )
    expected = path.read_bytes().decode("utf-8")
    assert actual == expected, (
        f"{path.name} differs from the output; if the change is intended, "
        "regenerate with STATEMENTDIFF_UPDATE_GOLDEN=1 and review `git diff fixtures/`"
    )
