"""Who makes each statement: the own parties the brief never reports by name."""

from __future__ import annotations

from statementdiff.lexicon.lexicon import Lexicon
from statementdiff.models import Statement
from statementdiff.semantics import parties

__all__ = ["own_parties"]


def own_parties(statement: Statement, lexicon: Lexicon) -> frozenset[str]:
    """The parties that make ``statement``, with the members of a format among them.

    The parties are :func:`statementdiff.semantics.parties.own_parties`; a format that
    acts (the Quad) brings its members (``[brief.members]``).

    Examples:
        >>> from statementdiff import parse
        >>> s = parse("China and the United States agree. China and the United States will act.")
        >>> sorted(own_parties(s, Lexicon.default()))
        ['China', 'United States']
    """
    own = set(parties.own_parties(statement, lexicon))
    for party in sorted(own):
        own.update(lexicon.brief.members.get(party, ()))
    return frozenset(own)
