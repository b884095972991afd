"""Fit the related-links model (src/statementdiff/align/related_model.json) on the dev gold.

Usage::

    .venv/bin/python benchmarks/correspondence/train.py [--semantic] [--dry-run] [--out FILE]

Only gold files with ``"split": "dev"`` are read. A logistic model over
``statementdiff.align.related.FEATURES`` is fitted with S links as positives (P links
and the rest as negatives: recall counts S only); its threshold is the one that maximizes
recall at a precision of at least PRECISION_FLOOR (else F1) in leave-one-pair-out
cross-validation over the dev pairs, whose curve is printed. The held-out pairs are never
read here: score them with score.py afterwards.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from pathlib import Path

import numpy as np

from statementdiff import Lexicon, compare, parse_file
from statementdiff.align.embedding import SentenceEncoder, default_encoder
from statementdiff.align.related import (
    FEATURES,
    SEMANTIC_FEATURES,
    RelatedModel,
    SentencePairs,
    aligned_sentences,
    sentence_pairs,
)

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from score import CORPUS, GOLD, Gold, Score, load_gold, score  # noqa: E402

MODEL = HERE.parents[1] / "src" / "statementdiff" / "align" / "related_model.json"
PRECISION_FLOOR = 0.85
"""The threshold is the one with the best recall at this cross-validated precision or more."""
THRESHOLDS = (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.97, 0.98, 0.99, 0.995)


def _pairs(gold: Gold, encoder: SentenceEncoder | None) -> SentencePairs:
    a, b = parse_file(CORPUS / gold.a), parse_file(CORPUS / gold.b)
    diff = compare(a, b, related=False)
    aligned = aligned_sentences(a, b, [(p.a, p.b) for p in diff.pairs])
    lexicon = Lexicon.default()
    return sentence_pairs(a, b, aligned, encoder=encoder, paraphrases=lexicon.paraphrase_table)


def _features(semantic: bool) -> tuple[str, ...]:
    return tuple(f for f in FEATURES if semantic or f not in SEMANTIC_FEATURES)


def _matrix(pairs: SentencePairs) -> np.ndarray:
    return np.stack([pairs.features[name].ravel() for name in _features(pairs.semantic)], axis=1)


def _targets(gold: Gold, shape: tuple[int, int]) -> np.ndarray:
    y = np.zeros(shape)
    for i, j in gold.sure:
        y[i, j] = 1.0
    return y.ravel()


def fit(
    x: np.ndarray, y: np.ndarray, features: tuple[str, ...], *, l2: float = 1e-3, steps: int = 4000
) -> RelatedModel:
    """Logistic regression by gradient descent on standardized features."""
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    z = (x - mean) / scale
    w = np.zeros(z.shape[1])
    b = 0.0
    rate = 0.5
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(z @ w + b)))
        grad = p - y
        w -= rate * (z.T @ grad / len(y) + l2 * w)
        b -= rate * float(grad.mean())
    return RelatedModel(
        features=features,
        mean=tuple(round(float(v), 6) for v in mean),
        scale=tuple(round(float(v), 6) for v in scale),
        weights=tuple(round(float(v), 6) for v in w),
        bias=round(b, 6),
        threshold=0.5,
    )


def _score(model: RelatedModel, pairs: SentencePairs, gold: Gold, threshold: float) -> Score:
    s = model.score(pairs)
    found = {(int(i), int(j)) for i, j in zip(*np.nonzero(s >= threshold), strict=True)}
    aligned = pairs.features["aligned"]
    found |= {(int(i), int(j)) for i, j in zip(*np.nonzero(aligned > 0), strict=True)}
    return score(found, gold)


def main(argv: list[str]) -> int:
    """Fit, cross-validate, choose the threshold and write the model."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--semantic", action="store_true", help="also use the sentence-embedding signals"
    )
    parser.add_argument("--out", type=Path, default=MODEL, help="where to write the model")
    parser.add_argument("--dry-run", action="store_true")
    parser.add_argument("--cache", type=Path, help="keep the computed signals in this file")
    args = parser.parse_args(argv)
    encoder = default_encoder() if args.semantic else None
    golds = [g for g in map(load_gold, sorted(GOLD.glob("*.json"))) if g.split == "dev"]
    if args.cache is not None and args.cache.exists():
        data = pickle.loads(args.cache.read_bytes())
    else:
        data = {g.pair: (g, _pairs(g, encoder)) for g in golds}
        if args.cache is not None:
            args.cache.write_bytes(pickle.dumps(data))
    curve = {t: Score(0, 0, 0, 0) for t in THRESHOLDS}
    for held in data:
        train = [v for k, v in data.items() if k != held]
        x = np.concatenate([_matrix(p) for _, p in train])
        y = np.concatenate([_targets(g, p.shape) for g, p in train])
        model = fit(x, y, _features(encoder is not None))
        gold, pairs = data[held]
        for t in THRESHOLDS:
            curve[t] = curve[t] + _score(model, pairs, gold, t)
    print("leave-one-pair-out over dev (pairs and related links together):")
    print("| threshold | predicted | precision | recall |")
    print("| ---: | ---: | ---: | ---: |")
    for t, s in curve.items():
        print(f"| {t:.2f} | {s.predicted} | {s.precision:.2f} | {s.recall:.2f} |")
    precise = [t for t, s in curve.items() if s.precision >= PRECISION_FLOOR]
    if precise:
        chosen = max(precise, key=lambda t: (curve[t].recall, -t))
    else:
        chosen = max(curve, key=lambda t: _f1(curve[t]))
    x = np.concatenate([_matrix(p) for _, p in data.values()])
    y = np.concatenate([_targets(g, p.shape) for g, p in data.values()])
    final = fit(x, y, _features(encoder is not None))
    final = RelatedModel(
        final.features, final.mean, final.scale, final.weights, final.bias,
        threshold=chosen, trained_on=tuple(sorted(data)),
    )  # fmt: skip
    print(f"threshold {chosen:.2f}: precision {curve[chosen].precision:.2f}, "
          f"recall {curve[chosen].recall:.2f} (cross-validated on dev)")  # fmt: skip
    if not args.dry_run:
        args.out.write_text(json.dumps(final.to_dict(), indent=1) + "\n", encoding="utf-8")
        print(f"wrote {args.out}")
    return 0


def _f1(s: Score) -> float:
    total = s.precision + s.recall
    return 2 * s.precision * s.recall / total if total else 0.0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
