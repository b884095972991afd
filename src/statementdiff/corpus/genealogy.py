"""The genealogy of a line: where a phrase first appears and how later statements word it.

From the earliest statement holding the phrase, every later statement contributes its clause
closest to the phrase: one holding the phrase itself, or else the clause holding most of the
phrase's content words (stemmed, as the aligner stems; at least ``min_overlap`` of them), so
"in the Taiwan Strait" is found as a variant of "across the Taiwan Strait". Each step is
compared with the one before by :func:`~statementdiff.compare` (word diff and labels).
"""

from __future__ import annotations

import itertools
import sqlite3

from statementdiff.align.tokens import content_tokens
from statementdiff.compare import compare
from statementdiff.corpus.models import Genealogy, Occurrence, Step
from statementdiff.corpus.normalise import contains, normalise
from statementdiff.corpus.queries import occurrences
from statementdiff.models import Change, Span, WordOp
from statementdiff.parse import parse

__all__ = ["genealogy"]


def genealogy(con: sqlite3.Connection, phrase: str, *, min_overlap: float = 0.75) -> Genealogy:
    """The timeline of ``phrase`` and its variants (see the module's description)."""
    found = occurrences(con, phrase)
    if not found:
        return Genealogy(phrase=phrase)
    norm = normalise(phrase)
    stems = set(content_tokens(phrase)) or set(norm.split())
    first = found[0]
    words = sorted({w for w in norm.split() if content_tokens(w)} or set(norm.split()))
    query = " OR ".join('"' + w.replace('"', '""') + '"' for w in words)
    rows = con.execute(
        "SELECT s.source, s.title, s.date, c.clause_id, c.text, c.span_start, c.span_end, c.norm "
        "FROM clause_fts f JOIN clauses c ON c.id = f.rowid JOIN statements s "
        "ON s.id = c.statement WHERE clause_fts MATCH ? AND (s.date IS NULL OR s.date >= ?) "
        "ORDER BY s.date IS NULL, s.date, s.source, c.id",
        (query, first.date or ""),
    ).fetchall()
    best: dict[str, tuple[tuple[bool, float], Step]] = {}
    order: list[str] = []
    for source, title, date, clause_id, text, start, end, clause_norm in rows:
        if (date, source) < (first.date, first.source) and date is not None:
            continue
        holds = contains(clause_norm, norm)
        overlap = len(stems & set(content_tokens(text))) / len(stems)
        if not holds and overlap < min_overlap:
            continue
        key = (holds, overlap)
        step = Step(
            source=source,
            title=title,
            date=date,
            clause_id=clause_id,
            text=text,
            span=Span(start=start, end=end),
            holds_phrase=holds,
            overlap=round(overlap, 6),
        )
        if source not in best:
            order.append(source)
            best[source] = (key, step)
        elif key > best[source][0]:
            best[source] = (key, step)
    if first.source in best and not best[first.source][1].holds_phrase:
        best[first.source] = ((True, 1.0), _from_occurrence(first))
    steps = [best[s][1] for s in order]
    return Genealogy(phrase=phrase, steps=tuple(_diffed(steps)))


def _from_occurrence(o: Occurrence) -> Step:
    return Step(
        source=o.source,
        title=o.title,
        date=o.date,
        clause_id=o.clause_id,
        text=o.text,
        span=o.span,
        holds_phrase=True,
        overlap=1.0,
    )


def _diffed(steps: list[Step]) -> list[Step]:
    out = steps[:1]
    for before, after in itertools.pairwise(steps):
        if normalise(before.text) == normalise(after.text):
            out.append(after)
            continue
        diff = compare(parse(before.text), parse(after.text), threshold=0.0, related=False)
        ops: list[WordOp] = [op for pair in diff.pairs for op in pair.ops]
        changes: list[Change] = [c for pair in diff.pairs for c in pair.changes]
        out.append(
            after.model_copy(update={"changed": True, "ops": tuple(ops), "changes": tuple(changes)})
        )
    return out
