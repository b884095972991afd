r"""Control characters made visible: the one rule for every report and the command line.

Text from a statement (clause words, titles, file names, entity and topic names) can
hold terminal escape sequences and other control characters. Printed raw, ``ESC [ 2 J``
clears the screen, ``ESC ] 8`` plants a link and a carriage return overwrites what came
before. Every text, Markdown, HTML and CSV report and every message of the command line
passes the text it shows through :func:`visible`:

- each C0 control (U+0000-U+001F), DEL (U+007F) and C1 control (U+0080-U+009F) is
  written as a Python-style escape of four ASCII characters, ``\x1b`` (lower-case hex);
- newline and tab are kept: where a report shows them they are layout.

Escapes rather than Unicode control pictures ("␛"): the C1 range has no pictures, and
plain ASCII survives every terminal font, pipe and encoding. Where a report joins words
with single spaces, the controls that count as whitespace (form feed, vertical tab,
carriage return, U+001C-U+001F, U+0085) are spaces like any other before this rule applies.
JSON needs none of this: the models' ``to_json`` writes every control as a ``\u`` escape.
"""

from __future__ import annotations

import re

__all__ = ["CONTROLS", "visible"]

_KEPT = frozenset({0x09, 0x0A})
_TABLE = {
    code: f"\\x{code:02x}" for code in (*range(0x20), *range(0x7F, 0xA0)) if code not in _KEPT
}

CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
"""Matches a control character that :func:`visible` rewrites (every C0/C1 but ``\n``, ``\t``)."""


def visible(text: str) -> str:
    r"""Write every control character but newline and tab as a ``\xNN`` escape.

    Applying it twice changes nothing more: its output holds no control character.

    Examples:
        >>> print(visible("We \x1b[31magree\x1b[0m.\r"))
        We \x1b[31magree\x1b[0m.\x0d
        >>> visible("line\n\tindented") == "line\n\tindented"
        True
    """
    if text.isprintable():  # most words and names: nothing to do
        return text
    return CONTROLS.sub(_escape, text)  # much faster than str.translate on non-ASCII text


def _escape(match: re.Match[str]) -> str:
    return _TABLE[ord(match.group())]
