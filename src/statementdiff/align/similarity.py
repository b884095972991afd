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
import re
import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

import numpy as np
import snowballstemmer

from statementdiff.align.smallcsr import SmallCsr, as_csr, csr_from
from statementdiff.lexicon.aliases import FOLDS as _FOLDS
from statementdiff.lexicon.aliases import AliasTable
from statementdiff.lexicon.lexicon import Lexicon
from statementdiff.lexicon.visible import strip_invisible

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

STOP_WORDS = frozenset(
    (
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "been",
        "by",
        "for",
        "from",
        "has",
        "have",
        "in",
        "into",
        "is",
        "it",
        "its",
        "of",
        "on",
        "or",
        "our",
        "that",
        "the",
        "their",
        "these",
        "this",
        "those",
        "to",
        "was",
        "were",
        "which",
        "with",
        "we",
        "will",
        "shall",
        "both",
        "all",
        "also",
        "such",
        "other",
        "including",
        "through",
        "well",
        "would",
        "may",
        "can",
        "so",
        "than",
        "they",
        "them",
        "there",
        "here",
        "us",
        "leader",
        "leaders",
        "statement",
        "joint",
        "today",
        "president",
        "prime",
        "minister",
    )
)
"""Function words and boilerplate ignored by alignment (stems of these are dropped too)."""


def _fold_quotes(text: str) -> str:
    """Fold curly quotes to straight ones and dashes to spaces.

    ``str.replace`` per character beats ``str.translate`` with a dict table ~30x here
    (the table is consulted in Python for every character of the text).
    """
    for old, new in _FOLDS:
        text = text.replace(old, new)
    return text


_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_POSSESSIVE = re.compile(r"'s\b")

_LOCAL = threading.local()
"""Per-thread state: the thread's own Snowball stemmer (``stemmer``).

A Snowball stemmer object keeps the word it is working on in its own fields, so two
threads stemming with one object corrupt each other's stems (and raise ``IndexError``).
"""

STEM_CACHE_SIZE = 200_000
"""Most words whose stems are remembered (the memory is emptied when it is full)."""


class _Stemmer(Protocol):
    def stemWord(self, word: str) -> str: ...  # snowballstemmer's name


def _stemmer() -> _Stemmer:
    """This thread's English Snowball stemmer (made on the thread's first call)."""
    stemmer: _Stemmer | None = getattr(_LOCAL, "stemmer", None)
    if stemmer is None:
        stemmer = _LOCAL.stemmer = snowballstemmer.stemmer("english")
    return stemmer


_STEMS: dict[str, str] = {}
"""Word → its alignment stem ("" for a dropped word), at most :data:`STEM_CACHE_SIZE` words.

Shared by all threads: every value is a pure function of its key (each thread stems with
its own stemmer), reads are single dict look-ups, and writes happen under
:data:`_STEMS_LOCK`, so a reader sees either nothing or the right stem.
"""
_STEMS_LOCK = threading.Lock()


def _stem(word: str) -> str:
    """The alignment stem of a word, or "" when the word or its stem is a stop word.

    The word is first folded by the built-in spelling table ("defence" → "defense"), so
    the cache also remembers each variant's folded stem: spelling costs nothing per call.
    """
    stem = _STEMS.get(word)
    if stem is None:
        word_us = Lexicon.default().spelling_table.fold_word(word)
        base: str = "" if word_us in STOP_WORDS else _stemmer().stemWord(word_us)
        stem = "" if base in STOP_WORDS else base
        with _STEMS_LOCK:
            if len(_STEMS) >= STEM_CACHE_SIZE:
                _STEMS.clear()
            _STEMS[word] = stem
    return stem


def content_tokens(text: str, aliases: AliasTable | None = None) -> list[str]:
    """Return the alignment tokens of a text: folded, stemmed, stop-words removed.

    Args:
        text: A clause or paragraph.
        aliases: The names to fold (``Lexicon.default().alias_table`` when None).

    >>> content_tokens("The U.S. and the Republic of Korea reaffirmed their Alliance.")
    ['unitedst', 'southkorea', 'reaffirm', 'allianc']
    """
    if not text.isascii():
        text = _fold_quotes(strip_invisible(text))
    table = aliases or Lexicon.default().alias_table
    folded = _POSSESSIVE.sub("", table.names(text)).lower()
    words = _WORD.findall(folded)
    spelling = table.spelling
    if spelling is not None and spelling is not Lexicon.default().spelling_table:
        words = list(map(spelling.fold_word, words))  # a user table; the built-in one: _stem
    stems = list(map(_STEMS.get, words))  # known words without a Python call each
    if None in stems:
        stems = list(map(_stem, words))
    return [stem for stem in stems if stem]


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
