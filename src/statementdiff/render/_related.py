"""Which related links each report row shows, and how they read.

A related link ties a sentence of A to a sentence of B (``Diff.related``). A report shows it
on the row that holds the first clause of its A sentence and, when that is another row, on
the row that holds the first clause of its B sentence, so a link is shown once per side and
a one-sided clause shows what it relates to.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from statementdiff.models import Diff, Related, Row

__all__ = ["RelatedNote", "related_notes"]


@dataclass(frozen=True, slots=True)
class RelatedNote:
    """One related link as seen from a row.

    Attributes:
        side: The other side ("A" or "B").
        ids: The other side's clause ids.
        row: The number of the row that holds the other side's first clause (0 if none).
        score: The link's score.
        evidence: Why, in short.
    """

    side: str
    ids: tuple[str, ...]
    row: int
    score: float
    evidence: str

    @property
    def ids_text(self) -> str:
        """The other side's ids, first..last when several ("sec1.p2.s1.c1..c3")."""
        if len(self.ids) == 1:
            return self.ids[0]
        first, last = self.ids[0], self.ids[-1]
        prefix = first.rsplit(".", 1)[0] + "."
        return f"{first}..{last.removeprefix(prefix)}"

    def describe(self) -> str:
        """``related to B sec2.p1.s1.c1 (0.72): shared topics: taiwan``."""
        text = f"related to {self.side} {self.ids_text} ({self.score:.2f})"
        return f"{text}: {self.evidence}" if self.evidence else text


def related_notes(diff: Diff, rows: Sequence[Row]) -> dict[int, list[RelatedNote]]:
    """The related links to show, by row number, in A's order then B's."""
    row_of_a = {i: row.number for row in rows for i in row.a_ids}
    row_of_b = {i: row.number for row in rows for i in row.b_ids}
    notes: dict[int, list[RelatedNote]] = {}
    for link in diff.related:
        at_a = row_of_a.get(link.a[0], 0)
        at_b = row_of_b.get(link.b[0], 0)
        if at_a:
            notes.setdefault(at_a, []).append(_note("B", link, link.b, at_b))
        if at_b and at_b != at_a:
            notes.setdefault(at_b, []).append(_note("A", link, link.a, at_a))
    return notes


def _note(side: str, link: Related, ids: tuple[str, ...], row: int) -> RelatedNote:
    evidence = "; ".join(e for e in link.evidence if not e.startswith("lexical"))
    return RelatedNote(side, ids, row, link.score, evidence)
