"""Reading order: interleave aligned pairs with clauses found on one side only.

``Diff.pairs`` and ``Diff.only_a`` both follow A's document order, so they
merge by their start offsets in A. An added clause (``only_b``) carries
``after``, the id of the A clause it follows; it is placed right after the row
that holds that A clause (first when ``after`` is None). Several added clauses
with the same anchor keep B's order.

The functions take plain tuples rather than a :class:`~statementdiff.models.Diff`
so other views (series reports) can reuse them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from statementdiff.models import Diff, OneSided, Pair, Section, Statement

__all__ = ["Row", "clause_sections", "diff_rows", "filter_rows", "reading_order"]

RowKind = Literal["pair", "removed", "added"]


@dataclass(frozen=True, slots=True)
class Row:
    """One row of a report in reading order.

    Attributes:
        kind: ``"pair"`` for an aligned pair, ``"removed"`` for a clause of A
            only, ``"added"`` for a clause of B only.
        pair: The pair (``kind == "pair"`` only).
        one: The one-sided clause (``"removed"`` and ``"added"`` only).
        number: 1-based position in the full reading order (stable when a
            report filters rows out, so anchors stay the same).
    """

    kind: RowKind
    pair: Pair | None = None
    one: OneSided | None = None
    number: int = 0

    @property
    def a_ids(self) -> tuple[str, ...]:
        """A clause ids this row covers."""
        if self.pair is not None:
            return self.pair.a
        return (self.one.id,) if self.one is not None and self.kind == "removed" else ()

    @property
    def b_ids(self) -> tuple[str, ...]:
        """B clause ids this row covers."""
        if self.pair is not None:
            return self.pair.b
        return (self.one.id,) if self.one is not None and self.kind == "added" else ()

    @property
    def topics(self) -> tuple[str, ...]:
        """Topics of the row's clauses, sorted."""
        if self.pair is not None:
            return self.pair.topics
        return self.one.topics if self.one is not None else ()

    @property
    def relation(self) -> str:
        """The pair's relation, or ``"removed"``/``"added"``."""
        return self.pair.relation if self.pair is not None else self.kind

    @property
    def changed(self) -> bool:
        """False only for an unchanged pair that was not moved."""
        return self.pair is None or self.pair.relation != "unchanged" or self.pair.moved


def reading_order(
    pairs: Sequence[Pair], only_a: Sequence[OneSided], only_b: Sequence[OneSided]
) -> tuple[Row, ...]:
    """Interleave pairs, removed and added clauses in reading order.

    Args:
        pairs: Aligned pairs (any order; they are sorted by their A span).
        only_a: Clauses of A only (sorted by their span).
        only_b: Clauses of B only, each with ``after`` naming the A clause it follows.

    Returns:
        Every pair and one-sided clause exactly once, numbered from 1.

    Examples:
        >>> from statementdiff.models import OneSided, Span
        >>> rows = reading_order((), (), (OneSided(id="p1", text="x", span=Span(start=0, end=1)),))
        >>> [(r.kind, r.number) for r in rows]
        [('added', 1)]
    """
    a_rows: list[tuple[int, int, int, Row]] = []
    for index, pair in enumerate(pairs):
        a_rows.append((pair.a_span.start, pair.a_span.end, index, Row("pair", pair=pair)))
    offset = len(pairs)
    for index, one in enumerate(only_a):
        a_rows.append((one.span.start, one.span.end, offset + index, Row("removed", one=one)))
    a_rows.sort(key=lambda item: item[:3])

    added = sorted(enumerate(only_b), key=lambda item: (item[1].span.start, item[0]))
    anchored: dict[str | None, list[OneSided]] = {}
    for _, one in added:
        anchored.setdefault(one.after, []).append(one)

    ordered: list[Row] = [Row("added", one=one) for one in anchored.pop(None, [])]
    for *_, row in a_rows:
        ordered.append(row)
        for a_id in row.a_ids:
            ordered.extend(Row("added", one=one) for one in anchored.pop(a_id, []))
    for key in sorted(anchored, key=lambda k: min(o.span.start for o in anchored[k])):
        ordered.extend(Row("added", one=one) for one in anchored[key])  # unknown anchors: last
    return tuple(
        Row(row.kind, pair=row.pair, one=row.one, number=n) for n, row in enumerate(ordered, 1)
    )


def diff_rows(diff: Diff) -> tuple[Row, ...]:
    """The rows of a diff in reading order (see :func:`reading_order`)."""
    return reading_order(diff.pairs, diff.only_a, diff.only_b)


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
    """Drop unchanged rows when ``only == "changed"``."""
    return tuple(row for row in rows if only == "all" or row.changed)
