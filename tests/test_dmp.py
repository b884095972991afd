from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from statementdiff.worddiff import count_words, tokenize, word_diff, word_ops

_words = st.sampled_from(
    [
        "We",
        "reaffirm",
        "the",
        "Alliance",
        "peace",
        "stability",
        ",",
        ".",
        " ",
        "\n",
        "Taiwan",
        "Strait",
        "strongly",
        "oppose",
        "U.S.",
        "ROK",
        "\u2019s",
        "\ue000",
    ]
)
_texts = st.lists(_words, max_size=30).map("".join)


@given(_texts, _texts, st.booleans())
def test_ops_rebuild_both_sides(a: str, b: str, semantic: bool) -> None:
    ops = word_diff(a, b, semantic=semantic)
    assert "".join(t for k, t in ops if k != "insert") == a
    assert "".join(t for k, t in ops if k != "delete") == b
    assert all(t for _, t in ops)
    # no two neighbours of the same kind
    assert all(x[0] != y[0] for x, y in itertools.pairwise(ops))


def test_tokens_rejoin_and_words_are_counted() -> None:
    text = "The U.S.-Japan Alliance,  again:\nyes."
    assert "".join(tokenize(text)) == text
    assert count_words(text) == 7


def test_word_level_not_character_level() -> None:
    ops = word_diff("We support the plan.", "We supported the plan.")
    assert ("delete", "support") in ops
    assert ("insert", "supported") in ops


def test_identical_and_empty_sides() -> None:
    assert word_diff("same", "same") == [("equal", "same")]
    assert word_diff("", "") == []
    assert word_diff("", "new") == [("insert", "new")]
    assert word_diff("old", "") == [("delete", "old")]


@given(_texts, _texts, st.integers(0, 50), st.integers(0, 50))
def test_word_ops_spans_index_the_sources(a: str, b: str, ia: int, ib: int) -> None:
    full_a, full_b = "x" * ia + a, "y" * ib + b
    for op in word_ops(a, ia, b, ib):
        if op.op in ("equal", "delete"):
            assert op.a is not None
            assert full_a[op.a.start : op.a.end] == op.text
        if op.op in ("equal", "insert"):
            assert op.b is not None
            assert full_b[op.b.start : op.b.end] == op.text
        assert (op.a is None) == (op.op == "insert")
        assert (op.b is None) == (op.op == "delete")


def test_many_distinct_tokens_beyond_the_bmp_private_area() -> None:
    a = " ".join(f"w{i}" for i in range(7000))
    b = " ".join(f"w{i}" for i in range(1, 7001))
    ops = word_diff(a, b)
    assert "".join(t for k, t in ops if k != "insert") == a
    assert "".join(t for k, t in ops if k != "delete") == b
    assert sum(count_words(t) for k, t in ops if k != "equal") == 2


def test_whitespace_changes_do_not_hide_equal_words() -> None:
    ops = word_diff("We  reaffirm\nthe Alliance.", "We reaffirm the Alliance.")
    assert [t for k, t in ops if k == "equal"] == ["We", "reaffirm", "the Alliance."]
    assert all(not t.strip() for k, t in ops if k != "equal")


def test_spaces_stay_outside_a_lone_insertion() -> None:
    assert word_diff("We reaffirm our Alliance.", "We strongly reaffirm our Alliance.") == [
        ("equal", "We "),
        ("insert", "strongly "),
        ("equal", "reaffirm our Alliance."),
    ]


def test_one_sided_runs_still_let_shared_words_match() -> None:
    # the one-sided runs are folded into one code point each for diff_main
    a = "alpha beta the Taiwan Strait epsilon"
    b = "one the Taiwan Strait three four"
    ops = word_diff(a, b)
    assert [t.strip() for k, t in ops if k == "equal"] == ["the Taiwan Strait"]
