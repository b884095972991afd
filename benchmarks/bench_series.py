"""Benchmark compare_series on series of 5, 10, 20, 40 and 80 statements.

Statements are real statements from ../shared/corpus, cycled when a series is longer than
the pool (a repeat is more than REVIVE_WINDOW statements away, so it is aligned like a fresh
text, not matched as a copy). Parsing is done once, outside the timings, and one small
series runs first to warm the process's caches (compiled patterns, stems), so that the
first size measured does not pay them.

Reported per size, all in one process: seconds per statement and per 1,000 words, each as a
ratio to the first size (flat ≈ 1); the same for the threads alone (``brief=False``: no
``compare`` per step); the ratio of the series time to a chain of plain ``compare`` calls
over the same consecutive pairs (the baseline); and, with ``--memory``, peak traced memory
per statement.

Pools: ``leaders`` cycles 12 leaders' statements (texts come back from 13 statements on);
``corpus`` takes every corpus text and version (~75 distinct); ``spread`` takes the same
texts ordered so that every prefix of 5 * 2**k statements holds a like mix of lengths
(sorted by length, then taken in van der Corput order), so that the first rows are not
dominated by whichever long communiqués come first in file-name order.

Run: ``.venv/bin/python benchmarks/bench_series.py [--sizes 5 10 20 40 80] [--repeat 2]``
``[--pool leaders|corpus|spread] [--memory]``

Times are CPU seconds (``time.process_time``), best of ``--repeat``: the machine is shared.
"""

from __future__ import annotations

import argparse
import functools
import gc
import itertools
import json
import sys
import time
import tracemalloc
from collections.abc import Callable
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
    """The statements to cycle (see the module docstring for the pools)."""
    if not (CORPUS / "MANIFEST.json").is_file():
        sys.exit(f"corpus not found at {CORPUS}")
    if pool == "leaders":
        return [parse_file(CORPUS / f"{slug}.txt") for slug in POOL]
    # every distinct text: the corpus statements, then their published versions (~75 in all)
    files = sorted(CORPUS.glob("*.txt")) + sorted((CORPUS / "versions").glob("*.txt"))
    texts = [parse_file(f) for f in files]
    return spread(texts) if pool == "spread" else texts


def spread(statements: list[Statement]) -> list[Statement]:
    """The statements sorted by length, then taken in van der Corput order of their rank.

    The k-th statement taken is the one at the k-th point of the base-2 van der Corput
    sequence (0, 1/2, 1/4, 3/4, ...) along the sorted list, skipping any taken already:
    every prefix of the result is then an even sample of the lengths.
    """
    by_length = sorted(statements, key=lambda s: (len(s.text), s.text))
    taken: dict[int, None] = {}
    k = 0
    while len(taken) < len(by_length):
        point, denominator, rest = 0.0, 1, k
        while rest:
            denominator *= 2
            point += (rest % 2) / denominator
            rest //= 2
        taken.setdefault(int(point * len(by_length)), None)
        k += 1
    return [by_length[rank] for rank in taken]


def series_of(pool: list[Statement], n: int) -> list[Statement]:
    """The first ``n`` statements of the pool, cycled."""
    return [pool[k % len(pool)] for k in range(n)]


def timed(fn: Callable[[], object], repeat: int) -> float:
    """Best CPU time of ``repeat`` calls."""
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        start = time.process_time()
        fn()
        best = min(best, time.process_time() - start)
    return best


def _chain(pairs: list[tuple[Statement, Statement]]) -> None:
    for a, b in pairs:
        compare(a, b)


def peak_memory(items: list[Statement]) -> int:
    """Peak memory traced while comparing the series."""
    gc.collect()
    tracemalloc.start()
    compare_series(items)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[5, 10, 20, 40, 80])
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--json", action="store_true", help="print the rows as JSON too")
    parser.add_argument("--memory", action="store_true", help="measure peak traced memory")
    parser.add_argument("--no-chain", action="store_true", help="skip the compare chain")
    parser.add_argument(
        "--pool",
        choices=("leaders", "corpus", "spread"),
        default="leaders",
        help="leaders: 12 leaders' statements cycled; corpus: every corpus text in file "
        "order; spread: the same texts with every prefix an even sample of lengths",
    )
    args = parser.parse_args()
    pool = load(args.pool)
    words = sum(len(s.text.split()) for s in pool) // len(pool)
    print(f"pool: {len(pool)} statements, {words} words each on average")
    compare_series(series_of(pool[::-1], 3))  # warm the caches
    rows = []
    first: dict[str, float] = {}
    for n in args.sizes:
        items = series_of(pool, n)
        n_words = sum(len(s.text.split()) for s in items)
        t_series = timed(functools.partial(compare_series, items), args.repeat)
        t_threads = timed(functools.partial(compare_series, items, brief=False), args.repeat)
        pairs = list(itertools.pairwise(items))
        t_chain = 0.0 if args.no_chain else timed(functools.partial(_chain, pairs), args.repeat)
        figures = {
            "per": t_series / n,
            "per_kw": t_series / n_words * 1000,
            "threads_per": t_threads / n,
            "threads_per_kw": t_threads / n_words * 1000,
        }
        for key, value in figures.items():
            first.setdefault(key, value)
        row = {
            "statements": n,
            "words": n_words,
            "seconds": round(t_series, 3),
            "seconds_per_statement": round(figures["per"], 4),
            "per_statement_vs_first": round(figures["per"] / first["per"], 2),
            "ms_per_1000_words": round(figures["per_kw"] * 1000, 2),
            "per_word_vs_first": round(figures["per_kw"] / first["per_kw"], 2),
            "threads_seconds": round(t_threads, 3),
            "threads_per_statement_vs_first": round(
                figures["threads_per"] / first["threads_per"], 2
            ),
            "threads_ms_per_1000_words": round(figures["threads_per_kw"] * 1000, 2),
            "threads_per_word_vs_first": round(
                figures["threads_per_kw"] / first["threads_per_kw"], 2
            ),
            "series_vs_compare_chain": round(t_series / t_chain, 2) if t_chain else None,
        }
        if args.memory:
            row["peak_mib_per_statement"] = round(peak_memory(items) / n / 2**20, 3)
        rows.append(row)
        print(row, flush=True)
    print()
    print(
        "| statements | words | s | s/statement | vs first | ms/1,000 words | vs first "
        "| threads s | threads vs first (statement) | threads ms/1,000 words "
        "| threads vs first (words) | vs compare chain | peak MiB/statement |"
    )
    print("|" + " ---: |" * 13)
    for r in rows:
        print(
            f"| {r['statements']} | {r['words']:,} | {r['seconds']} | "
            f"{r['seconds_per_statement']} | {r['per_statement_vs_first']} | "
            f"{r['ms_per_1000_words']} | {r['per_word_vs_first']} | {r['threads_seconds']} | "
            f"{r['threads_per_statement_vs_first']} | {r['threads_ms_per_1000_words']} | "
            f"{r['threads_per_word_vs_first']} | {r['series_vs_compare_chain']} | "
            f"{r.get('peak_mib_per_statement', '')} |"
        )
    if args.json:
        print(json.dumps(rows, indent=2))


if __name__ == "__main__":
    main()
