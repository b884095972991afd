"""The on-disk index: an SQLite file with an FTS5 table, its schema, and writing statements.

One file holds everything (statements, parties, clauses with ids and spans, entities, topics,
word 8-gram shingles, and the clauses' normal forms in an FTS5 table that shares the clause
rows). SQLite is in the standard library, embedded, needs no server, and its FTS5 phrase
queries answered 0.2 ms per phrase on the corpus against 9 ms for a DuckDB scan
(``benchmarks/corpus/engines.py``; design.md "Corpus index").
"""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

from statementdiff._version import __version__
from statementdiff.corpus.ingest import Record
from statementdiff.errors import CorpusError

__all__ = ["APPLICATION", "SCHEMA_VERSION", "connect", "create", "indexed", "write"]

APPLICATION = "statementdiff-corpus"
SCHEMA_VERSION = 3
"""Bumped whenever a table changes: an index of another version is refused, not misread.
Version 2 keys the shingles by (hash, statement, clause), so reuse reads them in hash order
from the table itself."""

_SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE statements(
    id INTEGER PRIMARY KEY, source TEXT NOT NULL UNIQUE, sha256 TEXT NOT NULL,
    title TEXT, date TEXT, format TEXT NOT NULL, parties TEXT NOT NULL);
CREATE TABLE parties(statement INTEGER NOT NULL, party TEXT NOT NULL);
CREATE TABLE clauses(
    id INTEGER PRIMARY KEY, statement INTEGER NOT NULL, clause_id TEXT NOT NULL,
    span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, text TEXT NOT NULL,
    norm TEXT NOT NULL);
CREATE INDEX clauses_statement ON clauses(statement);
CREATE VIRTUAL TABLE clause_fts USING fts5(
    norm, content='clauses', content_rowid='id', tokenize='unicode61 remove_diacritics 0');
CREATE TABLE entities(
    clause INTEGER NOT NULL, statement INTEGER NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL);
CREATE INDEX entities_name ON entities(name COLLATE NOCASE);
CREATE TABLE topics(clause INTEGER NOT NULL, statement INTEGER NOT NULL, topic TEXT NOT NULL);
CREATE INDEX topics_topic ON topics(topic COLLATE NOCASE);
CREATE TABLE shingles(
    hash INTEGER NOT NULL, clause INTEGER NOT NULL, statement INTEGER NOT NULL,
    PRIMARY KEY (hash, statement, clause)) WITHOUT ROWID;
"""


def create(path: str | os.PathLike[str]) -> sqlite3.Connection:
    """Create an empty index at ``path`` (which must not exist)."""
    con = sqlite3.connect(path)
    con.executescript(_SCHEMA)
    con.executemany(
        "INSERT INTO meta VALUES (?, ?)",
        [("application", APPLICATION), ("schema", str(SCHEMA_VERSION)), ("version", __version__)],
    )
    con.commit()
    return con


def connect(path: str | os.PathLike[str]) -> sqlite3.Connection:
    """Open an existing index, checking that it is one, of this schema version.

    Raises:
        CorpusError: No such file, not an SQLite file, not a statementdiff index, or one of
            another schema version.
    """
    name = os.fspath(path)
    if not Path(path).is_file():
        raise CorpusError(
            f"no corpus index at {name} (build one with `statementdiff corpus build`)"
        )
    con = sqlite3.connect(f"file:{Path(path).resolve()}?mode=rw", uri=True)
    try:
        meta = dict(con.execute("SELECT key, value FROM meta").fetchall())
    except sqlite3.DatabaseError:
        con.close()
        raise CorpusError(f"{name} is not a statementdiff corpus index") from None
    if meta.get("application") != APPLICATION:
        con.close()
        raise CorpusError(f"{name} is not a statementdiff corpus index")
    if meta.get("schema") != str(SCHEMA_VERSION):
        con.close()
        raise CorpusError(
            f"{name} is a corpus index of schema {meta.get('schema')} (written by statementdiff "
            f"{meta.get('version')}); this is statementdiff {__version__}, schema "
            f"{SCHEMA_VERSION}: build it again"
        )
    return con


def indexed(con: sqlite3.Connection) -> dict[str, str]:
    """Source → content hash of every statement in the index."""
    return dict(con.execute("SELECT source, sha256 FROM statements").fetchall())


def write(con: sqlite3.Connection, record: Record) -> None:
    """Insert one statement (replacing an older version under the same source); no commit."""
    _delete(con, record.source)
    cur = con.execute(
        "INSERT INTO statements(source, sha256, title, date, format, parties) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (
            record.source,
            record.sha256,
            record.title,
            record.date,
            record.format,
            json.dumps(list(record.parties), ensure_ascii=False),
        ),
    )
    sid = cur.lastrowid
    con.executemany("INSERT INTO parties VALUES (?, ?)", [(sid, p) for p in record.parties])
    base = con.execute("SELECT COALESCE(MAX(id), 0) FROM clauses").fetchone()[0] + 1
    ids = range(base, base + len(record.clauses))
    con.executemany(
        "INSERT INTO clauses(id, statement, clause_id, span_start, span_end, text, norm) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (i, sid, c.clause_id, c.start, c.end, c.text, c.norm)
            for i, c in zip(ids, record.clauses, strict=True)
        ],
    )
    con.executemany(
        "INSERT INTO clause_fts(rowid, norm) VALUES (?, ?)",
        [(i, c.norm) for i, c in zip(ids, record.clauses, strict=True)],
    )
    con.executemany(
        "INSERT INTO entities VALUES (?, ?, ?, ?)",
        [(i, sid, n, k) for i, c in zip(ids, record.clauses, strict=True) for n, k in c.entities],
    )
    con.executemany(
        "INSERT INTO topics VALUES (?, ?, ?)",
        [(i, sid, t) for i, c in zip(ids, record.clauses, strict=True) for t in c.topics],
    )
    con.executemany(
        "INSERT INTO shingles VALUES (?, ?, ?)",
        [(h, i, sid) for i, c in zip(ids, record.clauses, strict=True) for h in c.shingles],
    )


def _delete(con: sqlite3.Connection, source: str) -> None:
    row = con.execute("SELECT id FROM statements WHERE source = ?", (source,)).fetchone()
    if row is None:
        return
    sid = row[0]
    con.execute(
        "INSERT INTO clause_fts(clause_fts, rowid, norm) "
        "SELECT 'delete', id, norm FROM clauses WHERE statement = ?",
        (sid,),
    )
    for table in ("parties", "entities", "topics", "shingles", "clauses"):
        con.execute(f"DELETE FROM {table} WHERE statement = ?", (sid,))
    con.execute("DELETE FROM statements WHERE id = ?", (sid,))
