"""The sparse aligner: same matches as the dense reference, bounded on the worst inputs."""

from __future__ import annotations

import random
import resource
import subprocess
import sys
import textwrap

import numpy as np
from hypothesis import example, given, settings
from hypothesis import strategies as st

from _dense_align import Alignment as DenseAlignment
from _dense_align import DenseAligner
from statementdiff.align.aligner import Aligner, Alignment
from statementdiff.align.candidates import similar_pairs
from statementdiff.align.matching import best_matching
from statementdiff.align.similarity import Space, content_tokens, cosine

_WORDS = [
    "peace",
    "stability",
    "Taiwan",
    "Strait",
    "Korea",
    "denuclearization",
    "climate",
    "energy",
    "supply",
    "chains",
    "Alliance",
    "deterrence",
    "We",
    "agree",
    "oppose",
    "welcome",
    "the",
    "and",
]
_clause = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=7).map(
    lambda ws: " ".join(ws) + "."
)
_side = st.lists(_clause, max_size=9)
_groups = st.lists(st.integers(0, 3), max_size=9)


def _key(al: Alignment | DenseAlignment) -> tuple[object, ...]:
    return (
        tuple((m.a, m.b, m.similarity, m.moved, m.exact) for m in al.matches),
        al.only_a,
        al.only_b,
    )


def _labels(texts: list[str], seed: list[int]) -> list[int]:
    """Paragraph labels for texts: runs of equal labels from a list of small numbers."""
    return [seed[k % len(seed)] // 2 + k // 3 for k in range(len(texts))] if seed else []


@settings(max_examples=150, deadline=None)
@given(_side, _side, _groups, _groups, st.sampled_from([0.2, 0.35, 0.6]))
# two copies of a clause against one copy and a near copy: the optimum is tied, and the
# position tie-break (squared distance) must keep it in order, as the dense solver did
@example(
    ["stability.", "stability.", "peace peace.", "peace peace."],
    ["peace peace peace.", "peace peace.", "stability."],
    [],
    [],
    0.2,
)
# two copies of "peace peace stability stability Taiwan." equally far from the clause they
# both match: an exact tie, which the two solvers may break on either copy
@example(
    ["peace.", "peace.", "peace.", "peace.", "peace.", "stability.", "stability.",
     "peace peace peace Taiwan.", "peace."],
    ["peace.", "peace.", "peace.", "Taiwan.", "peace peace peace stability.", "Taiwan.",
     "peace peace stability stability Taiwan.", "peace.",
     "peace peace stability stability Taiwan."],
    [],
    [],
    0.2,
)  # fmt: skip
def test_sparse_aligner_matches_the_dense_reference(
    a: list[str], b: list[str], ga: list[int], gb: list[int], threshold: float
) -> None:
    groups_a = _labels(a, ga) or None
    groups_b = _labels(b, gb) or None
    sparse_al = Aligner(threshold=threshold).align(a, b, a_groups=groups_a, b_groups=groups_b)
    dense_al = DenseAligner(threshold=threshold).align(a, b, a_groups=groups_a, b_groups=groups_b)
    if _key(sparse_al) != _key(dense_al):
        # an exact tie between clauses of the same text at the same distance (two copies of
        # "peace peace stability." equally far from the clause they both match): the two
        # solvers may take either copy, so the matchings agree up to the copies' texts
        assert _by_text(sparse_al, a, b, groups_a, groups_b) == _by_text(
            dense_al, a, b, groups_a, groups_b
        )


def _by_text(
    al: Alignment | DenseAlignment,
    a: list[str],
    b: list[str],
    ga: list[int] | None,
    gb: list[int] | None,
) -> tuple[object, ...]:
    """An alignment with each clause read as its text and paragraph, moves counted."""

    def side(texts: list[str], groups: list[int] | None, ids: tuple[int, ...]) -> str:
        return "|".join(f"{texts[i]}#{groups[i] if groups else ''}" for i in ids)

    matches = sorted(
        (side(a, ga, m.a), side(b, gb, m.b), m.similarity, m.exact) for m in al.matches
    )
    return (
        matches,
        sum(m.moved for m in al.matches),
        sorted(side(a, ga, (i,)) for i in al.only_a),
        sorted(side(b, gb, (i,)) for i in al.only_b),
    )


@settings(max_examples=60, deadline=None)
@given(st.lists(_clause, min_size=1, max_size=12), st.lists(_clause, min_size=1, max_size=12))
def test_candidates_are_every_pair_of_the_dense_cosine(a: list[str], b: list[str]) -> None:
    space = Space([content_tokens(t) for t in a + b])
    rows_a, rows_b = space.rows[: len(a)], space.rows[len(a) :]
    dense = cosine(rows_a, rows_b)
    got = similar_pairs(rows_a, rows_b, 0.1).toarray()
    assert np.array_equal(got, np.where(dense >= 0.1, dense, 0.0))


def test_best_matching_is_the_optimal_assignment() -> None:
    # two components; the first prefers the cross pairs (0.9 + 0.8 > 1.0 + 0.1)
    r = np.array([0, 0, 1, 1, 2])
    c = np.array([0, 1, 0, 1, 2])
    score = np.array([1.0, 0.9, 0.8, 0.1, 0.5])
    assert best_matching(r, c, score, (3, 3)) == {0: 1, 1: 0, 2: 2}


def test_copies_are_banded_not_paired_all_with_all() -> None:
    space = Space([content_tokens("We agree.")] * 3000)
    rows = space.rows
    pairs = similar_pairs(rows[:2000], rows[2000:], 0.1)
    assert 2000 <= pairs.nnz <= 5 * 2000  # not 2000 x 1000
    assert set(pairs.tocoo().col.tolist()) == set(range(1000))


def _sentence(rng: random.Random, k: int) -> str:
    # distinct by construction: each sentence carries its own number word
    words = rng.sample(_WORDS[:12], 4)
    return f"{' '.join(words)} item{k} section{k % 7}."


def test_a_known_random_edit_is_recovered() -> None:
    rng = random.Random(11)
    a = [_sentence(rng, k) for k in range(120)]
    b = list(a)
    dropped = sorted(rng.sample(range(120), 6))
    for k in reversed(dropped):
        del b[k]
    added = [f"Brand new clause number {k} on fisheries." for k in range(4)]
    for text in added:
        b.insert(rng.randrange(len(b) + 1), text)
    moved_text = b.pop(10)
    b.insert(90, moved_text)
    al = Aligner().align(a, b)
    assert al.only_a == tuple(dropped)
    assert sorted(b[j] for j in al.only_b) == sorted(added)
    assert all(len(m.a) == len(m.b) == 1 and m.exact for m in al.matches)
    assert all(a[m.a[0]] == b[m.b[0]] for m in al.matches)
    assert [a[m.a[0]] for m in al.matches if m.moved] == [moved_text]


def _bounded(code: str, cpu_s: int = 30, memory_gb: int = 2) -> subprocess.CompletedProcess[str]:
    """Run code in a child under RLIMIT_CPU and RLIMIT_AS (robustness, not speed)."""

    def limits() -> None:
        resource.setrlimit(resource.RLIMIT_CPU, (cpu_s, cpu_s))
        resource.setrlimit(resource.RLIMIT_AS, (memory_gb * 2**30, memory_gb * 2**30))

    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        preexec_fn=limits,
        capture_output=True,
        text=True,
        timeout=cpu_s * 10,
        check=False,
    )


def test_thousands_of_distinct_clauses_align_within_a_budget() -> None:
    # before candidate pairs: 8,000 x 8,000 dense float arrays rebuilt per pass (3.2 GB)
    done = _bounded(
        """
        import random
        from statementdiff.align.aligner import Aligner
        rng = random.Random(3)
        vocab = [f"w{k}" for k in range(3000)]
        def side():
            return [" ".join(rng.choices(vocab, k=rng.randint(3, 9))) + "." for _ in range(8000)]
        a, b = side(), side()
        ga = [k // 4 for k in range(8000)]
        al = Aligner().align(a, b, a_groups=ga, b_groups=ga)
        print(sum(len(m.a) for m in al.matches) + len(al.only_a), "ok")
        """
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["8000", "ok"]


def test_thousands_of_identical_clauses_align_within_a_budget() -> None:
    # 8,000 copies of one clause against 7,999: no anchors, every pair a candidate before
    done = _bounded(
        """
        from statementdiff.align.aligner import Aligner
        al = Aligner().align(["We agree."] * 8000, ["We agree."] * 7999)
        print(len(al.matches), len(al.only_a), all(m.exact for m in al.matches))
        """
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["7999", "1", "True"]


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_best_matching_of_separate_candidates_is_each_candidate(data: st.DataObject) -> None:
    """Candidates sharing no row and no column: each is its own component and is kept."""
    n = data.draw(st.integers(1, 12))
    rows = data.draw(st.permutations(range(20)))[:n]
    cols = data.draw(st.permutations(range(20)))[:n]
    score = np.linspace(0.4, 0.9, n)
    got = best_matching(np.array(rows), np.array(cols), score, (20, 20))
    assert got == dict(zip(rows, cols, strict=True))
    # one shared column makes them compete: the better one wins, through the solver
    if n >= 2:
        cols2 = [*cols[:-1], cols[0]]
        got2 = best_matching(np.array(rows), np.array(cols2), score, (20, 20))
        assert rows[0] not in got2
        assert got2[rows[-1]] == cols[0]


def test_a_shared_token_cache_changes_no_alignment() -> None:
    """One cache across many alignments (as a series does) gives each the same matches."""
    rng = random.Random(7)
    texts = [" ".join(rng.choices(_WORDS, k=rng.randint(2, 9))) + "." for _ in range(60)]
    cache: dict[str, list[str]] = {}
    for k in range(6):
        a = rng.sample(texts, 12)
        b = rng.sample(texts, 14)
        groups = [k * 100 + i // 3 for i in range(12)]
        fresh = Aligner().align(a, b, a_groups=groups)
        shared = Aligner().align(a, b, a_groups=groups, token_cache=cache)
        assert shared == fresh
    assert len(cache) > 12  # the cache was filled across calls


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_best_matching_without_scipy_is_the_solver_s_answer(data: st.DataObject) -> None:
    """Components found in Python and small ones enumerated give exactly what scipy's
    components and solver give, ties included (scores from a few values make many)."""
    import statementdiff.align.matching as matching

    n_r, n_c = data.draw(st.integers(1, 6)), data.draw(st.integers(1, 6))
    cells = data.draw(
        st.lists(st.tuples(st.integers(0, n_r - 1), st.integers(0, n_c - 1)), unique=True,
                 min_size=1, max_size=16)
    )  # fmt: skip
    values = data.draw(st.lists(st.sampled_from([0.2, 0.5, 0.7, 0.9, 1.0]), min_size=len(cells),
                                max_size=len(cells)))  # fmt: skip
    r = np.array([x for x, _ in cells])
    c = np.array([y for _, y in cells])
    score = np.array(values)
    got = best_matching(r, c, score, (n_r, n_c))
    limits = (matching.EXACT_LIMIT, matching._PURE_COMPONENTS)
    try:
        matching.EXACT_LIMIT, matching._PURE_COMPONENTS = 0, 0
        solver = best_matching(r, c, score, (n_r, n_c))
    finally:
        matching.EXACT_LIMIT, matching._PURE_COMPONENTS = limits
    assert got == solver
    assert list(got) == list(solver)
