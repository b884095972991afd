"""Parse throughput over the whole corpus, as words per second and as ratios to baselines.

Run: ``.venv/bin/python benchmarks/bench_parse.py [--repeat N]``

Measured in one process, best of N runs each:

* ``str.split()`` over every corpus file: the floor (reading words costs this much);
* the readers alone (``read_text`` / ``read_html``): blocks only;
* the full ``parse`` (readers, sentences and clauses, clause annotations).

Each figure is printed as words/s and as a ratio to the ``str.split()`` baseline, so it can
be compared across machines.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

from statementdiff import parse
from statementdiff.read.html import read_html
from statementdiff.read.text import read_text

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"


def best_of(repeat: int, run: Callable[[], object]) -> float:
    """The fastest of ``repeat`` timed runs, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> int:
    """Print the throughput table."""
    options = argparse.ArgumentParser(description=__doc__)
    options.add_argument("--repeat", type=int, default=3)
    args = options.parse_args()
    if not CORPUS.is_dir():
        print(f"corpus not found at {CORPUS}")
        return 1
    files = sorted(CORPUS.glob("*.txt")) + sorted(CORPUS.glob("*.html"))
    texts = [(p.suffix, p.read_text("utf-8")) for p in files]
    words = sum(len(t.split()) for _, t in texts)

    def baseline() -> None:
        for _, text in texts:
            text.split()

    def readers() -> None:
        for suffix, text in texts:
            if suffix == ".html":
                read_html(text)
            else:
                read_text(text)

    def full() -> None:
        for suffix, text in texts:
            parse(text, format="html" if suffix == ".html" else "text")

    parse(texts[0][1])  # warm caches (lexicons, compiled patterns)
    base = best_of(args.repeat, baseline)
    rows = [
        ("str.split() baseline", base),
        ("readers (blocks only)", best_of(args.repeat, readers)),
        ("parse() (full tree)", best_of(args.repeat, full)),
    ]
    print(f"corpus: {len(files)} files, {words:,} words (best of {args.repeat})")
    print(f"{'step':<24}{'seconds':>10}{'words/s':>14}{'x baseline':>12}")
    for label, seconds in rows:
        print(f"{label:<24}{seconds:>10.4f}{words / seconds:>14,.0f}{seconds / base:>12.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
