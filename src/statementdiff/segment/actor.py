"""Where a clause's actor is written: the one place the pipeline finds it.

The clause splitter takes the subject before the predicate
(:func:`statementdiff.segment.predicates.predicate_and_actor`). :func:`actor_span`
keeps that subject when it reads like a speaker (:func:`plausible`); when the clause
has none of its own, the leading run of capitalized words, role nouns ("leaders")
and connectors ("and", "the") after an opening phrase stands in for it ("President
Biden and President Moon"). A subject inherited from the previous clause ("We
reaffirm X and welcome Y") is not looked for again in the clause's own words.

The span is recorded on :attr:`statementdiff.models.Clause.actor_span`; annotation
(parties) and change labels (actor changes, words inside the actor) read it there.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from statementdiff.lexicon.lexicon import Lexicon

__all__ = [
    "MAX_ACTOR_TOKENS",
    "NAME_JOINERS",
    "ROLES",
    "actor_span",
    "alternatives",
    "is_collective",
    "plausible",
]


def alternatives(phrases: Sequence[str]) -> str:
    r"""Join phrases, in order, into one regex alternation; any whitespace between their words.

    Examples:
        >>> alternatives(["prime ministers", "leaders"])
        'prime\\s+ministers|leaders'
    """
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases)


# The word lists are data (lexicon/actors.toml, built-in only); the patterns are rules.
_WORDS = Lexicon.default().actors
assert _WORDS is not None  # the built-in lexicon always has its [actors] table

NAME_JOINERS = frozenset(_WORDS.connectors)
"""Lowercase words that join the names of an actor phrase ("the United States and Japan")."""

ROLES = frozenset(_WORDS.roles)
"""Lowercase nouns that name who speaks ("the two leaders", "foreign ministers")."""

MAX_ACTOR_TOKENS = 12
"""An actor phrase has at most this many words."""

_COLLECTIVE = re.compile(
    r"^(?:we|our|us|they|their|both|"
    r"(?:the\s+)?(?:two\s+|three\s+|four\s+|five\s+|both\s+|all\s+)?"
    rf"(?:{alternatives(_WORDS.collectives)}))\b",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"[^\s,;:]+")
_QUOTES = "\"'\u201c\u201d() "
_OPENER = re.compile(
    rf"^(?:{alternatives(_WORDS.openers)})\b[^,;:.]{{0,100}},\s+",
    re.IGNORECASE,
)


def is_collective(actor: str) -> bool:
    """True for actors that stand for the statement's own parties ("We", "The two leaders").

    Examples:
        >>> is_collective("The two leaders"), is_collective("This initiative")
        (True, False)
    """
    return _COLLECTIVE.match(actor.strip()) is not None


def plausible(actor: str) -> bool:
    """True when a subject phrase reads like a speaker: short, opening with a name or "we".

    Examples:
        >>> plausible("Japan and the United States"), plausible("energy and")
        (True, False)
    """
    words = actor.split()
    if not words or len(words) > MAX_ACTOR_TOKENS:
        return False
    first = words[0].strip(_QUOTES)
    return bool(first) and (
        first[0].isupper() or first.lower() in NAME_JOINERS or is_collective(first)
    )


def actor_span(
    text: str,
    start: int,
    end: int,
    subject: tuple[int, int] | None,
    inherited: str | None,
) -> tuple[int, int] | None:
    """Where the actor of the clause ``text[start:end]`` is written, or None.

    Args:
        text: The statement text.
        start: Clause start.
        end: Clause end.
        subject: The subject the predicate rule found in this clause, if any.
        inherited: The actor the clause inherits from the previous one, when it has no
            subject of its own.

    Returns:
        ``(start, end)`` offsets in ``text``; None when the actor is inherited or absent.

    Examples:
        >>> t = "President Biden and President Moon discussed trade."
        >>> t[slice(*actor_span(t, 0, len(t), None, None))]
        'President Biden and President Moon'
        >>> actor_span(t, 0, len(t), None, "We") is None
        True
    """
    if subject is not None and plausible(text[subject[0] : subject[1]]):
        return subject
    if subject is None and inherited is not None and plausible(inherited):
        return None
    return _leading_names(text[start:end], start)


def _leading_names(clause: str, start: int) -> tuple[int, int] | None:
    """The leading run of names, role nouns and connectors after an opening phrase."""
    opener = _OPENER.match(clause)
    skip = opener.end() if opener else 0
    last = None
    for count, token in enumerate(_TOKEN.finditer(clause, skip)):
        word = token.group().strip(_QUOTES)
        if count >= MAX_ACTOR_TOKENS or not word:
            break
        lowered = word.lower()
        if not (word[0].isupper() or lowered in NAME_JOINERS or lowered in ROLES):
            break
        if lowered not in NAME_JOINERS:
            last = token
        if clause[token.end() : token.end() + 1] in {",", ";", ":"}:
            break
    if last is None:
        return None
    first = _TOKEN.search(clause, skip)
    begin = first.start() if first else skip
    return start + begin, start + last.end()
