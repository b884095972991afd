"""Who makes a statement: its own parties, from its metadata or from its text.

The labeller, the brief and the correspondence signals all ask one question — which
countries speak in this statement — and answer it here, so that a U.S.-Japan statement
compared with a U.S.-ROK one treats "Japan" and "the ROK" as the counterpart roles they are
(no entity label, no finding, no dissimilarity), whether or not ``parties`` was given.
"""

from __future__ import annotations

from collections import Counter

from statementdiff.models import Statement
from statementdiff.semantics.actor import COLLECTIVE_PLACEHOLDER

__all__ = ["EARLY_SENTENCES", "MIN_ACTOR_CLAUSES", "MIN_NAMED", "own_parties"]

EARLY_SENTENCES = 3
"""A country named in this many first sentences ..."""

MIN_NAMED = 3
"""... and at least this many times in all is one of the statement's makers."""

MIN_ACTOR_CLAUSES = 2
"""A party that is the actor of at least this many clauses is one of the makers."""


def own_parties(statement: Statement) -> frozenset[str]:
    """The statement's parties: its ``parties``, or, when it lists none, its makers.

    The makers of a joint statement name themselves at the start and throughout, and act
    in its clauses ("The United States and Japan committed …"): a country named in the
    first :data:`EARLY_SENTENCES` sentences and :data:`MIN_NAMED` times in all, and a
    country that is the actor of :data:`MIN_ACTOR_CLAUSES` clauses or more, are its own
    parties (a person the lexicon does not know is no party).

    Examples:
        >>> from statementdiff import parse
        >>> s = parse("China and the United States agree. China and the United States will act.")
        >>> sorted(own_parties(s))
        ['China', 'United States']
        >>> sorted(own_parties(parse("We agree.", parties=["Japan", "India"])))
        ['India', 'Japan']
    """
    if statement.parties:
        return frozenset(statement.parties)
    sentences = list(statement.sentences())
    named = Counter(
        e.name for s in sentences for c in s.clauses for e in c.entities if e.kind == "country"
    )
    early = {
        e.name
        for s in sentences[:EARLY_SENTENCES]
        for c in s.clauses
        for e in c.entities
        if e.kind == "country"
    }
    acting = Counter(
        party
        for clause in statement.clauses()
        for party in clause.parties
        if party != COLLECTIVE_PLACEHOLDER
    )
    own = {name for name, n in named.items() if name in early and n >= MIN_NAMED}
    own.update(party for party, n in acting.items() if n >= MIN_ACTOR_CLAUSES and party in named)
    return frozenset(own)
