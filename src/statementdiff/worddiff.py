"""Typed adapter over diff-match-patch for word-level diffs.

Each *unit* (a word or one punctuation mark with the whitespace before it) is
mapped to one private-use code point keyed by the word alone, so whitespace never
takes part in the match and the strings diffed are half as long as with separate
whitespace tokens. Runs of units found on one side only cannot match anything;
each run is folded into one code point for ``diff_main`` (this shortens the
O(N·D) search without changing which units match) and expanded again before
``diff_cleanupSemantic``. The code points are then mapped back: inside an equal
stretch a unit whose whitespace differs on the two sides becomes a whitespace
delete/insert before the equal word. ``Diff_Timeout`` is 0, so the result never
depends on machine speed.
"""

from __future__ import annotations

import re
from typing import Literal

from diff_match_patch import diff_match_patch

from statementdiff.errors import CompareValueError
from statementdiff.models import Span, WordOp

__all__ = ["MAX_TOKENS", "OpKind", "count_words", "tokenize", "word_diff", "word_ops"]

OpKind = Literal["equal", "insert", "delete"]
"""The three word-diff operations."""

MAX_TOKENS = 1_000_000
"""Most distinct tokens one diff may hold (bounded by the code points available)."""

_TOKEN = re.compile(r"\w+(?:['\u2019]\w+)*|\s+|[^\w\s]")
_UNIT = re.compile(r"\s*(?:\w+(?:['\u2019]\w+)*|[^\w\s])|\s+")
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


_BMP_CODES = 0xF900 - 0xE000  # private-use code points of the BMP, then plane 15


def _code(n: int) -> str:
    """The n-th private-use code point (U+E000…U+F8FF, then U+F0000…U+10FFFD)."""
    if n < _BMP_CODES:
        return chr(0xE000 + n)
    if n < _BMP_CODES + 0x10FFFE - 0xF0000:
        return chr(0xF0000 + n - _BMP_CODES)
    raise CompareValueError(
        "too many distinct words in one word diff (code points ran out); "
        "the compared clauses are too large to diff word by word"
    )


class _Codes:
    """Hands out code points: one per distinct word, and fresh ones for folded runs."""

    def __init__(self) -> None:
        self.table: dict[str, str] = {}
        self.used = 0

    def fresh(self) -> str:
        code = _code(self.used)
        self.used += 1
        return code

    def encode(self, keys: list[str]) -> str:
        table = self.table
        out = []
        for key in keys:
            code = table.get(key)
            if code is None:
                if len(table) >= MAX_TOKENS:
                    raise CompareValueError(
                        f"more than {MAX_TOKENS:,} distinct tokens in one word diff; "
                        "the compared clauses are too large to diff word by word"
                    )
                code = table[key] = self.fresh()
            out.append(code)
        return "".join(out)


def _collapse(codes: str, shared: set[str], runs: dict[str, str], supply: _Codes) -> str:
    """Fold each run of codes absent from the other side into one fresh code."""
    out: list[str] = []
    start = -1
    for k, c in enumerate(codes):
        if c in shared:
            if start >= 0:
                out.append(_run(codes[start:k], runs, supply))
                start = -1
            out.append(c)
        elif start < 0:
            start = k
    if start >= 0:
        out.append(_run(codes[start:], runs, supply))
    return "".join(out)


def _run(chunk: str, runs: dict[str, str], supply: _Codes) -> str:
    if len(chunk) == 1:
        return chunk
    code = supply.fresh()
    runs[code] = chunk
    return code


def _push(ops: list[tuple[OpKind, str]], kind: OpKind, text: str) -> None:
    """Append an operation, merging neighbours and keeping a deletion before its insertion."""
    if not text:
        return
    if ops and ops[-1][0] == kind:
        ops[-1] = (kind, ops[-1][1] + text)
    elif kind == "delete" and ops and ops[-1][0] == "insert":
        prev = ops.pop()
        before = ops[-1] if ops else None
        if before is not None and before[0] == "delete":
            ops[-1] = ("delete", before[1] + text)
        else:
            ops.append(("delete", text))
        ops.append(prev)
    else:
        ops.append((kind, text))


def word_diff(a: str, b: str) -> list[tuple[OpKind, str]]:
    """Diff two texts word by word.

    Returns ``(kind, text)`` operations whose equal+delete texts join to ``a`` and
    whose equal+insert texts join to ``b``; a deletion comes before the insertion
    that replaces it.

    Raises:
        CompareValueError: The texts hold more distinct words than there are
            private-use code points (about 137,000) or than :data:`MAX_TOKENS`.

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
    ua, ub = _UNIT.findall(a), _UNIT.findall(b)
    supply = _Codes()
    ca = supply.encode([u.lstrip() or " " for u in ua])
    cb = supply.encode([u.lstrip() or " " for u in ub])
    shared = set(ca) & set(cb)
    runs: dict[str, str] = {}
    dmp = diff_match_patch()
    dmp.Diff_Timeout = 0
    diffs: list[tuple[int, str]] = dmp.diff_main(
        _collapse(ca, shared, runs, supply), _collapse(cb, shared, runs, supply), False
    )
    if runs:
        diffs = [(op, "".join(runs.get(c, c) for c in chunk)) for op, chunk in diffs]
    dmp.diff_cleanupSemantic(diffs)
    ops: list[tuple[OpKind, str]] = []
    ia = ib = 0
    for code, chunk in diffs:
        n = len(chunk)
        if code < 0:
            _push(ops, "delete", "".join(ua[ia : ia + n]))
            ia += n
        elif code > 0:
            _push(ops, "insert", "".join(ub[ib : ib + n]))
            ib += n
        else:
            for x, y in zip(ua[ia : ia + n], ub[ib : ib + n], strict=True):
                if x == y:
                    _push(ops, "equal", x)
                else:  # the same word after different whitespace
                    word = x.lstrip()
                    _push(ops, "delete", x[: len(x) - len(word)])
                    _push(ops, "insert", y[: len(y) - len(word)])
                    _push(ops, "equal", word)
            ia += n
            ib += n
    return _tidy(ops)


def _tidy(ops: list[tuple[OpKind, str]]) -> list[tuple[OpKind, str]]:
    """Put whitespace where a reader expects it (units carry the whitespace before a word).

    Whitespace that opens both sides of a replacement joins the equal text before it
    (``"We " -support +supported``), and a lone insertion or deletion that opens with
    the same whitespace as the equal text after it slides over it
    (``"We " +"strongly " "reaffirm"``, not ``"We" +" strongly" " reaffirm"``).
    """
    out: list[tuple[OpKind, str]] = []
    k = 0
    while k < len(ops):
        kind, text = ops[k]
        if kind == "delete" and k + 1 < len(ops) and ops[k + 1][0] == "insert":
            other = ops[k + 1][1]
            ws = _leading_space(text)
            if ws and other.startswith(ws) and len(ws) < min(len(text), len(other)):
                _push(out, "equal", ws)
                _push(out, "delete", text[len(ws) :])
                _push(out, "insert", other[len(ws) :])
                k += 2
                continue
        if kind != "equal" and out and out[-1][0] == "equal" and k + 1 < len(ops):
            after = ops[k + 1]
            ws = _leading_space(text)
            if ws and after[0] == "equal" and after[1].startswith(ws) and len(ws) < len(text):
                _push(out, "equal", ws)
                _push(out, kind, text[len(ws) :] + ws)
                ops[k + 1] = ("equal", after[1][len(ws) :])
                k += 1
                continue
        _push(out, kind, text)
        k += 1
    return out


def _leading_space(text: str) -> str:
    return text[: len(text) - len(text.lstrip())]


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

    Returns:
        The operations in order, each with its span in A, in B, or in both.

    Raises:
        CompareValueError: The slices are too large to diff word by word (see :func:`word_diff`).
    """
    out: list[WordOp] = []
    ia, ib = a_start, b_start
    # the spans are right by construction: skip pydantic validation (a compare builds
    # thousands of these)
    span = Span.model_construct
    op = WordOp.model_construct
    for kind, text in word_diff(a_text, b_text):
        n = len(text)
        if kind == "equal":
            out.append(
                op(op=kind, text=text, a=span(start=ia, end=ia + n), b=span(start=ib, end=ib + n))
            )
            ia += n
            ib += n
        elif kind == "delete":
            out.append(op(op=kind, text=text, a=span(start=ia, end=ia + n), b=None))
            ia += n
        else:
            out.append(op(op=kind, text=text, a=None, b=span(start=ib, end=ib + n)))
            ib += n
    return tuple(out)
