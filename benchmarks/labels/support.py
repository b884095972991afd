"""Judged labels by the support of their pair and by the "said elsewhere" flag (counts only).

Usage::

    .venv/bin/python benchmarks/labels/support.py [v2 v3 ...]

A pair's *support* is the number of other pairs between its two paragraphs (a passage
that corresponds has several). For each judged label the code gives now (as
``status.py`` finds them), prints correct / useless / wrong by support (0, 1, 2, 3 or
more), by support and score (under 0.4 / 0.5), and by ``Change.elsewhere``, for the
development sets and then for the held-out ones (v2, v3, v5) and v27 (docs/label-precision.md,
session 20). Counts only: no item is shown.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from sample import SETS, _load, _parties  # noqa: E402
from status import _key  # noqa: E402

from statementdiff import compare  # noqa: E402

HELD_OUT = ("v2", "v3", "v5")
CLOSING = ("v27",)


def _paragraph(clause_id: str) -> str:
    return clause_id.rsplit(".", 2)[0]


def _judged(name: str) -> dict[Any, dict[str, Any]]:
    items = json.loads((HERE / f"sample-{name}.json").read_text("utf-8"))["items"]
    judged = {_key(i): i for i in items}
    for path in sorted(HERE.glob(f"rejudge-{name}*.json")):
        for item in json.loads(path.read_text("utf-8"))["items"]:
            judged[_key(item)] = item
    return judged


def rows(names: list[str]) -> list[dict[str, Any]]:
    """One row per judged label the code gives on the pairs of ``names``."""
    parties = _parties()
    out: list[dict[str, Any]] = []
    for name in names:
        judged = _judged(name)
        for _, x, y in SETS[name]:
            diff = compare(_load(x, parties), _load(y, parties), related=False)
            spans = [
                ({_paragraph(c) for c in p.a}, {_paragraph(c) for c in p.b}, p) for p in diff.pairs
            ]
            for pair in diff.pairs:
                mine_a = {_paragraph(c) for c in pair.a}
                mine_b = {_paragraph(c) for c in pair.b}
                support = sum(
                    1 for pa, pb, q in spans if q is not pair and pa & mine_a and pb & mine_b
                )
                for c in pair.changes:
                    item = judged.get((x, pair.a, pair.b, c.kind, c.a_text, c.b_text, c.detail))
                    if item and item.get("judgment"):
                        row = {"set": name, "judgment": item["judgment"], "support": support}
                        row |= {"similarity": pair.similarity, "elsewhere": c.elsewhere}
                        out.append(row)
    return out


def _table(title: str, data: list[dict[str, Any]], band: Callable[[dict[str, Any]], str]) -> None:
    counts: Counter[tuple[str, str]] = Counter((band(r), r["judgment"]) for r in data)
    print(title)
    for b in sorted({k for k, _ in counts}):
        c, u, w = (counts[(b, j)] for j in ("correct", "useless", "wrong"))
        print(f"  {b:<28} correct {c:4}  useless {u:4}  wrong {w:4}")


def main(argv: list[str]) -> int:
    """Print the tables."""
    names = argv or sorted(SETS, key=lambda n: int(n[1:]))
    data = rows(names)
    groups = {
        "development": [r for r in data if r["set"] not in (*HELD_OUT, *CLOSING)],
        "held-out v2, v3, v5": [r for r in data if r["set"] in HELD_OUT],
        "closing v27": [r for r in data if r["set"] in CLOSING],
    }
    for label, group in groups.items():
        if not group:
            continue
        print(f"== {label}")
        _table("support", group, lambda r: str(min(r["support"], 3)))
        _table(
            "support 0 and score under 0.4",
            group,
            lambda r: "yes" if r["support"] == 0 and r["similarity"] < 0.4 else "no",
        )
        _table("said elsewhere", group, lambda r: "yes" if r["elsewhere"] else "no")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
