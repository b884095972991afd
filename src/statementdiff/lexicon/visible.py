r"""Lexicon matching that reads through invisible characters inside words.

Zero-width spaces and joiners, soft hyphens, word joiners, byte-order marks and bidi
controls print nothing. Copied web text often carries them inside a word
(``"re\u200baffirm"``), and a regular expression sees two words there, so the stance verb
"affirm" would be found where a reader sees "reaffirm". :func:`finditer` matches the text as
it reads (the invisible characters removed) and reports every hit at its offsets in the
real text, so spans still slice the statement exactly.

Examples:
    >>> from statementdiff.lexicon.lexicon import Lexicon
    >>> stance = Lexicon.default().matchers.stance
    >>> [(h.key, h.start, h.end) for h in finditer(stance, "We re\u200baffirm it.")]
    [('reaffirm', 3, 12)]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from statementdiff.lexicon.matchers import Hit, PhraseMatcher

__all__ = ["INVISIBLE", "finditer", "strip_invisible"]

INVISIBLE = (
    "\u00ad"  # soft hyphen
    "\u034f"  # combining grapheme joiner
    "\u061c"  # Arabic letter mark
    "\u180e"  # Mongolian vowel separator
    "\u200b\u200c\u200d"  # zero-width space, non-joiner, joiner
    "\u200e\u200f"  # left-to-right and right-to-left marks
    "\u202a\u202b\u202c\u202d\u202e"  # bidi embeddings and overrides
    "\u2060\u2061\u2062\u2063\u2064"  # word joiner, invisible operators
    "\u2066\u2067\u2068\u2069"  # bidi isolates
    "\ufeff"  # zero-width no-break space (byte-order mark)
)
"""Characters that print nothing and never separate words for the lexicon."""

_INVISIBLE = re.compile(f"[{INVISIBLE}]")
_DROP = str.maketrans(dict.fromkeys(INVISIBLE))


def strip_invisible(text: str) -> str:
    r"""``text`` without the :data:`INVISIBLE` characters.

    Examples:
        >>> strip_invisible("peace\u00adful")
        'peaceful'
    """
    return text if text.isascii() else text.translate(_DROP)


def finditer(
    matcher: PhraseMatcher, text: str, start: int = 0, end: int | None = None
) -> Iterator[Hit]:
    """The matcher's hits in ``text[start:end]``, read with invisible characters removed.

    Args:
        matcher: A compiled lexicon matcher.
        text: The text (usually a whole statement).
        start: Where the scan starts.
        end: Where it ends (the end of ``text`` when None).

    Yields:
        Hits in text order, at absolute offsets in ``text``; a hit's ``text`` is the slice
        of ``text`` it spans, invisible characters included.
    """
    stop = len(text) if end is None else end
    if text.isascii() or _INVISIBLE.search(text, start, stop) is None:
        yield from matcher.finditer(text, start, end)
        return
    # one visible character before ``start`` keeps the matcher's word-boundary test right
    left = start
    while left > 0 and text[left - 1] in INVISIBLE:
        left -= 1
    left = max(left - 1, 0)
    kept = [i for i in range(left, stop) if text[i] not in INVISIBLE]
    clean = "".join(text[i] for i in kept)
    for hit in matcher.finditer(clean, bisect.bisect_left(kept, start)):
        first, last = kept[hit.start], kept[hit.end - 1] + 1
        yield Hit(hit.key, first, last, text[first:last])
