"""Typed adapter over diff-match-patch for word-level diffs.

Each token (a word, a run of whitespace, or one punctuation mark) is mapped to one
private-use code point, the code-point strings are diffed with ``diff_main`` and
cleaned with ``diff_cleanupSemantic`` while still in code-point form (so that no
boundary slides into a word), then mapped back. ``Diff_Timeout`` is 0, so the
result never depends on machine speed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Literal

from diff_match_patch import diff_match_patch

from statementdiff.models import Span, WordOp

__all__ = ["MAX_TOKENS", "OpKind", "count_words", "tokenize", "word_diff", "word_ops"]

OpKind = Literal["equal", "insert", "delete"]
"""The three word-diff operations."""

MAX_TOKENS = 1_000_000
"""Most distinct tokens one diff may hold (bounded by the code points available)."""

_TOKEN = re.compile(r"\w+(?:['\u2019]\w+)*|\s+|[^\w\s]")
_WORDLIKE = re.compile(r"\w")
_KIND: dict[int, OpKind] = {-1: "delete", 0: "equal", 1: "insert"}


def tokenize(text: str) -> list[str]:
    """Split text into words, whitespace runs and single punctuation marks.

    The tokens join back to the text exactly.

    >>> tokenize("We reaffirm, again.")
    ['We', ' ', 'reaffirm', ',', ' ', 'again', '.']
    """
    return _TOKEN.findall(text)


def count_words(text: str) -> int:
    """Count the word tokens of a text (punctuation and spaces are not words)."""
    return sum(1 for t in _TOKEN.findall(text) if _WORDLIKE.match(t))


def _code_points() -> Iterator[str]:
    yield from (chr(c) for c in range(0xE000, 0xF900))
    yield from (chr(c) for c in range(0xF0000, 0x10FFFE))


def _encode(tokens: list[str], table: dict[str, str], supply: Iterator[str]) -> str:
    out = []
    for token in tokens:
        code = table.get(token)
        if code is None:
            if len(table) >= MAX_TOKENS:
                raise ValueError(f"more than {MAX_TOKENS:,} distinct tokens in one word diff")
            code = table[token] = next(supply)
        out.append(code)
    return "".join(out)


def word_diff(a: str, b: str) -> list[tuple[OpKind, str]]:
    """Diff two texts word by word.

    Returns ``(kind, text)`` operations whose equal+delete texts join to ``a`` and
    whose equal+insert texts join to ``b``; a deletion comes before the insertion
    that replaces it.

    >>> for op in word_diff("We strongly oppose it.", "We oppose it firmly."):
    ...     print(op)
    ('equal', 'We ')
    ('delete', 'strongly ')
    ('equal', 'oppose it')
    ('insert', ' firmly')
    ('equal', '.')
    """
    if a == b:
        return [("equal", a)] if a else []
    if b < a:  # diff in one canonical direction, so that (b, a) mirrors (a, b) exactly
        return _flip(word_diff(b, a))
    if not a:
        return [("insert", b)]
    if not b:
        return [("delete", a)]
    table: dict[str, str] = {}
    supply = _code_points()
    ta, tb = tokenize(a), tokenize(b)
    ca, cb = _encode(ta, table, supply), _encode(tb, table, supply)
    reverse = {code: token for token, code in table.items()}
    dmp = diff_match_patch()
    dmp.Diff_Timeout = 0
    diffs: list[tuple[int, str]] = dmp.diff_main(ca, cb, False)
    dmp.diff_cleanupSemantic(diffs)
    ops: list[tuple[OpKind, str]] = []
    for code, chunk in diffs:
        kind = _KIND[code]
        text = "".join(reverse[c] for c in chunk)
        if not text:
            continue
        if ops and ops[-1][0] == kind:
            ops[-1] = (kind, ops[-1][1] + text)
        elif kind == "delete" and ops and ops[-1][0] != "equal":
            # keep "delete before insert" so a replacement reads left to right
            prev = ops.pop()
            if ops and ops[-1][0] == "delete":
                ops[-1] = ("delete", ops[-1][1] + text)
            else:
                ops.append(("delete", text))
            ops.append(prev)
        else:
            ops.append((kind, text))
    return ops


def _flip(ops: list[tuple[OpKind, str]]) -> list[tuple[OpKind, str]]:
    """Swap inserts and deletes, keeping deletions before insertions in each change."""
    swap: dict[OpKind, OpKind] = {"equal": "equal", "insert": "delete", "delete": "insert"}
    out: list[tuple[OpKind, str]] = []
    for kind, text in ops:
        kind = swap[kind]
        if kind == "delete" and out and out[-1][0] == "insert":
            out.insert(len(out) - 1, (kind, text))
        else:
            out.append((kind, text))
    return out


def word_ops(a_text: str, a_start: int, b_text: str, b_start: int) -> tuple[WordOp, ...]:
    """Word operations between two slices, with spans into their statements.

    Args:
        a_text: The slice of statement A (for example ``A.text[a_span]``).
        a_start: Where the slice starts in A's text.
        b_text: The slice of statement B.
        b_start: Where the slice starts in B's text.
    """
    out: list[WordOp] = []
    ia, ib = a_start, b_start
    for kind, text in word_diff(a_text, b_text):
        n = len(text)
        if kind == "equal":
            out.append(
                WordOp(
                    op=kind, text=text, a=Span(start=ia, end=ia + n), b=Span(start=ib, end=ib + n)
                )
            )
            ia += n
            ib += n
        elif kind == "delete":
            out.append(WordOp(op=kind, text=text, a=Span(start=ia, end=ia + n)))
            ia += n
        else:
            out.append(WordOp(op=kind, text=text, b=Span(start=ib, end=ib + n)))
            ib += n
    return tuple(out)
