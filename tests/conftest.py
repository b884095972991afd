"""Shared test configuration: hypothesis profiles, corpus access, the golden-file summary."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

from _golden import REWRITTEN, UPDATE

settings.register_profile("dev", max_examples=60, deadline=None)
settings.register_profile(
    "ci",
    max_examples=60,
    deadline=None,
    derandomize=True,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
CORPUS = ROOT.parent / "shared" / "corpus"


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """The shared corpus folder beside the repository; skip when it is absent."""
    if not (CORPUS / "MANIFEST.json").is_file():
        pytest.skip(
            f"corpus not found at {CORPUS} (it sits beside the repo on dev and CI machines)"
        )
    return CORPUS


@pytest.fixture(scope="session")
def manifest(corpus_dir: Path) -> list[dict[str, Any]]:
    """MANIFEST.json of the shared corpus."""
    data: list[dict[str, Any]] = json.loads((corpus_dir / "MANIFEST.json").read_text("utf-8"))
    return data


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """In golden update mode, list every golden file the session wrote (see tests/_golden.py)."""
    if not UPDATE:
        return
    terminalreporter.write_sep("=", f"golden files rewritten: {len(REWRITTEN)}", yellow=True)
    for path in REWRITTEN:
        terminalreporter.write_line(f"  {path.parent.name}/{path.name}")
    if REWRITTEN:
        terminalreporter.write_line("review them with `git diff fixtures/` before committing")
