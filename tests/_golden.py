"""Golden-file cases: the project's fixture pairs, rendered and compared with fixtures/*.expected.*.

Regenerate after an intended change with::

    STATEMENTDIFF_UPDATE_GOLDEN=1 .venv/bin/pytest \
        tests/test_render_text.py tests/test_render_markdown.py
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from statementdiff import compare, parse
from statementdiff.models import Diff

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
UPDATE = os.environ.get("STATEMENTDIFF_UPDATE_GOLDEN") == "1"


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


def golden_diff(a: Path, b: Path) -> Diff:
    """Parse with the bare file name as source, so reports do not depend on the checkout path."""
    sa = parse(a.read_bytes(), format="text", source=a.name)
    sb = parse(b.read_bytes(), format="text", source=b.name)
    return compare(sa, sb)


def check_golden(path: Path, actual: str) -> None:
    """Compare with the golden file, or write it when STATEMENTDIFF_UPDATE_GOLDEN=1."""
    if UPDATE:
        path.write_text(actual, encoding="utf-8", newline="")
        return
    if not path.is_file():
        pytest.fail(
            f"{path.name} is missing; create it with STATEMENTDIFF_UPDATE_GOLDEN=1 "
            "pytest tests/test_render_text.py tests/test_render_markdown.py"
        )
    expected = path.read_text(encoding="utf-8")
    assert actual == expected, (
        f"{path.name} differs from the rendered report; if the change is intended, "
        "regenerate with STATEMENTDIFF_UPDATE_GOLDEN=1"
    )
