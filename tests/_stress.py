"""Helpers of tests/test_threads.py: the inputs, and runs of the pipeline from many threads.

They live in a module of their own so that a child process started with the ``spawn``
method can import them (a fresh interpreter: nothing cached from the parent's earlier runs).
"""

from __future__ import annotations

import functools
import itertools
import json
import sys
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

from statementdiff import Statement, compare, compare_series, parse, parse_file

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
CORPUS = ROOT.parent / "shared" / "corpus"

MAX_CORPUS_WORDS = 2500
"""Corpus documents longer than this stay out of the stress runs (they only add time)."""

Job = tuple[str, str]
"""Two paths: compare the statement of the first with that of the second."""

T = TypeVar("T")


def fixture_jobs() -> list[Job]:
    """Pairs of fixture statements, both ways round (fictional texts, always present)."""
    series = sorted(str(p) for p in (FIXTURES / "series").glob("us-rok-*.txt"))
    pairs = [
        (str(FIXTURES / "leaders-2031-a.txt"), str(FIXTURES / "leaders-2031-b.txt")),
        (str(FIXTURES / "communique-2032.txt"), str(FIXTURES / "communique-2032-revised.txt")),
        (str(FIXTURES / "leaders-2031-a.html"), str(FIXTURES / "ministers-2032.html")),
        (str(FIXTURES / "leaders-2031-a.txt"), str(FIXTURES / "communique-2032.txt")),
        (str(FIXTURES / "leaders-2031-b.txt"), str(FIXTURES / "ministers-2032.html")),
        *itertools.pairwise(series),
    ]
    return [*pairs, *((b, a) for a, b in pairs)]


def corpus_jobs() -> list[Job]:
    """Pairs of short corpus statements: text revisions and neighbours in one series.

    Empty when the corpus is absent.
    """
    manifest_file = CORPUS / "MANIFEST.json"
    if not manifest_file.is_file():
        return []
    manifest: list[dict[str, Any]] = json.loads(manifest_file.read_text("utf-8"))
    short = [d for d in manifest if d["words"] <= MAX_CORPUS_WORDS]
    jobs: list[Job] = []
    for doc in short:
        files = [str(CORPUS / v["file"]) for v in doc.get("versions") or ()]
        jobs.extend(itertools.pairwise(files))
    by_series: dict[str, list[dict[str, Any]]] = {}
    for doc in short:
        if doc.get("series"):
            by_series.setdefault(doc["series"], []).append(doc)
    for _name, docs in sorted(by_series.items()):
        docs.sort(key=lambda d: (d["date"], d["slug"]))
        jobs.extend(
            (str(CORPUS / f"{x['slug']}.txt"), str(CORPUS / f"{y['slug']}.txt"))
            for x, y in itertools.pairwise(docs)
        )
    return jobs


def load(path: str) -> Statement:
    """Parse one input file (plain text or HTML, by its suffix)."""
    return parse_file(path, format="html" if path.endswith(".html") else "text")


def compare_json(a: Statement, b: Statement) -> str:
    """The JSON of ``compare(a, b)`` (a module-level function, so a process pool can run it)."""
    return compare(a, b).to_json()


def compare_or_raised(a: Statement, b: Statement) -> str:
    """The JSON of ``compare(a, b)``, or ``raised <exception>``, so a run counts every failure."""
    try:
        return compare_json(a, b)
    except Exception as exc:  # reported as a difference, not swallowed
        return f"raised {exc!r}"


def crowd(work: Sequence[Callable[[], T]], *, threads: int) -> list[T]:
    """Run the calls from ``threads`` threads released together; results in call order.

    The interpreter switches threads every microsecond while they run, so that calls
    interleave as often as they can.
    """
    start = threading.Barrier(threads)

    def run(call: Callable[[], T]) -> T:
        return call()

    def warm(_: int) -> None:
        start.wait()

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        with ThreadPoolExecutor(threads) as pool:
            list(pool.map(warm, range(threads)))  # every worker thread exists before the work
            return list(pool.map(run, work))
    finally:
        sys.setswitchinterval(interval)


def threaded_compares(
    statements: dict[str, Statement], jobs: Sequence[Job], *, threads: int = 8, rounds: int = 3
) -> list[str]:
    """``compare`` every job ``rounds`` times from ``threads`` threads; JSON in job order."""
    work = [
        functools.partial(compare_or_raised, statements[a], statements[b])
        for _ in range(rounds)
        for a, b in jobs
    ]
    return crowd(work, threads=threads)


def threaded_parses(texts: Sequence[str], *, threads: int = 8) -> list[str]:
    """``parse`` every text from ``threads`` threads; the statements' JSON in order."""
    return crowd([functools.partial(_parse_json, t) for t in texts], threads=threads)


def threaded_series(groups: Sequence[Sequence[Statement]], *, threads: int = 8) -> list[str]:
    """``compare_series`` of every group from ``threads`` threads; JSON in order."""
    return crowd([functools.partial(_series_json, g) for g in groups], threads=threads)


def _parse_json(text: str) -> str:
    return parse(text).to_json()


def _series_json(group: Sequence[Statement]) -> str:
    return compare_series(list(group)).to_json()


def fresh_threaded_compares(jobs: Sequence[Job], threads: int, rounds: int) -> list[str]:
    """Parse and compare in this process from ``threads`` threads (run in a fresh child)."""
    statements = {path: load(path) for path in sorted({p for job in jobs for p in job})}
    return threaded_compares(statements, jobs, threads=threads, rounds=rounds)
