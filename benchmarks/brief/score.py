"""Score the ranked brief against the analyst gold lists (protocol in docs/brief.md).

For each list in ``benchmarks/brief/gold`` (the development lists) and then in
``benchmarks/brief/heldout`` (lists of pairs never looked at while tuning, reported
separately): how many items the first dozen findings hit, and how many of the first dozen
are judged wrong (judgments in ``judged.json``; a finding not judged yet is listed as
such). Run from the repository root:

    .venv/bin/python benchmarks/brief/score.py [--show] [--dev]

``--show`` lists the first dozen findings with their judgments; ``--dev`` scores the
development lists only (so that tuning never shows the held-out ones).
"""

from __future__ import annotations

import json
import sys
import tomllib
from pathlib import Path

from statementdiff import compare, parse_file
from statementdiff.models import Diff, Finding

HERE = Path(__file__).parent
CORPUS = HERE.parent.parent.parent / "shared" / "corpus"
TOP = 12


def _fold(text: str) -> str:
    quotes = {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'}
    for curly, straight in quotes.items():
        text = text.replace(curly, straight)
    return text.lower()


def _side_text(diff: Diff, f: Finding, side: int) -> str:
    statement = diff.a if side == 0 else diff.b
    ids = set(f.a if side == 0 else f.b)
    return " ".join(c.text for c in statement.clauses() if c.id in ids)


def hits(diff: Diff, f: Finding, item: dict[str, list[str]]) -> bool:
    """True when every side with keys has one key in the summary or that side's clauses."""
    for side, keys in ((0, item["a_keys"]), (1, item["b_keys"])):
        if not keys:
            continue
        where = _fold(f.summary + " " + _side_text(diff, f, side))
        if not any(_fold(k) in where for k in keys):
            return False
    return bool(item["a_keys"] or item["b_keys"])


def main(argv: list[str]) -> int:
    """Print recall and wrong counts per gold list."""
    if not CORPUS.is_dir():
        print(f"corpus not found at {CORPUS}; nothing to score")
        return 0
    judged = json.loads((HERE / "judged.json").read_text("utf-8"))
    show = "--show" in argv
    folders = ("gold",) if "--dev" in argv else ("gold", "heldout")
    for folder in folders:
        print(f"== {folder}")
        for path in sorted((HERE / folder).glob("*.toml")):
            _score(path, judged, show=show)
    return 0


def _score(path: Path, judged: dict[str, dict[str, str]], *, show: bool) -> None:
    """Score one list: items hit by the first dozen findings, wrong and unjudged ones."""
    gold = tomllib.loads(path.read_text("utf-8"))
    diff = compare(parse_file(CORPUS / gold["a"]), parse_file(CORPUS / gold["b"]))
    top = diff.brief[:TOP]
    items = gold["item"]
    found = [i["id"] for i in items if any(hits(diff, f, i) for f in top)]
    marks = judged.get(path.stem, {})
    wrong = [f for f in top if marks.get(f.summary) == "wrong"]
    unjudged = [f for f in top if f.summary not in marks]
    print(
        f"{path.stem}: {len(found)}/{len(items)} items in the first {TOP} "
        f"({100 * len(found) / len(items):.0f}%), wrong {len(wrong)}, unjudged {len(unjudged)}"
    )
    print(f"  missed: {', '.join(i['id'] for i in items if i['id'] not in found) or '-'}")
    if show:
        for n, f in enumerate(top, 1):
            mark = marks.get(f.summary, "?")
            print(f"  {n:2}. [{mark}] {f.kind} {f.weight:.2f} {f.summary[:160]}")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
