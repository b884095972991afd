"""Translation drift: what two clauses in different languages say differently.

Words cannot be diffed across scripts, so drift is read from the annotations both sides
carry in the same canonical terms (English entity names, stance keys on the English
strength scale, hedges keyed by their English entry). A pair of clauses drifts when

* an entity is named on one side only (``entity-added`` / ``entity-dropped``), unless the
  other side names it elsewhere in the same sentence (clause cuts differ between languages)
  or it is the actor named in an ``actor-changed``;
* the main stances differ in strength on one scale (the first stance of an English group of
  clauses, the last of a Japanese or Korean one: those languages put the main verb last)
  (``stance-stronger`` / ``stance-weaker``), are as strong but only one restates
  ("再確認した" → "確認した": reaffirmed → affirmed, ``stance-same``), or one side takes none
  that its sentence does not take elsewhere (``stance-added`` / ``stance-dropped``);
* one side hedges and the other does not (``hedge-added`` / ``hedge-removed``);
* one side's written actor names a party (a country or a person: "日米両国は") where the
  other's does not ("We") (``actor-changed``: the actor made explicit or dropped).

Modals, commitments and continuity words other than a restating verb are not compared:
Japanese and Korean leave "will" unsaid, and a commitment is rendered by many constructions.
"""

from __future__ import annotations

from collections.abc import Sequence

from statementdiff.lexicon.lexicon import Lexicon
from statementdiff.models import Change, Clause, EntityMention, Span, Stance
from statementdiff.semantics.stance import same_scale

__all__ = ["PARTY_KINDS", "drift_changes"]

PARTY_KINDS = frozenset({"country", "person"})
"""Entity kinds whose naming in an actor makes the actor explicit."""


def drift_changes(
    xs: Sequence[Clause],
    ys: Sequence[Clause],
    a_sentence: Sequence[Clause],
    b_sentence: Sequence[Clause],
    lexicon: Lexicon,
    languages: tuple[str, str] = ("en", "en"),
) -> tuple[Change, ...]:
    """The drift labels of a pair of clauses in two languages.

    Args:
        xs: The pair's clauses on side A, annotated.
        ys: The pair's clauses on side B, annotated.
        a_sentence: Every clause of the sentences ``xs`` stand in.
        b_sentence: Every clause of the sentences ``ys`` stand in.
        lexicon: The lexicon (which modality entries are hedges).
        languages: The languages of A and B.

    Returns:
        The changes, in the order actor, entities, stance, hedges.
    """
    changes: list[Change] = []
    actor = _actor_change(xs, ys)
    named_by_actor: set[str] = set()
    if actor is not None:
        changes.append(actor)
        for side in (xs, ys):
            named_by_actor |= {m.name for m in _actor_mentions(side)}
    changes.extend(_entity_changes(xs, ys, a_sentence, b_sentence, named_by_actor))
    changes.extend(_stance_changes(xs, ys, a_sentence, b_sentence, languages, lexicon))
    changes.extend(_hedge_changes(xs, ys, lexicon))
    return tuple(changes)


def _written_actor(side: Sequence[Clause]) -> Clause | None:
    return next((c for c in side if c.actor_span is not None and c.actor), None)


def _actor_mentions(side: Sequence[Clause]) -> list[EntityMention]:
    clause = _written_actor(side)
    if clause is None or clause.actor_span is None:
        return []
    span = clause.actor_span
    return [
        m
        for m in clause.entities
        if span.start <= m.span.start and m.span.end <= span.end and m.kind in PARTY_KINDS
    ]


def _actor_change(xs: Sequence[Clause], ys: Sequence[Clause]) -> Change | None:
    a, b = _written_actor(xs), _written_actor(ys)
    if a is None or b is None:
        return None
    a_named, b_named = bool(_actor_mentions(xs)), bool(_actor_mentions(ys))
    if a_named == b_named:
        return None
    how = "made explicit" if b_named else "left implicit"
    return Change(
        kind="actor-changed",
        a_text=a.actor,
        b_text=b.actor,
        a_span=a.actor_span,
        b_span=b.actor_span,
        detail=f"actor {how}: {a.actor} → {b.actor}",
    )


def _first_mentions(side: Sequence[Clause]) -> dict[str, EntityMention]:
    found: dict[str, EntityMention] = {}
    for clause in side:
        for mention in clause.entities:
            found.setdefault(mention.name, mention)
    return found


def _entity_changes(
    xs: Sequence[Clause],
    ys: Sequence[Clause],
    a_sentence: Sequence[Clause],
    b_sentence: Sequence[Clause],
    named_by_actor: set[str],
) -> list[Change]:
    a_names, b_names = _first_mentions(xs), _first_mentions(ys)
    a_all, b_all = _first_mentions(a_sentence), _first_mentions(b_sentence)
    changes: list[Change] = []
    for name, mention in a_names.items():
        if name not in b_all and name not in named_by_actor:
            changes.append(
                Change(
                    kind="entity-dropped",
                    a_text=mention.text,
                    a_span=mention.span,
                    detail=f"{name} named in A only",
                )
            )
    for name, mention in b_names.items():
        if name not in a_all and name not in named_by_actor:
            changes.append(
                Change(
                    kind="entity-added",
                    b_text=mention.text,
                    b_span=mention.span,
                    detail=f"{name} named in B only",
                )
            )
    return changes


def _main(side: Sequence[Clause], language: str) -> tuple[Stance, Span] | None:
    """The main stance of a group of clauses: first in English, last in Japanese and Korean."""
    found = [(c.stance, c.span) for c in side if c.stance is not None]
    if not found:
        return None
    return found[0] if language == "en" else found[-1]


def _strongest(side: Sequence[Clause]) -> tuple[Stance, Span] | None:
    best: tuple[Stance, Span] | None = None
    for clause in side:
        if clause.stance is not None and (
            best is None or clause.stance.strength > best[0].strength
        ):
            best = (clause.stance, clause.span)
    return best


def _stance_changes(
    xs: Sequence[Clause],
    ys: Sequence[Clause],
    a_sentence: Sequence[Clause],
    b_sentence: Sequence[Clause],
    languages: tuple[str, str],
    lexicon: Lexicon,
) -> list[Change]:
    a, b = _main(xs, languages[0]), _main(ys, languages[1])
    if a is None and b is None:
        return []
    if a is not None and b is not None:
        # the verbs compare: the other language's annotation reads a verb, not the stance
        # noun an English restating verb governs ("reiterated our objections" /
        # "反対を改めて表明": reiterate on both sides)
        sa, sb = _verb_strength(a[0], lexicon), _verb_strength(b[0], lexicon)
        if not _same_scale(a[0], b[0], lexicon):
            return []
        if sa == sb:
            if _restates(a[0], lexicon) == _restates(b[0], lexicon):
                return []
            # "再確認した" (reaffirmed) → "確認した" (affirmed): as firm, no longer said again
            mark = "now marks" if _restates(b[0], lexicon) else "no longer marks"
            return [
                Change(
                    kind="stance-same",
                    a_text=a[0].text,
                    b_text=b[0].text,
                    detail=f"{a[0].verb} → {b[0].verb}; {mark} continuity",
                )
            ]
        kind = "stance-stronger" if sb > sa else "stance-weaker"
        return [
            Change(
                kind=kind,
                a_text=a[0].text,
                b_text=b[0].text,
                detail=f"{a[0].verb} ({sa}) → {b[0].verb} ({sb})",
            )
        ]
    if a is not None:
        other = _strongest(b_sentence)
        if other is not None and other[0].strength >= a[0].strength:
            return []  # the sentence takes it in another clause
        return [Change(kind="stance-dropped", a_text=a[0].text, detail=f"{a[0].verb} in A only")]
    assert b is not None
    other = _strongest(a_sentence)
    if other is not None and other[0].strength >= b[0].strength:
        return []
    return [Change(kind="stance-added", b_text=b[0].text, detail=f"{b[0].verb} in B only")]


def _restates(stance: Stance, lexicon: Lexicon) -> bool:
    """True when a stance's verb says again what was said before (reaffirm, reiterate)."""
    entry = lexicon.stance.get(stance.verb)
    return entry.continuity if entry is not None else stance.continuity


def _verb_strength(stance: Stance, lexicon: Lexicon) -> int:
    """The strength of a stance's verb as the lexicon gives it (else the stance's own)."""
    entry = lexicon.stance.get(stance.verb)
    return entry.strength if entry is not None else stance.strength


def _same_scale(a: Stance, b: Stance, lexicon: Lexicon) -> bool:
    """True when two stances compare: of one act (``same_scale``) or opposite polarities."""
    ea, eb = lexicon.stance.get(a.verb), lexicon.stance.get(b.verb)
    return ea is None or eb is None or ea.polarity != eb.polarity or same_scale(ea, eb)


def _hedges(side: Sequence[Clause], lexicon: Lexicon) -> list[str]:
    return [
        key
        for clause in side
        for key in clause.modality
        if key in lexicon.modality and lexicon.modality[key].kind == "hedge"
    ]


def _hedge_changes(xs: Sequence[Clause], ys: Sequence[Clause], lexicon: Lexicon) -> list[Change]:
    a, b = _hedges(xs, lexicon), _hedges(ys, lexicon)
    if a and not b:
        return [Change(kind="hedge-removed", a_text=a[0], detail=f"hedge {a[0]!r} in A only")]
    if b and not a:
        return [Change(kind="hedge-added", b_text=b[0], detail=f"hedge {b[0]!r} in B only")]
    return []
