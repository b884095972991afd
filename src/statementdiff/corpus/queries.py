"""The questions an index answers: occurrences of a phrase, passage reuse, coverage."""

from __future__ import annotations

import itertools
import json
import math
import sqlite3
from collections import Counter, defaultdict

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
    groups = _rare_postings(con, cap)
    shared_by_pair: Counter[tuple[int, int]] = Counter()
    for postings in groups:
        held = sorted({sid for sid, _ in postings})
        shared_by_pair.update(itertools.combinations(held, 2))
    sizes = dict(
        con.execute("SELECT statement, COUNT(DISTINCT hash) FROM shingles GROUP BY statement")
    )
    info = {
        sid: (source, date)
        for sid, source, date in con.execute("SELECT id, source, date FROM statements")
    }
    ranked = []
    for (sa, sb), shared in shared_by_pair.items():
        share = round(shared / max(1, min(sizes.get(sa, 0), sizes.get(sb, 0))), 6)
        if share < min_share:
            continue
        (a, a_date), (b, b_date) = info[sa], info[sb]
        flip = (b_date is None, b_date or "", b) < (a_date is None, a_date or "", a)
        if flip:
            a, a_date, b, b_date = b, b_date, a, a_date
        ranked.append((-share, -shared, a, b, a_date, b_date, (sa, sb), flip))
    ranked.sort()
    chosen = ranked[:limit] if limit is not None else ranked
    wanted = {r[6] for r in chosen}
    per_pair: dict[tuple[int, int], Counter[tuple[int, int]]] = defaultdict(Counter)
    for postings in groups:
        for (sa, ca), (sb, cb) in itertools.combinations(postings, 2):
            if sa != sb and (sa, sb) in wanted:
                per_pair[(sa, sb)][(ca, cb)] += 1
    results = []
    for neg_share, neg_shared, a, b, a_date, b_date, key, flip in chosen:
        counts = per_pair[key]
        clauses = _shared_clauses(con, [(ca, cb, n) for (ca, cb), n in counts.items()], flip)
        results.append(
            Reuse(
                a=a,
                b=b,
                a_date=a_date,
                b_date=b_date,
                share=-neg_share,
                shared=-neg_shared,
                clauses=clauses,
            )
        )
    return tuple(results)


def _rare_postings(con: sqlite3.Connection, cap: int) -> list[list[tuple[int, int]]]:
    """Per rare shingle, its (statement, clause) postings sorted; statements ascending."""
    rows = con.execute(
        "SELECT s.hash, s.statement, s.clause FROM shingles s JOIN (SELECT hash FROM shingles "
        "GROUP BY hash HAVING COUNT(DISTINCT statement) BETWEEN 2 AND ?) r ON r.hash = s.hash "
        "ORDER BY s.hash, s.statement, s.clause",
        (cap,),
    )
    return [
        [(sid, cid) for _, sid, cid in group]
        for _, group in itertools.groupby(rows, key=lambda row: row[0])
    ]


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
