"""Japanese sentences and clauses: cuts at 。！？ and at the connectives that start a predicate.

Sentences end at 。, ！ or ？ (with any closing brackets after it). Clauses are cut after

* 「とともに、」 ("…を強調するとともに、…を促す": and also);
* a verbal stem in し followed by 、 (「再確認し、」「表明し、」「コミットし、」), except in the
  postpositions に対し、に関し、に際し、を通し;
* 「；」.

A cut never falls inside brackets (「」（）…), and never leaves a clause of fewer than
:data:`MIN_CLAUSE` characters. A clause's actor is the topic phrase before 「は、」 (or
「はまた」) near its start (「我々は、」「日米両国は、」); a clause without one inherits the
previous clause's. Its predicate is the canonical key of the last stance phrase in it: Japanese
puts the main verb last.

Examples:
    >>> t = "我々は、台湾海峡の平和の重要性を強調するとともに、両岸問題の平和的解決を促す。"
    >>> [t[c.start:c.end] for c in clause_spans(t, 0, len(t))]
    ['我々は、台湾海峡の平和の重要性を強調するとともに、', '両岸問題の平和的解決を促す。']
"""

from __future__ import annotations

import functools
import re

from statementdiff.lexicon.matchers import PhraseMatcher
from statementdiff.segment.cjk import clauses_at, cuts_at, sentences_at
from statementdiff.segment.clauses import ClauseSpan

__all__ = ["MIN_CLAUSE", "clause_spans", "sentence_spans"]

MIN_CLAUSE = 4
"""Fewest characters (before the cut) a clause may have."""

_END = re.compile(r"[。！？!?]+[」』）)”’]*")
_ACTOR = re.compile(r"は(?:、|また)")
_ACTOR_REACH = 40
"""How far into a clause its topic phrase may end."""
_SPACE = " \t\n\r\u3000"


@functools.cache
def _cut() -> re.Pattern[str]:
    """Where a clause ends, compiled on first use (the Han range costs ~2 ms to compile)."""
    return re.compile(r"とともに、|(?<![にを][対関際通])(?<=[\u3400-\u9fff\u30a0-\u30ffー])し、|；")


def sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` into sentences at 。！？ outside brackets.

    Args:
        text: The whole statement text.
        start: Start of the paragraph's prose.
        end: End of the paragraph.

    Returns:
        ``(start, end)`` offsets of each sentence, whitespace trimmed, in order.

    Examples:
        >>> t = "我々は「平和。」を歓迎する。それを支持する。"
        >>> [t[a:b] for a, b in sentence_spans(t, 0, len(t))]
        ['我々は「平和。」を歓迎する。', 'それを支持する。']
    """
    return sentences_at(text, start, end, _END)


def clause_spans(
    text: str, start: int, end: int, stance: PhraseMatcher | None = None
) -> list[ClauseSpan]:
    """Split the sentence ``text[start:end]`` into clauses with actor and predicate.

    Args:
        text: The whole statement text.
        start: Start of the sentence.
        end: End of the sentence.
        stance: The lexicon's stance matcher, to name each clause's predicate (None: no
            predicates).

    Returns:
        The clauses in order; together they cover the sentence but for the spaces between.
    """
    cuts = cuts_at(text, start, end, _cut())
    return clauses_at(text, start, end, cuts, stance=stance, actor=_actor, least=MIN_CLAUSE)


def _actor(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The topic phrase before は、 near the clause's start, after any adverbial phrase."""
    match = _ACTOR.search(text, start, min(end, start + _ACTOR_REACH))
    if match is None:
        return None
    lo = start
    for k in range(match.start() - 1, start - 1, -1):
        if text[k] == "、" and k > start and _is_kana(text[k - 1]):
            lo = k + 1  # "…として、我々は": the phrase after an adverbial
            break
    while lo < match.start() and text[lo] in _SPACE:
        lo += 1
    return (lo, match.start()) if lo < match.start() else None


def _is_kana(char: str) -> bool:
    return "\u3041" <= char <= "\u309f"
