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

import math
import re
import tomllib
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

import numpy as np
import snowballstemmer
from scipy import sparse

__all__ = ["SHORT_TOKENS", "STOP_WORDS", "Space", "content_tokens", "normalize_space"]

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

_QUOTES = str.maketrans(
    {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": " ", "\u2014": " "}
    | {"\u2011": "-"}
)
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_SPACE = re.compile(r"\s+")
_POSSESSIVE = re.compile(r"'s\b")
_STEMMER = snowballstemmer.stemmer("english")


def normalize_space(text: str) -> str:
    r"""Collapse every run of whitespace to one space and strip the ends.

    >>> normalize_space("  We  reaffirm\n our   Alliance ")
    'We reaffirm our Alliance'
    """
    return _SPACE.sub(" ", text).strip()


@lru_cache(maxsize=1)
def _alias_table() -> tuple[re.Pattern[str], dict[str, str]]:
    raw = resources.files("statementdiff").joinpath("lexicon/aliases.toml").read_text("utf-8")
    table: dict[str, list[str]] = tomllib.loads(raw)["aliases"]
    lookup: dict[str, str] = {}
    parts: list[str] = []
    for form, canonical in sorted(
        ((f.translate(_QUOTES), c) for c, forms in table.items() for f in forms),
        key=lambda fc: (-len(fc[0]), fc[0]),
    ):
        exact = form.isupper() or "." in form  # "US", "U.S.": case matters
        key = form if exact else form.lower()
        lookup[key] = canonical
        body = re.escape(form) if exact else f"(?i:{re.escape(form)})"
        tail = "" if form.endswith(".") else r"(?!\w)"
        parts.append(rf"(?<![\w.]){body}{tail}")
    return re.compile("|".join(parts)), lookup


def _fold_aliases(text: str) -> str:
    pattern, lookup = _alias_table()

    def swap(match: re.Match[str]) -> str:
        found = match.group(0)
        return f" {lookup.get(found) or lookup.get(found.lower(), found)} "

    return pattern.sub(swap, text)


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    stem: str = _STEMMER.stemWord(word)
    return stem


def content_tokens(text: str) -> list[str]:
    """Return the alignment tokens of a text: folded, stemmed, stop-words removed.

    >>> content_tokens("The U.S. and the Republic of Korea reaffirmed their Alliance.")
    ['unitedst', 'southkorea', 'reaffirm', 'allianc']
    """
    folded = _POSSESSIVE.sub("", _fold_aliases(text.translate(_QUOTES))).lower()
    out = []
    for word in _WORD.findall(folded):
        if word in STOP_WORDS:
            continue
        stem = _stem(word)
        if stem not in STOP_WORDS:
            out.append(stem)
    return out


def _char_grams(tokens: Sequence[str]) -> list[str]:
    joined = " ".join(tokens)
    padded = f" {joined} "
    return ["#" + padded[i : i + 3] for i in range(max(len(padded) - 2, 0))]


class Space:
    """A TF-IDF vector space fitted on the token lists of both statements.

    Args:
        docs: One token list per unit (clauses or paragraphs of both sides).

    Attributes:
        vocabulary: Term → column, terms in sorted order (deterministic).
        idf: Inverse document frequency per column.
    """

    def __init__(self, docs: Sequence[Sequence[str]]) -> None:
        expanded = [self._features(d) for d in docs]
        df: dict[str, int] = {}
        for feats in expanded:
            for term in set(feats):
                df[term] = df.get(term, 0) + 1
        self.vocabulary = {t: i for i, t in enumerate(sorted(df))}
        n = len(docs)
        self.idf = np.array(
            [math.log((1 + n) / (1 + df[t])) + 1.0 for t in sorted(df)], dtype=np.float64
        )

    @staticmethod
    def _features(tokens: Sequence[str]) -> list[str]:
        if len(tokens) < SHORT_TOKENS:
            return [*tokens, *_char_grams(tokens)]
        return list(tokens)

    def counts(self, docs: Sequence[Sequence[str]]) -> sparse.csr_matrix:
        """Raw term counts, one row per token list (unknown terms are ignored)."""
        rows: list[int] = []
        cols: list[int] = []
        vals: list[float] = []
        for r, tokens in enumerate(docs):
            tally: dict[int, int] = {}
            for term in self._features(tokens):
                col = self.vocabulary.get(term)
                if col is not None:
                    tally[col] = tally.get(col, 0) + 1
            for col in sorted(tally):
                rows.append(r)
                cols.append(col)
                vals.append(float(tally[col]))
        shape = (len(docs), len(self.vocabulary))
        return sparse.csr_matrix((vals, (rows, cols)), shape=shape, dtype=np.float64)

    def weigh(self, counts: sparse.csr_matrix) -> sparse.csr_matrix:
        """Turn counts into L2-normalized sublinear TF-IDF rows."""
        weighted = counts.copy().tocsr()
        weighted.data = 1.0 + np.log(weighted.data)
        weighted = weighted.multiply(self.idf).tocsr()
        norms = np.sqrt(np.asarray(weighted.multiply(weighted).sum(axis=1)).ravel())
        norms[norms == 0] = 1.0
        return sparse.csr_matrix(sparse.diags(1.0 / norms) @ weighted)

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
