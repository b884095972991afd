r"""Plain-text reader: paragraphs, headings and numbered or bulleted list items.

Text that looks hard-wrapped (pasted out of a PDF viewer) is first unwrapped into
paragraphs by :mod:`statementdiff.read.unwrap` (unless ``unwrap=False``). Otherwise the
output text is the input with line endings normalized to ``"\n"`` and the invisible
format characters of :mod:`statementdiff.invisible` (zero-width spaces and joiners, soft
hyphens, bidi controls, a BOM) deleted, and nothing else changed, so block offsets mean
the same thing to a user as in their file whenever it holds none of those.

Blocks are runs of non-blank lines. Inside a run, a line that starts with a list
marker (``"- "``, ``"1."``, ``"(a)"``, ``"(iv)"`` …) starts a new item, any other
line continues the block before it (a soft-wrapped line). Separator lines
(``***``, ``* * *``, ``###``) and the "Begin Text:" / "End Text" release markers
are not blocks.

A one-line block without a marker is a heading when one of these holds and a
real paragraph or item follows somewhere after it (so closing signature lines
never become headings):

* it is ALL CAPS ("AN ALLIANCE FOR A NEW ERA");
* it is numbered like a heading ("I. Introduction", "A. Digital Infrastructure");
* it ends with ":" and is either at most three words ("Annex:") or at most
  100 characters, one sentence, and followed by a list item ("We are taking
  concrete steps to:");
* it is short (at most 160 characters and 25 words), starts with a capital or a
  digit, has no ``;``, does not end with sentence punctuation or with a word
  such as "and"/"of" ("Hiroshima, 20 May 2023", "Global and regional issues").

"Office of the Spokesperson" and similar release lines stay paragraphs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from statementdiff.invisible import strip_invisible
from statementdiff.read.blocks import (
    ListContext,
    Marker,
    RawBlock,
    is_framing_marker,
    is_lead_in,
    is_separator,
    is_short_lead_in,
    match_marker,
)
from statementdiff.read.unwrap import unwrap_pasted

__all__ = ["is_heading_line", "read_text"]

_STRIP = "".join(c for c in map(chr, range(0x3001)) if c.isspace() and c != "\n")

MAX_HEADING_CHARS = 160
"""Longest line the generic (sentence-case) heading rule accepts."""
MAX_HEADING_WORDS = 25
"""Most words the generic heading rule accepts."""
MAX_CAPS_CHARS = 200
"""Longest ALL CAPS or numbered ("IV. …") line read as a heading."""

_OPEN_QUOTES = "\"'\u201c\u2018"
_CLOSE_QUOTES = "\"'()\u201d\u2019"
_ENUMERATED_HEADING = re.compile(r"(?:[IVXLC]{1,6}|[A-Z])\.[ \t]+\S")
_FUNCTION_WORDS = frozenset(
    {
        *("a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "nor"),
        *("of", "on", "or", "than", "that", "the", "to", "which", "who", "with"),
    }
)
_FRAMING_LINES = frozenset(
    {
        "office of the spokesperson",
        "office of the press secretary",
        "for immediate release",
        "media note",
        "press statement",
        "joint statement",
    }
)


@dataclass(slots=True)
class _Unit:
    start: int
    end: int
    marker: Marker | None
    lines: int


def read_text(text: str, *, unwrap: bool = True) -> tuple[str, list[RawBlock]]:
    r"""Normalize line endings, delete invisible characters, split into headings, paragraphs, items.

    Args:
        text: The statement as plain text.
        unwrap: When the text looks hard-wrapped (pasted out of a PDF viewer: most lines
            ending near one width, hyphenated line ends, page numbers), join its lines into
            paragraphs first (:func:`~statementdiff.read.unwrap.unwrap_pasted`); other text
            is read as it is.

    Returns:
        The normalized text and its blocks, in document order.

    Examples:
        >>> body, blocks = read_text("TRADE\r\n\r\n1. We agree:\r\n(a) to act.")
        >>> [(b.kind, b.label, b.level) for b in blocks]
        [('heading', None, 0), ('item', '1.', 0), ('item', '(a)', 1)]
    """
    body = strip_invisible(text.replace("\r\n", "\n").replace("\r", "\n"))
    if unwrap:
        body = unwrap_pasted(body) or body
    units = _units(body)
    kinds = _classify(body, units)
    blocks: list[RawBlock] = []
    context = ListContext()
    for unit, kind in zip(units, kinds, strict=True):
        if kind == "skip":
            continue
        if kind == "heading":
            context.reset()
            blocks.append(RawBlock("heading", unit.start, unit.end, unit.start))
        elif unit.marker is not None:
            marker = unit.marker
            blocks.append(
                RawBlock(
                    "item",
                    unit.start,
                    unit.end,
                    unit.start + marker.length,
                    label=marker.label,
                    level=context.level(marker),
                )
            )
        else:
            context.reset()
            blocks.append(RawBlock("paragraph", unit.start, unit.end, unit.start))
    return body, blocks


def _units(body: str) -> list[_Unit]:
    """Cut the text into units: runs of lines split before each list marker."""
    units: list[_Unit] = []
    current: _Unit | None = None
    pos = 0
    size = len(body)
    while pos <= size:
        nl = body.find("\n", pos)
        line_end = size if nl < 0 else nl
        line = body[pos:line_end]
        stripped = line.strip(_STRIP)
        if not stripped or is_separator(stripped):
            current = None
        else:
            start = pos + (len(line) - len(line.lstrip(_STRIP)))
            end = pos + len(line.rstrip(_STRIP))
            marker = match_marker(body, start)
            if (
                current is None
                or marker is not None
                or (
                    current.lines == 1
                    and current.marker is None
                    and _is_strong_heading(body[current.start : current.end])
                )
            ):
                current = _Unit(start, end, marker, 1)
                units.append(current)
            else:
                current.end = end
                current.lines += 1
        if nl < 0:
            break
        pos = nl + 1
    return units


def _classify(body: str, units: list[_Unit]) -> list[str]:
    """Label each unit "heading", "paragraph", "item" or "skip" (looking ahead)."""
    kinds: list[str] = []
    for i, unit in enumerate(units):
        chunk = body[unit.start : unit.end]
        if unit.marker is not None:
            kinds.append("item")
        elif unit.lines == 1 and is_framing_marker(chunk):
            kinds.append("skip")
        elif unit.lines == 1 and _heading_candidate(
            chunk, units[i + 1] if i + 1 < len(units) else None
        ):
            kinds.append("candidate")
        else:
            kinds.append("paragraph")
    definite = False  # a paragraph or item (not a fallen-back candidate) follows
    anything = False  # any block follows
    for i in range(len(units) - 1, -1, -1):
        kind = kinds[i]
        if kind == "candidate":
            chunk = body[units[i].start : units[i].end]
            lead_in = is_short_lead_in(chunk) and anything
            kinds[i] = "heading" if definite or lead_in else "paragraph"
        elif kind in ("item", "paragraph"):
            definite = True
        if kinds[i] != "skip":
            anything = True
    return kinds


def _is_strong_heading(line: str) -> bool:
    """ALL CAPS or "IV. Title" lines: headings even at the top of a multi-line block."""
    if len(line) > MAX_CAPS_CHARS:
        return False
    letters = [c for c in line if c.isalpha()]
    if len(letters) >= 2 and not any(c.islower() for c in letters):
        return True
    return _ENUMERATED_HEADING.match(line) is not None and not line.endswith((".", ";", ","))


def _heading_candidate(line: str, following: _Unit | None) -> bool:
    """Whether a one-line unmarked block looks like a heading (before the look-ahead rule)."""
    if _is_strong_heading(line):
        return True
    if line.endswith(":"):
        if is_short_lead_in(line):
            return True
        return is_lead_in(line) and following is not None and following.marker is not None
    return is_heading_line(line)


def is_heading_line(line: str) -> bool:
    """The generic heading rule for a short line that is not ALL CAPS.

    Args:
        line: One stripped line.

    Returns:
        True when the line reads like a heading rather than a sentence.

    Examples:
        >>> is_heading_line("Hiroshima, 20 May 2023"), is_heading_line("We agree.")
        (True, False)
    """
    if not line or len(line) > MAX_HEADING_CHARS or ";" in line:
        return False
    first = line[0]
    if not (first.isupper() or first.isdigit() or first in _OPEN_QUOTES):
        return False
    if line.endswith((".", ",", ";", ":", "!", "?")):
        return False
    words = line.split()
    if len(words) > MAX_HEADING_WORDS:
        return False
    if words[-1].strip(_CLOSE_QUOTES).lower() in _FUNCTION_WORDS:
        return False
    return " ".join(words).lower() not in _FRAMING_LINES
