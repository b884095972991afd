"""Judged labels by the aligner's score of their pair, in bands (counts only).

Usage::

    .venv/bin/python benchmarks/labels/bands.py v2,v3 [--kinds stance-added,stance-dropped]
        [--edges 0,0.4,0.5,0.6,0.7,0.8,1.01]

A rule that gates labels by how loose their pair is (docs/label-precision.md, sessions 5
and 6) is decided on these tables: for the judged labels the code gives now, correct /
useless / wrong per similarity band, for the chosen kinds (all by default). Counts only, so
the held-out sets can be tabulated before a rule is written without reading their items.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from sample import SETS, _load, _parties  # noqa: E402
from status import _key  # noqa: E402

from statementdiff import compare  # noqa: E402


def main(argv: list[str]) -> int:
    """Print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", help="comma-separated sample names (v2,v3)")
    parser.add_argument("--kinds", default=None, help="comma-separated label kinds")
    parser.add_argument("--edges", default="0,0.4,0.5,0.6,0.7,0.8,1.01")
    args = parser.parse_args(argv)
    kinds = set(args.kinds.split(",")) if args.kinds else None
    edges = [float(x) for x in args.edges.split(",")]
    parties = _parties()
    counts: Counter[tuple[int, str]] = Counter()
    for name in args.sets.split(","):
        judged = {}
        for path in [HERE / f"sample-{name}.json", *sorted(HERE.glob(f"rejudge-{name}*.json"))]:
            for item in json.loads(path.read_text(encoding="utf-8"))["items"]:
                if item.get("judgment"):
                    judged[_key(item)] = item["judgment"]
        for _, x, y in SETS[name]:
            a, b = _load(x, parties), _load(y, parties)
            for pair in compare(a, b, related=False).pairs:
                band = next(k for k in range(len(edges) - 1) if pair.similarity < edges[k + 1])
                for c in pair.changes:
                    key = (x, pair.a, pair.b, c.kind, c.a_text, c.b_text, c.detail)
                    if key in judged and (kinds is None or c.kind in kinds):
                        counts[(band, judged[key])] += 1
    print("| score band | correct | useless | wrong |")
    print("| --- | ---: | ---: | ---: |")
    for k in range(len(edges) - 1):
        row = [counts[(k, j)] for j in ("correct", "useless", "wrong")]
        if any(row):
            print(f"| {edges[k]:.2f} to {edges[k + 1]:.2f} | {row[0]} | {row[1]} | {row[2]} |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
