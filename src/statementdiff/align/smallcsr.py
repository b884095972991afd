"""A small compressed-sparse-row matrix that gives ``scipy.sparse``'s bits without scipy.

Importing ``scipy.sparse`` costs a fresh process about 0.35 s of CPU, more than the rest
of a comparison of two short statements. Alignment of small inputs therefore keeps its
TF-IDF rows and candidate pairs in a :class:`SmallCsr` (NumPy arrays and a few Python
loops) and imports scipy only for inputs too large for loops (:data:`SMALL_PAIRS`).

Every operation reproduces what the scipy routine it stands for computes, bit for bit:
the same stored order of entries (a product lists each row's columns in reverse order of
first touch, as ``csr_matmat`` does; an element-wise product of rows that are not sorted
walks them as ``csr_binop_csr_general`` does), the same order of floating-point
additions, and row sums by the same ``np.add.reduceat``. Order matters because sums of
floating-point numbers depend on it. ``tests/test_smallcsr.py`` compares every operation
with scipy's on random matrices, entry order included.

>>> m = SmallCsr.from_triplets([1.0, 2.0, 3.0], [0, 1, 0], [1, 0, 1], (2, 2))
>>> m.toarray().tolist()
[[0.0, 4.0], [2.0, 0.0]]
>>> (m @ m.T).toarray().tolist()
[[16.0, 0.0], [0.0, 4.0]]
"""

from __future__ import annotations

from collections.abc import Sequence
from types import ModuleType
from typing import Any

import numpy as np

__all__ = [
    "SMALL_PAIRS",
    "SmallCsr",
    "as_csr",
    "coo_of",
    "csr_from",
    "empty_like",
    "is_sparse",
    "scipy_sparse",
    "transposed",
]

SMALL_PAIRS = 64
"""Inputs of at most this many unit pairs (units of a x units of b) avoid scipy."""


def scipy_sparse() -> ModuleType:
    """``scipy.sparse``, imported on first use (about 0.35 s in a fresh process)."""
    from scipy import sparse as scipy_module

    module: ModuleType = scipy_module
    return module


class SmallCsr:
    """A CSR matrix of float64 values in NumPy arrays (``indptr``, ``indices``, ``data``).

    Only what alignment uses is there: building from (value, row, column) triplets,
    copies, row selection, the transpose, matrix and element-wise products, row sums and
    dense conversion, each with the result scipy gives (see the module).

    Args:
        indptr: Row ``r`` holds entries ``indptr[r]:indptr[r + 1]``.
        indices: Column of each entry.
        data: Value of each entry.
        shape: Rows and columns.
    """

    __slots__ = ("data", "indices", "indptr", "shape")

    def __init__(
        self, indptr: np.ndarray, indices: np.ndarray, data: np.ndarray, shape: tuple[int, int]
    ) -> None:
        self.indptr = indptr
        self.indices = indices
        self.data = data
        self.shape = (int(shape[0]), int(shape[1]))

    # ----------------------------------------------------------------- building

    @classmethod
    def empty(cls, shape: tuple[int, int]) -> SmallCsr:
        """A matrix of zeros (no stored entries)."""
        zero = np.zeros(0, dtype=np.int64)
        return cls(np.zeros(shape[0] + 1, dtype=np.int64), zero, np.zeros(0), shape)

    @classmethod
    def from_triplets(
        cls,
        data: Sequence[float] | np.ndarray,
        rows: Sequence[int] | np.ndarray,
        cols: Sequence[int] | np.ndarray,
        shape: tuple[int, int],
    ) -> SmallCsr:
        """Entries sorted by row and column, duplicates summed (scipy's COO → CSR)."""
        d = np.asarray(data, dtype=np.float64)
        r = np.asarray(rows, dtype=np.int64)
        c = np.asarray(cols, dtype=np.int64)
        if not d.size:
            return cls.empty(shape)
        order = np.lexsort((c, r))
        r, c, d = r[order], c[order], d[order]
        new = np.r_[True, (r[1:] != r[:-1]) | (c[1:] != c[:-1])]
        if not new.all():  # duplicates: added in order, as csr_sum_duplicates does
            starts = np.flatnonzero(new)
            sums = [float(x) for x in d[starts]]
            group = np.cumsum(new) - 1
            for k in np.flatnonzero(~new).tolist():
                sums[int(group[k])] += float(d[k])
            r, c, d = r[starts], c[starts], np.asarray(sums, dtype=np.float64)
        indptr = np.zeros(shape[0] + 1, dtype=np.int64)
        np.cumsum(np.bincount(r, minlength=shape[0]), out=indptr[1:])
        return cls(indptr, c, d, shape)

    def copy(self) -> SmallCsr:
        """An independent copy."""
        return SmallCsr(self.indptr.copy(), self.indices.copy(), self.data.copy(), self.shape)

    # ----------------------------------------------------------------- reading

    @property
    def nnz(self) -> int:
        """Number of stored entries."""
        return int(self.indptr[-1])

    def _row_of(self) -> np.ndarray:
        return np.repeat(np.arange(self.shape[0]), np.diff(self.indptr))

    def coo(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Row, column and value of every stored entry, in stored order."""
        return self._row_of(), self.indices.astype(np.int64), self.data

    def toarray(self) -> np.ndarray:
        """The dense matrix."""
        out = np.zeros(self.shape)
        r, c, d = self.coo()
        np.add.at(out, (r, c), d)
        return out

    def __getitem__(self, key: slice | Sequence[int] | np.ndarray) -> SmallCsr:
        """Rows ``key`` (a slice or row numbers, repeats allowed), each row as stored."""
        picked = np.arange(self.shape[0])[key]
        starts, ends = self.indptr[picked], self.indptr[picked + 1]
        sizes = ends - starts
        indptr = np.zeros(picked.size + 1, dtype=np.int64)
        np.cumsum(sizes, out=indptr[1:])
        take = np.repeat(starts - indptr[:-1], sizes) + np.arange(int(indptr[-1]))
        return SmallCsr(indptr, self.indices[take], self.data[take], (picked.size, self.shape[1]))

    @property
    def T(self) -> SmallCsr:
        """The transpose, rows sorted (scipy's CSR → CSC → CSR)."""
        r, c, d = self.coo()
        order = np.argsort(c, kind="stable")
        shape = (self.shape[1], self.shape[0])
        indptr = np.zeros(shape[0] + 1, dtype=np.int64)
        np.cumsum(np.bincount(c, minlength=shape[0]), out=indptr[1:])
        return SmallCsr(indptr, r[order], d[order], shape)

    # ----------------------------------------------------------------- arithmetic

    def __matmul__(self, other: SmallCsr) -> SmallCsr:
        """Matrix product, as scipy's ``csr_matmat``.

        Each output value is summed in the order of this row's entries; each output row
        lists its columns in reverse order of first touch; zero sums are not stored.
        """
        a_ptr, a_idx, a_val = self._lists()
        b_ptr, b_idx, b_val = other._lists()
        indptr = [0]
        cols: list[int] = []
        vals: list[float] = []
        for i in range(self.shape[0]):
            sums: dict[int, float] = {}
            touched: list[int] = []
            for jj in range(a_ptr[i], a_ptr[i + 1]):
                j, v = a_idx[jj], a_val[jj]
                for kk in range(b_ptr[j], b_ptr[j + 1]):
                    k = b_idx[kk]
                    if k in sums:
                        sums[k] += v * b_val[kk]
                    else:
                        sums[k] = 0.0 + v * b_val[kk]
                        touched.append(k)
            for k in reversed(touched):
                if sums[k] != 0:
                    cols.append(k)
                    vals.append(sums[k])
            indptr.append(len(cols))
        return _from_lists(indptr, cols, vals, (self.shape[0], other.shape[1]))

    def _lists(self) -> tuple[list[int], list[int], list[float]]:
        """``indptr``, ``indices`` and ``data`` as Python lists, for the loops below."""
        return self.indptr.tolist(), self.indices.tolist(), self.data.tolist()

    def _canonical(self) -> bool:
        """Columns strictly increasing within every row (scipy's canonical format)."""
        if self.nnz < 2:
            return True
        rising = np.diff(self.indices) > 0
        row_starts = self.indptr[1:-1]
        first = row_starts[(row_starts > 0) & (row_starts < self.nnz)] - 1
        rising[first] = True  # a new row may start lower
        return bool(rising.all())

    def multiply(self, other: SmallCsr) -> SmallCsr:
        """Element-wise product of two matrices of one shape, as ``csr_binop_csr``.

        Both canonical: shared columns in ascending order. Otherwise the general walk:
        columns in reverse order of first appearance (this row's entries, then the other's).
        """
        canonical = self._canonical() and other._canonical()
        a_ptr, a_idx, a_val = self._lists()
        b_ptr, b_idx, b_val = other._lists()
        indptr = [0]
        cols: list[int] = []
        vals: list[float] = []
        for i in range(self.shape[0]):
            xa: dict[int, float] = {}
            order: list[int] = []
            for jj in range(a_ptr[i], a_ptr[i + 1]):
                j = a_idx[jj]
                if j not in xa:
                    order.append(j)
                    xa[j] = 0.0
                xa[j] += a_val[jj]
            xb: dict[int, float] = {}
            for jj in range(b_ptr[i], b_ptr[i + 1]):
                j = b_idx[jj]
                if j not in xa and j not in xb:
                    order.append(j)
                xb[j] = xb.get(j, 0.0) + b_val[jj]
            walk = sorted(order) if canonical else reversed(order)
            for j in walk:
                value = xa.get(j, 0.0) * xb.get(j, 0.0)
                if value != 0:
                    cols.append(j)
                    vals.append(value)
            indptr.append(len(cols))
        return _from_lists(indptr, cols, vals, self.shape)

    def row_sums(self) -> np.ndarray:
        """Sum of each row's entries (``sum(axis=1)``: ``np.add.reduceat`` in stored order)."""
        out = np.zeros(self.shape[0])
        has = np.flatnonzero(np.diff(self.indptr))
        if has.size:
            out[has] = np.add.reduceat(self.data, self.indptr[has])
        return out

    # ----------------------------------------------------------------- scipy

    def to_scipy(self) -> Any:
        """The same matrix as a ``scipy.sparse.csr_matrix`` (imports scipy)."""
        sp = scipy_sparse()
        return sp.csr_matrix((self.data, self.indices, self.indptr), shape=self.shape)

    @classmethod
    def from_scipy(cls, m: Any) -> SmallCsr:
        """A scipy sparse matrix's entries, in its stored order."""
        m = scipy_sparse().csr_matrix(m)
        return cls(
            np.asarray(m.indptr, dtype=np.int64),
            np.asarray(m.indices, dtype=np.int64),
            np.asarray(m.data, dtype=np.float64),
            m.shape,
        )


# ------------------------------------------------------------------ either kind


def is_sparse(m: object) -> bool:
    """True for a :class:`SmallCsr` or a scipy sparse matrix (without importing scipy)."""
    if isinstance(m, SmallCsr):
        return True
    return type(m).__module__.startswith("scipy.sparse")


def csr_from(
    data: Sequence[float] | np.ndarray,
    rows: Sequence[int] | np.ndarray,
    cols: Sequence[int] | np.ndarray,
    shape: tuple[int, int],
    *,
    small: bool,
) -> Any:
    """A CSR matrix from triplets, duplicates summed: a :class:`SmallCsr` when ``small``."""
    if small:
        return SmallCsr.from_triplets(data, rows, cols, shape)
    sp = scipy_sparse()
    out = sp.csr_matrix(
        (np.asarray(data, dtype=np.float64), (np.asarray(rows), np.asarray(cols))),
        shape=shape,
        dtype=np.float64,
    )
    out.sum_duplicates()
    return out


def empty_like(m: object, shape: tuple[int, int]) -> Any:
    """A matrix of zeros of the kind of ``m``."""
    if isinstance(m, SmallCsr):
        return SmallCsr.empty(shape)
    return scipy_sparse().csr_matrix(shape)


def as_csr(m: Any) -> Any:
    """``m`` as CSR of its own kind (a dense array becomes a scipy matrix)."""
    if isinstance(m, SmallCsr):
        return m
    return scipy_sparse().csr_matrix(m)


def transposed(m: Any) -> Any:
    """The transpose of a CSR matrix, as CSR of the same kind."""
    if isinstance(m, SmallCsr):
        return m.T
    return scipy_sparse().csr_matrix(m.T)


def coo_of(m: Any) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Row, column and value of the stored entries of a sparse matrix, in stored order."""
    if isinstance(m, SmallCsr):
        return m.coo()
    coo = scipy_sparse().coo_matrix(m)
    return coo.row.astype(np.int64), coo.col.astype(np.int64), coo.data


def _from_lists(
    indptr: list[int], cols: list[int], vals: list[float], shape: tuple[int, int]
) -> SmallCsr:
    """A matrix from the lists the arithmetic builds."""
    return SmallCsr(
        np.asarray(indptr, dtype=np.int64),
        np.asarray(cols, dtype=np.int64),
        np.asarray(vals, dtype=np.float64),
        shape,
    )
