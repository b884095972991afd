"""Passage reuse before and after counting pairs per distinct statement set (issue 18).

"Before" is the first algorithm (every rare shingle's statements paired one by one, all
rare postings held in memory, the shingles table indexed by hash alone, schema 1); "after" is
:func:`statementdiff.corpus.queries.reuse`. Both run in this process on the same synthetic
archive (``bench.synthesize``: edited near-copies of the shared corpus, generated into a
temporary directory), at the old default cap (a tenth of the index) and at the new one
(at most 100 statements), and must return the same pairs whenever their caps are equal.

Run: ``.venv/bin/python benchmarks/corpus/reuse.py [--size 2000] [--index PATH]``.
"""

from __future__ import annotations

import argparse
import itertools
import math
import shutil
import sqlite3
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench import CORPUS, synthesize

from statementdiff.corpus import Corpus, Reuse, SharedClause
from statementdiff.corpus.queries import default_cap, rank_pairs


def reuse_v1(
    con: sqlite3.Connection, *, min_share: float, max_statements: int, limit: int | None
) -> tuple[Reuse, ...]:
    """The first algorithm, as it was (quadratic per shingle in statements and postings)."""
    rows = con.execute(
        "SELECT s.hash, s.statement, s.clause FROM shingles s JOIN (SELECT hash FROM shingles "
        "GROUP BY hash HAVING COUNT(DISTINCT statement) BETWEEN 2 AND ?) r ON r.hash = s.hash "
        "ORDER BY s.hash, s.statement, s.clause",
        (max_statements,),
    )
    groups = [[(sid, cid) for _, sid, cid in g] for _, g in itertools.groupby(rows, lambda r: r[0])]
    shared_by_pair: Counter[tuple[int, int]] = Counter()
    for postings in groups:
        shared_by_pair.update(itertools.combinations(sorted({sid for sid, _ in postings}), 2))
    sizes = dict(
        con.execute("SELECT statement, COUNT(DISTINCT hash) FROM shingles GROUP BY statement")
    )
    # the ranking is the package's: the two algorithms differ in how they count
    chosen = rank_pairs(con, shared_by_pair, sizes, min_share=min_share, limit=limit)
    wanted = {r[6] for r in chosen}
    per_pair: dict[tuple[int, int], Counter[tuple[int, int]]] = defaultdict(Counter)
    for postings in groups:
        for (sa, ca), (sb, cb) in itertools.combinations(postings, 2):
            if sa != sb and (sa, sb) in wanted:
                per_pair[(sa, sb)][(ca, cb)] += 1
    return tuple(
        Reuse(
            a=a,
            b=b,
            a_date=a_date,
            b_date=b_date,
            share=-ns,
            shared=-nsh,
            clauses=_shared_clauses(con, [(x, y, n) for (x, y), n in per_pair[key].items()], flip),
        )
        for ns, nsh, a, b, a_date, b_date, key, flip in chosen
    )


def _shared_clauses(
    con: sqlite3.Connection, pairs: list[tuple[int, int, int]], flip: bool
) -> tuple[SharedClause, ...]:
    ids = sorted({c for ca, cb, _ in pairs for c in (ca, cb)})
    marks = ",".join("?" * len(ids))
    texts = {
        cid: (clause_id, text)
        for cid, clause_id, text in con.execute(
            f"SELECT id, clause_id, text FROM clauses WHERE id IN ({marks})", ids
        )
    }
    out = []
    for ca, cb, n in sorted(pairs, key=lambda p: (-p[2], p[0], p[1])):
        if flip:
            ca, cb = cb, ca
        (a_id, a_text), (b_id, b_text) = texts[ca], texts[cb]
        out.append(SharedClause(a_id=a_id, b_id=b_id, a_text=a_text, b_text=b_text, shingles=n))
    return tuple(out)


def to_schema_1(index: Path, out: Path) -> None:
    """Copy an index with its shingles laid out as schema 1 had them (a heap and a hash index)."""
    shutil.copy(index, out)
    con = sqlite3.connect(out)
    con.executescript(
        "CREATE TABLE v1(hash INTEGER NOT NULL, clause INTEGER NOT NULL, "
        "statement INTEGER NOT NULL);"
        "INSERT INTO v1 SELECT hash, clause, statement FROM shingles ORDER BY statement, clause;"
        "DROP TABLE shingles; ALTER TABLE v1 RENAME TO shingles;"
        "CREATE INDEX shingles_hash ON shingles(hash);"
    )
    con.commit()
    con.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=2000)
    parser.add_argument("--index", default=None, help="an index built already (skips the build)")
    args = parser.parse_args()
    if args.index is None and not CORPUS.is_dir():
        print(f"skipped: no corpus at {CORPUS}")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        if args.index is None:
            folder = Path(tmp) / "syn"
            folder.mkdir()
            synthesize(folder, args.size)
            index = Path(tmp) / "index.sqlite"
            Corpus.build([folder], index=index, executor="process").close()
        else:
            index = Path(args.index)
        old = Path(tmp) / "v1.sqlite"
        to_schema_1(index, old)
        corpus = Corpus.open(index)
        v1 = sqlite3.connect(old)
        total = len(corpus)
        caps = sorted({max(2, math.ceil(total / 10)), default_cap(total)}, reverse=True)
        print(f"{total} statements; caps {caps} (old default first)")
        for cap in caps:
            for min_share, limit in ((0.5, 100), (0.5, None)):
                t = time.perf_counter()
                before = reuse_v1(v1, min_share=min_share, max_statements=cap, limit=limit)
                t_before = time.perf_counter() - t
                t = time.perf_counter()
                after = corpus.reuse(min_share=min_share, max_statements=cap, limit=limit)
                t_after = time.perf_counter() - t
                same = "identical" if before == after else "DIFFERENT"
                print(
                    f"cap {cap:>5} min_share {min_share} limit {limit}: before {t_before:6.2f} s, "
                    f"after {t_after:6.2f} s, x{t_before / t_after:.1f} faster, "
                    f"{len(after)} pairs, {same}",
                    flush=True,
                )
        t = time.perf_counter()
        default = corpus.reuse(min_share=0.5, limit=100)
        took = time.perf_counter() - t
        print(f"new default (cap {default_cap(total)}): {took:.2f} s, {len(default)} pairs")
        corpus.close()
        v1.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
