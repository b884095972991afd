"""Which judged labels a code change moves, on every frozen pair set (counts by judgment).

Usage::

    # every label of every set, with the code on PYTHONPATH (two processes)
    .venv/bin/python benchmarks/labels/moved.py collect OUT.json [--sets v1,v2,...]
    # labels gone and new between two collections, counted by their judgment
    .venv/bin/python benchmarks/labels/moved.py compare OLD.json NEW.json [--show]

A rule is decided on these counts (docs/label-precision.md): ``compare`` prints, per set,
how many of the labels the new code no longer gives were judged correct, useless or wrong
(``unjudged`` when no judgment file of the set judges them), and the same for the labels
it gives anew. ``--show`` prints the labels themselves with their clause texts, except on
the held-out sets and the newest closing sample (:data:`HIDDEN`), whose items are not read.
Collect the session-start code once (``PYTHONPATH=start/src``), then the working tree after
each change.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from multiprocessing import Pool
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from sample import SETS, collect  # noqa: E402
from status import Key, _key  # noqa: E402

HIDDEN = frozenset({"v2", "v3", "v5", "v27"})
"""Sets whose items ``--show`` never prints: the held-out samples and the closing sample."""


def _one(job: tuple[str, tuple[str, str, str]]) -> tuple[str, list[dict[str, Any]]]:
    name, pair = job
    return name, collect((pair,))


def collect_all(names: list[str]) -> dict[str, list[dict[str, Any]]]:
    """Every label of every pair of the sets ``names``, by set."""
    jobs = [(name, pair) for name in names for pair in SETS[name]]
    out: dict[str, list[dict[str, Any]]] = {name: [] for name in names}
    with Pool(2) as pool:
        for name, items in pool.imap(_one, jobs, chunksize=2):
            out[name] += items
    return out


def judgments(name: str) -> dict[Key, str]:
    """The judgment of every label the judgment files of set ``name`` judge."""
    judged: dict[Key, str] = {}
    files = [HERE / f"sample-{name}.json", *sorted(HERE.glob(f"rejudge-{name}-*.json"))]
    files += sorted(HERE.glob(f"rejudge-{name}.json"))
    for path in files:
        if path.exists():
            for item in json.loads(path.read_text(encoding="utf-8"))["items"]:
                if item.get("judgment"):
                    judged[_key(item)] = item["judgment"]
    return judged


def compare(old: dict[str, Any], new: dict[str, Any], *, show: bool) -> None:
    """Print, per set, the judged counts of the labels gone and the labels new."""
    for name in new:
        judged = judgments(name)
        before = {_key(i) for i in old.get(name, [])}
        after = {_key(i) for i in new[name]}
        gone = [i for i in old.get(name, []) if _key(i) not in after]
        added = [i for i in new[name] if _key(i) not in before]
        if not gone and not added:
            continue
        counts = [Counter(judged.get(_key(i), "unjudged") for i in side) for side in (gone, added)]
        print(
            f"{name}: gone {dict(sorted(counts[0].items()))} new {dict(sorted(counts[1].items()))}"
        )
        if show and name not in HIDDEN:
            for mark, side in (("-", gone), ("+", added)):
                for item in side:
                    print(
                        f"  {mark} {judged.get(_key(item), '?')} {item['kind']} {item['detail']}"
                        f" | {item['a_clause'][:150]} || {item['b_clause'][:150]}"
                    )


def main(argv: list[str]) -> int:
    """Collect or compare."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    take = sub.add_parser("collect", help="every label of every set, into a JSON file")
    take.add_argument("out", type=Path)
    take.add_argument("--sets", default=",".join(SETS), help="comma-separated set names")
    diff = sub.add_parser("compare", help="judged counts of the labels gone and new")
    diff.add_argument("old", type=Path)
    diff.add_argument("new", type=Path)
    diff.add_argument("--show", action="store_true", help="print the development labels")
    args = parser.parse_args(argv)
    if args.command == "collect":
        found = collect_all(args.sets.split(","))
        args.out.write_text(json.dumps(found, ensure_ascii=False), encoding="utf-8")
        return 0
    old = json.loads(args.old.read_text(encoding="utf-8"))
    new = json.loads(args.new.read_text(encoding="utf-8"))
    compare(old, new, show=args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
