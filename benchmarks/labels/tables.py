"""Every label sample's judged counts with the current code, one line each.

Usage::

    .venv/bin/python benchmarks/labels/tables.py [v2 v3 ...]

For each set (all of ``sample.SETS`` by default) prints correct / useless / wrong of the
judged labels the code still gives (as ``status.py`` counts them) and the wrong share.
Counts only: no item is shown, so the held-out sets can be read without reading their items.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from sample import SETS  # noqa: E402


def main(argv: list[str]) -> int:
    """Print one line per set."""
    names = argv or sorted(SETS, key=lambda n: int(n[1:]))
    for name in names:
        run = subprocess.run(
            [sys.executable, str(HERE / "status.py"), "--set", name],
            capture_output=True,
            text=True,
            check=True,
        )
        row = next(line for line in run.stdout.splitlines() if line.startswith("| **all**"))
        cells = [c.strip(" *") for c in row.strip("|").split("|")]
        print(f"{name:>4}  correct {cells[1]:>3}  useless {cells[2]:>3}  wrong {cells[3]:>3}  "
              f"({cells[4]} wrong)")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
