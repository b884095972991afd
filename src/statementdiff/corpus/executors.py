"""Run :func:`~statementdiff.corpus.ingest.read_statement` over many files, in order.

``None`` reads in this process; ``"process"`` uses the standard library's process pool;
``"dask"`` uses ``dask.bag`` (the ``corpus-dask`` extra), so the same call runs on a Dask
cluster when a distributed client is active. Any :class:`concurrent.futures.Executor` works
too. Results come back in the order of the jobs whatever ran them, so an index is the same.
"""

from __future__ import annotations

import concurrent.futures
from collections.abc import Iterator, Sequence
from typing import Literal

from statementdiff.corpus.ingest import Job, Record, read_statement
from statementdiff.errors import CorpusError

__all__ = ["BATCH", "Executor", "run"]

Executor = Literal["process", "dask"] | concurrent.futures.Executor | None
"""What reads the files: None (this process), ``"process"``, ``"dask"`` or an executor."""

BATCH = 64
"""Files read per batch: a batch is written and committed before the next is read, so memory
stays flat in the number of files and an interrupted build resumes after the last batch."""


def run(jobs: Sequence[Job], executor: Executor = None) -> Iterator[Record]:
    """Read every job, yielding records in the jobs' order.

    Raises:
        CorpusError: An unknown executor, or ``"dask"`` without Dask installed.
    """
    if executor is None:
        yield from map(read_statement, jobs)
    elif executor == "process":
        with concurrent.futures.ProcessPoolExecutor() as pool:
            for start in range(0, len(jobs), BATCH):
                yield from pool.map(read_statement, jobs[start : start + BATCH])
    elif executor == "dask":
        try:
            import dask.bag  # type: ignore[import-not-found,import-untyped,unused-ignore]
        except ImportError:
            raise CorpusError(
                "executor='dask' needs Dask: pip install 'statementdiff[corpus-dask]'"
            ) from None
        for start in range(0, len(jobs), BATCH):
            batch = jobs[start : start + BATCH]
            bag = dask.bag.from_sequence(  # type: ignore[no-untyped-call,unused-ignore]
                batch, npartitions=max(1, min(len(batch), 8))
            )
            yield from bag.map(read_statement).compute()
    elif isinstance(executor, concurrent.futures.Executor):
        for start in range(0, len(jobs), BATCH):
            yield from executor.map(read_statement, jobs[start : start + BATCH])
    else:
        raise CorpusError(
            f"unknown executor {executor!r}: use None, 'process', 'dask' or an Executor"
        )
