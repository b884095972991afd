"""The related-sentence signals computed with fewer sorts and roundings are the same arrays.

``_ranks`` inverts each sort's permutation instead of sorting it again; without an
encoder the CSLS and the rounding of the signals that are one array are done once.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from hypothesis import assume, given
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

import statementdiff
from statementdiff.align import related

_FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _ranks_by_two_sorts(m: np.ndarray) -> np.ndarray:
    """The ranks as they were computed before: a stable sort of each sort's result."""
    by_row = np.argsort(np.argsort(-m, axis=1, kind="stable"), axis=1, kind="stable")
    by_col = np.argsort(np.argsort(-m, axis=0, kind="stable"), axis=0, kind="stable")
    return np.minimum(by_row, by_col)


_CELLS = st.sampled_from([0.0, 0.25, 0.5, 0.5, 1.0, -0.0])  # many ties
_SHAPES = st.tuples(st.integers(1, 7), st.integers(1, 7))


@given(_SHAPES.flatmap(lambda shape: arrays(np.float64, shape, elements=_CELLS)))
def test_ranks_are_those_of_two_stable_sorts(m: np.ndarray) -> None:
    ranks = related._ranks(m)
    assert ranks.dtype == _ranks_by_two_sorts(m).dtype
    assert np.array_equal(ranks, _ranks_by_two_sorts(m))


def test_signals_without_an_encoder_are_separate_arrays_with_the_full_computation() -> None:
    a = statementdiff.parse_file(_FIXTURES / "leaders-2031-a.txt")
    b = statementdiff.parse_file(_FIXTURES / "communique-2032.txt")
    pairs = related.sentence_pairs(a, b, set())
    features = pairs.features
    lexical_csls = np.round(related._csls(features["lexical"]), related._DECIMALS)
    for name in ("semantic_csls", "mixed_csls", "clause_semantic_csls", "lexical_csls"):
        assert np.array_equal(features[name], lexical_csls)
    ranks = _ranks_by_two_sorts(features["lexical"])
    assert np.array_equal(features["log_rank"], np.round(np.log1p(ranks), related._DECIMALS))
    ids = {id(v) for v in features.values()}
    assert len(ids) == len(features)  # no two signals share an array


_SENTENCES = st.sampled_from(
    [
        "We reaffirm our commitment to peace and stability across the Taiwan Strait.",
        "We strongly support ASEAN centrality and unity.",
        "We will deepen cooperation on clean energy and critical minerals.",
        "We condemn the missile launches of North Korea.",
    ]
)


@given(st.lists(_SENTENCES, min_size=1, max_size=1), st.data())
def test_statements_whose_sentences_all_pair_up_skip_scoring_with_the_same_links(
    sentences: list[str], data: st.DataObject
) -> None:
    """compare() does not score sentences when every sentence pair is aligned: the model,
    run anyway, keeps no link beyond the aligned cells, so the links are the same."""
    edited = [data.draw(st.sampled_from([s, s.replace("We ", "We also ")])) for s in sentences]
    a, b = statementdiff.parse(" ".join(sentences)), statementdiff.parse(" ".join(edited))
    diff = statementdiff.compare(a, b)
    ids = [(p.a, p.b) for p in diff.pairs]
    aligned = related.aligned_sentences(a, b, ids)
    n_a, n_b = len(list(a.sentences())), len(list(b.sentences()))
    assume(len(aligned) == n_a * n_b)
    model = related.RelatedModel.default()
    scored, _ = related.score_sentences(a, b, aligned, model=model, encoder=None)
    assert scored is not None
    assert related.links_of(scored, a, aligned, model=model) == []
    assert diff.related == ()
