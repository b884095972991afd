"""The word operations of one pair as hunks: the view the labelling rules read.

A *hunk* is a run of deletes and inserts between two equal words; it has a range
on side A (what was deleted) and one on side B (what was inserted), either of
which may be empty. :class:`View` rebuilds the two sides' texts from the pair's
operations and maps positions from one side to the other through the equal runs.
A hunk that only respells words ("defence" → "defense", by the lexicon's spelling table)
is no hunk: its words count as kept on both sides.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from statementdiff.lexicon.matchers import Hit
from statementdiff.lexicon.spelling import Spelling
from statementdiff.models import Pair
from statementdiff.worddiff import word_diff

__all__ = ["Hunk", "Side", "View", "fine_hunks", "scan", "view", "words"]

_WORD = re.compile(r"\w+")


def words(text: str) -> list[str]:
    """The words of ``text`` (runs of word characters)."""
    return _WORD.findall(text)


@dataclass(slots=True)
class Side:
    """One side of a pair: its text (offset ``base`` in the statement) and changed ranges."""

    text: str
    base: int
    changed: list[tuple[int, int]] = field(default_factory=list)

    def slice(self, start: int, end: int) -> str:
        """The text of the absolute range ``[start, end)``."""
        return self.text[start - self.base : end - self.base]

    def touched(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` overlaps a deleted (A) or inserted (B) word."""
        return any(start < e and s < end for s, e in self.changed)


@dataclass(frozen=True, slots=True)
class Hunk:
    """A run of deletes and inserts: its absolute range on each side (either may be empty)."""

    a: tuple[int, int]
    b: tuple[int, int]


@dataclass(frozen=True, slots=True)
class View:
    """Both sides of a pair, its hunks and its equal runs."""

    a: Side
    b: Side
    hunks: tuple[Hunk, ...]
    equal: list[tuple[int, int, int]]  # (a_start, a_end, b_start) of equal ops

    def hunk_at(self, side: str, start: int, end: int) -> Hunk | None:
        """The hunk whose range on ``side`` overlaps ``[start, end)``."""
        for hunk in self.hunks:
            s, e = hunk.a if side == "a" else hunk.b
            if start < e and s < end:
                return hunk
        return None

    def counterpart(self, side: str, start: int, end: int) -> tuple[int, int]:
        """The range on the other side that corresponds to ``[start, end)`` on ``side``."""
        lo, hi = start, end
        for a_start, a_end, b_start in self.equal:
            s0, e0, t0 = (
                (a_start, a_end, b_start)
                if side == "a"
                else (b_start, b_start + a_end - a_start, a_start)
            )
            if s0 <= start < e0:
                lo = t0 + start - s0
            if s0 < end <= e0:
                hi = t0 + end - s0
        for hunk in self.hunks:
            own, other = (hunk.a, hunk.b) if side == "a" else (hunk.b, hunk.a)
            if own[0] <= start < max(own[1], own[0] + 1):
                lo = other[0]
            if own[0] < end <= own[1]:
                hi = other[1]
        return lo, max(lo, hi)

    def hunk_words(self, hunk: Hunk, side: str) -> list[str]:
        """The words a hunk deleted (``side="a"``) or inserted (``side="b"``)."""
        return words(self.a.slice(*hunk.a) if side == "a" else self.b.slice(*hunk.b))

    def to_b(self, position: int) -> int | None:
        """The position in B of an A position inside (or at the end of) an equal run."""
        for a_start, a_end, b_start in self.equal:
            if a_start <= position < a_end or position == a_end:
                return b_start + position - a_start
        return None

    def kept_in_b(self, start: int, end: int) -> tuple[int, int] | None:
        """Where the A range ``[start, end)`` stands in B, when one equal run holds all of it.

        Unlike :meth:`to_b`, a range that starts where an insertion ends maps after the
        insertion, so the answer does not depend on which side is called A.
        """
        for a_start, a_end, b_start in self.equal:
            if a_start <= start and end <= a_end and start < end:
                return b_start + start - a_start, b_start + end - a_start
        return None


def view(pair: Pair, spelling: Spelling | None = None) -> View:
    """Rebuild the two sides of ``pair`` from its word operations and group them into hunks.

    Args:
        pair: The pair.
        spelling: Spelling variants: a hunk whose two sides differ in them only is dropped
            and its words count as kept (None: every hunk stays).
    """
    a = Side(text=" " * len(pair.a_span), base=pair.a_span.start)
    b = Side(text=" " * len(pair.b_span), base=pair.b_span.start)
    a_chars, b_chars = list(a.text), list(b.text)
    a_pos, b_pos = pair.a_span.start, pair.b_span.start
    ranges: list[list[int]] = []  # [a_start, a_end, b_start, b_end] of each hunk
    equal: list[tuple[int, int, int]] = []
    current: list[int] | None = None
    for op in pair.ops:
        size = len(op.text)
        if op.op in ("equal", "delete"):
            a_pos = op.a.start if op.a is not None else a_pos
            a_chars[a_pos - a.base : a_pos - a.base + size] = op.text
        if op.op in ("equal", "insert"):
            b_pos = op.b.start if op.b is not None else b_pos
            b_chars[b_pos - b.base : b_pos - b.base + size] = op.text
        if op.op == "equal":
            equal.append((a_pos, a_pos + size, b_pos))
            current = None
        else:
            if current is None:
                current = [a_pos, a_pos, b_pos, b_pos]
                ranges.append(current)
            if op.op == "delete":
                current[1] = a_pos + size
                a.changed.append((a_pos, a_pos + size))
            else:
                current[3] = b_pos + size
                b.changed.append((b_pos, b_pos + size))
        if op.op in ("equal", "delete"):
            a_pos += size
        if op.op in ("equal", "insert"):
            b_pos += size
    a.text, b.text = "".join(a_chars)[: len(pair.a_span)], "".join(b_chars)[: len(pair.b_span)]
    if spelling is not None:
        ranges = _drop_respelled(ranges, a, b, equal, spelling)
    hunks = tuple(Hunk(a=(r[0], r[1]), b=(r[2], r[3])) for r in ranges)
    return View(a=a, b=b, hunks=hunks, equal=equal)


def _drop_respelled(
    ranges: list[list[int]],
    a: Side,
    b: Side,
    equal: list[tuple[int, int, int]],
    spelling: Spelling,
) -> list[list[int]]:
    """The hunk ranges that change more than spelling; respelled ones count as kept."""
    kept: list[list[int]] = []
    for r in ranges:
        old, new = a.slice(r[0], r[1]), b.slice(r[2], r[3])
        if not (old.strip() and new.strip() and spelling.same(old.strip(), new.strip())):
            kept.append(r)
            continue
        a.changed = [c for c in a.changed if not (r[0] <= c[0] and c[1] <= r[1])]
        b.changed = [c for c in b.changed if not (r[2] <= c[0] and c[1] <= r[3])]
        if r[1] - r[0] == r[3] - r[2]:  # same length: positions map one to one
            equal.append((r[0], r[1], r[2]))
    equal.sort()
    return kept


def scan(hits: Iterable[Hit], side: Side) -> list[Hit]:
    """The hits that overlap a changed word of ``side``."""
    return [h for h in hits if side.touched(h.start, h.end)]


def fine_hunks(view: View, hunk: Hunk) -> list[Hunk]:
    """The hunks inside a replacement ``hunk`` once every equal word in it is kept.

    The pair's operations merge short equal runs into the changes around them, as a reader
    wants ("of Japan, backed by the full range of capabilities, including nuclear" replaced
    whole). Diffed again word by word without that merge, the same stretch shows the
    words both sides keep and what was added or dropped between them. A hunk that only
    adds or only drops is its own single part.
    """
    a_text, b_text = view.a.slice(*hunk.a), view.b.slice(*hunk.b)
    if not a_text or not b_text:
        return [hunk]
    ranges: list[list[int]] = []  # [a_start, a_end, b_start, b_end] of each part
    ia, ib = hunk.a[0], hunk.b[0]
    open_part = False
    for kind, text in word_diff(a_text, b_text, semantic=False):
        if kind == "equal":
            ia, ib = ia + len(text), ib + len(text)
            open_part = open_part and not words(text)  # punctuation alone joins two parts
            continue
        if not open_part:
            ranges.append([ia, ia, ib, ib])
            open_part = True
        if kind == "delete":
            ia += len(text)
            ranges[-1][1] = ia
        else:
            ib += len(text)
            ranges[-1][3] = ib
    return [Hunk(a=(r[0], r[1]), b=(r[2], r[3])) for r in ranges]
