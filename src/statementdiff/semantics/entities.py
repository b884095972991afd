"""Entity and number labels of one pair.

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
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from statementdiff.lexicon.matchers import Hit
from statementdiff.semantics.context import LabelContext
from statementdiff.semantics.hunks import Hunk, Side, words

__all__ = [
    "MAX_NUMBER_HUNK_WORDS",
    "MAX_NUMBER_REPLACE_WORDS",
    "MAX_REPLACEMENT_WORDS",
    "EntityRules",
]


MAX_REPLACEMENT_WORDS = 6
"""An entity replacement ("X → Y") stands in a hunk of at most this many words a side."""

MAX_NUMBER_REPLACE_WORDS = 8
"""A number replacing a number stands in a hunk of at most this many words a side."""

MAX_NUMBER_HUNK_WORDS = 4
"""A number added or removed on its own stands in a hunk of at most this many words a side."""

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


class EntityRules(LabelContext):
    """The entity and number rules over a pair's :class:`LabelContext`."""

    def numbers(self) -> None:
        """Label numbers changed, added or removed."""
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
        """Label entities dropped, added or replaced; return every entity hit of each side."""
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
                where, detail = (ha.start, hb.start), f"{_shown(ha)} → {_shown(hb)}"
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
        """Label the entities a hunk drops (``gone``) and names anew (``new``)."""
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
                self.add("entity-dropped", ha, None, f"{_shown(ha)} dropped", hunk)
                continue
            where = (ha.start, hb.start)
            detail = f"{_shown(ha)} → {_shown(hb)}"
            self.add("entity-dropped", ha, None, detail, hunk, where)
            self.add("entity-added", None, hb, detail, hunk, where)
        for hb in new:
            if hb not in partners:
                where = (hunk.a[1], hb.start)  # after what the same hunk dropped
                self.add("entity-added", None, hb, f"{_shown(hb)} added", hunk, where)

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


def _shown(hit: Hit) -> str:
    """The entity's canonical name, with the words as written when they name it by another name.

    A capital or another name standing for a country is shown with it ("Tokyo (Japan)"), so a
    reader sees why Tokyo → Washington is Japan → United States. Abbreviations ("U.S.", "ROK")
    and forms that share the name's stem ("Chinese", "Japanese") are not repeated.
    """
    written = " ".join(hit.text.split())
    letters = "".join(ch for ch in written if ch.isalpha())
    if not letters or letters.isupper() or written.casefold() == hit.key.casefold():
        return hit.key
    if letters[:4].casefold() in hit.key.casefold().replace(" ", ""):
        return hit.key
    return f"{written} ({hit.key})"


def _numbers(side: Side) -> list[Hit]:
    return [
        Hit(m.group(), side.base + m.start(), side.base + m.end(), m.group())
        for m in _NUMBER.finditer(side.text)
    ]


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
