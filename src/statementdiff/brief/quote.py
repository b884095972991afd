"""Short quotations for the brief's summaries: clause ids and the words around a point."""

from __future__ import annotations

import re

from statementdiff.whitespace import normalize_space

__all__ = ["QUOTE_WORDS", "cite", "excerpt", "times"]

QUOTE_WORDS = 14
"""Most words a quotation shows; longer clauses are cut around the point quoted."""

_WORD = re.compile(r"\S+")


def excerpt(text: str, focus: str | None = None, *, words: int = QUOTE_WORDS) -> str:
    """The words of ``text`` around the first occurrence of ``focus`` (else its start).

    Examples:
        >>> excerpt("one two three four five six", "four", words=3)
        '… three four five …'
        >>> excerpt("short text")
        'short text'
    """
    spans = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    if len(spans) <= words:
        return normalize_space(text)
    at = 0
    if focus:
        found = text.lower().find(focus.lower())
        if found >= 0:
            at = next((i for i, (_, end) in enumerate(spans) if end > found), 0)
    first = max(0, min(at - words // 3, len(spans) - words))
    last = first + words
    body = text[spans[first][0] : spans[last - 1][1]]
    body = normalize_space(body)
    return ("… " if first > 0 else "") + body + (" …" if last < len(spans) else "")


def cite(clause_id: str, text: str, focus: str | None = None) -> str:
    """A clause id and a quotation of its words: ``sec2.p3.s1.c1 'China's actions …'``."""
    return f"{clause_id} '{excerpt(text, focus)}'"


def times(n: int) -> str:
    """'once', 'twice', '3 times'."""
    return {1: "once", 2: "twice"}.get(n, f"{n} times")
