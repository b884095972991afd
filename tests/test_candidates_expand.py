"""Candidate pairs: the shortcut for small inputs, and the vectorized expansion of copies.

``_expand`` turns pairs of *distinct* feature rows into pairs of the units holding them.
It was a loop over every pair whose rows have copies; it is now one vectorized step for
groups of up to ``COPY_PAIRS`` copy pairs. The reference below is the loop as it was.
"""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from statementdiff.align.candidates import (
    COPY_PAIRS,
    _expand,
    _general,
    _pair_copies,
    _small,
    similar_pairs,
)
from statementdiff.align.similarity import Space


def _reference(
    rows: np.ndarray, cols: np.ndarray, vals: np.ndarray, of_a: np.ndarray, of_b: np.ndarray
) -> set[tuple[int, int, float]]:
    def copies(of: np.ndarray) -> list[np.ndarray]:
        order = np.argsort(of, kind="stable")
        return np.split(order, np.flatnonzero(np.diff(of[order])) + 1)

    ca, cb = copies(of_a), copies(of_b)
    out: set[tuple[int, int, float]] = set()
    for r, c, v in zip(rows.tolist(), cols.tolist(), vals.tolist(), strict=True):
        xs, ys = ca[r], cb[c]
        ks, ls = _pair_copies(len(xs), len(ys))
        out.update((int(xs[k]), int(ys[m]), v) for k, m in zip(ks, ls, strict=True))
    return out


def _labels(draw: st.DrawFn, n_units: int) -> np.ndarray:
    """Distinct-row labels 0..k-1 for n units, every label used (as ``_unique_rows`` gives)."""
    labels = draw(st.lists(st.integers(0, n_units - 1), min_size=n_units, max_size=n_units))
    _, dense = np.unique(labels, return_inverse=True)
    return np.asarray(dense, dtype=np.int64)


@st.composite
def _cases(draw: st.DrawFn) -> tuple[np.ndarray, ...]:
    of_a = _labels(draw, draw(st.integers(1, 40)))
    of_b = _labels(draw, draw(st.integers(1, 40)))
    na, nb = int(of_a.max()) + 1, int(of_b.max()) + 1
    cells = draw(st.sets(st.tuples(st.integers(0, na - 1), st.integers(0, nb - 1)), max_size=30))
    pairs = sorted(cells)
    rows = np.array([p[0] for p in pairs], dtype=np.int64)
    cols = np.array([p[1] for p in pairs], dtype=np.int64)
    vals = np.round(np.linspace(0.1, 1.0, len(pairs)), 9)
    return rows, cols, vals, of_a, of_b


@settings(max_examples=300, deadline=None)
@given(_cases())
def test_expand_gives_the_pairs_of_the_loop(case: tuple[np.ndarray, ...]) -> None:
    rows, cols, vals, of_a, of_b = case
    r, c, v = _expand(rows, cols, vals, of_a, of_b)
    got = list(zip(r.tolist(), c.tolist(), v.tolist(), strict=True))
    assert len(got) == len(set(got))  # no pair twice
    assert set(got) == _reference(rows, cols, vals, of_a, of_b)


def test_expand_covers_all_three_kinds_of_group() -> None:
    # unit 0 alone; units 1-2 copies; units 3-12 ten copies (10 x 10 > COPY_PAIRS: banded)
    of_a = np.array([0, 1, 1, *([2] * 10)])
    of_b = np.array([0, 1, 1, *([2] * 10)])
    rows = np.array([0, 1, 2, 0])
    cols = np.array([0, 1, 2, 2])
    vals = np.array([0.9, 0.8, 0.7, 0.6])
    assert COPY_PAIRS < 10 * 10
    r, c, v = _expand(rows, cols, vals, of_a, of_b)
    got = set(zip(r.tolist(), c.tolist(), v.tolist(), strict=True))
    assert got == _reference(rows, cols, vals, of_a, of_b)
    assert (0, 0, 0.9) in got
    assert {(x, y) for x, y, val in got if val == 0.8} == {(1, 1), (1, 2), (2, 1), (2, 2)}


_WORDS = ["peace", "peace", "Taiwan", "Strait", "Korea", "climate", "We", "agree", "oppose"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.lists(st.sampled_from(_WORDS), max_size=5), min_size=1, max_size=8),
    st.lists(st.lists(st.sampled_from(_WORDS), max_size=5), min_size=1, max_size=8),
    st.sampled_from([0.0, 0.1, 0.35]),
)
def test_small_inputs_take_a_shortcut_to_the_same_matrix(
    a: list[list[str]], b: list[list[str]], least: float
) -> None:
    """At most COPY_PAIRS pairs: one sparse product gives what the general path gives."""
    space = Space([*a, *b])
    rows_a, rows_b = space.rows[: len(a)], space.rows[len(a) :]
    fast = _small(rows_a, rows_b, least)
    slow = _general(rows_a, rows_b, least)
    assert fast.shape == slow.shape
    assert np.array_equal(fast.indptr, slow.indptr)
    assert np.array_equal(fast.indices, slow.indices)
    assert np.array_equal(fast.data, slow.data)  # bit for bit
    if len(a) * len(b) <= COPY_PAIRS:
        got = similar_pairs(rows_a, rows_b, least)
        assert np.array_equal(got.data, fast.data)
