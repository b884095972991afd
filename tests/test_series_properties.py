"""Property tests of compare_series (real alignment) on generated series.

Each generated statement is drawn from a pool of sentences with disjoint made-up vocabularies,
so two sentences are either identical or share no word: the true threads are known.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from _series_helpers import make_statement
from statementdiff import compare_series
from statementdiff.models import Series, Statement

_SYLLABLES = [c + v for c in "bdfgklmnprstvz" for v in "aou"]


def _sentence(k: int) -> str:
    head = _SYLLABLES[k % len(_SYLLABLES)] + _SYLLABLES[k // len(_SYLLABLES)]
    words = [head + _SYLLABLES[(7 * j + k) % len(_SYLLABLES)] for j in range(6)]
    return " ".join(words).capitalize() + "."


POOL = [_sentence(k) for k in range(30)]


@st.composite
def statements(draw: st.DrawFn, *, min_size: int = 1, max_size: int = 6) -> Statement:
    chosen = draw(
        st.lists(
            st.sampled_from(range(len(POOL))), min_size=min_size, max_size=max_size, unique=True
        )
    )
    return make_statement([POOL[k] for k in chosen])


def _threads_as_sets(series: Series, *, mirror: bool = False) -> set[frozenset[tuple[int, str]]]:
    n = len(series.statements)
    return {
        frozenset((n - 1 - s.index if mirror else s.index, c) for s in t.steps for c in s.clauses)
        for t in series.threads
    }


@given(statements())
def test_one_statement_gives_threads_of_one_step(statement: Statement) -> None:
    series = compare_series([statement])
    assert len(series.threads) == len(list(statement.clauses()))
    for thread in series.threads:
        assert len(thread.steps) == 1
        assert thread.steps[0].status == "new"
        assert thread.first == thread.last == 0


@given(statements(), st.integers(min_value=2, max_value=5))
def test_copies_have_no_changes(statement: Statement, copies: int) -> None:
    series = compare_series([statement] * copies)
    assert len(series.threads) == len(list(statement.clauses()))
    for thread in series.threads:
        assert [s.status for s in thread.steps] == ["new"] + ["unchanged"] * (copies - 1)
        assert all(not s.ops and not s.changes for s in thread.steps)


@given(st.lists(statements(min_size=0), min_size=2, max_size=6))
def test_reversing_the_order_mirrors_first_and_last(series_in: list[Statement]) -> None:
    forward = compare_series(series_in)
    backward = compare_series(series_in[::-1])
    assert _threads_as_sets(forward) == _threads_as_sets(backward, mirror=True)
    n = len(series_in)
    spans = sorted((t.first, t.last) for t in forward.threads)
    mirrored = sorted(
        (n - 1 - t.last, n - 1 - t.first)
        for t in backward.threads
        if t.first is not None and t.last is not None
    )
    assert spans == mirrored


@given(st.lists(statements(), min_size=1, max_size=6))
def test_every_clause_in_exactly_one_thread_and_steps_are_consistent(
    series_in: list[Statement],
) -> None:
    series = compare_series(series_in)
    for index, statement in enumerate(series_in):
        ids = [c for t in series.threads for c in t.steps[index].clauses]
        assert sorted(ids) == sorted(c.id for c in statement.clauses())
    for thread in series.threads:
        assert [s.index for s in thread.steps] == list(range(len(series_in)))
        present = [s.index for s in thread.steps if s.clauses]
        assert thread.steps[present[0]].status == "new"
        after = present[-1] + 1
        for step in thread.steps:
            if step.index == after:
                assert step.status == "dropped"
            elif not step.clauses:
                assert step.status == "absent"
            elif step.index != present[0]:
                assert step.status in ("unchanged", "modified")
    assert compare_series(series_in).to_json() == series.to_json()
