"""Group clauses of a series into threads: the same commitment followed across statements.

Each statement is aligned against the *representatives* of the threads seen so far: the
latest clause(s) of every thread that appeared in the previous statement (live threads) or in
one of the few statements before it (recently dropped threads, which may come back). The set of
representatives is bounded by :data:`REVIVE_WINDOW` statements' worth of clauses, so the cost of a
series grows about linearly with its length instead of with the number of statement pairs.

The alignment itself is the one :func:`statementdiff.compare` uses; this module only decides
which thread each aligned clause joins and what each step's status is.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field

from statementdiff.models import Clause, Statement

__all__ = ["REVIVE_WINDOW", "Matcher", "RepMatch", "ThreadDraft", "block_ids", "build_threads"]

REVIVE_WINDOW = 3
"""How many statements back a thread stays a representative.

1 would align each statement with its predecessor only; 3 lets a commitment skip up to two
statements and still be recognised as the same thread when it comes back.
"""

RepMatch = tuple[tuple[int, ...], tuple[int, ...], float]
"""Indices into the representatives, indices into the new statement's clauses, similarity.

What a :data:`Matcher` returns (unlike :class:`statementdiff.align.aligner.Match`, one match
of the aligner between two statements)."""

Matcher = Callable[[Sequence[Clause], Sequence[Hashable], Statement, float], list[RepMatch]]
"""Align representative clauses (from any statements, with a paragraph label each) with one
statement's clauses."""


@dataclass(slots=True)
class ThreadDraft:
    """A thread while it is being built: the clauses it holds in each statement.

    Attributes:
        appearances: Statement index → the thread's clauses in that statement, in text order.
        similarity: Statement index → alignment score against the previous appearance.
    """

    appearances: dict[int, tuple[Clause, ...]] = field(default_factory=dict)
    similarity: dict[int, float] = field(default_factory=dict)

    @property
    def first(self) -> int:
        """Index of the first statement the thread appears in."""
        return min(self.appearances)

    @property
    def last(self) -> int:
        """Index of the last statement the thread appears in."""
        return max(self.appearances)


def build_threads(
    statements: Sequence[Statement],
    match: Matcher,
    threshold: float,
    progress: Callable[[int, int], None] | None = None,
) -> list[ThreadDraft]:
    """Assign every clause of every statement to exactly one thread.

    Args:
        statements: The series, already in order.
        match: The aligner (see :data:`Matcher`).
        threshold: Similarity below which clauses are not paired.
        progress: Called as ``progress(done, total)`` after each statement.

    Returns:
        Threads in order of first appearance (then document order of their first clause).
    """
    threads: list[ThreadDraft] = []
    blocks: list[dict[str, str]] = []
    for index, statement in enumerate(statements):
        blocks.append(block_ids(statement))
        clauses = list(statement.clauses())
        recent = [t for t in threads if t.last >= index - REVIVE_WINDOW]
        # Representatives in reading order of the statement they were last seen in, so the
        # clauses of one paragraph stay together (the aligner pairs paragraphs first).
        order: list[tuple[int, int, int, Clause]] = []
        for k, thread in enumerate(recent):
            for clause in thread.appearances[thread.last]:
                order.append((thread.last, clause.span.start, k, clause))
        order.sort(key=lambda item: item[:3])
        reps = [item[3] for item in order]
        groups = [(item[0], blocks[item[0]][item[3].id]) for item in order]
        owner = [item[2] for item in order]  # representative position -> position in `recent`
        taken: set[int] = set()
        joined: dict[int, tuple[list[int], float]] = {}
        if reps and clauses:
            for rep_idx, clause_idx, score in match(reps, groups, statement, threshold):
                targets = sorted({owner[r] for r in rep_idx})
                fresh = [c for c in clause_idx if c not in taken]
                if not targets or not fresh:
                    continue
                # A merge (several threads → one clause) continues the earliest thread only.
                target = targets[0]
                if target in joined:
                    joined[target][0].extend(fresh)
                else:
                    joined[target] = (fresh, score)
                taken.update(fresh)
        for k, (positions, score) in joined.items():
            thread = recent[k]
            thread.appearances[index] = tuple(clauses[p] for p in sorted(positions))
            thread.similarity[index] = score
        for position, clause in enumerate(clauses):
            if position not in taken:
                threads.append(ThreadDraft(appearances={index: (clause,)}))
        if progress is not None:
            progress(index + 1, len(statements))
    return threads  # appended in statement order, then document order: first appearance


def block_ids(statement: Statement) -> dict[str, str]:
    """Map each clause id of a statement to the id of its paragraph or list item.

    Args:
        statement: The statement.

    Returns:
        Clause id → block id.
    """
    return {
        clause.id: block.id
        for block in statement.blocks()
        for sentence in block.sentences
        for clause in sentence.clauses
    }
