"""SQLite FTS5 against DuckDB for phrase occurrences on the shared corpus (issue 18).

Both engines get the same rows (one per clause: source, clause id, normal form) and answer the
same question: which clauses hold a phrase as a run of whole words. SQLite narrows with an FTS5
phrase query and checks the hits in Python; DuckDB scans the column with ``contains``
(its full-text extension is a download, not in the wheel). Reported: build time, file size,
median query latency over a dozen phrases, at 1x the corpus and at 40x (the clauses repeated
under other sources, about a quarter of a million clauses).

Run: ``.venv/bin/python benchmarks/corpus/engines.py`` (needs ``pip install duckdb``).
"""

from __future__ import annotations

import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

from statementdiff import parse_file
from statementdiff.corpus.normalise import contains, fts_phrase, normalise

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
PHRASES = [
    "peace and stability across the Taiwan Strait",
    "free and open Indo-Pacific",
    "rules-based international order",
    "complete denuclearization",
    "critical minerals",
    "supply chains",
    "climate crisis",
    "human rights",
    "economic coercion",
    "South China Sea",
    "North Korea",
    "we reaffirm",
]


def rows(copies: int) -> list[tuple[str, str, str]]:
    base = []
    for path in sorted(CORPUS.glob("*.txt")) + sorted(CORPUS.glob("*.html")):
        st = parse_file(path)
        base += [(path.name, c.id, normalise(c.text)) for c in st.clauses()]
    return [(f"{k}/{s}", cid, n) for k in range(copies) for s, cid, n in base]


def sqlite_bench(data: list[tuple[str, str, str]], path: Path) -> tuple[float, int, float]:
    t = time.perf_counter()
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE c(id INTEGER PRIMARY KEY, source TEXT, clause TEXT, norm TEXT)")
    con.execute(
        "CREATE VIRTUAL TABLE f USING fts5(norm, content='c', content_rowid='id', "
        "tokenize='unicode61 remove_diacritics 0')"
    )
    con.executemany("INSERT INTO c(source, clause, norm) VALUES (?, ?, ?)", data)
    con.execute("INSERT INTO f(f) VALUES ('rebuild')")
    con.commit()
    build = time.perf_counter() - t
    times = []
    for phrase in PHRASES:
        p = normalise(phrase)
        t = time.perf_counter()
        hits = con.execute(
            "SELECT c.source, c.clause, c.norm FROM f JOIN c ON c.id = f.rowid WHERE f MATCH ?",
            (fts_phrase(p),),
        ).fetchall()
        [h for h in hits if contains(h[2], p)]
        times.append(time.perf_counter() - t)
    con.close()
    return build, path.stat().st_size, statistics.median(times)


def duckdb_bench(data: list[tuple[str, str, str]], path: Path) -> tuple[float, int, float]:
    import duckdb  # type: ignore[import-not-found]

    t = time.perf_counter()
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE c(source VARCHAR, clause VARCHAR, norm VARCHAR)")
    csv = path.with_suffix(".csv")  # executemany goes row by row: bulk-load a CSV instead
    with csv.open("w", encoding="utf-8", newline="") as out:
        import csv as csvlib

        csvlib.writer(out).writerows(data)
    con.execute(f"COPY c FROM '{csv}' (HEADER false)")
    con.execute("CHECKPOINT")
    build = time.perf_counter() - t
    times = []
    for phrase in PHRASES:
        p = normalise(phrase)
        t = time.perf_counter()
        con.execute(
            "SELECT source, clause FROM c WHERE contains(' ' || norm || ' ', ?)", (f" {p} ",)
        ).fetchall()
        times.append(time.perf_counter() - t)
    con.close()
    return build, path.stat().st_size, statistics.median(times)


def main() -> int:
    if not CORPUS.is_dir():
        print(f"skipped: no corpus at {CORPUS}")
        return 0
    for copies in (1, 40):
        data = rows(1)
        data = [(f"{k}/{s}", c, n) for k in range(copies) for s, c, n in data]
        with tempfile.TemporaryDirectory() as tmp:
            for name, fn, file in (
                ("sqlite-fts5", sqlite_bench, "i.sqlite"),
                ("duckdb", duckdb_bench, "i.duckdb"),
            ):
                try:
                    build, size, query = fn(data, Path(tmp) / file)
                except ImportError as exc:
                    print(f"{name}: skipped ({exc})")
                    continue
                print(
                    f"{copies:>3}x {len(data):>7} clauses  {name:<12} build {build:6.2f} s  "
                    f"size {size / 1e6:6.1f} MB  median query {query * 1000:7.2f} ms"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
