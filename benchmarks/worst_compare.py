"""Worst cases for compare(): time and peak memory of each, in a child process.

Run: .venv/bin/python benchmarks/worst_compare.py [--cases NAME ...] [--budget-s S]

Each case builds two texts, then a child process parses both (the *baseline*: reading
and splitting the two texts into clauses) and compares them. The child reports the
parse time, the compare time and its peak RSS (``ru_maxrss``); the child runs under
RLIMIT_AS and RLIMIT_CPU so that a case over budget is killed instead of swapping.
Cases:

* ``reorder-20k`` / ``reorder-200k``: one sentence of 20,000 / 200,000 words (no
  punctuation, so one clause a side), side b the same words shuffled: the word diff.
* ``identical-5000``: 5,000 copies of "We agree." against 4,999 (unequal counts, so no
  anchors), one per paragraph: the aligner on many equal candidates.
* ``distinct-Nx``: different statements of N times the size of the G7 2023 communiqué
  (about 1,500 clauses a side at 1x), sentences drawn from the word frequencies of
  the corpus (synthetic when the corpus is absent), four sentences per paragraph.
* ``revised-Nx``: the same, side b a revision of side a (a tenth of the sentences
  reworded, dropped, added or moved).
* ``max-clause``: one clause of 1,000,000 characters against a reworded copy.

The compare column is the whole of compare() (labels included); align and word diffs
time :class:`~statementdiff.align.aligner.Aligner` and :func:`word_diff` again on their
own. The table ends with scaling exponents of compare time and memory over the sizes of
``distinct`` and ``revised`` (log-log slope between the smallest and largest size).
"""

from __future__ import annotations

import argparse
import collections
import json
import math
import multiprocessing as mp
import random
import re
import resource
import sys
import time
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
G7_CHARS = 129_456  # size of the G7 2023 Hiroshima communiqué
BUDGET_S = 10.0
BUDGET_MB = 1024.0


def _vocabulary() -> tuple[list[str], list[int]]:
    """Words and their counts: the corpus's, or a synthetic Zipf vocabulary without it."""
    if CORPUS.is_dir():
        counts: collections.Counter[str] = collections.Counter()
        for path in sorted(CORPUS.glob("*.txt")):
            counts.update(re.findall(r"[A-Za-z]+", path.read_text("utf-8")))
        words = sorted(counts)
        return words, [counts[w] for w in words]
    rng = random.Random(7)
    letters = "abcdefghijklmnopqrstuvwxyz"
    words = sorted({"".join(rng.choices(letters, k=rng.randint(3, 10))) for _ in range(20_000)})
    return words, [max(1, 10_000 // (r + 1)) for r in range(len(words))]


def _sentences(rng: random.Random, n_chars: int, words: list[str], weights: list[int]) -> list[str]:
    out: list[str] = []
    total = 0
    while total < n_chars:
        picked = rng.choices(words, weights, k=rng.randint(5, 14))
        sentence = " ".join(picked).capitalize() + "."
        out.append(sentence)
        total += len(sentence) + 1
    return out


def _paragraphs(sentences: list[str]) -> str:
    return "\n\n".join(" ".join(sentences[k : k + 4]) for k in range(0, len(sentences), 4))


def _revise(rng: random.Random, sentences: list[str], words: list[str]) -> list[str]:
    out = list(sentences)
    for k in range(len(out)):
        roll = rng.random()
        if roll < 0.04:  # reword: replace two words
            toks = out[k].rstrip(".").split()
            for _ in range(2):
                toks[rng.randrange(len(toks))] = rng.choice(words)
            out[k] = " ".join(toks).capitalize() + "."
        elif roll < 0.06:
            out[k] = ""  # dropped
        elif roll < 0.08:
            out[k] += " " + " ".join(rng.choices(words, k=12)).capitalize() + "."  # added
    moved = [out.pop(rng.randrange(len(out))) for _ in range(len(out) // 50)]
    for s in moved:  # moved elsewhere
        out.insert(rng.randrange(len(out) + 1), s)
    return [s for s in out if s]


def build(name: str) -> tuple[str, str]:
    """The two texts of a case."""
    rng = random.Random(name)
    words, weights = _vocabulary()
    plain = [w.lower() for w in words]
    if name.startswith("reorder-"):
        n = int(float(name.split("-")[1].rstrip("k")) * 1000)
        toks = rng.choices(plain, weights, k=n)
        shuffled = list(toks)
        rng.shuffle(shuffled)
        return "We agree that " + " ".join(toks) + ".", "We agree that " + " ".join(shuffled) + "."
    if name == "identical-5000":
        return "\n\n".join(["We agree."] * 5000), "\n\n".join(["We agree."] * 4999)
    if name.startswith(("distinct-", "revised-")):
        k = float(name.split("-")[1].rstrip("x"))
        a = _sentences(rng, int(G7_CHARS * k), words, weights)
        if name.startswith("distinct-"):
            b = _sentences(rng, int(G7_CHARS * k), words, weights)
        else:
            b = _revise(rng, a, words)
        return _paragraphs(a), _paragraphs(b)
    if name == "max-clause":
        toks = rng.choices(plain, weights, k=170_000)
        first = "We agree that " + " ".join(toks) + "."
        edited = list(toks)
        for _ in range(len(edited) // 20):
            edited[rng.randrange(len(edited))] = rng.choice(plain)
        return first, "We agree that " + " ".join(edited) + "."
    raise SystemExit(f"unknown case {name!r}")


def _child(name: str, budget_s: float, budget_mb: float, out: mp.Queue[str]) -> None:
    resource.setrlimit(resource.RLIMIT_CPU, (int(budget_s * 12) + 60, int(budget_s * 12) + 70))
    limit = int(budget_mb * 2 * 2**20)
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    from statementdiff import compare, parse
    from statementdiff.align.aligner import Aligner
    from statementdiff.worddiff import word_diff

    a_text, b_text = build(name)
    t0 = time.perf_counter()
    a = parse(a_text, format="text")
    b = parse(b_text, format="text")
    t1 = time.perf_counter()
    diff = compare(a, b)
    t2 = time.perf_counter()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    # the parts this benchmark is about, timed again on their own
    ca, cb = [c.text for c in a.clauses()], [c.text for c in b.clauses()]
    t3 = time.perf_counter()
    Aligner().align(ca, cb)
    t4 = time.perf_counter()
    for p in diff.pairs:
        word_diff(a.text[p.a_span.start : p.a_span.end], b.text[p.b_span.start : p.b_span.end])
    t5 = time.perf_counter()
    n = len(list(a.clauses())) + len(list(b.clauses()))
    out.put(
        json.dumps(
            {
                "chars": len(a_text) + len(b_text),
                "clauses": n,
                "parse": t1 - t0,
                "compare": t2 - t1,
                "align": t4 - t3,
                "worddiff": t5 - t4,
                "rss": rss,
                "notes": list(diff.notes),
            }
        )
    )


def run(name: str, budget_s: float, budget_mb: float) -> dict[str, object]:
    """Run one case in a child process; its measures, or the reason it failed."""
    ctx = mp.get_context("spawn")
    q: mp.Queue[str] = ctx.Queue()
    p = ctx.Process(target=_child, args=(name, budget_s, budget_mb, q))
    t = time.perf_counter()
    p.start()
    p.join()
    wall = time.perf_counter() - t
    if p.exitcode != 0 or q.empty():
        return {"failed": f"exit code {p.exitcode} after {wall:.0f} s"}
    result: dict[str, object] = json.loads(q.get())
    return result


AT_LIMITS = ["reorder-2.8k", "identical-5000", "distinct-3.8x", "revised-3.8x"]
"""The largest cases the default ``Limits`` let through (about 500,000 characters a side,
one sentence of at most 3,000 words): ``--cases at-limits`` runs these."""

CASES = [
    "reorder-20k",
    "reorder-200k",
    "identical-5000",
    "max-clause",
    "distinct-1x",
    "distinct-4x",
    "distinct-8x",
    "distinct-16x",
    "revised-1x",
    "revised-4x",
    "revised-8x",
    "revised-16x",
]


def _slope(rows: dict[str, dict[str, object]], prefix: str, key: str) -> str:
    sized = [
        (float(str(r["clauses"])), float(str(r[key])))
        for n, r in rows.items()
        if n.startswith(prefix) and "failed" not in r
    ]
    if len(sized) < 2:
        return "n/a"
    (x0, y0), (x1, y1) = min(sized), max(sized)
    return f"{math.log(y1 / y0) / math.log(x1 / x0):.2f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", nargs="*", default=CASES, help="cases to run (all by default)")
    parser.add_argument("--budget-s", type=float, default=BUDGET_S, help="time budget per case")
    parser.add_argument("--budget-mb", type=float, default=BUDGET_MB, help="memory budget (MB)")
    args = parser.parse_args(argv)
    if args.cases == ["at-limits"]:
        args.cases = AT_LIMITS
    print(
        "| case | chars a+b | clauses a+b | parse (baseline) | compare | ratio | align "
        "| word diffs | peak RSS | ok |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    rows: dict[str, dict[str, object]] = {}
    over = 0
    for name in args.cases:
        r = rows[name] = run(name, args.budget_s, args.budget_mb)
        if "failed" in r:
            over += 1
            print(f"| {name} | | | | {r['failed']} | | | | | no |")
            continue
        t_parse, t_cmp, rss = float(str(r["parse"])), float(str(r["compare"])), float(str(r["rss"]))
        ok = t_cmp < args.budget_s and rss < args.budget_mb
        over += not ok
        note = f" ({'; '.join(map(str, r['notes']))})" if r["notes"] else ""  # type: ignore[call-overload]
        print(
            f"| {name} | {r['chars']:,} | {r['clauses']:,} | {t_parse:.2f} s | {t_cmp:.2f} s "
            f"| {t_cmp / t_parse:.1f} | {float(str(r['align'])):.2f} s "
            f"| {float(str(r['worddiff'])):.2f} s | {rss:.0f} MB | {'yes' if ok else 'no'}{note} |"
        )
        sys.stdout.flush()
    print()
    for prefix in ("distinct-", "revised-"):
        print(
            f"scaling {prefix.rstrip('-')}: time exponent {_slope(rows, prefix, 'compare')}, "
            f"memory exponent {_slope(rows, prefix, 'rss')}"
        )
    return 1 if over else 0


if __name__ == "__main__":
    raise SystemExit(main())
