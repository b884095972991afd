"""Maximum-weight matching of sparse candidate pairs, one connected component at a time.

An optimal assignment over a rows x columns matrix whose non-candidates score 0 pairs
the candidates exactly as an optimal assignment of each connected component of the
candidate graph on its own. :func:`best_matching` solves the components separately, a
small one with ``scipy.optimize.linear_sum_assignment`` on its dense block (the same
solver, so the same answer, as on the whole matrix) and one of more than
:data:`DENSE_LIMIT` cells with the sparse ``min_weight_full_bipartite_matching``.
Memory and time then follow the candidates, not the product of the sides. Candidates
that share no row or column need no solver, and scipy is then not imported at all.

>>> import numpy as np
>>> best_matching(np.array([0, 0, 1]), np.array([0, 1, 1]), np.array([0.9, 0.5, 0.8]), (2, 2))
{0: 0, 1: 1}
"""

from __future__ import annotations

import numpy as np

__all__ = ["DENSE_LIMIT", "best_matching"]

DENSE_LIMIT = 250_000
"""Most cells (rows x columns) of a component solved on a dense block."""


def best_matching(
    r: np.ndarray, c: np.ndarray, score: np.ndarray, shape: tuple[int, int]
) -> dict[int, int]:
    """Pairs of rows and columns that maximize the summed score of the candidates.

    Args:
        r: Row of each candidate pair.
        c: Column of each candidate pair (no pair given twice).
        score: Positive score of each candidate pair.
        shape: Number of rows and of columns.

    Returns:
        Row → column of the chosen pairs.
    """
    if not r.size:
        return {}
    if len(set(r.tolist())) == r.size and len(set(c.tolist())) == c.size:
        # no row or column in two candidates: every candidate is a component of its own
        # (sets, not np.unique, which loads numpy.ma: ~10 ms of a small comparison)
        return dict(zip(r.tolist(), c.tolist(), strict=True))
    # imported here: scipy.sparse.csgraph costs ~0.45 s to load in a fresh process
    from scipy import sparse
    from scipy.sparse.csgraph import connected_components

    n_r, n_c = shape
    graph = sparse.coo_matrix((np.ones(r.size), (r, n_r + c)), shape=(n_r + n_c, n_r + n_c)).tocsr()
    _, label = connected_components(graph, directed=False)
    comp = label[r]
    order = np.argsort(comp, kind="stable")
    bounds = np.flatnonzero(np.diff(comp[order])) + 1
    out: dict[int, int] = {}
    for part in np.split(order, bounds):
        if part.size == 1:
            out[int(r[part[0]])] = int(c[part[0]])
            continue
        out.update(_solve(r[part], c[part], score[part]))
    return out


def _solve(r: np.ndarray, c: np.ndarray, score: np.ndarray) -> dict[int, int]:
    rows, ri = np.unique(r, return_inverse=True)
    cols, ci = np.unique(c, return_inverse=True)
    if rows.size * cols.size <= DENSE_LIMIT:
        block = np.zeros((rows.size, cols.size))
        block[ri, ci] = score
        edge = np.zeros(block.shape, dtype=bool)
        edge[ri, ci] = True
        # imported here: scipy.optimize costs ~0.2 s to load, and a small comparison (every
        # candidate alone in its component) never needs it
        from scipy.optimize import linear_sum_assignment

        rr, cc = linear_sum_assignment(block, maximize=True)
        return {int(rows[x]): int(cols[y]) for x, y in zip(rr, cc, strict=True) if edge[x, y]}
    from scipy import sparse
    from scipy.sparse.csgraph import min_weight_full_bipartite_matching

    # sparse solver: each row also gets a private dummy column worth nothing, so a
    # full matching of the rows always exists; costs are positive (top - score)
    n = rows.size
    top = float(score.max()) + 1.0
    cost = sparse.csr_matrix(
        (
            np.concatenate([top - score, np.full(n, top)]),
            (np.concatenate([ri, np.arange(n)]), np.concatenate([ci, cols.size + np.arange(n)])),
        ),
        shape=(n, cols.size + n),
    )
    got_r, got_c = min_weight_full_bipartite_matching(cost)
    return {
        int(rows[x]): int(cols[y])
        for x, y in zip(got_r.tolist(), got_c.tolist(), strict=True)
        if y < cols.size
    }
