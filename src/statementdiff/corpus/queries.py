"""The questions an index answers: occurrences of a phrase, passage reuse, coverage."""

from __future__ import annotations

import json
import math
import sqlite3
from collections import defaultdict

from statementdiff.corpus.models import Coverage, CoverageRow, Occurrence, Reuse, SharedClause
from statementdiff.corpus.normalise import contains, fts_phrase, normalise
from statementdiff.models import Span

__all__ = ["coverage", "occurrences", "reuse"]

_EARLIEST = "s.date IS NULL, s.date, s.source"


def occurrences(con: sqlite3.Connection, phrase: str) -> tuple[Occurrence, ...]:
    """Every clause holding ``phrase`` (normal forms, whole words), earliest statement first.

    FTS5 narrows the clauses to those holding the phrase's words in order; each candidate is
    then checked on its normal form, so the answer is that of a plain scan.
    """
    norm = normalise(phrase)
    if not norm:
        return ()
    rows = con.execute(
        "SELECT s.source, s.title, s.date, c.clause_id, c.text, c.span_start, c.span_end, c.norm "
        "FROM clause_fts f JOIN clauses c ON c.id = f.rowid JOIN statements s "
        f"ON s.id = c.statement WHERE clause_fts MATCH ? ORDER BY {_EARLIEST}, c.id",
        (fts_phrase(norm),),
    ).fetchall()
    return tuple(
        Occurrence(
            source=source,
            title=title,
            date=date,
            clause_id=clause_id,
            text=text,
            span=Span(start=start, end=end),
        )
        for source, title, date, clause_id, text, start, end, clause_norm in rows
        if contains(clause_norm, norm)
    )


def reuse(
    con: sqlite3.Connection,
    *,
    min_share: float = 0.1,
    max_statements: int | None = None,
    limit: int | None = None,
) -> tuple[Reuse, ...]:
    """Pairs of statements sharing rare word 8-grams, most shared first.

    A shingle is rare when at most ``max_statements`` statements hold it (default: a tenth
    of the index, at least 2), so boilerplate every statement repeats links nothing.
    ``share`` is the pair's shared rare shingles over the shingles of the shorter statement.
    """
    total = con.execute("SELECT COUNT(*) FROM statements").fetchone()[0]
    cap = max_statements if max_statements is not None else max(2, math.ceil(total / 10))
    con.execute("DROP TABLE IF EXISTS temp.rare")
    con.execute(
        "CREATE TEMP TABLE rare AS SELECT hash FROM shingles GROUP BY hash "
        "HAVING COUNT(DISTINCT statement) BETWEEN 2 AND ?",
        (cap,),
    )
    pairs = con.execute(
        "SELECT a.statement, b.statement, a.clause, b.clause, COUNT(DISTINCT a.hash) "
        "FROM rare r JOIN shingles a ON a.hash = r.hash JOIN shingles b ON b.hash = r.hash "
        "AND b.statement > a.statement GROUP BY 1, 2, 3, 4"
    ).fetchall()
    per_pair: dict[tuple[int, int], list[tuple[int, int, int]]] = defaultdict(list)
    for sa, sb, ca, cb, n in pairs:
        per_pair[(sa, sb)].append((ca, cb, n))
    shared_by_pair = dict(
        ((sa, sb), n)
        for sa, sb, n in con.execute(
            "SELECT a.statement, b.statement, COUNT(DISTINCT a.hash) FROM rare r "
            "JOIN shingles a ON a.hash = r.hash JOIN shingles b ON b.hash = r.hash "
            "AND b.statement > a.statement GROUP BY 1, 2"
        )
    )
    sizes = dict(
        con.execute("SELECT statement, COUNT(DISTINCT hash) FROM shingles GROUP BY statement")
    )
    info = {
        sid: (source, date)
        for sid, source, date in con.execute("SELECT id, source, date FROM statements")
    }
    results = []
    for (sa, sb), shared in shared_by_pair.items():
        share = shared / max(1, min(sizes.get(sa, 0), sizes.get(sb, 0)))
        if share < min_share:
            continue
        (a, a_date), (b, b_date) = info[sa], info[sb]
        flip = (b_date is not None, b_date or "", b) < (a_date is not None, a_date or "", a)
        clauses = _shared_clauses(con, per_pair[(sa, sb)], flip)
        if flip:
            a, a_date, b, b_date = b, b_date, a, a_date
        results.append(
            Reuse(
                a=a,
                b=b,
                a_date=a_date,
                b_date=b_date,
                share=round(share, 6),
                shared=shared,
                clauses=clauses,
            )
        )
    results.sort(key=lambda r: (-r.share, -r.shared, r.a, r.b))
    return tuple(results[:limit] if limit is not None else results)


def _shared_clauses(
    con: sqlite3.Connection, pairs: list[tuple[int, int, int]], flip: bool
) -> tuple[SharedClause, ...]:
    ids = sorted({c for ca, cb, _ in pairs for c in (ca, cb)})
    marks = ",".join("?" * len(ids))
    texts = {
        cid: (clause_id, text)
        for cid, clause_id, text in con.execute(
            f"SELECT id, clause_id, text FROM clauses WHERE id IN ({marks})",
            ids,
        )
    }
    out = []
    for ca, cb, n in sorted(pairs, key=lambda p: (-p[2], p[0], p[1])):
        if flip:
            ca, cb = cb, ca
        (a_id, a_text), (b_id, b_text) = texts[ca], texts[cb]
        out.append(SharedClause(a_id=a_id, b_id=b_id, a_text=a_text, b_text=b_text, shingles=n))
    return tuple(out)


def coverage(con: sqlite3.Connection, term: str) -> Coverage:
    """Which statements name an entity or topic (case-insensitive), and which never do."""
    hits: dict[int, list[str]] = defaultdict(list)
    for sid, clause_id in con.execute(
        "SELECT c.statement, c.clause_id FROM clauses c WHERE c.id IN ("
        "SELECT clause FROM entities WHERE name = ? COLLATE NOCASE UNION "
        "SELECT clause FROM topics WHERE topic = ? COLLATE NOCASE) ORDER BY c.id",
        (term, term),
    ):
        hits[sid].append(clause_id)
    named: list[CoverageRow] = []
    silent: list[CoverageRow] = []
    for sid, source, title, date, parties in con.execute(
        f"SELECT s.id, s.source, s.title, s.date, s.parties FROM statements s ORDER BY {_EARLIEST}"
    ):
        row = CoverageRow(
            source=source,
            title=title,
            date=date,
            year=int(date[:4]) if date else None,
            parties=tuple(json.loads(parties)),
            clause_ids=tuple(hits.get(sid, ())),
        )
        (named if sid in hits else silent).append(row)
    return Coverage(term=term, named=tuple(named), silent=tuple(silent))
