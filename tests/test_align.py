from __future__ import annotations

import numpy as np
import pytest

from statementdiff.align.aligner import Aligner, Match


def _mirror(m: Match) -> tuple[tuple[int, ...], tuple[int, ...], float, bool]:
    return (m.b, m.a, m.similarity, m.moved)


A = [
    "We reaffirm our commitment to the Alliance.",
    "We are concerned about the situation in the East China Sea.",
    "We underscore the importance of peace and stability across the Taiwan Strait.",
    "We call for the complete denuclearization of the Korean Peninsula.",
    "We will cooperate on clean energy and climate.",
]


def test_identity_matches_everything_in_order() -> None:
    al = Aligner().align(A, A)
    assert [(m.a, m.b, m.moved, m.exact) for m in al.matches] == [
        ((i,), (i,), False, True) for i in range(len(A))
    ]
    assert al.only_a == al.only_b == ()


def test_reordered_clause_is_one_move() -> None:
    b = [A[0], A[1], A[3], A[4], A[2]]
    al = Aligner().align(A, b)
    moved = [m for m in al.matches if m.moved]
    assert [(m.a, m.b) for m in moved] == [((2,), (4,))]


def test_aliases_and_rewording_still_pair() -> None:
    b = [
        "The United States and the ROK call for complete denuclearization of the Korean Peninsula.",
        "Japan and the U.S. underscore the importance of peace and stability in the Taiwan Strait.",
    ]
    al = Aligner().align(A, b)
    got = {(m.a, m.b) for m in al.matches}
    assert ((2,), (1,)) in got
    assert ((3,), (0,)) in got
    assert al.only_b == ()


def test_unrelated_clauses_stay_one_sided() -> None:
    al = Aligner().align(A, ["Tariffs on steel will be lowered next year."])
    assert al.matches == ()
    assert al.only_a == tuple(range(len(A)))
    assert al.only_b == (0,)


def test_split_and_merge_are_mirrors() -> None:
    a = [
        "We condemn the missile launches and we urge the DPRK to abandon its nuclear "
        "weapons programs."
    ]
    b = [
        "We condemn the missile launches.",
        "We urge the DPRK to abandon its nuclear weapons programs.",
    ]
    ab = Aligner().align(a, b)
    assert [(m.a, m.b) for m in ab.matches] == [((0,), (0, 1))]
    ba = Aligner().align(b, a)
    assert [_mirror(m) for m in ba.matches] == [
        (m.a, m.b, m.similarity, m.moved) for m in ab.matches
    ]


def test_moved_paragraph_moves_all_its_clauses_and_nothing_else() -> None:
    paras = [
        ["We reaffirm the Alliance.", "Our partnership has never been stronger."],
        [
            "We oppose coercion in the East China Sea.",
            "We oppose militarization in the South China Sea.",
        ],
        ["We call for denuclearization of the Korean Peninsula.", "We urge the DPRK to engage."],
        [
            "We will deepen cooperation on semiconductors.",
            "We will protect supply chains of critical minerals.",
        ],
        ["We will advance clean energy.", "We will fight climate change together."],
    ]
    order_b = [0, 2, 3, 1, 4]
    a = [t for p in paras for t in p]
    ga = [k for k, p in enumerate(paras) for _ in p]
    b = [t for k in order_b for t in paras[k]]
    gb = [k for k in order_b for _ in paras[k]]
    al = Aligner().align(a, b, a_groups=ga, b_groups=gb)
    assert {m.a[0] for m in al.matches if m.moved} == {2, 3}
    assert len(al.matches) == len(a)


def test_group_labels_must_match_texts() -> None:
    with pytest.raises(ValueError, match="group label"):
        Aligner().align(["x"], ["x"], a_groups=[1, 2])


def test_threshold_is_respected() -> None:
    a = ["We welcome the new framework on maritime security."]
    b = ["We welcome the new framework on cyber security."]
    assert Aligner(threshold=0.2).align(a, b).matches
    assert not Aligner(threshold=0.99).align(a, b).matches


def test_empty_sides() -> None:
    al = Aligner().align([], ["x y z"])
    assert al.matches == ()
    assert al.only_b == (0,)
    assert Aligner().align([], []).matches == ()


def test_a_weak_pair_does_not_displace_a_preferred_partner() -> None:
    # rows: "commitment to complete denuclearization, urging ..." and "deterrence ... nuclear
    # programs"; columns: "shared commitment to complete denuclearization ... address nuclear
    # programs" and "dialogue ... to achieve complete denuclearization". All four clauses are in
    # paired paragraphs (bonus), so every pair below is admitted by the lowered bar. A sum of
    # scores prefers two weak pairs (0.286 + 0.335) to the one pair both clauses prefer (0.341).
    sim = np.array([[0.341, 0.286], [0.335, 0.0]])
    bonus = np.full_like(sim, Aligner.GROUP_BONUS)
    al = Aligner()
    assert al._assign(sim, bonus, [0, 1], [0, 1], (2, 2), al.threshold) == [(0, 0)]
    assert al._assign(sim.T.copy(), bonus.T.copy(), [0, 1], [0, 1], (2, 2), al.threshold) == [
        (0, 0)
    ]


def test_pairs_above_the_threshold_keep_the_optimal_assignment() -> None:
    # no lowered bar involved: the assignment is the optimal one, not a greedy one
    sim = np.array([[0.9, 0.85], [0.84, 0.1]])
    al = Aligner()
    assert al._assign(sim, np.zeros_like(sim), [0, 1], [0, 1], (2, 2), al.threshold) == [
        (0, 1),
        (1, 0),
    ]
