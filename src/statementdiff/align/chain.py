"""In-order chains of matched pairs: which pairs keep the document order, which moved.

A set of pairs ``(x, y)`` keeps the document order when it is increasing in both
``x`` and ``y``. The pairs on the *heaviest* such chain (weights are word counts
plus a content-derived fraction from :func:`pair_key`, so the chain is unique and
the same for ``(a, b)`` and ``(b, a)``) stay in place; every other pair has moved.
:func:`one_gap` tells when no pairing of what is left can move anything.
"""

from __future__ import annotations

import bisect
import itertools
import zlib
from collections.abc import Sequence

__all__ = ["heaviest_chain", "one_gap", "pair_key"]


def one_gap(pairs: dict[int, int], rest_a: Sequence[int], rest_b: Sequence[int]) -> bool:
    """Tell whether any pairing of the unpaired indices is one pair, in order.

    True when the anchored pairs are in order, every unpaired index on both sides
    stands in the same gap between them, and one side has a single unpaired index.
    """
    if min(len(rest_a), len(rest_b)) != 1:
        return False
    xs = sorted(pairs)
    ys = [pairs[x] for x in xs]
    if any(y1 >= y2 for y1, y2 in itertools.pairwise(ys)):
        return False
    gaps = {bisect.bisect(xs, x) for x in rest_a} | {bisect.bisect(ys, y) for y in rest_b}
    return len(gaps) == 1


def pair_key(a_keys: Sequence[str], b_keys: Sequence[str]) -> float:
    """A fraction in [0, 1e-3) derived from the pair's content, the same for (b, a)."""
    text = "\x00".join(sorted(["\x01".join(a_keys), "\x01".join(b_keys)]))
    return (zlib.crc32(text.encode("utf-8")) / 2**32) * 1e-3


def heaviest_chain(items: Sequence[tuple[int, int, float, float]]) -> set[int]:
    """Return the x of the items on the heaviest chain increasing in both x and y.

    Items are ``(x, y, weight, tiebreak)``; O(n log n) with a Fenwick tree of maxima.
    """
    if not items:
        return set()
    order = sorted(items)
    ys = sorted({it[1] for it in order})
    rank = {y: r + 1 for r, y in enumerate(ys)}
    size = len(ys)
    tree_val = [0.0] * (size + 1)
    tree_idx = [-1] * (size + 1)
    best = [0.0] * len(order)
    back = [-1] * len(order)
    for k, (_, y, w, tie) in enumerate(order):
        r = rank[y] - 1
        val, idx = 0.0, -1
        while r > 0:
            if tree_val[r] > val:
                val, idx = tree_val[r], tree_idx[r]
            r -= r & -r
        best[k] = val + w + tie
        back[k] = idx
        r = rank[y]
        while r <= size:
            if best[k] > tree_val[r]:
                tree_val[r], tree_idx[r] = best[k], k
            r += r & -r
    k = max(range(len(order)), key=lambda t: best[t])
    chain: set[int] = set()
    while k != -1:
        chain.add(order[k][0])
        k = back[k]
    return chain
