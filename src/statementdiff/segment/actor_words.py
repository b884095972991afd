"""The words of actor phrases, compiled once per lexicon.

The word lists are data (the ``[actors]`` table, ``lexicon/actors.toml``, which a user
lexicon file may add to); the patterns built from them here are rules.
:attr:`statementdiff.lexicon.lexicon.Lexicon.actor_words` builds one :class:`ActorWords`
per lexicon; :mod:`statementdiff.segment.actor` (where the actor is written) and
:mod:`statementdiff.semantics.actor` (whom it stands for) take it as an argument.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from statementdiff.lexicon.entries import ActorsEntry

__all__ = ["ActorWords", "alternatives"]


def alternatives(phrases: Sequence[str]) -> str:
    r"""Join phrases, in order, into one regex alternation; any whitespace between their words.

    Examples:
        >>> alternatives(["prime ministers", "leaders"])
        'prime\\s+ministers|leaders'
    """
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases)


def _any_of(phrases: Sequence[str]) -> str:
    """:func:`alternatives`, or a pattern that never matches when there are no phrases."""
    return alternatives(phrases) if phrases else "(?!)"


@dataclass(frozen=True, slots=True)
class ActorWords:
    """The ``[actors]`` word lists as sets and compiled patterns.

    Attributes:
        joiners: Lower-case words that join the names of an actor phrase ("and", "the").
        roles: Lower-case nouns that name who speaks ("leaders", "ministers").
        party_kinds: Entity kinds that can be a party ("country", "organization").
        collective: Matches an actor standing for the statement's own parties ("We",
            "The two leaders").
        opener: Matches a fronted phrase and its comma before an actor ("In addition, ").
        titled: Finds a titled person's name ("President Han").
        office_of: Matches, at the end of the text before a country's name, an office (any
            case) or a person's name and "of" ("the Foreign Ministers of the", "Jake
            Sullivan of the").
        office_after: Matches, at the start of the text after a country's name, its office
            holder as written ("(ROK) Minister of Foreign Affairs", "Secretary of State").

    Examples:
        >>> from statementdiff.lexicon.lexicon import Lexicon
        >>> words = Lexicon.default().actor_words
        >>> "leaders" in words.roles, words.titled.search("said President Han Lee").group()
        (True, 'President Han Lee')
    """

    joiners: frozenset[str]
    roles: frozenset[str]
    party_kinds: frozenset[str]
    collective: re.Pattern[str]
    opener: re.Pattern[str]
    titled: re.Pattern[str]
    office_of: re.Pattern[str]
    office_after: re.Pattern[str]

    @classmethod
    def from_entry(cls, entry: ActorsEntry | None) -> ActorWords:
        """Compile an ``[actors]`` table (no table: every list empty, no pattern matches).

        Examples:
            >>> words = ActorWords.from_entry(ActorsEntry(titles=("Chancellor-designate",)))
            >>> words.titled.search("Chancellor-designate Klee said").group()
            'Chancellor-designate Klee'
        """
        a = entry or ActorsEntry()
        return cls(
            joiners=frozenset(a.connectors),
            roles=frozenset(a.roles),
            party_kinds=frozenset(a.party_kinds),
            collective=re.compile(
                r"^(?:we|our|us|they|their|both|"
                r"(?:the\s+)?(?:two\s+|three\s+|four\s+|five\s+|both\s+|all\s+)?"
                rf"(?:{_any_of(a.collectives)}))\b",
                re.IGNORECASE,
            ),
            opener=re.compile(
                rf"^(?:{_any_of(a.openers)})\b[^,;:.]{{0,100}},\s+",
                re.IGNORECASE,
            ),
            titled=re.compile(
                rf"\b(?:{_any_of(a.titles)})"
                rf"(?:\s+(?:[A-Z][\w\u2019'.-]*|{_any_of(a.name_particles)}))+"
            ),
            office_of=re.compile(
                rf"(?:\b(?i:{_any_of(a.offices)})|\b[A-Z][a-z]+\s+[A-Z][a-z]+)"
                r"\s+of\s+(?:the\s+)?$"
            ),
            office_after=re.compile(
                r"^\s*(?:\([A-Z.]+\)\s*)?"
                rf"(?:(?:{_any_of(a.office_modifiers)})\s+)*(?:{_any_of(a.offices)})\b"
            ),
        )
