r"""Undo print layout: join hard-wrapped lines into paragraphs, drop page furniture.

Shared by the PDF reader (lines with positions from the page) and the plain-text reader (text
pasted out of a PDF viewer). The input is a list of :class:`Line` records; the output is the
paragraphs, blank-line separated, each with the page it starts on.

The rules, in the order they apply:

* **Page furniture** (:func:`is_furniture`): a line that is only a page number ("- 1 -",
  "12", "Page 2 of 5", "1/3"), a browser's print stamp ("5/21/21, 3:04 PM"), or a URL is
  dropped. The PDF reader applies it to the top and bottom lines of a page only, and also drops
  lines there that repeat on other pages (running headers).
* **Paragraph breaks**: a gap (a blank line, or vertical space in a PDF) ends a paragraph; so
  does a line that ends early, that is when the next line's first word would have fitted on it
  (:attr:`Line.room` against :attr:`Line.lead`: wrapping is greedy, so a word that fits is
  never pushed to the next line), and a next line that starts with a list marker. Across a
  page break a paragraph goes on when its last line is full and it does not end a sentence
  (or the next page starts in lower case).
* **Hyphenated line ends** (:func:`join_hyphen`): "grat-" + "itude" is one word again. The
  hyphen is kept ("U.S.-" + "ROK", "long-" + "standing") when a side is not lowercase
  letters; else the spelling the rest of the text uses more often wins ("long-standing" or
  "longstanding"); else, when the text shows no sign of hyphenating words at line ends at
  all (no line-end hyphen splits a word it also spells whole, and none, in a PDF fewer than
  two, or fewer than half of them, split a word into parts that are no words of the text, such as
  "impleme-ntation": browsers never hyphenate), it
  is kept; else kept when the first part is a prefix written with a hyphen ("self-",
  "cross-") or both parts appear as words elsewhere; else dropped. A soft hyphen at a line
  end always joins; "lower- and" (a suspended hyphen before "and", "or", "to") keeps its
  space.
* Inside a line, runs of spaces become one space (justified text); ligatures ("ﬁ") become
  letters.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from statementdiff.read.blocks import match_marker

__all__ = [
    "Line",
    "Unwrapped",
    "clean_line",
    "is_furniture",
    "join_hyphen",
    "unwrap",
    "unwrap_pasted",
    "wrap_width",
]

_PAGE_NUMBER = re.compile(
    r"""(?:
        [-\u2013\u2014]?[ \t]*\d{1,4}[ \t]*[-\u2013\u2014]?
      | (?:page|p\.|seite)[ \t]*\d{1,4}(?:[ \t]*(?:of|/)[ \t]*\d{1,4})?
      | \d{1,4}[ \t]*(?:/|of)[ \t]*\d{1,4}
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_PRINT_STAMP = re.compile(
    r"\d{1,2}/\d{1,2}/\d{2,4},?[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[AaPp]\.?[Mm]\.?)?"
)
_URL = re.compile(r"(?:(?:https?|file)://|www\.)\S+", re.IGNORECASE)
_LIGATURES = str.maketrans(
    {
        "\ufb00": "ff",
        "\ufb01": "fi",
        "\ufb02": "fl",
        "\ufb03": "ffi",
        "\ufb04": "ffl",
        "\ufb06": "st",
    }
)
_SPACES = re.compile(r"[ \t\u00a0]+")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_LOWER = re.compile(r"[a-z]+")
_TERMINAL = re.compile(r"[.!?:;][\"'\u201d\u2019)]*$")
_ABBREVIATION = re.compile(
    r"(?:\b(?:[A-Za-z]\.){2,}|\b(?:Mr|Mrs|Ms|Dr|St|No|Nos|Gen|Amb|Sec|Lt|Jr|Sr|Co|Inc|vs|etc)\.)$"
)
HYPHEN_PREFIXES = frozenset({"cross", "multi", "non", "self", "semi", "well", "ex", "co"})
"""First parts kept with their hyphen at a line end when the text gives no other evidence."""
_DASHES = "-\u2010\u2011\u2013\u2014"


def is_furniture(text: str) -> bool:
    """True for a line that is page furniture: a page number, a print stamp or a URL.

    Examples:
        >>> [is_furniture(t) for t in ("- 3 -", "Page 2 of 5", "1/3", "5/21/21, 3:04 PM")]
        [True, True, True, True]
        >>> is_furniture("https://www.state.gov/x"), is_furniture("1. We agree.")
        (True, False)
    """
    line = text.strip()
    return bool(line) and any(
        p.fullmatch(line) is not None for p in (_PAGE_NUMBER, _PRINT_STAMP, _URL)
    )


@dataclass(frozen=True, slots=True)
class Line:
    """One printed line.

    Attributes:
        text: The line's text, without its line break.
        page: The page it is printed on (1-based), or None when unknown.
        gap: True when a paragraph gap (a blank line, vertical space) comes before it.
        page_break: True when it is the first line of a page after the first.
        room: Space left at the end of the line before the right margin, or None when
            unknown (then only gaps and markers break paragraphs).
        lead: Width of the line's first word and a space, in the unit of ``room``.
    """

    text: str
    page: int | None = None
    gap: bool = False
    page_break: bool = False
    room: float | None = None
    lead: float = 0.0


@dataclass(frozen=True, slots=True)
class Unwrapped:
    r"""Paragraphs joined from lines.

    Attributes:
        text: The paragraphs, separated by ``"\n\n"``.
        pages: ``(offset, page)`` for each paragraph: where it starts in ``text`` and the page
            its first line is on (None when unknown).
    """

    text: str
    pages: tuple[tuple[int, int | None], ...] = field(default=())


class _Vocabulary:
    """Word counts of the text, leaving out the fragments at hyphenated line ends."""

    def __init__(self, lines: Sequence[Line], min_evidence: int) -> None:
        self.words: Counter[str] = Counter()
        self.parts: Counter[str] = Counter()
        for i, line in enumerate(lines):
            tokens = [m.group().lower() for m in _WORD.finditer(line.text)]
            if tokens and i > 0 and _hyphen_end(lines[i - 1].text):
                tokens = tokens[1:]  # the second half of a hyphenated word
            if tokens and _hyphen_end(line.text):
                tokens = tokens[:-1]
            for token in tokens:
                self.words[token] += 1
                for part in token.split("-"):
                    self.parts[part] += 1
        breaks = list(_breaks(lines))
        whole = sum(1 for a, b in breaks if self.words[a + b] > self.words[f"{a}-{b}"])
        no_words = sum(
            1 for a, b in breaks if not (self.words[f"{a}-{b}"] or self.parts[a] or self.parts[b])
        )
        self.hyphenating = whole > 0 or (no_words >= min_evidence and no_words * 2 >= len(breaks))


def _breaks(lines: Sequence[Line]) -> Iterator[tuple[str, str]]:
    """The lowercase word halves around each hyphenated line end."""
    for prev, nxt in itertools.pairwise(lines):
        if _hyphen_end(prev.text):
            left, right = _last_word(prev.text), _first_word(nxt.text)
            if _LOWER.fullmatch(left) and _LOWER.fullmatch(right):
                yield left, right


def _hyphen_end(text: str) -> bool:
    return len(text) >= 2 and text[-1] == "-" and text[-2].isalpha()


_CONJUNCTIONS = frozenset({"and", "or", "nor", "to"})
"""Words after a suspended hyphen ("lower- and middle-income")."""


def join_hyphen(
    left: str, right: str, words: Counter[str], parts: Counter[str], *, hyphenating: bool = True
) -> bool:
    """Whether the hyphen between ``left-`` at a line end and ``right`` is a real one.

    Args:
        left: The word before the line-end hyphen (letters only).
        right: The word that starts the next line.
        words: Counts of the text's words (hyphenated words whole), fragments left out.
        parts: Counts of the parts of the text's words (hyphenated words split).
        hyphenating: Whether the text hyphenates words at line ends at all (some line-end
            hyphen splits a word the text also spells whole, or enough of them, and half,
            split a word into parts that are no words of the text, "impleme-ntation");
            when not, every line-end hyphen
            is a real one (browsers and most word processors never hyphenate).

    Returns:
        True to keep the hyphen ("long-standing"), False to join ("gratitude").

    Examples:
        >>> from collections import Counter
        >>> join_hyphen("grat", "itude", Counter(), Counter())
        False
        >>> join_hyphen("U.S.", "ROK", Counter(), Counter())
        True
        >>> join_hyphen("long", "standing", Counter(), Counter({"long": 2, "standing": 1}))
        True
    """
    if not (_LOWER.fullmatch(left) and _LOWER.fullmatch(right)):
        return True
    hyphenated, joined = words[f"{left}-{right}"], words[left + right]
    if hyphenated or joined:
        return hyphenated >= joined
    if not hyphenating:
        return True
    return left in HYPHEN_PREFIXES or (parts[left] > 0 and parts[right] > 0)


def _first_word(text: str) -> str:
    m = _WORD.match(text)
    return m.group() if m else ""


def _last_word(text: str) -> str:
    """The word before a line-end hyphen ("U.S." in "the U.S.-")."""
    body = text[:-1]
    start = len(body)
    while start > 0 and not body[start - 1].isspace() and body[start - 1] not in _DASHES:
        start -= 1
    return body[start:]


def _join(prev: str, nxt: str, vocabulary: _Vocabulary) -> str:
    """``prev`` and ``nxt`` as one run of text."""
    if prev[-1] == "\u00ad":
        return prev[:-1] + nxt  # a soft hyphen: the typesetter's own word break
    right = nxt.split(" ", 1)[0]
    if prev[-1] == "-" and right.lower() in _CONJUNCTIONS:
        return f"{prev} {nxt}"  # a suspended hyphen: "lower- and middle-income", "U.S.- and"
    if _hyphen_end(prev):
        left, first = _last_word(prev), _first_word(right)
        keep = first != right.rstrip(".,;:!?)\u201d\u2019\"'") or join_hyphen(
            left, first, vocabulary.words, vocabulary.parts, hyphenating=vocabulary.hyphenating
        )
        return prev + nxt if keep else prev[:-1] + nxt
    if prev[-1] in _DASHES and len(prev) >= 2 and not prev[-2].isspace():
        if prev[-1] == "\u2013" and not (prev[-2].isdigit() and nxt[:1].isdigit()):
            return f"{prev} {nxt}"  # an en dash between words ("Partnership", dash, "sustainable")
        return prev + nxt  # "2021" dash "2022", "values" dash "including", "U.S.-ROK"
    return f"{prev} {nxt}"


def _full(prev: Line, nxt: Line) -> bool:
    """Whether ``prev`` had no room for ``nxt``'s first word (so the break is a wrap)."""
    return prev.room is None or prev.room < nxt.lead


def _ends_sentence(text: str) -> bool:
    return _TERMINAL.search(text) is not None and _ABBREVIATION.search(text) is None


def _inline_sequel(label: str, paragraph: str) -> bool:
    """Whether ``label`` ("3)") follows a label of the paragraph's running text ("… 2) …")."""
    m = re.fullmatch(r"(\(?)(\d{1,3}|[a-z])([.)])", label)
    if m is None:
        return False
    open_, token, close = m.groups()
    before = str(int(token) - 1) if token.isdigit() else chr(ord(token) - 1)
    return f" {open_}{before}{close} " in paragraph


def _continues(prev: Line, nxt: Line, paragraph: str, in_item: bool) -> bool:
    """Whether ``nxt`` goes on with ``paragraph`` (whose last line is ``prev``)."""
    ends_sentence = _ends_sentence(prev.text)
    marker = match_marker(nxt.text)
    if marker is not None and (
        not _full(prev, nxt)
        or prev.text.endswith(":")
        or (in_item and ends_sentence and not _inline_sequel(marker.label, paragraph))
    ):
        return False  # a new item; "(COP\n28) in …", "It will 1) … 2) …" go on
    if nxt.page_break:
        if prev.room is None or not _full(prev, nxt):
            return False
        return not ends_sentence or nxt.text[:1].islower()
    if nxt.gap:
        return False
    return _full(prev, nxt)


def clean_line(text: str) -> str:
    """A line with ligatures spelt out, runs of spaces as one, no edge spaces.

    Examples:
        >>> clean_line("  our  \ufb01rst   step ")
        'our first step'
    """
    return _SPACES.sub(" ", text.translate(_LIGATURES)).strip()


def unwrap(lines: Sequence[Line], *, min_evidence: int = 1) -> Unwrapped:
    r"""Join lines into paragraphs (see the module docstring for the rules).

    Furniture is not removed here: the callers decide which lines are furniture.

    Args:
        lines: The printed lines, in reading order, blank ones left out.
        min_evidence: How many line-end hyphens splitting a word into parts that are no
            words of the text ("impleme-ntation") show that the text hyphenates words at line
            ends (when at least half of them do so, too). The PDF reader asks for 2, since
            PDFs printed by browsers never hyphenate and their one compound broken at its
            hyphen ("market-driven") looks the same; pasted text for 1.

    Returns:
        The paragraphs and the page each starts on.

    Examples:
        >>> rows = ["We express our grat-", "itude to the people of", "Korea, with gratitude.",
        ...         "", "- 1 -"]
        >>> lines = [Line(t, room=22.0 - len(t), lead=len(t.split()[0]) + 1.0)
        ...          for t in rows if t and not is_furniture(t)]
        >>> unwrap(lines).text
        'We express our gratitude to the people of Korea, with gratitude.'
    """
    cleaned = [Line(clean_line(x.text), x.page, x.gap, x.page_break, x.room, x.lead) for x in lines]
    cleaned = [x for x in cleaned if x.text]
    vocabulary = _Vocabulary(cleaned, min_evidence)
    paragraphs: list[tuple[str, int | None]] = []
    current = ""
    page: int | None = None
    prev: Line | None = None
    in_item = False
    for line in cleaned:
        if prev is not None and _continues(prev, line, current, in_item):
            current = _join(current, line.text, vocabulary)
        else:
            if current:
                paragraphs.append((current, page))
            current, page = line.text, line.page
            in_item = match_marker(line.text) is not None
        prev = line
    if current:
        paragraphs.append((current, page))
    pages: list[tuple[int, int | None]] = []
    offset = 0
    for text, number in paragraphs:
        pages.append((offset, number))
        offset += len(text) + 2
    return Unwrapped("\n\n".join(t for t, _ in paragraphs), tuple(pages))


_PAGE_FOOTER = re.compile(
    r"[-\u2013\u2014][ \t]*\d{1,4}[ \t]*[-\u2013\u2014]"
    r"|page[ \t]+\d{1,4}(?:[ \t]+of[ \t]+\d{1,4})?",
    re.IGNORECASE,
)
"""Page footers dropped from any plain text, wrapped or not ("- 3 -", "Page 2 of 5")."""

MIN_WRAPPED_LINES = 8
"""Fewest non-blank lines a text needs before it can be taken for hard-wrapped."""
_MIN_WIDTH, _MAX_WIDTH = 30, 200


def wrap_width(lines: Sequence[str]) -> int | None:
    """The width ``lines`` look hard-wrapped at, or None when they do not look wrapped.

    Hard-wrapped text has most of its lines ending near one width (only the last line of each
    paragraph is short) and most lines followed by another line of the same paragraph; text
    with a paragraph per line, or a list of short items, has neither.

    Args:
        lines: The text's lines, without line breaks (blank ones included).

    Returns:
        The width (the longest line that is not an outlier), or None.

    Examples:
        >>> import textwrap
        >>> para = "We reaffirm our commitment to peace and stability in the region. " * 9
        >>> wrap_width(textwrap.wrap(para, 60))
        60
        >>> wrap_width([para, "", para]) is None
        True
    """
    content = [i for i, line in enumerate(lines) if line.strip() and not is_furniture(line)]
    if len(content) < MIN_WRAPPED_LINES:
        return None
    lengths = sorted(len(lines[i].rstrip()) for i in content)
    p90 = lengths[(len(lengths) - 1) * 9 // 10]
    if not _MIN_WIDTH <= p90 <= _MAX_WIDTH:
        return None
    width = max(n for n in lengths if n <= p90 + max(2, p90 // 10))
    slack = max(12, width // 5)
    near = sum(1 for n in lengths if width - slack <= n <= width)
    longer = sum(1 for n in lengths if n > width)
    followed = sum(1 for a, b in itertools.pairwise(content) if b == a + 1)
    n = len(content)
    if near * 2 >= n and followed * 2 >= n and longer * 20 <= n:
        return width
    return None


def unwrap_pasted(text: str) -> str | None:
    r"""Hard-wrapped text (pasted out of a PDF viewer) as paragraphs, or None when it is not.

    Page numbers, print stamps and URL lines are dropped; the lines of each paragraph are
    joined (see the module docstring); paragraphs come out separated by a blank line.

    Args:
        text: Plain text with ``"\n"`` line breaks.

    Returns:
        The unwrapped text; None when ``text`` neither looks hard-wrapped nor has a page
        footer line ("- 3 -", "Page 2 of 5"), then it is to be read as it is. Text with
        footers that does not look wrapped only loses the footer lines.

    Examples:
        >>> unwrap_pasted("We agree.\n\nWe act.\n") is None
        True
    """
    lines = text.split("\n")
    width = wrap_width(lines)
    if width is None:
        if not any(_PAGE_FOOTER.fullmatch(line.strip()) for line in lines):
            return None
        return "\n".join("" if _PAGE_FOOTER.fullmatch(x.strip()) else x for x in lines)
    out: list[Line] = []
    gap = page_break = False
    for raw in lines:
        line = raw.strip()
        if not line:
            gap = True
            continue
        if is_furniture(line):
            page_break = True
            continue
        first = line.split(" ", 1)[0]
        room = float(width - len(raw.rstrip()))
        out.append(
            Line(
                line,
                gap=gap and not page_break,
                page_break=page_break and bool(out),
                room=room,
                lead=len(first) + 1.0,
            )
        )
        gap = page_break = False
    return unwrap(out).text
