"""Degrees of importance: "an indispensable element" → "an essential element".

The parties rank what they speak of with degree words before a noun of rank or role
("an *indispensable* element of security and prosperity", "the *vital* importance of",
"a *key* partner"). The words form a scale (``[phrases] importance`` of the lexicon, weakest
degree first): "important" < "essential", "vital", "critical" < "indispensable". When a
replaced stretch of the pair puts a degree word of one degree in the place of one of another
degree, before the same noun (a word of ``[phrases] roles`` or "importance"), the parties'
assessment is stronger or weaker: ``stance-stronger`` / ``stance-weaker``, whatever their
verb does. Two words of one degree ("vital" → "critical") are wording; a degree word added
or dropped alone is not compared ("the principles" → "the fundamental principles" names the
same principles).
"""

from __future__ import annotations

import re
from functools import lru_cache

from statementdiff.lexicon.matchers import Hit
from statementdiff.models import ChangeKind
from statementdiff.semantics.context import Found, Outcome, PairContext, outcome
from statementdiff.semantics.hunks import Hunk, Side

__all__ = ["IMPORTANCE", "degree_rule"]

IMPORTANCE = "importance"
"""The noun a degree word ranks besides the role nouns ("the vital importance of")."""

_HEAD_REACH = 40
"""Characters read past a changed stretch for the head noun of its last degree word."""


def degree_rule(ctx: PairContext) -> Outcome:
    """Label a degree word of importance replaced by one of another degree."""
    degree = ctx.lex.phrases.degree_of()
    if not degree:
        return outcome([])
    heads = {*ctx.lex.phrases.roles, IMPORTANCE}
    pattern = _pattern(tuple(sorted(degree)))
    out: list[tuple[Found, Hunk | None]] = []
    for hunk in ctx.view.hunks:
        if hunk.a[0] == hunk.a[1] or hunk.b[0] == hunk.b[1]:
            continue  # added or dropped alone: not compared
        a_ranked = _ranked(ctx.view.a, hunk.a, pattern, heads)
        b_ranked = _ranked(ctx.view.b, hunk.b, pattern, heads)
        for a_hit, a_head in a_ranked:
            b_hit = next((hit for hit, head in b_ranked if head == a_head), None)
            if b_hit is None:
                continue
            a_degree, b_degree = degree[a_hit.key], degree[b_hit.key]
            if a_degree == b_degree:
                continue
            kind: ChangeKind = "stance-stronger" if b_degree > a_degree else "stance-weaker"
            detail = (
                f"{a_hit.key} → {b_hit.key} {a_head}, {kind[7:]} degree of importance "
                f"({a_degree + 1} → {b_degree + 1})"
            )
            out.append(ctx.found(kind, a_hit, b_hit, detail, hunk))
            break
    return outcome(out)


def _ranked(
    side: Side, span: tuple[int, int], pattern: re.Pattern[str], heads: set[str]
) -> list[tuple[Hit, str]]:
    """The degree words in ``span`` of ``side`` that rank a head noun, with that noun.

    The degree word must be changed; its head (the next word) may be kept.
    """
    start, end = span
    text = side.slice(start, min(end + _HEAD_REACH, side.base + len(side.text)))
    out: list[tuple[Hit, str]] = []
    for match in pattern.finditer(text):
        word, head = match.group(1).lower(), match.group(2).lower()
        at = start + match.start(1)
        if at >= end:
            break
        if head in heads:
            out.append((Hit(word, at, at + len(match.group(1)), match.group(1)), head))
    return out


@lru_cache(maxsize=8)
def _pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """A degree word (any case) and the word after it (group 2)."""
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\b({alternatives})\b(?=\s+(\w+)\b)", re.IGNORECASE)
