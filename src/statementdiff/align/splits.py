"""Splits and merges: one clause matched by 2-3 adjacent clauses of the other side.

:class:`Grower` takes the one-to-one clause pairs of an alignment and finds, for
every unanchored clause, the windows of adjacent clauses of the other side that
match it better together than its partner alone, within the :class:`SplitLimits`
of the :class:`~statementdiff.align.aligner.Aligner`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from statementdiff.align.similarity import SHORT_TOKENS, Space, row_dots
from statementdiff.align.smallcsr import as_csr, coo_of, csr_from, transposed

if TYPE_CHECKING:
    from scipy import sparse

__all__ = ["Cand", "Grower", "Key", "SplitLimits"]

Key = tuple[tuple[int, ...], tuple[int, ...]]
"""A match: indices on side a, indices on side b."""
Cand = tuple[float, tuple[tuple[int, ...], ...], tuple[int, ...], tuple[int, ...]]
"""A candidate split or merge: score, tie-break key, indices on side a and on side b."""


@dataclass(frozen=True)
class SplitLimits:
    """The thresholds a split or merge must meet (see :class:`statementdiff.align.aligner.Aligner`).

    Attributes:
        threshold: Least similarity of the joined window to the clause.
        split_gain: How much better the window must match than the clause's partner.
        part_min: Least similarity of each part of the window to the clause.
        max_parts: Most clauses in a window.
    """

    threshold: float
    split_gain: float
    part_min: float
    max_parts: int


class Grower:
    """Turn one-to-one pairs into splits and merges where adjacent clauses fit better.

    A window of 2..max_parts adjacent clauses of one side is a candidate for a clause
    x of the other side when every part reaches ``part_min`` with x, every part is
    free or x's own partner, and the window holds x's partner if x has one. All
    candidates are found with array operations and scored at once: the cosine of x
    with the summed word counts of the window (sparse matrix products, no Python
    loop per candidate). The best candidates are then taken greedily.
    """

    def __init__(
        self,
        limits: SplitLimits,
        space: Space,
        tokens: tuple[list[list[str]], list[list[str]]],
        rest_a: list[int],
        rest_b: list[int],
        sim: np.ndarray | sparse.spmatrix,
    ) -> None:
        self.limits = limits
        self.space = space
        self.ta, self.tb = tokens
        self.na, self.nb = len(self.ta), len(self.tb)
        self.rest_a, self.rest_b = rest_a, rest_b
        # candidate pairs (rest_a x rest_b): the stored entries of a sparse matrix, or
        # the non-zero ones of a dense one (pairs below part_min are never used)
        self.sim = as_csr(sim)

    def grow(self, scores: dict[Key, float]) -> dict[Key, float]:
        """Return ``scores`` with the best fitting splits and merges in place of their pairs."""
        a_to_b = {ai[0]: bi[0] for ai, bi in scores}
        b_to_a = {bi[0]: ai[0] for ai, bi in scores}
        cands = self._candidates(a_to_b, b_to_a, flip=False)  # splits: x in a
        cands += self._candidates(b_to_a, a_to_b, flip=True)  # merges: x in b
        cands.sort(key=lambda c: (-c[0], c[1]))
        result = dict(scores)
        owner_a = {i: k for k in result for i in k[0]}
        owner_b = {j: k for k in result for j in k[1]}
        for score, _, ai, bi in cands:
            base = {owner_a[i] for i in ai if i in owner_a}
            base |= {owner_b[j] for j in bi if j in owner_b}
            if len(base) > 1:
                continue
            if base:
                old = base.pop()
                ka, kb = old
                if len(ka) != 1 or len(kb) != 1 or ka[0] not in ai or kb[0] not in bi:
                    continue
                del result[old]
            result[ai, bi] = score
            for i in ai:
                owner_a[i] = (ai, bi)
            for j in bi:
                owner_b[j] = (ai, bi)
        return result

    def _candidates(
        self, partner_of: dict[int, int], taken: dict[int, int], *, flip: bool
    ) -> list[Cand]:
        """Scored windows of the other side for every unanchored clause x of this side."""
        sim = transposed(self.sim) if flip else self.sim
        xs = self.rest_b if flip else self.rest_a
        others = np.asarray(self.rest_a if flip else self.rest_b, dtype=np.int64)
        n_other = self.na if flip else self.nb
        if not xs or n_other < 2:
            return []
        row, coo_col, val = coo_of(sim)
        col = others[coo_col]
        free = np.zeros(n_other, dtype=bool)
        free[others] = True
        free[list(taken)] = False
        partner = np.array([partner_of.get(x, -1) for x in xs], dtype=np.int64)
        has = partner >= 0
        own = col == partner[row]
        base = np.zeros(len(xs))
        base[row[own]] = val[own]
        ok = (val >= self.limits.part_min) & (free[col] | own)
        keys = np.sort(row[ok] * n_other + col[ok])  # row-major, as a dense scan
        if not keys.size:
            return []
        found: list[tuple[np.ndarray, np.ndarray, int]] = []
        for size in range(2, min(self.limits.max_parts, n_other) + 1):
            r, t = np.divmod(keys, n_other)
            win = t <= n_other - size
            for d in range(1, size):
                nxt = keys + d
                at = np.minimum(np.searchsorted(keys, nxt), keys.size - 1)
                win &= keys[at] == nxt
            inside = (t >= partner[r] - size + 1) & (t <= partner[r])
            win &= inside | ~has[r]
            if win.any():
                found.append((r[win], t[win], size))
        if not found:
            return []
        rows = np.concatenate([f[0] for f in found])
        starts = np.concatenate([f[1] for f in found])
        sizes = np.concatenate([np.full(f[0].size, f[2]) for f in found])
        joint = self._joint(xs, rows, starts, sizes, flip=flip)
        keep = (joint >= self.limits.threshold) & (joint >= base[rows] + self.limits.split_gain)
        out: list[Cand] = []
        for k in np.flatnonzero(keep).tolist():
            x = (xs[int(rows[k])],)
            w = tuple(range(int(starts[k]), int(starts[k]) + int(sizes[k])))
            ai, bi = (w, x) if flip else (x, w)
            out.append((float(joint[k]), tuple(sorted([ai, bi])), ai, bi))
        return out

    def _joint(
        self,
        xs: list[int],
        rows: np.ndarray,
        starts: np.ndarray,
        sizes: np.ndarray,
        *,
        flip: bool,
    ) -> np.ndarray:
        """Cosine of each clause x with the summed counts of its window (batched)."""
        space = self.space
        other_tokens = self.ta if flip else self.tb
        offset_x, offset_other = (self.na, 0) if flip else (0, self.na)
        n_other = len(other_tokens)
        lengths = np.array([len(t) for t in other_tokens])
        cum = np.concatenate([[0], np.cumsum(lengths)])
        totals = cum[starts + sizes] - cum[starts]
        ones = np.repeat(np.arange(rows.size), sizes)
        members = np.concatenate([np.arange(s, s + n) for s, n in zip(starts, sizes, strict=True)])
        pick = csr_from(
            np.ones(members.size), ones, members, (rows.size, n_other), small=space.small
        )
        token_counts = space.token_counts[offset_other : offset_other + n_other]
        windows = space.weigh(pick @ token_counts)
        singles = space.rows[np.asarray(xs)[rows] + offset_x]
        joint = row_dots(singles, windows)
        # a window of few words also gets character 3-grams: score those one by one
        x_tokens = self.tb if flip else self.ta
        for k in np.flatnonzero(totals < SHORT_TOKENS).tolist():
            s, n = int(starts[k]), int(sizes[k])
            joined = [tok for y in range(s, s + n) for tok in other_tokens[y]]
            joint[k] = space.dense_cosine(x_tokens[xs[int(rows[k])]], joined)
        return joint
