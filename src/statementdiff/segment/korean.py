"""Korean sentences and clauses: cuts at sentence endings (다. 요.) and connective endings.

A sentence ends at ``.``, ``?`` or ``!`` written right after a hangul syllable ("…한다.",
"…습니다.", "…요?"), or at 。, with any closing brackets after it. A period after a digit or
a Latin letter ("2021.", "U.S.") ends nothing. Clauses are cut after a word that ends in a
connective ending followed by a comma, where a new predicate starts: -고, -며/-으며, -면서,
-지만, -으나, 한편 ("재확인하며, …", "교환하고, …"), and after ";". A cut never falls inside
brackets and never leaves a clause of fewer than :data:`MIN_CLAUSE` characters.

A clause's actor is its topic phrase, the first word ending in 은/는 among its first words
that is not a verb's modifier form (하는, 있는 …), from the clause's start or from the last
comma after an adverbial phrase ("…국가로서, 우리는"). Its predicate is the canonical key of
the last stance phrase in it.

Examples:
    >>> t = "우리는 대만해협의 평화의 중요성을 강조하며, 양안 문제의 평화적 해결을 장려한다."
    >>> found = clause_spans(t, 0, len(t))
    >>> [(t[c.start:c.end], c.actor) for c in found]  # doctest: +NORMALIZE_WHITESPACE
    [('우리는 대만해협의 평화의 중요성을 강조하며,', '우리'),
     ('양안 문제의 평화적 해결을 장려한다.', '우리')]
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

_WORD = re.compile(r"\S+")
_MODIFIER = ("하는", "있는", "되는", "없는", "않는", "이는", "가는", "오는", "주는", "보는")
_ADVERBIAL_END = "서여고면며데해써"
"""Last syllables of a phrase that ends before a comma and is not part of the actor."""
_TOPIC_WORDS = 8
"""How many words into a clause its topic phrase may end."""


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Sentence ends and clause cuts, compiled on first use (the hangul range costs ~1 ms)."""
    return (
        re.compile(r"(?:(?<=[\uac00-\ud7af])[.?!]+|。)[」』）)”’\"']*(?=\s|$)"),
        re.compile(r"(?<=[\uac00-\ud7af])(?:고|며|면서|지만|으나|한편),(?=\s)|;"),
    )


def sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` into sentences at Korean sentence endings outside brackets.

    Args:
        text: The whole statement text.
        start: Start of the paragraph's prose.
        end: End of the paragraph.

    Returns:
        ``(start, end)`` offsets of each sentence, whitespace trimmed, in order.

    Examples:
        >>> t = "미국은 2021. 5. 21. 성명을 “환영한다. 지지한다.”고 밝혔다. 우리는 동의한다."
        >>> [t[a:b] for a, b in sentence_spans(t, 0, len(t))]
        ['미국은 2021. 5. 21. 성명을 “환영한다. 지지한다.”고 밝혔다.', '우리는 동의한다.']
    """
    return sentences_at(text, start, end, _patterns()[0])


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
    cuts = cuts_at(text, start, end, _patterns()[1])
    return clauses_at(text, start, end, cuts, stance=stance, actor=_actor, least=MIN_CLAUSE)


def _actor(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The topic phrase ending in 은/는 among the clause's first words, if any."""
    for k, match in enumerate(_WORD.finditer(text, start, end)):
        if k >= _TOPIC_WORDS:
            return None
        word = match.group()
        if len(word) < 2 or word[-1] not in "은는" or word.endswith(_MODIFIER):
            continue
        lo = start
        head = text[start : match.start()]
        for cut in range(len(head) - 1, 0, -1):
            if head[cut] == "," and head[cut - 1] in _ADVERBIAL_END:
                lo = start + cut + 1
                break
        while lo < match.end() and text[lo].isspace():
            lo += 1
        return (lo, match.end() - 1) if match.end() - 1 > lo else None
    return None
