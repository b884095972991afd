"""Score statementdiff's correspondences against the hand-made gold (docs/correspondence-gold.md).

Usage::

    .venv/bin/python benchmarks/correspondence/score.py [--split dev|held-out|all]
        [--thresholds 0.2,0.3,0.35,0.45] [--json]

For each gold pair, both statements are parsed and compared at each threshold; every aligned
pair (and every related link, once the Diff has them) links the gold sentences that contain
its clauses. Precision counts against S or P, recall against S; the last rows micro-average
the split. Held-out pairs are scored like dev pairs: read their scores, not their links.
"""

from __future__ import annotations

import argparse
import json
import sys
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from statementdiff import Diff, Statement, compare, parse_file

HERE = Path(__file__).resolve().parent
GOLD = HERE / "gold"
CORPUS = HERE.parents[2] / "shared" / "corpus"

Link = tuple[int, int]


@dataclass(frozen=True)
class Gold:
    """One gold file: its pair name, split, files, sentence units and links."""

    pair: str
    split: str
    a: str
    b: str
    units_a: tuple[tuple[int, int], ...]
    units_b: tuple[tuple[int, int], ...]
    sure: frozenset[Link]
    possible: frozenset[Link]


@dataclass(frozen=True)
class Score:
    """Counts behind precision and recall."""

    predicted: int
    correct: int
    sure: int
    found_sure: int

    @property
    def precision(self) -> float:
        """Correct predicted links ÷ predicted links (1.0 when nothing is predicted)."""
        return self.correct / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        """Sure links found ÷ sure links."""
        return self.found_sure / self.sure if self.sure else 1.0

    def __add__(self, other: Score) -> Score:
        return Score(
            self.predicted + other.predicted,
            self.correct + other.correct,
            self.sure + other.sure,
            self.found_sure + other.found_sure,
        )


def load_gold(path: Path) -> Gold:
    """Read and check one gold file."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    units_a = tuple((u[0], u[1]) for u in raw["units"]["a"])
    units_b = tuple((u[0], u[1]) for u in raw["units"]["b"])
    sure: set[Link] = set()
    possible: set[Link] = set()
    for link in raw["links"]:
        a, b = link["a"], link["b"]
        if not (0 <= a < len(units_a) and 0 <= b < len(units_b)):
            raise ValueError(f"{path.name}: link {a}-{b} is out of range")
        (sure if link["kind"] == "S" else possible).add((a, b))
    return Gold(
        raw["pair"], raw["split"], raw["a"], raw["b"], units_a, units_b,
        frozenset(sure), frozenset(possible - sure),
    )  # fmt: skip


def unit_of(units: Sequence[tuple[int, int]], offset: int) -> int | None:
    """The index of the unit whose span holds ``offset``, or None."""
    k = bisect_right([start for start, _ in units], offset) - 1
    if k >= 0 and units[k][0] <= offset < units[k][1]:
        return k
    return None


def predicted_links(diff: Diff, gold: Gold) -> set[Link]:
    """The gold sentence pairs that the diff's pairs (and related links) connect."""
    spans_a = {c.id: c.span.start for c in diff.a.clauses()}
    spans_b = {c.id: c.span.start for c in diff.b.clauses()}
    groups: list[tuple[Iterable[str], Iterable[str]]] = [(p.a, p.b) for p in diff.pairs]
    groups += [(r.a, r.b) for r in getattr(diff, "related", ())]
    links: set[Link] = set()
    for a_ids, b_ids in groups:
        ua = {unit_of(gold.units_a, spans_a[i]) for i in a_ids} - {None}
        ub = {unit_of(gold.units_b, spans_b[i]) for i in b_ids} - {None}
        links.update((x, y) for x in ua for y in ub if x is not None and y is not None)
    return links


def score(predicted: set[Link], gold: Gold) -> Score:
    """Precision against S or P, recall against S."""
    allowed = gold.sure | gold.possible
    return Score(
        predicted=len(predicted),
        correct=len(predicted & allowed),
        sure=len(gold.sure),
        found_sure=len(predicted & gold.sure),
    )


def _statement(name: str, cache: dict[str, Statement]) -> Statement:
    if name not in cache:
        cache[name] = parse_file(CORPUS / name)
    return cache[name]


def main(argv: list[str]) -> int:
    """Print precision and recall per pair and threshold."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="all", choices=["dev", "held-out", "all"])
    parser.add_argument("--thresholds", default="0.35")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--gold", type=Path, default=GOLD, help="folder of gold files")
    args = parser.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"skipped: {CORPUS} is absent", file=sys.stderr)
        return 0
    golds = [load_gold(p) for p in sorted(args.gold.glob("*.json"))]
    golds = [g for g in golds if args.split in ("all", g.split)]
    cache: dict[str, Statement] = {}
    rows = []
    for threshold in (float(t) for t in args.thresholds.split(",")):
        totals: dict[str, Score] = {}
        for gold in golds:
            a, b = _statement(gold.a, cache), _statement(gold.b, cache)
            diff = compare(a, b, threshold=threshold)
            s = score(predicted_links(diff, gold), gold)
            totals[gold.split] = totals.get(gold.split, Score(0, 0, 0, 0)) + s
            rows.append((threshold, gold.split, gold.pair, s))
        rows += [(threshold, split, "(all)", s) for split, s in sorted(totals.items())]
    if args.json:
        out = [
            {"threshold": t, "split": sp, "pair": p, "precision": round(s.precision, 3),
             "recall": round(s.recall, 3), "predicted": s.predicted, "sure": s.sure}
            for t, sp, p, s in rows
        ]  # fmt: skip
        json.dump(out, sys.stdout, indent=1)
        print()
        return 0
    print("| threshold | split | pair | predicted | sure | precision | recall |")
    print("| ---: | --- | --- | ---: | ---: | ---: | ---: |")
    for t, sp, p, s in rows:
        print(
            f"| {t:.2f} | {sp} | {p} | {s.predicted} | {s.sure} | {s.precision:.2f} | "
            f"{s.recall:.2f} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
