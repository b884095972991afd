"""Align thread representatives with a statement, with the aligner :func:`compare` uses.

The representatives come from different statements; each keeps its own paragraph as its group
(labelled with the statement it comes from), so the paragraph-first pass of
:class:`statementdiff.align.aligner.Aligner` works as it does between two real statements.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence

from statementdiff.align.aligner import Aligner
from statementdiff.align.threads import block_ids
from statementdiff.lexicon.aliases import AliasTable
from statementdiff.models import Clause, Statement

__all__ = ["match_with_aligner"]


def match_with_aligner(
    reps: Sequence[Clause],
    rep_groups: Sequence[Hashable],
    statement: Statement,
    threshold: float,
    *,
    aliases: AliasTable | None = None,
) -> list[tuple[tuple[int, ...], tuple[int, ...], float]]:
    """Pair representative clauses with the clauses of ``statement``.

    Args:
        reps: Representative clauses, possibly from several statements, grouped in runs
            by paragraph.
        rep_groups: One hashable paragraph label per representative.
        statement: The statement to align them with.
        threshold: Similarity below which clauses are not paired.
        aliases: The names folded before comparing (the built-in lexicon's when None).

    Returns:
        ``(rep indices, clause indices, similarity)`` for each match, in order of the
        representatives.
    """
    blocks = block_ids(statement)
    clauses = list(statement.clauses())
    alignment = Aligner(threshold=threshold, aliases=aliases).align(
        [c.text for c in reps],
        [c.text for c in clauses],
        a_groups=list(rep_groups),
        b_groups=[blocks[c.id] for c in clauses],
    )
    return [(m.a, m.b, m.similarity) for m in alignment.matches]
