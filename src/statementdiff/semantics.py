"""What a change means: stance, entities, qualifiers and topics (stub; issue 4 fills it in)."""

from __future__ import annotations

from collections.abc import Sequence

from statementdiff.models import Change, Clause, EntityRow, Pair, Statement, TopicRow

__all__ = ["annotate_statement", "entity_table", "label_pair", "topic_table"]


def annotate_statement(statement: Statement) -> Statement:
    """Fill in each clause's entities, topics, stance, modality, negation and parties."""
    return statement


def label_pair(pair: Pair, a: Sequence[Clause], b: Sequence[Clause]) -> tuple[Change, ...]:
    """Label what the word changes of an aligned pair mean."""
    return ()


def entity_table(a: Statement, b: Statement) -> tuple[EntityRow, ...]:
    """Count each entity's mentions on both sides."""
    return ()


def topic_table(a: Statement, b: Statement) -> tuple[TopicRow, ...]:
    """Count each topic's clauses on both sides."""
    return ()
