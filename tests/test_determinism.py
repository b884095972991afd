"""Byte-identical output across processes, whatever Python's string-hash seed.

Sets and dicts of strings iterate in an order that depends on ``PYTHONHASHSEED``; a
single-process test cannot see output that leaks that order, so these run the library
in child processes with different seeds and compare the bytes.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

_SCRIPT = """
import hashlib, sys
from pathlib import Path
import statementdiff
root = Path(sys.argv[1])
us, japan, rok = "United States", "Japan", "Republic of Korea"
a = statementdiff.parse_file(root / "fixtures/leaders-2031-a.txt", parties=[us, japan])
b = statementdiff.parse_file(root / "fixtures/leaders-2031-b.txt", parties=[us, rok])
series_dir = root / "fixtures/series"
series = statementdiff.compare_series(
    [statementdiff.parse_file(p) for p in sorted(series_dir.glob("us-rok-*.txt"))]
)
diff = statementdiff.compare(a, b)
parts = [
    a.to_json(), diff.to_json(), diff.to_markdown(), diff.to_text(), diff.to_html(),
    statementdiff.compare(a, b, topic="taiwan").to_json(), series.to_json(),
]
print(hashlib.sha256("\\x00".join(parts).encode()).hexdigest())
"""


def _digest(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT, str(ROOT)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


@pytest.mark.parametrize("seeds", [("0", "1", "4242")])
def test_output_is_byte_identical_across_hash_seeds(seeds: tuple[str, ...]) -> None:
    digests = {_digest(seed) for seed in seeds}
    assert len(digests) == 1, digests
    assert len(next(iter(digests))) == len(hashlib.sha256().hexdigest())
