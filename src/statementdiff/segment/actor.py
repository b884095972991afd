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

from statementdiff.lexicon.lexicon import Lexicon
from statementdiff.segment.actor_words import ActorWords, alternatives

__all__ = [
    "MAX_ACTOR_TOKENS",
    "NAME_JOINERS",
    "ROLES",
    "ActorWords",
    "actor_span",
    "alternatives",
    "is_collective",
    "plausible",
]

# The word lists are data (the [actors] table, lexicon/actors.toml): every function takes
# the lexicon's compiled ActorWords (the built-in lexicon's when None). The constants below
# are the built-in lexicon's.
_BUILTIN = Lexicon.default().actor_words

NAME_JOINERS = _BUILTIN.joiners
"""The built-in lowercase words that join the names of an actor phrase ("the United States
and Japan")."""

ROLES = _BUILTIN.roles
"""The built-in lowercase nouns that name who speaks ("the two leaders", "foreign ministers")."""

MAX_ACTOR_TOKENS = 12
"""An actor phrase has at most this many words."""

_TOKEN = re.compile(r"[^\s,;:]+")
_QUOTES = "\"'\u201c\u201d() "


def is_collective(actor: str, words: ActorWords | None = None) -> bool:
    """True for actors that stand for the statement's own parties ("We", "The two leaders").

    Examples:
        >>> is_collective("The two leaders"), is_collective("This initiative")
        (True, False)
    """
    return (words or _BUILTIN).collective.match(actor.strip()) is not None


def plausible(actor: str, words: ActorWords | None = None) -> bool:
    """True when a subject phrase reads like a speaker: short, opening with a name or "we".

    Examples:
        >>> plausible("Japan and the United States"), plausible("energy and")
        (True, False)
    """
    known = words or _BUILTIN
    tokens = actor.split()
    if not tokens or len(tokens) > MAX_ACTOR_TOKENS:
        return False
    first = tokens[0].strip(_QUOTES)
    return bool(first) and (
        first[0].isupper() or first.lower() in known.joiners or is_collective(first, known)
    )


def actor_span(
    text: str,
    start: int,
    end: int,
    subject: tuple[int, int] | None,
    inherited: str | None,
    words: ActorWords | None = None,
) -> tuple[int, int] | None:
    """Where the actor of the clause ``text[start:end]`` is written, or None.

    Args:
        text: The statement text.
        start: Clause start.
        end: Clause end.
        subject: The subject the predicate rule found in this clause, if any.
        inherited: The actor the clause inherits from the previous one, when it has no
            subject of its own.
        words: The words of actor phrases (the built-in lexicon's when None).

    Returns:
        ``(start, end)`` offsets in ``text``; None when the actor is inherited or absent.

    Examples:
        >>> t = "President Biden and President Moon discussed trade."
        >>> t[slice(*actor_span(t, 0, len(t), None, None))]
        'President Biden and President Moon'
        >>> actor_span(t, 0, len(t), None, "We") is None
        True
    """
    known = words or _BUILTIN
    if subject is not None and plausible(text[subject[0] : subject[1]], known):
        subject = _with_suffix_name(text, start, subject)
        return _with_list_before(text, start, end, subject, known)
    if subject is None and inherited is not None and plausible(inherited, known):
        return None
    return _leading_names(text[start:end], start, known)


_LIST_END = re.compile(r"(?:,\s*|\s+)and\s+$")  # ",and" too: a missing space is a typo
_CAPITAL = r"[A-Z][\w.'\u2019-]*"
_LIST_ITEM = re.compile(
    rf"(?:(?<=,\s)|^)((?:the\s+)?{_CAPITAL}(?:\s+(?:of\s+(?:the\s+)?)?{_CAPITAL})*"
    r"(?:\s+\([A-Z][\w.-]*\))?)\s*$"
)
"""A name of a serial list: capitalised words, "of (the)" between them ("Prime Minister
Kishida Fumio of Japan"), and an abbreviation in brackets ("of the Republic of Korea (ROK)")."""
_SUFFIX = re.compile(r"(?:Jr|Sr)\.?(?!\w)")
_NAME_BEFORE = re.compile(rf"({_CAPITAL}(?:\s+{_CAPITAL})*),\s+$")


def _with_suffix_name(text: str, start: int, subject: tuple[int, int]) -> tuple[int, int]:
    """The subject with the name that its opening "Jr." or "Sr." completes.

    "President Joseph R. Biden, Jr. of the United States": the comma before "Jr." is part
    of the name, not a list's; the predicate rule took the subject after it.
    """
    if _SUFFIX.match(text, subject[0]) is None:
        return subject
    name = _NAME_BEFORE.search(text, start, subject[0])
    if name is None or name.end() != subject[0]:
        return subject
    return (name.start(1), subject[1])


_LIST_COMMA = re.compile(r",\s+$")


def _with_list_before(
    text: str, start: int, end: int, subject: tuple[int, int], words: ActorWords
) -> tuple[int, int]:
    """The subject with the names listed before it ("Australia, India, Japan, and the U.S.").

    The predicate rule takes the subject after the last comma; a serial list of names that
    ends in "and" before it is the rest of the subject. Each name of the list stands after a
    comma or at the clause's start, after any fronted phrase ("In addition to doses financed
    through COVAX, Australia, ..." leaves "COVAX" out; "With Japan, Australia and ..." leaves
    "With Japan" out).

    Examples:
        >>> t = "Australia, India, Japan, and the United States pledged doses."
        >>> where = (t.index("the United"), t.index(" pledged"))
        >>> t[slice(*_with_list_before(t, 0, len(t), where, _BUILTIN))]
        'Australia, India, Japan, and the United States'
    """
    begin = subject[0]
    joined = _LIST_END.search(text, start, begin)
    if joined is None or joined.end() != begin:
        # "Australia, India and Japan": the subject holds the "and", a comma stands before it
        joined = _LIST_COMMA.search(text, start, begin)
        if joined is None or joined.end() != begin or " and " not in text[begin : subject[1]]:
            return subject
    opener = words.opener.match(text[start:end])
    lo = start + (opener.end() if opener else 0)
    at, first = joined.start(), begin
    while at > lo:
        item = _LIST_ITEM.search(text[lo:at])
        if item is None:
            break
        first = lo + item.start(1)
        comma = _LIST_COMMA.search(text, lo, first)
        if comma is None or comma.end() != first:
            break
        at = comma.start()
    return (first, subject[1]) if first < begin else subject


def _leading_names(clause: str, start: int, words: ActorWords) -> tuple[int, int] | None:
    """The leading run of names, role nouns and connectors after an opening phrase."""
    joiners, roles = words.joiners, words.roles
    opener = words.opener.match(clause)
    skip = opener.end() if opener else 0
    last = None
    for count, token in enumerate(_TOKEN.finditer(clause, skip)):
        word = token.group().strip(_QUOTES)
        if count >= MAX_ACTOR_TOKENS or not word:
            break
        lowered = word.lower()
        if not (word[0].isupper() or lowered in joiners or lowered in roles):
            break
        if lowered not in joiners:
            last = token
        if clause[token.end() : token.end() + 1] in {",", ";", ":"}:
            break
    if last is None:
        return None
    first = _TOKEN.search(clause, skip)
    begin = first.start() if first else skip
    return start + begin, start + last.end()
