"""Benchmark compare_series on series of 5, 10, 20 and 40 statements.

Statements are real leaders' statements from ../shared/corpus, cycled when a series is longer
than the pool (a repeat is more than REVIVE_WINDOW statements away, so it is aligned like a
fresh text, not matched as a copy). Parsing is done once, outside the timings.

Reported per size: seconds per statement, the ratio of that to the 5-statement run (flat ≈ 1),
the ratio of the series time to a chain of plain ``compare`` calls over the same consecutive
pairs (the baseline, run in the same process), and peak traced memory per statement.

Run: ``.venv/bin/python benchmarks/bench_series.py [--sizes 5 10 20 40] [--repeat 1]``
``[--pool corpus]``

Times are CPU seconds (``time.process_time``): the machine is shared.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import json
import sys
import time
import tracemalloc
from pathlib import Path

from statementdiff import compare, compare_series, parse_file
from statementdiff.models import Statement

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
POOL = [
    "us-japan-2021-04-16-joint-leaders-statement",
    "us-rok-2021-05-21-leaders-joint-statement",
    "quad-2021-09-24-joint-statement",
    "us-india-2021-09-24-joint-leaders-statement",
    "us-rok-2022-05-21-leaders-joint-statement",
    "us-japan-2022-05-23-joint-leaders-statement",
    "quad-2022-05-24-joint-leaders-statement",
    "us-japan-rok-2022-11-13-phnom-penh-statement",
    "us-japan-2023-01-13-joint-statement",
    "quad-2023-05-20-leaders-joint-statement",
    "us-japan-rok-2023-08-18-spirit-of-camp-david",
    "us-japan-2025-02-07-joint-leaders-statement",
]


def load(pool: str = "leaders") -> list[Statement]:
    """The statements to cycle: the 12 leaders' statements, or every corpus text in date order."""
    if not (CORPUS / "MANIFEST.json").is_file():
        sys.exit(f"corpus not found at {CORPUS}")
    if pool == "leaders":
        return [parse_file(CORPUS / f"{slug}.txt") for slug in POOL]
    # every distinct text: the corpus statements, then their published versions (~80 in all)
    files = sorted(CORPUS.glob("*.txt")) + sorted((CORPUS / "versions").glob("*.txt"))
    return [parse_file(f) for f in files]


def series_of(pool: list[Statement], n: int) -> list[Statement]:
    return [pool[k % len(pool)] for k in range(n)]


def timed(fn: object, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        start = time.process_time()
        fn()  # type: ignore[operator]
        best = min(best, time.process_time() - start)
    return best


def peak_memory(items: list[Statement]) -> int:
    gc.collect()
    tracemalloc.start()
    compare_series(items)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[5, 10, 20, 40])
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--json", action="store_true", help="print the rows as JSON too")
    parser.add_argument(
        "--pool",
        choices=("leaders", "corpus"),
        default="leaders",
        help="leaders: cycle 12 leaders' statements; corpus: every corpus text, cycled past ~80",
    )
    args = parser.parse_args()
    pool = load(args.pool)
    words = sum(len(s.text.split()) for s in pool) // len(pool)
    print(f"pool: {len(pool)} statements, {words} words each on average")
    rows = []
    base = None
    base_kw = None
    for n in args.sizes:
        items = series_of(pool, n)
        t_series = timed(lambda items=items: compare_series(items), args.repeat)
        pairs = list(itertools.pairwise(items))
        t_chain = timed(lambda pairs=pairs: [compare(a, b) for a, b in pairs], args.repeat)
        mem = peak_memory(items)
        per = t_series / n
        base = base or per
        n_words = sum(len(s.text.split()) for s in items)
        per_kw = t_series / n_words * 1000
        base_kw = base_kw or per_kw
        rows.append(
            {
                "statements": n,
                "seconds": round(t_series, 3),
                "seconds_per_statement": round(per, 4),
                "per_statement_vs_first": round(per / base, 2),
                "ms_per_1000_words": round(per_kw * 1000, 2),
                "per_word_vs_first": round(per_kw / base_kw, 2),
                "series_vs_compare_chain": round(t_series / t_chain, 2) if t_chain else None,
                "peak_mib_per_statement": round(mem / n / 2**20, 3),
            }
        )
        print(rows[-1], flush=True)
    print()
    print(
        "| statements | seconds | s/statement | vs first | ms/1,000 words | vs first "
        "| vs compare chain | peak MiB/statement |"
    )
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for r in rows:
        print(
            f"| {r['statements']} | {r['seconds']} | {r['seconds_per_statement']} | "
            f"{r['per_statement_vs_first']} | {r['ms_per_1000_words']} | "
            f"{r['per_word_vs_first']} | {r['series_vs_compare_chain']} | "
            f"{r['peak_mib_per_statement']} |"
        )
    if args.json:
        print(json.dumps(rows, indent=2))


if __name__ == "__main__":
    main()
