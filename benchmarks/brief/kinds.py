"""How well the brief's word for a one-sided clause fits it: commitment or position.

Usage::

    .venv/bin/python benchmarks/brief/kinds.py [kindfit-s14.json]

For each judged clause (``commitment``, ``position`` or ``neither``, judged blind), finds
the finding the current code makes of it and counts how often its kind (commitment-* or
position-*) is the judged one. Counts only: no clause is printed.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from statementdiff import compare, parse_file

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parents[1].parent / "shared" / "corpus"


def main(argv: list[str]) -> int:
    """Print the counts of (current word, judged word)."""
    if not CORPUS.is_dir():
        print(f"corpus not found at {CORPUS}; nothing to score")
        return 0
    path = Path(argv[0]) if argv else HERE / "kindfit-s14.json"
    items = json.loads(path.read_text(encoding="utf-8"))["items"]
    briefs = {}
    counts: Counter[tuple[str, str]] = Counter()
    for item in items:
        pair = (item["a_file"], item["b_file"])
        if pair not in briefs:
            briefs[pair] = compare(parse_file(CORPUS / pair[0]), parse_file(CORPUS / pair[1])).brief
        word = next(
            (
                f.kind.split("-")[0]
                for f in briefs[pair]
                if item["clause"] in (*f.a, *f.b)
                and f.kind.split("-")[0] in ("commitment", "position")
            ),
            "none",
        )
        counts[(word, item["judgment"])] += 1
    fits = sum(n for (word, judged), n in counts.items() if word == judged)
    for (word, judged), n in sorted(counts.items()):
        print(f"{word:>10} judged {judged:<10} {n}")
    print(f"fits {fits} of {sum(counts.values())}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
