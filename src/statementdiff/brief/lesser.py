"""Absences of lesser names, told together: one line for the names a reader skims.

An analyst writes "ASEAN, the UN Security Council and the Pacific Islands Forum are no
longer named" in one sentence, and keeps the lines of their own for China, Taiwan or
Russia. The brief does the same: the names no longer said (or newly said) whose
centrality is under :data:`LESSER_NAME` (every name ``[brief.entities]`` does not weigh
at least that much: a country, a place, a body or a document of its kind's weight) form
one finding per direction, in the place of the heaviest of them, which quotes each.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from statementdiff.brief.common import MAX_CLAUSES
from statementdiff.brief.weights import Weights
from statementdiff.models import Finding

__all__ = ["LESSER_NAME", "QUOTED_NAMES", "together"]

LESSER_NAME = 0.7
"""A name whose centrality is under this is a lesser name (``[brief.entities]`` lists the
names that weigh more: China, Taiwan, Russia, North Korea, Myanmar, the Quad …)."""

QUOTED_NAMES = 5
"""Most absences a line of lesser names quotes; the rest it lists by name."""

_HEADS = {
    "no-longer-named": "Other names no longer named in B",
    "newly-named": "Other names newly named in B",
}


def together(findings: Sequence[Finding], weights: Weights) -> list[Finding]:
    """``findings`` with the absences of two or more lesser names in one finding per kind.

    The line stands where the heaviest of them stood and weighs what it weighed; its
    summary gives the number of names, then each absence as it was written, heaviest
    first (ties by name).
    """
    lesser: dict[str, list[Finding]] = {}
    for f in findings:
        if f.kind in _HEADS and _centrality(f, weights) < LESSER_NAME:
            lesser.setdefault(f.kind, []).append(f)
    lines: dict[int, Finding] = {}
    gone: set[int] = set()
    for kind, group in lesser.items():
        if len(group) < 2:
            continue
        # ties by name, so that which statement is A never decides the order
        members = sorted(group, key=lambda f: (-f.weight, f.subject))
        lines[id(members[0])] = _line(kind, members)
        gone.update(id(f) for f in members[1:])
    return [lines.get(id(f), f) for f in findings if id(f) not in gone]


def _centrality(f: Finding, weights: Weights) -> float:
    """The centrality of the heaviest name an absence names (1.0 when none is known)."""
    known = [n.strip() for n in f.subject.split(",") if n.strip() in weights.lexicon.entities]
    return max((weights.entity(n) for n in known), default=1.0)


def _line(kind: str, members: list[Finding]) -> Finding:
    """One finding for the absences ``members`` (heaviest first)."""
    quoted, rest = members[:QUOTED_NAMES], members[QUOTED_NAMES:]
    summary = f"{_HEADS[kind]} ({len(members)}). " + " ".join(f.summary for f in quoted)
    if rest:
        summary += " Also " + "; ".join(f.subject for f in rest) + "."
    return Finding(
        kind=members[0].kind,
        subject=", ".join(f.subject for f in members),
        summary=summary,
        weight=members[0].weight,
        a=_joined(f.a for f in members),
        b=_joined(f.b for f in members),
    )


def _joined(id_lists: Iterable[tuple[str, ...]]) -> tuple[str, ...]:
    """The clause ids of the members, each once, in their order, at most MAX_CLAUSES."""
    seen: dict[str, None] = {}
    for ids in id_lists:
        seen.update(dict.fromkeys(ids))
    return tuple(seen)[:MAX_CLAUSES]
