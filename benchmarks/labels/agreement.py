"""Agreement between two judges of one label sample.

Usage::

    .venv/bin/python benchmarks/labels/agreement.py sample-v7.json sample-v7-judge2.json

Both files hold the same items (matched by ``id``), each judged ``correct``, ``useless`` or
``wrong``. Prints each judge's counts, the confusion matrix, the share of items both judge
alike and Cohen's kappa (agreement beyond what the two judges' own rates give by chance),
for the three judgments and for "wrong" against the rest.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
JUDGMENTS = ("correct", "useless", "wrong")


def kappa(pairs: list[tuple[str, str]], labels: tuple[str, ...]) -> tuple[float, float]:
    """Observed agreement and Cohen's kappa of ``(first, second)`` judgments."""
    n = len(pairs)
    observed = sum(a == b for a, b in pairs) / n
    first, second = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    chance = sum(first[x] * second[x] for x in labels) / (n * n)
    return observed, (observed - chance) / (1 - chance) if chance < 1 else 1.0


def main(argv: list[str]) -> int:
    """Print the table."""
    one, two = (json.loads((HERE / name).read_text("utf-8"))["items"] for name in argv[:2])
    second = {item["id"]: item["judgment"] for item in two}
    pairs = [(item["judgment"], second[item["id"]]) for item in one if item["id"] in second]
    print(f"{len(pairs)} items judged by both")
    for name, column in ((argv[0], 0), (argv[1], 1)):
        counts = Counter(p[column] for p in pairs)
        print(f"  {name}: " + ", ".join(f"{counts[x]} {x}" for x in JUDGMENTS))
    matrix = Counter(pairs)
    print("\n| first \\ second | " + " | ".join(JUDGMENTS) + " |")
    print("| --- |" + " ---: |" * len(JUDGMENTS))
    for a in JUDGMENTS:
        print(f"| {a} | " + " | ".join(str(matrix[(a, b)]) for b in JUDGMENTS) + " |")
    observed, k = kappa(pairs, JUDGMENTS)
    print(f"\nagreement {observed:.0%}, Cohen's kappa {k:.2f}")
    wrong = [("wrong" if a == "wrong" else "other", "wrong" if b == "wrong" else "other")
             for a, b in pairs]  # fmt: skip
    observed, k = kappa(wrong, ("wrong", "other"))
    print(f"wrong against the rest: agreement {observed:.0%}, Cohen's kappa {k:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
