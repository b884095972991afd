"""Label what the word changes of one aligned pair mean (the engine of ``label_pair``).

The pair's word operations are grouped into hunks (see :mod:`statementdiff.semantics.hunks`).
Lexicon phrases (stance verbs, modality, negation, entities) and numbers found on each
side are "touched" when they overlap a deleted (side A) or inserted (side B) word;
touched phrases are matched across the two sides and turned into
:class:`~statementdiff.models.Change` records. :class:`_Labeller` runs the rules, each
documented, with its reason, where it is defined:

* **Actor**: here; an actor phrase touched by the change whose parties differ.
* **Stance**, **modality**, **negation**: :mod:`statementdiff.semantics.stance`.
* **Entities**, **numbers**: :mod:`statementdiff.semantics.entities`.
* **Qualifiers**: :mod:`statementdiff.semantics.qualifiers`.

What the rules share (the pair's view, its lexicon hits, the changes found) is
:class:`~statementdiff.semantics.context.LabelContext`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import get_args

from statementdiff.lexicon.lexicon import Lexicon
from statementdiff.lexicon.matchers import Hit
from statementdiff.models import Change, ChangeKind, Clause, Pair
from statementdiff.semantics.actor import COLLECTIVE_PLACEHOLDER, find_actor, is_collective
from statementdiff.semantics.entities import EntityRules
from statementdiff.semantics.qualifiers import qualifiers
from statementdiff.semantics.stance import StanceRules

__all__ = ["label"]

_KINDS: tuple[ChangeKind, ...] = get_args(ChangeKind)
_KIND_ORDER: dict[str, float] = {kind: i for i, kind in enumerate(_KINDS)}
_KIND_ORDER["entity-dropped"] = _KIND_ORDER["entity-added"] - 0.5  # a replacement reads old → new


class _Labeller(StanceRules, EntityRules):
    """Every rule over one pair, in a fixed order; changes sorted by place (:meth:`run`)."""

    def actor(self) -> None:
        if not self.a_clauses or not self.b_clauses:
            return
        ca, cb = self.a_clauses[0], self.b_clauses[0]
        sa = find_actor(ca, self.view.a.text, self.view.a.base)
        sb = find_actor(cb, self.view.b.text, self.view.b.base)
        self.actor_spans = (
            (sa.start, sa.end) if sa else None,
            (sb.start, sb.end) if sb else None,
        )
        if (sa is None and sb is None) or set(ca.parties) == set(cb.parties):
            return
        if self._speaks_for_all(ca.parties, 0) and self._speaks_for_all(cb.parties, 1):
            return  # "We" (U.S.-Japan) → "President Biden and President Moon" (U.S.-ROK)
        if not ca.parties and not cb.parties:
            return
        unknown = (COLLECTIVE_PLACEHOLDER,)
        if (ca.parties == unknown and len(cb.parties) > 1) or (
            cb.parties == unknown and len(ca.parties) > 1
        ):
            return  # "The two Presidents" of a statement without parties → "Biden and Moon"
        ha = Hit("", sa.start, sa.end, self.view.a.slice(sa.start, sa.end)) if sa else None
        hb = Hit("", sb.start, sb.end, self.view.b.slice(sb.start, sb.end)) if sb else None
        if ha and hb and " ".join(ha.text.lower().split()) == " ".join(hb.text.lower().split()):
            return
        if ha and hb and is_collective(ha.text) and is_collective(hb.text):
            return  # "We" on both sides: the parties differ only in the statements' metadata
        if (ha is None or hb is None) and is_collective((ha or hb).text):  # type: ignore[union-attr]
            return  # "strongly oppose X" → "We strongly oppose X": the same speakers
        if not (
            (ha and self.view.a.touched(ha.start, ha.end))
            or (hb and self.view.b.touched(hb.start, hb.end))
        ):
            return
        before = ", ".join(ca.parties) or "no named party"
        after = ", ".join(cb.parties) or "no named party"
        self.add("actor-changed", ha, hb, f"{before} → {after}", self.hunk_of(ha, hb))

    def _speaks_for_all(self, parties: tuple[str, ...], side: int) -> bool:
        """True when an actor's parties are all of its own statement's parties."""
        own = self.statement_parties[side]
        return bool(own) and set(parties) == set(own)

    def qualifiers(self, entities: tuple[list[Hit], list[Hit]]) -> None:
        for found in qualifiers(self.view, entities, self.actor_spans, self._person):
            self.add("qualifier-changed", found.a, found.b, found.detail, found.hunks[0])

    def run(self) -> tuple[Change, ...]:
        if not self.view.hunks:
            return ()
        self.actor()
        self.stance()
        self.modality()
        self.negation()
        self.numbers()
        self.qualifiers(self.entities())
        ordered = sorted(
            self.found,
            key=lambda f: (
                f.anchor,
                _KIND_ORDER[f.change.kind],
                f.change.a_text or "",
                f.change.b_text or "",
            ),
        )
        return tuple(f.change for f in ordered)


def label(
    pair: Pair,
    a: Sequence[Clause],
    b: Sequence[Clause],
    lexicon: Lexicon,
    *,
    statement_parties: tuple[tuple[str, ...], tuple[str, ...]] = ((), ()),
) -> tuple[Change, ...]:
    """Label one pair's word changes (see :func:`statementdiff.semantics.annotate.label_pair`)."""
    labeller = _Labeller(pair, a, b, lexicon)
    labeller.statement_parties = statement_parties
    return labeller.run()
