"""Worst cases for parse() at the default Limits: time and peak memory, one child per case.

Each case builds an input that sits just inside the default limits (or, for the ``reject``
cases, far over one of them) and parses it in a fresh child process, which reports the
parse's wall and CPU time and the process's peak RSS (the import of statementdiff
included, about 100 MB). Every row must stay under 10 s and 1 GB (issue 11)::

    .venv/bin/python benchmarks/worst_parse.py            # the table (about a minute)
    .venv/bin/python benchmarks/worst_parse.py --case clauses-semicolons

The table is in docs/design.md, "Worst cases: parsing".
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "g7-2024-06-14-apulia-communique.txt"
TIME_BUDGET = 10.0
RSS_BUDGET_MB = 1024.0


def _semicolons() -> str:
    # 3 sentences of 2,999 one-word clauses, then 999 more (9,996 clauses)
    sentence = "A; " + "a; " * 2_997 + "a."
    return " ".join([sentence] * 3) + "\n\n" + "A; " + "a; " * 997 + "a."


def _real_clauses() -> str:
    clause = "We reaffirm our commitment to the Alliance and welcome new partners in the region"
    sentence = "; ".join([clause] * 9) + "."  # 18 clauses, about 800 characters
    return "\n\n".join([sentence] * 555)  # 9,990 clauses


def _corpus() -> str:
    if not CORPUS.exists():
        return ""
    base = CORPUS.read_text(encoding="utf-8")
    return "\n\n".join([base] * (495_000 // (len(base) + 2)))


def _long_sentences() -> str:
    sentence = "abcdef " * 2_850 + "end."  # 19,954 chars, 2,851 words, one clause
    return "\n\n".join([sentence] * 24)


def _fronted() -> str:
    sentence = "As agreed, " * 1_450 + "we agree."  # 15,959 chars, 2,902 words
    return "\n\n".join([sentence] * 30)


def _brackets() -> str:
    sentence = "(a) Gen. (b) the U.S. Japan will. " * 360  # 12,240 chars, 2,880 words
    return "\n\n".join([sentence.strip()] * 40)


def _blocks() -> str:
    return "\n\n".join("- We agree." for _ in range(9_999))


def _headings() -> str:
    return "\n\n".join(["Trade", "We agree."] * 9_999)


def _html_elements() -> str:
    block = "<p>" + "<b>We</b> " * 9 + "agree.</p>"  # 10 elements, one block
    return "<html><body>" + block * 9_995 + "</body></html>"


def _html_depth() -> str:
    return "<html><body>" + "".join(f"<div><p>Paragraph {i}: we agree.</p>" for i in range(990))


def _html_attributes() -> str:
    attributes = " ".join(f"a{i}=x" for i in range(200))
    return "".join(f"<p {attributes}>We agree {i}.</p>" for i in range(3_500))


def _html_large() -> str:
    paragraph = (
        '<div class="statement-paragraph field--name-body" data-paragraph-id="p-000001">'
        '<p class="text-block text-formatted" style="margin: 0 0 1em 0; line-height: 1.5">'
        '<span class="sentence" lang="en">We reaffirm our commitment to the partnership.'
        "</span></p></div>\n"
    )
    return "<html><body>" + paragraph * (2_500_000 // len(paragraph)) + "</body></html>"


def _reject_semicolons() -> str:
    return "a; " * 40_000


def _reject_attributes() -> str:
    return "<p " + " ".join(f"a{i}=x" for i in range(400_000)) + ">We agree.</p>"


def _reject_depth() -> str:
    return "<html><body>" + "".join(f"<div><p>Paragraph {i}.</p>" for i in range(5_000))


_RAISED = {"max_sentence_chars": 10**6, "max_sentence_words": 10**6, "max_clauses": 10**6}

CASES: dict[str, tuple[str, Callable[[], str], str, dict[str, int]]] = {
    "clauses-semicolons": ("9,996 one-word clauses", _semicolons, "text", {}),
    "clauses-real": ("9,990 clauses of 80 characters", _real_clauses, "text", {}),
    "text-corpus": ("G7 Apulia communiqué repeated to 0.5 M chars", _corpus, "text", {}),
    "sentences-long": ("24 sentences of 20,000 chars, 2,851 words", _long_sentences, "text", {}),
    "sentences-fronted": ("30 sentences of 1,450 fronted phrases", _fronted, "text", {}),
    "sentences-brackets": ("40 sentences of brackets, abbreviations", _brackets, "text", {}),
    "blocks-bullets": ("9,999 bulleted paragraphs", _blocks, "text", {}),
    "blocks-headings": ("9,999 headings and 9,999 paragraphs", _headings, "text", {}),
    "html-elements": ("99,950 HTML elements in 9,995 blocks", _html_elements, "html", {}),
    "html-depth": ("990 unclosed <div>s, a <p> in each", _html_depth, "html", {}),
    "html-attributes": ("3,500 elements with 200 attributes", _html_attributes, "html", {}),
    "html-2.5mb": ("2.5 MB of HTML, 3 elements a paragraph", _html_large, "html", {}),
    "reject-semicolons": ('"a; " * 40,000', _reject_semicolons, "text", {}),
    "raised-semicolons": ('"a; " * 40,000, limits raised', _reject_semicolons, "text", _RAISED),
    "reject-attributes": ("400,000 attributes on one element", _reject_attributes, "html", {}),
    "reject-depth": ("5,000 unclosed <div>s", _reject_depth, "html", {}),
}


def _child(name: str) -> None:
    """Parse one case and print its measurements as JSON."""
    from statementdiff import Limits, StatementDiffError, parse

    _, build, format, raised = CASES[name]
    data = build()
    if not data:
        print(json.dumps({"skipped": "the shared corpus is absent"}))
        return
    wall, cpu = time.perf_counter(), time.process_time()
    try:
        statement = parse(data, format=format, limits=Limits(**raised))  # type: ignore[arg-type]
        outcome = f"{sum(1 for _ in statement.clauses()):,} clauses"
    except StatementDiffError as exc:
        outcome = f"{type(exc).__name__} ({getattr(exc, 'limit', '')})"
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    report = {"chars": len(data), "wall": wall, "cpu": cpu, "rss": rss, "outcome": outcome}
    print(json.dumps(report))


def _run(name: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, __file__, "--child", name],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> int:
    """Print the table; exit 1 when a case is over 10 s or 1 GB."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--case", choices=sorted(CASES), action="append")
    parser.add_argument("--child", choices=sorted(CASES), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child)
        return 0
    print("| case | input | chars | outcome | wall s | CPU s | peak RSS MB |")
    print("| --- | --- | ---: | --- | ---: | ---: | ---: |")
    over = False
    for name in args.case or list(CASES):
        row = _run(name)
        if "skipped" in row:
            print(f"| {name} | {CASES[name][0]} | | skipped: {row['skipped']} | | | |")
            continue
        wall, cpu, rss = float(str(row["wall"])), float(str(row["cpu"])), float(str(row["rss"]))
        over = over or wall > TIME_BUDGET or rss > RSS_BUDGET_MB
        print(
            f"| {name} | {CASES[name][0]} | {row['chars']:,} | {row['outcome']} "
            f"| {wall:.2f} | {cpu:.2f} | {rss:.0f} |",
            flush=True,
        )
    return 1 if over else 0


if __name__ == "__main__":
    raise SystemExit(main())
