"""The pipeline from many threads and processes gives what it gives one call at a time.

docs/design.md ("Threads and processes") promises that statements, diffs and lexicons can be
shared between threads and that ``compare``/``parse``/``compare_series`` may run in several
threads at once. The stress runs here compare real pairs from eight threads released
together, with the interpreter switching threads every microsecond, and require the JSON of
every result to equal the sequential one byte for byte. The first run happens in a fresh
child process, so nothing the suite ran before has warmed a cache: a cache or a shared
object that threads corrupt shows there, and stays corrupted for later calls.
"""

from __future__ import annotations

import multiprocessing
import pickle
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from _stress import (
    FIXTURES,
    Job,
    compare_json,
    corpus_jobs,
    crowd,
    fixture_jobs,
    fresh_threaded_compares,
    load,
    threaded_compares,
    threaded_parses,
    threaded_series,
)
from statementdiff import Diff, Series, Statement, compare, compare_series, parse
from statementdiff.lexicon.lexicon import Lexicon

THREADS = 8


@pytest.fixture(scope="module")
def jobs() -> list[Job]:
    """Fixture pairs both ways, plus short corpus pairs when the corpus is present."""
    return fixture_jobs() + corpus_jobs()


@pytest.fixture(scope="module")
def statements(jobs: list[Job]) -> dict[str, Statement]:
    return {path: load(path) for path in sorted({p for job in jobs for p in job})}


@pytest.fixture(scope="module")
def sequential(jobs: list[Job], statements: dict[str, Statement]) -> list[str]:
    return [compare_json(statements[a], statements[b]) for a, b in jobs]


def _differences(
    expected: Sequence[str], got: Sequence[str], jobs: Sequence[Job]
) -> list[tuple[Job, str]]:
    """The jobs whose result is not the expected JSON (with what they raised, if they did)."""
    assert len(got) % len(expected) == 0
    return [
        (jobs[k % len(jobs)], json[:200] if json.startswith("raised ") else "different JSON")
        for k, json in enumerate(got)
        if json != expected[k % len(jobs)]
    ]


def _spawn_pool(workers: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"))


def test_there_are_enough_jobs_to_collide(jobs: list[Job]) -> None:
    assert len(jobs) >= 2 * THREADS


def test_threads_in_a_fresh_process_give_the_sequential_json(
    jobs: list[Job], sequential: list[str]
) -> None:
    # a fresh interpreter: every cache starts empty, so the threads fill them together
    with _spawn_pool(1) as pool:
        got = pool.submit(fresh_threaded_compares, jobs, THREADS, 2).result(timeout=900)
    assert len(got) == 2 * len(jobs)
    assert _differences(sequential, got, jobs) == []


def test_threads_in_this_process_give_the_sequential_json(
    jobs: list[Job], statements: dict[str, Statement], sequential: list[str]
) -> None:
    got = threaded_compares(statements, jobs, threads=THREADS, rounds=2)
    assert _differences(sequential, got, jobs) == []
    # and the sequential answers are still the same afterwards (nothing wrong was cached)
    again = [compare_json(statements[a], statements[b]) for a, b in jobs]
    assert again == sequential


def test_threaded_parses_give_the_sequential_json() -> None:
    texts = [p.read_text("utf-8") for p in sorted(FIXTURES.glob("**/*.txt"))] * 2
    expected = [parse(t).to_json() for t in texts]
    assert threaded_parses(texts, threads=THREADS) == expected


def test_threaded_series_give_the_sequential_json() -> None:
    series = [load(str(p)) for p in sorted((FIXTURES / "series").glob("us-rok-*.txt"))]
    groups = [series, series[1:], series[:-1], series[::2], series[1::2], series[2:]] * 2
    expected = [compare_series(list(g)).to_json() for g in groups]
    assert threaded_series(groups, threads=THREADS) == expected


def test_a_lexicon_shared_by_threads_compiles_once(tmp_path: Path) -> None:
    # a new lexicon, nothing compiled yet; every thread asks for its matchers at once
    extra = tmp_path / "extra.toml"
    extra.write_text('[entity."Atlantis"]\nkind = "place"\n', "utf-8")
    lexicon = Lexicon.load(extra)
    tables = crowd([lambda: lexicon.matchers] * 4 * THREADS, threads=THREADS)
    assert all(t is tables[0] for t in tables)
    aliases = crowd([lambda: lexicon.alias_table] * 4 * THREADS, threads=THREADS)
    assert all(t is aliases[0] for t in aliases)


def test_a_spawn_process_pool_gives_the_sequential_json(
    jobs: list[Job], statements: dict[str, Statement], sequential: list[str]
) -> None:
    firsts = [statements[a] for a, _ in jobs]
    seconds = [statements[b] for _, b in jobs]
    with _spawn_pool(2) as pool:
        got = list(pool.map(compare_json, firsts, seconds, chunksize=4))
    assert _differences(sequential, got, jobs) == []


def test_models_and_lexicons_survive_pickling(tmp_path: Path) -> None:
    a = load(str(FIXTURES / "leaders-2031-a.txt"))
    b = load(str(FIXTURES / "leaders-2031-b.txt"))
    clause = next(a.clauses())
    assert a.node(clause.id) == clause  # builds the node index beside the fields
    diff = compare(a, b)
    series = compare_series([a, b])
    for model in (a, diff, series):
        copy = pickle.loads(pickle.dumps(model))
        assert copy == model
        assert copy.to_json() == model.to_json()
    assert isinstance(pickle.loads(pickle.dumps(diff)), Diff)
    assert isinstance(pickle.loads(pickle.dumps(series)), Series)
    assert pickle.loads(pickle.dumps(a)).node(clause.id) == clause

    extra = tmp_path / "extra.toml"
    extra.write_text('[entity."Atlantis"]\nkind = "place"\n', "utf-8")
    lexicon = Lexicon.load(extra)
    lexicon.matchers  # compiled state is rebuilt, not pickled  # noqa: B018
    copy = pickle.loads(pickle.dumps(lexicon))
    assert copy.entities == lexicon.entities
    assert copy.sources == lexicon.sources
    assert compare(a, b, lexicon=copy).to_json() == compare(a, b, lexicon=lexicon).to_json()
    default = pickle.loads(pickle.dumps(Lexicon.default()))
    assert compare(a, b, lexicon=default).to_json() == diff.to_json()
