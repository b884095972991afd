"""Shared test configuration: hypothesis profiles and corpus access."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

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
