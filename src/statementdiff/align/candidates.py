"""Candidate pairs for alignment: the pairs of units similar enough to be scored.

A dense similarity matrix of two statements grows with the square of their size.
Every step of the aligner ignores pairs below some least similarity, and two units
with no feature in common have similarity 0, so :func:`similar_pairs` scores only
pairs that share a feature and returns them as a sparse matrix:

* Units with the same feature row (identical texts) are scored once. A pair of such
  groups with more than :data:`COPY_PAIRS` copy pairs is *banded*: a copy is paired
  only with the copies of the other side at about the same rank among its copies
  (5,000 copies of "We agree." against 4,999 give some 25,000 candidates, not 25
  million).
* The scoring work is the number of feature products, the sum over features of the
  number of units of a holding it times the number of units of b holding it. Up to
  :data:`WORK_BUDGET`, or :data:`WORK_PER_UNIT` times the number of units when that is
  more, every pair sharing a feature is scored, with the same sparse
  product as :func:`~statementdiff.align.similarity.cosine`, so the similarities are
  the dense ones exactly. Above it (statements of tens of thousands of clauses), the
  most widespread features are left out of the *candidate search* until the work
  fits: a pair is then scored only if it shares a rarer feature (its similarity still
  counts every feature).
* Past :data:`CANDIDATES` pairs, or :data:`CANDIDATES_PER_UNIT` per unit when that is
  more, each unit keeps only its :data:`TOP` most similar candidates (a pair stays
  when it is among the best of either of its units).

Every choice depends on the inputs alone, so the result is deterministic; on inputs
within the limits (every pair of the corpus) it is the dense one exactly. Rows given as
:class:`~statementdiff.align.smallcsr.SmallCsr` give a ``SmallCsr`` with the same
entries, without importing scipy when there are at most :data:`COPY_PAIRS` pairs.

>>> from scipy import sparse
>>> a = sparse.csr_matrix([[1.0, 0.0], [0.0, 1.0]])
>>> b = sparse.csr_matrix([[0.0, 1.0]])
>>> similar_pairs(a, b, 0.1).toarray().tolist()
[[0.0], [1.0]]
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from statementdiff.align.smallcsr import SmallCsr, empty_like, scipy_sparse

if TYPE_CHECKING:
    from scipy import sparse

__all__ = [
    "CANDIDATES",
    "CANDIDATES_PER_UNIT",
    "COPY_BAND",
    "COPY_PAIRS",
    "TOP",
    "WORK_BUDGET",
    "WORK_PER_UNIT",
    "similar_pairs",
]

WORK_BUDGET = 2_000_000
"""Feature products always scored exactly (the corpus needs at most about 250,000)."""

WORK_PER_UNIT = 2_000
"""Feature products allowed per unit of both sides, above :data:`WORK_BUDGET`."""

COPY_PAIRS = 64
"""Most copy pairs of two groups of identical units paired all with all."""

COPY_BAND = 2
"""Above :data:`COPY_PAIRS`, a copy meets the copies within this many ranks of its own."""

CANDIDATES = 200_000
"""Candidate pairs always kept (the corpus has at most about 20,000)."""

CANDIDATES_PER_UNIT = 24
"""Candidate pairs kept per unit of both sides, above :data:`CANDIDATES`."""

TOP = 24
"""Past the candidate limit, each unit keeps its this many best candidates."""

_BLOCK_WORK = 2_000_000  # feature products per block of rows (bounds temporary memory)


def similar_pairs(a: sparse.csr_matrix, b: sparse.csr_matrix, least: float) -> sparse.csr_matrix:
    """The similarities of the pairs of rows of ``a`` and ``b`` that reach ``least``.

    Args:
        a: L2-normalized rows of side a (CSR).
        b: L2-normalized rows of side b, in the same feature space.
        least: Least similarity kept; pairs of similarity 0 are never kept.

    Returns:
        A CSR matrix of shape (rows of a, rows of b) holding, for each candidate pair
        with similarity at least ``least``, its cosine clipped to [0, 1] and rounded to
        9 decimals (as :func:`~statementdiff.align.similarity.cosine` gives it).
    """
    n_a, n_b = a.shape[0], b.shape[0]
    if not n_a or not n_b:
        return empty_like(a, (n_a, n_b))
    if n_a * n_b <= COPY_PAIRS:
        return _small(a, b, least)
    if isinstance(a, SmallCsr):  # only when SmallCsr is forced on larger inputs
        return SmallCsr.from_scipy(_general(a.to_scipy(), b.to_scipy(), least))
    return _general(a, b, least)


def _general(a: sparse.csr_matrix, b: sparse.csr_matrix, least: float) -> sparse.csr_matrix:
    """:func:`similar_pairs` with copies, budgets and limits (see the module)."""
    sp = scipy_sparse()
    n_a, n_b = a.shape[0], b.shape[0]
    first_a, of_a = _unique_rows(a)
    first_b, of_b = _unique_rows(b)
    ua = sp.csr_matrix(a[first_a])
    ub = sp.csr_matrix(b[first_b])
    keep = _searchable(ua, ub, max(WORK_BUDGET, WORK_PER_UNIT * (n_a + n_b)))
    limit = max(CANDIDATES, CANDIDATES_PER_UNIT * (n_a + n_b))
    found = _score(ua, ub, keep, least, limit=limit)
    if found is None:  # too many: each unit keeps its best
        by_a = _score(ua, ub, keep, least, top=TOP)
        by_b = _score(ub, ua, keep, least, top=TOP)
        assert by_a is not None  # no limit given
        assert by_b is not None
        found = _union(by_a, (by_b[1], by_b[0], by_b[2]), ub.shape[0])
    rows, cols, vals = _expand(*found, of_a, of_b)
    out = sp.csr_matrix((vals, (rows, cols)), shape=(n_a, n_b))
    out.sort_indices()
    return out


def _small(a: sparse.csr_matrix, b: sparse.csr_matrix, least: float) -> sparse.csr_matrix:
    """:func:`similar_pairs` of at most :data:`COPY_PAIRS` pairs: every pair, one product.

    Copies are never banded this small and the work is far below every budget, so the
    general path would score every pair sharing a feature with the same sparse product
    (identical rows give identical products): the same matrix, without its set-up.
    """
    if isinstance(a, SmallCsr):
        h_row, h_col, h_val = (a @ b.T).coo()
        vals = np.round(np.clip(h_val, 0.0, 1.0), 9)
        ok = (vals >= least) & (vals > 0)
        return SmallCsr.from_triplets(vals[ok], h_row[ok], h_col[ok], (a.shape[0], b.shape[0]))
    sp = scipy_sparse()
    hits = sp.coo_matrix(a @ sp.csr_matrix(b.T))
    vals = np.round(np.clip(hits.data, 0.0, 1.0), 9)
    ok = (vals >= least) & (vals > 0)
    out = sp.csr_matrix((vals[ok], (hits.row[ok], hits.col[ok])), shape=hits.shape)
    out.sort_indices()
    return out


def _unique_rows(m: sparse.csr_matrix) -> tuple[np.ndarray, np.ndarray]:
    """First row of each distinct row, and for every row the index of its distinct row."""
    seen: dict[bytes, int] = {}
    first: list[int] = []
    of = np.empty(m.shape[0], dtype=np.int64)
    indptr, indices, data = m.indptr, m.indices, m.data
    for r in range(m.shape[0]):
        lo, hi = indptr[r], indptr[r + 1]
        key = indices[lo:hi].tobytes() + b"|" + data[lo:hi].tobytes()
        k = seen.get(key)
        if k is None:
            k = seen[key] = len(first)
            first.append(r)
        of[r] = k
    return np.asarray(first, dtype=np.int64), of


def _searchable(ua: sparse.csr_matrix, ub: sparse.csr_matrix, budget: int) -> np.ndarray | None:
    """Features used to find candidates: None for all, else a mask without the commonest."""
    n_feat = ua.shape[1]
    df_a = np.bincount(ua.indices, minlength=n_feat).astype(np.int64)
    df_b = np.bincount(ub.indices, minlength=n_feat).astype(np.int64)
    work = df_a * df_b
    if int(work.sum()) <= budget:
        return None
    order = np.lexsort((np.arange(n_feat), work))  # rarest first, ties by column
    fits = np.cumsum(work[order]) <= budget
    keep = np.zeros(n_feat, dtype=bool)
    keep[order[fits]] = True
    return keep


def _blocks(ua: sparse.csr_matrix, ub: sparse.csr_matrix) -> list[tuple[int, int]]:
    """Row ranges of ``ua`` each costing about :data:`_BLOCK_WORK` products against ``ub``."""
    df_b = np.bincount(ub.indices, minlength=ua.shape[1])
    per_row = np.add.reduceat(
        np.append(df_b[ua.indices], 0), np.minimum(ua.indptr[:-1], ua.indices.size)
    )
    per_row[np.diff(ua.indptr) == 0] = 0
    out: list[tuple[int, int]] = []
    start, acc = 0, 0
    for r, w in enumerate(per_row.tolist()):
        acc += w
        if acc >= _BLOCK_WORK:
            out.append((start, r + 1))
            start, acc = r + 1, 0
    if start < ua.shape[0]:
        out.append((start, ua.shape[0]))
    return out


def _score(
    ua: sparse.csr_matrix,
    ub: sparse.csr_matrix,
    keep: np.ndarray | None,
    least: float,
    *,
    limit: int | None = None,
    top: int | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
    """Scored candidate pairs, block by block of rows of ``ua``.

    With ``keep`` None every pair sharing a feature is scored with the sparse product
    (the dense cosine exactly); else pairs sharing a ``keep`` feature are found and
    scored on all their features. ``top`` keeps each row's best pairs; past ``limit``
    pairs, None is returned.
    """
    sp = scipy_sparse()
    if keep is None:
        sa, sb = ua, ub
    else:
        mask = sp.diags(keep.astype(np.float64))
        sa = sp.csr_matrix(ua @ mask)
        sa.eliminate_zeros()
        sb = sp.csr_matrix(ub @ mask)
        sb.eliminate_zeros()
    sbt = sp.csr_matrix(sb.T)
    parts: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
    total = 0
    for lo, hi in _blocks(sa, sb):
        hits = sp.coo_matrix(sa[lo:hi] @ sbt)
        rows, cols = hits.row.astype(np.int64) + lo, hits.col.astype(np.int64)
        if keep is None:
            vals = np.round(np.clip(hits.data, 0.0, 1.0), 9)
        else:
            vals = np.concatenate(
                [np.zeros(0)]
                + [
                    _dots(ua, ub, rows[k : k + 200_000], cols[k : k + 200_000])
                    for k in range(0, rows.size, 200_000)
                ]
            )
        ok = (vals >= least) & (vals > 0)
        rows, cols, vals = rows[ok], cols[ok], vals[ok]
        if top is not None:
            rows, cols, vals = _best_per_row(rows, cols, vals, top)
        total += rows.size
        if limit is not None and total > limit:
            return None
        parts.append((rows, cols, vals))
    return _concat(parts)


def _dots(ua: sparse.csr_matrix, ub: sparse.csr_matrix, r: np.ndarray, c: np.ndarray) -> np.ndarray:
    dots = np.asarray(ua[r].multiply(ub[c]).sum(axis=1)).ravel()
    out: np.ndarray = np.round(np.clip(dots, 0.0, 1.0), 9)
    return out


def _best_per_row(
    rows: np.ndarray, cols: np.ndarray, vals: np.ndarray, top: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The ``top`` best pairs of each row (ties by column)."""
    if not rows.size:
        return rows, cols, vals
    base = int(rows.min())
    # one int64 sort key: row, then similarity descending (9 decimals), then column
    col_bits = int(cols.max()).bit_length()
    if (int(rows.max()) - base).bit_length() + 30 + col_bits <= 62:
        worse = 1_000_000_000 - np.rint(vals * 1e9).astype(np.int64)
        key = (((rows - base) << 30) | worse) << col_bits | cols
        order = np.argsort(key)
    else:
        order = np.lexsort((cols, -vals, rows))
    rows, cols, vals = rows[order], cols[order], vals[order]
    starts = np.flatnonzero(np.r_[True, rows[1:] != rows[:-1]])
    rank = np.arange(rows.size) - np.repeat(starts, np.diff(np.r_[starts, rows.size]))
    ok = rank < top
    return rows[ok], cols[ok], vals[ok]


def _union(
    x: tuple[np.ndarray, np.ndarray, np.ndarray],
    y: tuple[np.ndarray, np.ndarray, np.ndarray],
    n_cols: int,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Pairs of x and of y, each once (x's value first)."""
    rows = np.concatenate([x[0], y[0]])
    cols = np.concatenate([x[1], y[1]])
    vals = np.concatenate([x[2], y[2]])
    _, first = np.unique(rows * n_cols + cols, return_index=True)
    return rows[first], cols[first], vals[first]


def _concat(
    parts: list[tuple[np.ndarray, np.ndarray, np.ndarray]],
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    if not parts:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, np.zeros(0)
    return (
        np.concatenate([p[0] for p in parts]).astype(np.int64),
        np.concatenate([p[1] for p in parts]).astype(np.int64),
        np.concatenate([p[2] for p in parts]),
    )


def _expand(
    rows: np.ndarray, cols: np.ndarray, vals: np.ndarray, of_a: np.ndarray, of_b: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Turn pairs of distinct rows into pairs of units (copies banded, see the module).

    Pairs of groups with at most :data:`COPY_PAIRS` copy pairs (almost all) are expanded
    all with all in one vectorized step; only banded groups take a loop.
    """
    order_a, first_a, count_a = _copy_index(of_a)
    order_b, first_b, count_b = _copy_index(of_b)
    n, m = count_a[rows], count_b[cols]
    cells = n * m
    simple = cells == 1
    out_r = [order_a[first_a[rows[simple]]]]
    out_c = [order_b[first_b[cols[simple]]]]
    out_v = [vals[simple]]
    full = np.flatnonzero((cells > 1) & (cells <= COPY_PAIRS))
    if full.size:
        size = cells[full]
        start = np.repeat(np.cumsum(size) - size, size)
        local = np.arange(int(size.sum())) - start  # rank of each copy pair within its group
        mm = np.repeat(m[full], size)
        ks, ls = np.divmod(local, mm)
        out_r.append(order_a[np.repeat(first_a[rows[full]], size) + ks])
        out_c.append(order_b[np.repeat(first_b[cols[full]], size) + ls])
        out_v.append(np.repeat(vals[full], size))
    for k in np.flatnonzero(cells > COPY_PAIRS).tolist():
        ra, cb = int(rows[k]), int(cols[k])
        xs = order_a[first_a[ra] : first_a[ra] + count_a[ra]]
        ys = order_b[first_b[cb] : first_b[cb] + count_b[cb]]
        r, c = _pair_copies(len(xs), len(ys))
        out_r.append(xs[r])
        out_c.append(ys[c])
        out_v.append(np.full(r.size, vals[k]))
    return np.concatenate(out_r), np.concatenate(out_c), np.concatenate(out_v)


def _copy_index(of: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Units sorted by distinct row (ascending within one), and each row's first place and count.

    The units of distinct row ``r`` are ``order[first[r] : first[r] + count[r]]``.
    """
    order = np.argsort(of, kind="stable")
    count = np.bincount(of, minlength=int(of.max()) + 1 if of.size else 0)
    first = np.cumsum(count) - count
    return order, first, count


def _pair_copies(n: int, m: int) -> tuple[np.ndarray, np.ndarray]:
    """Copy pairs (k, l) of n and m copies: all, or those of about the same rank.

    Banded, ``(k, l)`` is kept when ``|(k + 1/2)/n - (l + 1/2)/m|`` is at most
    ``COPY_BAND / max(n, m)``: the same pairs with the sides swapped, and
    about ``(2 COPY_BAND + 1) max(n, m)`` of them.
    """
    if n * m <= COPY_PAIRS:
        ks, ls = np.divmod(np.arange(n * m), m)
        return ks, ls
    k = np.arange(n)
    centre = ((2 * k + 1) * m - n) / (2 * n)  # rank in m with the same relative position
    reach = COPY_BAND * m / max(n, m) + 1
    lo = np.maximum(np.floor(centre - reach).astype(np.int64), 0)
    hi = np.minimum(np.ceil(centre + reach).astype(np.int64), m - 1)
    kk = np.repeat(k, np.maximum(hi - lo + 1, 0))
    spans = zip(lo.tolist(), hi.tolist(), strict=True)
    ll = np.concatenate([np.arange(x, y + 1) for x, y in spans])
    ok = np.abs((2 * kk + 1) * m - (2 * ll + 1) * n) <= 2 * COPY_BAND * min(n, m)
    return kk[ok], ll[ok]
