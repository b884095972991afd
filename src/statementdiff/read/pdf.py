"""PDF reader: the text layer of a PDF, as paragraphs, without page furniture.

pdfminer.six finds the text boxes and lines of each page (its layout analysis also puts the
columns of a multi-column page in reading order). This module then

* checks the file first (:func:`check_pdf`): a ``%PDF-`` signature, no encryption, and every
  Flate or LZW stream inflating to at most ``Limits.max_pdf_inflated_bytes`` in all
  (decompression bombs are refused before pdfminer decodes anything);
* reads at most ``Limits.max_pdf_pages`` pages;
* drops page furniture: lines at the top or bottom of a page that are a page number, a print
  stamp or a URL (:func:`~statementdiff.read.unwrap.is_furniture`), that repeat at the top or
  bottom of other pages (running headers and footers), or that repeat the document's title;
* joins lines into paragraphs and hyphenated line ends into words
  (:func:`~statementdiff.read.unwrap.unwrap`), with the room left at each line's end measured
  on the page.

JavaScript, embedded files, forms and annotations are never read, let alone run; no file
other than pdfminer's own font data is opened and no network connection is made. Every
failure is a :class:`~statementdiff.errors.ParseError` saying what to do.
"""

from __future__ import annotations

import bisect
import io
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from statementdiff.errors import LimitExceededError, ParseError
from statementdiff.invisible import strip_invisible
from statementdiff.limits import Limits
from statementdiff.models import Block, Clause, Node, Sentence, Statement
from statementdiff.read.unwrap import Line, clean_line, is_furniture, unwrap
from statementdiff.whitespace import normalize_space

__all__ = ["PdfText", "check_pdf", "is_pdf", "paginate", "read_pdf"]

_MAGIC = b"%PDF-"
_STREAM = re.compile(rb"<<((?:[^<>]|<<(?:[^<>]|<<[^<>]*>>)*>>|<[^<>]*>)*)>>\s*stream\r?\n")
_FILTER = re.compile(rb"/(FlateDecode|Fl|LZWDecode|LZW|ASCII85Decode|A85|ASCIIHexDecode|AHx)\b")
_LENGTH = re.compile(rb"/Length\s+(\d{1,12})(?:\s+(\d{1,6})\s+R)?")
_ENCRYPT = re.compile(rb"/Encrypt\s*(?:\d+\s+\d+\s+R|<<)")
CHAR_MARGIN = 4.0
"""pdfminer's ``char_margin``: a gap wider than this many characters splits a line in two.

Its default, 2.0, cuts justified lines at their widest spaces (measured: 44 clause errors on
four statements printed justified by fpdf2; 0 with 4.0 to 20.0).
"""
PDF_HYPHEN_EVIDENCE = 2
"""Word splits into non-words that show a PDF hyphenates at line ends (see ``unwrap``)."""
_EDGE_LINES = 2
"""Lines at the top and at the bottom of a page that may be furniture."""
_EDGE_BAND = 0.12
"""The part of the page height, at the top and at the bottom, where furniture may stand."""


@dataclass(frozen=True, slots=True)
class PdfText:
    r"""The text of a PDF, as paragraphs.

    Attributes:
        text: The paragraphs, separated by ``"\n\n"``.
        pages: ``(offset, page)`` for each paragraph: where it starts in ``text``, its page.
        title: The document's own title (its ``/Title`` metadata), or None.
        page_count: Pages read.
    """

    text: str
    pages: tuple[tuple[int, int | None], ...]
    title: str | None
    page_count: int


def is_pdf(data: bytes) -> bool:
    r"""True when ``data`` starts with the PDF signature (after at most 1 kB of junk).

    Examples:
        >>> is_pdf(b"%PDF-1.7\\n..."), is_pdf(b"We agree.")
        (True, False)
    """
    return _MAGIC in data[:1024]


def check_pdf(data: bytes, source: str, limits: Limits) -> None:
    """Refuse what pdfminer should never see: no signature, encryption, a decompression bomb.

    Args:
        data: The file's bytes.
        source: Its name, for messages.
        limits: ``max_pdf_inflated_bytes`` bounds what all its streams inflate to.

    Raises:
        ParseError: Not a PDF, or encrypted.
        LimitExceededError: The streams inflate to more than the limit.
    """
    if not is_pdf(data):
        raise ParseError(f"{source} is not a PDF (no %PDF- signature at its start)", source=source)
    if _ENCRYPT.search(data):
        raise ParseError(
            f"{source} is encrypted; decrypt it first (for example: qpdf --decrypt in.pdf "
            "out.pdf) and pass the decrypted file",
            source=source,
        )
    budget = limits.max_pdf_inflated_bytes
    for start, end, filters in _streams(data):
        budget -= _inflated_size(data[start:end], filters, budget)
        if budget < 0:
            raise limits.exceeded(
                "max_pdf_inflated_bytes", limits.max_pdf_inflated_bytes + 1, source, at_least=True
            )


def _streams(data: bytes) -> Iterator[tuple[int, int, list[bytes]]]:
    """Start, end and compression filters of every stream whose filters can inflate it."""
    for m in _STREAM.finditer(data):
        filters = _FILTER.findall(m.group(1))
        if not any(f in (b"FlateDecode", b"Fl", b"LZWDecode", b"LZW") for f in filters):
            continue
        start = m.end()
        length = _LENGTH.search(m.group(1))
        end = data.find(b"endstream", start)
        if length is not None and length.group(2) is None:
            end = max(end, min(len(data), start + int(length.group(1))))
        yield start, (len(data) if end < 0 else end), filters


def _inflated_size(raw: bytes, filters: list[bytes], budget: int) -> int:
    """What ``raw`` inflates to through ``filters``, counted up to ``budget + 1`` bytes."""
    data = raw
    size = len(raw)
    for name in filters:
        if name in (b"ASCII85Decode", b"A85", b"ASCIIHexDecode", b"AHx"):
            size = len(data) * 4  # at most four bytes out per byte in
            data = b""  # what follows cannot be checked: count the bound only
            continue
        if not data:
            continue
        if name in (b"FlateDecode", b"Fl"):
            data, size = _inflate(data, budget)
        else:
            data, size = _lzw(data, budget)
        if size > budget:
            return size
    return size


_KEEP = 1 << 20
"""Bytes of an inflated stream kept for the next filter of a chain."""


def _inflate(raw: bytes, budget: int) -> tuple[bytes, int]:
    inflater = zlib.decompressobj()
    size = 0
    kept: list[bytes] = []
    chunk = raw
    try:
        while chunk and size <= budget:
            out = inflater.decompress(chunk, 1 << 20)
            size += len(out)
            if sum(map(len, kept)) < _KEEP:
                kept.append(out)
            chunk = inflater.unconsumed_tail
            if not out and not chunk:
                break
    except zlib.error:
        pass  # pdfminer reads what it can of a damaged stream; count what inflated
    return b"".join(kept), size


def _lzw(raw: bytes, budget: int) -> tuple[bytes, int]:
    from pdfminer.lzw import LZWDecoder

    size = 0
    kept: list[bytes] = []
    try:
        for out in LZWDecoder(io.BytesIO(raw)).run():
            size += len(out)
            if sum(map(len, kept)) < _KEEP:
                kept.append(out)
            if size > budget:
                break
    except Exception:
        pass
    return b"".join(kept), size


def read_pdf(data: bytes, *, source: str, limits: Limits) -> PdfText:
    r"""The text of a PDF as paragraphs, page furniture removed.

    Args:
        data: The file's bytes.
        source: Its name, for messages.
        limits: ``max_pdf_pages`` and ``max_pdf_inflated_bytes`` apply.

    Returns:
        The paragraphs, the page each starts on, and the document's title.

    Raises:
        ParseError: Not a PDF, encrypted, malformed or truncated, or no text layer.
        LimitExceededError: Over a PDF limit.
    """
    check_pdf(data, source, limits)
    try:
        return _read(data, source, limits)
    except ParseError:
        raise
    except RecursionError:
        raise ParseError(
            f"{source} is a malformed PDF: its objects nest too deeply to read", source=source
        ) from None
    except MemoryError:
        raise ParseError(f"{source} is a PDF too large to read in memory", source=source) from None
    except Exception as exc:  # pdfminer raises many kinds on damaged files
        raise ParseError(
            f"{source} is a malformed or truncated PDF ({type(exc).__name__}: "
            f"{_one_line(exc)}); open it in a PDF viewer and save or print it to a new PDF",
            source=source,
        ) from None


def _one_line(exc: BaseException) -> str:
    text = normalize_space(str(exc))
    return text[:200] + ("…" if len(text) > 200 else "")


@dataclass(slots=True)
class _Row:
    """A line of a page, with what the furniture and paragraph rules need."""

    text: str
    page: int
    box: int
    x0: float
    x1: float
    top: float
    lead: float
    band: bool = False


def _read(data: bytes, source: str, limits: Limits) -> PdfText:
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LAParams, LTTextBoxHorizontal, LTTextLineHorizontal
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser

    document = PDFDocument(PDFParser(io.BytesIO(data)))
    title = _title(document)
    manager = PDFResourceManager(caching=True)
    device = PDFPageAggregator(manager, laparams=LAParams(char_margin=CHAR_MARGIN))
    interpreter = PDFPageInterpreter(manager, device)
    rows: list[_Row] = []
    count = 0
    box_id = 0
    for page in PDFPage.create_pages(document):
        count += 1
        if count > limits.max_pdf_pages:
            raise limits.exceeded("max_pdf_pages", count, source, at_least=True)
        interpreter.process_page(page)
        layout: Any = device.get_result()
        height = float(layout.height) or 1.0
        page_rows: list[_Row] = []
        for element in layout:
            if not isinstance(element, LTTextBoxHorizontal):
                continue
            box_id += 1
            for line in element:
                if not isinstance(line, LTTextLineHorizontal):
                    continue
                raw = line.get_text().rstrip("\n")
                soft = raw.endswith("\u00ad")  # a soft hyphen ends the line: a word goes on
                text = clean_line(strip_invisible(raw)) + ("\u00ad" if soft else "")
                if text:
                    page_rows.append(
                        _Row(text, count, box_id, line.x0, line.x1, line.y1, _lead(line))
                    )
        _mark_band(page_rows, height)
        rows.extend(page_rows)
    if count == 0:
        raise ParseError(f"{source} is a PDF with no pages", source=source)
    body = _drop_furniture(rows, title)
    if not body:
        raise ParseError(
            f"{source} has no text layer; run OCR first (a scanned or image-only PDF? for "
            "example: ocrmypdf in.pdf out.pdf) and pass the result",
            source=source,
        )
    unwrapped = unwrap(_lines(body), min_evidence=PDF_HYPHEN_EVIDENCE)
    if len(unwrapped.text) > limits.max_text_chars:
        raise LimitExceededError(
            f"{source} has {len(unwrapped.text):,} characters of statement text, over the "
            f"limit max_text_chars={limits.max_text_chars:,}; pass "
            "limits=Limits(max_text_chars=...) with a larger value to read it",
            source=source,
            limit="max_text_chars",
            value=len(unwrapped.text),
            maximum=limits.max_text_chars,
        )
    return PdfText(unwrapped.text, unwrapped.pages, title, count)


def _title(document: Any) -> str | None:
    """The ``/Title`` of the document's metadata, decoded, or None."""
    from pdfminer.pdftypes import resolve1
    from pdfminer.utils import decode_text

    for info in getattr(document, "info", ())[:1]:
        value = resolve1(info.get("Title")) if isinstance(info, dict) else None
        if isinstance(value, bytes):
            value = decode_text(value)
        if isinstance(value, str):
            text = clean_line(strip_invisible(value))
            return text or None
    return None


def _lead(line: Any) -> float:
    """Width of the line's first word and a space (in points)."""
    from pdfminer.layout import LTChar

    chars = [c for c in line if isinstance(c, LTChar)]
    if not chars:
        return 0.0
    first = chars[0]
    end = first.x1
    for char in chars:
        if char.get_text().isspace():
            break
        end = char.x1
    return float(end - first.x0) + 0.25 * float(first.size)


def _mark_band(rows: list[_Row], height: float) -> None:
    """Mark the first and last lines of a page that stand near its top or bottom edge."""
    by_top = sorted(rows, key=lambda r: -r.top)
    for row in by_top[:_EDGE_LINES]:
        if row.top >= height * (1 - _EDGE_BAND):
            row.band = True
    for row in by_top[-_EDGE_LINES:]:
        if row.top <= height * _EDGE_BAND:
            row.band = True


_DIGITS = re.compile(r"\d+")


def _drop_furniture(rows: list[_Row], title: str | None) -> list[_Row]:
    """The rows that are not page furniture."""
    pages_of: dict[str, set[int]] = {}
    for row in rows:
        if row.band:
            pages_of.setdefault(_DIGITS.sub("#", row.text), set()).add(row.page)
    repeated = {text for text, pages in pages_of.items() if len(pages) >= 2}
    return [
        row
        for row in rows
        if not (
            row.band
            and (
                is_furniture(row.text)
                or _DIGITS.sub("#", row.text) in repeated
                or row.text == title
            )
        )
    ]


def _lines(rows: list[_Row]) -> list[Line]:
    """Rows as :class:`Line` records, with the room left before the column's right edge."""
    edges: dict[int, list[tuple[float, float]]] = {}
    for row in rows:
        edges.setdefault(row.page, []).append((row.x0, row.x1))
    lines: list[Line] = []
    prev: _Row | None = None
    for row in rows:
        edge = max(x1 for x0, x1 in edges[row.page] if x0 < row.x1 and x1 > row.x0)
        lines.append(
            Line(
                row.text,
                page=row.page,
                gap=prev is not None and prev.box != row.box,
                page_break=prev is not None and prev.page != row.page,
                room=edge - row.x1,
                lead=row.lead,
            )
        )
        prev = row
    return lines


def paginate(statement: Statement, pages: tuple[tuple[int, int | None], ...]) -> Statement:
    """``statement`` with every node's ``page``: the page of the paragraph it starts in.

    Args:
        statement: A statement parsed from a PDF's text.
        pages: The ``(offset, page)`` table of :class:`PdfText`.

    Returns:
        The same tree, pages filled in.
    """
    offsets = [offset for offset, _ in pages]

    def page(node: Node) -> int | None:
        at = bisect.bisect_right(offsets, node.span.start) - 1
        return pages[at][1] if at >= 0 else None

    def clause(c: Clause) -> Clause:
        return c.model_copy(update={"page": page(c)})

    def sentence(s: Sentence) -> Sentence:
        return s.model_copy(update={"page": page(s), "clauses": tuple(map(clause, s.clauses))})

    def block(b: Block) -> Block:
        update = {"page": page(b), "sentences": tuple(map(sentence, b.sentences))}
        return b.model_copy(update=update)

    sections = tuple(
        s.model_copy(update={"page": page(s), "blocks": tuple(map(block, s.blocks))})
        for s in statement.sections
    )
    return statement.model_copy(update={"sections": sections})
