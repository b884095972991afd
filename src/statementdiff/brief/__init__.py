"""The ranked brief of a comparison: what changed that matters most, first.

:func:`build_brief` gathers findings from every part of a :class:`~statementdiff.Diff` —
the entity and topic tables (so absences are findings), the clauses found on one side
only, the labels of the pairs and the related links — folds those that say the same
thing, weighs each (centrality of its subject times strength of the change, from
``lexicon/brief.toml``) and ranks them. The statements' own parties are never findings.
"""

from __future__ import annotations

from collections.abc import Sequence

from statementdiff.brief.baseline import with_baseline
from statementdiff.brief.lesser import together
from statementdiff.brief.one_sided import clause_findings
from statementdiff.brief.parties import own_parties
from statementdiff.brief.rank import fold, rank
from statementdiff.brief.reworded import entity_framing_findings, link_findings, pair_findings
from statementdiff.brief.sources import Sources
from statementdiff.brief.tables import entity_findings, topic_findings
from statementdiff.brief.weights import Weights
from statementdiff.lexicon.lexicon import Lexicon
from statementdiff.models import (
    EntityRow,
    Finding,
    OneSided,
    Pair,
    Related,
    Statement,
    TopicRow,
)

__all__ = ["build_brief"]


def build_brief(
    a: Statement,
    b: Statement,
    *,
    pairs: tuple[Pair, ...],
    only_a: tuple[OneSided, ...],
    only_b: tuple[OneSided, ...],
    related: tuple[Related, ...],
    entities: tuple[EntityRow, ...],
    topics: tuple[TopicRow, ...],
    lexicon: Lexicon | None = None,
    baseline: Sequence[Statement] = (),
) -> tuple[Finding, ...]:
    """All findings of one comparison, ranked, most important first.

    Args:
        a: Statement A (annotated).
        b: Statement B.
        pairs: The comparison's pairs.
        only_a: Its clauses of A only.
        only_b: Its clauses of B only.
        related: Its related links.
        entities: Its entity table.
        topics: Its topic table.
        lexicon: The lexicon whose ``[brief]`` table weighs the findings (built-in if None).
        baseline: Comparable statements: an entity most of them name that A or B leaves
            out becomes a finding with that context.

    Returns:
        The findings, heaviest first; equal weights in a fixed order.
    """
    lex = lexicon or Lexicon.default()
    own = own_parties(a, lex) | own_parties(b, lex)
    src = Sources.gather(
        a,
        b,
        pairs=pairs,
        only_a=only_a,
        only_b=only_b,
        related=related,
        entities=entities,
        topics=topics,
        own=own,
        weights=Weights(lex),
    )
    found = [
        *clause_findings(src),
        *entity_findings(src),
        *entity_framing_findings(src),
        *pair_findings(src),
        *link_findings(src),
        *topic_findings(src),
    ]
    folded = fold(src, found)
    if baseline:
        folded = with_baseline(src, folded, baseline)
    return rank(together(folded, src.weights))
