"""Recovery of known edits: pair precision/recall, false moves, minimal-change ratio.

Run: .venv/bin/python benchmarks/recovery.py [N]
1. N generated pairs from statementdiff.strategies.edited_pairs (default 500).
2. Corpus-based edits: corpus statements with recorded random paragraph edits
   (move a lighter paragraph, delete one, insert one from another statement,
   reword a stance verb), scored at paragraph level so that the figures do not
   depend on how sentences are segmented.
Minimal-change ratio = changed words reported / changed words under the true
alignment (difflib inside each true group); for statementdiff and for a whole-text
difflib word diff on the same pairs.
"""

from __future__ import annotations

import difflib
import random
import re
import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings

from statementdiff import Diff, Statement, compare, parse
from statementdiff.strategies import EditTruth, edited_pairs
from statementdiff.worddiff import count_words

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
SYNONYMS = {
    "reaffirm": "reiterate",
    "welcome": "applaud",
    "emphasize": "underscore",
    "support": "endorse",
    "condemn": "denounce",
    "commit": "pledge",
}


def changed_words_difflib(a: str, b: str) -> int:
    wa, wb = a.split(), b.split()
    sm = difflib.SequenceMatcher(None, wa, wb, autojunk=False)
    return sum(i2 - i1 + j2 - j1 for op, i1, i2, j1, j2 in sm.get_opcodes() if op != "equal")


def reported_words(d: Diff) -> int:
    n = sum(count_words(o.text) for p in d.pairs for o in p.ops if o.op != "equal")
    return n + sum(count_words(o.text) for o in (*d.only_a, *d.only_b))


def true_words(a: Statement, b: Statement, truth: EditTruth) -> int:
    ta = {c.id: c.text for c in a.clauses()}
    tb = {c.id: c.text for c in b.clauses()}
    n = sum(
        changed_words_difflib(" ".join(ta[x] for x in xs), " ".join(tb[y] for y in ys))
        for xs, ys in truth.pairs
    )
    return (
        n
        + sum(count_words(ta[x]) for x in truth.only_a)
        + sum(count_words(tb[y]) for y in truth.only_b)
    )


def generated(n: int) -> None:
    rows: list[tuple[float, float, int, int, int, int]] = []

    @settings(max_examples=n, database=None, deadline=None, suppress_health_check=list(HealthCheck))
    @given(edited_pairs(max_edits=4))
    def run(case: tuple[Statement, Statement, EditTruth]) -> None:
        a, b, truth = case
        d = compare(a, b)
        p, r = truth.score(d)
        false = len({x for q in d.pairs if q.moved for x in q.a} - set(truth.moved))
        rows.append(
            (
                p,
                r,
                false,
                reported_words(d),
                true_words(a, b, truth),
                changed_words_difflib(a.text, b.text),
            )
        )

    run()
    k = len(rows)
    truth_w = sum(r[4] for r in rows) or 1
    print(
        f"edited_pairs: n={k} precision={sum(r[0] for r in rows) / k:.4f} "
        f"recall={sum(r[1] for r in rows) / k:.4f} false-move pairs={sum(r[2] for r in rows)} "
        f"min-change ratio statementdiff={sum(r[3] for r in rows) / truth_w:.3f} "
        f"difflib={sum(r[5] for r in rows) / truth_w:.3f}"
    )


def paragraphs(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


def corpus_edits(
    rng: random.Random, paras: list[str], donor: list[str]
) -> tuple[list[tuple[int, str]], set[int], list[str]]:
    """Return B as (origin index or -1, text), the moved A indices, and the edit log."""
    b: list[tuple[int, str]] = list(enumerate(paras))
    moved: set[int] = set()
    log: list[str] = []
    for _ in range(rng.randint(1, 4)):
        kind = rng.choice(["delete", "insert", "reword", "reword"])
        if kind == "delete" and len(b) > 3:
            k = rng.randrange(len(b))
            log.append(f"delete {b.pop(k)[0]}")
        elif kind == "insert":
            k = rng.randrange(len(b) + 1)
            b.insert(k, (-1, rng.choice(donor)))
            log.append(f"insert at {k}")
        else:
            k = rng.randrange(len(b))
            o, t = b[k]
            for w, s in SYNONYMS.items():
                if re.search(rf"\b{w}\b", t):
                    b[k] = (o, re.sub(rf"\b{w}\b", s, t, count=1))
                    log.append(f"reword {o}")
                    break
    if len(b) >= 4 and rng.random() < 0.6:  # a move goes last, lighter than what it jumps
        src, dst = rng.randrange(len(b)), rng.randrange(len(b))
        lo, hi = min(src, dst), max(src, dst)
        jumped = sum(len(b[i][1].split()) for i in range(lo, hi + 1) if i != src)
        if src != dst and b[src][0] >= 0 and 2 * len(b[src][1].split()) < jumped:
            item = b.pop(src)
            b.insert(dst, item)
            moved.add(item[0])
            log.append(f"move {item[0]}")
    return b, moved, log


def para_of(statement: Statement, texts: list[str]) -> dict[str, int]:
    """Clause id → paragraph index, by where the clause starts in the joined text."""
    starts, pos = [], 0
    for t in texts:
        starts.append((pos, pos + len(t)))
        pos += len(t) + 2
    out = {}
    for c in statement.clauses():
        for k, (s, e) in enumerate(starts):
            if s <= c.span.start < e:
                out[c.id] = k
    return out


def corpus(runs_per_doc: int = 5) -> None:
    files = sorted(CORPUS.glob("*.txt"))
    rng = random.Random(20240601)
    tp = fp = hit = total = false_moves = 0
    for f in files:
        paras = paragraphs(f.read_text("utf-8"))
        if len(paras) < 4 or len(" ".join(paras).split()) > 8000:
            continue
        donor_file = files[(files.index(f) + 7) % len(files)]
        donor = paragraphs(donor_file.read_text("utf-8"))
        for _ in range(runs_per_doc):
            b_items, moved, _ = corpus_edits(rng, paras, donor)
            a = parse("\n\n".join(paras), format="text")
            b = parse("\n\n".join(t for _, t in b_items), format="text")
            pa, pb = para_of(a, paras), para_of(b, [t for _, t in b_items])
            origin = [o for o, _ in b_items]
            d = compare(a, b)
            linked: set[str] = set()
            for p in d.pairs:
                for x in p.a:
                    for y in p.b:
                        if x in pa and y in pb and origin[pb[y]] == pa[x] and pa[x] >= 0:
                            tp += 1
                            linked.update((x, y))
                        else:
                            fp += 1
                if p.moved:
                    false_moves += sum(pa.get(x, -2) not in moved for x in p.a)
            kept = {o for o in origin if o >= 0}
            for cid, k in pa.items():
                if k in kept:
                    total += 1
                    hit += cid in linked
            for cid, k in pb.items():
                if origin[k] >= 0:
                    total += 1
                    hit += cid in linked
    print(
        f"corpus edits: precision={tp / max(tp + fp, 1):.4f} recall={hit / max(total, 1):.4f} "
        f"false-move clause pairs={false_moves}"
    )


if __name__ == "__main__":
    generated(int(sys.argv[1]) if len(sys.argv) > 1 else 500)
    if (CORPUS / "MANIFEST.json").is_file():
        corpus()
