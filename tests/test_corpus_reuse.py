"""Passage reuse: the fast counting equals a plain count, and the document-frequency cap."""

from __future__ import annotations

import itertools
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from statementdiff.corpus import Corpus, Reuse, store
from statementdiff.corpus.queries import MAX_STATEMENTS, default_cap, reuse

Row = tuple[str, str, str | None, str | None, float, int, list[tuple[str, str, int]]]


def _plain(con: sqlite3.Connection, *, min_share: float, cap: int, limit: int | None) -> list[Row]:
    """Reuse by the definition: every rare shingle pairs its statements one by one."""
    postings: dict[int, set[tuple[int, int]]] = defaultdict(set)
    for h, clause, statement in con.execute("SELECT hash, clause, statement FROM shingles"):
        postings[h].add((statement, clause))
    held = {h: sorted({s for s, _ in p}) for h, p in postings.items()}
    sizes = Counter(s for statements in held.values() for s in statements)
    rare = {h for h, statements in held.items() if 2 <= len(statements) <= cap}
    shared = Counter(p for h in rare for p in itertools.combinations(held[h], 2))
    info = {
        sid: (src, date)
        for sid, src, date in con.execute("SELECT id, source, date FROM statements")
    }
    names = {cid: name for cid, name in con.execute("SELECT id, clause_id FROM clauses")}
    ranked = []
    for (sa, sb), n in shared.items():
        share = round(n / max(1, min(sizes[sa], sizes[sb])), 6)
        if share < min_share:
            continue
        (a, a_date), (b, b_date) = info[sa], info[sb]
        flip = (b_date is None, b_date or "", b) < (a_date is None, a_date or "", a)
        if flip:
            a, a_date, b, b_date = b, b_date, a, a_date
        ranked.append((-share, -n, a, b, a_date, b_date, sa, sb, flip))
    ranked.sort()
    out: list[Row] = []
    for neg_share, neg_n, a, b, a_date, b_date, sa, sb, flip in ranked[:limit]:
        clauses: Counter[tuple[int, int]] = Counter()
        for h in rare:
            for ca in sorted(c for s, c in postings[h] if s == sa):
                for cb in sorted(c for s, c in postings[h] if s == sb):
                    clauses[(ca, cb)] += 1
        ordered = sorted(clauses.items(), key=lambda kv: (-kv[1], kv[0]))
        out.append(
            (
                a,
                b,
                a_date,
                b_date,
                -neg_share,
                -neg_n,
                [
                    (names[cb], names[ca], k) if flip else (names[ca], names[cb], k)
                    for (ca, cb), k in ordered
                ],
            )
        )
    return out


def _rows(pairs: tuple[Reuse, ...]) -> list[Row]:
    return [
        (
            p.a,
            p.b,
            p.a_date,
            p.b_date,
            p.share,
            p.shared,
            [(c.a_id, c.b_id, c.shingles) for c in p.clauses],
        )
        for p in pairs
    ]


@pytest.fixture(scope="module")
def corpus(corpus_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Corpus]:
    index = tmp_path_factory.mktemp("corpus") / "index.sqlite"
    with Corpus.build([corpus_dir], index=index, manifest=corpus_dir / "MANIFEST.json") as built:
        yield built


@pytest.mark.parametrize(
    ("min_share", "cap", "limit"),
    [(0.0, None, None), (0.5, None, None), (0.1, 2, None), (0.0, 30, 25), (0.2, 65, None)],
)
def test_reuse_on_the_corpus_equals_the_plain_count(
    corpus: Corpus, min_share: float, cap: int | None, limit: int | None
) -> None:
    found = corpus.reuse(min_share=min_share, max_statements=cap, limit=limit)
    assert found
    plain = _plain(
        corpus._con, min_share=min_share, cap=cap or default_cap(len(corpus)), limit=limit
    )
    assert _rows(found) == plain


def test_the_default_cap_is_a_tenth_of_the_index_up_to_a_hundred() -> None:
    assert [default_cap(n) for n in (0, 15, 65, 999, 1000, 1001, 100_000)] == [
        2,
        2,
        7,
        100,
        100,
        100,
        100,
    ]
    assert MAX_STATEMENTS == 100


def _index(
    statements: int, shingles: list[tuple[int, int, int]], dates: dict[int, str] | None = None
) -> sqlite3.Connection:
    """An in-memory index of ``statements`` statements with one clause per (statement, slot)."""
    con = store.create(":memory:")
    dates = dates or {}
    con.executemany(
        "INSERT INTO statements(id, source, sha256, date, format, parties) "
        "VALUES (?, ?, '', ?, 'text', '[]')",
        [(s, f"s{s:04d}", dates.get(s)) for s in range(1, statements + 1)],
    )
    clauses = sorted({(s, k) for _, s, k in shingles})
    ids = {sk: i for i, sk in enumerate(clauses, start=1)}
    con.executemany(
        "INSERT INTO clauses(id, statement, clause_id, span_start, span_end, text, norm) "
        "VALUES (?, ?, ?, 0, 1, ?, '')",
        [(i, s, f"c{k}", f"clause {k} of {s}") for (s, k), i in ids.items()],
    )
    con.executemany(
        "INSERT INTO shingles VALUES (?, ?, ?)",
        sorted({(h, ids[(s, k)], s) for h, s, k in shingles}),
    )
    return con


def test_a_shingle_held_by_more_statements_than_the_cap_links_nothing() -> None:
    """1,200 statements: the default cap is 100 (a tenth would be 120): a shingle held by 101
    of them is boilerplate, one held by 100 links every pair of them."""
    common = [(1, s, 0) for s in range(1, 102)]
    kept = [(2, s, 0) for s in range(200, 300)]
    con = _index(1200, common + kept)
    pairs = reuse(con, min_share=0.0)
    assert len(pairs) == 100 * 99 // 2
    assert {p.a for p in pairs} | {p.b for p in pairs} == {f"s{s:04d}" for s in range(200, 300)}
    assert len(reuse(con, min_share=0.0, max_statements=101)) == 101 * 100 // 2 + 100 * 99 // 2
    assert reuse(con, min_share=0.0, max_statements=1) == ()


_SHINGLES = st.lists(
    st.tuples(st.integers(-3, 12), st.integers(1, 9), st.integers(0, 2)), max_size=80
)


@given(
    _SHINGLES,
    st.dictionaries(st.integers(1, 9), st.sampled_from(["2021-01-01", "2022-05-05"])),
    st.floats(0, 1),
    st.integers(1, 10),
    st.none() | st.integers(0, 6),
)
def test_reuse_equals_the_plain_count(
    shingles: list[tuple[int, int, int]],
    dates: dict[int, str],
    min_share: float,
    cap: int,
    limit: int | None,
) -> None:
    con = _index(9, shingles, dates)
    found = reuse(con, min_share=min_share, max_statements=cap, limit=limit)
    assert _rows(found) == _plain(con, min_share=min_share, cap=cap, limit=limit)
    con.close()
