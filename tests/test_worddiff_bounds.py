"""The word diff stays bounded on huge clauses, deterministically (no clock involved)."""

from __future__ import annotations

import itertools
import random
import resource
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager

from hypothesis import given, settings
from hypothesis import strategies as st

from statementdiff import compare, parse
from statementdiff import worddiff as wd
from statementdiff.worddiff import word_diff


@contextmanager
def _small_limits() -> Iterator[None]:
    """Shrink the limits so that small texts take the bounded path."""
    saved = (wd.DMP_CELLS, wd._STRETCH_CELLS, wd.CLEANUP_OPS)
    wd.DMP_CELLS, wd._STRETCH_CELLS, wd.CLEANUP_OPS = 12, 4, 8
    try:
        yield
    finally:
        wd.DMP_CELLS, wd._STRETCH_CELLS, wd.CLEANUP_OPS = saved


_word = st.sampled_from(["We", "agree", "on", "peace", "and", "trade", ",", ".", " ", "  ", "\n"])
_text = st.lists(_word, max_size=60).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(_text, _text)
def test_bounded_path_rebuilds_both_sides(a: str, b: str) -> None:
    notes: list[str] = []
    with _small_limits():
        ops = word_diff(a, b, notes)
        mirrored = word_diff(b, a)
    assert "".join(t for k, t in ops if k != "insert") == a
    assert "".join(t for k, t in ops if k != "delete") == b
    assert all(t for _, t in ops)
    assert all(x[0] != y[0] for x, y in itertools.pairwise(ops))
    flip = {"equal": "equal", "insert": "delete", "delete": "insert"}
    assert sorted((flip[k], t) for k, t in mirrored) == sorted(ops)


def test_a_huge_clause_with_one_change_still_shows_one_change() -> None:
    rng = random.Random(5)
    words = [f"w{rng.randrange(5000)}" for _ in range(30_000)]
    b = list(words)
    b[12_345] = "changed"
    ops = word_diff(" ".join(words), " ".join(b))
    assert [k for k, _ in ops] == ["equal", "delete", "insert", "equal"]
    assert ops[2][1] == "changed"


def test_a_stretch_without_anchors_is_replaced_whole_and_noted() -> None:
    rng = random.Random(1)
    a = " ".join(rng.choice("xy") for _ in range(2600))
    b = " ".join(rng.choice("xy") for _ in range(2600))
    notes: list[str] = []
    ops = word_diff(a, b, notes)
    assert "".join(t for k, t in ops if k != "insert") == a
    assert "".join(t for k, t in ops if k != "delete") == b
    assert len(notes) == 1
    assert "replaced whole" in notes[0]
    assert word_diff(a, b) == ops  # deterministic


def test_compare_reports_a_coarse_word_diff_in_its_notes() -> None:
    rng = random.Random(2)
    a = parse("We agree " + " ".join(rng.choice(["x", "y"]) for _ in range(2600)) + ".")
    b = parse("We agree " + " ".join(rng.choice(["x", "y"]) for _ in range(2600)) + ".")
    diff = compare(a, b)
    assert any("replaced whole" in note for note in diff.notes)


def test_a_reordered_huge_sentence_diffs_within_a_budget() -> None:
    # before: diff-match-patch over 20,000 shuffled words ran 112 s (200,000 words: >600 s)
    code = """
        import random
        from statementdiff.worddiff import word_diff
        rng = random.Random(4)
        words = [f"w{rng.randrange(3000)}" for _ in range(20_000)]
        shuffled = list(words)
        rng.shuffle(shuffled)
        a, b = " ".join(words), " ".join(shuffled)
        ops = word_diff(a, b)
        assert "".join(t for k, t in ops if k != "insert") == a
        assert "".join(t for k, t in ops if k != "delete") == b
        print("ok")
    """

    def limits() -> None:
        resource.setrlimit(resource.RLIMIT_CPU, (30, 30))
        resource.setrlimit(resource.RLIMIT_AS, (2 * 2**30, 2 * 2**30))

    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        preexec_fn=limits,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "ok"
