"""``statementdiff corpus build|add|occurrences|reuse|genealogy|coverage``: the command line.

:func:`add_corpus_parser` registers the commands; everything heavier than :mod:`argparse` is
imported when a command runs, so ``statementdiff --help`` stays fast.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from statementdiff.corpus.index import Corpus

__all__ = ["add_corpus_parser"]

_FORMATS = ("text", "json", "csv")


def add_corpus_parser(sub: Any) -> None:
    """Register ``corpus`` and its commands on the top-level subparsers ``sub``."""
    corpus = sub.add_parser(
        "corpus", help="index many statements; find phrases, reused passages, coverage"
    )
    commands = corpus.add_subparsers(dest="corpus_command", required=True, metavar="COMMAND")
    for name, help_text in (
        ("build", "index statement files (resumes an interrupted build)"),
        ("add", "index more files; unchanged files already indexed are skipped"),
    ):
        p = commands.add_parser(name, help=help_text)
        p.add_argument("index", help="the index file (SQLite)")
        p.add_argument("paths", nargs="+", help="statement files or directories")
        p.add_argument("--manifest", default=None, help="a MANIFEST.json: titles, parties")
        p.add_argument(
            "--executor",
            choices=("serial", "process", "dask"),
            default="process",
            help="what parses the files (default: process, a pool of one worker per core)",
        )
        p.add_argument("--quiet", action="store_true", help="no progress on standard error")
        p.set_defaults(run=_cmd_index, create=name == "build")

    o = commands.add_parser(
        "occurrences", help="every clause holding a phrase, earliest first (exit 1: none)"
    )
    o.add_argument("index")
    o.add_argument("phrase")
    _add_format(o)
    o.set_defaults(run=_cmd_occurrences)

    r = commands.add_parser("reuse", help="pairs of statements sharing passages, ranked")
    r.add_argument("index")
    r.add_argument("--min-share", type=float, default=0.1, help="0 to 1 (default: 0.1)")
    r.add_argument(
        "--max-statements",
        type=int,
        default=None,
        help="ignore 8-grams held by more statements (default: a tenth of the index, 2-100)",
    )
    r.add_argument("--limit", type=int, default=None, help="at most this many pairs")
    _add_format(r)
    r.set_defaults(run=_cmd_reuse)

    g = commands.add_parser(
        "genealogy", help="a phrase's first appearance and its later variants, with diffs"
    )
    g.add_argument("index")
    g.add_argument("phrase")
    g.add_argument(
        "--min-overlap",
        type=float,
        default=0.75,
        help="least share of the phrase's content words a variant holds (default: 0.75)",
    )
    _add_format(g)
    g.set_defaults(run=_cmd_genealogy)

    c = commands.add_parser("coverage", help="which statements name an entity or topic")
    c.add_argument("index")
    c.add_argument("term", help="an entity (Xinjiang) or topic (human-rights) name")
    _add_format(c)
    c.set_defaults(run=_cmd_coverage)


def _add_format(p: argparse.ArgumentParser) -> None:
    p.add_argument("--format", choices=_FORMATS, default="text", dest="output")


def _open(index: str) -> Corpus:
    from statementdiff.corpus.index import Corpus

    return Corpus.open(index)


def _progress(done: int, total: int) -> None:
    print(f"indexed {done}/{total} files", file=sys.stderr)


def _cmd_index(args: argparse.Namespace) -> int:
    from statementdiff.corpus.index import Corpus

    executor = None if args.executor == "serial" else args.executor
    progress = None if args.quiet else _progress
    if args.create:
        corpus = Corpus.build(
            args.paths,
            index=args.index,
            executor=executor,
            manifest=args.manifest,
            progress=progress,
        )
    else:
        corpus = Corpus.open(args.index)
        corpus.add(args.paths, executor=executor, manifest=args.manifest, progress=progress)
    with corpus:
        if not args.quiet:
            print(f"{args.index}: {len(corpus)} statements", file=sys.stderr)
    return 0


def _cmd_occurrences(args: argparse.Namespace) -> int:
    with _open(args.index) as corpus:
        found = corpus.occurrences(args.phrase)
    rows = [
        {
            "source": o.source,
            "date": o.date,
            "clause_id": o.clause_id,
            "start": o.span.start,
            "end": o.span.end,
            "text": o.text,
        }
        for o in found
    ]
    _emit(args.output, [o.model_dump(mode="json") for o in found], rows, _occurrence_line)
    return 0 if found else 1


def _occurrence_line(row: dict[str, Any]) -> str:
    return f"{row['date'] or '-'}  {row['source']}  {row['clause_id']}\n    {row['text']}"


def _cmd_reuse(args: argparse.Namespace) -> int:
    with _open(args.index) as corpus:
        pairs = corpus.reuse(
            min_share=args.min_share, max_statements=args.max_statements, limit=args.limit
        )
    rows = [
        {
            "a": p.a,
            "b": p.b,
            "a_date": p.a_date,
            "b_date": p.b_date,
            "share": p.share,
            "shared": p.shared,
            "clauses": len(p.clauses),
        }
        for p in pairs
    ]
    _emit(args.output, [p.model_dump(mode="json") for p in pairs], rows, _reuse_line)
    return 0


def _reuse_line(row: dict[str, Any]) -> str:
    return (
        f"{row['share']:.3f}  {row['a']} ({row['a_date'] or '-'})  ~  "
        f"{row['b']} ({row['b_date'] or '-'})  {row['shared']} shared 8-grams, "
        f"{row['clauses']} clause pairs"
    )


def _cmd_genealogy(args: argparse.Namespace) -> int:
    with _open(args.index) as corpus:
        tree = corpus.genealogy(args.phrase, min_overlap=args.min_overlap)
    rows = [
        {
            "date": s.date,
            "source": s.source,
            "clause_id": s.clause_id,
            "holds_phrase": s.holds_phrase,
            "changed": s.changed,
            "changes": "; ".join(f"{c.kind}: {c.detail}" for c in s.changes),
            "text": s.text,
        }
        for s in tree.steps
    ]
    _emit(args.output, tree.model_dump(mode="json"), rows, _genealogy_line)
    return 0 if tree.steps else 1


def _genealogy_line(row: dict[str, Any]) -> str:
    mark = "phrase " if row["holds_phrase"] else "variant"
    state = "changed" if row["changed"] else "same   "
    line = f"{row['date'] or '-'}  {mark}  {state}  {row['source']}  {row['clause_id']}"
    line += f"\n    {row['text']}"
    return line + (f"\n    {row['changes']}" if row["changes"] else "")


def _cmd_coverage(args: argparse.Namespace) -> int:
    with _open(args.index) as corpus:
        cover = corpus.coverage(args.term)
    rows = [
        {
            "named": named,
            "source": r.source,
            "date": r.date,
            "parties": "; ".join(r.parties),
            "clauses": " ".join(r.clause_ids),
        }
        for named, group in ((True, cover.named), (False, cover.silent))
        for r in group
    ]
    _emit(args.output, cover.model_dump(mode="json"), rows, _coverage_line)
    return 0


def _coverage_line(row: dict[str, Any]) -> str:
    mark = "names" if row["named"] else "silent"
    return f"{mark:<6}  {row['date'] or '-'}  {row['source']}  [{row['parties']}]  {row['clauses']}"


def _emit(output: str, data: Any, rows: Sequence[dict[str, Any]], line: Any) -> None:
    from statementdiff.render.visible import visible

    if output == "json":
        sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    elif output == "csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=list(rows[0]) if rows else ["source"])
        writer.writeheader()
        writer.writerows(rows)
        sys.stdout.write(buffer.getvalue())
    else:
        sys.stdout.write("".join(visible(line(row)) + "\n" for row in rows))
