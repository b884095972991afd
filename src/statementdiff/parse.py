"""Read a statement from text, HTML or a file and return its :class:`Statement` tree."""

from __future__ import annotations

import codecs
import datetime
import os
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Literal

from statementdiff.errors import (
    InputTooLargeError,
    ParseError,
    ParseTypeError,
    UnsupportedFormatError,
)
from statementdiff.lexicon.lexicon import Lexicon
from statementdiff.limits import Limits
from statementdiff.models import Statement, StatementInfo
from statementdiff.read.blocks import RawBlock
from statementdiff.read.files import date_in_name, read_path
from statementdiff.read.pdf import is_pdf, paginate, read_pdf
from statementdiff.read.text import read_text
from statementdiff.segment.cjk import cjk_blocks
from statementdiff.segment.language import LANGUAGES, detect_language
from statementdiff.segment.sections import build_sections
from statementdiff.semantics.annotate import annotate_statement

__all__ = ["DEFAULT_MAX_CHARS", "Format", "parse", "parse_file"]

Format = Literal["auto", "html", "text", "pdf"]
"""Input formats: ``"auto"`` detects PDF by its ``%PDF-`` signature and HTML by its markup."""

DEFAULT_MAX_CHARS = 5_000_000
"""Default size limit in characters (bytes for byte input): about 50 G7 communiqués."""

_FORMATS = ("auto", "html", "text", "pdf")
_HTML_SNIFF = re.compile(
    r"^[\s\ufeff]*(?:<!--|<!doctype\s|<\?xml\s|<[a-z][a-z0-9]{0,15}(?:\s[^<>]{0,2000})?/?>)",
    re.IGNORECASE,
)
"""Input is HTML when, after whitespace, it opens with a comment, a doctype or a whole tag."""
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]{1,40})""", re.IGNORECASE
)


def parse(
    text: str | bytes | bytearray,
    *,
    format: Format = "auto",
    title: str | None = None,
    date: str | None = None,
    parties: Sequence[str] | None = None,
    source: str | None = None,
    encoding: str | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    lexicon: Lexicon | None = None,
    limits: Limits | None = None,
    language: str | None = None,
    unwrap: bool = True,
) -> Statement:
    """Parse a statement given as text (or bytes) into a clause tree.

    Args:
        text: The statement: plain text or HTML, as ``str`` or undecoded ``bytes``/``bytearray``,
            or a PDF file's ``bytes``.
        format: ``"text"``, ``"html"``, ``"pdf"`` or ``"auto"`` (PDF when bytes start with
            ``%PDF-``, HTML when the input starts with markup; see docs/pdf.md).
        title: Title to record in the statement's metadata (for HTML, default: the page's
            own ``og:title``, ``<h1>`` or ``<title>``).
        date: Date (ISO ``YYYY-MM-DD``) to record (for HTML, default: the page's
            ``article:published_time`` metadata or first ``<time datetime>``).
        parties: Parties to record; they are what "We" resolves to.
        source: Name of the input, used in error messages ("<text>" by default).
        encoding: Encoding of ``bytes`` input (detected from BOM or ``<meta charset>`` when None;
            UTF-8 otherwise).
        max_chars: Size limit; larger input raises :class:`InputTooLargeError`.
        lexicon: The lexicon to segment and annotate with: its abbreviations and reporting
            verbs split sentences and clauses, its entities, topics and stance verbs annotate
            them (the built-in lexicon when None; see :meth:`Lexicon.load`).
        limits: Limits on the work the input may cause: blocks, clauses, sentence
            length, HTML depth, elements and attributes (``Limits()`` when None; see
            :class:`~statementdiff.limits.Limits`).
        language: ``"en"``, ``"ja"`` or ``"ko"``; None (the default) detects it from the
            script (kana: Japanese, hangul: Korean, otherwise English). Japanese and Korean
            are segmented by their own rules and annotated with the lexicon's data for
            them (:meth:`Lexicon.for_language`).
        unwrap: Join the lines of plain text that was hard-wrapped (pasted out of a PDF
            viewer) into paragraphs, and drop its page numbers (see docs/pdf.md); False
            reads every line break as written.

    Returns:
        The parsed :class:`Statement`.

    Raises:
        ParseError: The input is empty, binary, undecodable, too large or has no text.
        ParseTypeError: An argument has the wrong type (a :class:`ParseError` too).
        LimitExceededError: The input is over one of ``limits`` (a ``ParseError``).

    Examples:
        >>> s = parse("We reaffirm our Alliance and welcome new partners.")
        >>> [c.text for c in s.clauses()]
        ['We reaffirm our Alliance', 'welcome new partners.']
        >>> j = parse("我々は同盟を再確認するとともに、新たなパートナーを歓迎する。")
        >>> j.language, [c.text for c in j.clauses()]
        ('ja', ['我々は同盟を再確認するとともに、', '新たなパートナーを歓迎する。'])
    """
    name = source if isinstance(source, str) and source else "<text>"
    parties = _check_metadata(name, title=title, date=date, parties=parties, source=source)
    _check_limit(max_chars, name)
    _check_options(name, encoding=encoding, lexicon=lexicon)
    limits = _check_limits(limits, name)
    _check_language(language, name)
    if format not in _FORMATS:
        raise UnsupportedFormatError(
            f"unknown format {format!r} for {name}; use one of 'auto', 'html', 'text', 'pdf'",
            source=name,
        )
    if not isinstance(unwrap, bool):
        raise ParseTypeError(f"unwrap must be True or False, not {unwrap!r}", source=name)
    if isinstance(text, bytes | bytearray):
        if len(text) > max_chars:
            raise InputTooLargeError(
                f"{name} is {len(text):,} bytes, over the limit of {max_chars:,}; "
                "pass a larger max_chars to read it",
                source=name,
            )
        if format == "pdf" or (format == "auto" and is_pdf(bytes(text))):
            info = StatementInfo(title=title, date=date, parties=parties, source=source)
            return _parse_pdf(bytes(text), info, name, lexicon, limits)
        text = _decode(bytes(text), name, encoding, format)
    elif format == "pdf":
        raise ParseTypeError(
            f"PDF input for {name} must be the file's bytes, not str; use parse_file()",
            source=name,
        )
    elif not isinstance(text, str):
        raise ParseTypeError(
            f"parse() takes str or bytes, not {type(text).__name__}; use parse_file() for paths",
            source=name,
        )
    if len(text) > max_chars:
        raise InputTooLargeError(
            f"{name} is {len(text):,} characters, over the limit of {max_chars:,}; "
            "pass a larger max_chars to read it",
            source=name,
        )
    _reject_binary(text, name)
    _reject_surrogates(text, name)
    if not text.strip():
        raise ParseError(f"{name} is empty: no statement text to parse", source=name)
    chosen = format if format != "auto" else ("html" if _HTML_SNIFF.match(text) else "text")
    body, blocks, found_title, found_date = _read(text, chosen, name, limits, unwrap)
    title = title if title is not None else found_title
    date = date if date is not None else found_date
    written = detect_language(body) if language is None else language
    if written != "en":
        lexicon = (lexicon or Lexicon.default()).for_language(written)
        blocks = cjk_blocks(body, blocks)
    sections = build_sections(
        body, blocks, lexicon=lexicon, limits=limits, source=name, language=written
    )
    statement = Statement(
        title=title,
        date=date,
        parties=parties,
        source=source,
        format=chosen,
        language=written,
        text=body,
        sections=sections,
    )
    return annotate_statement(statement, lexicon=lexicon)


def _check_language(language: object, name: str) -> None:
    if language is None:
        return
    if not isinstance(language, str):
        raise ParseTypeError(
            f"language for {name} must be 'en', 'ja', 'ko' or None, not {type(language).__name__}",
            source=name,
        )
    if language not in LANGUAGES:
        raise ParseError(
            f"unknown language {language!r} for {name}; use 'en', 'ja' or 'ko' "
            "(or None to detect it from the script)",
            source=name,
        )


def _parse_pdf(
    data: bytes, info: StatementInfo, name: str, lexicon: Lexicon | None, limits: Limits
) -> Statement:
    """Parse a PDF: its text as paragraphs, then the plain-text reader, then pages."""
    pdf = read_pdf(data, source=name, limits=limits)
    body, blocks = read_text(pdf.text)
    if not any(b.kind != "heading" for b in blocks):
        raise ParseError(f"no paragraph text found in {name}", source=name)
    sections = build_sections(body, blocks, lexicon=lexicon, limits=limits, source=name)
    statement = Statement(
        title=info.title if info.title is not None else pdf.title,
        date=info.date,
        parties=info.parties,
        source=info.source,
        format="pdf",
        text=body,
        sections=sections,
    )
    return paginate(annotate_statement(statement, lexicon=lexicon), pdf.pages)


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _check_metadata(
    name: str,
    *,
    title: object,
    date: object,
    parties: object,
    source: object,
) -> tuple[str, ...]:
    """Reject metadata of the wrong type; return the parties as a tuple."""
    for field, value in (("title", title), ("date", date), ("source", source)):
        if value is not None and not isinstance(value, str):
            raise ParseTypeError(
                f"{field} for {name} must be a str or None, not {type(value).__name__}",
                source=name,
            )
    if isinstance(date, str):
        try:
            real = _ISO_DATE.fullmatch(date) is not None and bool(datetime.date.fromisoformat(date))
        except ValueError:
            real = False
        if not real:
            raise ParseError(
                f"date {date!r} for {name} is not an ISO date (YYYY-MM-DD)", source=name
            )
    if parties is None:
        return ()
    if isinstance(parties, str | bytes) or not isinstance(parties, Sequence):
        raise ParseTypeError(
            f"parties for {name} must be a list of names such as ['United States', 'Japan'], "
            f"not {type(parties).__name__}",
            source=name,
        )
    bad = next((p for p in parties if not isinstance(p, str)), None)
    if bad is not None:
        raise ParseTypeError(
            f"parties for {name} must be names (str), not {type(bad).__name__}", source=name
        )
    return tuple(parties)


def parse_file(
    path: str | os.PathLike[str],
    *,
    format: Format = "auto",
    encoding: str | None = None,
    title: str | None = None,
    date: str | None = None,
    parties: Sequence[str] | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    lexicon: Lexicon | None = None,
    limits: Limits | None = None,
    language: str | None = None,
    unwrap: bool = True,
) -> Statement:
    """Parse a statement from a file (``.html``/``.htm`` as HTML, ``.pdf`` as PDF under ``"auto"``).

    The keywords are those of :func:`parse`; ``max_chars`` limits the file's size in bytes.
    When ``date`` is None and the file name holds one ISO date
    (``us-rok-2021-05-21-leaders-joint-statement.txt``), that date is used, before any date
    in the page's metadata: the command line's rule
    (:func:`~statementdiff.read.files.date_in_name`), so that a script and
    ``statementdiff series`` put files in the same order.
    A FIFO is read too, for at most :data:`~statementdiff.read.files.DEFAULT_PIPE_TIMEOUT`
    seconds; devices (``/dev/zero``), sockets and directories are refused. ``"-"`` is a file
    named ``-`` here: standard input is the command line's business (``statementdiff parse -``).

    Raises:
        ParseError: The file does not exist, cannot be read, is not a regular file or FIFO,
            or its content is not a statement.
        InputTooLargeError: The file is larger than ``max_chars`` bytes.
    """
    if not isinstance(path, str | os.PathLike):
        raise ParseTypeError(
            f"parse_file() takes a path (str or os.PathLike), not {type(path).__name__}; "
            "use parse() for text",
            source=repr(path)[:80],
        )
    file = Path(path)
    name = str(path)
    _check_limit(max_chars, name)
    data = read_path(path, max_bytes=max_chars)
    if format == "auto" and file.suffix.lower() in {".html", ".htm", ".xhtml"}:
        format = "html"
    if format == "auto" and file.suffix.lower() == ".pdf":
        format = "pdf"
    return parse(
        data,
        format=format,
        title=title,
        date=date if date is not None else date_in_name(name),
        parties=parties,
        source=name,
        encoding=encoding,
        max_chars=max_chars,
        lexicon=lexicon,
        limits=limits,
        language=language,
        unwrap=unwrap,
    )


def _check_options(name: str, *, encoding: object, lexicon: object) -> None:
    """Reject an encoding that is not a ``str`` and a lexicon that is not a :class:`Lexicon`."""
    if encoding is not None and not isinstance(encoding, str):
        raise ParseTypeError(
            f"encoding for {name} must be a codec name (str) or None, not "
            f"{type(encoding).__name__}",
            source=name,
        )
    if lexicon is not None and not isinstance(lexicon, Lexicon):
        raise ParseTypeError(
            f"lexicon for {name} must be a Lexicon (see Lexicon.load) or None, not "
            f"{type(lexicon).__name__}",
            source=name,
        )


def _check_limit(max_chars: object, name: str) -> None:
    if isinstance(max_chars, bool) or not isinstance(max_chars, int):
        raise ParseTypeError(
            f"max_chars must be a whole number of characters (0 or more), not {max_chars!r}",
            source=name,
        )
    if max_chars < 0:
        raise ParseError(
            f"max_chars must be a whole number of characters (0 or more), not {max_chars!r}",
            source=name,
        )


def _check_limits(limits: object, name: str) -> Limits:
    if limits is None:
        return Limits()
    if not isinstance(limits, Limits):
        raise ParseTypeError(
            f"limits must be a statementdiff.Limits, not {type(limits).__name__}", source=name
        )
    return limits


def _read(
    text: str, format: str, name: str, limits: Limits, unwrap: bool
) -> tuple[str, list[RawBlock], str | None, str | None]:
    """Text, blocks, and for HTML the page's own title and date (plain text gets none)."""
    if format == "html":
        from statementdiff.read.html import read_html_page  # lxml: ~10 ms, for HTML only

        body, blocks, title, date = read_html_page(text, source=name, limits=limits)
    else:
        body, blocks = read_text(text, unwrap=unwrap)
        title = date = None
    if not any(b.kind != "heading" for b in blocks):
        hint = "; pass format='text' to read it as plain text" if format == "html" else ""
        raise ParseError(f"no paragraph text found in {name}{hint}", source=name)
    return body, blocks, title, date


def _decode(data: bytes, name: str, encoding: str | None, format: str) -> str:
    """Decode ``data``; a NUL byte means binary unless a BOM or the caller names the encoding.

    When the caller names the encoding (``encoding="utf-16-le"``), the bytes are trusted to be
    in it and only the decoded text is checked (by :func:`_reject_binary`), so UTF-16 without
    a BOM is readable.
    """
    nul = -1 if encoding else data.find(b"\x00")
    if nul >= 0 and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        line = data.count(b"\n", 0, nul) + 1
        raise ParseError(
            f"{name} looks binary (it contains a NUL byte at offset {nul}, line {line}); "
            "statementdiff reads text and HTML only (pass encoding=... if it is UTF-16 or "
            "UTF-32 without a BOM)",
            source=name,
            line=line,
            offset=nul,
        )
    chosen = encoding or _sniff_encoding(data, format)
    try:
        codecs.lookup(chosen)
        return data.decode(chosen)
    except LookupError:
        raise ParseError(
            f"unknown text encoding {chosen!r} for {name}; pass encoding='utf-8' or the "
            "file's real encoding",
            source=name,
        ) from None
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ParseError(
            f"{name} is not valid {chosen} (byte {exc.start}, line {line}); "
            "pass encoding=... (--encoding on the command line) with the file's real encoding",
            source=name,
            line=line,
            offset=exc.start,
        ) from None
    except (UnicodeError, ValueError, TypeError) as exc:  # odd codecs: punycode, undefined …
        raise ParseError(
            f"cannot decode {name} as {chosen}: {exc}; pass encoding=... with the file's "
            "real encoding",
            source=name,
        ) from None


def _sniff_encoding(data: bytes, format: str) -> str:
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if format != "text":
        match = _META_CHARSET.search(data[:4096])
        if match:
            declared = match.group(1).decode("ascii").lower()
            if _usable_charset(declared):
                return declared
    return "utf-8"


_UNSAFE_CODECS = frozenset(
    {
        *("utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "utf-7"),
        *("idna", "punycode", "undefined", "unicode-escape", "raw-unicode-escape", "mbcs"),
    }
)


def _usable_charset(declared: str) -> bool:
    """Whether a ``<meta charset>`` names an ASCII-compatible text codec (as browsers require).

    A page that declares UTF-16 without a BOM is in fact ASCII-compatible (the
    HTML standard reads it as UTF-8), and codecs such as ``rot13`` or ``punycode``
    are not character encodings at all.
    """
    try:
        info = codecs.lookup(declared)
    except LookupError:
        return False
    if not getattr(info, "_is_text_encoding", True):
        return False
    canonical = info.name.replace("_", "-")
    if canonical in _UNSAFE_CODECS:
        return False
    try:
        return "<p>".encode(info.name) == b"<p>"
    except (UnicodeError, LookupError, TypeError, ValueError):
        return False


_SURROGATE = re.compile("[\ud800-\udfff]")


def _reject_surrogates(text: str, name: str) -> None:
    match = _SURROGATE.search(text)
    if match:
        line = text.count("\n", 0, match.start()) + 1
        raise ParseError(
            f"{name} is not valid Unicode: a lone surrogate U+{ord(match.group()):04X} at "
            f"offset {match.start()} (line {line}); decode the input with errors='replace' "
            "or pass the undecoded bytes",
            source=name,
            line=line,
            offset=match.start(),
        )


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_BINARY_WINDOW = 8192
"""Characters per window of the control-character rule."""


def _reject_binary(text: str, name: str) -> None:
    """Refuse text with a NUL anywhere, or too many control characters close together.

    The whole input is checked: one regex scan finds the first control character (text
    normally has none), and only then are they all counted. Binary means a NUL character,
    or more than ``max(8, n // 100)`` control characters (tab, line breaks and form feed
    excepted) within any ``n = min(8192, len(text))`` consecutive characters.
    """
    first = _CONTROL.search(text)
    if first is None:
        return
    nul = text.find("\x00", first.start())
    if nul >= 0:
        line = text.count("\n", 0, nul) + 1
        raise ParseError(
            f"{name} looks binary (it contains a NUL character at offset {nul}, line {line}); "
            "statementdiff reads text and HTML only",
            source=name,
            line=line,
            offset=nul,
        )
    window = min(_BINARY_WINDOW, len(text))
    most = max(8, window // 100)  # about 1 % of a window
    at = [m.start() for m in _CONTROL.finditer(text, first.start())]
    dense = next(
        (i for i in range(len(at) - most) if at[i + most] - at[i] < window),
        None,
    )
    if dense is not None:
        offset = at[dense]
        line = text.count("\n", 0, offset) + 1
        raise ParseError(
            f"{name} looks binary (more than {most} control characters within {window:,} "
            f"characters from offset {offset}, line {line}); statementdiff reads text and "
            "HTML only",
            source=name,
            line=line,
            offset=offset,
        )
