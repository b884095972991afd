"""Where the missed items of the analyst lists stand in the diff (counts only).

Usage::

    .venv/bin/python benchmarks/brief/misses.py gold|heldout

For each list item the first dozen does not hit: which sides carry its key words (both,
A only, B only), whether any finding hits it further down (and where), and for its key
clauses whether they are paired, found on one side only, and cited by some finding.
Counts only, so the held-out lists can be read without reading their items.
"""

from __future__ import annotations

import sys
import tomllib
from collections import Counter

from score import CORPUS, HERE, TOP, _fold, hits

from statementdiff import compare, parse_file


def main(argv: list[str]) -> int:
    """Print the counts of the missed items of one folder of lists."""
    folder = argv[0] if argv else "gold"
    counts: Counter[tuple[str, str, str]] = Counter()
    for path in sorted((HERE / folder).glob("*.toml")):
        gold = tomllib.loads(path.read_text("utf-8"))
        diff = compare(parse_file(CORPUS / gold["a"]), parse_file(CORPUS / gold["b"]))
        one_sided = ({o.id for o in diff.only_a}, {o.id for o in diff.only_b})
        cited = ({i for f in diff.brief for i in f.a}, {i for f in diff.brief for i in f.b})
        for item in gold["item"]:
            rank = next((k for k, f in enumerate(diff.brief) if hits(diff, f, item)), None)
            if rank is not None and rank < TOP:
                continue
            sides = [s for s, keys in ((0, item["a_keys"]), (1, item["b_keys"])) if keys]
            shape = {0: "A only", 1: "B only"}[sides[0]] if len(sides) == 1 else "both"
            where = "no finding" if rank is None else f"rank {TOP + 1}-48" if rank < 48 else "49+"
            state = []
            for side in sides:
                statement = diff.a if side == 0 else diff.b
                keys = item["a_keys"] if side == 0 else item["b_keys"]
                folded = [_fold(k) for k in keys]
                ids = {c.id for c in statement.clauses() if any(k in _fold(c.text) for k in folded)}
                state.append(
                    ("one-sided" if ids & one_sided[side] else "paired")
                    + ("/cited" if ids & cited[side] else "/not cited")
                )
            counts[(shape, where, ", ".join(state))] += 1
    for key, n in sorted(counts.items()):
        print(f"{n:3}  {' | '.join(key)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
