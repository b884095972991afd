"""Read one statement file into the rows the index stores (the parallel part of a build).

:func:`read_statement` is a plain function of plain, picklable arguments that returns plain
tuples, so a process pool or a Dask worker can run it; the writer (:mod:`.store`) inserts
what it returns in the order of the sources, whatever ran it.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import NamedTuple

from statementdiff.corpus.normalise import normalise
from statementdiff.errors import CorpusError
from statementdiff.parse import parse_file

__all__ = [
    "SHINGLE_WORDS",
    "SUFFIXES",
    "WINNOW",
    "ClauseRow",
    "Job",
    "Record",
    "expand",
    "file_hash",
    "job_for",
    "load_manifest",
    "read_statement",
    "shingles",
]

SHINGLE_WORDS = 8
"""Words per shingle: the unit of passage reuse (passim's default n-gram length is 5-7)."""

WINNOW = 4
"""Winnowing window: one 8-gram hash kept per 4 consecutive ones (about 40 % of them), so a
passage of 11 words or more shared by two clauses is always found."""

SUFFIXES = (".txt", ".html", ".htm", ".pdf")
"""The files a directory contributes."""


class Job(NamedTuple):
    """One file to read, with what a manifest says about it."""

    source: str
    sha256: str
    title: str | None = None
    date: str | None = None
    parties: tuple[str, ...] = ()


class ClauseRow(NamedTuple):
    """One clause as stored: id, span, text, normal form, entities, topics and shingles."""

    clause_id: str
    start: int
    end: int
    text: str
    norm: str
    entities: tuple[tuple[str, str], ...]
    topics: tuple[str, ...]
    shingles: tuple[int, ...]


class Record(NamedTuple):
    """One parsed statement as stored."""

    source: str
    sha256: str
    title: str | None
    date: str | None
    format: str
    parties: tuple[str, ...]
    clauses: tuple[ClauseRow, ...]


def file_hash(path: str) -> str:
    """The SHA-256 of a file's bytes (hex), the key that makes a build resumable.

    Raises:
        CorpusError: The file cannot be read.
    """
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                digest.update(chunk)
    except OSError as exc:
        raise CorpusError(f"cannot read {path}: {exc.strerror or exc}") from None
    return digest.hexdigest()


def shingles(norm: str, size: int = SHINGLE_WORDS, window: int = WINNOW) -> tuple[int, ...]:
    """The winnowed word n-grams of a normal form, as signed 64-bit hashes, distinct, sorted.

    Winnowing (Schleimer, Wilkerson and Aiken, 2003) keeps the smallest hash of every
    ``window`` consecutive n-grams: about ``2 / (window + 1)`` of them, and any passage of
    ``size + window - 1`` words shared by two clauses still shares at least one kept hash.

    Examples:
        >>> len(shingles("one two three four five six seven eight nine"))
        1
        >>> text = " ".join(f"w{i}" for i in range(60))
        >>> len(shingles(text)) < len(shingles(text, window=1)) == 53
        True
        >>> shingles("too short")
        ()
    """
    words = norm.split()
    hashes = [
        int.from_bytes(
            hashlib.blake2b(" ".join(words[i : i + size]).encode(), digest_size=8).digest(),
            "big",
            signed=True,
        )
        for i in range(len(words) - size + 1)
    ]
    if len(hashes) <= window:
        return (min(hashes),) if hashes else ()
    kept = {min(hashes[i : i + window]) for i in range(len(hashes) - window + 1)}
    return tuple(sorted(kept))


def read_statement(job: Job) -> Record:
    """Parse one file into the rows of its statement.

    Raises:
        ParseError: The file is no statement (or cannot be read).
    """
    statement = parse_file(job.source, title=job.title, parties=job.parties or None)
    date = statement.date or job.date
    rows = []
    for clause in statement.clauses():
        norm = normalise(clause.text)
        rows.append(
            ClauseRow(
                clause.id,
                clause.span.start,
                clause.span.end,
                clause.text,
                norm,
                tuple(sorted({(e.name, e.kind) for e in clause.entities})),
                tuple(sorted(set(clause.topics))),
                shingles(norm),
            )
        )
    return Record(
        job.source,
        job.sha256,
        statement.title,
        date,
        statement.format,
        tuple(statement.parties),
        tuple(rows),
    )


def expand(paths: Iterable[str | os.PathLike[str]]) -> list[str]:
    """The files named, a directory standing for its ``.txt``/``.html``/``.htm`` files.

    Sorted and without repeats, so the order of the arguments never matters.

    Raises:
        CorpusError: A path that does not exist.
    """
    found: set[str] = set()
    for path in paths:
        p = Path(path)
        if p.is_dir():
            found.update(str(f) for f in p.iterdir() if f.suffix.lower() in SUFFIXES)
        elif p.exists():
            found.add(os.fspath(path))
        else:
            raise CorpusError(f"no such file or directory: {os.fspath(path)}")
    return sorted(found)


def load_manifest(path: str | os.PathLike[str]) -> dict[str, Mapping[str, object]]:
    """A manifest's entries by slug (the file name without its suffix).

    The format is that of ``shared/corpus/MANIFEST.json``: a JSON list of objects, each
    with a ``slug`` and optionally ``title``, ``date`` and ``parties``.

    Raises:
        CorpusError: The file cannot be read or is not such a list.
    """
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise CorpusError(f"cannot read the manifest {os.fspath(path)}: {exc}") from None
    if not isinstance(data, list) or not all(
        isinstance(e, dict) and isinstance(e.get("slug"), str) for e in data
    ):
        raise CorpusError(
            f"the manifest {os.fspath(path)} is not a JSON list of objects with a 'slug'"
        )
    return {e["slug"]: e for e in data}


def job_for(source: str, sha256: str, manifest: Mapping[str, Mapping[str, object]]) -> Job:
    """The job for one file, with its manifest entry's title, date and parties, if any."""
    entry = manifest.get(Path(source).stem, {})
    title, date, parties = entry.get("title"), entry.get("date"), entry.get("parties", ())
    return Job(
        source,
        sha256,
        title if isinstance(title, str) else None,
        date if isinstance(date, str) else None,
        tuple(str(p) for p in parties) if isinstance(parties, list | tuple) else (),
    )
