"""Row helpers the diff reports share (the reading order itself is :meth:`Diff.rows`)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from statementdiff.models import Row, Section, Statement

__all__ = ["clause_sections", "filter_rows"]


def clause_sections(statement: Statement) -> dict[str, Section]:
    """Map each clause id of a statement to the section that holds it."""
    found: dict[str, Section] = {}
    for section in statement.sections:
        for block in section.blocks:
            for sentence in block.sentences:
                for clause in sentence.clauses:
                    found[clause.id] = section
    return found


def filter_rows(rows: Iterable[Row], *, only: Literal["changed", "all"] = "all") -> tuple[Row, ...]:
    """Drop unchanged rows (same words, same place) when ``only == "changed"``."""
    return tuple(row for row in rows if only == "all" or row.changed)
