"""What the Japanese and Korean segmenters share: protected brackets and printed item labels.

* Brackets: a sentence or clause boundary never falls inside 「」『』（）() [] “” ‘’ 【】《》〈〉.
* Labels: a paragraph that opens with a printed number, "(1)", "（１）", "①", "1." or "一、",
  is a numbered item; the label is kept as printed and its prose starts after it.
* Headings: the plain-text reader calls a line without a final period a heading. A line
  that ends with "。" (or a Korean sentence ending, "다.") is a paragraph.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from collections.abc import Callable, Sequence

from statementdiff.lexicon.matchers import PhraseMatcher
from statementdiff.read.blocks import RawBlock
from statementdiff.segment.clauses import ClauseSpan

__all__ = [
    "ActorFinder",
    "Protected",
    "cjk_blocks",
    "clauses_at",
    "cuts_at",
    "sentences_at",
    "trimmed",
]

ActorFinder = Callable[[str, int, int], "tuple[int, int] | None"]
"""Finds the actor written in ``text[start:end]``: its ``(start, end)``, or None."""

_SPACE = " \t\n\r\u3000"

_OPEN = "「『（(［[“‘【《〈"
_CLOSE = "」』）)］]”’】》〉"
_PAIR = dict(zip(_CLOSE, _OPEN, strict=True))

_LABEL = re.compile(
    r"[ \t\u3000]*("
    r"[(（][0-9０-９]{1,3}[)）]"  # (1) （１）
    r"|[\u2460-\u2473\u3251-\u325f\u32b1-\u32bf]"  # ① … ⑳ ㉑ …
    r"|[0-9０-９]{1,3}[.．](?![0-9０-９])"  # 1. １．
    r"|[一二三四五六七八九十]{1,3}、"  # 一、
    r"|[가나다라마바사아자차카타파하][.)]"  # 가. 나)
    r")[ \t\u3000]*"
)


class Protected:
    """Answers "is this offset inside a bracket pair?" for one stretch of text.

    Args:
        text: The whole text.
        start: Start of the stretch.
        end: End of the stretch.

    Examples:
        >>> t = "我々は「A。B」と述べた。"
        >>> p = Protected(t, 0, len(t))
        >>> p.inside(t.index("。")), p.inside(len(t) - 1)
        (True, False)
    """

    __slots__ = ("_ends", "_starts")

    def __init__(self, text: str, start: int, end: int) -> None:
        stacks: dict[str, list[int]] = {c: [] for c in _OPEN}
        ranges: list[tuple[int, int]] = []
        for i in range(start, end):
            ch = text[i]
            if ch in stacks:
                stacks[ch].append(i)
            elif ch in _PAIR and stacks[_PAIR[ch]]:
                ranges.append((stacks[_PAIR[ch]].pop(), i))
        merged: list[tuple[int, int]] = []
        for lo, hi in sorted(ranges):
            if merged and lo <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
            else:
                merged.append((lo, hi))
        self._starts = [lo for lo, _ in merged]
        self._ends = [hi for _, hi in merged]

    def inside(self, at: int) -> bool:
        """True when ``at`` lies strictly after an opening bracket and before its closing one."""
        k = bisect.bisect_left(self._starts, at) - 1
        return k >= 0 and at < self._ends[k]


@functools.cache
def _ends_sentence() -> re.Pattern[str]:
    """A line's sentence end, compiled on first use (the hangul range costs ~1 ms)."""
    return re.compile(r"(?:[。！？]|[\uac00-\ud7af][.!?])[」』）)”’]*\s*$")


def cjk_blocks(text: str, blocks: Sequence[RawBlock]) -> list[RawBlock]:
    """Blocks of a Japanese or Korean text: sentence-final lines are paragraphs, labels found.

    Args:
        text: The statement text the blocks index into.
        blocks: The reader's blocks.

    Returns:
        The blocks, a "heading" that ends like a sentence made a paragraph, and a block that
        opens with a printed label made an item with that label.

    Examples:
        >>> t = "（1）我々は歓迎する。"
        >>> found = cjk_blocks(t, [RawBlock("heading", 0, len(t), 0)])
        >>> [(b.kind, b.label, t[b.body_start : b.end]) for b in found]
        [('item', '（1）', '我々は歓迎する。')]
    """
    found: list[RawBlock] = []
    for raw in blocks:
        block = raw
        if block.kind == "heading" and _ends_sentence().search(text, block.start, block.end):
            block = dataclasses.replace(block, kind="paragraph")
        if block.label is None and block.kind != "heading":
            match = _LABEL.match(text, block.body_start, block.end)
            if match and match.end() < block.end:
                block = dataclasses.replace(
                    block, kind="item", label=match.group(1), body_start=match.end()
                )
        found.append(block)
    return found


def trimmed(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``[(start, end)]`` with surrounding whitespace trimmed, or ``[]`` when only space is left.

    Examples:
        >>> trimmed(" 가나 ", 0, 4), trimmed("  ", 0, 2)
        ([(1, 3)], [])
    """
    while start < end and text[start] in _SPACE:
        start += 1
    while end > start and text[end - 1] in _SPACE:
        end -= 1
    return [(start, end)] if start < end else []


def sentences_at(text: str, start: int, end: int, ends: re.Pattern[str]) -> list[tuple[int, int]]:
    """The sentences of ``text[start:end]``: cut after each match of ``ends`` outside brackets.

    Returns:
        ``(start, end)`` offsets of each sentence, whitespace trimmed, in order.
    """
    protected = Protected(text, start, end)
    spans: list[tuple[int, int]] = []
    at = start
    for match in ends.finditer(text, start, end):
        if protected.inside(match.start()):
            continue
        spans.extend(trimmed(text, at, match.end()))
        at = match.end()
    spans.extend(trimmed(text, at, end))
    return spans


def cuts_at(text: str, start: int, end: int, cut: re.Pattern[str]) -> list[int]:
    """Where a clause of ``text[start:end]`` may end: after each ``cut`` outside brackets."""
    protected = Protected(text, start, end)
    return [m.end() for m in cut.finditer(text, start, end) if not protected.inside(m.start())]


def clauses_at(
    text: str,
    start: int,
    end: int,
    cuts: Sequence[int],
    *,
    stance: PhraseMatcher | None,
    actor: ActorFinder,
    least: int,
) -> list[ClauseSpan]:
    """The clauses of the sentence ``text[start:end]`` cut at ``cuts`` (offsets, in order).

    A cut that would leave fewer than ``least`` characters before it is skipped. Each clause
    gets the actor ``actor`` finds in it, or the previous clause's (inherited, no span), and
    as predicate the key of the last ``stance`` phrase in it: Japanese and Korean put the
    main verb last.

    Args:
        text: The whole statement text.
        start: Start of the sentence.
        end: End of the sentence.
        cuts: Where clauses may end.
        stance: The lexicon's stance matcher, or None for no predicates.
        actor: Finds the actor written in a clause.
        least: Fewest characters in a clause.

    Returns:
        The clauses, covering the sentence but for the whitespace after each cut.
    """
    bounds: list[tuple[int, int]] = []
    at = start
    for cut in cuts:
        if cut - at >= least and cut < end:
            bounds.append((at, cut))
            at = cut
            while at < end and text[at] in _SPACE:
                at += 1
    bounds.append((at, end))
    found: list[ClauseSpan] = []
    written: str | None = None
    for lo, hi in bounds:
        span = actor(text, lo, hi)
        if span is not None:
            written = text[span[0] : span[1]]
        predicate = None
        if stance is not None:
            hits = list(stance.finditer(text, lo, hi))
            predicate = hits[-1].key if hits else None
        found.append(ClauseSpan(lo, hi, written, predicate, span))
    return found
