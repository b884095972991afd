"""Label what the word changes of one aligned pair mean (the engine of ``label_pair``).

The pair's word operations are grouped into hunks (see :mod:`statementdiff._hunks`).
Lexicon phrases (stance verbs, modality, negation, entities) and numbers found on each
side are "touched" when they overlap a deleted (side A) or inserted (side B) word;
touched phrases are matched across the two sides and turned into
:class:`~statementdiff.models.Change` records. The rules, each with its reason:

* **Stance**: main stance phrases are paired with main ones, infinitives ("to
  support") with infinitives, opening participles ("Recognizing ...,") with opening
  participles. A main stance phrase in changed words of one side when the other
  side's changed words hold none is ``stance-added``/``stance-dropped``, once per hunk
  ("reaffirm support" is one stance), unless the other side uses the same phrase.
* **Entities**: an entity counts as dropped (added) only when side A names it more
  (fewer) times than side B, actor mentions included; people are left to the actor.
  A dropped and an added entity form a replacement ("X → Y") only when they are of
  the same kind group (countries, places and regions form one) and stand in the same
  hunk, either both right at its edge (after the same shared words: "denuclearization
  of [North Korea, ...]" → "of [the Korean Peninsula and ...]"; counts do not matter
  then) or as the only candidates of their group in a small hunk (at most
  :data:`MAX_REPLACEMENT_WORDS` words a side); otherwise each is reported on its own.
* **Numbers**: a number whose value the other side has as often is not a change. A
  number replacing a number inside one hunk of at most :data:`MAX_NUMBER_REPLACE_WORDS`
  words is ``X → Y``; a number added or removed counts only in a hunk of at most
  :data:`MAX_NUMBER_HUNK_WORDS` words (a year inside a rewritten sentence is not a
  "number change").
* **Qualifiers**: see :mod:`statementdiff._qualifiers`.
"""

from __future__ import annotations

import os
import re
import weakref
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import get_args

from statementdiff._actor import COLLECTIVE_PLACEHOLDER, find_actor, is_collective
from statementdiff._hunks import Hunk, Side, scan, view, words
from statementdiff._lexicon import Lexicon
from statementdiff._matchers import Hit
from statementdiff._qualifiers import MAX_QUALIFIER_GAP, MAX_QUALIFIER_WORDS, qualifiers
from statementdiff.models import Change, ChangeKind, Clause, Pair, Span

__all__ = [
    "MAX_NUMBER_HUNK_WORDS",
    "MAX_NUMBER_REPLACE_WORDS",
    "MAX_QUALIFIER_GAP",
    "MAX_QUALIFIER_WORDS",
    "MAX_REPLACEMENT_WORDS",
    "label",
    "stash_hits",
]

MAX_REPLACEMENT_WORDS = 6
"""An entity replacement ("X → Y") stands in a hunk of at most this many words a side."""

MAX_NUMBER_REPLACE_WORDS = 8
"""A number replacing a number stands in a hunk of at most this many words a side."""

MAX_NUMBER_HUNK_WORDS = 4
"""A number added or removed on its own stands in a hunk of at most this many words a side."""

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
_GEOGRAPHIC = frozenset({"country", "place", "region"})
_ARTICLES = frozenset({"the", "a", "an", "our", "their", "its"})
_FUNCTION = frozenset({"of", "in", "on", "at", "to", "for", "from", "with", "by", "and", "or"})
_INFINITIVE = re.compile(r"\bto\s+$", re.IGNORECASE)
_SENTENCE_START = re.compile(r"(?:^|[.;:!?]\s+)(\w+\s+)?$")


_WORD_CHAR = re.compile(r"\w")
_STASH = "_lexicon_hits"  # key in a Clause's __dict__ (not a field: never compared or dumped)
_TOKENS: weakref.WeakKeyDictionary[Lexicon, str] = weakref.WeakKeyDictionary()


def _token(lexicon: Lexicon) -> str:
    """A random tag for one Lexicon object (safe across processes, unlike ``id()``)."""
    token = _TOKENS.get(lexicon)
    if token is None:
        token = _TOKENS[lexicon] = os.urandom(8).hex()
    return token


def stash_hits(
    clause: Clause, text: str, lexicon: Lexicon, hits: Mapping[str, Sequence[Hit]]
) -> None:
    """Keep the matcher hits found while annotating ``clause``, for :func:`label` to reuse.

    Annotation scans ``text[start:end]`` of the statement; the labeller scans a pair
    side's own text. The two agree when the clause text is the slice and the character
    before it is not a word character (the matchers' only look-behind), so only then
    are the hits kept, relative to the clause start, with the clause text and a tag of
    the lexicon. A mismatch of any of these at labelling time means a fresh scan.

    Args:
        clause: The annotated clause (the hits go in its ``__dict__``, not in a field).
        text: The statement text the hits were found in.
        lexicon: The lexicon whose matchers found them.
        hits: Hits by matcher name (``"stance"``, ``"entities"`` ...), absolute offsets.
    """
    start, end = clause.span.start, clause.span.end
    if start > 0 and _WORD_CHAR.match(text, start - 1):
        return
    if text[start:end] != clause.text:
        return
    relative = {
        name: tuple(Hit(h.key, h.start - start, h.end - start, h.text) for h in found)
        for name, found in hits.items()
    }
    clause.__dict__[_STASH] = (_token(lexicon), clause.text, relative)


@dataclass(frozen=True, slots=True)
class _Found:
    change: Change
    anchor: tuple[int, int]


def _numbers(side: Side) -> list[Hit]:
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
        self.view = view(pair)
        self.found: list[_Found] = []
        self.actor_spans: tuple[tuple[int, int] | None, tuple[int, int] | None] = (None, None)

    # -- helpers -----------------------------------------------------------

    def add(
        self,
        kind: ChangeKind,
        a: Hit | None,
        b: Hit | None,
        detail: str,
        hunk: Hunk | None,
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

    def hunk_of(self, a: Hit | None, b: Hit | None) -> Hunk | None:
        if a is not None:
            return self.view.hunk_at("a", a.start, a.end)
        if b is not None:
            return self.view.hunk_at("b", b.start, b.end)
        return None

    def hits(self, side: str, which: str) -> list[Hit]:
        view = self.view.a if side == "a" else self.view.b
        clauses = self.a_clauses if side == "a" else self.b_clauses
        if len(clauses) == 1:  # the annotation's hits, when it scanned this very text
            stash = clauses[0].__dict__.get(_STASH)
            if (
                stash is not None
                and which in stash[2]
                and stash[0] == _token(self.lex)
                and stash[1] == view.text
            ):
                return list(stash[2][which])
        matcher = getattr(self.lex.matchers, which)
        return list(matcher.finditer(view.text))

    def absolute(self, hits: list[Hit], side: Side) -> list[Hit]:
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

    def stance(self) -> None:
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
        entry = self.lex.stance[hit.key]
        detail = f"{hit.key} {what} ({entry.polarity}, strength {entry.strength})"
        return detail + ("; marks continuity" if entry.continuity else "")

    def stance_pairs(self, a_all: list[Hit], b_all: list[Hit]) -> set[Hit]:
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

    def outside_actor(self, hits: list[Hit], side: int) -> list[Hit]:
        span = self.actor_spans[side]
        if span is None:
            return hits
        return [h for h in hits if not (span[0] <= h.start and h.end <= span[1])]

    def numbers(self) -> None:
        a_every, b_every = _numbers(self.view.a), _numbers(self.view.b)
        a_values = Counter(_value(h) for h in a_every)
        b_values = Counter(_value(h) for h in b_every)
        a_all, b_all = self.outside_actor(a_every, 0), self.outside_actor(b_every, 1)
        spare_a, spare_b = a_values - b_values, b_values - a_values
        for hunk in self.view.hunks:
            olds = _take([h for h in a_all if _inside(h, hunk.a)], spare_a, _value)
            news = _take([h for h in b_all if _inside(h, hunk.b)], spare_b, _value)
            size = max(len(self.view.hunk_words(hunk, "a")), len(self.view.hunk_words(hunk, "b")))
            pairs = list(zip(olds, news, strict=False)) if size <= MAX_NUMBER_REPLACE_WORDS else []
            for ha, hb in pairs:
                self.add("number-changed", ha, hb, f"{ha.text} → {hb.text}", hunk)
            if size > MAX_NUMBER_HUNK_WORDS:
                continue
            for ha in olds[len(pairs) :]:
                self.add("number-changed", ha, None, f"{ha.text} removed", hunk)
            for hb in news[len(pairs) :]:
                self.add("number-changed", None, hb, f"{hb.text} added", hunk)

    def entities(self) -> tuple[list[Hit], list[Hit]]:
        a_all, b_all = self.side_hits("entities")
        a_named = [h for h in a_all if not self._person(h)]
        b_named = [h for h in b_all if not self._person(h)]
        a_count = Counter(self._named(h) for h in a_all)
        b_count = Counter(self._named(h) for h in b_all)
        spare_a, spare_b = a_count - b_count, b_count - a_count
        a_free, b_free = self.outside_actor(a_named, 0), self.outside_actor(b_named, 1)
        for hunk in self.view.hunks:
            dropped = [h for h in a_free if h.start < hunk.a[1] and hunk.a[0] < h.end]
            added = [h for h in b_free if h.start < hunk.b[1] and hunk.b[0] < h.end]
            if dropped and added:
                hunk.used = True
            for ha, hb in self.anchored(hunk, dropped, added, (spare_a, spare_b)):
                dropped.remove(ha)
                added.remove(hb)
                spare_a[ha.key] = max(0, spare_a[ha.key] - 1)
                spare_b[hb.key] = max(0, spare_b[hb.key] - 1)
                where, detail = (ha.start, hb.start), f"{ha.key} → {hb.key}"
                self.add("entity-dropped", ha, None, detail, hunk, where)
                self.add("entity-added", None, hb, detail, hunk, where)
            gone = _take([h for h in dropped if h.key not in {x.key for x in added}], spare_a)
            new = _take([h for h in added if h.key not in {x.key for x in dropped}], spare_b)
            self.entity_labels(hunk, gone, new)
        return a_all, b_all

    def anchored(
        self,
        hunk: Hunk,
        dropped: list[Hit],
        added: list[Hit],
        spare: tuple[Counter[str], Counter[str]],
    ) -> list[tuple[Hit, Hit]]:
        """Entities that took each other's place: same phrase slot on both sides.

        Either both open (or close) the hunk, right after (before) the same shared words,
        or both follow the same two words ("denuclearization of [the] North Korea" →
        "denuclearization of the Korean Peninsula"), however much else the hunk rewrote.
        One of the two must be named more often on its own side than on the other
        ("Japan and India" → "India and Japan" replaces nothing).
        """
        found: list[tuple[Hit, Hit]] = []
        if not dropped or not added:
            return found
        edges = [(dropped[0], added[0], 0), (dropped[-1], added[-1], 1)]
        for ha, hb, edge in edges:
            if edge == 0:
                lead_a = self.view.a.slice(hunk.a[0], ha.start)
                lead_b = self.view.b.slice(hunk.b[0], hb.start)
            else:
                lead_a = self.view.a.slice(ha.end, hunk.a[1])
                lead_b = self.view.b.slice(hb.end, hunk.b[1])
            if _filler(lead_a) and _filler(lead_b) and self._swappable(ha, hb, found, spare):
                found.append((ha, hb))
        for ha in dropped:
            slot = _slot(self.view.a, ha)
            match = next((h for h in added if slot and _slot(self.view.b, h) == slot), None)
            if (
                match is not None
                and self._swappable(ha, match, found, spare)
                and not _coordinated(self.view.b, match, ha.key, added)
                and not _coordinated(self.view.a, ha, match.key, dropped)
            ):
                found.append((ha, match))
        return found

    def _swappable(
        self,
        ha: Hit,
        hb: Hit,
        found: list[tuple[Hit, Hit]],
        spare: tuple[Counter[str], Counter[str]],
    ) -> bool:
        taken = {h for pair in found for h in pair}
        return (
            (spare[0][ha.key] > 0 or spare[1][hb.key] > 0)
            and ha.key != hb.key
            and self._group(ha) == self._group(hb)
            and ha not in taken
            and hb not in taken
        )

    def entity_labels(self, hunk: Hunk, gone: list[Hit], new: list[Hit]) -> None:
        size = max(len(self.view.hunk_words(hunk, "a")), len(self.view.hunk_words(hunk, "b")))
        replaced: dict[Hit, Hit] = {}
        if size <= MAX_REPLACEMENT_WORDS:
            for group in {self._group(h) for h in gone}:
                olds = [h for h in gone if self._group(h) == group]
                news = [h for h in new if self._group(h) == group]
                if len(olds) == 1 and len(news) == 1:
                    replaced[olds[0]] = news[0]
        partners = set(replaced.values())
        for ha in gone:
            hb = replaced.get(ha)
            if hb is None:
                self.add("entity-dropped", ha, None, f"{ha.key} dropped", hunk)
                continue
            where = (ha.start, hb.start)
            self.add("entity-dropped", ha, None, f"{ha.key} → {hb.key}", hunk, where)
            self.add("entity-added", None, hb, f"{ha.key} → {hb.key}", hunk, where)
        for hb in new:
            if hb not in partners:
                where = (hunk.a[1], hb.start)  # after what the same hunk dropped
                self.add("entity-added", None, hb, f"{hb.key} added", hunk, where)

    def _group(self, hit: Hit) -> str:
        kind = self.lex.entities[hit.key].kind
        return "geographic" if kind in _GEOGRAPHIC else kind

    def _named(self, hit: Hit) -> str:
        """What a mention names, for counting: a person counts for their party."""
        entry = self.lex.entities[hit.key]
        return (entry.party or "") if entry.kind == "person" else hit.key

    def _person(self, hit: Hit) -> bool:
        entry = self.lex.entities.get(hit.key)
        return entry is not None and entry.kind == "person"

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


def _filler(text: str) -> bool:
    """True when ``text`` holds nothing but punctuation, spaces and articles."""
    return all(w.lower() in _ARTICLES for w in words(text))


def _slot(side: Side, hit: Hit) -> tuple[str, ...]:
    """The two words before a mention (articles skipped), when one is a content word."""
    before = [w.lower() for w in words(side.slice(side.base, hit.start))]
    last = tuple(w for w in before if w not in _ARTICLES)[-2:]
    return last if len(last) == 2 and any(w not in _FUNCTION for w in last) else ()


def _coordinated(side: Side, hit: Hit, key: str, others: list[Hit]) -> bool:
    """True when ``key`` is named right after ``hit``, joined by "and"/"or" ("X and the Y")."""
    for other in others:
        if other.key == key and other.start >= hit.end:
            between = [w.lower() for w in words(side.slice(hit.end, other.start))]
            return bool(between) and set(between) <= _ARTICLES | {"and", "or", "as", "well"}
    return False


def _key(hit: Hit) -> str:
    return hit.key


def _value(hit: Hit) -> str:
    return " ".join(hit.text.split())


def _inside(hit: Hit, span: tuple[int, int]) -> bool:
    return hit.start < span[1] and span[0] < hit.end


def _take(hits: list[Hit], spare: Counter[str], key: Callable[[Hit], str] = _key) -> list[Hit]:
    """The hits whose entity (or number value) is still in surplus on their side; uses it up."""
    kept = []
    for hit in hits:
        name = key(hit)
        if spare[name] > 0:
            spare[name] -= 1
            kept.append(hit)
    return kept


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


def label(
    pair: Pair, a: Sequence[Clause], b: Sequence[Clause], lexicon: Lexicon
) -> tuple[Change, ...]:
    """Label one pair's word changes (see :func:`statementdiff.semantics.label_pair`)."""
    return _Labeller(pair, a, b, lexicon).run()
