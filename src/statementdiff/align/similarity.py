"""Clause similarity for alignment: normalized tokens, alias folding, stems, TF-IDF.

The similarity of two texts is the cosine of their TF-IDF vectors, with document
frequencies taken over *both* sides together, so that ``sim(x, y)`` does not
depend on which statement is called ``a``. Tokens are lower-cased words with
quotes and dashes folded, country aliases folded to one token (``U.S.``,
``United States`` → ``unitedstates``), English Snowball stems, and a short list
of function words and diplomatic boilerplate removed. Short texts (a few content
words) also get character 3-grams, so that "(c)" and "We agree." still match.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

from statementdiff.align.smallcsr import SmallCsr, as_csr, csr_from
from statementdiff.align.tokens import STEM_CACHE_SIZE, STOP_WORDS, content_tokens

if TYPE_CHECKING:
    from scipy import sparse

__all__ = [
    "SHORT_TOKENS",
    "STEM_CACHE_SIZE",
    "STOP_WORDS",
    "Space",
    "content_tokens",
    "cosine",
    "row_dots",
]

SHORT_TOKENS = 4
"""Texts with fewer content tokens than this also get character 3-gram features."""


def _char_grams(tokens: Sequence[str]) -> list[str]:
    joined = " ".join(tokens)
    padded = f" {joined} "
    return ["#" + padded[i : i + 3] for i in range(max(len(padded) - 2, 0))]


class Space:
    """A TF-IDF vector space fitted on the token lists of both statements.

    Everything is built in one pass over the tokens: the vocabulary (sorted, so
    deterministic), raw counts, document frequencies and the L2-normalized
    sublinear TF-IDF rows of the fitted documents, all as sparse matrices.

    Args:
        docs: One token list per unit (clauses or paragraphs of both sides).
        small: Keep the matrices in :class:`~statementdiff.align.smallcsr.SmallCsr`
            (no scipy import; the same values) instead of ``scipy.sparse``.

    Attributes:
        vocabulary: Term → column, terms in sorted order (deterministic).
        idf: Inverse document frequency per column.
        rows: TF-IDF rows of ``docs`` (CSR, one row per document).
        small: Whether the matrices are :class:`~statementdiff.align.smallcsr.SmallCsr`.
        token_counts: Raw counts of the word tokens of ``docs``, character
            3-grams left out (CSR), for summing adjacent units.
        docs: The token lists.
    """

    def __init__(self, docs: Sequence[Sequence[str]], *, small: bool = False) -> None:
        self.docs = docs
        self.small = small
        feats = [self._features(d) for d in docs]
        terms = sorted({t for f in feats for t in f})
        self.vocabulary = {t: i for i, t in enumerate(terms)}
        self._grams = bisect.bisect_left(terms, "$")  # "#…" 3-grams sort before every word
        counts = self._count(feats)
        df = np.bincount(counts.indices, minlength=len(terms)).astype(np.float64)
        self.idf = np.log((1.0 + len(docs)) / (1.0 + df)) + 1.0
        self.rows = self.weigh(counts)
        keep = counts.indices >= self._grams
        if keep.all():
            self.token_counts = counts
        else:
            self.token_counts = self._rebuild(counts, keep)

    def grouped(self, members: Sequence[Sequence[int]]) -> Space:
        """A space over groups of the fitted documents (paragraphs of clauses).

        A group's tokens are its members' tokens; its counts are the sum of their
        word counts (one sparse product, no second pass over the tokens). A group of
        fewer than :data:`SHORT_TOKENS` tokens also needs character 3-grams of its
        joined tokens, so then the space is fitted from the tokens instead.

        Args:
            members: Indices of the fitted documents in each group.
        """
        tokens = self.docs
        sizes = [sum(len(tokens[i]) for i in m) for m in members]
        if any(n < SHORT_TOKENS for n in sizes):
            return Space([[t for i in m for t in tokens[i]] for m in members], small=self.small)
        rows = np.repeat(np.arange(len(members)), [len(m) for m in members])
        cols = np.fromiter((i for m in members for i in m), dtype=np.int64)
        shape = (len(members), self.token_counts.shape[0])
        pick = csr_from(np.ones(cols.size), rows, cols, shape, small=self.small)
        counts = as_csr(pick @ self.token_counts)
        out = Space.__new__(Space)
        out.small = self.small
        out.vocabulary = self.vocabulary
        out._grams = self._grams
        df = np.bincount(counts.indices, minlength=len(self.vocabulary)).astype(np.float64)
        out.idf = np.log((1.0 + len(members)) / (1.0 + df)) + 1.0
        out.rows = out.weigh(counts)
        out.token_counts = counts
        out.docs = [[t for i in m for t in tokens[i]] for m in members]
        return out

    @staticmethod
    def _features(tokens: Sequence[str]) -> list[str]:
        if len(tokens) < SHORT_TOKENS:
            return [*tokens, *_char_grams(tokens)]
        return list(tokens)

    def _count(self, feats: Sequence[Sequence[str]], *, known: bool = True) -> sparse.csr_matrix:
        """Count matrix of feature lists; ``known=False`` skips terms not in the vocabulary."""
        vocab = self.vocabulary
        if not known:
            feats = [[t for t in f if t in vocab] for f in feats]
        cols = np.asarray([vocab[t] for f in feats for t in f], dtype=np.int64)
        rows = np.repeat(np.arange(len(feats)), [len(f) for f in feats])
        shape = (len(feats), len(vocab))
        return csr_from(np.ones(cols.size), rows, cols, shape, small=self.small)

    def _rebuild(self, m: sparse.csr_matrix, keep: np.ndarray) -> sparse.csr_matrix:
        rows = np.repeat(np.arange(m.shape[0]), np.diff(m.indptr))[keep]
        return csr_from(m.data[keep], rows, m.indices[keep], m.shape, small=self.small)

    def counts(self, docs: Sequence[Sequence[str]]) -> sparse.csr_matrix:
        """Raw term counts, one row per token list (unknown terms are ignored)."""
        return self._count([self._features(d) for d in docs], known=False)

    def weigh(self, counts: sparse.csr_matrix) -> sparse.csr_matrix:
        """Turn counts into L2-normalized sublinear TF-IDF rows."""
        if isinstance(counts, SmallCsr):
            w = counts.copy()
        else:
            w = type(counts)(counts, dtype=np.float64, copy=True)
        w.data = (1.0 + np.log(w.data)) * self.idf[w.indices]
        row_of = np.repeat(np.arange(w.shape[0]), np.diff(w.indptr))
        norms = np.sqrt(np.bincount(row_of, weights=w.data * w.data, minlength=w.shape[0]))
        norms[norms == 0] = 1.0
        w.data /= norms[row_of]
        return w

    def dense_cosine(self, a: Sequence[str], b: Sequence[str]) -> float:
        """Cosine of two token lists in this space (fast path for single pairs)."""
        va, vb = self._weights(a), self._weights(b)
        dot = sum(w * vb[t] for t, w in va.items() if t in vb)
        na = math.sqrt(sum(w * w for w in va.values()))
        nb = math.sqrt(sum(w * w for w in vb.values()))
        if not na or not nb:
            return 0.0
        return round(min(max(dot / (na * nb), 0.0), 1.0), 9)

    def _weights(self, tokens: Sequence[str]) -> dict[int, float]:
        tally: dict[int, int] = {}
        for term in self._features(tokens):
            col = self.vocabulary.get(term)
            if col is not None:
                tally[col] = tally.get(col, 0) + 1
        return {c: (1.0 + math.log(n)) * float(self.idf[c]) for c, n in tally.items()}

    def vectors(self, docs: Sequence[Sequence[str]]) -> sparse.csr_matrix:
        """TF-IDF rows for token lists."""
        return self.weigh(self.counts(docs))


def cosine(a: sparse.csr_matrix, b: sparse.csr_matrix) -> np.ndarray:
    """Dense cosine matrix of normalized rows, rounded to 9 decimals (order-independent)."""
    product = (
        (a @ b.T).toarray() if a.shape[0] and b.shape[0] else np.zeros((a.shape[0], b.shape[0]))
    )
    return np.round(np.clip(product, 0.0, 1.0), 9)


def row_dots(a: sparse.csr_matrix, b: sparse.csr_matrix) -> np.ndarray:
    """Dot product of row k of ``a`` with row k of ``b``, clipped and rounded as in cosine."""
    if not a.shape[0]:
        return np.zeros(0)
    if isinstance(a, SmallCsr):
        dots = a.multiply(b).row_sums()
    else:
        dots = np.asarray(a.multiply(b).sum(axis=1)).ravel()
    out: np.ndarray = np.round(np.clip(dots, 0.0, 1.0), 9)
    return out
