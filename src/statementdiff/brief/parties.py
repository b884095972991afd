"""Who makes each statement: the own parties the brief never reports by name."""

from __future__ import annotations

from collections import Counter

from statementdiff.lexicon.lexicon import Lexicon
from statementdiff.models import Statement
from statementdiff.semantics.actor import COLLECTIVE_PLACEHOLDER

__all__ = ["MIN_ACTOR_CLAUSES", "own_parties"]

MIN_ACTOR_CLAUSES = 2
"""A party is a statement's own when it is the actor of at least this many of its clauses."""


def own_parties(statement: Statement, lexicon: Lexicon) -> frozenset[str]:
    """The parties that make ``statement``: its metadata, and the actors of its clauses.

    The labeller reads ``Statement.parties``; a statement parsed without them still
    names its parties as the actors of its clauses ("The United States and Japan
    committed …", "President Biden and Prime Minister Suga …"), so a party that acts in
    :data:`MIN_ACTOR_CLAUSES` clauses or more is an own party too, and a format that acts
    (the Quad) brings its members (``[brief.members]``).

    Examples:
        >>> from statementdiff import parse
        >>> s = parse("China and the United States agree. China and the United States will act.")
        >>> sorted(own_parties(s, Lexicon.default()))
        ['China', 'United States']
    """
    acting = Counter(
        party
        for clause in statement.clauses()
        for party in clause.parties
        if party != COLLECTIVE_PLACEHOLDER
    )
    own = set(statement.parties)
    own.update(party for party, n in acting.items() if n >= MIN_ACTOR_CLAUSES)
    for party in sorted(own):
        own.update(lexicon.brief.members.get(party, ()))
    return frozenset(own)
