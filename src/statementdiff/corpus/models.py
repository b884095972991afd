"""What corpus queries return: frozen models, like the rest of the package's results."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from statementdiff.models import Change, Span, WordOp

__all__ = [
    "Coverage",
    "CoverageRow",
    "Genealogy",
    "Occurrence",
    "Reuse",
    "SharedClause",
    "Step",
]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Occurrence(_Frozen):
    """One clause of one indexed statement that holds a phrase.

    Attributes:
        source: The path or name the statement was added under.
        title: The statement's title, when it has one.
        date: Its date (``YYYY-MM-DD``), when known.
        clause_id: The clause's stable id (``sec2.p3.s1.c1``).
        text: The clause's text, exactly as in the statement.
        span: The clause's span in the statement's text.
    """

    source: str
    title: str | None = None
    date: str | None = None
    clause_id: str
    text: str
    span: Span


class SharedClause(_Frozen):
    """A clause of statement ``a`` and one of ``b`` that share rare word 8-grams.

    Attributes:
        a_id: The clause id in ``a``.
        b_id: The clause id in ``b``.
        a_text: The clause of ``a``.
        b_text: The clause of ``b``.
        shingles: How many rare 8-grams the two share.
    """

    a_id: str
    b_id: str
    a_text: str
    b_text: str
    shingles: int


class Reuse(_Frozen):
    """Two statements that share passages.

    Attributes:
        a: The source of the earlier statement (by date, then source).
        b: The source of the other.
        a_date: The date of ``a``.
        b_date: The date of ``b``.
        share: Shared rare 8-grams over the 8-grams of the shorter statement (0 to 1).
        shared: How many rare 8-grams they share.
        clauses: The clause pairs that share them, most shared first.
    """

    a: str
    b: str
    a_date: str | None = None
    b_date: str | None = None
    share: float
    shared: int
    clauses: tuple[SharedClause, ...] = ()


class CoverageRow(_Frozen):
    """One statement, and the clauses of it that name an entity or topic.

    Attributes:
        source: The statement's source.
        title: Its title.
        date: Its date.
        year: The year of its date.
        parties: Its parties (from the document or the manifest).
        clause_ids: The clauses naming the entity or topic (empty when none does).
    """

    source: str
    title: str | None = None
    date: str | None = None
    year: int | None = None
    parties: tuple[str, ...] = ()
    clause_ids: tuple[str, ...] = ()


class Coverage(_Frozen):
    """Which statements name an entity or topic, and which do not.

    Attributes:
        term: The entity or topic asked for.
        named: The statements that name it, earliest first.
        silent: The statements that never name it, earliest first.
    """

    term: str
    named: tuple[CoverageRow, ...] = ()
    silent: tuple[CoverageRow, ...] = ()

    def by_parties_and_year(self) -> dict[tuple[tuple[str, ...], int | None], tuple[int, int]]:
        """Per (parties, year): how many statements name the term, and how many in all.

        Examples:
            >>> row = CoverageRow(source="a.txt", year=2021, parties=("Japan",), clause_ids=("c",))
            >>> Coverage(term="x", named=(row,)).by_parties_and_year()
            {(('Japan',), 2021): (1, 1)}
        """
        table: dict[tuple[tuple[str, ...], int | None], tuple[int, int]] = {}
        for rows, hit in ((self.named, 1), (self.silent, 0)):
            for row in rows:
                named, total = table.get((row.parties, row.year), (0, 0))
                table[(row.parties, row.year)] = (named + hit, total + 1)
        return dict(sorted(table.items(), key=lambda kv: (kv[0][0], kv[0][1] or 0)))


class Step(_Frozen):
    """One statement's form of a line, and how it changed from the step before.

    Attributes:
        source: The statement's source.
        title: Its title.
        date: Its date.
        clause_id: The clause that carries the line.
        text: The clause.
        span: The clause's span in its statement.
        holds_phrase: The clause holds the phrase itself (not only a variant of it).
        overlap: Share of the phrase's content words (stemmed) the clause holds (0 to 1).
        changed: The clause differs from the previous step's (in normal form).
        ops: The word diff from the previous step's clause (empty for the first step).
        changes: The change labels of that step (stance, qualifier, entity ...).
    """

    source: str
    title: str | None = None
    date: str | None = None
    clause_id: str
    text: str
    span: Span
    holds_phrase: bool
    overlap: float
    changed: bool = False
    ops: tuple[WordOp, ...] = ()
    changes: tuple[Change, ...] = ()


class Genealogy(_Frozen):
    """A line's first appearance and its form in every later statement, earliest first.

    Attributes:
        phrase: The phrase asked for.
        steps: One per statement carrying the phrase or a variant of it, from the first
            statement holding the phrase itself on.
    """

    phrase: str
    steps: tuple[Step, ...] = ()
