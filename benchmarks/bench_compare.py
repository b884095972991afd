"""End-to-end compare() time and peak memory next to difflib and a whole-text dmp word diff.

Run: .venv/bin/python benchmarks/bench_compare.py [--repeat N] [--no-scaling]
(needs ../shared/corpus).
Prints a Markdown table; ratios are against difflib.SequenceMatcher over word lists
(autojunk=False), measured in the same process on the same texts.
"""

from __future__ import annotations

import argparse
import difflib
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

from statementdiff import Statement, compare, parse, parse_file
from statementdiff.worddiff import word_diff

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
PAIRS = [
    (
        "d-isis versions",
        "versions/d-isis-2022-05-11-ministers-joint-communique@0d89a87f4.txt",
        "versions/d-isis-2022-05-11-ministers-joint-communique@5027862a3.txt",
    ),
    (
        "US-Japan 2021 vs US-ROK 2021",
        "us-japan-2021-04-16-joint-leaders-statement.txt",
        "us-rok-2021-05-21-leaders-joint-statement.txt",
    ),
    (
        "Quad 2022 vs Quad 2023",
        "quad-2022-05-24-joint-leaders-statement.txt",
        "quad-2023-05-20-leaders-joint-statement.txt",
    ),
    (
        "US-India 2023-06 versions",
        "versions/us-india-2023-06-22-joint-statement@1ce6a6ac5.txt",
        "versions/us-india-2023-06-22-joint-statement@396264b60.txt",
    ),
    (
        "G7 2021 vs G7 2023",
        "g7-2021-06-13-carbis-bay-communique.txt",
        "g7-2023-05-20-hiroshima-communique.txt",
    ),
    (
        "G7 2023 vs G7 2024",
        "g7-2023-05-20-hiroshima-communique.txt",
        "g7-2024-06-14-apulia-communique.txt",
    ),
]
DMP_MAX_WORDS = 8000  # the whole-text dmp baseline is quadratic-ish; skip it above this


def best(fn: Callable[[], Any], repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def peak(fn: Callable[[], Any]) -> float:
    tracemalloc.start()
    fn()
    _, top = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return top / 2**20


def difflib_words(a: Statement, b: Statement) -> None:
    difflib.SequenceMatcher(None, a.text.split(), b.text.split(), autojunk=False).get_opcodes()


def row(name: str, a: Statement, b: Statement, repeat: int = 3) -> str:
    words = (len(a.text.split()), len(b.text.split()))
    clauses = (len(list(a.clauses())), len(list(b.clauses())))
    t_cmp = best(lambda: compare(a, b), repeat)
    t_dl = best(lambda: difflib_words(a, b), repeat)
    m_cmp = peak(lambda: compare(a, b))
    m_dl = peak(lambda: difflib_words(a, b))
    if max(words) <= DMP_MAX_WORDS:
        t_dmp = best(lambda: word_diff(a.text, b.text), repeat=1)
        dmp = f"{t_dmp * 1000:.0f} ms ({t_dmp / t_dl:.2f}x)"
    else:
        dmp = "skipped"
    return (
        f"| {name} | {words[0]}/{words[1]} | {clauses[0]}/{clauses[1]} | {t_cmp * 1000:.0f} ms "
        f"| {t_dl * 1000:.0f} ms | **{t_cmp / t_dl:.2f}** | {dmp} "
        f"| {m_cmp:.1f} MB | {m_dl:.1f} MB |"
    )


def scaling(a_text: str, b_text: str) -> list[str]:
    lines = []
    base = None
    for k in (1, 2, 4, 8):
        a = parse("\n\n".join([a_text] * k), format="text")
        b = parse("\n\n".join([b_text] * k), format="text")
        n = len(list(a.clauses())) + len(list(b.clauses()))
        t = best(lambda a=a, b=b: compare(a, b), repeat=2)
        base = base or t / n
        lines.append(f"| {k}x | {n} | {t * 1000:.0f} ms | {t / n / base:.2f} |")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per measure (best kept)")
    parser.add_argument("--no-scaling", action="store_true", help="skip the scaling tables")
    args = parser.parse_args(argv)
    if not (CORPUS / "MANIFEST.json").is_file():
        print(f"corpus not found at {CORPUS}", file=sys.stderr)
        return 2
    print(
        "| pair | words a/b | clauses a/b | compare | difflib words | ratio | dmp whole text "
        "| compare peak | difflib peak |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for name, x, y in PAIRS:
        a = parse_file(CORPUS / x, format="text")
        b = parse_file(CORPUS / y, format="text")
        compare(a, b)  # warm caches (stems, aliases)
        print(row(name, a, b, args.repeat))
    print()
    if args.no_scaling:
        return 0
    for label, x, y in (
        ("revision (d-isis versions)", PAIRS[0][1], PAIRS[0][2]),
        ("cross-statement (US-Japan vs US-ROK 2021)", PAIRS[1][1], PAIRS[1][2]),
    ):
        print(f"Scaling, {label}, each side concatenated k times:\n")
        print("| k | clauses a+b | compare | time per clause / 1x |")
        print("|---|---|---|---|")
        a_text = (CORPUS / x).read_text("utf-8")
        b_text = (CORPUS / y).read_text("utf-8")
        for line in scaling(a_text, b_text):
            print(line)
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
