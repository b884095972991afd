"""The hand-over format between the readers and the segmenter, and the rules both readers share.

A reader turns its input into one output text and a list of :class:`RawBlock` spans into it.
The helpers here decide what a printed list marker is (``"3."``, ``"(a)"``, ``"(iv)"``, ``"-"``),
how deep an item sits (:class:`ListContext`), which lines are separators (``***``, ``###``) and
which are release framing ("Begin Text:", "End Text").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from statementdiff.whitespace import normalize_space

__all__ = [
    "ListContext",
    "Marker",
    "RawBlock",
    "is_framing_marker",
    "is_lead_in",
    "is_separator",
    "is_short_lead_in",
    "match_marker",
]


@dataclass(frozen=True, slots=True)
class RawBlock:
    """A heading, paragraph or list item found by a reader.

    ``start``/``end`` is the half-open span of the whole block (marker included)
    in the reader's output text; ``body_start`` is where the prose starts, after
    any printed marker such as ``"3. "`` or ``"(a) "``.

    Attributes:
        kind: "heading", "paragraph" or "item".
        start: Start of the block (its marker included).
        end: End of the block (exclusive, trailing whitespace excluded).
        body_start: Start of the prose after the marker (``start`` when there is none).
        label: The printed marker without its trailing space ("3.", "(a)", "-"), or None.
        level: Nesting depth of a list item (0 for paragraphs and top-level items).
    """

    kind: Literal["heading", "paragraph", "item"]
    start: int
    end: int
    body_start: int
    label: str | None = None
    level: int = 0


MarkerKind = Literal["number", "alpha", "roman", "bullet"]


@dataclass(frozen=True, slots=True)
class Marker:
    """A printed list marker at the start of a block.

    Attributes:
        label: The marker as printed, without the space after it ("3.", "(a)", "•").
        kind: "number", "alpha", "roman" or "bullet".
        length: Characters from the start of the block to the start of the prose
            (marker plus the spaces after it).
    """

    label: str
    kind: MarkerKind
    length: int


BULLETS = "-\u2022*\u2013\u00b7\u25e6\u25aa\u25cf"
"""Characters accepted as bullets when followed by a space."""

_MARKER = re.compile(
    r"""(?:
        (?P<bullet>[-\u2022*\u2013\u00b7\u25e6\u25aa\u25cf])
      | (?P<num>\d{1,3}[.)])
      | (?P<pnum>\(\d{1,3}\))
      | \((?P<paren>[a-z]{1,2}|[ivxlc]{1,6}|[IVXLC]{1,6}|[A-Z])\)
      | (?P<dot>[a-z]|[ivx]{2,6})[.)]
    )[ \t]+(?=\S)""",
    re.VERBOSE,
)
_ROMAN = re.compile(r"(?:x{0,3})(?:ix|iv|v?i{0,3})", re.IGNORECASE)


def _is_roman(token: str) -> bool:
    return bool(token) and _ROMAN.fullmatch(token) is not None


def match_marker(text: str, pos: int = 0) -> Marker | None:
    """Return the list marker that starts ``text`` at ``pos``, or None.

    Uppercase "A." / "IV." markers are not list markers: they number headings
    ("A. Digital Infrastructure") and are left to the heading rules. A bullet
    followed by a second marker ("- a.", "- 1.", "• (i)") is one marker: the
    printed label inside it names the item, and the prose starts after both.

    Args:
        text: The text to look in.
        pos: Where the block starts.

    Returns:
        The marker, or None when the block does not start with one.

    Examples:
        >>> match_marker("(iv) conducting a joint study").label
        '(iv)'
        >>> match_marker("- a. Project selection")
        Marker(label='a.', kind='alpha', length=5)
    """
    m = _MARKER.match(text, pos)
    if m is None:
        return None
    if m.group("bullet"):
        # "- a. Project selection", "• (i) …": the printed label inside the bullet numbers the item.
        inner = _MARKER.match(text, m.end())
        if inner is not None and not inner.group("bullet"):
            marker = _marker(text, inner)
            return Marker(marker.label, marker.kind, inner.end() - m.start())
    return _marker(text, m)


def _marker(text: str, m: re.Match[str]) -> Marker:
    label = text[m.start() : m.end()].rstrip()
    kind: MarkerKind
    if m.group("bullet"):
        kind = "bullet"
    elif m.group("num") or m.group("pnum"):
        kind = "number"
    else:
        token = m.group("paren") or m.group("dot") or ""
        if token.isupper() and len(token) == 1 and not _is_roman(token):
            kind = "alpha"
        else:
            kind = "roman" if _is_roman(token) else "alpha"
    return Marker(label=label, kind=kind, length=m.end() - m.start())


def _letter(label: str) -> str:
    return label.strip("().").lower()


class ListContext:
    """Decides the nesting level of list items from the items before them.

    Numbered items ("3.") sit at level 0; letter items ("(a)") under a numbered
    item sit at level 1, roman items ("(i)") under a letter item one deeper.
    Bullets go one level under the nearest numbered or letter item. A heading
    or an unnumbered paragraph ends the list (call :meth:`reset`).
    """

    def __init__(self) -> None:
        self._number = False
        self._alpha: int | None = None
        self._last_alpha = ""

    def reset(self) -> None:
        """Forget the current list (after a heading or a plain paragraph)."""
        self._number = False
        self._alpha = None
        self._last_alpha = ""

    def level(self, marker: Marker) -> int:
        """Return the level of an item with this marker and remember it.

        Args:
            marker: The item's printed marker.

        Returns:
            The nesting depth (0 for top-level items).
        """
        kind = marker.kind
        letter = _letter(marker.label)
        # "(i)" after "(h)" is the ninth letter, not a roman one.
        if (
            kind == "roman"
            and len(letter) == 1
            and self._last_alpha
            and ord(letter) == ord(self._last_alpha) + 1
        ):
            kind = "alpha"
        if kind == "number":
            self._number, self._alpha, self._last_alpha = True, None, ""
            return 0
        if kind == "alpha":
            self._alpha = 1 if self._number else 0
            self._last_alpha = letter if len(letter) == 1 else ""
            return self._alpha
        if kind == "roman":
            if self._alpha is not None:
                return self._alpha + 1
            return 1 if self._number else 0
        if self._alpha is not None:
            return self._alpha + 1
        return 1 if self._number else 0


_SEPARATOR = re.compile(r"(?:\*[ \t]*){3,}|(?:#[ \t]*){3,}|-#{3}-|(?:-[ \t]*){3,}|(?:_[ \t]*){3,}")
_FRAMING = re.compile(r"(?:begin|end)(?: of)? (?:the )?text[.:]?", re.IGNORECASE)


def is_separator(line: str) -> bool:
    """True for a separator line such as ``***``, ``* * *``, ``###`` or ``---``.

    Examples:
        >>> is_separator("* * *"), is_separator("* item")
        (True, False)
    """
    return _SEPARATOR.fullmatch(line.strip()) is not None


def is_framing_marker(text: str) -> bool:
    """True for the release markers "Begin Text:" and "End Text." that frame a statement.

    Examples:
        >>> is_framing_marker("Begin text:"), is_framing_marker("End Text")
        (True, True)
    """
    return _FRAMING.fullmatch(normalize_space(text)) is not None


MAX_LEAD_IN_CHARS = 100
"""Longest "…:" lead-in line that becomes a heading when a list item follows it."""
_SENTENCE_BREAK = re.compile(r"[.!?] +[A-Z]")


def is_lead_in(text: str) -> bool:
    """True for a list lead-in that reads as a heading when items follow it.

    Lead-ins end with ":" and are one sentence of at most ``MAX_LEAD_IN_CHARS``
    characters ("We are taking concrete steps to:"). Longer lead-ins stay paragraphs.

    Examples:
        >>> is_lead_in("We are taking concrete steps to:"), is_lead_in("We agree.")
        (True, False)
    """
    return (
        text.endswith(":")
        and len(text) <= MAX_LEAD_IN_CHARS
        and "\n" not in text
        and _SENTENCE_BREAK.search(text) is None
    )


def is_short_lead_in(text: str) -> bool:
    """True for a label line of at most three words ending with ":" ("Annex:", "See Also:")."""
    return text.endswith(":") and len(text.split()) <= 3
