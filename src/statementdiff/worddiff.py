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

diff-match-patch is O(N·D): two long clauses with the same words in another order
take minutes. So the work is bounded by size, never by a clock: when the two code
strings (after the common prefix and suffix) hold more than :data:`DMP_CELLS` cells
(length times length), they are first cut at *anchors*, the longest in-order chain
of codes that occur once on each side (patience diff), and each stretch between
anchors is diffed the same way. Stretches are cut again (codes unique within the
stretch) until they hold at most 1,024 cells. A larger stretch with no such code (or
64 cuts deep) is diffed whole while the stretches so diffed hold at most
:data:`DMP_CELLS` cells in all; past that it is shown as deleted and inserted whole
(a *coarse* stretch), and ``coarse`` receives a note, which
:func:`statementdiff.compare` adds to the diff's notes. Clauses under the
limit (every clause of the corpus) are diffed exactly as before. ``diff_cleanupSemantic``
is quadratic in the operations too: a diff of more than :data:`CLEANUP_OPS` is cleaned
in pieces of about a quarter of that, each ending after an equality.
"""

from __future__ import annotations

import bisect
import re
from typing import Literal

from diff_match_patch import diff_match_patch

from statementdiff.errors import CompareValueError
from statementdiff.models import Span, WordOp

__all__ = [
    "DMP_CELLS",
    "MAX_TOKENS",
    "OpKind",
    "count_words",
    "tokenize",
    "word_diff",
    "word_ops",
]

OpKind = Literal["equal", "insert", "delete"]
"""The three word-diff operations."""

MAX_TOKENS = 1_000_000
"""Most distinct tokens one diff may hold (bounded by the code points available)."""

DMP_CELLS = 4_000_000
"""Most cells (units of a times units of b) diffed in one diff-match-patch call (about 1 s)."""

CLEANUP_OPS = 400
"""Most operations given to one ``diff_cleanupSemantic`` call (it is quadratic in them)."""

_STRETCH_CELLS = 1_024  # over DMP_CELLS, stretches between anchors are cut down to this
_MAX_DEPTH = 64  # most nested anchor cuts (each costs a pass over its stretch)

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


def word_diff(
    a: str, b: str, coarse: list[str] | None = None, *, semantic: bool = True
) -> list[tuple[OpKind, str]]:
    """Diff two texts word by word.

    Returns ``(kind, text)`` operations whose equal+delete texts join to ``a`` and
    whose equal+insert texts join to ``b``; a deletion comes before the insertion
    that replaces it.

    Args:
        a: The old text.
        b: The new text.
        coarse: When given, receives one note per stretch too large to diff word by
            word and shown replaced whole (see the module docstring).
        semantic: Merge short equal runs between changes into the changes
            (``diff_cleanupSemantic``, what a reader wants); False keeps every equal word.

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
        return _flip(word_diff(b, a, coarse, semantic=semantic))
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
    diffs = _bounded(
        dmp, _collapse(ca, shared, runs, supply), _collapse(cb, shared, runs, supply), coarse
    )
    if runs:
        diffs = [(op, "".join(runs.get(c, c) for c in chunk)) for op, chunk in diffs]
    if semantic:
        diffs = _cleanup(dmp, diffs)
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


def _bounded(
    dmp: diff_match_patch, a: str, b: str, coarse: list[str] | None
) -> list[tuple[int, str]]:
    """``dmp.diff_main(a, b)``, cut at unique anchors where that would be too much work."""
    if len(a) * len(b) <= DMP_CELLS:
        out: list[tuple[int, str]] = dmp.diff_main(a, b, False)
        return out
    diffs: list[tuple[int, str]] = []
    wholes: list[tuple[int, int]] = []  # coarse stretches: words of a, words of b
    spare = DMP_CELLS  # cells left for stretches without anchors
    stack = [(a, b, 0)]  # stretches left to diff (and their depth), the next one last
    while stack:
        x, y, depth = stack.pop()
        n = _common_prefix(x, y)
        if n:
            diffs.append((0, x[:n]))
            x, y = x[n:], y[n:]
        m = _common_prefix(x[::-1], y[::-1])
        tail = x[len(x) - m :] if m else ""
        x, y = x[: len(x) - m], y[: len(y) - m]
        if tail:
            stack.append((tail, tail, depth))  # taken after this stretch's pieces
        if not x or not y:
            if x:
                diffs.append((-1, x))
            if y:
                diffs.append((1, y))
            continue
        if len(x) * len(y) <= (DMP_CELLS if depth == 0 else _STRETCH_CELLS):
            diffs.extend(dmp.diff_main(x, y, False))
            continue
        anchors = _anchors(x, y) if depth < _MAX_DEPTH else []
        if not anchors and len(x) * len(y) <= spare:
            spare -= len(x) * len(y)
            diffs.extend(dmp.diff_main(x, y, False))
            continue
        if not anchors:
            wholes.append((len(x), len(y)))
            diffs.extend([(-1, x), (1, y)])
            continue
        pieces = []
        i0 = j0 = 0
        for i, j in anchors:
            pieces.append((x[i0:i], y[j0:j], depth + 1))
            pieces.append((x[i], y[j], depth + 1))
            i0, j0 = i + 1, j + 1
        pieces.append((x[i0:], y[j0:], depth + 1))
        stack.extend(reversed(pieces))
    if wholes and coarse is not None:
        coarse.append(
            f"{len(wholes)} stretch(es) of {sum(w[0] for w in wholes):,} and "
            f"{sum(w[1] for w in wholes):,} tokens without a word found once on each side "
            "were too large to diff word by word and are shown replaced whole"
        )
    return _merge(diffs)


def _cleanup(dmp: diff_match_patch, diffs: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """``diff_cleanupSemantic``, on pieces of :data:`CLEANUP_OPS` operations when there are more.

    A piece ends after an equality, so the pieces join back to the same two texts.
    """
    if len(diffs) <= CLEANUP_OPS:
        dmp.diff_cleanupSemantic(diffs)
        return diffs
    out: list[tuple[int, str]] = []
    start = 0
    while start < len(diffs):
        end = min(start + CLEANUP_OPS // 4, len(diffs))
        while end < len(diffs) and diffs[end - 1][0] != 0:
            end += 1
        piece = diffs[start:end]
        dmp.diff_cleanupSemantic(piece)
        out.extend(piece)
        start = end
    return _merge(out)


def _common_prefix(x: str, y: str) -> int:
    n = min(len(x), len(y))
    lo, hi = 0, n
    while lo < hi:  # binary search on slices: C speed for long equal stretches
        mid = (lo + hi + 1) // 2
        if x[:mid] == y[:mid]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _anchors(x: str, y: str) -> list[tuple[int, int]]:
    """The longest chain, in order on both sides, of codes found once in x and once in y."""
    once_x: dict[str, int] = {}
    seen: set[str] = set()
    for i, ch in enumerate(x):
        if ch in seen:
            once_x.pop(ch, None)
        else:
            seen.add(ch)
            once_x[ch] = i
    once_y: dict[str, int] = {}
    seen = set()
    for j, ch in enumerate(y):
        if ch in seen:
            once_y.pop(ch, None)
        else:
            seen.add(ch)
            once_y[ch] = j
    pairs = sorted((i, once_y[ch]) for ch, i in once_x.items() if ch in once_y)
    # longest increasing subsequence of the y positions (patience sorting)
    tails: list[int] = []
    tail_at: list[int] = []
    back = [-1] * len(pairs)
    for k, (_, j) in enumerate(pairs):
        p = bisect.bisect_left(tails, j)
        back[k] = tail_at[p - 1] if p else -1
        if p == len(tails):
            tails.append(j)
            tail_at.append(k)
        else:
            tails[p] = j
            tail_at[p] = k
    chain: list[tuple[int, int]] = []
    k = tail_at[-1] if tail_at else -1
    while k >= 0:
        chain.append(pairs[k])
        k = back[k]
    return chain[::-1]


def _merge(diffs: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Join neighbours of the same kind; a deletion before the insertion next to it."""
    out: list[tuple[int, str]] = []
    for op, text in diffs:
        if not text:
            continue
        if out and out[-1][0] == op:
            out[-1] = (op, out[-1][1] + text)
        elif op == -1 and out and out[-1][0] == 1:
            ins = out.pop()
            if out and out[-1][0] == -1:
                out[-1] = (-1, out[-1][1] + text)
            else:
                out.append((-1, text))
            out.append(ins)
        else:
            out.append((op, text))
    return out


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


def word_ops(
    a_text: str, a_start: int, b_text: str, b_start: int, coarse: list[str] | None = None
) -> tuple[WordOp, ...]:
    """Word operations between two slices, with spans into their statements.

    Args:
        a_text: The slice of statement A (for example ``A.text[a_span]``).
        a_start: Where the slice starts in A's text.
        b_text: The slice of statement B.
        b_start: Where the slice starts in B's text.
        coarse: Receives a note per stretch shown replaced whole (see :func:`word_diff`).

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
    for kind, text in word_diff(a_text, b_text, coarse):
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
