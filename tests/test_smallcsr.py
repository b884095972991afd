"""SmallCsr gives scipy.sparse's bits: entries, their stored order and every float.

Sums of floats depend on the order of their terms, so each operation is compared with the
scipy routine it stands for entry by entry (``indptr``, ``indices``, ``data`` bitwise),
on random matrices, including the unsorted rows a product leaves. The aligner on small
inputs (SmallCsr) is compared with the aligner forced onto scipy.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import sparse

from statementdiff.align.aligner import Aligner
from statementdiff.align.candidates import similar_pairs
from statementdiff.align.similarity import Space, content_tokens, cosine, row_dots
from statementdiff.align.smallcsr import SmallCsr

_VALUES = st.one_of(
    st.floats(min_value=1e-3, max_value=10.0, allow_nan=False, allow_infinity=False),
    st.sampled_from([1.0, 2.0, 0.1, 1 / 3, 0.7071067811865476]),
)


@st.composite
def _triplets(draw: st.DrawFn, shape: tuple[int, int] | None = None) -> Any:
    """Value, row and column lists (distinct positions, in random order) and a shape."""
    n = draw(st.integers(0, 7)) if shape is None else shape[0]
    m = draw(st.integers(1, 7)) if shape is None else shape[1]
    cells = draw(
        st.lists(st.tuples(st.integers(0, max(n - 1, 0)), st.integers(0, m - 1)), unique=True)
    )
    cells = [c for c in cells if n]
    values = draw(st.lists(_VALUES, min_size=len(cells), max_size=len(cells)))
    return values, [r for r, _ in cells], [c for _, c in cells], (n, m)


def _pair(t: Any) -> tuple[SmallCsr, Any]:
    values, rows, cols, shape = t
    scipy_m = sparse.csr_matrix(
        (np.asarray(values, dtype=np.float64), (np.asarray(rows), np.asarray(cols))),
        shape=shape,
        dtype=np.float64,
    )
    return SmallCsr.from_triplets(values, rows, cols, shape), scipy_m


def _same(small: SmallCsr, ref: Any) -> None:
    """Bitwise the same matrix, stored order included."""
    assert small.shape == tuple(ref.shape)
    assert small.indptr.tolist() == np.asarray(ref.indptr).tolist()
    assert small.indices.tolist() == np.asarray(ref.indices).tolist()
    assert small.data.tobytes() == np.asarray(ref.data, dtype=np.float64).tobytes()


@settings(max_examples=200, deadline=None)
@given(_triplets())
def test_from_triplets_rows_transpose(t: Any) -> None:
    small, ref = _pair(t)
    _same(small, ref)
    _same(small.T, sparse.csr_matrix(ref.T))
    n = small.shape[0]
    picks = [list(range(n)), list(reversed(range(n))), [i for i in range(n) for _ in (0, 1)]]
    for pick in picks:
        _same(small[pick], ref[pick])
    _same(small[1:], ref[1:])
    assert (small.toarray() == ref.toarray()).all()


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_products_and_row_sums_keep_scipy_order(data: st.DataObject) -> None:
    a_small, a_ref = _pair(data.draw(_triplets()))
    f = a_small.shape[1]
    m = data.draw(st.integers(1, 7))
    b_small, b_ref = _pair(data.draw(_triplets((m, f))))
    prod_small, prod_ref = a_small @ b_small.T, a_ref @ sparse.csr_matrix(b_ref.T)
    _same(prod_small, prod_ref)  # rows in csr_matmat's order, not sorted
    # products of unsorted rows, then element-wise products and row sums of them
    c_small, c_ref = _pair(data.draw(_triplets((a_small.shape[0], m))))
    for x_small, x_ref, y_small, y_ref in (
        (c_small, c_ref, prod_small, prod_ref),
        (prod_small, prod_ref, c_small, c_ref),
        (c_small, c_ref, c_small, c_ref),
    ):
        both_small, both_ref = x_small.multiply(y_small), x_ref.multiply(y_ref)
        _same(both_small, sparse.csr_matrix(both_ref))
        sums = np.asarray(both_ref.sum(axis=1)).ravel()
        assert both_small.row_sums().tobytes() == sums.tobytes()


@settings(max_examples=100, deadline=None)
@given(st.data())
def test_space_similar_pairs_and_row_dots_are_scipy_bits(data: st.DataObject) -> None:
    words = st.lists(st.sampled_from(_WORDS), min_size=0, max_size=9)
    docs = [content_tokens(" ".join(w)) for w in data.draw(st.lists(words, min_size=2, max_size=9))]
    small, ref = Space(docs, small=True), Space(docs)
    _same(small.rows, ref.rows)
    _same(small.token_counts, ref.token_counts)
    half = len(docs) // 2
    a = list(range(half))
    b = list(range(half, len(docs)))
    got = similar_pairs(small.rows[a], small.rows[b], 0.1)
    _same(got, similar_pairs(ref.rows[a], ref.rows[b], 0.1))
    assert cosine(small.rows[a], small.rows[b]).tobytes() == (
        cosine(ref.rows[a], ref.rows[b]).tobytes()
    )
    members = [[i] for i in range(len(docs))]
    members[0] = [0, 1]
    _same(small.grouped(members).rows, ref.grouped(members).rows)
    pick = [i % len(docs) for i in range(len(b))]
    # weigh() reads columns as terms: give it term counts (picked rows), never a Gram matrix,
    # whose columns are documents (hypothesis found 3 documents over a 1-term vocabulary)
    windows_small = small.weigh(small.token_counts[pick])
    windows_ref = ref.weigh(sparse.csr_matrix(ref.token_counts[pick]))
    _same(windows_small, windows_ref)
    rows = [min(i, len(b) - 1) for i in range(len(b))]
    assert (
        row_dots(windows_small[rows], windows_small).tobytes()
        == row_dots(windows_ref[rows], windows_ref).tobytes()
    )


_WORDS = [
    "peace",
    "stability",
    "Taiwan",
    "Strait",
    "Korea",
    "climate",
    "energy",
    "supply",
    "chains",
    "Alliance",
    "agree",
    "oppose",
    "welcome",
    "the",
    "We",
]

_TEXT = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=8).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(_TEXT, min_size=1, max_size=8),
    st.lists(_TEXT, min_size=1, max_size=8),
    st.lists(st.integers(0, 2), min_size=8, max_size=8),
    st.lists(st.integers(0, 2), min_size=8, max_size=8),
)
def test_small_alignment_equals_scipy_alignment(
    a: list[str], b: list[str], ga: list[int], gb: list[int]
) -> None:
    groups_a, groups_b = sorted(ga[: len(a)]), sorted(gb[: len(b)])
    with_small = Aligner(small_pairs=10**9).align(a, b, a_groups=groups_a, b_groups=groups_b)
    with_scipy = Aligner(small_pairs=0).align(a, b, a_groups=groups_a, b_groups=groups_b)
    assert with_small == with_scipy


def test_small_alignment_finds_a_split() -> None:
    """The Grower's window products run on SmallCsr too (a split is found)."""
    a = ["We welcome peace and stability across the Taiwan Strait and oppose coercion."]
    b = ["We welcome peace and stability across the Taiwan Strait.", "We oppose coercion."]
    got = Aligner().align(a, b)
    assert [(m.a, m.b) for m in got.matches] == [((0,), (0, 1))]
    assert got == Aligner(small_pairs=0).align(a, b)
