"""The ``statementdiff`` command line.

Exit codes follow ``diff`` and ``cmp``: 0 when nothing differs, 1 when something
does, 2 on error (the message goes to standard error). Whatever is printed from the
input (messages naming files and titles, the clause tree, topic lists) shows its
control characters as visible escapes (:mod:`statementdiff.render.visible`).
"""

from __future__ import annotations

import argparse
import datetime
import functools
import io
import json
import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Literal, TextIO

from statementdiff._defaults import BRIEF_SHOWN, DEFAULT_THRESHOLD
from statementdiff._version import __version__
from statementdiff.corpus.command import add_corpus_parser
from statementdiff.errors import ParseError, StatementDiffError
from statementdiff.whitespace import normalize_space

if TYPE_CHECKING:
    from statementdiff.lexicon.lexicon import Lexicon
    from statementdiff.models import Block, Diff, Section, Sentence, Series, Statement
    from statementdiff.parse import Format

# Each command imports what it runs: ``--help`` loads no model, lexicon or renderer, and only
# ``compare`` and ``series`` load numpy and scipy (alignment).

__all__ = ["main"]


_BLAS_THREADS = ("OPENBLAS_NUM_THREADS", "GOTO_NUM_THREADS", "OMP_NUM_THREADS")
"""The variables OpenBLAS reads for its number of threads, in the order it reads them."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    if argv is None:  # run as a program (not called with arguments from Python)
        _one_blas_thread()
    parser = _build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.run(args))
    except StatementDiffError as exc:
        from statementdiff.render.visible import visible

        print(f"statementdiff: error: {visible(str(exc))}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `statementdiff ... | head`
        return 0


def _one_blas_thread() -> None:
    """Let numpy's OpenBLAS start one thread, unless the user chose a number.

    OpenBLAS starts its threads and their buffers when numpy is imported: 15-60 ms of CPU
    in a tiny ``compare`` (measured: 394 against 338 ms for the whole process). A command
    runs no dense matrix product on English statements (the alignment's products are
    sparse); only the optional sentence encoder's is dense, and it is small. Set before
    numpy is imported (a command imports it later, see above), so it changes nothing in
    a process that has already loaded numpy, and it is inherited by a command's worker
    processes.
    """
    if "numpy" not in sys.modules and not any(os.environ.get(v) for v in _BLAS_THREADS):
        os.environ["OPENBLAS_NUM_THREADS"] = "1"


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="statementdiff",
        description="Parse and compare diplomatic statements clause by clause.",
    )
    parser.add_argument("--version", action="version", version=f"statementdiff {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("parse", help="show a statement's clause tree")
    p.add_argument("file", help="a .txt or .html file, an http(s) URL, or - for standard input")
    p.add_argument("--no-cache", action="store_true", help="fetch URLs again")
    _add_allow_private(p)
    p.add_argument("--title", default=None, help="the statement's title")
    p.add_argument(
        "--date", default=None, help="YYYY-MM-DD (default: an ISO date in the file name)"
    )
    p.add_argument("--parties", default=None, metavar="P1,P2", help="what its 'We' stands for")
    p.add_argument(
        "--format",
        choices=("tree", "json"),
        default="tree",
        dest="output",
        help="tree: an outline with the ids to cite; json: the whole Statement (default: tree)",
    )
    p.add_argument(
        "--input-format",
        choices=("auto", "html", "text", "pdf"),
        default="auto",
        help="how to read the input (default: auto: PDF by its %%PDF- header, HTML when it "
        "starts with markup or the file name ends in .html/.htm, else text)",
    )
    p.add_argument(
        "--encoding",
        default=None,
        help="encoding of the input files (default: BOM, <meta charset>, else UTF-8)",
    )
    p.add_argument(
        "--language",
        choices=("auto", "en", "ja", "ko"),
        default="auto",
        help="the statement's language (default: auto, from the script: kana Japanese, "
        "hangul Korean, otherwise English)",
    )
    _add_lexicon(p)
    _add_no_unwrap(p)
    p.set_defaults(run=_cmd_parse)

    c = sub.add_parser("compare", help="compare two statements (exit 1 when they differ)")
    c.add_argument("a", help="file (or http(s) URL, or - for standard input) of statement A")
    c.add_argument("b", help="file (or http(s) URL, or - for standard input) of statement B")
    c.add_argument(
        "--format",
        choices=("text", "markdown", "html", "json"),
        default="text",
        dest="output",
        help="report format: text for a terminal, markdown, a self-contained html page, "
        "or json (default: text)",
    )
    c.add_argument(
        "--language",
        type=_languages,
        default=(None, None),
        metavar="A[,B]",
        help="languages of A and B, each en, ja, ko or auto: 'ja' for both, 'en,ja' for "
        "English A and Japanese B (default: auto, from the script); statements in two "
        "languages are aligned by meaning, without a word diff",
    )
    c.add_argument(
        "--threshold",
        type=_unit_interval,
        default=DEFAULT_THRESHOLD,
        help=f"similarity below which clauses are not paired (0-1, default {DEFAULT_THRESHOLD})",
    )
    c.add_argument("--topic", default=None, help="restrict the report to one topic")
    c.add_argument(
        "--related",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="link sentences that make the same point in other words beyond the pairs "
        "(default: for different statements, not for revisions)",
    )
    c.add_argument(
        "--only",
        choices=("changed", "all"),
        default=None,
        help="rows to show (default: changed; all for html)",
    )
    c.add_argument("-o", "--output-file", default=None, help="write the report here")
    c.add_argument(
        "--encoding",
        default=None,
        help="encoding of the input files (default: BOM, <meta charset>, else UTF-8)",
    )
    for side in ("a", "b"):
        c.add_argument(f"--{side}-title", default=None, help=f"title of statement {side.upper()}")
        c.add_argument(
            f"--{side}-date",
            default=None,
            help=f"date of {side.upper()}, YYYY-MM-DD (default: an ISO date in its file name)",
        )
        c.add_argument(
            f"--{side}-parties",
            default=None,
            metavar="P1,P2",
            help=f"comma-separated parties of {side.upper()}, what its 'We' stands for",
        )
    c.add_argument(
        "--no-cache", action="store_true", help="fetch URLs again; do not read or write the cache"
    )
    c.add_argument(
        "--brief",
        type=_positive_int,
        nargs="?",
        const=BRIEF_SHOWN,
        default=None,
        metavar="N",
        help=f"print only the ranked brief: its top N findings (default {BRIEF_SHOWN})",
    )
    c.add_argument(
        "--baseline",
        nargs="+",
        default=(),
        metavar="FILE",
        help="comparable statements: an entity most of them name that A or B leaves out "
        "becomes a finding",
    )
    _add_allow_private(c)
    _add_lexicon(c)
    _add_no_unwrap(c)
    c.set_defaults(run=_cmd_compare)

    r = sub.add_parser("series", help="follow commitments and topics across many statements")
    r.add_argument(
        "inputs",
        nargs="+",
        metavar="FILE_OR_URL",
        help="statements (files, http(s) URLs, or - once for standard input); put in date "
        "order when every one has a date, else kept in the order given",
    )
    r.add_argument(
        "--format",
        choices=("text", "markdown", "html", "json", "csv"),
        default="text",
        dest="output",
        help="report format; csv is the coverage matrix alone (default: text)",
    )
    r.add_argument("--topic", default=None, help="keep only the threads on this topic")
    r.add_argument(
        "--matrix",
        choices=("topics", "entities"),
        default="topics",
        help="coverage matrix to show: clauses per topic, or mentions per entity (default: topics)",
    )
    r.add_argument(
        "--only",
        choices=("changed", "all"),
        default=None,
        help="threads to show: those that change, start late or are dropped, or all "
        "(default: changed; all for html)",
    )
    r.add_argument(
        "--threshold",
        type=_unit_interval,
        default=DEFAULT_THRESHOLD,
        help=f"similarity below which clauses are not paired (0-1, default {DEFAULT_THRESHOLD})",
    )
    r.add_argument("-o", "--output-file", default=None, help="write the report here")
    r.add_argument("--no-cache", action="store_true", help="fetch URLs again")
    _add_allow_private(r)
    r.add_argument(
        "--encoding",
        default=None,
        help="encoding of the input files (default: BOM, <meta charset>, else UTF-8)",
    )
    _add_lexicon(r)
    _add_no_unwrap(r)
    r.set_defaults(run=_cmd_series)

    s = sub.add_parser("schema", help="print the JSON Schema of compare's JSON output")
    s.add_argument(
        "--model",
        choices=("diff", "statement", "series"),
        default="diff",
        help="whose schema: compare's Diff, parse's Statement or series' Series (default: diff)",
    )
    s.set_defaults(run=_cmd_schema)

    t = sub.add_parser("topics", help="list the topics and what defines them")
    _add_lexicon(t)
    t.set_defaults(run=_cmd_topics)

    add_corpus_parser(sub)
    return parser


_LEXICON_HELP = (
    "a TOML/JSON lexicon file layered on the built-in one (repeatable): stance verbs, "
    "entities, topics, aliases, reporting verbs, abbreviations"
)


def _add_lexicon(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lexicon", action="append", default=[], metavar="FILE", help=_LEXICON_HELP
    )


def _add_no_unwrap(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--no-unwrap",
        action="store_false",
        dest="unwrap",
        help="read every line break of plain text as written (default: hard-wrapped text "
        "pasted out of a PDF is joined into paragraphs, its page numbers dropped)",
    )


def _add_allow_private(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--allow-private",
        action="store_true",
        help="also fetch URLs on private, loopback and link-local addresses (refused by default)",
    )


def _lexicon(args: argparse.Namespace) -> Lexicon | None:
    """The lexicon of the ``--lexicon`` files, or None (the built-in one) without any."""
    from statementdiff.lexicon.lexicon import Lexicon

    return Lexicon.load(*args.lexicon) if args.lexicon else None


# ---------------------------------------------------------------------------
# parse


def _languages(value: str) -> tuple[str | None, str | None]:
    """``--language`` of compare: one language for both sides, or ``A,B``."""
    parts = [p.strip() for p in value.split(",")]
    if len(parts) == 1:
        parts *= 2
    if len(parts) != 2 or any(p not in ("auto", "en", "ja", "ko") for p in parts):
        raise argparse.ArgumentTypeError(
            f"{value!r}: give one of en, ja, ko, auto, or two joined by a comma (en,ja)"
        )
    a, b = (None if p == "auto" else p for p in parts)
    return a, b


def _cmd_parse(args: argparse.Namespace) -> int:
    from statementdiff.render.visible import visible

    statement = load_statement(
        args.file,
        language=None if args.language == "auto" else args.language,
        use_cache=not args.no_cache,
        allow_private=args.allow_private,
        encoding=args.encoding,
        format=args.input_format,
        title=args.title,
        date=args.date,
        parties=_split_parties(args.parties),
        lexicon=_lexicon(args),
        unwrap=args.unwrap,
    )
    if args.output == "json":
        sys.stdout.write(statement.to_json(indent=2) + "\n")
    else:
        tree = io.StringIO()
        _write_tree(statement, tree)
        sys.stdout.write(visible(tree.getvalue()))
    return 0


def _write_tree(statement: Statement, out: TextIO) -> None:
    out.write(f"{statement.title or statement.source or 'statement'} ({statement.format})\n")
    for section in statement.sections:
        _write_section(section, out)


def _write_section(section: Section, out: TextIO) -> None:
    out.write(f"{section.id}  section: {section.heading or '(no heading)'}\n")
    for block in section.blocks:
        _write_block(block, out)


def _write_block(block: Block, out: TextIO) -> None:
    indent = "  " * (1 + block.level)
    label = f" {block.label}" if block.label else ""
    out.write(f"{indent}{block.id}  {block.kind}{label}\n")
    for sentence in block.sentences:
        _write_sentence(sentence, indent + "  ", out)


def _write_sentence(sentence: Sentence, indent: str, out: TextIO) -> None:
    out.write(f"{indent}{sentence.id}  {_short(sentence.text)}\n")
    if len(sentence.clauses) > 1:
        for clause in sentence.clauses:
            extra = f" [{clause.actor} | {clause.predicate}]" if clause.predicate else ""
            out.write(f"{indent}  {clause.id}  {_short(clause.text)}{extra}\n")


def _short(text: str, width: int = 100) -> str:
    flat = normalize_space(text)
    return flat if len(flat) <= width else flat[: width - 1] + "…"


# ---------------------------------------------------------------------------
# compare


def _cmd_compare(args: argparse.Namespace) -> int:
    from statementdiff.compare import compare  # numpy and scipy: only commands that align

    use_cache = not args.no_cache
    _one_stdin([args.a, args.b, *args.baseline])
    lexicon = _lexicon(args)
    a = load_statement(
        args.a,
        use_cache=use_cache,
        allow_private=args.allow_private,
        encoding=args.encoding,
        title=args.a_title,
        date=args.a_date,
        parties=_split_parties(args.a_parties),
        lexicon=lexicon,
        language=args.language[0],
        unwrap=args.unwrap,
    )
    b = load_statement(
        args.b,
        use_cache=use_cache,
        allow_private=args.allow_private,
        encoding=args.encoding,
        title=args.b_title,
        date=args.b_date,
        parties=_split_parties(args.b_parties),
        lexicon=lexicon,
        language=args.language[1],
        unwrap=args.unwrap,
    )
    baseline = [
        load_statement(
            path,
            use_cache=use_cache,
            allow_private=args.allow_private,
            encoding=args.encoding,
            lexicon=lexicon,
        )
        for path in args.baseline
    ]
    diff = compare(
        a,
        b,
        topic=args.topic,
        threshold=args.threshold,
        lexicon=lexicon,
        related=args.related,
        baseline=baseline,
    )
    if args.brief is not None:
        _emit(_brief_only(diff, args.output, args.brief), args.output_file)
        return 0 if diff.is_empty else 1
    only = args.only or ("all" if args.output == "html" else "changed")
    color = args.output == "text" and args.output_file is None and _use_color(sys.stdout)
    _emit(_render(diff, args.output, only, color=color), args.output_file)
    return 0 if diff.is_empty else 1


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of 1 or more, not {value!r}")
    return number


def _brief_only(diff: Diff, output: str, limit: int) -> str:
    """The top ``limit`` findings alone, in the chosen format."""
    from statementdiff.render._brief import brief_html, brief_markdown, brief_text

    if output == "json":
        top = diff.brief[:limit]
        return "[" + ",".join(f.model_dump_json() for f in top) + "]\n"
    if output == "markdown":
        return "\n".join(brief_markdown(diff.brief, limit=limit)) + "\n"
    if output == "html":
        return "\n".join(brief_html(diff.brief, limit=limit)) + "\n"
    return "\n".join(brief_text(diff.brief, limit=limit)) + "\n"


def _is_url(source: str) -> bool:
    """:func:`statementdiff.read.fetch.is_url`, without importing the fetcher."""
    return source[:8].lower().startswith(("http://", "https://"))


def load_statement(
    source: str,
    *,
    use_cache: bool = True,
    allow_private: bool = False,
    title: str | None = None,
    date: str | None = None,
    parties: Sequence[str] | None = None,
    encoding: str | None = None,
    format: Format = "auto",
    lexicon: Lexicon | None = None,
    language: str | None = None,
    unwrap: bool = True,
) -> Statement:
    """Parse a statement from a file path, an ``http(s)://`` URL, or ``-`` (standard input).

    A URL is fetched with a timeout, a size cap and a content-type check, and
    cached on disk unless ``use_cache`` is False (see :mod:`statementdiff.read.fetch`);
    private, loopback and link-local addresses are refused unless ``allow_private``.
    Standard input is read with the size limit of a file, and within a timeout when it
    is a pipe (see :mod:`statementdiff.read.files`); it is named ``<stdin>``.
    When ``date`` is None and the file name or URL path holds exactly one ISO date
    (``us-rok-2021-05-21-leaders-joint-statement.txt``), that date is used. ``lexicon``
    is passed to :func:`~statementdiff.parse` (the built-in one when None), and so is
    ``language`` (None: detected from the script).
    ``unwrap``.

    Raises:
        FetchError: The URL cannot be fetched.
        ParseError: The file or page cannot be read as a statement, or ``date`` is not
            an ISO date.
    """
    from statementdiff.parse import DEFAULT_MAX_CHARS, parse, parse_file
    from statementdiff.read.files import STDIN_NAME, date_in_name, read_stdin

    if source == STDIN:
        return parse(
            read_stdin(max_bytes=DEFAULT_MAX_CHARS),
            source=STDIN_NAME,
            encoding=encoding,
            format=format,
            title=title,
            date=_checked_date(date, STDIN_NAME) if date is not None else None,
            parties=parties,
            lexicon=lexicon,
            language=language,
            unwrap=unwrap,
        )
    if date is not None:
        date = _checked_date(date, source)
    if not _is_url(source):  # parse_file takes the date in the file name itself
        return parse_file(
            source,
            title=title,
            date=date,
            parties=parties,
            encoding=encoding,
            format=format,
            lexicon=lexicon,
            language=language,
            unwrap=unwrap,
        )
    # imported here: http.client, ssl and email cost a file's comparison ~15 ms to load
    from statementdiff.read.fetch import fetch

    fetched = fetch(source, use_cache=use_cache, allow_private=allow_private)
    return parse(
        fetched.data,
        format=fetched.format if format == "auto" else format,
        source=source,
        encoding=encoding or fetched.encoding,
        title=title,
        date=date if date is not None else date_in_name(source),
        parties=parties,
        lexicon=lexicon,
        language=language,
        unwrap=unwrap,
    )


STDIN = "-"
"""The input name that means standard input (``statementdiff parse -``)."""


def _one_stdin(sources: Sequence[str]) -> None:
    if sum(source == STDIN for source in sources) > 1:
        raise ParseError(
            "standard input (-) can be read only once; save the other statement to a file",
            source="<stdin>",
        )


def _checked_date(value: str, source: str) -> str:
    """``value`` when it is an ISO date of a real day, checked before anything is read."""
    try:
        real = datetime.date.fromisoformat(value).isoformat() == value
    except ValueError:
        real = False
    if not real:
        raise ParseError(
            f"date {value!r} for {source} is not an ISO date (YYYY-MM-DD)", source=source
        )
    return value


def _split_parties(value: str | None) -> tuple[str, ...] | None:
    if value is None:
        return None
    return tuple(part.strip() for part in value.split(",") if part.strip())


def _unit_interval(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number") from None
    if not 0.0 <= number <= 1.0:
        raise argparse.ArgumentTypeError(f"{value} is outside 0-1")
    return number


def _use_color(stream: TextIO) -> bool:
    """Colour only for a terminal, and never when NO_COLOR is set (https://no-color.org)."""
    if os.environ.get("NO_COLOR", "") != "" or os.environ.get("TERM") == "dumb":
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def _render(diff: Diff, output: str, only: str, *, color: bool = False) -> str:
    """The report in one of the compare formats."""
    if output == "json":  # what render(diff, "json", indent=2) returns, without the renderers
        return diff.to_json(indent=2) + "\n"
    from statementdiff.render import render

    shown: Literal["changed", "all"] = "all" if only == "all" else "changed"
    if output == "text":
        return render(diff, "text", color=color, only=shown)
    return render(diff, output, only=shown)


def _emit(report: str, path: str | None) -> None:
    """Write a report to standard output, or to ``path`` (UTF-8, Unix line ends)."""
    if path is None:
        sys.stdout.write(report)
        sys.stdout.flush()
        return
    try:
        with open(path, "w", encoding="utf-8", newline="") as handle:
            handle.write(report)
    except OSError as exc:
        raise StatementDiffError(f"cannot write {path}: {exc.strerror or exc}") from None


# ---------------------------------------------------------------------------
# series

_PROGRESS_MIN = 5
"""Draw a progress bar for this many inputs or more (when standard error is a terminal)."""


def _cmd_series(args: argparse.Namespace) -> int:
    from statementdiff.render._series_common import thread_changes
    from statementdiff.series import compare_series

    _one_stdin(args.inputs)
    lexicon = _lexicon(args)
    bar = _progress_bar(len(args.inputs))
    statements = []
    for k, name in enumerate(args.inputs):
        statements.append(
            load_statement(
                name,
                use_cache=not args.no_cache,
                allow_private=args.allow_private,
                encoding=args.encoding,
                lexicon=lexicon,
                unwrap=args.unwrap,
            )
        )
        if bar is not None:
            bar(k + 1, len(args.inputs), "reading")
    aligned = None if bar is None else functools.partial(bar, label="aligning")
    series = compare_series(
        statements, topic=args.topic, threshold=args.threshold, progress=aligned, lexicon=lexicon
    )
    if bar is not None:
        sys.stderr.write("\n")
    _emit(_render_series(series, args), args.output_file)
    return 1 if any(thread_changes(t) for t in series.threads) else 0


def _render_series(series: Series, args: argparse.Namespace) -> str:
    from statementdiff.render import render

    if args.output == "json":
        return render(series, "json", indent=2) + "\n"
    if args.output == "csv":
        return render(series, "csv", matrix=args.matrix)
    only = args.only or ("all" if args.output == "html" else "changed")
    return render(series, args.output, only=only, matrix=args.matrix)


def _progress_bar(total: int) -> Callable[..., None] | None:
    if total < _PROGRESS_MIN or not sys.stderr.isatty():
        return None

    def draw(done: int, of: int, label: str) -> None:
        width = 30
        filled = width * done // max(of, 1)
        sys.stderr.write(f"\r{label:<9} [{'#' * filled}{'.' * (width - filled)}] {done}/{of}")
        sys.stderr.flush()

    return draw


# ---------------------------------------------------------------------------
# schema


def _cmd_schema(args: argparse.Namespace) -> int:
    from pydantic import BaseModel

    from statementdiff.models import Diff, Series, Statement

    models: dict[str, type[BaseModel]] = {"diff": Diff, "statement": Statement, "series": Series}
    model = models[args.model]
    sys.stdout.write(json.dumps(model.model_json_schema(), indent=2, sort_keys=True) + "\n")
    return 0


# ---------------------------------------------------------------------------
# topics


def _cmd_topics(args: argparse.Namespace) -> int:
    from statementdiff.lexicon.lexicon import Lexicon
    from statementdiff.render.visible import visible

    lexicon = Lexicon.load(*args.lexicon)
    out = io.StringIO()
    for name in sorted(lexicon.topics):
        topic = lexicon.topics[name]
        out.write(f"{name}\n  {topic.description or '(no description)'}\n")
        if topic.entities:
            out.write(f"  entities: {', '.join(topic.entities)}\n")
        if topic.terms:
            out.write(f"  terms: {', '.join(topic.terms)}\n")
    sys.stdout.write(visible(out.getvalue()))
    return 0
