"""End to end: statementdiff next to difflib, redlines and ``git diff --word-diff``.

Run: ``.venv/bin/python benchmarks/bench_e2e.py [--repeat 3] [--scale 1 2 4 8 16]``
(needs ../shared/corpus; redlines only when installed: ``pip install -e ".[bench]"``).

Three tables, Markdown, each measured side by side in one run:

1. **Pairs, in one process, interleaved** (every tool once per round, best of ``--repeat``
   rounds): the *floor* (read both files and split them into words and lines), difflib
   (read + ``SequenceMatcher(None, words_a, words_b, autojunk=False).get_opcodes()``),
   redlines (read + ``Redlines(a, b).output_markdown``), statementdiff ``compare`` on
   statements already parsed, and statementdiff end to end (``parse_file`` both + ``compare``
   + JSON + HTML). Ratios are statementdiff / peer (above 1 is slower). Peak memory of one
   end-to-end run and of one difflib run by ``tracemalloc``.
2. **Whole processes**, interleaved, best of ``--repeat``: ``python -c pass`` (the floor),
   ``statementdiff --help``, ``statementdiff parse``, ``statementdiff compare`` (JSON to a
   file; a tiny, the seed and the G7 pair) and ``git diff --no-index --word-diff`` (when git
   is present). The commands run as the installed program does (``main()`` reading
   ``sys.argv``; it starts one OpenBLAS thread unless the environment sets a number). With
   ``--baseline DIR`` (a checkout or ``git archive`` of another commit) every statementdiff
   command also runs on ``DIR/src`` (``PYTHONPATH``), interleaved with this tree's, and the
   table gives both and their ratio.
3. **Scaling on different statements**: side a is G7 2021 followed by other corpus
   statements, side b G7 2023 followed by others (two disjoint pools, cycled), each cut at
   k x 14,006 words; each k runs in a fresh child process (peak RSS from ``getrusage``,
   address space capped by ``--mem-limit``). The exponent is the slope of log time over log
   words against the previous row, and over all rows.

Times are CPU seconds (user + system, of the process and its children) unless ``--wall``: on a
shared, loaded machine they vary far less than wall-clock time. Compare ratios, not absolute
figures. Child processes run without ``PYTHONDONTWRITEBYTECODE`` so that, as in an installed
package, the bytecode is cached after the warm-up run.
"""

from __future__ import annotations

import argparse
import contextlib
import difflib
import gc
import io
import json
import math
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
UNIT_WORDS = 14_006  # G7 2021, the 1x size of the scaling rows

TINY = (
    "We reaffirm our commitment to peace and stability across the Taiwan Strait.\n",
    "We strongly reaffirm our shared commitment to peace, stability and prosperity "
    "across the Taiwan Strait.\n",
)
PAIRS = [
    (
        "revision: D-ISIS versions",
        "versions/d-isis-2022-05-11-ministers-joint-communique@0d89a87f4.txt",
        "versions/d-isis-2022-05-11-ministers-joint-communique@5027862a3.txt",
    ),
    (
        "revision: LA migration versions",
        "versions/multi-2022-06-10-los-angeles-declaration-migration@4f6245ceb.txt",
        "versions/multi-2022-06-10-los-angeles-declaration-migration@e75eba511.txt",
    ),
    (
        "revision: US-India 2023-06 versions",
        "versions/us-india-2023-06-22-joint-statement@1ce6a6ac5.txt",
        "versions/us-india-2023-06-22-joint-statement@396264b60.txt",
    ),
    (
        "seed: US-Japan 2021 x US-ROK 2021",
        "us-japan-2021-04-16-joint-leaders-statement.txt",
        "us-rok-2021-05-21-leaders-joint-statement.txt",
    ),
    (
        "G7: 2021 x 2023",
        "g7-2021-06-13-carbis-bay-communique.txt",
        "g7-2023-05-20-hiroshima-communique.txt",
    ),
]


# ----------------------------------------------------------------------------- tools


def floor(a: Path, b: Path) -> None:
    for p in (a, b):
        text = p.read_text(encoding="utf-8")
        text.split()
        text.splitlines()


def difflib_e2e(a: Path, b: Path) -> None:
    wa = a.read_text(encoding="utf-8").split()
    wb = b.read_text(encoding="utf-8").split()
    difflib.SequenceMatcher(None, wa, wb, autojunk=False).get_opcodes()


def redlines_e2e(a: Path, b: Path) -> None:
    from redlines import Redlines

    Redlines(a.read_text(encoding="utf-8"), b.read_text(encoding="utf-8")).output_markdown  # noqa: B018


def has_redlines() -> bool:
    try:
        import redlines  # noqa: F401
    except ImportError:
        return False
    return True


def sd_e2e(a: Path, b: Path) -> None:
    from statementdiff import compare, parse_file

    diff = compare(parse_file(a), parse_file(b))
    diff.to_json()
    diff.to_html()


def cpu_now() -> float:
    """CPU seconds of this process and its finished children (user + system)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


CLOCK = cpu_now
"""The timer: CPU time (``--wall`` switches to wall-clock time)."""


def best_of(fns: dict[str, Callable[[], Any]], repeat: int) -> dict[str, float]:
    """Best time of each function, the functions interleaved round by round."""
    out = {name: math.inf for name in fns}
    for _ in range(repeat):
        for name, fn in fns.items():
            gc.collect()
            t = CLOCK()
            fn()
            out[name] = min(out[name], CLOCK() - t)
    return out


def peak_mb(fn: Callable[[], Any]) -> float:
    gc.collect()
    tracemalloc.start()
    fn()
    _, top = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return top / 2**20


def ms(t: float) -> str:
    return f"{t * 1000:,.1f}" if t < 0.01 else f"{t * 1000:,.0f}"


# ----------------------------------------------------------------------------- tables


def pairs_table(repeat: int, tmp: Path) -> list[str]:
    from statementdiff import compare, parse_file

    tiny_a, tiny_b = tmp / "tiny-a.txt", tmp / "tiny-b.txt"
    tiny_a.write_text(TINY[0], encoding="utf-8")
    tiny_b.write_text(TINY[1], encoding="utf-8")
    cases = [("tiny: one sentence", tiny_a, tiny_b)]
    cases += [(name, CORPUS / x, CORPUS / y) for name, x, y in PAIRS]
    red = has_redlines()
    lines = [
        "| pair | words a/b | floor | difflib | redlines | sd compare | sd end to end "
        "| e2e / difflib"
        " | e2e / redlines | compare / floor | e2e / floor | peak MB e2e / difflib |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for name, a, b in cases:
        words = (len(a.read_text("utf-8").split()), len(b.read_text("utf-8").split()))
        sa, sb = parse_file(a), parse_file(b)
        sd_e2e(a, b)  # warm the caches (lexicon, stems) as any long-lived process would
        fns: dict[str, Callable[[], Any]] = {
            "floor": lambda a=a, b=b: floor(a, b),
            "difflib": lambda a=a, b=b: difflib_e2e(a, b),
            "compare": lambda sa=sa, sb=sb: compare(sa, sb),
            "e2e": lambda a=a, b=b: sd_e2e(a, b),
        }
        if red:
            fns["redlines"] = lambda a=a, b=b: redlines_e2e(a, b)
        t = best_of(fns, repeat)
        m_e2e = peak_mb(lambda a=a, b=b: sd_e2e(a, b))
        m_dl = peak_mb(lambda a=a, b=b: difflib_e2e(a, b))
        t_red = t.get("redlines")
        red_ratio = f"{t['e2e'] / t_red:.2f}" if t_red else "-"
        lines.append(
            f"| {name} | {words[0]:,}/{words[1]:,} | {ms(t['floor'])} | {ms(t['difflib'])} "
            f"| {ms(t_red) if t_red else '-'} | {ms(t['compare'])} | {ms(t['e2e'])} "
            f"| **{t['e2e'] / t['difflib']:.2f}** "
            f"| {red_ratio} "
            f"| {t['compare'] / t['floor']:.0f} | {t['e2e'] / t['floor']:.0f} "
            f"| {m_e2e:.1f} / {m_dl:.1f} |"
        )
        print(lines[-1], file=sys.stderr, flush=True)
    return lines


def process_table(repeat: int, tmp: Path, baseline: Path | None = None) -> list[str]:
    py = sys.executable
    script = Path(py).parent / "statementdiff"
    sd = [str(script)] if script.is_file() else [py, "-m", "statementdiff"]
    seed_a, seed_b = (CORPUS / PAIRS[3][1], CORPUS / PAIRS[3][2])
    g7_a, g7_b = (CORPUS / PAIRS[4][1], CORPUS / PAIRS[4][2])
    tiny_a, tiny_b = tmp / "tiny-a.txt", tmp / "tiny-b.txt"
    out = tmp / "out.json"
    cmds: dict[str, list[str]] = {
        "python -c pass (floor)": [py, "-c", "pass"],
        "statementdiff --help": [*sd, "--help"],
        "statementdiff parse (tiny, tree)": [*sd, "parse", str(tiny_a)],
        "statementdiff compare (tiny, JSON)": [
            *sd,
            "compare",
            str(tiny_a),
            str(tiny_b),
            "--format",
            "json",
            "-o",
            str(out),
        ],
        "statementdiff compare (seed, JSON)": [
            *sd,
            "compare",
            str(seed_a),
            str(seed_b),
            "--format",
            "json",
            "-o",
            str(out),
        ],
        "statementdiff compare (G7, JSON)": [
            *sd,
            "compare",
            str(g7_a),
            str(g7_b),
            "--format",
            "json",
            "-o",
            str(out),
        ],
    }
    git = shutil.which("git")
    if git:
        for label, (a, b) in {"tiny": (tiny_a, tiny_b), "seed": (seed_a, seed_b)}.items():
            cmds[f"git diff --word-diff ({label})"] = [
                git,
                "diff",
                "--no-index",
                "--word-diff",
                str(a),
                str(b),
            ]
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    fns = {
        name: lambda c=c: subprocess.run(c, capture_output=True, check=False, env=env)
        for name, c in cmds.items()
    }
    if baseline is not None:
        old_env = {**env, "PYTHONPATH": str(baseline / "src")}
        for name, c in cmds.items():
            if name.startswith("statementdiff"):
                fns[f"{name} [baseline]"] = lambda c=c: subprocess.run(
                    c, capture_output=True, check=False, env=old_env
                )
    for fn in fns.values():  # warm up: bytecode written, files in the page cache
        fn()
    t = best_of(fns, repeat)
    base = t["python -c pass (floor)"]
    if baseline is not None:
        lines = [
            f"| command | this tree | baseline ({baseline.name}) | this / baseline "
            "| / python start-up |",
            "|---|---:|---:|---:|---:|",
        ]
        for name in cmds:
            old = t.get(f"{name} [baseline]")
            cells = f"{ms(old)} ms | {t[name] / old:.2f}" if old else " | "
            lines.append(f"| {name} | {ms(t[name])} ms | {cells} | {t[name] / base:.1f} |")
    else:
        lines = ["| command | time | / python start-up |", "|---|---:|---:|"]
        for name in cmds:
            lines.append(f"| {name} | {ms(t[name])} ms | {t[name] / base:.1f} |")
    for label in ("tiny", "seed"):
        g = t.get(f"git diff --word-diff ({label})")
        if g:
            s = t[f"statementdiff compare ({label}, JSON)"]
            lines.append(
                f"| statementdiff compare / git diff --word-diff ({label}) | {s / g:.1f}x | |"
            )
    return lines


def scaled_texts(k: float) -> tuple[str, str]:
    """Side a and side b of the k-times row: different statements on each side."""
    manifest = json.loads((CORPUS / "MANIFEST.json").read_text(encoding="utf-8"))
    names = sorted(
        f"{d['slug']}.txt"
        for d in manifest
        if (CORPUS / f"{d['slug']}.txt").is_file() and not d["slug"].startswith("g7-")
    )
    pool_a = ["g7-2021-06-13-carbis-bay-communique.txt", *names[0::2]]
    pool_b = ["g7-2023-05-20-hiroshima-communique.txt", *names[1::2]]

    def build(pool: list[str], words: int) -> str:
        parts: list[str] = []
        have = 0
        i = 0
        while have < words:
            text = (CORPUS / pool[i % len(pool)]).read_text(encoding="utf-8").strip()
            take = text.split("\n")
            kept: list[str] = []
            for line in take:
                n = len(line.split())
                if have + n > words and kept:
                    break
                kept.append(line)
                have += n
            parts.append("\n".join(kept))
            i += 1
        return "\n\n".join(parts) + "\n"

    target = round(k * UNIT_WORDS)
    g7b = len((CORPUS / pool_b[0]).read_text(encoding="utf-8").split())
    return build(pool_a, target), build(pool_b, round(k * g7b))


def child(k: float, with_difflib: bool) -> dict[str, Any]:
    """One scaling row, in this (fresh) process."""
    from statementdiff import Limits, compare, parse

    clock = time.perf_counter if CLOCK is not cpu_now else time.process_time
    a_text, b_text = scaled_texts(k)
    big = Limits(max_text_chars=10**8, max_blocks=10**7, max_clauses=10**7)
    opts: dict[str, Any] = {"format": "text", "limits": big, "max_chars": 10**8}
    t0 = clock()
    sa, sb = parse(a_text, **opts), parse(b_text, **opts)
    t1 = clock()
    diff = compare(sa, sb)
    t2 = clock()
    diff.to_json()
    t3 = clock()
    row: dict[str, Any] = {
        "k": k,
        "words": len(a_text.split()) + len(b_text.split()),
        "clauses": len(list(sa.clauses())) + len(list(sb.clauses())),
        "parse": t1 - t0,
        "compare": t2 - t1,
        "json": t3 - t2,
        "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }
    if with_difflib:
        t = clock()
        difflib.SequenceMatcher(None, a_text.split(), b_text.split(), autojunk=False).get_opcodes()
        row["difflib"] = clock() - t
    return row


def scaling_table(scales: list[float], mem_limit_gb: float, difflib_max: float) -> list[str]:
    lines = [
        "| k | words a+b | clauses a+b | parse s | compare s | parse+compare+JSON s "
        "| difflib s | e2e / difflib | peak RSS MB | exponent (vs previous) |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    rows: list[dict[str, Any]] = []
    limit = int(mem_limit_gb * 2**30)

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    for k in scales:
        cmd = [sys.executable, __file__, "--child", str(k)]
        if CLOCK is not cpu_now:
            cmd.append("--wall")
        if k <= difflib_max:
            cmd.append("--child-difflib")
        proc = subprocess.run(cmd, capture_output=True, text=True, preexec_fn=cap, check=False)
        if proc.returncode:
            tail = (proc.stderr.strip().splitlines() or ["?"])[-1][:80]
            lines.append(f"| {k:g}x | | | | | failed under {mem_limit_gb:g} GB: {tail} | | | | |")
            print(lines[-1], file=sys.stderr, flush=True)
            break
        row = json.loads(proc.stdout)
        total = row["parse"] + row["compare"] + row["json"]
        row["total"] = total
        slope = ""
        if rows:
            prev = rows[-1]
            slope = (
                f"{math.log(total / prev['total']) / math.log(row['words'] / prev['words']):.2f}"
            )
        rows.append(row)
        dl = row.get("difflib")
        lines.append(
            f"| {k:g}x | {row['words']:,} | {row['clauses']:,} | {row['parse']:.2f} "
            f"| {row['compare']:.2f} | {total:.2f} | {f'{dl:.2f}' if dl else '-'} "
            f"| {f'{total / dl:.2f}' if dl else '-'} | {row['rss_mb']:,.0f} | {slope} |"
        )
        print(lines[-1], file=sys.stderr, flush=True)
    if len(rows) >= 2:
        xs = [math.log(r["words"]) for r in rows]
        for key in ("total", "compare"):
            ys = [math.log(r[key]) for r in rows]
            mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
            slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum(
                (x - mx) ** 2 for x in xs
            )
            lines.append(
                f"\nLeast-squares exponent of {key} time over words, all rows: {slope:.2f}"
            )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="rounds per measure (best kept)")
    parser.add_argument("--scale", type=float, nargs="*", default=[1, 2, 4, 8, 16])
    parser.add_argument("--mem-limit", type=float, default=8.0, help="GB per scaling child")
    parser.add_argument("--difflib-max", type=float, default=4, help="largest k run with difflib")
    parser.add_argument("--only", choices=("pairs", "processes", "scaling"), nargs="*")
    parser.add_argument("--wall", action="store_true", help="time wall-clock, not CPU")
    parser.add_argument(
        "--baseline", type=Path, help="a checkout of another commit, run beside in processes"
    )
    parser.add_argument("--child", type=float, help=argparse.SUPPRESS)
    parser.add_argument("--child-difflib", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    global CLOCK
    if args.wall:
        CLOCK = time.perf_counter
    if not (CORPUS / "MANIFEST.json").is_file():
        print(f"corpus not found at {CORPUS}", file=sys.stderr)
        return 2
    if args.child is not None:
        with contextlib.redirect_stdout(io.StringIO()):
            row = child(args.child, args.child_difflib)
        print(json.dumps(row))
        return 0
    only = set(args.only or ("pairs", "processes", "scaling"))
    clock = "wall-clock" if args.wall else "CPU (user + system)"
    print(
        f"python {sys.version.split()[0]}, {os.cpu_count()} cores, {clock} seconds, "
        f"best of {args.repeat}\n"
    )
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        if "pairs" in only:
            print("\n".join(pairs_table(args.repeat, tmp)) + "\n")
        if "processes" in only:
            pairs_table_files(tmp)
            print("\n".join(process_table(args.repeat, tmp, args.baseline)) + "\n")
    if "scaling" in only and args.scale:
        print("\n".join(scaling_table(args.scale, args.mem_limit, args.difflib_max)) + "\n")
    return 0


def pairs_table_files(tmp: Path) -> None:
    (tmp / "tiny-a.txt").write_text(TINY[0], encoding="utf-8")
    (tmp / "tiny-b.txt").write_text(TINY[1], encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
