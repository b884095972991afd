"""The questions an index answers: occurrences of a phrase, passage reuse, coverage."""

from __future__ import annotations

import itertools
import json
import math
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Mapping

from statementdiff.corpus.models import Coverage, CoverageRow, Occurrence, Reuse, SharedClause
from statementdiff.corpus.normalise import contains, fts_phrase, normalise
from statementdiff.models import Span

__all__ = ["MAX_STATEMENTS", "coverage", "default_cap", "occurrences", "reuse"]

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


MAX_STATEMENTS = 100
"""The default cap on an 8-gram's document frequency for :func:`reuse`, whatever the index's
size: passim's default (``UPPER``/``--max-df``, 100). Below 1,000 statements the default cap is a
tenth of the index (at least 2), so it only binds on larger indexes."""


def default_cap(total: int) -> int:
    """The default ``max_statements`` for an index of ``total`` statements.

    Examples:
        >>> default_cap(65), default_cap(2000), default_cap(0)
        (7, 100, 2)
    """
    return min(MAX_STATEMENTS, max(2, math.ceil(total / 10)))


def reuse(
    con: sqlite3.Connection,
    *,
    min_share: float = 0.1,
    max_statements: int | None = None,
    limit: int | None = None,
) -> tuple[Reuse, ...]:
    """Pairs of statements sharing rare word 8-grams, most shared first.

    A shingle is rare when at most ``max_statements`` statements hold it (default:
    :func:`default_cap`), so boilerplate every statement repeats links nothing and no
    shingle links more than ``max_statements ** 2 / 2`` pairs. ``share`` is the pair's shared
    rare shingles over the shingles of the shorter statement.

    The pairs are counted once per distinct set of statements holding a rare shingle
    (near-copies share whole runs of shingles held by the same statements); the shared
    clauses are then collected for the pairs kept only.
    """
    total = con.execute("SELECT COUNT(*) FROM statements").fetchone()[0]
    cap = max_statements if max_statements is not None else default_cap(total)
    shared_by_pair, sizes = _count_pairs(con, cap)
    chosen = rank_pairs(con, shared_by_pair, sizes, min_share=min_share, limit=limit)
    per_pair = _clause_pairs(con, cap, {r[6] for r in chosen})
    texts = _clause_texts(con, {c for counts in per_pair.values() for pair in counts for c in pair})
    results = []
    for neg_share, neg_shared, a, b, a_date, b_date, key, flip in chosen:
        counts = per_pair.get(key, Counter())
        clauses = _shared_clauses([(ca, cb, n) for (ca, cb), n in counts.items()], flip, texts)
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


Ranked = tuple[float, int, str, str, str | None, str | None, tuple[int, int], bool]
"""A ranked pair: minus its share, minus its shared count, the sources and dates of A and B
(older first), the statement ids as counted, and whether A and B were swapped."""


def rank_pairs(
    con: sqlite3.Connection,
    shared_by_pair: Counter[tuple[int, int]],
    sizes: Mapping[int, int],
    *,
    min_share: float,
    limit: int | None,
) -> list[Ranked]:
    """The pairs sharing at least ``min_share``, most shared first, each older first.

    Args:
        con: The index.
        shared_by_pair: Rare shingles shared per pair of statement ids.
        sizes: Distinct shingles per statement id.
        min_share: Least share of the shorter statement's shingles.
        limit: At most this many pairs (all when None).
    """
    info = {
        sid: (source, date)
        for sid, source, date in con.execute("SELECT id, source, date FROM statements")
    }
    ranked: list[Ranked] = []
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
    return ranked[:limit] if limit is not None else ranked


def _count_pairs(
    con: sqlite3.Connection, cap: int
) -> tuple[Counter[tuple[int, int]], Counter[int]]:
    """Rare shingles shared per pair of statements, and distinct shingles per statement.

    SQLite reads the shingles in hash order (the table's primary key) and returns each
    distinct set of statements holding a shingle once, with how many shingles it holds; the
    pairs of a set are then counted once, times that number.
    """
    sizes: Counter[int] = Counter()
    sets: Counter[tuple[int, ...]] = Counter()
    for text, times in con.execute(
        "SELECT held, COUNT(*) FROM (SELECT group_concat(statement) AS held FROM "
        "(SELECT DISTINCT hash, statement FROM shingles ORDER BY hash, statement) "
        "GROUP BY hash) GROUP BY held"
    ):
        held = tuple(sorted(map(int, text.split(","))))
        for sid in held:
            sizes[sid] += times
        if 2 <= len(held) <= cap:
            sets[held] += times
    shared: Counter[tuple[int, int]] = Counter()
    for held, times in sets.items():
        if times == 1:
            shared.update(itertools.combinations(held, 2))
        else:
            for pair in itertools.combinations(held, 2):
                shared[pair] += times
    return shared, sizes


def _clause_pairs(
    con: sqlite3.Connection, cap: int, wanted: set[tuple[int, int]]
) -> dict[tuple[int, int], Counter[tuple[int, int]]]:
    """For each wanted pair of statements, the rare shingles each pair of their clauses share.

    Only the shingles of the statements in a wanted pair are read; shingles with the same
    postings among those statements are counted once, times how many there are.
    """
    per_pair: dict[tuple[int, int], Counter[tuple[int, int]]] = defaultdict(Counter)
    involved = sorted({sid for pair in wanted for sid in pair})
    if not involved:
        return per_pair
    rows = con.execute(
        "SELECT hash, statement, clause FROM shingles WHERE hash IN (SELECT hash FROM "
        "shingles WHERE statement IN (SELECT value FROM json_each(?))) "
        "ORDER BY hash, statement, clause",
        (json.dumps(involved),),
    )
    keep = set(involved)
    alike: Counter[tuple[tuple[int, int], ...]] = Counter()
    for _, group in itertools.groupby(rows, key=lambda row: row[0]):
        postings = [(sid, cid) for _, sid, cid in group]
        if 2 <= len({sid for sid, _ in postings}) <= cap:
            alike[tuple(p for p in postings if p[0] in keep)] += 1
    for shared_by, times in alike.items():
        by_statement: dict[int, list[int]] = defaultdict(list)
        for sid, cid in shared_by:
            by_statement[sid].append(cid)
        for sa, sb in itertools.combinations(by_statement, 2):
            if (sa, sb) in wanted:
                counts = per_pair[(sa, sb)]
                for ca in by_statement[sa]:
                    for cb in by_statement[sb]:
                        counts[(ca, cb)] += times
    return per_pair


_CHUNK = 500
"""Clause ids per ``IN (...)`` query, well under SQLite's limit on parameters."""


def _clause_texts(con: sqlite3.Connection, ids: set[int]) -> dict[int, tuple[str, str]]:
    """Clause row id → (clause id, text), for the rows asked."""
    wanted = sorted(ids)
    texts: dict[int, tuple[str, str]] = {}
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        for cid, clause_id, text in con.execute(
            f"SELECT id, clause_id, text FROM clauses WHERE id IN ({marks})", chunk
        ):
            texts[cid] = (clause_id, text)
    return texts


def _shared_clauses(
    pairs: list[tuple[int, int, int]], flip: bool, texts: dict[int, tuple[str, str]]
) -> tuple[SharedClause, ...]:
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
