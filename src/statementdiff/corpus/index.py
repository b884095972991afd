"""``Corpus``: an on-disk index of many statements, built once and queried many times."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterable
from pathlib import Path
from types import TracebackType
from typing import Self

from statementdiff.corpus import queries, store
from statementdiff.corpus.executors import BATCH, Executor, run
from statementdiff.corpus.ingest import expand, file_hash, job_for, load_manifest
from statementdiff.corpus.models import Coverage, Genealogy, Occurrence, Reuse
from statementdiff.errors import CorpusError

__all__ = ["Corpus", "Progress"]

Progress = Callable[[int, int], None]
"""Called with (files done, files to do) after each written batch."""


class Corpus:
    """An index of statements in one SQLite file: phrases, passage reuse, coverage.

    Build it with :meth:`build`, reopen it with :meth:`open`, grow it with :meth:`add`.
    Close it with :meth:`close` or use it as a context manager.

    Examples:
        >>> import pathlib, tempfile
        >>> tmp = pathlib.Path(tempfile.mkdtemp())
        >>> _ = (tmp / "a-2021-05-21.txt").write_text("We reaffirm peace and stability.")
        >>> with Corpus.build([tmp], index=tmp / "i.sqlite") as corpus:
        ...     [(o.date, o.clause_id) for o in corpus.occurrences("Peace and  stability")]
        [('2021-05-21', 'sec1.p1.s1.c1')]
    """

    def __init__(self, con: sqlite3.Connection, path: Path) -> None:
        self._con = con
        self.path = path

    @classmethod
    def build(
        cls,
        paths: Iterable[str | os.PathLike[str]],
        *,
        index: str | os.PathLike[str],
        executor: Executor = None,
        manifest: str | os.PathLike[str] | None = None,
        progress: Progress | None = None,
    ) -> Corpus:
        """Index statement files (a directory stands for its ``.txt``/``.html`` files).

        An existing index at ``index`` is reopened and completed, so an interrupted build
        resumes: files already indexed with the same content are skipped.

        Args:
            paths: Files or directories.
            index: The index file to write.
            executor: What parses: None (this process), ``"process"`` (a process pool),
                ``"dask"`` (the ``corpus-dask`` extra) or a ``concurrent.futures.Executor``.
                The index is the same whichever.
            manifest: A JSON manifest (``shared/corpus/MANIFEST.json``'s format) giving each
                file's title, date and parties by slug.
            progress: Called with (files done, files to do) after each batch.

        Raises:
            CorpusError: ``index`` exists and is no index of this version, a path is missing,
                or the manifest is malformed.
            ParseError: A file is no statement (the files before it stay indexed).
        """
        path = Path(index)
        con = store.connect(path) if path.exists() else store.create(path)
        corpus = cls(con, path)
        corpus.add(paths, executor=executor, manifest=manifest, progress=progress)
        return corpus

    @classmethod
    def open(cls, index: str | os.PathLike[str]) -> Corpus:
        """Open an index written by :meth:`build`.

        Raises:
            CorpusError: No such file, or not an index of this schema version.
        """
        return cls(store.connect(index), Path(index))

    def add(
        self,
        paths: Iterable[str | os.PathLike[str]],
        *,
        executor: Executor = None,
        manifest: str | os.PathLike[str] | None = None,
        progress: Progress | None = None,
    ) -> int:
        """Index more files; those already indexed with the same content are skipped.

        A file indexed before whose content changed is indexed again in place of its old
        version. The arguments are those of :meth:`build`.

        Returns:
            How many files were (re)indexed.
        """
        entries = load_manifest(manifest) if manifest is not None else {}
        known = store.indexed(self._con)
        jobs = []
        for source in expand(paths):
            digest = file_hash(source)
            if known.get(source) != digest:
                jobs.append(job_for(source, digest, entries))
        done = 0
        for record in run(jobs, executor):
            store.write(self._con, record)
            done += 1
            if done % BATCH == 0 or done == len(jobs):
                self._con.commit()
                if progress is not None:
                    progress(done, len(jobs))
        self._con.commit()
        return done

    def __len__(self) -> int:
        """The number of statements indexed."""
        return int(self._con.execute("SELECT COUNT(*) FROM statements").fetchone()[0])

    def sources(self) -> tuple[str, ...]:
        """The sources of the statements indexed, earliest first."""
        rows = self._con.execute(
            "SELECT source FROM statements ORDER BY date IS NULL, date, source"
        ).fetchall()
        return tuple(r[0] for r in rows)

    def occurrences(self, phrase: str) -> tuple[Occurrence, ...]:
        """Every clause of every statement holding a phrase, earliest statement first.

        Phrase and clauses are compared in normal form (case, quotes, dashes, punctuation and
        whitespace folded; :mod:`statementdiff.corpus.normalise`), as runs of whole words.
        """
        return queries.occurrences(self._con, phrase)

    def reuse(
        self,
        *,
        min_share: float = 0.1,
        max_statements: int | None = None,
        limit: int | None = None,
    ) -> tuple[Reuse, ...]:
        """Pairs of statements sharing passages (rare word 8-grams), most shared first.

        Args:
            min_share: Least share of the shorter statement's 8-grams shared (0 to 1).
            max_statements: An 8-gram held by more statements is boilerplate, ignored
                (default: a tenth of the index, at least 2 and at most 100, passim's cap).
            limit: At most this many pairs.

        Raises:
            CorpusError: ``min_share`` outside [0, 1].
        """
        if not 0.0 <= min_share <= 1.0:
            raise CorpusError(f"min_share must be between 0 and 1, not {min_share!r}")
        return queries.reuse(
            self._con, min_share=min_share, max_statements=max_statements, limit=limit
        )

    def coverage(self, term: str) -> Coverage:
        """Which statements name an entity or topic (by its lexicon name), and which never do."""
        return queries.coverage(self._con, term)

    def genealogy(self, phrase: str, *, min_overlap: float = 0.75) -> Genealogy:
        """The first appearance of a phrase and its form in every later statement.

        Each later statement contributes the clause holding the phrase or, failing that, the
        clause holding most of its content words (at least ``min_overlap`` of them, stemmed):
        "in the Taiwan Strait" is a variant of "across the Taiwan Strait". Every step carries
        the word diff and change labels from the step before.

        Raises:
            CorpusError: ``min_overlap`` outside [0, 1].
        """
        if not 0.0 <= min_overlap <= 1.0:
            raise CorpusError(f"min_overlap must be between 0 and 1, not {min_overlap!r}")
        from statementdiff.corpus.genealogy import genealogy

        return genealogy(self._con, phrase, min_overlap=min_overlap)

    def close(self) -> None:
        """Close the index file."""
        self._con.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
