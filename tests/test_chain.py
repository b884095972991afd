"""align/chain.py: the heaviest in-order chain, the one-gap shortcut and the pair key."""

from __future__ import annotations

import pytest

from statementdiff.align.chain import heaviest_chain, one_gap, pair_key


def test_no_items_no_chain() -> None:
    assert heaviest_chain([]) == set()


def test_in_order_items_are_all_on_the_chain() -> None:
    assert heaviest_chain([(0, 0, 1.0, 0.0), (1, 1, 1.0, 0.0), (2, 2, 1.0, 0.0)]) == {0, 1, 2}


def test_one_heavy_pair_outweighs_two_light_ones_it_crosses() -> None:
    # x=0 goes to the end of b; 1 and 2 keep their order. Chains: {0} (5) or {1, 2} (2).
    items = [(0, 2, 5.0, 0.0), (1, 0, 1.0, 0.0), (2, 1, 1.0, 0.0)]
    assert heaviest_chain(items) == {0}


def test_two_pairs_outweigh_one_light_pair_they_cross() -> None:
    items = [(0, 2, 1.0, 0.0), (1, 0, 1.0, 0.0), (2, 1, 1.0, 0.0)]
    assert heaviest_chain(items) == {1, 2}


def test_the_chain_is_strictly_increasing_in_y() -> None:
    # two pairs to the same y cannot both stay in order: the tie-break decides
    assert heaviest_chain([(0, 0, 1.0, 5e-4), (1, 0, 1.0, 1e-4)]) == {0}
    assert heaviest_chain([(0, 0, 1.0, 1e-4), (1, 0, 1.0, 5e-4)]) == {1}


def test_the_chain_does_not_depend_on_the_order_of_the_items() -> None:
    items = [(0, 3, 2.0, 0.0), (1, 0, 1.0, 0.0), (2, 1, 1.0, 0.0), (3, 2, 1.0, 0.0)]
    assert heaviest_chain(items) == heaviest_chain(list(reversed(items))) == {1, 2, 3}


def test_one_gap_when_everything_unpaired_sits_between_the_same_anchors() -> None:
    assert one_gap({0: 0, 3: 3}, [1], [1, 2])
    assert one_gap({0: 0, 3: 3}, [1, 2], [2])


def test_not_one_gap_when_the_unpaired_sit_in_different_gaps() -> None:
    assert not one_gap({0: 0, 3: 3}, [1], [4])


def test_not_one_gap_when_both_sides_have_several_unpaired() -> None:
    assert not one_gap({0: 0, 3: 3}, [1, 2], [1, 2])


def test_not_one_gap_when_the_anchors_cross() -> None:
    assert not one_gap({0: 3, 3: 0}, [1], [1])


@pytest.mark.parametrize(
    ("a", "b"), [(["We agree."], ["We disagree."]), (["x", "y"], ["z"]), ([], ["w"])]
)
def test_pair_key_is_a_small_fraction_the_same_both_ways(a: list[str], b: list[str]) -> None:
    key = pair_key(a, b)
    assert 0.0 <= key < 1e-3
    assert key == pair_key(b, a)


def test_pair_key_depends_on_the_content() -> None:
    assert pair_key(["We agree."], ["We disagree."]) != pair_key(["We agree."], ["We agree."])
