"""Findings from the entity and topic tables: names and topics said on one side only.

A name said on one side only is ``no-longer-named`` or ``newly-named`` (names only said in
the same clauses form one finding); a name said far more often on one side is a
``scope-change``; a topic discussed on one side only is ``topic-dropped`` or ``topic-added``.
"""

from __future__ import annotations

from statementdiff.brief.common import SIDE, capped, clamp_weight
from statementdiff.brief.quote import cite, times
from statementdiff.brief.sources import Sources
from statementdiff.models import Finding, FindingKind
from statementdiff.semantics.entities import names_spoken_of

__all__ = ["SCOPE_RATIO", "entity_findings", "topic_findings"]

SCOPE_RATIO = 0.5
"""An entity named on both sides is a scope change when |a - b| / max(a, b) reaches this."""


def entity_findings(src: Sources) -> list[Finding]:
    """No longer named, newly named and scope changes, from the entity table.

    The statements' own parties and people are left out; entities named only in the
    same clauses on the side that names them form one finding ("Hong Kong, Xinjiang").
    """
    groups: dict[tuple[int, tuple[str, ...]], list[str]] = {}
    mentions = {row.name: max(row.a_count, row.b_count) for row in src.entities}
    out: list[Finding] = []
    for row in src.entities:
        if row.name in src.own or src.weights.entity(row.name) <= 0.0:
            continue
        if (row.a_count == 0) != (row.b_count == 0):
            side = 0 if row.b_count == 0 else 1
            ids, count = _named_spoken_of(src, side, row.name)
            if not ids:
                continue  # named only inside titles or as where the parties met
            mentions[row.name] = count
            groups.setdefault((side, ids), []).append(row.name)
        elif row.a_count and row.b_count:
            found = _scope(src, row.name, row.a_count, row.b_count)
            if found is not None:
                out.append(found)
    for (side, ids), names in _nested(groups).items():
        if ids:
            out.append(_absent(src, side, ids, names, {n: mentions[n] for n in names}))
    return out


def _nested(
    groups: dict[tuple[int, tuple[str, ...]], list[str]],
) -> dict[tuple[int, tuple[str, ...]], list[str]]:
    """Names only ever said in clauses that also name another absent name join its group.

    "Russia's further aggression against Ukraine": when every clause of B that names
    Ukraine also names Russia, Ukraine's absence from A is part of Russia's, one finding
    ("Russia, Ukraine"). A name joins the group with the most clauses that holds all its
    clauses (ties: the first in order of the groups' clause ids).
    """
    out: dict[tuple[int, tuple[str, ...]], list[str]] = {}
    keys = sorted(groups, key=lambda k: (k[0], -len(k[1]), k[1]))
    for key in keys:
        side, ids = key
        host = next(
            (
                other
                for other in keys
                if other != key
                and other[0] == side
                and len(other[1]) > len(ids)
                and set(ids) <= set(other[1])
                and other in out
            ),
            None,
        )
        if host is None:
            out[key] = list(groups[key])
        else:
            out[host].extend(groups[key])
    return out


def _named_spoken_of(src: Sources, side: int, name: str) -> tuple[tuple[str, ...], int]:
    """The clauses of side ``side`` that speak of ``name`` (:func:`names_spoken_of`), how often."""
    lexicon = src.weights.lexicon
    ids: list[str] = []
    count = 0
    for cid in src.naming(side, name):
        n = names_spoken_of(src.clauses[side][cid], lexicon).count(name)
        if n:
            ids.append(cid)
            count += n
    return tuple(ids), count


def _absent(
    src: Sources, side: int, ids: tuple[str, ...], names: list[str], counts: dict[str, int]
) -> Finding:
    """Entities named on ``side`` only (``counts``: how often each), all in the clauses ``ids``.

    Names said equally often share one count ("Hong Kong, Xinjiang: named once in A");
    otherwise each has its own ("China, South China Sea: named in A (China twice, South
    China Sea once; …)"), so that no count is read as every name's.
    """
    kind: FindingKind = "no-longer-named" if side == 0 else "newly-named"
    count = max(counts.values())
    centrality = max(src.weights.entity(name) for name in names)
    strength = src.weights.strength(kind) * (0.7 + 0.1 * min(count, 3))
    weight = centrality * strength + 0.03 * (len(names) - 1)
    subject = ", ".join(names)
    first = ids[0]
    where = cite(first, src.text(side, first), names[0])
    other = sorted({p for cid in ids for p in src.partners[side][cid]})
    partner_ids = [p for p in src.clauses[1 - side] if p in set(other)][:3]
    if len(set(counts.values())) == 1:
        said = f"named {times(count)} in {SIDE[side]} ({where}), not in {SIDE[1 - side]}"
    else:
        each = ", ".join(f"{n} {times(counts[n])}" for n in names)
        said = f"named in {SIDE[side]} ({each}; {where}), not in {SIDE[1 - side]}"
    if partner_ids:
        p = partner_ids[0]
        said += f"; {SIDE[1 - side]} says instead {cite(p, src.text(1 - side, p))}"
    a, b = (ids, tuple(partner_ids)) if side == 0 else (tuple(partner_ids), ids)
    return Finding(
        kind=kind,
        subject=subject,
        summary=f"{subject}: {said}.",
        weight=clamp_weight(weight),
        a=capped(a),
        b=capped(b),
    )


def _scope(src: Sources, name: str, a_count: int, b_count: int) -> Finding | None:
    ratio = abs(a_count - b_count) / max(a_count, b_count)
    if ratio < SCOPE_RATIO:
        return None
    a_ids, b_ids = src.naming(0, name), src.naming(1, name)
    if not a_ids or not b_ids:
        return None
    weight = src.weights.entity(name) * src.weights.strength("scope-change") * ratio
    summary = (
        f"{name}: named {times(a_count)} in A ({cite(a_ids[0], src.text(0, a_ids[0]), name)}), "
        f"{times(b_count)} in B ({cite(b_ids[0], src.text(1, b_ids[0]), name)})."
    )
    return Finding(
        kind="scope-change",
        subject=name,
        summary=summary,
        weight=clamp_weight(weight),
        a=capped(a_ids),
        b=capped(b_ids),
    )


def topic_findings(src: Sources) -> list[Finding]:
    """Topics discussed on one side only."""
    out: list[Finding] = []
    for row in src.topics:
        if (row.a_count == 0) == (row.b_count == 0):
            continue
        side = 0 if row.b_count == 0 else 1
        ids = row.a_clauses if side == 0 else row.b_clauses
        kind: FindingKind = "topic-dropped" if side == 0 else "topic-added"
        count = len(ids)
        weight = (
            src.weights.topic(row.name) * src.weights.strength(kind) * (0.7 + 0.1 * min(count, 3))
        )
        summary = (
            f"Topic {row.name}: {count} clause{'s' if count != 1 else ''} in {SIDE[side]} "
            f"({cite(ids[0], src.text(side, ids[0]))}), none in {SIDE[1 - side]}."
        )
        a, b = (ids, ()) if side == 0 else ((), ids)
        out.append(
            Finding(
                kind=kind,
                subject=row.name,
                summary=summary,
                weight=clamp_weight(weight),
                a=capped(a),
                b=capped(b),
            )
        )
    return out
