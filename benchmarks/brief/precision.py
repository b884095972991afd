"""Precision of the brief's first dozen on pairs no analyst list covers, judged blind.

Usage::

    .venv/bin/python benchmarks/brief/precision.py [precision/NAME.json ...]

Each file under ``precision/`` freezes a set of pairs (drawn with a seed, before the code
it measures was written) and holds judgments of the findings the brief put in its first
dozen: ``right`` (true, its kind fits, worth reading), ``trivial`` (true, not worth
reading) or ``wrong`` (false or misleading: a counterpart the other side has in other
words, a statistic called a pledge, a heading called a position, a misquotation). The
script runs the brief on every pair and prints, per file, how the first dozen findings of
the current code are judged; a finding no judgment covers is counted as unjudged. Counts
only: no finding is printed.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from statementdiff import compare, parse_file

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parents[1].parent / "shared" / "corpus"
TOP = 12


def score(path: Path) -> Counter[str]:
    """Judged counts of the first dozen findings of every pair of one file."""
    frozen = json.loads(path.read_text(encoding="utf-8"))
    judged: dict[str, str] = {}
    for item in frozen["items"]:
        if item.get("judgment"):
            judged[_key(item["a_file"], item["b_file"], item["summary"])] = item["judgment"]
    counts: Counter[str] = Counter()
    for a, b in frozen["pairs"]:
        diff = compare(parse_file(CORPUS / a), parse_file(CORPUS / b))
        for finding in diff.brief[:TOP]:
            counts[judged.get(_key(a, b, finding.summary), "unjudged")] += 1
    return counts


def _key(a: str, b: str, summary: str) -> str:
    return f"{a}\x00{b}\x00{summary}"


def main(argv: list[str]) -> int:
    """Print one line of counts per file."""
    if not CORPUS.is_dir():
        print(f"corpus not found at {CORPUS}; nothing to score")
        return 0
    paths = [Path(a) for a in argv] or sorted((HERE / "precision").glob("*.json"))
    for path in paths:
        c = score(path)
        n = sum(c.values())
        print(
            f"{path.stem}: right {c['right']}, trivial {c['trivial']}, wrong {c['wrong']}, "
            f"unjudged {c['unjudged']} of {n} ({c['wrong'] / n:.0%} wrong)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
