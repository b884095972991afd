"""A baseline of comparable statements: an absence read against what they usually name."""

from __future__ import annotations

from collections.abc import Sequence

from statementdiff.brief.rank import names_entities
from statementdiff.brief.sources import Sources
from statementdiff.models import Finding, Statement

__all__ = ["USUAL_SHARE", "with_baseline"]

USUAL_SHARE = 0.5
"""An entity is usually named when at least this share of the baseline statements names it."""


def _named(statement: Statement) -> frozenset[str]:
    return frozenset(m.name for c in statement.clauses() for m in c.entities)


def with_baseline(
    src: Sources, findings: list[Finding], baseline: Sequence[Statement]
) -> list[Finding]:
    """Give absences their context in ``baseline``, and add the usual names both leave out.

    An entity no longer named in B (or newly named in B) says how many baseline
    statements name it, and weighs more the more usual it is (less, for a newly named
    one); an entity most baseline statements name and neither A nor B names is a
    ``usually-named`` finding.
    """
    counts: dict[str, int] = {}
    for statement in baseline:
        for name in _named(statement):
            counts[name] = counts.get(name, 0) + 1
    total = len(baseline)
    out: list[Finding] = []
    for f in findings:
        if names_entities(f, src.weights.lexicon):
            names = [n.strip() for n in f.subject.split(",")]
            k = max(counts.get(n, 0) for n in names)
            share = k / total
            gone = f.kind == "no-longer-named" or f.kind.endswith("-dropped")
            absent_in = "B" if gone else "A"
            scale = 0.5 + share if gone else 1.5 - share
            f = f.model_copy(
                update={
                    "summary": f"{f.summary[:-1]}; named in {k} of {total} comparable "
                    f"statements, not in {absent_in}.",
                    "weight": round(min(1.0, f.weight * scale), 4),
                }
            )
        out.append(f)
    in_either = _named(src.a) | _named(src.b)
    for name, k in sorted(counts.items()):
        share = k / total
        if name in in_either or name in src.own or share < USUAL_SHARE or k < 2:
            continue
        centrality = src.weights.entity(name)
        if centrality <= 0.0:
            continue
        out.append(
            Finding(
                kind="usually-named",
                subject=name,
                summary=f"{name}: named in {k} of {total} comparable statements, not in A or B.",
                weight=round(centrality * src.weights.strength("usually-named") * share, 4),
            )
        )
    return out
