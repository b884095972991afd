"""Align thread representatives with a statement, using :func:`statementdiff.compare`.

The representatives come from different statements, so they are first gathered into one
synthetic :class:`Statement` (one paragraph per representative, spans shifted into the synthetic
text), and ``compare`` aligns that with the new statement exactly as it would two real ones.
"""

from __future__ import annotations

from collections.abc import Sequence

from statementdiff.compare import compare
from statementdiff.models import Block, Clause, EntityMention, Section, Sentence, Span, Statement

__all__ = ["match_with_compare"]

_GAP = "\n\n"


def match_with_compare(
    reps: Sequence[Clause], statement: Statement, threshold: float
) -> list[tuple[tuple[int, ...], tuple[int, ...], float]]:
    """Pair representative clauses with the clauses of ``statement``.

    Args:
        reps: Representative clauses, possibly from several statements.
        statement: The statement to align them with.
        threshold: Similarity below which clauses are not paired.

    Returns:
        ``(rep indices, clause indices, similarity)`` for each aligned pair, in the order
        ``compare`` reports them.
    """
    synthetic = _gather(reps)
    position = {c.id: k for k, c in enumerate(statement.clauses())}
    diff = compare(synthetic, statement, threshold=threshold)
    found: list[tuple[tuple[int, ...], tuple[int, ...], float]] = []
    for pair in diff.pairs:
        a = tuple(int(i[1:]) for i in pair.a)
        b = tuple(position[i] for i in pair.b if i in position)
        if a and b:
            found.append((a, b, pair.similarity))
    return found


def _gather(reps: Sequence[Clause]) -> Statement:
    parts: list[str] = []
    blocks: list[Block] = []
    offset = 0
    for k, clause in enumerate(reps):
        shift = offset - clause.span.start
        span = Span(start=offset, end=offset + len(clause.text))
        moved = clause.model_copy(
            update={
                "id": f"r{k}",
                "span": span,
                "entities": tuple(_shift(e, shift) for e in clause.entities),
            }
        )
        sentence = Sentence(id=f"r{k}.s", text=clause.text, span=span, clauses=(moved,))
        blocks.append(Block(id=f"r{k}.p", text=clause.text, span=span, sentences=(sentence,)))
        parts.append(clause.text)
        offset = span.end + len(_GAP)
    text = _GAP.join(parts)
    section = Section(id="sec1", text=text, span=Span(start=0, end=len(text)), blocks=tuple(blocks))
    return Statement(text=text, sections=(section,))


def _shift(mention: EntityMention, shift: int) -> EntityMention:
    span = Span(start=mention.span.start + shift, end=mention.span.end + shift)
    return mention.model_copy(update={"span": span})
