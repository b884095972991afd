"""Run-in headings: the title that opens a list item before a colon.

Fact sheets open items with a title: "- Enhancing Cooperation on Clean Energy and
Decarbonization: The United States and the ROK held …". The title is a clause of its own
sentence, but it names a subject; it makes no claim. Its words have no verb the parties
speak, so a stance, modal or actor compared with it would report what a title lacks, not
what the parties changed ("We will expand clean energy cooperation" against the title
above is no "'will' removed").
"""

from __future__ import annotations

import re

__all__ = ["MAX_HEADING_WORDS", "is_run_in_heading"]

MAX_HEADING_WORDS = 12
"""A run-in heading has at most this many words."""

_MINOR = frozenset(
    {"a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the"}
    | {"to", "with", "vs", "via", "&"}
)
"""Words a title leaves in lower case."""

_WORD = re.compile(r"[^\s\u2013\u2014/]+")


def is_run_in_heading(text: str, after: str) -> bool:
    """True when ``text`` is a title that a colon closes (``after`` is the text after it).

    Every word is capitalised (or a number, or a word titles leave in lower case), the
    first one too, and there are at most :data:`MAX_HEADING_WORDS` of them.

    Examples:
        >>> is_run_in_heading("Deepening U.S.-ROK Health Cooperation", ": The two …")
        True
        >>> is_run_in_heading("We will deepen our cooperation", ": health, energy")
        False
        >>> is_run_in_heading("Deepening U.S.-ROK Health Cooperation", ". The two …")
        False
    """
    if not after.lstrip().startswith(":"):
        return False
    words = [w.strip("\"'\u2018\u2019\u201c\u201d()[],") for w in _WORD.findall(text)]
    words = [w for w in words if w]
    if not words or len(words) > MAX_HEADING_WORDS or not words[0][:1].isupper():
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w.casefold() in _MINOR for w in words)
