"""Maximum-weight matching of sparse candidate pairs, one connected component at a time.

An optimal assignment over a rows x columns matrix whose non-candidates score 0 pairs
the candidates exactly as an optimal assignment of each connected component of the
candidate graph on its own. :func:`best_matching` solves the components separately, a
small one with ``scipy.optimize.linear_sum_assignment`` on its dense block (the same
solver, so the same answer, as on the whole matrix) and one of more than
:data:`DENSE_LIMIT` cells with the sparse ``min_weight_full_bipartite_matching``.
Memory and time then follow the candidates, not the product of the sides. Candidates
that share no row or column need no solver. A small comparison's components are found
without scipy, and a component of at most :data:`EXACT_LIMIT` candidates whose best
matching beats every other by more than :data:`TIE_MARGIN` is solved by enumeration: the
optimum is unique, so it is the solver's answer too. scipy (about 0.2-0.45 s to load in a
fresh process) is then imported only for ties and for large components.

>>> import numpy as np
>>> best_matching(np.array([0, 0, 1]), np.array([0, 1, 1]), np.array([0.9, 0.5, 0.8]), (2, 2))
{0: 0, 1: 1}
"""

from __future__ import annotations

import numpy as np

__all__ = ["DENSE_LIMIT", "EXACT_LIMIT", "TIE_MARGIN", "best_matching"]

DENSE_LIMIT = 250_000
"""Most cells (rows x columns) of a component solved on a dense block."""

EXACT_LIMIT = 12
"""Most candidates in a component solved by enumerating its matchings."""

TIE_MARGIN = 1e-9
"""How much the best matching of a component must beat every other one to be taken from
the enumeration; closer matchings go to the solver, whose choice among ties is its own."""

_PURE_COMPONENTS = 5_000
"""Most candidates whose connected components are found in Python, not by scipy."""


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
    out: dict[int, int] = {}
    for part in _components(r, c, shape):
        if part.size == 1:
            out[int(r[part[0]])] = int(c[part[0]])
            continue
        out.update(_solve(r[part], c[part], score[part]))
    return out


def _components(r: np.ndarray, c: np.ndarray, shape: tuple[int, int]) -> list[np.ndarray]:
    """The candidates of each connected component, in the order of its first row.

    The order is scipy's ``connected_components`` labelling (a component is numbered by its
    smallest node, and every component holds a row), candidates in their given order.
    """
    if r.size <= _PURE_COMPONENTS:
        parent: dict[int, int] = {}

        def root(node: int) -> int:
            while parent.setdefault(node, node) != node:
                parent[node] = parent[parent[node]]
                node = parent[node]
            return node

        n_r = shape[0]
        rows, cols = r.tolist(), c.tolist()
        for row, col in zip(rows, cols, strict=True):
            a, b = root(row), root(n_r + col)
            if a != b:
                parent[max(a, b)] = min(a, b)
        groups: dict[int, list[int]] = {}
        for k, row in enumerate(rows):
            groups.setdefault(root(row), []).append(k)
        return [np.array(groups[key]) for key in sorted(groups)]
    # imported here: scipy.sparse.csgraph costs ~0.45 s to load in a fresh process
    from scipy import sparse
    from scipy.sparse.csgraph import connected_components

    n_r, n_c = shape
    graph = sparse.coo_matrix((np.ones(r.size), (r, n_r + c)), shape=(n_r + n_c, n_r + n_c)).tocsr()
    _, label = connected_components(graph, directed=False)
    comp = label[r]
    order = np.argsort(comp, kind="stable")
    bounds = np.flatnonzero(np.diff(comp[order])) + 1
    return list(np.split(order, bounds))


def _unique_best(r: np.ndarray, c: np.ndarray, score: np.ndarray) -> dict[int, int] | None:
    """The best matching of a small component, by enumeration.

    None when another matching comes within :data:`TIE_MARGIN` of it: the solver then
    decides among the ties, as it always did.
    """
    by_row: dict[int, list[tuple[int, float]]] = {}
    for row, col, s in zip(r.tolist(), c.tolist(), score.tolist(), strict=True):
        by_row.setdefault(row, []).append((col, s))
    rows = sorted(by_row)
    best: list[float] = [-1.0, -1.0]  # best total, second best total
    chosen: dict[int, int] = {}
    found: dict[int, int] = {}

    def walk(i: int, used: set[int], total: float) -> None:
        if i == len(rows):
            if total > best[0]:
                best[0], best[1] = total, best[0]
                found.clear()
                found.update(chosen)
            elif total > best[1]:
                best[1] = total
            return
        walk(i + 1, used, total)
        for col, s in by_row[rows[i]]:
            if col not in used:
                chosen[rows[i]] = col
                used.add(col)
                walk(i + 1, used, total + s)
                used.discard(col)
                del chosen[rows[i]]

    walk(0, set(), 0.0)
    if best[0] - best[1] <= TIE_MARGIN:
        return None
    return {row: found[row] for row in rows if row in found}


def _solve(r: np.ndarray, c: np.ndarray, score: np.ndarray) -> dict[int, int]:
    if r.size <= EXACT_LIMIT:
        unique = _unique_best(r, c, score)
        if unique is not None:
            return unique
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
