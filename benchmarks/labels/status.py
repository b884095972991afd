"""How the judged label sample stands with the current code.

Usage::

    .venv/bin/python benchmarks/labels/status.py [--set v1|v2|v3] [--template FILE]
        [wrong] [useless] [correct]

Re-runs the frozen pairs of ``sample.py`` and looks up every sampled label (by pair, clause
ids, kind, words and detail) in the judgment files (``sample-<set>.json`` and any
``rejudge-<set>*.json``). A sampled label the code no longer gives is *gone*; a label whose
text changed and that no file judges yet is *unjudged* (judge it into a new rejudge file).
Prints judged counts per kind for the labels the code gives now, and lists the
judged labels of the judgments named on the command line. ``--template FILE`` writes the
rewritten labels (same pair and kind as a gone sampled label) that no file judges yet, for
an analyst to judge into ``rejudge-<set>-<n>.json`` (with the clause texts to read; strip
them with ``sample.py --strip`` before committing: corpus text stays in ../shared/corpus).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from statementdiff import compare

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from sample import SETS, _load, _parties, elsewhere_note  # noqa: E402

Key = tuple[str, tuple[str, ...], tuple[str, ...], str, str | None, str | None, str | None]


def _key(item: dict[str, Any]) -> Key:
    return (
        item["a_file"], tuple(item["a_ids"]), tuple(item["b_ids"]), item["kind"],
        item["a_words"], item["b_words"], item["detail"],
    )  # fmt: skip


def main() -> int:
    """Print the table."""
    args = sys.argv[1:]
    name = args[args.index("--set") + 1] if "--set" in args else "v1"
    sample = json.loads((HERE / f"sample-{name}.json").read_text(encoding="utf-8"))["items"]
    judged: dict[Key, dict[str, Any]] = {_key(i): i for i in sample}
    replaced: set[int] = set()
    for path in sorted(HERE.glob(f"rejudge-{name}*.json")):
        for item in json.loads(path.read_text(encoding="utf-8"))["items"]:
            judged[_key(item)] = item
            if item.get("replaces") is not None:  # null: a new label, replacing none
                replaced.add(item["replaces"])
    parties = _parties()
    now: set[Key] = set()
    texts: dict[Key, tuple[str, str, str]] = {}
    notes: dict[Key, str] = {}
    for _, x, y in SETS[name]:
        a, b = _load(x, parties), _load(y, parties)
        for pair in compare(a, b, related=False).pairs:
            a_text = " ".join(a.node(i).text for i in pair.a)
            b_text = " ".join(b.node(i).text for i in pair.b)
            for c in pair.changes:
                key = (x, pair.a, pair.b, c.kind, c.a_text, c.b_text, c.detail)
                now.add(key)
                texts[key] = (y, a_text, b_text)
                notes[key] = c.detail + elsewhere_note(c)
    counts: Counter[tuple[str, str]] = Counter()
    for judged_key, item in judged.items():
        if judged_key in now and item.get("judgment"):
            counts[(item["kind"], item["judgment"])] += 1
    gone = [i for i in sample if _key(i) not in now and i["id"] not in replaced]
    kinds = sorted({k for k, _ in counts})
    print("| kind | correct | useless | wrong | wrong share |")
    print("| --- | ---: | ---: | ---: | ---: |")
    total: Counter[str] = Counter()
    for kind in kinds:
        row = {j: counts[(kind, j)] for j in ("correct", "useless", "wrong")}
        total.update(row)
        n = sum(row.values())
        print(f"| {kind} | {row['correct']} | {row['useless']} | {row['wrong']} | "
              f"{row['wrong'] / n:.0%} |")  # fmt: skip
    n = sum(total.values())
    share = f"{total['wrong'] / n:.0%}" if n else "-"  # a sample not judged yet
    print(f"| **all** | **{total['correct']}** | **{total['useless']}** | **{total['wrong']}** "
          f"| **{share}** |")  # fmt: skip
    print(f"\nsampled labels gone: {len(gone)} ({dict(Counter(i['judgment'] for i in gone))})")
    # a label on the pair of a gone sampled label, of the same kind, is its rewrite
    gone_by_slot = {(i["a_file"], tuple(i["a_ids"]), tuple(i["b_ids"]), i["kind"]): i for i in gone}
    rewrites = sorted((k for k in now - judged.keys() if k[:4] in gone_by_slot), key=str)
    print(f"rewritten labels that no file judges yet: {len(rewrites)}")
    if "--template" in args:
        out = Path(args[args.index("--template") + 1])
        items = [
            {
                "a_file": k[0], "b_file": texts[k][0], "a_ids": list(k[1]), "b_ids": list(k[2]),
                "a_clause": texts[k][1], "b_clause": texts[k][2], "kind": k[3],
                "a_words": k[4], "b_words": k[5], "detail": k[6], "shown": notes[k],
                "replaces": gone_by_slot[k[:4]]["id"], "judgment": None, "reason": None,
            }
            for k in rewrites
        ]  # fmt: skip
        out.write_text(json.dumps({"items": items}, indent=1, ensure_ascii=False) + "\n")
        print(f"wrote {len(items)} rewritten labels to {out}")
    shown = set(args) & {"correct", "useless", "wrong"}
    for shown_key, item in sorted(
        judged.items(), key=lambda kv: kv[1].get("id") or kv[1].get("replaces") or 0
    ):
        if shown_key in now and item.get("judgment") in shown:
            number = item.get("id", item.get("replaces"))
            print(f"\n#{number} {item['judgment']} {item['kind']} {item['detail']!r} "
                  f"[{item['a_words']!r} -> {item['b_words']!r}] {item['a_file']}")  # fmt: skip
            print(f"  A {item['a_ids']}: {texts[shown_key][1]}")
            print(f"  B {item['b_ids']}: {texts[shown_key][2]}")
            print(f"  reason: {item['reason']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
