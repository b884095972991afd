"""Label what the word changes of one aligned pair mean (the engine of ``label_pair``).

The pair's word operations are grouped into hunks (runs of deletes and inserts
between equal words). Lexicon phrases (stance verbs, modality, negation, entities)
and numbers found on each side are "touched" when they overlap a deleted (side A)
or inserted (side B) word; touched phrases are matched across the two sides and
turned into :class:`~statementdiff.models.Change` records. A small hunk next to an
entity both sides share is a qualifier change ("across the Taiwan Strait" → "in
the Taiwan Strait").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import get_args

from statementdiff._actor import find_actor, is_collective
from statementdiff._lexicon import Lexicon
from statementdiff._matchers import Hit
from statementdiff.models import Change, ChangeKind, Clause, Pair, Span

__all__ = ["MAX_QUALIFIER_GAP", "MAX_QUALIFIER_WORDS", "label"]

MAX_QUALIFIER_WORDS = 4
"""A qualifier change rewrites at most this many words on each side."""

MAX_QUALIFIER_GAP = 3
"""At most this many unchanged words may stand between a qualifier change and its entity."""

_KINDS: tuple[ChangeKind, ...] = get_args(ChangeKind)
_KIND_ORDER: dict[str, float] = {kind: i for i, kind in enumerate(_KINDS)}
_KIND_ORDER["entity-dropped"] = _KIND_ORDER["entity-added"] - 0.5  # a replacement reads old → new
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_NUMBER = re.compile(
    r"(?<![\w$])(?:\$\s?)?\d+(?:[,.]\d+)*(?:\s?(?:%|percent|million|billion|trillion))?(?!\w)"
    rf"|(?<!\w)(?:{_MONTHS})\s+\d{{1,2}}(?:,\s*\d{{4}})?(?!\w)"
    r"|(?<!\w)(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty"
    r"|forty|fifty|hundred|thousand|dozen)(?!\w)"
)
_WORD = re.compile(r"\w+")
_STOP = re.compile(r"[.;:!?,]")
_COORDINATORS = frozenset({"and", "or", "but", "nor", "as", "well"})
_GAP_WORDS = frozenset(
    {
        "the", "a", "an", "of", "in", "on", "at", "across", "around", "to", "for", "from",
        "with", "by", "over", "toward", "towards", "into", "within", "near", "beyond",
        "regarding", "about", "concerning", "throughout", "between", "among",
    }
)  # fmt: skip


@dataclass(slots=True)
class _Side:
    text: str
    base: int
    changed: list[tuple[int, int]] = field(default_factory=list)

    def slice(self, start: int, end: int) -> str:
        return self.text[start - self.base : end - self.base]

    def touched(self, start: int, end: int) -> bool:
        return any(start < e and s < end for s, e in self.changed)


@dataclass(slots=True)
class _Hunk:
    a: tuple[int, int]
    b: tuple[int, int]
    used: bool = False


@dataclass(frozen=True, slots=True)
class _Found:
    change: Change
    anchor: tuple[int, int]


@dataclass(slots=True)
class _View:
    a: _Side
    b: _Side
    hunks: list[_Hunk]
    equal: list[tuple[int, int, int]]  # (a_start, a_end, b_start) of equal ops

    def hunk_at(self, side: str, start: int, end: int) -> _Hunk | None:
        for hunk in self.hunks:
            s, e = hunk.a if side == "a" else hunk.b
            if start < e and s < end:
                return hunk
        return None

    def counterpart(self, side: str, start: int, end: int) -> tuple[int, int]:
        """The range on the other side that corresponds to ``[start, end)`` on ``side``."""
        lo, hi = start, end
        for a_start, a_end, b_start in self.equal:
            s0, e0, t0 = (
                (a_start, a_end, b_start)
                if side == "a"
                else (b_start, b_start + a_end - a_start, a_start)
            )
            if s0 <= start < e0:
                lo = t0 + start - s0
            if s0 < end <= e0:
                hi = t0 + end - s0
        for hunk in self.hunks:
            own, other = (hunk.a, hunk.b) if side == "a" else (hunk.b, hunk.a)
            if own[0] <= start < max(own[1], own[0] + 1):
                lo = other[0]
            if own[0] < end <= own[1]:
                hi = other[1]
        return lo, max(lo, hi)

    def to_b(self, position: int) -> int | None:
        for a_start, a_end, b_start in self.equal:
            if a_start <= position < a_end or position == a_end:
                return b_start + position - a_start
        return None


def _view(pair: Pair) -> _View:
    a = _Side(text=" " * len(pair.a_span), base=pair.a_span.start)
    b = _Side(text=" " * len(pair.b_span), base=pair.b_span.start)
    a_chars, b_chars = list(a.text), list(b.text)
    a_pos, b_pos = pair.a_span.start, pair.b_span.start
    hunks: list[_Hunk] = []
    equal: list[tuple[int, int, int]] = []
    current: _Hunk | None = None
    for op in pair.ops:
        size = len(op.text)
        if op.op in ("equal", "delete"):
            a_pos = op.a.start if op.a is not None else a_pos
            a_chars[a_pos - a.base : a_pos - a.base + size] = op.text
        if op.op in ("equal", "insert"):
            b_pos = op.b.start if op.b is not None else b_pos
            b_chars[b_pos - b.base : b_pos - b.base + size] = op.text
        if op.op == "equal":
            equal.append((a_pos, a_pos + size, b_pos))
            current = None
        else:
            if current is None:
                current = _Hunk(a=(a_pos, a_pos), b=(b_pos, b_pos))
                hunks.append(current)
            if op.op == "delete":
                current.a = (current.a[0], a_pos + size)
                a.changed.append((a_pos, a_pos + size))
            else:
                current.b = (current.b[0], b_pos + size)
                b.changed.append((b_pos, b_pos + size))
        if op.op in ("equal", "delete"):
            a_pos += size
        if op.op in ("equal", "insert"):
            b_pos += size
    a.text, b.text = "".join(a_chars)[: len(pair.a_span)], "".join(b_chars)[: len(pair.b_span)]
    return _View(a=a, b=b, hunks=hunks, equal=equal)


def _scan(hits: Iterable[Hit], side: _Side) -> list[Hit]:
    return [h for h in hits if side.touched(h.start, h.end)]


def _numbers(side: _Side) -> list[Hit]:
    return [
        Hit(m.group(), side.base + m.start(), side.base + m.end(), m.group())
        for m in _NUMBER.finditer(side.text)
    ]


def _span(hit: Hit | None) -> Span | None:
    return Span(start=hit.start, end=hit.end) if hit else None


class _Labeller:
    def __init__(
        self, pair: Pair, a: Sequence[Clause], b: Sequence[Clause], lexicon: Lexicon
    ) -> None:
        self.pair, self.a_clauses, self.b_clauses, self.lex = pair, a, b, lexicon
        self.view = _view(pair)
        self.found: list[_Found] = []
        self.actor_spans: tuple[tuple[int, int] | None, tuple[int, int] | None] = (None, None)

    # -- helpers -----------------------------------------------------------

    def add(
        self,
        kind: ChangeKind,
        a: Hit | None,
        b: Hit | None,
        detail: str,
        hunk: _Hunk | None,
        anchor: tuple[int, int] | None = None,
    ) -> None:
        if hunk is not None:
            hunk.used = True
        anchor_a = a.start if a else (hunk.a[0] if hunk else self.pair.a_span.start)
        anchor_b = b.start if b else (hunk.b[0] if hunk else self.pair.b_span.start)
        if anchor is not None:
            anchor_a, anchor_b = anchor
        change = Change(
            kind=kind,
            a_text=a.text if a else None,
            b_text=b.text if b else None,
            a_span=_span(a),
            b_span=_span(b),
            detail=detail,
        )
        self.found.append(_Found(change, (anchor_a, anchor_b)))

    def hunk_of(self, a: Hit | None, b: Hit | None) -> _Hunk | None:
        if a is not None:
            return self.view.hunk_at("a", a.start, a.end)
        if b is not None:
            return self.view.hunk_at("b", b.start, b.end)
        return None

    def hits(self, side: str, which: str) -> list[Hit]:
        view = self.view.a if side == "a" else self.view.b
        matcher = getattr(self.lex.matchers, which)
        return list(matcher.finditer(view.text))

    def absolute(self, hits: list[Hit], side: _Side) -> list[Hit]:
        return [Hit(h.key, h.start + side.base, h.end + side.base, h.text) for h in hits]

    def side_hits(self, which: str) -> tuple[list[Hit], list[Hit]]:
        return (
            self.absolute(self.hits("a", which), self.view.a),
            self.absolute(self.hits("b", which), self.view.b),
        )

    # -- labels ------------------------------------------------------------

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
        if not ca.parties and not cb.parties:
            return
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

    def stance(self) -> None:
        a_all, b_all = self.side_hits("stance")
        a_hits, b_hits = _scan(a_all, self.view.a), _scan(b_all, self.view.b)
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

    def modality(self) -> None:
        a_all, b_all = self.side_hits("modality")
        a_hits, b_hits = _scan(a_all, self.view.a), _scan(b_all, self.view.b)
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
        counts = []
        firsts: list[Hit | None] = []
        for side_name, side in (("a", self.view.a), ("b", self.view.b)):
            ignore = [(h.start, h.end) for h in self.hits(side_name, "negation_ignore")]
            hits = [
                h
                for h in self.hits(side_name, "negation")
                if not any(s <= h.start and h.end <= e for s, e in ignore)
            ]
            touched = _scan(self.absolute(hits, side), side)
            counts.append(len(touched))
            firsts.append(touched[0] if touched else None)
        if counts[0] == counts[1]:
            return
        detail = "negation added" if counts[1] > counts[0] else "negation removed"
        ha, hb = firsts
        self.add("negation-changed", ha, hb, detail, self.hunk_of(ha, hb))

    def outside_actor(self, hits: list[Hit], side: int) -> list[Hit]:
        span = self.actor_spans[side]
        if span is None:
            return hits
        return [h for h in hits if not (span[0] <= h.start and h.end <= span[1])]

    def numbers(self) -> None:
        a_hits = self.outside_actor(_scan(_numbers(self.view.a), self.view.a), 0)
        b_hits = self.outside_actor(_scan(_numbers(self.view.b), self.view.b), 1)
        for ha, hb in zip(a_hits, b_hits, strict=False):
            if ha.text != hb.text:
                self.add("number-changed", ha, hb, f"{ha.text} → {hb.text}", self.hunk_of(ha, hb))
        pairs = min(len(a_hits), len(b_hits))
        for ha in a_hits[pairs:]:
            self.add("number-changed", ha, None, f"{ha.text} removed", self.hunk_of(ha, None))
        for hb in b_hits[pairs:]:
            self.add("number-changed", None, hb, f"{hb.text} added", self.hunk_of(None, hb))

    def entities(self) -> tuple[list[Hit], list[Hit]]:
        a_all, b_all = self.side_hits("entities")
        a_free = [h for h in self.outside_actor(a_all, 0) if not self._person(h)]
        b_free = [h for h in self.outside_actor(b_all, 1) if not self._person(h)]
        a_count = Counter(h.key for h in a_free)
        b_count = Counter(h.key for h in b_free)
        for hunk in self.view.hunks:
            dropped = [h for h in a_free if h.start < hunk.a[1] and hunk.a[0] < h.end]
            added = [h for h in b_free if h.start < hunk.b[1] and hunk.b[0] < h.end]
            dropped_names = {h.key for h in dropped}
            added_names = {h.key for h in added}
            for ha, hb in zip(dropped, added, strict=False):
                hunk.used = True
                if ha.key == hb.key or (ha.key in added_names and hb.key in dropped_names):
                    continue  # the same entity, or two entities trading places
                where = (ha.start, hb.start)
                self.add("entity-dropped", ha, None, f"{ha.key} → {hb.key}", hunk, where)
                self.add("entity-added", None, hb, f"{ha.key} → {hb.key}", hunk, where)
            pairs = min(len(dropped), len(added))
            for ha in dropped[pairs:]:
                if ha.key not in added_names and a_count[ha.key] > b_count[ha.key]:
                    self.add("entity-dropped", ha, None, f"{ha.key} dropped", hunk)
            for hb in added[pairs:]:
                if hb.key not in dropped_names and b_count[hb.key] > a_count[hb.key]:
                    self.add("entity-added", None, hb, f"{hb.key} added", hunk)
        return a_all, b_all

    def _person(self, hit: Hit) -> bool:
        entry = self.lex.entities.get(hit.key)
        return entry is not None and entry.kind == "person"

    def qualifiers(self, a_entities: list[Hit]) -> None:
        side = self.view.a
        steady = [h for h in a_entities if not side.touched(h.start, h.end)]
        for entity in steady:
            near = [h for h in self.view.hunks if not h.used and self._qualifies(h, entity)]
            if not near:
                continue
            b_start, b_end = self.view.to_b(entity.start), self.view.to_b(entity.end)
            if b_start is None or b_end is None:
                continue
            a_from = min(entity.start, *(h.a[0] for h in near))
            a_to = max(entity.end, *(h.a[1] for h in near))
            b_from = min(b_start, *(h.b[0] for h in near))
            b_to = max(b_end, *(h.b[1] for h in near))
            ha = Hit(entity.key, a_from, a_to, side.slice(a_from, a_to).strip())
            hb = Hit(entity.key, b_from, b_to, self.view.b.slice(b_from, b_to).strip())
            ha = _trim(ha, side)
            hb = _trim(hb, self.view.b)
            for hunk in near:
                hunk.used = True
            detail = f"{ha.text} → {hb.text}"
            self.add("qualifier-changed", ha, hb, detail, near[0])

    def _qualifies(self, hunk: _Hunk, entity: Hit) -> bool:
        a_words = _WORD.findall(self.view.a.slice(*hunk.a))
        b_words = _WORD.findall(self.view.b.slice(*hunk.b))
        if not 0 < max(len(a_words), len(b_words)) <= MAX_QUALIFIER_WORDS:
            return False
        if not {w.lower() for w in (*a_words, *b_words)} - _COORDINATORS:
            return False
        for span, (start, end) in zip(self.actor_spans, (hunk.a, hunk.b), strict=True):
            if span is not None and start < span[1] and span[0] < end:
                return False
        if hunk.a[1] <= entity.start:
            gap = self.view.a.slice(hunk.a[1], entity.start)
        elif hunk.a[0] >= entity.end:
            gap = self.view.a.slice(entity.end, hunk.a[0])
        else:
            return False
        if hunk.a[1] <= entity.start:
            gap_span = (hunk.a[1], entity.start)
        else:
            gap_span = (entity.end, hunk.a[0])
        if gap_span[0] < gap_span[1] and self.view.a.touched(*gap_span):
            return False
        words = [w.lower() for w in _WORD.findall(gap)]
        if any(w not in _GAP_WORDS for w in words):
            return False
        return not _STOP.search(gap) and len(words) <= MAX_QUALIFIER_GAP

    def run(self) -> tuple[Change, ...]:
        if not self.view.hunks:
            return ()
        self.actor()
        self.stance()
        self.modality()
        self.negation()
        self.numbers()
        a_entities, _ = self.entities()
        self.qualifiers(a_entities)
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


def _trim(hit: Hit, side: _Side) -> Hit:
    raw = side.slice(hit.start, hit.end)
    lead = len(raw) - len(raw.lstrip())
    tail = len(raw) - len(raw.rstrip())
    return Hit(hit.key, hit.start + lead, hit.end - tail, raw.strip())


def label(
    pair: Pair, a: Sequence[Clause], b: Sequence[Clause], lexicon: Lexicon
) -> tuple[Change, ...]:
    """Label one pair's word changes (see :func:`statementdiff.semantics.label_pair`)."""
    return _Labeller(pair, a, b, lexicon).run()
