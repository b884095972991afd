"""Stance, modality and negation labels of one pair.

* **Stance**: main stance phrases are paired with main ones, infinitives ("to
  support") with infinitives, opening participles ("Recognizing ...,") with opening
  participles. A main stance phrase in changed words of one side when the other
  side's changed words hold none is ``stance-added``/``stance-dropped``, once per hunk
  ("reaffirm support" is one stance), unless the other side uses the same phrase.
* **Modality**: touched modal phrases are paired in order; a change to or from a hedge
  is ``hedge-added``/``hedge-removed``, any other ``modality-changed``.
* **Negation**: ``negation-changed`` when the sides touch different numbers of negations.
"""

from __future__ import annotations

import re

from statementdiff.lexicon.matchers import Hit
from statementdiff.models import ChangeKind
from statementdiff.semantics.context import LabelContext
from statementdiff.semantics.hunks import Side, scan

__all__ = ["StanceRules"]


_INFINITIVE = re.compile(r"\bto\s+$", re.IGNORECASE)
_SENTENCE_START = re.compile(r"(?:^|[.;:!?]\s+)(\w+\s+)?$")


class StanceRules(LabelContext):
    """The stance, modality and negation rules over a pair's :class:`LabelContext`."""

    def stance(self) -> None:
        """Label stance phrases changed, added or dropped."""
        a_all, b_all = self.side_hits("stance")
        a_main, *a_adjuncts = _split_stance(a_all, self.view.a)
        b_main, *b_adjuncts = _split_stance(b_all, self.view.b)
        paired = self.stance_pairs(a_main, b_main)
        for a_adjunct, b_adjunct in zip(a_adjuncts, b_adjuncts, strict=True):
            self.stance_pairs(a_adjunct, b_adjunct)
        a_touched, b_touched = scan(a_main, self.view.a), scan(b_main, self.view.b)
        if a_touched and b_touched:
            return
        a_keys, b_keys = {h.key for h in a_all}, {h.key for h in b_all}
        seen: set[int] = set()  # one label per hunk: "reaffirm support" is one stance
        for hit in a_touched:
            hunk = self.hunk_of(hit, None)
            if hit.key not in b_keys and hit not in paired and id(hunk) not in seen:
                seen.add(id(hunk))
                self.add("stance-dropped", hit, None, self.stance_alone(hit, "dropped"), hunk)
        for hit in b_touched:
            hunk = self.hunk_of(None, hit)
            if hit.key not in a_keys and hit not in paired and id(hunk) not in seen:
                seen.add(id(hunk))
                self.add("stance-added", None, hit, self.stance_alone(hit, "added"), hunk)

    def stance_alone(self, hit: Hit, what: str) -> str:
        """Describe a stance expression that is only on one side."""
        entry = self.lex.stance[hit.key]
        detail = f"{hit.key} {what} ({entry.polarity}, strength {entry.strength})"
        return detail + ("; marks continuity" if entry.continuity else "")

    def stance_pairs(self, a_all: list[Hit], b_all: list[Hit]) -> set[Hit]:
        """Label stance expressions that face each other; return the hits used."""
        a_hits, b_hits = scan(a_all, self.view.a), scan(b_all, self.view.b)
        pairs = list(zip(a_hits, b_hits, strict=False))
        n = len(pairs)
        for ha in a_hits[n:]:
            lo, hi = self.view.counterpart("a", ha.start, ha.end)
            match = next(
                (h for h in b_all if h.start < hi and lo < h.end and h not in b_hits), None
            )
            if match is not None:
                pairs.append((ha, match))
        for hb in b_hits[n:]:
            lo, hi = self.view.counterpart("b", hb.start, hb.end)
            match = next(
                (h for h in a_all if h.start < hi and lo < h.end and h not in a_hits), None
            )
            if match is not None:
                pairs.append((match, hb))
        pairs.sort(key=lambda p: (p[0].start, p[1].start))
        for ha, hb in pairs:
            hunk = self.hunk_of(ha, hb)
            if ha.key == hb.key:
                if hunk is not None:
                    hunk.used = True
                continue
            ea, eb = self.lex.stance[ha.key], self.lex.stance[hb.key]
            if eb.strength > ea.strength:
                kind: ChangeKind = "stance-stronger"
                how = f"stronger ({ea.strength} → {eb.strength})"
            elif eb.strength < ea.strength:
                kind, how = "stance-weaker", f"weaker ({ea.strength} → {eb.strength})"
            else:
                kind, how = "stance-same", "same strength"
            detail = f"{ha.key} → {hb.key}, {how}"
            if ea.polarity != eb.polarity:
                detail += f"; {ea.polarity} → {eb.polarity}"
            if ea.continuity != eb.continuity:
                detail += (
                    "; now marks continuity" if eb.continuity else "; no longer marks continuity"
                )
            self.add(kind, ha, hb, detail, hunk)
        return {hit for pair in pairs for hit in pair}

    def modality(self) -> None:
        """Label modal phrases changed, hedges added or removed."""
        a_all, b_all = self.side_hits("modality")
        a_hits, b_hits = scan(a_all, self.view.a), scan(b_all, self.view.b)
        for ha, hb in zip(a_hits, b_hits, strict=False):
            if ha.key == hb.key:
                continue
            ka, kb = self.lex.modality[ha.key].kind, self.lex.modality[hb.key].kind
            kind: ChangeKind = "modality-changed"
            if kb == "hedge" and ka != "hedge":
                kind = "hedge-added"
            elif ka == "hedge" and kb != "hedge":
                kind = "hedge-removed"
            self.add(kind, ha, hb, f"{ha.key} ({ka}) → {hb.key} ({kb})", self.hunk_of(ha, hb))
        pairs = min(len(a_hits), len(b_hits))
        b_keys = {h.key for h in b_all}
        a_keys = {h.key for h in a_all}
        for ha in a_hits[pairs:]:
            if ha.key in b_keys:
                continue
            hedge = self.lex.modality[ha.key].kind == "hedge"
            kind = "hedge-removed" if hedge else "modality-changed"
            self.add(kind, ha, None, f"{ha.key!r} removed", self.hunk_of(ha, None))
        for hb in b_hits[pairs:]:
            if hb.key in a_keys:
                continue
            hedge = self.lex.modality[hb.key].kind == "hedge"
            kind = "hedge-added" if hedge else "modality-changed"
            self.add(kind, None, hb, f"{hb.key!r} added", self.hunk_of(None, hb))

    def negation(self) -> None:
        """Label a negation added or removed."""
        counts = []
        firsts: list[Hit | None] = []
        for side_name, side in (("a", self.view.a), ("b", self.view.b)):
            ignore = [(h.start, h.end) for h in self.hits(side_name, "negation_ignore")]
            hits = [
                h
                for h in self.hits(side_name, "negation")
                if not any(s <= h.start and h.end <= e for s, e in ignore)
            ]
            touched = scan(self.absolute(hits, side), side)
            counts.append(len(touched))
            firsts.append(touched[0] if touched else None)
        if counts[0] == counts[1]:
            return
        detail = "negation added" if counts[1] > counts[0] else "negation removed"
        ha, hb = firsts
        self.add("negation-changed", ha, hb, detail, self.hunk_of(ha, hb))


def _split_stance(hits: list[Hit], side: Side) -> tuple[list[Hit], list[Hit], list[Hit]]:
    """Main stance phrases; infinitive ones ("to support"); opening participles ("Recognizing")."""
    main: list[Hit] = []
    infinitive: list[Hit] = []
    opener: list[Hit] = []
    for hit in hits:
        before = side.slice(side.base, hit.start)
        if hit.text.lower().endswith("ing") and _SENTENCE_START.search(before) is not None:
            opener.append(hit)
        elif _INFINITIVE.search(before):
            infinitive.append(hit)
        else:
            main.append(hit)
    return main, infinitive, opener
