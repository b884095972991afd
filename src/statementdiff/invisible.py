r"""One table of invisible format characters, which the readers delete before segmentation.

Zero-width spaces and joiners, the word joiner, a byte order mark inside the text, the soft
hyphen and the bidirectional controls print as nothing, so two statements that differ only in
them read the same. Both readers (plain text and HTML) delete them with this table, so
``Statement.text`` never holds one and they can never show up as a change. The module imports
nothing from the package; any stage may use it.

The characters: U+00AD soft hyphen; U+200B-U+200D zero-width space, non-joiner and joiner;
U+200E/U+200F left-to-right and right-to-left marks; U+202A-U+202E bidi embeddings and
overrides; U+2060-U+2064 word joiner and invisible operators (U+2065 is unassigned);
U+2066-U+2069 bidi isolates; U+FEFF zero-width no-break space (a BOM inside the text).
"""

from __future__ import annotations

import re

__all__ = ["INVISIBLE", "INVISIBLE_TABLE", "strip_invisible"]

_CODES = (0x00AD, *range(0x200B, 0x2010), *range(0x202A, 0x202F), *range(0x2060, 0x206A), 0xFEFF)

INVISIBLE = frozenset(map(chr, _CODES))
"""Every character the readers delete."""

INVISIBLE_TABLE: dict[int, None] = dict.fromkeys(sorted(map(ord, INVISIBLE)))
"""A :meth:`str.translate` table that deletes :data:`INVISIBLE`."""

_INVISIBLE_RE = re.compile("[" + "".join(sorted(INVISIBLE)) + "]")


def strip_invisible(text: str) -> str:
    r"""Delete the invisible format characters (one regex pass; a no-op when there are none).

    Examples:
        >>> strip_invisible("We re\u200baffirm our\u00ad Alliance\u2069.")
        'We reaffirm our Alliance.'
    """
    return _INVISIBLE_RE.sub("", text)
