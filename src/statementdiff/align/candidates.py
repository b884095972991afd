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
  :data:`WORK_BUDGET` every pair sharing a feature is scored, with the same sparse
  product as :func:`~statementdiff.align.similarity.cosine`, so the similarities are
  the dense ones exactly. Above it (statements of tens of thousands of clauses), the
  most widespread features are left out of the *candidate search* until the work
  fits: a pair is then scored only if it shares a rarer feature (its similarity still
  counts every feature). The choice depends on the inputs alone, so it is
  deterministic.

>>> from scipy import sparse
>>> a = sparse.csr_matrix([[1.0, 0.0], [0.0, 1.0]])
>>> b = sparse.csr_matrix([[0.0, 1.0]])
>>> similar_pairs(a, b, 0.1).toarray().tolist()
[[0.0], [1.0]]
"""

from __future__ import annotations

import numpy as np
from scipy import sparse

__all__ = ["COPY_BAND", "COPY_PAIRS", "WORK_BUDGET", "similar_pairs"]

WORK_BUDGET = 20_000_000
"""Most feature products scored exactly; above it the commonest features find no pairs."""

COPY_PAIRS = 64
"""Most copy pairs of two groups of identical units paired all with all."""

COPY_BAND = 2
"""Above :data:`COPY_PAIRS`, a copy meets the copies within this many ranks of its own."""

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
        return sparse.csr_matrix((n_a, n_b))
    first_a, of_a = _unique_rows(a)
    first_b, of_b = _unique_rows(b)
    ua = sparse.csr_matrix(a[first_a])
    ub = sparse.csr_matrix(b[first_b])
    keep = _searchable(ua, ub)
    if keep is None:
        rows, cols, vals = _exact(ua, ub, least)
    else:
        rows, cols, vals = _pruned(ua, ub, keep, least)
    rows, cols, vals = _expand(rows, cols, vals, of_a, of_b)
    out = sparse.csr_matrix((vals, (rows, cols)), shape=(n_a, n_b))
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


def _searchable(ua: sparse.csr_matrix, ub: sparse.csr_matrix) -> np.ndarray | None:
    """Features used to find candidates: None for all, else a mask without the commonest."""
    n_feat = ua.shape[1]
    df_a = np.bincount(ua.indices, minlength=n_feat).astype(np.int64)
    df_b = np.bincount(ub.indices, minlength=n_feat).astype(np.int64)
    work = df_a * df_b
    if int(work.sum()) <= WORK_BUDGET:
        return None
    order = np.lexsort((np.arange(n_feat), work))  # rarest first, ties by column
    fits = np.cumsum(work[order]) <= WORK_BUDGET
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


def _exact(
    ua: sparse.csr_matrix, ub: sparse.csr_matrix, least: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Every pair sharing a feature, scored with the sparse product block by block."""
    ubt = sparse.csr_matrix(ub.T)
    parts: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
    for lo, hi in _blocks(ua, ub):
        prod = sparse.coo_matrix(ua[lo:hi] @ ubt)
        vals = np.round(np.clip(prod.data, 0.0, 1.0), 9)
        ok = (vals >= least) & (vals > 0)
        parts.append((prod.row[ok] + lo, prod.col[ok], vals[ok]))
    return _concat(parts)


def _pruned(
    ua: sparse.csr_matrix, ub: sparse.csr_matrix, keep: np.ndarray, least: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Pairs sharing a searchable feature, scored on all their features."""
    mask = sparse.diags(keep.astype(np.float64))
    sa = sparse.csr_matrix(ua @ mask)
    sa.eliminate_zeros()
    sb = sparse.csr_matrix(ub @ mask)
    sb.eliminate_zeros()
    sbt = sparse.csr_matrix(sb.T)
    parts: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
    for lo, hi in _blocks(sa, sb):
        hits = sparse.coo_matrix(sa[lo:hi] @ sbt)
        rows, cols = hits.row + lo, hits.col
        for k in range(0, rows.size, 200_000):
            r, c = rows[k : k + 200_000], cols[k : k + 200_000]
            dots = np.asarray(ua[r].multiply(ub[c]).sum(axis=1)).ravel()
            vals = np.round(np.clip(dots, 0.0, 1.0), 9)
            ok = (vals >= least) & (vals > 0)
            parts.append((r[ok], c[ok], vals[ok]))
    return _concat(parts)


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
    """Turn pairs of distinct rows into pairs of units (copies banded, see the module)."""
    copies_a = _copies(of_a)
    copies_b = _copies(of_b)
    single_a = np.array([len(c) == 1 for c in copies_a])
    single_b = np.array([len(c) == 1 for c in copies_b])
    simple = single_a[rows] & single_b[cols]
    first_a = np.array([c[0] for c in copies_a], dtype=np.int64)
    first_b = np.array([c[0] for c in copies_b], dtype=np.int64)
    out_r = [first_a[rows[simple]]]
    out_c = [first_b[cols[simple]]]
    out_v = [vals[simple]]
    for k in np.flatnonzero(~simple).tolist():
        xs, ys = copies_a[int(rows[k])], copies_b[int(cols[k])]
        r, c = _pair_copies(len(xs), len(ys))
        out_r.append(xs[r])
        out_c.append(ys[c])
        out_v.append(np.full(r.size, vals[k]))
    return np.concatenate(out_r), np.concatenate(out_c), np.concatenate(out_v)


def _copies(of: np.ndarray) -> list[np.ndarray]:
    """Units of each distinct row, ascending."""
    order = np.argsort(of, kind="stable")
    bounds = np.flatnonzero(np.diff(of[order])) + 1
    return np.split(order, bounds)


def _pair_copies(n: int, m: int) -> tuple[np.ndarray, np.ndarray]:
    """Copy pairs (k, l) of n and m copies: all, or those of about the same rank.

    Banded, ``(k, l)`` is kept when ``|(k + 1/2)/n - (l + 1/2)/m|`` is at most
    ``COPY_BAND / max(n, m)``: the same pairs with the sides swapped, and
    about ``(2 COPY_BAND + 1) max(n, m)`` of them.
    """
    if n * m <= COPY_PAIRS:
        k, l = np.divmod(np.arange(n * m), m)
        return k, l
    k = np.arange(n)
    centre = ((2 * k + 1) * m - n) / (2 * n)  # rank in m with the same relative position
    reach = COPY_BAND * m / max(n, m) + 1
    lo = np.maximum(np.floor(centre - reach).astype(np.int64), 0)
    hi = np.minimum(np.ceil(centre + reach).astype(np.int64), m - 1)
    kk = np.repeat(k, np.maximum(hi - lo + 1, 0))
    ll = np.concatenate([np.arange(x, y + 1) for x, y in zip(lo.tolist(), hi.tolist(), strict=True)])
    ok = np.abs((2 * kk + 1) * m - (2 * ll + 1) * n) <= 2 * COPY_BAND * min(n, m)
    return kk[ok], ll[ok]
