"""Fold findings that say the same thing, then rank: heaviest first, ties in a fixed order."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import get_args

from statementdiff.brief.common import MAX_CLAUSES
from statementdiff.brief.one_sided import money
from statementdiff.brief.quote import cite
from statementdiff.brief.sources import Sources, sentence_of
from statementdiff.lexicon.lexicon import Lexicon
from statementdiff.models import Clause, Finding, FindingKind

__all__ = ["MIN_WEIGHT", "fold", "names_entities", "rank"]

MIN_WEIGHT = 0.05
"""Findings lighter than this are left out of the brief."""

_KIND_ORDER = {kind: i for i, kind in enumerate(get_args(FindingKind))}
_KIND_ORDER.update(
    {"position-dropped": _KIND_ORDER["commitment-dropped"],
     "position-added": _KIND_ORDER["commitment-added"]}
)  # fmt: skip
"""Tie order of the kinds: a one-sided commitment and a one-sided position are one family
(what the parties say on one side only), whose ties go by place in the text."""
_ABSENT = ("no-longer-named", "newly-named")
_ONE_SIDED = (
    "commitment-dropped",
    "commitment-added",
    "position-dropped",
    "position-added",
    "pledge-dropped",
    "pledge-added",
    "passage-dropped",
    "passage-added",
)


def _side_ids(f: Finding) -> tuple[int, tuple[str, ...]]:
    return (0, f.a) if f.kind in ("no-longer-named", *_ONE_SIDED[::2]) else (1, f.b)


def fold(src: Sources, findings: Sequence[Finding]) -> list[Finding]:
    """Merge findings that say the same thing.

    An entity's absence joins the one-sided clause that alone named it, a one-sided clause
    an absence cites joins that absence, a topic's absence joins the absence of one of its
    entities, an entity put in another's place joins that reframing, a scope change
    joins a one-sided clause of its richer side, and a one-sided clause joins the
    rewording of its paragraph on its subject (:func:`_fold_into_rewordings`).
    """
    clause_of: dict[tuple[int, str], Finding] = {}
    for f in findings:
        if f.kind in _ONE_SIDED:
            side, ids = _side_ids(f)
            clause_of[(side, ids[0])] = f
    merged: dict[tuple[int, str], Finding] = {}
    kept: list[Finding] = []
    for f in findings:
        if f.kind in _ABSENT:
            side, ids = _side_ids(f)
            host = clause_of.get((side, ids[0])) if len(ids) == 1 else None
            if host is not None:
                base = merged.get((side, ids[0]), host)
                other = "B" if side == 0 else "A"
                merged[(side, ids[0])] = base.model_copy(
                    update={
                        "subject": f.subject,
                        "summary": f"{base.summary[:-1]}; {f.subject}: not named in {other}.",
                        "weight": round(min(1.0, max(base.weight, f.weight) + 0.05), 4),
                    }
                )
                continue
        kept.append(f)
    # a one-sided clause that an absence already cites is part of that absence
    cited = {(_side_ids(f)[0], cid) for f in kept if f.kind in _ABSENT for cid in _side_ids(f)[1]}
    out: list[Finding] = []
    for f in kept:
        if f.kind in _ONE_SIDED:
            side, ids = _side_ids(f)
            if (side, ids[0]) in cited and (side, ids[0]) not in merged:
                continue
            out.append(merged.get((side, ids[0]), f))
        else:
            out.append(f)
    folded = _fold_scope(_fold_replaced(_fold_reworded(_fold_topics(src, out))))
    folded = _fold_money(src, _fold_same_subject(src, _fold_mirrors(src, folded)))
    return _fold_into_rewordings(src, folded)


_REWORDINGS = ("framing-change", "stance-shift")
"""Findings on clauses both sides say, reworded: a passage that corresponds."""


def _fold_into_rewordings(src: Sources, findings: list[Finding]) -> list[Finding]:
    """A one-sided clause in the paragraph of a reworded pair, on its subject, joins it.

    U.S.-ROK 2022 rewords 2021's extended-deterrence pledge ("including nuclear" new) and,
    in the same paragraph, agrees "to reactivate the high-level Extended Deterrence
    Strategy and Consultation Group": one change of one passage, not a second line of the
    brief, and not a clause "with no counterpart" where the paragraph answers the other
    side's. The subject is the clause's heaviest entities and topics
    (:func:`_subject_keys`), shared with a clause of the rewording on the same side. The
    rewording leads; the one-sided clause is cited after it ("in the same passage also
    …"), its ids join the finding's and its weight counts.
    """
    hosts: dict[tuple[int, str], list[Finding]] = {}
    for f in findings:
        if f.kind in _REWORDINGS:
            for side, ids in ((0, f.a), (1, f.b)):
                for cid in ids:
                    hosts.setdefault((side, _block(cid)), []).append(f)
    merged: dict[int, Finding | None] = {}
    # a clause a rewording already gives a counterpart has one: no finding of its own
    # ("Position only in B: … has no counterpart in A" beside "Reworded (new: 'by force')"
    # on that very clause), its weight counts for the rewording
    told = {(side, cid): f for f in findings if f.kind in _REWORDINGS for side, ids in
            ((0, f.a), (1, f.b)) for cid in ids}  # fmt: skip
    for f in findings:
        if f.kind not in _ONE_SIDED:
            continue
        side, ids = _side_ids(f)
        host = told.get((side, ids[0]))
        if host is not None:
            base = merged.get(id(host)) or host
            merged[id(host)] = base.model_copy(update={"weight": max(base.weight, f.weight)})
            merged[id(f)] = None
    for f, side, ids, keys in _one_sided_subjects(src, findings):
        if id(f) in merged:
            continue
        # the heaviest rewording on its subject (ties: by its clauses), whichever side is A
        candidates = sorted(
            hosts.get((side, _block(ids[0])), []),
            key=lambda h: (-h.weight, h.a if side == 0 else h.b),
        )
        for host in candidates:
            host_ids = host.a if side == 0 else host.b
            if not any(
                keys & _subject_keys(src, side, cid) for cid in host_ids if cid in src.clauses[side]
            ):
                continue
            base = merged.get(id(host)) or host
            also = cite(ids[0], src.text(side, ids[0]))
            joined = tuple(dict.fromkeys((*(base.a if side == 0 else base.b), *ids)))
            a, b = (joined[:MAX_CLAUSES], base.b) if side == 0 else (base.a, joined[:MAX_CLAUSES])
            merged[id(host)] = base.model_copy(
                update={
                    "summary": f"{base.summary[:-1]}; in the same passage also {also}.",
                    "a": a,
                    "b": b,
                    "weight": _merged_weight(max(base.weight, f.weight), 1),
                }
            )
            merged[id(f)] = None
            break
    return _applied(findings, merged)


def _fold_mirrors(src: Sources, findings: list[Finding]) -> list[Finding]:
    """Fold a one-sided finding into the one that cites its clause.

    A clause another one-sided finding cites as the other side's corresponding passage is
    part of that finding, not a change of its own. Findings are read heaviest first, so
    when each cites the other the heavier stays; on a tie, the one whose clause reads
    first in alphabetical order (which side is A does not decide, so ``compare(b, a)``
    keeps the mirror of what ``compare(a, b)`` keeps).
    """
    own = {(_side_ids(f)[0], _side_ids(f)[1][0]): f for f in findings if f.kind in _ONE_SIDED}
    dropped: set[int] = set()

    def order(item: tuple[tuple[int, str], Finding]) -> tuple[float, str, tuple[int, str]]:
        (side, cid), f = item
        return (-f.weight, src.text(side, cid), (side, cid))

    for (side, _), f in sorted(own.items(), key=order):
        if id(f) in dropped:
            continue
        cited = f.b if side == 0 else f.a
        if len(cited) != 1:
            continue
        other = own.get((1 - side, cited[0]))
        if other is not None and other is not f:
            dropped.add(id(other))
    return [f for f in findings if id(f) not in dropped]


def _fold_money(src: Sources, findings: list[Finding]) -> list[Finding]:
    """Money pledged on one side only makes one finding that lists every amount.

    "B adds money pledges: $200M for GHSA, $4 billion for COVAX, …" is one line of an
    analyst's brief, not three. A finding takes part through its first clause, the one it
    is about (a passage finding lists its heaviest clause first, see
    :func:`_fold_same_subject`): "… in the same passage also …" clauses are its context,
    and a sum they report ("the summit galvanized $3.2 billion") is no pledge of its.

    When both sides pledge money on one topic, the two make one ``pledge-changed``
    finding: "A: $219 million for last-mile vaccine rollouts, $3.3 billion of vaccine
    loans" and "B: USD 5.2 billion to the COVAX AMC" are one change an analyst reads (the
    health money changed, none of it said on both sides), not two lines. Money on a topic
    the other side's money does not share (infrastructure against health), or money a side
    only names, stays on its side.
    """
    sides: dict[int, _Money] = {}
    for side in (0, 1):
        group = sorted(
            (
                f
                for f in findings
                if f.kind in ("pledge-dropped", "pledge-added")
                and _side_ids(f)[0] == side
                and money(src.text(side, _side_ids(f)[1][0]))
            ),
            key=lambda g: (-g.weight, _side_ids(g)[1]),
        )
        if group:
            ids = tuple(dict.fromkeys(_side_ids(g)[1][0] for g in group))[:MAX_CLAUSES]
            sides[side] = _Money(group, ids, _mode(src.clauses[side][cid] for cid in ids))
    merged: dict[int, Finding | None] = {}
    shared = _money_topics(src, sides) if len(sides) == 2 else frozenset()
    # money on a topic the other side's money does not share stays on its side
    split = [_split_money(src, side, sides[side], shared) for side in (0, 1)] if shared else []
    if split and _gives(split[0][0], split[1][0]):
        (a, rest_a), (b, rest_b) = split
        sides = {side: m for side, m in ((0, rest_a), (1, rest_b)) if m is not None}
        quoted = [_amounts(src, 0, a.ids), _amounts(src, 1, b.ids)]
        if a.mode == b.mode == "pledged":
            summary = (
                f"Money pledged changed, none of it on both sides: A {quoted[0]} → B {quoted[1]}."
            )
        else:  # one side pledges, the other reports what was given so far
            said = [_GIVES[m.mode] for m in (a, b)]
            summary = (
                f"Money changed, none of it on both sides: A {said[0]} {quoted[0]} → B "
                f"{said[1]} {quoted[1]}."
            )
        merged[id(a.group[0])] = a.group[0].model_copy(
            update={
                "kind": "pledge-changed",
                "subject": "money pledged",
                "summary": summary,
                "a": a.ids,
                "b": b.ids,
                "weight": _merged_weight(
                    max(a.group[0].weight, b.group[0].weight), len(a.group) + len(b.group) - 1
                ),
            }
        )
        for g in (*a.group[1:], *b.group):
            merged[id(g)] = None
    for side, found in sides.items():
        if len(found.group) < 2:
            continue
        head = found.group[0]
        other = "B" if side == 0 else "A"
        # money the parties commit ("we will provide $500 million") is pledged; money they
        # report as given so far is reported; money a fact sheet reports ("Hyundai's $5.4
        # billion plant is under construction") is named
        summary = (
            f"Money {_GIVEN[found.mode]} only in {'AB'[side]}, none of it in {other}: "
            f"{_amounts(src, side, found.ids)}."
        )
        merged[id(head)] = head.model_copy(
            update={
                "subject": f"money {found.mode}",
                "summary": summary,
                "a": found.ids if side == 0 else (),
                "b": found.ids if side == 1 else (),
                "weight": _merged_weight(head.weight, len(found.group) - 1),
            }
        )
        for g in found.group[1:]:
            merged[id(g)] = None
    return _applied(findings, merged)


@dataclass(frozen=True, slots=True)
class _Money:
    """One side's findings whose first clause names money, heaviest first, and those clauses."""

    group: list[Finding]
    ids: tuple[str, ...]
    mode: str
    """``pledged`` (the parties commit it), ``reported`` (they report it as given so far,
    :data:`_TALLY`), ``mixed`` (some of each) or ``named`` (someone else's money)."""


_GIVES = {
    "pledged": "pledges",
    "reported": "reports as given so far",
    "mixed": "pledges or reports",
}
_GIVEN = {
    "pledged": "pledged",
    "reported": "reported as given",
    "mixed": "pledged or reported as given",
    "named": "named",
}


def _money_topics(src: Sources, sides: dict[int, _Money]) -> frozenset[str]:
    """The topics both sides give money on, if one pledges and the other pledges or reports.

    A topic of the statements' own format ("quad": the Quad is who speaks) is their
    setting, not what the money goes to.
    """
    if not _gives(*sides.values()):
        return frozenset()
    topics = [_topics_of(src, side, m.ids) for side, m in sorted(sides.items())]
    return frozenset(topics[0] & topics[1])


def _gives(*sides: _Money) -> bool:
    """True when the sides' money is the parties' and one side at least pledges some."""
    modes = {m.mode for m in sides}
    return "named" not in modes and modes != {"reported"}


def _topics_of(src: Sources, side: int, ids: tuple[str, ...]) -> set[str]:
    """The topics of clauses ``ids``, less those of the statements' own format."""
    topics, members = src.weights.lexicon.topics, src.weights.lexicon.brief.members

    def own(name: str) -> bool:
        # a party, or a format of the parties (the Quad of its four members)
        return name in src.own or set(members.get(name, ("",))) <= src.own

    found = {t for cid in ids for t in src.clauses[side][cid].topics}
    return {
        t
        for t in found
        if t not in topics
        or topics[t].terms
        or not topics[t].entities
        or not all(own(e) for e in topics[t].entities)
    }


def _split_money(
    src: Sources, side: int, found: _Money, shared: frozenset[str]
) -> tuple[_Money, _Money | None]:
    """One side's money on the shared topics, and the rest of it (None when there is none)."""
    on = [g for g in found.group if _topics_of(src, side, (_side_ids(g)[1][0],)) & shared]
    off = [g for g in found.group if g not in on]

    def money_of(group: list[Finding]) -> _Money:
        ids = tuple(dict.fromkeys(_side_ids(g)[1][0] for g in group))[:MAX_CLAUSES]
        return _Money(group, ids, _mode(src.clauses[side][cid] for cid in ids))

    return money_of(on), (money_of(off) if off else None)


def _amounts(src: Sources, side: int, ids: tuple[str, ...]) -> str:
    """Each clause quoted at its amount of money."""
    return "; ".join(cite(cid, src.text(side, cid), money(src.text(side, cid))) for cid in ids)


def _merged_weight(weight: float, more: int) -> float:
    """The weight of a merged finding: its heaviest part's, plus a bonus per further part."""
    return round(min(1.0, weight + MERGE_BONUS * more), 4)


def _mode(clauses: Iterable[Clause]) -> str:
    """How a side gives its money: pledged, reported, mixed or named (:class:`_Money`).

    The parties' money is theirs when they act in its clause ("We commit $200 million",
    "The United States will provide") or the clause commits (a modal, a stance that is not
    negative); money of a clause that tallies what was given so far (:data:`_TALLY`: "over
    2 billion USD has been provided", "to date, the partners have collectively pledged USD
    5.2 billion") is reported, not pledged here. One clause of someone else's money makes
    the side's money named; tallies and pledges together make it mixed.
    """
    modes: set[str] = set()
    for clause in clauses:
        if _TALLY.search(clause.text):
            modes.add("reported")
        elif (
            clause.parties
            or clause.modality
            or (clause.stance is not None and clause.stance.polarity != "negative")
        ):
            modes.add("pledged")
        else:
            modes.add("named")
    if "named" in modes:
        return "named"
    return "mixed" if len(modes) == 2 else modes.pop()


_TALLY = re.compile(
    r"\b(?:to date|so far|thus far|since (?:its|their) (?:launch|inception))\b"
    r"|\b(?:has|have) (?:already |now |collectively |together |jointly )?(?:been )?"
    r"(?:provided|delivered|disbursed|mobilized|mobilised|raised|invested|spent|allocated)\b"
    r"|\b(?:contributions|assistance|support|aid|funding) (?:totall?ing|amounting to)\b",
    re.IGNORECASE,
)
"""Words of a tally: money reported as given or pledged so far, not pledged here ("over 2
billion USD has been provided", "we have mobilized", "our financial contributions totaling
more than $48 billion")."""


MERGE_BONUS = 0.02
"""Weight a merged one-sided finding gains for each further clause it holds."""


def _subject_keys(src: Sources, side: int, clause_id: str) -> frozenset[str]:
    """What a clause is mainly about: its heaviest entities and topics (own parties aside)."""
    clause = src.clauses[side][clause_id]
    w = src.weights
    scored = [(w.topic(t), "topic:" + t) for t in clause.topics]
    scored += [(w.entity(n), n) for n in src.named[side][clause_id] if n not in src.own]
    scored = [(score, key) for score, key in scored if score >= 0.5]
    if not scored:
        return frozenset()
    top = max(score for score, _ in scored)
    return frozenset(key for score, key in scored if score >= top - 0.05)


def _one_sided_subjects(
    src: Sources, findings: Sequence[Finding]
) -> Iterator[tuple[Finding, int, tuple[str, ...], frozenset[str]]]:
    """Each one-sided finding with a subject: the finding, its side, its ids, the subject."""
    for f in findings:
        if f.kind in _ONE_SIDED:
            side, ids = _side_ids(f)
            keys = _subject_keys(src, side, ids[0])
            if keys:
                yield f, side, ids, keys


def _fold_same_subject(src: Sources, findings: list[Finding]) -> list[Finding]:
    """One-sided clauses of one paragraph about the same subject make one finding.

    Two sentences of A's Taiwan paragraph gone from B are one change ("the Taiwan
    language is gone"), not two lines of the brief. The merged finding keeps the kind and
    summary of its heaviest clause, lists the others after it and holds all their ids.
    """
    groups: dict[tuple[int, str], list[list[Finding]]] = {}
    for f, side, ids, keys in _one_sided_subjects(src, findings):
        block = sentence_of(sentence_of(ids[0]))
        for group in groups.setdefault((side, block), []):
            if any(keys & _subject_keys(src, side, _side_ids(g)[1][0]) for g in group):
                group.append(f)
                break
        else:
            groups[(side, block)].append([f])
    merged: dict[int, Finding | None] = {}
    for (side, _), bunch in sorted(groups.items()):
        for group in bunch:
            if len(group) < 2:
                continue
            head = min(group, key=lambda g: (-g.weight, _side_ids(g)[1]))
            rest = [g for g in group if g is not head]
            also = "; ".join(
                cite(_side_ids(g)[1][0], src.text(side, _side_ids(g)[1][0])) for g in rest
            )
            # the heaviest clause first: the finding is about it (the others are context)
            ids = tuple(dict.fromkeys(i for g in (head, *rest) for i in _side_ids(g)[1]))
            others = tuple(dict.fromkeys(i for g in group for i in (g.b if side == 0 else g.a)))
            a, b = (ids, others) if side == 0 else (others, ids)
            merged[id(head)] = head.model_copy(
                update={
                    "summary": f"{head.summary[:-1]}; in the same passage also {also}.",
                    "a": a,
                    "b": b,
                    "weight": _merged_weight(head.weight, len(rest)),
                }
            )
            for g in rest:
                merged[id(g)] = None
    return _applied(findings, merged)


def _applied(findings: Sequence[Finding], merged: dict[int, Finding | None]) -> list[Finding]:
    """``findings`` in order, each merged one replaced (``merged[id]``) or dropped (None)."""
    out: list[Finding] = []
    for f in findings:
        m = merged.get(id(f), f)
        if m is not None:
            out.append(m)
    return out


_ENTITY_REFRAMING = re.compile(r"^[^']+: '(?P<gone>[^']+)' → '(?P<new>[^']+)'$")
"""The subject of an entity's reframing: "Russia, Ukraine: 'conflict' → 'war'"."""


def _terms_of(f: Finding, what: str) -> set[str]:
    """The terms a framing change lists after ``gone:`` or ``new:``.

    An entity's reframing puts them on each side of "→" ("Ukraine: 'conflict' → 'war'").
    """
    entity = _ENTITY_REFRAMING.match(f.subject)
    if entity is not None:
        return {entity.group(what)}
    for part in f.subject.split(";"):
        part = part.strip()
        if part.startswith(what + ":"):
            return {t.strip().strip("'") for t in part[len(what) + 1 :].split(",")}
    return set()


def _fold_reworded(findings: list[Finding]) -> list[Finding]:
    """Keep one framing change per paragraph and term.

    Two reframings that say the same term is gone from one paragraph of A (or new in one
    paragraph of B) are one change seen through two links or two sentences: the heavier
    one (the better-matched counterpart) stays and takes the other's clause ids.
    """
    owner: dict[tuple[int, str, str], int] = {}
    host: dict[int, Finding] = {}
    dropped: set[int] = set()
    framings = sorted(
        (f for f in findings if f.kind == "framing-change"),
        key=lambda f: (-f.weight, f.subject, f.a, f.b),
    )
    for f in framings:
        keys = {(0, _block(cid), t) for cid in f.a for t in _terms_of(f, "gone")}
        keys |= {(1, _block(cid), t) for cid in f.b for t in _terms_of(f, "new")}
        hosts = {owner[k] for k in keys if k in owner}
        if keys and len(hosts) == 1 and all(k in owner for k in keys):
            keeper = hosts.pop()
            base = host[keeper]
            host[keeper] = base.model_copy(
                update={
                    "a": tuple(dict.fromkeys((*base.a, *f.a)))[:6],
                    "b": tuple(dict.fromkeys((*base.b, *f.b)))[:6],
                }
            )
            dropped.add(id(f))
            continue
        host[id(f)] = f
        for k in keys:
            owner.setdefault(k, id(f))
    return [host.get(id(f), f) for f in findings if id(f) not in dropped]


def _block(clause_id: str) -> str:
    """The paragraph (or item) a clause stands in."""
    return sentence_of(sentence_of(clause_id))


def _fold_replaced(findings: list[Finding]) -> list[Finding]:
    """Drop an entity's absence where a pair puts it in another's place.

    The framing change ("North Korea → Korean Peninsula") already says it.
    """
    replaced: set[str] = set()
    for f in findings:
        if f.kind == "framing-change":
            replaced.update(n for pair in _replacements(f) for n in pair)
    kept = [
        f
        for f in findings
        if not (f.kind in _ABSENT and all(n.strip() in replaced for n in f.subject.split(",")))
    ]
    absences = [f for f in kept if f.kind in _ABSENT]
    return [f for f in kept if not (f.kind == "framing-change" and _told(f, absences))]


def _replacements(f: Finding) -> list[tuple[str, str]]:
    """The names a framing change puts in each other's place ("Xinjiang → Indo-Pacific")."""
    out: list[tuple[str, str]] = []
    for part in f.subject.split(";"):
        if "→" in part:
            old, new = part.split("→", 1)
            out.append((old.strip(), new.strip()))
    return out


def _told(framing: Finding, absences: list[Finding]) -> bool:
    """True when an absence already tells a framing change, on the same clauses.

    The name the absence says is gone (or new) is the one the framing replaces, and the
    framing's clauses on both sides are among the absence's.
    "Hong Kong, Xinjiang: named once in A (…), not in B; B says instead …" and "Reworded
    (Xinjiang → Indo-Pacific)" quote the same two clauses: one change, told once.
    """
    for old, new in _replacements(framing):
        for f in absences:
            names = {n.strip() for n in f.subject.split(",")}
            name = old if f.kind == "no-longer-named" else new
            if name in names and set(framing.a) <= set(f.a) and set(framing.b) <= set(f.b):
                return True
    return False


def _fold_scope(findings: list[Finding]) -> list[Finding]:
    """A scope change that rests on a one-sided clause of its richer side joins it."""
    hosts = {(_side_ids(f)[0], _side_ids(f)[1][0]): f for f in findings if f.kind in _ONE_SIDED}
    joined: dict[int, Finding] = {}
    out: list[Finding] = []
    for f in findings:
        if f.kind == "scope-change":
            richer = sorted(((0, f.a), (1, f.b)), key=lambda s: -len(s[1]))
            for side, ids in richer:
                host = next((hosts[(side, i)] for i in ids if (side, i) in hosts), None)
                if host is not None:
                    base = joined.get(id(host), host)
                    joined[id(host)] = base.model_copy(
                        update={
                            "summary": f"{base.summary[:-1]}; {f.summary}",
                            "a": tuple(dict.fromkeys((*base.a, *f.a))),
                            "b": tuple(dict.fromkeys((*base.b, *f.b))),
                            "weight": round(min(1.0, max(base.weight, f.weight) + 0.05), 4),
                        }
                    )
                    break
            else:
                out.append(f)
                continue
            continue
        out.append(f)
    return [joined.get(id(f), f) for f in out]


def _fold_topics(src: Sources, findings: list[Finding]) -> list[Finding]:
    lex = src.weights.lexicon
    absent: dict[int, list[Finding]] = {0: [], 1: []}
    for f in findings:
        if f.kind in _ABSENT or f.kind in _ONE_SIDED:
            absent[_side_ids(f)[0]].append(f)
    out: list[Finding] = []
    for f in findings:
        if f.kind in ("topic-dropped", "topic-added"):
            side = 0 if f.kind == "topic-dropped" else 1
            ids = set(f.a if side == 0 else f.b)
            covered = any(
                any(f.subject in lex.entity_topics(n.strip()) for n in g.subject.split(","))
                or len(ids & set(g.a if side == 0 else g.b)) * 2 >= len(ids)
                for g in absent[side]
                if names_entities(g, lex)
            )
            if covered:
                continue
        out.append(f)
    return out


def names_entities(f: Finding, lexicon: Lexicon) -> bool:
    """True for a finding about entities absent from one side (on its own or in a clause)."""
    if f.kind not in _ABSENT and f.kind not in _ONE_SIDED:
        return False
    return all(n.strip() in lexicon.entities for n in f.subject.split(","))


def rank(findings: Sequence[Finding]) -> tuple[Finding, ...]:
    """Heaviest first; equal weights by kind (:data:`_KIND_ORDER`), subject, ids.

    A finding lists at most :data:`~statementdiff.brief.common.MAX_CLAUSES` clause ids
    on each side (merged findings can gather more).
    """
    capped = [
        f.model_copy(update={"a": f.a[:MAX_CLAUSES], "b": f.b[:MAX_CLAUSES]}) for f in findings
    ]
    unique = {(f.kind, f.subject, f.a, f.b): f for f in capped if f.weight >= MIN_WEIGHT}
    return tuple(
        sorted(
            unique.values(),
            key=lambda f: (-f.weight, _KIND_ORDER[f.kind], f.subject, f.a, f.b, f.summary),
        )
    )
